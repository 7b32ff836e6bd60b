"""An article's own date: from its byline, date lines, wire dateline, filing stamp, captions and body.

``find_article_date(...)`` decides the publication date of a page and says where the date came from (a
``DateSource``); the helpers read the pieces a page dates itself with: a wire dateline ("NAIROBI, May 7
(Reuters) -"), a filing stamp ("AFP 041932 GMT DEC 96"), a copyright year, a date in the file name.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from dateutil import parser as du_parser

from kg.dates import (DATE_RE, DAY, MONTH, WEEKDAY, WEEKDAYS, YEAR, find_dates, infer_date, parse_date_expr,
                      safe_date)
from kg.model import DateSource
from kg.settings import Settings

#: A wire dateline opening the body: "NAIROBI, May 7 (Reuters) -", "Maputo, 19 Aug (AIM) -".
_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z .'’-]{{1,40}}(?:, [A-Z][\w .'’-]+)?,\s+"
    rf"(?:{WEEKDAY},?\s+)?(?P<date>(?:{MONTH}\.?\s+{DAY}|{DAY}\s+{MONTH}\.?)(?:,?\s+{YEAR})?"
    rf"|\d{{1,2}}(?P<dsep>[./])\d{{1,2}}(?P=dsep){YEAR})"
    r"\s*(?:\([^)]*\)|/[^/\s][^/]{0,30}/)?\s*(?:[-–—]{1,2}|:(?=\s))"  # Xinhua's "--", "/PRNewswire/ --", "7 May 2014:"
)
#: A publication date in a file name or URL: "2014-08-19_talks.txt", "/2014/08/19/talks".
_NAME_DATE = re.compile(rf"(?<![\d])(?P<y>{YEAR})(?P<sep>[-_/])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
#: A wire dateline without a date: "NAQOURA, Lebanon (AP) —", "ADDIS ABABA -".
_PLACE_DATELINE = re.compile(r"^[A-Z]{2}[A-Z .'’-]*[A-Z](?:, [A-Z][\w .'’-]+)?(?:\s*\([^)]*\))?\s+[-–—]{1,2}(?=\s+[A-Z\"“])")
#: The same in title case, which only an agency's name in brackets tells from a sentence: "Brest, Belarus (AFP) -".
_AGENCY_DATELINE = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w .'’-]+)?\s*\([A-Z][A-Za-z]{1,11}\)"
                              r"\s+[-–—]{1,2}(?=\s+[A-Z\"“])")
_DATELINES = (_DATELINE, _PLACE_DATELINE, _AGENCY_DATELINE)
_DATE_LINE_EXTRAS = re.compile(
    r"\b(?:(?i:published|posted|updated|last updated|date|dated|on|at|am|pm|gmt|utc)\b|(?i:[ap]\.m\.)|[A-Z]{1,4}T\b)"
    r"|(?<=\d)(?i:am|pm)\b"  # "3:15pm"
    r"|\b(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?"  # "Tue 7 Jan 2014 15.15 GMT"
    r"|(?<=\d\d )[A-Z]{3,4}\b"  # a time zone after a time: "21:40 MSK", "09:15 EAT"
    r"|\bT(?=\d\d:\d\d)|(?<=\d)Z\b"  # an ISO 8601 timestamp's time: "2018-06-12T08:05:00Z"
)
#: A wire service's filing stamp closing a story: "AFP 041932 GMT DEC 96" (day and time of day, month, year).
_WIRE_STAMP = re.compile(
    rf"^(?:[A-Z][\w&.-]{{0,12}}\s+){{0,3}}(?P<d>[0-3]\d)[0-2]\d[0-5]\d\s*(?:GMT|UTC|Z)\s+(?P<m>{MONTH})\.?\s+(?P<y>\d\d(?:\d\d)?)$",
    re.I,
)
#: How far a year-less dateline may precede a past-tense full date of its story (a misread tense, a time zone).
_REPORTED_SLACK_DAYS = 62
#: Characters at most of a line that is a date alone ("Last updated on Tuesday, 7 January 2014 at 3:15 p.m. GMT").
_DATE_LINE_MAX = 80
#: A copyright line's (last) year: "(c) 2008 Press Service", "Copyright 1998-2019 Ministry", "(c) Wire Service 2011".
_COPYRIGHT = re.compile(rf"(?:©|\(c\)|\bcopyright\b)[^|]{{0,60}}?\b(?P<y>{YEAR})\b(?!\s*[-–]\s*{YEAR})", re.I)


def wire_stamp(line: str) -> str | None:
    """The ISO date of a wire filing stamp ("AFP 041932 GMT DEC 96" -> "1996-12-04"), or ``None``."""
    if not (m := _WIRE_STAMP.match(line.strip())):
        return None
    year = int(m["y"]) if len(m["y"]) == 4 else int(m["y"]) + (1900 if int(m["y"]) >= 50 else 2000)
    month = du_parser.parse(m["m"][:3], default=datetime(2000, 1, 1)).month
    value = safe_date(year, month, int(m["d"]))
    return value.isoformat() if value else None


def copyright_year(lines: Sequence[str]) -> int | None:
    """The year of the last copyright line among ``lines`` ("(c) 2008 East Wire. All rights reserved.")."""
    for line in reversed(lines):
        if len(line) <= 200 and (m := _COPYRIGHT.search(line)):
            return int(m["y"])
    return None


def date_in_name(*names: str | None) -> date | None:
    """The first calendar date written in a file name or URL (news archives and sites put the publication
    date there: "2014-08-19_talks.txt", "/2014/08/19/slug"), or ``None``."""
    for name in names:
        if name and (m := _NAME_DATE.search(name)):
            if value := safe_date(int(m["y"]), int(m["m"]), int(m["d"])):
                return value
    return None


def find_article_date(
    body: str,
    *,
    byline: str | None = None,
    header: Sequence[str] = (),
    captions: Sequence[str] = (),
    reference: date | None = None,
    year: int | None = None,
    title: str | None = None,
) -> tuple[date | None, DateSource]:
    """Return the article's publication date and where it came from.

    Order: a date in the byline (``"byline"``; a year-less one takes ``year``); a wire dateline opening one of
    the body's first paragraphs ("NAIROBI, May 7 (Reuters) -"; without a year, the year nearest the page's full
    dates, or the copyright ``year`` when only that year fits the weekday the lead names, else ``"inferred"`` from
    ``reference``) or else a standalone date line above the article (``"dateline"``), unless that line is more than
    a week later than the latest full date in the captions or body (sites print today's date in their header); a
    full date with a year in the captions, else the latest past-tense one in the body, else one in the ``title``
    (``"text"``); else ``infer_date`` over body and captions with ``reference`` (default: today) supplying the year
    (``"inferred"``). A ``year`` the page states elsewhere (its copyright line) stands in for the full dates when the
    text has none.
    """
    reference = reference or date.today()
    if byline and (found := [d.value for d in find_dates(byline, reference)]):
        if year and not re.search(rf"\b{YEAR}\b", byline):
            return _in_year(found[0], year), "byline"  # "DATELINE: MINSK, Sept 19" over "(c) 2014 AFP"
        return found[0], "byline"
    explicit = _explicit_dates(captions, body, reference)
    header_dates = [d.value for line in header for d in find_dates(line, reference)]
    if m := _dateline(body):
        # "NAIROBI, May 7 (Reuters) -" carries no year: a date line above the article within the week after
        # it gives the year ("May 7, 2024 4:12 PM GMT-4"); else the year nearest the full dates of the text
        has_year = bool(re.search(rf"\b{YEAR}\b", m["date"]))
        for line_date in [] if has_year else header_dates:
            if value := _day_before(m, line_date):
                return value, "dateline"
        anchor = explicit[0] if explicit else _mid_year(year) if year else reference
        if value := parse_date_expr(m["date"], reference if has_year else anchor):
            if year and not (has_year or explicit):
                value = _in_year(value, year)  # "Nov 2" under "(c) 2022": not the November before mid-2022
            elif explicit and not has_year:
                value = _not_long_before(value, explicit[0])
                if year and value.year != year and _lead_weekday(m, _in_year(value, year)) \
                        and not _lead_weekday(m, value):
                    value = _in_year(value, year)  # "GENEVA, June 16 (AFP) - ... agreed on Wednesday" and "(c) 2021
                    # AFP": the story's weekday fits the copyright year, not a background "July 16, 2018"
            return value, "dateline" if has_year or explicit or year else "inferred"
    if header_dates:
        first = header_dates[0]
        if not explicit or first <= explicit[0] + timedelta(days=7):
            return first, "dateline"
    if explicit:
        return explicit[0], "text"
    if title and (titled := [d.value for d in find_dates(title, reference) if d.has_year and not d.future]):
        return titled[0], "text"  # "Spokesperson's Regular Press Conference on February 27, 2023"
    text = "\n\n".join([body, *captions])
    inferred = infer_date(text, _mid_year(year) if year else reference)
    if inferred and year and inferred.year == year - 1:
        inferred = _in_year(inferred, year)
    return (inferred, "text" if year else "inferred") if inferred else (None, "unknown")


def _not_long_before(value: date, reported: date) -> date:
    """A year-less dateline's date moved a year on when it would fall months before an event the story reports
    in the past tense ("Jan. 2 (Xinhua) -" over "had last met on April 13, 2015": 2 January 2016)."""
    return _in_year(value, value.year + 1) if (reported - value).days > _REPORTED_SLACK_DAYS else value


def _lead_weekday(dateline: re.Match[str], day: date) -> bool:
    """True when the dateline's paragraph names the weekday of ``day`` or of the day before (a wire's lead reports
    "on Wednesday" under "June 16": the story's own day)."""
    para = dateline.string[dateline.end():].split("\n\n", 1)[0].lower()
    named = {w for w in WEEKDAYS if re.search(rf"\b{w}\b", para)}
    return bool(named & {WEEKDAYS[day.weekday()], WEEKDAYS[(day - timedelta(days=1)).weekday()]})


def _mid_year(year: int) -> date:
    """The middle of ``year``: the anchor for year-less dates of a page that states its year."""
    return date(year, 7, 1)


def _in_year(value: date, year: int) -> date:
    """``value`` moved into ``year`` (a year-less month-day read near mid-year goes back a year from September on,
    as news looks back); 28 February for a 29th outside a leap year."""
    try:
        return value.replace(year=year)
    except ValueError:
        return value.replace(year=year, day=28)


def split_dateline(body: str, paragraphs: int = 3) -> tuple[str | None, str]:
    """(the wire dateline, the body without it): "QUITO, June 3, 2015 —" is where and when the story
    was filed, not part of its first sentence (left in, its place would read as an actor); so is a
    dateline without a date ("NAQOURA, Lebanon (AP) —")."""
    paras = body.split("\n\n")
    for i, para in enumerate(paras[:paragraphs]):
        if m := next((m for rule in _DATELINES if (m := rule.match(para.strip()))), None):
            paras[i] = para.strip()[m.end():].lstrip()
            return m.group(0), "\n\n".join(p for p in paras if p)
    return None, body


def dateline_day(body: str, later: date) -> date | None:
    """The day of the body's wire dateline when ``later`` (an update stamp, a page's meta date) falls in the
    week after it: "KINSHASA, April 6 (Wire) -" stamped 7 April 00:20 is a story of 6 April."""
    m = _dateline(body)
    return _day_before(m, later) if m else None


def _day_before(m: re.Match[str], later: date) -> date | None:
    """The date of dateline ``m`` (its year taken from ``later``) when ``later`` is 0-7 days after it."""
    value = parse_date_expr(m["date"], later)
    return value if value and timedelta(0) <= later - value <= timedelta(days=7) else None


def _dateline(body: str, paragraphs: int = 3) -> re.Match[str] | None:
    """The wire dateline opening one of the body's first paragraphs (a headline may precede it)."""
    for para in body.split("\n\n")[:paragraphs]:
        if m := _DATELINE.match(para.strip()):
            return m
    return None


def _explicit_dates(captions: Sequence[str], body: str, reference: date) -> list[date]:
    """Full dates (with a year) that may date the article: the caption's first, else the body's latest."""
    from_captions = [d.value for c in captions for d in find_dates(c, reference) if d.has_year]
    if from_captions:
        return [max(from_captions)]
    from_body = [d.value for d in find_dates(body, reference) if d.has_year and not d.future]
    return [max(from_body)] if from_body else []


def reference_date(dates: Iterable[date | None], settings: Settings | None = None) -> date:
    """Return the median of the known ``dates``, else ``settings.today``, else today's date."""
    known = sorted(d for d in dates if d is not None)
    if known:
        return known[(len(known) - 1) // 2]
    if settings is not None and settings.today:
        return date.fromisoformat(settings.today)
    return date.today()


def split_glued_date(line: str) -> str:
    """Insert the space a page dropped before a month name ("Jane DoeFebruary 28" -> "Jane Doe February 28")."""
    return re.sub(rf"(?<=[a-z])(?={MONTH}\.?\s+\d)", " ", line)


def date_only(line: str) -> bool:
    """True when ``line`` holds a date and nothing else but a weekday, a time and a label (such a line is short:
    longer text is not searched)."""
    if len(line) > _DATE_LINE_MAX:
        return False
    rest = DATE_RE.sub("", line, count=1)
    if rest != line:  # a weekday may also follow the date ("August 11, 2007 Saturday 10:47 PM GMT")
        rest = re.sub(rf"\b{WEEKDAY}\b", "", rest, flags=re.I)
    rest = _DATE_LINE_EXTRAS.sub("", rest)
    return rest != line and not re.sub(r"[\s\d:|,.()+\-–—]", "", rest)


def shown_date(line: str | None, meta: date) -> date | None:
    """The date of the page's visible publication line when it is within a day of its ``meta`` date (a meta
    stamp in UTC may fall on the next or the previous day), else ``None``."""
    found = find_dates(line, meta) if line else []
    return found[0].value if found and abs((found[0].value - meta).days) <= 1 else None


def undated(body: str) -> str:
    """``body`` without the date lines kept amid it (a live blog's day headings): they date its entries, not the
    article."""
    return "\n\n".join(p for p in body.split("\n\n") if not date_only(p))
