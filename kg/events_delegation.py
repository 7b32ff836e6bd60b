"""Delegation lists read from one article: which people represented which side at the talks.

Read from the parse: "X was represented by A, B", "the X delegation was led by A and included B",
"X's team was headed by A, with B", "A headed his country's delegation, which also included B",
"X sent a team headed by A". The side is mapped onto the article's parties (``main``) when it
names one of them by demonym, acronym ("the MRA side") or as "the government".
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.doc_cache import tokens
from kg.events_common import MentionIndex, name_span
from kg.events_lexicon import word_classes
from kg.events_delegation_people import (COMPANY_PREPS, DELEGATION_NOUNS, Listed, agents_of, full_name, list_items,
                                         leader_at, listed_people, own_tokens, people_at, people_at_item,
                                         subject_of, team_before, window_people)
from kg.events_delegation_sides import named_party, person_side, side_of, to_main
from kg.events_delegation_unnamed import (camps_apart, colon_list, government_list, head_of, joined_team,
                                          just_listed, leader_side, leading_was, led_by_other, member_of, negotiator)

_VERBS = frozenset({"represent", "include", "comprise", "lead", "head", "consist"})
_OTHER = "?"  # the side of a list that the text leaves to be read as the other party's
_SEND_VERBS = frozenset({"send", "dispatch", "field"})  # "X sent A with B"
_ARRIVE_VERBS = frozenset({"come", "arrive", "travel"})  # "A came with his deputy, B"
_BRING_VERBS = frozenset({"bring"})  # "Mr A brought B and C": A's side, when A heads it
_HEAD_NOUNS = frozenset({"head", "leader", "chief"})  # "the head of the X delegation, A"
_LEADS = frozenset({"lead", "head"})  # "Leading the X delegation was A"
_MEETING_NOUNS = frozenset({"meeting", "talk", "round", "session", "negotiation", "summit", "consultation"})
_READ_POS = frozenset({"NOUN", "PROPN", "VERB", "AUX"})  # the parts of speech find_delegations reads


def find_delegations(doc: Doc, index: MentionIndex, main: tuple[str, ...] = ()) -> list[Listed]:
    """The members the article's delegation lists give, in text order, each person once."""
    out: list[Listed] = []

    pending: list[tuple[list[str], Token]] = []  # lists whose head's side the text does not give
    camps: dict[str, str] = {}  # member -> the person whose delegation ("A's delegation") the member is in
    governed: set[str] = set()  # sides of lists the text gives to the government
    listed_at = -1  # where the sentence of the last delegation verb with a side starts
    last: list[str | None] = [None]  # the side of the list read last (None when the text gives it none)

    def add(side: str | None, names: list[str], verb: Token) -> None:
        if names:
            last[0] = None if side == _OTHER else side
        if side == _OTHER:
            pending.append((names, verb))
            return
        if side is None:
            return
        for name in (full_name(n, index) for n in names):
            if name.endswith(".") and " " not in name:
                continue  # a rank the parser cut off its name ("Brig.")
            if not any(name == m.person for m in out):
                out.append(Listed(side, name, _future(verb), verb.idx))

    list_verbs = _VERBS | _chair_verbs()
    for tok in tokens(doc):
        if (pos := tok.pos_) not in _READ_POS:  # no test below passes (the part of speech first: cheaper)
            continue
        lemma = tok.lemma_.lower()
        if pos == "NOUN" and lemma in _HEAD_NOUNS:
            head_of(tok, index, main, add)
        if pos == "NOUN" and lemma == "negotiator":
            negotiator(tok, index, main, add)
        if pos in {"NOUN", "PROPN"} and (lemma in DELEGATION_NOUNS or lemma == "member") and tok.dep_ == "ROOT":
            colon_list(tok, index, main, add)
        if pos == "NOUN" and lemma == "member":
            member_of(tok, index, main, add, last[0])
        if pos not in {"VERB", "AUX"}:
            continue
        if joined_team(tok, index, main, add, last[0]):
            continue
        if lemma in _company_verbs():
            _company(tok, index, main, add, {m.person: m.side for m in out})
            continue
        if lemma in _chair_verbs() and not _chaired_body(tok):
            _chaired(tok, index, main, add)
            continue
        if lemma == "sit":
            _across_the_table(tok, index, main, add)
            continue
        if lemma in _ARRIVE_VERBS:
            _came_with(tok, index, main, add, {m.person: m.side for m in out})
            continue
        if lemma == "be":
            _in_the_team(tok, index, main, add, last[0])
            continue
        if lemma in _SEND_VERBS | _BRING_VERBS:
            _sent(tok, index, main, add)
            continue
        if lemma in _LEADS and tok.tag_ == "VBG" and leading_was(tok, index, main, add):
            continue
        if lemma not in list_verbs and not _made_up(tok):
            continue
        subj = subject_of(tok)
        if subj is not None and subj.lemma_.lower() == "member" and out and any(
                c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subj.children):
            add(last[0], [n for obj in objs_of(tok) for n in listed_people(obj, index)], tok)
            continue  # "The X team is headed by A; its members include B and C": the team just named
        if subj is not None and (subj.lower_ in {"member", "members"} or subj.lemma_.lower() == "government"):
            # "Members of the X delegation included A"; "The Government of X panel was headed by A": the parser
            # hung the team on the government's of-phrase
            subj = next((g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                         if g.dep_ == "pobj" and g.lemma_.lower() in DELEGATION_NOUNS), subj)
        objs = [c for c in tok.children if c.dep_ in {"agent", "dobj"}
                or (c.dep_ == "prep" and c.lower_ in {"of"} | COMPANY_PREPS)
                or (c.dep_ in {"pobj", "dative"} and lemma == "include")]
        # "led by A and including B": a preposition's object; "included the lawmakers A and B", parsed as a dative
        if lemma == "represent" and not any(o.dep_ == "agent" for o in objs):
            objs += agents_of(tok)  # "X was represented at the talks by A and B": the parser hung "by" lower
        objs += [a for c in tok.children if c.dep_ in {"advcl", "acl"} and c.lemma_.lower() in _company_verbs()
                 for a in c.children if a.dep_ == "agent"]  # "headed by A, accompanied by B"
        objs += [a for o in objs if o.dep_ == "agent" for item in list_items(o) for c in item.children
                 if c.dep_ in {"acl", "advcl", "relcl"} and c.lemma_.lower() in _company_verbs()
                 for a in c.children if a.dep_ == "agent"]  # "headed by A, a minister, accompanied by B",
        # "headed by A, who is accompanied by B"
        led = [o for o in objs if o.dep_ == "dobj" and o.lemma_.lower() in DELEGATION_NOUNS]
        if led and subj is not None and lemma in {"lead", "head"} and subj.lemma_.lower() not in DELEGATION_NOUNS:
            subj, objs = led[0], [subj]  # "A led the X delegation": the leader is the subject
        if subj is not None and subj.lower_ == "it" and lemma in _LEADS and (team := team_before(subj)) is not None:
            subj = team  # "We can confirm the X delegation. It is led by A": the delegation just named
        it = subj is not None and subj.lower_ == "it" and lemma in {"include", "comprise"}  # "It also includes B"
        if subj is None or (lemma != "represent" and subj.lemma_.lower() not in DELEGATION_NOUNS | _BODIES and not it):
            continue
        side, camp = side_of(subj, index, main), None
        head = [p for c in subj.children if c.dep_ == "poss" for p in people_at(c, index)]  # "A's delegation"
        if not head and tok.dep_ == "relcl" and any(c.lower_ == "whose" for c in subj.children):
            head = people_at(tok.head, index)  # "A, whose delegation included B and C"
        if side is None and head:
            side = to_main(person_side(head[0][0], index), main)
        if side is None and not head and (it or (subj.lemma_.lower() in DELEGATION_NOUNS and subj.tag_ == "NN")):
            side = leader_side(subj, tok, index, main) or just_listed(subj, out, listed_at)
            # "The delegation, led by X Commission President A, ..."; "... The delegation (It) included B"
        gapped = _gapped(tok, index, main)
        for other, names in gapped:
            add(other, names, tok)
        gaps = _gapped_agents(tok)
        objs = [o for o in objs if all(o.i != a.i for a, _ in gaps)]
        taken = {n for _, names in gapped for n in names}
        stop = min((before.i for _, before in gaps), default=None)  # "..., and Y by B": Y's list
        if head and led_by_other(subj, tok):
            camp = name_span(head[0][0], index)[0]  # "A's delegation was led by B": A is not in it
            head = []
        listed = [n for _, n in head] + [n for obj in objs for n in listed_people(obj, index) if n not in taken]
        window = [n for obj in objs for n in window_people(obj, index, stop) if n not in listed and n not in taken]
        add(side, listed + window, tok)
        if side is not None:
            listed_at = tok.sent.start
            governed |= {side} if government_list(subj) and not camp else set()
        if camp:
            camps.update({full_name(n, index): camp for n in listed + window})
    camps_apart(out, camps, governed)
    known = {m.side for m in out}
    if pending and len(main) == 2 and len(known) == 1 and known <= set(main):
        for names, verb in pending:  # "A was accompanied by B ... The Y delegation included C": A's side is X
            add(next(p for p in main if p not in known), names, verb)
    return out


def _gapped_agents(verb: Token) -> list[tuple[Token, Token]]:
    """(agent, the word before it) for each by-phrase after the first of a gapped clause ("X was represented by
    A and Y by B": "by B" after "Y"), also when the parser hung "by B" on "Y" rather than on the verb."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not agents:
        return []
    hung = [t for t in verb.subtree if t.lower_ == "by" and t.i > agents[0].i + 1 and t.head.i == t.i - 1
            and t.dep_ in {"agent", "prep"} and t.head.pos_ == "PROPN" and t not in agents]
    return sorted(((a, a.doc[a.i - 1]) for a in agents[1:] + hung), key=lambda p: p[0].i)


def _gapped(verb: Token, index: MentionIndex, main: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """The sides and people of the gapped by-phrases of ``verb``: "X was represented by A and Y by B" -> Y: B."""
    out = []
    gaps = _gapped_agents(verb)
    for k, (agent, before) in enumerate(gaps):
        side = to_main(named_party([before], index), main)
        if side is not None and (not main or side in main):
            listed = listed_people(agent, index)
            stop = gaps[k + 1][1].i if k + 1 < len(gaps) else None  # "Y by B and C" read to the next side's list
            out.append((side, listed + [n for n in window_people(agent, index, stop) if n not in listed]))
    for team in (t for a in agents_of(verb) for t in a.subtree if t.dep_ == "conj"
                 and t.lemma_.lower() in DELEGATION_NOUNS | _BODIES):  # "by A and the Y commission by B"
        side = to_main(named_party([*team.lefts, team], index), main)
        by = [c for c in team.children if c.dep_ == "prep" and c.lower_ == "by"]
        if side is not None and by and (not main or side in main):
            out.append((side, [n for p in by for g in p.children if g.dep_ == "pobj"
                               for n in listed_people(g, index)]))
    return out


_BODIES = frozenset({"commission", "committee"})  # "the X commission is chaired by A": X's delegation


def _chaired_body(verb: Token) -> bool:
    """True for "the X commission (delegation) is chaired by A": a list of X's side, not a meeting's chairs."""
    subj = subject_of(verb)
    return subj is not None and subj.lemma_.lower() in DELEGATION_NOUNS | _BODIES


def objs_of(verb: Token) -> list[Token]:
    """The objects of a list verb: its by-phrase, its direct object, its of/with phrases."""
    return [c for c in verb.children if c.dep_ in {"agent", "dobj"}
            or (c.dep_ == "prep" and c.lower_ in {"of"} | COMPANY_PREPS)]


def _company_verbs() -> frozenset[str]:
    return word_classes("negotiation_words.tsv").get("company", frozenset())


def _chair_verbs() -> frozenset[str]:
    return word_classes("negotiation_words.tsv").get("chair", frozenset())


def _future(verb: Token) -> bool:
    """True when ``verb`` (or the verb it is conjoined to) has a future auxiliary ("will be led ... and include")."""
    v = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "wo"} for c in v.children):
            return True
        if v.dep_ != "conj":
            return False
        v = v.head
    return False


def _company(verb: Token, index: MentionIndex, main: tuple[str, ...], add,  # noqa: ANN001
             listed_as: dict[str, str]) -> None:
    """"A was joined by B", "A, accompanied by B and C": A heads a delegation, B and C are in it; A's side is
    the one an earlier list put A in ("a delegation of X led by A ... A was accompanied by B"), else A's own."""
    if verb.dep_ in {"advcl", "acl"} and verb.head.lemma_.lower() in _VERBS:
        return  # "headed by A, accompanied by B": read with the delegation verb
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None and verb.dep_ == "acl":
        subj = verb.head
    agents = agents_of(verb)
    if subj is None or not agents:
        return
    lead = leader_at(subj, index)
    if not lead:
        return
    side = _listed_side(lead[0][1], listed_as) or to_main(person_side(lead[0][0], index), main) or _OTHER
    if main and side not in main and side != _OTHER:
        return
    listed = [n for a in agents for n in listed_people(a, index)]
    add(side, [lead[0][1]] + listed + [n for a in agents for n in window_people(a, index) if n not in listed], verb)


def _made_up(verb: Token) -> bool:
    """True for "made up of" ("the delegation was made up of A and B"), a list verb like "comprise"."""
    return verb.lemma_.lower() == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _in_the_team(verb: Token, index: MentionIndex, main: tuple[str, ...], add,  # noqa: ANN001
                 last: str | None) -> None:
    """"Also in the delegation were A and B", "On the X team are A and B", "Members of the X delegation are A and
    B": A and B are in that delegation (one with no side of its own is the one the text just listed, ``last``)."""
    members = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in {"member", "members"}]
    team = next((g for p in [*verb.children, *(c for m in members for c in m.children)]
                 if p.dep_ == "prep" and p.lower_ in {"in", "on", "of"} and (p.lower_ != "of" or members)
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in DELEGATION_NOUNS), None)
    people = [c for c in verb.children if c.dep_ in {"nsubj", "attr"} and people_at_item(c, index)]
    if team is None or not people:
        return
    side = side_of(team, index, main) or last
    add(side if side is not None and (not main or side in main) else None,
        [n for p in people for n in listed_people(p, index)], verb)


def _chaired(verb: Token, index: MentionIndex, main: tuple[str, ...], add) -> None:  # noqa: ANN001
    """"The meeting was co-chaired by A and B": each heads their side's delegation; one whose side the text
    does not give heads the other party's."""
    holder = verb.head if verb.dep_ in {"advcl", "conj"} else verb
    # the parser may hang the subject on an auxiliary of "co-chaired": the first subject before the verb
    subj = next((t for v in (verb, holder) for t in v.subtree if t.dep_ in {"nsubj", "nsubjpass"} and t.i < verb.i),
                None)
    if subj is None or subj.lemma_.lower() not in _MEETING_NOUNS or len(main) != 2:
        return
    people = [(t, name) for a in agents_of(verb) for item in list_items(a) for t, name in people_at_item(item, index)]
    sides = [to_main(person_side(t, index), main) for t, _ in people]
    known = {s for s in sides if s in main}
    if len(people) != 2 or not known:
        return
    rest = [p for p in main if p not in known]
    for (t, name), side in zip(people, sides):
        side = side if side in main else (rest[0] if len(rest) == 1 else None)
        add(side, [name], verb)


def _across_the_table(verb: Token, index: MentionIndex, main: tuple[str, ...], add) -> None:  # noqa: ANN001
    """"Across the table sat X's minister, A, and B": the other side's delegation."""
    if not any(c.dep_ == "prep" and c.lower_ in {"across", "opposite"} for c in verb.children):
        return
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "dobj"}]  # "sat X": the subject follows the verb
    if not subj:
        return
    items = list_items(subj[0]) + [c for c in verb.children if c.dep_ in {"conj", "dep"} and c.pos_ == "PROPN"]
    people = [p for item in items for p in people_at_item(item, index)]
    side = next((s for t, _ in people if (s := to_main(person_side(t, index), main))), None)
    add(side if not main or side in main else None, [n for _, n in people], verb)


def _sent(verb: Token, index: MentionIndex, main: tuple[str, ...], add) -> None:  # noqa: ANN001
    """"X sent A, the ministry's envoy, with B and C": A, B and C are X's delegation (a party sends people;
    "X sent a team headed by A" is read with the delegation verb)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or obj is None or obj.lemma_.lower() in DELEGATION_NOUNS or not people_at_item(obj, index):
        return
    lead = people_at(subj, index)
    if verb.lemma_.lower() in _BRING_VERBS:  # a person brings people: "Mr A brought B and C"
        if not lead or not main:
            return
        side = to_main(person_side(lead[0][0], index), main)
    else:
        side, lead = to_main(named_party(own_tokens(subj), index), main), []
    if side is None or (main and side not in main):
        return
    company = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in COMPANY_PREPS]
    company += [w for c in verb.children if c.dep_ == "prep" and c.lower_ in {"along", "together"}
                for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]  # "along with B and C"
    listed = listed_people(obj, index) + [n for c in company for n in listed_people(c, index)]
    add(side, [n for _, n in lead[:1]] + listed + [n for n in window_people(obj, index) if n not in listed], verb)


def _came_with(verb: Token, index: MentionIndex, main: tuple[str, ...], add,  # noqa: ANN001
               listed_as: dict[str, str]) -> None:
    """"A came with his deputy, B" (arrived, travelled with): A heads a delegation, B is in it; A's side is the
    one an earlier list put A in ("... headed by A. She arrived with B and C"), else A's own."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    lead = leader_at(subj, index) if subj is not None else []
    company = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    listed = [n for c in company for n in listed_people(c, index)]
    if not lead or not listed or not main:
        return
    side = _listed_side(lead[0][1], listed_as) or to_main(person_side(lead[0][0], index), main)
    if side in main:
        add(side, [lead[0][1]] + listed + [n for c in company for n in window_people(c, index) if n not in listed],
            verb)


def _listed_side(name: str, listed_as: dict[str, str]) -> str | None:
    """The side an earlier list put the person ``name`` in (matched by surname), or None."""
    return next((side for n, side in listed_as.items() if n.split()[-1] == name.split()[-1]), None)
