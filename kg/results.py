"""Query results as data: SELECT rows to dicts and tables, and serialisation in the SPARQL result formats."""
from __future__ import annotations

import csv
import io
from typing import Any

import pyoxigraph as ox

RESULT_FORMATS: dict[str, tuple[str, ox.QueryResultsFormat]] = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
}


def term_value(term: Any) -> str | None:
    """The plain value of an RDF term (IRI, literal lexical form, blank node id), None when unbound."""
    if term is None:
        return None
    return term.value if hasattr(term, "value") else str(term)


def rows(result: Any) -> tuple[list[str], list[dict[str, str | None]]]:
    """(variables, rows) of a SELECT result, values as plain strings."""
    variables = [v.value for v in result.variables]
    return variables, [{v: term_value(sol[v]) for v in variables} for sol in result]


def serialize_rows(variables: list[str], data: list[dict[str, str | None]], fmt: str) -> str:
    """CSV of plain-value rows (for the CLI)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(variables)
    for r in data:
        w.writerow(["" if r[v] is None else r[v] for v in variables])
    return buf.getvalue()


def serialize_result(result: Any, fmt: str) -> bytes:
    """A SELECT or ASK result in one of RESULT_FORMATS (SPARQL 1.1 JSON, XML, CSV, TSV)."""
    return result.serialize(format=RESULT_FORMATS[fmt][1])
