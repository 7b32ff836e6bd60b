"""The date of a statement made "afterwards" ("said afterwards", "later told reporters", "at a news conference
afterwards"): the day of the meeting the sentences just before report."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from kg.dates import parse_date_expr
from kg.events_common import date_of, date_phrase, sentences
from kg.events_statement_when import past_dates
from kg.events_when import earlier_event_date, event_lemmas
from kg.model import CleanArticle

_AFTERWARDS = frozenset({"afterwards", "afterward", "later"})


def afterwards_date(verb: Token, sent: Span, article: CleanArticle) -> date | None:
    """For "said afterwards", "later told reporters", "at a news conference afterwards": the one date of the
    sentence just before that reports the meeting; else, when one of the two sentences before names a meeting
    ("The 90-minute meeting was the first ..."), the one date of the nearest of them that gives any (the one
    that told when it came: "The contact came in X on March 10")."""
    near = [c for c in verb.children if c.dep_ == "advmod"]
    near += [a for p in verb.children if p.dep_ == "prep" for o in p.children for a in o.children if a.dep_ == "advmod"]
    if article.published is None or not any(t.lower_ in _AFTERWARDS for t in near):
        return None
    if found := earlier_event_date(sent, article.published, back=2):
        return found
    earlier = [s for s in sentences(sent.doc) if s.end <= sent.start][-2:]
    events = [t for s in earlier for t in s if t.lemma_.lower() in event_lemmas()]
    if not events:
        return None
    met = {d for t in events if (d := _meeting_day(t, article)) and d <= article.published}
    if len(met) == 1:  # "… was cleared on Friday, when the advisers met in Paris" (Monday's summit is another day)
        return met.pop()
    for s in reversed(earlier):
        if found := past_dates(s, article.published):
            return found.pop() if len(found) == 1 else None
    return None


def _meeting_day(event: Token, article: CleanArticle) -> date | None:
    """The date on a meeting's own word ("met on Friday"), or of the date a "when" clause of it hangs on ("on Friday,
    when the advisers met"), else ``None``."""
    if event.pos_ == "VERB" and event.dep_ in {"relcl", "advcl"} and event.head.ent_type_ == "DATE" and any(
            c.lower_ == "when" for c in event.children) and (text := date_phrase(event.head)):
        return parse_date_expr(text, article.published, "past")
    return date_of([event], article, future=False)
