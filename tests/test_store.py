"""The store on a real on-disk Oxigraph: graph replacement, union queries, reopening."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import QuerySyntaxError, StoreError
from kg.store import Dataset, EmbeddedStore, diff_chunks, diff_update, insert_data, replace_chunks, to_wire
from kg.triples import all_quads
from kg.vocab import RESOLVED_GRAPH, article_iri


def _load(store: EmbeddedStore, resolution) -> None:
    for graph, quads in all_quads(resolution):
        store.replace_graph(graph, quads)


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
    assert store.graphs() == sorted([article_iri("a1").value, article_iri("a2").value, RESOLVED_GRAPH])


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
    assert store.graphs() == sorted([article_iri("a2").value, RESOLVED_GRAPH])


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


G = ox.NamedNode("http://e/g")
P = ox.NamedNode("http://e/p")


def _q(i: int, graph=G) -> ox.Quad:
    return ox.Quad(ox.NamedNode(f"http://e/s{i}"), P, ox.Literal(f"v{i} \"quoted\"\n", language="en"), graph)


@pytest.mark.parametrize("held", [False, True], ids=["new-graph-extend", "held-graph-update"])
@pytest.mark.parametrize("given_in", [G, ox.DefaultGraph(), ox.NamedNode("http://e/other")])
def test_store_replace_graph_streams_quads_into_that_graph(tmp_path, held, given_in):
    """Quads from a generator end in ``graph`` whatever graph they name, whether the store held it (one SPARQL
    Update) or not (``Store.extend``); other graphs are untouched."""
    store = EmbeddedStore(tmp_path / "s")
    other = ox.Quad(ox.NamedNode("http://e/x"), P, ox.Literal("keep"), ox.NamedNode("http://e/h"))
    store.replace_graph("http://e/h", [other])
    if held:
        store.replace_graph(G.value, [_q(99)])
    store.replace_graph(G.value, (_q(i, given_in) for i in range(3)))
    assert set(store.quads()) == {other, *(_q(i) for i in range(3))}
    assert store.graphs() == ["http://e/g", "http://e/h"]


@pytest.mark.parametrize("held", [False, True])
def test_store_replace_graph_with_nothing_leaves_no_graph(tmp_path, held):
    store = EmbeddedStore(tmp_path / "s")
    if held:
        store.replace_graph(G.value, [_q(1)])
    store.replace_graph(G.value, iter(()))
    assert store.graphs() == [] and list(store.quads()) == []


def test_store_replace_graph_new_and_held_paths_agree(tmp_path, tiny_resolution):
    """A graph written fresh (``extend``) and the same graph written over itself (``update``) hold equal quads."""
    store = EmbeddedStore(tmp_path / "s")
    _load(store, tiny_resolution)
    fresh = set(store.quads())
    _load(store, tiny_resolution)
    assert set(store.quads()) == fresh


def test_store_update_chunks_are_the_update_strings():
    """``replace_chunks`` / ``diff_chunks`` write ``insert_data`` / ``diff_update`` piece by piece, and the diff
    applies in one update."""
    quads = [_q(i) for i in range(4)]
    assert "".join(replace_chunks(G.value, iter(quads))) == insert_data(G.value, quads)
    assert "".join(diff_chunks(G.value, iter(quads[:1]), iter(quads[3:]))) == diff_update(G.value, quads[:1], quads[3:])
    store = ox.Store()
    store.update(insert_data(G.value, quads[:3]))
    store.update(diff_update(G.value, quads[:1], quads[3:]))
    assert set(store) == set(quads[1:])


def test_store_update_chunks_runs_one_update(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    store.replace_graph(G.value, [_q(1), _q(2)])
    store.update_chunks(diff_chunks(G.value, iter([_q(1)]), iter([_q(3)])))
    assert set(store.quads()) == {_q(2), _q(3)}


def _people_store() -> ox.Store:
    store = ox.Store()
    for i in range(5):
        g = ox.NamedNode(f"http://e/g{i}")
        store.add(ox.Quad(ox.NamedNode(f"http://e/s{i}"), ox.NamedNode("http://e/p"), ox.Literal(f"v{i}", language="en"), g))
    return store


@pytest.mark.parametrize("query,max_rows,kind,count,truncated", [
    ("SELECT ?s ?o WHERE { ?s ?p ?o }", 0, "solutions", 5, False),
    ("SELECT ?s ?o WHERE { ?s ?p ?o }", 3, "solutions", 3, True),
    ("SELECT ?s ?o WHERE { ?s ?p ?o }", 5, "solutions", 5, False),
    ("CONSTRUCT WHERE { ?s ?p ?o }", 2, "graph", 2, True),
    ("ASK { ?s ?p ?o }", 1, "boolean", None, False),
])
def test_store_to_wire_round_trips_and_truncates(query, max_rows, kind, count, truncated):
    store = _people_store()
    wire = to_wire(store.query(query, use_default_graph_as_union=True), max_rows)
    assert (wire.kind, wire.truncated) == (kind, truncated)
    result = wire.parse()
    if kind == "boolean":
        assert bool(result) is True
        return
    items = list(result)
    assert len(items) == count
    full = list(store.query(query, use_default_graph_as_union=True))
    if kind == "solutions":
        assert all(r in {(f["s"], f["o"]) for f in full} for r in {(x["s"], x["o"]) for x in items})
    else:
        assert set(items) <= set(full)


_AWKWARD = ['line one\nline two', 'tab\there', 'he said "stop" },{"x":{', "back\\slash", "r\u00e9sum\u00e9 \U0001f600", ""]


def _awkward_store() -> ox.Store:
    """Literals that break naive row counting (line breaks, tabs, quotes, JSON-like text), a blank node, a number."""
    store, g, p = ox.Store(), ox.NamedNode("http://e/g"), ox.NamedNode("http://e/p")
    for i, text in enumerate(_AWKWARD):
        store.add(ox.Quad(ox.NamedNode(f"http://e/s{i}"), p, ox.Literal(text, language="en" if i % 2 else None), g))
    store.add(ox.Quad(ox.BlankNode("b0"), p, ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g))
    store.add(ox.Quad(ox.NamedNode("http://e/lonely"), ox.NamedNode("http://e/q"), ox.NamedNode("http://e/o"), g))
    return store


_ORDERED = "SELECT ?s ?o WHERE { ?s ?p ?o OPTIONAL { ?s <http://e/none> ?missing } } ORDER BY ?o"


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
@pytest.mark.parametrize("max_rows", [0, 1, 3, 7, 8, 9])
def test_store_to_wire_formats_keep_terms_and_cut_at_max_rows(fmt, max_rows):
    store = _awkward_store()
    full = [{v: sol[v] for v in ("s", "o") if sol[v] is not None}
            for sol in store.query(_ORDERED, use_default_graph_as_union=True)]
    wire = to_wire(store.query(_ORDERED, use_default_graph_as_union=True), max_rows, fmt)
    keep = max_rows or len(full)
    assert (wire.kind, wire.format, wire.truncated) == ("solutions", fmt, len(full) > keep)
    got = [{v: sol[v] for v in ("s", "o") if sol[v] is not None} for sol in wire.parse()]
    if any(isinstance(r.get("s"), ox.BlankNode) for r in got):  # blank node labels may change on the way
        got = [{k: (ox.BlankNode("b0") if isinstance(t, ox.BlankNode) else t) for k, t in r.items()} for r in got]
    assert got == full[:keep]


@pytest.mark.parametrize("max_rows,count", [(0, 8), (3, 3), (8, 8)])
def test_store_to_wire_csv_cuts_rows_with_line_breaks(max_rows, count):
    import csv
    import io

    wire = to_wire(_awkward_store().query(_ORDERED, use_default_graph_as_union=True), max_rows, "csv")
    rows = list(csv.DictReader(io.StringIO(wire.data.decode("utf-8"), newline="")))
    assert len(rows) == count and wire.truncated == (count < 8)


@pytest.mark.parametrize("as_iterator", [False, True])  # pyoxigraph's QueryTriples, or triples read from a server
@pytest.mark.parametrize("max_rows", [0, 2, 8, 9])
def test_store_to_wire_graph_is_ntriples_cut_at_max_rows(max_rows, as_iterator):
    store = _awkward_store()
    full = set(store.query("CONSTRUCT WHERE { ?s ?p ?o }", use_default_graph_as_union=True))
    result = store.query("CONSTRUCT WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    wire = to_wire(iter(list(result)) if as_iterator else result, max_rows)
    got = list(wire.parse())
    assert (wire.kind, wire.format) == ("graph", "ntriples")
    assert len(got) == min(max_rows or len(full), len(full)) and wire.truncated == (len(got) < len(full))
    assert {t for t in got if not isinstance(t.subject, ox.BlankNode)} <= full


@pytest.mark.parametrize("dataset,expected", [
    (Dataset(), {"http://e/s0", "http://e/s1", "http://e/s2", "http://e/s3", "http://e/s4"}),
    (Dataset(default_graphs=("http://e/g1",)), {"http://e/s1"}),
    (Dataset(default_graphs=("http://e/g1", "http://e/g3")), {"http://e/s1", "http://e/s3"}),
    (Dataset(named_graphs=("http://e/g2",)), set()),
])
def test_store_protocol_dataset(tmp_path, dataset, expected):
    store = EmbeddedStore(tmp_path / "s")
    for q in _people_store():
        store.replace_graph(q.graph_name.value, [q])
    assert {r["s"].value for r in store.query("SELECT ?s WHERE { ?s ?p ?o }", dataset=dataset)} == expected


def test_store_pooled_store_answers_and_times_out(tmp_path):
    from kg.errors import QueryTimeout
    from kg.workers import PooledStore

    store = EmbeddedStore(tmp_path / "s")
    for q in _people_store():
        store.replace_graph(q.graph_name.value, [q])
    store.close()
    pooled = PooledStore(tmp_path / "s", size=1, timeout=1.0, max_rows=2)
    try:
        assert len(list(pooled.query("SELECT * WHERE { ?s ?p ?o }"))) == 2
        assert len(pooled.graphs()) == 5
        slow = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?a{i} ?b{i} ?c{i} ." for i in range(14)) + " }"
        with pytest.raises(QueryTimeout):
            pooled.query(slow)
        assert bool(pooled.query("ASK { ?s ?p ?o }")) is True  # a fresh worker took over
    finally:
        pooled.close()


@pytest.mark.parametrize("size", [1, 50, 1 << 16])
def test_store_remote_update_pieces_join_to_the_update(size):
    """A streamed remote update is sent in pieces of about ``size`` bytes that together are the whole update."""
    from kg.store import _pieces

    quads = [_q(i) for i in range(20)]
    pieces = list(_pieces(replace_chunks(G.value, quads), size))
    assert b"".join(pieces) == insert_data(G.value, quads).encode()
    assert all(pieces) and (len(pieces) == 1 if size > len(pieces[0]) else len(pieces) > 1)
