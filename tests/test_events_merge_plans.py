"""Talks planned with no day of their own ("will meet again in X next month"), which each article dates by itself,
are one event when two outlets report the plan a day apart; plans for two places stay two. Built from articles of
our own with the real pipeline into a real on-disk store; names are invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import build
from kg.settings import Settings
from kg.store import EmbeddedStore

QUERY = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e (SAMPLE(?p) AS ?place) WHERE { ?e a kg:Negotiation ; kg:status "planned" . OPTIONAL { ?e kg:place/rdfs:label ?p } }
GROUP BY ?e"""

WIRE = ("Border talks end without deal\n\n{city1}, Oct 12, 2022 (Steppe Wire) - Tajik and Kyrgyz officials ended two "
        "days of talks on their border in {city1} on Wednesday without an agreement, the foreign ministry said.\n\n"
        "The next round will be held in {plan1} in November, Deputy Prime Minister Rustam Qodirzoda said.\n")
PAPER = ("Border deal still out of reach\n\nBy Aida Temirova\n\n{city1}, Oct 13, 2022 - Kyrgyz and Tajik delegations "
         "failed to reach an agreement at talks in {city1} that ended on Wednesday, officials said on Thursday.\n\n"
         "The two sides plan to meet again in {plan2} next month, Qodirzoda told reporters.\n")


def _plans(tmp_path: Path, plan1: str, plan2: str) -> set[tuple[str, str | None]]:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "wire.txt").write_text(WIRE.format(city1="DUSHANBE", plan1=plan1), encoding="utf-8")
    (tmp_path / "in" / "paper.txt").write_text(PAPER.format(city1="DUSHANBE", plan2=plan2), encoding="utf-8")
    store = EmbeddedStore(tmp_path / "store")
    try:
        build([tmp_path / "in"], Settings(store=str(tmp_path / "store"), processes=1, today="2024-01-01"), store)
        return {(r["e"].value, r["place"].value if r["place"] else None) for r in store.query(QUERY)}
    finally:
        store.close()


@pytest.mark.parametrize("place", ["Bishkek", "Almaty"])
def test_one_plan_reported_by_two_outlets_is_one_event(tmp_path: Path, place: str) -> None:
    plans = _plans(tmp_path, place, place)
    assert [p for _, p in plans] == [place], plans


def test_plans_for_two_places_stay_two(tmp_path: Path) -> None:
    plans = _plans(tmp_path, "Bishkek", "Tashkent")
    assert sorted(p for _, p in plans) == ["Bishkek", "Tashkent"], plans


HEADLINED = ("Central Asia Monitor — Daily Brief\n13 October 2022\n\n{head}\n\nBISHKEK/DUSHANBE — Kyrgyz and Tajik "
             "negotiators failed to settle their border dispute at talks in Dushanbe yesterday, but agreed to meet "
             "again in {city} next Tuesday.\n\nQodirzoda told reporters the gap had narrowed.\n")


@pytest.mark.parametrize("head", ["BORDER TALKS: NO DEAL IN DUSHANBE, NEGOTIATORS TO MEET AGAIN IN {city}",
                                  "BORDER DISPUTE: KYRGYZ AND TAJIK NEGOTIATORS TO MEET AGAIN IN {city}"])
def test_a_headlines_plan_is_the_plan_its_story_dates(tmp_path: Path, head: str) -> None:
    """A headline's plan with no day ("negotiators to meet again in X") and the story's "meet again in X next
    Tuesday" are one planned event, dated by the story."""
    (tmp_path / "in").mkdir()
    text = HEADLINED.format(head=head.format(city="Osh"), city="Osh")
    (tmp_path / "in" / "paper.txt").write_text(text, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "store")
    try:
        build([tmp_path / "in"], Settings(store=str(tmp_path / "store"), processes=1, today="2024-01-01"), store)
        rows = list(store.query(QUERY.replace("SELECT ?e", "SELECT ?e (SAMPLE(?d) AS ?day)").replace(
            "OPTIONAL {", "OPTIONAL { ?e kg:date ?d } OPTIONAL {")))
    finally:
        store.close()
    assert len(rows) == 1 and rows[0]["day"] is not None and rows[0]["day"].value == "2022-10-18", rows
