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
