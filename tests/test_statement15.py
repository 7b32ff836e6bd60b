"""Statements and talks of session 13 in an analysis telling past years: a day and month without a year takes the
year of a date told with that day and month ("signed on 14 March 2001 ... At the dinner on 14 March, X said"), of
the latest date told when it falls a few days before it ("The day before, ... on 13 March"), and a day and month
that falls outside the told year ends the passage ("signed on 15 October 2012 ... ended on February 27": the
report's year again); a month and year ("in July 2001") and two days of a year ("on 27 and 28 June 2004") are told
dates too. Sentences and names of our own, read by the full pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_statement12 import _read, nlp  # noqa: F401 - nlp is a fixture

_REPORT = date(2024, 3, 14)


@pytest.mark.parametrize("text, speaker, said", [
    ("Twenty years ago, on 14 March 2004, the two premiers signed the Corran Declaration. The day before, Premier "
     "Aldo Ferrante crossed the border by train. \"We come as neighbours,\" Ferrante said on arrival on 13 March.\n",
     "Aldo Ferrante", date(2004, 3, 13)),
    ("The premiers signed the Corran Declaration on 14 March 2004.\n\nThe treaty came barely nine months after the "
     "crisis. Sanctions had been lifted on 2 May 2003 and on 30 May. At a dinner on 14 March, Premier Ilja Varn said "
     "the two states had \"a date with history\".\n", "Ilja Varn", date(2004, 3, 14)),
    ("A new government took office in May 2008. The first round opened in Tirana on 27 and 28 June 2008. \"We agreed "
     "to keep talking,\" Foreign Secretary Mira Kastrati said on 28 June.\n", "Mira Kastrati", date(2008, 6, 28)),
])
def test_statement_year_of_a_told_date(nlp, text: str, speaker: str, said: date) -> None:  # noqa: ANN001
    drafts = [d for d in _read(nlp, text, "Statement", _REPORT) if d.speaker == speaker]
    assert drafts and drafts[0].date == said


def test_statement_day_outside_the_told_year_ends_the_passage(nlp) -> None:  # noqa: ANN001
    """After a framework signed in October of a past year, "February 27" and later days are not that year's."""
    text = ("The framework was signed in Manila on October 15, 2012.\n\nSince then the panels have met often. The "
            "first annex was signed on February 27. Negotiator Lino Abad said on November 15 that the last one was "
            "close.\n")
    report = date(2013, 12, 9)
    drafts = [d for d in _read(nlp, text, "Statement", report) if d.speaker == "Lino Abad"]
    assert drafts and drafts[0].date == date(2013, 11, 15)


def test_statement_since_a_past_date_the_story_is_back_in_its_year(nlp) -> None:  # noqa: ANN001
    """A day months before the last date told is not of its year: "since the meeting on July 16, 2018 ... On April
    15, X said" is the report's April."""
    text = ("It was the first summit since the meeting in Oslo on July 16, 2018. On April 15, minister Dara Voss said "
            "the ties had sunk further.\n")
    drafts = [d for d in _read(nlp, text, "Statement", date(2021, 6, 16)) if d.speaker == "Dara Voss"]
    assert drafts and drafts[0].date == date(2021, 4, 15)
