"""Ships named in a doc: by capitals, a name tagged a person or untagged capitalised words after a ship noun ("the
yacht SEA BREEZE", "the tanker Jade Star 2", "the vessels Jade Star and Marta Ruiz", "the superyacht Sea-Lark"), or
before an IMO number ("Sea Breeze (IMO 1234567)"); each an organization wherever it recurs, so no ship named like a
person ("Marta Ruiz") becomes one."""
from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.events_common import doc_text
from kg.events_sanction_vessels import VESSEL_NOUNS, imo_names
from kg.mentions_orgs import recurrences
from kg.model import Mention
from kg.token_scan import where_in, where_string

_NAME_WORDS = 5  # at most this many words after a ship noun
_NAMED = frozenset({"", "PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"})  # what the model calls a ship's name


def vessel_mentions(doc: Doc, sent_of: list[int]) -> list[Mention]:
    """Organization mentions of the ships of ``doc`` (see the module docstring), wherever their names recur."""
    names = set(imo_names(doc_text(doc), 0, len(doc_text(doc))))
    nouns = set(where_in(doc, LOWER, VESSEL_NOUNS))
    nouns |= set(where_string(doc, LEMMA, lambda lemma: lemma.lower() in VESSEL_NOUNS))
    for i in sorted(n for n in nouns if n < len(doc) - 1):
        names.update(_names_after(doc, i))
    out = []
    for name in names:
        out += [Mention(name, "Organization", start, end, sent_of[span.start])
                for start, end, span in recurrences(doc, name)]
    return sorted(out, key=lambda m: m.start)


def _names_after(doc: Doc, noun: int) -> list[str]:
    """The ship names right after the ship noun at ``noun``: words in capitals, or a name the model tagged a person
    (with its number: "Jade Star 2"); after a plural noun ("vessels"), also the names coordinated with the first."""
    out: list[str] = []
    i = noun + 1
    while i < len(doc):
        e = _name_end(doc, i)
        if e == i:
            break
        out.append(doc[i:e].text)
        if doc[noun].tag_ != "NNS" or e + 1 >= len(doc) or doc[e].lower_ not in ("and", ","):
            break
        i = e + 2 if doc[e].text == "," and doc[e + 1].lower_ == "and" else e + 1  # "A and B", "A, B, and C"
    return out


def _name_end(doc: Doc, i: int) -> int:
    """The end of a ship's name starting at ``i``: words in capitals, a PERSON span starting there and a number
    after it, or untagged capitalised words (no place); ``i`` when none starts there."""
    e = i
    while e < len(doc) and e - i < _NAME_WORDS and _capitals(doc[e]):
        e += 1
    if e > i:
        return e
    t = doc[i]
    if t.ent_iob_ == "B" and t.ent_type_ == "PERSON":
        e = i + 1
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1
        return e + 1 if e < len(doc) and doc[e].is_digit and doc[e - 1].whitespace_ else e
    while e < len(doc) and e - i < _NAME_WORDS and not doc[e].ent_type_ and (
            (doc[e].is_title and doc[e].is_alpha) or (doc[e].text == "-" and e > i and not doc[e].whitespace_)):
        e += 1  # "the superyacht Amadeus-Star": capitalised words the model left untagged
    while e > i and doc[e - 1].text == "-":
        e -= 1
    return e if e > i and not gz.is_place_word(doc[i:e].text) else i


def _capitals(t: Token) -> bool:
    """True for a word of a ship's name in capitals ("SEA", "BREEZE"), not "IMO" of its number."""
    return t.is_upper and t.is_alpha and len(t) > 1 and t.text != "IMO"
