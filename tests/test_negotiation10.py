"""Negotiation mechanisms seen on blind development news, each with more wordings and invented names.

* a city named as a place ("talks in X", "returned to X", "the X round") does not count for its state when the
  article's pair is read from the states it names most, and "the X round was the first meeting" makes X no side;
* a list of rounds goes on past its sentence: "The first round was held in X on D. The second, on D2, ...";
* planned talks over two days ("on 28-29 November") are dated by their first day;
* "prepared the summit, held in X on D": the summit's own past participle makes it held, not planned;
* "A held consultations in X with B's deputy minister C" is a session between A's and B's states;
* "A met B in X on D": two negotiators of the article's pair meet, the pair's states take part;
* "the talks between A and B, which concluded in X on D" (the relative clause hung on B), "measures follow talks
  hosted by C that ended in X on D": the talks' own clause dates them.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events import find_events
from kg.events_merge import merge_events
from kg.mentions import find_mentions
from kg.model import EventDraft
from tests.test_events import article


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from kg.nlp import build_nlp
    from kg.settings import Settings

    return build_nlp(Settings())


def _negotiations(nlp, text: str, published: date) -> list[EventDraft]:  # noqa: ANN001
    """Negotiation drafts the full pipeline (kg's components, kg's mentions) reads from ``text``."""
    doc = nlp(text)
    return [d for d in find_events(doc, find_mentions(doc), article(text, published)) if d.kind == "Negotiation"]


@pytest.mark.parametrize(("text", "published", "pair"), [
    ("When Eritrea's chief negotiator walked out of a hotel on the outskirts of Oslo on Saturday and declared that "
     "the talks had broken down, few in Addis Ababa were surprised. The Oslo round was the first formal meeting "
     "since the failed summit in Nairobi. Ethiopia blamed Eritrea. The Ethiopian team in Oslo accepted a "
     "Norwegian invitation. Ethiopia's foreign ministry said Eritrea had walked out. Norway's foreign ministry "
     "said it was ready to host further meetings. "
     "Envoys will return to Oslo soon. Eritrea wants guarantees first; Ethiopia wants a ceasefire first. Eritrea "
     "has until the end of the year.",
     date(2021, 3, 9), ("Eritrea", "Ethiopia")),
    ("When Peru's chief negotiator left a conference centre outside Vienna on Friday and declared that the talks "
     "had broken down, few in Santiago were surprised. The Vienna round was the first formal meeting since the "
     "failed summit in Lima. Chile blamed Peru. The Chilean team in Vienna accepted an Austrian invitation. "
     "Peru's foreign ministry said Chile had "
     "walked out. Austria's foreign ministry said it was ready to host further meetings. The envoys will return "
     "to Vienna soon. Peru wants guarantees first; Chile wants a ceasefire first. Peru has until the end of the "
     "year.",
     date(2017, 5, 2), ("Chile", "Peru")),
])
def test_negotiation_host_city_is_no_side(nlp, text: str, published: date, pair: tuple) -> None:  # noqa: ANN001
    """The host's capital, named where the talks were, does not make the host a side of the article's pair."""
    drafts = _negotiations(nlp, text, published)
    assert drafts and all(tuple(sorted(d.sides)) == pair for d in drafts if d.sides)


@pytest.mark.parametrize(("text", "published", "rounds"), [
    ("Nepal and Bhutan have held seven rounds of talks. The first round was held at Thimphu on June 6. The second, on "
     "June 22, came a week after a border clash; the third took place at Kathmandu on June 30. A fourth, on "
     "July 14, lasted nearly 15 hours.", date(2020, 11, 9),
     {2: date(2020, 6, 22), 3: date(2020, 6, 30), 4: date(2020, 7, 14)}),
    ("Ghana and Togo have negotiated for months. The first round of talks was held in Lome on 3 March. The "
     "second, on 17 March, ended early. A third, on 2 April, produced a draft.", date(2016, 5, 2),
     {2: date(2016, 3, 17), 3: date(2016, 4, 2)}),
])
def test_negotiation_round_list_goes_on_past_its_sentence(nlp, text: str, published: date,  # noqa: ANN001
                                                          rounds: dict) -> None:
    """"The first round was held in X on D. The second, on D2, ...": each ordinal is a round with its own day."""
    found = {d.round: d.date for d in _negotiations(nlp, text, published)}
    assert all(found.get(n) == day for n, day in rounds.items())


@pytest.mark.parametrize(("text", "published", "day"), [
    ("The eleventh round of talks between Kenya and Somalia will be held in Mombasa on 28-29 November.",
     date(2018, 11, 22), date(2018, 11, 28)),
    ("The next round of talks between Peru and Chile will be held in Vienna on November 28-29.",
     date(2018, 11, 22), date(2018, 11, 28)),
    ("Sudanese and Chadian delegations will meet in Nairobi on Monday and Tuesday.",
     date(2018, 11, 22), date(2018, 11, 26)),
])
def test_negotiation_planned_days_dated_by_first(nlp, text: str, published: date, day: date) -> None:  # noqa: ANN001
    """Planned talks "on 28-29 November" are dated by the day they open."""
    assert any(d.status == "planned" and d.date == day for d in _negotiations(nlp, text, published))


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Bolivia and Chile held talks in May. Those talks prepared the second summit, held in Lima on June 7-8, "
     "2016, which collapsed.", date(2016, 10, 4), date(2016, 6, 8)),
    ("Ghana and Togo held talks in January. Those talks prepared the third round, held in Accra on 3 March.",
     date(2016, 5, 2), date(2016, 3, 3)),
])
def test_negotiation_held_participle_is_held(nlp, text: str, published: date, day: date) -> None:  # noqa: ANN001
    """"prepared the summit, held in X on D" before the report: the summit was held, dated D."""
    assert any(d.status == "held" and d.date == day for d in _negotiations(nlp, text, published))


@pytest.mark.parametrize(("text", "published", "pair", "day"), [
    ("Yesterday Deputy Minister Ilir Basha held consultations in Skopje with Serbian Deputy Foreign Minister "
     "Marko Jovic on the border. Albania and Serbia will meet again next month.",
     date(2015, 4, 9), ("Albania", "Serbia"), date(2015, 4, 8)),
    ("Yesterday Deputy Minister Carlos Vega held consultations in Santiago with Chilean Deputy Foreign Minister "
     "Andres Soto on the border. Peru and Chile will meet in May.",
     date(2019, 3, 6), ("Chile", "Peru"), date(2019, 3, 5)),
])
def test_negotiation_consultations_with_a_named_peer(nlp, text: str, published: date, pair: tuple,  # noqa: ANN001
                                                     day: date) -> None:
    """"A held consultations in X with B's minister C": a session of the pair, not one side's own consultations."""
    assert any(tuple(sorted(d.sides)) == pair and d.date == day for d in _negotiations(nlp, text, published))


def _lookup(surface: str, article_id: str, kind: str = "actor") -> str | None:
    """Every non-empty surface is an entity of its own."""
    return f"x/{surface.lower().replace(' ', '-')}" if surface else None


@pytest.mark.parametrize(("text", "published", "pair"), [
    ("Eritrea and Ethiopia held talks in Oslo. Tesfaye Alemu met Yemane Gebru, then Eritrea's envoy, in Nairobi "
     "on March 4.", date(2021, 4, 2), ("Eritrea", "Ethiopia")),
    ("Peru and Chile held talks in Vienna on Friday. Carlos Vega met Andres Soto, the Chilean negotiator, in Lima "
     "on June 3.", date(2017, 7, 2), ("Chile", "Peru")),
])
def test_negotiation_meeting_of_negotiators_takes_their_states(nlp, text: str, published: date,  # noqa: ANN001
                                                               pair: tuple) -> None:
    """"A met B in X on D" between negotiators of the article's pair: the merged meeting has the pair's states
    among its participants, beside the two negotiators."""
    meetings = [d for d in _negotiations(nlp, text, published) if d.cameo == "044"]
    assert meetings and all(tuple(sorted(d.sides)) == pair for d in meetings)
    events = merge_events([("a", d) for d in meetings], _lookup)
    assert events and all({_lookup(p, "a") for p in pair} <= set(e.participants) for e in events)


@pytest.mark.parametrize(("text", "published", "day"), [
    ("The talks between Peru and Chile, which concluded in Lima on June 13, produced a deal.",
     date(2023, 6, 30), date(2023, 6, 13)),
    ("The sanctions follow talks between Ghana and Togo hosted by the African Union that ended in Addis Ababa on "
     "3 March.", date(2023, 6, 30), date(2023, 3, 3)),
    ("Today's measures follow the talks between Bolivia and Paraguay that concluded in Asuncion on May 2.",
     date(2023, 6, 30), date(2023, 5, 2)),
])
def test_negotiation_dated_by_own_relative_clause(nlp, text: str, published: date, day: date) -> None:  # noqa: ANN001
    """A relative clause of the talks ("which concluded in X on D") dates them, wherever the parser hung it."""
    assert any(d.status == "held" and d.date == day for d in _negotiations(nlp, text, published))


@pytest.mark.parametrize(("text", "published", "planned"), [
    ("The mediator said Ruritania and Freedonia held talks in Vienna on Friday. He hopes to convene a third round "
     "in Geneva next week.", date(2023, 6, 5), 3),
    ("An Algerian mediator said Ethiopia and Eritrea held a second round of border talks in Algiers on Wednesday. "
     "He hopes to convene a third round next week.", date(2022, 10, 20), 3),
])
def test_events_common_hopes_to_convene_is_a_plan(nlp, text: str, published: date, planned: int) -> None:
    """"hopes", which the model may lemmatise "hop", is a verb of planning by its own form: the round it hopes to
    convene is planned, not held."""
    rounds = {d.round: d.status for d in _negotiations(nlp, text, published) if d.round}
    assert rounds.get(planned) == "planned", rounds


@pytest.mark.parametrize(("text", "published", "session"), [
    ("OSLO - Peace talks between Ruritania and Freedonia were thrown into doubt after the Ruritanian delegation "
     "walked out late on Sunday. The two delegations had held a face-to-face meeting at the Grand Hotel on Saturday. "
     "The Ruritanian delegation, led by Foreign Minister Anna Kovacs, included Peter Laszlo.",
     date(2023, 6, 5), date(2023, 6, 3)),
    ("Talks between Ethiopia and Eritrea were in doubt after the Eritrean team left the hotel late on Tuesday. The two "
     "sides had met in Algiers on Friday for the first time in a month. The Eritrean delegation, headed by Defence Minister Yonas Tekle, included Saba Haile.",
     date(2023, 6, 7), date(2023, 6, 2)),
])
def test_negotiation_delegation_list_goes_to_the_dated_session_before_it(nlp, text: str, published: date,
                                                                       session: date) -> None:
    """A delegation list reports the last session of the talks held on a stated day before it, not the talks the
    article's lead reports undated."""
    with_members = {d.date for d in _negotiations(nlp, text, published) if d.members}
    assert with_members == {session}


def test_events_merge_two_groups_of_one_event_keep_both_delegations() -> None:
    """Two groups of drafts that come out as one event (the same key) keep the evidence and the delegation
    members of both; the second group's delegation was dropped."""
    from kg.events_merge import _joined
    from kg.model import Delegation, Event, Evidence

    first = Event("negotiation/a-b-2016-11-11", "Negotiation", (Evidence("x", "S1.", 0, 3),),
                  delegations=(Delegation("d-a", "country/a", ("person/jane-roe",)),))
    second = Event("negotiation/a-b-2016-11-11", "Negotiation", (Evidence("x", "S2.", 74, 77),),
                   delegations=(Delegation("d-a", "country/a", ("person/jane-roe", "person/ann-doe")),
                                Delegation("d-b", "country/b", ("person/omar-ali",))))
    joined = _joined(first, second)
    assert [e.start for e in joined.evidence] == [0, 74]
    assert {d.side: d.members for d in joined.delegations} == {
        "country/a": ("person/jane-roe", "person/ann-doe"), "country/b": ("person/omar-ali",)}
