"""Page text -> article body: page chrome removed, captions kept apart, title, byline and date found.

Plain text is read line by line (one line is one paragraph, hard-wrapped blocks are joined first).
Each line is classed with the patterns in ``kg/data/chrome.txt`` and a few shape rules:

* chrome (menus, sign-up prompts, credits, notes) is dropped; a footer marker ("Leave a Reply",
  "Related Stories", an author box repeating the byline name) ends the article;
* captions: a line printed twice in a row, a line carrying a photo credit, or a line that ends
  with a full date ("… in the capital, March 3, 2019.");
* the title is the first headline-shaped line (4-30 words); shorter lines above it are page header;
* a "By Jane Doe" line is the byline (a date glued to it is the byline date), a line holding only a
  date is a header date.

HTML is read by :mod:`kg.clean_html` (body, title, author, the page's meta date); a wire dateline a few days
before that meta date gives the day. The article's date is found by :mod:`kg.article_date`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib import resources

from kg.article_date import (
    copyright_year,
    date_in_name,
    date_only,
    dateline_day,
    find_article_date,
    reference_date,
    split_dateline,
    shown_date,
    split_glued_date,
    undated,
    wire_stamp,
)
from kg.clean_html import from_html
from kg.dates import DATE_RE
from kg.model import Article, CleanArticle, DateSource
from kg.settings import Settings

_SECTIONS = ("drop", "end", "credit", "inline")
_BULLET = re.compile(r"^(?:[•·▪●◦‣►■]|[*-](?=\s))\s*")
_TERMINAL = tuple('.!?:;"”’\')')
# how a paragraph of the body ends; a question ("Can the truce hold?") or a bracketed note is a headline's or label's
_SENTENCE_END = tuple('.!:;"”’\'')
_NAME_LINKS = {"and", "&", "de", "del", "der", "da", "van", "von", "la", "le", "bin", "el", "al"}
# "BYLINE:" in archive exports; "Live updates by", "Reporting by": a live blog's or a wire's authors
_BYLINE = re.compile(r"^(?:(?:live\s+)?(?:updates|reporting|coverage|words|text|story)\s+)?(?:by|byline\s*:)[:\s]\s*"
                     r"(?P<rest>.+)$", re.I)
_LABELLED_DATELINE = re.compile(r"^DATELINE\s*:\s*(?P<rest>.+)$")
_STANDFIRST = 2  # paragraphs (a standfirst) that may come before the byline
_HEADING_LINES, _HEADING_WORDS = 8, 10  # a release's or transcript's heading lines above its date: how many, how long
# ", East Africa correspondent", ", Senior Reporter", ", Senior Fellow for South Asia": a reporter's or writer's desk
# after the byline's name (the last name)
_DESK = re.compile(r",\s*(?:[\w'’-]+\s+){0,4}(?:correspondent|reporter|writer|editor|journalist|columnist|"
                   r"contributor|analyst|producer|bureau chief|fellow)s?(?:\s+(?:for|on)(?:\s+[\w'’-]+){1,4})?\s*$", re.I)
_BYLINE_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?=\s+and\s|\s*[,;|]|\s*$)")
_LABELLED_DATE = re.compile(r"^(?:first )?(?:published|posted)\b", re.I)
#: An update stamp ("Updated: 07 April 2021, 00:20 GMT") is later than the story: it bounds the date, the dateline's day wins.
_UPDATED = re.compile(r"^(?:last )?updated\b", re.I)
# a minister's name as a media release heads it ("The Hon. Jane Doe MP", "Senator the Hon Jane Doe"): the author,
# kept in the body for the entity reader, not the release's title
_STYLED_NAME = re.compile(
    r"^(?:(?:Senator )?[Tt]he )?Hon\.? (?:[A-Z][\w'’.-]* ){1,4}?[A-Z][\w'’-]+(?: (?:MP|MLA|MSP|MPP|MHA|TD|QC|KC))?$")
_PUBLISHED_UPDATED = re.compile(r"^(?P<published>(?:first )?(?:published|posted)\b.+?)[\s|,;:–—-]*\b(?:last )?updated\b",
                                re.I)
#: A live blog entry's time before its text or heading ("00:30 GMT - TTP extends ceasefire", "17:40 — That's all"):
#: left in, the time zone reads as part of the name that follows.
_ENTRY_TIME = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4})\s*(?:[+-]\d{1,2})?\s*)?[-–—|]\s+(?=\S)")
#: A stamp that counts back from the reader's clock ("Analysis | Updated 2 hours ago"): page chrome, no date.
_RELATIVE_STAMP = re.compile(r"^(?:[^|]{0,30}\|\s*)*(?:(?:last )?updated|published|posted)?:?\s*(?:\d+|an?|one)\s+"
                             r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\.?$", re.I)
_NOT_BEFORE_CAPTION_DATE = {
    "on", "since", "until", "till", "by", "before", "after", "from", "to", "of", "in", "through", "between", "and",
    "than", "as", "at", "for", "the", "dob", "born", "b.", "birth",  # a designation list's "DOB 2 Nov 1966."
}  # fmt: skip
_LIST_ITEM = re.compile(r"^\(?\d{1,3}[.)]\s")  # "2. Jane Roe, ...": a numbered list's item, never a caption


@dataclass(frozen=True)
class Chrome:
    """Compiled chrome patterns by section (see ``kg/data/chrome.txt``)."""

    drop: tuple[re.Pattern[str], ...]
    end: tuple[re.Pattern[str], ...]
    credit: tuple[re.Pattern[str], ...]
    inline: tuple[re.Pattern[str], ...]


@cache
def chrome() -> Chrome:
    """Return the chrome patterns of ``kg/data/chrome.txt``, compiled once."""
    sections: dict[str, list[re.Pattern[str]]] = {name: [] for name in _SECTIONS}
    current = None
    text = resources.files("kg").joinpath("data/chrome.txt").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if m := re.fullmatch(r"\[(\w+)\]\s*", line):
            if m[1] not in sections:
                raise ValueError(f"chrome.txt:{number}: unexpected section {m[1]!r}")
            current = m[1]
        elif current is None:
            raise ValueError(f"chrome.txt:{number}: pattern before any [section]: {line!r}")
        else:
            sections[current].append(re.compile(line.rstrip("\n"), re.I))
    return Chrome(**{name: tuple(p) for name, p in sections.items()})


@dataclass
class _Page:
    """What the line walk collects."""

    title: str | None = None
    byline: str | None = None
    byline_date: str | None = None
    header_dates: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)


def clean(article: Article, reference: date | None = None) -> CleanArticle:
    """Return the article's clean body, title, captions, byline and date.

    ``reference`` supplies the year when the date must be inferred from year-less mentions (the
    build passes the median date of the batch, see ``settle_dates``); default: today.
    """
    meta_date: tuple[date | None, DateSource] = (None, "unknown")
    title, author, captions = article.title, None, []
    text = article.raw
    if article.format == "html":
        text, html_title, author, meta_date, captions = from_html(article.raw, article.url)
        title = title or html_title
    rows = lines(text)
    page = _segment(rows, title)
    page.captions[:0] = captions
    body = "\n\n".join(page.paragraphs)
    caps = tuple(dict.fromkeys(c for c in page.captions if c))
    if article.published:
        published, source = article.published, article.date_source or "metadata"
    elif meta_date[0]:
        published, source = meta_date
        if (day := dateline_day(body, published)) and day != published:
            published, source = day, "dateline"  # the visible dateline's day beats a later stamp in the page's meta
        elif (seen := shown_date(page.byline_date, published)) and seen != published:
            published, source = seen, "byline"  # a UTC stamp past midnight: the day the page shows its readers
    else:
        named = date_in_name(article.url, article.source.rsplit("/", 1)[-1])
        published, source = find_article_date(
            undated(body), byline=page.byline_date, header=page.header_dates, captions=caps,
            reference=named or reference,
            year=None if named else copyright_year(rows), title=title or page.title,
        )
        if named and source in ("inferred", "unknown"):
            # the text's own day stands when the file name's date only supplied its year
            near = published and source == "inferred" and abs((published - named).days) <= 7
            published, source = (published if near else named), "filename"
    dateline, body = split_dateline(body)
    return CleanArticle(
        article=article,
        body=body,
        dateline=dateline,
        title=title or page.title,
        captions=caps,
        published=published,
        date_source=source,
        byline=page.byline or author,
    )


def settle_dates(articles: Iterable[CleanArticle], settings: Settings | None = None) -> list[CleanArticle]:
    """Return ``articles`` with inferred or unknown dates worked out again against the batch's median date."""
    articles = list(articles)
    reference = reference_date(
        (a.published for a in articles if a.date_source not in ("inferred", "unknown")), settings
    )
    out = []
    for a in articles:
        if a.date_source in ("inferred", "unknown"):
            body = f"{a.dateline}\n\n{a.body}" if a.dateline else a.body
            published, source = find_article_date(undated(body), captions=a.captions, reference=reference)
            a = replace(a, published=published, date_source=source)
        out.append(a)
    return out


def lines(text: str) -> list[str]:
    """Return the page's non-empty lines: whitespace normalised, bullets and inline chrome removed,
    hard-wrapped blocks joined into one line per paragraph."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        rows = [_tidy(row) for row in block.split("\n")]
        rows = [row for row in rows if row]
        out.extend([" ".join(rows)] if _hard_wrapped(block, rows) else rows)
    return out


def _place_date(row: str) -> bool:
    """True for a line of a date, maybe after a place and a comma ("Ankara, 16 January 2020")."""
    m = re.match(r"^[A-Z][^\W\d_][\w .'’-]{0,30},\s+(.+)$", row)
    return bool(date_only(m[1] if m else row))


def _tidy(row: str) -> str:
    row = _ENTRY_TIME.sub("", _BULLET.sub("", row.strip()))
    for pattern in chrome().inline:
        row = pattern.sub("", row)
    return re.sub(r"\s+", " ", row).strip()


def _hard_wrapped(block: str, rows: list[str]) -> bool:
    """True when a block's lines are one paragraph wrapped at a fixed width."""
    if len(rows) < 2 or _BULLET.search(block.lstrip()) or len(set(rows)) < len(rows) or _place_date(rows[-1]) \
            or _byline(rows[0]):
        return False  # a heading over its "Ankara, 16 January 2020" line, a byline over a note: lines, not a paragraph
    body = rows[:-1]
    open_ends = sum(not r.endswith(_TERMINAL) for r in body)
    return all(50 <= len(r) <= 100 for r in body) and open_ends * 2 >= len(body)


def _segment(rows: list[str], known_title: str | None) -> _Page:
    """Walk the lines once and sort them into title, byline, dates, captions and paragraphs."""
    page = _Page(title=known_title)
    c = chrome()
    title_at = _find_line(rows, known_title) if known_title else None
    title_open = known_title is None
    started = False
    trailer: tuple[str, int] | None = None
    byline_at = -2
    for i, row in enumerate(rows):
        if (i > 0 and rows[i - 1] == row) or i == title_at:
            continue
        if stamp := wire_stamp(row):  # "AFP 041932 GMT DEC 96" closing a wire story: when it was filed
            page.header_dates.append(stamp)
            continue
        if any(p.search(row) for p in c.end):
            if started:
                break
            continue
        if (len(page.paragraphs) <= _STANDFIRST and page.byline_date is None and not title_open
                and not _BYLINE.match(row) and (cell := _meta_date(row))):
            _add_date(page, cell, byline=True)  # "Source: Agency | 2021-10-11 19:34 | Editor: X": the article's own date
            continue
        if not started and title_open and (cell := _meta_date(row) or _label_date(row)):
            # above the title: "Outlet | Section | Tuesday, 5 March 2024" dates the article; a longer bar of
            # cells is a site menu, whose date may be today's (a header date, checked against the text)
            _add_date(page, cell, byline=len(row.split("|")) <= 3 and "|" in row)
            continue
        if any(p.search(row) for p in c.drop) or _RELATIVE_STAMP.match(row):
            continue
        if started and page.byline and _author_box(row, page.byline):
            break  # an author box repeats the byline name below the article
        if i + 1 < len(rows) and rows[i + 1] == row:  # printed twice: a caption, or a logo/name block
            if len(row.split()) >= 5:
                page.captions.append(_uncredit(row))
            continue
        if (published := _published_part(row)) and date_only(published):
            _add_date(page, published, byline=True)  # "Published January 7, 2014 Updated January 8, 2014"
            continue
        if date_only(row):
            if (_UPDATED.match(row) or _LABELLED_DATE.match(row) or _article_date_line(page, title_open)
                    or byline_at == i - 1):  # "By Jane Roe" / "Monday, 21 July 2025": the byline's date
                _add_date(page, row, byline=True)
            elif not started:
                page.header_dates.append(row)
            else:
                page.paragraphs.append(row)  # a live blog's day heading ("Friday 13 May 2022"): it dates what follows
                trailer = (row, len(page.paragraphs))  # or "May 6, 2023" below the story, as archive copies print it
            continue
        if m := _LABELLED_DATELINE.match(row):  # "DATELINE: MANHASSET, United States, Aug 11 2007" (archive exports)
            page.byline_date = page.byline_date or m["rest"]
            continue
        if len(page.paragraphs) <= _STANDFIRST and page.byline is None and (byline := _byline(row)):
            page.byline, page.byline_date = byline[0], byline[1] or page.byline_date
            byline_at = i
            continue
        if _is_caption(row, c):
            page.captions.append(_uncredit(row))
            continue
        if title_open and _STYLED_NAME.match(row):
            page.paragraphs.append(row)
            continue
        if title_open:
            words = len(row.split())
            if 4 <= words <= 30 and len(row) <= 250 and not row.endswith(":") and not _sentence(row):
                page.title, title_open = row, False
                continue
            if words < 4:
                continue
            title_open = False
        if title_at is not None and i < title_at:
            continue  # page header above a known title
        page.paragraphs.append(row)
        started = True
    if trailer and trailer[1] == len(page.paragraphs) and not page.header_dates and page.byline_date is None:
        page.header_dates = [trailer[0]]  # a date line below the story (not amid it) dates it when none is above
    while page.paragraphs and len(page.paragraphs[-1].split()) <= 6 and not page.paragraphs[-1].endswith(_TERMINAL):
        page.paragraphs.pop()  # name, role or slogan lines trailing the article
    return page


def _add_date(page: _Page, line: str, byline: bool) -> None:
    """Record a date line: the byline date when ``byline`` (unless one is known), else a header date; an
    update stamp is always a header date (later than the story, it only bounds the dateline's day)."""
    if byline and page.byline_date is None and not _UPDATED.match(line):
        page.byline_date = line
    else:
        page.header_dates.append(line)


def _published_part(row: str) -> str | None:
    """The publication stamp of a line that also says when the page was updated ("Published 7 Jan 2014 |
    Updated 8 Jan 2014" -> "Published 7 Jan 2014"), else ``None``."""
    m = _PUBLISHED_UPDATED.match(row)
    return m["published"] if m else None


def _label_date(row: str) -> str | None:
    """The full date in an all-capitals label line above the title ("WORLD NEWS JULY 2, 2019 / 3:47 PM / UPDATED")."""
    if re.search(r"[a-z]", row) or len(row.split()) > 15:
        return None
    m = next((m for m in DATE_RE.finditer(row) if m["y1"] or m["y2"] or m["iso"] or m["num"]), None)
    return m.group(0) if m else None


def _sentence(row: str) -> bool:
    """True for a line that reads as a sentence of the body, not a headline: long and closed by a full stop
    ("The following is a transcript of today's briefing by X, Spokesperson for Y.")."""
    return len(row.split()) >= 12 and row.endswith(".") and not row.endswith("..")


def _meta_date(row: str) -> str | None:
    """The dated cell of a short meta line separated by pipes or spaced dashes ("Jane Roe | Pristina | Outlet | May 3,
    2023", "The Lakeside Herald - Thursday, October 9, 2003 - World"), when one cell is a full date with a year and
    nothing else."""
    cells = [c.strip() for c in re.split(r"\s+[-–—•]\s+|\|", row)]
    if len(cells) < 2 or len(row.split()) > 20:
        return None
    return next((c for c in cells if c and date_only(c) and re.search(r"\b(?:19|20)\d\d\b", c)), None)


def _article_date_line(page: _Page, title_open: bool) -> bool:
    """True when a date line sits between the title and the body ("By Jane Roe" / "9 August 2021" / first
    sentence): the article's own date, unlike a site header's date above the title. Lines kept so far
    must all be headline-shaped (a subhead, a question, "(Provisional translation)", "Washington, D.C."), none a
    sentence."""
    if title_open or page.title is None or len(page.paragraphs) > _HEADING_LINES:  # "Office of Public Affairs",
        return False  # "PRESS RELEASES", the release's own headline: a government page's heading lines
    # more than a standfirst's lines only when all are short: a transcript's "PRESS BRIEFING" / "WASHINGTON, D.C."
    return not any(_body_sentence(p) for p in page.paragraphs) and (
        len(page.paragraphs) <= _STANDFIRST + 2 or all(len(p.split()) <= _HEADING_WORDS for p in page.paragraphs))


def _body_sentence(row: str) -> bool:
    """True for a line that reads as a sentence of the body: five words or more, closed as a sentence is (not a
    question, a bracketed note or a place line such as "Washington, D.C.")."""
    return len(row.split()) >= 5 and row.endswith(_SENTENCE_END) and not (row.startswith("(") and row.endswith(")"))


def _find_line(rows: list[str], text: str) -> int | None:
    """The line that is the known title, else a headline-shaped line that extends it (a page's ``<h1>``
    often says more than its ``og:title``: "X sanctions Y" / "X sanctions Y over Z")."""
    key = _key(text)
    if (found := next((i for i, row in enumerate(rows[:40]) if _key(row) == key), None)) is not None:
        return found
    return next((i for i, row in enumerate(rows[:40]) if _key(row).startswith(key + " ")
                 and not row.endswith(_TERMINAL) and len(row.split()) <= 30), None)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _byline(row: str) -> tuple[str, str | None] | None:
    """Return (author names, the date glued to them) when ``row`` is a "By …" line."""
    m = _BYLINE.match(split_glued_date(row))
    if not m:
        return None
    rest = _BYLINE_PLACE.sub("", m["rest"])  # "By Jane Roe in Lagos and John Doe in Accra"
    when = DATE_RE.search(rest)
    stops = (when.start() if when else -1, rest.find(" | "), rest.find(" - "))
    cut = min([x for x in stops if x >= 0], default=len(rest))
    name = rest[:cut].strip(" ,|-–—")
    if (desk := _DESK.search(name)) and len(name[: desk.start()].split()) >= 2:
        name = name[: desk.start()]  # "By Jane Roe, East Africa correspondent": the name before the desk
    tokens = [t for t in re.split(r"[\s,;]+", name) if t]  # "A and B in Kyiv; C in Lviv", "A, with B in Kyiv"
    if not 1 <= len(tokens) <= 10 or not all(t[0].isupper() or t.lower() in _NAME_LINKS | {"with"} for t in tokens):
        return None
    return name, rest[when.start() :] if when else None


def _author_box(row: str, byline: str) -> bool:
    """True for a line that is the byline name alone or starts with one of its names ("Jane Roe is a
    correspondent ...", "John Doe covers ...")."""
    names = [n for n in re.split(r",\s*|\s+(?:and|&)\s+", byline) if len(n.split()) >= 2]
    key = _key(row)
    return key == _key(byline) or any(key.startswith(_key(n) + " ") for n in names)


def _is_caption(row: str, c: Chrome) -> bool:
    """True when ``row`` carries a photo credit or ends with a full date as captions do."""
    if any(p.search(row) for p in c.credit):
        return True
    last = None
    for last in DATE_RE.finditer(row):
        pass
    if last is None or not (last["y1"] or last["y2"]) or row[last.end() :].strip(" .") or len(row.split()) > 60 \
            or _LIST_ITEM.match(row):
        return False
    before = row[: last.start()].split()
    return bool(before) and before[-1].lower().strip(",:") not in _NOT_BEFORE_CAPTION_DATE


def _uncredit(row: str) -> str:
    """The caption without its photo credit."""
    for p in chrome().credit:
        row = p.sub("", row)
    return row.strip(" |-–—")
