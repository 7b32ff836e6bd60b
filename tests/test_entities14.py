"""Persons and places of session 12: a list item "Name - Title" whose dash the model runs the name across; a state's
long name ending in a body's word ("the Russian Federation"); a designation record with the family name first in
capitals ("2. KIM Jane Ann. Date of birth: ..."); a title that is also a given name after a title ("President Emir
Doe"). Read by the real pipeline from sentences of our own."""
from __future__ import annotations

import pytest

from tests.test_entities13 import _texts, nlp  # noqa: F401 - nlp is a fixture


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


@pytest.mark.parametrize("text, names", [
    ("ANNEX\n\nPersons\n\n1. RI Song Hui. Date of birth: 4.5.1969. Reasons: Director of a trading company.\n\n"
     "2. KIM Chol Jin. Date of birth: 9.1.1975. Reasons: Official of a state bank.\n",
     {"RI Song Hui", "KIM Chol Jin"}),
    ("Annex\n\n1. CHOI Min Seok. Date of birth: 3.3.1970. Reasons: Head of a shipping firm.\n"
     "2. PAK Jong Nam. Date of birth: 8.5.1981. Reasons: Banker.\n",
     {"CHOI Min Seok", "PAK Jong Nam"}),
])
def test_entities_family_name_first_in_capitals(nlp, text: str, names: set[str]) -> None:
    """A designation record writing a short family name first in capitals, with no comma ("1. KIM Jane Ann."), is
    one person's name."""
    assert names <= _texts(nlp, text, "Person")


def test_entities_acronym_before_a_name_stays_out(nlp) -> None:
    """An acronym before a name inside a sentence is no family name."""
    persons = _texts(nlp, "The statement said NATO Jane Holub would attend, while Olaf Brandt stayed home.", "Person")
    assert not any(p.startswith("NATO") for p in persons)


@pytest.mark.parametrize("text, name", [
    ("The delegation was led by President Emir Halilovic and included Foreign Minister Ivo Saric.", "Emir Halilovic"),
    ("Chairman Sultan Bekov opened the session, and Deputy Minister Ana Popa spoke next.", "Sultan Bekov"),
])
def test_entities_given_name_that_is_a_title_after_a_title(nlp, text: str, name: str) -> None:
    """"President Emir Doe": a title that is also a given name ("Emir", "Sultan") right after a title is the
    person's given name, not a second title."""
    assert name in _texts(nlp, text, "Person")
