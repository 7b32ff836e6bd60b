"""The HTTP service served by uvicorn on 127.0.0.1, called over HTTP."""
from __future__ import annotations

import httpx
import pytest
import rdflib


def test_api_health(server):
    r = httpx.get(server + "/health")
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.json()["graphs"] >= 5


def test_api_openapi_docs(server):
    assert httpx.get(server + "/docs").status_code == 200
    paths = httpx.get(server + "/openapi.json").json()["paths"]
    for p in ("/sparql", "/queries", "/queries/{name}", "/entities", "/export", "/health"):
        assert p in paths


def test_api_lists_canned_queries(server):
    names = {q["name"] for q in httpx.get(server + "/queries").json()}
    assert {"negotiations", "negotiators", "sanctions", "statements", "persons", "delegations"} <= names


def test_api_canned_query_with_speaker_filter(server):
    r = httpx.get(server + "/queries/statements", params={"speaker": "Peskov"})
    assert r.status_code == 200
    rows = r.json()["results"]["bindings"]
    assert rows and {b["speakerName"]["value"] for b in rows} == {"Dmitry Peskov"}


@pytest.mark.parametrize("fmt,ctype", [("csv", "text/csv"), ("tsv", "text/tab-separated-values"),
                                       ("xml", "application/sparql-results+xml")])
def test_api_canned_query_formats(server, fmt, ctype):
    r = httpx.get(server + "/queries/negotiations", params={"format": fmt})
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
@pytest.mark.parametrize("name", ["negotiations", "negotiators", "persons"])
def test_api_canned_query_answers_as_the_store_does(server, seed_store, name, fmt):
    import pyoxigraph as ox

    from kg.queries import get_query
    from kg.results import RESULT_FORMATS

    r = httpx.get(server + f"/queries/{name}", params={"format": fmt})
    assert r.status_code == 200 and r.headers["x-kg-truncated"] == "false"
    query = seed_store.query(get_query(name).sparql)
    names = [v.value for v in query.variables]
    expected = [{n: s[n] for n in names} for s in query]
    got = [{n: s[n] for n in names} for s in ox.parse_query_results(r.content, format=RESULT_FORMATS[fmt][1])]
    assert got == expected and expected


def test_api_unknown_query_is_404_json(server):
    r = httpx.get(server + "/queries/..%2F..%2Fetc%2Fpasswd")
    assert r.status_code == 404
    assert r.json()["error"] == "not_found"


def test_api_entity_search_by_alias(server):
    hits = httpx.get(server + "/entities", params={"q": "Podolyak"}).json()
    assert any(h["label"] == "Mykhailo Podoliak" for h in hits)


def test_api_entity_page(server):
    e = httpx.get(server + "/entities/Peskov").json()
    assert e["label"] == "Dmitry Peskov"
    assert "Peskov" in e["aliases"]
    assert e["events"] and e["events"][0]["sources"]


def test_api_unknown_entity_lists_close_matches(server):
    r = httpx.get(server + "/entities/Peskow")
    assert r.status_code == 404 and "peskov" in r.json()["message"].lower()


def test_api_ego_network(server):
    data = httpx.get(server + "/ego/Peskov").json()
    assert len(data["nodes"]) > 1


@pytest.mark.parametrize("fmt,parse_as", [("turtle", "turtle"), ("jsonld", "json-ld"), ("nquads", "nquads")])
def test_api_export_parses(server, fmt, parse_as):
    r = httpx.get(server + "/export", params={"format": fmt})
    assert r.status_code == 200
    g = rdflib.Dataset() if fmt == "nquads" else rdflib.Graph()
    g.parse(data=r.text, format=parse_as)
    assert len(g) > 100 or sum(1 for _ in g.quads()) > 100


def test_api_export_unknown_format_is_400(server):
    r = httpx.get(server + "/export", params={"format": "docx"})
    assert r.status_code == 400 and "turtle" in r.json()["message"]


def test_api_sparql_get_and_post(server):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/kg-news/ontology#Person> }"
    a = httpx.get(server + "/sparql", params={"query": q}, headers={"Accept": "application/sparql-results+json"})
    b = httpx.post(server + "/sparql", content=q, headers={"Content-Type": "application/sparql-query"})
    assert a.status_code == b.status_code == 200
    assert a.json() == b.json()
