"""Ego networks read as edge summaries: aggregated in the store, hubs not expanded, at most ``max_nodes`` actors.

An ego network is read ring by ring, outward from the centre. For each ring:

1. The actors one hop out are ranked by the summed weight of their relations to the ring before (events, or
   articles for an affiliation); the strongest are kept while the ego has fewer than ``max_nodes`` actors.
   The rest are *dropped*, and counted per ring.
2. One SELECT reads the kept actors' labels and types and how many articles mention each (counting stops
   past ``budget``).
3. The kept actors are *expanded*, the least mentioned first, while the articles mentioning them add up to
   at most ``budget``: what stays unexpanded is the most mentioned. An actor mentioned in more articles than
   the budget alone is a *hub* (a state, a bloc, a ubiquitous spokesman) and is never expanded. The centre is
   always expanded.
4. One SELECT reads the relations of the expanded actors, summarised per (actor, other actor, kind,
   direction) by GROUP BY in the store: weight, articles, first and last date — to anyone while rings are
   left, then only to actors already in the ego.

So the work done per ring is bounded by ``budget`` articles' events, whatever the size of the graph. Each
relation in the ego is read from an expanded end: a relation between two actors that were not expanded (two
hubs, say) is left out, and the response lists those actors (``unexpanded``). The events behind each relation,
with their source sentences, are listed only on request (``events=True``, or by default when the ego's
relations carry at most ``auto_events`` events in all); ``edge_detail`` gives them for one pair of actors.
Every value written into a query is an IRI or a date that pyoxigraph wrote from a checked value.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import networkx as nx
from pyoxigraph import Literal, NamedNode

from kg.entities import find_entity
from kg.errors import BadRequest, NotFound
from kg.network import _BASE, INVERSE, KINDS, NetworkRows, _add_node, _short, parse_date, parse_kinds
from kg.settings import Settings
from kg.store import Store
from kg.vocab import XSD, prefix_header

MAX_NODES: int = Settings.ego_max_nodes  # the defaults live in the settings table (kg/settings.py)
BUDGET: int = Settings.ego_budget
AUTO_EVENTS: int = Settings.ego_events

# Oxigraph plans each block of a UNION on its own: every block below starts from ?n (its own VALUES list), so
# it walks out from the bound actors instead of scanning the graph; a VALUES list or a multi-pattern OPTIONAL
# placed later in a block can make the planner start there, which at 1 M triples costs seconds, not ms.

# How ?n and ?o are related through event ?e, by (kind, read from ?n outward).
_PATTERNS = {
    ("sanctioned", True): "?e kg:imposer ?n ; a kg:Sanction ; kg:target ?o .",
    ("sanctioned", False): "?e kg:target ?n ; a kg:Sanction ; kg:imposer ?o .",
    ("spoke_about", True): "?e kg:speaker ?n ; a kg:Statement ; kg:addressee|kg:participant ?o .",
    ("spoke_about", False): "?e kg:addressee|kg:participant ?n ; a kg:Statement ; kg:speaker ?o .",
    ("member_of", True): "?n kg:memberOf ?d . ?d kg:side ?o ; kg:delegationAt ?e .",
    ("member_of", False): "?d kg:side ?n ; kg:delegationAt ?e . ?o kg:memberOf ?d .",
}
# affiliated_with has no event: ?art runs over the articles that mention the person.
_AFFILIATION = {True: "?n kg:affiliation ?o . ?n kg:mentionedIn ?art .",
                False: "?o kg:affiliation ?n . ?o kg:mentionedIn ?art ."}
# negotiated_with: ?n and ?o sit on different sides ?ns, ?os of negotiation ?e. An actor's side is the side of
# the delegation it sat in, else itself (a delegation's side, or a participant). A participant that sat in a
# delegation there counts only by its seat: the participant rows (?np, ?op bound) are checked, after the join,
# which is cheaper than a check inside a block. (A participant that is also a side is read twice; the counts
# are of DISTINCT events.)
_SEATED = "NOT EXISTS {{ ?{v} kg:memberOf ?{v}x . ?{v}x kg:delegationAt ?e }}"
_SIDES_N = ("?e kg:participant ?n ; a kg:Negotiation . BIND(?n AS ?ns) BIND(true AS ?np)",
            "?nd kg:side ?n ; kg:delegationAt ?e . BIND(?n AS ?ns)",
            "?n kg:memberOf ?nd . ?nd kg:delegationAt ?e ; kg:side ?ns .")
_SIDES_O = ("{ ?e kg:participant ?o . BIND(?o AS ?os) BIND(true AS ?op) }"
            " UNION { ?e kg:delegation ?od . ?od kg:side ?o . BIND(?o AS ?os) }"
            " UNION { ?e kg:delegation ?od . ?od kg:side ?os . ?o kg:memberOf ?od }")
_APART = f"?ns != ?os && (!BOUND(?np) || {_SEATED.format(v='n')}) && (!BOUND(?op) || {_SEATED.format(v='o')})"

_SUMMARY = prefix_header() + """
SELECT ?n ?o ?k ?out (COUNT(DISTINCT ?e) AS ?events) (COUNT(DISTINCT ?art) AS ?articles) (MIN(?date) AS ?first)
       (MAX(?date) AS ?last)
WHERE {{ {blocks} }}
GROUP BY ?n ?o ?k ?out
"""
_SUMMARY_TAIL = "OPTIONAL { ?e prov:wasDerivedFrom/kg:article ?art }"
_DETAIL = prefix_header() + """
SELECT DISTINCT ?n ?o ?k ?out ?e ?date ?label ?art ?sentence WHERE {{ {blocks} }}
"""
_DETAIL_TAIL = ("OPTIONAL { ?e rdfs:label ?label } "
                "OPTIONAL { ?e prov:wasDerivedFrom ?x . ?x kg:article ?art OPTIONAL { ?x kg:sentence ?sentence } }")

# Actors' labels and types, and the articles mentioning each, counted up to {limit} (a hub's are not all read).
_ACTORS = prefix_header() + """
SELECT ?n ?label ?type ?mentions WHERE {{
  {{ VALUES ?n {{ {actors} }} ?n a ?type ; rdfs:label ?label .
     FILTER(?type IN (kg:Person, kg:Organization, kg:Country, kg:Place)) }}
  {counts}
}}
"""
_COUNTS = "UNION {{ SELECT ?n (COUNT(*) AS ?mentions) WHERE {{ {each} }} GROUP BY ?n }}"
_MENTIONS = "{{ SELECT ?n ?g WHERE {{ {iri} kg:mentionedIn ?g BIND({iri} AS ?n) }} LIMIT {limit} }}"
_EVENT_KIND = {"sanctioned": "Sanction", "spoke_about": "Statement", "member_of": "Negotiation",
               "negotiated_with": "Negotiation"}


def _values(iris: Iterable[str]) -> str:
    """A VALUES body of IRIs, each checked and written by pyoxigraph (never raw user text)."""
    return " ".join(sorted(str(NamedNode(i)) for i in iris))


def _window(since: str | None, until: str | None) -> str:
    """Date pattern for event ?e: a date in the window (undated events drop out), or any date without one."""
    bounds = [f"?date {op} {Literal(d, datatype=NamedNode(XSD + 'date'))}"
              for op, d in ((">=", since), ("<=", until)) if d]
    # an OPTIONAL then a FILTER, not a plain pattern: Oxigraph would start a block from "?e kg:date ?date"
    return "OPTIONAL { ?e kg:date ?date }" + (f" FILTER(BOUND(?date) && {' && '.join(bounds)})" if bounds else "")


def relation_blocks(frontier: Iterable[str], kinds: Iterable[str], since: str | None = None,
                    until: str | None = None, to: Iterable[str] | None = None, tail: str = _SUMMARY_TAIL) -> str:
    """The UNION of one block per relation kind and direction from the actors in ``frontier`` (to the actors
    in ``to``, or anyone), each binding ?n ?o ?k ?out ?e ?date ?art and what ``tail`` adds."""
    start = f"VALUES ?n {{ {_values(frontier)} }}"
    other = f" && ?o IN ({', '.join(sorted(str(NamedNode(i)) for i in to))})" if to is not None else ""
    when, kinds = _window(since, until), set(kinds)
    blocks = []
    for (kind, out), pattern in _PATTERNS.items():
        if kind in kinds:
            blocks.append(f'{{ {start} {pattern} FILTER(?o != ?n{other}) {when} {tail} BIND("{kind}" AS ?k) '
                          f'BIND({str(out).lower()} AS ?out) }}')
    if "negotiated_with" in kinds:
        sides = " UNION ".join(f"{{ {start} {s} }}" for s in _SIDES_N)
        blocks.append(f'{{ {{ {sides} }} {{ {_SIDES_O} }} FILTER({_APART}{other}) {when} {tail} '
                      f'BIND("negotiated_with" AS ?k) BIND(true AS ?out) }}')
    if "affiliated_with" in kinds:
        for out, pattern in _AFFILIATION.items():
            blocks.append(f'{{ {start} {pattern} FILTER(?o != ?n{other}) BIND("affiliated_with" AS ?k) '
                          f'BIND({str(out).lower()} AS ?out) }}')
    return " UNION ".join(blocks)


Key = tuple[str, str, str]  # (source, target, kind) of an edge


@dataclass(frozen=True)
class Relation:
    """One summarised edge: ``source`` -kind-> ``target`` with its weight, article count and date range."""

    source: str
    target: str
    kind: str
    weight: int
    n_events: int
    n_articles: int
    first: str | None
    last: str | None

    @property
    def key(self) -> Key:
        return self.source, self.target, self.kind

    def attrs(self) -> dict[str, Any]:
        """The edge attributes of the network (kind, weight, n_events, n_articles, first, last)."""
        return {"kind": self.kind, "weight": self.weight, "n_events": self.n_events, "n_articles": self.n_articles,
                "first": self.first, "last": self.last}


@dataclass(frozen=True)
class Walk:
    """One summary row seen from the actor it was read from: ``near`` -> ``far`` by ``step``."""

    near: str
    far: str
    step: str  # the kind as read outward from ``near`` (sanctioned_by, has_member, ...)
    relation: Relation


def _key(kind: str, near: str, far: str, out: bool) -> Key:
    """The edge key of a relation read from ``near``: stored direction, negotiated_with in IRI order."""
    if kind == "negotiated_with":
        return (near, far, kind) if near < far else (far, near, kind)
    return (near, far, kind) if out else (far, near, kind)


def _relation(key: Key, events: int, articles: int, first: str | None, last: str | None) -> Relation:
    """The edge ``key`` with its counts; an affiliation is weighted by articles and has no events."""
    weight = articles if key[2] == "affiliated_with" else events
    return Relation(*key, weight, 0 if key[2] == "affiliated_with" else events, articles, first, last)


def read_relations(store: Store, frontier: set[str], kinds: Iterable[str], since: str | None = None,
                   until: str | None = None, to: set[str] | None = None) -> list[Walk]:
    """The relations of the actors in ``frontier``, summarised by GROUP BY in the store (one SELECT)."""
    if not frontier:
        return []
    walks = []
    for r in store.query_all(_SUMMARY.format(blocks=relation_blocks(frontier, kinds, since, until, to))):
        near, far, kind, out = r["n"].value, r["o"].value, r["k"].value, r["out"].value == "true"
        first, last = (r[v].value if r[v] is not None else None for v in ("first", "last"))
        rel = _relation(_key(kind, near, far, out), int(r["events"].value), int(r["articles"].value), first, last)
        walks.append(Walk(near, far, kind if out else INVERSE[kind], rel))
    return walks


def read_events(store: Store, frontier: set[str], kinds: Iterable[str], since: str | None, until: str | None,
                to: set[str]) -> dict[Key, dict[str, Any]]:
    """Per edge read from ``frontier`` to ``to``: its events (id, kind, label, date, sources), ordered by date as
    ``kg.network.build_network`` lists them, and its articles (one SELECT)."""
    found: dict[Key, tuple[dict[str, dict[str, Any]], set[str]]] = defaultdict(lambda: ({}, set()))
    for r in store.query_all(_DETAIL.format(blocks=relation_blocks(frontier, kinds, since, until, to,
                                                                   _DETAIL_TAIL))):
        kind = r["k"].value
        events, articles = found[_key(kind, r["n"].value, r["o"].value, r["out"].value == "true")]
        art = r["art"].value if r["art"] is not None else None
        if art:
            articles.add(art)
        if r["e"] is None:  # an affiliation
            continue
        ev = events.setdefault(r["e"].value, {"id": r["e"].value, "kind": _EVENT_KIND[kind], "label": None,
                                              "date": None, "sources": set()})
        for name in ("label", "date"):
            value = r[name].value if r[name] is not None else None
            if value and (ev[name] is None or value < ev[name]):
                ev[name] = value
        if art and r["sentence"] is not None:
            ev["sources"].add((art, r["sentence"].value))
    out = {}
    for key, (events, articles) in found.items():
        ordered = sorted(events.values(), key=lambda e: (e["date"] or "", e["id"]))
        out[key] = {"events": [{**e, "sources": [{"article": a, "sentence": s} for a, s in sorted(e["sources"])]}
                               for e in ordered],
                    "articles": sorted(articles)}
    return out


@dataclass
class Actors:
    """Labels and types of the actors read so far, and the articles mentioning each (counted up to a limit)."""

    rows: NetworkRows = field(default_factory=NetworkRows)
    mentions: dict[str, int] = field(default_factory=dict)


def read_actors(store: Store, actors: set[str], limit: int, into: Actors) -> None:
    """Add the labels, types and mention counts (up to ``limit``; 0 = none) of ``actors`` to ``into``."""
    if not actors:
        return
    each = " UNION ".join(_MENTIONS.format(iri=str(NamedNode(a)), limit=limit) for a in sorted(actors))
    sparql = _ACTORS.format(actors=_values(actors), counts=_COUNTS.format(each=each) if limit else "")
    for r in store.query_all(sparql):
        if r["mentions"] is not None:
            into.mentions[r["n"].value] = int(r["mentions"].value)
        elif r["label"] is not None:
            _add_node(into.rows, r["n"].value, r["label"].value, _short(r["type"].value))


@dataclass
class Ego:
    """What ``walk_ego`` read: the actors kept with their ring, their relations, and what was left out."""

    center: str
    budget: int
    rings: dict[str, int] = field(default_factory=dict)  # actor -> hops from the centre
    relations: dict[Key, Relation] = field(default_factory=dict)
    actors: Actors = field(default_factory=Actors)
    dropped: list[int | None] = field(default_factory=list)  # per ring 1..radius: left out by the cap
    # (None: the ring was not read, the cap being reached before it)
    expanded: set[str] = field(default_factory=set)  # actors whose relations were read

    def hub(self, actor: str) -> bool:
        """Whether ``actor`` is mentioned in more articles than the budget (never expanded unless the centre)."""
        return bool(self.budget) and self.mentions(actor) > self.budget

    def mentions(self, actor: str) -> int:
        return self.actors.mentions.get(actor, 0)


def _rank(walks: list[Walk], frontier: set[str], kinds: tuple[str, ...], known: dict[str, int]) -> list[str]:
    """Actors one hop from ``frontier`` (along the steps ``kinds`` allows), strongest first: by the summed
    weight of their relations to the frontier, then by IRI."""
    strength: dict[str, int] = defaultdict(int)
    for w in walks:
        if w.near in frontier and w.far not in known and (not kinds or w.step in kinds):
            strength[w.far] += w.relation.weight
    return sorted(strength, key=lambda a: (-strength[a], a))


def _to_expand(ego: Ego, ranked: list[str]) -> set[str]:
    """The actors of ``ranked`` to expand: the least mentioned first (then the strongest) while their mentions
    fit in the budget, so what is left unexpanded is the most mentioned — hubs never fit."""
    chosen, used = set(), 0
    for actor in sorted(ranked, key=ego.mentions):  # stable: equal counts stay strongest first
        used += ego.mentions(actor)
        if ego.budget and used > ego.budget:
            break
        chosen.add(actor)
    return chosen


def walk_ego(store: Store, center: str, radius: int, kinds: tuple[str, ...] = (), since: str | None = None,
             until: str | None = None, max_nodes: int = MAX_NODES, budget: int = BUDGET) -> Ego:
    """Read ``center``'s ego network ring by ring (see the module docstring): two SELECTs per ring."""
    base = sorted({_BASE[k] for k in kinds} or KINDS)
    ego = Ego(center, budget, rings={center: 0})
    read_actors(store, {center}, budget + 1 if budget else 0, ego.actors)
    if center not in ego.actors.rows.nodes:
        raise NotFound(f"no actor {center} in the graph; search with /entities?q=")
    frontier = {center}
    for ring in range(1, radius + 2):
        full = bool(max_nodes) and len(ego.rings) >= max_nodes
        last = ring > radius or full  # no ring left to find: read only relations within the ego
        walks = read_relations(store, frontier, base, since, until, to=set(ego.rings) if last else None)
        ego.expanded |= frontier
        for w in walks:
            ego.relations.setdefault(w.relation.key, w.relation)
        if last:
            ego.dropped += [None] * (radius + 1 - ring) if full else []
            break
        ranked = _rank(walks, frontier, kinds, ego.rings)
        keep = ranked[:max_nodes - len(ego.rings)] if max_nodes else ranked
        ego.dropped.append(len(ranked) - len(keep))
        ego.rings.update((a, ring) for a in keep)
        read_actors(store, set(keep), budget + 1 if budget else 0, ego.actors)
        frontier = _to_expand(ego, keep)
    ego.dropped += [0] * (radius - len(ego.dropped))  # nothing further out
    ego.relations = {k: r for k, r in ego.relations.items() if r.source in ego.rings and r.target in ego.rings}
    return ego


def ego_graph_of(ego: Ego, radius: int, kinds: tuple[str, ...], since: str | None, until: str | None,
                 details: dict[Key, dict[str, Any]] | None, max_nodes: int) -> nx.MultiDiGraph:
    """The ego network as a networkx graph: nodes (label, type, center, ring, hub, expanded), summarised edges
    (with their events and articles when ``details`` is given) and graph attributes saying what was left out."""
    g = nx.MultiDiGraph()
    for iri in sorted(ego.rings, key=lambda a: (ego.rings[a], a)):
        label, typ = ego.actors.rows.nodes.get(iri, (iri.rstrip("/").rsplit("/", 1)[-1], "Actor"))
        g.add_node(iri, label=label, type=typ, center=iri == ego.center, ring=ego.rings[iri], hub=ego.hub(iri),
                   expanded=iri in ego.expanded)
    for key, rel in sorted(ego.relations.items()):
        extra = {} if details is None else details.get(key, {"events": [], "articles": []})
        g.add_edge(rel.source, rel.target, key=rel.kind, **rel.attrs(), **extra)
    g.graph.update(since=since, until=until, center=ego.center, radius=radius, kinds=list(kinds),
                   max_nodes=max_nodes, budget=ego.budget, truncated=any(d != 0 for d in ego.dropped),
                   dropped=sum(d or 0 for d in ego.dropped), dropped_by_ring=list(ego.dropped),
                   hubs=sorted(a for a in ego.rings if ego.hub(a)), unexpanded=sorted(set(ego.rings) - ego.expanded),
                   events=details is not None)
    return g


def _check(radius: int, max_nodes: int, budget: int, since: str | date | None,
           until: str | date | None) -> tuple[str | None, str | None]:
    if not 1 <= radius <= 3:
        raise BadRequest(f"radius must be 1, 2 or 3, got {radius}")
    if max_nodes < 0 or budget < 0:
        raise BadRequest(f"max_nodes and budget must be 0 (no limit) or more, got {max_nodes} and {budget}")
    since_, until_ = parse_date(since, "since"), parse_date(until, "until")
    if since_ and until_ and since_ > until_:
        raise BadRequest(f"since ({since_}) is after until ({until_})")
    return since_, until_


def _actor(store: Store, name: str) -> str:
    iri = find_entity(store, name)
    try:
        NamedNode(iri)
    except ValueError:
        raise BadRequest(f"{name!r} is not a valid IRI; give an actor's name, id (person/…) or full IRI") from None
    return iri


def ego_network(store: Store, name: str, radius: int = 1, kinds: str | Iterable[str] | None = None,
                since: str | date | None = None, until: str | date | None = None, max_nodes: int = MAX_NODES,
                budget: int = BUDGET, events: bool | None = None, auto_events: int = AUTO_EVENTS) -> nx.MultiDiGraph:
    """The ego network of the actor named ``name``: up to ``max_nodes`` actors within ``radius`` hops (1-3) by
    the kinds given, nearest rings first and strongest first, expanding ``budget`` articles per ring.

    Edges carry kind, weight, n_events, n_articles, first and last; with ``events`` (or, when ``events`` is
    None, if the edges carry at most ``auto_events`` events in all) also their events with sources and their
    articles. The graph attributes say what was left out: truncated, dropped, dropped_by_ring, hubs,
    unexpanded."""
    since_, until_ = _check(radius, max_nodes, budget, since, until)
    kinds_ = parse_kinds(kinds)
    center = _actor(store, name)
    try:
        ego = walk_ego(store, center, radius, kinds_, since_, until_, max_nodes, budget)
    except NotFound:
        raise NotFound(f"no actor {name!r} in the graph ({center}); search with /entities?q=") from None
    details = None
    if events or (events is None and sum(r.n_events for r in ego.relations.values()) <= auto_events):
        base = sorted({_BASE[k] for k in kinds_} or KINDS)
        found = read_events(store, ego.expanded, base, since_, until_, set(ego.rings))
        details = {k: v for k, v in found.items() if k in ego.relations}
    return ego_graph_of(ego, radius, kinds_, since_, until_, details, max_nodes)


def edge_detail(store: Store, source: str, target: str, kinds: str | Iterable[str] | None = None,
                since: str | date | None = None, until: str | date | None = None) -> dict[str, Any]:
    """Every relation between the actors named ``source`` and ``target`` (either way) with its weight, dates,
    articles and events with their source sentences; NotFound when there is none in the window."""
    since_, until_ = _check(1, 0, 0, since, until)
    kinds_ = parse_kinds(kinds)
    a, b = _actor(store, source), _actor(store, target)
    actors = Actors()
    read_actors(store, {a, b}, BUDGET + 1, actors)
    for iri, name in ((a, source), (b, target)):
        if iri not in actors.rows.nodes:
            raise NotFound(f"no actor {name!r} in the graph ({iri}); search with /entities?q=")
    near, far = (b, a) if actors.mentions.get(b, 0) < actors.mentions.get(a, 0) else (a, b)  # the lighter end
    base = sorted({_BASE[k] for k in kinds_} or KINDS)
    found = read_events(store, {near}, base, since_, until_, {far})
    if not found:
        raise NotFound(f"no relation between {a} and {b} with these filters")
    edges = []
    for key, d in sorted(found.items()):
        dates = sorted(e["date"] for e in d["events"] if e["date"])
        rel = _relation(key, len(d["events"]), len(d["articles"]), dates[0] if dates else None,
                        dates[-1] if dates else None)
        edges.append({"source": rel.source, "target": rel.target, **rel.attrs(), **d})
    nodes = actors.rows.nodes
    return {"source": a, "target": b, "nodes": [{"id": n, "label": nodes[n][0], "type": nodes[n][1]} for n in (a, b)],
            "edges": edges}
