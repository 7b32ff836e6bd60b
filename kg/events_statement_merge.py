"""In-article merges of statement drafts: one act told twice becomes one statement on one day.

A state's institution speaking right after the state or dating its undated line (:func:`as_the_state`), a party's undated statement
followed by its spokesperson's dated one (:func:`through_spokesperson`), an undated statement dated by the
same speaker's next one (:func:`dated_by_next`), and one shared text per voice and day so that the drafts
merge into one event (:func:`one_per_day`; bodies of one state or bloc speaking on one day speak as it).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.events_common import paragraph_of
from kg.events_sanction_imposers import body_owner
from kg.events_statement_names import org_words, voice
from kg.model import EventDraft

WINDOW = 3  # sentences over which a stated date carries to the same speaker's next statements


def as_the_state(drafts: list[EventDraft], numbered: list[tuple[int, bool]]) -> list[EventDraft]:
    """The drafts, a state's institution speaking as the state when the state's own statement of that day is in
    the sentence just before ("Damascus condemned the decision. The Syrian Foreign Ministry said ..."), or when
    the institution's statement is dated and the state's, anywhere in the article, is not ("Ethiopia's foreign
    ministry blamed X on Tuesday. ... Ethiopia says the dam is essential"): one voice, one statement a day."""
    out = list(drafts)
    for i, d in enumerate(drafts):
        state = voice(d.speaker or "")
        if state != d.speaker and any(e.speaker == state and e.date == d.date and (
                numbered[j][0] == numbered[i][0] - 1 or d.date_basis == "stated" and e.date_basis == "article")
                for j, e in enumerate(drafts)):
            out[i] = replace(d, speaker=state, participants=(state,))
    return out


def through_spokesperson(out: list[EventDraft], numbered: list[tuple[int, bool]], org: str,
                          starts: list[int]) -> None:
    """Turn an undated statement of ``org`` in the sentence just before, in the same paragraph, the statement of
    its spokesperson just drafted ("The X Party has accused Y of stalling. X Party spokesperson Eva Lind told a
    news conference on Sunday ..."): the party spoke through her, on her day; one statement."""
    last, n = out[-1], numbered[-1][0]
    want = org_words(org)
    for j, d in enumerate(out[:-1]):
        if numbered[j][0] == n - 1 and d.date_basis == "article" and d.speaker and want \
                and (want <= org_words(d.speaker) or voice(d.speaker) == voice(org)) \
                and paragraph_of(d.evidence.start, starts) == paragraph_of(last.evidence.start, starts):
            out[j] = replace(d, speaker=last.speaker, participants=last.participants, date=last.date,
                             date_basis=last.date_basis)


def dated_by_next(drafts: list[EventDraft], numbered: list[tuple[int, bool]]) -> list[EventDraft]:
    """The drafts, an undated one taking the stated date of the same speaker's next statement at most
    ``WINDOW`` sentences on ("Lind said the parties had agreed ... / "This is the last mile," Lind said as she
    opened the session.": quotes that follow each other come from one occasion); not from a pluperfect ("had
    warned on Monday"), which reports an earlier day."""
    out = list(drafts)
    for i, d in enumerate(drafts):
        if d.date_basis != "article":
            continue
        nxt = next((j for j, e in enumerate(drafts) if j > i and e.speaker == d.speaker
                    and 0 < numbered[j][0] - numbered[i][0] <= WINDOW), None)
        if nxt is not None and not numbered[nxt][1] and drafts[nxt].date_basis == "stated":
            out[i] = replace(d, date=drafts[nxt].date, date_basis="stated")
    return out


def _voices(drafts: list[EventDraft]) -> dict[str, str]:
    """Each speaker's :func:`voice`; a bare body ("the Council") has the voice of the one other speaker of the
    article whose name ends with it ("the Foreign Affairs Council": the EU)."""
    names = {d.speaker or "" for d in drafts}
    out = {n: voice(n) for n in names}
    for n in names:
        longer = {out[m] for m in names if m != n and m.endswith(" " + n) and out[m] != m}
        if out[n] == n and len(n.split()) == 1 and len(longer) == 1:
            out[n] = longer.pop()
    return out


def one_per_day(drafts: list[EventDraft]) -> list[EventDraft]:
    """The drafts with one shared text per (voice, date), so that they merge into one statement; bodies of one
    state or bloc that speak on one day ("the Federal Council", "SECO", "Switzerland") speak as it."""
    voices = _voices(drafts)
    texts: dict[tuple[str, date | None], list[str]] = {}
    names: dict[tuple[str, date | None], set[str]] = {}
    for d in drafts:
        key = (voices[d.speaker or ""], d.date)
        got = texts.setdefault(key, [])
        names.setdefault(key, set()).add(d.speaker or "")
        if d.text and d.text not in got:
            got.append(d.text)
    out = []
    for d in drafts:
        key = (voices[d.speaker or ""], d.date)
        d = replace(d, text=" … ".join(texts[key]) or d.text)
        body = body_owner(d.speaker or "") or key[0] != voice(d.speaker or "")  # not a state's ministry: it may
        # speak on its own ("Russia's Defence Ministry said")
        if body and len(names[key]) > 1 and key[0] != d.speaker and len(d.participants) == 1:
            d = replace(d, speaker=key[0], participants=(key[0],))
        out.append(d)
    return out
