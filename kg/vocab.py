"""Namespaces and IRI builders: every IRI kg mints comes from here, from a type and a slug."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

import pyoxigraph as ox

BASE = "https://w3id.org/kg-news/"
KG = BASE + "ontology#"
ID = BASE + "id/"
ONTOLOGY_GRAPH = BASE + "graph/ontology"
RESOLVED_GRAPH = BASE + "graph/resolved"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"

PREFIXES = {"kg": KG, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS, "prov": PROV, "schema": SCHEMA}


@cache
def kg(name: str) -> ox.NamedNode:
    """The ontology term ``kg:name`` (made once per name: the quads of a build ask for the same few 100,000 times)."""
    return ox.NamedNode(KG + name)


def slug(text: str) -> str:
    """A lowercase ASCII slug: accents folded, runs of other characters turned into one hyphen."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "x"


def resource(kind: str, key: str) -> ox.NamedNode:
    """The IRI of a resource of ``kind`` (person, event, article, …) with slug ``key``."""
    return ox.NamedNode(f"{ID}{kind}/{key}")


def article_iri(article_id: str) -> ox.NamedNode:
    """The IRI of an article; also the name of the graph that holds what it says."""
    return resource("article", article_id)


def entity_iri(key: str) -> ox.NamedNode:
    """The IRI of a resolved entity whose key is ``type/slug`` (e.g. ``person/jane-doe``)."""
    return ox.NamedNode(ID + key)


def prefix_header() -> str:
    """SPARQL PREFIX lines for every namespace kg uses."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
