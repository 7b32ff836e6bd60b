"""kg.doc_cache: what the rules read of a Doc, built once per Doc and dropped when the rules move on."""
from __future__ import annotations

import gc
import weakref

import spacy

from kg import doc_cache


def _nlp() -> spacy.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_doc_cache_same_as_spacy_and_built_once() -> None:
    doc = _nlp()("Talks opened in Lusaka. The envoys met again on Friday.")
    assert [t.i for t in doc_cache.tokens(doc)] == [t.i for t in doc]
    assert doc_cache.tokens(doc) is doc_cache.tokens(doc)
    assert [s.text for s in doc_cache.sents(doc)] == [s.text for s in doc.sents]
    assert doc_cache.span_text(doc_cache.sents(doc)[1]) == "The envoys met again on Friday."
    assert [t.text for t in doc_cache.span_tokens(doc[2:4])] == ["in", "Lusaka"]
    assert doc_cache.doc_text(doc) == doc.text


def test_doc_cache_follows_the_last_doc() -> None:
    nlp = _nlp()
    first, second = nlp("One two."), nlp("Three four five.")
    assert len(doc_cache.tokens(first)) == 3
    assert len(doc_cache.tokens(second)) == 4
    assert len(doc_cache.tokens(first)) == 3  # read again, not the second Doc's
    assert doc_cache.once(first, "n", lambda: 1) == 1 and doc_cache.once(first, "n", lambda: 2) == 1


def test_doc_cache_keeps_no_earlier_doc_alive() -> None:
    nlp = _nlp()
    doc = nlp("A short text.")
    doc_cache.tokens(doc)
    ref = weakref.ref(doc)
    doc_cache.tokens(nlp("Another text."))  # the cache moves on
    del doc
    gc.collect()
    assert ref() is None
