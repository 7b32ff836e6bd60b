"""The store on a real on-disk Oxigraph: graph replacement, union queries, reopening."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import QuerySyntaxError, StoreError
from kg.store import EmbeddedStore, insert_data
from kg.triples import all_quads
from kg.vocab import article_iri


def _load(store: EmbeddedStore, resolution) -> None:
    for article_id, quads in all_quads(resolution):
        store.replace_graph(article_iri(article_id).value, quads)


def test_store_replace_graph_replaces_exactly_that_graph(tmp_path, tiny_resolution):
    store = EmbeddedStore(tmp_path / "s")
    _load(store, tiny_resolution)
    before = {q for q in store.quads() if q.graph_name == article_iri("a2")}
    g1 = article_iri("a1")
    store.replace_graph(g1.value, [ox.Quad(g1, ox.NamedNode("http://e/p"), ox.Literal("x"), g1)])
    assert {q for q in store.quads() if q.graph_name == g1} == {ox.Quad(g1, ox.NamedNode("http://e/p"), ox.Literal("x"), g1)}
    assert {q for q in store.quads() if q.graph_name == article_iri("a2")} == before


def test_store_queries_see_the_union_of_graphs(tmp_path, tiny_resolution):
    store = EmbeddedStore(tmp_path / "s")
    _load(store, tiny_resolution)
    rows = list(store.query("SELECT DISTINCT ?e WHERE { ?e a <https://w3id.org/kg-news/ontology#Negotiation> }"))
    assert [r["e"].value for r in rows] == ["https://w3id.org/kg-news/id/event/negotiation/chile-china-round-1"]
    assert store.graphs() == sorted([article_iri("a1").value, article_iri("a2").value])


def test_store_rebuild_is_deterministic(tmp_path, tiny_resolution):
    a, b = EmbeddedStore(tmp_path / "a"), EmbeddedStore(tmp_path / "b")
    _load(a, tiny_resolution)
    _load(b, tiny_resolution)
    _load(b, tiny_resolution)
    assert set(a.quads()) == set(b.quads())


def test_store_persists_and_reopens(tmp_path, tiny_resolution):
    store = EmbeddedStore(tmp_path / "s")
    _load(store, tiny_resolution)
    n = len(list(store.quads()))
    store.close()
    again = EmbeddedStore(tmp_path / "s", read_only=True)
    assert len(list(again.quads())) == n > 0


def test_store_remove_graph(tmp_path, tiny_resolution):
    store = EmbeddedStore(tmp_path / "s")
    _load(store, tiny_resolution)
    store.remove_graph(article_iri("a1").value)
    assert store.graphs() == [article_iri("a2").value]


def test_store_syntax_error_is_a_clear_error(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    with pytest.raises(QuerySyntaxError, match="malformed SPARQL"):
        store.query("SELECT WHERE {")


def test_store_locked_by_another_process_is_a_clear_error(tmp_path):
    import subprocess
    import sys

    EmbeddedStore(tmp_path / "s").close()
    holder = subprocess.Popen([sys.executable, "-c",
                               f"import pyoxigraph,time; s=pyoxigraph.Store({str(tmp_path / 's')!r}); print('ok', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError, match="another kg process"):
            EmbeddedStore(tmp_path / "s")
    finally:
        holder.kill()


def test_store_insert_data_escapes_literals():
    g = ox.NamedNode("http://e/g")
    text = insert_data(g.value, [ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"),
                                         ox.Literal('he said "stop" }\n DROP ALL'), g)])
    store = ox.Store()
    store.update(text)
    assert [q.object.value for q in store] == ['he said "stop" }\n DROP ALL']
