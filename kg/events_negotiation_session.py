"""Whether a trigger's clause reports a session of its own: talks that acted ("the summit agreed to X"), the
earlier session other talks follow ("the talks follow a meeting in X on D"), and an accord named before ("the deal
was struck after a week of talks"), whose day the talks end on; the clause a nameless speaker reports talks in ("A and B agreed on D to ...,
negotiators said after talks"), and a verb that closes talks."""
from __future__ import annotations

from spacy.tokens import Token

from kg.events_common import MentionIndex
from kg.events_negotiation_words import AFTER, CLOSINGS, NOUN_GROUP, ROUNDS


def followed(tok: Token) -> bool:
    """True for the session other talks follow ("The talks follow a meeting of the commission in X on D"): an
    earlier session, not the round the article reports."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"follow", "succeed"} and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in NOUN_GROUP | ROUNDS for c in tok.head.children)


def acted(tok: Token) -> bool:
    """True for talks that are the subject of a verb in the simple past ("The summit agreed to postpone X", "The
    meeting produced a road map"): they took place, whatever the verb plans."""
    return tok.dep_ == "nsubj" and tok.head.tag_ == "VBD" and not any(
        c.dep_ == "neg" for c in tok.head.children)


def the_accord(verb: Token) -> bool:
    """True when ``verb``'s subject is an accord named before ("the deal", "the agreement", "the accord")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in {"deal", "agreement", "accord"}
               and any(d.lower_ in {"the", "this"} for d in c.children) for c in verb.children)


_SAYING = frozenset({"say", "tell", "announce", "report", "confirm"})


def reported_clause(tok: Token, verb: Token | None, index: MentionIndex) -> Token | None:
    """The reported clause's verb when the talks hang on the saying of nameless speakers ("A, B and C agreed late
    Friday to ..., negotiators said after talks in X": the talks are A, B and C's), else ``None``."""
    if verb is None or verb.lemma_.lower() not in _SAYING or tok.dep_ != "pobj" or tok.head.lower_ not in AFTER \
            or tok.head.head.i != verb.i:
        return None
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not speakers or any(index.at(t) or t.ent_type_ for s in speakers for t in s.subtree):
        return None  # a named speaker ("X said after talks") speaks for his own side
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i < verb.i
                 and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None)


def closing(verb: Token) -> bool:
    """True for a verb that ends talks ("ended", "concluded", "wrapped up")."""
    lemma = verb.lemma_.lower()
    return lemma in CLOSINGS or (lemma == "wrap" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))
