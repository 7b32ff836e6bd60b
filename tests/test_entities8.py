"""Persons and other names of session 8: a hyphenated given name cut at its hyphen, a nickname in quotes inside a
name or set off after it, a name after a title's regional portfolio or after "opposition figure", outlets and ships
named like persons, a minister's styled name heading a release, and a given name transliterated with other vowels.
Read by the real pipeline from sentences of our own; the names are invented."""
from __future__ import annotations

import pytest
import spacy

from kg.components.chrome_filter import ChromeFilter
from kg.mentions import find_mentions
from kg.nlp import build_nlp
from kg.resolve_persons import same_person
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


def mentions(nlp: spacy.Language, text: str, kind: str) -> list[str]:
    return [m.text for m in find_mentions(nlp(text)) if m.type == kind]


@pytest.mark.parametrize("text, name", [
    ("We will also freeze the assets of one individual, Mr. Ri Chol-man, a representative of the company.",
     "Ri Chol-man"),
    ("The envoy met Pak Song-il, a senior trade official, in Dandong on Tuesday.", "Pak Song-il"),
    ("Police said Nguyen Van-thu, a shop owner, was released on Friday.", "Nguyen Van-thu"),
])
def test_entities_hyphenated_given_name_is_whole(nlp, text: str, name: str) -> None:
    assert name in mentions(nlp, text, "Person")


@pytest.mark.parametrize("text, bad", [
    ("Forces loyal to the Jane Doe-led coalition advanced on Monday.", "Jane Doe-led"),
    ("The Amadou Diallo-era reforms were reversed in Bamako.", "Amadou Diallo-era"),
])
def test_entities_hyphenated_modifier_is_no_name(nlp, text: str, bad: str) -> None:
    assert bad not in mentions(nlp, text, "Person")


@pytest.mark.parametrize("text, name", [
    ('The ELN team includes Bertha Lucía Ruiz and Omar "El Profe" Castañeda.', "Omar Castañeda"),
    ('The gang leader Jimmy "Barbecue" Chérizier said on Monday that the talks had failed.', "Jimmy Chérizier"),
    ('Prosecutors charged Nikolai "The Bear" Ostrowski on Friday, the court in Gdansk said.', "Nikolai Ostrowski"),
])
def test_entities_nickname_in_quotes_inside_a_name(nlp, text: str, name: str) -> None:
    persons = mentions(nlp, text, "Person")
    assert name in persons, persons
    assert not any('"' in p for p in persons), persons


@pytest.mark.parametrize("text, name, nickname", [
    ('It adds Fritznel Jean-Louis, known as "Bos Kale", the leader of a gang, and Mackenson Dorvil, alias "Ti Zo", '
     'a senior figure in a gang coalition, to the sanctions list.', "Mackenson Dorvil", "Ti Zo"),
    ('The court convicted Tomasz Wieczorek, known as "Kruk", of extortion in Lodz.', "Tomasz Wieczorek", "Kruk"),
    ('Police in Recife arrested Marcos Ferreira, alias "Beto Preto", on Sunday.', "Marcos Ferreira", "Beto Preto"),
])
def test_entities_nickname_after_a_name_is_no_other_person(nlp, text: str, name: str, nickname: str) -> None:
    persons = mentions(nlp, text, "Person")
    assert name in persons and nickname not in persons, persons


@pytest.mark.parametrize("text, name", [
    ("US Senior Adviser for Africa Gregory Tollefsen said on Saturday that Washington would support both tracks.",
     "Gregory Tollefsen"),
    ("US Special Envoy for Sudan Tomasz Perlowski said on Monday that the truce would hold.", "Tomasz Perlowski"),
    ("EU Special Representative for Asia Ingrid Halvorsen told reporters in Oslo on Friday that talks would go on.",
     "Ingrid Halvorsen"),
])
def test_entities_name_after_a_regional_portfolio(nlp, text: str, name: str) -> None:
    assert name in mentions(nlp, text, "Person")


@pytest.mark.parametrize("text, name", [
    ('Congolese opposition figure Faustin Kabamba said yesterday that the text "rewards those who took up arms".',
     "Faustin Kabamba"),
    ("Venezuelan opposition figure Rosalba Quintero told reporters in Bogota that she would return.",
     "Rosalba Quintero"),
    ("Georgian opposition figure Levan Kiknadze said on Monday that the vote was rigged.", "Levan Kiknadze"),
])
def test_entities_opposition_figure_is_a_person(nlp, text: str, name: str) -> None:
    assert name in mentions(nlp, text, "Person")


@pytest.mark.parametrize("text, outlet", [
    ('"We showed maximum flexibility," Abu Rumman told Meridian Wire by telephone on Tuesday.', "Meridian Wire"),
    ('"The deal is close," Amina Diallo told the Sahel Gazette on Monday.', "Sahel Gazette"),
    ('"Nothing is agreed," Pedro Alvarado told the Valle Chronicle in an interview.', "Valle Chronicle"),
])
def test_entities_outlet_is_no_person(nlp, text: str, outlet: str) -> None:
    assert outlet not in mentions(nlp, text, "Person")


@pytest.mark.parametrize("text, ships", [
    ("In addition, the North Korean-flagged vessels Ryong Gang 2 and Song Rim, which we believe were engaged in "
     "smuggling coal, are banned from entering Japan.", ["Ryong Gang 2", "Song Rim"]),
    ("The coast guard seized the tanker Marta Lopez off Tripoli on Friday.", ["Marta Lopez"]),
    ("Officials said the ships Anna Petrova and Viktor Belov had switched off their transponders.",
     ["Anna Petrova", "Viktor Belov"]),
])
def test_entities_ships_named_like_persons_are_no_persons(nlp, text: str, ships: list[str]) -> None:
    persons, orgs = mentions(nlp, text, "Person"), mentions(nlp, text, "Organization")
    assert all(s in orgs for s in ships) and not any(s in p or p in s for s in ships for p in persons), (persons, orgs)


@pytest.mark.parametrize("text, name", [
    ("The Hon. Margaret Ellwood MP\nMinister for Foreign Affairs\n\nAustralia imposes sanctions on Russia.",
     "Margaret Ellwood"),
    ("Hon Tamati Ngata\nMinister of Foreign Affairs\n\nNew Zealand imposes travel bans.", "Tamati Ngata"),
    ("Rt Hon Priya Raman MP\nSecretary of State\n\nThe United Kingdom sanctions three banks.", "Priya Raman"),
])
def test_entities_styled_name_heading_a_release_is_kept(nlp, text: str, name: str) -> None:
    doc = nlp(text)
    assert name in [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert ChromeFilter().compute(doc) == set()


@pytest.mark.parametrize("a, b, same", [
    ("Yahya Abu Rumman", "Yehia Abu Romman", True),
    ("Leila Haddad", "Laila Haddad", True),
    ("Dina Khalil", "Dana Khalil", False),
    ("Hana Ahmed", "Hani Ahmed", False),
    ("Maria Lopez", "Marta Lopez", False),
])
def test_resolve_persons_given_name_with_other_inner_vowels(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


@pytest.mark.parametrize("text, name", [
    ("Monsignor Rodrigo Fajardo of the Episcopal Conference said this morning that the Church was ready.",
     "Rodrigo Fajardo"),
    ("Cardinal Pietro Valenti said the talks in Rome had been useful.", "Pietro Valenti"),
    ("Rabbi Miriam Adler told the rally in Haifa that peace was possible.", "Miriam Adler"),
])
def test_entities_clergy_title_is_no_part_of_the_name(nlp, text: str, name: str) -> None:
    assert name in mentions(nlp, text, "Person")
