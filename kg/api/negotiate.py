"""Content negotiation as lookup tables: a pure Accept-header parser, a chooser, and the SPARQL format tables."""
from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox

from kg.errors import NotAcceptable

# key -> media types it answers to (the first is the one sent); the first key is the default.
# Result keys are those of kg.results.RESULT_FORMATS: the query worker serializes solutions in that format.
RESULT_MEDIA: dict[str, tuple[str, ...]] = {
    "json": ("application/sparql-results+json", "application/json", "text/javascript", "application/javascript"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
}
GRAPH_MEDIA: dict[str, tuple[str, ...]] = {
    "turtle": ("text/turtle", "application/turtle", "application/x-turtle"),
    "jsonld": ("application/ld+json", "application/json"),
    "ntriples": ("application/n-triples",),
    "nquads": ("application/n-quads",),
    "rdfxml": ("application/rdf+xml", "application/xml", "text/xml"),
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD, "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS, "rdfxml": ox.RdfFormat.RDF_XML,
}
# names a client may give in ?format= besides the keys above
FORMAT_ALIASES = {"srj": "json", "srx": "xml", "ttl": "turtle", "json-ld": "jsonld", "nt": "ntriples",
                  "nq": "nquads", "rdf": "rdfxml", "rdf+xml": "rdfxml"}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header with their q-values, best first (order kept among equals).

    A blank header accepts anything; malformed ranges (no ``type/subtype``) are dropped, so a header with none
    well-formed accepts nothing and the request is answered 406."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    out: list[tuple[int, str, float]] = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = max(0.0, min(1.0, float(f[2:])))
                except ValueError:
                    q = 0.0
        if "/" not in media:
            continue
        out.append((i, media, q))
    out.sort(key=lambda t: (-t[2], t[0]))
    return [(m, q) for _, m, q in out if q > 0]  # empty (406) when nothing is acceptable or nothing well-formed


def _media(offered: str | tuple[str, ...]) -> tuple[str, ...]:
    return (offered,) if isinstance(offered, str) else offered


def choose(accept: str | None, offers: Mapping[str, str | tuple[str, ...]]) -> str:
    """The key of ``offers`` (key -> media type(s), first key = default) that best fits ``accept``; else 406."""
    for media, _ in parse_accept(accept):
        for key, offered in offers.items():
            for m in _media(offered):
                if media in ("*/*", m) or (media.endswith("/*") and m.startswith(media[:-1])):
                    return key
    available = ", ".join(_media(o)[0] for o in offers.values())
    raise NotAcceptable(f"cannot answer in {accept!r}; available: {available}")


def choose_format(fmt: str | None, accept: str | None, offers: Mapping[str, str | tuple[str, ...]]) -> str:
    """The key of ``offers`` named by a ``format`` parameter (a key, alias or media type), else by ``accept``."""
    if not fmt:
        return choose(accept, offers)
    name = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
    if name in offers:
        return name
    if "/" in name:
        return choose(name, offers)
    raise NotAcceptable(f"cannot answer in format {fmt!r} for this query; choose one of: {', '.join(offers)}")
