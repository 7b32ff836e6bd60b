"""Sanction classes found on the development sets blind23 and blind24: a release whose minister announces the measure by
name and title ("A B, Minister of Foreign Affairs,"); unbulleted list items with "S.A."; ships and firms in a list by
their form (an IMO number, a legal form); a list dated by the target-less measure that announces it, not by an older
one; "the following persons" is no reference back; "the designation of X on D" in a release; "X's decision on
Saturday to freeze …"; "The banks are A, B and C. The individuals include D and E."; "the X side"; "The list now
includes A and B" and "The decision was taken yesterday".

Every sentence is our own, with invented names (real states, cities and bodies only); mentions are made by hand
from the model's entities (``tests.test_events.read``).
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_sanction_roster import item_names, roster_lines
from kg.events_sanction_vessels import imo_names
from tests.test_events import nlp, read  # noqa: F401 - nlp is a fixture
from tests.test_sanction8 import _pairs

__all__ = ["nlp"]

FRI = date(2021, 9, 10)  # a Friday


@pytest.mark.parametrize("text, pair", [
    ("From: Global Affairs Canada\n\nNews release\n\nToday, Paul Tremblay, Minister of Foreign "
     "Affairs, announced sanctions against Mamadou Keita, a former minister of Mali.", ("Canada", "Mamadou Keita")),
    ("Ministry of Foreign Affairs of Norway\n\nPress release\n\nToday, Ingrid Solberg, Minister of Foreign Affairs, "
     "announced sanctions against Omar Haddad, a Syrian army general.", ("Norway", "Omar Haddad")),
    ("From: Global Affairs Canada\n\nNews release\n\nToday, Minister of International Trade Claire Dubois "
     "announced sanctions against Lucas Oyono, a businessman from Gabon.", ("Canada", "Lucas Oyono")),
])
def test_minister_named_with_a_bare_title_is_the_issuer(nlp, text, pair):
    """A release's minister named by name and a title that names no state ("A B, Minister of Foreign Affairs"):
    the issuer its header names imposes, on the release's day."""
    drafts = [d for d in read(nlp, text, published=FRI, kind="Sanction") if (d.imposer, d.target) == pair]
    assert drafts and {d.date for d in drafts} == {FRI}


@pytest.mark.parametrize("text, items", [
    ("The individuals and entity listed are:\n\nAhmed Sharif, former governor\n\n"
     "Delta Portuaire S.A., a shipping firm controlled by Ahmed Sharif\n\nThe sanctions take effect today.\n",
     ["Ahmed Sharif, former governor", "Delta Portuaire S.A., a shipping firm controlled by Ahmed Sharif"]),
    ("The following entities are designated:\n\nNorthwind Trading Co. Ltd., a fuel broker\n\n"
     "Jorge L. Mendez, its director\n\nThe measures enter into force today.\n",
     ["Northwind Trading Co. Ltd., a fuel broker", "Jorge L. Mendez, its director"]),
    ("The persons designated are:\n\nSahel Mining Corp., a gold exporter\n\nAmadou B. Traore, its owner\n\n"
     "Treasury will keep acting.\n", ["Sahel Mining Corp., a gold exporter", "Amadou B. Traore, its owner"]),
])
def test_unbulleted_items_may_hold_abbreviations(text, items):
    """An item the cleaning took the bullet off may hold the period of "S.A.", "Ltd." or an initial: still an item,
    while the paragraph after the list, which ends in a period, is not."""
    assert [item for _, _, item, _ in roster_lines(text)] == items


@pytest.mark.parametrize("item, names", [
    ("SEA FALCON, Crude Oil Tanker, IMO 9300001, Panama flag (vessel).", ["SEA FALCON"]),
    ("GOLDEN REEF, Products Tanker, IMO 9300002, Comoros flag (vessel).", ["GOLDEN REEF"]),
    ("NORTH STAR, General Cargo, IMO 9300003 (vessel).", ["NORTH STAR"]),
])
def test_ship_entries_are_no_persons(item, names):
    """"NAME, Crude Oil Tanker, IMO …": a ship, not a person "Crude Oil Tanker Name"; "(vessel)" is no short name."""
    assert item_names(item) == names


@pytest.mark.parametrize("text, names", [
    ("4. SEA FALCON, Crude Oil Tanker, IMO 9300001, Panama flag (vessel).\n"
     "5. GOLDEN REEF, Products Tanker, IMO 9300002, Togo flag (vessel).\n", ["SEA FALCON", "GOLDEN REEF"]),
    ("The ship AMBER DAWN (IMO 9300004) and\nBLUE LAGOON, Bulk Carrier, IMO 9300005, Malta flag.\n",
     ["AMBER DAWN", "BLUE LAGOON"]),
])
def test_imo_names_of_list_entries(text, names):
    """A ship's name at the head of a list entry that gives its IMO number later, as well as one in brackets."""
    assert imo_names(text, 0, len(text)) == names


@pytest.mark.parametrize("text, targets", [
    ("The United States today imposed sanctions on one company and two vessels.\n\nThe following persons are designated:\n\n"
     "1. Kestrel-Invest OJSC, Gomel; holding company.\n2. SEA FALCON, Crude Oil Tanker, IMO 9300001, Panama flag "
     "(vessel).\n3. GOLDEN REEF, Products Tanker, IMO 9300002, Togo flag (vessel).\n",
     {"Kestrel-Invest OJSC", "SEA FALCON", "GOLDEN REEF"}),
    ("Norway today imposed sanctions on two companies.\n\nThe following entities are added to the list:\n\n"
     "1. Baltic Timber LLC, Riga; a sawmill.\n2. Orel-Agro PJSC, Orel; a grain trader.\n",
     {"Baltic Timber LLC", "Orel-Agro PJSC"}),
])
def test_list_items_are_names_by_their_form(nlp, text, targets):
    """A firm with its legal form ("A-Invest OJSC") and a ship with its IMO number are names by their form, though
    the model tags neither and the prose never names them."""
    assert targets <= {d.target for d in read(nlp, text, published=FRI, kind="Sanction")}


@pytest.mark.parametrize("text, target", [
    ("U.S. DEPARTMENT OF THE TREASURY\n\nTreasury Sanctions Shipping Firm\n\nToday's action builds on the "
     "designation of Korea Ryonbong General Corporation on March 8, 2016.\n\nOFAC is designating the following "
     "persons:\n\n"
     "1. Tumen River Shipping LLC, Rason; a shipping firm.\n", "Tumen River Shipping LLC"),
    ("Canada today imposed sanctions on two firms.\n\nIt follows Canada's designation of Sahel Gold on 4 May 2019."
     "\n\nThe following persons are designated:\n\n1. Niger Delta Mining LLC, Niamey; a gold trader.\n",
     "Niger Delta Mining LLC"),
])
def test_list_takes_the_day_of_its_announcing_measure(nlp, text, target):
    """A list the release's target-less measure announces ("OFAC is designating the following persons:") takes that
    measure's day, not that of an older designation the release recalls first."""
    drafts = [d for d in read(nlp, text, published=FRI, kind="Sanction") if d.target == target]
    assert drafts and {d.date for d in drafts} == {FRI}


@pytest.mark.parametrize("text, pair, day", [
    ("U.S. DEPARTMENT OF THE TREASURY\n\nTreasury Sanctions Shipping Network\n\nToday's action builds on the designation of "
     "Korea Ryonbong General Corporation on March 8, 2016.", ("United States", "Korea Ryonbong General Corporation"),
     date(2016, 3, 8)),
    ("Ministry of Foreign Affairs of Norway\n\nNorway extends sanctions\n\nThe step follows the designation of "
     "Sahel Gold Ltd on 4 May 2019.", ("Norway", "Sahel Gold Ltd"), date(2019, 5, 4)),
])
def test_bare_designation_in_a_release_is_the_issuers(nlp, text, pair, day):
    """"the designation of X on D" with no owner, in a release whose header names its issuer: the issuer's, on D."""
    drafts = [d for d in read(nlp, text, published=FRI, kind="Sanction") if (d.imposer, d.target) == pair]
    assert drafts and {d.date for d in drafts} == {day}


@pytest.mark.parametrize("text, pair, day", [
    ("The move follows Japan's decision on Saturday to freeze the assets of Belarusian officials.",
     ("Japan", "Belarus"), date(2021, 9, 4)),
    ("It comes after Canada's decision on Monday to impose sanctions on Myanmar.", ("Canada", "Myanmar"),
     date(2021, 9, 6)),
    ("The step follows Norway's decision on Wednesday to impose sanctions on Eritrea.", ("Norway", "Eritrea"),
     date(2021, 9, 8)),
])
def test_possessor_of_a_decision_to_sanction_imposes(nlp, text, pair, day):
    """"X's decision on Saturday to freeze …": X imposes, on the decision's day."""
    drafts = [d for d in read(nlp, text, published=FRI, kind="Sanction") if (d.imposer, d.target) == pair]
    assert drafts and {d.date for d in drafts} == {day}


@pytest.mark.parametrize("text, targets", [
    ("Australia on Friday froze the assets of two Myanmar banks and three individuals.\n\nThe banks are Myawaddy "
     "Bank and Innwa Bank, officials said.\n\nThe individuals include General Aung Lin Dwe, Colonel Kyaw Zin Oo and "
     "businessman Tun Myint Naing, according to a list released by the ministry.",
     {"Innwa Bank", "Aung Lin Dwe", "Kyaw Zin Oo", "Tun Myint Naing"}),
    ("Switzerland on Friday froze the assets of two Iranian companies and two individuals.\n\nThe companies are "
     "Pars Oil Trading and Kish Shipping Lines.\n\nThe individuals include Hossein Karimi and Reza Ahmadi, the "
     "ministry said.", {"Kish Shipping Lines", "Hossein Karimi", "Reza Ahmadi"}),
])
def test_counted_kinds_named_in_sentences_of_their_own(nlp, text, targets):
    """"froze the assets of two banks and three individuals", then "The banks are …" and "The individuals include
    …": each kind's names are targets, also when another sentence named the first kind."""
    assert targets <= {d.target for d in read(nlp, text, published=FRI, kind="Sanction")}


@pytest.mark.parametrize("text, pair", [
    ("In response to the hostile actions of Washington, the Chinese side has decided to ban American citizens from "
     "entering China.", ("China", "United States")),
    ("In response to the steps of Ottawa, the Russian side has decided to bar Canadian officials from entering "
     "Russia.", ("Russia", "Canada")),
    ("The Iranian side has decided to ban British officials from entering Iran.", ("Iran", "United Kingdom")),
])
def test_the_states_side_imposes(nlp, text, pair):
    """"the X side has decided to …", a ministry's word for its own state: X imposes."""
    assert pair in _pairs(read(nlp, text, published=FRI, kind="Sanction"))


@pytest.mark.parametrize("text, names, day", [
    ("In response to the hostile actions of Canberra, the Chinese side has decided to expand the list of Australian "
     "citizens who are barred from entering China.\n\nThe list now includes Senator Mark Halloran and Deputy "
     "Minister Julia Brennan.\n\nThe decision was taken yesterday.", {"Mark Halloran", "Julia Brennan"},
     date(2021, 9, 9)),
    ("Russia has decided to expand its list of Canadian officials who are barred from entering the country.\n\n"
     "The list now includes Defence Minister Paul Girard and Senator Anne Leblanc.\n\nThe decision was taken "
     "yesterday.", {"Paul Girard", "Anne Leblanc"}, date(2021, 9, 9)),
])
def test_the_list_now_includes_the_people_of_the_measure(nlp, text, names, day):
    """"barred X citizens from entering …", then "The list now includes A and B" and "The decision was taken
    yesterday": A and B are targets of that measure, on the decision's day; their titles are no targets."""
    drafts = [d for d in read(nlp, text, published=FRI, kind="Sanction") if d.target in names]
    assert {d.target for d in drafts} == names
    assert {d.date for d in drafts} == {day}
    assert all(d.imposer in {"China", "Russia"} for d in drafts)
