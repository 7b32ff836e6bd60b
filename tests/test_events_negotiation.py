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
    from kg.events_negotiation_parties import dateline_end as _dateline_end

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


# --- rules of session 4 (each with sentences of our own; the full pipeline reads the mentions) -------------

def _real(kg_nlp, text: str, published: date = date(2022, 3, 1)):  # noqa: ANN001, ANN202
    """Negotiation drafts the full pipeline (kg's components, kg's mentions) reads from ``text``."""
    from kg.events import find_events
    from kg.mentions import find_mentions
    from tests.test_events import article

    doc = kg_nlp(text)
    return [d for d in find_events(doc, find_mentions(doc), article(text, published)) if d.kind == "Negotiation"]


_DIALOGUE = ("Beira, 1 Mar (Wire) - The 41st round of the dialogue between the Angolan government and the former "
             "guerrilla movement Unita ended on Monday at the Agostinho Neto International Conference Centre in "
             "Luanda without agreement.\n\n"
             "The head of the government delegation, Fisheries Minister Domingos Tchipilica, told reporters the two "
             "sides had made progress. The government team also included Deputy Minister Rosa Kalandula.\n\n"
             "Unita's delegation was headed, as at previous rounds, by Abel Sakuayela, a member of the Unita "
             "Political Bureau, accompanied by Celestino Muhongo and Teresa Ngola.\n\n"
             "The previous round, last Thursday, had ended with the two sides agreeing on observers.\n\n"
             "The 42nd round is scheduled for Thursday at the same venue.")


def test_events_negotiation_round_of_a_dialogue_between_a_state_and_a_movement(kg_nlp) -> None:  # noqa: ANN001
    """"The Nth round of the dialogue between the X government and the former rebel movement Y ended on Monday
    at the Z Conference Centre": the sides are X and Y (the name after "movement" too), the date is Monday, the
    conference centre is the venue, not a conference or a side; "the previous round, last Thursday" is round N-1
    on that Thursday; "the next round is scheduled for Thursday" is planned for the coming Thursday; "as at
    previous rounds" is no round of its own."""
    found = {(d.round, d.status): d for d in _real(kg_nlp, _DIALOGUE)}
    held = found[(41, "held")]
    assert set(held.sides) == {"Angola", "Unita"} and held.date == date(2022, 2, 28)
    assert held.place and "Conference Centre" in held.place
    assert found[(40, "held")].date == date(2022, 2, 24)
    assert found[(42, "planned")].date == date(2022, 3, 3)
    assert found[(42, "planned")].place == held.place  # "at the same venue"
    assert set(found) == {(41, "held"), (40, "held"), (42, "planned")}


def test_events_delegation_head_of_and_accompanied_by(kg_nlp) -> None:  # noqa: ANN001
    """"The head of the government delegation, Minister A, told ..." names A in the state's delegation; "X's
    delegation was headed by A, a member of ..., accompanied by B and C": A, B and C are X's."""
    held = next(d for d in _real(kg_nlp, _DIALOGUE) if d.round == 41)
    assert {("Angola", "Domingos Tchipilica"), ("Angola", "Rosa Kalandula"), ("Unita", "Abel Sakuayela"),
            ("Unita", "Celestino Muhongo"), ("Unita", "Teresa Ngola")} <= set(held.members)


def test_events_negotiation_after_a_meeting_hung_in_the_inner_clause(kg_nlp) -> None:  # noqa: ANN001
    """"The ministers of A and B agreed yesterday to let observers monitor the border, after a meeting in X":
    the parser hangs "after" in the inner clause; the meeting is still A and B's, on the day they agreed."""
    text = ("LIMA - The foreign ministers of Ecuador and Peru agreed yesterday to let unarmed Chilean observers "
            "monitor their disputed border near the Condor range, after a meeting in Lima hosted by Chile.")
    found = _real(kg_nlp, text)
    assert found and set(found[0].sides) == {"Ecuador", "Peru"} and found[0].date == date(2022, 2, 28)


def test_events_delegation_given_name_and_brought(kg_nlp) -> None:  # noqa: ANN001
    """"Mr A was accompanied by B and C" and "Mr D brought E and F", where "Mr A" names "A Z" by the given name:
    each list is the delegation of its leader's state."""
    text = ("Ecuadorian Foreign Minister Lautaro Quishpe and his Peruvian counterpart, Wari Condori, met in Quito on "
            "Monday for talks on the border.\n\n"
            "Mr Lautaro was accompanied by the permanent secretary of the Ecuadorian Foreign Ministry, Nina Tupak, "
            "and Colonel Amaru Yupanqui of the army's border department. Mr Wari brought Secretary of State Kusi "
            "Mayta and General Illari Pacha.")
    members = {m for d in _real(kg_nlp, text) for m in d.members}
    assert {("Ecuador", "Nina Tupak"), ("Ecuador", "Amaru Yupanqui"), ("Peru", "Kusi Mayta"),
            ("Peru", "Illari Pacha")} <= members


def test_events_delegation_sent_along_with_and_a_mission(kg_nlp) -> None:  # noqa: ANN001
    """"X sent A, an adviser, along with B and C" and "An earlier XYZ mission, led by A and including B": lists."""
    text = ("Ecuador and Peru held a second round of talks in Lima on Monday. Peru sent Wari Condori, a senior "
            "adviser to the president, along with Colonel Amaru Yupanqui and Kusi Mayta, Peru's ambassador to "
            "Chile. The Ecuadorian delegation was led by Lautaro Quishpe.")
    members = {m for d in _real(kg_nlp, text) for m in d.members}
    assert {("Peru", "Wari Condori"), ("Peru", "Amaru Yupanqui"), ("Peru", "Kusi Mayta")} <= members
    text = ("The Andean Community and Peru are at odds over tariffs. An earlier Andean Community mission, led by "
            "former Chilean trade minister Rodrigo Alvear and including the bloc's customs commissioner, Marta "
            "Quiroga, held talks with Peruvian officials in Lima on March 3.")
    members = {m for d in _real(kg_nlp, text, date(2022, 3, 10)) for m in d.members}
    assert {("Andean Community", "Rodrigo Alvear"), ("Andean Community", "Marta Quiroga")} <= members


def test_events_negotiation_the_same_day_that(kg_nlp) -> None:  # noqa: ANN001
    """"X announced it on Friday, the same day that negotiators from A and B sat down for talks": Friday."""
    text = ("The Finance Ministry announced the measures on Friday, the same day that negotiators from the ruling "
            "Popular Unity party and the opposition Civic Renewal Alliance sat down for a first day of talks in "
            "Windhoek.")
    found = _real(kg_nlp, text, date(2022, 2, 26))
    assert found and found[0].date == date(2022, 2, 25)


def test_events_negotiation_a_question_reports_no_talks(kg_nlp) -> None:  # noqa: ANN001
    """"Will sanctions help or hurt the talks?": a reader prompt, no planned talks."""
    text = "Ecuador and Peru held talks in Lima on Monday.\n\nWill sanctions help or hurt the talks?"
    assert all(d.status == "held" for d in _real(kg_nlp, text))


def test_events_negotiation_body_named_with_a_demonym_and_split_subject(kg_nlp) -> None:  # noqa: ANN001
    """"Delegations of the UN-backed X and the Ruritanian National Army (RNA) sign ... at the end of a fourth
    round": the army is a side, not its state (its name only opens with the demonym), nor is the UN of
    "UN-backed"; the parser may hang the second conjunct on the verb."""
    text = ("Summary\n\n- Military delegations of the UN-backed Transitional Authority of Chad (TAC) and the Chadian "
            "Liberation Army (CLA) sign a truce at the end of a fourth round of Joint Security Commission talks")
    found = [d for d in _real(kg_nlp, text) if d.round == 4]
    assert found and "Chad" not in found[0].sides and "UN" not in found[0].sides
    assert "Chadian Liberation Army" in found[0].sides


def test_events_negotiation_first_two_rounds_and_town_of(kg_nlp) -> None:  # noqa: ANN001
    """"The first two rounds were held in X" is rounds one and two; "in the Red Coast resort of Y" is in Y."""
    text = ("Ecuador and Peru held a fourth round of talks in Lima on Monday. The first two rounds were held in "
            "Quito in January. Officers from the two sides also met in the Peruvian Pacific resort of Mancora.")
    found = _real(kg_nlp, text)
    assert {1, 2} <= {d.round for d in found}
    assert any(d.place == "Mancora" for d in found)


def test_events_negotiation_dated_talks_are_the_undated_latest_round(kg_nlp) -> None:  # noqa: ANN001
    """"End fifth round" (undated) and "ended five days of talks yesterday" are one session, though an earlier
    round ("the fourth round, which ended on May 31") has a date of its own."""
    text = ("Ecuador and Peru end fifth round of talks.\n\n"
            "Negotiators from Quito and Lima ended five days of talks yesterday in Cuenca.\n\n"
            "The fourth round, which ended on January 31, produced agreement on trade.")
    found = {d.round: d for d in _real(kg_nlp, text) if d.round}
    assert found[5].date == date(2022, 2, 28) and found[4].date == date(2022, 1, 31)


def test_events_negotiation_planned_meeting_joins_no_held_one(kg_nlp) -> None:  # noqa: ANN001
    """"A meeting of the border committee is also expected in X next month": planned, and undated (not the day of
    the talks held)."""
    text = ("Ecuador and Peru held talks in Lima on Monday. A meeting of the Joint Border Committee, which brings "
            "together the two defence ministers, is also expected in Peru next month, but no date has been set.")
    planned = [d for d in _real(kg_nlp, text) if d.status == "planned"]
    assert planned and all(d.date_basis != "stated" for d in planned)


def test_events_negotiation_round_number_in_apposition_and_meeting_for_round(kg_nlp) -> None:  # noqa: ANN001
    """"met for their 7th round of talks on Friday" is dated Friday; "the previous round, the sixth" is round 6."""
    text = ("Ecuadorian and Peruvian generals met for their 7th round of military talks on Friday at the border town "
            "of Huaquillas.\n\nThe previous round, the sixth, was held at Tumbes on January 31.")
    found = {d.round: d for d in _real(kg_nlp, text, date(2022, 2, 26)) if d.round}
    assert found[7].date == date(2022, 2, 25) and found[6].date == date(2022, 1, 31)


def test_events_negotiation_compass_word_shares_its_demonym(monkeypatch) -> None:  # noqa: ANN001
    """"North and South Ruritanian generals": "North" stands for North Ruritania."""
    import spacy
    from spacy.tokens import Doc

    import kg.events_negotiation_parties as parties

    words = ["North", "and", "South", "Ruritanian", "generals", "met"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[4, 0, 3, 0, 5, 5],
              deps=["amod", "cc", "amod", "conj", "nsubj", "ROOT"])
    monkeypatch.setattr(parties, "state_of", {"North Ruritanian": "North Ruritania"}.get)
    assert parties.compass_state(doc[0]) == "North Ruritania" and parties.compass_state(doc[2]) is None


def test_events_delegation_rank_abbreviation_is_no_member(kg_nlp) -> None:  # noqa: ANN001
    """"... and includes Brig. A": the rank cut off by the parser is no member."""
    text = ("Ecuador and Peru held a fourth round of talks in Lima on Monday. The Peruvian delegation is led by Lt. "
            "Gen. Wari Condori and includes Maj. Gen. Kusi Mayta and Brig. Illari Pacha.")
    members = {m for d in _real(kg_nlp, text) for _, m in d.members}
    assert "Illari Pacha" in members and not any(m.endswith(".") for m in members)


def test_events_negotiation_due_to_sit_down_takes_the_fronted_day(kg_nlp) -> None:  # noqa: ANN001
    """"Yet on Saturday, delegations from the government and the X are due to sit down in Y for a second round":
    planned for Saturday; "delegations from A and B" names both sides though B is named otherwise elsewhere."""
    text = ("As Peru's government and the Shining Path prepare for a second round of talks in Chile, the truce "
            "holds.\n\nYet on Saturday, delegations from the government and the Maoist Shining Path are due to sit "
            "down in Santiago for a second round of talks.")
    found = [d for d in _real(kg_nlp, text, date(2022, 2, 22)) if d.round == 2]
    assert found and all(d.status == "planned" for d in found)
    assert date(2022, 2, 26) in {d.date for d in found}


def test_events_negotiation_a_talk_is_no_negotiation(kg_nlp) -> None:  # noqa: ANN001
    """"At the market, the talk is not of X": a singular "talk" is conversation."""
    text = "Ecuador and Peru will hold talks in Lima on Friday. At the fish market, the talk is not of Lima."
    assert all(d.status == "planned" for d in _real(kg_nlp, text))


def test_events_negotiation_held_reading_does_not_turn_a_planned_round_held(kg_nlp) -> None:  # noqa: ANN001
    """"The talks must first address X" (no report the talks took place) is not joined to the planned second
    round; "the talks ... concluded after four hours" is, and reports it held."""
    text = ("Ecuador and Peru will hold a second round of talks in Lima on Friday. Peru said the talks must first "
            "address the border.")
    found = [d for d in _real(kg_nlp, text) if d.round == 2]
    assert found and all(d.status == "planned" for d in found)
    text = ("Ecuador criticized Peru ahead of a second round of talks. The talks near the border concluded after "
            "about four hours.")
    found = [d for d in _real(kg_nlp, text) if d.round == 2]
    assert any(d.status == "held" for d in found)


@pytest.mark.parametrize("text, members", [
    # "the army delegation" is the party with the army in its name; "who is accompanied by"
    ("The Chadian Armed Forces and the Rapid Action Brigades resumed talks in Doha on Sunday.\n\nThe army "
     "delegation is headed by General Idriss Mahamat, who is accompanied by Colonel Abakar Saleh and the diplomat "
     "Halime Oumar. The Brigades delegation is led by Colonel Moussa Dagache.",
     {("Chadian Armed Forces", "Idriss Mahamat"), ("Chadian Armed Forces", "Abakar Saleh"),
      ("Chadian Armed Forces", "Halime Oumar")}),
    # a title is no side; the other side's list gives the side of a leader the text does not place
    ("Ecuador and Peru held talks between President Lautaro Quishpe and Peruvian President Wari Condori in Quito "
     "on Monday.\n\nPresident Lautaro Quishpe was accompanied by Foreign Minister Nina Tupak and Attorney "
     "General Amaru Yupanqui. The Peruvian delegation included Foreign Minister Kusi Mayta.",
     {("Ecuador", "Lautaro Quishpe"), ("Ecuador", "Nina Tupak"), ("Ecuador", "Amaru Yupanqui"),
      ("Peru", "Kusi Mayta")}),
    # "came with", "whose delegation included"
    ("Ecuador and Peru held talks in Quito on Monday between Ecuadorian President Lautaro Quishpe and Peruvian "
     "Prime Minister Wari Condori.\n\nQuishpe, whose delegation included negotiator Nina Tupak, spoke first, "
     "while Condori came with his deputy, Kusi Mayta.",
     {("Ecuador", "Nina Tupak"), ("Peru", "Wari Condori"), ("Peru", "Kusi Mayta")}),
    # gapping: "X was represented by A and Y by B"
    ("Ecuador and Peru held talks at UN headquarters on Monday.\n\nEcuador was represented by Ambassador Lautaro "
     "Quishpe and Peru by Ambassador Wari Condori at the meeting.",
     {("Ecuador", "Lautaro Quishpe"), ("Peru", "Wari Condori")}),
])
def test_events_delegation_more_wordings(kg_nlp, text: str, members: set) -> None:  # noqa: ANN001
    """Delegation lists in other wordings of session 4 (a leader may be named by surname; the resolver links it)."""
    found = {(side, m.split()[-1]) for d in _real(kg_nlp, text) for side, m in d.members}
    assert {(side, m.split()[-1]) for side, m in members} <= found


def test_events_delegation_a_listed_leader_keeps_the_side_of_the_list(kg_nlp) -> None:  # noqa: ANN001
    """"An X delegation led by A travelled ... A was accompanied by B": B is X's, whatever else A is tied to."""
    text = ("Ecuador and the Andean Community held talks in Lima on Saturday. An Ecuadorian delegation led by "
            "Foreign Minister Lautaro Quishpe travelled to Lima to meet the Andean Community mediator, Rodrigo "
            "Alvear. Quishpe was accompanied by Lieutenant-Colonel Nina Tupak.")
    found = {m for d in _real(kg_nlp, text) for m in d.members}
    assert ("Ecuador", "Nina Tupak") in found


def test_events_negotiation_cycles_and_rounds_of_the_process(kg_nlp) -> None:  # noqa: ANN001
    """"Agreed during the second cycle of talks, which took place in X" is round two, held; "the first round of
    the current process was held in Y" is round one."""
    text = ("Ecuador's government and the Alfaro Vive rebel group opened a third round of peace talks in Lima on "
            "Tuesday.\n\nThe chief government negotiator said a truce had been agreed during the second cycle of "
            "talks, which took place in Quito in March.\n\nThe first round of the current process was held in "
            "Cuenca in November.")
    found = {d.round: d for d in _real(kg_nlp, text) if d.round}
    assert {1, 2, 3} <= set(found) and found[2].status == "held" and found[1].status == "held"


def test_events_negotiation_a_meeting_point_is_no_meeting(kg_nlp) -> None:  # noqa: ANN001
    """"Held at the same meeting point": "meeting" names the place, not a meeting; the place is that of the round
    the article places."""
    text = ("Ecuador and Peru held the 13th round of border talks on Sunday at the Macara crossing point.\n\n"
            "The 12th round of the border talks was held on July 31 at the same meeting point.")
    found = _real(kg_nlp, text, date(2021, 10, 11))
    assert {d.round for d in found} == {12, 13}
    twelfth = next(d for d in found if d.round == 12)
    assert twelfth.place == next(d for d in found if d.round == 13).place


def test_events_negotiation_a_meeting_in_another_country_is_not_the_round(kg_nlp) -> None:  # noqa: ANN001
    """"The presidents last met on the sidelines of a summit in the Ruritanian capital X" is not the round held in
    a town of another country the same article reports."""
    text = ("Government delegations from Ecuador and Peru held a fifth round of border talks in Tumbes on "
            "Tuesday.\n\nThe presidents of the two countries last met on the sidelines of a regional summit in "
            "the Brazilian capital Brasilia in October.")
    found = [d for d in _real(kg_nlp, text) if d.place in {"Brasilia", "Brazil"}]
    assert found and all(d.round is None for d in found)


@pytest.mark.parametrize("text", [
    # "Sudan's warring generals": a conflict within one state; a byline's city names no other side
    "By Ana Ruiz in Lima\n\nEcuador's warring generals signed a pledge to protect civilians after a week of talks "
    "in the Brazilian city of Manaus.",
    # a multi-topic briefing: two states never named in one paragraph are no pair
    "On Ecuador, the Ecuadorian parties signed a truce at the end of the fourth round of talks in Geneva.\n\n"
    "Turning to Bolivia, the envoy said the third session was held in Geneva in August. Bolivia welcomed it.\n\n"
    "Ecuador's president thanked the envoy.",
])
def test_events_negotiation_internal_pairs_and_unpaired_states_make_no_sides(kg_nlp, text: str) -> None:  # noqa: ANN001
    """Talks whose sides the article never names are left out rather than given a wrong pair of states."""
    assert all(not {"Peru", "Bolivia"} & set(d.sides) for d in _real(kg_nlp, text))


def test_events_delegation_list_goes_on_past_a_relative_clause(kg_nlp) -> None:  # noqa: ANN001
    """"with A, ..., B, who heads X, and the group's London-based adviser C": C is in the list too."""
    text = ("Ecuador and the Sierra Liberation Movement held a second round of talks in Lima on Monday. The Movement's "
            "team was headed by Rosa Pillaga, with Amaru Yupanqui, the group's leader in Cuenca, Nina Tupak, who "
            "heads the group's women's section, and the group's Madrid-based legal adviser Kusi Mayta.")
    members = {m for d in _real(kg_nlp, text) for _, m in d.members}
    assert {"Rosa Pillaga", "Amaru Yupanqui", "Nina Tupak", "Kusi Mayta"} <= members


def test_events_negotiation_a_group_that_held_talks(kg_nlp) -> None:  # noqa: ANN001
    """"X, an umbrella group that held separate talks with Y between 2015 and 2019": X and Y are the sides."""
    text = ("Another rebel faction, the Sierra Liberation Movement, an umbrella group that held separate talks "
            "with Quito between 2015 and 2019, was not part of the meeting.")
    assert any({"Sierra Liberation Movement", "Ecuador"} <= set(d.sides) for d in _real(kg_nlp, text))


def test_events_negotiation_generals_of_each_side_are_no_internal_pair(kg_nlp) -> None:  # noqa: ANN001
    """"X generals met Y generals": each demonym names a side (only "X's warring generals", "the X parties" name
    a conflict within X)."""
    text = "Ecuadorian generals met Peruvian generals for a third round of border talks in Tumbes on Monday."
    assert any({"Ecuador", "Peru"} <= set(d.sides) for d in _real(kg_nlp, text))


# --- session 4: rules read from news of other outlets, regions and years -----------------------------------

def _real_at(kg_nlp, text: str, dateline: str, published: date = date(2022, 3, 1)):  # noqa: ANN001, ANN202
    """``_real`` for an article whose wire dateline the cleaner split off ("LISBON —")."""
    from dataclasses import replace as _replace

    from kg.events import find_events
    from kg.mentions import find_mentions
    from tests.test_events import article

    doc = kg_nlp(text)
    art = _replace(article(text, published), dateline=dateline)
    return [d for d in find_events(doc, find_mentions(doc), art) if d.kind == "Negotiation"]


def test_events_negotiation_negotiators_capitalised_for_a_state(kg_nlp) -> None:  # noqa: ANN001
    """"Negotiators for the X government and Y closed their 12th round": the capitalised plural the model tags
    as a proper noun still names whom the negotiators speak for."""
    text = ("Negotiators for the Ecuadorian government and the Sierra Liberation Movement closed their 12th round of "
            "peace talks in Lima on Thursday.")
    found = [d for d in _real(kg_nlp, text) if d.round == 12]
    assert found and {"Ecuador", "Sierra Liberation Movement"} <= set(found[0].sides)


def test_events_negotiation_ordinals_past_ten(kg_nlp) -> None:  # noqa: ANN001
    """"their eleventh meeting": ordinal words past "tenth" number a round too."""
    text = ("The border commissions of Ecuador and Peru held their eleventh meeting in Tumbes on Thursday. "
            "The two commissions would hold their next meeting in Quito on March 20.")
    rounds = {d.round: d for d in _real(kg_nlp, text)}
    assert rounds[11].status == "held" and rounds[11].date == date(2022, 2, 24)
    assert rounds[12].status == "planned" and rounds[12].date == date(2022, 3, 20)  # "the two commissions"


def test_events_negotiation_numbered_meeting_without_sides(kg_nlp) -> None:  # noqa: ANN001
    """"approved at their tenth meeting last month": a numbered meeting of the article's pair, with no day."""
    text = ("Ecuador and Peru held their eleventh meeting on the border in Tumbes on Thursday. The rules of the "
            "commissions were approved at their tenth meeting last month.")
    found = [d for d in _real(kg_nlp, text) if d.round == 10]
    assert found and set(found[0].sides) == {"Ecuador", "Peru"} and found[0].status == "held"


def test_events_negotiation_participle_clause_and_here(kg_nlp) -> None:  # noqa: ANN001
    """"A and B negotiators signed X late Sunday, ending the 30th round of talks here": the participle shares the
    subject and the day of its verb; "here" is the dateline's place."""
    text = ("Ecuador and Sierra Liberation Movement negotiators signed the annex on land late Sunday, ending the "
            "30th round of exploratory talks here.")
    found = [d for d in _real_at(kg_nlp, text, "LIMA —") if d.round == 30]
    assert found and {"Ecuador", "Sierra Liberation Movement"} <= set(found[0].sides)
    assert found[0].date == date(2022, 2, 27) and found[0].place == "Lima"


def test_events_negotiation_dateline_city() -> None:
    """The place of a wire dateline: its first words, as written in running text."""
    from kg.events_negotiation_place_date import dateline_city

    assert dateline_city("PORT LOUIS, Aug 6 (Wire) -") == "Port Louis"
    assert dateline_city("LIMA —") == "Lima" and dateline_city(None) is None


def test_events_negotiation_round_in_a_when_clause_is_planned(kg_nlp) -> None:  # noqa: ANN001
    """"would be opened when the 13th round begins in X on May 25": the present of a time clause is a plan."""
    text = ("Ecuador and Peru closed their 12th round of talks in Lima on Thursday. The envoy said the hardest item "
            "would be opened when the 13th round begins in Quito on March 25.")
    found = [d for d in _real(kg_nlp, text) if d.round == 13]
    assert found and found[0].status == "planned" and found[0].date == date(2022, 3, 25)


def test_events_negotiation_back_for_a_round(kg_nlp) -> None:  # noqa: ANN001
    """"will be back in X on August 20 for a second round": the return's place and day are the round's."""
    text = ("Ecuador and Peru ended a first round of talks in Lima on Monday. \"The two delegations will be back "
            "in Quito on March 20 for a second round.\"")
    found = [d for d in _real(kg_nlp, text) if d.round == 2]
    assert found and found[0].date == date(2022, 3, 20) and found[0].place == "Quito"


def test_events_negotiation_guarantors_are_no_side(kg_nlp) -> None:  # noqa: ANN001
    """"Guarantors A and B", "the two guarantor countries, A and B", "the Chilean facilitator": third parties,
    never the article's pair."""
    text = ("Guarantors Chile and Uruguay hailed a decisive step.\n\nThe government and the rebels closed a round "
            "of talks in Santiago on Thursday.\n\nThe two guarantor countries, Chile and Uruguay, said in a "
            "communique that the talks were going well. The Chilean facilitator praised both panels.")
    assert all(not {"Chile", "Uruguay"} <= set(d.sides) for d in _real(kg_nlp, text))


def test_events_negotiation_ethnic_demonym_is_no_state(kg_nlp) -> None:  # noqa: ANN001
    """"leaders of ethnic Peruvian parties": a community within the state, not the state of that demonym."""
    text = ("Leaders of Ecuador's main ethnic Peruvian parties agreed on a reform package after two weeks of talks "
            "in Quito.")
    assert all("Peru" not in d.sides for d in _real(kg_nlp, text))


def test_events_negotiation_placed_background_session_stays_apart(kg_nlp) -> None:  # noqa: ANN001
    """"The two countries last met in X last year": a past session of its own, with no day."""
    text = ("Ecuador and Peru held a first round of talks in Lima on Thursday.\n\n"
            "Military experts from the two countries last met face to face in Tumbes last year.")
    found = [d for d in _real(kg_nlp, text) if d.place == "Tumbes"]
    assert found and found[0].date is None and found[0].status == "held"


def test_events_negotiation_talks_opened_long_ago_are_round_one(kg_nlp) -> None:  # noqa: ANN001
    """"The Lima negotiations opened in November 2012": the first session, placed by the city naming the talks."""
    text = ("Ecuador and the Sierra Liberation Movement closed their 52nd round of talks in Lima on Thursday.\n\n"
            "The Lima negotiations opened in November 2012.")
    found = [d for d in _real(kg_nlp, text) if d.round == 1]
    assert found and found[0].place == "Lima" and found[0].status == "held"


def test_events_negotiation_host_of_the_next_round(kg_nlp) -> None:  # noqa: ANN001
    """"X would host the next round": the host city is the planned round's place."""
    text = ("Ecuador and Peru ended the fourth round of talks in Lima on Thursday. The mediator said Quito "
            "would host the next round next month.")
    found = [d for d in _real(kg_nlp, text) if d.round == 5]
    assert found and found[0].place == "Quito" and found[0].status == "planned"


def test_events_negotiation_held_talks_take_no_future_day(kg_nlp) -> None:  # noqa: ANN001
    """Talks the article reports as opened keep no day of a session still to come ("due to start on Monday")."""
    text = ("Ecuador and Peru formally opened talks at a ceremony in Lima this morning. Direct talks between the "
            "two teams are due to start on Thursday.")
    assert all(d.date <= date(2022, 3, 1) for d in _real(kg_nlp, text) if d.status == "held" and d.date)


def test_events_negotiation_headline_to_resume_is_planned(kg_nlp) -> None:  # noqa: ANN001
    """A headline the parser reads as a noun phrase ("X's army, rebel leaders to resume talks") is a plan."""
    text = "Ecuador's army, rebel leaders to resume direct talks in Lima"
    assert all(d.status == "planned" for d in _real(kg_nlp, text))


def test_events_negotiation_reaction_subject_is_no_side(kg_nlp) -> None:  # noqa: ANN001
    """"The EU's special representative for the Andes welcomed the meeting": who reacts is no side."""
    text = ("Ecuador and Peru held their eleventh meeting in Tumbes on Thursday. The European Union's special "
            "representative for the Andes, Hanna Lindqvist, welcomed Thursday's meeting.")
    assert all("European Union" not in d.sides for d in _real(kg_nlp, text))


def test_events_negotiation_urged_to_return_to_talks(kg_nlp) -> None:  # noqa: ANN001
    """"X had been pressing the council to return to talks": a call, no session between X and anyone."""
    text = "Diplomats said Canada and Norway had been pressing the council to return to talks."
    assert not _real(kg_nlp, text)


def test_events_delegation_commissions_chaired_with_gapping(kg_nlp) -> None:  # noqa: ANN001
    """"The X commission is chaired by A and the Y commission by B": A is X's, B is Y's."""
    text = ("The border commissions of Ecuador and Peru held their eleventh meeting in Tumbes on Thursday. The "
            "Ecuadorian commission is chaired by Deputy Prime Minister Rosa Pillaga and the Peruvian commission "
            "by Deputy Prime Minister Amaru Yupanqui.")
    members = {m for d in _real(kg_nlp, text) for m in d.members}
    assert {("Ecuador", "Rosa Pillaga"), ("Peru", "Amaru Yupanqui")} <= members


def test_events_delegation_its_members_include(kg_nlp) -> None:  # noqa: ANN001
    """"The X team is headed by A; its members include B and C": B and C are in the team just named."""
    text = ("Ecuador and the Sierra Liberation Movement opened talks in Lima on Monday. The Movement's team is "
            "headed by Rosa Pillaga; its members include Amaru Yupanqui and Nina Tupak.")
    members = {m for d in _real(kg_nlp, text) for _, m in d.members}
    assert {"Rosa Pillaga", "Amaru Yupanqui", "Nina Tupak"} <= members


def test_events_negotiation_origin_of_a_named_side_is_no_side(kg_nlp) -> None:  # noqa: ANN001
    """"A Sierra Movement delegation from Quito is in Lima for talks with Peruvian officials": Quito is where the
    delegation comes from, not a side (Ecuador)."""
    text = ("A Sierra Liberation Movement delegation from Quito is in Lima for talks with Peruvian officials.\n\n"
            "The Sierra Liberation Movement delegation held talks with Peru in Lima on Monday.")
    assert all("Ecuador" not in d.sides for d in _real(kg_nlp, text))


def test_events_negotiation_state_owning_a_named_body(kg_nlp) -> None:  # noqa: ANN001
    """"Ecuador's ruling Transitional Military Council and the opposition Front will hold talks": the named council
    is a side though its name ends in a forum word."""
    text = ("Ecuador's ruling Transitional Military Council (TMC) and the opposition Alliance for Change (AFC) will "
            "hold their first face-to-face talks in Quito on Wednesday.")
    assert any("Transitional Military Council" in d.sides for d in _real(kg_nlp, text))


def test_events_negotiation_special_envoy_is_a_third_party(kg_nlp) -> None:  # noqa: ANN001
    """"Chile's special envoy to the process": a mediator's state, not one of the article's pair."""
    text = ("Peru and the rebels closed a round of talks in Lima on Thursday.\n\n"
            "Chile's special envoy to the process, Ana Rojas, said Chile and Peru were pleased. Chile is proud.")
    assert all("Chile" not in d.sides for d in _real(kg_nlp, text))


def test_events_negotiation_bare_government_is_the_home_state(kg_nlp) -> None:  # noqa: ANN001
    """"Government and X negotiators ended the 30th round": "Government" is the state the article is about (the
    one it names most), not dropped, even beside another pair of states the article mentions."""
    text = ("Government and Sierra Liberation Movement negotiators ended the 30th round of talks in Quito on "
            "Sunday.\n\nEcuador's president welcomed the result. Ecuador has fought the movement since 1990, and "
            "Ecuador's army said it would keep its positions.\n\nPeru and Chile held trade talks in Lima on Monday.")
    found = [d for d in _real(kg_nlp, text) if d.round == 30]
    assert found and {"Ecuador", "Sierra Liberation Movement"} <= set(found[0].sides)


def test_events_negotiation_mediators_from_a_state(kg_nlp) -> None:  # noqa: ANN001
    """"separate meetings with the mediators from Kenya": Kenya is a third party, not the article's other side."""
    text = ("Uganda and the rebels opened talks in Juba on Friday.\n\nThe two delegations met separately with the "
            "mediators from Kenya. Kenya has offered to host a second round.")
    assert all("Kenya" not in d.sides for d in _real(kg_nlp, text))


# --- rules of session 5: identity of the sides, and where and when a round was (sentences of our own) ----------

@pytest.mark.parametrize("text", [
    "Talks between Peru, Chile and Bolivia on the shared aquifer ended in Quito on Tuesday without agreement.",
    "Negotiations between Peru, Chile and Bolivia over the river closed in Quito on Tuesday with no deal.",
])
def test_events_negotiation_capitalised_trigger_opening_a_sentence(kg_nlp, text: str) -> None:  # noqa: ANN001
    """A trigger noun opening a sentence that the model tags as a plural proper noun ("Talks", "Negotiations") is
    still a trigger, and three sides named in its between-phrase are all sides; its "on" phrase is a topic."""
    found = _real(kg_nlp, text, date(2022, 3, 2))
    assert found and set(found[0].sides) == {"Peru", "Chile", "Bolivia"} and found[0].date == date(2022, 3, 1)
    assert found[0].place == "Quito"


@pytest.mark.parametrize("text", [
    ("LIMA, March 1 (Wire) - Negotiators for Peru's government and the opposition Andean Renewal Movement (ARM) "
     "agreed on Tuesday on a draft agenda, the mediator said.\n\nThe third round of formal talks lasted seven hours."),
    ("When the delegations of Peru's interim government and the Andean Renewal Movement (ARM) walked out of the "
     "conference hall late on Tuesday, they had settled the last file.\n\nThe third round of talks lasted seven hours."),
])
def test_events_negotiation_sides_named_by_their_negotiators(kg_nlp, text: str) -> None:  # noqa: ANN001
    """With no trigger naming two sides, the article's pair is the one it names by their negotiators under any
    verb ("Negotiators for A's government and B agreed", "the delegations of A and B walked out")."""
    found = [d for d in _real(kg_nlp, text, date(2022, 3, 1)) if d.round == 3]
    assert found and set(found[0].sides) == {"Peru", "Andean Renewal Movement"}


@pytest.mark.parametrize("name, text", [
    ("Coastal Unity Parties", "Delegations of the Andean Front and the Coastal Unity Parties held their first "
                              "joint talks in Lima on Sunday."),
    ("Highland Workers Movement", "The Andean Front and the Highland Workers Movement held talks in Lima on Sunday."),
])
def test_events_negotiation_body_the_model_typed_as_a_person(nlp, name: str, text: str) -> None:  # noqa: ANN001
    """A body the model typed as a person ("the Coastal Unity Parties") is a side by the word heading its name,
    not a negotiator."""
    from kg.events import find_events
    from kg.model import Mention
    from tests.test_events import article

    doc = nlp(text)
    mentions = [Mention(name, "Person", text.index(name), text.index(name) + len(name), 0),
                Mention("Andean Front", "Organization", text.index("Andean Front"),
                        text.index("Andean Front") + len("Andean Front"), 0)]
    found = [d for d in find_events(doc, mentions, article(text, date(2022, 2, 28))) if d.kind == "Negotiation"]
    assert found and set(found[0].sides) == {"Andean Front", name}


@pytest.mark.parametrize("text", [
    "Peru and Chile held a fourth round of talks in Lima on Wednesday. It followed a third round on Monday that "
    "broke up without a statement.",
    "Peru and Chile held a fourth round of talks in Lima on Wednesday. This followed a third round of talks on "
    "Monday, which ended early.",
])
def test_events_negotiation_followed_a_round_dates_it(nlp, text: str) -> None:  # noqa: ANN001
    """"It followed a third round on Monday": "follow" with an event for subject means "came after", not a
    reaction to the talks, so its date is the earlier round's."""
    found = [d for d in _negotiations(nlp, text) if d.round == 3]
    assert found and found[0].date == date(2022, 2, 28)


@pytest.mark.parametrize("text, place", [
    ("The fourth round of talks between Peru and Chile, held behind closed doors at the Condor Hotel in Lima, "
     "ended on Wednesday.", "Condor Hotel"),
    ("The fourth round of talks between Peru and Chile, held under heavy guard in Arica, ended on Wednesday.",
     "Arica"),
])
def test_events_negotiation_place_inside_a_setting_phrase(nlp, text: str, place: str) -> None:  # noqa: ANN001
    """A place phrase the parser hung inside another setting phrase ("held behind closed doors at X", "held under
    heavy guard in Y") is still the talks' place."""
    found = [d for d in _negotiations(nlp, text) if d.round == 4]
    assert found and found[0].place == place


@pytest.mark.parametrize("text", [
    "Peru and Chile held a fourth round of talks in Lima on Monday. The mediator said the teams would meet again "
    "on Thursday.",
    "Peru and Chile held a fourth round of talks in Lima on Monday. The teams are to meet again on Thursday, the "
    "mediator said.",
])
def test_events_negotiation_the_teams_meet_again(nlp, text: str) -> None:  # noqa: ANN001
    """"The teams would meet again on Thursday": "the teams" names the article's pair, as "the sides" does."""
    found = [d for d in _negotiations(nlp, text) if d.status == "planned"]
    assert found and set(found[0].sides) == {"Peru", "Chile"} and found[0].date == date(2022, 3, 3)


@pytest.mark.parametrize("text", [
    "The Andean Front and Peru held their first talks in Lima on Sunday. The meeting, chaired by the mediator, "
    "lasted four hours. The mediator told reporters after the meeting on Sunday that details remained.",
    "Peru and the Andean Front opened talks in Lima. The meeting lasted four hours on Sunday, the mediator said.",
])
def test_events_negotiation_the_meeting_is_the_talks(nlp, text: str) -> None:  # noqa: ANN001
    """A bare "the meeting" with no parties of its own is the meeting the article reports, between its pair: its
    date is the talks' date."""
    found = _negotiations(nlp, text)
    assert found and all(d.date == date(2022, 2, 27) for d in found if d.status == "held")


@pytest.mark.parametrize("text", [
    "Peru and Chile held talks in Lima on Sunday. Thousands of farmers camped in Arica, who are not represented "
    "in the talks, rejected the deal.",
    "Peru and Chile held talks in Lima on Sunday. Bolivia, which was not invited to the talks, protested.",
])
def test_events_negotiation_not_at_the_talks_is_no_side(nlp, text: str) -> None:  # noqa: ANN001
    """"X, who are not represented in the talks": the subject of a negated verb is not at the talks, no side."""
    assert all(set(d.sides) <= {"Peru", "Chile"} for d in _negotiations(nlp, text))


@pytest.mark.parametrize("text", [
    "Talks between Peru and Chile began in Lima on Sunday. The talks ended on Tuesday without agreement.",
    "The negotiations between Peru and Chile opened in Lima on Sunday and ended on Tuesday with no deal.",
])
def test_events_negotiation_round_dated_by_its_close(nlp, text: str) -> None:  # noqa: ANN001
    """Talks reported by the day they opened and the day they closed are one round, dated by its end."""
    found = [d for d in read(nlp, text, date(2022, 3, 2), kind="Negotiation") if d.status == "held"]
    assert found and {d.date for d in found} == {date(2022, 3, 1)}


# --- delegations, session 5 (sentences of our own) ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peru, Chile and Bolivia held talks in Quito on Monday. Peru was represented by Mining Minister Ana Quispe, "
    "and Chile by Foreign Minister Jorge Silva and Water Minister Rosa Pinto.",
    "Peru, Chile and Bolivia held talks in Quito on Monday. Peru was represented by Ana Quispe, and Chile by "
    "Defence Minister Jorge Silva and Trade Minister Rosa Pinto.",
])
def test_events_delegation_gapped_list_reads_each_side_to_the_next(kg_nlp, text: str) -> None:  # noqa: ANN001
    """"X was represented by A, and Y by B and C": B and C are Y's, none of them X's."""
    members = {m for d in _real(kg_nlp, text) for m in d.members}
    assert ("Chile", "Rosa Pinto") in members and ("Peru", "Rosa Pinto") not in members
    assert ("Peru", "Jorge Silva") not in members and ("Chile", "Jorge Silva") in members


@pytest.mark.parametrize("text", [
    "Peru and Chile held talks in Quito on Monday. Peru was represented by Water, Mining and Energy Minister Ana "
    "Quispe.",
    "Peru and Chile held talks in Quito on Monday. The Peruvian delegation is led by Ana Quispe and includes Luis "
    "Mamani, Minister of State for Harbour Affairs.",
])
def test_events_delegation_portfolio_of_a_title_is_no_member(kg_nlp, text: str) -> None:  # noqa: ANN001
    """A portfolio of a title ("Water, Mining and Energy Minister A", "Minister of State for Harbour Affairs") is
    no member, though the model may take it for a name."""
    members = {m for d in _real(kg_nlp, text) for _, m in d.members}
    assert members and not members & {"Water", "Harbour Affairs", "Mining", "Energy"}


@pytest.mark.parametrize("text", [
    "Peru's government and the leftist Andean Renewal Movement (ARM) guerrillas signed a ceasefire in Quito on "
    "Wednesday.\n\nThe accord was signed after three days of talks moderated by the mediator.",
    "The Peruvian government and the Andean Renewal Movement agreed on Wednesday to a truce.\n\nThe deal came "
    "after three days of talks moderated by the mediator.",
])
def test_events_negotiation_sides_named_by_their_accord(kg_nlp, text: str) -> None:  # noqa: ANN001
    """With no trigger naming two sides, the joined subject of an accord ("A's government and the B guerrillas
    signed a ceasefire") names the article's pair, not the states it mentions most."""
    found = _real(kg_nlp, text, date(2022, 3, 3))
    assert found and set(found[0].sides) == {"Peru", "Andean Renewal Movement"}


@pytest.mark.parametrize("text, place", [
    ("Peru and Chile signed a border accord in Lima on Monday after talks. A further round on water rights is due "
     "to open in Arica next Saturday, followed by talks in Quito on fisheries.", "Arica"),
    ("Peru and Chile signed a border accord in Lima on Monday after talks. A further round is set to open in "
     "Arica next Saturday, followed by talks in Quito.", "Arica"),
])
def test_events_negotiation_further_round_due_to_open(nlp, text: str, place: str) -> None:  # noqa: ANN001
    """"A further round ... is due to open in X next Saturday": a planned round with the place and day of the
    predicate it is due to; "followed by talks in Y", a participle clause on it, is planned too."""
    found = [d for d in _negotiations(nlp, text) if d.status == "planned"]
    assert any(d.place == place and d.date == date(2022, 3, 5) for d in found)
    assert any(d.place == "Quito" for d in found)
    assert not any(d.place == "Quito" for d in _negotiations(nlp, text) if d.status == "held")


@pytest.mark.parametrize("text", [
    "Peru and the Andean Front held talks in Quito on Monday. The government's Reconciliation Commission was headed by "
    "Ana Quispe.",
    "Peru and the Andean Front held talks in Quito on Monday. The government's Dialogue Committee was led by "
    "Ana Quispe.",
])
def test_events_delegation_the_governments_body_is_its_side(kg_nlp, text: str) -> None:  # noqa: ANN001
    """"The government's Reconciliation Commission was headed by A": the body of "the government" is the state's side."""
    members = {m for d in _real(kg_nlp, text) for m in d.members}
    assert any(side == "Peru" and "Quispe" in name for side, name in members)


@pytest.mark.parametrize("text", [
    "A second round of talks between the Peruvian government and the opposition opened in Lima on Monday.\n\n"
    "The Andean Renewal Committee (ARC), the Quito-based opposition alliance, sent a delegation led by Ana Quispe.",
    "Talks between Peru and the rebels resumed in Lima on Monday.\n\nThe Andean Liberation Front, a rebel "
    "alliance of three armed groups, sent a delegation led by Ana Quispe.",
])
def test_events_negotiation_side_named_by_its_description(kg_nlp, text: str) -> None:  # noqa: ANN001
    """"Talks between A and the opposition", where the article describes one body as the opposition ("X, the
    opposition alliance"): the opposition side is that body."""
    found = _real(kg_nlp, text)
    assert found and len(found[0].sides) == 2 and "Peru" in found[0].sides
    assert {"Andean Renewal Committee", "Andean Liberation Front"} & set(found[0].sides)


@pytest.mark.parametrize("text", [
    "Three-way talks on the shared aquifer ended in Quito on Tuesday without agreement. Peru blamed Chile and "
    "Bolivia. Chile and Bolivia will hold consultations in Santiago next week. Peru, Chile and Bolivia have "
    "argued for years. Bolivia said Peru and Chile must move.",
    "Tripartite talks on the river ended in Quito on Tuesday with no deal. Peru blamed Chile and Bolivia. Chile "
    "and Bolivia will hold consultations in Santiago next week. Peru, Chile and Bolivia have argued for years. "
    "Bolivia said Peru and Chile must move.",
])
def test_events_negotiation_three_way_talks_have_three_sides(nlp, text: str) -> None:  # noqa: ANN001
    """"Three-way talks" with no sides of their own are between the three states the article names most, not
    the pair another sentence names ("Chile and Bolivia will hold consultations"), and not the host."""
    found = [d for d in read(nlp, text, date(2022, 3, 2), kind="Negotiation") if d.status == "held"]
    assert found and set(found[0].sides) == {"Peru", "Chile", "Bolivia"}


@pytest.mark.parametrize("text", [
    "Vice Minister Ana Quispe will co-chair the ninth round of the Peru-EU Strategic Dialogue in Brussels with "
    "Luis Mamani on March 18. Peru and the US held trade talks in Lima on Monday. Peru and the US will meet again.",
    "The fourth round of the Chile-Bolivia Joint Commission opened in La Paz on Monday. Chile and Peru held trade "
    "talks in Lima on Sunday. Chile and Peru will meet again.",
])
def test_events_negotiation_forum_named_after_its_members(nlp, text: str) -> None:  # noqa: ANN001
    """"The ninth round of the A-B Strategic Dialogue": the members the forum's name joins are the round's sides,
    not the pair another sentence names."""
    found = [d for d in _negotiations(nlp, text) if d.round in {4, 9}]
    assert found and set(found[0].sides) in ({"Peru", "EU"}, {"Chile", "Bolivia"})


@pytest.mark.parametrize("text, when", [
    ("Peru and Chile held talks in Lima on Monday. On 24 January 2020, negotiators signed a framework accord in "
     "Lima. A day later, talks resumed on the water track.", date(2020, 1, 25)),
    ("Peru and Chile held talks in Lima on Monday. The first round opened on 10 December 2019. Two weeks later, "
     "talks resumed in Arica.", date(2019, 12, 24)),
])
def test_events_negotiation_days_later_counts_from_the_sentence_before(nlp, text: str,  # noqa: ANN001
                                                                        when: date) -> None:
    """"A day later, talks resumed": the day is counted from the last day the sentence before names, not from
    the article's date."""
    assert when in {d.date for d in _negotiations(nlp, text)}


@pytest.mark.parametrize("text", [
    "Peru and Chile held a second round of talks in Lima on Monday. The two sides met for three hours at the "
    "Condor Hotel, a day after a first session on Sunday that both called constructive.",
    "Peru and Chile held a second round of talks in Lima on Monday. The delegations met again in the afternoon, "
    "after a first session on Sunday had broken up early.",
])
def test_events_negotiation_session_in_a_time_phrase_of_a_meeting(nlp, text: str) -> None:  # noqa: ANN001
    """"The two sides met ..., a day after a first session on Sunday": the session of the time phrase is another
    round, read on its own with its own day, not swallowed by the meeting verb."""
    found = [d for d in _negotiations(nlp, text) if d.round == 1]
    assert found and found[0].date == date(2022, 2, 27) and found[0].status == "held"


@pytest.mark.parametrize("text, status, when, place", [
    ("Peru and Chile held a third round of talks in Lima on Monday. The final peace accord is to be signed at the "
     "Government Palace in Arica on March 29.", "planned", date(2022, 3, 29), "Government Palace"),
    ("Peru and Chile held a third round of talks in Lima on Monday. The process began with the Lima Declaration, "
     "signed in Quito on 11 September 2019.", "held", date(2019, 9, 11), "Quito"),
])
def test_events_negotiation_signing_an_accord_is_a_session(nlp, text: str, status: str, when: date,
                                                           place: str) -> None:  # noqa: ANN001
    """An accord signed (or to be signed) by the article's pair is a session of their talks, with the day and
    place of the signing; "signed an executive order" is not."""
    found = [d for d in _negotiations(nlp, text) if d.date == when]
    assert found and found[0].status == status and found[0].place == place
    assert set(found[0].sides) == {"Peru", "Chile"}


def test_events_negotiation_signing_an_order_is_no_session(nlp) -> None:  # noqa: ANN001
    """"The president signed an executive order on Monday": no accord, no session of talks."""
    text = ("Peru and Chile held a third round of talks in Lima on Friday. The president signed an executive order "
            "on Monday.")
    assert not [d for d in _negotiations(nlp, text) if d.date == date(2022, 2, 28)]


@pytest.mark.parametrize("text", [
    "Peru and the Andean Front held talks in Lima on Monday. The US envoy, who negotiated the US-Bolivia agreement "
    "signed in Quito on 29 February, attended.",
    "Peru and the Andean Front held talks in Lima on Monday. The Chile-Bolivia accord, signed in Quito on 29 "
    "February, was cited as a model.",
])
def test_events_negotiation_another_pairs_accord_is_no_session(nlp, text: str) -> None:  # noqa: ANN001
    """"The A-B agreement signed in X on Y": the accord names its own pair; when that is not the article's pair,
    its signing is no session of the article's talks, nor the day their delegations met."""
    assert all(d.date != date(2022, 2, 28) or d.status == "held" for d in _negotiations(nlp, text))
    assert not [d for d in _negotiations(nlp, text) if d.place == "Quito"]


@pytest.mark.parametrize("text", [
    "Peru and Chile held talks in Lima. The Lima Protocol, signed on 5 September, set out a twelve-point plan. "
    "The talks ended without agreement, the mediator said.",
    "Peru and Chile met for talks in Lima. Their border accord was signed on 5 September after a year of work. The "
    "talks broke up late, officials said.",
])
def test_events_negotiation_background_signing_is_no_round_to_join(nlp, text: str) -> None:  # noqa: ANN001
    """An accord signed months before the article ("the Protocol, signed on 5 September") is a session of its own:
    the article's undated talks do not take its day."""
    found = [d for d in read(nlp, text, date(2022, 1, 31), kind="Negotiation") if d.status == "held"]
    assert found and any(d.date == date(2022, 1, 31) for d in found)


@pytest.mark.parametrize("text", [
    "Peru's economy shrank again. Talks between the government and opposition parties, mediated by Norway, opened "
    "in Lima on Tuesday but collapsed within days. Peru's president blamed the opposition.",
    "Peru's economy shrank again. Delegations from the government and the opposition met in Lima on Tuesday for a "
    "new round of talks. Peru's president blamed the opposition.",
])
def test_events_negotiation_the_government_and_the_opposition(nlp, text: str) -> None:  # noqa: ANN001
    """"The government and the opposition" with no name for either: the state the article is about and its
    opposition."""
    found = [d for d in _negotiations(nlp, text) if d.place == "Lima"]
    assert found and set(found[0].sides) == {"Peru", "Peruvian opposition"} and found[0].status == "held"


@pytest.mark.parametrize("text", [
    'Peru\'s foreign minister said: "We strongly support the talks between Chile and Bolivia, which are due to '
    'begin in Lima on March 3."',
    "Peru welcomed the talks between Chile and Bolivia, which will open in Lima on March 3.",
])
def test_events_negotiation_relative_clause_plans_the_talks(nlp, text: str) -> None:  # noqa: ANN001
    """"The talks between A and B, which are due to begin (will open) in X on Y": planned, with X and Y."""
    found = _negotiations(nlp, text)
    assert found and found[0].status == "planned" and found[0].place == "Lima" and found[0].date == date(2022, 3, 3)
    assert set(found[0].sides) == {"Chile", "Bolivia"}


def test_events_negotiation_a_named_opposition_is_its_own_side(nlp) -> None:  # noqa: ANN001
    """"The ruling council and the opposition Forces for Renewal": the named body is the side, not "the opposition"."""
    text = ("Peru's ruling Transitional Council and the opposition Forces for Renewal (FFR) will hold talks in Lima "
            "on Wednesday.")
    found = _negotiations(nlp, text)
    assert found and not any("opposition" in s for d in found for s in d.sides)


@pytest.mark.parametrize("text", [
    "Peru's ruling Transitional Governing Council (TGC) and the opposition Forces for Renewal (FFR) will hold "
    "talks in Lima on Wednesday.",
    "Peru's ruling Supreme Governing Council and the Forces for Renewal held talks in Lima on Saturday.",
])
def test_events_negotiation_the_ruling_body_not_its_state(nlp, text: str) -> None:  # noqa: ANN001
    """"X's ruling Y Council and Z held talks": Y and Z are the sides, X only owns Y."""
    found = _negotiations(nlp, text)
    assert found and "Peru" not in found[0].sides and len(found[0].sides) == 2


@pytest.mark.parametrize("text", [
    "The exiled opposition coalition National Renewal Front welcomed the decision. Talks between the government "
    "and the opposition opened in Lima on Tuesday. Peru's president blamed the Front.",
    "Peru's opposition alliance, the National Renewal Front, welcomed the decision. Talks between the government "
    "and opposition parties opened in Lima on Tuesday. Peru's president blamed the Front.",
])
def test_events_negotiation_the_opposition_the_article_names(nlp, text: str) -> None:  # noqa: ANN001
    """"The government and the opposition" where the article names one opposition body: that body is the side."""
    found = [d for d in _negotiations(nlp, text) if d.place == "Lima"]
    assert found and "Peru" in found[0].sides and any(s.endswith("National Renewal Front") for s in found[0].sides)


@pytest.mark.parametrize("text", [
    "Chile hoped the deal would support wider diplomacy, including stalled trade negotiations between Bolivia and Peru.",
    "In view of the border dispute, the council decided to suspend high-level dialogues between Bolivia and Peru.",
])
def test_events_negotiation_halted_process_is_no_session(nlp, text: str) -> None:  # noqa: ANN001
    """"Stalled negotiations between A and B", "suspend dialogues between A and B": a process, no session held."""
    assert not _negotiations(nlp, text)


def test_events_negotiation_a_suspended_round_is_a_session(nlp) -> None:  # noqa: ANN001
    """"The last round of talks was suspended on May 20": a session held, then suspended."""
    text = "Bolivia and Peru held talks in Lima. The last round of talks was suspended on Friday after a dispute."
    assert _negotiations(nlp, text)


@pytest.mark.parametrize("text", [
    "Chile and Bolivia concluded a fresh negotiating session in Lima on Saturday.",
    "Chile and Bolivia held a new negotiation round in Lima on Saturday.",
])
def test_events_negotiation_a_round_noun_made_talks_by_its_modifier(nlp, text: str) -> None:  # noqa: ANN001
    """"A negotiating session", "a negotiation round": a session of talks with no "of talks" phrase."""
    found = _negotiations(nlp, text)
    assert found and set(found[0].sides) == {"Chile", "Bolivia"} and found[0].place == "Lima"
    assert found[0].status == "held" and found[0].date == SAT


@pytest.mark.parametrize(("text", "status", "when"), [
    # a past motion verb: the talks it came for are the reported ones, dated by its own day
    ("The delegations of Portugal and Morocco arrived in Geneva on Saturday for talks on fishing rights.", "held", SAT),
    ("Negotiators from Portugal and Morocco gathered in Geneva on Saturday for talks on fishing rights.", "held", SAT),
    # the same verb not yet in the past: planned talks, the coming day
    ("The delegations of Portugal and Morocco will arrive in Geneva on Saturday for talks on fishing rights.", "planned",
     date(2022, 3, 5)),
])
def test_events_negotiation_arrived_for_talks(nlp, text: str, status: str, when: date) -> None:  # noqa: ANN001
    found = _negotiations(nlp, text)
    assert found and (found[0].status, found[0].date) == (status, when)
    assert set(found[0].sides) == {"Portugal", "Morocco"}


@pytest.mark.parametrize("text", [
    "Portugal and Morocco met in Lisbon on 14 February. Ten days later, Portugal and Morocco resumed talks in Rabat.",
    "Portugal and Morocco met in Lisbon on 14 February. 10 days later, Portugal and Morocco resumed talks in Rabat.",
])
def test_events_negotiation_days_later_counts_every_number(nlp, text: str) -> None:  # noqa: ANN001
    """"Ten days later" / "10 days later" count ten days from the sentence before (one day was taken for any number
    past six)."""
    found = [d for d in _negotiations(nlp, text) if d.place == "Rabat"]
    assert found and found[0].date == date(2022, 2, 24)
