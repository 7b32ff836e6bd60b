"""SHACL validation of the built graph against ontology/shapes.ttl (pyshacl)."""
from __future__ import annotations

from pathlib import Path

import rdflib
from pyshacl import validate as shacl_validate

from kg.export import to_rdflib, data_triples
from kg.store import Store

SHAPES_FILE = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"
ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"


def union_graph(store: Store) -> rdflib.Graph:
    """The union of all article graphs as an rdflib Graph."""
    g = rdflib.Graph()
    for t in data_triples(store):
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return g


def validate_graph(data: rdflib.Graph) -> tuple[bool, str]:
    """(conforms, report text) of ``data`` against the shapes, with the ontology for class inference."""
    shapes = rdflib.Graph().parse(SHAPES_FILE, format="turtle")
    ont = rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")
    conforms, _, text = shacl_validate(data, shacl_graph=shapes, ont_graph=ont, inference="rdfs")
    return bool(conforms), str(text)


def validate_store(store: Store) -> tuple[bool, str]:
    """(conforms, report text) for everything in ``store``."""
    return validate_graph(union_graph(store))
