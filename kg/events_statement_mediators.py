"""The bodies behind "the mediators said": the organizations or states the article names in that role.

A plural "the mediators", "the (Finnish) facilitators" or "the co-chairs" speaks for the body the article names
as mediating, facilitating or co-chairing the talks, before or after: "talks mediated by X", "the talks are
facilitated by X", "under the co-chairmanship of X, Y and Z" (all three, together), "X's mediation commission".
Of several such bodies, the one named nearest the speech act. Plural role nouns named by their organization speak for it
("African Union mediators said"; not "Qatari mediators said", people of a state left unnamed).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.events_common import MentionIndex, name_span
from kg.events_lexicon import state_of

#: The role nouns (lemmas) of a plural speaker and the stems of the words that name a body in that role.
_ROLES = {"mediator": "mediat", "facilitator": "facilitat", "chair": "chair"}


def _co(tok: Token) -> bool:
    """True for the second half of a "co-" word ("co-chairs", "co-chairmanship")."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "co"


def _stem(subj: Token) -> str | None:
    """The stem of the role a plural "the mediators" / "the co-chairs" subject names, else ``None`` (the parse may
    take "co" of "the co-chairs" for the subject)."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    if subj.lower_ == "co" and subj.i + 2 < len(subj.doc) and subj.doc[subj.i + 1].text == "-":
        subj = subj.doc[subj.i + 2]
    lemma = subj.lemma_.lower()
    the = the or any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    if subj.tag_ != "NNS" or lemma not in _ROLES or (lemma == "chair") != _co(subj) or not the:
        return None
    return _ROLES[lemma]


def _named(tok: Token, index: MentionIndex) -> list[str]:
    """The organizations or states ``tok`` and its conjuncts name (each by its mention)."""
    out = []
    for t in (tok, *tok.conjuncts):
        text, kind = name_span(t, index)
        if kind in {"Country", "Place", "Organization"} and (state := state_of(text)):
            out.append(state)
        elif kind == "Organization":
            out.append(text)
    return out


def _bodies_at(word: Token, index: MentionIndex) -> list[str]:
    """The bodies a word of the role names: the agent of "mediated by X", the object of "the co-chairmanship of X,
    Y and Z", the owner of "X's mediation"."""
    for c in word.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "of" and word.pos_ == "NOUN"):
            if found := [n for g in c.children if g.dep_ == "pobj" for n in _named(g, index)]:
                return found
        if c.dep_ == "poss" and word.pos_ == "NOUN" and (found := _named(c, index)):
            return found
    if word.dep_ == "compound" and word.pos_ == "NOUN":  # "X's mediation commission"
        return next((found for c in word.head.children if c.dep_ == "poss" and (found := _named(c, index))), [])
    return []


def _own_bodies(subj: Token, index: MentionIndex) -> list[str]:
    """The organizations a plural role noun is named by ("African Union" of "African Union mediators"); not a
    demonym ("Qatari mediators" are unnamed people of a state)."""
    return [n for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < subj.i
            and name_span(c, index)[1] == "Organization" for n in _named(c, index)]


def mediating_bodies(subj: Token, index: MentionIndex) -> list[str]:
    """The bodies a plural "the mediators" / "the facilitators" / "the co-chairs" at ``subj`` speaks for: those the
    article names in that role nearest to it, else none."""
    if subj.tag_ == "NNS" and subj.lemma_.lower() in _ROLES and (own := _own_bodies(subj, index)):
        return own  # "African Union mediators said", "Qatari mediators said": the body they are named by
    stem = _stem(subj)
    if stem is None:
        return []
    found: list[tuple[int, list[str]]] = []
    for t in subj.doc:
        if t.i != subj.i and t.lower_.startswith(stem) and (stem != "chair" or _co(t)) \
                and (bodies := _bodies_at(t, index)):
            found.append((abs(t.idx - subj.idx), bodies))
    return min(found)[1] if found else []
