"""kg.attribute_matcher: the model's attribute ruler matched with arrays sets exactly what spaCy's Matcher set."""
from __future__ import annotations

import functools

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG

from kg.attribute_matcher import ArrayMatcher, speed_up
from kg.settings import Settings

TEXTS = [
    # contractions, dialect spellings and regex patterns of the English ruler
    "I don't think they'll come, y'all know nothin' about it, he said.",
    "There is a plan and there were two delegations; it gets late and they got tired.",
    # pronouns as objects, determiners as pronouns, auxiliaries, whitespace tokens
    "The envoy told me  that this was what they had done to us.\n\nWhich side did it? That one.",
    "Ms Odalys Ferreira-Quint, who has led the talks since 2019, had said she would return.",
    "",
    "Yes",
]


@functools.cache
def _stock() -> spacy.Language:
    return spacy.load(Settings().model)


@functools.cache
def _fast() -> spacy.Language:
    nlp = spacy.load(Settings().model)
    assert speed_up(nlp)
    return nlp


@pytest.mark.parametrize("text", TEXTS)
def test_attribute_matcher_same_matches_and_annotations(text: str) -> None:
    stock, fast = _stock(), _fast()
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = stock(text)
    assert fast.get_pipe("attribute_ruler").match(doc) == stock.get_pipe("attribute_ruler").match(doc)
    attrs = [TAG, POS, MORPH, LEMMA]
    a, b = stock(text), fast(text)
    assert [t.morph for t in a] == [t.morph for t in b]
    assert a.to_array(attrs).tolist() == b.to_array(attrs).tolist()


def test_attribute_matcher_matches_something() -> None:
    doc = _stock()("There is a plan.")
    assert len(_fast().get_pipe("attribute_ruler").match(doc)) >= len(doc)


def test_attribute_matcher_is_installed_once() -> None:
    nlp = _fast()
    assert isinstance(nlp.get_pipe("attribute_ruler").match, ArrayMatcher)
    assert not speed_up(nlp)


def test_attribute_matcher_leaves_rulers_it_cannot_read() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": {">=": 3}}]], {"NORM": "long"})
    assert not speed_up(nlp)
    assert nlp("tiny words")[1].norm_ == "long"


def test_attribute_matcher_patterns_added_later_still_apply() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "talks"}]], {"NORM": "negotiation"})
    assert speed_up(nlp)
    assert nlp("Talks resumed")[0].norm_ == "negotiation"
    ruler.add([[{"LOWER": {"IN": ["resumed", "stalled"]}}]], {"NORM": "went"})
    assert [t.norm_ for t in nlp("Talks resumed")] == ["negotiation", "went"]


def test_attribute_matcher_without_the_ruler() -> None:
    assert not speed_up(spacy.blank("en"))
