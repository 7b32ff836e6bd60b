"""Persons and bodies of session 14: a name the model ends on a particle goes on to the family name ("Hildegard von"
+ "der Brucke"); a plural title before a list of names ("Senators X and Y") is cut from the first name and given to
both; a name of three words or more ending in a facility noun ("X Nuclear Power Plant") is no person; a one-word name
a body's noun sets off ("the energy corporation Xatom") is a body; a one-word "name" before a number ("General
License 15") is a numbered document; a designation record's name ends at the bracket of its short name or the spaced
dash before its description, and a firm's short name in brackets is the firm's; a body's word alone ("Secretariat")
is a body; letters after a name ("MP") are no part of it. Sentences and names of our own."""
from __future__ import annotations

import pytest

from kg.mentions import find_mentions
from tests.test_entities13 import _texts, nlp  # noqa: F401 - nlp is a fixture
from tests.test_sanction14 import _RELEASE


@pytest.mark.parametrize("text, name", [
    ("We agree with Commissioner Hildegard von der Brucke, who said today that strength matters.",
     "Hildegard von der Brucke"),
    ("Commission President Gisela von der Hagen said on Monday that the package was ready.", "Gisela von der Hagen"),
    ("We agree with President Ursula von der Leyen, who said today that strength is the only language Russia "
     "understands.", "Ursula von der Leyen"),
])
def test_entities_name_ending_on_a_particle_takes_the_family_name(nlp, text: str, name: str) -> None:
    assert name in _texts(nlp, text, "Person")


def test_entities_plural_title_is_cut_and_given_to_each_name(nlp) -> None:
    doc = nlp("There is a bill in the Senate, introduced by Senators Carla Whitfield and Dan Morrow, that has 80 "
              "co-sponsors.")
    roles = {m.text: m.role for m in find_mentions(doc) if m.type == "Person"}
    assert roles == {"Carla Whitfield": "senator", "Dan Morrow": "senator"}


@pytest.mark.parametrize("text, thing", [
    ("- The Russian entity created to take over Ukraine's Zaporizhzhia Nuclear Power Plant, the largest nuclear "
     "power plant in Europe.", "Zaporizhzhia Nuclear Power Plant"),
    ("- The company set up to run Moldova's Dnestrovsk Thermal Power Station, the largest plant in the region.",
     "Dnestrovsk Thermal Power Station"),
])
def test_entities_facility_is_no_person(nlp, text: str, thing: str) -> None:
    assert thing not in _texts(nlp, text, "Person")


@pytest.mark.parametrize("text, body", [
    ("- Subsidiaries of the Russian state-owned atomic energy corporation Rosatom that are involved in research.",
     "Rosatom"),
    ("- Units of the state nuclear corporation Energoatom that run plants.", "Energoatom"),
])
def test_entities_name_a_body_noun_sets_off_is_a_body(nlp, text: str, body: str) -> None:
    assert body not in _texts(nlp, text, "Person")


@pytest.mark.parametrize("text", [
    "Concurrently, OFAC is issuing General License 15, authorizing transactions with the listed firms.",
    "The ministry also published Directive 4, which bars new debt.",
])
def test_entities_numbered_document_is_no_person(nlp, text: str) -> None:
    assert not _texts(nlp, text, "Person")


@pytest.mark.parametrize("text, name", [
    ("2. PAK Chol Min (Pak) is an official of the DPRK's Ministry of External Economic Relations posted in Moscow. "
     "Pak oversees the dispatch of workers.", "PAK Chol Min"),
    (_RELEASE.format(state="Belarus", p1="Anton Sergeyevich KORZUN", p2="Marina Petrovna LOBACH",
                     f1="Minskprompribor JSC", f2="Gulf Crest Freight FZE"), "Marina Petrovna LOBACH"),
])
def test_entities_record_name_closed_by_a_dash_or_its_short_name(nlp, text: str, name: str) -> None:
    """A designation record's name with its family name in capitals ends at the spaced dash before its description
    or at the bracket of the short name it goes by next, whatever the model tagged it."""
    assert name in _texts(nlp, text, "Person")


def test_entities_firm_short_name_in_brackets_is_a_body(nlp) -> None:
    text = ("3. NORDVAL LOGISTIK LLC (Nordval Logistik) is a Murmansk-based freight company.\n\n"
            "4. Oleg Ivanovich SEMIN (Semin) is the general director and owner of Nordval Logistik.")
    assert "Nordval Logistik" not in _texts(nlp, text, "Person")
    assert "Nordval Logistik" in _texts(nlp, text, "Organization")


def test_entities_body_word_alone_is_no_person(nlp) -> None:
    text = "Press office – General Secretariat of the Council\nContact: Ilse Vandamme, Press officer"
    assert "Secretariat" not in _texts(nlp, text, "Person")


def test_entities_post_nominal_letters_are_cut_from_the_name(nlp) -> None:
    persons = _texts(nlp, "The Hon Gareth Lowe MP, Minister for Trade\n", "Person")
    assert persons == {"Gareth Lowe"}
