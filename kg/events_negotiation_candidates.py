"""Negotiation candidates: one per trigger word ("talks", "round of negotiations", "meet") that is not part of
another trigger's phrase, and the other rounds its sentence lists ("the second in X and the third in Y")."""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.components.roles import role_words
from kg.doc_cache import span_text, span_tokens, tokens
from kg.events_common import MentionIndex, date_of, sentences
from kg.events_lexicon import Trigger, triggers
from kg.events_negotiation_clause import call_to_return, day_of, internal, other_time, second_session, signs_accord
from kg.events_negotiation_parties import below_clause, of_forum
from kg.events_negotiation_place_date import talks_place, vague_date
from kg.events_negotiation_rounds import Candidate
from kg.events_negotiation_words import (CALL, CALL_MEDIA, CYCLE, HOLD_LEMMAS, NOT_TALKS, NOUN_GROUP, PAIR_TRIGGERS,
                                         PROCESS_NOUNS, ROUNDS, SEQUEL_AMODS, SEQUENCE_AMODS, SIGNING, SIT_DOWN,
                                         elided_ordinal, first_rounds, noun_lemma, ordinal, talks_name, words_of)
from kg.gazetteer import lookup_place
from kg.model import CleanArticle


def trigger(tok: Token) -> Trigger | None:
    """The lexicon entry ``tok`` is an instance of, if any: a trigger word, "sat down with", or a
    conference or dialogue that is not a news conference."""
    lemma = noun_lemma(tok)  # "Talks" opening a sentence, tagged a plural proper noun: "talk"
    if lemma not in _trigger_lemmas():
        return None  # most words: none of the tests below can pass
    pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else tok.pos_
    if pos == "ADJ" and tok.lower_ in PAIR_TRIGGERS and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        pos = "NOUN"  # "The first roundtable, held in X, ...": a noun the tagger took for an adjective
    if pos == "NOUN" and tok.dep_ == "compound" and tok.head.lemma_.lower() not in NOUN_GROUP | ROUNDS:
        return None  # "the meeting point", "the talks venue": a thing named after talks, not talks
    if tok.pos_ == "PROPN" and tok.dep_ == "poss":
        return None  # "the Bishops' Conference's liaison office": a body named a conference owns something
    if found := triggers().get((lemma, pos)):
        return None if pos == "NOUN" and internal(tok) else found
    if pos == "VERB" and lemma == "sit" and (any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
                                              or _face_to_face(tok)):
        return SIT_DOWN  # "A sat down with B", "the two sides sat down for talks", "sat at the same table"
    if pos == "NOUN" and (found := PAIR_TRIGGERS.get(lemma)) and not any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in NOT_TALKS for c in tok.children) \
            and not (tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in role_words()) and tok.dep_ != "compound" \
            and not _body_name(tok):
        return found  # not "the envoy for the X-Y dialogue", not "the Y Conference Centre", not "the Unity Roundtable"
    if pos == "NOUN" and lemma == "table" and _at_table(tok):
        return triggers().get(("negotiation", "NOUN"))  # "returned to the negotiating table in X on D"
    if pos == "VERB" and lemma == "sign" and signs_accord(tok):
        return SIGNING  # "A and B signed a ceasefire agreement here on Wednesday"
    if pos == "NOUN" and lemma in ROUNDS and lemma not in {"round", "session"}:
        return CYCLE  # "the second cycle of talks"
    if pos == "NOUN" and lemma == "call" and any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in CALL_MEDIA for c in tok.children):
        return CALL  # "the two ministers held a video call"
    return None


@cache
def _trigger_lemmas() -> frozenset[str]:
    """Every lemma :func:`trigger` can return a trigger for: the lexicon's, the pair triggers', the round words',
    "sit", "sign", "call" and "table"."""
    return frozenset({lemma for lemma, _ in triggers()} | set(PAIR_TRIGGERS) | ROUNDS | {"sit", "sign", "call", "table"})


_NEGOTIATING = frozenset({"negotiating", "negotiation", "negotiations", "bargaining"})  # "the negotiating table"
_TO_TABLE = frozenset({"return", "come", "go", "sit", "get", "head"})  # "went back to the negotiating table"


def _at_table(tok: Token) -> bool:
    """True for "the negotiating table" a verb of going brings someone to ("returned to", "sat at"): talks; not
    "any return to the negotiating table", not "brought proposals to the negotiating table"."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in {"to", "at"} and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in _TO_TABLE \
        and any(c.dep_ in {"compound", "amod"} and c.lower_ in _NEGOTIATING for c in tok.children)


def _face_to_face(verb: Token) -> bool:
    """True for "sat at the same table", "sat around one table", "sat face to face": a meeting of the subject's
    parties, not "sat on the committee"."""
    return any((c.dep_ == "prep" and c.lower_ in {"at", "around", "round"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() == "table" and any(a.lower_ in {"same", "one"} for a in g.children)
        for g in c.children)) or (c.lower_ == "face" and c.i + 2 < len(c.doc) and c.nbor(1).lower_ == "to"
                                  and c.nbor(2).lower_ == "face") for c in verb.children)


def trigger_tokens(doc: Doc) -> Iterator[tuple[Span, Token, Trigger]]:
    """(sentence, token, trigger) for each trigger that is not part of another trigger's phrase."""
    talk_nouns = NOUN_GROUP - {"meeting", "summit"} | {"dialogue"}
    talks = any(t.lemma_.lower() in talk_nouns for t in tokens(doc))
    for sent in sentences(doc):
        if span_text(sent).rstrip().endswith("?"):
            continue  # "Will sanctions hurt the talks?": a question reports no talks
        taken: set[int] = set()
        for tok in span_tokens(sent):
            trig = trigger(tok)
            if trig is None or tok.i in taken or (tok.tag_ == "NN" and tok.lower_ == "talk"):
                continue  # "the talk is not of X": conversation; negotiations are "talks"
            if tok.lemma_.lower() in ROUNDS and tok.tag_ == "NNS" and ordinal(tok) is None \
                    and any(c.lower_ in words_of("prior") for c in tok.children):
                continue  # "as at previous rounds": background, no one round
            if tok.lemma_.lower() in ROUNDS:
                inner = [g for p in tok.children if p.lower_ == "of" for g in p.children
                         if g.lemma_.lower() in NOUN_GROUP | PROCESS_NOUNS or talks_name(g)]
                if not inner and not (of_forum(tok) and _numbered(tok)) and not _bare_round(tok, talks) \
                        and not _talks_kind(tok):
                    continue
                taken.update(g.i for g in inner)
            elif tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ROUNDS:
                continue
            if call_to_return(tok) or (tok.pos_ == "VERB" and any(c.dep_ == "neg" for c in tok.children)):
                continue  # "the two delegations did not meet face to face": no session
            if trig is SIGNING and any(t.i != tok.i and not below_clause(t, tok) and trigger(t) for t in tok.subtree):
                continue  # "sign a truce at the end of a fourth round of talks": the round is the session
            if tok.pos_ in {"VERB", "AUX"}:  # "met for talks": one event; not the talks of its clauses
                taken.update(t.i for t in tok.subtree if not below_clause(t, tok) and not other_time(t, tok)
                             and not second_session(t, tok))
            yield sent, tok, trig


def rounds_listed(cand: Candidate, index: MentionIndex, article: CleanArticle) -> list[Candidate]:
    """The rounds besides ``cand`` its sentence lists: by their ordinal alone after it (:func:`_elided_rounds`), or
    "the first two rounds" (rounds two and on, as ``cand`` is the first)."""
    out = _elided_rounds(cand, index, article) if cand.round is not None and (
        cand.trigger.lemma_.lower() in ROUNDS or cand.trigger.pos_ == "NOUN") else []
    if cand.round == 1 and cand.trigger.lemma_.lower() in ROUNDS:  # "the first two rounds were held in X"
        out += [replace(cand, round=n) for n in range(2, first_rounds(cand.trigger) + 1)]
    return out


def _elided_rounds(cand: Candidate, index: MentionIndex, article: CleanArticle) -> list[Candidate]:
    """The rounds a list names by their ordinal alone after a numbered round: "The first round was held in
    X in May and the second in Y in June, followed by a third in Z on July 3" -> rounds two and three, each
    with the place and date of its own phrase."""
    out: list[Candidate] = []
    for sent in _list_sentences(cand.sent):
        for e in sent:
            n = elided_ordinal(e)
            if n is None or n == cand.round or e.i <= cand.trigger.i or any(c.round == n for c in out):
                continue
            heads = [e] + ([e.head.head] if e.dep_ == "pobj" and e.head.dep_ == "agent" else []) \
                + ([e.head] if e.dep_ in {"nsubj", "nsubjpass"} and e.head.i != cand.trigger.i else [])
            # "followed by a third"; "and the third took place in Z on July 3"
            out.append(replace(cand, sent=sent, round=n, place=talks_place(heads, e, index, sent),
                               date=date_of(heads, article, sent, future=cand.planned),
                               vague=vague_date([e], sent), sequel=False, prior=False))
            if out[-1].date is not None:
                out[-1].vague = False
    return out


def _list_sentences(sent: Span) -> list[Span]:
    """``sent`` and the sentences after it in its paragraph that name no trigger of their own: where a list of
    rounds goes on ("The first round was held in X. The second, on D, ...; a third took place in Y.")."""
    out = [sent]
    for nxt in sentences(sent.doc):
        if nxt.start < out[-1].end:
            continue
        gap = sent.doc[out[-1].end - 1 : nxt.start + 1]
        if any(t.is_space and t.text.count("\n") >= 2 for t in gap) or any(trigger(t) for t in nxt):
            break
        out.append(nxt)
    return out


def _numbered(tok: Token) -> bool:
    """True when a round noun carries an ordinal or a sequence word ("the fourth round", "the previous round")."""
    return ordinal(tok) is not None or any(c.lower_ in SEQUENCE_AMODS | words_of("prior") for c in tok.children)


def _talks_kind(tok: Token) -> bool:
    """True for a round noun its modifier makes one of talks: "a negotiating session", "a negotiation round"."""
    return any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in {"negotiate", "negotiation", "negotiating"}
               for c in tok.children)


def _bare_round(tok: Token, talks: bool) -> bool:
    """True for "the third round", "the next round", "a new round" standing for a round of the talks the article
    reports: an ordinal or sequence word, no "of" phrase ("round of sanctions"), no noun compound ("election
    round")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    if tok.dep_ == "pobj" and _denied(tok.head.head):
        return False  # "no date had been set for another round", "no plans for a new round": none is planned
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in NOUN_GROUP for c in tok.children):
        return False
    sequence = any(c.lower_ in SEQUENCE_AMODS | SEQUEL_AMODS | {"new", "fresh"}  # "another round", "a new round"
                   for c in tok.children if c.dep_ in {"amod", "advmod", "det"})
    # "a round held in X on D", "Monday's round"
    held = any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HOLD_LEMMAS for c in tok.children)
    return talks and (ordinal(tok) is not None or sequence or held or day_of(tok) is not None)


def _denied(head: Token) -> bool:
    """True for a noun with "no" ("no plans") or a verb whose subject has it ("no date had been set")."""
    nouns = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.lower_ == "no" for n in nouns for c in n.children)


def _body_name(tok: Token) -> bool:
    """True for a trigger word ending the name of a body ("the Democratic Unity Roundtable", a coalition): a proper
    noun after proper nouns that name no place (not "the second Geneva Roundtable")."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in _PLACES
                                       and not lookup_place(c.text) for c in tok.children)


_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})
