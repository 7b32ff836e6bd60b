"""Negotiations found with short articles of our own (session 7), each with two wordings and invented names:

* talks measured by an "of" phrase after "after" ("after three days of talks") came before the agreement that
  follows them: held, not planned, even when what was agreed lies ahead;
* "at the Marriott hotel in X": a hotel's brand is no place, the town after it is;
* "Delegations of A and B met": the model's body "Delegations of A" is the state A, a side of the talks.
"""
from __future__ import annotations

from datetime import date

import pytest
import spacy

from kg.events import find_events
from kg.mentions import find_mentions
from kg.events_negotiation_place_date import dateline_outlets
from kg.nlp import build_nlp
from kg.settings import Settings
from tests.test_events import article

THU = date(2019, 3, 14)


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())  # kg's pipeline: the entity fixer's spans are the mentions


def _negotiations(nlp: spacy.Language, text: str):  # noqa: ANN202
    doc = nlp(text)
    return [d for d in find_events(doc, find_mentions(doc), article(text, THU, "a1")) if d.kind == "Negotiation"]


@pytest.mark.parametrize("text, place", [
    ("Guyana and Suriname agreed on Wednesday to revive their joint border commission after three days of talks "
     "at the Marriott hotel in Georgetown, officials said.", "Georgetown"),
    ("Chile and Bolivia agreed to reopen their consulates next year after two weeks of negotiations at the "
     "Sheraton hotel in Lima.", "Lima"),
])
def test_talks_measured_after_after_are_held_at_the_town(nlp, text: str, place: str) -> None:
    drafts = _negotiations(nlp, text)
    assert drafts and all(d.status == "held" for d in drafts), [(d.status, d.place) for d in drafts]
    assert {d.place for d in drafts} == {place}


@pytest.mark.parametrize("text, sides", [
    ("Delegations of Chad and Niger met in Niamey on Monday to discuss border security.", {"Chad", "Niger"}),
    ("Envoys of Eritrea and Djibouti held talks in Doha on Tuesday.", {"Eritrea", "Djibouti"}),
])
def test_envoys_of_a_state_are_that_state(nlp, text: str, sides: set[str]) -> None:
    drafts = _negotiations(nlp, text)
    assert drafts and set(drafts[0].sides) == sides, [d.sides for d in drafts]


@pytest.mark.parametrize("text, sides", [
    ("Hamas and Israel held indirect talks in Cairo on Monday.", {"Hamas", "Israel"}),
    ("Israel and Hamas held talks in Cairo on Monday, Egyptian officials said.", {"Hamas", "Israel"}),
])
def test_body_the_model_takes_for_a_town_is_a_side(nlp, text: str, sides: set[str]) -> None:
    """The model tags Hamas GPE, and a gazetteer knows "Hamas" only as another language's name of Hamm: a name that
    acts (the subject of a verb) and no gazetteer knows well is a body, not a place."""
    drafts = _negotiations(nlp, text)
    assert drafts and set(drafts[0].sides) == sides, [d.sides for d in drafts]


@pytest.mark.parametrize("text", ["Kiev and Moscow held talks in Istanbul on Monday.",
                                  "Georgetown and Paramaribo held talks in Brasilia on Monday."])
def test_capitals_that_act_stay_their_states(nlp, text: str) -> None:
    drafts = _negotiations(nlp, text)
    assert drafts and all(len(d.sides) == 2 for d in drafts)
    assert not any(m.type == "Organization" for m in find_mentions(nlp(text)))


@pytest.mark.parametrize("text", [
    "A second round of talks between Laos and Cambodia broke up on Monday. No date had been set for another round, "
    "officials said.",
    "A second round of talks between Laos and Cambodia broke up on Monday. There were no plans for a new round, "
    "officials said.",
])
def test_no_date_for_another_round_plans_none(nlp, text: str) -> None:
    drafts = _negotiations(nlp, text)
    assert drafts and not any(d.status == "planned" for d in drafts), [(d.status, d.round) for d in drafts]


@pytest.mark.parametrize("text, sides, place", [
    ("Mozambique and Renamo met in Maputo on Monday.", {"Mozambique", "Renamo"}, "Maputo"),
    ("Zambia and the rebel group Mongu Front met in Lusaka on Monday.", {"Zambia", "Mongu Front"}, "Lusaka"),
])
def test_state_and_capital_the_model_leaves_untagged(nlp, text: str, sides: set[str], place: str) -> None:
    """A state's or a capital's name standing alone is a place even when the model tags none."""
    drafts = _negotiations(nlp, text)
    assert drafts and drafts[0].place == place, [(d.sides, d.place) for d in drafts]


@pytest.mark.parametrize("text, when", [
    ("Mozambique's government and the former rebel movement Renamo agreed on a timetable for disarming and "
     "demobilising Renamo's remaining fighters at a meeting in Maputo on Wednesday, negotiators said.", None),
    ("Nepal's government and the Maoist party agreed on rules for registering and cantoning fighters at a meeting "
     "in Kathmandu on Wednesday.", None),
])
def test_agreement_reached_at_a_meeting_makes_the_meeting_held(nlp, text: str, when: None) -> None:
    """The meeting is where they agreed: held, not planned by "agreed", even below a coordinated gerund."""
    drafts = _negotiations(nlp, text)
    assert drafts and all(d.status == "held" for d in drafts), [(d.status, d.sides) for d in drafts]
    assert len(drafts[0].sides) == 2


ANALYSIS = ("Published 2 March 2015\n\nThe long road to a draft accord\n\nWhen {own} Foreign Minister Amadou Keita "
            "initialled the draft accord in {city} on Sunday, he called it the best compromise. It was the end of the fifth round "
            "of talks that began in the {adj} capital on February 16. The government delegation, led by Keita, included "
            "colonel Bakary Sanogo. The {group} team was headed by Ali ag Intalla.\n\nThe first round opened in {city} on "
            "July 16, 2014.\n\n{adj} Foreign Minister Karim Belhadj, who leads the mediation, said on Sunday that the "
            "text was fair. The {adj} foreign ministry said the signing would follow.\n")


@pytest.mark.parametrize("city, adj, group, own", [("Algiers", "Algerian", "CMA", "Malian"),
                                                   ("Rabat", "Moroccan", "MNLA", "Nigerien")])
def test_sides_from_the_delegations_not_the_mediating_host(nlp, city: str, adj: str, group: str, own: str) -> None:
    """No sentence states the pair: the sides are the two the article lists delegations of, and the host whose
    minister "leads the mediation" is none."""
    text = ANALYSIS.format(city=city, adj=adj, group=group, own=own)
    doc = nlp(text)
    drafts = [d for d in find_events(doc, find_mentions(doc), article(text, THU, "a1")) if d.kind == "Negotiation"]
    rounds = [d for d in drafts if d.round in (1, 5)]
    assert rounds and all(group in d.sides and adj[:3] not in "".join(d.sides) for d in rounds), \
        [(d.round, d.sides) for d in drafts]


@pytest.mark.parametrize("line, agencies", [
    ("MAPUTO, July 9, 2019 (Southern Africa News Agency) -", {"Southern Africa News Agency"}),
    ("NAIROBI, Kenya, Jan. 7, 2014 (Lakeside Press Service) --", {"Lakeside Press Service"}),
    ("ADDIS ABABA -", set()),
])
def test_agency_in_the_dateline_is_no_party(line: str, agencies: set[str]) -> None:
    """A wire's first sentence holds its dateline: the agency credited in brackets there (which the parser may take
    into the subject, as in blind17's Maputo wire) is dropped from the talks' parties."""
    assert dateline_outlets(line) == agencies
