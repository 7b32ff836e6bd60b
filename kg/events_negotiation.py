"""Negotiations and meetings read from one article, with the delegations the article lists.

Each trigger ("talks", "round of negotiations", "meet") gives one candidate with the parties, round,
place, date and status its clause states; then the article is read as a whole: a candidate without
parties takes the article's main pair, one without a round joins the round the article is about, and
delegation lists attach to the round the article reports as held.

This module reads each trigger's clause and the article as a whole; the helpers live beside it:
``events_negotiation_candidates`` (which words are triggers), ``events_negotiation_words`` (vocabulary, ordinals),
``events_negotiation_clause`` (the verb that governs a trigger), ``events_negotiation_parties`` (who the sides
are), ``events_negotiation_pair`` (the article's pair), ``events_negotiation_place_date`` (where and when),
``events_negotiation_rounds`` (rounds across the article) and ``events_negotiation_session`` (whether a clause reports
a session of its own).
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.events_common import MentionIndex, date_of, doc_text, evidence, is_future, name_span, party_of, tokens_of
from kg.events_delegation import find_delegations
from kg.events_delegation_people import DELEGATION_NOUNS, Listed, initials
from kg.events_lexicon import Trigger, state_of
from kg.events_negotiation_candidates import rounds_listed, trigger_tokens
from kg.events_negotiation_clause import (acronym_in, day_of_when, due_to, ends_in, governor, halted,
                                          headline_plan, is_topic, meeting_for, nearer_day, past_perfect, paved_for,
                                          planned_verb, possessive_day, reacted_to, relative_plan, same_day_verb,
                                          shares_plan, since_start, the_dialogue, the_meeting, urged_to, verb_chain,
                                          when_clause)
from kg.events_negotiation_pair import (agent_parties, count_states, main_parties, mediator_states, paragraph_pairs,
                                        same_head, widened)
from kg.events_negotiation_hosts import session_hosts
from kg.events_negotiation_common_nouns import (HOME, OPPOSITION, bare_government, bare_opposition, described_bodies,
                                                described_side, envoys_of_person, gathered, group_side, named_groups,
                                                opposition_of)
from kg.events_negotiation_parties import (acronym_body, acronym_of_other, compass_state, ethnic, forum_members,
                                           internal_pair, is_forum, is_portfolio, named_body, of_forum, origin,
                                           owner_of_body, pair_reference, parent_body, party_zone, person_typed_body,
                                           verb_after)
from kg.events_negotiation_place_date import (city_named, city_of_talks, dateline_city, dateline_outlets, deep_date,
                                              first_day, future_above, host_of, last_day, later_date, reported_here,
                                              same_place, talks_place, vague_date)
from kg.events_negotiation_rounds import (Candidate, assign_rounds, date_by_close, first_before_second, held_group,
                                          join_meetings, long_running, meetings_into_talks, number_sequels,
                                          planned_group, same_places, signing)
from kg.events_negotiation_session import acted, closing, followed, reported_clause, the_accord
from kg.events_negotiation_words import (AFTER, CLOSINGS, CONDITIONAL, CURRENT, HOLD_LEMMAS, MEET_LEMMAS, NEW_SESSION,
                                         NOUN_GROUP, ONGOING, OPENINGS, PLAN_AMODS, ROUNDS, SEQUEL_AMODS, SIGNING,
                                         SPAN_LEMMAS, apposed_round, noun_lemma, ordinal, words_of)
from kg.events_when import date_before_when, earlier_accord_date, on_a_when
from kg.model import CleanArticle, EventDraft

_verb_after = verb_after  # the name tests/test_events.py imports

def _candidates(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[Candidate]:
    """One candidate per trigger that is not part of another trigger's phrase, and the rounds its sentence lists."""
    out: list[Candidate] = []
    described = described_bodies(doc, index)
    for sent, tok, trig in trigger_tokens(doc):
        out.append(_read(sent, tok, trig, index, article, described))
        out += rounds_listed(out[-1], index, article)
    return out


def _read(sent: Span, tok: Token, trig: Trigger, index: MentionIndex, article: CleanArticle,
          described: dict[str, str] | None = None) -> Candidate:
    """Parties, persons, round, place, date and status around one trigger (``described``: the bodies the article
    describes by a noun, ``described_bodies``)."""
    described = described or {}
    verb, blocked = (tok, False) if tok.pos_ in {"VERB", "AUX"} else governor(tok)
    if verb is not None and not sent.start <= verb.i < sent.end:
        verb = verb_after(tok, sent)  # the parser hung the talks on the sentence above
    if (inner := reported_clause(tok, verb, index)) is not None:
        verb, blocked = inner, False
    own = [c for c in tok.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i == tok.i + 1]
    if verb is not None and own and sum(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) >= 2:
        verb = own[0]  # "A second meeting followed in X on D, and the third was held in Y": the parser gave
        # both subjects the last verb, and took the first's own verb for a participle
    round_tok = tok.head.head if tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ROUNDS else tok
    if verb is not None and verb.lemma_.lower() in {"follow", "succeed"} and tok.dep_ == "nsubj" \
            and tok.head.i == verb.i and any(c.dep_ == "dobj" for c in verb.children):
        verb, blocked = None, True  # "the Cairo talks follow a round held in X on D": the day is the earlier round's
    topic = is_topic(round_tok) or is_topic(tok) or reacted_to(round_tok, verb) or reacted_to(tok, verb)
    if topic:  # "asked about the talks": the verb's subject, date and tense are not the talks'
        verb, blocked = None, True
    zone = party_zone(tok, verb, sent)
    if verb is not None and verb.dep_ in {"ccomp", "xcomp"} and tok.dep_ == "pobj" and tok.head.lower_ in AFTER:
        # "A and B agreed to let observers in, after a meeting": the parser hung "after" in the inner clause
        zone = tokens_of([*zone, *party_zone(tok, verb_chain(verb)[-1], sent)])
    zone = tokens_of([*zone, *gathered(round_tok, verb if not blocked else None)])  # "the group, which brings
    # together A, B and C, met": its members are the sides
    parties: list[str] = []
    persons: list[str] = []
    surnames = {m.text.split()[-1] for m in index.mentions if m.type == "Person"}
    signed = {u.i for c in tok.children if trig is SIGNING and c.dep_ in {"dobj", "nsubjpass"} for u in c.subtree}
    groups = {t.i: g for t in zone if t.i not in signed and not described_side(t, described)
              and (g := group_side(t, index))}
    in_group = {i for _, ids in groups.values() for i in ids}
    for t in zone:
        if t.i in in_group:
            continue  # "Maoist" of "Maoist rebels": the group is the side
        if t.i in groups:
            parties += [groups[t.i][0]] if groups[t.i][0] not in parties else []
            continue
        m = index.at(t)
        if body := person_typed_body(t, index):  # "the Coastal Unity Parties" the model took for a person
            if body not in parties:
                parties.append(body)
            continue
        if (m is not None and m.type == "Person") or (m is None and t.ent_type_ == "PERSON" and not state_of(t.text)):
            name = name_span(t, index)[0]
            if envoys_of_person(t) and name not in parties:
                parties.append(name)  # "envoys of ousted President A": A's camp is the side
            elif name not in persons and name not in parties:
                persons.append(name)
            continue
        p = party_of(t, index) or acronym_body(t, index) or compass_state(t) \
            or (HOME if bare_government(t, index) else None) \
            or described_side(t, described) \
            or (OPPOSITION if bare_opposition(t, index) else None)  # "the opposition" of "X, the opposition alliance"
        if not p or p in parties or city_of_talks(t, tok, index) or named_body(m, p) or ethnic(t) \
                or parent_body(t, index) \
                or (state_of(p) and owner_of_body(t, index)) or origin(t, index) \
                or (state_of(p) and internal_pair(t)):
            continue
        if not state_of(p) and is_forum(t, p):  # a standing body; "the A-B Dialogue" names its members
            parties += [q for q in forum_members(p) if q not in parties]
            continue
        if not state_of(p) and (p.split()[-1] in surnames or is_portfolio(t) or t.i in signed):
            continue  # a person the model took for an organization; "Trade" of "Trade Minister"; the accord signed
        if not acronym_of_other(t, p, index):
            parties.append(p)
    if trig is SIGNING:  # "the A-B agreement signed in X": the accord names its own pair
        accords = [c for c in tok.children if c.i in signed and c.dep_ in {"dobj", "nsubjpass"}] \
            + ([tok.head] if tok.dep_ in {"acl", "relcl"} else [])
        own = list(dict.fromkeys(q for a in accords for c in a.children if c.dep_ in {"compound", "amod", "nmod"}
                                 for q in [party_of(c, index)]
                                 if q and not (index.at(c) and index.at(c) is index.at(a))))
        parties = own if len(own) >= 2 else parties
    if len(parties) < 2 and tok.lemma_.lower() in ROUNDS:  # "the ninth round of the A-B Joint Commission"
        for g in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            name = name_span(g, index)[0]
            parties += [q for q in (forum_members(name) if is_forum(g, name) else []) if q not in parties]
    rnd = ordinal(round_tok) or ordinal(tok) or apposed_round(tok)
    talks_for = meeting_for(tok)
    if talks_for is not None:
        rnd = rnd or ordinal(talks_for)
    mods = {c.lower_ for c in (*tok.children, *round_tok.children)}
    clause = [verb, *verb.children] if verb is not None else []
    conditional = any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in clause[1:])
    modal = any(c.dep_ == "aux" and c.lower_ in words_of("modal") for c in clause[1:])
    # "the delegations last met on 7 March": a session before the news ("the last round" is the latest one)
    last_met = verb is not None and any(c.dep_ == "advmod" and c.lower_ == "last" for c in verb.children)
    prior = bool(mods & words_of("prior")) or followed(tok) or last_met
    when_day = day_of_when(tok)  # "will table a draft on Monday, when the talks resume"
    if prior:
        planned = False
    elif topic:
        planned = bool(mods & PLAN_AMODS)
    elif any(t.dep_ == "pobj" and t.head.lower_ in AFTER | {"during"} for t in map(_measured, (tok, round_tok))):
        # "agreed after talks", "agreed during the second round": the talks came first
        planned = bool(mods & PLAN_AMODS) or future_above(tok)  # agreed after talks: the talks came first
    else:
        planned = (is_future(tok) and not acted(tok)) or bool(mods & PLAN_AMODS) or conditional or modal or shares_plan(verb) \
            or paved_for(tok) or (when_day is not None and is_future(when_day))
    inner = [g for p in round_tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj" and g.lemma_.lower() in NOUN_GROUP]  # "the round of talks, which ..."
    acls = [c for t in {tok, round_tok, *inner} for c in t.children
            if (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HOLD_LEMMAS)  # "talks held in X"
            or (c.dep_ == "relcl" and c.lemma_.lower() in HOLD_LEMMAS | SPAN_LEMMAS and any(  # "which opened on X"
                s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in {"which", "that"} for s in c.children))
            or (c.dep_ == "relcl" and c.lemma_.lower() in SPAN_LEMMAS and t.lemma_.lower() in ROUNDS)]
    # the last: "The 9th round of the talks between A and the group B ended on X", which the parser may take
    # for a relative clause with B as its subject
    acls += _hung_on_party(tok)
    if (plan := relative_plan([tok, round_tok, *inner]) or headline_plan([tok, round_tok])) and not prior:
        planned, acls = True, acls + plan  # "the talks between A and B, which are due to begin in X on Y"
    if verb is not None and not blocked and verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        acls.append(verb.head)  # "signed X late Sunday, ending the round": the participle shares the day
    heads = [tok, round_tok] + ([verb] if verb is not None and not blocked else []) + acls \
        + ([talks_for] if talks_for is not None else []) + due_to(verb) + planned_verb(verb) \
        + ([when_day] if when_day is not None else [])
    # "met for their 10th round on Friday"; "the round is due to open in X next Saturday"
    if planned and not prior and article.published and any(_held_participle(a) for a in acls) \
            and (gone := date_of(heads, article, sent, future=False)) is not None and gone < article.published:
        planned = False  # "prepared the summit, held in X on D": the trigger's own past participle, a day gone by
    closes = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in CLOSINGS] \
        if verb is not None and not blocked and verb.lemma_.lower() in OPENINGS else []
    end = date_of(closes, article, sent, future=planned) if closes and not topic else None
    # "opened on Sunday and ended on Tuesday": the round is dated by its end
    span_day = first_day if planned else last_day  # talks to come open on their first day, talks held end on the last
    when = None if topic else end or span_day(heads, sent, article) or later_date(heads, sent, article) \
        or date_of(heads, article, sent, future=planned) or deep_date(heads, article, sent, planned)
    if when is not None and planned and verb is not None and past_perfect(verb):
        when = nearer_day(when, date_of(heads, article, sent, future=False), article)
    if when is None and not topic:
        when = possessive_day(round_tok, article, planned)  # "Monday's round ended without a deal"
    if when is None and plan:  # "welcomed the talks, which will open on X": the talks' own clause dates them
        when = date_of(plan, article, sent, future=True)
    if when is None and topic and acls:  # "the measures follow talks that concluded in X on D": so do these
        when = date_of(acls, article, sent, future=planned)
    if when is None and not topic and verb is not None and (same := same_day_verb(verb)) is not None:
        when = date_of([same], article, sent, future=planned)
    if when is None and not topic and not planned and verb is not None and not blocked and tok.dep_ == "nsubj":
        when = date_of(when_clause(verb), article, sent, future=False)  # "When A left X on Friday, the round
        # had ended": the time clause of the talks' own verb dates them
    if when is None and not topic and not planned and verb is not None and ends_in(verb, (tok, round_tok)):
        # "agreed on Saturday after a round of talks" (the parser may hang "after" in the clause agreed on)
        when = date_of(verb_chain(verb), article, sent, future=False)
        if when is None and article.published and the_accord(verb):  # "A and B agreed late on Friday ... The
            when = earlier_accord_date(sent, article)  # deal was struck after a week of talks": the accord's day
    if when is None and not topic and verb is not None and not blocked and article.published:
        when = date_before_when(verb, article.published)  # "dates back to D, when A and B opened talks"
    if rnd is None and when is None and verb is not None and verb.lemma_.lower() in OPENINGS \
            and tok.dep_ == "nsubj" and tok.head.i == verb.i and vague_date([verb], sent) and not mods & CURRENT:
        rnd = 1  # "the talks opened in November 2012": their first session, long before the news
    new_session = bool(mods & NEW_SESSION) or any(
        t.lower_ in NEW_SESSION or t.lemma_.lower() in NEW_SESSION for t in clause)
    place = talks_place(heads, tok, index, sent) or city_named(tok, index) or host_of(tok, verb, index) \
        or (dateline_city(article.dateline) if reported_here(heads + inner) else None)
    outlets = dateline_outlets(article.dateline)  # and "X (XY)": one party
    parties = [p for p in parties if p != place and p not in outlets and not any(p == initials(q) for q in parties)]
    conf = trig.confidence + (0.1 if rnd else 0) + (0.05 if len(parties) >= 2 else 0)
    # "A and B met for a third round of talks": a round of the talks between their states, not a meeting
    sent_team = len(parties) == 1 and verb is not None and tok.i == verb.i and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in DELEGATION_NOUNS and c.tag_ == "NN" for c in verb.children)
    # "An X delegation led by A met B in Y": X's meeting with the other party, its leader one of its members
    meeting = len(persons) >= 2 and trig.cameo == "044" and not (talks_for is not None and rnd and len(parties) >= 2) \
        and not sent_team
    return Candidate(sent, tok, "044" if meeting else "046", min(conf, 0.95), parties, persons, rnd, when, place,
                 planned, sequel=rnd is None and not prior and (bool(mods & SEQUEL_AMODS) or (planned and new_session)),
                 pair_ref=pair_reference(zone) or of_forum(tok) or sent_team or (planned and _again(tok)),
                 prior=prior and rnd is None,
                 vague=when is None and (vague_date(heads, sent) or (verb is not None and on_a_when(verb))), same_place=place is None and same_place(heads),
                 opened=when is not None and end is None and (
                     (verb is not None and not blocked and verb.lemma_.lower() in OPENINGS)
                     or any(a.dep_ == "relcl" and a.lemma_.lower() in OPENINGS for a in acls)),  # "which opened on D"
                 groups=[g for g, _ in groups.values() if g in parties],
                 ongoing=verb is not None and not blocked and ONGOING & {verb.lemma_.lower(), verb.lower_} != set(),
                 closed=verb is not None and not blocked and closing(verb))


def find_negotiations(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[EventDraft]:
    """Negotiation and meeting drafts of one article, one per trigger, rounds and parties filled in."""
    cands = _candidates(doc, index, article)
    for c in cands:  # "A and B met with the mediation of C": C is at the table, no side
        rest = [p for p in c.parties if p not in session_hosts(c.sent, index)]
        c.parties = rest if len(rest) >= 2 else c.parties
    state_counts = count_states(doc, index)
    brokers_or_hosts, brokers = mediator_states(doc, index)
    for state in brokers_or_hosts:  # "talks mediated by X": X is no side of the article's pair
        del state_counts[state]
    third = frozenset(brokers)  # named a mediator: no side even when stated
    home = next((s for s, _ in state_counts.most_common() if s not in third), None)
    opposition = cache(lambda: described_bodies(doc, index).get("opposition") or opposition_of(home))
    for c in (c for c in cands if OPPOSITION in c.parties):  # "the government and the opposition": the state
        # the article is about and its opposition
        own = {OPPOSITION: opposition(), HOME: home}
        c.parties = [own.get(p, p) for p in c.parties if home or p not in own]
    governed = [c for c in cands if HOME in c.parties]
    for c in governed:
        c.parties.remove(HOME)
    named = cache(lambda: agent_parties(doc, index, home))
    listed = cache(lambda: tuple(dict.fromkeys(m.side for m in find_delegations(doc, index))))
    main = main_parties(cands, state_counts, paragraph_pairs(doc, index), third, named, listed)
    main = widened(main, cands, state_counts, third)
    named_groups(cands, main)
    for c in cands:  # "the National Liberation Army (ELN)" beside "the ELN" elsewhere: one party, one name
        c.parties = list(dict.fromkeys(acronym_in(p, main, doc_text(doc)) for p in c.parties))
    for c in governed:  # "the government and the Front" beside another pair, or of the article's pair ("the
        # government and the rebels will meet"): the state the article is about
        if c.parties and home and home not in c.parties and ((home in main and all(p in main for p in c.parties))
                or not (main and all(p in main or same_head(p, main) for p in c.parties))):
            c.parties.append(home)
    kept: list[Candidate] = []
    # the article reports talks between a pair it names (in a trigger's clause or by their negotiators)
    paired = any(len(c.parties) >= 2 for c in cands) or bool(named())
    for c in cands:
        if len(c.persons) >= 2 and c.cameo == "044":
            if len(c.parties) < 2 and len(main) >= 2 and all(p in main for p in c.parties):
                c.parties = list(main)  # "A met B, the X envoy": two negotiators of the article's pair, its sides
            kept.append(c)
            continue
        explicit = len(c.parties)
        if c.trigger.lemma_.lower() in MEET_LEMMAS and explicit < 2 and not c.pair_ref and (c.round or 0) < 2 \
                and not (paired and the_meeting(c.trigger)) and not (main and the_dialogue(c.trigger, c.date)) \
                and not (not explicit and c.date and c.place and not c.planned and acted(c.trigger)):
            # not "A summit in X on D agreed to ...": a session of the article's series, its parties named elsewhere
            continue  # "a meeting" of someone; "their tenth meeting": a numbered meeting is one of the article's series
        if (c.confidence < 0.6 and not explicit) or (signing(c) and ((explicit < 2 and not paired) or c.vague or (
                explicit and main and not all(p in main or same_head(p, main) for p in c.parties)))):
            continue  # "the accord was signed" is a session only of talks the article reports between a pair, not
            # another pair's accord; "signed a cooperation deal last month" is background, no session told apart
        if c.date is None and c.place is None and c.round is None and (
                halted(c.trigger) or since_start(c.trigger) or urged_to(c.trigger)):
            continue  # "stalled negotiations between A and B", "suspend talks with B", "since the talks were
            # revived": a process, no session
        if explicit == 1 and noun_lemma(c.trigger) == "consultation" and len(c.persons) < 2:
            continue  # "left for consultations with the group's leadership": one side's own consultations; not
            # "A held consultations with B's deputy minister C"
        if explicit < 2:
            if not main or not all(p in main or same_head(p, main) for p in c.parties):
                continue
            c.parties = list(main)
            c.confidence -= 0.1
        kept.append(c)
    kept = [c for c in kept if not long_running(c, article.published)]
    number_sequels(kept)
    same_places(kept)
    date_by_close(kept)
    assign_rounds(kept, article.published)
    first_before_second(kept)
    for c in kept:  # talks held cannot take the day of a round still to come
        if not c.planned and c.date and article.published and c.date > article.published:
            c.date = None
    meetings_into_talks(kept)
    join_meetings(kept)
    members = find_delegations(doc, index, main)
    held, plan = held_group(kept), planned_group(kept)
    drafts = []
    for c in kept:
        basis = "stated" if c.date else "article"
        # "met in X last year": a past session placed but not dated to the day, nor told apart by its round
        background = c.vague and c.round is None and not c.planned and c.place is not None
        when = c.date or (None if background else article.published)
        m = tuple((x.side, x.person) for x in members  # not the mediator's delegation
                  if c is _session_of(x, kept, held, plan) and x.side not in third)
        drafts.append(EventDraft(
            kind="Negotiation", evidence=evidence(c.sent, article, c.confidence), date=when, date_basis=basis,
            place=c.place, participants=tuple(c.persons) if c.cameo == "044" else _with_hosts(c, index),
            sides=tuple(sorted(c.parties)), round=c.round, status="planned" if c.planned else "held",
            members=m, cameo=c.cameo))
    return drafts


def _with_hosts(c: Candidate, index: MentionIndex) -> tuple[str, ...]:
    """The talks' sides and the hosts or mediators their sentence puts at the table ("with X acting as host")."""
    return tuple(sorted(c.parties)) + tuple(h for h in session_hosts(c.sent, index) if h not in c.parties)


def _session_of(x: Listed, cands: list[Candidate], held: Candidate | None, plan: Candidate | None) -> Candidate | None:
    """The session a listed member belongs to: the planned or held talks, else (the side no party of them, or the
    session after the list) the nearest held session before the list whose parties include the member's side."""
    c = (plan or held) if x.future else _session_before(x.at, cands, held) or plan
    if x.future or c is None or (x.side in c.parties and c.sent.start_char <= x.at):
        return c
    own = [k for k in cands if not k.planned and not k.vague and not k.prior and x.side in k.parties
           and k.sent.start_char <= x.at]
    return max(own, key=lambda k: k.sent.start_char, default=c)


def _session_before(at: int, cands: list[Candidate], held: Candidate | None) -> Candidate | None:
    """The session a delegation list at offset ``at`` reports, when the held talks have no stated day: the last
    session of their parties held on a stated day before the list ("they met at X on Saturday ... The government delegation, led by A, included
    B"; not an earlier round: "It followed a third round on Monday"), else the held talks."""
    if held is None or held.date:
        return held
    before = [c for c in cands if not c.planned and not c.prior and not c.vague and c.date
              and c.sent.start_char <= at and set(c.parties) == set(held.parties) and c.round in {None, held.round}]
    return max(before, key=lambda c: c.sent.start_char, default=held)


def _again(tok: Token) -> bool:
    """True for "meet again" ("they would meet again in X"): the article's pair meeting once more."""
    return tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ == "again" for c in tok.children)


def _hung_on_party(tok: Token) -> list[Token]:
    """The talks' own relative clause the parser hung on a party of their between/with/by phrase ("the talks
    between A and B, which concluded in X on D", "talks hosted by C that ended in X on D"): an intransitive span
    verb ("concluded", "opened") whose subject is "which" or "that"."""
    owners = [tok, *(c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN")]  # "talks hosted by C"
    return [r for o in owners for p in o.children if p.dep_ in {"prep", "agent"}
            and p.lower_ in {"between", "with", "among", "by"} for r in p.subtree
            if r.dep_ == "relcl" and r.lemma_.lower() in SPAN_LEMMAS
            and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in r.children)
            and not any(c.dep_ == "dobj" for c in r.children)]


def _held_participle(tok: Token) -> bool:
    """True for a bare past participle of holding ("the summit, held in X"), not "to be held" nor "being held"."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in HOLD_LEMMAS \
        and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children)


def _measured(tok: Token) -> Token:
    """The noun measuring ``tok`` by an "of" phrase ("days" of "after three days of talks"), else ``tok``."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    return tok

