"""Persons of session 7: a double-barrelled family name the model cut at its hyphen, a name after a title whose
portfolio ends in a plural ("Minister of Natural Resources Jane Doe"), and a plain-text byline with the reporter's
desk after the name. Read by the real pipeline from sentences of our own; the names are invented."""
from __future__ import annotations

import pytest
import spacy

from kg.clean import _byline
from kg.mentions import find_mentions
from kg.nlp import build_nlp
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


def person_names(nlp: spacy.Language, text: str) -> list[str]:
    return [m.text for m in find_mentions(nlp(text)) if m.type == "Person"]


@pytest.mark.parametrize("text, full, alone", [
    ("Guyana's Foreign Minister Carlyle Abernathy-Persaud and his Surinamese counterpart met on Monday. "
     "\"This is a turning point,\" Abernathy-Persaud told a news conference.", "Carlyle Abernathy-Persaud",
     "Abernathy-Persaud"),
    ("Interior Minister Tavita Seumanutafa-Leota said on Monday that the police would stay. "
     "Seumanutafa-Leota declined to give numbers.", "Tavita Seumanutafa-Leota", "Seumanutafa-Leota"),
])
def test_double_barrelled_family_name_is_one_name(nlp, text: str, full: str, alone: str) -> None:
    names = person_names(nlp, text)
    assert full in names and alone in names, names


@pytest.mark.parametrize("text, name", [
    ("The delegation also included Deputy Minister of Natural Resources Ravindre Bhagwandin and the ambassador.",
     "Ravindre Bhagwandin"),
    ("The Minister of Lands and Natural Resources Ioane Faleolo would travel to Apia on Friday.", "Ioane Faleolo"),
    ("Secretary for Home Affairs Kaveh Roozbehani, who chaired the meeting, said little.", "Kaveh Roozbehani"),
])
def test_name_after_a_portfolio_ending_in_a_plural(nlp, text: str, name: str) -> None:
    assert name in person_names(nlp, text)


def test_portfolio_alone_is_no_name(nlp) -> None:
    names = person_names(nlp, "The Ministry of Foreign Affairs Protocol Department issued new rules on Tuesday.")
    assert not any("Protocol" in n or "Department" in n for n in names), names


@pytest.mark.parametrize("row, name", [
    ("By Neema Mwakyusa, East Africa correspondent", "Neema Mwakyusa"),
    ("By Tomasz Wrobel, Senior Diplomatic Reporter", "Tomasz Wrobel"),
    ("By Ana Ruiz and Leo Park", "Ana Ruiz and Leo Park"),
])
def test_byline_with_the_reporters_desk(row: str, name: str) -> None:
    assert _byline(row)[0] == name


def test_sentence_starting_with_by_is_no_byline() -> None:
    assert _byline("By Monday, the talks had collapsed, a correspondent said") is None


@pytest.mark.parametrize("text, name", [
    ("The speaker, Hon. Abena Owusu-Ansah, said the talks would resume on Monday.", "Abena Owusu-Ansah"),
    ("Hon. Peter Mwangale Kiprono, the minister for trade, told reporters the deal was close.",
     "Peter Mwangale Kiprono"),
])
def test_the_honourable_neither_ends_a_sentence_nor_joins_the_name(nlp, text: str, name: str) -> None:
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    assert name in person_names(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("The government delegation included Minister of Reconciliation Issa Dembele Kanoute and army colonel Bakary "
     "Coulibaly.", "Issa Dembele Kanoute"),
    ("Minister of Reconciliation Régine Balembo said the talks would resume.", "Régine Balembo"),
    ("Minister of National Defence Pierre Ngoy Kasongo arrived on Monday.", "Pierre Ngoy Kasongo"),
])
def test_name_after_a_one_word_portfolio(nlp, text: str, name: str) -> None:
    """A portfolio's words ("Reconciliation", "National Defence") are no given names of the minister after them."""
    assert name in person_names(nlp, text)
