"""Article dates in session 7: ISO timestamps, abbreviated weekdays and time zones in date lines, "Published …
Updated …" on one line, dotted numeric dates, wire datelines of more shapes, a year-less dateline read against
the older events its story reports, and an HTML page's meta or JSON-LD date against the date it shows."""
from __future__ import annotations

from datetime import date

import pytest

from kg.article_date import date_only, find_article_date, split_dateline
from kg.clean import clean, lines
from kg.dates import find_dates, parse_date_expr
from kg.model import Article
from tests.test_events import nlp, read  # noqa: F401 - nlp is a fixture

BODY = ("Ghanaian and Togolese negotiators met in Accra on Monday to discuss the maritime boundary, officials said.\n\n"
        "\"We have made progress,\" Ghana's foreign minister Ama Serwaa told reporters on Tuesday.")


@pytest.mark.parametrize("text, expected", [
    ("Posted: 2018-06-12T08:05:00Z", date(2018, 6, 12)),
    ("2021-03-09T23:40:00+02:00", date(2021, 3, 9)),
])
def test_dates_iso_timestamp_gives_its_day(text: str, expected: date) -> None:
    assert [d.value for d in find_dates(text, date(2020, 1, 1))] == [expected]


@pytest.mark.parametrize("line", [
    "Posted: 2018-06-12T08:05:00Z",
    "Published 3:15 PM EST, Tue January 7, 2014",
    "Tue 7 Jan 2014 15.15 GMT",
    "Tue, 07 Jan 2014 15:15:00 GMT",
    "January 7, 2014 at 3:15 p.m. ET",
    "Published: 07 Jan 2014 3:15pm",
    "Date: 07.01.2014",
])
def test_article_date_date_only_reads_stamp_shapes(line: str) -> None:
    assert date_only(line)


def test_dates_dotted_numeric_date_is_day_first() -> None:
    assert parse_date_expr("07.01.2014", date(2014, 6, 30)) == date(2014, 1, 7)
    assert parse_date_expr("3.4.2019", date(2019, 2, 20)) == date(2019, 4, 3)


@pytest.mark.parametrize("stamp, layout, expected", [
    ("Posted: 2018-06-12T08:05:00Z", "above", date(2018, 6, 12)),
    ("Tue 7 Jan 2014 15.15 GMT", "above", date(2014, 1, 7)),
    ("January 7, 2014 at 3:15 p.m. ET", "above", date(2014, 1, 7)),
    ("Published January 7, 2014 Updated January 8, 2014", "below", date(2014, 1, 7)),
    ("Published 9:40 PM CAT, Sun March 3, 2019 | Updated 11:02 PM CAT, Mon March 4, 2019", "below", date(2019, 3, 3)),
])
def test_clean_stamp_lines_date_the_article(stamp: str, layout: str, expected: date) -> None:
    title = "Ghana and Togo hold maritime boundary talks in Accra"
    raw = f"{stamp}\n\n{title}\n\n{BODY}" if layout == "above" else f"{title}\n\n{stamp}\n\n{BODY}"
    assert clean(Article("a", "a.txt", raw), reference=date(2023, 6, 1)).published == expected


@pytest.mark.parametrize("dateline, expected", [
    ("DJIBOUTI, Jan. 2 (Xinhua) -- ", date(2016, 1, 2)),
    ("LOME, Feb. 3 (Reuters) - ", date(2016, 2, 3)),
])
def test_article_date_yearless_dateline_not_before_reported_events(dateline: str, expected: date) -> None:
    """The latest past-tense full date of the story (April 2015) dates it after; the dateline's day comes then."""
    body = (f"{dateline}Somalia and Somaliland ended two days of talks on Saturday, officials said.\n\n"
            "The two sides had last met in Ankara on April 13, 2015, when they agreed to set up a committee.")
    assert find_article_date(body, reference=date(2023, 6, 1))[0] == expected


@pytest.mark.parametrize("dateline", [
    "DJIBOUTI, Jan. 2 (Xinhua) --",
    "NAIROBI, Kenya, Jan. 7, 2014 /PRNewswire/ --",
    "Addis Ababa, 7 January 2014:",
    "NAIROBI, Tuesday 7 January 2014 (IRIN) -",
])
def test_article_date_dateline_shapes_split_off(dateline: str) -> None:
    found, rest = split_dateline(f"{dateline} The two sides met in Nairobi on Monday.")
    assert found == dateline and rest == "The two sides met in Nairobi on Monday."


def _page(meta: str, shown: str) -> str:
    return (f"<html><head><title>Talks end</title>{meta}</head><body><article>"
            "<h1>Ghana and Togo end maritime boundary talks</h1>"
            f"<p>{shown}</p>"
            "<p>Ghanaian and Togolese negotiators ended talks in Accra on Tuesday, officials said. The foreign "
            "minister said today that progress had been made on the maritime boundary dispute.</p>"
            "</article></body></html>")


@pytest.mark.parametrize("raw, expected", [
    # a UTC stamp past midnight: the date the page shows
    (_page('<meta property="article:published_time" content="2014-01-08T02:15:00Z">', "January 7, 2014"),
     date(2014, 1, 7)),
    # the NewsArticle's date, though a WebPage node comes first
    (_page('<script type="application/ld+json">{"@type":"WebPage","datePublished":"2014-02-01"}</script>'
           '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2014-01-07T15:00:00Z",'
           '"dateModified":"2014-01-09T10:00:00Z"}</script>', "Staff reporter"), date(2014, 1, 7)),
    # "Updated <time>" before "Published <time>"
    (_page("", 'Updated <time datetime="2014-01-09T10:00:00Z">9 January 2014</time> | Published '
               '<time datetime="2014-01-07T15:00:00Z">7 January 2014</time>'), date(2014, 1, 7)),
])
def test_clean_html_publication_date(raw: str, expected: date) -> None:
    assert clean(Article("h", "h.html", raw, format="html")).published == expected


@pytest.mark.parametrize("row, expected", [
    ("00:30 GMT - Rebels extend ceasefire", "Rebels extend ceasefire"),
    ("9.15am – Minister speaks", "Minister speaks"),
    ("17:40 — That's where we leave it.", "That's where we leave it."),
])
def test_clean_live_entry_time_dropped(row: str, expected: str) -> None:
    assert lines(row) == [expected]


LIVE = [
    ("Saturday 9 November 2019\n\nEcuador's deputy foreign minister Andres Villacis told reporters the delegations had "
     "agreed on the route of the bridge.\n\nFriday 8 November 2019\n\nPeruvian delegation head Rosa Quispe said the "
     "first day of talks had been frank.", date(2019, 11, 9), {"Andres Villacis": date(2019, 11, 9),
                                                               "Rosa Quispe": date(2019, 11, 8)}),
    ("Monday, March 4, 2024\n\nBurundi's foreign minister Alice Ndayishimiye said the border would stay open."
     "\n\nTuesday, March 5, 2024\n\nRwanda's government spokesman Eric Mugisha said the talks would go on.",
     date(2024, 3, 4), {"Alice Ndayishimiye": date(2024, 3, 4), "Eric Mugisha": date(2024, 3, 5)}),
]


@pytest.mark.parametrize("text, published, expected", LIVE)
def test_events_statement_live_blog_day_heading_dates_entries(nlp, text: str, published: date,  # noqa: ANN001
                                                              expected: dict[str, date]) -> None:
    found = {d.speaker: d.date for d in read(nlp, text, published=published, kind="Statement")}
    assert {k: v for k, v in found.items() if k in expected} == expected


def test_clean_day_heading_kept_in_body() -> None:
    raw = ("Ecuador-Peru border commission: live updates\n\nSaturday 9 November 2019\n\n"
           "Ecuador's deputy foreign minister Andres Villacis told reporters the delegations had agreed.\n\n"
           "Friday 8 November 2019\n\nPeruvian delegation head Rosa Quispe said the first day had been frank.")
    c = clean(Article("l", "l.txt", raw))
    assert c.published == date(2019, 11, 9) and "\n\nFriday 8 November 2019\n\n" in c.body


@pytest.mark.parametrize("stamp", ["Analysis | Updated 2 hours ago", "Posted an hour ago"])
def test_clean_relative_stamp_is_not_the_title(stamp: str) -> None:
    raw = f"Gulf Monitor\n{stamp}\nFriday 19 November 2021\n\nBaghdad and Erbil inch towards an oil deal\n\n{BODY}"
    c = clean(Article("r", "r.txt", raw))
    assert c.title == "Baghdad and Erbil inch towards an oil deal" and c.published == date(2021, 11, 19)


def test_clean_html_written_out_json_ld_date() -> None:
    raw = _page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"January 7, 2014 3:15 PM"}'
                '</script>', "Staff reporter")
    assert clean(Article("j", "j.html", raw, format="html")).published == date(2014, 1, 7)
