"""The W3C SPARQL 1.1 Protocol test suite (tests/w3c/manifest.ttl) against a live `kg serve`.

Each manifest entry is a list of HTTP requests with the expected status class, result family and ASK answer.
The store holds data1–3.nt as named graphs (the graph name is the document's own IRI, as the manifest labels).
Positive update tests need update_token and protocol datasets for updates, which this endpoint refuses by
design; they are skipped with that reason. The bad_update_* tests run: refusing is what they expect.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import RDF

from tests.conftest import start_server, stop_server

W3C = Path(__file__).resolve().parent / "w3c"
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
HTS = rdflib.Namespace("http://www.w3.org/2011/http-statusCodes#")
DATA = {f"data{i}.nt": f"http://kasei.us/2009/09/sparql/data/data{i}.rdf" for i in (1, 2, 3)}
RESULT_TYPES = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"}
RDF_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
             "application/ld+json": "json-ld", "application/n-quads": "nquads"}
SKIP_UPDATE = ("positive update tests need update_token plus using-graph-uri / form updates, which this "
               "endpoint refuses by design (updates only as POST application/sparql-update with a bearer token)")


@dataclass(frozen=True)
class Step:
    """One request of a protocol test and what its response must show."""

    method: str
    path: str
    body: bytes | None
    headers: dict[str, str]
    statuses: frozenset[int]  # expected status classes: 2, 3, 4, 5
    boolean: bool | None
    family: str | None  # "boolean", "tabular", "RDF"


def _list(g: rdflib.Graph, head: rdflib.term.Node) -> list[rdflib.term.Node]:
    return list(rdflib.collection.Collection(g, head))


def load_manifest() -> list[tuple[str, list[Step]]]:
    """(test name, its requests) for every entry of the manifest, in order."""
    g = rdflib.Graph().parse(W3C / "manifest.ttl", format="turtle", publicID="http://w3c.test/")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    tests = []
    for test in _list(g, g.value(manifest, MF.entries)):
        steps = []
        for req in _list(g, g.value(g.value(test, MF.action), HT.requests)):
            body = g.value(req, HT.body)
            raw = None
            if body is not None:
                enc = str(g.value(body, CNT.characterEncoding) or "UTF-8")
                raw = str(g.value(body, CNT.chars)).encode(enc.lower().replace("utf-16", "utf-16-le"))
            headers = {}
            for h in _list(g, g.value(req, HT.headers)) if g.value(req, HT.headers) is not None else []:
                headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
            resp = g.value(req, HT.resp)
            statuses = frozenset(int(str(s)[-3]) for s in g.objects(resp, MF.expectedStatus))
            boolean = g.value(resp, MF.expectedBoolean)
            family = g.value(resp, MF.expectedFormat)
            steps.append(Step(str(g.value(req, HT.methodName)), str(g.value(req, HT.absolutePath)), raw, headers,
                              statuses, None if boolean is None else boolean.toPython(),
                              None if family is None else str(family)))
        tests.append((str(test).rsplit("#", 1)[1], steps))
    return tests


TESTS = load_manifest()


@pytest.fixture(scope="module")
def w3c_server(tmp_path_factory):
    """`kg serve` over a store holding data1–3.nt, each in the named graph the manifest gives it."""
    from kg.store import EmbeddedStore

    tmp = tmp_path_factory.mktemp("w3c")
    store = EmbeddedStore(tmp / "store")
    for name, graph in DATA.items():
        store.replace_graph(graph, ox.parse(path=str(W3C / name), format=ox.RdfFormat.N_TRIPLES))
    store.close()
    proc, url = start_server(str(tmp / "store"), tmp)
    yield url
    stop_server(proc)


def _boolean(response: httpx.Response) -> bool:
    media = response.headers["content-type"].split(";")[0]
    if media == "application/sparql-results+json":
        return json.loads(response.content)["boolean"]
    root = ElementTree.fromstring(response.content)
    return root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


def test_w3c_protocol_manifest_is_complete():
    assert len(TESTS) == 34
    assert sum(name.startswith(("query_", "bad_query")) for name, _ in TESTS) == 19


@pytest.mark.parametrize("name,steps", TESTS, ids=[name for name, _ in TESTS])
def test_w3c_protocol(w3c_server, name, steps):
    if name.startswith("update_"):
        pytest.skip(SKIP_UPDATE)
    with httpx.Client(base_url=w3c_server, timeout=30) as client:
        for step in steps:
            path = step.path.replace("/sparql/", "/sparql", 1)
            r = client.request(step.method, path, content=step.body, headers=step.headers)
            assert r.status_code // 100 in step.statuses, f"{name}: {step.method} {path} -> {r.status_code} {r.text}"
            media = r.headers.get("content-type", "").split(";")[0]
            if step.family == "boolean":
                assert media in ("application/sparql-results+json", "application/sparql-results+xml")
            elif step.family == "tabular":
                assert media in RESULT_TYPES
            elif step.family == "RDF":
                assert media in RDF_TYPES
                rdflib.Graph().parse(data=r.content, format=RDF_TYPES[media])
            if step.boolean is not None:
                assert _boolean(r) is step.boolean
            if r.status_code >= 400:
                assert r.json()["status"] == r.status_code
