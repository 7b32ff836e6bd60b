"""Dates in news text: resolve expressions against an anchor date, find the explicit dates of a text.

``parse_date_expr(text, anchor, tense)`` turns one expression ("late Sunday", "Feb. 28", "the day before
yesterday") into an absolute date, or ``None`` when it cannot be resolved; ``find_dates`` lists a text's
calendar dates and ``infer_date`` the date its year-less mentions imply. An article's own date is found in
:mod:`kg.article_date`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

from dateutil import parser as du_parser


Tense = Literal["past", "future"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]|20)\d\d"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: An explicit calendar date: "Feb. 28", "February 28, 2022", "28 February 2022", "2022-02-28"; a span of days
#: ("July 9-10", "July 9 and 10") names its last day, as "9-10 July" does.
DATE_RE = re.compile(
    rf"(?:{WEEKDAY},?\s+)?(?:(?P<md>{MONTH}\.?\s+{DAY})(?:(?:\s*[-–]\s*|\s+and\s+)(?P<d2>{DAY}))?(?![\d:])"
    rf"(?:,?\s+(?P<y1>{YEAR})\b)?"
    rf"|(?P<dm>{DAY}\s+(?:of\s+)?{MONTH}\b\.?)(?:,?\s+(?P<y2>{YEAR})\b)?"
    rf"|(?P<iso>{YEAR}-[01]\d-[0-3]\d)(?:\b|(?=T\d))"  # "2018-06-12T08:05:00Z": a timestamp's day
    rf"|(?<![\d/.])(?P<num>(?P<n1>\d{{1,2}})(?P<sep>[/.])(?P<n2>\d{{1,2}})(?P=sep)(?P<y3>{YEAR}))(?![\d/]))",
    re.I,
)
#: Words before a date that make it somebody's birth date, not news ("DOB 21 Jun 1966", "born on …").
_BIRTH = re.compile(r"\b(?:DOB|D\.O\.B\.?|date of birth|born(?: on| in)?)[:\s]*$", re.I)
_WEEKDAY_RE = re.compile(rf"\b{WEEKDAY}\b")
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|'ll|to be held|scheduled|set to|plans? to|planned|expected to|next|upcoming"
    r"|ahead of|is to|are to|is due|are due)\b",
    re.I,
)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1,
    "the day before yesterday": -2, "day before yesterday": -2,
    "the day after tomorrow": 2, "day after tomorrow": 2,
}  # fmt: skip
_LEADING = re.compile(
    r"^(?:(?:the|on|by|since|until|from|as of|of|at|late|early|earlier|later|before|after|dawn|midday)\s+)+"
)
_TRAILING = re.compile(r"(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|night|midday|local time))?$")
_WEEKDAY_OF_WEEK = re.compile(r"(\w+) (?:of )?(last|next|this) week")
_WEEKS = {"last": -1, "this": 0, "next": 1}
_OFFSET = re.compile(
    r"^(?:(?:the|a)\s+)?(?:(?P<n>\w+)\s+)?days?\s+(?P<dir>before|after|earlier|later|ago)(?:\s+(?P<rest>.+))?$"
)
_NEAREST_FUTURE_DAYS = 62  # a month-day without a year may lie at most ~2 months after the anchor


#: What may follow a full date inside one DATE entity without changing it: a comma before words, "in the …".
_AFTER_DATE = re.compile(r",\s*[a-z]|\s+in\s+the\s")


@lru_cache(maxsize=8192)  # pure, and the rules ask for the same few phrases of an article again and again
def parse_date_expr(text: str, anchor: date, tense: Tense = "past") -> date | None:
    """Return the date ``text`` denotes relative to ``anchor``, or ``None`` when it is not resolvable.

    Weekday names resolve to the most recent such day on or before the anchor (``tense="past"``) or
    the first one after it (``"future"``); "last Monday"/"next Monday" force the direction; "Monday last week"
    is the Monday of the calendar week before the anchor's. A month-day without a year takes the year that puts it
    nearest the anchor, at most ~2 months ahead. Vague spans ("last week", "recently") give ``None``.
    """
    expr = re.sub(r"\s+", " ", text.strip().lower().rstrip(".,;:"))
    expr = _LEADING.sub("", expr)
    if expr not in _RELATIVE_DAYS:  # "last night" is a day of its own, not "last" + "night"
        expr = _TRAILING.sub("", expr).strip()
    if not expr:
        return None
    if expr in _RELATIVE_DAYS:
        return anchor + timedelta(days=_RELATIVE_DAYS[expr])
    if m := _OFFSET.match(expr):
        n = 1 if m["n"] is None else _NUMBERS.get(m["n"]) or (int(m["n"]) if m["n"].isdigit() else None)
        if n is None:
            return None
        sign = 1 if m["dir"] in ("after", "later") else -1
        if m["dir"] == "ago":
            return anchor - timedelta(days=n)
        base = parse_date_expr(m["rest"], anchor, tense) if m["rest"] else None
        return base + timedelta(days=sign * n) if base else None
    if m := re.fullmatch(r"(?:(last|past|next|this|this coming|coming) )?(\w+)", expr):
        if m[2] in WEEKDAYS:
            return _weekday(WEEKDAYS.index(m[2]), anchor, m[1], tense)
    if (m := _WEEKDAY_OF_WEEK.fullmatch(expr)) and m[1] in WEEKDAYS:  # "Thursday last week": that calendar week
        return anchor + timedelta(days=WEEKDAYS.index(m[1]) - anchor.weekday() + 7 * _WEEKS[m[2]])
    if m := DATE_RE.fullmatch(expr):
        return _explicit(m, anchor)
    if (m := DATE_RE.match(expr)) and _AFTER_DATE.match(expr, m.end()):
        return _explicit(m, anchor)  # "February 21 in the days before", "September 12, weeks before the vote"
    return None


def _weekday(index: int, anchor: date, qualifier: str | None, tense: Tense) -> date:
    """The weekday ``index`` nearest ``anchor`` in the direction the qualifier or tense gives. "last
    Thursday" names the Thursday of the week before (news says "Thursday" for the one just gone), unless
    that is more than nine days back ("last Monday" written on a Sunday)."""
    recent = anchor - timedelta(days=(anchor.weekday() - index - 1) % 7 + 1)
    if qualifier == "last":
        week_before = anchor - timedelta(days=anchor.weekday() + 7 - index)
        return week_before if (anchor - week_before).days <= 9 else recent
    if qualifier == "past":
        return recent
    if qualifier in ("next", "coming", "this coming") or tense == "future":
        return anchor + timedelta(days=(index - anchor.weekday() - 1) % 7 + 1)
    return anchor - timedelta(days=(anchor.weekday() - index) % 7)


def _explicit(m: re.Match[str], anchor: date) -> date | None:
    """The date a ``DATE_RE`` match names; a missing year is chosen nearest the anchor."""
    if m["iso"]:
        try:
            return date.fromisoformat(m["iso"])
        except ValueError:
            return None
    if m["num"]:
        return _numeric(int(m["n1"]), int(m["n2"]), int(m["y3"]), m["sep"], anchor)
    part, year = (m["md"], m["y1"]) if m["md"] else (m["dm"], m["y2"])
    part = re.sub(r"(?<=[a-z])\.", "", part, flags=re.I)
    part = re.sub(r"\bSept\b", "Sep", part)
    try:
        parsed = du_parser.parse(part, default=datetime(2000, 1, 1)).date()  # 2000 is a leap year
    except (ValueError, OverflowError):
        return None
    day = parsed.day
    if m["md"] and m["d2"] and parsed.day < (last := int(re.match(r"\d+", m["d2"])[0])) <= parsed.day + 7:
        day = last  # "July 9 and 10": the span's last day
    if year:
        return safe_date(int(year), parsed.month, day)
    return nearest_year(parsed.month, day, anchor)


def _numeric(first: int, second: int, year: int, sep: str, anchor: date) -> date | None:
    """An all-numeric date: "1/23/2012" is month first (no 23rd month), "23.1.2012" day first; with "/" when
    both readings are valid the one nearer the anchor wins (ties: month first); dots are always day first
    ("07.01.2014", as Europe writes it)."""
    month_first, day_first = safe_date(year, first, second), safe_date(year, second, first)
    if sep == "." and day_first:
        return day_first
    options = [d for d in ((month_first, day_first) if sep == "/" else (day_first, month_first)) if d]
    return min(options, key=lambda d: abs((d - anchor).days), default=None)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, anchor: date) -> date | None:
    """Return month/day in the year that puts it nearest ``anchor``, at most ~2 months after it."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := safe_date(y, month, day))]
    options = [d for d in options if (d - anchor).days <= _NEAREST_FUTURE_DAYS]
    return min(options, key=lambda d: abs((d - anchor).days), default=None)


@dataclass(frozen=True)
class DateMention:
    """An explicit date found in text: its span, the date, whether it carried a year, its tense."""

    start: int
    end: int
    value: date
    has_year: bool
    future: bool


def find_dates(text: str, anchor: date) -> list[DateMention]:
    """Return every explicit calendar date in ``text``; month-days get the year nearest ``anchor``."""
    found = []
    for m in DATE_RE.finditer(text):
        value = _explicit(m, anchor)
        if value is not None and not _BIRTH.search(text, max(0, m.start() - 24), m.start()):
            has_year = bool(m["iso"] or m["y1"] or m["y2"] or m["num"])
            found.append(DateMention(m.start(), m.end(), value, has_year, _is_future(text, m.start())))
    return found


def _is_future(text: str, pos: int) -> bool:
    """True when the sentence part before ``pos`` speaks of the future ("will meet on …")."""
    window = text[max(0, pos - 200) : pos]
    cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind("\n"))
    return bool(_FUTURE_RE.search(window, cut + 1))


def infer_date(text: str, reference: date) -> date | None:
    """Return the article date implied by year-less mentions in ``text``, or ``None``.

    Rule: resolve each past-tense month-day mention ("on February 24") to the year nearest
    ``reference``; the latest of them is the anchor (the article cannot predate what it reports).
    Then count past-tense weekday mentions ("landed on Sunday"): news names the day of the report
    most often, so the article date is the first day on or after the anchor whose weekday is
    mentioned most; ties go to the later day, so every mentioned day still falls on or before it.
    Without weekday mentions the anchor itself is the date; without month-days nothing is inferred.
    """
    anchors = [d.value for d in find_dates(text, reference) if not d.future]
    if not anchors:
        return None
    anchor = max(anchors)
    counts = Counter(
        WEEKDAYS.index(m.group(0).lower()) for m in _WEEKDAY_RE.finditer(text) if not _is_future(text, m.start())
    )
    if not counts:
        return anchor
    days = [anchor + timedelta(days=k) for k in range(7)]
    return max(days, key=lambda d: (counts[d.weekday()], d))
