"""Delegation lists read from one article: which people represented which side at the talks.

Read from the parse: "X was represented by A, B", "the X delegation was led by A and included B",
"X's team was headed by A, with B", "A headed his country's delegation, which also included B",
"X sent a team headed by A". The side is mapped onto the article's parties (``main``) when it
names one of them by demonym, acronym ("the MRA side") or as "the government".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.events_common import MentionIndex, name_span, party_of
from kg.events_lexicon import state_of

DELEGATION_NOUNS = frozenset({"delegation", "side", "team", "delegate", "negotiator"})
_VERBS = frozenset({"represent", "include", "comprise", "lead", "head", "consist"})
_COMPANY_PREPS = frozenset({"with", "alongside", "including"})  # "led by A, with B" / "alongside B"
_GOVERNMENT_WORDS = frozenset({"government", "administration", "cabinet"})
_RELATIVES = frozenset({"which", "that", "who"})
_OWN_PREPS = frozenset({"of", "from"})  # "the delegation of X", "a team from X"
_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl", "parataxis", "appos"})


def find_delegations(doc: Doc, index: MentionIndex, main: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(side, person) pairs the article's delegation lists give, in text order, each once."""
    out: list[tuple[str, str]] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in _VERBS or tok.pos_ not in {"VERB", "AUX"}:
            continue
        subj = _subject(tok)
        objs = [c for c in tok.children if c.dep_ in {"agent", "dobj"}
                or (c.dep_ == "prep" and c.lower_ in {"of"} | _COMPANY_PREPS)]
        led = [o for o in objs if o.dep_ == "dobj" and o.lemma_.lower() in DELEGATION_NOUNS]
        if led and subj is not None and lemma in {"lead", "head"} and subj.lemma_.lower() not in DELEGATION_NOUNS:
            subj, objs = led[0], [subj]  # "A led the X delegation": the leader is the subject
        if subj is None or (lemma != "represent" and subj.lemma_.lower() not in DELEGATION_NOUNS):
            continue
        side = side_of(subj, index, main)
        if side is None:
            continue
        for obj in objs:
            for name in listed_people(obj, index):
                if (side, name) not in out:
                    out.append((side, name))
    return out


def _subject(verb: Token) -> Token | None:
    """The subject of a delegation verb: its own (a relative pronoun stands for the noun it follows), the
    noun an ``acl`` verb modifies ("a team led by"), or the subject a conjoined verb shares."""
    v = verb
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            s = subj[0]
            return v.head if s.lower_ in _RELATIVES and v.dep_ == "relcl" else s
        if v.dep_ == "acl" and v.head.lemma_.lower() in DELEGATION_NOUNS:
            return v.head
        if v.dep_ != "conj":
            return None
        v = v.head
    return None


def _own_tokens(top: Token) -> list[Token]:
    """``top``'s subtree without its clauses, appositions and prepositional phrases other than of/from."""
    out = []
    for t in top.subtree:
        u, inside = t, True
        while u.i != top.i:
            if u.dep_ in _CLAUSES or (u.dep_ == "prep" and u.lower_ not in _OWN_PREPS) or u.dep_ == "agent":
                inside = False
                break
            u = u.head
        if inside:
            out.append(t)
    return out


def _named_party(tokens: list[Token], index: MentionIndex) -> str | None:
    """The first state or named organization among ``tokens``."""
    for t in tokens:
        if t.lemma_.lower() in DELEGATION_NOUNS:
            continue
        if state := state_of(name_span(t, index)[0]) or state_of(t.text):
            return state
        m = index.at(t)
        if m is not None and m.type == "Person":
            continue
        if party := party_of(t, index):
            return party
        if t.pos_ == "PROPN" and t.ent_type_ not in {"PERSON", "DATE"} and m is None:
            return t.text  # an acronym the model did not tag ("the MRA side")
    return None


def _affiliation(tokens: list[Token], index: MentionIndex) -> str | None:
    """The state or organization of the first person among ``tokens`` (their mention's affiliation)."""
    for t in tokens:
        m = index.at(t)
        if m is not None and m.type == "Person" and m.affiliation:
            return state_of(m.affiliation) or m.affiliation
    return None


def side_of(subj: Token, index: MentionIndex, main: tuple[str, ...]) -> str | None:
    """The party a delegation phrase stands for, as one of the article's parties ``main`` when it is one.

    Read in order: a party named in the phrase ("Ukraine's team", "the Russian side", "the MRA side");
    the subject of the verb the phrase is the object of ("X sent a team", "A headed his country's
    delegation": A's affiliation); "the government delegation" -> the one state among two parties.
    """
    own = _own_tokens(subj)
    found = _named_party(own, index)
    if found is None and subj.dep_ == "dobj":
        agent = [t for c in subj.head.children if c.dep_ == "nsubj" for t in _own_tokens(c)]
        found = _named_party(agent, index) or _affiliation(agent, index)
    if found is None:
        if not any(t.lemma_.lower() in _GOVERNMENT_WORDS for t in own):
            return None
        states = [p for p in main if state_of(p)]
        return states[0] if len(states) == 1 and len(main) == 2 else None
    for party in main:
        if found == party or (state_of(found) and state_of(found) == state_of(party)) \
                or (found.isupper() and found == initials(party)):
            return party
    return found


def initials(name: str) -> str:
    """The acronym of a multi-word name, lowercase function words skipped ("Movimiento Revolucionario de Liberación" -> "MRL")."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _attached(tok: Token, item: Token) -> bool:
    """True when ``tok`` only qualifies a list item ("officials from President X's office"): it sits in a
    possessive or a clause below ``item`` (an apposition, or a name the parser hung on "ambassador to",
    still names the item)."""
    t = tok
    while t.i != item.i:
        if t.dep_ in {"poss", "relcl", "acl", "advcl"}:
            return True
        t = t.head
    return False


def listed_people(obj: Token, index: MentionIndex) -> list[str]:
    """The people a list ("A, B, and lawmaker C", "its chief, A, alongside B") names: per item its person
    mention or entity, else its proper-noun head (a delegation list lists people)."""
    first = next((c for c in obj.children if c.dep_ == "pobj"), obj) if obj.dep_ in {"agent", "prep"} else obj
    names: list[str] = []
    for item in [first, *first.conjuncts]:
        company = [c for c in item.children if c.dep_ == "prep" and c.lower_ in _COMPANY_PREPS]
        nested = {t.i for c in item.children if c.dep_ == "conj" or c in company for t in c.subtree}
        found = None
        for t in (t for t in item.subtree if t.i not in nested and not _attached(t, item)):
            m = index.at(t)
            if (m is not None and m.type == "Person") or (m is None and t.ent_type_ == "PERSON"):
                found = name_span(t, index)[0]
                break
        if found is None and item.pos_ == "PROPN" and not state_of(item.text):
            found = item.text
        if found and found not in names:
            names.append(found)
        for prep in company:
            names += [n for n in listed_people(prep, index) if n not in names]
    return names
