"""Sanction classes of session 9: "today" between a measure's subject and its verb; "adopts the measures decided by X
on 24 June" is not the adopter's day; a government body's name in a release its state's office issues ("State
Secretariat for X SECO"); a release's list announced by "are frozen"/"are banned" with items "A B, born …";
"extend the sanctions against X to further persons" keeps X; "Those designated are A; B; and C"; "and Britain did
the same for A".

Every sentence is our own, with invented names (real states, cities and bodies only); mentions are made by hand
from the model's entities (``tests.test_events.read``).
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_events import nlp, read  # noqa: F401 - nlp is a fixture
from tests.test_sanction8 import _pairs

__all__ = ["nlp"]

WED = date(2017, 3, 15)  # a Wednesday


@pytest.mark.parametrize("text, pair", [
    ("The Federal Department of Economic Affairs (FDEA) today decided to extend the sanctions against Zimbabwe. "
     "It thereby adopts the measures decided by the European Union on 3 February 2017.", ("FDEA", "Zimbabwe")),
    ("The Ministry of Trade (MOT) today decided to impose sanctions against Eritrea. The step follows the measures "
     "adopted by the African Union on 2 January 2017.", ("MOT", "Eritrea")),
    ("The Office of Export Control (OEC) today imposed sanctions on Sudan, in line with the measures decided by "
     "the United Nations on 12 February 2017.", ("OEC", "Sudan")),
])
def test_today_before_the_verb_is_the_measures_day(nlp, text, pair):
    """"X (XA) today decided to extend the sanctions against Y", which the parse hangs "today" on the subject: the
    article's day, not that of "the measures decided by Z on D", which are Z's."""
    drafts = read(nlp, text, published=WED, kind="Sanction")
    days = {d.date for d in drafts if d.target == pair[1]}
    assert days == {WED}


@pytest.mark.parametrize("text, pair", [
    ("Ministry of Foreign Affairs of Norway\n\nPress release.\n\nThe Federal Department of "
     "Economic Affairs today decided to impose sanctions against Syria.", ("Norway", "Syria")),
    ("State Secretariat for Economic Affairs SECO\n\nPress release.\n\nThe Department "
     "of Economic Development today decided to impose sanctions against Guinea.", ("Switzerland", "Guinea")),
    ("State Secretariat for Economic Affairs SECO\n\nPress release.\n\nThe Federal Office for Trade "
     "today decided to impose new sanctions against Chad.", ("Switzerland", "Chad")),
])
def test_government_body_in_an_issuers_release_is_the_issuer(nlp, text, pair):
    """A government body's name that names no state ("the Federal Department of Economic Affairs") in a release
    whose header names the issuer's office ("State Secretariat for Economic Affairs SECO", its acronym after it)
    is the issuer's state."""
    assert pair in _pairs(read(nlp, text, published=WED, kind="Sanction"))


@pytest.mark.parametrize("text, targets", [
    ("Norway today decided to extend the sanctions against Syria to further persons.\n\nThe funds of the following "
     "persons are frozen with immediate effect:\n\n1. Tarek Hamdani, born 12.03.1961, deputy minister;\n"
     "2. Samira Haddad, born 04.11.1970, judge.\n\nThe ordinance enters into force today.",
     {"Syria", "Tarek Hamdani", "Samira Haddad"}),
    ("Canada today decided to extend the sanctions against Zimbabwe to further persons and one company.\n\n"
     "The following persons are banned from entering Canada:\n\n1. Tendai Moyo, born 3 May 1965, police chief;\n"
     "2. Zvimba Holdings, Harare, a mining company.\n\nThe regulations enter into force today.",
     {"Zimbabwe", "Tendai Moyo", "Zvimba Holdings"}),
    ("Australia today decided to extend the sanctions against Myanmar to further persons.\n\nThe assets of the "
     "following persons are frozen:\n\n1. Aung Kyaw Lwin, b. 1968, general;\n2. Thida Nwe Oo, born 1972, "
     "minister.\n\nThe measures take effect today.", {"Myanmar", "Aung Kyaw Lwin", "Thida Nwe Oo"}),
])
def test_list_announced_by_frozen_or_banned_names_the_targets(nlp, text, targets):
    """"The funds of the following persons are frozen:" then "1. A B, born …": each item is a target of the release's
    measure, a person by its birth date though the model tags no one; the state the extended sanctions are against
    stays a target beside them."""
    drafts = read(nlp, text, published=WED, kind="Sanction")
    assert targets <= {d.target for d in drafts}
    assert all(d.date == WED for d in drafts)


@pytest.mark.parametrize("text, imposer, targets", [
    ("Japan on Monday designated the trading firm Nordic Star Ltd. and two officials under its sanctions law. "
     "Those designated are Kim Chol-su, the head of the Pyongyang Trade Bureau; and Ri Yong-ho, a deputy minister.",
     "Japan", {"Nordic Star Ltd.", "Kim Chol-su", "Ri Yong-ho"}),
    ("The European Union on Monday imposed sanctions on seven officials. Those sanctioned include army chief Kofi "
     "Mensah and the businessman Ali Bongo, the owner of Coastal Mining Ltd.", "European Union",
     {"Kofi Mensah", "Ali Bongo"}),
    ("Britain on Monday sanctioned four men. The individuals targeted are Pedro Lima, a colonel in the army, and "
     "Ana Souza.", "United Kingdom", {"Pedro Lima", "Ana Souza"}),
])
def test_those_designated_are_the_targets_of_the_measure_before(nlp, text, imposer, targets):
    """"Those designated are A, the head of the B Bureau; and C": the people named (not the bodies their titles
    name) are targets of the measure reported just before, with its imposer and day."""
    drafts = read(nlp, text, published=WED, kind="Sanction")
    got = {d.target for d in drafts if d.imposer == imposer}
    assert targets <= got
    assert "Coastal Mining Ltd." not in got and "Pyongyang Trade Bureau" not in got
    assert all(d.date == date(2017, 3, 13) for d in drafts if d.target in targets)


@pytest.mark.parametrize("text, pair, day", [
    ("Japan on Friday sanctioned the Korea Shipping Company, and the European Union did the same for Kim Sol-ju "
     "last month.", ("European Union", "Kim Sol-ju"), None),
    ("The United States on Monday imposed sanctions on Gen. Tomas Varga, and Britain did the same on Tuesday.",
     ("Britain", "Tomas Varga"), date(2017, 3, 14)),
    ("Canada on Tuesday froze the assets of the Andes Mining Corporation. Australia followed suit on Wednesday.",
     ("Australia", "Andes Mining Corporation"), WED),
])
def test_another_imposer_doing_the_same_copies_the_measure(nlp, text, pair, day):
    """"and the European Union did the same for A last month", "Australia followed suit": the subject imposes the
    measure before on the "for" phrase's target, else on that measure's targets, on its own day ("last month": none)."""
    drafts = read(nlp, text, published=WED, kind="Sanction")
    assert pair in _pairs(drafts)
    assert {d.date for d in drafts if (d.imposer, d.target) == pair} == {day}


@pytest.mark.parametrize("text", [
    "The European Union on Monday imposed sanctions on Gen. Tomas Varga. Russia condemned the move, and China did "
    "the same.",
    "Canada on Tuesday froze the assets of the Andes Mining Corporation. Peru called the step illegal. Bolivia "
    "followed suit.",
])
def test_copying_a_reaction_is_no_measure(nlp, text):
    """"Russia condemned the move, and China did the same": a copy of the reaction, not of the measure before."""
    drafts = read(nlp, text, published=WED, kind="Sanction")
    assert not {d.imposer for d in drafts} & {"China", "Bolivia"}
