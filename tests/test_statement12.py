"""Statement and sanction classes found on the development sets blind26, blind27, blind29 and blind30.

Sanctions: a release's list goes to the measure that counted its entries, not also to another body's measure the
release recalls with a day of its own; the body that "has implemented" a measure in a relative clause is not its
target, nor a state in a clause of time ("since the invasion of X began") or a reason ("in view of the landing of
an X flight"); "the Council decision of 4 June to ban …" dates its measure; a measure only offered ("stands ready
to take further measures"), threatened or taken away ("agreed to lift the sanctions") is none; a registry entry
opening with its legal form ("OJSC A-Trans") is a firm; a state that only qualifies the objects of a generic
listing ("listed companies that fund the X regime") gives way to the listed names, but a specific measure of its
own in another sentence ("had also imposed visa restrictions on X officials") stays.

Statements: "said afterwards" takes the day of the meeting the sentences before report, also when the one that
names it gives no date or gives two; "X, who returned yesterday, told supporters" is dated by the return; a
transcript's label in capitals ("PRESS SECRETARY A B:", "SPOKESPERSON B:") or a label that is a name given above
names its speaker though the model tags no one there.

Every sentence is our own, with invented names (real states, cities and bodies only); drafts are read by the full
pipeline.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events import find_events
from kg.mentions import find_mentions
from kg.model import EventDraft
from tests.test_events import article

THU = date(2019, 10, 10)  # a Thursday


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201
    from kg.nlp import build_nlp
    from kg.settings import Settings

    return build_nlp(Settings())


def _read(nlp, text: str, kind: str, published: date = THU) -> list[EventDraft]:  # noqa: ANN001 - spacy.Language
    """The drafts of ``kind`` the full pipeline reads from ``text``, published on ``published``."""
    doc = nlp(text)
    return [d for d in find_events(doc, find_mentions(doc), article(text, published)) if d.kind == kind]


def _pairs(nlp, text: str, published: date = THU) -> set[tuple[str | None, str | None]]:  # noqa: ANN001
    return {(d.imposer, d.target) for d in _read(nlp, text, "Sanction", published)}


_LIST = ("\n\nThe persons and entities designated today are:\n\n1. Marek Dolan (born 2 March 1961), a senior "
         "official\n2. Ivo Kessler (born 4 July 1969), a banker\n3. Eastway Shipping Company\n\n")


@pytest.mark.parametrize("lead, recalled, body", [
    ("Today I announced that Australia has imposed travel bans on a further two individuals and one entity "
     "associated with North Korea's missile programs.",
     "The new designations complement the sanctions the UN Security Council adopted on 30 November 2016.",
     "United Nations Security Council"),
    ("Today Canada imposed asset freezes on two individuals and one entity linked to Iran's drone program.",
     "They add to the sanctions the European Union adopted on 12 March 2019.", "European Union"),
    ("Japan today imposed sanctions on two individuals and one entity tied to Syria's chemical weapons program.",
     "The steps follow the measures the UN Security Council adopted on 4 June 2018.", "United Nations Security Council"),
])
def test_sanction_list_stays_with_the_measure_that_counted_it(nlp, lead, recalled, body):
    """A release's list whose entries the lead measure counted ("on two individuals and one entity") is that measure's;
    another body's measure recalled with a day of its own takes none of its entries."""
    pairs = _pairs(nlp, lead + _LIST + recalled)
    assert not {t for i, t in pairs if i == body} & {"Marek Dolan", "Ivo Kessler", "Eastway Shipping Company"}
    assert {t for i, t in pairs if i != body} >= {"Marek Dolan", "Ivo Kessler"}


@pytest.mark.parametrize("text, adopter", [
    ("The new designations complement the sanctions the UN Security Council adopted on 30 November 2016 under "
     "resolution 2321, which Australia has implemented in full.", "Australia"),
    ("The ban adds to the sanctions the European Union adopted in March under its Syria regime, which Norway "
     "has implemented since.", "Norway"),
    ("These steps add to the embargo the UN Security Council imposed in 2011, which Switzerland has enforced ever "
     "since.", "Switzerland"),
])
def test_sanction_adopter_in_a_relative_clause_is_no_target(nlp, text, adopter):
    """"The sanctions X adopted, which Y has implemented": Y carries the measure out, it is not the measure's target."""
    assert adopter not in {t for _, t in _pairs(nlp, text)}


@pytest.mark.parametrize("text, state", [
    ("The UK has now sanctioned over 1,000 individuals and entities since the invasion of Ukraine began.", "Ukraine"),
    ("Canada has frozen the assets of 40 people since the coup in Myanmar began.", "Myanmar"),
    ("Australia has listed more than 300 people since the war in Yemen started.", "Yemen"),
])
def test_sanction_clause_of_time_names_no_target(nlp, text, state):
    """"Sanctioned 1,000 people since the invasion of X began": X is when, not whom."""
    assert state not in {t for _, t in _pairs(nlp, text)}


@pytest.mark.parametrize("text, firm", [
    ("The Council today imposed restrictive measures on seven individuals and three entities in view of the forced "
     "landing of Ryanair flight FR4978 in Minsk.", "Ryanair"),
    ("The Council today imposed restrictive measures on four individuals in view of the hijacking of a Maersk "
     "vessel off Yemen.", "Maersk"),
    ("Britain today imposed sanctions on three officials in response to the seizure of a BP tanker by Iran.", "BP"),
])
def test_sanction_reason_phrase_names_no_target(nlp, text, firm):
    """"Measures on seven individuals in view of the forced landing of an X flight": X is why, not whom."""
    assert firm not in {t for _, t in _pairs(nlp, text)}


@pytest.mark.parametrize("text, day", [
    ("Today's listings come in addition to the Council decision of 4 June 2021 to ban Belarusian air carriers of "
     "all kinds from overflying EU airspace.", date(2021, 6, 4)),
    ("Today's listings come in addition to the Council decision of 17 March 2019 to ban Syrian carriers from "
     "overflying EU airspace.", date(2019, 3, 17)),
    ("The measures come on top of the Council decision of 2 May 2019 to ban Venezuelan airlines from entering EU "
     "airspace.", date(2019, 5, 2)),
])
def test_sanction_decision_of_a_day_dates_its_measure(nlp, text, day):
    """"The Council decision of 4 June 2021 to ban …": the measure was taken that day, not on the article's."""
    assert day in {d.date for d in _read(nlp, text, "Sanction")}


@pytest.mark.parametrize("text", [
    "The Council said today that the EU stood ready to take further restrictive measures, including economic "
    "sanctions, and called on the Belarusian authorities to engage in a genuine dialogue.",
    "The United States threatened on Friday to impose sanctions on Turkey.",
    "Washington agreed on Friday to lift sanctions on Venezuela's gold sector.",
    "The European Union decided on Monday to ease sanctions on Belarusian potash.",
    "The two sides signed an agreement to unlock around $3bn in frozen Venezuelan state funds under UN supervision.",
])
def test_sanction_offered_threatened_or_lifted_is_none(nlp, text):
    """A measure a body only stands ready to take or threatens, or one it lifts, eases or unlocks, is no sanction."""
    assert not _read(nlp, text, "Sanction")


@pytest.mark.parametrize("entry, firm", [
    ("OJSC Belneftekhim-Trans, Minsk", "OJSC Belneftekhim-Trans"),
    ("LLC Orlov-Stroy, Kazan", "LLC Orlov-Stroy"),
    ("PJSC Tavrida-Neft, Sevastopol", "PJSC Tavrida-Neft"),
])
def test_sanction_roster_firm_with_its_legal_form_first(nlp, entry, firm):
    """A list entry opening with its legal form ("OJSC A-Trans, Minsk") is a firm by its form, though untagged."""
    text = ("The Council today imposed restrictive measures on one individual and one entity.\n\n"
            f"The listed persons and entities are:\n\n1. Marek Dolan (date of birth: 12.03.1968), Deputy Minister\n"
            f"2. {entry}\n")
    assert ("European Union", firm) in _pairs(nlp, text) or any(t == firm for _, t in _pairs(nlp, text))


@pytest.mark.parametrize("text, state", [
    ("The Council today imposed restrictive measures on two individuals.\n\nThe Council also listed companies that "
     "are a source of revenue for the Minsk authorities.\n\nThe listed persons and entities are:\n\n"
     "1. Marek Dolan (date of birth: 12.03.1968), Deputy Minister\n2. Ivo Kessler (date of birth: 04.09.1972), "
     "Chairman\n", "Belarus"),
    ("The Council today imposed restrictive measures on two individuals.\n\nThe Council also listed companies that "
     "finance the Damascus authorities.\n\nThe listed persons and entities are:\n\n"
     "1. Marek Dolan (date of birth: 12.03.1968), Deputy Minister\n2. Ivo Kessler (date of birth: 04.09.1972), "
     "Chairman\n", "Syria"),
])
def test_sanction_state_in_a_relative_clause_gives_way_to_the_listed(nlp, text, state):
    """"Also listed companies that are a source of revenue for the X authorities": the listed names, not X."""
    pairs = _pairs(nlp, text)
    assert state not in {t for _, t in pairs} and "Marek Dolan" in {t for _, t in pairs}


@pytest.mark.parametrize("text, state", [
    ("Today, OFAC designated three Nicaraguan government officials.\n\n1. DOLAN, Marek; DOB 12 Mar 1968\n\n"
     "In a separate statement on Thursday, State Department spokeswoman Jane Ives said the United States had also "
     "imposed visa restrictions on Nicaraguan officials responsible for the violence.", "Nicaragua"),
    ("Today, OFAC designated two Venezuelan judges, Marek Dolan and Ivo Kessler.\n\nIn a separate statement on "
     "Thursday, the State Department said the United States had also imposed visa restrictions on Venezuelan "
     "officials responsible for the crackdown.", "Venezuela"),
])
def test_sanction_specific_measure_on_a_state_in_another_sentence_stays(nlp, text, state):
    """Visa restrictions on "X officials" reported apart from a listing of named people are a measure of their own."""
    assert ("United States", state) in _pairs(nlp, text)


def _said(nlp, text: str, published: date) -> dict[str, date | None]:  # noqa: ANN001
    return {d.speaker: d.date for d in _read(nlp, text, "Statement", published)}


@pytest.mark.parametrize("text, published, speaker, day", [
    ("The most senior contact came in Antalya on March 10, when Turkey's foreign minister hosted his Russian and "
     "Ukrainian counterparts. The 90-minute meeting was the first between the two ministers since the war began.\n\n"
     "\"We talked about a ceasefire, but no progress was made,\" Volodymyr Savchuk told reporters afterwards.",
     date(2022, 3, 19), "Volodymyr Savchuk", date(2022, 3, 10)),
    ("The breakthrough came in Doha on June 2, when Qatar's envoy brought the two delegations together. The meeting "
     "was the first face-to-face contact in a year.\n\n\"We are closer than ever,\" Ahmad Karimi told reporters "
     "afterwards.", date(2021, 6, 9), "Ahmad Karimi", date(2021, 6, 2)),
    ("The way to Monday's summit was cleared on Friday, when the four countries' advisers met in Paris to finalise a "
     "draft. Ukraine's representative, Mykola Tarasenko, said afterwards that \"all the red lines remain red\".",
     date(2019, 12, 8), "Mykola Tarasenko", date(2019, 12, 6)),
    ("The road to next week's summit was cleared on Tuesday, when the foreign ministers met in Addis Ababa. "
     "Ethiopia's envoy, Dawit Alemu, said afterwards that the text was ready.",
     date(2023, 5, 13), "Dawit Alemu", date(2023, 5, 9)),
])
def test_statement_afterwards_takes_the_meeting_day(nlp, text, published, speaker, day):
    """"Said afterwards": the day of the meeting the sentences before report, when the one naming it gives no date
    ("The 90-minute meeting was the first …") or gives a second day besides ("Monday's summit … on Friday, when
    the advisers met")."""
    assert _said(nlp, text, published).get(speaker) == day


@pytest.mark.parametrize("text, published, speaker, day", [
    ("South Sudan's chief negotiator Akol Bol Kwanyin, who returned to Juba yesterday, told supporters at the "
     "airport that the deal was \"a victory for patience\".", date(2012, 8, 5), "Akol Bol Kwanyin", date(2012, 8, 4)),
    ("Nepal's envoy Hari Prasad Koirala, who arrived in Delhi on Thursday, told reporters that the talks would "
     "resume.", date(2012, 8, 5), "Hari Prasad Koirala", date(2012, 8, 2)),
    ("The rebels' negotiator Ali Farah Dirie, who landed in Nairobi on Monday, told supporters that the deal would "
     "hold.", date(2016, 3, 10), "Ali Farah Dirie", date(2016, 3, 7)),
])
def test_statement_speaker_arriving_is_dated_by_the_arrival(nlp, text, published, speaker, day):
    """"X, who returned to Juba yesterday, told supporters at the airport": X spoke on arriving."""
    assert _said(nlp, text, published).get(speaker) == day


def test_statement_speaker_appointed_keeps_the_article_day(nlp):
    """Only an arrival dates the speech: "X, who was appointed on Thursday, told reporters" is undated."""
    said = _read(nlp, "Tom Becker, who was appointed on Thursday, told reporters that the talks would resume.",
                 "Statement", date(2012, 8, 5))
    assert [d.date_basis for d in said] == ["article"]


@pytest.mark.parametrize("text, speaker", [
    ("TRANSCRIPT\n\nPRESS SECRETARY YEVGENY LAVRENKO: Good afternoon, colleagues.\n\nQUESTION (Outlet): Will the "
     "talks resume?\n\nLAVRENKO: You know the position.", "Yevgeny Lavrenko"),
    ("TRANSCRIPT\n\nDEPUTY SPOKESPERSON MARTA KOVAC: Good morning.\n\nQUESTION (Outlet): Any news from Geneva?"
     "\n\nKOVAC: Not yet.", "Marta Kovac"),
    ("Briefing by Foreign Ministry Spokeswoman Ilse Brandt, Berlin, March 16, 2022\n\nQuestion (Outlet): Do you "
     "agree?\n\nIlse Brandt: I would not like to run ahead.", "Ilse Brandt"),
])
def test_statement_transcript_label_names_untagged_speaker(nlp, text, speaker):
    """A label in capitals gives the speaker after the title ("PRESS SECRETARY A B:"), and a bare "B:" is that
    person; a label that is a name the header gave ("Briefing by Spokeswoman A B" … "A B:") is that person (in
    whichever case the entity repairs left it: names are compared case-folded)."""
    said = _read(nlp, text, "Statement", date(2022, 3, 16))
    assert speaker.casefold() in {(d.speaker or "").casefold() for d in said}


def test_statement_transcript_surname_label_takes_the_header_name(nlp):
    """"SPOKESPERSON B:" under a header the cleaning took off ("Briefing by Spokesperson A B") is A B."""
    from kg.model import Article, CleanArticle

    raw = ("Transcript of the Weekly Press Briefing by Foreign Ministry Spokesperson Levent Özdemirci\n"
           "Ankara, 16 January 2020\n\nSPOKESPERSON ÖZDEMIRCI: Good afternoon.\n")
    body = "SPOKESPERSON ÖZDEMIRCI: Good afternoon.\n"
    doc = nlp(body)
    art = CleanArticle(Article("a1", "a1.txt", raw), body, None, published=date(2020, 1, 16))
    assert "Levent Özdemirci" in {d.speaker for d in find_events(doc, find_mentions(doc), art) if d.kind == "Statement"}


@pytest.mark.parametrize("text, state", [
    ("In a separate statement on Thursday, State Department spokeswoman Jane Ives said the United States had also "
     "imposed visa restrictions on Nicaraguan officials responsible for the violence.", "Nicaragua"),
    ("In a statement on Monday, the ministry said Canada had also imposed travel bans on Venezuelan officials.",
     "Venezuela"),
    ("On Friday the spokesman said Japan had imposed an asset freeze on Myanmar's military rulers.", "Myanmar"),
])
def test_sanction_pluperfect_measure_has_no_day_of_the_report(nlp, text, state):
    """"Said on Thursday the United States had also imposed …": imposed before that day, on a day not told."""
    drafts = [d for d in _read(nlp, text, "Sanction") if d.target == state]
    assert drafts and all(d.date is None for d in drafts)


@pytest.mark.parametrize("header, speaker", [
    ("MEDIA RELEASE\n\nSenator the Hon Margaret Halloran\nMinister for Foreign Affairs\n\n", "Margaret Halloran"),
    ("MEDIA RELEASE\n\nThe Hon. Tom Ashby MP\nMinister for Trade\n\n", "Tom Ashby"),
    ("Press release\n\nHon Aroha Tane\nMinister of Foreign Affairs\n\n", "Aroha Tane"),
])
def test_statement_release_i_is_its_minister(nlp, header, speaker):
    """"…," I said today, in a minister's release: the minister its header names speaks."""
    text = header + ('Today I announced sanctions on two officials.\n\n"These measures send a clear signal," I said '
                     'today.')
    assert speaker in {d.speaker for d in _read(nlp, text, "Statement")}


@pytest.mark.parametrize("text, target", [
    ("Today's sanctions build on Treasury's designations of March 3, when OFAC designated Marek Dolan, a steel magnate. "
     "OFAC is also designating Dolan's son, Ivo Marekovich Dolan, who sits on the board of the company.",
     "Ivo Marekovich Dolan"),
    ("Today's sanctions follow the designations of 14 May, when OFAC designated Tomas Berg. OFAC is also designating "
     "Berg's partner, Lena Holm, who runs his shipping firm.", "Lena Holm"),
    ("Today's step builds on the measures of June 2, when OFAC designated Acme Fuel Trading LLC. OFAC is also "
     "identifying the vessel OCEAN STAR (IMO 9182837) as blocked property.", "OCEAN STAR"),
])
def test_sanction_present_also_is_today_not_the_day_recalled(nlp, text, target):
    """"OFAC is also designating A" after "the designations of March 3, when …": today's measure, not March 3's."""
    drafts = [d for d in _read(nlp, text, "Sanction") if d.target == target]
    assert drafts and all(d.date == THU for d in drafts)


@pytest.mark.parametrize("text, state", [
    ("Today, OFAC designated Russian elites who have supported the Kremlin's war against Ukraine, together with "
     "members of their families.", "Ukraine"),
    ("Today, Canada sanctioned Iranian officials who have backed the crackdown on protesters in Iraq.", "Iraq"),
    ("Britain today designated Serbian businessmen who have helped the regime in Syria evade sanctions.", "Syria"),
])
def test_sanction_what_the_targets_did_names_no_target(nlp, text, state):
    """"Designated X elites who have supported the war against Y": Y is what they did, not whom the measure falls on."""
    assert state not in {t for _, t in _pairs(nlp, text)}
