"""When a speech act happened, as its sentence states it (the article's date is the caller's fallback).

Read in this order, each against the article's date with :func:`kg.dates.parse_date_expr`:
  * a date on the verb itself: "told reporters Monday", "said on Feb. 27", "earlier Wednesday announced";
  * a day count before the clause's event: "a day after X said" (the sentence's one date, else the article's);
  * the date a "when" clause hangs on: "on Feb. 24, when X announced";
  * a date deeper in the verb's own phrase, never in its reported clause: "told X to do Y Sunday",
    "demanded a ceasefire during talks Monday"; not one that owns its object ("welcomed Thursday's meeting"),
    dates what it is about ("reiterated its condemnation of the events of 28 September"), or sits in an object
    the parse split from the reported clause ("said the test on 3 September had been a threat");
  * the date of the message it was said in: "said in a video posted late Thursday";
A verb in the simple past or the perfect reads a weekday back, whatever its lemma ("called ... late on Monday").
  * the date of the event a clause says it followed: "told reporters after the talks ended late on Thursday",
    "Speaking after the meeting, X said" (the meeting's date);
  * a reported clause in the past progressive, which happens as it is said: "announced he was recognizing
    the regions on Feb. 21";
  * the date of the clause an "as"/"while" clause hangs on: "X vowed on Sunday ... as Y said ...";
  * the date of the verb a subjectless conjunct shares its subject with: "X yesterday welcomed Y but said ...",
    or a participle after it hangs on: "X yesterday added five names to its list, accusing them of ...";
  * "on day three of the invasion": the date the article gives for the invasion, plus two days.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from kg.dates import parse_date_expr
from kg.doc_cache import sents, span_ents, span_tokens
from kg.events_common import date_of, date_phrase, is_future, told_past_date
from kg.events_lexicon import triggers, words
from kg.model import CleanArticle

#: Children that open a clause of their own: their dates are not the speech act's.
_CLAUSES = frozenset({"ccomp", "conj", "relcl", "advcl", "parataxis", "nsubj", "nsubjpass", "csubj", "acl", "cc"})
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
           "eighth": 8, "ninth": 9, "tenth": 10, "a": 1, "an": 1, "the": 1}
_SIMULTANEOUS = frozenset({"as", "while", "when"})
#: Verbs that report an accord reached: "agreed", "signed", "struck a deal".
_ACCORD_VERBS = frozenset({"agree", "sign", "strike", "reach", "clinch", "seal", "conclude"})
#: Speech verbs that report a clause and take no addressee as their object: an object before the clause is its subject.
_THAT_VERBS = frozenset({"say", "add", "insist", "claim", "argue", "note", "stress", "acknowledge", "admit", "confirm",
                         "state", "deny", "repeat", "reiterate", "explain", "suggest", "conclude", "recall"})


def count_of(tok: Token) -> int | None:
    """The number a word or digits say ("three", "3", "third", "a" and "the" one), else ``None``."""
    word = tok.lower_.rstrip(".")
    if word.isdigit():
        return int(word)
    return _COUNTS.get(word)


def _ent_date(tok: Token, anchor: date, tense: str) -> date | None:
    """The date of the date expression ``tok`` lies in (see :func:`kg.events_common.date_phrase`)."""
    text = date_phrase(tok)
    if not text:
        return None
    return (told_past_date(text, tok, anchor) if tense == "past" else None) or parse_date_expr(text, anchor, tense)


def phrase_tokens(verb: Token, quotes: Iterable[tuple[int, int]] = ()) -> list[Token]:
    """The tokens of ``verb``'s own phrase: its subtree without the clauses that hang on it or in quotes."""
    spans = list(quotes)
    out: list[Token] = []
    stack = [c for c in verb.children if c.dep_ not in _CLAUSES]
    while stack:
        t = stack.pop()
        if spans and any(a <= t.idx < b for a, b in spans):
            continue
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return sorted(out, key=lambda t: t.i)


def _days_after(verb: Token) -> int | None:
    """N for "N days after X said" (negative for "N days before"), else ``None``."""
    mark = next((c for c in verb.children if c.dep_ in {"mark", "prep"} and c.lower_ in {"after", "before"}), None)
    if mark is None:
        return None
    day = next((c for c in [*verb.children, *mark.children] if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), None)
    if day is None:
        return None
    return _signed_days(day, mark)


def _signed_days(day: Token, mark: Token) -> int:
    """The days "N days after" counts on (1 for "a day"), negative for "before"."""
    n = next((k for c in day.children if c.dep_ in {"det", "nummod"} and (k := count_of(c))), 1)
    return n if mark.lower_ == "after" else -n


def day_count(tok: Token, anchor: date) -> date | None:
    """The date "on day three of the invasion" names, counting from the article's dated mention of the invasion."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"on", "by"}:
            continue
        for day in prep.children:
            if day.lemma_.lower() != "day":
                continue
            nums = [c for c in day.children if c.dep_ in {"nummod", "amod"} and count_of(c)]
            if not nums:
                continue
            of = next((p for n in [day, *nums] for p in n.children if p.dep_ == "prep" and p.lower_ == "of"), None)
            what = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            start = _start_of(what, anchor) if what is not None else None
            if start is not None:
                return start + timedelta(days=count_of(nums[0]) - 1)  # type: ignore[operator]
    return None


def _start_of(noun: Token, anchor: date) -> date | None:
    """The date the article gives for the first sentence naming ``noun``'s lemma with a date ("began on Feb. 24")."""
    doc: Doc = noun.doc
    for sent in sents(doc):
        if sent.start <= noun.i < sent.end:
            continue
        if not any(t.lemma_.lower() == noun.lemma_.lower() for t in span_tokens(sent)):
            continue
        for ent in span_ents(sent):
            if ent.label_ == "DATE" and (d := parse_date_expr(ent.text, anchor, "past")) and d <= anchor:
                return d
    return None


def stated_date(verb: Token, sent: Span, article: CleanArticle, quotes: Iterable[tuple[int, int]] = ()) -> date | None:
    """The date the sentence states for the speech act at ``verb``, else ``None`` (see the module doc)."""
    anchor = article.published
    if anchor is None:
        return None
    tense = "future" if is_future(verb) and not _past(verb) else "past"
    quotes = list(quotes)
    if d := _on(verb, article):
        return d
    if (n := _days_after(verb)) is not None:
        others = {d for e in span_ents(sent) if e.label_ == "DATE" and (d := parse_date_expr(e.text, anchor, "past"))}
        base = next(iter(others)) if len(others) == 1 else anchor
        return base - timedelta(days=n)
    if verb.dep_ == "acl":  # "issued an advisory Tuesday urging ...": the date of the issuing
        if d := _on(verb.head, article) or _on(verb.head.head, article):
            return d
    if verb.dep_ == "relcl" and any(c.lower_ == "when" for c in verb.children):
        if d := _ent_date(verb.head, anchor, "past"):
            return d
    phrase = phrase_tokens(verb, quotes)
    reported = _reported_subject(verb)
    for t in phrase:
        if not _of_object(t) and t.i not in reported and not _in_object_of(t, verb) \
                and (d := _ent_date(t, anchor, tense)):
            return d
    for t in phrase:  # "said in a video posted late Thursday", "in a statement issued on Monday"
        for c in t.children:  # (the message the verb speaks in, not "the first under a framework adopted on Friday")
            if t.dep_ == "pobj" and t.head.head == verb and c.dep_ == "acl" and c.tag_ == "VBN" and (
                    d := _on(c, article) or _after_event(phrase_tokens(c, quotes), sent, anchor)):
                return d  # also "in a communique issued after the summit on Sunday
    if d := _that_day(phrase, sent, anchor):
        return d
    if d := _after_event(phrase, sent, anchor):
        return d
    for c in verb.children:  # "told reporters after the talks ended late on Thursday"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"after", "when", "as"} for m in c.children):
            if (n := _days_after(c)) is None and (d := _on(c, article)):
                return d
        if c.dep_ == "advcl" and speaking(c) and (d := _on(c, article) or _after_event(phrase_tokens(c, quotes), sent, anchor)):
            return d  # "Speaking to reporters on Friday, X said", "Speaking after the meeting, X said"
    head = verb
    while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    for c in subj.children if subj is not None else ():
        if c.dep_ == "acl" and speaking(c) and (d := _on(c, article)):
            return d  # "X, speaking to a broadcaster on Wednesday, called ..."
    for c in verb.children:
        if c.dep_ == "ccomp" and c.tag_ == "VBG" and any(a.dep_ == "aux" and a.lower_ in {"was", "were"} for a in c.children):
            if d := _on(c, article):
                return d
            for t in phrase_tokens(c, quotes):
                if d := _ent_date(t, anchor, "past"):
                    return d
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SIMULTANEOUS for c in verb.children):
        for up in verb.ancestors:
            if d := _on(up, article):
                return d
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children) \
            and (d := _on(verb.head, article) or next((d for t in phrase_tokens(verb.head, quotes) if not _of_object(t)
                                                       and (d := _ent_date(t, anchor, "past"))), None)):
        return d  # "X yesterday added five names to its list, accusing them of ...", "X returned late on Friday,
        # saying ...": one act, one day
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        # "X yesterday welcomed the deal but said ...", "In a post late on Tuesday, X thanked Y and said ...":
        # one act, one day
        return _on(verb.head, article) or next(
            (d for t in phrase_tokens(verb.head, quotes)
             if not _of_object(t) and (d := _ent_date(t, anchor, _aux_tense(verb.head)))), None)
    return None


def _reported_subject(verb: Token) -> set[int]:
    """Token numbers of an object the parse gave the verb that is really the subject of the reported clause
    after it ("said the test on 3 September had been a threat": the test's day, not the saying's)."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or verb.lemma_.lower() not in _THAT_VERBS:
        return set()
    return {t.i for c in verb.children if c.dep_ == "dobj" and c.i < clause.i for t in c.subtree}


def _in_object_of(tok: Token, verb: Token) -> bool:
    """True for a date in an "of" phrase of the verb's object ("reiterated its condemnation of the events of 28
    September"): the day of what the act is about, not of the act."""
    of = False
    for up in tok.ancestors:
        of = of or (up.dep_ == "prep" and up.lower_ == "of")
        if up.dep_ == "dobj" and up.head == verb:
            return of
        if up == verb:
            break
    return False


def _of_object(tok: Token) -> bool:
    """True for a date that owns the verb's object ("welcomed Thursday's meeting"): the meeting's day, not the
    day of the welcome."""
    return tok.dep_ == "poss" and tok.head.dep_ == "dobj"


#: Nouns that "that" or "the same" turn into the day the sentence already named ("in a statement that night").
_DAY_PARTS = frozenset({"day", "night", "evening", "morning", "afternoon"})
_LOOKBACK = 8  # sentences searched back for the date of "the meeting" a clause follows


def speaking(tok: Token) -> bool:
    """True for a participle of speaking without a subject of its own ("speaking to reporters")."""
    return tok.tag_ == "VBG" and (tok.lemma_.lower() in words("speech_verbs.txt") | {"speak"}) \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def occasions() -> frozenset[str]:
    """Lemmas of nouns for an occasion where someone speaks (``speech_occasions.txt``)."""
    return words("speech_occasions.txt")


def event_lemmas() -> frozenset[str]:
    """Lemmas that report a meeting, talks or a speaking occasion (negotiation triggers and occasions)."""
    return frozenset(lemma for lemma, _ in triggers()) | occasions() | {"talks", "talk"}


def _that_day(phrase: list[Token], sent: Span, anchor: date) -> date | None:
    """For "that night" / "the same day" in the verb's phrase: the one other date the sentence names, else, when
    it names none, the one date of the nearest of the three sentences before that names any ("X said on Saturday
    ... Y told APS the same day ...")."""
    for t in phrase:
        if t.lemma_.lower() in _DAY_PARTS and any(c.lower_ in {"that", "same"} for c in t.children):
            others = _dates_in(sent, anchor, but=t)
            for before in reversed([s for s in sents(sent.doc) if s.end <= sent.start][-3:]):
                others = others or _dates_in(before, anchor)
            if len(others) == 1:
                return others.pop()
    return None


def _dates_in(sent: Span, anchor: date, but: Token | None = None) -> set[date]:
    """The past dates the sentence's date and time entities name (not the one ``but`` is in)."""
    return {d for e in span_ents(sent) if e.label_ in {"DATE", "TIME"} and not (but is not None and e.start <= but.i < e.end)
            and (d := told_past_date(e.text, e[0], anchor) or parse_date_expr(e.text, anchor, "past"))}


def _after_event(phrase: list[Token], sent: Span, anchor: date) -> date | None:
    """For "said after the meeting": the date the meeting's own phrase gives ("the session that ended late
    on Tuesday"), else the date of the nearest earlier sentence that reports a meeting or talks with one date."""
    for prep in phrase:
        if prep.dep_ != "prep" or prep.lower_ not in {"after", "following"}:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in event_lemmas()):
            if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children):
                continue
            for t in noun.subtree:
                if d := _ent_date(t, anchor, "past"):
                    return d
            return earlier_event_date(sent, anchor)
    return None


def earlier_event_date(sent: Span, anchor: date, back: int = _LOOKBACK) -> date | None:
    """The one past date of the nearest earlier sentence (at most ``back`` before) that names a meeting, talks
    or an occasion."""
    lemmas = event_lemmas()
    earlier = [s for s in sents(sent.doc) if s.end <= sent.start][-back:]
    for s in reversed(earlier):
        if not any(t.lemma_.lower() in lemmas for t in span_tokens(s)):
            continue
        found = {d + timedelta(days=_days_from(t)) for t in span_tokens(s) if (text := date_phrase(t))  # entities and untagged
                 and (d := parse_date_expr(text, anchor, "past")) and d <= anchor}  # day words ("yesterday")
        if len(found) == 1:
            return found.pop()
    return None


def _days_from(tok: Token) -> int:
    """N when the date ``tok`` is in is the base of "N days after ..." ("met a day after a first session on
    Sunday": Sunday + 1), minus N for "N days before ...", else 0."""
    for up in tok.ancestors:
        if up.dep_ != "prep" or up.lower_ not in {"after", "before"}:
            continue
        day = next((d for d in [up.head, *up.children] if d.dep_ == "npadvmod" and d.lemma_.lower() == "day"), None)
        if day is not None:  # the parse hangs "a day" on the preposition or the preposition on "a day"
            return _signed_days(day, up)
    return 0


def _aux_tense(verb: Token) -> str:
    """"future" when ``verb`` itself takes "will"/"shall" ("will meet Y on Friday and say"), else "past"
    (a verb of planning, "called the accusation ...", reports a past act)."""
    return "future" if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in verb.children) else "past"


def _on(tok: Token, article: CleanArticle) -> date | None:
    """A date hanging directly on ``tok``: its date phrase or a day count."""
    return date_of([tok], article, future=False if _past(tok) else None) or (
        day_count(tok, article.published) if article.published else None)


def _past(verb: Token) -> bool:
    """True for a verb in the simple past or the perfect ("called", "has warned"): whatever its lemma (a verb of
    planning such as "call"), what it reports has happened."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ == "VBD" or perfect


def on_a_when(verb: Token) -> bool:
    """True for the verb of a "when" clause that hangs on a date ("in June 2014, when A and B met")."""
    return verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE" and any(c.lower_ == "when" for c in verb.children)


def date_before_when(verb: Token, anchor: date) -> date | None:
    """The day a "when" clause at ``verb`` hangs on ("dates back to 3 May 2009, when A and B opened talks"),
    else ``None`` (also for a month or a year: "in June 2014, when A and B met")."""
    return _ent_date(verb.head, anchor, "past") if on_a_when(verb) else None


def earlier_accord_date(sent: Span, article: CleanArticle, back: int = 3) -> date | None:
    """The stated day of the nearest accord reached in the ``back`` sentences before ``sent`` ("A and B agreed
    late on Friday ..." above "The deal came after a week of talks"), else ``None``."""
    for s in reversed([s for s in sents(sent.doc) if s.end <= sent.start][-back:]):
        for t in span_tokens(s):
            if t.pos_ == "VERB" and t.lemma_.lower() in _ACCORD_VERBS and _past(t) \
                    and (d := stated_date(t, s, article)):
                return d
    return None
