"""Exports round-trip: every format parsed back by rdflib is isomorphic to the graph that was stored
(N-Quads and TriG graph by graph); Turtle declares prefixes; JSON-LD uses the published context."""
from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from tests.conftest import run_kg
from kg.export import CONTEXT_FILE, export
from kg.store import EmbeddedStore
from kg.vocab import RESOLVED_GRAPH, KG, ONTOLOGY_GRAPH, article_iri
from tests.netgraph import load_store, news_resolution

RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml",
                 "nquads": "nquads", "trig": "trig"}
PER_GRAPH = ("nquads", "trig")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term(t):
    if isinstance(t, ox.NamedNode):
        return rdflib.URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return rdflib.BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        if t.datatype.value == _XSD_STRING:
            return rdflib.Literal(t.value)
        return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
    raise ValueError(f"Unexpected term: {t!r}")


def store_graphs(path) -> dict[str, rdflib.Graph]:
    """The store's content read straight from Oxigraph: article graph IRI -> its triples (ontology left out)."""
    store = EmbeddedStore(path, read_only=True)
    out: dict[str, rdflib.Graph] = {}
    for q in store.quads():
        if q.graph_name.value != ONTOLOGY_GRAPH:
            out.setdefault(q.graph_name.value, rdflib.Graph()).add(
                (_term(q.subject), _term(q.predicate), _term(q.object)))
    del store
    return out


def union(graphs: dict[str, rdflib.Graph]) -> rdflib.Graph:
    u = rdflib.Graph()
    for g in graphs.values():
        for t in g:
            u.add(t)
    return u


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    """(store path, the store's graphs) for the news graph: one named graph per article and the resolved
    graph; the store closed."""
    resolution = news_resolution()
    path = tmp_path_factory.mktemp("export") / "store"
    load_store(path, resolution).close()
    graphs = store_graphs(path)
    assert set(graphs) == {article_iri(a.id).value for a in resolution.articles} | {RESOLVED_GRAPH}
    return path, graphs


@pytest.fixture(scope="module")
def store(dataset):
    s = EmbeddedStore(dataset[0], read_only=True)
    yield s
    del s


def check_round_trip(data: bytes, fmt: str, want: dict[str, rdflib.Graph]) -> None:
    if fmt in PER_GRAPH:
        ds = rdflib.Dataset()
        ds.parse(data=data, format=RDFLIB_FORMAT[fmt])
        got = {str(g.identifier): g for g in ds.graphs() if len(g)}
        assert set(got) == set(want)
        for name, g in want.items():
            assert isomorphic(got[name], g), name
    else:
        got = rdflib.Graph().parse(data=data, format=RDFLIB_FORMAT[fmt])
        assert len(got) == len(union(want))
        assert isomorphic(got, union(want))


@pytest.mark.parametrize("fmt", list(RDFLIB_FORMAT))
def test_export_round_trips_isomorphic(store, dataset, fmt):
    buf = io.BytesIO()
    export(store, fmt, buf)
    check_round_trip(buf.getvalue(), fmt, dataset[1])


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "ntriples", "nquads", "trig"])
def test_export_cli_round_trips_isomorphic(dataset, tmp_path, fmt):
    out = tmp_path / f"kg.{fmt}"
    run_kg("export", "--format", fmt, "--out", str(out), "--store", str(dataset[0]))
    check_round_trip(out.read_bytes(), fmt, dataset[1])


@pytest.mark.parametrize("fmt, prefixes", [("turtle", ["kg", "rdfs", "prov", "skos"]), ("trig", ["kg", "rdfs"])])
def test_export_turtle_declares_prefixes(store, fmt, prefixes):
    buf = io.BytesIO()
    export(store, fmt, buf)
    text = buf.getvalue().decode()
    for p in prefixes:
        assert f"@prefix {p}:" in text or f"PREFIX {p}:" in text
    assert "kg:Negotiation" in text and f"<{KG}Negotiation>" not in text


def _nodes(doc):
    if isinstance(doc, dict):
        yield doc
        for v in doc.values():
            yield from _nodes(v)
    elif isinstance(doc, list):
        for v in doc:
            yield from _nodes(v)


def test_export_jsonld_uses_published_context_with_typed_dates(store):
    buf = io.BytesIO()
    export(store, "jsonld", buf)
    doc = json.loads(buf.getvalue())
    published = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    assert doc["@context"] == published
    assert published["date"]["@type"] == "xsd:date"
    nodes = list(_nodes(doc))
    assert any("label" in n for n in nodes) and any("date" in n for n in nodes)
    assert not any(k.startswith("http") for n in nodes for k in n)  # every property compacted to a short key
    dates = rdflib.Graph().parse(data=buf.getvalue(), format="json-ld").objects(predicate=rdflib.URIRef(KG + "date"))
    assert {d.datatype for d in dates} == {rdflib.XSD.date}
