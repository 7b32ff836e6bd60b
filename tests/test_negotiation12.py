"""Negotiation mechanisms seen on blind-written development news, each with more wordings and invented names.

* the host or mediator a sentence puts at the table ("with X acting as host", "hosted by X", "with the mediation
  of X", "under the auspices of X", "chaired by X") is a participant of that session, no side of the pair, and not part of the
  cross-article merge key;
* a round "which opened on D1" and the lead's "wrapped up / ended ... on D2" up to three weeks later are one round,
  dated by its close (a verb that closes talks widens the one-week window);
* "A, B and C agreed on D to ..., negotiators said after talks in X": talks hung on a nameless speaker's saying
  take the reported clause's sides and day;
* "returned / went back to the negotiating table in X on D": a session of talks.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_merge import merge_events
from kg.model import EventDraft
from tests.test_negotiation7 import _negotiations, nlp  # noqa: F401 - nlp is a fixture


@pytest.mark.parametrize(("text", "sides", "host"), [
    ("Ukrainian and American officials met for eight hours in Jeddah on Tuesday, in the first meeting between the "
     "two sides since a tense period, with Saudi Arabia once again acting as host.",
     {"Ukraine", "United States"}, "Saudi Arabia"),
    ("Azerbaijani and Armenian officials met in Astana on Monday with the mediation of Kazakhstan.",
     {"Armenia", "Azerbaijan"}, "Kazakhstan"),
    ("Talks between Ethiopia and Egypt, hosted by Sudan, ended in Khartoum on Monday.", {"Egypt", "Ethiopia"}, "Sudan"),
    ("Sudan and South Sudan held talks in Addis Ababa on Monday under the auspices of the African Union.",
     {"Sudan", "South Sudan"}, "African Union"),
    # session 11 (blind31): the body that chairs the session
    ("Envoys of Peru, Chile and Bolivia, chaired by the African Union, met in Lima on Monday.",
     {"Peru", "Chile", "Bolivia"}, "African Union"),
    ("Delegates from Iran, France and China, chaired by the EU, will meet again in Vienna next Thursday.",
     {"Iran", "France", "China"}, "EU"),
])
def test_negotiation12_host_is_participant_not_side(nlp, text: str, sides: set, host: str) -> None:  # noqa: ANN001
    """The host or mediator joins the session's participants; the sides stay the pair."""
    talks = [d for d in _negotiations(nlp, text) if set(d.sides) == sides]
    assert talks, _negotiations(nlp, text)
    assert host in talks[0].participants and host not in talks[0].sides


def test_negotiation12_host_keeps_cross_article_merge() -> None:
    """One session told with its host by one article and without by another stays one event, the host a participant."""
    def draft(participants: tuple[str, ...], start: int) -> EventDraft:
        from kg.model import Evidence
        return EventDraft(kind="Negotiation", evidence=Evidence("a", "talks", start, start + 5, 0.9),
                          date=date(2019, 2, 4), date_basis="stated", place="Astana", participants=participants,
                          sides=("Armenia", "Azerbaijan"), status="held", cameo="046")

    def lookup(surface: str, article: str, kind: str = "actor") -> str:
        return "country/" + surface.lower().replace(" ", "-")

    events = merge_events([("a", draft(("Armenia", "Azerbaijan", "Kazakhstan"), 0)),
                           ("b", draft(("Armenia", "Azerbaijan"), 10))], lookup)
    assert len(events) == 1
    assert set(events[0].participants) == {"country/armenia", "country/azerbaijan", "country/kazakhstan"}


@pytest.mark.parametrize(("text", "rnd", "day"), [
    ("American and Taliban negotiators wrapped up their longest round of talks yet in the Qatari capital on Tuesday. "
     "The fifth round, which opened on 18 January in a Doha hotel, was the most sustained engagement so far.",
     5, date(2019, 2, 5)),
    ("Indian and Chinese negotiators wrapped up their longest round of talks yet in Beijing on Tuesday. The ninth "
     "round, which opened on 21 January in a state guesthouse, was the longest since the border talks began.",
     9, date(2019, 2, 5)),
    ("Armenian and Azerbaijani negotiators ended a marathon round of talks in Vienna on Monday. The third round, "
     "which began on 20 January at the foreign ministry, produced a draft text on the border.", 3, date(2019, 2, 4)),
])
def test_negotiation12_long_round_dated_by_its_close(nlp, text: str, rnd: int, day: date) -> None:  # noqa: ANN001
    """A round "which opened on D1" and the lead's "wrapped up ... on D2" up to three weeks later: one round, dated
    by its close."""
    drafts = _negotiations(nlp, text)
    assert {(d.round, d.date) for d in drafts} == {(rnd, day)}, drafts


@pytest.mark.parametrize(("text", "sides", "day"), [
    ("Georgia, Russia and the Abkhaz authorities agreed late Friday to reopen a crossing point, in a bid to ease "
     "tension, negotiators said after talks in the Swiss city.", {"Georgia", "Russia"}, date(2019, 2, 1)),
    ("Armenia and Azerbaijan agreed on Thursday to open a border crossing, officials said after talks in Vienna.",
     {"Armenia", "Azerbaijan"}, date(2019, 1, 31)),
    ("Sudan, South Sudan and the rebels agreed late on Sunday to a ceasefire, diplomats told reporters after talks "
     "in Addis Ababa.", {"Sudan", "South Sudan"}, date(2019, 2, 3)),
])
def test_negotiation12_talks_after_nameless_saying(nlp, text: str, sides: set, day: date) -> None:  # noqa: ANN001
    """"A and B agreed on D to ..., negotiators said after talks": the reported clause names the talks' sides and
    day, not the saying."""
    drafts = _negotiations(nlp, text)
    assert any(sides <= set(d.sides) and d.date == day and d.status == "held" for d in drafts), drafts


@pytest.mark.parametrize(("text", "day", "place", "status"), [
    ("Venezuela's government and the opposition returned to the negotiating table in Mexico City on Saturday after "
     "a 15-month pause.", date(2019, 2, 2), "Mexico City", "held"),
    ("The Philippine government and the communist rebels returned to the negotiating table in Oslo on Monday.",
     date(2019, 2, 4), "Oslo", "held"),
    ("Serbia and Kosovo will return to the negotiating table in Brussels next week.", None, "Brussels", "planned"),
])
def test_negotiation12_negotiating_table_is_talks(nlp, text: str, day: date | None, place: str,  # noqa: ANN001
                                                  status: str) -> None:
    """"returned to the negotiating table in X on D": a session of talks in X on D."""
    drafts = _negotiations(nlp, text)
    assert any(d.place == place and d.status == status and (day is None or d.date == day) for d in drafts), drafts


@pytest.mark.parametrize("text", [
    "The Joint Committee wrapped up its meeting on Friday evening. Delegates from Chad, Niger and Mali, chaired by the "
    "AU, will meet again in Niamey next Thursday.",
    "The Joint Commission wrapped up its meeting just after 3pm. Delegates from Kenya, Uganda and Rwanda, chaired by "
    "the UN, will meet again in Nairobi next Thursday.",
])
def test_negotiation12_chairing_body_is_no_delegation_member(nlp, text: str) -> None:  # noqa: ANN001
    """The body that chairs the delegates is the session's participant, never a member of a state's delegation."""
    drafts = _negotiations(nlp, text)
    assert drafts and not any(member for d in drafts for _, member in d.members)


@pytest.mark.parametrize(("text", "sides", "day"), [
    ("LIMA - For the first time in two years, the leaders of Peru, Chile and Bolivia sat at the same table yesterday, "
     "at the Torre Tagle Palace in Lima.", {"Peru", "Chile", "Bolivia"}, date(2019, 2, 4)),
    ("Envoys of Ghana and Togo sat face to face on Monday at a hotel in Accra.", {"Ghana", "Togo"}, date(2019, 2, 4)),
])
def test_negotiation12_sat_at_one_table_is_a_session(nlp, text: str, sides: set, day: date) -> None:  # noqa: ANN001
    """"sat at the same table", "sat face to face": a held session of the subject's parties, on the day stated."""
    assert any(set(d.sides) == sides and d.date == day and d.status == "held" for d in _negotiations(nlp, text)), \
        _negotiations(nlp, text)


def test_negotiation12_sat_on_a_committee_is_no_session(nlp) -> None:  # noqa: ANN001
    assert not _negotiations(nlp, "Officials of Ghana and Togo sat on the committee for years before the war.")
