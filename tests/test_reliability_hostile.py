"""Reliability, hostile requests against the real server on 127.0.0.1: a schemathesis fuzz of the OpenAPI schema
finds no 500s; oversized bodies, path traversal, SPARQL Update/SERVICE/LOAD, malformed Accept headers and
parameters are refused with a 4xx in the one error shape, never with a stack trace (RELIABILITY.md)."""
from __future__ import annotations

import http.client
import json
from urllib.parse import quote, urlsplit

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

Q = "SELECT * WHERE { ?s ?p ?o } LIMIT 1"
TRACE_MARKERS = (b"Traceback", b'File "/', b"site-packages")


def _assert_clean_error(status: int, body: bytes, expected: int | tuple[int, ...]) -> None:
    """A 4xx in the one JSON error shape, naming its status, with no stack trace in it."""
    assert status in ((expected,) if isinstance(expected, int) else expected), body[:300]
    assert not any(m in body for m in TRACE_MARKERS), body[:300]
    err = json.loads(body)
    assert set(err) == {"error", "status", "message"} and err["status"] == status


def _raw(url: str, method: str, path: str, body: bytes | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    """Send ``path`` byte for byte (no client-side normalising of ``..`` or percent-escapes)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


# every operation of the OpenAPI schema (a test checks the list is complete, so a new route gets fuzzed too)
OPERATIONS = ["GET /sparql", "POST /sparql", "GET /health", "GET /queries", "GET /queries/{name}", "GET /entities",
              "GET /entities/{entity_id}", "GET /export", "GET /ego/{name}", "GET /network/edge",
              "GET /network/central", "GET /network/path"]
MAX_EXAMPLES = 20  # per operation and mode: the whole fuzz stays around a minute


@pytest.fixture(scope="module")
def api_operations(server) -> dict:
    """The server's own OpenAPI schema, loaded from it: operation label -> schemathesis operation."""
    api = schemathesis.openapi.from_url(server + "/openapi.json")
    return {op.label: op for op in (r.ok() for r in api.get_all_operations())}


def test_reliability_hostile_schemathesis_covers_every_operation(api_operations) -> None:
    assert sorted(api_operations) == sorted(OPERATIONS)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
@pytest.mark.parametrize("label", OPERATIONS)
def test_reliability_hostile_schemathesis_no_server_errors(api_operations, label: str, mode) -> None:
    """Requests generated from the schema (valid ones and ones that break it): never a 5xx, never a stack trace.

    (schemathesis's own pytest plugin does not load under pytest 9, so the strategy is driven by hypothesis here.)"""

    @given(case=api_operations[label].as_strategy(generation_mode=mode))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case) -> None:
        response = case.call(timeout=60)
        assert response.status_code < 500, (case.as_curl_command(), response.text[:500])
        assert b"Traceback (most recent call last)" not in response.content  # (data may name files; errors may not)
        if response.status_code >= 400:
            _assert_clean_error(response.status_code, response.content, response.status_code)

    try:
        check()
    except Unsatisfiable:
        pytest.skip(f"{label} declares nothing a request could get wrong")


@pytest.mark.parametrize("path", [
    "/queries/../../etc/passwd",
    "/queries/..%2F..%2Fetc%2Fpasswd",
    "/queries/%2e%2e%2f%2e%2e%2fpyproject",
    "/queries/..",
    "/queries/persons%00.rq",
    "/queries/" + quote("/etc/passwd", safe=""),
    "/web/queries/..%2F..%2Fpyproject.rq",
    "/web/..%2F..%2Fpyproject.toml",
    "/web/%2e%2e%2fapp.py",
    "/vendor/..%2F..%2F..%2Fetc%2Fpasswd",
])
def test_reliability_hostile_path_traversal_refused(server, path: str) -> None:
    status, body = _raw(server, "GET", path)
    _assert_clean_error(status, body, (400, 404))
    assert b"root:" not in body and b"[project]" not in body


@pytest.mark.parametrize("how", ["length", "chunked"])
def test_reliability_hostile_oversized_body_refused(server, how: str) -> None:
    big = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * 2_000_000  # over the default max_body of 1 MB
    headers = {"Content-Type": "application/sparql-query"}
    if how == "length":
        r = httpx.post(server + "/sparql", content=big, headers=headers, timeout=60)
    else:
        r = httpx.post(server + "/sparql", content=(big[i:i + 65536] for i in range(0, len(big), 65536)),
                       headers=headers, timeout=60)
    _assert_clean_error(r.status_code, r.content, 413)


@pytest.mark.parametrize("request_kw", [
    {"method": "GET", "params": {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
    {"method": "GET", "params": {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
    {"method": "POST", "data": {"update": "DELETE WHERE { ?s ?p ?o }"}},
    {"method": "POST", "content": "DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
    {"method": "POST", "content": "LOAD <http://127.0.0.1:9/x.ttl>",
     "headers": {"Content-Type": "application/sparql-update"}},
    {"method": "GET", "params": {"query": "LOAD <http://127.0.0.1:9/x.ttl>"}},
    {"method": "GET", "params": {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"}},
    {"method": "POST", "content": "SELECT * WHERE { service\n<http://127.0.0.1:9/> { ?s ?p ?o } }",
     "headers": {"Content-Type": "application/sparql-query"}},
    {"method": "GET", "params": {"query": "SELECT * WHERE { ?s ?p ?o } ; CLEAR ALL"}},
])
def test_reliability_hostile_update_service_load_refused(server, request_kw: dict) -> None:
    kw = dict(request_kw)
    r = httpx.request(kw.pop("method"), server + "/sparql", timeout=60, **kw)
    _assert_clean_error(r.status_code, r.content, (400, 403))
    assert httpx.get(server + "/sparql", params={"query": "ASK { ?s ?p ?o }"},
                     headers={"Accept": "application/sparql-results+json"}).json()["boolean"] is True


@pytest.mark.parametrize("accept", ["garbage", ";;;", ",", "text/html", "a/b/c", "*/*;q=0", "text/csv;q=abc",
                                    "\x7f", "application/sparql-results+json;q=-1"])
@pytest.mark.parametrize("path", ["/sparql?query=" + quote(Q), "/queries/persons"])
def test_reliability_hostile_malformed_accept_is_4xx(server, accept: str, path: str) -> None:
    status, body = _raw(server, "GET", path, headers={"Accept": accept})
    _assert_clean_error(status, body, (400, 406))


@pytest.mark.parametrize("path", [
    "/ego/Putin?radius=abc", "/ego/Putin?radius=99", "/ego/Putin?format=../../etc", "/ego/Putin?since=2020-13-45",
    "/ego/Putin?kinds=%00", "/network/central?limit=-1", "/network/central?limit=1e309", "/network/central?since=x",
    "/network/central?measure=pagerank", "/network/path?from=a", "/network/path?from=&to=", "/entities?q=",
    "/entities?limit=99999999999999999999999", "/queries/persons?nope=1", "/queries/persons?format=evil",
    "/sparql?query=" + quote(Q) + "&default-graph-uri=not%20an%20iri", "/sparql?query=a&query=b",
    "/sparql?query=" + quote("SELECT * WHERE { ?s ?p ?o } LIMIT 99999999999999999999999"),
    "/sparql?query=%FF%FE", "/sparql?format=evil&query=" + quote(Q), "/export?format=evil", "/sparql?foo=bar",
    "/ego/" + "x" * 20000, "/entities?q=" + "x" * 20000,
])
def test_reliability_hostile_malformed_parameters_are_4xx(server, path: str) -> None:
    status, body = _raw(server, "GET", path)
    _assert_clean_error(status, body, (400, 404, 406, 414, 422))


@pytest.mark.parametrize("content_type, body", [
    ("application/sparql-query", b"\xff\xfe not utf-8"),
    ("application/sparql-query; charset=latin-1", b"SELECT * WHERE { ?s ?p ?o }"),
    ("application/x-www-form-urlencoded", b"query=%FF%FE"),
    ("application/json", b'{"query": "SELECT * WHERE { ?s ?p ?o }"}'),
    ("", b"SELECT * WHERE { ?s ?p ?o }"),
    ("application/sparql-query", b""),
    ("application/sparql-query", b"SELECT * WHERE { " * 2000),
])
def test_reliability_hostile_malformed_bodies_are_4xx(server, content_type: str, body: bytes) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    status, data = _raw(server, "POST", "/sparql", body=body, headers=headers)
    _assert_clean_error(status, data, (400, 413, 415))
