"""Entity labels from the gazetteer: what a place, demonym or seat of government is tagged, and places
run together in one span ("Lviv, Odesa", "Malta, Jane Doe") cut apart."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.components import lookups as gz  # kg.gazetteer, memoised


def place_label(text: str) -> str | None:
    """The entity label a gazetteer gives ``text``: GPE (state, city), LOC (region, river,
    continent), NORP (demonym), ORG (seat of government) or None."""
    if gz.country_of_metonym(text):
        return "ORG"
    info = gz.lookup_place(text)
    if info:
        return "GPE" if info.kind in ("country", "city", "us_state") else "LOC"
    if gz.country_of_demonym(text):
        return "NORP"
    return None


def split_list(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """Split a span on commas and on "and"/"to"/"&" into (start, end) parts."""
    parts, a = [], s
    for i in range(s, e):
        if doc[i].text in (",", "&") or doc[i].lower_ in ("and", "to", "or"):
            if i > a:
                parts.append((a, i))
            a = i + 1
    if e > a:
        parts.append((a, e))
    return parts


def comma_pieces(doc: Doc, pieces: list[tuple[int, int]], label: str) -> list[tuple[int, int]]:
    """Non-person spans cut at a comma that ends a place ("(adviser on) Malta, Jane Doe" -> "Malta", "Jane Doe")."""
    if label == "PERSON":
        return pieces
    out = []
    for s, e in pieces:
        cut = next((i for i in range(s + 1, e - 1) if doc[i].text == "," and place_label(doc[s:i].text)), None)
        out += [(s, cut), (cut + 1, e)] if cut is not None else [(s, e)]
    return out
