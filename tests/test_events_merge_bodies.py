"""A sanction imposed by a body in the name of a bloc the article never names ("the Council of the European Union
imposed ...") keeps its imposer: the bloc is created as an organization, as an unnamed side of talks is. Built from
articles of our own with the real pipeline into a real on-disk store; names are invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import build
from kg.settings import Settings
from kg.store import EmbeddedStore

QUERY = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?imposer ?target WHERE { ?e a kg:Sanction ; kg:imposer/rdfs:label ?imposer ; kg:target/rdfs:label ?target }"""


@pytest.mark.parametrize(("text", "imposer", "target"), [
    ("Bloc freezes drone maker's assets\n\nBRUSSELS, 20 July 2023 - The Council of the European Union today imposed "
     "an asset freeze and a travel ban on Zarnak Aviation Industries, a maker of military drones.\n",
     "European Union", "Zarnak Aviation Industries"),
    ("New listings\n\nNEW YORK, 3 May 2018 - The Security Council Committee on Tuesday imposed an asset "
     "freeze on Borsk Maritime Trading, a shipping company accused of smuggling oil.\n",
     "United Nations Security Council", "Borsk Maritime Trading"),
])
def test_events_merge_bloc_of_a_body_is_the_imposer(tmp_path: Path, text: str, imposer: str, target: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "release.txt").write_text(text, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "store")
    try:
        build([tmp_path / "in"], Settings(store=str(tmp_path / "store"), processes=1, today="2024-01-01"), store)
        rows = {(r["imposer"].value, r["target"].value) for r in store.query(QUERY)}
    finally:
        store.close()
    assert (imposer, target) in rows, rows
