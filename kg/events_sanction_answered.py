"""The measure a counter-measure answers: "in retaliation for X sanctions on Y officials", "in response to the
bans adopted by X". It is a measure of its own, but only its own phrase tells its imposer and target: the names
of the clause around it are the counter-measure's ("Z barred A and B in retaliation for X sanctions").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.events_common import MentionIndex
from kg.events_sanction_by import by_agent, imposer_of, with_conj

#: Nouns and verbs that make what follows them the measure answered ("in retaliation for", "responded to").
_ANSWERING = {"retaliation", "response", "reply", "answer", "riposte", "retaliate", "respond"}


def answered(anchor: Token) -> bool:
    """True for a measure noun that a retaliation or response phrase governs ("in retaliation for X sanctions")."""
    prep = anchor.head
    return anchor.pos_ == "NOUN" and anchor.dep_ == "pobj" and prep.lower_ in {"for", "to", "against"} \
        and prep.head.lemma_.lower() in _ANSWERING


def answered_imposers(anchor: Token, index: MentionIndex) -> list[str]:
    """The imposers the answered measure's own phrase names: the agent of its participle ("the bans adopted by X"),
    else the state or body that modifies it ("X sanctions", "X's sanctions")."""
    if agent := by_agent(anchor):
        return [p for x in with_conj(agent[1]) if (p := imposer_of(x, index))]
    return [p for c in anchor.children if c.dep_ in {"amod", "compound", "poss"} for x in with_conj(c)
            if (p := imposer_of(x, index))]


__all__ = ["answered", "answered_imposers"]
