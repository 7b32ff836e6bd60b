"""Entity lookup over the graph: search by name or alias, resolve a name to one IRI, describe an entity."""
from __future__ import annotations

from typing import Any

import pyoxigraph as ox
from rapidfuzz import process
from unidecode import unidecode

from kg.errors import Ambiguous, NotFound
from kg.store import Store
from kg.vocab import ID, KG, prefix_header

_ACTOR_TYPES = "kg:Person kg:Organization kg:Country kg:Place kg:Delegation"

_SEARCH = prefix_header() + f"""
SELECT DISTINCT ?entity ?label ?type ?q WHERE {{
  ?entity a ?type ; rdfs:label ?label .
  VALUES ?type {{ {_ACTOR_TYPES} }}
  {{ ?entity rdfs:label ?name }} UNION {{ ?entity skos:altLabel ?name }}
  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(STR(?q))))
}} ORDER BY ?label LIMIT 200
"""

_NAMES = prefix_header() + f"""
SELECT DISTINCT ?entity ?label ?type ?name WHERE {{
  ?entity a ?type ; rdfs:label ?label .
  VALUES ?type {{ {_ACTOR_TYPES} }}
  {{ ?entity rdfs:label ?name }} UNION {{ ?entity skos:altLabel ?name }}
}}
"""

_DESCRIBE = prefix_header() + """
SELECT ?entity ?p ?o ?oLabel WHERE {
  ?entity ?p ?o .
  OPTIONAL { ?o rdfs:label ?oLabel }
}
"""

_EVENTS = prefix_header() + """
SELECT DISTINCT ?entity ?event ?kind ?role ?label ?date ?article ?sentence WHERE {
  ?event ?role ?entity ; a ?kind .
  VALUES ?kind { kg:Negotiation kg:Sanction kg:Statement }
  OPTIONAL { ?event rdfs:label ?label }
  OPTIONAL { ?event kg:date ?date }
  OPTIONAL { ?event prov:wasDerivedFrom ?ev . ?ev kg:article ?article ; kg:sentence ?sentence }
} ORDER BY ?date ?event
"""

_MEMBER_EVENTS = prefix_header() + """
SELECT DISTINCT ?entity ?event ?label ?date WHERE {
  ?entity kg:memberOf/kg:delegationAt ?event .
  OPTIONAL { ?event rdfs:label ?label }
  OPTIONAL { ?event kg:date ?date }
}
"""


def _fold(text: str) -> str:
    return unidecode(text).lower().strip()


def _short(term: Any) -> str:
    return term.value if hasattr(term, "value") else str(term)


def _kind(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if iri.startswith(KG) else iri


def search(store: Store, q: str, limit: int = 20) -> list[dict[str, str]]:
    """Entities whose label or an alias contains ``q`` (case-insensitive), exact matches first."""
    rows = store.query(_SEARCH, {"q": ox.Literal(q)})
    found: dict[str, dict[str, str]] = {}
    for r in rows:
        found.setdefault(r["entity"].value, {"id": r["entity"].value, "label": r["label"].value,
                                             "type": _kind(r["type"].value)})
    exact = {e for e, n in _names(store) if n == _fold(q)}
    ordered = sorted(found.values(), key=lambda d: (d["id"] not in exact, d["label"]))
    return ordered[:limit]


def _names(store: Store) -> list[tuple[str, str]]:
    return [(r["entity"].value, _fold(r["name"].value)) for r in store.query_all(_NAMES)]


def find_entity(store: Store, text: str, types: tuple[str, ...] = ()) -> str:
    """The IRI of the one entity named ``text`` (label, alias, IRI or id path); errors list close matches."""
    text = text.strip()
    if text.startswith(("http://", "https://")):
        return text
    if "/" in text and " " not in text:
        return ID + text
    rows = [(r["entity"].value, _fold(r["name"].value), _kind(r["type"].value)) for r in store.query_all(_NAMES)]
    if types:
        rows = [r for r in rows if r[2] in types]
    key = _fold(text)
    exact = sorted({e for e, n, _ in rows if n == key})
    if not exact:  # a surname or a first name alone
        exact = sorted({e for e, n, t in rows if t == "Person" and key in n.split()})
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise Ambiguous(f"{text!r} names {len(exact)} entities: {', '.join(exact[:10])}; pass one of these IRIs")
    names = sorted({n for _, n, _ in rows})
    close = [m[0] for m in process.extract(key, names, limit=5, score_cutoff=60)]
    hint = f"; close matches: {', '.join(close)}" if close else ""
    raise NotFound(f"no entity named {text!r}{hint}")


def describe(store: Store, iri: str) -> dict[str, Any]:
    """An entity with its label, types, aliases, roles, affiliations, events and source articles."""
    node = ox.NamedNode(iri)
    props = list(store.query(_DESCRIBE, {"entity": node}))
    if not props:
        raise NotFound(f"no entity with IRI {iri}")
    out: dict[str, Any] = {"id": iri, "label": None, "types": [], "aliases": [], "roles": [],
                           "affiliations": [], "articles": [], "events": []}
    for r in props:
        p, o = r["p"].value, r["o"]
        if p.endswith("#label") and out["label"] is None:
            out["label"] = o.value
        elif p.endswith("#type"):
            out["types"].append(_kind(o.value))
        elif p.endswith("altLabel"):
            out["aliases"].append(o.value)
        elif p == KG + "role":
            out["roles"].append(o.value)
        elif p == KG + "affiliation":
            out["affiliations"].append({"id": o.value, "label": _short(r["oLabel"]) if r["oLabel"] else None})
        elif p == KG + "mentionedIn":
            out["articles"].append(o.value)
    for key in ("types", "aliases", "roles", "articles"):
        out[key] = sorted(set(out[key]))
    events: dict[str, dict[str, Any]] = {}
    for r in store.query(_EVENTS, {"entity": node}):
        e = events.setdefault(r["event"].value, {
            "id": r["event"].value, "kind": _kind(r["kind"].value), "roles": [],
            "label": r["label"].value if r["label"] else None,
            "date": r["date"].value if r["date"] else None, "sources": []})
        role = _kind(r["role"].value)
        if role not in e["roles"]:
            e["roles"].append(role)
        if r["article"] and r["article"].value not in [s["article"] for s in e["sources"]]:
            e["sources"].append({"article": r["article"].value, "sentence": r["sentence"].value})
    for r in store.query(_MEMBER_EVENTS, {"entity": node}):
        e = events.setdefault(r["event"].value, {
            "id": r["event"].value, "kind": "Negotiation", "roles": [],
            "label": r["label"].value if r["label"] else None,
            "date": r["date"].value if r["date"] else None, "sources": []})
        if "delegationMember" not in e["roles"]:
            e["roles"].append("delegationMember")
    out["events"] = sorted(events.values(), key=lambda e: (e["date"] or "", e["id"]))
    return out
