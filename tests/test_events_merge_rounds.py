"""Numbered rounds merged across articles: the same parties' "third round" reported months or years apart is the
third round of two processes, not one event; reports of one round days apart stay one; a report that gives the
round no day of its own joins the round held last before it, or the plan nearest it. Drafts of our own, merged by
the real merge step."""
from __future__ import annotations

from datetime import date

from kg.events_merge import merge_events
from kg.model import EventDraft, Evidence


def lookup(surface: str, article_id: str, kind: str = "actor") -> str | None:
    return f"country/{surface.lower()}" if surface else None


def talks(article: str, when: date | None, basis: str, status: str = "held", rnd: int = 3) -> tuple[str, EventDraft]:
    return article, EventDraft("Negotiation", Evidence(article, "s", 0, 1, 0.8), when, basis,
                               participants=("Ruritania", "Zembla"), sides=("Ruritania", "Zembla"), round=rnd,
                               status=status, cameo="046")


def _rounds(*drafts: tuple[str, EventDraft]) -> list[tuple[date | None, str, tuple[str, ...]]]:
    events = [e for e in merge_events(list(drafts), lookup) if e.kind == "Negotiation"]
    return sorted((e.date, e.status, tuple(sorted({x.article_id for x in e.evidence}))) for e in events)


def test_events_merge_third_rounds_years_apart_are_two() -> None:
    got = _rounds(talks("a", date(2019, 3, 7), "stated"), talks("b", date(2023, 6, 2), "stated", "planned"))
    assert got == [(date(2019, 3, 7), "held", ("a",)), (date(2023, 6, 2), "planned", ("b",))]


def test_events_merge_one_round_reported_days_apart_is_one() -> None:
    got = _rounds(talks("a", date(2019, 3, 7), "stated"), talks("b", date(2019, 3, 8), "article"),
                  talks("c", date(2019, 3, 5), "article", "planned"))
    assert got == [(date(2019, 3, 7), "held", ("a", "b", "c"))]


def test_events_merge_undated_report_joins_the_round_held_before_it() -> None:
    """An analysis of 2024 that recalls "the third round" without a day: the 2019 round, the last held before."""
    got = _rounds(talks("a", date(2019, 3, 7), "stated"), talks("z", date(2024, 1, 10), "article"))
    assert got == [(date(2019, 3, 7), "held", ("a", "z"))]


def test_events_merge_plans_years_apart_without_a_day_are_two() -> None:
    got = _rounds(talks("a", date(2019, 3, 3), "article", "planned"), talks("b", date(2023, 5, 30), "article", "planned"))
    assert [g[0] for g in got] == [date(2019, 3, 3), date(2023, 5, 30)]
