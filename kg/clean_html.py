"""HTML page -> text: the main text, title and author through trafilatura; the publication date from
``<meta>`` (article:published_time and kin), JSON-LD ``datePublished`` or ``<time datetime>``, else
trafilatura's; figure captions apart."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date

from kg.dates import find_dates
from kg.model import DateSource


def from_html(
    raw: str, url: str | None
) -> tuple[str, str | None, str | None, tuple[date | None, DateSource], list[str]]:
    """Return (body text, title, author, (date, source), figure captions) read from an HTML page."""
    import lxml.html
    import trafilatura

    doc = trafilatura.bare_extraction(
        raw,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (doc.text or "") if doc else ""
    title = doc.title if doc else None
    author = doc.author if doc else None
    try:
        tree = lxml.html.fromstring(raw.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, lxml.etree.ParserError):
        tree = None
    found = _html_date(tree) if tree is not None else (None, "unknown")
    if not found[0] and doc and doc.date:
        found = (_iso(doc.date), "html-meta")
    if tree is None:
        return text, title, author, found, []
    if not text:  # trafilatura found no main text: fall back to all paragraphs
        text = "\n".join(p.text_content() for p in tree.xpath("//p"))
    captions = [re.sub(r"\s+", " ", f.text_content()).strip() for f in tree.xpath("//figcaption")]
    return text, title, author, found, [c for c in captions if c]


def _html_date(tree) -> tuple[date | None, DateSource]:  # noqa: ANN001 - an lxml element
    """The publication date from ``<meta>``, JSON-LD or ``<time datetime>``, and which one gave it."""
    metas = tree.xpath(
        "//meta[@property='article:published_time' or @name='article:published_time' or @itemprop='datePublished'"
        " or @name='pubdate' or @name='publishdate' or @name='date' or @name='dc.date']/@content"
    )
    for value in metas:
        if d := _iso(value):
            return d, "html-meta"
    nodes: list[dict] = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            nodes.extend(_json_nodes(json.loads(script)))
        except json.JSONDecodeError:
            continue
    # an Article's date before a WebPage's, whichever script comes first
    for node in sorted(nodes, key=lambda n: "Article" not in str(n.get("@type", ""))):
        if d := _iso(str(node.get("datePublished") or "")):
            return d, "json-ld"
    for path in ("//article//time/@datetime", "//time/@datetime"):
        # the earliest: a page stamps "Updated <time>" next to "Published <time>", in either order
        if found := [d for value in tree.xpath(path) if (d := _iso(value))]:
            return min(found), "html-meta"
    return None, "unknown"


def _json_nodes(data: object) -> Iterable[dict]:
    """Every JSON object inside ``data`` (JSON-LD nests articles in lists and ``@graph``)."""
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _json_nodes(value)
    elif isinstance(data, list):
        for item in data:
            yield from _json_nodes(item)


def _iso(value: str | None) -> date | None:
    """The date at the start of an ISO 8601 string, else the full date written out ("January 7, 2014 3:15 PM",
    as some pages fill ``datePublished``), or ``None``."""
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value or "")
    if m is None:
        found = [d.value for d in find_dates((value or "")[:60], date.today()) if d.has_year]
        return found[0] if found else None
    try:
        return date.fromisoformat(m[1])
    except ValueError:
        return None
