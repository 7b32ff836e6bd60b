"""Reading a built graph for evaluation (kg.eval): the SPARQL queries, their answers as plain Python, and the
select functions over an embedded store, an rdflib graph or an endpoint."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.vocab import prefix_header

Select = Callable[[str], list[dict[str, str]]]
_EVENT_KINDS = {"Negotiation": "negotiations", "Sanction": "sanctions", "Statement": "statements"}

_Q = {
    "names": "SELECT ?x ?name ?pref WHERE { { ?x rdfs:label ?name BIND(1 AS ?pref) } UNION { ?x skos:altLabel ?name BIND(0 AS ?pref) } }",
    "persons": "SELECT DISTINCT ?p WHERE { ?p a kg:Person }",
    "roles": "SELECT ?p ?role WHERE { ?p a kg:Person ; kg:role ?role }",
    "affiliations": "SELECT ?x ?a WHERE { ?x kg:affiliation ?a }",
    "delegations": """SELECT ?d ?side ?member ?date ?n WHERE { ?d a kg:Delegation ; kg:side ?side . ?member kg:memberOf ?d .
        OPTIONAL { { ?d kg:delegationAt ?n } UNION { ?n kg:delegation ?d } OPTIONAL { ?n kg:date ?date } } }""",
    "events": """SELECT ?e ?kind ?date ?basis ?status ?round WHERE {
        VALUES ?kind { kg:Negotiation kg:Sanction kg:Statement } ?e a ?kind .
        OPTIONAL { ?e kg:date ?date } OPTIONAL { ?e kg:dateBasis ?basis }
        OPTIONAL { ?e kg:status ?status } OPTIONAL { ?e kg:round ?round } }""",
    "actors": """SELECT ?e ?role ?a WHERE {
        { VALUES ?role { kg:participant kg:speaker kg:addressee kg:imposer kg:target kg:place } ?e ?role ?a }
        UNION { { ?e kg:delegation ?d } UNION { ?d kg:delegationAt ?e } ?d kg:side ?a BIND(kg:side AS ?role) } }""",
    "articles": """SELECT ?e ?art ?file WHERE { ?e prov:wasDerivedFrom ?ev . ?ev kg:article ?art .
        OPTIONAL { ?art kg:sourceFile ?file } }""",
    "mentions": """SELECT ?x ?art ?file WHERE { ?x kg:mentionedIn ?art . OPTIONAL { ?art kg:sourceFile ?file } }""",
}


@dataclass
class GraphEvent:
    iri: str
    kind: str
    dates: set[str] = field(default_factory=set)
    basis: str = "unknown"
    status: str | None = None
    rounds: set[str] = field(default_factory=set)
    actors: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    articles: set[str] = field(default_factory=set)

    def date_claim(self, gold_date: str | None) -> str | None:
        """The date this event claims, judged against a gold date (None: no claim)."""
        if not self.dates or (gold_date is None and self.basis in ("article", "unknown")):
            return None
        return next(iter(self.dates)) if len(self.dates) == 1 else "conflicting dates"


def article_key(text: str) -> str:
    stem = re.sub(r"\.[a-z0-9]+$", "", text.rstrip("/").rsplit("/", 1)[-1].lower())
    return re.sub(r"[^a-z0-9]+", "-", stem).strip("-")


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_graph(select: Select) -> dict:
    """Everything evaluation needs from a graph, as plain Python (names, persons, events, …)."""
    q = lambda name: select(prefix_header() + _Q[name])  # noqa: E731
    names: dict[str, list[str]] = defaultdict(list)
    for r in sorted(q("names"), key=lambda r: r.get("pref", "0"), reverse=True):
        names[r["x"]].append(r["name"])
    affil: dict[str, set[str]] = defaultdict(set)
    for r in q("affiliations"):
        affil[r["x"]].add(r["a"])
    roles: dict[str, set[str]] = defaultdict(set)
    for r in q("roles"):
        roles[r["p"]].add(r["role"])
    events: dict[str, GraphEvent] = {}
    for r in q("events"):
        ev = events.setdefault(r["e"], GraphEvent(r["e"], _EVENT_KINDS[_local(r["kind"])]))
        if r.get("date"):
            ev.dates.add(r["date"])
        ev.basis = r.get("basis") or ev.basis
        ev.status = r.get("status") or ev.status
        if r.get("round"):
            ev.rounds.add(r["round"])
    for r in q("actors"):
        if r["e"] in events:
            events[r["e"]].actors[_local(r["role"])].add(r["a"])
    for r in q("articles"):
        if r["e"] in events:
            events[r["e"]].articles.add(article_key(r["art"]))
            if r.get("file"):
                events[r["e"]].articles.add(article_key(r["file"]))
    mentioned: dict[str, set[str]] = defaultdict(set)
    for r in q("mentions"):
        mentioned[r["x"]].update(article_key(v) for v in (r["art"], r.get("file")) if v)
    return {"names": names, "affiliations": affil, "roles": roles, "persons": sorted(r["p"] for r in q("persons")),
            "delegations": q("delegations"), "events": list(events.values()), "mentioned": mentioned}


# --- query backends --------------------------------------------------------------------------

def select_for(source: object) -> Select:
    """A select function over a pyoxigraph Store, an rdflib graph, an endpoint URL or a callable."""
    if callable(source) and not hasattr(source, "query"):
        return source  # type: ignore[return-value]
    if isinstance(source, str):
        return http_select(source)
    import pyoxigraph as ox

    if isinstance(source, ox.Store):
        return lambda q: _ox_rows(source.query(q, use_default_graph_as_union=True))
    if hasattr(source, "query") and hasattr(source, "replace_graph"):  # a kg.store.Store
        return lambda q: _ox_rows(source.query(q))
    if hasattr(source, "query"):
        return lambda q: [{k: str(v) for k, v in row.asdict().items() if v is not None} for row in source.query(q)]
    raise ValueError(f"Unexpected graph source: {source!r}")


def _ox_rows(results: object) -> list[dict[str, str]]:
    names = [v.value for v in results.variables]  # type: ignore[attr-defined]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in results]  # type: ignore[attr-defined]


def http_select(endpoint: str, timeout: float = 30.0) -> Select:
    """A select function over a SPARQL endpoint that exposes the union of article graphs as default graph."""
    import httpx

    def run(query: str) -> list[dict[str, str]]:
        r = httpx.post(endpoint, data={"query": query}, headers={"Accept": "application/sparql-results+json"}, timeout=timeout)
        r.raise_for_status()
        return [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]

    return run
