"""Organization mentions the model cuts or leaves untagged: names cut at "and", acronyms. Invented names, real model."""
from __future__ import annotations

import pytest
import spacy

from kg.mentions import find_mentions
from kg.mentions_acronyms import acronym_mentions, initials
from kg.nlp import build_nlp
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


def orgs(nlp: spacy.Language, text: str) -> list[str]:
    return [m.text for m in find_mentions(nlp(text)) if m.type == "Organization"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Civic Union for Liberty and Renewal is represented by students and rural leaders, among them "
         "Tomasa Irigoyen and Delfino Aramburu.", "Civic Union for Liberty and Renewal"),
        ("Joseph Mbaye Kodjo, the leader of the Front for Change and Concord in Chad (FCCC), told reporters that "
         "his movement wanted guarantees.", "Front for Change and Concord in Chad"),
        ("The Patriotic Movement for Justice and Dignity said on Monday it would attend the talks in Nairobi.",
         "Patriotic Movement for Justice and Dignity"),
    ],
)
def test_org_name_goes_on_over_and(nlp, text: str, name: str) -> None:
    found = orgs(nlp, text)
    assert name in found, found
    assert not any(o != name and o in name for o in found), found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Envoys of the African Union and the United Nations met in Addis Ababa on Monday.",
         ["African Union", "United Nations"]),
        ("The Ministry of Foreign Affairs and Kenya's Defence Ministry issued a joint statement on Monday.",
         ["Ministry of Foreign Affairs"]),
    ],
)
def test_two_coordinated_bodies_stay_two(nlp, text: str, names: list[str]) -> None:
    found = orgs(nlp, text)
    assert all(n in found for n in names), found
    assert not any(" and " in o for o in found), found


def test_affiliation_takes_the_whole_name(nlp) -> None:
    text = ("Joseph Mbaye Kodjo, the leader of the Front for Change and Concord in Chad (FCCC), told reporters that "
            "his movement wanted guarantees.")
    person = next(m for m in find_mentions(nlp(text)) if m.text == "Joseph Mbaye Kodjo")
    assert person.affiliation == "Front for Change and Concord in Chad"


def test_places_inside_a_grown_name_are_no_mentions(nlp) -> None:
    text = ("Joseph Mbaye Kodjo, the leader of the Front for Change and Concord in Chad (FCCC), told reporters that "
            "his movement wanted guarantees.")
    kinds = {(m.text, m.type) for m in find_mentions(nlp(text))}
    assert ("Chad", "Country") not in kinds


@pytest.mark.parametrize(
    ("text", "acronym", "count"),
    [
        ("Delegates of the Front for Change and Concord in Chad (FCCC) arrived on Sunday. The FCCC delegation is "
         "headed by its leader Joseph Mbaye Kodjo. He said FCCC wanted guarantees.", "FCCC", 3),
        ("Delegates of the Liberation Front of Zandia (LFZ) arrived. The LFZ team met the envoy, and LFZ said the "
         "talks went well.", "LFZ", 3),
        ("The Organization for Unity and Co-operation (OUC) sent observers. An OUC spokesman said on Monday that "
         "OUC would stay.", "OUC", 3),
    ],
)
def test_defined_acronym_is_an_organization_everywhere(nlp, text: str, acronym: str, count: int) -> None:
    assert orgs(nlp, text).count(acronym) == count, orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("The opposition coalition RNDC welcomed the decision on Saturday.", "RNDC"),
        ("The main rebel group, FUPC, says it will take part in the talks.", "FUPC"),
        ("The KDLA delegation is headed by its chairman Tomas Ekwueme.", "KDLA"),
        ("A ZNPF spokesman said the group would stay in Doha as long as it takes.", "ZNPF"),
    ],
)
def test_acronym_next_to_a_group_or_delegation_noun(nlp, text: str, acronym: str) -> None:
    assert acronym in orgs(nlp, text), orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("A high-level SADC mediation team held talks with the president in Maseru on Tuesday.", "SADC"),
        ("A diplomat in Georgetown said CARICOM was preparing for all options.", "CARICOM"),
    ],
)
def test_known_international_body(nlp, text: str, acronym: str) -> None:
    assert acronym in orgs(nlp, text), orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Talks between the government and the ZNLM-In-Exile stalled. The ZNLM-IE team was headed by Peter Lual "
         "Akec.", "ZNLM-IE"),
        ("The Kivu Democratic Rally signed the deal on Monday. Two days later KDR accused the army of attacks.", "KDR"),
    ],
)
def test_acronym_of_a_name_in_the_article(nlp, text: str, acronym: str) -> None:
    assert acronym in orgs(nlp, text), orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("WHO IS AT THE TABLE? The UAE delegation arrived on Monday.", ["WHO", "UAE"]),
        ("MORIMOTO Kenji, the press secretary, said the GDP figures were strong.", ["MORIMOTO", "GDP"]),
        ("The army HQ in the capital was shelled on Monday.", ["HQ"]),
    ],
)
def test_capitals_that_name_no_body(nlp, text: str, words: list[str]) -> None:
    assert not set(words) & set(orgs(nlp, text)), orgs(nlp, text)


def test_initials() -> None:
    assert initials("Xandia People's Liberation Movement") == ["XPLM"]
    assert initials("XPLM-In-Opposition") == ["XPLM-IO"]
    assert initials("Parliament") == []
    assert initials("Foreign Ministry") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rebels were represented by Tomas Arrieta, the Zapatistas' chief negotiator, on Friday.", "Zapatistas"),
        ("Nepal's government and Maoist rebels agreed on Friday to form an interim government.", "Maoist"),
    ],
)
def test_movement_tagged_as_a_people_is_an_organization(nlp, text: str, name: str) -> None:
    found = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert (name, "Organization") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan delegation arrived in Geneva on Monday.",
        "Kenyan officials said on Monday that the talks would resume.",
    ],
)
def test_demonym_of_a_state_stays_the_state(nlp, text: str) -> None:
    assert ("Kenyan", "Country") in [(m.text, m.type) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("The office designated the minister under the Global Human Rights Accountability Act on Monday.",
         "Global Human Rights Accountability Act"),
        ("Both parties signed the Comprehensive Peace Agreement in Nairobi in January.", "Comprehensive Peace Agreement"),
    ],
)
def test_law_or_instrument_is_no_organization(nlp, text: str, law: str) -> None:
    assert law not in orgs(nlp, text), orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Delegates of the Government of National Agreement met the envoy in Tunis on Friday.",
         "Government of National Agreement"),
        ("The National Council of the Transitional Charter said on Friday it would attend.",
         "National Council of the Transitional Charter"),
    ],
)
def test_body_named_after_an_instrument_stays_a_body(nlp, text: str, name: str) -> None:
    assert any(name in o for o in orgs(nlp, text)), orgs(nlp, text)


def test_acronym_before_a_suffix_word(nlp) -> None:
    text = "The Kivu Democratic Rally signed the deal. KDR-led forces then withdrew from the town."
    assert "KDR" in orgs(nlp, text), orgs(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        ("The council froze the funds of the ruling party's youth wing, the Zandakure. It named Tomas Irigoyen, a "
         "national coordinator of the Zandakure.", "Zandakure", 2),
        ("Fighting broke out near the border between the army and the rebel movement, the Kawandi. The Kawandi "
         "denied the attack.", "Kawandi", 2),
    ],
)
def test_group_named_apposed_to_a_group_noun(nlp, text: str, name: str, count: int) -> None:
    assert orgs(nlp, text).count(name) == count, orgs(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ball is now in the court of the Americans and the Europeans, the deputy minister said.",
        "The declaration was read out by the St Vincent and the Grenadines Prime Minister Clement Adams.",
        "The Europeans' proposal was rejected on Monday.",
    ],
)
def test_peoples_of_continents_and_places_are_no_movements(nlp, text: str) -> None:
    assert not any(o in ("Europeans", "Grenadines") for o in orgs(nlp, text)), orgs(nlp, text)


def test_record_field_is_no_acronym(nlp) -> None:
    doc = nlp("Tomas Irigoyen, DOB 12 March 1960, a DOB official said. The DOB team left.")
    assert not [m for m in acronym_mentions(doc, [0] * len(doc), []) if m.text == "DOB"]


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("The main rebel group, ZLF, says it will attend. ZLF spokesman Tomas Ekwueme later said the group would "
         "stay.", "Tomas Ekwueme", "ZLF"),
        ("A CARICOM mediation team arrived. The delegation, led by CARICOM Secretary General Amara Joseph, met "
         "the president.", "Amara Joseph", "CARICOM"),
    ],
)
def test_untagged_acronym_is_the_affiliation_of_its_title(nlp, text: str, name: str, body: str) -> None:
    person = next(m for m in find_mentions(nlp(text)) if m.text == name)
    assert person.affiliation is not None and person.affiliation.startswith(body), person


def test_acronym_before_a_clause_is_no_affiliation(nlp) -> None:
    text = "The ZLF delegation is headed by its leader Tomas Ekwueme, who arrived on Monday."
    person = next(m for m in find_mentions(nlp(text)) if m.text == "Tomas Ekwueme")
    assert person.affiliation != "ZLF" or person.role is None
