"""The clause around a negotiation trigger: the verb that governs it, what that verb plans or reacts to, and
the verbs whose date the talks share ("is due to open", "followed by talks", "agreed after talks")."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from kg.dates import parse_date_expr
from kg.doc_cache import span_text
from kg.events_common import is_future
from kg.model import CleanArticle
from kg.events_negotiation_parties import below_clause
from kg.events_negotiation_words import (AFTER, BLOCKING, CLAUSES, DURATIONS, HOLD_LEMMAS, MEET_LEMMAS, NOUN_GROUP,
                                         PLAN_HEADS, REACTIONS, RESUME_CALLS, ROUNDS, SEQUENCE_AMODS, noun_lemma,
                                         words_of)


def governor(tok: Token) -> tuple[Token | None, bool]:
    """The verb whose clause holds ``tok`` and whether the path to it passes a time preposition."""
    blocked = False
    t = tok
    for _ in range(8):
        if t.dep_ in CLAUSES or t.head.i == t.i:
            return (t if t.pos_ in {"VERB", "AUX"} else None), blocked
        t = t.head
        if t.lower_ in BLOCKING and not (t.lower_ == "for" and arrival(t.head)):
            blocked = True  # "called for talks on Monday"; but "arrived on Monday for talks" dates the talks
        if t.pos_ in {"VERB", "AUX"} and t.dep_ != "prep" and not (_gerund(t) and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)):
            return t, blocked  # past a gerund ("signed a deal on sharing X after talks") and a "following"
            # tagged as a verb: the clause's verb
    return None, blocked


def _gerund(t: Token) -> bool:
    """True for the verb of a preposition's clause, or one coordinated with it ("for disarming and demobilising")."""
    return t.dep_ == "pcomp" or (t.dep_ == "conj" and t.tag_ == "VBG" and t.head.dep_ == "pcomp")


def arrival(verb: Token) -> bool:
    """True for a verb of coming to the talks ("arrived", "will be back in X"), whose date is theirs."""
    return verb.lemma_.lower() in words_of("arrive") or (
        verb.lemma_.lower() == "be" and any(c.lower_ in {"back", "here", "there"} for c in verb.children))


def due_to(verb: Token | None) -> list[Token]:
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


def planned_verb(verb: Token | None) -> list[Token]:
    """The verb a "be due / set / expected to" predicate plans, with its place and date ("the round is due to
    open in X next Saturday" -> "due", "open"; "is set to open" -> "open"), else nothing."""
    if verb is None:
        return []
    plan = [verb] if verb.lemma_.lower() in PLAN_HEADS else []  # "is set to open", "is expected to open"
    if verb.lemma_.lower() == "be":
        plan = [c for c in verb.children if c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in PLAN_HEADS]
    return [p for p in plan if p.i != verb.i] + [x for p in plan for x in p.children
                                                if x.dep_ == "xcomp" and x.pos_ in {"VERB", "AUX"}]


def day_of_when(tok: Token) -> Token | None:
    """The verb whose day a "when" clause of the talks describes ("will table a draft on Monday, when the talks
    resume" -> "table"): the talks fall on that day, in that verb's tense; else ``None``."""
    verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else None
    if verb is None or verb.dep_ != "relcl" or verb.head.ent_type_ != "DATE" \
            or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    day = verb.head
    return day.head.head if day.dep_ == "pobj" and day.head.dep_ == "prep" else None


def shares_plan(verb: Token | None) -> bool:
    """True for a participle clause with no subject of its own hung on a planned clause ("is due to open in X,
    followed by talks in Y"): its talks are planned too."""
    if verb is None or verb.dep_ != "advcl" or verb.tag_ not in {"VBN", "VBG"} \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    return is_future(verb.head) or bool(planned_verb(verb.head))


def same_day_verb(verb: Token) -> Token | None:
    """The verb whose date a "the same day that ..." clause shares ("X announced it on Friday, the same day
    that A and B sat down for talks" -> "announced"), else ``None``."""
    day = verb.head
    if verb.dep_ != "relcl" or day.lemma_.lower() != "day" or not any(c.lower_ == "same" for c in day.children):
        return None
    return next((a for a in day.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def when_clause(verb: Token) -> list[Token]:
    """The verbs of a "when" clause on ``verb`` ("When the delegations left X on Friday, the round had ended"),
    which share its day; else nothing."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i
            and any(m.dep_ in {"advmod", "mark"} and m.lower_ == "when" for m in c.children)]


def verb_chain(verb: Token) -> list[Token]:
    """``verb`` and the verbs above it whose complement or conjunct it is ("agreed to let X monitor Y":
    monitor, let, agreed)."""
    chain = [verb]
    while chain[-1].dep_ in {"ccomp", "xcomp", "conj"} and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def ends_in(verb: Token, talks: tuple[Token, ...]) -> bool:
    """True when ``verb`` reports what the talks ended in: the talks are the object of an "after"/"following"
    phrase of its own clause, with no date of their own ("X and Y agreed yesterday following hours of talks")."""
    for t in talks:
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in DURATIONS:
            t = t.head.head  # "following five hours of talks"
        if t.dep_ == "pobj" and t.head.lower_ in AFTER and not below_clause(t.head, verb) \
                and verb in t.head.ancestors:
            return True
    return False


def is_topic(tok: Token) -> bool:
    """True when ``tok`` is the topic of its verb, not its event: "asked about the talks", "brief X on the talks"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in words_of("topic"):
        return True
    return prep.lower_ == "on" and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in words_of("topic_verb")


def reacted_to(tok: Token, verb: Token | None) -> bool:
    """True when ``tok`` is what its verb reacts to ("X welcomed the talks on Monday"): the day and the subject
    are the reaction's, not the talks'."""
    return verb is not None and tok.dep_ == "dobj" and tok.head.i == verb.i and verb.lemma_.lower() in REACTIONS \
        and not (verb.lemma_.lower() == "follow" and event_subject(verb))


def event_subject(verb: Token) -> bool:
    """True when ``verb``'s subject is an event, not an actor ("It followed a third round", "The session followed
    talks"): "follow" then means "came after", and its date may be the talks'."""
    return any(c.dep_ == "nsubj" and (c.lower_ in {"it", "this", "which", "that"}
                                      or noun_lemma(c) in NOUN_GROUP | ROUNDS) for c in verb.children)


def meeting_for(tok: Token) -> Token | None:
    """The talks a meeting verb is for: "met in X for a third round of talks" -> "round"; "sat down again, in a
    second round of talks" -> "round"."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "in"}):
        for g in prep.children:
            if g.dep_ == "pobj" and g.lemma_.lower() in (NOUN_GROUP | ROUNDS if prep.lower_ == "for" else ROUNDS):
                return g
    return None


TIME_PREPS = frozenset({"after", "before", "since", "until", "following"})


def other_time(tok: Token, verb: Token) -> bool:
    """True when ``tok`` lies in a time phrase of ``verb`` ("met on Monday, a day after a first session on
    Sunday"): talks named there are another session, read on their own."""
    t = tok
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in TIME_PREPS:
            return True
        t = t.head
    return False


def second_session(tok: Token, verb: Token) -> bool:
    """True when ``tok`` lies in a meeting verb coordinated with ``verb``, each with a day of its own ("first sat
    down in X on 24 January, then met again in Y on 2 February"): a second session, read on its own."""
    if not _dated(verb):
        return False
    t = tok
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ in {"conj", "dep"} and t.head.i == verb.i and t.pos_ == "VERB" \
                and t.lemma_.lower() in MEET_LEMMAS | HOLD_LEMMAS and _dated(t):
            return True
        t = t.head
    return False


def _dated(verb: Token) -> bool:
    """True when ``verb`` has a time phrase of its own naming a day or a month ("on 2 April", "last Tuesday")."""
    return any(g.ent_type_ == "DATE" for c in verb.children if c.dep_ in {"prep", "npadvmod", "tmod"}
               and (c.dep_ != "prep" or c.lower_ in {"on", "in", "at"}) for g in [c, *c.children])


def signs_accord(verb: Token) -> bool:
    """True for "sign" with an accord for object or subject ("signed a ceasefire agreement", "the accord was
    signed", "the Declaration, signed in X"): a session of the talks, not "signed an executive order"."""
    accords = words_of("accord_noun")

    def accord(c: Token) -> bool:  # "the accord", "the Border Security Agreement" (a name the parser split)
        return any(noun_lemma(t).lower() in accords and (t.i == c.i or t.pos_ == "PROPN") for t in c.subtree)

    v = verb
    for _ in range(3):  # "the accord is (due) to be signed": the subject of the predicate it is planned by
        if any(c.dep_ in {"dobj", "nsubjpass", "nsubj"} and accord(c) for c in v.children):
            return True
        if v.dep_ not in {"xcomp", "acomp"}:
            break
        v = v.head
    return verb.dep_ in {"acl", "relcl"} and noun_lemma(verb.head).lower() in accords


def relative_plan(nouns: list[Token]) -> list[Token]:
    """The verbs of a relative clause on the talks that plans them ("which will open in X", "which are due to
    begin on Y"), with the place and date they carry; else nothing."""
    for rel in (c for t in nouns for c in t.children if c.dep_ == "relcl"):
        if not any(s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in {"which", "that"} for s in rel.children):
            continue
        plan = planned_verb(rel)
        if plan or any(c.dep_ == "aux" and c.lower_ in words_of("future") for c in rel.children):
            return [rel, *plan]
    return []


def headline_plan(nouns: list[Token]) -> list[Token]:
    """The infinitive of a headline that plans the talks ("Talks on a truce to resume on Monday": no finite
    verb, the talks are to happen), with the place and date it carries; else nothing."""
    for verb in (c for t in nouns if t.dep_ == "ROOT" for c in t.children if c.dep_ in {"acl", "relcl"}):
        if verb.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
            return [verb]
    return []


def halted(tok: Token) -> bool:
    """True for talks named as a halted process: "stalled negotiations between A and B", "decided to suspend
    talks with B", "the talks had stalled" (not a round: "the round was suspended on X" is a session)."""
    if tok.lemma_.lower() in ROUNDS:
        return False
    words = words_of("halted")
    return any(m.dep_ == "amod" and m.lemma_.lower() in words for m in tok.children) \
        or (tok.dep_ in {"dobj", "nsubjpass", "nsubj"} and tok.head.lemma_.lower() in words)  # "the talks stalled"


def since_start(tok: Token) -> bool:
    """True for talks whose start only counts time ("the fourth meeting since the talks were revived"): the
    subject of a "since" clause, a process, not a session."""
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.lemma_.lower() not in ROUNDS \
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.head.children)


_PREPARED = frozenset({"way", "ground", "groundwork", "stage", "path"})  # "pave the way for": what is prepared


def paved_for(tok: Token) -> bool:
    """True for talks something prepares ("pave the way for a national dialogue", "set the stage for talks"):
    talks still to come."""
    prep = tok.head if tok.dep_ == "pobj" and tok.head.lower_ in {"for", "to", "towards"} else None
    return prep is not None and prep.head.lemma_.lower() in _PREPARED and prep.head.dep_ in {"dobj", "nsubjpass"}


def call_to_return(tok: Token) -> bool:
    """True for talks someone is urged or pressed "to return to": a call, no session reported."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
    return verb is not None and verb.lemma_.lower() in RESUME_CALLS and verb.dep_ in {"xcomp", "ccomp"} \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def the_meeting(tok: Token) -> bool:
    """True for a bare "the meeting" ("told reporters after the meeting on Sunday", "The meeting, chaired by A,
    lasted four hours"), "the next meeting": the meeting the article reports, or one of its series, between its pair."""
    return tok.lemma_.lower() == "meeting" and tok.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in {"amod", "compound", "poss", "nmod", "nummod"}
                    and not (c.dep_ == "amod" and c.lower_ in SEQUENCE_AMODS) for c in tok.children)


def the_dialogue(tok: Token, when: object) -> bool:
    """True for "the dialogue" or "X's national dialogue" on a stated day (``when``: "The dialogue will resume on
    Friday"): a session of the dialogue between the article's pair."""
    return tok.lemma_.lower() == "dialogue" and when is not None and any(
        d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ == "the") for d in tok.children)


_URGES = frozenset({"call", "urge", "press", "appeal", "encourage", "exhort"})


def urged_to(tok: Token) -> bool:
    """True for talks someone is urged to hold ("X called on Y to withdraw and to engage in dialogue with Z"): the
    infinitive chain above the talks ends in a verb of urging, a call and no session."""
    infinitive = False
    for t in tok.ancestors:
        if t.pos_ not in {"VERB", "AUX"}:
            continue
        if t.lemma_.lower() in _URGES and infinitive:
            return True
        if t.dep_ not in {"xcomp", "conj"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
            return False
        infinitive |= t.dep_ == "xcomp"
    return False


def internal(tok: Token) -> bool:
    """True for the meeting of one body's own members ("this morning's Cabinet meeting", "a board meeting")."""
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"cabinet", "board"} for c in tok.children)


def day_of(tok: Token) -> Token | None:
    """The day a round is named by ("Monday's round", "last week's session"), else None."""
    return next((c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "DATE"), None)


def acronym_in(party: str, main: tuple[str, ...], text: str) -> str:
    """The acronym of ``main`` the text spells ``party`` out as ("X Y Z (XYZ)"), else ``party``."""
    return next((q for q in main if q.isupper() and q != party and f"{party} ({q})" in text), party)


def past_perfect(verb: Token) -> bool:
    """True for a verb in the past perfect ("had invited", "had been due"), or one conjoined to or governed by it."""
    for v in (verb, *verb.ancestors):
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "had" for c in v.children):
            return True
        if v.dep_ not in {"xcomp", "conj", "acomp"}:
            return False
    return False


def nearer_day(ahead: date, back: date | None, article: CleanArticle) -> date:
    """Of a plan's day read forward and read back, the one nearer the news: a plan stated in the past perfect
    ("had invited both sides to talks on 18 March") was made before the news, its day on either side of it."""
    if back is None or article.published is None:
        return ahead
    return back if abs((back - article.published).days) < abs((ahead - article.published).days) else ahead


def possessive_day(tok: Token, article: CleanArticle, planned: bool) -> date | None:
    """The day a round is named by ("Monday's round", "Thursday's session"), resolved against the news."""
    day = day_of(tok)
    if day is None or article.published is None:
        return None
    text = span_text(day.doc[day.left_edge.i : day.i + 1])
    return parse_date_expr(text, article.published, "future" if planned else "past")

