"""Listings reported by a noun: "the Finance Ministry's designation of Acme Shipping on May 4".

The nouns come from the listing verbs (``sanction_listing_verbs.txt``): "designate" -> "designation",
"list" -> "listing". The possessor imposes, the object of "of" is the target, the date is the noun's own.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

from spacy.tokens import Span, Token

from kg.dates import parse_date_expr
from kg.doc_cache import span_tokens
from kg.events_common import MentionIndex, date_of, evidence, name_span
from kg.events_lexicon import state_of, words
from kg.events_sanction_targets import suffixes
from kg.model import CleanArticle, EventDraft

#: Bare names of a state's bodies: "Treasury's designation" is by the state reported just before.
_BODIES = {"treasury", "ministry", "department", "government", "administration"}
Imposer = Callable[[Token, MentionIndex], "str | None"]


@cache
def listing_nouns() -> frozenset[str]:
    """Nouns of the listing verbs: "designate" -> "designation", "blacklist" -> "blacklisting"."""
    out = set()
    for v in words("sanction_listing_verbs.txt"):
        out.add(v[:-1] + "ion" if v.endswith("ate") else v + "ing")
    return frozenset(out)


def _objects(noun: Token) -> list[Token]:
    """The objects of the noun's "of" phrases ("designation of A and B"), also when the parse hangs the phrase
    on a date between them ("designation on May 4, 2020, of A")."""
    doc = noun.doc
    heads = [noun, *(t for t in doc[noun.i + 1 : min(noun.i + 9, len(doc))] if t.ent_type_ == "DATE")]
    return [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i
            for g in c.children if g.dep_ == "pobj" for o in (g, *g.conjuncts)]


def _date_after(noun: Token, article: CleanArticle) -> date | None:
    """The date right after the noun ("designation on March 26, 2020 of A"), read up to its "of" phrase, which the
    model may have run into the date."""
    doc, i = noun.doc, noun.i + 1
    i += i < len(doc) and doc[i].lower_ == "on"
    words_ = []
    while i < len(doc) and doc[i].ent_type_ == "DATE" and doc[i].lower_ != "of":
        words_.append(doc[i].text_with_ws)
        i += 1
    text = "".join(words_).strip().rstrip(",").strip()
    when = parse_date_expr(text, article.published, "past") if text and article.published else None
    return when if when is not None and when <= article.published else None


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb above ``tok``."""
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.pos_ == "VERB":
            return t
    return None


def _subject_imposer(verb: Token | None, index: MentionIndex, imposer_of: Imposer) -> str | None:
    """The imposer the subject of ``verb`` names ("X announced its designations": X), else ``None``."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return imposer_of(subj, index) if subj is not None and subj.pos_ == "PROPN" else None


def _qualifying_state(obj: Token, index: MentionIndex) -> str | None:
    """The state an adjective or possessor names on a plural object ("designations of X-ian individuals",
    "of Y's officials"): the state they stand for, as no one of them is named; else ``None``."""
    if obj.tag_ != "NNS":
        return None
    for m in obj.children:
        if m.dep_ in {"amod", "compound", "poss", "nmod"} and (s := state_of(name_span(m, index)[0])):
            return s
    return None


def _bare(noun: Token) -> bool:
    """True for "the designation of …" with no owner, no modifier and no agent ("the EU's", "the UN designation",
    "the designation by X" name another)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        c.dep_ in {"amod", "compound", "nmod", "poss", "agent"} or c.dep_ == "prep" and c.lower_ == "by"
        for c in noun.children)


def noun_listings(sent: Span, index: MentionIndex, article: CleanArticle, drafts: list[EventDraft],
                  imposer_of: Imposer, header: str | None = None, confidence: float = 0.6) -> list[EventDraft]:
    """Drafts of the listings ``sent`` reports by a noun with a possessor and an "of" object that names a
    person, organization or state; "its designation of …" is by the imposer reported just before, and in a release
    whose ``header`` names its issuer, "the designation of A on May 4" is by that issuer."""
    out: list[EventDraft] = []
    for noun in span_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in listing_nouns():
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        verb = _verb_above(noun)
        if owner is None:
            imposer = header if _bare(noun) else None
        else:
            imposer = imposer_of(owner, index) if owner.lower_ not in {"its", "their"} else _subject_imposer(
                verb, index, imposer_of)  # "X announced its own designations of …": X
        if imposer is None and owner is not None and (owner.lower_ in {"its", "their"} or owner.lower_ in _BODIES) \
                and drafts:
            imposer = drafts[-1].imposer  # "its designation of A", "Treasury's designation of A"
        if not imposer:
            continue
        when = date_of([noun, *_objects(noun), *([verb] if verb is not None else [])], article) or _date_after(
            noun, article)
        for obj in _objects(noun):
            text, kind = name_span(obj, index)
            if kind not in {"Person", "Organization", "Country"} and not state_of(text):
                if not (text := _qualifying_state(obj, index)):
                    continue
            target = state_of(text) or text
            if target.lower() == imposer.lower() or target.lower().replace(".", "") in suffixes():
                continue  # "of A, S.A.": the firm's legal form, no firm of its own
            out.append(EventDraft(
                kind="Sanction", evidence=evidence(sent, article, confidence), date=when,
                date_basis="stated" if when else "unknown", imposer=imposer, target=target, measure="listing",
                cameo="163", participants=(imposer, target)))
    return out


__all__ = ["listing_nouns", "noun_listings"]
