"""Negotiation classes seen on unseen news, each with two wordings and invented names.

* sides named by a group noun ("Maoist rebels", "the armed opposition groups", "the rebel alliance") are an
  organization side named by the phrase, which resolves even when no mention names it;
* a group noun before a name ("the former rebel movement X") gives the name, and a bare "the rebels" beside the
  article's named group is that group;
* "the opposition" of a state is named by its demonym ("Ruritanian opposition");
* a hyphenated acronym name the model leaves untagged ("the XPLM-In-Opposition") is an organization and a side;
* "the current round opened on Sunday" ... "deadlocked on Thursday": one round under way, dated by its opening.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_merge import _resolve
from kg.events_negotiation_common_nouns import opposition_of
from kg.mentions import find_mentions
from kg.model import EventDraft
from kg.resolve import resolve_entities
from tests.test_events import article, nlp, read  # noqa: F401 - nlp is a fixture
from tests.test_resolve import extraction

THU = date(2022, 3, 3)


def _negotiations(nlp, text: str, published: date = THU):  # noqa: ANN001, ANN202
    return read(nlp, text, published=published, kind="Negotiation")


@pytest.mark.parametrize(("text", "group"), [
    ("Peru's government and Maoist rebels agreed on Friday to draft a new charter, after marathon talks at "
     "the presidential palace in Lima.", "Maoist rebels"),
    ("Mali's transitional government and more than 20 armed opposition groups opened talks in Algiers on Monday.",
     "armed opposition groups"),
    ("The Peruvian government and the rebel alliance held a second round of talks in Lima on Monday.",
     "rebel alliance"),
])
def test_group_noun_is_an_organization_side(nlp, text: str, group: str) -> None:  # noqa: ANN001
    """"A's government and Maoist rebels", "the armed opposition groups": the group phrase is the side."""
    found = _negotiations(nlp, text)
    assert found and group in found[0].sides and len(found[0].sides) == 2


@pytest.mark.parametrize("text", [
    "The 12th round of the dialogue between the Angolan government and the former rebel movement Zumbal National Front "
    "opened in Luanda on Monday.",
    "Talks between the Angolan government and the rebel group Zumbal National Front resumed in Luanda on Monday.",
])
def test_group_noun_before_a_name_is_the_name(nlp, text: str) -> None:  # noqa: ANN001
    """"the former rebel movement X": X is the side, the describing noun is not another."""
    found = _negotiations(nlp, text)
    assert found and "Angola" in found[0].sides and all("rebel" not in s for s in found[0].sides)


@pytest.mark.parametrize("second", [
    "The rebels and the government will meet again on Monday in Lima.",
    "The government and the rebels will meet again on Monday in Lima.",
])
def test_bare_rebels_are_the_named_group(nlp, second: str) -> None:  # noqa: ANN001
    """A bare "the rebels" beside the article's named group is that group."""
    text = "Peru and the Sendero Verde Front held talks in Lima on Wednesday. " + second
    found = [d for d in _negotiations(nlp, text) if d.status == "planned"]
    assert found and set(found[0].sides) == {"Peru", "Sendero Verde Front"}


@pytest.mark.parametrize(("state", "name"), [("Venezuela", "Venezuelan opposition"),
                                              ("Burundi", "Burundian opposition")])
def test_opposition_named_by_demonym(state: str, name: str) -> None:
    """"the government and the opposition": the state's opposition is named by its demonym."""
    assert opposition_of(state) == name


@pytest.mark.parametrize("surface", ["Maoist rebels", "the armed opposition groups"])
def test_side_without_mention_resolves_to_an_organization(surface: str) -> None:
    """A negotiation side no mention names becomes an organization; an actor lookup does not."""
    _, lookup = resolve_entities([extraction("a1", ("Peru", "Country"), ("Jorge Mendes", "Person"))])
    draft = EventDraft(kind="Negotiation", evidence=None, date=None,  # type: ignore[arg-type]
                       participants=("Peru", surface), sides=("Peru", surface))
    resolved = _resolve("a1", draft, lookup)
    assert resolved is not None and resolved.participants[1].startswith("organization/")
    assert lookup(surface, "a1") is None
    assert lookup("Mendes", "a1", "side") == lookup("Jorge Mendes", "a1")  # a person stays the person


@pytest.mark.parametrize("text", [
    "Peace talks between the government and the XPLM-In-Opposition were deadlocked on Thursday.",
    "The XPLM-In-Opposition and the government ended their talks in Juba on Thursday.",
])
def test_hyphened_acronym_name_is_an_organization(nlp, text: str) -> None:  # noqa: ANN001
    """"the XPLM-In-Opposition": an acronym joined to capitalised words names an organization."""
    found = [m for m in find_mentions(nlp(text)) if m.text == "XPLM-In-Opposition"]
    assert found and found[0].type == "Organization"


@pytest.mark.parametrize("text", ["US-China trade talks resumed on Monday.", "The ZRGC-QF was named on Monday."])
def test_hyphened_states_or_acronyms_are_not_a_name(nlp, text: str) -> None:  # noqa: ANN001
    """"US-China", "ZRGC-QF": a pair of states, or acronyms alone, are no new name."""
    assert not [m for m in find_mentions(nlp(text)) if "-" in m.text]


@pytest.mark.parametrize("text", [
    "Talks between Kenya and Uganda were deadlocked on Thursday. The current round opened on Sunday in Nairobi.",
    "Talks between Kenya and Uganda stalled on Thursday. The current round of talks opened on Sunday in Nairobi.",
])
def test_current_round_is_dated_by_its_opening(nlp, text: str) -> None:  # noqa: ANN001
    """"The current round opened on Sunday" ... "deadlocked on Thursday": one round, dated Sunday."""
    found = [d for d in _negotiations(nlp, text) if d.status == "held"]
    assert found and {d.date for d in found} == {date(2022, 2, 27)}


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed a trade accord in Nairobi on Thursday. The current round opened on January 10.",
    "Kenya and Uganda agreed on a trade accord in Nairobi on Thursday. The ongoing round of talks opened on "
    "January 10.",
])
def test_long_running_current_round_is_no_session(nlp, text: str) -> None:  # noqa: ANN001
    """A current round that opened weeks before the news is the round under way, not a session of that day."""
    assert all(d.date != date(2022, 1, 10) for d in _negotiations(nlp, text))


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed a trade accord in Nairobi on Thursday. The current round opened in Nairobi last month.",
    "Kenya and Uganda held talks in Nairobi on Thursday. The ongoing round of talks opened in Nairobi in January.",
])
def test_current_round_opened_last_month_is_no_session(nlp, text: str) -> None:  # noqa: ANN001
    """"The current round opened last month": the round under way, not a first round nor another session."""
    found = _negotiations(nlp, text)
    assert found and all(d.round is None and d.date == THU for d in found)


@pytest.mark.parametrize("text", [
    "The ceasefire is meant to pave the way for talks between Kenya and Uganda in Nairobi on March 10.",
    "The accord set the stage for negotiations between Kenya and Uganda in Nairobi on March 10.",
])
def test_talks_prepared_for_are_planned(nlp, text: str) -> None:  # noqa: ANN001
    """"pave the way for talks", "set the stage for negotiations": talks still to come."""
    found = _negotiations(nlp, text)
    assert found and all(d.status == "planned" for d in found) and found[0].date == date(2022, 3, 10)
