"""Statements in session 8: a welcome and a statement of another day are two statements; "after the vote" and "at
the time" date what was said by the story's act; a transcript's label in capitals names the briefer; a state's
"state media" speaks for it; "groups, including X, urged" is X's; a conversation dates what its partner says
next; adding names to a list is no speech; a transcript's label is no subject."""
from __future__ import annotations

from datetime import date

import pytest
import spacy

from kg.events import find_events
from kg.mentions import find_mentions
from kg.nlp import build_nlp
from kg.settings import Settings
from tests.test_events import MON, article

FRI, SAT, SUN = date(2022, 2, 25), date(2022, 2, 26), date(2022, 2, 27)


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(Settings())


def said(nlp: spacy.Language, text: str, published: date = MON) -> set[tuple[str, date, str]]:
    """(speaker, date, basis) of the statements the real pipeline reads from ``text``."""
    doc = nlp(text)
    return {(d.speaker, d.date, d.date_basis) for d in find_events(doc, find_mentions(doc), article(text, published))
            if d.kind == "Statement"}


@pytest.mark.parametrize("text, first, second", [
    ("The head of the Lakeland Council, Eva Marten, welcomed the decision on Friday. The council's spokesman, Jonas "
     "Berg, said on Sunday that the list would grow.", ("Eva Marten", FRI), ("Jonas Berg", SUN)),
    ("Norway welcomed the agreement on Friday. Its foreign minister, Tomas Vik, said on Saturday that Oslo would "
     "fund the monitors.", ("Norway", FRI), ("Tomas Vik", SAT)),
    ("Opposition leader Ana Duarte welcomed the vote on Saturday. Party spokeswoman Clara Neves said on Sunday that "
     "the party would back the text.", ("Ana Duarte", SAT), ("Clara Neves", SUN)),
])
def test_statement_welcome_and_a_statement_of_another_day_are_two(nlp, text, first, second):
    """"X welcomed it on Friday. Y said on Sunday ...": two days, two statements (the welcome is not spelled out
    by a statement of another day)."""
    got = {(s, d) for s, d, _ in said(nlp, text)}
    assert {first, second} <= got


@pytest.mark.parametrize("text, speaker, when", [
    ("The Regional Assembly on Saturday approved the border protocol.\n\n\"This is a new start,\" the envoy, "
     "Lukas Brandt, told the assembly after the vote.", "Lukas Brandt", SAT),
    ("Delegations of Peru and Ecuador signed the accord in Quito on Friday.\n\n\"We have closed a chapter,\" Rosa "
     "Quispe told reporters after the ceremony.", "Rosa Quispe", FRI),
    ("The Nordic Council on Friday extended its mission in the region by a year.\n\n\"The mission is vital,\" "
     "Finnish delegate Aino Laine said after the decision.", "Aino Laine", FRI),
])
def test_statement_after_the_act_is_dated_by_the_lead(nlp, text, speaker, when):
    """"told the Council after the vote", "after the ceremony": the act the story's lead dated."""
    assert (speaker, when, "stated") in said(nlp, text)


@pytest.mark.parametrize("text, speaker, when", [
    ("The Delta Front quit the talks the day before. It blamed measures announced on 14 January by the bloc. \"The "
     "measures end the process,\" the Delta Front said in a statement at the time.", "Delta Front", date(2022, 1, 14)),
    ("The Harbour Union pulled out of the Lisbon talks on 3 February. \"We cannot negotiate under threat,\" the Harbour "
     "Union said at the time.", "Harbour Union", date(2022, 2, 3)),
    ("The Coastal Front walked out of the Lima round on 9 January. \"The talks are over,\" the Coastal Front "
     "said in a statement at the time.", "Coastal Front", date(2022, 1, 9)),
])
def test_statement_at_the_time_takes_the_date_just_told(nlp, text, speaker, when):
    """"said in a statement at the time": the one date of the sentence just before that gives one."""
    assert (speaker, when, "stated") in said(nlp, text)


@pytest.mark.parametrize("text, speaker", [
    ("Speaker: Eva Lind, Deputy Press Secretary\n\nDEPUTY PRESS SECRETARY EVA LIND: Good afternoon. We have two "
     "announcements.", "Eva Lind"),
    ("Press briefing by Jonas Berg, Chief Spokesman\n\nQuestions\n\nREPORTER: What about the talks?\n\nCHIEF SPOKESMAN BERG: "
     "The talks go on.", "Jonas Berg"),
    ("Remarks by Tomas Vik, Foreign Minister\n\nFOREIGN MINISTER VIK: Thank you all for coming today.",
     "Tomas Vik"),
])
def test_statement_transcript_label_in_capitals_names_the_briefer(nlp, text, speaker):
    """"CHIEF CABINET SECRETARY TANABE:": a label in capitals names the person named before by that last name."""
    assert speaker in {s for s, _, _ in said(nlp, text)}


@pytest.mark.parametrize("text, speaker, when", [
    ("Iran's state media said yesterday that the talks had failed.", "Iran", SUN),
    ("Syrian state television said on Saturday that the convoy had arrived.", "Syria", SAT),
    ("REPORTER (Nile TV): Will the minister travel?\n\nREPORTER (Delta Post): Cuba's state media said on Friday "
     "that the embargo was illegal. What is your response?", "Cuba", FRI),
])
def test_statement_state_media_speak_for_the_state(nlp, text, speaker, when):
    """"X's state media said": the state speaks (a transcript's label before it is no subject)."""
    assert (speaker, when, "stated") in said(nlp, text)


def test_statement_media_without_state_speak_for_no_state(nlp):
    assert not said(nlp, "Russian media said on Monday that the talks had failed.")


@pytest.mark.parametrize("text, speakers", [
    ("Rights groups, including Amnesty International, urged the parties on Sunday to free the detainees.",
     {"Amnesty International"}),
    ("Western governments, including France and Germany, said on Friday that the vote was flawed.",
     {"France", "Germany"}),
    ("Aid agencies, including the Norwegian Refugee Council, warned on Saturday that the camps were short of water.",
     {"Norwegian Refugee Council"}),
])
def test_statement_groups_including_a_name_speak_through_it(nlp, text, speakers):
    """"Rights groups, including X, urged ...": X speaks."""
    assert {s for s, _, _ in said(nlp, text)} == speakers


@pytest.mark.parametrize("text, speaker, when", [
    ("I also spoke with Ukraine's foreign minister, Anna Berg, by telephone yesterday. Ms Berg thanked Estonia "
     "for its support and said Kyiv would not yield.", "Anna Berg", SUN),
    ("The minister spoke with Armenia's envoy, Karen Petrosyan, in Vienna on Friday. Mr Petrosyan said the "
     "corridor would open in May.", "Karen Petrosyan", FRI),
    ("Lind talked to the Bolivian negotiator, Luis Mamani, on Saturday. Mamani said the round had gone well.",
     "Luis Mamani", SAT),
])
def test_statement_conversation_dates_what_its_partner_says_next(nlp, text, speaker, when):
    """"I spoke with X yesterday. X said ...": X's statement is of that day."""
    assert (speaker, when, "stated") in said(nlp, text)


@pytest.mark.parametrize("text", [
    "The Council also added two militia leaders accused of massacres and kidnappings to its blacklist.",
    "It added the Blue Harbour company, accused of smuggling fuel, to the sanctions list on Friday.",
    "The bloc added three officers blamed for the crackdown to its list.",
])
def test_statement_adding_names_to_a_list_is_no_speech(nlp, text):
    assert not said(nlp, text)
