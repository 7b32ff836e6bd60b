"""The hosts and mediators a sentence puts at its session's table ("hosted by X", "with X acting as host", "with the
mediation of X", "under the auspices of X", "X-brokered talks"): participants of that session, no side of the pair."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.events_common import MentionIndex, party_of
from kg.events_lexicon import state_of
from kg.events_negotiation_parties import hosts_counterpart
from kg.events_negotiation_words import noun_lemma, words_of

_OFFICES = frozenset({"mediation", "auspices", "aegis", "sponsorship", "facilitation"})  # "under the auspices of X"
_ROLES = frozenset({"host", "mediator", "facilitator", "broker", "go-between"})  # "X acting as host"


def session_hosts(sent: Span, index: MentionIndex) -> list[str]:
    """The states and bodies ``sent`` names as hosts or mediators of talks, in order, each once."""
    out: list[str] = []
    for t in sent:
        for u in _host_tokens(t):
            for v in (u, *u.conjuncts):
                p = state_of(v.text) or party_of(v, index)
                if p and p not in out and (index.at(v) is None or index.at(v).type != "Person"):
                    out.append(p)
    return out


def _host_tokens(t: Token) -> list[Token]:
    """The tokens ``t`` names as a host or mediator: the agent or subject of a hosting or brokering verb, the
    owner of a mediation noun, the subject of "acting as host"."""
    lemma = t.lemma_.lower()
    if lemma in words_of("broker") and t.pos_ in {"VERB", "AUX"}:
        if hosts_counterpart(t):
            return []  # "X hosted his Y counterpart": a host who meets a peer is a side
        agents = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        mods = [c for c in t.children if c.dep_ in {"npadvmod", "compound", "nmod"}] if t.tag_ == "VBN" else []
        subjects = [c for c in t.children if c.dep_ == "nsubj" and c.lower_ not in {"which", "that", "who"}] \
            if t.tag_ != "VBN" and any(c.dep_ == "dobj" for c in t.children) else []
        return agents + mods + subjects
    if lemma == "act" and any(g.lemma_.lower() in _ROLES for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                              for g in c.children if g.dep_ == "pobj"):
        return [c for c in t.children if c.dep_ == "nsubj"]  # "with X acting as host"
    if {noun_lemma(t), t.lower_} & _OFFICES and t.pos_ in {"NOUN", "PROPN"}:
        return [c for c in t.children if c.dep_ in {"poss", "compound", "amod", "nmod"}] \
            + [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return []
