"""Persons and places of session 12: a list item "Name - Title" whose dash the model runs the name across, and a
state's long name ending in a body's word ("the Russian Federation"). Read by the real pipeline from sentences of our
own."""
from __future__ import annotations

import pytest
import spacy

from kg.mentions import find_mentions
from kg.nlp import build_nlp
from kg.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


def _texts(nlp: spacy.Language, text: str, kind: str) -> set[str]:
    return {m.text for m in find_mentions(nlp(text)) if m.type == kind}


@pytest.mark.parametrize("text, names", [
    ("The following persons are listed:\n1. Borislav Tkachuk - Aide to the President of Belarus\n"
     "2. Yevgenia Dorofeyeva - Deputy Prime Minister of Belarus\n",
     {"Borislav Tkachuk", "Yevgenia Dorofeyeva"}),
    ("Those designated today are:\n- Matteo Rinaldi – Chair of the Regional Assembly\n"
     "- Oskar Lindqvist – Member of the Board of Directors\n",
     {"Matteo Rinaldi", "Oskar Lindqvist"}),
])
def test_entities_name_stops_at_the_dash_before_its_title(nlp, text: str, names: set[str]) -> None:
    """A spaced dash between a name and a title ends the name: "Jane Doe - Deputy Prime Minister"."""
    persons = _texts(nlp, text, "Person")
    assert names <= persons
    assert not any(p.split()[-1] in {"Aide", "Deputy", "Chair", "Member"} for p in persons)


def test_entities_dash_inside_a_body_name_stays(nlp) -> None:
    """A body whose name has a spaced dash before a word that is no title keeps it whole."""
    orgs = _texts(nlp, "Delegates of the Popular Front for Liberation - People's Army met in Havana on Monday.",
                  "Organization")
    assert any("People's Army" in o and "Popular Front" in o for o in orgs)


@pytest.mark.parametrize("text, long_name", [
    ("Anton Melnik, an aide to the President of the Russian Federation, said the talks would go on.",
     "Russian Federation"),
    ("The envoy of the United Republic of Tanzania, Amina Juma, said on Monday that the accord held.",
     "United Republic of Tanzania"),
])
def test_entities_state_long_name_is_a_place(nlp, text: str, long_name: str) -> None:
    """A state's long name ending in a body's word ("Federation", "Republic") is the state, not a body."""
    assert long_name in _texts(nlp, text, "Country")
    assert long_name not in _texts(nlp, text, "Organization")
