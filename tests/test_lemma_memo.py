"""kg.lemma_memo: the lemmatizer with remembered answers sets exactly the lemmas spaCy's own sets."""
from __future__ import annotations

import functools

import pytest
import spacy
from spacy.attrs import LEMMA

from kg import lemma_memo
from kg.settings import Settings

TEXTS = [
    "The envoys were hoping the talks would resume; the delegations met twice and had agreed on talking again.",
    "I don't think they'll come, y'all know nothin' about it, he said.",
    "Sanctions were imposed on three vessels, the ministry's spokeswoman said on Tuesday.\n\nMore talks follow.",
    "Ms Odalys Ferreira-Quint, who has led the talks since 2019, had said she would return.",
    "",
    "Yes",
    "   \n  ",
]


@functools.cache
def _stock() -> spacy.Language:
    return spacy.load(Settings().model)


@functools.cache
def _fast() -> spacy.Language:
    nlp = spacy.load(Settings().model)
    assert lemma_memo.speed_up(nlp)
    return nlp


@pytest.mark.parametrize("text", TEXTS)
def test_lemma_memo_same_lemmas(text: str) -> None:
    for _ in range(2):  # the second time from what was remembered
        a, b = _stock()(text), _fast()(text)
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        assert a.to_array([LEMMA]).tolist() == b.to_array([LEMMA]).tolist()


def test_lemma_memo_same_lemmas_through_pipe() -> None:
    a = list(_stock().pipe(TEXTS, batch_size=3))
    b = list(_fast().pipe(TEXTS, batch_size=3))
    assert [[t.lemma_ for t in d] for d in a] == [[t.lemma_ for t in d] for d in b]


def test_lemma_memo_keeps_lemmas_the_ruler_set() -> None:
    nlp = _fast()
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp("The delegations met twice.")
    doc[1].lemma_ = "kept"
    nlp.get_pipe("lemmatizer")(doc)
    assert doc[1].lemma_ == "kept"
    assert doc[2].lemma_ == "meet"


def test_lemma_memo_is_installed_once() -> None:
    nlp = _fast()
    assert type(nlp.get_pipe("lemmatizer")).__name__.startswith("Memo")
    assert not lemma_memo.speed_up(nlp)


def test_lemma_memo_leaves_other_lemmatizers() -> None:
    nlp = spacy.blank("en")
    assert not lemma_memo.speed_up(nlp)  # none
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not lemma_memo.speed_up(nlp)  # not rule-based
    rule = spacy.blank("en")
    rule.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": True})
    assert not lemma_memo.speed_up(rule)  # overwrites the ruler's lemmas
