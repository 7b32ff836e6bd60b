"""Sanction classes of session 7: designation lists whose bullets the cleaning took off, opened by an entry ban or
an "added to the list" line, with titles before the names; registry items of banks; an act's annex whose only
imposer is its preamble ("THE COUNCIL OF …,"); a communique's bare "the Authority"; a joint measure's counted
targets given only to the imposers whose own sentences name them; a surname and the full name in one package;
names that only place or describe an item ("in the X Bank", "head of the X intelligence organisation").

Every sentence is our own, with invented names (real states, cities and bodies only); mentions are made by hand
from the model's entities (``tests.test_events.read``).
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_sanction_package import one_per_package
from kg.events_sanction_roster import item_names, roster_lines
from kg.model import Evidence, EventDraft
from tests.test_events import MON, nlp, read  # noqa: F401 - nlp is a fixture

__all__ = ["nlp"]


def _pairs(drafts) -> set[tuple[str, str]]:
    return {(d.imposer, d.target) for d in drafts}


@pytest.mark.parametrize("text, items", [
    ("The entry ban applies to the following persons:\n\nDeputy Minister of Justice Ion Vasile Rusnac\n\n"
     "Marin Lungu, commander of the special police unit\n\nIn addition, the ministry supports EU sanctions.\n",
     ["Deputy Minister of Justice Ion Vasile Rusnac", "Marin Lungu, commander of the special police unit"]),
    ("The following persons and entity are added to the list set out in Annex II:\n\nA. Persons\n"
     "1. Pierre Kanyemba, born 1970, commander.\n\nB. Entity\n1. Lake Minerals SARL, Bukavu.\n",
     ["Pierre Kanyemba, born 1970, commander.", "Lake Minerals SARL, Bukavu."]),
])
def test_roster_lines_without_bullets_and_under_lettered_headings(text, items):
    """A list an entry ban or "added to the list" announces: its unmarked lines (the cleaning took the bullets off)
    and its numbered items under "A. Persons" / "B. Entity" headings are items; the prose after it is not."""
    assert [item for _, _, item, _ in roster_lines(text)] == items


@pytest.mark.parametrize("item, names", [
    ("AL-ZAHRA COMMERCIAL BANK, Aden, Yemen; SWIFT/BIC AZCBYEAD.", ["AL-ZAHRA COMMERCIAL BANK"]),
    ("NORTHERN STAR SHIPPING, Sharjah, United Arab Emirates.", ["NORTHERN STAR SHIPPING"]),
    ("KARIMI, Reza Ali; DOB 02 Jan 1975; nationality Iran.", ["Reza Ali Karimi"]),
])
def test_roster_registry_items_of_banks_are_no_persons(item, names):
    """"FIRM BANK, City, State": an organization word in the capitals makes the item a firm, not "City Firm Bank"."""
    assert item_names(item) == names


@pytest.mark.parametrize("text, targets", [
    ("The Ministry of Foreign Affairs has today imposed entry bans on two Moldovan officials.\n\n"
     "The entry ban applies to the following persons:\n\n"
     "Deputy Minister of Internal Affairs Andrei Popescu\n\n"
     "Chisinau police chief Sergei Rotaru\n\n"
     "In addition, the ministry supports the adoption of sanctions at the level of the European Union.\n",
     {"Andrei Popescu", "Sergei Rotaru"}),
])
def test_entry_ban_list_with_titles_names_the_people(nlp, text, targets):
    """An entry ban on counted officials, listed below without bullets and with their titles first: each person is a
    target of the ministry's measure."""
    drafts = read(nlp, text, kind="Sanction")
    got = {d.target for d in drafts}
    assert targets <= got


@pytest.mark.parametrize("text, targets", [
    ("COUNCIL IMPLEMENTING DECISION (CFSP) 2024/77\n\nof 5 March 2024\n\n"
     "THE COUNCIL OF THE EUROPEAN UNION,\n\nHaving regard to the Treaty on European Union,\n\n"
     "HAS ADOPTED THIS DECISION:\n\nArticle 1\n\nAnnex I is amended as set out in the Annex to this Decision.\n\n"
     "ANNEX\n\nThe following persons are added to the list set out in Annex I:\n\n"
     "1. Pierre Mbala Kanyemba, born 4 April 1970, commander of the rebel forces in Ituri.\n"
     "2. Jean-Claude Mutombo, born 1981, spokesperson of the rebel forces.\n",
     {"Pierre Mbala Kanyemba", "Jean-Claude Mutombo"}),
])
def test_act_annex_takes_the_enacting_body_of_its_preamble(nlp, text, targets):
    """An act that reports no measure in prose: its annex's items are targets of the body its preamble names
    ("THE COUNCIL OF THE EUROPEAN UNION,"), on the act's day."""
    drafts = read(nlp, text, published=date(2024, 3, 5), kind="Sanction")
    assert {d.imposer for d in drafts} == {"European Union"}
    assert targets <= {d.target for d in drafts}


@pytest.mark.parametrize("text, imposer", [
    ("The ECOWAS Authority of Heads of State and Government met in Accra on Friday.\n\n"
     "The Authority also directed the Commission to freeze the assets of the Republic of Mali in the "
     "ECOWAS Bank for Investment and Development.\n", "ECOWAS"),
])
def test_bare_authority_is_the_body_named_in_full(nlp, text, imposer):
    """"The Authority" after "the ECOWAS Authority of Heads of State and Government": ECOWAS imposes; the bank the
    assets are held in is no target."""
    drafts = read(nlp, text, kind="Sanction")
    assert _pairs(drafts) == {(imposer, "Mali")}


@pytest.mark.parametrize("text, absent", [
    ("The United States, Britain and Canada on Monday imposed coordinated sanctions on a former minister and two "
     "businessmen.\n\nThe US Treasury said it had designated former minister Anselme Duverger and businessman Paul "
     "Lafontant.\n\nBritain designated Lafontant and his firm, Caribbean Cargo Holdings SA.\n",
     ("United Kingdom", "Anselme Duverger")),
])
def test_joint_measure_counted_targets_stay_with_the_imposers_that_name_them(nlp, text, absent):
    """"A, B and C sanctioned a minister and two businessmen", then "B designated X": B's targets are those its own
    sentence names, not those another imposer designated."""
    drafts = read(nlp, text, kind="Sanction")
    assert ("United States", "Anselme Duverger") in _pairs(drafts)
    assert absent not in _pairs(drafts)


def _draft(target: str, measure: str, start: int) -> EventDraft:
    return EventDraft(kind="Sanction", evidence=Evidence("a1", "s", start, start + 1), date=MON, date_basis="stated",
                      imposer="United Kingdom", target=target, measure=measure, cameo="163",
                      participants=("United Kingdom", target))


def test_package_joins_a_surname_to_the_full_name():
    """"designated Paul Lafontant" and "designated Lafontant and his firm": one package, one measure."""
    out = one_per_package([_draft("Paul Lafontant", "sanctions", 0), _draft("Lafontant", "listing", 10)])
    assert {d.measure for d in out} == {"listing"}


@pytest.mark.parametrize("text, target, absent", [
    ("The European Union on Monday sanctioned Karim Haddadi, the deputy head of the Islamic Revolutionary Guard "
     "Corps intelligence organisation.", "Karim Haddadi", "Islamic Revolutionary Guard Corps"),
])
def test_organization_describing_a_title_is_no_target(nlp, text, target, absent):
    """"A, the deputy head of the X intelligence organisation": X describes A's post, it is no target."""
    got = {d.target for d in read(nlp, text, kind="Sanction")}
    assert target in got and absent not in got


@pytest.mark.parametrize("text, targets", [
    ("The European Union on Monday imposed sanctions on Hossein Karimzadeh. The state broadcaster's news channel "
     "IRINN and the Fars-based Tasnim Cyber Unit were also hit with asset freezes.",
     {("European Union", "IRINN"), ("European Union", "Tasnim Cyber Unit")}),
    ("Japan on Friday froze the assets of Kaito Trading Company. Two executives, Hiroshi Tanabe and Kenji Mori, "
     "were also sanctioned.", {("Japan", "Hiroshi Tanabe"), ("Japan", "Kenji Mori")}),
])
def test_agentless_passive_with_also_continues_the_package(nlp, text, targets):
    """"A and B were also hit with asset freezes": the imposer of the measure reported just before."""
    assert targets <= _pairs(read(nlp, text, kind="Sanction"))


@pytest.mark.parametrize("text, imposer", [
    ("The U.N. Security Council committee overseeing sanctions on Libya on Wednesday added the tanker Sea Falcon to "
     "its sanctions list.", "United Nations Security Council"),
])
def test_committee_named_by_its_owner_as_a_modifier(nlp, text, imposer):
    """"The U.N. Security Council committee … added X": the committee acts for the body its modifier names."""
    assert imposer in {d.imposer for d in read(nlp, text, kind="Sanction")}


@pytest.mark.parametrize("text, expected", [
    ("Estonia on Tuesday imposed entry bans on Andrei Popescu and Sergei Rotaru. Latvia and Lithuania imposed entry "
     "bans on the same officials on Monday.",
     {("Latvia", "Andrei Popescu"), ("Latvia", "Sergei Rotaru"), ("Lithuania", "Andrei Popescu"),
      ("Lithuania", "Sergei Rotaru")}),
])
def test_measure_on_the_same_officials_takes_the_package_before(nlp, text, expected):
    """"Y and Z imposed entry bans on the same officials": the people X's measure named before, for each imposer."""
    assert expected <= _pairs(read(nlp, text, kind="Sanction"))


@pytest.mark.parametrize("text, expected", [
    ("The Council of the EU today adopted the listings. The sanctions target:\n"
     "Andrei Popescu, a fugitive businessman;\n"
     "Sergei Rotaru, a former deputy governor.\n\n"
     "Last Thursday, the United Kingdom froze the assets of Popescu and Rotaru under its own sanctions regime.\n",
     {("United Kingdom", "Popescu"), ("United Kingdom", "Rotaru")}),
])
def test_prose_measure_naming_a_listed_person_by_surname_is_kept(nlp, text, expected):
    """A list of the EU's designees (its bullets cleaned off), then "the UK froze the assets of Popescu": the UK's
    measure on the listed person stays, though its target is a piece of a list item."""
    assert expected <= _pairs(read(nlp, text, kind="Sanction"))


@pytest.mark.parametrize("text, target", [
    ("The African Union on Monday suspended Guinea from all AU activities until constitutional order is restored.",
     "Guinea"),
    ("The Economic Community of West African States on Sunday suspended Niger from all its decision-making "
     "bodies.", "Niger"),
])
def test_suspension_from_activities_and_bodies(nlp, text, target):
    """"suspended X from all AU activities" and "from all decision-making bodies" are measures, as "suspended from
    membership" was."""
    drafts = read(nlp, text, kind="Sanction")
    assert target in {d.target for d in drafts}, _pairs(drafts)
