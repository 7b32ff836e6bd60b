"""Tests of kg.events_sanction and its helpers: imposer names, counted targets, measures a target is under.

Each rule is checked on sentences of our own with invented names; the fixtures are those of tests/test_events.py.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_sanction_imposers import acronyms
from kg.events import find_events
from kg.model import Mention
from tests.test_events import article, mentions_of, nlp, read  # noqa: F401 - nlp is a fixture

__all__ = ["nlp"]


def _pairs(drafts) -> set[tuple[str, str]]:
    return {(d.imposer, d.target) for d in drafts}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the Finance Ministry's Office of Export Enforcement (OEE) listed them",
         {"OEE": "Office of Export Enforcement"}),
        ("The Trade Sanctions Bureau (TSB) said", {"TSB": "Trade Sanctions Bureau"}),
    ],
)
def test_events_sanction_acronyms(text, expected):
    assert acronyms(text) == expected


def test_events_sanction_sub_office_is_its_state(nlp):
    """A sanctions office the article ties to a state ("the U.S. Treasury's Office …", then its acronym) is
    that state, so one action reported under two names is one imposer."""
    text = ("The U.S. Treasury Department on Monday imposed sanctions on Borvik Shipping.\n\n"
            "The Treasury's Office of Foreign Assets Control (OFAC) also designated Corvale Trading Company, "
            "a supplier of Borvik Shipping.")
    drafts = read(nlp, text, kind="Sanction")
    assert {d.imposer for d in drafts} == {"United States"}
    assert {"Borvik Shipping", "Corvale Trading Company"} <= {d.target for d in drafts}


def test_events_sanction_designated_in_a_release_about_sanctions(nlp):
    """In an article about sanctions (the word may stand only in its title), "designated" is a listing, and
    the counted targets are the names the release then describes one by one."""
    text = ("Treasury Sanctions Arms Brokers\n\n"
            "Today, the U.S. Department of the Treasury designated two individuals that supplied rifles to "
            "militias in the region.\n\n"
            "\"These brokers profit from war,\" a spokesman said.\n\n"
            "Tomas Brevik is a Norwegian arms dealer who has shipped rifles since 2019.\n\n"
            "Michael Holmqvist is a Swedish broker who arranged payments for the shipments.")
    drafts = read(nlp, text, kind="Sanction")
    assert {d.target for d in drafts} == {"Tomas Brevik", "Michael Holmqvist"}
    assert len({d.imposer for d in drafts}) == 1


def test_events_sanction_counted_object_before_the_measure(nlp):
    """"added 14 names to its travel ban": the names come in the next sentence."""
    text = ("Norway on Tuesday added six names to its travel ban on members of Moldova's junta.\n\n"
            "The Foreign Ministry said the ban now covered General Ivan Rusu and Colonel Petru Ceban, "
            "along with four other officers.")
    drafts = read(nlp, text, kind="Sanction")
    assert {t for _, t in _pairs(drafts)} == {"Ivan Rusu", "Petru Ceban"}


def test_events_sanction_list_further_on_without_markers(nlp):
    """The counted targets listed after a later line ending in a colon, one a line with semicolons."""
    text = ("EU foreign ministers on Monday agreed asset freezes on two individuals and one entity accused of "
            "destabilising Georgia.\n\n"
            "Diplomats had worked on the package for months.\n\n"
            "The legal act lists:\n\n"
            "Levan Abashidze, a businessman;\n\n"
            "Nino Kapanadze, a former official;\n\n"
            "Kartli Media Group, described as the main channel for transferring funds to protest organisers.\n\n"
            "The Council said in a statement that those listed were responsible.")
    drafts = read(nlp, text, kind="Sanction")
    got = {t for _, t in _pairs(drafts)}
    assert {"Levan Abashidze", "Nino Kapanadze", "Kartli Media Group"} <= got
    assert "Georgia" not in got


def test_events_sanction_subject_to_a_measure_is_the_target(nlp):
    """"X has been subject to an arms embargo since …, when the Y adopted …": X is the target, Y the imposer."""
    text = ("The Ruritanian rebels have been subject to an arms embargo since 2015, when the United Nations "
            "Security Council adopted a resolution.")
    drafts = read(nlp, text, kind="Sanction")
    assert {d.target for d in drafts} <= {"Ruritanian rebels", "rebels"}
    assert all(d.imposer == "United Nations Security Council" for d in drafts)


def test_events_sanction_subject_to_without_an_imposer_is_none(nlp):
    text = "Myanmar has been subject to an arms embargo for years."
    assert all(d.target != "Myanmar" or d.imposer for d in read(nlp, text, kind="Sanction"))
    assert not any(d.imposer == "Myanmar" for d in read(nlp, text, kind="Sanction"))


def test_events_sanction_untargeted_measure_targets_the_state_before(nlp):
    """"X first imposed sanctions on Dec. 5": the state the article's measures target; "Y imposed its own
    travel bans on members of the military" too."""
    text = ("Canada on Monday extended its travel ban on members of Tonga's army.\n\n"
            "Canada first imposed sanctions on Dec. 5, barring senior officers from entering the country. "
            "Norway imposed its own travel bans on members of the military on Dec. 7.")
    drafts = read(nlp, text, kind="Sanction")
    assert {("Canada", "Tonga"), ("Norway", "Tonga")} <= _pairs(drafts)
    assert {(d.imposer, d.date) for d in drafts if d.target == "Tonga"} >= {("Norway", date(2021, 12, 7))}


def test_events_sanction_described_companies_counted_back(nlp):
    """"Both companies are being designated": the two companies named just before, each a target."""
    text = ("Treasury Sanctions Smuggling Network\n\n"
            "Today, the U.S. Department of the Treasury designated one individual and two entities that "
            "smuggled fuel.\n\n"
            "Tomas Brevik owns Nordkapp Petroleum Company and Fjord Bridge General Trading. "
            "Both companies are being designated today for being owned by Brevik.\n\n"
            "Tomas Brevik is a Norwegian fuel trader who has shipped fuel since 2019.")
    drafts = read(nlp, text, kind="Sanction")
    assert {d.target for d in drafts} == {"Tomas Brevik", "Nordkapp Petroleum Company", "Fjord Bridge General Trading"}


def test_events_sanction_bare_ministry_is_the_imposer_before(nlp):
    """"Treasury sanctioned …" with no state: the imposer of the measure reported just before."""
    text = ("The United States on Monday imposed sanctions on Borvik Shipping.\n\n"
            "Treasury sanctioned a first group of Borvik Shipping affiliates in November 2020.")
    drafts = read(nlp, text, kind="Sanction")
    assert {d.imposer for d in drafts} == {"United States"}


def test_events_sanction_named_people_stand_for_the_state_adjective(nlp):
    """Two measures in one sentence, one reaching the named official, the other only "Ruritanian": the person."""
    text = ("The European Union imposed its own travel bans and asset freezes on four Tongan security officials "
            "on Monday, including the deputy head of the police, General Sione Tupou.")
    drafts = read(nlp, text, kind="Sanction")
    assert "Tonga" not in {d.target for d in drafts}


def test_events_sanction_subject_names_are_no_counted_targets(nlp):
    """The counted targets named in the next sentence leave out its subject and the acronym beside it."""
    text = ("The U.S. Treasury Department on Wednesday sanctioned two Tongan nationals.\n\n"
            "The Office of Foreign Assets Control (OFAC) said the network is run by Sione Tupou, "
            "alias \"Big Sione\", and by his accountant, Mele Fonua.")
    drafts = read(nlp, text, kind="Sanction")
    assert "OFAC" not in {d.target for d in drafts}
    assert "Sione Tupou" in {d.target for d in drafts}


def test_events_sanction_acronym_tagged_as_noun_imposes(nlp):
    """An acronym subject the tagger took for a common noun still imposes; the measure with no state of its
    own targets the state the article's measures target."""
    text = ("The East African Customs Union (EACU) on Sunday closed its borders with Tonga.\n\n"
            "EACU had already imposed travel bans and asset freezes on some 40 members of the junta in November.")
    doc = nlp(text)
    start = text.index("EACU had")
    mentions = [*mentions_of(doc), Mention("EACU", "Organization", start, start + 4, 0)]
    drafts = [d for d in find_events(doc, mentions, article(text)) if d.kind == "Sanction"]
    # the acronym is the long name given before it; the vague "in November" keeps the earlier measure apart
    assert {(d.imposer, d.target, d.date_basis) for d in drafts if d.date is None} == {
        ("East African Customs Union", "Tonga", "unknown")}


@pytest.mark.parametrize(
    "text, target, when",
    [
        # the possessor imposes; the "of" object is the target, dated by its own day
        ("The United States on Monday imposed sanctions on Borvik Shipping. The action follows Treasury's "
         "designation of Corvale Trading Company on July 11.", "Corvale Trading Company", date(2021, 7, 11)),
        # the "of" phrase after the date
        ("The United States on Monday imposed sanctions on Borvik Shipping. Today's action builds on the "
         "Treasury's designation on June 10, 2021, of Tomas Brevik, a Norwegian broker.", "Tomas Brevik",
         date(2021, 6, 10)),
    ],
)
def test_events_sanction_designation_noun(nlp, text, target, when):
    drafts = read(nlp, text, kind="Sanction")
    assert ("United States", target, when) in {(d.imposer, d.target, d.date) for d in drafts}


def test_events_sanction_targets_named_later_without_a_count(nlp):
    """"on several officials" then the names in the next sentence."""
    text = ("The European Union on Monday imposed sanctions on several Tongan officials.\n\n"
            "Those listed include Sione Tupou, the army chief, and Mele Fonua, a senior judge.")
    drafts = read(nlp, text, kind="Sanction")
    assert {d.target for d in drafts} == {"Sione Tupou", "Mele Fonua"}


@pytest.mark.parametrize("text, measure", [
    ("On Tuesday the State Department announced visa restrictions against Ardo Veskimets.", "travel ban"),
    ("Canada on Friday imposed visa restrictions on Ardo Veskimets.", "travel ban"),
    ("The European Union on Monday froze the funds of Ardo Veskimets.", "asset freeze"),
])
def test_events_sanction_visa_restrictions_and_frozen_funds(nlp, text, measure):
    """Visa restrictions are a travel ban and frozen funds an asset freeze, like travel bans and frozen assets."""
    drafts = read(nlp, text, kind="Sanction")
    assert "Ardo Veskimets" in {d.target for d in drafts}
    assert measure in {d.measure for d in drafts if d.target == "Ardo Veskimets"}
