"""Names a list of people gives one an item, which the model leaves untagged or cuts: under a line that announces
people ("The Government delegation was composed of:", "Its members are:"), an item "2. General (retired) Jane Roe Doe"
or "3. Jane Roe, negotiator" names a person."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.components.person_cues import Ent, looks_like_name
from kg.components.roles import role_words
from kg.components.transcript_names import line_starts

#: Words of a line that announces a list of people.
_PEOPLE = frozenset({"delegation", "delegations", "team", "members", "negotiators", "participants", "panel",
                     "composed", "comprised", "consisted", "included", "includes", "include"})
#: Words of a section heading that closes a list of people: the bodies listed next ("Entities", "Companies and vessels").
_BODIES = frozenset({"entities", "entity", "companies", "firms", "organisations", "organizations", "bodies", "vessels",
                     "ships", "banks"})


def list_names(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """``spans`` with a PERSON span for the name of each item of a list of people, in place of the spans the model
    made of it."""
    found: list[Ent] = []
    starts = line_starts(doc)
    people = False  # the list under way follows a line announcing people (items and their detail lines since)
    for n, i in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(doc)
        if i + 1 < end and doc[i].like_num and doc[i + 1].text in {".", ")"}:
            if people and (name := _item_name(doc, i + 2, end)):
                found.append((*name, "PERSON"))
            continue
        line = [t for t in doc[i:end] if not t.is_space]
        if line and line[-1].text == ":" or not (people and _detail(line)) or _bodies_heading(line):
            people = bool(line) and line[-1].text == ":" and any(t.lower_ in _PEOPLE for t in line)
    kept = [x for x in spans if not any(x[0] < e and s < x[1] for s, e, _ in found)]
    return sorted(kept + found)


def _bodies_heading(line: list[Token]) -> bool:
    """True for a short heading of a list's section of bodies ("Entities", "Entities and property:")."""
    return 0 < len(line) <= 4 and line[0].is_title and any(t.lower_ in _BODIES for t in line)


def _detail(line: list[Token]) -> bool:
    """True for a line that details the item above it and keeps its list open: a field ("Date of birth: 7.9.1968",
    "Function: Judge of the district court.") or a short line ("State enterprise.")."""
    field = next((j for j, t in enumerate(line[:6]) if t.text == ":"), None)
    return field is not None and field > 0 and line[0].is_title or len(line) <= _DETAIL_WORDS


_DETAIL_WORDS = 12


def _item_name(doc: Doc, k: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the name that opens an item at ``k``, after its titles and a bracketed rank ("General
    (retired) Jane Roe Doe"), up to a comma, a bracket or the line's end."""
    while k < end and (doc[k].lower_.rstrip(".") in role_words() or doc[k].lower_ in gz.data_words("honorifics.txt")
                       or doc[k].text == "("):
        if doc[k].text == "(":  # "(retired)"
            k = next((j + 1 for j in range(k, min(end, k + 4)) if doc[j].text == ")"), end)
        else:
            k += 1
    stop = next((j for j in range(k, end) if doc[j].text in {",", "(", ";", ":"} or doc[j].is_space), end)
    return (k, stop) if looks_like_name(doc, k, stop) else None
