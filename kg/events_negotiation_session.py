"""Whether a trigger's clause reports a session of its own: talks that acted ("the summit agreed to X"), the
earlier session other talks follow ("the talks follow a meeting in X on D"), and an accord named before ("the deal
was struck after a week of talks"), whose day the talks end on."""
from __future__ import annotations

from spacy.tokens import Token

from kg.events_negotiation_words import NOUN_GROUP, ROUNDS


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
