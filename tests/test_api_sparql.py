"""The /sparql endpoint over HTTP on a live `kg serve`: formats, real clients, safety probes, limits.

The store is a small hand-made graph (one named graph per "article"), so these tests need no NLP build.
Answers are parsed back and compared with the same query run on the store directly.
"""
from __future__ import annotations

import http.server
import io
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from tests.conftest import start_server, stop_server

EX = "http://example.org/"
TOKEN = "s3cret-token"
TIMEOUT = 2.0
SELECT = f"PREFIX ex: <{EX}> SELECT ?s ?name WHERE {{ ?s ex:name ?name }} ORDER BY ?s ?name"
CONSTRUCT = f"PREFIX ex: <{EX}> CONSTRUCT {{ ?s ex:name ?name ; ex:age ?age }} WHERE {{ ?s ex:name ?name OPTIONAL {{ ?s ex:age ?age }} }}"
ASK = f"ASK {{ <{EX}ana> ?p ?o }}"
PATHOLOGICAL = {
    "cartesian-count": "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(12)) + " }",
    "deep-path": f"PREFIX ex: <{EX}> SELECT (COUNT(*) AS ?n) WHERE {{ ?a (ex:knows|^ex:knows|ex:name|^ex:name)* ?b . "
                 f"?b (ex:knows|^ex:knows)* ?c . ?c (ex:knows|^ex:knows)* ?d . ?d (ex:knows|^ex:knows)* ?e }}",
}


def sample_quads() -> dict[str, list[ox.Quad]]:
    """Four article graphs: people with names (plain, language-tagged), ages, and a chain of ex:knows."""
    n = ox.NamedNode
    out: dict[str, list[ox.Quad]] = {}
    people = [("ana", "Ana Ruiz", "es", 41), ("li", "Li Wen", "zh", 38), ("omar", "Omar Said", None, 55),
              ("eva", 'Eva "the envoy" Lind', None, None)]
    for i, (key, name, lang, age) in enumerate(people):
        g = n(f"{EX}article/{i}")
        s = n(EX + key)
        quads = [ox.Quad(s, n(EX + "name"), ox.Literal(name), g)]
        if lang:
            quads.append(ox.Quad(s, n(EX + "name"), ox.Literal(name, language=lang), g))
        if age is not None:
            quads.append(ox.Quad(s, n(EX + "age"), ox.Literal(str(age), datatype=n("http://www.w3.org/2001/XMLSchema#integer")), g))
        quads += [ox.Quad(n(f"{EX}p{j}"), n(EX + "knows"), n(f"{EX}p{j + 1}"), g) for j in range(i * 40, i * 40 + 40)]
        out[g.value] = quads
    return out


def build_store(path: Path) -> None:
    """Write the sample graphs into an on-disk store at ``path``."""
    from kg.store import EmbeddedStore

    store = EmbeddedStore(path)
    for graph, quads in sample_quads().items():
        store.replace_graph(graph, quads)
    store.close()


def _start(tmp: Path, env: dict[str, str]):
    return start_server(str(tmp / "store"), tmp, env=env)


def _send(endpoint: str, text: str, how: str) -> httpx.Response:
    """POST or GET ``text`` the three ways the protocol allows: get, form or direct."""
    if how == "get":
        return httpx.get(endpoint, params={"query": text})
    if how == "form":
        return httpx.post(endpoint, data={"query": text})
    return httpx.post(endpoint, content=text, headers={"Content-Type": "application/sparql-query"})


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("sparql")
    build_store(tmp / "store")
    return tmp


@pytest.fixture(scope="module")
def direct(sample_path):
    """The same store opened read-only in the test process (the server only reads it)."""
    from kg.store import EmbeddedStore

    store = EmbeddedStore(sample_path / "store", read_only=True)
    yield store


@pytest.fixture(scope="module")
def endpoint(sample_path):
    """A default `kg serve` (read-only, CORS off) with a 2 s query time limit; yields the /sparql URL."""
    proc, url = _start(sample_path, {"KG_QUERY_TIMEOUT": str(TIMEOUT), "KG_QUERY_WORKERS": "2"})
    yield url + "/sparql"
    stop_server(proc)


@pytest.fixture(scope="module")
def configured(tmp_path_factory):
    """A `kg serve` with update_token, cors_origins, max_rows=3 and max_body=2000 on its own copy of the graph."""
    tmp = tmp_path_factory.mktemp("sparql-conf")
    build_store(tmp / "store")
    proc, url = _start(tmp, {"KG_UPDATE_TOKEN": TOKEN, "KG_CORS_ORIGINS": "https://app.example",
                             "KG_MAX_ROWS": "3", "KG_MAX_BODY": "2000"})
    yield url + "/sparql"
    stop_server(proc)


def _select_rows(result) -> list[dict[str, ox.NamedNode | ox.Literal]]:
    return [{v.value: sol[v] for v in result.variables if sol[v] is not None} for sol in result]


def _plain(rows: list[dict]) -> list[dict[str, str]]:
    return [{k: v.value for k, v in row.items()} for row in rows]


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    """CSV results as plain values (the format is lossy: no term types), unbound cells left out."""
    import csv

    return [{k: v for k, v in row.items() if v} for row in csv.DictReader(io.StringIO(data.decode("utf-8")))]


def _direct_graph(direct, query: str) -> rdflib.Graph:
    data = ox.serialize(direct.query(query), format=ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data, format="nt")


# --- protocol and formats -------------------------------------------------------------------------------

@pytest.mark.parametrize("accept,fmt,media,oxfmt", [
    ("application/sparql-results+json", None, "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", None, "application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", None, "text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", None, "text/tab-separated-values", ox.QueryResultsFormat.TSV),
    (None, "xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", "tsv", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
])
def test_api_sparql_select_formats(endpoint, direct, accept, fmt, media, oxfmt):
    params = {"query": SELECT} | ({"format": fmt} if fmt else {})
    r = httpx.get(endpoint, params=params, headers={"Accept": accept} if accept else {})
    assert r.status_code == 200
    assert r.headers["content-type"] == f"{media}; charset=utf-8"
    expected = _select_rows(direct.query(SELECT))
    if oxfmt == ox.QueryResultsFormat.CSV:  # CSV keeps only lexical values
        assert _csv_rows(r.content) == _plain(expected)
    else:
        assert _select_rows(ox.parse_query_results(r.content, format=oxfmt)) == expected


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_api_sparql_query_methods(endpoint, how):
    r = _send(endpoint, ASK, how)
    assert r.status_code == 200
    assert r.json() == {"head": {}, "boolean": True}


@pytest.mark.parametrize("accept,rdflib_format", [
    ("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt"),
    ("application/n-quads", "nquads"), ("application/rdf+xml", "xml"),
])
def test_api_sparql_construct_formats(endpoint, direct, accept, rdflib_format):
    r = httpx.post(endpoint, data={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"] == f"{accept}; charset=utf-8"
    if rdflib_format == "nquads":  # all in the default graph: parse as quads, compare the triples
        quads = list(ox.parse(r.content, format=ox.RdfFormat.N_QUADS))
        assert all(q.graph_name == ox.DefaultGraph() for q in quads)
        got = rdflib.Graph().parse(data=ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES), format="nt")
    else:
        got = rdflib.Graph().parse(data=r.content, format=rdflib_format)
    assert isomorphic(got, _direct_graph(direct, CONSTRUCT))


def test_api_sparql_service_description(endpoint):
    r = httpx.get(endpoint)
    assert r.status_code == 200 and r.headers["content-type"] == "text/turtle; charset=utf-8"
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    me = rdflib.URIRef(endpoint)
    assert (me, rdflib.RDF.type, sd.Service) in g
    assert (me, sd.supportedLanguage, sd.SPARQL11Query) in g
    assert (me, sd.supportedLanguage, sd.SPARQL11Update) not in g


@pytest.mark.parametrize("request_kw,status,code", [
    ({"params": {"query": "SELECT * WHERE { ?s ?p "}}, 400, "query_syntax"),
    ({"params": {"query": "SELECT ?x WHERE { ?x nope:p ?y }"}}, 400, "query_syntax"),
    ({"params": {"query": SELECT}, "headers": {"Accept": "image/png"}}, 406, "not_acceptable"),
    ({"params": {"query": CONSTRUCT, "format": "csv"}}, 406, "not_acceptable"),
    ({"params": {"query": ASK, "default-graph-uri": "not an iri"}}, 400, "bad_request"),
    ({"params": {"query": [ASK, ASK]}}, 400, "bad_request"),
])
def test_api_sparql_errors_are_readable(endpoint, request_kw, status, code):
    r = httpx.get(endpoint, **request_kw)
    assert r.status_code == status
    body = r.json()
    assert body["error"] == code and body["status"] == status and body["message"]
    assert "Traceback" not in r.text


@pytest.mark.parametrize("content_type,status", [("text/plain", 415), ("", 415),
                                                 ("application/sparql-query; charset=latin-1", 415)])
def test_api_sparql_post_needs_a_protocol_media_type(endpoint, content_type, status):
    r = httpx.post(endpoint, content=ASK, headers={"Content-Type": content_type} if content_type else {})
    assert r.status_code == status and r.json()["status"] == status


def test_api_sparql_protocol_dataset_overrides_union(endpoint):
    q = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1000"
    r = httpx.get(endpoint, params={"query": q, "default-graph-uri": f"{EX}article/2"})
    subjects = {b["s"]["value"] for b in r.json()["results"]["bindings"]}
    assert f"{EX}omar" in subjects and f"{EX}ana" not in subjects


# --- real clients ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", [JSON, XML, CSV])
def test_api_sparql_sparqlwrapper_select(endpoint, direct, fmt):
    client = SPARQLWrapper(endpoint)
    client.setQuery(SELECT)
    client.setReturnFormat(fmt)
    raw = client.query().response.read()
    expected = _select_rows(direct.query(SELECT))
    if fmt == CSV:
        assert _csv_rows(raw) == _plain(expected)
    else:
        oxfmt = ox.QueryResultsFormat.JSON if fmt == JSON else ox.QueryResultsFormat.XML
        assert _select_rows(ox.parse_query_results(raw, format=oxfmt)) == expected


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_api_sparqlwrapper_construct_turtle(endpoint, direct, method):
    client = SPARQLWrapper(endpoint)
    client.setQuery(CONSTRUCT)
    client.setMethod(method)
    client.setReturnFormat(TURTLE)
    got = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    assert isomorphic(got, _direct_graph(direct, CONSTRUCT))


def test_api_sparql_sparqlwrapper_ask(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery(ASK)
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True


@pytest.mark.parametrize("query", [SELECT, ASK, CONSTRUCT])
def test_api_sparql_rdflib_sparqlstore(endpoint, direct, query):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = rdflib.Graph(SPARQLStore(endpoint, returnFormat="xml"))
    result = graph.query(query)
    if query is ASK:
        assert result.askAnswer is True
    elif query is CONSTRUCT:
        assert isomorphic(result.graph, _direct_graph(direct, CONSTRUCT))
    else:
        got = [{str(k): str(v) for k, v in row.asdict().items()} for row in result]
        expected = [{k: v.value for k, v in row.items()} for row in _select_rows(direct.query(SELECT))]
        assert got == expected


# --- safety ---------------------------------------------------------------------------------------------

class _Listener(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        _Listener.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def listener():
    """A tiny HTTP server on 127.0.0.1 that records every request it gets; yields its URL and the record."""
    _Listener.hits = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Listener)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/sparql", _Listener.hits
    server.shutdown()


PROBES = {
    "service": "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "service-silent-nested": "SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }} }}",
    "service-in-exists": "ASK {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "load": "LOAD <{url}>",
    "load-file": "LOAD <file:///etc/passwd> INTO GRAPH <http://e/g>",
    "from-file-then-service": "SELECT * FROM <file:///etc/passwd> WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "update": "INSERT DATA {{ <http://e/a> <http://e/b> <{url}> }}",
}


@pytest.mark.parametrize("how", ["get", "form", "direct"])
@pytest.mark.parametrize("probe", list(PROBES))
def test_api_sparql_refuses_service_load_update(endpoint, listener, probe, how):
    url, hits = listener
    text = PROBES[probe].format(url=url)
    r = _send(endpoint, text, how)
    assert r.status_code == 403 and r.json()["error"] == "forbidden"
    assert hits == []


@pytest.mark.parametrize("headers,status", [
    ({}, 403),
    ({"Authorization": f"Bearer {TOKEN}"}, 403),
])
def test_api_sparql_update_refused_without_token_setting(endpoint, headers, status):
    r = httpx.post(endpoint, content="CLEAR ALL", headers={"Content-Type": "application/sparql-update", **headers})
    assert r.status_code == status
    assert httpx.get(endpoint, params={"query": ASK}).json()["boolean"] is True


@pytest.mark.parametrize("headers,body,status", [
    ({}, "DROP GRAPH <http://example.org/article/0>", 401),
    ({"Authorization": "Bearer wrong"}, "DROP GRAPH <http://example.org/article/0>", 401),
    ({"Authorization": f"Bearer {TOKEN}"}, "LOAD <file:///etc/passwd>", 403),
    ({"Authorization": f"Bearer {TOKEN}"}, "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", 403),
    ({"Authorization": f"Bearer {TOKEN}"}, "DROP GRAPH <", 400),
])
def test_api_sparql_update_token_rules(configured, headers, body, status):
    r = httpx.post(configured, content=body, headers={"Content-Type": "application/sparql-update", **headers})
    assert r.status_code == status, r.text
    assert httpx.get(configured, params={"query": ASK}).json()["boolean"] is True


def test_api_sparql_update_with_token_applies(configured):
    graph, s = "http://example.org/article/new", "http://example.org/newcomer"
    body = f'INSERT DATA {{ GRAPH <{graph}> {{ <{s}> <{EX}name> "New" }} }}'
    form = httpx.post(configured, data={"update": body}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert form.status_code == 403
    r = httpx.post(configured, content=body, timeout=60,
                   headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204, r.text
    ask = httpx.get(configured, params={"query": f"ASK {{ GRAPH <{graph}> {{ <{s}> ?p ?o }} }}"})
    assert ask.json()["boolean"] is True
    sd = rdflib.Graph().parse(data=httpx.get(configured).text, format="turtle")
    assert (None, None, rdflib.URIRef("http://www.w3.org/ns/sparql-service-description#SPARQL11Update")) in sd


# --- limits ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_api_sparql_timeout_stops_pathological_query(endpoint, name):
    def slow() -> tuple[httpx.Response, float]:
        start = time.monotonic()
        r = httpx.get(endpoint, params={"query": PATHOLOGICAL[name]}, timeout=30)
        return r, time.monotonic() - start

    with ThreadPoolExecutor(2) as pool:
        pending = pool.submit(slow)
        time.sleep(0.3)
        fast = httpx.get(endpoint, params={"query": ASK}, timeout=30)  # another client, served meanwhile
        r, elapsed = pending.result()
    assert fast.status_code == 200 and fast.json()["boolean"] is True
    assert r.status_code == 503 and r.json()["error"] == "timeout"
    assert "query_timeout" in r.json()["message"]
    assert elapsed < TIMEOUT + 1
    assert httpx.get(endpoint, params={"query": ASK}).status_code == 200  # the pool recovered


@pytest.mark.parametrize("query,truncated", [(SELECT, "true"), (ASK, "false"), (CONSTRUCT, "true"),
                                             (f"SELECT ?s WHERE {{ ?s <{EX}age> ?a }} LIMIT 2", "false")])
def test_api_sparql_max_rows_truncates_with_header(configured, query, truncated):
    r = httpx.get(configured, params={"query": query}, headers={"Accept": "application/sparql-results+json, text/turtle"})
    assert r.status_code == 200
    assert r.headers["x-kg-truncated"] == truncated
    if query is SELECT:
        assert len(r.json()["results"]["bindings"]) == 3


@pytest.mark.parametrize("accept,oxfmt", [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ("text/csv", ox.QueryResultsFormat.CSV),
])
@pytest.mark.parametrize("limit,truncated", [("", "true"), (" LIMIT 3", "false"), (" LIMIT 4", "true")])
def test_api_sparql_max_rows_keeps_the_first_rows_in_every_format(configured, direct, accept, oxfmt, limit, truncated):
    r = httpx.get(configured, params={"query": SELECT + limit}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["x-kg-truncated"] == truncated
    first = _select_rows(direct.query(SELECT))[:3]
    if oxfmt == ox.QueryResultsFormat.CSV:
        assert _csv_rows(r.content) == _plain(first)
    else:
        assert _select_rows(ox.parse_query_results(r.content, format=oxfmt)) == first


@pytest.mark.parametrize("chunked", [False, True])
def test_api_sparql_body_limit(configured, chunked):
    text = "ASK { " + "?s ?p ?o . " * 400 + "}"
    content = (x for x in [text[:1000].encode(), text[1000:].encode()]) if chunked else text.encode()
    r = httpx.post(configured, content=content, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413 and r.json()["error"] == "payload_too_large"


@pytest.mark.parametrize("which,allowed", [("endpoint", None), ("configured", "https://app.example")])
def test_api_sparql_cors_off_by_default(request, which, allowed):
    url = request.getfixturevalue(which)
    r = httpx.get(url, params={"query": ASK}, headers={"Origin": "https://app.example"})
    assert r.headers.get("access-control-allow-origin") == allowed
