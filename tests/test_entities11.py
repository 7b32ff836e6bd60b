"""Persons of session 10: a family name written with the Arabic article and a hyphen that the model left off a name
("Mutasim Hamid" + "el-Tayeb"), a name closing an inverted attribution after a title's portfolio, and a designation
record's name with the family name last in capitals. Read by the real pipeline from sentences of our own; the names
are invented."""
from __future__ import annotations

import pytest
import spacy

from kg.mentions import find_mentions
from kg.nlp import build_nlp
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


def persons(nlp: spacy.Language, text: str) -> list[str]:
    return [m.text for m in find_mentions(nlp(text)) if m.type == "Person"]


@pytest.mark.parametrize("text, name", [
    ("The delegation was led by Defence Minister Idris Musa el-Nur and included two legal advisers.",
     "Idris Musa el-Nur"),
    ("The rebels were represented by Hassan Bakri al-Amin, who told reporters they would return.",
     "Hassan Bakri al-Amin"),
    ("Talks resumed after Yasmin Omar el-Sayed, the mediator, met both sides on Sunday.", "Yasmin Omar el-Sayed"),
])
def test_entities_family_name_with_the_arabic_article_is_whole(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize("text, bad", [
    ("Forces loyal to the Jane Doe-led coalition advanced on Monday.", "Jane Doe-led"),
    ("The envoy met Omar Haddad in al-Fashir on Tuesday.", "Omar Haddad in al-Fashir"),
])
def test_entities_the_article_rule_takes_no_more(nlp, text: str, bad: str) -> None:
    assert bad not in persons(nlp, text)


@pytest.mark.parametrize("text, name", [
    # an inverted attribution whose title runs on through its portfolio, the name closing the sentence
    ('"We will hold them accountable," said Treasury Under Secretary for Terrorism and Financial Intelligence '
     'Gregory Halvorsen.', "Gregory Halvorsen"),
    ('"It is a good day," said Minister for Trade and Industry Amara Nwosu, adding that talks would go on.',
     "Amara Nwosu"),
    ('"The border stays open," said Commissioner for Peace and Security Tendai Moyo; the meeting ended.',
     "Tendai Moyo"),
])
def test_entities_name_after_a_title_and_its_portfolio_at_the_end(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)


@pytest.mark.parametrize("text, name", [
    # a designation record: given names, the family name in capitals, the record's punctuation, its birth field
    ("The following persons were designated:\n\n1. Arkady Petrovich ZUBROV. DOB: 14/02/1961. Position: Chairman "
     "of the board, Harbour Credit Bank.", "Arkady Petrovich ZUBROV"),
    ("Designated today:\n\n2. Jane Ann ROEDOE, born 3 May 1970, director of Lakeside Trading.", "Jane Ann ROEDOE"),
    ("(a) Omar Khalid HADDADI; DOB 21 Aug 1972; nationality: Ruritania.", "Omar Khalid HADDADI"),
])
def test_entities_record_name_with_the_family_name_last_in_capitals(nlp, text: str, name: str) -> None:
    assert name in persons(nlp, text)



def roles(nlp: spacy.Language, text: str) -> dict[str, str | None]:
    return {m.text: m.role for m in find_mentions(nlp(text)) if m.type == "Person"}


@pytest.mark.parametrize("text, name, role", [
    ('"Nothing changed on the ground," said Jane Roe, a senior fellow at the Lakeside Institute.', "Jane Roe",
     "senior fellow"),
    ("Yesterday the ombudswoman, Ana Lind, met prisoners' families in Porto Alto.", "Ana Lind", "ombudswoman"),
    ("Human rights ombudsman Piotr Zelenko visited the camp on Sunday.", "Piotr Zelenko", "ombudsman"),
])
def test_entities_expert_and_ombudsman_roles(nlp, text: str, name: str, role: str) -> None:
    assert roles(nlp, text).get(name) == role


@pytest.mark.parametrize("text, name", [
    ("The list adds Harbour Arms Concern and two shipyards.", "Harbour Arms Concern"),
    ("Ottawa also sanctioned Ivanov Concern, a maker of rifles.", "Ivanov Concern"),
])
def test_entities_a_concern_is_a_company(nlp, text: str, name: str) -> None:
    assert name not in persons(nlp, text)


@pytest.mark.parametrize("text, name, role", [
    # a record's labelled role field after its birth field, fields closed by periods
    ("Designations\n\n1. Arkady Petrovich ZUBROV. DOB: 14/02/1961. Position: Chairman of the board, Harbour Credit "
     "Bank.", "Arkady Petrovich ZUBROV", "chairman"),
    ("Individuals\n\n2. Jane Ann ROEDOE. DOB: 03/07/1958. Nationality: Ruritania. Position: Managing Director, "
     "Lakeside Trading.", "Jane Ann ROEDOE", "managing director"),
    ("Annex\n\n(a) Omar Khalid HADDADI. Born 21 Aug 1972. Function: Deputy Minister of Finance of Ruritania.",
     "Omar Khalid HADDADI", "deputy minister"),
])
def test_entities_record_role_field_after_a_name_with_the_family_name_last(nlp, text: str, name: str,
                                                                          role: str) -> None:
    assert roles(nlp, text).get(name) == role


def test_entities_record_role_stops_at_the_item_end(nlp) -> None:
    text = ("The following were designated:\n\nMajor General Jane Ann ROEDOE, DOB 17/02/1968, for her role in the "
            "killings in Lakeside;\n\nColonel Omar Khalid HADDADI, DOB 21/08/1972, for the same.")
    assert roles(nlp, text).get("Jane Ann ROEDOE") != "colonel"
