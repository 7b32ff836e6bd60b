"""Actor networks from the graph (networkx): ego networks and their serialisations."""
from __future__ import annotations

import io
import json
from collections import defaultdict

import networkx as nx

from kg.entities import find_entity
from kg.errors import BadRequest
from kg.store import Store
from kg.vocab import KG, prefix_header

_EDGES = prefix_header() + """
SELECT ?a ?aLabel ?aType ?b ?bLabel ?bType ?event ?kind ?date WHERE {
  ?event a ?kind .
  VALUES ?kind { kg:Negotiation kg:Sanction kg:Statement }
  ?event ?r1 ?a . ?event ?r2 ?b .
  VALUES ?r1 { kg:participant kg:speaker kg:imposer kg:target kg:addressee }
  VALUES ?r2 { kg:participant kg:speaker kg:imposer kg:target kg:addressee }
  FILTER(?a != ?b)
  ?a rdfs:label ?aLabel ; a ?aType . ?b rdfs:label ?bLabel ; a ?bType .
  OPTIONAL { ?event kg:date ?date }
}
"""

_MEMBERS = prefix_header() + """
SELECT ?a ?aLabel ?aType ?b ?bLabel ?bType ?event ?kind ?date WHERE {
  ?a kg:memberOf ?d . ?d kg:delegationAt ?event . ?event a ?kind .
  { ?b kg:memberOf ?d2 . ?d2 kg:delegationAt ?event } UNION { ?d2 kg:delegationAt ?event . ?d2 kg:side ?b }
  FILTER(?a != ?b)
  ?a rdfs:label ?aLabel ; a ?aType . ?b rdfs:label ?bLabel ; a ?bType .
  OPTIONAL { ?event kg:date ?date }
}
"""


def _short(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if iri.startswith(KG) else iri


def actor_network(store: Store) -> nx.Graph:
    """Actors linked when they appear in the same event; edge weight = number of shared events."""
    g = nx.Graph()
    events: dict[tuple[str, str], set[str]] = defaultdict(set)
    for query in (_EDGES, _MEMBERS):
        for r in store.query(query):
            a, b = r["a"].value, r["b"].value
            for node, label, typ in ((a, r["aLabel"], r["aType"]), (b, r["bLabel"], r["bType"])):
                if node not in g or "type" not in g.nodes[node] or g.nodes[node]["type"] == "Actor":
                    g.add_node(node, label=label.value, type=_short(typ.value))
            key = tuple(sorted((a, b)))
            events[key].add(r["event"].value)
            g.add_edge(*key)
            edge = g.edges[key]
            edge.setdefault("kinds", set()).add(_short(r["kind"].value))
            if r["date"]:
                d = r["date"].value
                edge["first"] = min(edge.get("first", d), d)
                edge["last"] = max(edge.get("last", d), d)
    for key, evs in events.items():
        g.edges[key]["weight"] = len(evs)
        g.edges[key]["events"] = sorted(evs)
        g.edges[key]["kind"] = ",".join(sorted(g.edges[key].pop("kinds")))
    return g


def ego_network(store: Store, name: str, radius: int = 1) -> nx.Graph:
    """The ego network (``radius`` hops) of the entity named ``name`` (label, alias or IRI)."""
    if not 1 <= radius <= 3:
        raise BadRequest(f"radius must be 1, 2 or 3, got {radius}")
    center = find_entity(store, name)
    g = actor_network(store)
    if center not in g:
        ego = nx.Graph()
        ego.add_node(center)
    else:
        ego = nx.ego_graph(g, center, radius=radius)
    ego.graph["center"] = center
    return ego


def to_json(g: nx.Graph) -> dict:
    """Node-link JSON with the centre named."""
    data = nx.node_link_data(g, edges="links")
    data["center"] = g.graph.get("center")
    return data


def render(g: nx.Graph, fmt: str) -> tuple[bytes, str]:
    """(bytes, media type) of ``g`` in json, graphml or gexf."""
    if fmt == "json":
        return json.dumps(to_json(g), default=list).encode(), "application/json"
    flat = nx.Graph(g)
    for _, _, d in flat.edges(data=True):
        d["events"] = " ".join(d.get("events", []))
    for _, d in flat.nodes(data=True):
        for k in list(d):
            if d[k] is None:
                del d[k]
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buf)
        return buf.getvalue(), "application/graphml+xml"
    if fmt == "gexf":
        nx.write_gexf(flat, buf)
        return buf.getvalue(), "application/gexf+xml"
    raise BadRequest(f"unknown network format {fmt!r}; choose json, graphml or gexf")
