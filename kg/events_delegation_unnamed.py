"""Delegation lists whose phrase names no party: "The delegation, led by X Commission President A, included B"
(its leader's side), "... The delegation included C" (the one just listed), "A, who joined the delegation,"
and "A's delegation was led by B" beside the government's own list (A's camp, A no member)."""
from __future__ import annotations

from spacy.tokens import Token

from kg.events_common import MentionIndex
from kg.events_delegation_people import DELEGATION_NOUNS, agents_of, list_items, people_at_item, subject_of
from kg.events_delegation_sides import person_side, side_of, to_main

_LEADS = frozenset({"lead", "head"})
_GOVERNMENTS = frozenset({"government", "administration"})


def led_by_other(team: Token, verb: Token) -> bool:
    """True when the delegation ``team`` has a leader of its own: a by-phrase on a lead/head verb of the list."""
    leads = [verb, verb.head if verb.dep_ == "conj" else verb] + list(team.children)
    return any(v.lemma_.lower() in _LEADS and agents_of(v) for v in leads)


def camps_apart(out: list[tuple[str, str, bool]], camps: dict[str, str], governed: set[str]) -> None:
    """"A's delegation was led by B ... The government sent a team led by C": when a person's delegation came
    out on the side of the government's list (A's state, in ``governed``), it is A's camp, not the state's (in
    place); beside a list named otherwise ("the X delegation also included D") it stays the state's."""
    for k, (side, name, future) in enumerate(out):
        if name in camps and side in governed:
            out[k] = (camps[name], name, future)


def government_list(team: Token) -> bool:
    """True for a list the phrase gives to the government: "the government delegation", "the government sent a
    team led by A"."""
    sender = [c for c in team.head.children if c.dep_ == "nsubj"] if team.dep_ == "dobj" else []
    return any(t.lemma_.lower() in _GOVERNMENTS for t in [*team.children, *sender]
               if t.dep_ in {"compound", "amod", "poss", "nsubj"})


def just_listed(team: Token, out: list[tuple[str, str, bool]], listed_at: int) -> str | None:
    """The side of the delegation the sentence before named ("A Ruritanian delegation led by A ... The delegation
    included B"), for "the delegation" with no party of its own."""
    if not out or listed_at < 0 or not any(c.dep_ == "det" and c.lower_ == "the" for c in team.children):
        return None
    doc = team.doc
    before = doc[team.sent.start - 1].sent.start if team.sent.start > 0 else -1
    return out[-1][0] if listed_at in {team.sent.start, before} else None


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
