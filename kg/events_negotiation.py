"""Negotiations and meetings read from one article, with the delegations the article lists.

Each trigger ("talks", "round of negotiations", "meet") gives one candidate with the parties, round,
place, date and status its clause states; then the article is read as a whole: a candidate without
parties takes the article's main pair, one without a round joins the round the article is about, and
delegation lists attach to the round the article reports as held.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.events_common import MentionIndex, date_of, evidence, is_future, name_span, party_of, sentences, tokens_of
from kg.events_lexicon import Trigger, state_of, triggers
from kg.model import CleanArticle, EventDraft

_ORDINALS = {"first": 1, "initial": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
             "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$", re.I)
_PLAN_AMODS = {"next", "upcoming", "future", "planned", "possible", "potential", "proposed", "further"}
_PARTY_PREPS = {"between", "with", "among"}
_PLACE_PREPS = {"in", "at", "near", "on", "outside", "inside"}
_BLOCKING = {"ahead", "before", "prior", "after", "since", "until", "despite", "for"}
_CLAUSES = {"relcl", "ccomp", "advcl", "acl", "parataxis"}
_NOUN_GROUP = {"talk", "negotiation", "discussion", "consultation", "meeting", "summit"}
_DELEGATION_NOUNS = {"delegation", "side", "team", "delegate", "negotiator"}
_DELEGATION_VERBS = {"represent", "include", "comprise", "lead", "head", "consist"}


@dataclass
class _Cand:
    """One negotiation candidate read around one trigger."""

    sent: Span
    trigger: Token
    cameo: str
    confidence: float
    parties: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    round: int | None = None
    date: date | None = None
    place: str | None = None
    planned: bool = False


def ordinal(token: Token) -> int | None:
    """The round number an ordinal modifier of ``token`` gives ("second", "2nd", "initial"), else ``None``."""
    for c in token.children:
        if c.dep_ in {"amod", "nummod", "compound", "advmod"}:
            word = c.lower_
            if word in _ORDINALS:
                return _ORDINALS[word]
            if m := _ORDINAL_RE.match(word):
                return int(m[1])
            if c.dep_ == "nummod" and c.i > token.i and word.isdigit():
                return int(word)
    return None


def _trigger(tok: Token) -> Trigger | None:
    """The lexicon entry ``tok`` is an instance of, if any."""
    pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else tok.pos_
    return triggers().get((tok.lemma_.lower(), pos))


def _governor(tok: Token) -> tuple[Token | None, bool]:
    """The verb whose clause holds ``tok`` and whether the path to it passes a time preposition."""
    blocked = False
    t = tok
    for _ in range(6):
        if t.dep_ in _CLAUSES or t.head.i == t.i:
            return (t if t.pos_ in {"VERB", "AUX"} else None), blocked
        t = t.head
        if t.lower_ in _BLOCKING:
            blocked = True
        if t.pos_ in {"VERB", "AUX"}:
            return t, blocked
    return None, blocked


def _subject_tokens(verb: Token) -> list[Token]:
    """Tokens of the subject of ``verb`` (climbing xcomp/acomp/conj for a shared subject)."""
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return [t for s in subj for t in s.subtree if not _in_clause(t, s)]
        if v.dep_ not in {"xcomp", "acomp", "conj"}:
            break
        v = v.head
    return []


def _in_clause(tok: Token, top: Token) -> bool:
    """True when ``tok`` sits in a clause or a non-"of" prepositional phrase below ``top``."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in _CLAUSES or (t.dep_ == "prep" and t.lower_ not in {"of"} | _PARTY_PREPS):
            return True
        t = t.head
    return False


def _party_zone(trig: Token, verb: Token | None) -> list[Token]:
    """Tokens that may name a party: the trigger's modifiers, its between/with phrases, its verb's subject."""
    zone = [t for t in trig.subtree if t.i < trig.i and not _in_clause(t, trig)]
    heads = [trig] + ([verb] if verb is not None else [])
    if trig.head.lower_ == "of" and trig.head.head.lower_ == "round":
        heads.append(trig.head.head)
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in _PARTY_PREPS):
            zone += [t for t in prep.subtree if t.i != prep.i and not _in_clause(t, prep)]
    if verb is not None and (trig.pos_ == "VERB" or trig.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"}):
        zone += _subject_tokens(verb)
    return tokens_of(zone)


def _place(heads: list[Token], trig: Token, index: MentionIndex) -> str | None:
    """The first named place in an in/at/near/on phrase of ``heads`` (or of their objects)."""
    preps = []
    for h in heads:
        for t in h.subtree:
            if t.dep_ == "prep" and t.lower_ in _PLACE_PREPS and not _in_clause(t.head, h) \
                    and (t.head.dep_ not in {"nsubj", "nsubjpass"} or t.head.i == trig.i) and trig not in t.subtree:
                preps.append(t)
    for prep in tokens_of(preps):
        for t in prep.subtree:
            if t.ent_type_ == "DATE":
                break
            text, kind = name_span(t, index)
            if t.ent_type_ in {"GPE", "LOC", "FAC"} or kind in {"Place", "Country"}:
                if t.ent_type_ == "NORP" or (kind is None and t.pos_ != "PROPN"):
                    continue
                return text
    return None


def _candidates(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[_Cand]:
    """One candidate per trigger that is not part of another trigger's phrase."""
    out: list[_Cand] = []
    for sent in sentences(doc):
        taken: set[int] = set()
        for tok in sent:
            trig = _trigger(tok)
            if trig is None or tok.i in taken:
                continue
            if tok.lower_ == "round" or tok.lemma_ == "round":
                inner = [g for p in tok.children if p.lower_ == "of" for g in p.children
                         if g.lemma_.lower() in _NOUN_GROUP]
                if not inner and not (ordinal(tok) and any(_trigger(t) for t in sent if t.i != tok.i)):
                    continue
                taken.update(g.i for g in inner)
            elif tok.head.lower_ == "of" and tok.head.head.lemma_ == "round":
                continue
            if tok.pos_ in {"VERB", "AUX"}:
                taken.update(t.i for t in tok.subtree)
            out.append(_read(sent, tok, trig, index, article))
    return out


def _read(sent: Span, tok: Token, trig: Trigger, index: MentionIndex, article: CleanArticle) -> _Cand:
    """Parties, persons, round, place, date and status around one trigger."""
    verb, blocked = (tok, False) if tok.pos_ in {"VERB", "AUX"} else _governor(tok)
    zone = _party_zone(tok, verb)
    parties: list[str] = []
    persons: list[str] = []
    for t in zone:
        m = index.at(t)
        if (m is not None and m.type == "Person") or (m is None and t.ent_type_ == "PERSON" and not state_of(t.text)):
            name = name_span(t, index)[0]
            if name not in persons:
                persons.append(name)
            continue
        p = party_of(t, index)
        if p and p not in parties:
            parties.append(p)
    round_tok = tok.head.head if tok.head.lower_ == "of" and tok.head.head.lemma_ == "round" else tok
    rnd = ordinal(round_tok) or ordinal(tok)
    planned = is_future(tok) or any(c.lower_ in _PLAN_AMODS for c in (*tok.children, *round_tok.children))
    heads = [tok, round_tok] + ([verb] if verb is not None and not blocked else [])
    when = date_of(heads, article)
    place = _place(heads, tok, index)
    parties = [p for p in parties if p != place]
    conf = trig.confidence + (0.1 if rnd else 0) + (0.05 if len(parties) >= 2 else 0)
    cameo = "044" if len(persons) >= 2 and trig.cameo == "044" else "046"
    return _Cand(sent, tok, cameo, min(conf, 0.95), parties, persons, rnd, when, place, planned)


def _main_parties(cands: list[_Cand], state_counts: Counter[str]) -> tuple[str, ...]:
    """The pair of parties the article's talks are between: the commonest stated pair, else context."""
    pairs = Counter(tuple(sorted(c.parties)) for c in cands if len(c.parties) >= 2 and not c.persons)
    if pairs:
        return pairs.most_common(1)[0][0]
    singles = Counter(p for c in cands for p in c.parties)
    if not singles:
        return ()
    first = singles.most_common(1)[0][0]
    other = next((s for s, _ in state_counts.most_common() if s != first), None)
    return tuple(sorted((first, other))) if other else ()


def find_negotiations(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[EventDraft]:
    """Negotiation and meeting drafts of one article, one per trigger, rounds and parties filled in."""
    cands = _candidates(doc, index, article)
    state_counts = Counter(s for t in doc if t.pos_ in {"PROPN", "ADJ"} and (s := state_of(t.text)))
    main = _main_parties(cands, state_counts)
    kept: list[_Cand] = []
    for c in cands:
        if len(c.persons) >= 2 and c.cameo == "044":
            kept.append(c)
            continue
        explicit = len(c.parties)
        if c.trigger.lemma_.lower() in {"meet", "meeting", "summit"} and explicit < 2:
            continue
        if c.confidence < 0.6 and not explicit:
            continue
        if explicit < 2:
            if not main or not set(c.parties) <= set(main):
                continue
            c.parties = list(main)
            c.confidence -= 0.1
        kept.append(c)
    _assign_rounds(kept)
    members = find_delegations(doc, index)
    target = _held_group(kept)
    drafts = []
    for c in kept:
        basis = "stated" if c.date else "article"
        when = c.date or article.published
        m = tuple(members) if target is not None and c is target else ()
        drafts.append(EventDraft(
            kind="Negotiation", evidence=evidence(c.sent, article, c.confidence), date=when, date_basis=basis,
            place=c.place, participants=tuple(c.persons) if c.cameo == "044" else tuple(sorted(c.parties)),
            sides=tuple(sorted(c.parties)), round=c.round, status="planned" if c.planned else "held",
            members=m, cameo=c.cameo))
    return drafts


def _assign_rounds(cands: list[_Cand]) -> None:
    """Join a candidate without round or stated date to the talks the article is about.

    The talks are told apart by round, else by stated date; the candidate joins the one held round
    (or dated talks) with the same parties, else the only one there is.
    """
    talks = [c for c in cands if c.cameo == "046"]
    for c in talks:
        if c.round is None and c.date and (same := {r.round for r in talks if r.round and r.date == c.date
                                                    and set(r.parties) == set(c.parties)}):
            c.round = same.pop() if len(same) == 1 else None
    known = [c for c in talks if c.round or c.date]
    for c in talks:
        if c.round or c.date:
            continue
        same = [r for r in known if set(r.parties) == set(c.parties)]
        held = {(r.round, r.date if not r.round else None) for r in same if not r.planned}
        options = held or {(r.round, r.date if not r.round else None) for r in same}
        if len(options) == 1:
            c.round, c.date = options.pop()
            group = [r for r in same if (r.round, r.date if not r.round else None) == (c.round, c.date)]
            if c.date is None:
                c.date = next((r.date for r in group if r.date), None)
            c.place = c.place or next((r.place for r in group if r.place), None)


def _held_group(cands: list[_Cand]) -> _Cand | None:
    """The first candidate of the round the article reports as held (the one delegations belong to)."""
    talks = [c for c in cands if c.cameo == "046"]
    held = [c for c in talks if not c.planned]
    pool = held or talks
    if not pool:
        return None
    counts = Counter((c.round, tuple(c.parties)) for c in pool)
    best = counts.most_common(1)[0][0]
    return next(c for c in pool if (c.round, tuple(c.parties)) == best)


def find_delegations(doc: Doc, index: MentionIndex) -> list[tuple[str, str]]:
    """(side, person) pairs from "X was represented by A, B" and "the X delegation included/was led by A"."""
    out: list[tuple[str, str]] = []
    for tok in doc:
        if tok.lemma_.lower() not in _DELEGATION_VERBS or tok.pos_ not in {"VERB", "AUX"}:
            continue
        subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in _DELEGATION_NOUNS:
            subj = [tok.head]
        if not subj:
            continue
        s = subj[0]
        if tok.lemma_.lower() != "represent" and s.lemma_.lower() not in _DELEGATION_NOUNS:
            continue
        side = next((p for t in s.subtree if (p := state_of(name_span(t, index)[0]) or state_of(t.text))), None)
        if side is None:
            continue
        objs = [c for c in tok.children if c.dep_ in {"agent", "dobj"} or (c.dep_ == "prep" and c.lower_ == "of")]
        for obj in objs:
            for name in _listed_people(obj, index):
                if (side, name) not in out:
                    out.append((side, name))
    return out


def _listed_people(obj: Token, index: MentionIndex) -> list[str]:
    """The people a list ("A, B, and lawmaker C") names: per item its person mention or entity, else
    its proper-noun head (a delegation list lists people)."""
    first = next((c for c in obj.children if c.dep_ == "pobj"), obj) if obj.dep_ in {"agent", "prep"} else obj
    names = []
    for item in [first, *first.conjuncts]:
        nested = {t.i for c in item.children if c.dep_ == "conj" for t in c.subtree}
        own = [t for t in item.subtree if t.i not in nested]
        found = None
        for t in own:
            m = index.at(t)
            if (m is not None and m.type == "Person") or (m is None and t.ent_type_ == "PERSON"):
                found = name_span(t, index)[0]
                break
        if found is None and item.pos_ == "PROPN" and not state_of(item.text):
            found = item.text
        if found:
            names.append(found)
    return names
