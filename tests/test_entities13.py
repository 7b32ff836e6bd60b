"""Organizations and places of session 11: a body named "<noun> for/on <field> in <continent>" whose continent the
model tags apart, and a continent's name that is also a small town's. Read by the real pipeline from sentences of our
own."""
from __future__ import annotations

import pytest
import spacy

from kg import gazetteer as gz
from kg.mentions import find_mentions
from kg.nlp import build_nlp
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


def _texts(nlp: spacy.Language, text: str, kind: str) -> set[str]:
    return {m.text for m in find_mentions(nlp(text)) if m.type == kind}


@pytest.mark.parametrize("text, body", [
    ("Monitors of the Organization for Security and Co-operation in Europe reached Luhansk on Friday.",
     "Organization for Security and Co-operation in Europe"),
    ("The Conference on Interaction and Confidence-Building Measures in Asia opened in Astana on Tuesday.",
     "Conference on Interaction and Confidence-Building Measures in Asia"),
])
def test_entities_body_takes_its_continent(nlp, text: str, body: str) -> None:
    """The continent closing a body's name is part of the name, not a place of its own."""
    orgs = _texts(nlp, text, "Organization")
    assert body in orgs
    assert not {"Europe", "Asia"} & _texts(nlp, text, "Place")


@pytest.mark.parametrize("text, org, place", [
    ("NATO in Europe has grown since the war began, Jana Holub said.", "NATO", "Europe"),
    ("The Office for Democratic Institutions and Human Rights in Warsaw said on Monday that it had sent observers.",
     "Office for Democratic Institutions and Human Rights", "Warsaw"),
])
def test_entities_org_before_in_place_stays_apart(nlp, text: str, org: str, place: str) -> None:
    """No "for"/"on" field inside the name, or a city rather than a continent after "in": the place is apart."""
    assert org in _texts(nlp, text, "Organization")
    assert place in _texts(nlp, text, "Place")


@pytest.mark.parametrize("name", ["Asia", "Africa", "Europe"])
def test_gazetteer_continent_before_a_town_of_that_name(name: str) -> None:
    assert gz.lookup_place(name).kind == "continent"


@pytest.mark.parametrize("text, names", [
    ("The Government delegation was composed of:\n\n1. Ana Belén Torres, head of the delegation\n"
     "2. General (retired) Tomás Ibarra Llosa\n3. Lucía Medrano Soto, negotiator\n",
     {"Tomás Ibarra Llosa", "Lucía Medrano Soto"}),
    ("Its members are:\n1) Ambassador Kofi Mensah-Boateng\n2) Dr Ama Serwaa Owusu\n", {"Kofi Mensah-Boateng",
                                                                                        "Ama Serwaa Owusu"}),
])
def test_entities_items_of_a_list_of_people_are_persons(nlp, text: str, names: set[str]) -> None:
    """Each numbered item under a line announcing people names a person, after its titles and a bracketed rank,
    though the line is as short as a byline."""
    assert names <= _texts(nlp, text, "Person")


def test_entities_items_of_another_list_are_no_persons(nlp) -> None:
    text = "The following sites were inspected:\n1. Puerto Ayora Harbour\n2. Santa Rosa Farm\n"
    assert not _texts(nlp, text, "Person")


def test_entities_list_of_people_stays_open_over_field_lines(nlp) -> None:
    """Each item's field lines ("Date of birth: …", "Function: …") keep the list of people open for the next item."""
    text = ("The persons added to the list today include:\n\n1. Arvid Lundqvist\n\nDate of birth: 12.3.1971\n\n"
            "Function: Deputy Commander of the border guard. Responsible for the detention of protesters at the "
            "crossing in the north of the country.\n\n2. Henrike Solvang\n\nDate of birth: 7.9.1968\n\n"
            "3. Oskar Brandvold\n\nFunction: Judge of the district court.\n")
    assert {"Arvid Lundqvist", "Henrike Solvang", "Oskar Brandvold"} <= _texts(nlp, text, "Person")


def test_entities_role_from_a_field_line_under_a_list_item(nlp) -> None:
    """A role field on the lines under a numbered item's name ("Function: Judge of …") is that person's role."""
    text = ("The persons added to the list today include:\n\n1. Arvid Lundqvist\n\nDate of birth: 12.3.1971\n\n"
            "Function: Judge of the district court of Tromsø. Sentenced protesters.\n\n2. Henrike Solvang\n\n"
            "Position: Governor of the northern region.\n")
    roles = {m.text: m.role for m in find_mentions(nlp(text)) if m.type == "Person"}
    assert roles.get("Arvid Lundqvist") == "judge" and roles.get("Henrike Solvang") == "governor"
