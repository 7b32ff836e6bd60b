"""Negotiation parties and sessions seen on unseen news (second round), each with two wordings and invented names.

* a state's talks with a body whose delegation the article lists ("the mediation team, led by the X Commission
  president, held talks with A's president") are between the state and that body;
* a delegation member's side resolves as a negotiation side does, even when no mention names it;
* "a Contact Group of the X Union": one side, not two;
* "the interim government" is the government the article is about;
* "the Bishops' Conference's liaison office": a body named a conference, no conference held;
* "the dialogue will resume on Friday": a session of the article's dialogue;
* "envoys of ousted President A and of the government sat down ...": A's camp is a side;
* "sat down again, in a second round of talks": the session is the second round;
* talks held on a stated day, then "a second round" planned: the first round;
* "will table a draft on Sunday, when the talks resume": the talks are planned for Sunday, and resuming a
  day after a round they are that round going on;
* talks still to come with no day of their own ("hoped the talks would lead to X") join the dated plan.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_common import MentionIndex
from kg.events_merge import _resolve
from kg.events_negotiation_candidates import trigger as _trigger
from kg.events_negotiation_common_nouns import bare_government
from kg.model import EventDraft
from kg.resolve import resolve_entities
from tests.test_events import mentions_of, nlp, read  # noqa: F401 - nlp is a fixture
from tests.test_resolve import extraction

WED = date(2016, 12, 14)


def _negotiations(nlp, text: str, published: date = WED):  # noqa: ANN001, ANN202
    return read(nlp, text, published=published, kind="Negotiation")


@pytest.mark.parametrize("text", [
    "The mediation team held talks with Senegal's prime minister in Dakar on Tuesday. The delegation was led by "
    "Coastal States Union Commission President Adaora Mensimah and included diplomat Kofi Darkwa.",
    "A mediation mission held talks with the Senegalese leader in Dakar on Tuesday. The Coastal States Union "
    "delegation, led by Adaora Mensimah, included the diplomat Kofi Darkwa.",
])
def test_listed_delegation_side_completes_the_pair(nlp, text: str) -> None:  # noqa: ANN001
    """A state's talks whose other side only the delegation list names: that body is the other side."""
    found = _negotiations(nlp, text)
    assert found and "Senegal" in found[0].sides and len(found[0].sides) == 2
    assert any(s.startswith("Coastal States Union") for s in found[0].sides)


@pytest.mark.parametrize("side", ["XCU", "the Coastal States Union mission"])
def test_member_side_resolves_as_a_negotiation_side(side: str) -> None:
    """A member's side no mention names still resolves (as a negotiation side does), so the member is kept."""
    _, lookup = resolve_entities([extraction("a1", ("Senegal", "Country"), ("Adaora Mensimah", "Person"))])
    draft = EventDraft(kind="Negotiation", evidence=None, date=None,  # type: ignore[arg-type]
                       participants=("Senegal", side), sides=("Senegal", side), members=((side, "Adaora Mensimah"),))
    resolved = _resolve("a1", draft, lookup)
    assert resolved is not None and len(resolved.members) == 1
    assert resolved.members[0][0] == lookup(side, "a1", "side")


@pytest.mark.parametrize("text", [
    "Talks between the Bolivian government and the Contact Group of the Andean Lakes Union are due to open in La "
    "Paz on March 9.",
    "Talks between the Bolivian government and the Mediation Committee of the Coastal States Union are due to open "
    "in La Paz on March 9.",
])
def test_body_of_a_body_is_one_side(nlp, text: str) -> None:  # noqa: ANN001
    """"a Group of the X Union": the group is the side; its parent body is not another side."""
    found = _negotiations(nlp, text, date(2007, 1, 10))
    assert found and len(found[0].sides) == 2 and "Bolivia" in found[0].sides


@pytest.mark.parametrize(("text", "bare"), [
    ("The interim government and the Zumbal Liberation Front held talks in Bamako on Monday.", True),
    ("Talks between the transitional government and the Zumbal Liberation Front opened on Monday.", True),
    ("Talks between the Malian government and the Zumbal Liberation Front opened on Monday.", False),
])
def test_interim_government_is_a_bare_government(nlp, text: str, bare: bool) -> None:  # noqa: ANN001
    """"the interim/transitional government": a kind of government, so the state the article is about; "the
    Malian government" names its own."""
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == "government")
    assert bare_government(tok, MentionIndex(doc, mentions_of(doc))) is bare


@pytest.mark.parametrize("text", [
    "Bishop Anselmo Pradera, who heads the Lutheran Conference's liaison office, has announced a recess.",
    "Pastor Tomas Ibarra, a member of the Bishops Conference's dialogue committee, said the recess was agreed.",
])
def test_conference_owning_a_body_is_no_conference(nlp, text: str) -> None:  # noqa: ANN001
    """"the X Conference's liaison office": an organisation named a conference, not a meeting."""
    doc = nlp(text)
    assert _trigger(next(t for t in doc if t.lower_ == "conference")) is None


@pytest.mark.parametrize("last", [
    "The dialogue will resume on Friday at the same university, the facilitators said.",
    "Paraguay's national dialogue will resume on Friday, the facilitators said.",
])
def test_dated_dialogue_is_a_session(nlp, last: str) -> None:  # noqa: ANN001
    """"The dialogue will resume on Friday": a planned session of the dialogue between the article's pair."""
    text = ("Talks between the Paraguayan government and the Student Front opened at a university in Asuncion on "
            f"Wednesday. {last}")
    found = _negotiations(nlp, text, date(2018, 5, 16))
    assert any(d.status == "planned" and d.date == date(2018, 5, 18) and "Student Front" in d.sides for d in found)


@pytest.mark.parametrize("text", [
    "Envoys of ousted Bolivian President Tovo Rakotomanga and of the de facto government sat down again on "
    "Saturday in Maputo.",
    "Representatives of deposed Bolivian President Tovo Rakotomanga and of the interim government met in "
    "Maputo on Saturday.",
])
def test_envoys_of_a_person_make_his_camp_a_side(nlp, text: str) -> None:  # noqa: ANN001
    """"Envoys of ousted President A and of the government": A's camp is a side, the government the other."""
    found = _negotiations(nlp, text, date(2009, 7, 18))
    assert found and "Tovo Rakotomanga" in found[0].sides and "Bolivia" in found[0].sides


@pytest.mark.parametrize("text", [
    "Envoys of Mali and the Zumbal Liberation Front sat down again on Saturday in Algiers, in a second round of "
    "talks aimed at ending the crisis.",
    "Negotiators of Mali and the Zumbal Liberation Front met on Saturday in Algiers in the second round of talks.",
])
def test_round_a_meeting_verb_is_in(nlp, text: str) -> None:  # noqa: ANN001
    """"sat down again, in a second round of talks": the session is that round."""
    found = _negotiations(nlp, text, date(2009, 7, 18))
    assert found and found[0].round == 2


@pytest.mark.parametrize("later", [
    "The facilitators promised to return to Freetown on March 3 for a second round of talks.",
    "A second round of talks is due in Freetown on March 3, the facilitators said.",
])
def test_session_before_a_planned_second_round_is_the_first(nlp, later: str) -> None:  # noqa: ANN001
    """One session held on a stated day, then a second round planned between the same pair: the first round."""
    text = f"Sierra Leone's government and the Coastal Opposition Front held talks in Freetown on Tuesday. {later}"
    found = _negotiations(nlp, text)
    held = [d for d in found if d.status == "held"]
    assert held and all(d.round == 1 for d in held)
    assert any(d.status == "planned" and d.round == 2 for d in found)


SAT = date(2009, 7, 18)


@pytest.mark.parametrize("later", [
    "The facilitator said he would table a draft text on Sunday, when the talks resume.",
    "The mediator will table a draft accord on Sunday, when the talks resume.",
])
def test_when_clause_dates_the_talks(nlp, later: str) -> None:  # noqa: ANN001
    """"on Sunday, when the talks resume": planned for Sunday, the same (second) round going on."""
    text = ("Envoys of Mali and the Zumbal Liberation Front sat down again on Saturday in Algiers, in a second round "
            f"of talks aimed at ending the crisis. {later}")
    found = _negotiations(nlp, text, SAT)
    assert any(d.status == "planned" and d.date == date(2009, 7, 19) and d.round == 2 for d in found)


@pytest.mark.parametrize("hope", [
    "The African Union said it hoped the talks would lead to a lasting ceasefire.",
    "Observers said the talks would have to settle the question of the disputed border.",
])
def test_undated_plan_joins_the_dated_plan(nlp, hope: str) -> None:  # noqa: ANN001
    """Talks still to come with no day of their own are the talks planned for a stated day, not the round held."""
    text = ("Envoys of Mali and the Zumbal Liberation Front sat down again on Saturday in Algiers, in a second round "
            "of talks aimed at ending the crisis. The facilitator said he would table a draft text on Sunday, "
            f"when the talks resume. {hope}")
    found = _negotiations(nlp, text, SAT)
    assert all(d.date == date(2009, 7, 19) for d in found if d.status == "planned")


@pytest.mark.parametrize("text,sides", [
    ("Kenyan President Daniel Kiprotich hosted his Tanzanian counterpart, Amina Juma Mussa, for talks on "
     "cross-border trade at State House on Monday.", {"Kenya", "Tanzania"}),
    ("Ghana's foreign minister, Kofi Mensah Asare, hosted his Togolese counterpart for talks on the border in "
     "Accra on Friday.", {"Ghana", "Togo"}),
])
def test_negotiation_host_of_a_counterpart_is_a_side(nlp, text: str, sides: set[str]) -> None:  # noqa: ANN001
    found = _negotiations(nlp, text)
    assert any(set(d.sides) == sides for d in found), [d.sides for d in found]


def test_negotiation_host_of_two_delegations_is_no_side(nlp) -> None:  # noqa: ANN001
    text = "Norway hosted delegations of Colombia and the rebel Popular Front for talks in Oslo on Monday."
    assert all("Norway" not in d.sides for d in _negotiations(nlp, text))
