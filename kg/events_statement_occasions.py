"""Dated mentions of a speaker that are no statement of their own but date what the speaker says next.

"according to a Defense Ministry update late Sunday", "In an interview on Sunday, he did not hide his
frustration", "Speaking to reporters on Monday, X blamed ...", "X dismissed the bans as "childish" when
contacted last night".
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.doc_cache import ent_at, once, span_text, span_tokens, tokens
from kg.events_common import date_of
from kg.events_statement_names import Canon
from kg.events_statement_speakers import Speakers
from kg.events_statement_speech import is_speech, quotes_in, subject_of
from kg.events_statement_when import when_date
from kg.events_when import occasions, phrase_tokens, speaking, stated_date
from kg.model import CleanArticle

#: Verbs of a speaking occasion that report no words themselves ("addressed the nation", "spoke to reporters").
_ADDRESSES = {"address", "speak", "brief"}
#: Nouns for what is given as a speaking occasion ("gave a brief comment to the broadcaster").
_REMARKS = {"comment", "remark"}


def attributions(sent: Span, speakers: Speakers, canon: Canon, article: CleanArticle) -> list[tuple[str, date]]:
    """(speaker, date) of each dated "according to X ..." in ``sent`` ("according to a Defense Ministry
    update late Sunday"): no statement of its own, but the date of what the speaker says next."""
    out = []
    if article.published is None or "according" not in span_text(sent).lower():
        return out  # (the cheap test first)
    for t in span_tokens(sent):
        if t.lower_ != "according":
            continue
        for to in (c for c in t.children if c.lower_ == "to"):
            sub = [x for p in to.children for x in p.subtree]
            who = next((n for x in sub if (n := speakers.named(x))), None)
            when = next((d for x in sub if x.ent_type_ in {"DATE", "TIME"}
                         and (d := stated_date(to, sent, article) or _ent(x, article))), None)
            if who and when:
                out.append((canon(*who), when))
    return out


def dated_occasions(sent: Span, speakers: Speakers, canon: Canon, article: CleanArticle) -> list[tuple[str, date]]:
    """(speaker, date) of a dated speaking occasion the sentence puts its subject at without a speech verb
    ("In an interview on Sunday, he did not hide his frustration.", "gave a brief comment to the broadcaster on
    his return late Thursday"): the date of what they say next."""
    out = []
    places, remarks = occasions(), occasions() | _REMARKS
    toks = span_tokens(sent)
    for t in toks:
        lemma = t.lemma_.lower()
        if lemma not in remarks:
            continue  # (neither test below passes: the places are remarks too)
        given = t.dep_ == "dobj"
        if not given and (lemma not in places or t.dep_ != "pobj" or t.head.lower_ not in {"in", "at", "during"}):
            continue
        verb = t.head if given else t.head.head
        if verb.pos_ not in {"VERB", "AUX"} or is_speech(verb) or (subj := subject_of(verb)) is None:
            continue
        when = date_of([t], article) or date_of([verb], article) or next(  # "in a post on X after landing on Sunday"
            (d for x in phrase_tokens(verb if given else t) if x.ent_type_ in {"DATE", "TIME"}
             and (d := _ent(x, article))), None)
        if when is not None:
            out += [(canon(s, speakers.kind_of(tok, s)), when) for tok, s in speakers.resolve_all(subj)]
    participles = _dated_speaking(sent.doc, article)
    for verb in toks:  # "Speaking to reporters on Monday, X blamed the government": what X says next is of Monday
        if verb.pos_ != "VERB" or is_speech(verb) or not (participles or verb.lemma_.lower() in _ADDRESSES) \
                or (subj := subject_of(verb)) is None:
            continue  # (no date to find: the subject is not read)
        when = next((d for c in [*verb.children, *subj.children] if c.dep_ in {"advcl", "acl"} and speaking(c)
                     and (d := date_of([c], article))), None)  # also "X, speaking on Saturday, struck a new tone"
        if when is None and verb.lemma_.lower() in _ADDRESSES:  # "Yesterday evening, X addressed the nation."
            when = date_of([verb], article)
        if when is not None:
            out += [(canon(s, speakers.kind_of(tok, s)), when) for tok, s in speakers.resolve_all(subj)]
    quotes = [(a, b) for a, b, _ in quotes_in(sent)]
    for verb in toks if quotes else []:  # "X dismissed the bans as "childish" when contacted last night": quoted,
        # so spoken then (no quote, no such verb)
        if verb.pos_ != "VERB" or verb.dep_ not in {"ROOT", "conj"} or is_speech(verb) or (subj := subject_of(verb)) is None:
            continue
        if not any(t.head == verb or t.head.head == verb for t in verb.subtree if any(a <= t.idx < b for a, b in quotes)):
            continue
        when = stated_date(verb, sent, article, quotes) or when_date(verb, article)
        if when is not None:
            out += [(canon(s, speakers.kind_of(tok, s)), when) for tok, s in speakers.resolve_all(subj)]
    return out


def _dated_speaking(doc: Doc, article: CleanArticle) -> bool:
    """True when some clause of ``doc`` is a participle of speaking with a date ("Speaking to reporters on Monday,
    ..."), read once per Doc and article date."""
    return once(doc, f"dated_speaking {article.published}", lambda: any(
        t.dep_ in {"advcl", "acl"} and speaking(t) and date_of([t], article) for t in tokens(doc)))


def _ent(tok: Token, article: CleanArticle) -> date | None:
    from kg.dates import parse_date_expr

    ent = ent_at(tok)
    return parse_date_expr(ent.text, article.published, "past") if article.published else None


def dated_acts(sent: Span, speakers: Speakers, canon: Canon, article: CleanArticle) -> list[tuple[str, date]]:
    """(actor, date) of the dated act the sentence reports as its main clause, not a speech act ("Australia
    followed late on Friday, imposing travel bans"), and of whom a conversation is with ("spoke with X on Monday"):
    what the actor says in the next sentence it says then."""
    root = sent.root
    if root.pos_ != "VERB" or is_speech(root) or (subj := subject_of(root)) is None \
            or (when := stated_date(root, sent, article)) is None or (article.published and when > article.published):
        return []
    found = speakers.resolve_all(subj)
    if root.lemma_.lower() in _CONVERSING:  # "I spoke with X by telephone yesterday. X said ...": X's day too
        partners = [c for c in root.children if c.dep_ == "dobj"]
        partners += [o for p in root.children if p.dep_ == "prep" and p.lower_ in {"with", "to"}
                     for o in p.children if o.dep_ == "pobj"]
        found += [f for t in partners for f in speakers.resolve_all(t)]
    return [(canon(s, speakers.kind_of(tok, s)), when) for tok, s in found]


#: Verbs of a conversation, an act of both its sides ("spoke with X"); not "met X", whose news conference may come
#: later.
_CONVERSING = frozenset({"speak", "talk"})
