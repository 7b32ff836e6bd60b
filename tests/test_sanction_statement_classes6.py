"""Sanction and statement classes of session 6: designation lists whose items give a name with a variant, the
designees of a measure that names none itself, laws that are no targets, a state taken from an earlier sentence
giving way to named designees, long "added A ... to its sanctions list" objects, "X announced its designations of
Y-ian individuals"; quotes set off below "X said:", a community's side, a transcript's "Title Name:" labels and a
state's ministry speaking for the state.

Every sentence is our own, with invented names (real states and cities only); mentions are made by hand from the
model's entities (``tests.test_events.read``).
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.events_sanction_roster import item_names
from kg.events_sanction_targets import enactment
from tests.test_events import MON, nlp, read  # noqa: F401 - nlp is a fixture

__all__ = ["nlp"]


def _pairs(drafts) -> set[tuple[str, str]]:
    return {(d.imposer, d.target) for d in drafts}


@pytest.mark.parametrize("item, names", [
    ("Ivan Marek Dolan (Iwan Marek Dolanov), deputy minister of defence. Date of birth: 1.2.1960.",
     ["Ivan Marek Dolan", "Iwan Marek Dolanov"]),
    ("Ivan Marek Dolan, also known as Iwan Marek Dolanov, deputy minister of defence.",
     ["Ivan Marek Dolan", "Iwan Marek Dolanov"]),
    ("Teodor Brisk, a.k.a. Fyodor Brisko; judge of the city court.", ["Teodor Brisk", "Fyodor Brisko"]),
])
def test_roster_item_with_a_variant_of_its_name(item, names):
    """An item's name and its transliterated variant, in brackets or after "also known as": one item, both names."""
    assert item_names(item) == names


@pytest.mark.parametrize("text", [
    ("The Council today adopted restrictive measures against persons responsible for the violent crackdown.\n\n"
     "The Council decided to impose a travel ban and an asset freeze on 40 persons.\n\n"
     "Among the persons listed in the annex are:\n\n"
     "1. Ivan Marek Dolan (Iwan Marek Dolanov), deputy minister of the interior. Date of birth: 1.2.1960.\n\n"
     "2. Teodor Pavlo Brisk (Fyodor Pavlovich Brisko), judge of the district court. Date of birth: 3.4.1971.\n"),
    ("Norway today imposed an asset freeze on 12 officials responsible for the crackdown.\n\n"
     "The officials listed are:\n\n"
     "1. Ivan Marek Dolan, also known as Iwan Marek Dolanov, deputy minister of the interior.\n\n"
     "2. Teodor Pavlo Brisk, also known as Fyodor Pavlovich Brisko, judge of the district court.\n"),
])
def test_roster_items_of_a_measure_that_names_no_one(nlp, text):
    """A measure on counted, unnamed persons lends its imposer and day to the list below: each item, named with a
    variant, is one target though the model tags neither name."""
    drafts = read(nlp, text, kind="Sanction")
    assert {d.target for d in drafts} == {"Ivan Marek Dolan", "Teodor Pavlo Brisk"}
    assert len({d.imposer for d in drafts}) == 1 and {d.date for d in drafts} == {MON}


@pytest.mark.parametrize("text", [
    ("Treasury Sanctions Two Laotian Ministers\n\n"
     "Today, the U.S. Department of the Treasury designated two ministers of Laos pursuant to Executive Order 14001, "
     "which implements the Global Accountability for Abuses Act.\n\n"
     "The following individuals were designated today:\n\n"
     "1. VORAKHAN, Somsak Pheng; DOB 12 Mar 1963; nationality Laos; Minister of Justice (individual).\n\n"
     "2. KEOLA, Bounmy; DOB 04 Sep 1969; nationality Laos; Minister of Interior (individual).\n"),
    ("Today, the U.S. Treasury sanctioned two Laotian generals under the Foreign Corruption Accountability Act.\n\n"
     "Identifying information on the individuals designated today:\n\n"
     "1. VORAKHAN, Somsak Pheng; DOB 12 Mar 1963; POB Pakse, Laos.\n\n"
     "2. KEOLA, Bounmy; DOB 04 Sep 1969; POB Savannakhet, Laos.\n"),
])
def test_registry_designees_and_no_law_as_target(nlp, text):
    """A designee in registry form ("SURNAME, Given; DOB …") is a target though the prose never names them; the law
    the measure is taken under is none."""
    targets = {d.target for d in read(nlp, text, kind="Sanction")}
    assert {"Somsak Pheng Vorakhan", "Bounmy Keola"} <= targets
    assert not any(t.endswith("Act") for t in targets)


@pytest.mark.parametrize("name, law", [
    ("Global Accountability for Abuses Act", True), ("Executive Order 14001", True),
    ("Acme Trading Company", False), ("Law", False),
])
def test_enactment(name, law):
    assert enactment(name) is law


@pytest.mark.parametrize("text", [
    ("Britain has today imposed sanctions on three individuals in Paraguay under its human rights regime.\n\n"
     "The designations target Tomas Brevik and Michael Holmqvist.\n\n"
     "The consolidated list of financial sanctions targets is published by the Treasury."),
    ("Britain has today imposed sanctions on four officials and one firm in Bolivia.\n\n"
     "The designations target Tomas Brevik and Michael Holmqvist.\n\n"
     "The consolidated list of financial sanctions targets is published by the Finance Ministry."),
    ("Norway has today imposed sanctions on two officials in Bolivia.\n\n"
     "The measures target Tomas Brevik and Michael Holmqvist.\n\n"
     "A full list of financial sanctions targets is kept by the Finance Ministry."),
])
def test_state_of_an_earlier_sentence_gives_way_to_named_designees(nlp, text):
    """A measure with no target of its own takes the state named before, unless its imposer names people that day."""
    targets = {d.target for d in read(nlp, text, kind="Sanction")}
    assert not targets & {"Paraguay", "Bolivia"}


@pytest.mark.parametrize("text, target", [
    ("Britain on Monday added Tomas Brevik, the director general of the state shipping authority in Asuncion, and "
     "two of his deputies to its sanctions list.", "Tomas Brevik"),
    ("Norway on Friday added Michael Holmqvist, a businessman who has supplied fuel to the army for more than a "
     "decade, to its national sanctions list.", "Michael Holmqvist"),
])
def test_long_object_of_a_sanctions_list(nlp, text, target):
    """"added A, <a long description>, to its sanctions list": A is listed."""
    assert target in {d.target for d in read(nlp, text, kind="Sanction")}


@pytest.mark.parametrize("text, pair, when", [
    ("Japan froze the assets of two firms. As you know, Norway announced its own designations of Laotian "
     "individuals on Wednesday.", ("Norway", "Laos"), date(2022, 2, 23)),
    ("Canada announced new sanctions on Monday. Iceland published its designations of Paraguayan officials on "
     "Thursday.", ("Iceland", "Paraguay"), date(2022, 2, 24)),
])
def test_its_own_designations_of_a_state_people(nlp, text, pair, when):
    """"X announced its designations of Y-ian individuals": X imposes (not the imposer reported before), Y's people,
    unnamed, stand for Y."""
    drafts = [d for d in read(nlp, text, kind="Sanction") if (d.imposer, d.target) == pair]
    assert drafts and drafts[0].date == when


@pytest.mark.parametrize("text, speaker", [
    ("The UK has today imposed sanctions on four officials.\n\nForeign Secretary Tomas Brevik said:\n\n"
     "Today's sanctions show that we will hold to account those who torture and kill.", "Tomas Brevik"),
    ("Norway expelled two diplomats on Monday.\n\nThe minister, Michael Holmqvist, told parliament:\n\n"
     "We will not accept this conduct from any government.", "Michael Holmqvist"),
])
def test_quote_set_off_below_a_colon(nlp, text, speaker):
    """A release's "X said:" and the quote set off below it, without quotation marks, is X's statement."""
    assert speaker in {d.speaker for d in read(nlp, text, kind="Statement")}


@pytest.mark.parametrize("text, speaker", [
    ("The Turkish Cypriot side, for its part, said on Saturday that it would bring new ideas.", "Turkish Cypriots"),
    ("The Bosnian Serb leadership said on Friday that it rejected the plan.", "Bosnian Serbs"),
])
def test_community_side_speaks_for_the_community(nlp, text, speaker):
    """"The X Y side said": the community two demonyms name, not the state of either word."""
    assert {d.speaker for d in read(nlp, text, kind="Statement")} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Transcript of the briefing by Deputy Minister Eva Lindqvist\n\n"
     "Deputy Minister Lindqvist: Good morning. We have decided to recall our ambassador.\n\n"
     "Question (Daily Star): Will you talk to them?\n\n"
     "Deputy Minister Lindqvist: We remain open to dialogue.", "Eva Lindqvist"),
    ("Press Conference by Press Secretary TANAKA Hiroshi\n\n"
     "Press Secretary Tanaka: Good afternoon. I have one announcement.", "TANAKA Hiroshi"),
])
def test_transcript_title_and_name_labels(nlp, text, speaker):
    """A transcript's paragraph opened by "Title Name:" is that person's statement, by their fullest name."""
    assert speaker in {d.speaker for d in read(nlp, text, kind="Statement")}


@pytest.mark.parametrize("text, speaker", [
    ("The Ministry of Foreign Affairs of Japan held a briefing on Friday.\n\nNorth Korea's Foreign Ministry said "
     "on Thursday that the sanctions were hostile.", "North Korea"),
    ("Venezuela's foreign ministry denounced the sanctions on Thursday as illegal.", "Venezuela"),
])
def test_state_ministry_speaks_for_the_state(nlp, text, speaker):
    """"X's foreign ministry said": the state speaks (not another state's ministry of that name)."""
    assert {d.speaker for d in read(nlp, text, kind="Statement")} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Tomas Brevik rejected the demand. \"Mr. Holmqvist left the country under the law and will face the law if he "
     "returns,\" he said.", "Tomas Brevik"),
    ("Eva Lindqvist spoke after the session. \"President Holmqvist must answer for this,\" she told reporters.",
     "Eva Lindqvist"),
])
def test_pronoun_speaker_is_not_a_name_inside_the_quote(nlp, text, speaker):
    """"'… Mr. X …,' he said": "he" is the speaker named before, not the one the quote names."""
    assert {d.speaker for d in read(nlp, text, kind="Statement")} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("The African Union, which urged calm on Monday, sent an envoy to the capital.", "African Union"),
    ("Norway's foreign ministry, which said on Friday that it backed the mediation, has not commented since.",
     "Norway"),
])
def test_which_clause_of_a_named_actor_is_a_statement(nlp, text, speaker):
    """"X, which said/urged …" (a simple past act): X speaks; not "X, which have pledged aid"."""
    assert {d.speaker for d in read(nlp, text, kind="Statement")} == {speaker}
    assert not read(nlp, "Norway and Iceland, which have pledged $3 billion in aid, have close ties with the council.",
                    kind="Statement")


@pytest.mark.parametrize("text, speaker", [
    ("The United Nations, which is to deploy a peacekeeping force in July, welcomed the talks.", "United Nations"),
    ("Norway welcomed the decision on Friday.", "Norway"),
])
def test_welcoming_an_event_is_a_statement(nlp, text, speaker):
    """"X welcomed the talks/decision": a stated stance; not "welcomed the delegation", a host's act."""
    assert {d.speaker for d in read(nlp, text, kind="Statement")} == {speaker}
    assert not read(nlp, "The president welcomed the delegation at the airport on Monday.", kind="Statement")


@pytest.mark.parametrize("text", [
    "Tokyo has moved more cautiously than Washington and Brussels, which on Monday imposed new asset freezes on "
    "Paraguayan officials.",
    "Brussels on Monday imposed a travel ban on six Bolivian officials.",
])
def test_brussels_imposing_is_the_bloc(nlp, text):
    """"Brussels imposed …": the bloc whose seat it is, not Belgium."""
    imposers = {d.imposer for d in read(nlp, text, kind="Sanction")}
    assert "European Union" in imposers and "Belgium" not in imposers


@pytest.mark.parametrize("text, speaker, when", [
    ("Norway welcomed the outcome on Friday. In a statement, the Norwegian Foreign Office said it \"commends both "
     "parties\".", "Norwegian Foreign Office", date(2022, 2, 25)),
    ("The Zemblan Freedom Council welcomed the vote. Tomas Brevik, a member of its executive, said on Sunday that it "
     "was only the beginning.", "Tomas Brevik", date(2022, 2, 27)),
])
def test_welcome_spelled_out_next_is_one_statement(nlp, text, speaker, when):
    """"X welcomed the outcome. In a statement, Y said …": one statement, the one in words, on the welcome's day when
    it gives none."""
    assert [(d.speaker, d.date) for d in read(nlp, text, kind="Statement")] == [(speaker, when)]


@pytest.mark.parametrize("text, speaker, when", [
    ("They follow the declaration of 20 December 2021, in which the EU condemned the use of violence against "
     "protesters.", "EU", date(2021, 12, 20)),
    ("The move comes after a statement on Friday in which Norway urged both sides to return to talks.", "Norway",
     date(2022, 2, 25)),
])
def test_act_made_in_a_dated_message(nlp, text, speaker, when):
    """"the declaration of <day>, in which X condemned …": X's statement, on the message's day."""
    assert [(d.speaker, d.date) for d in read(nlp, text, kind="Statement")] == [(speaker, when)]
    assert not read(nlp, "The town in which Norway imposed the curfew was quiet.", kind="Statement")


@pytest.mark.parametrize("text, state", [
    ("Bolivia: Council adopts restrictive measures against officials responsible for repression\n\n"
     "The Council today adopted restrictive measures against persons responsible for the violent crackdown on the "
     "opposition.", "Bolivia"),
    ("Laos: Norway imposes travel bans on senior officials\n\nNorway today imposed a travel ban on 12 senior "
     "officials responsible for the crackdown.", "Laos"),
])
def test_topic_of_the_headline_is_the_target_of_unnamed_designees(nlp, text, state):
    """A measure on unnamed persons targets the state a headline gives as its topic before a colon."""
    assert state in {d.target for d in read(nlp, text, kind="Sanction")}
