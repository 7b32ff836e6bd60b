"""Canned queries: queries/*.rq files with ``# title:``, ``# description:`` and ``# param:`` header lines.

A parameter binds one of the query's projected variables (pyoxigraph substitutions), never by pasting
text into the query. ``# param: NAME KIND HELP`` where KIND is ``entity`` (a name, alias or IRI, looked
up in the graph), ``iri``, ``string`` or ``date``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from kg.errors import BadRequest, NotFound

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_KINDS = {"entity", "iri", "string", "date"}


@dataclass(frozen=True)
class Param:
    """A canned query's parameter: the variable it binds, its kind, a help line."""

    name: str
    kind: str
    help: str


@dataclass(frozen=True)
class CannedQuery:
    """A named SPARQL query from queries/."""

    name: str
    title: str
    description: str
    sparql: str
    params: tuple[Param, ...]

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly description (without the SPARQL text)."""
        return {"name": self.name, "title": self.title, "description": self.description,
                "params": [p.__dict__ for p in self.params]}


def parse_query_file(path: Path) -> CannedQuery:
    """Read one .rq file and its header lines."""
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        m = re.match(r"#\s*(title|description|param):\s*(.*)", line)
        if not m:
            continue
        key, value = m.groups()
        if key == "param":
            parts = value.split(None, 2)
            if len(parts) < 2 or parts[1] not in _KINDS:
                raise ValueError(f"{path}: bad '# param:' line {line!r}; expected '# param: NAME KIND HELP'")
            params.append(Param(parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
        else:
            meta[key] = value.strip()
    return CannedQuery(path.stem, meta.get("title", path.stem), meta.get("description", ""), text, tuple(params))


@cache
def _load(folder: str) -> dict[str, CannedQuery]:
    return {p.stem: parse_query_file(p) for p in sorted(Path(folder).glob("*.rq")) if _NAME.match(p.stem)}


def canned_queries(folder: Path = QUERIES_DIR) -> dict[str, CannedQuery]:
    """All canned queries by name."""
    return _load(str(folder))


def get_query(name: str, folder: Path = QUERIES_DIR) -> CannedQuery:
    """The canned query called ``name``; NotFound (listing the names) if there is none."""
    queries = canned_queries(folder)
    if not _NAME.match(name) or name not in queries:
        raise NotFound(f"no canned query named {name!r}; available: {', '.join(sorted(queries))}")
    return queries[name]


def bind_params(query: CannedQuery, values: dict[str, str],
                find_entity: Callable[[str], str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """Turn user-supplied parameter values into RDF terms for ``query``'s variables.

    ``find_entity(text)`` maps a name, alias or IRI to one entity IRI (it raises when unknown or ambiguous).
    """
    known = {p.name: p for p in query.params}
    unknown = set(values) - set(known)
    if unknown:
        raise BadRequest(f"query {query.name!r} has no parameter {', '.join(sorted(unknown))}; "
                         f"it takes: {', '.join(known) or 'none'}")
    out: dict[str, ox.NamedNode | ox.Literal] = {}
    for name, raw in values.items():
        kind = known[name].kind
        if kind == "entity":
            out[name] = ox.NamedNode(find_entity(raw))
        elif kind == "iri":
            if not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", raw):
                raise BadRequest(f"parameter {name!r} must be an http(s) IRI, got {raw!r}")
            out[name] = ox.NamedNode(raw)
        elif kind == "date":
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", raw):
                raise BadRequest(f"parameter {name!r} must be a date YYYY-MM-DD, got {raw!r}")
            out[name] = ox.Literal(raw, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
        else:
            out[name] = ox.Literal(raw)
    return out
