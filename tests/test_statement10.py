"""Statements in session 9 (second round): a transcript's label in capitals names a person whose name has accents
("AYDINLI:" for Aydınlı); a questioner's label ("QUESTION (Outlet, Eva Lind):") makes no statement, neither the
questioner's nor the outlet's; an attribution set off after the clause it reports ("X met Y on Wednesday, the
ministry said") is a statement, not dated by that clause; a delegation "in <city>" speaks for its owner, not for the
city's state; "President of the Republic's spokeswoman X said" is X's; "reiterated its policy" is a statement;
", who said" after a person's name set off in apposition is that person's; "that evening" reaches back to the last
dated sentence; "X's statement ...: he said" is X's; "added X to its list" and "said nothing" are no statements; an
ambassador's dated statement does not take over his embassy's undated one."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
import spacy

from tests.test_events import MON, read
from tests.test_statement8 import SAT, SUN, nlp, said  # noqa: F401 - nlp is a fixture


def speakers(nlp: spacy.Language, text: str, published: date = MON) -> set[str]:
    """The speakers of the statements read from ``text``."""
    return {s for s, _, _ in said(nlp, text, published)}


@pytest.mark.parametrize("text, speaker", [
    ("Weekly Press Briefing by Spokesperson Ambassador Kerem Aydınlı\n\nSPOKESPERSON KEREM AYDINLI: Good afternoon. "
     "I will begin with Syria.\n\nQUESTION: Will the list be final?\n\nAYDINLI: We hope so.", "Kerem Aydınlı"),
    ("Press Briefing by Foreign Ministry Spokesperson Murat Yıldız\n\nSPOKESPERSON MURAT YILDIZ: Good morning. "
     "I have one announcement.\n\nQUESTION: Is the border open?\n\nYILDIZ: It is not.", "Murat Yıldız"),
    ("Regular press conference of Foreign Ministry Spokesperson José Núñez\n\nSPOKESPERSON JOSÉ NUÑEZ: Good "
     "afternoon. The talks will resume in Lima.\n\nQUESTION: When?\n\nNUNEZ: Next week.", "José Núñez"),
])
def test_statement_transcript_label_in_capitals_without_accents(nlp, text, speaker):
    """"AYDINLI:" below "Spokesperson Kerem Aydınlı": capitals drop the accents, the briefer still speaks."""
    assert speaker in speakers(nlp, text)


@pytest.mark.parametrize("text, questioner, outlet", [
    ("QUESTION (Hürriyet, Ayşe Demirtaş): Iran's deputy foreign minister said this week that the arrangement was "
     "temporary. How do you respond?", "Ayşe Demirtaş", "Hürriyet"),
    ("QUESTION (Reuters, Tom Baxter): Serbia's deputy prime minister said this week that the deal was dead. How do "
     "you respond?", "Tom Baxter", "Reuters"),
    ("REPORTER (Nikkei, Kenta Mori): Peru's deputy foreign minister said this week that the talks had failed. Your "
     "comment?", "Kenta Mori", "Nikkei"),
])
def test_statement_questioner_label_makes_no_statement(nlp, text, questioner, outlet):
    """A reporter's question quoting an unnamed official is neither the reporter's nor the outlet's statement."""
    got = speakers(nlp, text)
    assert questioner not in got and outlet not in got


@pytest.mark.parametrize("text, speaker", [
    ("On the sidelines of the talks on Wednesday, Wiroj Chaiyasit held a separate meeting with Cambodian Foreign "
     "Minister Chan Sokha, the Cambodian foreign ministry said in a statement.", "Cambodia"),
    ("On the margins of the summit on Saturday, Ana Ribeiro held a separate meeting with Ecuadorian Foreign Minister "
     "Jorge Paz, the Peruvian foreign ministry said in a statement.", "Peru"),
    ("On the eve of the round on Friday, Lars Holm held a private meeting with Kenyan Defence Minister Peter Otieno, "
     "the Norwegian foreign ministry said.", "Norway"),
])
def test_statement_attribution_after_the_clause_it_reports(nlp, text, speaker):
    """"X met Y on Wednesday, the ministry said": the ministry's statement, on the article's day (the day is the
    meeting's)."""
    got = {(s, basis) for s, _, basis in said(nlp, text)}
    assert (speaker, "article") in got


@pytest.mark.parametrize("text, speaker, place_state", [
    ("The European Union delegation in Maputo said in a statement that it strongly supports the mediation.",
     "European Union", "Mozambique"),
    ("The African Union delegation in Khartoum said on Monday that it backed the talks.", "African Union", "Sudan"),
    ("The European Union delegation in Nairobi said in a statement that it welcomed the ceasefire.",
     "European Union", "Kenya"),
])
def test_statement_delegation_in_a_city_speaks_for_its_owner(nlp, text, speaker, place_state):
    """"the EU delegation in Maputo said": the EU speaks, not Mozambique."""
    got = speakers(nlp, text)
    assert speaker in got and place_state not in got


@pytest.mark.parametrize("text, speaker", [
    ("President of the Republic's spokeswoman Célia Langa said yesterday that the head of state was ready to meet "
     "the rebel leader.", "Célia Langa"),
    ("Minister of the Interior's spokesman Jorge Paz said yesterday that the curfew would stay.", "Jorge Paz"),
    ("Chairman of the Commission's spokeswoman Ines Varga said yesterday that the vote would be delayed.",
     "Ines Varga"),
])
def test_statement_title_with_possessive_before_the_name(nlp, text, speaker):
    """"President of the Republic's spokeswoman X said yesterday": X speaks, the day before."""
    assert (speaker, MON - timedelta(days=1), "stated") in said(nlp, text)


@pytest.mark.parametrize("text, speaker", [
    ("The Council reiterated its policy of critical engagement with Belarus.", "Council"),
    ("Japan reiterated its policy of dialogue and pressure towards North Korea.", "Japan"),
    ("The European Union reaffirmed its policy of non-recognition of the annexation.", "European Union"),
])
def test_statement_reiterated_policy(nlp, text, speaker):
    """"reiterated its policy of ..." voices a stance: a statement."""
    assert speaker in speakers(nlp, text)


@pytest.mark.parametrize("text, speaker", [
    ("On the sidelines of Thursday's round, Nodar Chkhartishvili also held a bilateral meeting with the EU trade "
     "negotiator, Hanna Lindqvist, who said Brussels \"fully supports the Swiss effort\".", "Hanna Lindqvist"),
    ("On Tuesday the minister held talks with the UN envoy, Ana Ruiz, who said the parties were close to a deal.",
     "Ana Ruiz"),
    ("The rebels held a closed meeting with the Norwegian facilitator, Jorge Paz, who told reporters the "
     "ceasefire would hold.", "Jorge Paz"),
])
def test_statement_who_after_a_set_off_name(nlp, text, speaker):
    """"a meeting with the envoy, Eva Lind, who said ...": Lind speaks, though the parse hangs the clause on
    "meeting"."""
    assert speaker in speakers(nlp, text)


@pytest.mark.parametrize("text, speaker, when", [
    ("The envoy walked out of the talks in Stockholm on Saturday. The round lasted barely eight hours.\n\n"
     "\"The negotiation broke off,\" Ambassador Kim Chol Ung told reporters outside the embassy that evening.",
     "Kim Chol Ung", SAT),
    ("The rebel delegation left the venue in Geneva on Sunday. The session had lasted four hours.\n\n"
     "\"We are not coming back,\" commander Ivan Petrenko told reporters outside the hotel that night.",
     "Ivan Petrenko", SUN),
    ("The mediators closed the round in Doha on Saturday. Both sides had asked for more time.\n\n"
     "\"This is progress,\" Qatari envoy Khalid Al-Mansouri told reporters later that evening.",
     "Khalid Al-Mansouri", SAT),
])
def test_statement_that_evening_reaches_back_to_the_last_dated_sentence(nlp, text, speaker, when):
    """"told reporters ... that evening" two sentences after "on Saturday": Saturday."""
    assert (speaker, when, "stated") in said(nlp, text)


@pytest.mark.parametrize("text, speaker, other", [
    ("Its special envoy, Kjell Rosenlund, has shuttled between the two capitals.\n\nKim Chol Ung's statement did "
     "leave a door open: he said Washington had until the end of the year.", "Kim Chol Ung", "Kjell Rosenlund"),
    ("The Swiss mediator, Beat Meier, has visited both capitals.\n\nIvan Petrenko's statement did leave a door open: "
     "he said Kyiv had until March to answer.", "Ivan Petrenko", "Beat Meier"),
    ("Norway's envoy, Lars Holm, has met both sides.\n\nGeneral Omar Hassan's remarks left room for a deal: he said "
     "Khartoum could wait until June.", "Omar Hassan", "Lars Holm"),
])
def test_statement_pronoun_after_a_speakers_statement(nlp, text, speaker, other):
    """"X's statement left a door open: he said ...": X, not the last person named as a subject before."""
    got = speakers(nlp, text)
    assert speaker in got and other not in got


@pytest.mark.parametrize("text", [
    "In response to the actions of London, which last Thursday added two Russian shipping companies, Volga Tanker "
    "Line and Neva Freight Services, to its sanctions list, Moscow has decided to respond.",
    "The Treasury on Monday added nine Iranian officials to its sanctions list.",
    "Georgia's President's office said nothing.",
    "The Kremlin has said nothing about the talks.",
])
def test_statement_not_added_to_a_list_nor_said_nothing(nlp, text):
    """"added X to its list" is an act, "said nothing" says nothing: no statements."""
    assert not speakers(nlp, text)


@pytest.mark.parametrize("text, ambassador, day", [
    ("The Russian Embassy in Tokyo said in a statement that the sanctions were \"an unfriendly step\". Moscow's "
     "ambassador, Nikolai Dergunov, said on Monday that Japan was \"following Washington blindly\".",
     "Nikolai Dergunov", MON),
    ("The Iranian Embassy in Oslo said in a statement that the listings were \"illegal\". Tehran's ambassador, Reza "
     "Karimi, said on Saturday that Norway was \"following Brussels blindly\".", "Reza Karimi", SAT),
    ("The Chinese Embassy in Ottawa said in a statement that the measures were \"groundless\". Beijing's "
     "ambassador, Wei Lin, said on Sunday that Canada had \"crossed a line\".", "Wei Lin", SUN),
])
def test_statement_ambassador_does_not_take_over_the_embassy(nlp, text, ambassador, day):
    """The embassy's undated statement stays the embassy's; the ambassador's is his own, on his day."""
    got = said(nlp, text)
    assert {(s, d) for s, d, _ in got if s == ambassador} == {(ambassador, day)}
    assert any(s != ambassador and basis == "article" for s, _, basis in got)


@pytest.mark.parametrize("text, speaker, when", [
    ("\"The talks broke off,\" Ambassador Kim Chol Ung told reporters on Saturday.\n\nThe State Department saw it "
     "differently. Its spokeswoman, Rachel Ostrander, said on Sunday that the U.S. had brought ideas. Sweden's "
     "foreign ministry said on Sunday it was ready. Its envoy, Kjell Rosenlund, has shuttled between the capitals."
     "\n\nKim Chol Ung's statement did leave a door open: he said Washington had until the end of the year.",
     "Kim Chol Ung", SAT),
    ("\"We are leaving,\" commander Ivan Petrenko told reporters on Sunday.\n\nThe mediators saw it differently. "
     "Their spokeswoman, Ana Ribeiro, said on Saturday that both sides had agreed a text. Norway's foreign ministry "
     "said on Saturday it would host a new round. Its envoy, Lars Holm, has met both sides.\n\n"
     "Ivan Petrenko's statement did leave a door open: he said Kyiv had until March to answer.", "Ivan Petrenko", SUN),
    ("\"There is no deal,\" General Omar Hassan told reporters on Saturday.\n\nThe envoys saw it differently. Their "
     "spokesman, Jorge Paz, said on Sunday that a deal was close. Egypt's foreign ministry said on Sunday it backed "
     "the talks. Its envoy, Karim Adel, has met both sides.\n\nOmar Hassan's remarks left room for a deal: he said "
     "Khartoum could wait until June.", "Omar Hassan", SAT),
])
def test_statement_own_words_recalled_take_their_day(nlp, text, speaker, when):
    """"X's statement left a door open: he said ..." paragraphs after X's dated statement: X's, on that day."""
    last = [d for d in read(nlp, text, kind="Statement") if d.evidence.sentence.startswith(speaker)]
    assert [(d.speaker, d.date) for d in last] == [(speaker, when)]
