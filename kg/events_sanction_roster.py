"""The numbered list of designations a sanctions release ends with: one target a line.

Releases list what they designate in registry form under a line that announces them ("Identifying
information on the entities and individuals designated today:", "The following persons are subject to an
asset freeze:"), each item a person ("1. SURNAME, Given Names; DOB …; POB …") or a firm ("2. FIRM NAME
(a.k.a. …), address …", "3. Given Surname, title …"). Each item is a target of the release's own measure:
its imposer and day are those of the first measure the release reports.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.events_common import MentionIndex
from kg.gazetteer import norm
from kg.model import EventDraft

#: A numbered item: "1. X", "(2) X", "3) X".
_ITEM = re.compile(r"^[ \t]*(?:\d{1,3}[.)]|\(\d{1,3}\))[ \t]+(\S.*)$")
#: A section heading between the announcing line and the items ("ENTITIES", "Individuals:").
_HEADING = re.compile(r"^[ \t]*[A-Z][A-Za-z ]{2,30}:?[ \t]*$")
#: Words of a line that announces the targets listed after it.
_ANNOUNCES = re.compile(r"\b(?:designat\w*|sanction\w*|listed|list\s+of|subject\s+to|asset\s+freezes?|travel\s+bans?|"
                        r"restrictive\s+measures|identifying\s+information|blocked)\b", re.I)
#: "SURNAME, Given Names; …": a person in registry form (the surname in capitals first).
_REGISTRY_PERSON = re.compile(r"^([A-Z][A-Z'’ -]+[A-Z]),[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)[ \t]*(?:[;(,]|$)")
#: The bracketed short names of an item ("(a.k.a. TC BANK; f.k.a. …)", "(CAMIMPEG)").
_BRACKET = re.compile(r"\(([^()]*)\)")


def roster_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, item text) of each line of a numbered list that a line announcing designations opens."""
    out: list[tuple[int, int, str]] = []
    opened = False
    pos = 0
    for line in text.splitlines(keepends=True):
        start, body = pos, line.rstrip("\n")
        pos += len(line)
        item = _ITEM.match(body)
        if item and opened:
            out.append((start, start + len(body), item.group(1).strip()))
        elif not body.strip() or (opened and _HEADING.match(body)):
            continue  # blank lines and section headings ("ENTITIES") keep the list open
        else:
            opened = body.rstrip().endswith(":") and bool(_ANNOUNCES.search(body)) and not item
    return out


def item_names(item: str) -> list[str]:
    """The names an item goes by, the main one first: "SURNAME, Given" as "Given Surname", else the words before
    its first comma, bracket or semicolon, then its bracketed short names ("a.k.a. TC BANK", "CAMIMPEG")."""
    if person := _REGISTRY_PERSON.match(item):
        return [f"{person.group(2)} {person.group(1).title()}"]
    head = re.split(r"[,;(]", item, maxsplit=1)[0].strip()
    names = [head] if head else []
    for inner in _BRACKET.findall(item.split(";")[0] if "(" in item.split(";")[0] else item):
        for part in re.split(r";", inner):
            short = re.sub(r"^\s*(?:a\.k\.a\.|f\.k\.a\.|aka|also known as)\s*", "", part, flags=re.I).strip()
            if short and not part.strip().lower().startswith("f.k.a"):
                names.append(short)
    return names


def _named(names: list[str], index: MentionIndex) -> str | None:
    """The first of ``names`` the article names as a person or organization, in the article's words."""
    by_norm = {norm(m.text): m.text for m in index.mentions if m.type in {"Person", "Organization"}}
    for name in names:
        if found := by_norm.get(norm(name)):
            return found
    return None


def roster_targets(text: str, index: MentionIndex, drafts: list[EventDraft]) -> list[EventDraft]:
    """``drafts`` without those read inside a designation list's items, plus one draft per item the article
    names elsewhere too, for the imposer and day of the release's first measure."""
    lines = roster_lines(text)
    if not lines or not drafts:
        return drafts
    inside = [d for d in drafts if any(a <= d.evidence.start < b for a, b, _ in lines)]
    kept = [d for d in drafts if d not in inside]
    lead = next((d for d in kept if d.date_basis == "stated"), kept[0] if kept else None)
    if lead is None:
        return drafts
    pairs = {(d.imposer, d.target) for d in kept}
    out = list(kept)
    for _, _, item in lines:
        name = _named(item_names(item), index)
        if name is None or (lead.imposer, name) in pairs:
            continue
        pairs.add((lead.imposer, name))
        out.append(replace(lead, target=name, participants=(lead.imposer, name)))
    return out


__all__ = ["item_names", "roster_lines", "roster_targets"]
