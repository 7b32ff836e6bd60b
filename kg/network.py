"""The actor network (networkx): typed, dated, sourced edges; ego networks, centrality and shortest paths.

``fetch_rows(store)`` reads the whole network (centrality and shortest paths use it) as ``NetworkRows``;
everything else here is a pure function over those rows, so it can be tested on hand-made rows or a real store
alike. Ego networks do not read the whole network: ``kg.ego`` reads them as edge summaries aggregated in the
store, ring by ring, without expanding hubs, and ``ego_network`` here hands over to it.

Edge kinds (stored direction in brackets):

* ``negotiated_with`` — two actors on different sides of one negotiation (symmetric)
* ``sanctioned`` — imposer → target of a sanction
* ``member_of`` — person → the side whose delegation they sat in
* ``spoke_about`` — speaker → addressee or other actor of a statement
* ``affiliated_with`` — person → organization or country (kg:affiliation; no events, weighted by the
  articles that mention the person)

A kind filter reads outward from the ego: ``sanctioned`` follows imposer → target, ``sanctioned_by``
follows target → imposer; likewise ``has_member``, ``spoken_about_by`` and ``has_affiliate``.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import Any

import networkx as nx

from kg.entities import find_entity
from kg.errors import BadRequest, NotFound
from kg.store import Store
from kg.vocab import KG, prefix_header

INVERSE = {"negotiated_with": "negotiated_with", "sanctioned": "sanctioned_by", "member_of": "has_member",
           "spoke_about": "spoken_about_by", "affiliated_with": "has_affiliate"}
KINDS = tuple(INVERSE)
FILTER_NAMES = tuple(dict.fromkeys([*INVERSE, *INVERSE.values()]))
_BASE = {**{k: k for k in INVERSE}, **{v: k for k, v in INVERSE.items()}}

_EVENTS = prefix_header() + """
SELECT ?event ?kind ?role ?actor ?date ?label WHERE {
  ?event a ?kind ; ?role ?actor .
  VALUES ?kind { kg:Negotiation kg:Sanction kg:Statement }
  VALUES ?role { kg:participant kg:speaker kg:imposer kg:target kg:addressee }
  OPTIONAL { ?event kg:date ?date }
  OPTIONAL { ?event rdfs:label ?label }
}
"""

_DELEGATIONS = prefix_header() + """
SELECT ?event ?side ?member WHERE {
  ?d kg:delegationAt ?event ; kg:side ?side .
  OPTIONAL { ?member kg:memberOf ?d }
}
"""

_EVIDENCE = prefix_header() + """
SELECT DISTINCT ?event ?article ?sentence WHERE {
  ?event prov:wasDerivedFrom ?ev . ?ev kg:article ?article ; kg:sentence ?sentence .
}
"""

_NODES = prefix_header() + """
SELECT ?entity ?label ?type WHERE {
  ?entity a ?type ; rdfs:label ?label .
  VALUES ?type { kg:Person kg:Organization kg:Country kg:Place }
}
"""

_AFFILIATIONS = prefix_header() + """
SELECT DISTINCT ?person ?org ?g WHERE { ?person kg:affiliation ?org ; kg:mentionedIn ?g }
"""


@dataclass
class EventInfo:
    """One event as the network sees it: kind, date, label, actors by role, delegations, sources."""

    id: str
    kind: str
    date: str | None = None
    label: str | None = None
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    delegations: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # side -> members
    sources: set[tuple[str, str]] = field(default_factory=set)  # (article IRI, sentence)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly summary: id, kind, label, date and its sources."""
        return {"id": self.id, "kind": self.kind, "label": self.label, "date": self.date,
                "sources": [{"article": a, "sentence": s} for a, s in sorted(self.sources)]}


@dataclass
class NetworkRows:
    """What the network is built from: events, node labels and types, affiliations with their articles."""

    events: dict[str, EventInfo] = field(default_factory=dict)
    nodes: dict[str, tuple[str, str]] = field(default_factory=dict)  # IRI -> (label, type)
    affiliations: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))


def _short(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if iri.startswith(KG) else iri


def _select(store: Store, sparql: str) -> Any:
    """Every row of ``sparql``: stores that cut results to ``max_rows`` are asked for all of them."""
    return store.query_all(sparql)


def _add_node(rows: NetworkRows, iri: str, label: str, typ: str) -> None:
    """Keep one label and type per actor: a non-Place type wins, then the smallest label."""
    old = rows.nodes.get(iri)
    if old is None or (old[1] == "Place" and typ != "Place") or (old[1] == typ and label < old[0]):
        rows.nodes[iri] = (label, typ)


def fetch_rows(store: Store) -> NetworkRows:
    """Read everything the actor network needs from ``store`` (five SELECTs, never truncated)."""
    rows = NetworkRows()
    for r in _select(store, _EVENTS):
        ev = rows.events.setdefault(r["event"].value, EventInfo(r["event"].value, _short(r["kind"].value)))
        if r["date"] is not None and (ev.date is None or r["date"].value < ev.date):
            ev.date = r["date"].value
        if r["label"] is not None and ev.label is None:
            ev.label = r["label"].value
        ev.roles[_short(r["role"].value)].add(r["actor"].value)
    for r in _select(store, _DELEGATIONS):
        ev = rows.events.setdefault(r["event"].value, EventInfo(r["event"].value, "Negotiation"))
        members = ev.delegations[r["side"].value]
        if r["member"] is not None:
            members.add(r["member"].value)
    for r in _select(store, _EVIDENCE):
        if r["event"].value in rows.events:
            rows.events[r["event"].value].sources.add((r["article"].value, r["sentence"].value))
    for r in _select(store, _NODES):
        _add_node(rows, r["entity"].value, r["label"].value, _short(r["type"].value))
    for r in _select(store, _AFFILIATIONS):
        rows.affiliations[(r["person"].value, r["org"].value)].add(r["g"].value)
    return rows


def parse_date(value: str | date | None, name: str) -> str | None:
    """An ISO date string from ``value`` (None stays None); BadRequest when it is not YYYY-MM-DD."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadRequest(f"{name} must be a date as YYYY-MM-DD, got {value!r}") from None


def parse_kinds(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """Relation-kind filter names from a comma-separated string or a list; BadRequest on an unknown name."""
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else list(value)
    names = [i.strip().lower().replace("-", "_").replace(" ", "_") for i in items if i and i.strip()]
    bad = [n for n in names if n not in FILTER_NAMES]
    if bad:
        raise BadRequest(f"unknown relation kind {bad[0]!r}; choose from: {', '.join(FILTER_NAMES)}")
    return tuple(dict.fromkeys(names))


def _event_edges(ev: EventInfo) -> Iterable[tuple[str, str, str]]:
    """(source, target, kind) for every relation one event supports."""
    if ev.kind == "Negotiation":
        side_of: dict[str, str] = {p: p for p in ev.roles.get("participant", ())}
        for side, members in ev.delegations.items():
            side_of.setdefault(side, side)
            for m in members:
                side_of[m] = side
                yield m, side, "member_of"
        for a, b in combinations(sorted(side_of), 2):
            if side_of[a] != side_of[b]:
                yield a, b, "negotiated_with"
    elif ev.kind == "Sanction":
        for a in sorted(ev.roles.get("imposer", ())):
            for b in sorted(ev.roles.get("target", ())):
                if a != b:
                    yield a, b, "sanctioned"
    elif ev.kind == "Statement":
        others = set(ev.roles.get("addressee", ())) | set(ev.roles.get("participant", ()))
        for a in sorted(ev.roles.get("speaker", ())):
            for b in sorted(others - {a}):
                yield a, b, "spoke_about"


def build_network(rows: NetworkRows, since: str | None = None, until: str | None = None) -> nx.MultiDiGraph:
    """The actor network: one edge per (source, target, kind) with weight, dates, events and sources.

    With a date window, events outside it or without a date are left out; affiliations (undated) stay.
    Edge attributes: kind, weight (events, or articles for affiliations), n_events, n_articles, first,
    last, events (each with its sources), articles.
    """
    acc: dict[tuple[str, str, str], list[EventInfo]] = defaultdict(list)
    for ev in sorted(rows.events.values(), key=lambda e: (e.date or "", e.id)):
        if (since or until) and (ev.date is None or (since and ev.date < since) or (until and ev.date > until)):
            continue
        for a, b, kind in _event_edges(ev):
            if kind == "negotiated_with" and b < a:
                a, b = b, a
            if ev not in acc[(a, b, kind)]:
                acc[(a, b, kind)].append(ev)
    g = nx.MultiDiGraph()

    def node(iri: str) -> None:
        if iri not in g:
            label, typ = rows.nodes.get(iri, (iri.rstrip("/").rsplit("/", 1)[-1], "Actor"))
            g.add_node(iri, label=label, type=typ)

    for (a, b, kind), evs in sorted(acc.items()):
        node(a)
        node(b)
        dates = sorted(e.date for e in evs if e.date)
        articles = sorted({art for e in evs for art, _ in e.sources})
        g.add_edge(a, b, key=kind, kind=kind, weight=len(evs), n_events=len(evs), n_articles=len(articles),
                   first=dates[0] if dates else None, last=dates[-1] if dates else None,
                   events=[e.to_dict() for e in evs], articles=articles)
    for (a, b), graphs in sorted(rows.affiliations.items()):
        if a == b:
            continue
        node(a)
        node(b)
        g.add_edge(a, b, key="affiliated_with", kind="affiliated_with", weight=len(graphs), n_events=0,
                   n_articles=len(graphs), first=None, last=None, events=[], articles=sorted(graphs))
    g.graph.update(since=since, until=until)
    return g


def _filtered(g: nx.MultiDiGraph, kinds: tuple[str, ...]) -> nx.MultiDiGraph:
    """``g`` keeping only the edges whose kind (or its inverse) is named in ``kinds`` (all when empty)."""
    if not kinds:
        return g
    keep = {_BASE[k] for k in kinds}
    out = nx.MultiDiGraph(**g.graph)
    out.add_nodes_from(g.nodes(data=True))
    out.add_edges_from((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if k in keep)
    return out


def _neighbours(g: nx.MultiDiGraph, node: str, kinds: tuple[str, ...]) -> set[str]:
    """Nodes one hop from ``node`` along edges allowed by ``kinds`` read outward from ``node``."""
    found: set[str] = set()
    for _, v, k in g.out_edges(node, keys=True):
        if not kinds or k in kinds:
            found.add(v)
    for u, _, k in g.in_edges(node, keys=True):
        if not kinds or INVERSE[k] in kinds:
            found.add(u)
    return found


def resolve_actor(store: Store, name: str, rows: NetworkRows) -> str:
    """The IRI of the actor named ``name`` (label, any alias, id or IRI); NotFound when it is not in the graph."""
    iri = find_entity(store, name)
    if iri not in rows.nodes:
        raise NotFound(f"no actor {name!r} in the graph ({iri}); search with /entities?q=")
    return iri


def ego_network(store: Store, name: str, radius: int = 1, kinds: str | Iterable[str] | None = None,
                since: str | date | None = None, until: str | date | None = None, **limits: Any) -> nx.MultiDiGraph:
    """The ego network of the actor named ``name`` within ``radius`` hops (1-3) by the kinds given: edge summaries
    read from the store, hubs not expanded, at most ``max_nodes`` actors (``kg.ego.ego_network`` has the options)."""
    from kg.ego import ego_network as read_ego

    return read_ego(store, name, radius, kinds, since, until, **limits)


def ego_graph(g: nx.MultiDiGraph, center: str, radius: int, kinds: tuple[str, ...] = (),
              rows: NetworkRows | None = None) -> nx.MultiDiGraph:
    """The subgraph of ``g`` within ``radius`` hops of ``center`` (walking only the ``kinds`` given)."""
    reached = {center}
    frontier = {center}
    for _ in range(radius):
        frontier = {n for f in frontier if f in g for n in _neighbours(g, f, kinds)} - reached
        reached |= frontier
    ego = _filtered(g, kinds).subgraph(reached).copy()
    if center not in ego:
        label, typ = (rows.nodes.get(center) if rows else None) or (center.rsplit("/", 1)[-1], "Actor")
        ego.add_node(center, label=label, type=typ)
    for n in ego:
        ego.nodes[n]["center"] = n == center
    ego.graph.update(center=center, radius=radius, kinds=list(kinds))
    return ego


def undirected(g: nx.MultiDiGraph) -> nx.Graph:
    """One undirected edge per pair of actors, weight = events (or articles) over all kinds, kinds listed."""
    u = nx.Graph()
    u.add_nodes_from(sorted(g.nodes(data=True)))
    for a, b, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        if u.has_edge(a, b):
            u.edges[a, b]["weight"] += d["weight"]
            u.edges[a, b]["kinds"].append(k)
        else:
            u.add_edge(a, b, weight=d["weight"], kinds=[k])
    return u


MEASURES = ("degree", "betweenness")


def centrality(g: nx.MultiDiGraph, measure: str = "degree", limit: int = 20,
               types: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The most central actors of ``g``: id, label, type, degree, weighted degree, betweenness; best first."""
    if measure not in MEASURES:
        raise BadRequest(f"unknown centrality measure {measure!r}; choose one of: {', '.join(MEASURES)}")
    u = undirected(g)
    between = nx.betweenness_centrality(u, normalized=True) if len(u) > 2 else {n: 0.0 for n in u}
    out = [{"id": n, "label": d["label"], "type": d["type"], "degree": u.degree(n),
            "weighted_degree": u.degree(n, weight="weight"), "betweenness": round(between[n], 6)}
           for n, d in u.nodes(data=True) if not types or d["type"] in types]
    key = "degree" if measure == "degree" else "betweenness"
    out.sort(key=lambda r: (-r[key], -r["weighted_degree"], r["label"], r["id"]))
    return out[:limit]


def central_actors(store: Store, measure: str = "degree", limit: int = 20, since: str | date | None = None,
                   until: str | date | None = None, kinds: str | Iterable[str] | None = None,
                   types: str | Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The ``limit`` most central actors by ``measure`` in the date window, over the kinds given."""
    if not 1 <= limit <= 1000:
        raise BadRequest(f"limit must be between 1 and 1000, got {limit}")
    types_ = tuple(t.strip() for t in (types.split(",") if isinstance(types, str) else types or ()) if t.strip())
    g = build_network(fetch_rows(store), parse_date(since, "since"), parse_date(until, "until"))
    return centrality(_filtered(g, parse_kinds(kinds)), measure, limit, types_)


def shortest_path(g: nx.MultiDiGraph, source: str, target: str) -> dict[str, Any]:
    """The shortest path (fewest hops) from ``source`` to ``target`` with every edge and event along it."""
    u = undirected(g)
    if source not in u or target not in u:
        missing = source if source not in u else target
        raise NotFound(f"{missing} has no relations in this window; no path to find")
    try:
        nodes = nx.shortest_path(u, source, target)
    except nx.NetworkXNoPath:
        raise NotFound(f"no path between {source} and {target} with these filters") from None
    hops = []
    for a, b in zip(nodes, nodes[1:]):
        edges = [_edge_dict(x, y, d) for x, y in ((a, b), (b, a)) if g.has_edge(x, y)
                 for d in g.get_edge_data(x, y).values()]
        hops.append({"source": a, "target": b, "edges": sorted(edges, key=lambda e: e["kind"])})
    return {"source": source, "target": target, "length": len(nodes) - 1,
            "nodes": [{"id": n, "label": u.nodes[n]["label"], "type": u.nodes[n]["type"]} for n in nodes],
            "hops": hops}


def actor_path(store: Store, source: str, target: str, since: str | date | None = None,
               until: str | date | None = None, kinds: str | Iterable[str] | None = None) -> dict[str, Any]:
    """The shortest path between the actors named ``source`` and ``target`` with the events along it."""
    rows = fetch_rows(store)
    a, b = resolve_actor(store, source, rows), resolve_actor(store, target, rows)
    g = build_network(rows, parse_date(since, "since"), parse_date(until, "until"))
    return shortest_path(_filtered(g, parse_kinds(kinds)), a, b)


def _edge_dict(a: str, b: str, d: dict[str, Any]) -> dict[str, Any]:
    return {"source": a, "target": b, **{k: d[k] for k in ("kind", "weight", "n_events", "n_articles",
                                                           "first", "last", "events")}}
