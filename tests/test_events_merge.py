"""Sanction drafts merged across articles: one package per imposer, target, measure and stated day."""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_merge import merge_events
from kg.model import EventDraft, Evidence

MAR1, MAR3 = date(2023, 3, 1), date(2023, 3, 3)


def lookup(surface: str, article_id: str, kind: str = "actor") -> str | None:
    """Every non-empty surface is an organization of its own."""
    return f"organization/{surface.lower().replace(' ', '-')}" if surface else None


def sanction(article: str, when: date | None, basis: str, imposer: str, target: str) -> tuple[str, EventDraft]:
    """An (article, draft) pair of one sanction."""
    return article, EventDraft("Sanction", Evidence(article, "s", 0, 1, 0.8), when, basis, imposer=imposer,
                               target=target, measure="asset freeze")


@pytest.mark.parametrize(("imposer", "target"), [("Zemblan Council", "Doe Shipping Ltd"), ("Ruritania", "Borsk Bank")])
def test_events_merge_sanctions_of_two_stated_days_are_two(imposer: str, target: str) -> None:
    events = merge_events([sanction("a", MAR1, "stated", imposer, target),
                           sanction("b", MAR3, "stated", imposer, target)], lookup)
    assert sorted(e.date for e in events) == [MAR1, MAR3]
    assert len({e.key for e in events}) == 2


@pytest.mark.parametrize(("imposer", "target"), [("Zemblan Council", "Doe Shipping Ltd"), ("Ruritania", "Borsk Bank")])
def test_events_merge_sanction_without_a_stated_day_joins_the_dated_one(imposer: str, target: str) -> None:
    (e,) = merge_events([sanction("a", MAR3, "article", imposer, target),
                         sanction("b", MAR1, "stated", imposer, target)], lookup)
    assert (e.date, e.date_basis, len(e.evidence)) == (MAR1, "stated", 2)


def test_events_merge_sanction_without_a_stated_day_stays_apart_from_two_dated_ones() -> None:
    events = merge_events([sanction("a", MAR1, "stated", "Ruritania", "Borsk Bank"),
                           sanction("b", MAR3, "stated", "Ruritania", "Borsk Bank"),
                           sanction("c", None, "unknown", "Ruritania", "Borsk Bank")], lookup)
    assert len(events) == 3


def test_events_merge_same_stated_day_from_two_articles_is_one() -> None:
    (e,) = merge_events([sanction("a", MAR1, "stated", "Ruritania", "Borsk Bank"),
                         sanction("b", MAR1, "stated", "Ruritania", "Borsk Bank")], lookup)
    assert len(e.evidence) == 2
