"""The CLI run as a subprocess over the seed graph: the foundation's acceptance checks."""
from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib
from rdflib.compare import isomorphic

from tests.conftest import SEEDS, run_kg


def _csv(proc) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(proc.stdout)))


@pytest.mark.parametrize("command", ["build", "remove", "serve", "query", "export", "ego", "validate", "eval", "settings"])
def test_cli_every_command_has_help(command):
    proc = run_kg(command, "--help")
    assert "Usage" in proc.stdout


def test_cli_persons_lists_aliases(seed_store_path):
    rows = _csv(run_kg("query", "persons", "--store", str(seed_store_path), "--format", "csv"))
    pairs = {(r["name"], r["alias"]) for r in rows}
    assert ("Dmitry Peskov", "Peskov") in pairs
    assert any(n == "Mykhailo Podoliak" and a == "Podolyak" for n, a in pairs), sorted(pairs)


def test_cli_negotiators_lists_both_delegations_at_round_one(seed_store_path):
    rows = _csv(run_kg("query", "negotiators", "--store", str(seed_store_path), "--format", "csv"))
    first = [r for r in rows if r["date"] == "2022-02-28"]
    sides = {r["side"] for r in first}
    assert {"Russia", "Ukraine"} <= sides, rows
    assert sum(r["side"] == "Ukraine" for r in first) >= 4
    assert sum(r["side"] == "Russia" for r in first) >= 3


def test_cli_canned_query_with_parameter(seed_store_path):
    rows = _csv(run_kg("query", "statements", "-p", "speaker=Peskov", "--store", str(seed_store_path), "-f", "csv"))
    assert rows and {r["speakerName"] for r in rows} == {"Dmitry Peskov"}


def test_cli_query_json_is_sparql_results(seed_store_path):
    proc = run_kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", str(seed_store_path), "-f", "json")
    data = json.loads(proc.stdout)
    assert int(data["results"]["bindings"][0]["n"]["value"]) > 100


def test_cli_ego_returns_neighbours(seed_store_path):
    data = json.loads(run_kg("ego", "Peskov", "--store", str(seed_store_path)).stdout)
    assert len(data["nodes"]) > 1
    assert any("peskov" in str(n["id"]).lower() for n in data["nodes"])


def _store_dataset(path) -> rdflib.Dataset:
    nq = run_kg("export", "--format", "nquads", "--store", str(path)).stdout
    ds = rdflib.Dataset()
    ds.parse(data=nq, format="nquads")
    return ds


@pytest.mark.parametrize("fmt,parse_as", [("jsonld", "json-ld"), ("turtle", "turtle"), ("ntriples", "nt")])
def test_cli_export_graph_formats_round_trip(seed_store_path, tmp_path, fmt, parse_as):
    out = tmp_path / f"kg.{fmt}"
    run_kg("export", "--format", fmt, "--store", str(seed_store_path), "--out", str(out))
    back = rdflib.Graph().parse(out, format=parse_as)
    union = rdflib.Graph()
    for s, p, o, _ in _store_dataset(seed_store_path).quads():
        union.add((s, p, o))
    assert len(back) == len(union) > 100
    assert isomorphic(back, union)


@pytest.mark.parametrize("fmt,parse_as", [("nquads", "nquads"), ("trig", "trig")])
def test_cli_export_dataset_formats_keep_one_graph_per_article(seed_store_path, tmp_path, fmt, parse_as):
    out = tmp_path / f"kg.{fmt}"
    run_kg("export", "--format", fmt, "--store", str(seed_store_path), "--out", str(out))
    ds = rdflib.Dataset()
    ds.parse(out, format=parse_as)
    graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    articles = {g for g in graphs if "/id/article/" in g}
    assert len(articles) == len(list(SEEDS.glob("*.txt")))
    ref = _store_dataset(seed_store_path)
    for name in articles:
        assert isomorphic(ds.graph(rdflib.URIRef(name)), ref.graph(rdflib.URIRef(name))), name


def test_cli_validate_seed_graph_conforms(seed_store_path):
    proc = run_kg("validate", "--store", str(seed_store_path))
    assert "conforms" in proc.stdout


def test_cli_build_twice_gives_the_same_graph(seed_store_path, tmp_path):
    again = tmp_path / "again"
    run_kg("build", str(SEEDS), "--store", str(again), "--quiet")
    run_kg("build", str(SEEDS), "--store", str(again), "--quiet")
    a = _store_dataset(seed_store_path)
    b = _store_dataset(again)
    assert {str(g.identifier) for g in a.graphs()} == {str(g.identifier) for g in b.graphs()}
    assert set(a.quads()) == set(b.quads())


def test_cli_unknown_person_is_a_clear_error(seed_store_path):
    proc = run_kg("ego", "Nobody Atall", "--store", str(seed_store_path), check=False)
    assert proc.returncode == 2
    assert "no entity named" in proc.stderr


def test_cli_bad_query_is_a_one_line_error(seed_store_path):
    proc = run_kg("query", "SELECT WHERE {", "--store", str(seed_store_path), check=False)
    assert proc.returncode == 2
    assert "malformed SPARQL" in proc.stderr
