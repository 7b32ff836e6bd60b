"""Checks SPARQL before it runs: only read-only query forms, no SERVICE, no LOAD, updates only when allowed.

Two lines of defence: a lexical check on the text with strings, IRIs and comments blanked out, then a walk
over the algebra that rdflib's SPARQL parser builds (``ServiceGraphPattern``, ``Load``, update operations).
Only the text ever goes to Oxigraph: rdflib parses, it never evaluates.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from collections.abc import Iterator
from typing import Any

from pyparsing import ParseException
from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import Forbidden, QuerySyntaxError

_COMMENT = re.compile(r"#[^\n]*")
_STRINGS = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
_IRIS = re.compile(r"<[^<>\"{}|^`\\\s]*>")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", re.I)
_SERVICE = re.compile(r"\bSERVICE\b", re.I)
_LOAD = re.compile(r"\bLOAD\b", re.I)
_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
_NO_SERVICE = "SERVICE is not allowed: this endpoint makes no outbound requests"
_NO_LOAD = "LOAD is not allowed: this endpoint reads no documents from the web or from files"
_NAMES = re.compile(r"[?$]\w+|[A-Za-z_][\w.-]*:[\w.-]*|:[\w.-]+")


def _strip(text: str) -> str:
    text = _STRINGS.sub('""', text)
    text = _IRIS.sub("<>", text)
    text = _COMMENT.sub("", text)
    return _NAMES.sub(" v ", text)


def _walk(node: Any) -> Iterator[CompValue]:
    """Every algebra node under ``node`` (rdflib CompValues nest in dicts and lists)."""
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _walk(value)


def _refuse_remote(nodes: Iterator[CompValue]) -> None:
    for node in nodes:
        if node.name == "ServiceGraphPattern":
            raise Forbidden(_NO_SERVICE)
        if node.name == "Load":
            raise Forbidden(_NO_LOAD)


# rdflib's SPARQL grammar (pyparsing) keeps parse state in shared objects: two threads parsing at once
# corrupt each other ("missing 1 required positional argument"), so parses are serialised.
_PARSE_LOCK = threading.Lock()


def _syntax(kind: str, exc: Exception) -> QuerySyntaxError:
    return QuerySyntaxError(f"malformed SPARQL {kind}: {exc}")


def check_query(text: str) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) of ``text``; Forbidden for SERVICE or updates.

    First on the text with strings, IRIs and comments blanked out (a keyword inside a literal does not trip
    it, none outside one slips through), then on the algebra of rdflib's parse; malformed text is a
    QuerySyntaxError with the parser's line and column. rdflib's parse takes milliseconds to tens of
    milliseconds, so the forms of recently accepted texts (up to ``_CACHED_TEXT`` characters) are remembered;
    refusals are not, they are checked again.
    """
    return _check_cached(text) if len(text) <= _CACHED_TEXT else _check_query(text)


def _check_query(text: str) -> str:
    bare = _strip(text)
    if _SERVICE.search(bare):
        raise Forbidden(_NO_SERVICE)
    m = _FORM.search(bare)
    if _UPDATE.search(bare):
        raise Forbidden("SPARQL Update (and LOAD) is not allowed on this read-only endpoint")
    if not m:
        raise QuerySyntaxError("malformed SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    try:
        with _PARSE_LOCK:
            query = translateQuery(parseQuery(text))
    except ParseException as exc:
        raise _syntax("query", exc) from None
    except Exception as exc:  # rdflib raises bare Exception for unknown prefixes and scoping errors
        raise _syntax("query", exc) from None
    _refuse_remote(_walk(query.algebra))
    return _FORMS[query.algebra.name]


_CACHED_TEXT = 20_000
_check_cached = lru_cache(maxsize=256)(_check_query)


def check_update(text: str) -> None:
    """Return when ``text`` is a SPARQL Update without LOAD or SERVICE; else Forbidden or QuerySyntaxError."""
    bare = _strip(text)
    if _SERVICE.search(bare):
        raise Forbidden(_NO_SERVICE)
    if _LOAD.search(bare):
        raise Forbidden(_NO_LOAD)
    try:
        with _PARSE_LOCK:
            update = translateUpdate(parseUpdate(text))
    except ParseException as exc:
        raise _syntax("update", exc) from None
    except Exception as exc:  # rdflib raises bare Exception for unknown prefixes
        raise _syntax("update", exc) from None
    _refuse_remote(_walk(update.algebra))
