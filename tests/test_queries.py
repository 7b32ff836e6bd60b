"""Canned queries: the public contract of names and output variables, headers, parameter binding."""
from __future__ import annotations

import pytest

from kg.errors import BadRequest, NotFound
from kg.queries import QUERIES_DIR, bind_params, canned_queries, get_query
from kg.store import EmbeddedStore
from kg.triples import all_quads
from kg.vocab import article_iri

CONTRACT = {
    "negotiations": ["event", "label", "date", "place"],
    "negotiators": ["person", "name", "side", "event", "date"],
    "sanctions": ["event", "imposer", "imposerName", "target", "targetName", "measure", "date"],
    "statements": ["event", "speaker", "speakerName", "date", "text"],
    "persons": ["person", "name", "alias", "role", "affiliation"],
    "delegations": ["delegation", "side", "member", "memberName", "event"],
}


@pytest.fixture
def store(tmp_path, tiny_resolution):
    s = EmbeddedStore(tmp_path / "s")
    for graph, quads in all_quads(tiny_resolution):
        s.replace_graph(graph, quads)
    return s


@pytest.mark.parametrize("name,variables", CONTRACT.items())
def test_queries_contract_variables(store, name, variables):
    result = store.query(get_query(name).sparql)
    assert [v.value for v in result.variables] == variables


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_queries_every_file_has_a_title_and_runs(store, name):
    q = get_query(name)
    assert q.title and q.title != name
    list(store.query(q.sparql))


def test_queries_persons_one_row_per_alias(store):
    rows = [(r["name"].value, r["alias"].value if r["alias"] else None, r["role"].value if r["role"] else None)
            for r in store.query(get_query("persons").sparql)]
    assert ("Ana Ruiz", "Ruiz", "trade minister") in rows
    assert ("Ana Ruiz", "Ana Ruíz", "trade minister") in rows
    assert ("Li Wen", "Li", "envoy") in rows


def test_queries_negotiators_lists_both_sides(store):
    rows = {(r["name"].value, r["side"].value, r["date"].value) for r in store.query(get_query("negotiators").sparql)}
    assert rows == {("Ana Ruiz", "Chile", "2019-05-06"), ("Li Wen", "China", "2019-05-06")}


def test_queries_dates_are_xsd_date(store):
    (row,) = list(store.query(get_query("negotiations").sparql))
    assert row["date"].datatype.value == "http://www.w3.org/2001/XMLSchema#date"


def test_queries_entity_parameter_filters(store):
    q = get_query("statements")
    subs = bind_params(q, {"speaker": "Ruiz"}, lambda t: "https://w3id.org/kg-news/id/person/ana-ruiz")
    assert [r["speakerName"].value for r in store.query(q.sparql, subs)] == ["Ana Ruiz"]
    subs = bind_params(q, {"speaker": "x"}, lambda t: "https://w3id.org/kg-news/id/person/li-wen")
    assert list(store.query(q.sparql, subs)) == []


@pytest.mark.parametrize("name", ["../etc/passwd", "..", "negotiations.rq", "NEG", "a/b", ""])
def test_queries_bad_names_are_not_found(name):
    with pytest.raises(NotFound):
        get_query(name)


def test_queries_unknown_parameter_is_a_bad_request():
    with pytest.raises(BadRequest, match="no parameter"):
        bind_params(get_query("statements"), {"bogus": "1"}, lambda t: t)


def test_queries_iri_parameter_is_checked():
    with pytest.raises(BadRequest, match="IRI"):
        bind_params(get_query("negotiations"), {"event": "> } DROP ALL"}, lambda t: t)


def test_queries_folder_is_documented_in_readme():
    readme = (QUERIES_DIR.parent / "README.md").read_text(encoding="utf-8")
    for name in canned_queries():
        assert f"{name}.rq" in readme, f"queries/{name}.rq is not documented in README.md"
