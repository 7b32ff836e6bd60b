"""Content negotiation as lookup tables: a pure Accept-header parser and a chooser."""
from __future__ import annotations

from kg.errors import NotAcceptable


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header with their q-values, best first (order kept among equals)."""
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
    return [(m, q) for _, m, q in out if q > 0] or ([] if out else [("*/*", 1.0)])


def choose(accept: str | None, offers: dict[str, str]) -> str:
    """The key of ``offers`` (key -> media type, first = default) that best fits ``accept``; else 406."""
    ranges = parse_accept(accept)
    for media, _ in ranges:
        for key, offered in offers.items():
            if media in ("*/*", offered) or (media.endswith("/*") and offered.startswith(media[:-1])):
                return key
    raise NotAcceptable(f"cannot answer in {accept!r}; available: {', '.join(offers.values())}")
