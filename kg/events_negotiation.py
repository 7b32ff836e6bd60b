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
from kg.events_common import (MentionIndex, date_of, evidence, is_future, name_span, party_of, sentences,
                              tokens_of)
from kg.events_delegation import find_delegations
from kg.events_delegation_people import initials
from kg.events_lexicon import Trigger, state_of, triggers
from kg.events_negotiation_parties import (HOME, acronym_of_other, bare_government, below_clause, compass_state,
                                           count_states, ethnic,
                                           internal_pair, is_forum, is_portfolio, main_parties, mediator_states,
                                           named_body, of_forum, origin, owner_of_body, pair_reference,
                                           paragraph_pairs, party_zone, verb_after)
from kg.events_negotiation_place_date import (dateline_city, deep_date, future_above, host_of, reported_here,
                                              same_place, talks_place, vague_date)
from kg.events_negotiation_rounds import (Candidate, assign_rounds, held_group, join_meetings,
                                          meetings_into_talks, number_sequels, planned_group, same_places)
from kg.events_negotiation_words import (AFTER, BLOCKING, CALL, CALL_MEDIA, CLAUSES, CONDITIONAL, CYCLE, DURATIONS,
                                         HOLD_LEMMAS, MEET_LEMMAS, NEW_SESSION, NOT_TALKS, OPENINGS, NOUN_GROUP, PAIR_TRIGGERS,
                                         PLAN_AMODS, PLAN_HEADS, PROCESS_NOUNS, REACTIONS, RESUME_CALLS, ROUNDS, SEQUEL_AMODS, SEQUENCE_AMODS,
                                         SIT_DOWN, SPAN_LEMMAS, elided_ordinal, first_rounds, ordinal, talks_name,
                                         words_of)
from kg.gazetteer import country_of_demonym, lookup_country
from kg.model import CleanArticle, EventDraft

_verb_after = verb_after  # the name tests/test_events.py imports

def _trigger(tok: Token) -> Trigger | None:
    """The lexicon entry ``tok`` is an instance of, if any: a trigger word, "sat down with", or a
    conference or dialogue that is not a news conference."""
    pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else tok.pos_
    lemma = tok.lemma_.lower()
    if pos == "NOUN" and tok.dep_ == "compound" and tok.head.lemma_.lower() not in NOUN_GROUP | ROUNDS:
        return None  # "the meeting point", "the talks venue": a thing named after talks, not talks
    if found := triggers().get((lemma, pos)):
        return found
    if pos == "VERB" and lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return SIT_DOWN  # "A sat down with B", "the two sides sat down for talks"
    if pos == "NOUN" and (found := PAIR_TRIGGERS.get(lemma)) and not any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in NOT_TALKS for c in tok.children) \
            and not (tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in role_words()) and tok.dep_ != "compound":
        return found  # not "the envoy for the X-Y dialogue", not "the Y Conference Centre"
    if pos == "NOUN" and lemma in ROUNDS and lemma not in {"round", "session"}:
        return CYCLE  # "the second cycle of talks"
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
        if t.lower_ in BLOCKING and not (t.lower_ == "for" and _arrival(t.head)):
            blocked = True  # "called for talks on Monday"; but "arrived on Monday for talks" dates the talks
        if t.pos_ in {"VERB", "AUX"} and t.dep_ != "prep" and not (t.dep_ == "pcomp" and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)):
            return t, blocked  # past a gerund ("signed a deal on sharing X after talks") and a "following"
            # tagged as a verb: the clause's verb
    return None, blocked


def _arrival(verb: Token) -> bool:
    """True for a verb of coming to the talks ("arrived", "will be back in X"), whose date is theirs."""
    return verb.lemma_.lower() in words_of("arrive") or (
        verb.lemma_.lower() == "be" and any(c.lower_ in {"back", "here", "there"} for c in verb.children))


def _candidates(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[Candidate]:
    """One candidate per trigger that is not part of another trigger's phrase."""
    out: list[Candidate] = []
    talks = any(t.lemma_.lower() in NOUN_GROUP - {"meeting", "summit"} | {"dialogue"} for t in doc)
    for sent in sentences(doc):
        if sent.text.rstrip().endswith("?"):
            continue  # "Will sanctions hurt the talks?": a question reports no talks
        taken: set[int] = set()
        for tok in sent:
            trig = _trigger(tok)
            if trig is None or tok.i in taken or (tok.tag_ == "NN" and tok.lower_ == "talk"):
                continue  # "the talk is not of X": conversation; negotiations are "talks"
            if tok.lemma_.lower() in ROUNDS and tok.tag_ == "NNS" and ordinal(tok) is None \
                    and any(c.lower_ in words_of("prior") for c in tok.children):
                continue  # "as at previous rounds": background, no one round
            if tok.lemma_.lower() in ROUNDS:
                inner = [g for p in tok.children if p.lower_ == "of" for g in p.children
                         if g.lemma_.lower() in NOUN_GROUP | PROCESS_NOUNS or talks_name(g)]
                if not inner and not (of_forum(tok) and _numbered(tok)) and not _bare_round(tok, talks):
                    continue
                taken.update(g.i for g in inner)
            elif tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ROUNDS:
                continue
            if _call_to_return(tok):
                continue
            if tok.pos_ in {"VERB", "AUX"}:  # "met for talks": one event; not the talks of its clauses
                taken.update(t.i for t in tok.subtree if not below_clause(t, tok))
            out.append(_read(sent, tok, trig, index, article))
            if out[-1].round is not None and tok.lemma_.lower() in ROUNDS:
                out += _elided_rounds(out[-1], index, article)
            if out[-1].round == 1 and tok.lemma_.lower() in ROUNDS:  # "the first two rounds were held in X"
                out += [replace(out[-1], round=n) for n in range(2, first_rounds(tok) + 1)]
    return out


def _call_to_return(tok: Token) -> bool:
    """True for talks someone is urged or pressed "to return to": a call, no session reported."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
    return verb is not None and verb.lemma_.lower() in RESUME_CALLS and verb.dep_ in {"xcomp", "ccomp"} \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


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
    topic = _topic(round_tok) or _topic(tok) or _reacted_to(round_tok, verb) or _reacted_to(tok, verb)
    if topic:  # "asked about the talks": the verb's subject, date and tense are not the talks'
        verb, blocked = None, True
    zone = party_zone(tok, verb, sent)
    if verb is not None and verb.dep_ in {"ccomp", "xcomp"} and tok.dep_ == "pobj" and tok.head.lower_ in AFTER:
        # "A and B agreed to let observers in, after a meeting": the parser hung "after" in the inner clause
        zone = tokens_of([*zone, *party_zone(tok, _verb_chain(verb)[-1], sent)])
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
        p = party_of(t, index) or compass_state(t) or (HOME if bare_government(t, index) else None)
        if not p or p in parties or _city_of_talks(t, tok, index) or named_body(m, p) or ethnic(t) \
                or (state_of(p) and owner_of_body(t, index)) or origin(t, index) \
                or (state_of(p) and internal_pair(t)):
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
    elif any(t.dep_ == "pobj" and t.head.lower_ in AFTER | {"during"} for t in (tok, round_tok)):
        # "agreed after talks", "agreed during the second round": the talks came first
        planned = bool(mods & PLAN_AMODS) or future_above(tok)  # agreed after talks: the talks came first
    else:
        planned = is_future(tok) or bool(mods & PLAN_AMODS) or conditional or modal
    inner = [g for p in round_tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj" and g.lemma_.lower() in NOUN_GROUP]  # "the round of talks, which ..."
    acls = [c for t in {tok, round_tok, *inner} for c in t.children
            if (c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HOLD_LEMMAS)  # "talks held in X"
            or (c.dep_ == "relcl" and c.lemma_.lower() in HOLD_LEMMAS | SPAN_LEMMAS and any(  # "which opened on X"
                s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in {"which", "that"} for s in c.children))
            or (c.dep_ == "relcl" and c.lemma_.lower() in SPAN_LEMMAS and t.lemma_.lower() in ROUNDS)]
    # the last: "The 9th round of the talks between A and the group B ended on X", which the parser may take
    # for a relative clause with B as its subject
    if verb is not None and not blocked and verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        acls.append(verb.head)  # "signed X late Sunday, ending the round": the participle shares the day
    heads = [tok, round_tok] + ([verb] if verb is not None and not blocked else []) + acls \
        + ([talks_for] if talks_for is not None else []) + _due_to(verb)  # "met for their 10th round on Friday"
    when = None if topic else date_of(heads, article, sent, future=planned) or deep_date(heads, article, sent, planned)
    if when is None and not topic and verb is not None and (same := _same_day(verb)) is not None:
        when = date_of([same], article, sent, future=planned)
    if when is None and not topic and not planned and verb is not None and _ends_in(verb, (tok, round_tok)):
        # "agreed on Saturday after a round of talks" (the parser may hang "after" in the clause agreed on)
        when = date_of(_verb_chain(verb), article, sent, future=False)
    if rnd is None and when is None and verb is not None and verb.lemma_.lower() in OPENINGS \
            and tok.dep_ == "nsubj" and tok.head.i == verb.i and vague_date([verb], sent):
        rnd = 1  # "the talks opened in November 2012": their first session, long before the news
    new_session = bool(mods & NEW_SESSION) or any(
        t.lower_ in NEW_SESSION or t.lemma_.lower() in NEW_SESSION for t in clause)
    place = talks_place(heads, tok, index, sent) or _city_named(tok, index) or host_of(tok, verb, index) \
        or (dateline_city(article.dateline) if reported_here(heads + inner) else None)
    parties = [p for p in parties if p != place and not any(p == initials(q) for q in parties)]  # "X (XY)"
    conf = trig.confidence + (0.1 if rnd else 0) + (0.05 if len(parties) >= 2 else 0)
    # "A and B met for a third round of talks": a round of the talks between their states, not a meeting
    meeting = len(persons) >= 2 and trig.cameo == "044" and not (talks_for is not None and rnd and len(parties) >= 2)
    return Candidate(sent, tok, "044" if meeting else "046", min(conf, 0.95), parties, persons, rnd, when, place,
                 planned, sequel=rnd is None and not prior and (bool(mods & SEQUEL_AMODS) or (planned and new_session)),
                 pair_ref=pair_reference(zone) or of_forum(tok), prior=prior and rnd is None,
                 vague=when is None and vague_date(heads, sent), same_place=place is None and same_place(heads))


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


def _city_named(trig: Token, index: MentionIndex) -> str | None:
    """The city that names the talks by where they are held ("the Harbour City negotiations"), else ``None``."""
    return next((name_span(c, index)[0] for c in trig.children if _city_of_talks(c, trig, index)), None)


def _due_to(verb: Token | None) -> list[Token]:
    """The predicate a verb is the plan of, which may carry the date: "on Saturday, A and B are due to sit down"
    -> "due", "are"; also "is expected / scheduled / set to"; else nothing."""
    out: list[Token] = []
    v = verb
    while v is not None and v.dep_ == "xcomp" and v.head.lemma_.lower() in PLAN_HEADS and len(out) < 2:
        v = v.head
        out.append(v)
        if v.dep_ == "acomp" and v.head.lemma_.lower() == "be":
            out.append(v.head)
    return out


def _same_day(verb: Token) -> Token | None:
    """The verb whose date a "the same day that ..." clause shares ("X announced it on Friday, the same day
    that A and B sat down for talks" -> "announced"), else ``None``."""
    day = verb.head
    if verb.dep_ != "relcl" or day.lemma_.lower() != "day" or not any(c.lower_ == "same" for c in day.children):
        return None
    return next((a for a in day.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _verb_chain(verb: Token) -> list[Token]:
    """``verb`` and the verbs above it whose complement or conjunct it is ("agreed to let X monitor Y":
    monitor, let, agreed)."""
    chain = [verb]
    while chain[-1].dep_ in {"ccomp", "xcomp", "conj"} and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


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


def _reacted_to(tok: Token, verb: Token | None) -> bool:
    """True when ``tok`` is what its verb reacts to ("X welcomed the talks on Monday"): the day and the subject
    are the reaction's, not the talks'."""
    return verb is not None and tok.dep_ == "dobj" and tok.head.i == verb.i and verb.lemma_.lower() in REACTIONS


def _talks_for(tok: Token) -> Token | None:
    """The talks a meeting verb is for: "met in X for a third round of talks" -> "round"."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
        for g in prep.children:
            if g.dep_ == "pobj" and g.lemma_.lower() in NOUN_GROUP | ROUNDS:
                return g
    return None


def _same_head(party: str, main: tuple[str, ...]) -> bool:
    """True when a non-state ``party`` is one of the article's parties named another way with the same head
    noun ("the Liberation Tigers" for "the Tamil Tigers", "the Patriotic Front" for "the Front")."""
    last = party.split()[-1]
    return not state_of(party) and len(last) > 3 and sum(p.split()[-1] == last for p in main) == 1


def find_negotiations(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[EventDraft]:
    """Negotiation and meeting drafts of one article, one per trigger, rounds and parties filled in."""
    cands = _candidates(doc, index, article)
    state_counts = count_states(doc, index)
    for state in mediator_states(doc, index):  # "talks mediated by X": X is no side of the article's pair
        del state_counts[state]
    third = frozenset(mediator_states(doc, index, hosts=False))  # named a mediator: no side even when stated
    governed = [c for c in cands if HOME in c.parties]
    for c in governed:
        c.parties.remove(HOME)
    main = main_parties(cands, state_counts, paragraph_pairs(doc, index), third)
    home = next((s for s, _ in state_counts.most_common() if s not in third), None)
    for c in governed:  # "the government and the Front" beside another pair: the state the article is about
        if c.parties and home and home not in c.parties \
                and not (main and all(p in main or _same_head(p, main) for p in c.parties)):
            c.parties.append(home)
    kept: list[Candidate] = []
    for c in cands:
        if len(c.persons) >= 2 and c.cameo == "044":
            kept.append(c)
            continue
        explicit = len(c.parties)
        if c.trigger.lemma_.lower() in MEET_LEMMAS and explicit < 2 and not c.pair_ref and (c.round or 0) < 2:
            continue  # "their tenth meeting": a numbered meeting is one of the article's series
        if c.confidence < 0.6 and not explicit:
            continue
        if explicit < 2:
            if not main or not all(p in main or _same_head(p, main) for p in c.parties):
                continue
            c.parties = list(main)
            c.confidence -= 0.1
        kept.append(c)
    number_sequels(kept)
    same_places(kept)
    assign_rounds(kept)
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
        m = tuple((side, person) for side, person, future in members  # not the mediator's delegation
                  if c is ((plan or held) if future else (held or plan)) and side not in third)
        drafts.append(EventDraft(
            kind="Negotiation", evidence=evidence(c.sent, article, c.confidence), date=when, date_basis=basis,
            place=c.place, participants=tuple(c.persons) if c.cameo == "044" else tuple(sorted(c.parties)),
            sides=tuple(sorted(c.parties)), round=c.round, status="planned" if c.planned else "held",
            members=m, cameo=c.cameo))
    return drafts
