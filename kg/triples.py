"""Resolved entities and events -> RDF quads in the kg ontology, one named graph per article."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox

from kg.model import CleanArticle, Entity, Event, Evidence, Quad, Resolution
from kg.vocab import KG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, article_iri, entity_iri, kg, resource, slug

A = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")
ALT = ox.NamedNode(SKOS + "altLabel")
_XSD_DATE = ox.NamedNode(XSD + "date")
_XSD_INT = ox.NamedNode(XSD + "integer")
_XSD_DEC = ox.NamedNode(XSD + "decimal")

CAMEO = {"Negotiation": "046", "Meeting": "044", "Sanction": "163", "Statement": "010", "Ceasefire": "1056"}
PLOVER = {"010": "STATEMENT", "046": "CONSULT", "044": "CONSULT", "163": "SANCTION", "1056": "REQUEST"}


def lit(value: object) -> ox.Literal:
    """An RDF literal for a Python value: dates as xsd:date, ints as xsd:integer, floats as xsd:decimal."""
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return ox.Literal(value.isoformat(), datatype=_XSD_DATE)
    if isinstance(value, bool):
        raise ValueError(f"Unexpected boolean literal: {value!r}")
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_XSD_INT)
    if isinstance(value, float):
        return ox.Literal(f"{value:.3f}", datatype=_XSD_DEC)
    if isinstance(value, str):
        return ox.Literal(value)
    raise ValueError(f"Unexpected literal value: {value!r}")


def cameo_concept(code: str) -> ox.NamedNode:
    """The SKOS concept of a CAMEO code (kept as a string: 010 and 10 differ)."""
    return resource("cameo", code)


def plover_concept(name: str) -> ox.NamedNode:
    """The SKOS concept of a PLOVER category."""
    return resource("plover", slug(name))


def evidence_iri(ev: Evidence, event_key: str) -> ox.NamedNode:
    """A deterministic IRI for one piece of evidence: the event, the article and the character span."""
    return resource("evidence", f"{slug(event_key)}-{ev.article_id}-{ev.start}-{ev.end}")


def article_quads(article: CleanArticle, resolution: Resolution) -> list[Quad]:
    """Every quad one article contributes, all in the article's own named graph."""
    g = article_iri(article.id)
    out: list[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, object]] = []
    out += _article_triples(article)
    entity_keys: set[str] = set()
    for event in resolution.events:
        mine = [ev for ev in event.evidence if ev.article_id == article.id]
        if not mine:
            continue
        out += _event_triples(event, mine)
        entity_keys.update(_event_entities(event))
    entity_keys.update(k for k, ent in resolution.entities.items() if article.id in ent.articles)
    for key in sorted(entity_keys):
        ent = resolution.entities[key]
        if article.id in ent.articles:
            out += _entity_triples(ent, g)
        for k in {key, *ent.affiliations}:
            out += [(entity_iri(k), A, kg(resolution.entities[k].type)), (entity_iri(k), LABEL, lit(resolution.entities[k].label))]
    seen: set[Quad] = set()
    quads: list[Quad] = []
    for s, p, o in out:
        q = ox.Quad(s, p, o, g)
        if q not in seen:
            seen.add(q)
            quads.append(q)
    return quads


def all_quads(resolution: Resolution) -> Iterator[tuple[str, list[Quad]]]:
    """Yield (article id, its quads) for every article in the resolution."""
    for article in resolution.articles:
        yield article.id, article_quads(article, resolution)


def _article_triples(a: CleanArticle) -> list[tuple]:
    s = article_iri(a.id)
    t: list[tuple] = [(s, A, kg("Article"))]
    if a.title:
        t.append((s, ox.NamedNode(SCHEMA + "headline"), lit(a.title)))
    if a.published:
        t.append((s, kg("published"), lit(a.published)))
    t.append((s, kg("dateSource"), lit(a.date_source)))
    if a.article.url:
        t.append((s, ox.NamedNode(SCHEMA + "url"), lit(a.article.url)))
    if a.article.outlet:
        t.append((s, kg("outlet"), lit(a.article.outlet)))
    t.append((s, kg("sourceFile"), lit(a.article.source)))
    if a.article.content_hash:
        t.append((s, kg("contentHash"), lit(a.article.content_hash)))
    return t


def _entity_triples(e: Entity, graph: ox.NamedNode) -> list[tuple]:
    s = entity_iri(e.key)
    t: list[tuple] = [(s, A, kg(e.type)), (s, LABEL, lit(e.label))]
    t += [(s, ALT, lit(a)) for a in sorted(e.aliases) if a != e.label]
    t += [(s, kg("role"), lit(r)) for r in sorted(e.roles)]
    t += [(s, kg("affiliation"), entity_iri(a)) for a in sorted(e.affiliations)]
    t.append((s, kg("mentionedIn"), graph))
    return t


def _event_entities(event: Event) -> set[str]:
    keys = set(event.participants)
    keys.update(k for k in (event.place, event.speaker, event.addressee, event.imposer, event.target) if k)
    for d in event.delegations:
        keys.add(d.side)
        keys.update(d.members)
    return keys


def event_iri(event: Event) -> ox.NamedNode:
    """The IRI of a resolved event."""
    return resource("event", event.key)


def _event_triples(e: Event, evidence: list[Evidence]) -> list[tuple]:
    s = event_iri(e)
    t: list[tuple] = [(s, A, kg(e.kind))]
    if e.label:
        t.append((s, LABEL, lit(e.label)))
    if e.date:
        t.append((s, kg("date"), lit(e.date)))
    t.append((s, kg("dateBasis"), lit(e.date_basis)))
    if e.place:
        t.append((s, kg("place"), entity_iri(e.place)))
    t += [(s, kg("participant"), entity_iri(p)) for p in e.participants]
    if e.kind == "Negotiation":
        if e.round:
            t.append((s, kg("round"), lit(e.round)))
        t.append((s, kg("status"), lit(e.status)))
        for d in e.delegations:
            dn = resource("delegation", d.key)
            t += [(s, kg("delegation"), dn), (dn, A, kg("Delegation")), (dn, kg("side"), entity_iri(d.side))]
            t.append((dn, kg("delegationAt"), s))
            t.append((dn, LABEL, lit(f"{d.side.split('/', 1)[1].replace('-', ' ').title()} delegation")))
            t += [(entity_iri(m), kg("memberOf"), dn) for m in d.members]
    for role in ("speaker", "addressee", "imposer", "target"):
        key = getattr(e, role)
        if key:
            t.append((s, kg(role), entity_iri(key)))
    if e.text:
        t.append((s, kg("text"), lit(e.text)))
    if e.measure:
        t.append((s, kg("measure"), lit(e.measure)))
    if e.cameo:
        t.append((s, kg("cameo"), cameo_concept(e.cameo)))
        if e.cameo in PLOVER:
            t.append((s, kg("plover"), plover_concept(PLOVER[e.cameo])))
    spans: dict[tuple[str, int, int], Evidence] = {}
    for ev in evidence:  # one evidence node per span, with the best confidence any reading gave it
        k = (ev.article_id, ev.start, ev.end)
        if k not in spans or ev.confidence > spans[k].confidence:
            spans[k] = ev
    evidence = [spans[k] for k in sorted(spans)]
    best = max(ev.confidence for ev in evidence)
    t.append((s, kg("confidence"), lit(best)))
    for ev in evidence:
        n = evidence_iri(ev, e.key)
        t += [
            (s, ox.NamedNode(PROV + "wasDerivedFrom"), n),
            (n, A, kg("Evidence")),
            (n, kg("article"), article_iri(ev.article_id)),
            (n, kg("sentence"), lit(ev.sentence)),
            (n, kg("startChar"), lit(ev.start)),
            (n, kg("endChar"), lit(ev.end)),
            (n, kg("confidence"), lit(ev.confidence)),
        ]
    return t
