"""kg.token_scan: the tokens a scan can pass, found with arrays, are the ones a loop over the Doc finds."""
from __future__ import annotations

import functools

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, LOWER, ORTH
from spacy.symbols import NOUN, PROPN

from kg.settings import Settings
from kg.token_scan import entities_or_proper, untagged_titles, where_in, where_string

TEXTS = [
    "Ms. Jane Roe met Mr Doe and the tanker SEA BREEZE's crew in Lima (LM) on Monday; Lima Shipping Co. Ltd. said.",
    "Doe signed the deal. The Ruritanian Defense Ministry and Jane Roe Doe spoke to reporters in Vienna.\n\nMore.",
    "",
    "Yes",
]


@functools.cache
def _nlp() -> spacy.Language:
    return spacy.load(Settings().model)


@pytest.mark.parametrize("text", TEXTS)
def test_token_scan_where_string_is_a_loop(text: str) -> None:
    doc = _nlp()(text)
    assert where_string(doc, LOWER, lambda s: s.rstrip(".") in {"mr", "ms"}) == \
        [t.i for t in doc if t.lower_.rstrip(".") in {"mr", "ms"}]
    assert where_string(doc, ORTH, "(".__eq__) == [t.i for t in doc if t.text == "("]
    assert where_string(doc, LEMMA, lambda s: s.lower() in {"tanker", "say"}) == \
        [t.i for t in doc if t.lemma_.lower() in {"tanker", "say"}]
    assert where_string(doc, ORTH, lambda s: False) == []


@pytest.mark.parametrize("text", TEXTS)
def test_token_scan_untagged_titles_is_a_loop(text: str) -> None:
    doc = _nlp()(text)
    for pos, name in ((PROPN, "PROPN"), (NOUN, "NOUN")):
        assert untagged_titles(doc, pos) == [t.i for t in doc if not t.ent_type_ and t.pos_ == name and t.is_title]


@pytest.mark.parametrize("text", TEXTS)
def test_token_scan_where_in_is_a_loop(text: str) -> None:
    doc = _nlp()(text)
    assert where_in(doc, LOWER, {"tanker", "lima", "zzzq"}) == [t.i for t in doc if t.lower_ in {"tanker", "lima"}]
    assert where_in(doc, DEP, ("poss",)) == [t.i for t in doc if t.dep_ == "poss"]
    assert where_in(doc, ORTH, ()) == []


@pytest.mark.parametrize("text", TEXTS)
def test_token_scan_entities_or_proper_is_a_loop(text: str) -> None:
    doc = _nlp()(text)
    assert entities_or_proper(doc) == [t.i for t in doc if t.ent_type_ or t.pos_ == "PROPN"]


def test_token_scan_finds_something() -> None:
    doc = _nlp()(TEXTS[0])
    assert where_string(doc, LOWER, lambda s: s.rstrip(".") in {"mr", "ms"}) == [0, 4]
    assert untagged_titles(doc, PROPN) or any(t.ent_type_ for t in doc)
