"""Lexicons the event extractors read, each loaded once from ``kg/data``.

Event words (triggers, speech verbs, sanction measures) are ours; which country a name stands for
("Tehran", "Iranian", "the Élysée") is the gazetteer's answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.gazetteer import state_for

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
def word_classes(name: str) -> dict[str, frozenset[str]]:
    """A word<TAB>class lexicon as {class: words}."""
    out: dict[str, set[str]] = {}
    for word, cls in _rows(name):
        out.setdefault(cls.strip(), set()).add(word.strip().lower())
    return {cls: frozenset(ws) for cls, ws in out.items()}


@cache
def measures() -> tuple[Measure, ...]:
    """Sanction measure patterns in file order."""
    return tuple(Measure(re.compile(p, re.I), name, flag == "1") for p, name, flag in _rows("sanction_measures.tsv"))


@cache
def any_measure() -> re.Pattern[str]:
    """One pattern that matches wherever one of ``measures()`` does: a quick test before trying each in turn."""
    return re.compile("|".join(f"(?:{m.pattern.pattern})" for m in measures()), re.I)


@cache
def state_of(text: str) -> str | None:
    """The country a surface form names or stands for ("Tehran", "Iranian", "U.K."), else ``None``."""
    found = state_for(text)
    return found.name if found else None
