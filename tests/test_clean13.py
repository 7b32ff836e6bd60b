"""Page cleaning of session 13: a live blog's or wire's byline led by "Live updates by" / "Reporting by" and naming
authors with their cities ("A and B in X; C in Y", "A, with B in X"), kept apart from the note under it; a site menu
written after its label ("Menu: Home - World"); a transcript's date under a stack of short heading lines; a wire
dateline in title case that an agency's name in brackets marks ("Brest, Belarus (AFP) -"). Pages of our own."""
from __future__ import annotations

from datetime import date

import pytest

from kg.article_date import split_dateline
from kg.clean import clean
from kg.model import Article


def _clean(raw: str) -> object:
    return clean(Article(id="t", source="t.txt", raw=raw), reference=date(2019, 6, 1))


@pytest.mark.parametrize("line, authors", [
    ("Live updates by Selma Korkmaz and Piet de Groot in Ankara; Olena Marchuk in Odesa", "Selma Korkmaz"),
    ("By Maren HOLT, with Idris BAKARE in Lagos", "Idris BAKARE"),
])
def test_clean_byline_with_lead_and_cities(line: str, authors: str) -> None:
    raw = (f"Talks resume in the capital\nMonday 4 March 2019\n\n{line}\nAll times are local (GMT+3)\n\n"
           "Negotiators from both sides met on Monday morning at the foreign ministry and agreed an agenda.\n")
    page = _clean(raw)
    assert page.byline and authors in page.byline
    assert authors not in page.body
    assert "All times are local" in page.body  # the note under the byline is kept, not joined to it


def test_clean_menu_after_its_label_is_chrome() -> None:
    raw = ("The Harbour Gazette | World | Europe\nMenu: Home - World - Europe - Business - Opinion\n\n"
           "Ministers agree to meet again in Valletta\n\nThe foreign ministers of the two states met in Valletta on "
           "Monday and agreed to hold a second round next month.\n")
    page = _clean(raw)
    assert page.title == "Ministers agree to meet again in Valletta"
    assert "Menu:" not in page.body


def test_clean_transcript_date_under_heading_lines() -> None:
    raw = ("MINISTRY OF FOREIGN AFFAIRS\nRemarks by Minister Ilse Varga at a Press Briefing\nPRESS BRIEFING\n"
           "ILSE VARGA, MINISTER OF FOREIGN AFFAIRS\nPRESS BRIEFING ROOM\nVIENNA\nMARCH 12, 2018\n\n"
           "MINISTER VARGA: Good afternoon. Today we are announcing new measures against the network.\n")
    page = _clean(raw)
    assert page.published == date(2018, 3, 12)


@pytest.mark.parametrize("para, dateline", [
    ("Ohrid, North Macedonia (AFP) - The two leaders met on Saturday.", "Ohrid, North Macedonia (AFP) -"),
    ("Lake Kivu (Reuters) - Fighting resumed on Sunday.", "Lake Kivu (Reuters) -"),
])
def test_clean_title_case_dateline_with_agency(para: str, dateline: str) -> None:
    assert split_dateline(para)[0] == dateline


@pytest.mark.parametrize("para", [
    "Talks in Geneva (Reuters) - a weekly roundup.",
    "Jane Roe, Kenya (ODM) - said the vote was fair.",
])
def test_clean_sentence_is_no_dateline(para: str) -> None:
    assert split_dateline(para)[0] is None


def test_clean_wrapped_paragraph_opening_with_by_stays_one() -> None:
    """A hard-wrapped paragraph whose first line opens with "By" but names no author is one paragraph."""
    raw = ("Border talks near a deal\n\n"
           "By Tuesday evening the two delegations had agreed on most of the text of the\n"
           "accord, officials said, but the question of the border crossings remained open\n"
           "and the mediators planned another session on Wednesday.\n")
    page = _clean(raw)
    assert "text of the accord, officials said" in page.body
