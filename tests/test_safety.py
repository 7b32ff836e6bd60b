"""The query guard: read-only forms pass, SERVICE and updates are refused before evaluation."""
from __future__ import annotations

import pytest

from kg.errors import Forbidden, QuerySyntaxError
from kg.safety import check_query, check_update


@pytest.mark.parametrize("query,form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("PREFIX ex: <http://e/> SELECT ?add WHERE { ?s ex:delete ?drop }", "SELECT"),
    ('ASK { ?s ?p "SERVICE and LOAD and DROP" }', "ASK"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("DESCRIBE <http://e/x>", "DESCRIBE"),
    ("# INSERT in a comment\nSELECT * WHERE { ?s ?p ?o }", "SELECT"),
])
def test_safety_allows_read_only_queries(query, form):
    assert check_query(query) == form


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { service   SILENT <http://127.0.0.1:1/> { ?s ?p ?o } }",
    "LOAD <file:///etc/passwd>",
    "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
    "DROP ALL",
    "CLEAR DEFAULT",
    "DELETE WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
])
def test_safety_refuses_service_and_updates(query):
    with pytest.raises(Forbidden):
        check_query(query)


def test_safety_garbage_is_a_syntax_error():
    with pytest.raises(QuerySyntaxError):
        check_query("hello world")


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE ?endpoint { ?s ?p ?o } } } }",
    "ASK { BIND(EXISTS { SERVICE <http://127.0.0.1:1/> {} } AS ?x) }",
])
def test_safety_refuses_service_anywhere_in_the_algebra(query):
    with pytest.raises(Forbidden, match="SERVICE"):
        check_query(query)


@pytest.mark.parametrize("query,match", [
    ("ASK {", "line:1"),
    ("SELECT ?x WHERE { ?x nope:p ?y }", "nope"),
    ("SELECT * WHERE { ?s ?p ?o } extra", "malformed"),
])
def test_safety_syntax_errors_say_where(query, match):
    with pytest.raises(QuerySyntaxError, match=match):
        check_query(query)


@pytest.mark.parametrize("update", [
    "INSERT DATA { GRAPH <http://e/g> { <http://e/a> <http://e/b> 'LOAD SERVICE' } }",
    "DROP SILENT GRAPH <http://e/g> ; CLEAR DEFAULT",
    "DELETE { ?s ?p ?o } WHERE { GRAPH <http://e/g> { ?s ?p ?o } }",
])
def test_safety_update_allows_plain_updates(update):
    check_update(update)


@pytest.mark.parametrize("update,match", [
    ("LOAD <file:///etc/passwd>", "LOAD"),
    ("load silent <http://127.0.0.1:1/x.ttl> INTO GRAPH <http://e/g>", "LOAD"),
    ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", "SERVICE"),
    ("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }", "SERVICE"),
])
def test_safety_update_refuses_load_and_service(update, match):
    with pytest.raises(Forbidden, match=match):
        check_update(update)


def test_safety_update_syntax_error():
    with pytest.raises(QuerySyntaxError, match="malformed SPARQL update"):
        check_update("CLEAR XYZ")


def test_safety_check_query_is_thread_safe():
    """rdflib's parser is not thread-safe; the HTTP service checks queries from many threads at once."""
    from concurrent.futures import ThreadPoolExecutor

    queries = [f"PREFIX ex: <http://e/> SELECT ?s{i} WHERE {{ ?s{i} ex:p{i} ?o . FILTER(?o > {i}) }} LIMIT {i + 1}"
               for i in range(200)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        forms = list(pool.map(check_query, queries))
    assert forms == ["SELECT"] * len(queries)


@pytest.mark.parametrize("pad", [0, 30_000])  # remembered (short texts) and always re-checked (long ones)
def test_safety_check_query_remembers_accepted_texts_only(pad):
    comment = "#" + "x" * pad + "\n" if pad else ""
    ok = comment + "SELECT ?s WHERE { ?s ?p ?o }"
    assert [check_query(ok) for _ in range(3)] == ["SELECT"] * 3
    bad = comment + "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    for _ in range(2):
        with pytest.raises(Forbidden):
            check_query(bad)
    broken = comment + "SELECT * WHERE { ?s ?p "
    for _ in range(2):
        with pytest.raises(QuerySyntaxError):
            check_query(broken)
