"""Negotiation and delegation mechanisms seen on blind news, each with its own wordings and invented names.

* a headline's infinitive ("Talks between A and B to resume on Monday") plans the talks;
* the adjective of a one-word party the gazetteers do not know ("the Abkhaz side") names that party's delegation,
  not the delegation listed just before it;
* "roundtable" reports a round of talks; a "when" clause dates the talks' own verb ("When the delegations left X on
  Friday, the second roundtable had ended"); "held on December 5 and 6" ends on the 6th;
* "An X delegation led by A met B in Y": X's meeting with the article's other party, not a meeting of two persons;
* "the two sides would meet again": a planned meeting of the article's pair, also with no date.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_common import MentionIndex
from kg.events_delegation import find_delegations
from kg.mentions import find_mentions
from tests.test_negotiation7 import TUE, _negotiations, nlp  # noqa: F401 - nlp is a fixture


@pytest.mark.parametrize(("text", "when", "place"), [
    ("Talks between Armenia and Azerbaijan to resume in Doha next week.", TUE, "Doha"),
    ("Talks between Ethiopia and Eritrea to resume on Monday.", date(2019, 2, 11), None),
    ("Negotiations between Serbia and Kosovo to resume in Brussels on Thursday.", date(2019, 2, 7), "Brussels"),
])
def test_negotiation_headline_infinitive_plans(nlp, text: str, when: date, place: str | None) -> None:  # noqa: ANN001
    """A headline with no finite verb ("Talks ... to resume on Monday"): talks planned, dated forward."""
    found = _negotiations(nlp, text)
    assert found and all(d.status == "planned" for d in found)
    assert {(d.date, d.place) for d in found} == {(when, place)}


@pytest.mark.parametrize(("text", "main", "side", "member"), [
    ("The Moldovan delegation was led by Vasile Cebotari. The Transnistrian side was headed by its chief "
     "negotiator, Stanislav Korobchuk, with his deputy Olga Sinitsyna.",
     ("Moldova", "Transnistria"), "Transnistria", "Olga Sinitsyna"),
    ("The Georgian delegation was led by Levan Dvali. The Abkhaz side was headed by its foreign minister, Ruslan "
     "Kvarchelia, with his adviser Inal Ardzinba.", ("Georgia", "Abkhazia"), "Abkhazia", "Inal Ardzinba"),
    ("The Serbian team was led by Milan Perovic. The Kosovar delegation was headed by Arben Krasniqi and included "
     "Drita Hoxha.", ("Serbia", "Kosovo"), "Kosovo", "Drita Hoxha"),
])
def test_delegation_adjective_of_a_one_word_party(nlp, text: str, main: tuple, side: str,  # noqa: ANN001
                                                   member: str) -> None:
    """"The Abkhaz side was headed by A": A's delegation is that party's, not the one listed just before."""
    doc = nlp(text)
    found = find_delegations(doc, MentionIndex(doc, find_mentions(doc)), main)
    assert (side, member) in {(s, n) for s, n, *_ in found}


def test_delegation_adjective_not_of_a_longer_state(nlp) -> None:  # noqa: ANN001
    """A demonym the gazetteer knows ("Nigerian") is its own state's, not a party's whose name it begins with."""
    doc = nlp("The Nigerian delegation was led by Musa Bello.")
    found = find_delegations(doc, MentionIndex(doc, find_mentions(doc)), ("Niger", "ECOWAS"))
    assert {m.side for m in found} <= {"Nigeria"}


@pytest.mark.parametrize(("text", "published", "held"), [
    ("When the delegations of Morocco and the Polisario Front left Geneva on Friday, the second roundtable had "
     "ended. The first roundtable, held in Geneva on December 5 and 6, was their first meeting in years.",
     date(2019, 3, 24), {(2, date(2019, 3, 22)), (1, date(2018, 12, 6))}),
    ("When the delegations of Georgia and Abkhazia left Vienna on Thursday, the third roundtable had ended. The "
     "second roundtable, held in Vienna on October 8 and 9, had also failed.",
     date(2019, 11, 16), {(3, date(2019, 11, 14)), (2, date(2019, 10, 9))}),
    ("When the delegations of Bolivia and Chile left Lima on Monday, the fourth roundtable had ended without a deal.",
     date(2019, 5, 8), {(4, date(2019, 5, 6))}),
])
def test_negotiation_roundtables_dated(nlp, text: str, published: date, held: set) -> None:  # noqa: ANN001
    """"Roundtable" is a round of talks; a "when" clause dates it; "on December 5 and 6" is dated by its end."""
    found = [d for d in _negotiations(nlp, text, published) if d.status == "held"]
    assert held <= {(d.round, d.date) for d in found}


@pytest.mark.parametrize(("text", "pair", "when", "place"), [
    ("Talks between ECOWAS and Niger's junta have stalled. An ECOWAS delegation led by former Nigerian ruler "
     "General Ibrahim Wakili met the head of the junta, General Moussa Tahirou, in Niamey on Saturday.",
     ("ECOWAS", "Niger"), date(2019, 2, 2), "Niamey"),
    ("Relations between the Arab League and Sudan's military council have soured. An Arab League delegation led by "
     "former Egyptian minister Ahmed Karim met the head of the council, General Omar Saleh, in Khartoum on Monday.",
     ("Arab League", "Sudan"), date(2019, 2, 4), "Khartoum"),
])
def test_negotiation_a_delegation_met(nlp, text: str, pair: tuple, when: date, place: str) -> None:  # noqa: ANN001
    """"An X delegation led by A met B": a meeting of X with the article's other party, not of A and B."""
    found = _negotiations(nlp, text)
    assert (tuple(sorted(pair)), when, place) in {(d.sides, d.date, d.place) for d in found}
    assert all(d.cameo != "044" for d in found)


@pytest.mark.parametrize(("text", "pair", "place"), [
    ("Guyana and Venezuela held talks in Kingstown on Thursday. The two sides said they would set up a joint "
     "commission, and would meet again in Brazil within the next three months.", ("Guyana", "Venezuela"), "Brazil"),
    ("Peru and Ecuador held talks in Quito on Monday. The two sides said they would exchange maps, and would meet "
     "again in Lima.", ("Ecuador", "Peru"), "Lima"),
    ("Thailand and Cambodia held talks in Bangkok on Friday. The ministers said they would meet again, but gave no "
     "date.", ("Cambodia", "Thailand"), None),
])
def test_negotiation_meet_again_planned(nlp, text: str, pair: tuple, place: str | None) -> None:  # noqa: ANN001
    """"They would meet again (in X)": a planned meeting of the article's pair, with no day of its own."""
    planned = [d for d in _negotiations(nlp, text) if d.status == "planned"]
    assert [(d.sides, d.place, d.date_basis) for d in planned] == [(pair, place, "article")]


@pytest.mark.parametrize(("text", "word", "is_trigger"), [
    ("The opposition Democratic Unity Roundtable rejected the vote.", "Roundtable", False),
    ("The opposition Civic Unity Roundtable said on Monday it would boycott the vote.", "Roundtable", False),
    ("The second Geneva Roundtable ended on Friday.", "Roundtable", True),
    ("The second Geneva roundtable ended on Friday.", "roundtable", True),
])
def test_a_body_named_roundtable_is_no_talks(nlp, text, word, is_trigger):
    """A coalition named "... Unity Roundtable" is a body, not talks; a roundtable named after its place is talks."""
    from kg.events_negotiation_candidates import trigger

    doc = nlp(text)
    assert (trigger(next(t for t in doc if t.text == word)) is not None) is is_trigger


@pytest.mark.parametrize("text", [
    "The government delegation is led by the Internal Affairs Minister, Amos Kabagambe. The rebel delegation of the "
    "Lord's Resistance Army is led by Denis Lagoro. The talks opened in Juba on Monday.",
    "The government team is headed by the Foreign Affairs Minister, Rosa Quispe. The delegation of the Shining Path "
    "is led by Mario Condori. The talks opened in Lima on Monday.",
])
def test_a_ministers_portfolio_is_no_side(nlp, text):
    """A delegation led by "the Internal Affairs Minister" is the government's: its portfolio word is no side."""
    for d in _negotiations(nlp, text):
        assert not {"Internal", "Foreign"} & set(d.participants)
