"""Negotiation mechanisms seen on news of our own writing, each with two wordings and invented names.

* two meeting verbs coordinated in one sentence, each with its own day, are two sessions;
* an ordinal set beside the talks ("last week's meeting in X, the fourth") numbers them, and an elided ordinal
  with its own predicate ("and the third took place in X on Y") is a round with that place and day;
* a numbered round held in one city does not take the day of other talks held in another;
* talks held "on Friday and Saturday", "on 3 and 4 March" are dated by their last day;
* "the ministers agreed to meet again", "the next meeting would be held in X": a planned session of the pair;
* "since the talks were revived" counts time, it reports no session;
* "A's negotiator X and B's Y signed ...": with no other pair stated, A and B are the article's pair;
* "a new round", "another round" in an article of talks is the next session; "said the talks would focus on X"
  is reported speech of the talks held, no plan.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events import find_events
from kg.mentions import find_mentions
from kg.model import EventDraft
from tests.test_events import article

TUE = date(2019, 2, 5)


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from kg.nlp import build_nlp
    from kg.settings import Settings

    return build_nlp(Settings())


def _negotiations(nlp, text: str, published: date = TUE) -> list[EventDraft]:  # noqa: ANN001
    """Negotiation drafts the full pipeline (kg's components, kg's mentions) reads from ``text``."""
    doc = nlp(text)
    return [d for d in find_events(doc, find_mentions(doc), article(text, published)) if d.kind == "Negotiation"]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Guyana and Venezuela first sat down in Nairobi on 12 January, then met again in Georgetown on 2 February.",
     (date(2019, 1, 12), "Nairobi"), (date(2019, 2, 2), "Georgetown")),
    ("The government of the Central African Republic and the Seleka rebels first sat down in Khartoum on "
     "24 January, then met again in Addis Ababa on 1 February to initial a peace agreement.",
     (date(2019, 1, 24), "Khartoum"), (date(2019, 2, 1), "Addis Ababa")),
])
def test_negotiation_coordinated_meetings_are_two_sessions(nlp, text: str, first: tuple,  # noqa: ANN001
                                                           second: tuple) -> None:
    """"first sat down in X on D1, then met again in Y on D2": two sessions, each with its own day and place."""
    found = {(d.date, d.place) for d in _negotiations(nlp, text)}
    assert first in found and second in found


@pytest.mark.parametrize(("text", "place", "rnd"), [
    ("Guyana and Suriname have met three times on the border. Last week's meeting in Paramaribo, the fourth, "
     "produced a draft.", "Paramaribo", 4),
    ("Georgia and Russia signed a protocol on Tuesday. Last week's meeting in Vienna, the third in the "
     "5+2 format since the talks were revived, ended with a deal on licence plates.", "Vienna", 3),
])
def test_negotiation_apposed_ordinal_numbers_the_talks(nlp, text: str, place: str, rnd: int) -> None:  # noqa: ANN001
    """"last week's meeting in X, the fourth": the fourth round, held in X."""
    assert any(d.round == rnd and d.place == place for d in _negotiations(nlp, text))


@pytest.mark.parametrize(("text", "rounds"), [
    ("Georgia and Russia resumed talks in Berlin on 2 June 2016 after a two-year pause. A second meeting "
     "followed in Vienna on 27 November 2017, and the third took place in Rome on 29 January 2019.",
     {(2, date(2017, 11, 27), "Vienna"), (3, date(2019, 1, 29), "Rome")}),
    ("Armenia and Azerbaijan held talks in Prague on 5 May 2017. A second meeting followed in Minsk on "
     "9 October 2017, and the third was held in Sochi on 14 January 2019.",
     {(2, date(2017, 10, 9), "Minsk"), (3, date(2019, 1, 14), "Sochi")}),
])
def test_negotiation_elided_ordinal_with_own_predicate(nlp, text: str, rounds: set) -> None:  # noqa: ANN001
    """"A second meeting followed in X on D, and the third took place in Y on E": round three in Y on E."""
    found = {(d.round, d.date, d.place) for d in _negotiations(nlp, text)}
    assert rounds <= found


@pytest.mark.parametrize(("text", "place"), [
    ("Georgia and Russia resumed talks in Berlin on 2 June 2016 after a two-year pause. Last week's meeting in Rome, "
     "the third, ended with a protocol on licence plates.", "Rome"),
    ("Serbia and Kosovo resumed talks in Brussels on 14 March 2017 after a long pause. Last week's meeting in "
     "Ohrid, the third, ended with a protocol on customs stamps.", "Ohrid"),
])
def test_negotiation_round_takes_no_day_of_talks_elsewhere(nlp, text: str, place: str) -> None:  # noqa: ANN001
    """A numbered round held in one city does not take the day of other talks held in another."""
    found = _negotiations(nlp, text)
    assert any(d.round == 3 and d.place == place for d in found)
    assert all(d.date.year == 2019 for d in found if d.round == 3)


@pytest.mark.parametrize(("text", "when"), [
    ("The Government of the Philippines and the National Democratic Front of the Philippines held informal talks "
     "in Oslo on Friday and Saturday, facilitated by Norway.", date(2019, 2, 2)),
    ("Serbia and Kosovo held talks in Brussels on 3 and 4 February.", date(2019, 2, 4)),
    ("Serbia and Kosovo met in Brussels on Monday and Tuesday.", date(2019, 2, 5)),
])
def test_negotiation_dated_by_last_day(nlp, text: str, when: date) -> None:  # noqa: ANN001
    """Talks held over two named days are dated by the last."""
    found = _negotiations(nlp, text)
    assert found and found[0].date == when


@pytest.mark.parametrize(("text", "place"), [
    ("Croatian Foreign Minister Vesna Horvatek met Slovenian Foreign Minister Karel Brezan in Zagreb on Tuesday "
     "for talks on the border. The ministers agreed to meet again in Ljubljana in March.", "Ljubljana"),
    ("The foreign secretaries of India and Pakistan held talks in Islamabad on Monday. Both sides said the next "
     "meeting would be held in New Delhi in March.", "New Delhi"),
])
def test_negotiation_planned_meeting_of_the_pair(nlp, text: str, place: str) -> None:  # noqa: ANN001
    """"The ministers agreed to meet again in X", "the next meeting would be held in X": planned, in X."""
    assert any(d.status == "planned" and d.place == place and len(d.sides) == 2 for d in _negotiations(nlp, text))


@pytest.mark.parametrize("text", [
    "Georgia and Russia met in Prague on Tuesday, the first meeting since the talks were revived.",
    "Peru and Chile met in Lima on Tuesday, the first session since the negotiations resumed.",
])
def test_negotiation_since_clause_is_no_session(nlp, text: str) -> None:  # noqa: ANN001
    """"since the talks were revived": only the meeting itself is a session."""
    assert len(_negotiations(nlp, text)) == 1


@pytest.mark.parametrize(("text", "pair"), [
    ("The talks resumed in Paris on Monday. A second session followed in Paris on Tuesday. In Paris, Georgia's "
     "negotiator Nino Beridze and Abkhazia's Ruslan Ardzinba signed a protocol on Tuesday.", ("Abkhazia", "Georgia")),
    ("The talks resumed in Madrid on Monday. A second session followed in Madrid on Tuesday. In Madrid, Morocco's "
     "negotiator Youssef Alami and the Polisario Front's Brahim Salek signed a protocol on Tuesday.",
     ("Morocco", "Polisario Front")),
])
def test_negotiation_pair_its_negotiators_stand_for(nlp, text: str, pair: tuple) -> None:  # noqa: ANN001
    """"A's negotiator X and B's Y signed": A and B are the article's pair, not the state of the venue city."""
    found = _negotiations(nlp, text)
    assert found and all(d.sides == pair for d in found)


@pytest.mark.parametrize("text", [
    "The Government of the Philippines and the NDF held informal talks in Oslo on Saturday. The two sides will hold "
    "a new round in Oslo later this month.",
    "Sudan and South Sudan held talks in Juba on Saturday. Another round is expected in Addis Ababa next month.",
])
def test_negotiation_new_round_is_planned(nlp, text: str) -> None:  # noqa: ANN001
    """"a new round", "another round" with no "of talks" in an article of talks: the next session, planned."""
    found = _negotiations(nlp, text)
    assert {d.status for d in found} == {"held", "planned"}


@pytest.mark.parametrize("text", [
    "The Government of the Philippines and the NDF held talks in Oslo on Saturday. Officials said the talks would "
    "focus on a ceasefire.",
    "Sudan and South Sudan held talks in Juba on Saturday. A spokesman said the talks would address oil transit fees.",
])
def test_negotiation_reported_speech_of_the_talks_held_is_no_plan(nlp, text: str) -> None:  # noqa: ANN001
    """"said the talks would focus on X": the talks held, in reported speech, not a session still to come."""
    assert all(d.status == "held" for d in _negotiations(nlp, text))
