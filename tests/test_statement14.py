"""Statements of session 12 (blind37): a day and month without a year in an analysis telling an earlier year take
that year ("The talks opened on 1 November 1995. ... X told reporters on 1 November"), also across the paragraph
break after the dated one; a date said from the report's day ("on Friday") in between ends that passage. Every
sentence is our own, with invented names; drafts are read by the full pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_statement12 import _read, nlp  # noqa: F401 - nlp is a fixture

_REPORT = date(2021, 6, 12)  # a Saturday


@pytest.mark.parametrize("text, speaker, said", [
    ("The proximity talks opened at Lusaka on 3 March 1998.\n\nThe mediator, Joan Mbeki, kept the leaders at the "
     "lodge for two weeks. \"Nobody leaves,\" Mbeki told reporters on 5 March.\n",
     "Joan Mbeki", date(1998, 3, 5)),
    ("On 14 April 2003, the ministers met in Accra.\n\nA second round opened on 2 May. Kwame Boateng said on 6 May "
     "that the draft was ready.\n", "Kwame Boateng", date(2003, 5, 6)),
])
def test_statement_year_of_the_told_past(nlp, text: str, speaker: str, said: date) -> None:  # noqa: ANN001
    drafts = [d for d in _read(nlp, text, "Statement", _REPORT) if d.speaker == speaker]
    assert drafts and drafts[0].date == said


def test_statement_report_week_ends_the_told_past(nlp) -> None:  # noqa: ANN001
    """After "on Friday" the passage is the report's own time again: "on 5 March" is this year's (or last year's)."""
    text = ("The talks opened at Lusaka on 3 March 1998. Officials met again on Friday, and Joan Mbeki said on "
            "5 March that the deal held.\n")
    drafts = [d for d in _read(nlp, text, "Statement", _REPORT) if d.speaker == "Joan Mbeki"]
    assert drafts and drafts[0].date is not None and drafts[0].date.year == 2021
