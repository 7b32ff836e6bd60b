"""One sanction per package: the drafts of one imposer on one target at one date get one measure and date,
so the merge makes them one event; a measure "on the same officials" takes the targets of the package before.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import timedelta

from kg.events_lexicon import state_of
from kg.model import EventDraft


def _long_forms(drafts: list[EventDraft]) -> dict[str, str]:
    """Acronyms among the drafts' actors mapped to the one other actor whose initials they are (EU -> European Union),
    and a bare surname to the one full name among the targets that ends with it ("Ferrand" -> "Frantz Ferrand")."""
    names = {n for d in drafts for n in (d.imposer, d.target) if n}
    out = {}
    for n in names:
        if " " not in n and n[:1].isupper() and not n.isupper() and not state_of(n):
            full = {m for m in names if m.endswith(" " + n)}
            if len(full) == 1:
                out[n] = full.pop()
                continue
        letters = n.replace(".", "").replace(" ", "")
        if letters.isupper() and letters.isalpha():
            full = [m for m in names if m != n and "".join(
                w[0] for w in m.split() if w.lower() not in {"of", "the", "and", "for"}).upper() == letters]
            if len(full) == 1:
                out[n] = full[0]
    return out


#: How long before the report a stated day may be that of a package the report names without a day.
_RECENT = timedelta(days=7)


def _recent(days: set, d: EventDraft) -> set:
    """The ``days`` an undated draft may take: not those well before its report's day ("The last one was adopted
    on 5 August" in September is an earlier package, not the one the report leads with)."""
    return {x for x in days if d.date is None or x is None or d.date - x <= _RECENT}


def one_per_package(drafts: list[EventDraft]) -> list[EventDraft]:
    """The drafts with one measure and date per (imposer, target, stated date) in the article, so the
    merge makes them one sanction: a package reported in several sentences or measures is one event.
    Undated drafts join the pair's one recent stated date, else their imposer's (``imposer_day``); generic "sanctions"
    give way to named measures."""
    long = _long_forms(drafts)

    def pair_of(d: EventDraft) -> tuple[str, str]:
        names = long.get(d.imposer or "", d.imposer or ""), long.get(d.target or "", d.target or "")
        return tuple(re.sub(r"[\W_]+", "", n.lower()) for n in names)  # type: ignore[return-value]

    stated: dict[tuple[str, str], set] = defaultdict(set)
    by_imposer: dict[str, list] = defaultdict(list)  # (start, day) of each imposer's dated drafts
    for d in drafts:
        if d.date_basis == "stated":
            stated[pair_of(d)].add(d.date)
            by_imposer[pair_of(d)[0]].append((d.evidence.start, d.date))

    def imposer_day(d: EventDraft) -> set:
        """The day of the imposer's last dated draft before ``d`` ("X yesterday added … In the capital, X extended …"),
        else its one day in the article ("X and Y have imposed sanctions on Z" then "X announced on Thursday …")."""
        days = by_imposer[pair_of(d)[0]]
        before = [day for start, day in days if start < d.evidence.start]
        return {before[-1]} if before else {day for _, day in days}

    def key(d: EventDraft) -> tuple:
        pair = pair_of(d)
        if d.date_basis == "stated":
            return (*pair, d.date)
        if d.date_basis == "unknown":
            return (*pair, "listed before")  # an earlier measure with a vague date ("in November") is not this package
        days = _recent(stated[pair], d) or _recent(imposer_day(d), d)  # no day for the pair: the imposer's
        return (*pair, next(iter(days)) if len(days) == 1 else None)

    groups: dict[tuple, list[EventDraft]] = defaultdict(list)
    for d in drafts:
        groups[key(d)].append(d)
    out = []
    for (_, _, when), ds in groups.items():
        when = None if when == "listed before" else when
        names = list(dict.fromkeys(d.measure or "sanctions" for d in ds))
        named = [n for n in names if n != "sanctions"] or names
        basis = "stated" if when is not None else ds[0].date_basis
        out += [replace(d, measure="; ".join(named), date=when or d.date, date_basis=basis) for d in ds]
    return out


#: A measure's object that refers back to the targets another imposer's package named ("on the same officials").
_SAME = re.compile(r"\b(?:on|against)\s+the\s+same\s+(?:\w+\s+)?(?:officials|individuals|persons|people|entities|"
                   r"companies|firms|men|officers|members)\b", re.I)


def same_targets(drafts: list[EventDraft]) -> list[EventDraft]:
    """``drafts`` with a measure "on the same officials" (its target one its sentence does not name: a state, the last
    one named) given the people and firms of the last package of another imposer reported before it, one draft each."""
    out: list[EventDraft] = []
    for d in drafts:
        if not _SAME.search(d.evidence.sentence) or (d.target and not state_of(d.target)
                                                     and d.target in d.evidence.sentence):
            out.append(d)
            continue
        before = [e for e in drafts if e.evidence.start < d.evidence.start and e.imposer != d.imposer
                  and e.target and not state_of(e.target)]
        last = [e.target for e in before if e.imposer == before[-1].imposer] if before else []
        out += [replace(d, target=t, participants=(d.imposer, t)) for t in dict.fromkeys(last)] or [d]
    return list(dict.fromkeys(out))
