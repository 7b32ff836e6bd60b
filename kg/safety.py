"""Checks a SPARQL query before it runs: only read-only query forms, no SERVICE, no LOAD, no FROM of files."""
from __future__ import annotations

import re

from kg.errors import Forbidden, QuerySyntaxError

_COMMENT = re.compile(r"#[^\n]*")
_STRINGS = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_IRIS = re.compile(r"<[^<>\"{}|^`\\\s]*>")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", re.I)
_SERVICE = re.compile(r"\bSERVICE\b", re.I)
_NAMES = re.compile(r"[?$]\w+|[A-Za-z_][\w.-]*:[\w.-]*|:[\w.-]+")


def _strip(text: str) -> str:
    text = _STRINGS.sub('""', text)
    text = _IRIS.sub("<>", text)
    text = _COMMENT.sub("", text)
    return _NAMES.sub(" v ", text)


def check_query(text: str) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) of ``text``; Forbidden for SERVICE or updates.

    The check runs on the text with strings, IRIs and comments blanked out, so a keyword inside a literal
    does not trip it and none outside one can slip through; the store's parser then rejects malformed text.
    """
    bare = _strip(text)
    if _SERVICE.search(bare):
        raise Forbidden("SERVICE is not allowed: this endpoint makes no outbound requests")
    m = _FORM.search(bare)
    if _UPDATE.search(bare):
        raise Forbidden("SPARQL Update (and LOAD) is not allowed on this read-only endpoint")
    if not m:
        raise QuerySyntaxError("malformed SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return m.group(1).upper()
