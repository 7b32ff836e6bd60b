"""Entities and events to quads: one graph per article, typed literals, provenance, SHACL-valid."""
from __future__ import annotations

import pytest
import rdflib

from kg.export import to_rdflib
from kg.triples import all_quads, article_quads, lit, resolved_quads
from kg.validate import validate_graph
from kg.vocab import KG, RESOLVED_GRAPH, article_iri


def _graph(resolution) -> rdflib.Graph:
    g = rdflib.Graph()
    for _, quads in all_quads(resolution):
        for q in quads:
            g.add(tuple(to_rdflib(t) for t in (q.subject, q.predicate, q.object)))
    return g


def test_triples_every_quad_is_in_its_own_graph(tiny_resolution):
    graphs = dict(all_quads(tiny_resolution))
    assert set(graphs) == {article_iri("a1").value, article_iri("a2").value, RESOLVED_GRAPH}
    for graph, quads in graphs.items():
        assert quads and {q.graph_name.value for q in quads} == {graph}


def test_triples_each_fact_is_stated_once(tiny_resolution):
    triples = [(q.subject, q.predicate, q.object) for _, quads in all_quads(tiny_resolution) for q in quads]
    assert len(triples) == len(set(triples))


def test_triples_event_reported_twice_has_evidence_in_each_article_graph(tiny_resolution):
    per = dict(all_quads(tiny_resolution))
    for article_id in ("a1", "a2"):
        ev = [q for q in per[article_iri(article_id).value] if q.predicate.value == KG + "article"]
        assert {q.object for q in ev} == {article_iri(article_id)}


def test_triples_article_graph_says_what_it_mentions(tiny_resolution):
    a2 = dict(all_quads(tiny_resolution))[article_iri("a2").value]
    mentioned = {q.subject.value for q in a2 if q.predicate.value == KG + "mentionedIn"}
    assert mentioned == {"https://w3id.org/kg-news/id/person/ana-ruiz"}


def test_triples_every_referenced_entity_is_labelled(tiny_resolution):
    resolved = resolved_quads(tiny_resolution)
    labelled = {q.subject.value for q in resolved if q.predicate.value.endswith("#label")}
    for q in resolved:
        if q.predicate.value in (KG + "participant", KG + "side", KG + "place", KG + "speaker", KG + "affiliation"):
            assert q.object.value in labelled, q


@pytest.mark.parametrize("value,datatype", [
    (1, "http://www.w3.org/2001/XMLSchema#integer"),
    (0.5, "http://www.w3.org/2001/XMLSchema#decimal"),
    (1.0, "http://www.w3.org/2001/XMLSchema#decimal"),
    ("x", "http://www.w3.org/2001/XMLSchema#string"),
])
def test_triples_literals_are_typed(value, datatype):
    assert lit(value).datatype.value == datatype


def test_triples_unexpected_literal_is_loud():
    with pytest.raises(ValueError, match="Unexpected"):
        lit(object())


def test_triples_tiny_graph_passes_shacl(tiny_resolution):
    conforms, report = validate_graph(_graph(tiny_resolution))
    assert conforms, report


def test_triples_statement_without_speaker_fails_shacl(tiny_resolution):
    from dataclasses import replace

    broken = replace(tiny_resolution, events=tuple(replace(e, speaker=None) if e.kind == "Statement" else e
                                                   for e in tiny_resolution.events))
    conforms, _ = validate_graph(_graph(broken))
    assert not conforms


def test_triples_deterministic(tiny_resolution):
    a = article_quads(tiny_resolution.articles[0], tiny_resolution)
    b = article_quads(tiny_resolution.articles[0], tiny_resolution)
    assert a == b


def test_triples_joint_statement_has_each_speaker_and_passes_shacl(tiny_resolution):
    """A joint statement ("Chile and China said in a joint communique") is one event with both speakers."""
    from dataclasses import replace

    joint = tuple(replace(e, participants=("person/ana-ruiz", "country/china")) if e.kind == "Statement" else e
                  for e in tiny_resolution.events)
    g = _graph(replace(tiny_resolution, events=joint))
    speakers = {str(o).rsplit("/", 1)[-1] for o in g.objects(predicate=rdflib.URIRef(KG + "speaker"))}
    assert speakers == {"ana-ruiz", "china"}
    conforms, report = validate_graph(g)
    assert conforms, report


def test_triples_quads_once_each_in_first_order() -> None:
    from kg.triples import _quads
    from kg.vocab import kg

    g = article_iri("a1")
    a, b = (kg("x"), kg("p"), lit(1)), (kg("y"), kg("p"), lit("two"))
    quads = _quads([a, b, a, b, a], g)
    assert [(q.subject, q.predicate, q.object) for q in quads] == [a, b]
    assert all(q.graph_name == g for q in quads)


def test_triples_ontology_terms_are_made_once() -> None:
    from kg.vocab import kg

    assert kg("mentionedIn") is kg("mentionedIn") and kg("mentionedIn").value == KG + "mentionedIn"
