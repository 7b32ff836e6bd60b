"""Export the graph: Turtle, N-Triples, RDF/XML and JSON-LD of the union graph; N-Quads and TriG per article."""
from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
import rdflib

from kg.errors import BadRequest
from kg.store import Store
from kg.vocab import ONTOLOGY_GRAPH, PREFIXES

CONTEXT_FILE = Path(__file__).resolve().parent.parent / "ontology" / "context.jsonld"

# name -> (media type, pyoxigraph format or None for JSON-LD, keeps named graphs)
FORMATS: dict[str, tuple[str, ox.RdfFormat | None, bool]] = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE, False),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES, False),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML, False),
    "jsonld": ("application/ld+json", None, False),
    "nquads": ("application/n-quads", ox.RdfFormat.N_QUADS, True),
    "trig": ("application/trig", ox.RdfFormat.TRIG, True),
}
ALIASES = {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld", "nq": "nquads", "xml": "rdfxml", "rdf": "rdfxml"}
EXTENSIONS = {"turtle": "ttl", "ntriples": "nt", "rdfxml": "rdf", "jsonld": "jsonld", "nquads": "nq", "trig": "trig"}

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_DATA = f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{ONTOLOGY_GRAPH}>) }}"


def format_name(name: str) -> str:
    """The canonical export format name for ``name`` (or an alias); BadRequest listing the choices."""
    key = ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise BadRequest(f"unknown export format {name!r}; choose one of: {', '.join(FORMATS)}")
    return key


def data_quads(store: Store) -> Iterator[ox.Quad]:
    """Every quad of the article graphs (the ontology graph left out)."""
    for r in store.query_all(_DATA):
        yield ox.Quad(r["s"], r["p"], r["o"], r["g"])


def data_triples(store: Store) -> Iterator[ox.Triple]:
    """The union graph of all articles, each triple once."""
    seen: set[ox.Triple] = set()
    for q in data_quads(store):
        t = ox.Triple(q.subject, q.predicate, q.object)
        if t not in seen:
            seen.add(t)
            yield t


@cache
def jsonld_context() -> dict:
    """The published JSON-LD @context (ontology/context.jsonld)."""
    if CONTEXT_FILE.exists():
        return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    return dict(PREFIXES)


def export(store: Store, fmt: str, out: BinaryIO) -> None:
    """Write the graph to ``out`` in format ``fmt`` (see FORMATS)."""
    fmt = format_name(fmt)
    _, oxfmt, quads = FORMATS[fmt]
    if oxfmt is None:
        g = rdflib.Graph()
        for t in data_triples(store):
            g.add(tuple(to_rdflib(x) for x in (t.subject, t.predicate, t.object)))
        out.write(g.serialize(format="json-ld", context=jsonld_context(), auto_compact=True).encode("utf-8"))
        return
    items = data_quads(store) if quads else data_triples(store)
    prefixes = PREFIXES if fmt in ("turtle", "trig", "rdfxml") else None
    ox.serialize(items, out, format=oxfmt, prefixes=prefixes)


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:  # RDF 1.1: a plain literal is an xsd:string
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
