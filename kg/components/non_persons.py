"""PERSON spans that are no persons: names in capitals (a heading), one-word names that take an article or are
tagged a place elsewhere ("the Xs", "on the X"), and platforms something is said or posted on ("wrote on Zorbl")."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.components.person_cues import Ent

_POST_NOUNS = frozenset({"post", "message", "statement", "video", "account", "channel", "page", "feed"})


def without_headings(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """Return ``spans`` without PERSON spans written in capitals ("JANE DOE" of a heading): the body names the
    person properly."""
    return [(s, e, lab) for s, e, lab in spans if not (lab == "PERSON" and _all_caps(doc, s, e))]


def _all_caps(doc: Doc, s: int, e: int) -> bool:
    """True for a span written in capitals of more than one word or of one word longer than four letters."""
    words = [t for t in doc[s:e] if t.is_alpha]
    return bool(words) and all(t.is_upper and len(t) > 1 for t in words) and (len(words) > 1 or len(words[0]) > 4)


def _name_parts(doc: Doc, spans: list[Ent]) -> set[str]:
    """Return the normalised words of the PERSON spans of two or more words."""
    return {gz.norm(t.text) for s, e, lab in spans if lab == "PERSON" and e - s > 1 for t in doc[s:e]}


def articled_names(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """Relabel one-word PERSON spans of a word that takes a definite article somewhere in the doc
    ("the Xs", "on the X": names of persons do not) or is tagged a place elsewhere in it, unless it is
    part of a longer person name."""
    articled = {
        gz.norm(doc[s].text)
        for s, e, lab in spans
        if lab == "PERSON" and e - s == 1 and s > 0 and doc[s - 1].lower_ == "the" and doc[s - 1].head.i == s
    }
    placed = {gz.norm(doc[s].text) for s, e, lab in spans if lab in ("GPE", "LOC") and e - s == 1}
    persons = {gz.norm(doc[s].text) for s, e, lab in spans if lab == "PERSON" and e - s == 1}
    # tagged a place elsewhere: "in X", "the X barrage"
    articled = (articled | (placed & persons)) - _name_parts(doc, spans)
    if not articled:
        return spans
    out = []
    for s, e, lab in spans:
        if lab == "PERSON" and e - s == 1 and gz.norm(doc[s].text) in articled:
            lab = "ORG" if doc[s].lower_.endswith("s") else "LOC"
        out.append((s, e, lab))
    return out


def platforms(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """One-word PERSON spans where something is said or posted "on" them ("wrote on Zorbl", "in a post on
    Zorbl") are platforms, ORG, unless the word is part of a person's longer name in the doc."""
    parts = _name_parts(doc, spans)
    said = gz.data_words("speech_verbs.txt")
    out = []
    for s, e, lab in spans:
        if lab == "PERSON" and e - s == 1 and s >= 2 and doc[s - 1].lower_ == "on" and gz.norm(doc[s].text) not in parts \
                and (doc[s - 2].lemma_.lower() in said or doc[s - 2].lower_ in _POST_NOUNS):
            lab = "ORG"
        out.append((s, e, lab))
    return out
