"""Sides an article names by a common noun rather than a name: "the government" (the state the article is
about), "the opposition" (that state's opposition, or the one body the article describes so), and the bodies
it describes by a non-state noun ("X, the opposition alliance")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.events_common import MentionIndex
from kg.events_negotiation_words import noun_lemma
from kg.gazetteer import data_words

HOME = "<the government>"  # a side named "the government": the state the article is about, filled in per article


def bare_government(tok: Token, index: MentionIndex) -> bool:
    """True for "the government" or "Government" with no state, party or proper name of its own ("the
    Ruritanian government", "Government of Southern X" name their own)."""
    if tok.lemma_.lower() != "government" or index.at(tok) is not None:
        return False
    return not any(c.dep_ in {"poss", "amod", "compound", "nmod", "prep"} for c in tok.children)


OPPOSITION = "<the opposition>"  # a side named "the opposition" alone: that of the state the article is about


def bare_opposition(tok: Token, index: MentionIndex) -> bool:
    """True for "the opposition", "opposition parties" with no name, state or demonym of its own."""
    if tok.lower_ != "opposition" or index.at(tok) is not None \
            or (tok.dep_ in {"compound", "amod", "nmod"} and tok.head.pos_ != "NOUN"):
        return False  # not "the opposition Forces for X", which names its own
    noun = tok.head if tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "NOUN" else tok
    return not any(c.dep_ in {"poss", "amod", "compound", "nmod", "appos"} and c.i != tok.i and c.pos_ != "NOUN"
                   for c in noun.children) and index.at(noun) is None


def described_bodies(doc: Doc, index: MentionIndex) -> dict[str, str]:
    """The bodies the article describes by a non-state noun in an apposition or before the name ("the X
    Committee (XC), the opposition alliance", "the opposition coalition X" -> {"opposition": "X Committee"}):
    "the opposition" elsewhere is that body. A noun two bodies share names neither."""
    out: dict[str, str] = {}
    nouns = data_words("non_state_words.txt")
    for m in index.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if m.type == "Organization" else None
        if span is None:
            continue
        root = span.root
        for n in [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else []):
            words = {noun_lemma(n)} | {c.lemma_.lower() for c in n.children if c.dep_ in {"compound", "amod"}}
            for word in words & nouns:
                out[word] = m.text if out.get(word, m.text) == m.text else ""
        lead = [c for c in root.children if c.dep_ in {"compound", "amod"} and c.i < span.start]
        lead += [doc[span.start - 1]] if span.start and doc[span.start - 1].pos_ == "NOUN" else []
        before = {u.lemma_.lower() for c in lead for u in c.subtree if u.i == c.i or u.dep_ in {"compound", "amod"}}
        for word in before & nouns:  # "the exiled opposition coalition X"
            out[word] = m.text if out.get(word, m.text) == m.text else ""
    return {w: name for w, name in out.items() if name}


def described_side(tok: Token, described: dict[str, str]) -> str | None:
    """The body a bare "the opposition" stands for when the article describes one body so, else ``None``."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in described:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or any(c.dep_ in {"poss", "amod", "compound"} and c.pos_ == "PROPN" for c in tok.children):
        return None  # not "the Ruritanian opposition", which names its own
    return described[tok.lemma_.lower()]
