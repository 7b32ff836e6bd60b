"""Dates: expressions resolved against an anchor, and an article's own date found from its parts."""
from __future__ import annotations

from datetime import date

import pytest

from kg.article_date import (
    copyright_year,
    date_in_name,
    date_only,
    dateline_day,
    find_article_date,
    reference_date,
    split_dateline,
    wire_stamp,
)
from kg.dates import find_dates, infer_date, nearest_year, parse_date_expr
from kg.settings import Settings

FRI = date(2019, 5, 10)  # a Friday


@pytest.mark.parametrize(
    ("expr", "tense", "expected"),
    [
        ("Friday", "past", FRI),
        ("Wednesday", "past", date(2019, 5, 8)),
        ("on Tuesday", "past", date(2019, 5, 7)),
        ("late Sunday", "past", date(2019, 5, 5)),
        ("early Thursday", "past", date(2019, 5, 9)),
        ("Thursday morning", "past", date(2019, 5, 9)),
        ("Saturday's", "past", date(2019, 5, 4)),
        ("Thursday", "future", date(2019, 5, 16)),
        ("on Monday", "future", date(2019, 5, 13)),
        ("Friday", "future", date(2019, 5, 17)),
        ("last Friday", "past", date(2019, 5, 3)),
        ("last Thursday", "past", date(2019, 5, 2)),  # the week before, not yesterday
        ("past Thursday", "past", date(2019, 5, 9)),
        ("next Tuesday", "past", date(2019, 5, 14)),
        ("yesterday", "past", date(2019, 5, 9)),
        ("today", "past", FRI),
        ("tonight", "past", FRI),
        ("tomorrow", "future", date(2019, 5, 11)),
        ("the day before yesterday", "past", date(2019, 5, 8)),
        ("two days ago", "past", date(2019, 5, 8)),
        ("the day after Tuesday", "past", date(2019, 5, 8)),
        ("a day before May 3", "past", date(2019, 5, 2)),
        ("May 3", "past", date(2019, 5, 3)),
        ("on May 3", "past", date(2019, 5, 3)),
        ("Apr. 28", "past", date(2019, 4, 28)),
        ("Sept. 2", "past", date(2018, 9, 2)),
        ("June 20", "past", date(2019, 6, 20)),
        ("April 30, 2017", "past", date(2017, 4, 30)),
        ("30 April 2017", "past", date(2017, 4, 30)),
        ("the 4th of May", "past", date(2019, 5, 4)),
        ("Thursday, May 2", "past", date(2019, 5, 2)),
        ("2018-11-02", "past", date(2018, 11, 2)),
        ("last week", "past", None),
        ("earlier this week", "past", None),
        ("recently", "past", None),
        ("the day before", "past", None),
        ("", "past", None),
        ("February 30", "past", None),
        # the model's DATE entity ran on past the date: the date, not nothing
        ("April 21 in the days before", "past", date(2019, 4, 21)),
        ("March 12, weeks before the vote", "past", date(2019, 3, 12)),
        ("2 April 2018, days after the ceasefire", "past", date(2018, 4, 2)),
        ("June 6 to 8", "past", None),
    ],
)
def test_dates_parse_date_expr(expr: str, tense: str, expected: date | None) -> None:
    assert parse_date_expr(expr, FRI, tense) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("month", "day", "anchor", "expected"),
    [
        (12, 30, date(2019, 1, 5), date(2018, 12, 30)),  # just before the new year
        (1, 5, date(2019, 11, 20), date(2020, 1, 5)),  # less than two months ahead
        (8, 1, date(2019, 5, 10), date(2018, 8, 1)),  # more than two months ahead: last year
        (5, 10, date(2019, 5, 10), date(2019, 5, 10)),
        (2, 29, date(2019, 5, 10), None),  # not in any nearby year
    ],
)
def test_dates_nearest_year(month: int, day: int, anchor: date, expected: date | None) -> None:
    assert nearest_year(month, day, anchor) == expected


def test_dates_find_dates_marks_future_and_year() -> None:
    text = "Talks opened on May 6, 2019. The ministers will meet again on June 3."
    found = find_dates(text, FRI)
    assert [(d.value, d.has_year, d.future) for d in found] == [
        (date(2019, 5, 6), True, False),
        (date(2019, 6, 3), False, True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the most-mentioned weekday after the latest month-day is the day of the report
        ("Talks opened in the port city on May 6. Negotiators met again on Thursday. "
         "The envoy said on Thursday that progress was slow. Farmers protested on Tuesday.", date(2019, 5, 9)),
        # a tie goes to the later day: every mentioned day falls on or before the article
        ("Since the tariffs took effect on May 6, exports fell. Ministers met on Wednesday. "
         "A deal was signed late Thursday.", date(2019, 5, 9)),
        # the weekday naming the month-day itself counts, but the later days win the tie
        ("The strike began on May 6. It began on Monday, and the unions spoke on Tuesday.", date(2019, 5, 7)),
        # future mentions do not count
        ("Talks opened on May 6 and resumed on Monday. The ministers will meet on Friday.", date(2019, 5, 6)),
        # month-days only: the latest one
        ("Prices rose on April 29 and fell again on May 2.", date(2019, 5, 2)),
        # weekday only: nothing to anchor the week
        ("The minister resigned on Tuesday.", None),
    ],
)
def test_dates_infer_date(text: str, expected: date | None) -> None:
    assert infer_date(text, reference=date(2019, 6, 1)) == expected


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        # a byline date beats a later header date (sites print today's date at the top)
        ({"byline": "Ana Lopes May 7, 2019 9:15 am", "header": ["Thursday, March 5, 2020"]},
         (date(2019, 5, 7), "byline")),
        # a wire dateline opening the body; without a year it is the year nearest the page's full dates,
        # else a guess from the reference (inferred, so the build settles it against the batch)
        ({"body": "GENEVA, May 7 (Reuters) - Talks resumed on Tuesday.", "header": ["Thursday, March 5, 2020"]},
         (date(2019, 5, 7), "inferred")),
        # a date line above the article, in the week after the dateline, gives its year
        ({"body": "LIMA, Oct 2 (Reuters) - Talks resumed on Tuesday.", "header": ["October 3, 2024 9:05 AM GMT-5"]},
         (date(2024, 10, 2), "dateline")),
        ({"body": "GENEVA, May 7 (Reuters) - Talks resumed on Tuesday.", "captions": ["Delegates, May 6, 2021."]},
         (date(2021, 5, 7), "dateline")),
        ({"body": "Talks end in Hanoi\n\nHANOI, June 12, 2019 — Talks ended on Tuesday.",
          "captions": ["Delegates in Hanoi on June 11, 2019."]},
         (date(2019, 6, 12), "dateline")),
        # a header date alone is the dateline
        ({"header": ["Tuesday, May 7, 2019"]}, (date(2019, 5, 7), "dateline")),
        # a header date much later than the captions' full date loses
        ({"header": ["Thursday, March 5, 2020"], "captions": ["Delegates in the hall, May 7, 2019."]},
         (date(2019, 5, 7), "text")),
        # a caption date, else the latest past full date in the body
        ({"captions": ["Delegates arrive at the hall, May 7, 2019."]}, (date(2019, 5, 7), "text")),
        ({"body": "Talks began on May 2, 2019 and ended on May 6, 2019. They will resume on June 3, 2019."},
         (date(2019, 5, 6), "text")),
        # no year anywhere: inferred with the reference year
        ({"body": "Talks began on May 6. The envoy spoke on Wednesday."}, (date(2019, 5, 8), "inferred")),
        ({"body": "Nothing here is dated."}, (None, "unknown")),
    ],
)
def test_dates_find_article_date(kwargs: dict, expected: tuple) -> None:
    body = kwargs.pop("body", "Negotiators met again.")
    assert find_article_date(body, reference=date(2019, 6, 1), **kwargs) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Monday, May 6, 2019", True),
        ("Published: May 6, 2019 10:30 am", True),
        ("Updated 2019-05-06 10:30 GMT", True),
        ("May 6, 2019 10:30 a.m. EDT", True),
        ("May 6, 2019 last", False),
        ("Talks began on May 6, 2019.", False),
        ("Monday", False),
        ("August 11, 2007 Saturday 10:47 PM GMT", True),  # archive exports put the weekday after the date
        ("Updated 30.04.2021, 21:40 MSK", True),  # a time zone after the time
        ("Friday 3 November 2023 | 17:52 EAT", True),
        ("May 6, 2019 NATO", False),
    ],
)
def test_dates_date_only(line: str, expected: bool) -> None:
    assert date_only(line) is expected


@pytest.mark.parametrize(
    ("dates", "today", "expected"),
    [
        ([date(2019, 5, 1), None, date(2019, 5, 9), date(2019, 6, 1)], "", date(2019, 5, 9)),
        ([date(2019, 5, 1), date(2019, 5, 9)], "", date(2019, 5, 1)),
        ([None], "2018-03-04", date(2018, 3, 4)),
    ],
)
def test_dates_reference_date(dates: list, today: str, expected: date) -> None:
    assert reference_date(dates, Settings(today=today)) == expected


@pytest.mark.parametrize("body,dateline,rest", [
    ("NAIROBI, May 7 (Reuters) - Kenya and Somalia agreed on Monday to talk.", "NAIROBI, May 7 (Reuters) -",
     "Kenya and Somalia agreed on Monday to talk."),
    ("Headline without a stop\n\nQUITO, Ecuador, June 3, 2015 — Talks resumed.", "QUITO, Ecuador, June 3, 2015 —",
     "Headline without a stop\n\nTalks resumed."),
    ("Talks resumed in Quito on Monday.", None, "Talks resumed in Quito on Monday."),
    ("LIMA, Peru (AP) — Talks resumed on Monday.", "LIMA, Peru (AP) —", "Talks resumed on Monday."),
    ("SANTA CRUZ - Bolivia said on Monday it would talk.", "SANTA CRUZ -", "Bolivia said on Monday it would talk."),
    ("Lusaka, 4 Mar (ZNA) - Talks resumed on Monday.", "Lusaka, 4 Mar (ZNA) -", "Talks resumed on Monday."),
    ("US - China talks resumed.", None, "US - China talks resumed."),
    ("NATO said on Monday - again - it would wait.", None, "NATO said on Monday - again - it would wait."),
])
def test_dates_split_dateline(body, dateline, rest):

    assert split_dateline(body) == (dateline, rest)


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("last night", date(2019, 5, 9)),
        ("late last night", date(2019, 5, 9)),
        ("yesterday evening", date(2019, 5, 9)),
        ("Thursday night", date(2019, 5, 9)),
        ("September 14, 2018", date(2018, 9, 14)),  # "September" is not "Sept" + "ember"
        ("Sept. 14", date(2018, 9, 14)),
        ("14 September", date(2018, 9, 14)),
    ],
)
def test_dates_nights_and_september(expr: str, expected: date) -> None:
    assert parse_date_expr(expr, FRI, "past") == expected



@pytest.mark.parametrize(("names", "expected"), [
    (("2017-03-04_lusaka-talks.txt",), date(2017, 3, 4)),
    ((None, "talks_2011_12_30.html"), date(2011, 12, 30)),
    (("https://news.example.org/world/2009/06/02/envoys-meet", "x.html"), date(2009, 6, 2)),
    (("000_afa16ad3a2b69436.txt",), None),
    (("report-2019-13-40.txt", "20190304.txt"), None),
])
def test_dates_date_in_name(names: tuple, expected: date | None) -> None:

    assert date_in_name(*names) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Issued 4/17/2018 by the ministry.", date(2018, 4, 17)),     # no 17th month: month first
    ("Issued 17.04.2018 by the ministry.", date(2018, 4, 17)),
    ("Issued 3/4/2018 by the ministry.", date(2018, 3, 4)),       # both valid: the reading nearer the anchor
    ("Issued 4.3.2018 by the ministry.", date(2018, 3, 4)),
])
def test_dates_numeric_dates(text: str, expected: date) -> None:
    [found] = find_dates(text, date(2018, 3, 1))
    assert (found.value, found.has_year) == (expected, True)


def test_dates_birth_dates_are_not_news() -> None:
    """A listing's dates of birth never date the article or an event."""
    body = ("The ministry designated two men on Tuesday.\n\n1. OKAFOR, Tunde; DOB 14 Mar 1971; POB Lagos.\n\n"
            "2. Ines Marlow, born on July 2, 1980, in Porto.")
    assert find_dates(body, date(2018, 3, 1)) == []
    assert find_article_date("Ministry lists two men\n\n" + body, header=["5/8/2018"], reference=date(2018, 1, 1)) == \
        (date(2018, 5, 8), "dateline")


@pytest.mark.parametrize("line,expected", [
    ("AFP 041932 GMT DEC 96", "1996-12-04"),
    ("ZNA 091547 GMT AUG 01", "2001-08-09"),
    ("Harbour Wire 311200 UTC Jan 2003", "2003-01-31"),
    ("041932Z DEC 96", "1996-12-04"),
    ("The 041932 GMT DEC", None),
    ("AFP 321932 GMT DEC 96", None),  # no 32nd day
])
def test_dates_wire_stamp(line: str, expected: str | None) -> None:
    assert wire_stamp(line) == expected


@pytest.mark.parametrize("lines,expected", [
    (["(c) 2008 Lakeside Press Service. All rights reserved."], 2008),
    (["Copyright 1998-2019 Ministry of Ports"], 2019),
    (["(c) Harbour Wire Service 2011"], 2011),
    (["Lakeside Herald · Copyright © 2024 · All rights reserved", "Contact us"], 2024),
    (["The talks began in 2008.", "All rights reserved."], None),
])
def test_dates_copyright_year(lines: list[str], expected: int | None) -> None:
    assert copyright_year(lines) == expected


@pytest.mark.parametrize("body,later,expected", [
    ("KINSHASA, April 6 (Wire) - Talks ended.", date(2021, 4, 7), date(2021, 4, 6)),  # stamped after midnight
    ("Kafue, 3 Mar 2019 - Talks ended.", date(2019, 3, 9), date(2019, 3, 3)),
    ("KINSHASA, April 6 (Wire) - Talks ended.", date(2021, 4, 20), None),  # more than a week later
    ("KINSHASA, April 8 (Wire) - Talks ended.", date(2021, 4, 7), None),  # the stamp is not after it
    ("Talks ended on Tuesday.", date(2021, 4, 7), None),
])
def test_dates_dateline_day(body: str, later: date, expected: date | None) -> None:
    assert dateline_day(body, later) == expected


@pytest.mark.parametrize("body,year,expected", [
    # a year-less wire dateline late in the year keeps the page's copyright year (read near mid-year, it went
    # back a year from September on)
    ("MAPUTO, Oct 12 (Harbour Wire) - The two delegations met.", 2019, date(2019, 10, 12)),
    ("HARARE, December 3 (Lakeside Press) - Talks resumed.", 2008, date(2008, 12, 3)),
    ("QUITO, Sept 14 (Andes Wire) - Talks stalled.", 2023, date(2023, 9, 14)),
    ("LOME, Feb 20 (Harbour Wire) - Talks opened.", 2015, date(2015, 2, 20)),
    ("ACCRA, Feb 29 (Harbour Wire) - Talks opened.", 2021, date(2021, 2, 28)),
])
def test_dates_dateline_takes_copyright_year(body: str, year: int, expected: date) -> None:
    assert find_article_date(body, year=year, reference=date(2026, 1, 1)) == (expected, "dateline")


@pytest.mark.parametrize("text,expected", [
    # a span of days names its last day, whichever way it is written
    ("The delegations met in Lusaka on March 3 and 4.", date(2011, 3, 4)),
    ("The round, held on Nov. 20-22, 2010, ended without a deal.", date(2010, 11, 22)),
    ("Talks on 20–22 November ended.", date(2010, 11, 22)),
    ("On March 9 and 3 other days the envoy waited.", date(2011, 3, 9)),  # no span: the second day is earlier
])
def test_dates_day_span_names_its_last_day(text: str, expected: date) -> None:
    assert [d.value for d in find_dates(text, date(2011, 3, 20))] == [expected]


@pytest.mark.parametrize("text,anchor,expected", [
    # a weekday of a named calendar week (weeks open on Monday)
    ("Thursday last week", date(2022, 3, 19), date(2022, 3, 10)),
    ("on Friday of last week", date(2019, 6, 3), date(2019, 5, 31)),
    ("Monday last week", date(2022, 3, 14), date(2022, 3, 7)),
    ("Tuesday next week", date(2024, 1, 11), date(2024, 1, 16)),
    ("Wednesday this week", date(2024, 1, 12), date(2024, 1, 10)),
])
def test_dates_weekday_of_a_named_week(text: str, anchor: date, expected: date) -> None:
    assert parse_date_expr(text, anchor) == expected


def test_dates_a_vague_week_stays_vague() -> None:
    assert parse_date_expr("last week", date(2022, 3, 19)) is None


@pytest.fixture(scope="module")
def full_nlp():  # noqa: ANN201
    from kg.nlp import build_nlp
    from kg.settings import Settings

    return build_nlp(Settings())


@pytest.mark.parametrize("text,expected", [
    # the model tags the weekday alone; the untagged words after it name its week
    ("Foreign Minister Kemal Arslan said on Thursday last week that the meeting had been a start.", date(2022, 3, 10)),
    ("Ines Kalu, the envoy, told reporters on Monday last week that both teams would return.", date(2022, 3, 7)),
    ("Foreign Minister Kemal Arslan said on Thursday that the meeting had been a start.", date(2022, 3, 17)),
])
def test_dates_statement_on_a_weekday_of_last_week(full_nlp, text: str, expected: date) -> None:  # noqa: ANN001
    from kg.events import find_events
    from kg.mentions import find_mentions
    from tests.test_events import article

    doc = full_nlp(text)
    said = [d for d in find_events(doc, find_mentions(doc), article(text, date(2022, 3, 19))) if d.kind == "Statement"]
    assert said and said[0].date == expected
