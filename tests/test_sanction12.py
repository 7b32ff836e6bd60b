"""Sanction classes found on blind31 and blind32 (session 11): a numbered list whose items continue on lines (or
paragraphs) of their own ("Date of birth: …", "Function: …", a one-line description "State enterprise providing …"),
with a section heading of three words ("Entities and property"); a ship named with a prefix ("M/Y X"); a firm an
apposition or a description calls one ("X, the state-owned arms exporter"); a release that opens with its own measure
on people it only counts, then recalls an earlier dated measure before its list: the list is the opening measure's.
The closing prose after a list (two sentences, or one opening with a function word) stays prose.

Every sentence is our own, with invented names (real states, cities and bodies only); drafts are read by the full pipeline.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_sanction_roster import item_names, roster_lines
from tests.test_sanction11 import _read, nlp  # noqa: F401 - the module's spaCy fixture

TUE = date(2019, 10, 8)  # the day tests.test_sanction11._read publishes on

_RELEASE = """Council of the EU
Press release

The Council today imposed restrictive measures on a further 12 individuals and 3 entities in view of the repression of civil society in {state}.

On 4 June 2019 the Council decided to ban the country's carriers from EU airspace.

The persons and entities added to the list today include:

1. {p1}

Date of birth: 12.3.1971

Function: Deputy Commander of the border guard. Responsible for the detention of protesters.

2. {p2}

Date of birth: 7.9.1968

Function: Judge of the district court.

3. {firm}

State enterprise providing air navigation services.

The relevant legal acts have been published in the Official Journal. They enter into force on publication.
"""


@pytest.mark.parametrize("state, p1, p2, firm", [
    ("Belarus", "Aliaksei Marchuk", "Yauhen Liasko", "Aeronavtrans"),
    ("Venezuela", "Rodrigo Pabon Arcia", "Lucia Mendieta Ruz", "Navegacion Aerea Central"),
])
def test_sanction_record_lines_and_opening_measure(nlp, state: str, p1: str, p2: str, firm: str) -> None:
    """Every item of a list whose fields stand on lines of their own is a target, on the day of the release's
    opening measure ("today"), not of the earlier measure it recalls before the list."""
    drafts = [d for d in _read(nlp, _RELEASE.format(state=state, p1=p1, p2=p2, firm=firm))
              if d.target in (p1, p2, firm)]
    assert {(d.target, d.date) for d in drafts} == {(p1, TUE), (p2, TUE), (firm, TUE)}
    assert {d.imposer for d in drafts} == {"European Union"}


def test_sanction_roster_item_continues_on_its_field_lines() -> None:
    text = ("The following persons are designated:\n\n1. Ivo Dran\n\nDate of birth: 1.2.1960\n\nPosition: Governor.\n\n"
            "2. Nordvik Shipping\n\nExporter of timber.\n\nAs a result of today's action, their assets are blocked.\n")
    items = [item for _, _, item, _ in roster_lines(text)]
    assert items == ["Ivo Dran. Date of birth: 1.2.1960. Position: Governor.", "Nordvik Shipping. Exporter of timber."]


@pytest.mark.parametrize("closing", [
    "The measures take effect today. They were adopted by written procedure.",  # two sentences
    "As a result of today's action, all their property is blocked.",  # opens with a function word
    "Related action: the State Department also barred their relatives from entry.",  # no record field's label
])
def test_sanction_roster_prose_after_a_list_is_no_item(closing: str) -> None:
    text = f"The following entities are designated:\n\n1. Nordvik Shipping, Oslo\n\n{closing}\n"
    assert [item for _, _, item, _ in roster_lines(text)] == ["Nordvik Shipping, Oslo"]


def test_sanction_roster_three_word_section_heading_keeps_the_list_open() -> None:
    text = ("The following are designated today:\n\nOfficials\n1. Ivo Dran (DOB 1 Jan 1960), deputy minister.\n\n"
            "Entities and property\n2. Nordvik Shipping, Oslo.\n3. M/Y Polar Dawn, a 60-metre yacht.\n\nNotes to editors\n"
            "1. The Office is part of the ministry.\n")
    items = [item for _, _, item, _ in roster_lines(text)]
    assert items == ["Ivo Dran (DOB 1 Jan 1960), deputy minister.", "Nordvik Shipping, Oslo.",
                     "M/Y Polar Dawn, a 60-metre yacht."]


@pytest.mark.parametrize("firm, kind", [
    ("Zelenoborskexport", "the state-owned weapons trading company"),
    ("Nordlys", "a shipping firm registered in Malta"),
])
def test_sanction_item_a_firm_by_its_apposition(nlp, firm: str, kind: str) -> None:
    """A list item whose name the model does not tag, called a company by its apposition, is a target."""
    text = (f"WASHINGTON - Today, the U.S. Treasury imposed sanctions on two companies for supporting the Syrian government.\n\n"
            f"The following entities are designated today:\n\n1. {firm}, {kind}.\n\n2. Ozark Ridge Holdings LLC, Dubai.\n")
    assert firm in {d.target for d in _read(nlp, text)}
    assert item_names(f"{firm}, {kind}.")[0] == firm


@pytest.mark.parametrize("people", [
    ("Oleg Vantsev", "Irina Kolomeets"),
    ("Tomasz Wierzba", "Dace Ozolina"),
])
def test_sanction_list_of_names_with_a_dash_and_a_role(nlp, people: tuple[str, str]) -> None:
    """Items "A B - Deputy Prime Minister of X" name their person before the dash, a target of the release's
    measure."""
    text = ("Canada today announced that it is imposing travel bans and asset freezes on individuals responsible for "
            "the intervention in Moldova.\n\nThe following individuals are subject to the new measures:\n\n"
            f"1. {people[0]} - Aide to the President of the Russian Federation\n"
            f"2. {people[1]} - former Chief of Staff to the Prime Minister\n")
    targets = {d.target for d in _read(nlp, text)}
    assert set(people) <= targets
    assert item_names(f"{people[0]} - Aide to the President")[0] == people[0]
