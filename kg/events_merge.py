"""The cross-article step: event drafts -> resolved events with entity keys, duplicates merged.

Merge keys: a negotiation by its parties and round (reports months apart tell of two processes' rounds), else
parties and date; a meeting by its participants and date, a sanction by imposer, target, measure and stated day (a
report without a day joins the one dated package), a statement by speaker and text.
A round that one article plans and another reports as held is held; the date a held report states wins.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from kg.events_sanction_imposers import body_owners
from kg.model import Delegation, Event, EventDraft
from kg.vocab import slug

Lookup = Callable[..., "str | None"]  # lookup(surface, article_id, kind="actor"|"place") -> entity key


@dataclass(frozen=True)
class _Resolved:
    """One draft with its actors mapped to entity keys."""

    article: str
    draft: EventDraft
    participants: tuple[str, ...]
    place: str | None = None
    speaker: str | None = None
    addressee: str | None = None
    imposer: str | None = None
    target: str | None = None
    members: tuple[tuple[str, str], ...] = ()
    sides: tuple[str, ...] = ()  # a meeting's: the states its persons meet for ("A met B, the X envoy")
    hosts: tuple[str, ...] = ()  # talks': the hosts and mediators at the table, no side and no part of the key


def _keys(surfaces: Sequence[str], article: str, lookup: Lookup, kind: str = "actor") -> tuple[str, ...]:
    """Entity keys of the surfaces that resolve, in order, each once."""
    return tuple(dict.fromkeys(k for s in surfaces if (k := lookup(s, article, kind))))


def _owner(institution: str) -> str | None:
    """The state of "Central Bank of X" (the institution's owner), else ``None``."""
    m = re.match(r"^Central Bank of (.+)$", institution)
    return m.group(1) if m else None


def _resolve(article: str, d: EventDraft, lookup: Lookup) -> _Resolved | None:
    """The draft with entity keys, or ``None`` when an actor the event needs does not resolve."""
    if d.kind == "Negotiation":
        sides = _keys(d.sides, article, lookup, "side") if d.sides else _keys(d.participants, article, lookup)
        people = _keys(d.participants, article, lookup) if d.cameo == "044" else sides
        if len(people) < 2:
            return None
        members = tuple((s, m) for side, person in d.members
                        if (s := lookup(side, article, "side")) and (m := lookup(person, article)))
        place = lookup(d.place, article, "place") if d.place else None  # a capital stays the city, not its state
        hosts = () if d.cameo == "044" else tuple(k for k in _keys(d.participants, article, lookup) if k not in people)
        return _Resolved(article, d, people, place=place, members=members,
                         sides=sides if d.cameo == "044" and d.sides else (), hosts=hosts)
    if d.kind == "Sanction":
        imposer = lookup(d.imposer or "", article)
        if imposer is None and d.imposer in body_owners():  # "the Council of the EU imposed": the EU, named or not
            imposer = lookup(d.imposer, article, "side")
        target = lookup(d.target or "", article)
        if target is None and d.target and (owner := _owner(d.target)):
            target = lookup(owner, article)
        if imposer is None or target is None or imposer == target:
            return None
        return _Resolved(article, d, (imposer, target), imposer=imposer, target=target)
    if d.kind == "Statement":
        speaker = lookup(d.speaker or "", article)
        if speaker is None:
            return None
        addressee = lookup(d.addressee, article) if d.addressee else None
        speakers = tuple(dict.fromkeys((speaker, *_keys(d.participants, article, lookup))))  # a joint statement
        return _Resolved(article, d, speakers, speaker=speaker, addressee=addressee)
    raise ValueError(f"Unexpected event kind: {d.kind!r}")


def _tail(key: str) -> str:
    """The slug part of an entity key ("country/russia" -> "russia")."""
    return key.split("/", 1)[-1]


def _text_id(text: str | None) -> str:
    """A short stable id of a statement's text (case, spacing and punctuation ignored)."""
    norm = re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()[:120]
    return hashlib.sha1(norm.encode()).hexdigest()[:8]


def _group_key(r: _Resolved) -> tuple:
    """What makes two resolved drafts the same event."""
    d = r.draft
    if d.kind == "Negotiation":
        parties = tuple(sorted(r.participants))
        if d.round:
            return ("negotiation", d.cameo, parties, ("round", d.round))
        # talks an article only dates by itself: planned and held ones of that day are two events
        if d.date is None:  # background talks with no day ("met in X last year"): told apart by place
            return ("negotiation", d.cameo, parties, ("date", None, r.place or "", d.status))
        return ("negotiation", d.cameo, parties, ("date", d.date) if d.date_basis == "stated" else ("date", d.date, d.status))
    if d.kind == "Sanction":  # two packages of one measure on two stated days are two events
        return ("sanction", r.imposer, r.target, d.measure, d.date if d.date_basis == "stated" else None)
    return ("statement", r.speaker, _text_id(d.text))


_ROUND_GAP = 120  # days: reports of one numbered round lie closer together than two processes' rounds of that number


def _split_rounds(groups: dict[tuple, list[_Resolved]]) -> None:
    """Split the drafts of one numbered round of the same parties into the rounds of talks months or years apart
    ("the third round" of 2022 and of 2025): the later ones are keyed by the day they start at."""
    for key in [k for k in groups if k[0] == "negotiation" and k[3][0] == "round"]:
        parts = _round_parts(groups[key])
        if len(parts) > 1:
            groups[key] = parts[0][1]
            for start, rs in parts[1:]:
                groups[(*key[:3], (*key[3], start))] = rs


def _round_parts(rs: list[_Resolved]) -> list[tuple[date | None, list[_Resolved]]]:
    """(first day, drafts) of each round that ``rs`` tell of, earliest first: stated days closer than
    ``_ROUND_GAP`` are one round; a draft dated by its article joins the last such round before it when held, the
    nearest one when planned, else those of nearby article days; an undated draft joins the first."""
    days: list[list[date]] = []
    for d in sorted({r.draft.date for r in rs if r.draft.date and r.draft.date_basis == "stated"}):
        if days and (d - days[-1][-1]).days <= _ROUND_GAP:
            days[-1].append(d)
        else:
            days.append([d])
    stated = len(days)
    found: list[list[_Resolved]] = [[] for _ in days]
    undated: list[_Resolved] = []
    for r in sorted(rs, key=lambda r: r.draft.date or date.min):
        d = r.draft.date
        if d is None:
            undated.append(r)
            continue
        if r.draft.date_basis == "stated":
            at = next(i for i, c in enumerate(days) if c[0] <= d <= c[-1])
        else:
            at = _report_round(d, r.draft.status == "held", days[:stated]) if stated else None
            if at is None:
                at = next((i for i in range(stated, len(days)) if (d - days[i][-1]).days <= _ROUND_GAP), None)
            if at is None:
                days.append([d])
                found.append([])
                at = len(days) - 1
            elif at >= stated:
                days[at].append(d)
        found[at].append(r)
    parts = sorted(((min(days[i]), f) for i, f in enumerate(found) if f), key=lambda p: p[0])
    if not parts:
        return [(None, undated)]
    parts[0][1].extend(undated)
    return parts


def _report_round(day: date, held: bool, days: list[list[date]]) -> int | None:
    """The round (index into ``days``, each a round's stated days) a report of ``day`` without a day of its own tells
    of: when held, the last that started by then; when planned, the nearest, if no more than ``_ROUND_GAP`` away."""
    if held and (before := [i for i, c in enumerate(days) if c[0] <= day]):
        return before[-1]
    gap, at = min(((max((c[0] - day).days, (day - c[-1]).days, 0), i) for i, c in enumerate(days)))
    return at if gap <= _ROUND_GAP else None


def _fold_dated_into_rounds(groups: dict[tuple, list[_Resolved]]) -> None:
    """Merge roundless talks into the one numbered round with the same parties held on the same date."""
    for key in [k for k in groups if k[0] == "negotiation" and k[3][0] == "date" and k[3][-1] != "planned"]:
        rounds = [k for k in groups if k[:3] == key[:3] and k[3][0] == "round"
                  and any(r.draft.date == key[3][1] and r.draft.status == "held" for r in groups[k])]
        if len(rounds) == 1:
            groups[rounds[0]].extend(groups.pop(key))


def _fold_unstated_plans(groups: dict[tuple, list[_Resolved]], days: int = 7) -> None:
    """Merge talks planned with no day of their own ("will meet again in X next month"), which each article dates by
    itself, between the same parties in reports up to ``days`` apart, when their places agree or one has none: two
    outlets' reports of one plan."""
    plans = sorted((k for k, rs in groups.items() if k[0] == "negotiation" and k[3][0] == "date"
                    and k[3][-1] == "planned" and all(r.draft.date_basis != "stated" for r in rs)),
                   key=lambda k: (k[3][1] or date.min, repr(k)))
    for i, key in enumerate(plans):
        for into in plans[:i]:
            if into in groups and into[:3] == key[:3] and _near(groups[into], groups[key], days):
                groups[into].extend(groups.pop(key))
                break


def _fold_plans_into_stated(groups: dict[tuple, list[_Resolved]]) -> None:
    """Merge talks planned with no day of their own into the one plan with a stated day that the same article
    reports between the same parties, when their places agree ("NEGOTIATORS TO MEET AGAIN IN VIENNA" over "agreed
    to meet again in Vienna next Tuesday")."""
    for key in [k for k, rs in groups.items() if k[0] == "negotiation" and k[3][0] == "date" and k[3][-1] == "planned"
                and all(r.draft.date_basis != "stated" for r in rs)]:
        articles = {r.article for r in groups[key]}
        stated = [k for k, rs in groups.items() if k != key and k[:3] == key[:3] and k[3][0] == "date"
                  and any(r.draft.status == "planned" and r.draft.date_basis == "stated" and r.article in articles
                          for r in rs) and _near(rs, groups[key], days=10**6)]
        if len(stated) == 1:
            groups[stated[0]].extend(groups.pop(key))


def _near(a: list[_Resolved], b: list[_Resolved], days: int) -> bool:
    """True when two groups of planned talks have no two places that differ and article dates within ``days``."""
    places = {r.place for r in a + b if r.place}
    dated = [r.draft.date for r in a + b if r.draft.date]
    return len(places) <= 1 and (not dated or (max(dated) - min(dated)).days <= days)


def _fold_undated_sanctions(groups: dict[tuple, list[_Resolved]]) -> None:
    """Merge a sanction with no stated day into the one stated-day package of its imposer, target and measure."""
    for key in [k for k in groups if k[0] == "sanction" and k[4] is None]:
        dated = [k for k in groups if k[:4] == key[:4] and k[4] is not None]
        if len(dated) == 1:
            groups[dated[0]].extend(groups.pop(key))


def _best_date(rs: list[_Resolved]) -> tuple[date | None, str]:
    """The event date: held before planned, stated before article date, then the commonest, then earliest."""
    def rank(r: _Resolved) -> tuple[int, int]:
        return (r.draft.status == "held", r.draft.date_basis == "stated")

    top = max(rank(r) for r in rs)
    best = [r for r in rs if rank(r) == top and r.draft.date]
    if not best:
        return None, "unknown"
    counts = Counter(r.draft.date for r in best)
    when = min(counts, key=lambda d: (-counts[d], d))
    return when, next(r.draft.date_basis for r in best if r.draft.date == when)


def _common(values: list[str | None]) -> str | None:
    """The commonest non-empty value (first seen on ties)."""
    counts = Counter(v for v in values if v)
    return max(counts, key=lambda v: (counts[v], -values.index(v))) if counts else None


def _longest(values: list[str | None]) -> str:
    """The longest non-empty value."""
    return max((v for v in values if v), key=len, default="")


def _event(key: tuple, rs: list[_Resolved]) -> Event:
    """One event from the resolved drafts that report it."""
    d0 = rs[0].draft
    evidence = tuple(sorted({r.draft.evidence for r in rs}, key=lambda e: (e.article_id, e.start)))
    when, basis = _best_date(rs)
    held = any(r.draft.status == "held" for r in rs)
    if d0.kind == "Negotiation":
        parties = tuple(sorted(rs[0].participants))
        names = sorted(rs[0].draft.participants if d0.cameo == "044" else rs[0].draft.sides)
        ident = f"round-{d0.round}" if d0.round else (when.isoformat() if when else "undated")
        ident += f"-{key[3][2].isoformat()}" if key[3][0] == "round" and len(key[3]) > 2 else ""  # a later process's
        ident += f"-{slug(_tail(key[3][2]))}" if key[3][:2] == ("date", None) and key[3][2] else ""  # by place
        ident += "-planned" if key[3][-1] == "planned" else ""  # beside talks held that day
        ekey = "negotiation/" + "-".join(_tail(p) for p in parties) + f"-{ident}"
        label = "–".join(names) + (" meeting" if d0.cameo == "044" else " talks")
        label += f", round {d0.round}" if d0.round else (f", {when.isoformat()}" if when else "")
        pool = [r for r in rs if (r.draft.status == "held") == held] or rs
        return Event(key=ekey, kind="Negotiation", evidence=evidence, date=when, date_basis=basis,
                     place=_common([r.place for r in pool]) or _common([r.place for r in rs]),
                     participants=tuple(sorted({*parties, *(s for r in rs for s in (*r.sides, *r.hosts))})), round=d0.round,
                     status="held" if held else "planned",
                     delegations=_delegations(ekey, rs), cameo=d0.cameo, label=label)
    if d0.kind == "Sanction":
        r0 = rs[0]
        ekey = f"sanction/{_tail(r0.imposer or '')}-{_tail(r0.target or '')}-{slug(d0.measure or 'sanctions')}"
        ekey += f"-{key[4].isoformat()}" if key[4] else ""  # beside a package of another stated day
        label = f"{d0.imposer} {d0.measure} against {_longest([r.draft.target for r in rs])}"
        return Event(key=ekey, kind="Sanction", evidence=evidence, date=when, date_basis=basis,
                     participants=r0.participants, imposer=r0.imposer, target=r0.target, measure=d0.measure,
                     cameo="163", label=label)
    r0 = rs[0]
    ekey = f"statement/{_tail(r0.speaker or '')}-{when.isoformat() if when else 'undated'}-{key[2]}"
    speaker = _longest([r.draft.speaker for r in rs])
    return Event(key=ekey, kind="Statement", evidence=evidence, date=when, date_basis=basis,
                 participants=r0.participants, speaker=r0.speaker,
                 addressee=_common([r.addressee for r in rs]), text=_longest([r.draft.text for r in rs]),
                 cameo="1056" if any(r.draft.cameo == "1056" for r in rs) else d0.cameo or "010",
                 label=f"{speaker} statement" + (f", {when.isoformat()}" if when else ""))


def _delegations(event_key: str, rs: list[_Resolved]) -> tuple[Delegation, ...]:
    """One delegation per side the drafts list members for, members in first-seen order."""
    sides: dict[str, list[str]] = defaultdict(list)
    for r in rs:
        for side, member in r.members:
            if member not in sides[side]:
                sides[side].append(member)
    return tuple(Delegation(f"{_tail(event_key)}-{_tail(side)}", side, tuple(m)) for side, m in sorted(sides.items()))


def _joined(old: Event, new: Event) -> Event:
    """One event of two groups that came out with the same key: the evidence of both, the members of both."""
    evidence = tuple(sorted(set(old.evidence) | set(new.evidence), key=lambda x: (x.article_id, x.start)))
    sides = {d.side: d for d in old.delegations}
    for d in new.delegations:
        had = sides.get(d.side)
        sides[d.side] = replace(had, members=tuple(dict.fromkeys(had.members + d.members))) if had else d
    return replace(old, evidence=evidence, delegations=tuple(sides[k] for k in sorted(sides)))


def merge_events(drafts: Sequence[tuple[str, EventDraft]], lookup: Lookup) -> list[Event]:
    """Resolved events, one per real-world event, sorted by kind, date and key.

    ``drafts`` are (article id, draft) pairs from every article; ``lookup(surface, article_id)`` gives
    the entity key a surface form refers to in that article. Drafts whose actors do not resolve are left out.
    """
    groups: dict[tuple, list[_Resolved]] = defaultdict(list)
    for article, draft in drafts:
        if (r := _resolve(article, draft, lookup)) is not None:
            groups[_group_key(r)].append(r)
    _split_rounds(groups)
    _fold_dated_into_rounds(groups)
    _fold_unstated_plans(groups)
    _fold_plans_into_stated(groups)
    _fold_undated_sanctions(groups)
    events = [_event(k, rs) for k, rs in groups.items()]
    unique: dict[str, Event] = {}
    for e in events:
        unique[e.key] = _joined(unique[e.key], e) if e.key in unique else e
    return sorted(unique.values(), key=lambda e: (e.kind, e.date or date.min, e.key))

