"""Ships a sanction names: "the AMBER TIDE (IMO 9100001)", "designated the tanker Sea Breeze".

Vessels are rarely tagged as names; a release gives each one's IMO number in brackets after its name, a
report puts the name after a ship noun.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

#: Nouns for ships ("four vessels", "the tanker X").
VESSEL_NOUNS = frozenset({"vessel", "ship", "tanker", "freighter", "carrier", "boat", "ferry", "yacht", "superyacht"})
#: A ship's IMO number as registers write it ("IMO 9182837", "IMO No. 9182837", "IMO number: 9182837").
_IMO_NUMBER = r"IMO(?:\s+(?:No\.|number))?[:\s]*\d{7}"
#: A name of one to five capitalised words before its IMO number in brackets.
_IMO = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s*\(\s*" + _IMO_NUMBER + r"\s*\)")


def is_vessel(noun: Token) -> bool:
    """True for a ship noun ("vessels", "tanker")."""
    return noun.lemma_.lower() in VESSEL_NOUNS or noun.lower_ in VESSEL_NOUNS


#: A list entry that opens with a ship's name and gives its IMO number later ("4. SEA BREEZE, Crude Oil Tanker,
#: IMO 9100001, Panama flag (vessel)").
_IMO_ENTRY = re.compile(r"^[ \t]*(?:\d{1,3}[.)][ \t]+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z0-9][\w'’-]*){0,4}),[^\n;]{0,60}?"
                        r"\b" + _IMO_NUMBER + r"\b", re.M)


def imo_names(text: str, start: int, end: int) -> list[str]:
    """Names given an IMO number between two offsets, in bracket or list-entry form, in text order, each once ("The
    X" without "The")."""
    if text.find("IMO", start, end) == -1:
        return []  # both forms spell "IMO" (the cheap test first: the patterns try every capitalised word)
    found = sorted([*_IMO.finditer(text, start, end), *_IMO_ENTRY.finditer(text, start, end)], key=lambda m: m.start())
    out: list[str] = []
    for m in found:
        name = re.sub(r"^(?:The|THE)\s+", "", m.group(1))
        if name not in out:
            out.append(name)
    return out


def named_vessel(noun: Token) -> str | None:
    """The name after a ship noun ("the tanker Sea Breeze", "the vessel OCEAN STAR"), else ``None``."""
    if not is_vessel(noun):
        return None
    doc, end = noun.doc, noun.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - noun.i <= 4:
        end += 1
    return doc[noun.i + 1 : end].text if end > noun.i + 1 else None


__all__ = ["VESSEL_NOUNS", "imo_names", "is_vessel", "named_vessel"]
