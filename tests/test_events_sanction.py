"""Tests of kg.events_sanction and its helpers: imposer names, counted targets, measures a target is under.

Each rule is checked on sentences of our own with invented names; the fixtures are those of tests/test_events.py.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kg.events_common import MentionIndex
from kg.events_sanction_imposers import acronyms
from kg.events_sanction_targets import split_joined
from kg.events import find_events
from kg.model import Mention
from tests.test_events import MON, article, mentions_of, nlp, read  # noqa: F401 - nlp is a fixture

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


# --- session 4: imposers named as bodies, datelines, lists, vessels ------------------------------------------


@pytest.mark.parametrize("text, imposer", [
    # a government body or sanctions office is the state or organization it acts for
    ("At its meeting today, the Federal Council adopted an ordinance instituting measures against the Republic "
     "of Tonga.", "Switzerland"),
    ("The Security Council Committee on Friday added one individual to its sanctions list: Jorvan Pellek, a "
     "rebel commander.", "United Nations Security Council"),
    # a dateline parsed as the subject: the name after the dash imposes, not the cities
    ("OSLO/HELSINKI – Britain on Monday froze the assets of Arvo Lindqvist, a shipping magnate.", "United Kingdom"),
])
def test_events_sanction_body_and_dateline_imposers(nlp, text, imposer):
    drafts = read(nlp, text, kind="Sanction")
    assert drafts and {d.imposer for d in drafts} == {imposer}


def test_events_sanction_subjectless_verb_and_inline_list(nlp):
    """No subject parsed ("At a summit in X, the Y (Z) also imposed …"): the organization just before the verb;
    the counted targets listed after a colon in the sentence; a relative clause's date is not the measure's."""
    text = ("Southern African leaders yesterday ordered the activation of a standby force.\n\n"
            "At an extraordinary summit in Maputo, the Southern Trade Community (STC) also imposed a travel ban on "
            "and froze the assets of three leading members of the junta that seized power on June 2: its leader, "
            "General Tomas Okonjo; its spokesman, Colonel Ferro Balde; and Brigadier General Samuel Ndiaye Kone, whom "
            "the military named defence minister.")
    drafts = read(nlp, text, kind="Sanction")
    assert {d.target for d in drafts} == {"Tomas Okonjo", "Ferro Balde", "Samuel Ndiaye Kone"}
    assert {d.date for d in drafts} == {date(2022, 2, 27)}  # the day of the sentence before ("yesterday")


def test_events_sanction_untagged_league_and_its_central_bank(nlp):
    """A capitalised name ending in an organization word imposes though untagged; "its central bank" is the
    central bank of the state the sentence names; a generic measure with its own "against X" still counts."""
    text = ("The Andean League on Sunday approved sweeping economic sanctions against Bolivia, freezing Bolivian "
            "government assets and halting dealings with its central bank.")
    drafts = read(nlp, text, kind="Sanction")
    assert {"Bolivia", "Central Bank of Bolivia"} <= {d.target for d in drafts}
    assert len({d.imposer for d in drafts}) == 1 and "Bolivia" not in {d.imposer for d in drafts}


def test_events_sanction_adopted_by_an_agent(nlp):
    """"the sanctions adopted by X on <day>": X imposed them on that day, on the state the article's measures
    target, not on the state that aligns itself with them."""
    text = ("Norway on Monday imposed an arms embargo on Tonga.\n\n"
            "With this decision, Norway aligns itself with the sanctions adopted by the European Union on "
            "22 December 2020.")
    drafts = read(nlp, text, kind="Sanction")
    assert ("European Union", "Tonga", date(2020, 12, 22)) in {(d.imposer, d.target, d.date) for d in drafts}
    assert not any(d.target == "Norway" for d in drafts)


def test_events_sanction_referring_subjects_take_the_imposer_and_day(nlp):
    """"The US move freezes …", "It also targets …": the imposer and day of the measures reported before; the
    owner of the frozen assets ("belonging to A") is a target; a clause describing an item does not end the list."""
    text = ("The United States has imposed new sanctions on two Tongan firms and two men.\n\n"
            "The Treasury Department announced the measures on Friday.\n\n"
            "The US move freezes any assets under American jurisdiction belonging to the Nuku Mining Corporation "
            "and the Vava Marketing Corporation.\n\n"
            "It also targets Sione Kata, a businessman the Treasury described as a financier, and Colonel Mele "
            "Fonua, whom it accused of directing militias.")
    drafts = read(nlp, text, kind="Sanction")
    got = {(d.imposer, d.target, d.date) for d in drafts}
    friday = date(2022, 2, 25)
    assert {("United States", t, friday) for t in
            ("Nuku Mining Corporation", "Vava Marketing Corporation", "Sione Kata", "Mele Fonua")} <= got


def test_events_sanction_pronoun_target_is_no_state(nlp):
    """"dismissed new US sanctions against him": the person, named elsewhere, not the state of his adjective."""
    text = "Bosnian Serb leader Dragan Milic on Thursday dismissed new US sanctions against him as meaningless."
    assert not any(d.target == "Serbia" for d in read(nlp, text, kind="Sanction"))


def test_events_sanction_counted_demonyms_named_next(nlp):
    """"added two Paraguayans to its sanctions list" then "The two are A and B": the people, not Paraguay."""
    text = ("The European Union yesterday added two Paraguayans, a prosecutor and a judge, to its sanctions list.\n\n"
            "The two are prosecutor Ana Benitez Soto and Judge Carlos Rivas Mena.")
    drafts = read(nlp, text, kind="Sanction")
    assert {d.target for d in drafts} == {"Ana Benitez Soto", "Carlos Rivas Mena"}


def test_events_sanction_vessels_and_passive_company_lists(nlp):
    """Counted vessels are the names given IMO numbers; "A, B, and C are being designated" are the counted
    companies, each by the name the article tags (a suffix tagged alone is none)."""
    text = ("Treasury Sanctions Fuel Network\n\n"
            "Today, the U.S. Department of the Treasury designated three companies involved in fuel smuggling. "
            "OFAC also identified two vessels as blocked property.\n\n"
            "Nordkapp Trading FZE, Fjord Shipping Co., Limited, and Baltic Marine Services LLC are being designated "
            "for supporting the network.\n\n"
            "Fjord Shipping Co., Limited owns the SEA FALCON (IMO 9123456) and the RIVER QUEEN (IMO 9234567).")
    targets = {d.target for d in read(nlp, text, kind="Sanction")}
    assert {"SEA FALCON", "RIVER QUEEN", "Fjord Shipping Co.", "Baltic Marine Services"} <= targets
    assert "Limited" not in targets


def test_events_sanction_tanker_named(nlp):
    """"designated the tanker X": X."""
    text = ("Britain on Monday sanctioned Nordkapp Aviation Fuel Ltd.\n\n"
            "London also sanctioned Baltic Commercial Bank and designated the tanker Blue Heron.")
    assert ("United Kingdom", "Blue Heron") in _pairs(read(nlp, text, kind="Sanction"))


def test_events_sanction_joined_names_split(nlp):
    """Two firms tagged as one name ("adding A Fuel and B Petroleum to its list") are the two firms the article
    names alone, by those names; a name with "and" inside ("X Oil and Gas Enterprise") stays whole."""
    text = ("Nordkapp Aviation Fuel Ltd. and Fjord Bridge Petroleum Pte. Ltd. were listed. "
            "Canada added Nordkapp Aviation Fuel and Fjord Bridge Petroleum.")
    joined = "Nordkapp Aviation Fuel and Fjord Bridge Petroleum"
    names = ["Nordkapp Aviation Fuel Ltd.", "Fjord Bridge Petroleum Pte. Ltd.", joined]
    index = MentionIndex(nlp(text), [Mention(n, "Organization", text.index(n), text.index(n) + len(n), 0) for n in names])
    assert split_joined(joined, index) == names[:2]
    assert split_joined("Tonga Oil and Gas Enterprise", index) == ["Tonga Oil and Gas Enterprise"]


def test_events_sanction_ministers_of_a_bloc_and_its_acronym(nlp):
    """"European Union foreign ministers meeting in Brussels added …": the bloc imposes; "an EU travel ban" is
    the bloc again, not a target; the target is the state of the demonym on the list."""
    text = ("On Tuesday, European Union foreign ministers meeting in Brussels added 12 people to the list of "
            "Belarusians subject to an EU travel ban and asset freeze.")
    drafts = read(nlp, text, kind="Sanction")
    assert {d.target for d in drafts} == {"Belarus"}
    assert not any(d.imposer in {"Belarus", "Belarusians"} for d in drafts)


@pytest.mark.parametrize("text, imposer, targets", [
    # a body named by its owner imposes for the owner
    ("The UN Security Council's sanctions committee on Monday added two army generals, Peter Malual and John "
     "Garang Deng, to its list.", "United Nations Security Council", {"Peter Malual", "John Garang Deng"}),
    # a sanctions office behind its ministry's possessive and before its acronym
    ("The Treasury Department's Office of Foreign Assets Control (OFAC) on Thursday sanctioned Tomas Brevik, a "
     "Norwegian arms broker.", "United States", {"Tomas Brevik"}),
    # "including" only introduces the named item
    ("Canada on Thursday announced sanctions against five individuals, including former Haitian president "
     "Michel Joseph Martelly.", "Canada", {"Michel Joseph Martelly"}),
])
def test_events_sanction_owned_bodies_and_including(nlp, text, imposer, targets):
    drafts = read(nlp, text, kind="Sanction")
    assert {d.imposer for d in drafts} == {imposer}
    assert {d.target for d in drafts} == targets


def test_events_sanction_following_list_without_a_count(nlp):
    """"designated the following individuals and entities:" then one numbered line each, aliases in brackets."""
    text = ("Norway today designated the following individuals and entities under its sanctions regime:\n\n"
            "1. Ivan Petrenko (also known as Vanya Petrenko), born 1970;\n\n"
            "2. Olga Sidorenko, a banker;\n\n"
            "3. Baltic Star Shipping LLC.\n\n"
            "The measures take effect immediately.")
    assert {d.target for d in read(nlp, text, kind="Sanction")} == {
        "Ivan Petrenko", "Olga Sidorenko", "Baltic Star Shipping LLC"}


def test_events_sanction_passive_list_in_a_release(nlp):
    """"A, B and C were designated by X on Tuesday" in a release about sanctions: X on each, that day."""
    text = ("Treasury Sanctions Junta Backers\n\n"
            "Ivan Petrenko, Olga Sidorenko and Pavel Grushko were designated by the U.S. Treasury on Tuesday for "
            "supporting the junta.")
    drafts = read(nlp, text, kind="Sanction")
    assert {(d.imposer, d.target, d.date) for d in drafts} == {
        ("United States", n, date(2022, 2, 22)) for n in ("Ivan Petrenko", "Olga Sidorenko", "Pavel Grushko")}


@pytest.mark.parametrize("text, when", [
    # "agreed on Tuesday to freeze": a past decision, last Tuesday
    ("The European Union on Tuesday agreed to freeze the assets of Syria's central bank, diplomats said.",
     date(2022, 2, 22)),
    # the day of the speech verb before the reported clause is not the measure's
    ("In Washington, spokeswoman Ann Keller said Thursday that U.N. Security Council sanctions on North Korea "
     "would stay in place.", None),
    # but a speech verb after the measure leaves the measure's day alone
    ("Japan froze the assets of Kyaw Min Oo on Friday, the foreign ministry said.", date(2022, 2, 25)),
])
def test_events_sanction_dates_of_decisions_and_reports(nlp, text, when):
    drafts = read(nlp, text, kind="Sanction")
    assert drafts and {d.date if d.date_basis == "stated" else None for d in drafts} == {when}


def test_events_sanction_listing_anchored_at_its_verb(nlp):
    """"added A, the Serb member of B, to its sanctions list": the adjective inside the object imposes nothing."""
    text = ("The US Treasury on Wednesday added Ivo Petrov, the Serb member of Bosnia's presidency, to its sanctions "
            "list, and froze the assets of Drina Media, a television station he controls.")
    assert not any(d.imposer == "Serbia" for d in read(nlp, text, kind="Sanction"))


@pytest.mark.parametrize("text, pair", [
    # "X said it would impose …": the reporting state imposes
    ("Tokyo said on Tuesday it would impose an asset freeze on entities linked to North Korea's missile programme.",
     ("Japan", "North Korea")),
    # a renewed measure is a measure
    ("The United Nations Security Council on Friday renewed an arms embargo on South Sudan for another year.",
     ("United Nations Security Council", "South Sudan")),
    # "A's son, B": B, not A
    ("Britain sanctioned six people on Thursday over abuses in Nicaragua, among them Vice President Rosa "
     "Murillo's son, Laureano Ortega.", ("United Kingdom", "Laureano Ortega")),
])
def test_events_sanction_reporters_renewals_and_possessors(nlp, text, pair):
    assert pair in _pairs(read(nlp, text, kind="Sanction"))


def test_events_sanction_opinion_on_sanctions_is_no_measure(nlp):
    """"X said sanctions would hurt ordinary people": X reports no measure of its own."""
    text = ("Chile's representative at the meeting, Deputy Foreign Minister Jorge Vidal, said Santiago had abstained "
            "because sanctions would hurt ordinary Peruvians.")
    assert not any(d.imposer == "Chile" for d in read(nlp, text, kind="Sanction"))


@pytest.mark.parametrize("text, pair", [
    # "X voted to impose …": the subject of the verb the measure's verb completes; an untagged league
    ("Andean League foreign ministers on Sunday voted to impose sanctions on Bolivia.", ("Andean League", "Bolivia")),
    # "the League's ministers": the league, without its possessive ending
    ("The Andean League's ministers on Sunday approved sanctions against Peru.", ("Andean League", "Peru")),
    # a department named for what it does in one state's government
    ("The Commerce Department added 12 companies to its Entity List on Tuesday, including Sinoway Tech.",
     ("United States", "Sinoway Tech")),
    # a body named by its state's possessive is that state
    ("Britain's Foreign Office said on Monday it had sanctioned Kaung Myat, a Myanmar arms dealer.",
     ("United Kingdom", "Kaung Myat")),
])
def test_events_sanction_deciding_bodies(nlp, text, pair):
    assert pair in _pairs(read(nlp, text, kind="Sanction"))


def test_events_sanction_untagged_office_acronym_and_alias_cut(nlp):
    """An office's acronym the tagger missed still imposes for its state; a sentence cut at "a.k.a." inside
    brackets does not end the list of targets."""
    listing = ("Treasury Sanctions Arms Network\n\n"
               "Today, OFAC designated the following three entities: Nordkapp Arms AS, Fjord Defence Trading LLC, "
               "and Baltic Ordnance Ltd.")
    assert {d.imposer for d in read(nlp, listing, kind="Sanction")} == {"United States"}
    alias = ("Treasury Sanctions Arms Network\n\n"
             "Today, OFAC sanctioned Tomas Brevik (a.k.a. \"The Norwegian\"), Mikael Storm and Lars Holm, three arms "
             "brokers.")
    assert {d.target for d in read(nlp, alias, kind="Sanction")} == {"Tomas Brevik", "Mikael Storm", "Lars Holm"}


def test_events_sanction_roster_items():
    """A numbered list under a line announcing designations: each item's name, registry form turned round."""
    from kg.events_sanction_roster import item_names, roster_lines
    text = ("Identifying information on the entities and individuals designated today:\n\nENTITIES\n\n"
            "1. VOSTRA TRUST BANK (a.k.a. VT BANK; f.k.a. OLD VOSTRA), 4 Harbour Road, Port Alder.\n\n"
            "INDIVIDUALS\n\n2. KELLMAN, Darius Ivo; DOB 03 Feb 1961; POB Port Alder; Chairman, Vostra Trust Bank.\n\n"
            "Notes to editors\n\n1. The list will be published tomorrow.\n")
    items = [item for _, _, item, _ in roster_lines(text)]
    assert len(items) == 2
    assert item_names(items[0]) == ["VOSTRA TRUST BANK", "VT BANK"]
    assert item_names(items[1]) == ["Darius Ivo Kellman"]
    # a title's bracket is the office's acronym, not the person's; a firm's closing bracket is its own
    assert item_names("Brigadier General Ivo Dramek, commander of the northern region.") == [
        "Brigadier General Ivo Dramek", "Ivo Dramek"]
    assert item_names("Olga Maren Tesk, Director of the Revenue Office (RO), responsible for seizures.") == [
        "Olga Maren Tesk"]
    assert item_names("Compañía Minera del Sur, Gas y Petróleo (CMSGP), a company controlled by the army.") == [
        "Compañía Minera del Sur", "CMSGP"]


def test_events_sanction_roster_targets_take_the_lead_measure(nlp):
    """Items of a designation list are targets of the release's first measure, on its day."""
    text = ("The Norwegian Ministry of Finance today imposed sanctions on Vostra Trust Bank, a lender in Port Alder.\n\n"
            "Darius Kellman chairs Vostra Trust Bank.\n\n"
            "Identifying information on the entities and individuals designated today:\n\n"
            "1. VOSTRA TRUST BANK (a.k.a. VT BANK), 4 Harbour Road, Port Alder; SWIFT/BIC VTBKXX.\n\n"
            "2. KELLMAN, Darius; DOB 03 Feb 1961; nationality Norway; Chairman, Vostra Trust Bank.\n")
    drafts = read(nlp, text, kind="Sanction")
    assert {d.target for d in drafts} >= {"Vostra Trust Bank", "Darius Kellman"}
    assert len({d.imposer for d in drafts}) == 1
    assert {d.date for d in drafts} == {MON}


def test_events_sanction_another_imposer_is_no_target(nlp):
    """"…, while Y designated ten officials": Y imposes its own measure (on the state before) and is no target."""
    text = ("Norway and Iceland have imposed sanctions on members of Laos's military.\n\n"
            "Iceland announced its own asset freezes on three generals on Thursday, while Norway designated ten "
            "military officials earlier this month.")
    pairs = _pairs(read(nlp, text, kind="Sanction"))
    assert ("Iceland", "Norway") not in pairs
    assert {("Iceland", "Laos"), ("Norway", "Laos")} <= pairs


def test_events_sanction_relative_imposers(nlp):
    """"… than X and Y, which imposed …": both antecedents impose."""
    text = "Laos has moved more slowly than Iceland and Finland, which on Monday imposed new asset freezes on Paraguayan officials."
    pairs = _pairs(read(nlp, text, kind="Sanction"))
    assert {("Iceland", "Paraguay"), ("Finland", "Paraguay")} <= pairs


@pytest.mark.parametrize("text, pair", [
    ("Iceland said on Tuesday it would deny entry visas to 12 Laotian officials.", ("Iceland", "Laos")),
    ("Norway imposed an entry ban on 14 Paraguayan officials on Tuesday.", ("Norway", "Paraguay")),
])
def test_events_sanction_entry_denied(nlp, text, pair):
    assert pair in _pairs(read(nlp, text, kind="Sanction"))


def test_events_sanction_declined_measure_and_such_measures(nlp):
    """"first adopted such measures on 2 April, but has declined to adopt EU sanctions": the subject's measure on
    its day, and none by the EU."""
    text = ("Iceland froze the assets of 12 Laotian officials on Monday.\n\n"
            "Iceland first adopted such measures on 2 April, but has so far declined to adopt EU sanctions in full.")
    drafts = read(nlp, text, kind="Sanction")
    assert not any(d.imposer in {"EU", "European Union"} for d in drafts)
    assert date(2022, 4, 2) in {d.date for d in drafts if d.imposer == "Iceland"}


def test_events_sanction_counted_then_named_among(nlp):
    """"to 15 more individuals … Among the individuals are A and B"; "Among those listed were A; B": the names."""
    text = ("The Federal Council of Norway extended its asset freeze to 15 more individuals on Monday. Among the "
            "individuals are Pavel Ostrov, a businessman, and Milan Kresnik, a member of parliament.")
    assert {"Pavel Ostrov", "Milan Kresnik"} <= {d.target for d in read(nlp, text, kind="Sanction")}


def test_events_sanction_coordinated_measure_verbs_share_targets(nlp):
    """"imposing travel bans and targeted sanctions on three officers: A, B and C": all three for both."""
    text = ("Norway followed late on Friday, imposing travel bans and targeted financial sanctions on three senior "
            "officers: Pavel Ostrov, Milan Kresnik and Brigadier General Ivo Dramek, "
            "the commander of the northern region.")
    assert {"Pavel Ostrov", "Milan Kresnik", "Ivo Dramek"} <= {d.target for d in read(nlp, text, kind="Sanction")}


def test_events_sanction_decision_taken_by_a_body(nlp):
    """"the decision taken by X to prohibit imports of Y's oil and to freeze the assets of Y's central bank": X on
    Y and on the bank, each measure with its own object."""
    text = ("Today's action complements the decision taken today by the Council of the European Union to prohibit "
            "the import of Laotian timber into the EU and to freeze the assets of the Central Bank of Laos.")
    pairs = _pairs(read(nlp, text, kind="Sanction"))
    assert {("European Union", "Laos"), ("European Union", "Central Bank of Laos")} <= pairs


def test_events_sanction_relative_object_is_the_names_before(nlp):
    """"A and B (AB), which Treasury designated in 2009": A and B, with no day."""
    text = ("Treasury Sanctions Laotian Banks\n\n"
            "Vostra Bank has moved funds on behalf of Kellan Bank and the Export Credit Bank of Laos (ECBL), "
            "which Treasury designated in October 2009.")
    drafts = [d for d in read(nlp, text, kind="Sanction") if d.target in {"Kellan Bank", "Export Credit Bank of Laos"}]
    assert len(drafts) == 2 and all(d.date_basis != "stated" for d in drafts)


def test_events_sanction_summary_takes_the_imposers_day(nlp):
    """"X and Y have imposed sanctions on Z" then "X announced on Thursday …": the summary is X's package of Thursday."""
    text = ("Norway and Iceland have imposed sanctions on Laos's military.\n\n"
            "Norway announced on Thursday that it was freezing the assets of Pavel Ostrov and Milan Kresnik.")
    drafts = read(nlp, text, kind="Sanction")
    assert {d.date for d in drafts if (d.imposer, d.target) == ("Norway", "Laos")} == {date(2022, 2, 24)}


def test_events_sanction_relative_clause_imposer_and_possessive_target(nlp):
    """"the arms embargo on their leaders that the Y imposed in 2015": Y on whoever "their" names, with no day."""
    text = ("The Zemlak Front also want the lifting of the arms embargo on their leaders that the UN Security Council "
            "imposed in April 2015.")
    drafts = read(nlp, text, kind="Sanction")
    assert [(d.imposer, d.date_basis) for d in drafts if d.target == "Zemlak Front"] == [
        ("United Nations Security Council", "unknown")]


def test_events_sanction_ship_denied_entry_keeps_the_generic_measure(nlp):
    """"…, meaning it can be denied entry to ports": no travel ban that hides the sanction the sentence reports."""
    text = ("London also sanctioned Varnak Commercial Bank, which handled payments for the shipments, and designated "
            "the tanker Blue Heron, meaning it can be denied entry to British ports.")
    assert ("United Kingdom", "Varnak Commercial Bank") in _pairs(read(nlp, text, kind="Sanction"))


@pytest.mark.parametrize("page, owner", [
    ("NORWAY MINISTRY OF FINANCE\nPress Center\n\nMinistry Sanctions Port Alder Lender", "Norway"),
    ("From: Ministry of Foreign Affairs of the Republic of Iceland\nPublished: 4 May 2015", "Iceland"),
    ("Norway bans arms brokers\n\nThe Foreign Secretary today designated Pavel Ostrov.", None),  # a headline
])
def test_events_sanction_release_issuer(page, owner):
    from kg.events_sanction_issuer import issuer
    assert issuer(page) == owner


def test_events_sanction_bare_names_of_the_issuer(nlp):
    """In a release headed by its issuing body, "Treasury" and "The Foreign Secretary" impose for its state."""
    title = "NORWAY MINISTRY OF FINANCE"
    text = "Treasury today designated Vostra Trust Bank, a lender in Port Alder, under its sanctions programme."
    doc = nlp(text)
    art = replace(article(text), title=title)
    drafts = [d for d in find_events(doc, mentions_of(doc), art) if d.kind == "Sanction"]
    assert {d.imposer for d in drafts} == {"Norway"}
    title = "Ministry of Foreign Affairs of Iceland"
    text = "The Foreign Secretary today imposed sanctions on Pavel Ostrov and Milan Kresnik, two arms brokers."
    doc = nlp(text)
    drafts = [d for d in find_events(doc, mentions_of(doc), replace(article(text), title=title)) if d.kind == "Sanction"]
    assert {d.imposer for d in drafts} == {"Iceland"}


def test_events_sanction_roster_of_a_later_imposer(nlp):
    """A list a later measure announces ("Norway on Tuesday froze the assets of the following people:") is that
    measure's, not the release's first."""
    text = ("The United States on Monday imposed sanctions on Vostra Trust Bank.\n\n"
            "Pavel Ostrov and Milan Kresnik run the bank's branch in Port Alder.\n\n"
            "Norway on Tuesday froze the assets of the following people:\n\n"
            "1. Pavel Ostrov, director of the branch.\n2. Milan Kresnik, its treasurer.\n")
    pairs = _pairs(read(nlp, text, kind="Sanction"))
    assert {("Norway", "Pavel Ostrov"), ("Norway", "Milan Kresnik")} <= pairs
    assert not any(imp == "United States" and tgt in {"Pavel Ostrov", "Milan Kresnik"} for imp, tgt in pairs)


def test_events_sanction_relative_object_single_name(nlp):
    """"on behalf of A, which Treasury designated": A, not the clause the phrase hangs on."""
    text = ("Treasury Sanctions Laotian Banks\n\n"
            "Vostra Bank has moved funds on behalf of Kellan Bank, which Treasury designated in October 2009.")
    assert "Kellan Bank" in {d.target for d in read(nlp, text, kind="Sanction")}


@pytest.mark.parametrize("text, pair", [
    # an entry ban told by its verb, not the other state's "sanctions" it answers
    ("Russia on Friday banned eight Norwegian officials from entering the country, including parliament speaker "
     "Ola Brekke, in retaliation for Norwegian sanctions.", ("Russia", "Ola Brekke")),
    # a yacht is a vessel
    ("The Treasury Department on Thursday sanctioned Pavel Ostrov and designated the superyacht Blue Heron.",
     ("United States", "Blue Heron")),
])
def test_events_sanction_entry_bans_and_yachts(nlp, text, pair):
    assert pair in _pairs(read(nlp, text, kind="Sanction"))


def test_events_sanction_we_and_the_council_in_releases(nlp):
    """"We have decided to impose …" in a ministry's briefing, "The Council today adopted …" in the Council's
    release: the header's state or bloc."""
    for title, text, imposer in [
        ("Ministry of Foreign Affairs of the Republic of Chile",
         "A: We have decided to impose sanctions on Nordkapp Marine, the company involved in the sale.", "Chile"),
        ("Council of the EU", "The Council today adopted restrictive measures against Peru over its drilling.",
         "European Union"),
    ]:
        doc = nlp(text)
        drafts = [d for d in find_events(doc, mentions_of(doc), replace(article(text), title=title))
                  if d.kind == "Sanction"]
        assert {d.imposer for d in drafts} == {imposer}, text


def test_events_sanction_bare_council_is_the_body_named_before(nlp):
    """"The Council" after "the Council of the European Union": the EU's."""
    text = ("The Council of the European Union on Monday welcomed the talks. The Council also adopted restrictive "
            "measures against Peru over its drilling.")
    assert ("European Union", "Peru") in _pairs(read(nlp, text, kind="Sanction"))


def test_events_sanction_release_naming_a_measure_lists_by_designating(nlp):
    """A release that never says "sanctions" but names a measure ("as blocked property") is about sanctions:
    its "designated" is a listing."""
    text = ("Today, the Ministry of Finance of Norway designated Vostra Trust Bank and identified three yachts as "
            "blocked property.")
    assert "Vostra Trust Bank" in {d.target for d in read(nlp, text, kind="Sanction")}


def test_events_sanction_numbered_prose_under_a_sanctions_line_is_kept(nlp):
    """Numbered sentences under "Earlier sanctions:" are prose, not designation entries: their measures stay."""
    text = ("Norway on Monday froze the assets of Vostra Trust Bank.\n\nEarlier sanctions:\n\n"
            "1. Iceland imposed sanctions on Paraguayan officials in July.\n"
            "2. Finland banned arms exports to Paraguay in August.\n")
    assert ("Iceland", "Paraguay") in _pairs(read(nlp, text, kind="Sanction"))


@pytest.mark.parametrize("text, imposer, targets", [
    ("Norway on Friday banned nine officials from the Chilean parliament and its regional assemblies from entering "
     "its territory, including Senator Tomas Brevik, in retaliation for Chilean sanctions imposed earlier this year.",
     "Norway", {"Tomas Brevik"}),
    ("Peru barred a dozen judges and prosecutors of the Bolivian supreme court and the lower courts from travelling "
     "to the country, among them Justice Ardo Veskimets, in response to the sanctions Bolivia adopted in May.",
     "Peru", {"Ardo Veskimets"}),
])
def test_events_sanction_entry_ban_with_a_long_object(nlp, text, imposer, targets):
    """A counter-measure told as an entry ban ("banned [a long object] from entering"): the subject imposes it
    on the people it names; the body whose sanctions it answers is no imposer."""
    drafts = read(nlp, text, kind="Sanction")
    assert targets <= {d.target for d in drafts if d.imposer == imposer}
    assert not any(d.target in targets and d.imposer != imposer for d in drafts)


@pytest.mark.parametrize("text, dated", [
    ("The ministry said Norway had on 4 February imposed sanctions on three Chilean officials over the arrest of a "
     "journalist, and on 19 February had added two more Chilean officials under its new sanctions regime.",
     {date(2022, 2, 4), date(2022, 2, 19)}),
    ("Chile had on 9 January frozen the assets of Borvik Shipping, a lawyer for the company said.", {date(2022, 1, 9)}),
])
def test_events_sanction_date_between_auxiliary_and_verb(nlp, text, dated):
    """A date between the auxiliary and the verb ("had on 4 February imposed") is the measure's (and the subject
    the parse hangs on the auxiliary its imposer); a second dated measure of the same pair in the sentence is a
    second event."""
    drafts = read(nlp, text, kind="Sanction")
    assert {d.date for d in drafts if d.date_basis == "stated"} == dated
    assert {d.imposer for d in drafts} <= {"Norway", "Chile"} and drafts


@pytest.mark.parametrize("items", [
    ("Tomas Brevik, Vice-President and member of the Board of Directors of the Nordkapp Petroleum Company, "
     "responsible for planning, directing and implementing the drilling operations of two of its vessels;",
     "Ardo Veskimets, Deputy Director of the Exploration Department of Nordkapp Petroleum Company, responsible "
     "for the planning of offshore drilling activities within the exclusive economic zone of Chile."),
    ("Tomas Brevik, a shipping magnate who chartered the tankers that carried the cargo through three ports and "
     "arranged the insurance for every voyage of the fleet since 2019; and",
     "Ardo Veskimets, his business partner, who signed the contracts with the brokers in the capital and kept the "
     "accounts of the companies through which the payments were made."),
])
def test_events_sanction_long_items_ending_in_semicolons(nlp, items):
    """Counted targets listed one a paragraph under a colon, each item long and ending in a semicolon (the list
    markers dropped): one target an item."""
    text = ("Today the Council decided to add two persons to the list of those subject to restrictive measures:\n\n"
            + "\n\n".join(items) + "\n\nThe Council will keep the framework under review.")
    drafts = read(nlp, text, kind="Sanction")
    assert {"Tomas Brevik", "Ardo Veskimets"} <= {d.target for d in drafts}


@pytest.mark.parametrize("text", [
    "The Council of the European Union on Monday imposed sanctions on Peru. The sanctions consist of a travel ban "
    "to the EU and an asset freeze for persons.",
    "The Council of the European Union on Monday imposed sanctions on Peru. They include a ban on travel to the "
    "EU for the officials concerned.",
])
def test_events_sanction_imposer_is_never_its_own_target(nlp, text):
    """A measure's destination ("a travel ban to the EU") is no target once the body imposing it is its bloc."""
    drafts = read(nlp, text, kind="Sanction")
    assert not any(d.target in {"EU", "European Union"} for d in drafts)
    assert ("European Union", "Peru") in _pairs(drafts)


@pytest.mark.parametrize("roster", [
    ("LIST OF DESIGNATIONS (pursuant to E.O. 12345)\n\nIndividuals:\n\n"
     "1. BREVIK, Tomas Olav; DOB 14 Mar 1961; POB Bergen, Norway; nationality Norway.\n\n"
     "Entities:\n\n2. NORDKAPP HOLDING JSC (a.k.a. AO NORDKAPP), Bergen, Norway (Linked To: BREVIK, Tomas Olav).\n\n"
     "3. FJORD MARINE SERVICES LLC, Limassol, Cyprus (Linked To: BREVIK, Tomas Olav).\n"),
    ("IDENTIFYING INFORMATION ON THOSE DESIGNATED TODAY\n\n"
     "- BREVIK, Tomas Olav (a.k.a. BREVIKK, Tomas); DOB 1961; nationality Norway.\n"
     "- NORDKAPP HOLDING JSC, Bergen, Norway; Organization Type: Shipping.\n"
     "- FJORD MARINE SERVICES LLC, Limassol, Cyprus; Organization Type: Ship management.\n"),
])
def test_events_sanction_roster_under_a_heading_in_capitals(nlp, roster):
    """A designation list opened by a heading in capitals (no colon): each entry a target in the article's own
    words, a firm "NAME LLC, City" not read as "SURNAME, Given", and no target made of a piece of an entry."""
    text = ("Treasury Sanctions Shipping Magnate\n\n"
            "Today, the U.S. Department of the Treasury designated one individual and two companies he owns.\n\n"
            "Tomas Olav Brevik is a shipping magnate in Bergen. He owns Nordkapp Holding JSC and controls "
            "Fjord Marine Services LLC, a company in Limassol.\n\n" + roster)
    targets = {d.target for d in read(nlp, text, kind="Sanction")}
    assert {"Tomas Olav Brevik", "Nordkapp Holding JSC", "Fjord Marine Services LLC"} <= targets
    assert not targets & {"BREVIK", "Tomas Olav", "Limassol", "Bergen"}


@pytest.mark.parametrize("text, when", [
    ("Today's action builds on sanctions announced on February 4, when the Treasury imposed full blocking sanctions "
     "on Borvik Bank.", date(2022, 2, 4)),
    ("The move follows the measures of January 21, when the United States froze the assets of Borvik Bank.",
     date(2022, 1, 21)),
])
def test_events_sanction_when_clause_on_a_date(nlp, text, when):
    """An earlier measure recalled in a "when" clause hanging on a date has that date."""
    text = "The United States on Monday imposed sanctions on Corvale Trading Company. " + text
    drafts = read(nlp, text, kind="Sanction")
    assert {d.date for d in drafts if d.target == "Borvik Bank"} == {when}


@pytest.mark.parametrize("passive", [
    "His wife, Mele Fonua, is designated for being an adult family member of Sione Tupou.",
    "Mele Fonua, his business partner, is also being designated today.",
])
def test_events_sanction_present_passive_goes_on_from_today(nlp, passive):
    """A present passive with no agent ("B is designated") continues the report's own action, not an earlier
    measure of another imposer recalled in between ("…, which designated A on Friday")."""
    text = ("Today, the U.S. Department of the Treasury designated Sione Tupou and identified his yacht as blocked "
            "property.\n\nThe action was coordinated with the European Union, which designated Sione Tupou on "
            "Friday.\n\n" + passive)
    drafts = read(nlp, text, kind="Sanction")
    assert {d.imposer for d in drafts if d.target == "Mele Fonua"} == {"United States"}


@pytest.mark.parametrize("text", [
    "To safeguard its interests, Chile will impose sanctions on the Peruvian companies involved in the sale. "
    "I can confirm that these include Westbrook Dynamics and Castor Aerospace, whose subsidiaries built the radars.",
    "Chile on Monday imposed sanctions on the Peruvian firms that supplied the radars. "
    "They include Westbrook Dynamics and Castor Aerospace, two defence contractors.",
])
def test_events_sanction_restricted_plural_named_next(nlp, text):
    """The measure's definite plural object that a clause restricts ("on the companies involved in the sale") is
    named in the next sentence ("these include A and B"), even when the tagger joins A and B into one name: A and
    B are the targets, not the state of the adjective."""
    targets = {d.target for d in read(nlp, text, kind="Sanction")}
    assert {"Westbrook Dynamics", "Castor Aerospace"} <= targets
    assert "Peru" not in targets


@pytest.mark.parametrize("text, joined, parts", [
    ("These include Westbrook Dynamics and Castor Aerospace, whose subsidiaries built the radars.",
     "Westbrook Dynamics and Castor Aerospace", ["Westbrook Dynamics", "Castor Aerospace"]),
    ("Chile froze the assets of Nordkapp Shipping and Tonga Oil and Gas Enterprise on Monday.",
     "Tonga Oil and Gas Enterprise", ["Tonga Oil and Gas Enterprise"]),
])
def test_events_sanction_joined_names_split_by_the_parse(nlp, text, joined, parts):
    """Two firms the tagger joins into one name are two when the parse coordinates the name's heads; a name whose
    "and" only joins modifiers ("Oil and Gas") stays whole."""
    index = MentionIndex(nlp(text), [Mention(joined, "Organization", text.index(joined), text.index(joined) + len(joined), 0)])
    assert split_joined(joined, index) == parts


@pytest.mark.parametrize("items", [
    "- a ban on exports of Peruvian textiles\n"
    "- an asset freeze on the Nordkapp Shipping Company and the Westbrook Trading Company\n",
    "a ban on new work permits for Peruvian workers abroad\n\n"
    "a freeze on the assets of the Nordkapp Shipping Company and the Westbrook Trading Company\n\n",
])
def test_events_sanction_verbless_items_under_a_colon(nlp, items):
    """Measures listed as verbless items (with or without their markers) under a line that announces them ("The
    measures:"): each is the measure of the imposer reported just before, not a headline."""
    text = ("The UN Security Council has unanimously adopted a resolution imposing new sanctions on Peru. The "
            "measures:\n\n" + items + "\nThe vote was 15-0.")
    drafts = read(nlp, text, kind="Sanction")
    got = {d.target for d in drafts if d.imposer.endswith("Security Council")}
    assert {"Nordkapp Shipping Company", "Westbrook Trading Company"} <= got, _pairs(drafts)


@pytest.mark.parametrize("text, when", [
    ("The last one, resolution 2001, was adopted on 5 January after two missile launches. It banned exports of "
     "coal and iron.", date(2022, 1, 5)),
    ("The previous package came into force on 14 January. It froze the assets of Peru's central "
     "bank and its finance ministry.", date(2022, 1, 14)),
])
def test_events_sanction_pronoun_takes_the_day_before(nlp, text, when):
    """"It"/"they" with a measure and no day: the day of the sentence before, which "it" stands for; the measure
    the report leads with, with no day of its own, keeps the report's day rather than that earlier one."""
    text = "The UN Security Council on Monday adopted new sanctions on Peru.\n\n" + text
    drafts = read(nlp, text, kind="Sanction")
    assert when in {d.date for d in drafts}
    assert MON in {d.date for d in drafts}


@pytest.mark.parametrize("text", [
    "The United States has kept Peru on its list of state sponsors of terrorism, limiting access to debt relief.",
    "Washington still keeps Peru on the list of countries subject to its export controls.",
])
def test_events_sanction_kept_on_a_list(nlp, text):
    """Keeping a state on a sanctions list is a listing by the subject."""
    assert ("United States", "Peru") in _pairs(read(nlp, text, kind="Sanction"))


@pytest.mark.parametrize("text", [
    "The European Union will decide on Thursday whether to extend its sanctions on Peruvian officials.",
    "Canada is still weighing whether to impose an arms embargo on Peru, officials said.",
])
def test_events_sanction_undecided_measure_is_none(nlp, text):
    """A measure its subject is still to decide on ("whether to extend …") is no measure taken."""
    assert not read(nlp, text, kind="Sanction")


@pytest.mark.parametrize("text, answered", [
    ("Beijing announced counter-sanctions on Tomas Brevik and Ardo Veskimets in retaliation for British sanctions "
     "on Chinese officials.", ("United Kingdom", "China")),
    ("In reply to the sanctions adopted by Canada against Chilean officials, Chile on Monday imposed "
     "counter-sanctions on Tomas Brevik and Ardo Veskimets.", ("Canada", "Chile")),
])
def test_events_sanction_answered_measure_keeps_to_its_phrase(nlp, text, answered):
    """The measure a counter-measure answers ("in retaliation for X sanctions on Y officials") is X's on Y; the
    people the counter-measure names are the answering state's targets, not X's."""
    pairs = _pairs(read(nlp, text, kind="Sanction"))
    assert answered in pairs
    assert not any(imp == answered[0] and tgt in {"Tomas Brevik", "Ardo Veskimets"} for imp, tgt in pairs)
    assert {tgt for imp, tgt in pairs if imp == answered[1]} == {"Tomas Brevik", "Ardo Veskimets"}


@pytest.mark.parametrize("text, imposer", [
    ("Belarus has denied entry to Tomas Brevik and Ardo Veskimets, the foreign ministry said on Friday.", "Belarus"),
    ("Russia has barred entry to nine Latvian officials, including Tomas Brevik, the ministry said.", "Russia"),
])
def test_events_sanction_entry_denied_or_barred(nlp, text, imposer):
    """Denying or barring someone entry is a travel ban on them by the subject."""
    drafts = read(nlp, text, kind="Sanction")
    assert (imposer, "Tomas Brevik") in _pairs(drafts)
    assert {d.measure for d in drafts} == {"travel ban"}


def test_events_sanction_links_under_a_colon_stay_headlines(nlp):
    """Headlines listed under a colon that announces no measures ("Read more:") are still headlines, not reports."""
    text = ("Norway on Monday froze the assets of Borvik Shipping.\n\nRead more:\n\nCanada extends sanctions on Peru\n\n"
            "Chile weighs new tariffs on Bolivian imports\n\nThe ministry gave no further details.")
    assert {d.imposer for d in read(nlp, text, kind="Sanction")} == {"Norway"}


@pytest.mark.parametrize("text, pair", [
    ("The European Union followed the United States on Monday in imposing sanctions on Tomas Brevik.",
     ("European Union", "Tomas Brevik")),
    ("Japan on Tuesday joined the European Union in freezing the assets of Tomas Brevik.", ("Japan", "Tomas Brevik")),
])
def test_events_sanction_gerund_after_in_takes_the_clause_subject(nlp, text, pair):
    """"X joined/followed Y in freezing …": the measure is X's; Y, the object of the main verb, is no target."""
    pairs = _pairs(read(nlp, text, kind="Sanction"))
    assert pair in pairs
    assert not any(tgt in {"European Union", "United States"} for _, tgt in pairs)


@pytest.mark.parametrize("text, dates", [
    ("After the European Union froze the assets of Tomas Brevik in March, Moscow banned eight Latvian officials "
     "from entering Russia.", {("Russia", MON), ("European Union", None)}),
    ("Moscow on Friday banned eight Latvian officials from entering Russia after the European Union had frozen the "
     "assets of Tomas Brevik on 2 February.", {("Russia", date(2022, 2, 25)), ("European Union", date(2022, 2, 2))}),
])
def test_events_sanction_date_of_an_adverbial_clause_stays_there(nlp, text, dates):
    """A date in an adverbial clause ("After X froze … in March, Y banned …") dates that clause's measure only."""
    assert {(d.imposer, d.date) for d in read(nlp, text, kind="Sanction")} == dates


@pytest.mark.parametrize("text, targets", [
    ("Canada added the Youth Department of the ruling party and the party's Propaganda Department to its sanctions "
     "list on Friday.", {"Youth Department", "Propaganda Department"}),
    ("Norway froze the assets of the leader of the governing coalition, Tomas Brevik, and of his deputy, Ardo "
     "Veskimets.", {"Tomas Brevik", "Ardo Veskimets"}),
])
def test_events_sanction_adjective_participle_does_not_end_the_targets(nlp, text, targets):
    """A participle used as an adjective inside a target's phrase ("the ruling party", "the governing coalition")
    does not end the list of targets as a new clause's verb would; departments of a party are targets too."""
    assert targets <= {d.target for d in read(nlp, text, kind="Sanction")}


@pytest.mark.parametrize("text, imposers", [
    ("The European Union and Britain on Monday imposed sanctions on Peru. They also froze the assets of the Nordkapp "
     "Shipping Company.", {"European Union", "United Kingdom"}),
    ("The UN Security Council on Monday adopted new sanctions on Peru. The resolution also freezes the assets of the "
     "Nordkapp Shipping Company.", {"United Nations Security Council"}),
])
def test_events_sanction_subject_referring_back_continues_the_imposers(nlp, text, imposers):
    """"They also froze …", "The resolution also freezes …": the imposers of the measure reported just before
    (all of them for "they")."""
    drafts = read(nlp, text, kind="Sanction")
    assert {d.imposer for d in drafts if d.target == "Nordkapp Shipping Company"} == imposers
