"""Persons, places and bodies of session 13: a name between "the" and a feature a lowercase noun qualifies ("the X Y
nature reserve") is a place; a section heading of bodies ("Entities") closes a list of people, and a railway company
is no person; a royal style before a name ("Prince") is cut and kept as a role; an untagged movement's name before
the kind of group it is ("the Frente Amplio rebels"); across articles, a two-word name the corpus tags a place and
never gives a person's role is that place; a person addressed by given name and patronymic ("Ivan Petrovich") is the
one full name of the article with that given name. Sentences and names of our own."""
from __future__ import annotations

import pytest

from kg.resolve import resolve_entities
from tests.test_entities13 import _texts, nlp  # noqa: F401 - nlp is a fixture
from tests.test_resolve import extraction
from tests.test_resolve_persons import _index


@pytest.mark.parametrize("text, place", [
    ("The delegations met in the Zoryana Pushcha nature reserve near the border on Thursday.", "Zoryana Pushcha"),
    ("Both sides camped in the Merrow Hollin forest reserve for the night.", "Merrow Hollin"),
])
def test_entities_name_before_a_qualified_feature_is_no_person(nlp, text: str, place: str) -> None:
    assert place not in _texts(nlp, text, "Person")


def test_entities_bodies_heading_closes_a_list_of_people(nlp) -> None:
    text = ("The designations announced today include:\n\nEntities\n\n1. Northern Railways, the state rail operator.\n"
            "2. Baltmar Shipping, a tanker company.\n\nIndividuals\n\n3. Oskar Brandt, a banker.\n")
    persons = _texts(nlp, text, "Person")
    assert "Northern Railways" not in persons and "Baltmar Shipping" not in persons


@pytest.mark.parametrize("text, name", [
    ("Jordanian Foreign Minister Prince Zeid bin Rashid hosted the meeting on Monday.", "Zeid bin Rashid"),
    ("Princess Leila Haddad opened the conference in Amman.", "Leila Haddad"),
])
def test_entities_royal_style_is_cut_from_the_name(nlp, text: str, name: str) -> None:
    assert name in _texts(nlp, text, "Person")


@pytest.mark.parametrize("text, body", [
    ("The leader of the Frente Amplio Popular rebels, Ruben Soto, signed the accord.", "Frente Amplio Popular"),
    ("Officials met a Mouvement Patriotique delegation headed by Ali Kone in Lome.", "Mouvement Patriotique"),
])
def test_entities_untagged_movement_before_its_group_noun(nlp, text: str, body: str) -> None:
    assert body in _texts(nlp, text, "Organization")


def test_resolve_name_tagged_a_place_elsewhere_is_that_place() -> None:
    ents, _ = resolve_entities([
        extraction("a1", ("Zoryana Pushcha", "Place"), ("Belarus", "Country")),
        extraction("a2", ("Zoryana Pushcha", "Person"), ("Anna Kolesnik", "Person", "negotiator")),
    ])
    assert not any(e.label == "Zoryana Pushcha" and e.type == "Person" for e in ents.values())
    assert any(e.label == "Anna Kolesnik" for e in ents.values())


def test_resolve_person_with_a_role_keeps_the_name() -> None:
    """A name the corpus also tags a place stays a person where a mention gives a person's role."""
    ents, _ = resolve_entities([
        extraction("a1", ("Lusaka Banda", "Place")),
        extraction("a2", ("Lusaka Banda", "Person", "minister")),
    ])
    assert any(e.label == "Lusaka Banda" and e.type == "Person" for e in ents.values())


def test_resolve_persons_given_name_and_patronymic_is_the_full_name() -> None:
    index = _index(("t", "Ivan Zarubin"), ("t", "Ivan Petrovich"), ("t", "Olga Marchenko"))
    assert index.full("Ivan Petrovich") == index.full("Ivan Zarubin")


def test_resolve_persons_patronymic_with_two_such_given_names_stays_apart() -> None:
    index = _index(("t", "Ivan Zarubin"), ("t", "Ivan Demidov"), ("t", "Ivan Petrovich"))
    assert index.full("Ivan Zarubin") != index.full("Ivan Demidov")
    assert index.full("Ivan Petrovich") not in (index.full("Ivan Zarubin"), index.full("Ivan Demidov"))
