"""The Accept-header parser and chooser (pure functions)."""
from __future__ import annotations

import pytest

from kg.api.negotiate import GRAPH_MEDIA, RESULT_MEDIA, choose, choose_format, parse_accept
from kg.errors import NotAcceptable

OFFERS = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv"}


@pytest.mark.parametrize("header,expected", [
    (None, [("*/*", 1.0)]),
    ("", [("*/*", 1.0)]),
    ("text/csv", [("text/csv", 1.0)]),
    ("text/csv;q=0.5, application/sparql-results+xml", [("application/sparql-results+xml", 1.0), ("text/csv", 0.5)]),
    ("a/b;q=0, c/d", [("c/d", 1.0)]),
    ("a/b;q=abc", []),
    ("garbage", []),  # malformed: nothing acceptable, so 406
])
def test_negotiate_parse_accept(header, expected):
    assert parse_accept(header) == expected


@pytest.mark.parametrize("header,key", [
    (None, "json"), ("*/*", "json"), ("text/*", "csv"), ("application/sparql-results+xml", "xml"),
    ("text/html, text/csv;q=0.1", "csv"),
])
def test_negotiate_choose(header, key):
    assert choose(header, OFFERS) == key


def test_negotiate_not_acceptable():
    with pytest.raises(NotAcceptable):
        choose("image/png", OFFERS)


@pytest.mark.parametrize("fmt,accept,offers,key", [
    (None, "application/sparql-results+json,application/json,text/javascript", RESULT_MEDIA, "json"),
    (None, "application/json", GRAPH_MEDIA, "jsonld"),
    (None, "text/turtle,application/turtle,application/x-turtle", GRAPH_MEDIA, "turtle"),
    (None, "application/xml", RESULT_MEDIA, "xml"),
    (None, "application/xml", GRAPH_MEDIA, "rdfxml"),
    (None, None, GRAPH_MEDIA, "turtle"),
    ("tsv", "text/csv", RESULT_MEDIA, "tsv"),
    ("srx", None, RESULT_MEDIA, "xml"),
    ("nt", None, GRAPH_MEDIA, "ntriples"),
    ("application/n-quads", None, GRAPH_MEDIA, "nquads"),
])
def test_negotiate_choose_format(fmt, accept, offers, key):
    assert choose_format(fmt, accept, offers) == key


@pytest.mark.parametrize("fmt,accept,offers", [
    ("csv", None, GRAPH_MEDIA), ("turtle", None, RESULT_MEDIA), ("bogus", None, RESULT_MEDIA),
    (None, "image/png", GRAPH_MEDIA),
])
def test_negotiate_choose_format_not_acceptable(fmt, accept, offers):
    with pytest.raises(NotAcceptable):
        choose_format(fmt, accept, offers)
