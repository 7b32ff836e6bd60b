"""Delegation lists whose phrase names no party: "The delegation, led by X Commission President A, included B"
(its leader's side), "... The delegation included C" (the one just listed), "A's delegation was led by B" beside
the government's own list (A's camp, A no member); and members named one at a time: "A, who joined the
delegation,", "A, a member of the X team,", "the head of the X delegation, A,", "X's chief negotiator, A,",
"Leading the X delegation was A"; and verbless lines ("The X delegation: A, B and C")."""
from __future__ import annotations

from spacy.tokens import Token

from kg.events_common import MentionIndex
from kg.events_delegation_people import (DELEGATION_NOUNS, Listed, agents_of, list_items, listed_people, people_at,
                                         people_at_item, subject_of, window_people)
from kg.events_delegation_sides import non_state_word, person_side, side_of, to_main

_LEADS = frozenset({"lead", "head"})
_GOVERNMENTS = frozenset({"government", "administration"})


def led_by_other(team: Token, verb: Token) -> bool:
    """True when the delegation ``team`` has a leader of its own: a by-phrase on a lead/head verb of the list."""
    leads = [verb, verb.head if verb.dep_ == "conj" else verb] + list(team.children)
    return any(v.lemma_.lower() in _LEADS and agents_of(v) for v in leads)


def camps_apart(out: list[Listed], camps: dict[str, str], governed: set[str]) -> None:
    """"A's delegation was led by B ... The government sent a team led by C": when a person's delegation came
    out on the side of the government's list (A's state, in ``governed``), it is A's camp, not the state's (in
    place); beside a list named otherwise ("the X delegation also included D") it stays the state's."""
    for k, m in enumerate(out):
        if m.person in camps and m.side in governed:
            out[k] = m._replace(side=camps[m.person])


def government_list(team: Token) -> bool:
    """True for a list the phrase gives to the government: "the government delegation", "the government sent a
    team led by A"."""
    sender = [c for c in team.head.children if c.dep_ == "nsubj"] if team.dep_ == "dobj" else []
    return any(t.lemma_.lower() in _GOVERNMENTS for t in [*team.children, *sender]
               if t.dep_ in {"compound", "amod", "poss", "nsubj"})


def just_listed(team: Token, out: list[Listed], listed_at: int) -> str | None:
    """The side of the delegation the sentence before named ("A Ruritanian delegation led by A ... The delegation
    included B"), for "the delegation" with no party of its own, or "it" ("... It also includes B")."""
    if not out or listed_at < 0 or not (team.lower_ == "it" or any(c.dep_ == "det" and c.lower_ == "the"
                                                                   for c in team.children)):
        return None
    if any(c.dep_ in {"amod", "compound"} and non_state_word(c) for c in team.children):
        return None  # "the separatist team": a kind of party of its own, not the one just listed
    doc = team.doc
    before = doc[team.sent.start - 1].sent.start if team.sent.start > 0 else -1
    return out[-1].side if listed_at in {team.sent.start, before} else None


def leader_side(team: Token, verb: Token, index: MentionIndex, main: tuple[str, ...]) -> str | None:
    """The side of one delegation the phrase names no party for ("The mission, led by X Commission President A,
    included B"; not "the delegations were headed by A and B"): that of its leader, the first person of the
    by-phrase of ``verb`` or of a lead/head verb on ``team``."""
    leads = [verb] + ([verb.head] if verb.dep_ == "conj" else []) \
        + [c for c in team.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in _LEADS]
    for agent in (a for v in leads for a in agents_of(v)):
        people = [p for item in list_items(agent) for p in people_at_item(item, index)]
        if people:
            return to_main(person_side(people[0][0], index), main)
    return None


def joined_team(verb: Token, index: MentionIndex, main: tuple[str, ...], add,  # noqa: ANN001
                last: str | None) -> bool:
    """"A, who joined the delegation, said ...", "B joined the X team": A and B are in that delegation (one with
    no side of its own is the one the text just listed, ``last``). True when ``verb`` is such a clause."""
    if verb.lemma_.lower() != "join":
        return False
    team = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DELEGATION_NOUNS), None)
    if team is None:
        return False
    subj = subject_of(verb)  # "A, who joined": A
    people = people_at_item(subj, index) if subj is not None else []
    side = side_of(team, index, main)
    side = side if side is not None and (not main or side in main) else last
    add(side if people else None, [n for _, n in people], verb)
    return True


def member_of(noun: Token, index: MentionIndex, main: tuple[str, ...], add,  # noqa: ANN001
              last: str | None) -> None:
    """"A, a member of the X team, said", "A is a member of the delegation": A is in that delegation (one with no
    side of its own is the one the text just listed, ``last``)."""
    team = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in DELEGATION_NOUNS), None)
    if team is None:
        return
    if noun.dep_ == "appos":
        people = people_at(noun.head, index)
    elif noun.dep_ == "attr" and (subj := subject_of(noun.head)) is not None:
        people = people_at(subj, index)
    else:
        return
    add((_party(side_of(team, index, main), main) or last) if people else None, [n for _, n in people[:1]], noun)


def head_of(noun: Token, index: MentionIndex, main: tuple[str, ...], add) -> None:  # noqa: ANN001
    """"The head of the X delegation, A, told reporters": A is in X's delegation."""
    team = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in DELEGATION_NOUNS), None)
    if team is None:
        return
    people = [p for c in noun.children if c.dep_ == "appos" for p in people_at(c, index)]
    add(side_of(team, index, main), [name for _, name in people[:1]], noun)


def negotiator(noun: Token, index: MentionIndex, main: tuple[str, ...], add) -> None:  # noqa: ANN001
    """"X's chief negotiator, A,", "A, X's top negotiator," and "X negotiator A": A is in X's delegation; "the X
    negotiators - A, B and C -": all of them."""
    if noun.tag_ == "NNS":
        names = [n for c in noun.children if c.dep_ == "appos" for n in listed_people(c, index)]
        side = side_of(noun, index, main) if names else None
        add(_party(side, main), names, noun)
        return
    people = [p for c in noun.children if c.dep_ == "appos" for p in people_at(c, index)]
    if not people and noun.dep_ in {"appos", "compound"}:  # "A, X's negotiator,"; "X negotiator A"
        people = people_at(noun.head, index)
    side = side_of(noun, index, main) if people else None
    add(_party(side, main), [name for _, name in people[:1]], noun)


def leading_was(verb: Token, index: MentionIndex, main: tuple[str, ...], add) -> bool:  # noqa: ANN001
    """"Leading the X delegation was A", "A, heading the X team, said", "Leading the X team, A said": A is in X's
    delegation. True when ``verb`` is such a phrase (not "A, who is leading the X team", a list verb's)."""
    team = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DELEGATION_NOUNS), None)
    subj = subject_of(verb)
    if team is None or (subj is not None and subj.i < verb.i):
        return False
    be = [c for c in verb.children if c.lemma_ == "be"]  # the parser may hang the name on "was"
    if be:
        people = [p for c in [*verb.children, *(g for b in be for g in b.children)]
                  if c.dep_ in {"attr", "dobj", "nsubj"} and c.i > team.i for p in people_at_item(c, index)]
    elif verb.dep_ == "acl":
        people = people_at(verb.head, index)
    elif verb.dep_ == "advcl":
        people = [p for c in verb.head.children if c.dep_ == "nsubj" for p in people_at(c, index)]
    else:
        return False
    side = side_of(team, index, main) if people else None
    add(_party(side, main), [name for _, name in people[:1]], verb)
    return True


def colon_list(noun: Token, index: MentionIndex, main: tuple[str, ...], add) -> None:  # noqa: ANN001
    """"The X delegation: A (head), B and C.", "Members of the X team: A, B": a verbless line listing X's
    delegation."""
    colon = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    team = noun if noun.lemma_.lower() != "member" else next(
        (g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
         if g.dep_ == "pobj" and g.lemma_.lower() in DELEGATION_NOUNS), None)
    if colon is None or team is None:
        return
    colon = noun.doc[team.i + 1] if team.i + 1 < len(noun.doc) else colon
    if colon.text != ":":
        return
    listed = [n for c in noun.children if c.dep_ == "appos" for n in listed_people(c, index)]
    names = listed + [n for n in window_people(colon, index) if n not in listed]
    add(_party(side_of(team, index, main), main), names, noun)


def _party(side: str | None, main: tuple[str, ...]) -> str | None:
    """``side`` when it is one of the article's parties ``main`` (any side without them), else None."""
    return side if side is not None and (not main or side in main) else None
