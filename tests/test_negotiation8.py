"""Negotiation and delegation mechanisms seen on blind news, each with its own wordings and invented names.

* two rival bodies (no state among them) whose delegations the article lists are the pair of its talks;
  "included the lawmakers A and B" and "X was represented by a delegation headed by A, which included B" list them;
* the delegations belong to a signing dated after the numbered round the article recalls;
* a plan stated in the past perfect ("had invited both sides to talks on 18 March") is dated on the nearer side
  of the news, and who invites is the host, not a side;
* "the Cabinet meeting" is one body's own meeting, no talks;
* "the X talks follow a round held in the Y capital, Z, on D": that round is Z's, on D, not the X talks';
* "Monday's round between A and B" is a held round of that day;
* a party named once in full ("the X Y Z (XYZ)") and elsewhere by its acronym is one party;
* "did not meet", "called on A to engage in dialogue with B", "left for consultations with its leadership":
  no session.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_negotiation7 import TUE, _negotiations, nlp  # noqa: F401 - nlp is a fixture


@pytest.mark.parametrize(("text", "pair", "members"), [
    ("Representatives of the rival assemblies ended a second round of talks in Vienna on Monday. The delegation of "
     "the Northern Assembly was led by its speaker, Tomas Varga, and included the lawmakers Ilse Brandt and Karl "
     "Hoff. The camp aligned with the Southern Council was represented by a delegation headed by Pavel Orsic, which "
     "included Mira Kovac and Anton Leitner.",
     ("Northern Assembly", "Southern Council"),
     {("Northern Assembly", "Ilse Brandt"), ("Southern Council", "Pavel Orsic"),
      ("Southern Council", "Anton Leitner")}),
    ("The rival factions held a first round of talks in Lisbon on Monday. The delegation of the Coastal Front was led "
     "by Rui Matos and included the commanders Jorge Pina and Luis Abreu. The faction loyal to the Highland Union was "
     "represented by a delegation headed by Nuno Sequeira, which included Carla Dias.",
     ("Coastal Front", "Highland Union"),
     {("Coastal Front", "Luis Abreu"), ("Highland Union", "Nuno Sequeira"), ("Highland Union", "Carla Dias")}),
])
def test_negotiation_rival_bodies_listed_are_the_pair(nlp, text: str, pair: tuple,  # noqa: ANN001
                                                      members: set) -> None:
    """Two non-state sides whose delegations the article lists: the pair of its talks, with their members."""
    found = [d for d in _negotiations(nlp, text) if d.status == "held"]
    assert found and all(d.sides == tuple(sorted(pair)) for d in found)
    assert members <= {m for d in found for m in d.members}


@pytest.mark.parametrize(("text", "when"), [
    ("When delegations of Sudan and the Popular Front signed a framework accord in Juba on Saturday, the mediators "
     "hailed it. The government delegation, led by Ahmed Karar, included Osman Bakheet. The Popular Front side was "
     "headed by Yasir Deng, with Malik Ajak. A second Juba round, held on 2 December, had produced a truce.",
     date(2019, 2, 2)),
    ("When delegations of Mali and the Azawad Movement signed a declaration of principles in Algiers on Friday, "
     "observers were cautious. The government delegation, led by Moussa Traore, included Issa Diarra. The Azawad "
     "Movement side was headed by Bilal Ag Acherif, with Alghabass Intalla. A third round of talks, held on "
     "14 January, had ended in failure.",
     date(2019, 2, 1)),
])
def test_negotiation_delegations_of_a_later_signing(nlp, text: str, when: date) -> None:  # noqa: ANN001
    """Delegation lists after a signing dated later than the numbered round recalled: the signing's members."""
    with_members = [d for d in _negotiations(nlp, text) if d.members]
    assert with_members and all(d.date == when for d in with_members)


@pytest.mark.parametrize(("text", "when", "place"), [
    ("Kenya had invited Ethiopia and Eritrea to peace talks in Nairobi on 14 January, but Eritrea pulled out.",
     date(2019, 1, 14), "Nairobi"),
    ("Norway had invited Sri Lanka and India to talks in Oslo on 3 December, but the meeting was called off.",
     date(2018, 12, 3), "Oslo"),
    ("Ghana had invited Togo and Benin to talks in Accra on 1 March.", date(2019, 3, 1), "Accra"),
])
def test_negotiation_past_perfect_plan_nearer_day(nlp, text: str, when: date, place: str) -> None:  # noqa: ANN001
    """A plan in the past perfect: its day the nearer of last and next; the inviter no side."""
    found = [d for d in _negotiations(nlp, text) if d.status == "planned"]
    assert {(d.date, d.place) for d in found} == {(when, place)}
    host = text.split()[0]
    assert all(host not in d.sides for d in found)


@pytest.mark.parametrize("text", [
    "At this morning's Cabinet meeting, the Government of Peru decided to impose new tariffs on Chile.",
    "After a board meeting on Monday, the Bank of Ghana and the Ministry of Finance announced a new policy.",
])
def test_negotiation_cabinet_meeting_is_no_talks(nlp, text: str) -> None:  # noqa: ANN001
    """A cabinet or board meeting is one body's own, no negotiation."""
    assert _negotiations(nlp, text) == []


@pytest.mark.parametrize(("text", "when", "place"), [
    ("Serbian and Kosovar negotiators ended a round of talks in Brussels on Monday. The Brussels talks follow a "
     "round held in the Austrian capital, Vienna, on January 20, which ended without a deal.",
     date(2019, 1, 20), "Vienna"),
    ("Armenian and Azerbaijani negotiators ended a round of talks in Geneva on Friday. The Geneva talks follow a "
     "round held in the Russian capital, Moscow, on December 12.", date(2018, 12, 12), "Moscow"),
])
def test_negotiation_talks_follow_an_earlier_round(nlp, text: str, when: date, place: str) -> None:  # noqa: ANN001
    """"The X talks follow a round held in the Y capital, Z, on D": a round in Z on D; the X talks keep their day."""
    found = {(d.date, d.place) for d in _negotiations(nlp, text)}
    assert (when, place) in found
    assert not any(d.date == when and d.place != place for d in _negotiations(nlp, text))


@pytest.mark.parametrize(("text", "when"), [
    ("Mediators are hopeful about the talks after Monday's round between Armenia and Azerbaijan ended without a "
     "breakthrough.",
     date(2019, 2, 4)),
    ("Diplomats close to the talks said Saturday's round between Ethiopia and Egypt ended with a joint statement.",
     date(2019, 2, 2)),
])
def test_negotiation_round_named_by_its_day(nlp, text: str, when: date) -> None:  # noqa: ANN001
    """"Monday's round between A and B": a held round of that day."""
    assert {(d.date, d.status) for d in _negotiations(nlp, text)} == {(when, "held")}


@pytest.mark.parametrize("text", [
    "The government and the Popular Liberation Front (FPL) closed a second round of talks in Quito on Monday. "
    "Good morning and welcome to our coverage of the final day of the second round of talks between the government "
    "of Colombia and the Popular Liberation Front (FPL) in Quito. The FPL negotiators said they had advanced.",
    "Peru and the Andean Revolutionary Movement (MRA) ended a third round of talks in Lima on Monday. Delegates of "
    "the MRA said the third round of talks between Peru and the Andean Revolutionary Movement (MRA) went well.",
])
def test_negotiation_spelled_out_acronym_is_one_party(nlp, text: str) -> None:  # noqa: ANN001
    """A party named in full once and by its acronym elsewhere: every draft names it the same way."""
    found = _negotiations(nlp, text)
    assert found and len({d.sides for d in found}) == 1


@pytest.mark.parametrize("text", [
    "Serbia and Kosovo ended a round of talks in Brussels on Monday. The two delegations did not meet face to face.",
    "Sudan and South Sudan ended a round of talks in Addis Ababa on Friday. The two presidents did not meet.",
])
def test_negotiation_negated_meeting_is_no_session(nlp, text: str) -> None:  # noqa: ANN001
    """"did not meet": no session of its own."""
    assert len(_negotiations(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    "Canada has consistently called on Russia to withdraw its forces and to engage in dialogue with the Government "
    "of Georgia.",
    "Japan urged Armenia to lift the blockade and to enter into talks with Azerbaijan.",
    "Sweden has called on Ethiopia to engage in dialogue with Eritrea.",
])
def test_negotiation_urged_to_talk_is_no_talks(nlp, text: str) -> None:  # noqa: ANN001
    """"X called on A to engage in dialogue with B": a call, no session and no plan."""
    assert _negotiations(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Israeli and Hezbollah negotiators ended a round of talks in Cairo on Monday. The Hezbollah delegation then left "
    "for consultations with the group's leadership.",
    "Sudanese and SPLM-N negotiators ended a round of talks in Juba on Monday. The SPLM-N delegation then left for "
    "consultations with its leadership.",
])
def test_negotiation_own_consultations_are_no_talks(nlp, text: str) -> None:  # noqa: ANN001
    """"left for consultations with the group's leadership": one side's own consultations, no session."""
    assert all(d.date != TUE for d in _negotiations(nlp, text))


@pytest.mark.parametrize(("text", "when"), [
    ("Chad and the rebels held a first round of talks in Doha on July 16, 2018. A second round followed on "
     "September 1, 2018.", date(2018, 9, 1)),
    ("Sudan and the Popular Front opened a first round of talks in Juba on March 2, 2018. A second round followed "
     "on May 14, 2018, in Addis Ababa.", date(2018, 5, 14)),
])
def test_negotiation_round_that_followed_keeps_its_day(nlp, text: str, when: date) -> None:  # noqa: ANN001
    """"A second round followed on D" (no object followed): the round's own day."""
    assert when in {d.date for d in _negotiations(nlp, text) if d.round == 2}
