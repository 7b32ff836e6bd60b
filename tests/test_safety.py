"""The query guard: read-only forms pass, SERVICE and updates are refused before evaluation."""
from __future__ import annotations

import pytest

from kg.errors import Forbidden, QuerySyntaxError
from kg.safety import check_query


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
