"""The fields of a designation record around a listed person's name: the birth fields an apposition comes after
("X, DOB 1/5/1960, former head of Y", "X (date of birth: 1.5.1960), judge") and the role a record's field gives
("DOE, Jane; DOB 1 May 1960; Managing Director, Bank Y.", "Jane Ann DOE. DOB: 1/5/1960. Position: Chairman of the
board, Bank Y."), also on the lines under a numbered list item's name ("2. Jane Roe" / "Function: Judge of Z.").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.mentions_titles import affiliation, role_matches

_BIRTH_FIELDS = frozenset({"dob", "born", "b", "pob"})


def after_age_or_birth(doc: Doc, i: int, sent_end: int) -> int:
    """The comma (or a record's semicolon) after an age or a record's birth fields after a name, where the apposition
    opens, else ``i``: "X, 44, a farmer", "Jane DOE, DOB 1/5/1960, former head of Y", "X, date of birth: 1.5.1960;
    place of birth: Y; judge of Z"."""
    if i + 3 < sent_end and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        return i + 2
    if i + 2 < sent_end and doc[i].text == "(" and _birth_field(doc, i + 1):  # "X (date of birth: 1.5.1960), judge"
        close = next((j for j in range(i + 2, min(len(doc), i + 30)) if doc[j].text == ")"), None)
        return close + 1 if close is not None and close + 1 < len(doc) else i  # the parser may end a sentence inside
    if i + 2 >= sent_end or doc[i].text != ",":
        return i
    k = i
    while k + 2 < sent_end and doc[k].text in (",", ";") and _birth_field(doc, k + 1):
        end = next((j for j in range(k + 2, min(sent_end, k + 10)) if doc[j].text in (",", ";")), None)
        if end is None:
            return i
        k = end
    return k


def _birth_field(doc: Doc, k: int) -> bool:
    """True when a record's birth field opens at ``k``: "DOB", "born", "date of birth", "place of birth"."""
    if doc[k].lower_.rstrip(".:") in _BIRTH_FIELDS:
        return True
    return k + 2 < len(doc) and doc[k].lower_ in ("date", "place") and doc[k + 1].lower_ == "of" \
        and doc[k + 2].lower_.rstrip(":") == "birth"


def record_role(ent: Span) -> list[tuple[str, str | None]]:
    """The role a field of a designation record gives the name that opens it, the family name in capitals first or
    last: "DOE, Jane; DOB 1 May 1960; nationality Zembla; Managing Director, Bank Y." -> managing director (of Bank Y);
    "Jane Ann DOE. DOB: 1/5/1960. Position: Chairman of the board, Bank Y." -> chairman."""
    doc = ent.doc
    if _item_alone(doc, ent):
        return _item_field_role(doc, ent)
    last = len(ent) > 1 and ent[-1].is_upper and ent[-1].is_alpha and ent[0].is_title
    if not (last or ("," in ent.text and ent[0].is_upper)):
        return []
    field: list[Token] = []
    for t in doc[ent.end : min(len(doc), ent.end + 80)]:
        if t.text in (";", ".") or "\n" in t.text:
            if found := _field_role(doc, field):
                return found
            if "\n" in t.text or (t.text != ";" and not (last and (not field or _labelled(doc, field)))):
                return []
            field = []
        else:
            field.append(t)
        if "\n" in t.whitespace_:
            return _field_role(doc, field)
    return []


def _item_alone(doc: Doc, ent: Span) -> bool:
    """True for a name that is the whole of a numbered list item's line: "2. Jane Roe" and a line break."""
    s = ent.start
    return s >= 2 and doc[s - 1].text in (".", ")") and doc[s - 2].like_num \
        and (s == 2 or "\n" in doc[s - 3].text) and ent.end < len(doc) and "\n" in doc[ent.end].text


def _item_field_role(doc: Doc, ent: Span) -> list[tuple[str, str | None]]:
    """The role a role field on the lines under a list item's name gives ("2. Jane Roe" / "Date of birth: 7.9.1968" /
    "Function: Judge of the district court."): its first sentence; none past the next item."""
    k, limit = ent.end, min(len(doc), ent.end + 80)
    while k < limit:
        start = k + 1
        if start + 1 >= limit or (doc[start].like_num and doc[start + 1].text in (".", ")")):
            return []
        end = next((j for j in range(start, limit) if "\n" in doc[j].text), limit)
        line = list(doc[start:end])
        if len(line) > 2 and line[0].lower_ in ROLE_LABELS and line[1].text == ":":
            return _field_role(doc, line[: next((n for n, t in enumerate(line) if t.text == "." and n > 2), len(line))])
        k = end
    return []


def _labelled(doc: Doc, field: list[Token]) -> bool:
    """True for a record's labelled field ("DOB: 1/5/1960", "Nationality: Zembla"): the next field is the record's."""
    return _birth_field(doc, field[0].i) or field[0].lower_.rstrip(":") in gz.data_words("record_fields.txt")


ROLE_LABELS = frozenset({"position", "function", "title", "occupation"})  # "Position: Chairman of the board"


def _field_role(doc: Doc, field: list[Token]) -> list[tuple[str, str | None]]:
    """(role, organization) of a record's field that opens with a role, maybe after a capitalised qualifier or a
    label: "Managing Director, Bank Y", "Commercial Director, Z Company", "Position: Chairman of the board, Bank Y"."""
    if len(field) > 2 and field[0].lower_ in ROLE_LABELS and field[1].text == ":":
        field = field[2:]
    matches = role_matches(field)
    if not matches or matches[0][0] > int(field[0].is_title):
        return []
    _, end, role = matches[0]
    return [(role, affiliation(doc, field[end:], after=[]))]
