"""Resolved entities and events -> RDF quads in the kg ontology, one named graph per article."""
from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from kg.model import CleanArticle, Entity, Event, Evidence, Quad, Resolution
from kg.vocab import PROV, RESOLVED_GRAPH, RDF, RDFS, SCHEMA, SKOS, XSD, article_iri, entity_iri, kg, resource, slug

A = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")
ALT = ox.NamedNode(SKOS + "altLabel")
_XSD_DATE = ox.NamedNode(XSD + "date")
_XSD_INT = ox.NamedNode(XSD + "integer")
_XSD_DEC = ox.NamedNode(XSD + "decimal")
_DERIVED_FROM = ox.NamedNode(PROV + "wasDerivedFrom")

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
        text = f"{value:.3f}".rstrip("0")
        return ox.Literal(text + "0" if text.endswith(".") else text, datatype=_XSD_DEC)
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


def _quads(triples: list[tuple], graph: ox.NamedNode) -> list[Quad]:
    """``triples`` as quads in ``graph``, each once, in the order of their first occurrence."""
    return list(dict.fromkeys(ox.Quad(s, p, o, graph) for s, p, o in triples))


def article_quads(article: CleanArticle, resolution: Resolution) -> list[Quad]:
    """What one article says, in its own named graph: its metadata, the entities it mentions, and the
    evidence (sentence, offsets, confidence) behind each event it reports."""
    g = article_iri(article.id)
    out: list[tuple] = list(_article_triples(article))
    for event in resolution.events:
        mine = [ev for ev in event.evidence if ev.article_id == article.id]
        if mine:
            out += _evidence_triples(event, mine)
    out += [(entity_iri(k), kg("mentionedIn"), g)
            for k, ent in sorted(resolution.entities.items()) if article.id in ent.articles]
    return _quads(out, g)


def resolved_quads(resolution: Resolution) -> list[Quad]:
    """The resolved entities and events, each fact once, in the resolved graph.

    Facts shared by several articles (a person's label, an event's date) live here once rather than in
    every article graph, so queries over the union default graph see each triple once.
    """
    out: list[tuple] = []
    for event in resolution.events:
        out += _event_triples(event)
    for key in sorted(resolution.entities):
        out += _entity_triples(resolution.entities[key])
    return _quads(out, ox.NamedNode(RESOLVED_GRAPH))


def all_quads(resolution: Resolution) -> Iterator[tuple[str, list[Quad]]]:
    """Yield (graph IRI, its quads): one graph per article, then the resolved graph."""
    for article in resolution.articles:
        yield article_iri(article.id).value, article_quads(article, resolution)
    yield RESOLVED_GRAPH, resolved_quads(resolution)


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


def _entity_triples(e: Entity) -> list[tuple]:
    s = entity_iri(e.key)
    t: list[tuple] = [(s, A, kg(e.type)), (s, LABEL, lit(e.label))]
    t += [(s, ALT, lit(a)) for a in sorted(e.aliases) if a != e.label]
    t += [(s, kg("role"), lit(r)) for r in sorted(e.roles)]
    t += [(s, kg("affiliation"), entity_iri(a)) for a in sorted(e.affiliations)]
    return t


def event_iri(event: Event) -> ox.NamedNode:
    """The IRI of a resolved event."""
    return resource("event", event.key)


def _best_spans(evidence: list[Evidence] | tuple[Evidence, ...]) -> list[Evidence]:
    """One evidence per span, with the best confidence any reading gave it."""
    spans: dict[tuple[str, int, int], Evidence] = {}
    for ev in evidence:
        k = (ev.article_id, ev.start, ev.end)
        if k not in spans or ev.confidence > spans[k].confidence:
            spans[k] = ev
    return [spans[k] for k in sorted(spans)]


def _event_triples(e: Event) -> list[tuple]:
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
    if e.kind == "Statement":  # the other speakers of a joint statement (its participants)
        t += [(s, kg("speaker"), entity_iri(p)) for p in e.participants if p != e.speaker]
    if e.text:
        t.append((s, kg("text"), lit(e.text)))
    if e.measure:
        t.append((s, kg("measure"), lit(e.measure)))
    if e.cameo:
        t.append((s, kg("cameo"), cameo_concept(e.cameo)))
        if e.cameo in PLOVER:
            t.append((s, kg("plover"), plover_concept(PLOVER[e.cameo])))
    t.append((s, kg("confidence"), lit(max(ev.confidence for ev in e.evidence))))
    return t


def _evidence_triples(e: Event, evidence: list[Evidence]) -> list[tuple]:
    s = event_iri(e)
    t: list[tuple] = []
    for ev in _best_spans(evidence):
        n = evidence_iri(ev, e.key)
        t += [
            (s, _DERIVED_FROM, n),
            (n, A, kg("Evidence")),
            (n, kg("article"), article_iri(ev.article_id)),
            (n, kg("sentence"), lit(ev.sentence)),
            (n, kg("startChar"), lit(ev.start)),
            (n, kg("endChar"), lit(ev.end)),
            (n, kg("confidence"), lit(ev.confidence)),
        ]
    return t
