"""Negotiations and meetings read from one article, with the delegations the article lists.

Each trigger ("talks", "round of negotiations", "meet") gives one candidate with the parties, round,
place, date and status its clause states; then the article is read as a whole: a candidate without
parties takes the article's main pair, one without a round joins the round the article is about, and
delegation lists attach to the round the article reports as held.

This module finds the triggers and reads each clause; the helpers live beside it:
``events_negotiation_words`` (vocabulary, ordinals), ``events_negotiation_parties`` (who the sides are),
``events_negotiation_place_date`` (where and when) and ``events_negotiation_rounds`` (rounds across the article).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.components.roles import role_words
from kg.events_common import MentionIndex, date_of, evidence, is_future, name_span, party_of, sentences
from kg.events_delegation import find_delegations, initials
from kg.events_lexicon import Trigger, state_of, triggers
from kg.events_negotiation_parties import (acronym_of_other, below_clause, count_states, is_forum, is_portfolio,
                                           main_parties, mediator_states, of_forum, pair_reference, party_zone,
                                           verb_after)
from kg.events_negotiation_place_date import deep_date, future_above, talks_place, vague_date
from kg.events_negotiation_rounds import (Candidate, assign_rounds, held_group, join_meetings,
                                          meetings_into_talks, number_sequels, planned_group)
from kg.events_negotiation_words import (AFTER, BLOCKING, CALL, CALL_MEDIA, CLAUSES, CONDITIONAL, DURATIONS,
                                         HOLD_LEMMAS, MEET_LEMMAS, NEW_SESSION, NOT_TALKS, NOUN_GROUP, PAIR_TRIGGERS,
                                         PLAN_AMODS, ROUNDS, SEQUEL_AMODS, SEQUENCE_AMODS, SIT_DOWN, SPAN_LEMMAS,
                                         elided_ordinal, ordinal, talks_name, words_of)
from kg.gazetteer import country_of_demonym, lookup_country
from kg.model import CleanArticle, EventDraft

_verb_after = verb_after  # the name tests/test_events.py imports

def _trigger(tok: Token) -> Trigger | None:
    """The lexicon entry ``tok`` is an instance of, if any: a trigger word, "sat down with", or a
    conference or dialogue that is not a news conference."""
    pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else tok.pos_
    lemma = tok.lemma_.lower()
    if found := triggers().get((lemma, pos)):
        return found
    if pos == "VERB" and lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return SIT_DOWN  # "A sat down with B", "the two sides sat down for talks"
    if pos == "NOUN" and (found := PAIR_TRIGGERS.get(lemma)) and not any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in NOT_TALKS for c in tok.children) \
            and not (tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in role_words()):
        return found  # not "the envoy for the X-Y dialogue"
    if pos == "NOUN" and lemma == "call" and any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in CALL_MEDIA for c in tok.children):
        return CALL  # "the two ministers held a video call"
    return None


def _governor(tok: Token) -> tuple[Token | None, bool]:
    """The verb whose clause holds ``tok`` and whether the path to it passes a time preposition."""
    blocked = False
    t = tok
    for _ in range(6):
        if t.dep_ in CLAUSES or t.head.i == t.i:
            return (t if t.pos_ in {"VERB", "AUX"} else None), blocked
        t = t.head
        if t.lower_ in BLOCKING and not (t.lower_ == "for" and t.head.lemma_.lower() in words_of("arrive")):
            blocked = True  # "called for talks on Monday"; but "arrived on Monday for talks" dates the talks
        if t.pos_ in {"VERB", "AUX"} and t.dep_ != "prep" and not (t.dep_ == "pcomp" and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)):
            return t, blocked  # past a gerund ("signed a deal on sharing X after talks") and a "following"
            # tagged as a verb: the clause's verb
    return None, blocked


def _candidates(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[Candidate]:
    """One candidate per trigger that is not part of another trigger's phrase."""
    out: list[Candidate] = []
    talks = any(t.lemma_.lower() in NOUN_GROUP - {"meeting", "summit"} for t in doc)
    for sent in sentences(doc):
        taken: set[int] = set()
        for tok in sent:
            trig = _trigger(tok)
            if trig is None or tok.i in taken:
                continue
            if tok.lemma_.lower() in ROUNDS:
                inner = [g for p in tok.children if p.lower_ == "of" for g in p.children
                         if g.lemma_.lower() in NOUN_GROUP or talks_name(g)]
                if not inner and not (of_forum(tok) and _numbered(tok)) and not _bare_round(tok, talks):
                    continue
                taken.update(g.i for g in inner)
            elif tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ROUNDS:
                continue
            if tok.pos_ in {"VERB", "AUX"}:  # "met for talks": one event; not the talks of its clauses
                taken.update(t.i for t in tok.subtree if not below_clause(t, tok))
            out.append(_read(sent, tok, trig, index, article))
            if out[-1].round is not None and tok.lemma_.lower() in ROUNDS:
                out += _elided_rounds(out[-1], index, article)
    return out


def _elided_rounds(cand: Candidate, index: MentionIndex, article: CleanArticle) -> list[Candidate]:
    """The rounds a list names by their ordinal alone after a numbered round: "The first round was held in
    X in May and the second in Y in June, followed by a third in Z on July 3" -> rounds two and three, each
    with the place and date of its own phrase."""
    out = []
    for e in cand.sent:
        n = elided_ordinal(e)
        if n is None or n == cand.round or e.i <= cand.trigger.i:
            continue
        heads = [e] + ([e.head.head] if e.dep_ == "pobj" and e.head.dep_ == "agent" else [])  # "followed by a third"
        out.append(replace(cand, round=n, place=talks_place([e], e, index, cand.sent),
                           date=date_of(heads, article, cand.sent, future=cand.planned),
                           vague=vague_date([e], cand.sent), sequel=False, prior=False))
        if out[-1].date is not None:
            out[-1].vague = False
    return out


def _numbered(tok: Token) -> bool:
    """True when a round noun carries an ordinal or a sequence word ("the fourth round", "the previous round")."""
    return ordinal(tok) is not None or any(c.lower_ in SEQUENCE_AMODS | words_of("prior") for c in tok.children)


def _bare_round(tok: Token, talks: bool) -> bool:
    """True for "the third round", "the next round" standing for a round of the talks the article reports:
    an ordinal or sequence word, no "of" phrase ("round of sanctions"), no noun compound ("election round")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in NOUN_GROUP for c in tok.children):
        return False
    sequence = any(c.lower_ in SEQUENCE_AMODS for c in tok.children if c.dep_ in {"amod", "advmod", "det"})
    return talks and (ordinal(tok) is not None or sequence)


def _read(sent: Span, tok: Token, trig: Trigger, index: MentionIndex, article: CleanArticle) -> Candidate:
    """Parties, persons, round, place, date and status around one trigger."""
    verb, blocked = (tok, False) if tok.pos_ in {"VERB", "AUX"} else _governor(tok)
    if verb is not None and not sent.start <= verb.i < sent.end:
        verb = verb_after(tok, sent)  # the parser hung the talks on the sentence above
    round_tok = tok.head.head if tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ROUNDS else tok
    topic = _topic(round_tok) or _topic(tok)
    if topic:  # "asked about the talks": the verb's subject, date and tense are not the talks'
        verb, blocked = None, True
    zone = party_zone(tok, verb, sent)
    parties: list[str] = []
    persons: list[str] = []
    surnames = {m.text.split()[-1] for m in index.mentions if m.type == "Person"}
    for t in zone:
        m = index.at(t)
        if (m is not None and m.type == "Person") or (m is None and t.ent_type_ == "PERSON" and not state_of(t.text)):
            name = name_span(t, index)[0]
            if name not in persons:
                persons.append(name)
            continue
        p = party_of(t, index)
        if not p or p in parties or _city_of_talks(t, tok, index):
            continue
        if not state_of(p) and (p.split()[-1] in surnames or is_forum(t, p) or is_portfolio(t)):
            continue  # a person the model took for an organization; a standing body; "Trade" of "Trade Minister"
        if not acronym_of_other(t, p, index):
            parties.append(p)
    rnd = ordinal(round_tok) or ordinal(tok)
    talks_for = _talks_for(tok)
    if talks_for is not None:
        rnd = rnd or ordinal(talks_for)
    mods = {c.lower_ for c in (*tok.children, *round_tok.children)}
    clause = [verb, *verb.children] if verb is not None else []
    conditional = any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in clause[1:])
    modal = any(c.dep_ == "aux" and c.lower_ in words_of("modal") for c in clause[1:])
    prior = bool(mods & words_of("prior"))
    if prior:
        planned = False
    elif topic:
        planned = bool(mods & PLAN_AMODS)
    elif any(t.dep_ == "pobj" and t.head.lower_ in AFTER for t in (tok, round_tok)):
        planned = bool(mods & PLAN_AMODS) or future_above(tok)  # agreed after talks: the talks came first
    else:
        planned = is_future(tok) or bool(mods & PLAN_AMODS) or conditional or modal
    inner = [g for p in round_tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj" and g.lemma_.lower() in NOUN_GROUP]  # "the round of talks, which ..."
    acls = [c for t in {tok, round_tok, *inner} for c in t.children
            if (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HOLD_LEMMAS)  # "talks held in X"
            or (c.dep_ == "relcl" and c.lemma_.lower() in HOLD_LEMMAS | SPAN_LEMMAS and any(  # "which opened on X"
                s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in {"which", "that"} for s in c.children))]
    heads = [tok, round_tok] + ([verb] if verb is not None and not blocked else []) + acls
    when = None if topic else date_of(heads, article, sent, future=planned) or deep_date(heads, article, sent, planned)
    if when is None and not topic and not planned and verb is not None and _ends_in(verb, (tok, round_tok)):
        # "agreed on Saturday after a round of talks" (the parser may hang "after" in the clause agreed on)
        when = date_of([verb] + ([verb.head] if verb.dep_ in {"ccomp", "conj"} else []), article, sent, future=False)
    new_session = bool(mods & NEW_SESSION) or any(
        t.lower_ in NEW_SESSION or t.lemma_.lower() in NEW_SESSION for t in clause)
    place = talks_place(heads, tok, index, sent)
    parties = [p for p in parties if p != place and not any(p == initials(q) for q in parties)]  # "X (XY)"
    conf = trig.confidence + (0.1 if rnd else 0) + (0.05 if len(parties) >= 2 else 0)
    # "A and B met for a third round of talks": a round of the talks between their states, not a meeting
    meeting = len(persons) >= 2 and trig.cameo == "044" and not (talks_for is not None and rnd and len(parties) >= 2)
    return Candidate(sent, tok, "044" if meeting else "046", min(conf, 0.95), parties, persons, rnd, when, place,
                 planned, sequel=rnd is None and not prior and (bool(mods & SEQUEL_AMODS) or (planned and new_session)),
                 pair_ref=pair_reference(zone) or of_forum(tok), prior=prior and rnd is None,
                 vague=when is None and vague_date(heads, sent))


def _city_of_talks(tok: Token, trig: Token, index: MentionIndex) -> bool:
    """True for a city that names the talks by where they were ("the Harbour City meeting", "the Lakeside
    talks"): a compound of the trigger whose name is not itself a state's."""
    t = tok
    while t.dep_ == "compound" and t.head.i != trig.i and t.head.i != t.i:
        t = t.head
    if t.dep_ != "compound" or t.head.i != trig.i:
        return False
    text = name_span(tok, index)[0]
    return state_of(text) is not None and lookup_country(text) is None and country_of_demonym(text) is None


def _ends_in(verb: Token, talks: tuple[Token, ...]) -> bool:
    """True when ``verb`` reports what the talks ended in: the talks are the object of an "after"/"following"
    phrase of its own clause, with no date of their own ("X and Y agreed yesterday following hours of talks")."""
    for t in talks:
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in DURATIONS:
            t = t.head.head  # "following five hours of talks"
        if t.dep_ == "pobj" and t.head.lower_ in AFTER and not below_clause(t.head, verb) \
                and verb in t.head.ancestors:
            return True
    return False


def _topic(tok: Token) -> bool:
    """True when ``tok`` is the topic of its verb, not its event: "asked about the talks", "brief X on the talks"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in words_of("topic"):
        return True
    return prep.lower_ == "on" and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in words_of("topic_verb")


def _talks_for(tok: Token) -> Token | None:
    """The talks a meeting verb is for: "met in X for a third round of talks" -> "round"."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
        for g in prep.children:
            if g.dep_ == "pobj" and g.lemma_.lower() in NOUN_GROUP | ROUNDS:
                return g
    return None


def find_negotiations(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[EventDraft]:
    """Negotiation and meeting drafts of one article, one per trigger, rounds and parties filled in."""
    cands = _candidates(doc, index, article)
    state_counts = count_states(doc, index)
    for state in mediator_states(doc, index):  # "talks mediated by X": X is no side of the article's pair
        del state_counts[state]
    main = main_parties(cands, state_counts)
    kept: list[Candidate] = []
    for c in cands:
        if len(c.persons) >= 2 and c.cameo == "044":
            kept.append(c)
            continue
        explicit = len(c.parties)
        if c.trigger.lemma_.lower() in MEET_LEMMAS and explicit < 2 and not c.pair_ref:
            continue
        if c.confidence < 0.6 and not explicit:
            continue
        if explicit < 2:
            if not main or not set(c.parties) <= set(main):
                continue
            c.parties = list(main)
            c.confidence -= 0.1
        kept.append(c)
    number_sequels(kept)
    assign_rounds(kept)
    meetings_into_talks(kept)
    join_meetings(kept)
    members = find_delegations(doc, index, main)
    held, plan = held_group(kept), planned_group(kept)
    drafts = []
    for c in kept:
        basis = "stated" if c.date else "article"
        when = c.date or article.published
        m = tuple((side, person) for side, person, future in members
                  if c is ((plan or held) if future else (held or plan)))
        drafts.append(EventDraft(
            kind="Negotiation", evidence=evidence(c.sent, article, c.confidence), date=when, date_basis=basis,
            place=c.place, participants=tuple(c.persons) if c.cameo == "044" else tuple(sorted(c.parties)),
            sides=tuple(sorted(c.parties)), round=c.round, status="planned" if c.planned else "held",
            members=m, cameo=c.cameo))
    return drafts
