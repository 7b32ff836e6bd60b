"""Sanction classes found on the development sets blind26 and blind27: a measure word inside a law's name ("under the X
Sanctions Act") is no measure of that state; a release's issuer read off a government web domain in its header, and
its minister titled before the name ("Foreign Affairs Minister A B"); a list a short heading announces
("Designations"), whose items give the name as their first field ("A B SURNAME. DOB: …", "FIRM BANK. Address: …")
and a person by a birth date anywhere in the entry; "Also designated are A and B"; "It also blocked X"; a measure
still to be discussed or considered is none.

Every sentence is our own, with invented names (real states, cities and bodies only); drafts are read by the full pipeline.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events import find_events
from kg.events_sanction_issuer import issuer
from kg.events_sanction_roster import item_names, roster_lines
from kg.mentions import find_mentions
from kg.model import EventDraft
from tests.test_events import article
from tests.test_sanction8 import _pairs

TUE = date(2019, 10, 8)  # a Tuesday


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from kg.nlp import build_nlp
    from kg.settings import Settings

    return build_nlp(Settings())


def _read(nlp, text: str) -> list[EventDraft]:  # noqa: ANN001 - spacy.Language
    """The sanction drafts the full pipeline (kg's components, kg's mentions) reads from ``text``, published on
    ``TUE``."""
    doc = nlp(text)
    return [d for d in find_events(doc, find_mentions(doc), article(text, TUE)) if d.kind == "Sanction"]


@pytest.mark.parametrize("text, absent", [
    ("Canada's minister today announced sanctions on nine Venezuelan officials under the Venezuela Sanctions Act.",
     ("Venezuela", "Canada")),
    ("Britain froze the assets of Acme Mining under the Zimbabwe (Sanctions) (EU Exit) Regulations 2019.",
     ("Zimbabwe", "Acme Mining")),
    ("Australia imposed travel bans on four officials under the Iran Sanctions Regulations, the minister said.",
     ("Iran", "Australia")),
])
def test_sanction_measure_word_in_a_law_name_has_no_imposer(nlp, text, absent):
    """"Sanctions" in a law's name ("the X Sanctions Act", "the X (Sanctions) (EU Exit) Regulations 2019") is the
    law a measure is taken under: never a measure the named state imposes."""
    assert absent[0] not in {d.imposer for d in _read(nlp, text)}


@pytest.mark.parametrize("header, state", [
    ("Beehive.govt.nz - Media Release\n\nHon Jane Doe\nMinister of Foreign Affairs\n", "New Zealand"),
    ("GOV.UK\nHome > Government\n\nPress release\n", "United Kingdom"),
    ("www.foreignminister.gov.au\n\nMedia release\n", "Australia"),
    ("home.treasury.gov\nPress Releases\n", "United States"),
])
def test_issuer_read_off_a_government_domain(header, state):
    """A government's web domain in a release's header ("Beehive.govt.nz", "GOV.UK", "….gov.au") names its issuer."""
    assert issuer(header + "\nThe minister today announced new measures against three generals in Mali.\n") == state


@pytest.mark.parametrize("text, pair", [
    ("Beehive.govt.nz - Media Release\n\n12 March 2021\n\nForeign Affairs Minister Nanaia Harawira today announced "
     "sanctions on Min Aung Tun, a general of the Myanmar army.", ("New Zealand", "Min Aung Tun")),
    ("www.foreignminister.gov.au\n\nMedia release\n\nForeign Minister Claire Hollis today announced financial "
     "sanctions on Mohammed Al-Rashid, a Syrian militia leader.", ("Australia", "Mohammed Al-Rashid")),
])
def test_minister_titled_before_the_name_is_the_issuer(nlp, text, pair):
    """A release's minister titled before the name, the title naming no state ("Foreign Affairs Minister A B"): the
    issuer its header names imposes."""
    assert pair in _pairs(_read(nlp, text))


@pytest.mark.parametrize("text, items", [
    ("Designations\n\nIndividuals\n\n1. Pablo Andres RIVAS. DOB: 01/02/1965. Position: Governor.\n\nEntities\n\n"
     "2. BANCO DEL SUR. Address: Caracas, Venezuela.\n\nNotes to editors\n",
     ["Pablo Andres RIVAS. DOB: 01/02/1965. Position: Governor.", "BANCO DEL SUR. Address: Caracas, Venezuela."]),
    ("List of designations\n\n1. Hamid Yusuf Karim. DOB: 3 May 1970.\n2. MV SEA LARK. IMO 9123456.\n\nThe measures "
     "take effect today.\n", ["Hamid Yusuf Karim. DOB: 3 May 1970.", "MV SEA LARK. IMO 9123456."]),
])
def test_short_heading_opens_a_list(text, items):
    """A heading of a few words naming designations ("Designations", "List of designations"), without a colon, opens
    the list below it."""
    assert [item for _, _, item, _ in roster_lines(text)] == items


@pytest.mark.parametrize("item, name", [
    ("Pablo Andres RIVAS. DOB: 01/02/1965. Position: Governor of Zulia.", "Pablo Andres Rivas"),
    ("BANCO DEL SUR. Address: Caracas, Venezuela.", "BANCO DEL SUR"),
    ("MV SEA LARK. IMO 9123456.", "MV SEA LARK"),
    ("Jorge L. Mendez, political secretary of the Union Party (UP) in Oruro; DOB 4 Jun 1971.", "Jorge L. Mendez"),
])
def test_item_name_is_its_first_field(item, name):
    """An item's name is its first field, ended by a period (not an initial's) as well as a comma; a surname in
    capitals after given names is written as a name; a party's acronym in the entry's title is no name of its own."""
    assert item_names(item) == [name]


@pytest.mark.parametrize("text, pair", [
    ("The following persons have been designated:\n\n1. Ana Lucia Fernandez Ortega, Commissioner, head of the "
     "police in the department of Leon; DOB 2 Nov 1966.\n\nTreasury will keep acting.",
     ("United States", "Ana Lucia Fernandez Ortega")),
    ("The following persons have been designated:\n\n1. Musa Ibrahim Danladi, governor of a northern state; "
     "born 12 January 1958.\n\nTreasury will keep acting.", ("United States", "Musa Ibrahim Danladi")),
])
def test_birth_date_anywhere_in_an_item_makes_a_person(nlp, text, pair):
    """An item that opens with a proper name and gives a birth date after the person's title ("A B C, Commissioner;
    DOB …") lists a person, though the model tags no one there."""
    lead = ("U.S. DEPARTMENT OF THE TREASURY\n\nTreasury Sanctions Two Officials\n\nToday, the Treasury designated "
            "two officials for corruption.\n\n")
    assert pair in _pairs(_read(nlp, lead + text))


@pytest.mark.parametrize("text, pair", [
    ("Canada imposed sanctions on Ivan Petrov on Monday. Also sanctioned were Boris Levin and the Zarya Shipping "
     "Company.", ("Canada", "Zarya Shipping Company")),
    ("Japan froze the assets of Kim Song Il on Tuesday. Also designated are the Korea Ryonha Machinery Corporation "
     "and Ri Chol Ho.", ("Japan", "Ri Chol Ho")),
])
def test_also_designated_are_the_measures_targets(nlp, text, pair):
    """"Also designated are A and B": each a target of the measure reported before."""
    assert pair in _pairs(_read(nlp, text))


@pytest.mark.parametrize("text, pair", [
    ("The Treasury Department froze the assets of Ivan Petrov. It also blocked Zarya Holding, the shipping firm "
     "that he owns.", ("United States", "Zarya Holding")),
    ("The European Union imposed an asset freeze on Omar Haddad. It also blocked Sham Petroleum Company, which he "
     "controls.", ("European Union", "Sham Petroleum Company")),
])
def test_it_also_blocked_is_a_listing(nlp, text, pair):
    """"It also blocked X" after a reported measure: X is that imposer's target."""
    assert pair in _pairs(_read(nlp, text))


@pytest.mark.parametrize("text", [
    "The EU imposed sanctions on Acme Holding. Protesters blocked the road to the embassy.",
    "The EU imposed sanctions on Acme Holding. The police blocked access to the square.",
])
def test_block_without_a_pronoun_is_no_listing(nlp, text):
    """"block" lists nothing without a pronoun for the imposer just reported."""
    assert {t for _, t in _pairs(_read(nlp, text))} == {"Acme Holding"}


@pytest.mark.parametrize("text", [
    "EU foreign ministers will discuss adding names to the EU list in Brussels on Monday, a spokeswoman said.",
    "The Canadian government is considering imposing sanctions on Venezuela, the minister said.",
    "Ministers will weigh designating more officials in Luxembourg next week, a diplomat said.",
])
def test_measure_still_to_be_discussed_is_none(nlp, text):
    """A measure its subject will discuss, consider or weigh is not taken yet: no sanction (nor its meeting place)."""
    assert not _read(nlp, text)
