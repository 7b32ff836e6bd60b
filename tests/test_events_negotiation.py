"""Tests of negotiation reading (kg.events_negotiation and its helper modules) on sentences of our own.

Each rule added to the negotiation reader has a sentence here with invented names; the fixtures and the
hand-made mentions are those of tests/test_events.py.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_events import nlp, read  # noqa: F401 - nlp is a fixture

SAT = date(2022, 2, 26)


def _negotiations(nlp, text: str):  # noqa: ANN001, ANN202
    return read(nlp, text, kind="Negotiation")


def test_events_negotiation_round_of_a_named_process(nlp) -> None:  # noqa: ANN001
    """"The 9th round of the Harbour Discussions": a round of talks whose process has a proper name."""
    text = ("Portugal and Morocco agreed to keep talking. Portugal wants a fishing deal and Morocco a port deal. The 9th round of the Harbour Discussions was held in "
            "Lisbon yesterday under the co-chairmanship of the Council of Europe.")
    found = [d for d in _negotiations(nlp, text) if d.round == 9]
    assert found and found[0].status == "held" and found[0].date == date(2022, 2, 27)
    assert set(found[0].sides) == {"Portugal", "Morocco"}


def test_events_negotiation_the_participants_agreed_to_meet(nlp) -> None:  # noqa: ANN001
    """"The participants had agreed to meet again ... for the 10th round": a planned round of the article's pair."""
    text = ("Portugal and Morocco held a ninth round of talks in Lisbon on Monday. The co-chairs said the "
            "participants had agreed to meet again in Rabat on March 20 for the 10th round.")
    found = [d for d in _negotiations(nlp, text) if d.round == 10]
    assert found and found[0].status == "planned" and found[0].date == date(2022, 3, 20)
    assert set(found[0].sides) == {"Portugal", "Morocco"}


def test_events_negotiation_negotiators_for_a_state(nlp) -> None:  # noqa: ANN001
    """"Negotiators for X's government and Y": X is a side, as with "negotiators of X"."""
    text = ("Negotiators for Portugal's national government and the Moroccan delegation held a second round of "
            "talks in Rabat on Monday.")
    found = _negotiations(nlp, text)
    assert found and set(found[0].sides) == {"Portugal", "Morocco"}


@pytest.mark.parametrize("text", [
    "Portugal and Morocco held a third round of talks in Lisbon on Monday. The fourth round is to be held in Rabat on March 3.",
    "Portugal and Morocco held a third round of talks in Lisbon on Monday. The fourth round is due to open in Rabat on March 3.",
])
def test_events_negotiation_is_to_be_held_is_planned(nlp, text: str) -> None:  # noqa: ANN001
    """"The round is to be held on X" and "is due to open" report a planned round."""
    found = [d for d in _negotiations(nlp, text) if d.round == 4]
    assert found and found[0].status == "planned" and found[0].date == date(2022, 3, 3)


def test_events_negotiation_agreed_after_talks_takes_the_day(nlp) -> None:  # noqa: ANN001
    """"X and Y agreed on Saturday ... after a fourth round of talks": the talks ended that day."""
    text = "Portugal and Morocco agreed on Saturday on a fishing accord after a fourth round of talks in Rabat."
    found = [d for d in _negotiations(nlp, text) if d.round == 4]
    assert found and found[0].date == SAT and found[0].status == "held"


def test_events_negotiation_following_hours_of_talks(nlp) -> None:  # noqa: ANN001
    """"agreed yesterday ... following five hours of talks": the talks' day is the agreement's."""
    text = "Portugal and Morocco yesterday agreed to reopen the border, following almost five hours of talks in Faro."
    found = _negotiations(nlp, text)
    assert found and found[0].date == date(2022, 2, 27)


def test_events_negotiation_broker_and_co_brokers_are_not_sides(nlp) -> None:  # noqa: ANN001
    """"X brokered the meeting together with Y and Z": the brokers are not the sides of the meeting."""
    text = "Senegal brokered the meeting together with Ghana and Togo."
    assert not [d for d in _negotiations(nlp, text) if {"Ghana", "Togo"} <= set(d.sides)]


def test_events_negotiation_split_state_name(nlp) -> None:  # noqa: ANN001
    """A state name the model splits into proper nouns is read whole ("Sierra Leone"), not by its last word."""
    from kg.events_common import _chain_state

    doc = nlp("Negotiators for Sierra Leone's government met in Accra.")
    assert _chain_state(doc[3]) in {None, "Sierra Leone"}
    assert _chain_state(doc[2]) == "Sierra Leone"


def test_events_negotiation_planned_day_months_ahead(nlp) -> None:  # noqa: ANN001
    """A planned round's month and day without a year, more than two months ahead, is this year's."""
    text = ("Portugal and Morocco held a third round of talks in Lisbon on Monday, and agreed to hold a fourth "
            "round in Rabat on June 30.")
    found = [d for d in read(nlp, text, published=date(2022, 1, 13), kind="Negotiation") if d.round == 4]
    assert found and found[0].status == "planned" and found[0].date == date(2022, 6, 30)


def test_events_negotiation_talks_not_dated_by_the_next_round(nlp) -> None:  # noqa: ANN001
    """"The talks ended with an agreement ... to hold the next round on X": X is not the talks' date."""
    text = ("Portugal and Morocco held a third round of talks in Lisbon. The talks, facilitated by Spain, ended with "
            "an agreement to set up two working groups and to hold the fourth round in Rabat on March 31.")
    found = [d for d in read(nlp, text, kind="Negotiation") if d.round == 3]
    assert found and all(d.date != date(2022, 3, 31) for d in found)


@pytest.mark.parametrize("text", [
    "Portugal and Morocco held their first talks in four years in Faro on Monday.",
    "Portugal and Morocco held their first meeting since 2015 in Faro on Monday.",
])
def test_events_negotiation_first_in_a_while_is_not_round_one(nlp, text: str) -> None:  # noqa: ANN001
    """"The first talks in four years", "the first meeting since 2015": no round number."""
    assert all(d.round is None for d in _negotiations(nlp, text))


def test_events_negotiation_place_not_from_the_subject(nlp) -> None:  # noqa: ANN001
    """"X and Y, the group in the north, held talks in Z": the talks were in Z."""
    text = ("Portugal and the Azorean Liberation Front, the main armed group in the far west, held the second round "
            "of talks in Madrid yesterday.")
    found = _negotiations(nlp, text)
    assert found and found[0].place == "Madrid"


def test_events_negotiation_panel_is_a_delegation(nlp) -> None:  # noqa: ANN001
    """"The X panel was led by A and included B": a delegation list."""
    text = ("Portugal and Morocco held a third round of talks in Lisbon on Monday. The Portuguese panel was led by "
            "Joana Albuquerque and included Tiago Ferreira.")
    found = [d for d in _negotiations(nlp, text) if d.round == 3]
    members = {m for d in found for m in d.members}
    assert ("Portugal", "Joana Albuquerque") in members and ("Portugal", "Tiago Ferreira") in members


def test_events_negotiation_place_of_the_talks_not_of_the_next_round(nlp) -> None:  # noqa: ANN001
    """"held talks in the Ruritanian capital ... and agreed to hold the next round in Y": the held talks were
    in the capital of the state the demonym names, the next round in Y."""
    text = ("Portugal and Morocco held their first ministerial talks in six years in the Spanish capital on Friday "
            "and agreed to hold the next round in Lisbon on Dec. 5.")
    found = _negotiations(nlp, text)
    held = [d for d in found if d.status == "held"]
    planned = [d for d in found if d.status == "planned"]
    assert held and held[0].place == "Spain" and held[0].round is None
    assert planned and planned[0].place == "Lisbon"


def test_events_delegation_a_party_sent_people(nlp) -> None:  # noqa: ANN001
    """"X sent A, the ministry's envoy, with B and C": A, B and C are in X's delegation."""
    text = ("Portugal and Morocco held talks in Faro on Friday. Morocco sent Youssef Benali, the foreign ministry's "
            "envoy, with Karim Tazi and Nadia Alaoui.")
    members = {m for d in _negotiations(nlp, text) for m in d.members}
    assert {("Morocco", "Youssef Benali"), ("Morocco", "Karim Tazi"), ("Morocco", "Nadia Alaoui")} <= members


def test_events_negotiation_rounds_named_by_ordinal_alone(nlp) -> None:  # noqa: ANN001
    """"The first round was held in X in May and the second in Y in June, followed by a third in Z on July 3"."""
    text = ("Portugal and Morocco held a fourth round of talks in Lisbon on Monday. The first round was held in Faro "
            "in May and the second in Porto in June, followed by a third in Coimbra on July 3.")
    rounds = {d.round: d for d in _negotiations(nlp, text)}
    assert rounds[2].place == "Porto" and rounds[2].date_basis == "article"
    assert rounds[3].place == "Coimbra" and rounds[3].date == date(2021, 7, 3)


def test_events_delegation_list_past_an_abbreviation(nlp) -> None:  # noqa: ANN001
    """A delegation list the parser cut at an abbreviation ("Undersecretary for Policy Ma. A, with B") is
    read on to its end."""
    text = ("Portugal and Morocco held a third round of talks in Lisbon on Monday. The Portuguese delegation was led "
            "by Foreign Affairs Undersecretary for Policy Ma. Ines Duarte, with Assistant Secretary Rui Patricio "
            "and Commodore Paulo Lacerda.")
    members = {m for d in _negotiations(nlp, text) for m in d.members}
    assert {("Portugal", "Ines Duarte"), ("Portugal", "Rui Patricio"), ("Portugal", "Paulo Lacerda")} <= members


_PAIR = "Portugal and Morocco are at odds over fishing, and Portugal wants quotas that Morocco rejects. "


@pytest.mark.parametrize("text, rnd", [
    ("Portuguese Foreign Minister Ana Costa sat down with Moroccan Foreign Minister Omar Idrissi in Geneva on "
     "Tuesday for talks on fishing.", None),
    (_PAIR + "The two delegations sat down in Geneva on Tuesday for a second round of talks.", 2),
    (_PAIR + "The two sides held a conference in Geneva on Tuesday.", None),
    (_PAIR + "The two sides held a dialogue in Geneva on Tuesday.", None),
])
def test_events_negotiation_sat_down_conference_dialogue(nlp, text: str, rnd: int | None) -> None:  # noqa: ANN001
    """"Sat down with", "sat down for talks", a conference or a dialogue between two sides are talks."""
    found = _negotiations(nlp, text)
    assert found and set(found[0].sides) == {"Portugal", "Morocco"}
    assert found[0].date == date(2022, 2, 22) and found[0].round == rnd


@pytest.mark.parametrize("text", [
    _PAIR + "The foreign minister told a news conference in Lisbon on Monday that Portugal would not give in.",
    _PAIR + "Ines Duarte, the special envoy for the Lisbon-Rabat dialogue, told reporters on Monday that Morocco "
            "would not give in.",
])
def test_events_negotiation_not_a_conference_of_the_sides(nlp, text: str) -> None:  # noqa: ANN001
    """A news conference, and the dialogue an envoy's title names, are no talks."""
    assert not _negotiations(nlp, text)


def test_events_negotiation_long_dateline_is_no_party(nlp) -> None:  # noqa: ANN001
    """A dateline with a date and a wire name ("CITY – October 3, 2023 (WIRE) –") names no side."""
    from kg.events_negotiation_parties import _dateline_end

    doc = nlp("FARO/RABAT – October 3, 2023 (IBERIA WIRE) – Negotiators for Portugal and Morocco sat down in "
              "Faro on Sunday.")
    sent = next(iter(doc.sents))
    assert doc[_dateline_end(sent)].text == "Negotiators"


def test_events_negotiation_video_call(nlp) -> None:  # noqa: ANN001
    """"held a video call" is talks at a distance; "took a phone call from a reporter" is not."""
    found = _negotiations(nlp, _PAIR + "The two countries' top trade officials held a video call on Tuesday.")
    assert found and set(found[0].sides) == {"Portugal", "Morocco"} and found[0].date == date(2022, 2, 22)
    assert not _negotiations(nlp, _PAIR + "The minister took a phone call from a reporter on Tuesday.")


def test_events_negotiation_dated_by_its_relative_clause(nlp) -> None:  # noqa: ANN001
    """"The first round, which opened in X on May 6, produced ...": the round's own date and place."""
    text = (_PAIR + "The first round of talks, which opened in Madrid on May 6, produced a short truce.")
    found = [d for d in read(nlp, text, published=date(2022, 6, 1), kind="Negotiation") if d.round == 1]
    assert found and found[0].date == date(2022, 5, 6) and found[0].place == "Madrid"


def test_events_negotiation_mediator_is_not_the_article_pair(nlp) -> None:  # noqa: ANN001
    """A state the article names as mediator ("mediated by X") does not make the article's pair of sides."""
    text = ("Togo's crisis deepened on Monday. Talks between the government and opposition parties, mediated by "
            "Ghana, opened in Lome on Monday. Togo's president said Ghana had been helpful.")
    assert not [d for d in _negotiations(nlp, text) if "Ghana" in d.sides]


@pytest.mark.parametrize("text", [
    _PAIR + "The dispute strains ties between the two neighbours, whose fisheries officials held a video call on Tuesday.",
    _PAIR + "The two defence ministries held talks in Lisbon on Tuesday.",
    _PAIR + "Generals of the two countries held talks in Lisbon on Tuesday.",
])
def test_events_negotiation_sides_named_by_reference(nlp, text: str) -> None:  # noqa: ANN001
    """"The two neighbours, whose officials held a call", "the two defence ministries", "generals of the two
    countries": the article's pair of sides."""
    found = _negotiations(nlp, text)
    assert found and set(found[0].sides) == {"Portugal", "Morocco"} and found[0].date == date(2022, 2, 22)


def test_events_delegation_acronym_side(nlp) -> None:  # noqa: ANN001
    """"The ALF delegation was headed by A, alongside B": the side named by its acronym is the party."""
    text = ("Portugal and the Azorean Liberation Front (ALF) held a second round of talks in Lisbon on Monday. "
            "The ALF delegation was headed by Rui Patricio, alongside Ines Duarte.")
    members = {m for d in _negotiations(nlp, text) for m in d.members}
    assert {("Azorean Liberation Front", "Rui Patricio"), ("Azorean Liberation Front", "Ines Duarte")} <= members


@pytest.mark.parametrize("text", [
    _PAIR + "Another faction, the Azorean Front, was not part of the Casablanca meeting on Tuesday.",
    _PAIR + "The Casablanca talks between Portugal and Morocco ended on Tuesday.",
])
def test_events_negotiation_city_naming_the_talks_is_no_side(nlp, text: str) -> None:  # noqa: ANN001
    """"The Casablanca meeting": the city names where the talks were; its state is no side."""
    assert all(set(d.sides) <= {"Portugal", "Morocco", "Azorean Front"} for d in _negotiations(nlp, text))


def test_events_negotiation_facilitator_is_not_the_place(nlp) -> None:  # noqa: ANN001
    """"... first met there in May, in a process facilitated by X": X is no place of the talks."""
    text = (_PAIR + "The two sides held a second round of talks on Tuesday, in a process facilitated by Spain.")
    found = _negotiations(nlp, text)
    assert found and found[0].place != "Spain"


def test_events_negotiation_date_under_a_misparsed_ending_verb(nlp) -> None:  # noqa: ANN001
    """A relative clause in the subject ("the port Lima is building") makes the parser hang "ended ... late on
    Sunday" below it as an adverbial clause: the talks still end on Sunday (a verb of the talks' course keeps its
    date; an infinitive such as "to hold the next round on X" does not)."""
    text = ("Talks between Chile, Peru and Bolivia over the port Lima is building on the coast ended in deadlock "
            "in the Chilean capital late on Sunday, leaving the future of the negotiations in doubt.\n\n"
            "The meeting in Santiago was the third round of talks between the ministers of the three countries.")
    found = [d for d in read(nlp, text, date(2014, 1, 6), kind="Negotiation") if d.round == 3]
    assert found and {d.date for d in found} == {date(2014, 1, 5)}


@pytest.fixture(scope="module")
def kg_nlp():  # noqa: ANN201
    from kg.nlp import build_nlp
    from kg.settings import Settings

    return build_nlp(Settings())


@pytest.mark.parametrize("text, sides", [
    ("The Chilean opposition and the government of Chile held a second round of talks in Lima on Monday.",
     {"Chilean opposition", "Chile"}),
    ("Bolivian rebels and Bolivia held a third round of talks in Quito on Monday.", {"Bolivian rebels", "Bolivia"}),
])
def test_events_negotiation_non_state_side_is_not_its_state(kg_nlp, text, sides) -> None:  # noqa: ANN001
    """A side named by demonym and a non-state noun (kg's actor-span component makes it one Organization) is
    that group, not the state; so the state's own side is not collapsed into it, and the host is no side."""
    from kg.events import find_events
    from kg.mentions import find_mentions
    from tests.test_events import article

    doc = kg_nlp(text)
    found = [d for d in find_events(doc, find_mentions(doc), article(text, date(2022, 3, 1))) if d.kind == "Negotiation"]
    assert found and set(found[0].sides) == sides and found[0].date == date(2022, 2, 28)
