"""The people and firms a sentence names as those a measure just reported took: "Those designated are A, a judge;
B, a deputy minister; and C" or "The individuals sanctioned include A and B", "The list now includes A and B", "Also
designated are A and B".

Each is a target of the measure reported just before, with its imposer and day.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.events_common import MentionIndex
from kg.events_lexicon import state_of, words
from kg.model import EventDraft

#: Verbs of the participle that makes a subject "those the measure took" ("the people sanctioned"), besides the
#: listing verbs ("those designated").
_TAKEN = {"sanction", "name"}
#: Verbs that link that subject to the names ("are", "include").
_LINKS = {"be", "include"}


def _taken_by(subj: Token) -> bool:
    """True for a subject a listing participle describes ("Those designated", "The individuals sanctioned"), or for
    the list the measure just reported added to ("The list now includes A and B")."""
    verbs = _TAKEN | set(words("sanction_listing_verbs.txt"))
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs for c in subj.children) \
        or subj.lemma_.lower() == "list" and not any(c.dep_ == "prep" for c in subj.children) \
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subj.children)


def _inverted(root: Token) -> bool:
    """True for a listing participle that opens its clause before its "are" and no subject ("Also designated are A and
    B", "Also sanctioned today was A")."""
    return root.tag_ == "VBN" and root.lemma_.lower() in _TAKEN | set(words("sanction_listing_verbs.txt")) \
        and any(c.dep_ == "auxpass" and c.i > root.i for c in root.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)


def _named(sent: Span, root: Token, index: MentionIndex) -> list[str]:
    """The people and firms named after ``root`` that are not inside a phrase of another name ("president of the X
    Institute": not the institute)."""
    out: list[str] = []
    for m in index.mentions:
        if m.type not in {"Person", "Organization"} or not sent.start_char <= m.start < sent.end_char \
                or m.start < root.idx:
            continue
        span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or _in_phrase(span.root, root) or m.type == "Organization" and _in_title(span.root):
            continue
        out.append(m.text)
    return list(dict.fromkeys(out))


def _in_title(tok: Token) -> bool:
    """True for a token of a person's title before the name ("Defence Procurement Minister A B")."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
        if tok.ent_type_ == "PERSON":
            return True
    return False


def _in_phrase(tok: Token, root: Token) -> bool:
    """True for a token inside a prepositional phrase below ``root`` ("the president of the X Institute")."""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj":
            return True
        tok = tok.head
    return False


def those_taken(sent: Span, index: MentionIndex, drafts: list[EventDraft]) -> list[EventDraft]:
    """Drafts on the people and firms ``sent`` lists as those the last reported measure took, one per imposer of that
    measure's sentence, with its day; else nothing."""
    root = sent.root
    if not drafts or root.lemma_.lower() not in _LINKS and not _inverted(root):
        return []
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if not _inverted(root) and (subj is None or not _taken_by(subj)):
        return []
    last = [d for d in drafts if d.evidence.start == drafts[-1].evidence.start]
    if subj is not None and subj.lemma_.lower() == "list":  # the list of a state's people ("British citizens")
        last = [d for d in last if state_of(d.target or "")] or last
    leads = list({d.imposer: d for d in last}.values())
    return [replace(d, target=t, participants=(d.imposer, t)) for d in leads for t in _named(sent, root, index)
            if t != d.imposer and (d.imposer, t) not in {(x.imposer, x.target) for x in drafts}]


__all__ = ["those_taken"]
