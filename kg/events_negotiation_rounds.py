"""Rounds across one article: the candidate each trigger gives, "the next round" and "the previous round"
numbered, candidates without a round joined to the round the article is about, meetings of two people
folded into the talks they were, and the held and planned rounds delegations attach to."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
import datetime

from spacy.tokens import Span, Token

from kg.events_negotiation_words import CURRENT, HOLD_LEMMAS, ROUNDS, SPAN_LEMMAS
from kg.gazetteer import lookup_place

@dataclass
class Candidate:
    """One negotiation candidate read around one trigger."""

    sent: Span
    trigger: Token
    cameo: str
    confidence: float
    parties: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    round: int | None = None
    date: datetime.date | None = None
    place: str | None = None
    planned: bool = False
    sequel: bool = False
    pair_ref: bool = False
    prior: bool = False  # "the previous round": one before the latest round reported
    vague: bool = False  # its own date is a month or a year ("held in Geneva in January"): another session
    same_place: bool = False  # "at the same venue": the place of the other round the article reports
    opened: bool = False  # its date is the day it opened ("the talks began on Sunday")
    groups: list[str] = field(default_factory=list)  # its sides named by a group noun ("the rebels")
    ongoing: bool = False  # its verb says the talks go on ("were deadlocked on Thursday"): no end of a round
    closed: bool = False  # its verb ends the talks ("ended on Tuesday", "wrapped up their round")


_LONG_ROUND = 21  # days a round may last when a verb closes it ("opened on 25 February" ... "wrapped up on Tuesday")


def date_by_close(cands: list[Candidate]) -> None:
    """Talks dated by the day they opened take the day the article says talks between the same parties closed,
    up to a week later, three when a verb ends them ("began on Sunday" ... "ended on Tuesday"): one round, dated by
    its end; talks still under way
    ("deadlocked on Thursday") are the round that opened, dated by its opening."""
    for c in cands:
        if not c.opened or c.planned or c.date is None or c.cameo != "046":
            continue
        later = [r.date for r in cands if r.cameo == "046" and not r.planned and not r.opened and r.date
                 and not r.ongoing
                 and set(r.parties) == set(c.parties) and (not r.round or not c.round or r.round == c.round)
                 and 0 < (r.date - c.date).days <= (_LONG_ROUND if r.closed else 7)]
        if later:
            c.date = max(later)
    for r in (r for r in cands if r.ongoing and not r.planned and r.date and not r.round):
        opened = [c for c in cands if c.opened and not c.planned and c.date and set(c.parties) == set(r.parties)
                  and 0 < (r.date - c.date).days <= 7]  # "opened on Sunday" ... "deadlocked on Thursday": one round
        if opened:
            r.date, r.place = opened[-1].date, r.place or opened[-1].place


def long_running(c: Candidate, published: datetime.date | None) -> bool:
    """True for "the current round opened on X" more than a week before the news (``published``), or "last
    month": the round the article reports under way, not a session of that day."""
    if not any(m.lower_ in CURRENT for m in c.trigger.children):
        return False
    if c.date is None:
        return c.vague
    return c.opened and published is not None and (published - c.date).days > 7


def signing(c: Candidate) -> bool:
    """True for a candidate read from the signing of an accord ("the Declaration, signed in X on Y")."""
    return c.trigger.lemma_.lower() == "sign"


def same_places(cands: list[Candidate]) -> None:
    """A round held or planned "at the same venue" takes the place of the round between the same parties the
    article places (the held one first)."""
    for c in cands:
        if c.same_place and c.place is None:
            placed = [r for r in cands if r.place and set(r.parties) == set(c.parties) and r.cameo == c.cameo]
            placed.sort(key=lambda r: r.planned)
            c.place = placed[0].place if placed else None


def meetings_into_talks(cands: list[Candidate]) -> None:
    """A meeting of two named people with no date of its own ("X and his counterpart Y met for six hours"),
    or with the date of the talks, is the held round of talks between their sides the article reports, when
    there is exactly one ("the latest round ended on Thursday ... a meeting between A and B ended on Thursday")."""
    talks = [c for c in cands if c.cameo == "046" and not c.planned and (c.round or c.date) and not c.vague]
    for c in cands:
        if c.cameo != "044" or c.round or c.planned or len(c.parties) < 2:
            continue
        same = {(r.round, r.date) for r in talks if set(r.parties) == set(c.parties)
                and (c.date is None or r.date == c.date)}
        if len(same) == 1:
            c.cameo, c.persons = "046", []
            c.round, c.date = same.pop()
            c.place = c.place or next((r.place for r in talks if (r.round, r.date) == (c.round, c.date) and r.place),
                                      None)


def join_meetings(cands: list[Candidate]) -> None:
    """A meeting read without its people ("foreign ministers meet in X", a headline) is the meeting of two
    named people between the same sides that the article reports, when there is exactly one."""
    meetings = [c for c in cands if c.cameo == "044"]
    for c in cands:
        if c.cameo != "046" or c.round or c.date or c.trigger.lemma_.lower() not in {"meet", "meeting", "summit"}:
            continue
        same = [m for m in meetings if m.planned == c.planned and set(m.parties) == set(c.parties)]
        if len(same) == 1:
            m = same[0]
            c.cameo, c.persons, c.date, c.place = "044", list(m.persons), m.date, c.place or m.place


def number_sequels(cands: list[Candidate]) -> None:
    """Number "the next round" (one more than the last round held between the same parties, the same round when
    the talks resume the day after it: "on Monday, when the talks resume") and "the previous round" (one
    less than the round its own sentence names, else than the latest round held)."""
    for c in cands:
        if c.sequel and c.cameo == "046":
            held = [r for r in cands if r.round and not r.planned and set(r.parties) == set(c.parties)]
            if held:
                last = max(held, key=lambda r: r.round or 0)
                near = c.date is not None and last.date is not None and 0 < (c.date - last.date).days <= 1 \
                    and c.trigger.head.lemma_.lower() in {"resume", "continue"}
                c.round = (last.round or 0) + (0 if near else 1)
    for c in cands:
        if c.prior and c.cameo == "046" and c.trigger.lemma_.lower() in ROUNDS and not any(
                d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.trigger.children):  # "an earlier round": some round
            here = [r.round for r in cands if r.round and not r.prior and not r.sequel and r.sent == c.sent
                    and set(r.parties) == set(c.parties)]  # "will hold a fifth round, days after the previous one"
            stated = here or [r.round for r in cands if r.round and not r.prior and not r.sequel and not r.planned
                              and set(r.parties) == set(c.parties)]
            if stated and max(stated) > 1:
                c.round = max(stated) - 1


def assign_rounds(cands: list[Candidate], today: datetime.date | None = None) -> None:
    """Join a candidate without round or stated date to the talks the article is about (a signing only when
    it is the news, held by ``today``, the article's date, or the day before).

    The talks are told apart by round, else by stated date; the candidate joins the one held round
    (or dated talks) with the same parties, else the only one there is; of several, the one the article
    reports most often when it carries a stated date (the news, not the background round).
    """
    talks = [c for c in cands if c.cameo == "046" and not c.vague and not c.prior]
    _date_the_round(talks)
    for c in talks:  # "the third round" in the headline is the third round the body dates
        if c.round and not c.date and (same := {r.date for r in talks if r.round == c.round and r.date
                                                and r.planned == c.planned and set(r.parties) == set(c.parties)}):
            c.date = same.pop() if len(same) == 1 else None
    for c in talks:
        if c.round is None and c.date and (same := {r.round for r in talks if r.round and r.date == c.date
                                                    and set(r.parties) == set(c.parties)}):
            c.round = same.pop() if len(same) == 1 else None
    # a signing is a session of its own ("the Declaration, signed in X on Y", "is to be signed"), not the
    # talks the article reports, unless it is the news itself
    news = {today, today - datetime.timedelta(days=1)} if today else set()
    known = [c for c in talks if (c.round or c.date) and not (signing(c) and (c.planned or c.date not in news))]
    for c in talks:
        if c.round or c.date or c.sequel:  # "the next round" is not the round held
            continue
        same = [r for r in known if set(r.parties) == set(c.parties)]
        elsewhere = {(r.round, r.date if not r.round else None) for r in same if _other_country(c.place, r.place)}
        same = [r for r in same if (r.round, r.date if not r.round else None) not in elsewhere]
        held = Counter((r.round, r.date if not r.round else None) for r in same if not r.planned)
        if not held and not c.planned and c.trigger.head.lemma_.lower() not in SPAN_LEMMAS | HOLD_LEMMAS:
            continue  # "the talks must address X" is no report that the planned round was held; "ended" is
        plans = Counter((r.round, r.date if not r.round else None) for r in same if r.planned and r.date)
        # talks still to come join the dated plan ("hoped the talks would lead to X": the talks resuming Monday)
        options = (plans if c.planned and plans else held) or Counter((r.round, r.date if not r.round else None)
                                                                      for r in same)
        ranked = options.most_common()
        if len(ranked) > 1 and ranked[0][1] > ranked[1][1] \
                and any(r.date for r in same if (r.round, r.date if not r.round else None) == ranked[0][0]):
            ranked = ranked[:1]
        elif held and len(ranked) > 1 and all(k[0] for k, _ in ranked):
            ranked = [max(ranked, key=lambda kv: kv[0][0])]  # rounds held: "the talks" are the latest, the news
        elif held and options is held and len(ranked) > 1 and all(not k[0] and k[1] for k, _ in ranked):
            ranked = [max(ranked, key=lambda kv: kv[0][1])]  # sessions held on stated days: the latest, the news
        if len(ranked) == 1:
            c.round, c.date = ranked[0][0]
            c.planned = c.planned and bool(plans or not held or c.place)  # "said the talks would focus on X":
            # reported speech of the talks held, no session still to come ("followed by talks in Y" is one)
            group = [r for r in same if (r.round, r.date if not r.round else None) == (c.round, c.date)
                     and (r.planned or not (c.planned and plans))]
            if c.date is None:
                c.date = next((r.date for r in group if r.date), None)
            c.place = c.place or next((r.place for r in group if r.place), None)


def _other_country(a: str | None, b: str | None) -> bool:
    """True when two talks are placed in different countries ("in Astana" and "in Batken"): not one session."""
    pa, pb = (lookup_place(a) if a else None), (lookup_place(b) if b else None)
    return pa is not None and pb is not None and pa.country != pb.country


def _date_the_round(talks: list[Candidate]) -> None:
    """One held numbered round with no date and one held dated talks with no round, between the same
    parties, are one session ("talks in X on Monday ... the fifth meeting of the mechanism")."""
    for c in talks:
        if not c.round or c.date or c.planned:
            continue
        same = [r for r in talks if set(r.parties) == set(c.parties) and not r.planned]
        if any(r.round == c.round and r.date for r in same):
            continue  # "the third took place in X on Y": the round has its own day
        rounds = {r.round for r in same if r.round and not r.date}  # a dated earlier round is another session
        taken = {r.date for r in same if r.round and r.date}
        dated = {r.date for r in same if r.date and not r.round and r.date not in taken}
        if len(rounds) == 1 and len(dated) == 1 and max(r.round or 0 for r in same) == c.round \
                and not any(r.date in dated and r.place and c.place and r.place != c.place for r in same):
            when = dated.pop()  # not talks held elsewhere ("resumed in X on Y" beside "the third, in Z")
            place = next((r.place for r in same if r.date == when and r.place), None)
            for r in same:
                if r.round and not r.date:
                    r.date, r.place = when, r.place or place
                elif r.date == when and not r.round:
                    r.round = c.round


def planned_group(cands: list[Candidate]) -> Candidate | None:
    """The first candidate of the planned round the article reports (a round or day stated), else ``None``."""
    pool = [c for c in cands if c.cameo == "046" and c.planned and (c.round or c.date)]
    if not pool:
        return None
    counts = Counter((c.round, c.date, tuple(c.parties)) for c in pool)
    best = counts.most_common(1)[0][0]
    return next(c for c in pool if (c.round, c.date, tuple(c.parties)) == best)


def held_group(cands: list[Candidate]) -> Candidate | None:
    """The first candidate of the round the article reports as held (the one delegations belong to)."""
    talks = [c for c in cands if c.cameo == "046" and not c.vague and not c.prior]
    held = [c for c in talks if not c.planned and not signing(c)] or [c for c in talks if not c.planned]
    pool = held or [c for c in cands if c.cameo == "044" and not c.planned and not c.vague and len(c.parties) >= 2]
    if not pool:  # no talks: the meeting of two ministers their delegations came to
        return None
    counts = Counter((c.round, tuple(c.parties)) for c in pool)
    # the latest numbered round is the news; earlier ones are background, however often they are named
    best = max(counts, key=lambda k: (k[0] or 0, counts[k], -pool.index(next(c for c in pool if (c.round, tuple(c.parties)) == k))))
    found = next(c for c in pool if (c.round, tuple(c.parties)) == best)
    return _later_signing(talks, found) or found


def _later_signing(talks: list[Candidate], found: Candidate) -> Candidate | None:
    """The signing between the same parties dated after the held round ``found`` ("A second round, held on
    2 May ... the two sides signed a declaration on Saturday"): the latest session, the one the news is about."""
    return next((c for c in talks if signing(c) and not c.planned and c.date and found.date
                 and c.date > found.date and set(c.parties) == set(found.parties)), None)


def first_before_second(cands: list[Candidate]) -> None:
    """The one session held on a stated day, when the only round the article numbers is a second round planned
    between the same parties ("held talks on Tuesday ... promised to return on January 13 for a second round"):
    that session is the first round."""
    talks = [c for c in cands if c.cameo == "046" and not c.vague and not c.prior]
    if {c.round for c in talks if c.round} != {2} or any(c.round == 2 and not c.planned for c in talks):
        return
    parties = {frozenset(c.parties) for c in talks if c.round == 2}
    held = [c for c in talks if not c.planned and not c.round and c.date and frozenset(c.parties) in parties]
    if len({c.date for c in held}) == 1:
        for c in held:
            c.round = 1
