"""Statements and roles in session 10: a lone family name stands for a full name that writes it after a hyphened
particle ("Fitouri" for "Salem al-Fitouri"); a transcript's label "Title, Name:" is that person's statement and gives
the title as the role, the head of its role words ("Official Spokesperson" -> spokesperson); "there are reports
that X said on Monday ..." is X's statement; an attribution set off after the clause it reports, parsed as a
parataxis ("X and Y agreed on Friday on Z, the mediators said, a breakthrough ..."), is a statement; plural role nouns
named by their organization ("African Union mediators said") speak for it; "Qatari mediators" stay unnamed;
"X will travel to Y to present the proposal" is no statement (an act still to come)."""
from __future__ import annotations

from datetime import date

import pytest
import spacy

from kg.mentions import find_mentions
from kg.model import Article, CleanArticle, Extraction, Mention
from kg.resolve import resolve_entities
from tests.test_statement8 import nlp, said  # noqa: F401 - nlp is a fixture

WED = date(2021, 6, 9)


def _extraction(article_id: str, full: str, lone: str) -> Extraction:
    """A full name and a lone family name the model typed as an organization ("Mismari said")."""
    art = CleanArticle(Article(article_id, f"{article_id}.txt", ""), body="", title=None)
    return Extraction(art, (Mention(full, "Person", 0, len(full), 0), Mention(lone, "Organization", 0, len(lone), 1)))


@pytest.mark.parametrize("full, lone", [
    ("Salem al-Fitouri", "Fitouri"),
    ("Omar Hassan el-Bashrawi", "Bashrawi"),
    ("Karim bin-Saleh", "Saleh"),
])
def test_resolve_lone_surname_without_its_particle(full: str, lone: str) -> None:
    """"Fitouri said" after "Salem al-Fitouri": the lone family name is the full name's person, even typed otherwise."""
    ents, lookup = resolve_entities([_extraction("a1", full, lone)])
    persons = [e for e in ents.values() if e.type == "Person"]
    assert len(persons) == 1 and lookup(lone, "a1") == persons[0].key


@pytest.mark.parametrize("text, speaker", [
    ("Transcript of Weekly Media Briefing by the Official Spokesperson (June 9, 2021)\n\nOfficial Spokesperson, "
     "Shri Vikram Batra: Good afternoon. I have one announcement.\n\nQuestion (Outlet): Will the talks resume?\n\n"
     "Official Spokesperson: They will.", "Vikram Batra"),
    ("Regular briefing of the ministry\n\nDeputy Spokesperson, Ana Ferreira: Good morning. The border talks with "
     "Bolivia went well.\n\nQuestion: When is the next round?\n\nDeputy Spokesperson: In July.", "Ana Ferreira"),
    ("Press conference of the ministry\n\nPress Secretary, Mr Tomas Varga: Good afternoon. The delegation returns "
     "from Vienna today.", "Tomas Varga"),
])
def test_statement_transcript_label_title_comma_name(nlp: spacy.Language, text: str, speaker: str) -> None:
    """"Official Spokesperson, Shri Vikram Batra: Good afternoon": the labelled person speaks, with that role."""
    assert speaker in {s for s, _, _ in said(nlp, text, WED)}
    doc = nlp(text)
    roles = {m.role for m in find_mentions(doc) if m.text == speaker}
    assert roles & {"spokesperson", "deputy spokesperson", "press secretary", "secretary"}, roles


@pytest.mark.parametrize("text, speaker, day", [
    ("There are reports that US Special Envoy for Sudan, Mr. Daniel Brooke, said on Monday that no waiver would be "
     "renewed.", "Daniel Brooke", date(2021, 6, 7)),
    ("Amid reports that Foreign Minister Petra Lindqvist told lawmakers on Tuesday that the talks had failed, markets "
     "fell.", "Petra Lindqvist", date(2021, 6, 8)),
    ("There were reports that Defence Minister Kofi Mensah said on Monday that the troops would stay.", "Kofi Mensah",
     date(2021, 6, 7)),
])
def test_statement_reports_that_a_named_speaker_said(nlp: spacy.Language, text: str, speaker: str,
                                                     day: date) -> None:
    """"There are reports that X said on Monday ...": X's statement of Monday, not a clause describing a noun."""
    assert (speaker, day, "stated") in said(nlp, text, WED)


@pytest.mark.parametrize("text, speaker", [
    ("Sudan and South Sudan agreed late on Friday on how much Juba will pay to pump its crude through the "
     "pipelines, African Union mediators said, a breakthrough that could restart oil exports.", "African Union"),
    ("Guyana and Suriname agreed late on Sunday on how the river border would be surveyed, United Nations mediators "
     "said, a step that could end a long dispute.", "United Nations"),
    ("The two sides agreed on Saturday on a prisoner exchange, European Union mediators said.", "European Union"),
])
def test_statement_mediators_named_by_their_body(nlp: spacy.Language, text: str, speaker: str) -> None:
    """"..., African Union mediators said, a breakthrough ...": the body speaks (an attribution in parataxis)."""
    assert speaker in {s for s, _, _ in said(nlp, text, WED)}


@pytest.mark.parametrize("text", [
    "The two sides agreed on Saturday on a prisoner exchange, Qatari mediators said.",
    "Armenia and Azerbaijan failed to agree in Geneva yesterday, but Swiss mediators said they would meet again.",
])
def test_statement_demonym_mediators_stay_unnamed(nlp: spacy.Language, text: str) -> None:
    """"Qatari mediators said": people of a state left unnamed, no statement of the state."""
    assert not {s for s, _, _ in said(nlp, text, WED)} & {"Qatar", "Switzerland"}


@pytest.mark.parametrize("text, speaker", [
    ("The US envoy Daniel Brooke will travel to Khartoum later this week to present the ceasefire proposal.",
     "Daniel Brooke"),
    ("Envoy Marta Kovacs will fly to Nairobi on Friday to urge both sides to sign the accord.", "Marta Kovacs"),
    ("Foreign Minister Petra Lindqvist would go to Bogota to announce the new aid package.", "Petra Lindqvist"),
])
def test_statement_purpose_of_a_future_trip_is_none(nlp: spacy.Language, text: str, speaker: str) -> None:
    """"X will travel to Y to present the proposal": an act still to come, no statement of X."""
    assert speaker not in {s for s, _, _ in said(nlp, text, WED)}


def test_statement_purpose_of_a_past_trip_stays(nlp: spacy.Language) -> None:
    """"X flew to Y on Friday to urge both sides ...": X's statement, as before."""
    assert "Marta Kovacs" in {s for s, _, _ in said(
        nlp, "Envoy Marta Kovacs flew to Nairobi on Friday to urge both sides to sign the accord.", WED)}
