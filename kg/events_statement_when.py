"""Statement dates the speech verb's own phrase does not give, read from what frames the statement.

:func:`kg.events_when.stated_date` reads the date a sentence states for a speech act; when it finds none,
these fallbacks read it from around the act:

  * a date phrase that frames the act before its verb: fronted ("Last Thursday, ...", "In a post on X
    late Saturday, its spokesman called ...") or set off right after the speaker ("Eva Lind, briefing
    lawmakers on Wednesday, insisted ..."), also when fronted on the clause the speech verb is conjoined
    to ("On Monday, X froze the funds and the ministry said ...");
  * a date right after the verb that the parse hung on the reported clause ("said Monday the deal was dead");
  * the date of a "when" clause the parse did not mark ("dismissed the plan when contacted last night");
  * "A day earlier" / "Two days before" / "a week earlier", counted back from the date the story last gave
    (:func:`days_earlier`, applied by the caller);
  * the date of the meeting the act accompanied or followed, named with its article ("said as she opened
    the session", "told reporters after six hours of talks", "At its opening session, X warned"): the date the
    story first gave such a meeting,
    else the one date of the nearest earlier sentence that reports a meeting, talks or a speaking occasion;
    for "said afterwards" / "later told" the sentences just before (``events_statement_afterwards``); "after the
    signing" is after the act the
    story dated ("signed the annex late Sunday"); "after the vote" / "after the ceremony", a bare act the story
    told, is after the act its lead dated (:func:`lead_date`);
  * "said in a statement at the time": the one date of the nearest of the two sentences before that gives one;
  * "on the eve of the opening": the day before the date the story first gave the opening (:func:`eve_date`);
    "said the day before the council met", "two days after the summit opened": counted from the date the story
    first gave that act (:func:`before_event_date`);
  * "Opening the talks, X said": the date the story first gave the talks, else the one date of its first sentence
    that names a meeting (:func:`lead_meeting_date`);
  * the day heading a live blog's entries ("Friday 13 May 2022" between them; :func:`day_headings`).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from kg.article_date import date_only
from kg.doc_cache import texts
from kg.dates import find_dates, parse_date_expr
from kg.events_common import date_of, date_phrase, doc_text, sentences
from kg.events_statement_speech import said_after
from kg.events_when import count_of, earlier_event_date, event_lemmas, phrase_tokens
from kg.model import CleanArticle

#: Dependencies that open a clause of its own on the way from a date to the verb: its date is not the act's.
_OWN_CLAUSE = frozenset({"relcl", "ccomp", "csubj", "parataxis", "xcomp"})
#: Marks of a clause the speech act accompanied or followed ("as he opened the session").
_ALONG = frozenset({"as", "when", "after", "while"})
#: Participles of what a speaker does to a meeting as they speak ("Opening the talks, X said").
_CHAIRING = frozenset({"open", "close", "conclude", "address", "chair", "end"})
_DEFINITE = frozenset({"the", "its", "their", "this", "that"})


def _in_quotes(tok: Token, quotes: list[tuple[int, int]]) -> bool:
    return any(a <= tok.idx < b for a, b in quotes)


def _path_ok(tok: Token, hosts: set[int]) -> bool:
    """True when ``tok`` hangs on one of ``hosts`` without passing through a clause of its own (a
    relative or reported clause, or an adverbial clause with its own subject); a speaker's "who arrived
    yesterday" is no clause of its own: the speaker spoke on arriving."""
    t = tok
    while t.i not in hosts:
        if t.dep_ in _OWN_CLAUSE and not _arriving(t) or (
                t.dep_ == "advcl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)):
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return True


#: Verbs of a speaker's arrival, on which they speak ("X, who returned to Juba yesterday, told supporters at the
#: airport").
_ARRIVALS = frozenset({"arrive", "return", "land"})


def _arriving(verb: Token) -> bool:
    """True for a relative clause on a speaker that tells their arrival ("who returned to Juba yesterday")."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() in _ARRIVALS and any(
        c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)


def framed_date(verb: Token, subj: Token, article: CleanArticle, quotes: list[tuple[int, int]]) -> date | None:
    """The one date of a phrase that frames the speech act at ``verb`` (said by ``subj``) before the verb:
    fronted, or set off after the speaker; also a fronted date of the clause ``verb`` is conjoined to."""
    if article.published is None:
        return None
    hosts = {verb.i}
    head = verb
    fronted = subj.left_edge.i
    while (head.dep_ == "conj" and said_after(head) is None or head.dep_ == "advcl" and head.tag_ == "VBG") \
            and head.head.pos_ in {"VERB", "AUX"}:  # not the clause an attribution reports ("X met Y on Monday,
        # the ministry said")
        head = head.head
        hosts.add(head.i)
        own = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if own is not None:
            fronted = min(fronted, own.left_edge.i)
    found: set[date] = set()
    sent, text = verb.sent, texts(verb.doc)  # (spaCy walks the Doc to the sentence's ends at each ``.sent``)
    start = max((i + 1 for i in range(sent.start, verb.i) if "\n" in text[i]), default=sent.start)
    for t in verb.doc[start : verb.i]:  # within the paragraph: the parser may run a sentence across a break
        if _in_quotes(t, quotes) or t.i in hosts:
            continue
        if t.i >= fronted and not (subj.left_edge.i <= t.i <= subj.right_edge.i):
            continue  # between the speaker and the verb only inside the speaker's own phrase
        if (text := date_phrase(t)) is None or not _path_ok(t, hosts):
            continue
        if (d := _parse_tail(text, article.published)) is not None and d <= article.published:
            found.add(d)
    return found.pop() if len(found) == 1 else None


def leading_date(verb: Token, article: CleanArticle, quotes: list[tuple[int, int]]) -> date | None:
    """The date right after ``verb`` that the parse hung on the reported clause ("said Monday the deal was
    dead", "said on Monday it had summoned the envoy", "which said on Saturday it would support ..."): in that
    place it dates the saying."""
    doc = verb.doc
    i = verb.i + 1
    if i < len(doc) and doc[i].lower_ == "on":
        i += 1
    if i >= len(doc) or _in_quotes(doc[i], quotes) or article.published is None:
        return None
    t = doc[i]
    inside = t.head if t.head.lower_ == "on" and t.dep_ == "pobj" else t
    if inside.dep_ not in {"npadvmod", "prep"} or inside.head.dep_ not in {"ccomp", "xcomp"} \
            or inside.head.head != verb:
        return None
    if (text := date_phrase(t)) and (d := _parse_tail(text, article.published)) and d <= article.published:
        return d
    return None


_DAYS = {"day": 1, "week": 7}  # days in each unit of "a day earlier", "a week earlier"


def days_earlier(verb: Token) -> int | None:
    """N for "A day earlier, X said" / "Two days before, X had warned" / "X announced the break a week earlier" /
    "X had said the day before"
    (counted back from the date the story last gave), else ``None``."""
    near = [*verb.children, *(g for o in verb.children if o.dep_ == "dobj" for g in o.children)]  # the parse may
    near += [g for p in verb.children if p.dep_ == "prep" and p.i < verb.i  # hang "a week earlier" on the object,
             for o in p.children if o.dep_ == "pobj" for g in o.children]  # or on a fronted "At the session ..."
    for c in near:
        if c.dep_ == "advmod" and c.lower_ in {"earlier", "before"}:
            day = next((d for d in c.children if d.dep_ == "npadvmod" and d.lemma_.lower() in _DAYS), None)
        elif c.dep_ == "npadvmod" and c.lemma_.lower() in _DAYS and any(  # "said the day before", "the previous day"
                a.lower_ in {"earlier", "before", "previous"} and a.dep_ in {"advmod", "amod"} for a in c.children):
            day = c
        else:
            continue
        n = next((count_of(x)
                  for x in (day.children if day is not None else ()) if x.dep_ in {"det", "nummod"}), None)
        if n is not None and day is not None:
            return n * _DAYS[day.lemma_.lower()]
    after = doc_text(verb.doc)[verb.idx + len(verb.text):]  # "had said the day before that ...", however it is parsed
    if m := re.match(r"\s+the (day|week) (?:before|earlier)\b", after):
        return _DAYS[m.group(1)]
    return None


def when_date(verb: Token, article: CleanArticle) -> date | None:
    """The date of a "when" clause on ``verb`` the parse did not mark as one ("dismissed the plan when
    contacted last night")."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ in {"mark", "advmod"} and m.lower_ == "when" for m in c.children):
            if (d := date_of([c], article)) and article.published and d <= article.published:
                return d
    return None


def _parse_tail(text: str, anchor: date) -> date | None:
    """The date ``text`` names, else the date its shortest-cut tail names (a date entity the model ran over a
    name before it: "Facebook late Saturday")."""
    parts = text.split()
    for i in range(len(parts)):
        if (d := parse_date_expr(" ".join(parts[i:]), anchor, "past")) is not None:
            return d
    return None


def accompanied_date(verb: Token, sent: Span, article: CleanArticle) -> date | None:
    """The date of the meeting the act at ``verb`` accompanied or followed ("said as she opened the session",
    "told reporters after six hours of talks"), from the nearest earlier sentence that dates one."""
    if article.published is None:
        return None
    lemmas = event_lemmas()
    nouns: list[Token] = []
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _CHAIRING:  # "Opening the talks, X said"
            if event := next((o for o in c.children if o.dep_ == "dobj" and o.lemma_.lower() in lemmas
                              and any(d.lower_ in _DEFINITE for d in o.children)), None):
                return _first_dated(event, sent, article) or lead_meeting_date(sent, article.published)
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _ALONG for m in c.children):
            nouns += [o for o in c.children if o.dep_ == "dobj"]
        if c.dep_ == "prep" and c.lower_ in {"after", "following"}:
            nouns += [o for o in c.children if o.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ in {"at", "during"}:  # "At its opening session, X warned": a meeting named before
            nouns += [o for o in c.children if o.dep_ == "pobj" and any(
                d.dep_ in {"det", "poss"} and d.lower_ in _DEFINITE for d in o.children)]
    for noun in nouns:
        named = [noun] + [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if event := next((n for n in named if n.lemma_.lower() in lemmas), None):
            return _first_dated(event, sent, article) or earlier_event_date(sent, article.published)
        if noun.lower_.endswith("ing") and any(c.lower_ == "the" for c in noun.children) \
                and (d := _first_dated(noun, sent, article)):
            return d  # "told reporters after the signing": the act the story dated ("signed the annex late Sunday")
        if noun.head.lower_ == "after" and _bare_definite(noun):  # "told the Council after the vote": the
            return lead_date(sent, article.published)  # story's main act, which its lead dates
    return None


def _bare_definite(noun: Token) -> bool:
    """True for a common noun with only "the" before it ("the vote", "the ceremony"): an act the story told."""
    return noun.pos_ == "NOUN" and [c.lower_ for c in noun.children] == ["the"]


def past_dates(span: Span, anchor: date) -> set[date]:
    """The dates not after ``anchor`` that ``span`` gives: its date entities and untagged day words ("yesterday")."""
    return {d for t in span if (text := date_phrase(t)) and (d := parse_date_expr(text, anchor, "past")) and d <= anchor}


def one_past_date(span: Span, anchor: date) -> date | None:
    """The one date ``past_dates`` finds in ``span``, else None (none, or several)."""
    found = past_dates(span, anchor)
    return found.pop() if len(found) == 1 else None


def lead_date(sent: Span, anchor: date, lemmas: frozenset[str] | set[str] = frozenset()) -> date | None:
    """The one past date of the first sentence before ``sent`` that gives any (and names one of ``lemmas``, when
    given): a news story's lead dates its main act."""
    for s in sentences(sent.doc):
        if s.start >= sent.start:
            return None
        if lemmas and not any(t.lemma_.lower() in lemmas for t in s):
            continue
        if found := past_dates(s, anchor):
            return found.pop() if len(found) == 1 else None
    return None


def at_the_time_date(verb: Token, sent: Span, article: CleanArticle) -> date | None:
    """For "said in a statement at the time": the one past date of the nearest of the two sentences before
    that gives one (the time the story was just telling)."""
    at = [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "at"
          and (t.head == verb or t.head.dep_ == "pobj" and t.head.head.head == verb)]  # "in a statement at the time"
    if article.published is None or not any(
            g.lower_ == "time" and [c.lower_ for c in g.children] == ["the"] for p in at for g in p.children):
        return None
    earlier = [s for s in sentences(sent.doc) if s.end <= sent.start][-2:]
    for s in reversed(earlier):
        if found := past_dates(s, article.published):
            return found.pop() if len(found) == 1 else None
    return None


def _first_dated(event: Token, sent: Span, article: CleanArticle) -> date | None:
    """The date the article first gives for a meeting named like ``event`` ("the session opened in Lusaka
    yesterday"): a news story dates its main meeting first, and "the session" later on is that one."""
    lemma = event.lemma_.lower()
    acts = {lemma[:-3], lemma[:-3] + "e"} if lemma.endswith("ing") else set()  # "the signing": "signed"
    for s in sentences(sent.doc):
        if s.start >= sent.start:
            return None
        for t in s:
            if (t.lemma_.lower() == lemma or (t.pos_ == "VERB" and t.lemma_.lower() in acts)) and (d := date_of([t, t.head], article, within=s)) and d <= article.published:
                return d
    return None


def lead_meeting_date(sent: Span, anchor: date) -> date | None:
    """The one past date of the story's first sentence before ``sent`` that names a meeting, talks or an occasion
    with a date: "the talks" the story reports is the one its lead dates."""
    return lead_date(sent, anchor, event_lemmas())


def before_event_date(verb: Token, sent: Span, article: CleanArticle) -> date | None:
    """For "said the day before the council met" / "told reporters two days after the summit opened": the date
    the story first gave that act (its verb, else its subject: "the council on Saturday imposed ..."), counted
    back or on."""
    if article.published is None:
        return None
    for c in verb.children:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in {"before", "after"}), None)
        if c.dep_ not in {"ccomp", "advcl"} or mark is None:
            continue
        day = next((d for d in [*c.children, *mark.children]  # the parse hangs "two days" on either
                    if d.dep_ == "npadvmod" and d.lemma_.lower() in _DAYS), None)
        if day is None:
            continue
        n = next((count_of(x) for x in day.children if x.dep_ in {"det", "nummod"}), None)
        subj = next((s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ in {"NOUN", "PROPN"}), None)
        d = _first_dated(c, sent, article) or (_first_dated(subj, sent, article) if subj is not None else None)
        if n is None or d is None:
            continue
        return d + timedelta(days=n * _DAYS[day.lemma_.lower()] * (1 if mark.lower_ == "after" else -1))
    return None


def eve_date(verb: Token, sent: Span, article: CleanArticle) -> date | None:
    """For "said on the eve of the opening": the day before the one the story first gave the event it names (the
    parse may hang a phrase set off after the verb on the reported clause, so any "on the eve of" after it)."""
    if article.published is None:
        return None
    for t in [*phrase_tokens(verb), *(x for x in sent if x.i > verb.i and x.head.lower_ == "on")]:
        if t.lemma_.lower() == "eve":
            for event in (g for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
                if d := _first_dated(event, sent, article):
                    return d - timedelta(days=1)
    return None


def antecedent_date(verb: Token, article: CleanArticle) -> date | None:
    """The date of the message a relative clause's act is made in ("the declaration of 20 December, in which X
    condemned ...", "a statement on Monday in which X urged ..."), else ``None``."""
    if article.published is None or verb.dep_ != "relcl" or not any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children) for c in verb.children):
        return None
    for p in verb.head.children:
        if p.dep_ == "prep" and p.lower_ in {"of", "on", "from"}:
            for g in p.children:
                if g.dep_ == "pobj" and (text := date_phrase(g)) \
                        and (d := parse_date_expr(text, article.published, "past")) and d <= article.published:
                    return d
    return None


def day_headings(doc: Doc, article: CleanArticle) -> list[tuple[int, date]]:
    """(start char, date) of each paragraph that is a date alone ("Friday 13 May 2022"): a live blog's day
    heading, which dates the entries below it."""
    out: list[tuple[int, date]] = []
    pos = 0
    for para in doc_text(doc).split("\n\n") if article.published else []:
        if date_only(para.strip()) and (found := find_dates(para, article.published)):
            out.append((pos, found[0].value))
        pos += len(para) + 2
    return out
