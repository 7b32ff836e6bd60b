"""A measure another imposer copies: "…, and the United Kingdom did the same for A last week", "Britain followed
suit".

The copy's imposer is the subject; its target is the one its "for" phrase names, else those of the measure
reported just before; its day is its own (``when_of``), else none stated.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.doc_cache import span_tokens
from kg.events_common import MentionIndex, doc_text, evidence, name_span
from kg.events_lexicon import state_of, words
from kg.events_sanction_by import sanction_verb
from kg.events_sanction_dates import when_of
from kg.model import CleanArticle, EventDraft

#: (verb lemma, object) of a clause that copies the measure before: "did the same", "followed suit".
_COPIES = {("do", "same"), ("follow", "suit")}
_COPY_LEMMAS = frozenset(lemma for lemma, _ in _COPIES)
#: The kg types an imposer and a copied measure's own target may have.
_ACTORS = {"Country", "Organization"}
_TARGETS = {"Person", "Organization", "Country"}


def _copy_verb(tok: Token) -> bool:
    """True for "did the same" or "followed suit"."""
    return tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in _COPY_LEMMAS and any(
        c.dep_ == "dobj" and (tok.lemma_.lower(), c.lower_) in _COPIES for c in tok.children)


def _subject(verb: Token, index: MentionIndex) -> str | None:
    """The state or organization that is the verb's subject, else ``None``."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    text, kind = name_span(subj, index)
    return text if kind in _ACTORS or state_of(text) else None


def _for_target(verb: Token, index: MentionIndex) -> str | None:
    """The name of the verb's "for" phrase ("did the same for A"), else ``None``."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in c.children:
                text, kind = name_span(g, index)
                if g.dep_ == "pobj" and (kind in _TARGETS or state_of(text)):
                    return text
    return None


def _follows(verb: Token, sent: Span, last: EventDraft) -> bool:
    """True when the copy follows the measure at once: in the sentence after it, or joined to its verb ("A listed B,
    and C did the same"; not "Russia condemned the move, and China did the same")."""
    if verb.dep_ == "conj":
        return sanction_verb(verb.head) or verb.head.lemma_.lower() in words("sanction_listing_verbs.txt")
    return last.evidence.start != sent.start_char and not doc_text(sent.doc)[last.evidence.end : sent.start_char].strip()


def copied(sent: Span, index: MentionIndex, article: CleanArticle, drafts: list[EventDraft]) -> list[EventDraft]:
    """Drafts of the measures ``sent`` says another imposer copied ("and Britain did the same for A last week"):
    the subject's, on the "for" phrase's name, else on the targets of the measure reported just before."""
    out: list[EventDraft] = []
    for verb in (t for t in span_tokens(sent) if _copy_verb(t)):
        before = [d for d in drafts if d.evidence.start <= sent.start_char and d.target]
        imposer = _subject(verb, index)
        if imposer is None or not before or not _follows(verb, sent, before[-1]):
            continue
        own = _for_target(verb, index)
        last = before[-1].evidence.start
        targets = [own] if own else list(dict.fromkeys(d.target for d in before if d.evidence.start == last))
        when, basis = when_of([verb], sent, article)
        out += [replace(before[-1], evidence=evidence(sent, article, 0.6), imposer=imposer, target=t,
                        participants=(imposer, t), date=when or (article.published if basis == "article" else None),
                        date_basis=basis)
                for t in targets if t != imposer]
    return out


__all__ = ["copied"]
