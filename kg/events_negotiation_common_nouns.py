"""Sides an article names by a common noun rather than a name: "the government" (the state the article is
about), "the opposition" (that state's opposition, named by its demonym, or the one body the article describes
so), the bodies it describes by a non-state noun ("X, the opposition alliance"), and the groups it names by a
group noun alone ("Maoist rebels", "the armed opposition groups")."""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from kg.events_common import MentionIndex
from kg.events_lexicon import state_of
from kg.events_negotiation_parties import in_clause
from kg.events_negotiation_rounds import Candidate
from kg.events_negotiation_words import noun_lemma
from kg.gazetteer import _demonyms as demonyms, data_words

HOME = "<the government>"  # a side named "the government": the state the article is about, filled in per article


def bare_government(tok: Token, index: MentionIndex) -> bool:
    """True for "the government" or "Government" with no state, party or proper name of its own ("the
    Ruritanian government", "Government of Southern X" name their own)."""
    if tok.lemma_.lower() != "government" or index.at(tok) is not None:
        return False
    return not any(c.dep_ in {"poss", "amod", "compound", "nmod", "prep"} and not _status_word(c) for c in tok.children)


def _status_word(tok: Token) -> bool:
    """True for a lowercase adjective that says what kind of government it is, not whose ("the interim
    government", "the transitional government"), unlike "the Ruritanian government"."""
    return tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.is_lower and not state_of(tok.text)


OPPOSITION = "<the opposition>"  # a side named "the opposition" alone: that of the state the article is about


def bare_opposition(tok: Token, index: MentionIndex) -> bool:
    """True for "the opposition", "opposition parties" with no name, state or demonym of its own."""
    if tok.lower_ != "opposition" or index.at(tok) is not None \
            or (tok.dep_ in {"compound", "amod", "nmod"} and tok.head.pos_ != "NOUN"):
        return False  # not "the opposition Forces for X", which names its own
    noun = tok.head if tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "NOUN" else tok
    return not any(c.dep_ in {"poss", "amod", "compound", "nmod", "appos"} and c.i != tok.i and c.pos_ != "NOUN"
                   for c in noun.children) and index.at(noun) is None


def opposition_of(state: str) -> str:
    """The name of a state's opposition, by its demonym ("Ruritania" -> "Ruritanian opposition")."""
    demonym = next((w for w, info in demonyms().items() if info.name == state and not w.endswith("s")), None)
    return f"{demonym.title() if demonym else state} opposition"


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


_GROUP_NOUNS = frozenset({"group", "movement", "alliance", "camp", "faction", "front", "coalition", "bloc"})
_NOT_SIDES = frozenset({"community", "communities", "diaspora", "exiles", "insurgency", "opposition"})
_LEADS = frozenset({"det", "nummod", "quantmod", "predet", "poss", "case", "advmod"})


@cache
def _side_nouns() -> frozenset[str]:
    """Nouns of non-state actors that may be a side ("rebels", "insurgents"; ``non_state_words.txt``)."""
    return data_words("non_state_words.txt") - _NOT_SIDES


@cache
def _group_words() -> frozenset[str]:
    """Words before a group noun that make it a side ("the armed opposition groups")."""
    return _side_nouns() | {"opposition"}


def group_side(tok: Token, index: MentionIndex) -> tuple[str, set[int]] | None:
    """A side named by a group noun rather than a name ("Maoist rebels", "the rebels", "the armed opposition
    groups", "the rebel alliance", "the X camp"): the phrase (its modifiers and the noun) and the ids of the
    modifiers it takes in; ``None`` when a modifier is a name other than a people's or a state's ("the FARC
    rebels": the FARC)."""
    if tok.pos_ != "NOUN" or tok.dep_ in {"compound", "amod", "nmod", "poss", "appos"} or index.at(tok) is not None:
        return None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if any(c.dep_ == "appos" for c in tok.children) or (after is not None and (
            after.pos_ == "PROPN" or index.at(after) is not None or after.text == "(")):
        return None  # "the former rebel movement X", "the rebels, the X Front": the name is the side
    nouns = _side_nouns()
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < tok.i]
    inner = sorted({u.i for c in mods for u in c.subtree if u.dep_ not in _LEADS})
    words = {tok.doc[i].lemma_.lower() for i in inner} | {tok.doc[i].lower_ for i in inner}
    lemma = noun_lemma(tok)
    named = lemma in {"camp", "faction"} and any(tok.doc[i].pos_ == "PROPN" for i in inner)
    if not (lemma in nouns or (lemma in _GROUP_NOUNS and (words & _group_words() or named))):
        return None
    if not named and any(((m := index.at(tok.doc[i])) is not None and m.type == "Organization")
                         or (tok.doc[i].pos_ == "PROPN" and tok.doc[i].ent_type_ not in {"NORP", "GPE"})
                         for i in range(inner[0] if inner else tok.i, tok.i)):
        return None
    start = inner[0] if inner else tok.i
    return tok.doc[start : tok.i + 1].text, set(inner)


def named_groups(cands: list[Candidate], main: tuple[str, ...]) -> None:
    """A side named by a group noun ("the rebels") outside the article's pair ``main`` is the pair's one named
    non-state side ("the X Front"), when the candidate lacks it."""
    groups = {g for c in cands for g in c.groups}
    for c in cands:
        named = [p for p in main if p not in c.parties and p not in groups and not state_of(p)]
        if len(named) == 1:
            c.parties = list(dict.fromkeys(named[0] if p in c.groups and p not in main else p for p in c.parties))


_ENVOYS = frozenset({"envoy", "emissary", "negotiator", "representative", "delegate"})


def envoys_of_person(tok: Token) -> bool:
    """True for a person whose envoys are at the talks ("Envoys of ousted President A and of the government
    sat down", "representatives of the deposed leader A met ..."): A's camp is a side, not a person present."""
    head = tok
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    prep = head.head if head.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in {"of", "for"} and prep.head.tag_ == "NNS" \
        and noun_lemma(prep.head) in _ENVOYS


_GATHERS = frozenset({"comprise", "gather", "group", "unite"})


def gathered(tok: Token, verb: Token | None) -> list[Token]:
    """Tokens of the members a relative clause names for the body that holds the talks: "the contact group, which
    brings together A, B and C, met ...", "the fourth round of the commission, which comprises officers of A and
    B" (the trigger, the body its round is of, or its verb's subject)."""
    nouns = [tok, *(g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
    if verb is not None:
        nouns += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    out: list[Token] = []
    for rel in (r for n in nouns for r in n.children if r.dep_ in {"relcl", "acl"}):
        together = rel.lemma_.lower() == "bring" and any(p.dep_ in {"prt", "advmod"} and p.lower_ == "together"
                                                         for p in rel.children)
        if together or rel.lemma_.lower() in _GATHERS:
            items = [c for c in rel.children if c.dep_ in {"dobj", "prep", "conj"} and c.pos_ != "VERB"] + [
                s for v in rel.children if v.dep_ == "conj" and v.pos_ == "VERB" for s in v.children
                if s.dep_ == "nsubj" and s.pos_ == "NUM"]  # "and five from B, opened": the parse's subject
            out += [t for c in items for t in c.subtree if not in_clause(t, c) and t.dep_ != "npadvmod"]
    return out
