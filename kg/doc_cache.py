"""What the rules read of a Doc again and again, built once per Doc.

spaCy builds new Token and Span objects at every ``doc[i]``, ``for t in doc``, ``doc.ents`` and ``doc.sents``;
the rules ask for the same ones thousands of times per article, and a Doc is not changed once the rules run.
Tokens and spans are kept for the last Doc the rules ran on (in this thread), not in ``doc.user_data``: they point
back at their Doc, and the cycle would keep every Doc alive while a build pauses garbage collection.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

_LAST = threading.local()  # .doc: the Doc the rules ran on last; .read: what was read of it


def cached(doc: Doc) -> dict[str, Any]:
    """What was read of ``doc`` so far (emptied when the rules move on to another Doc)."""
    if getattr(_LAST, "doc", None) is not doc:
        _LAST.doc, _LAST.read = doc, {}
    return _LAST.read


def once(doc: Doc, key: str, build: Callable[[], Any]) -> Any:
    """What ``build()`` returns, built on the first call for ``doc`` and ``key`` and kept while ``doc`` is the last."""
    read = cached(doc)
    found = read.get(key)
    if found is None:
        found = read[key] = build()
    return found


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token's text again at each ``doc.text``)."""
    text = doc.user_data.get("kg.text")
    if text is None:
        text = doc.user_data["kg.text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's cached text."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else ""


def tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens (``list(doc)``), built once per Doc; index it like the Doc."""
    read = cached(doc)  # (not ``once``: the rules ask for the tokens tens of thousands of times per article)
    found = read.get("tokens")
    if found is None:
        found = read["tokens"] = list(doc)
    return found


def texts(doc: Doc) -> list[str]:
    """Each token's text (``[t.text for t in doc]``), built once per Doc; index it like the Doc."""
    return once(doc, "texts", lambda: [t.text for t in tokens(doc)])


def span_tokens(span: Span) -> list[Token]:
    """The tokens of ``span`` (``list(span)``), from the Doc's cached ones."""
    return tokens(span.doc)[span.start : span.end]


def sents(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents`` (the parser's sentences), built once per Doc."""
    return once(doc, "sents", lambda: tuple(doc.sents))


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc."""
    return once(doc, "ents", lambda: tuple(doc.ents))


def ent_at(tok: Token) -> Span:
    """The entity ``tok`` lies in (``StopIteration`` when none, as ``next`` over ``doc.ents``)."""
    i = tok.i
    return next(e for e in ents(tok.doc) if e.start <= i < e.end)


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside ``span``), from the Doc's cached ones."""
    out = []
    for ent in ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                out.append(ent)
            else:
                break
    return out
