"""When a sanction measure was imposed: a date on its verb (or between it and its auxiliary: "had on 2 March
imposed"), the date a "when" clause of it hangs on, the sentence's one date outside other clauses, or the date
of a following "announced the measures on Wednesday"; a vague date ("earlier this year") is none.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from kg.dates import parse_date_expr
from kg.doc_cache import span_ents, span_tokens
from kg.events_common import date_of, date_phrase, sentence_dates
from kg.events_sanction_by import sanction_verb
from kg.model import CleanArticle, EventDraft

_MONTH_OR_YEAR = re.compile(r"\b(?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)

#: "the same day": the day of the measure reported just before.
_SAME_DAY = re.compile(r"\b(?:the\s+same\s+day|that\s+same\s+day)\b", re.I)

#: Nouns for a span of time: "earlier this year" dates a measure too vaguely to give it a day.
_PERIODS = {"year", "month", "week", "season", "spring", "summer", "autumn", "fall", "winter", "decade"}

#: Prepositions of the day a measure runs to, not the day it was taken.
_EXPIRY = {"until", "till", "through", "to"}

#: Nouns that refer back to a package of measures ("announced the measures on Wednesday").
_PACKAGE_NOUNS = {"measure", "sanction", "ban", "penalty", "restriction", "package", "step"}
_ANNOUNCED_NOUNS = frozenset(_PACKAGE_NOUNS | {"decision"})  # the nouns :func:`announced` reads


def when_of(path: list[Token], sent: Span, article: CleanArticle) -> tuple[object, str]:
    """(date, basis) of the measure on ``path``: a date on its verb, else the sentence's one date; a vague
    date on the verb ("earlier this year") is no date at all (basis "unknown")."""
    verbs = path + ([path[-1].head] if path[-1].dep_ in {"advcl", "conj", "xcomp"} else [])
    past = any(v.tag_ == "VBD" for v in verbs)  # "agreed on Tuesday to freeze": last Tuesday, not a plan
    # the measure's own verbs first: "…, while Y designated ten officials earlier this month" is not the day
    # of the clause it hangs on
    for group in (path, verbs):
        when = date_of(group, article, future=False if past else None) or _between_aux(group, article) \
            or _when_clause(group, article) or _day_word_before(group, article) or _decision_of(group, article)
        if when is not None:
            return when, "stated"
        times = [c for v in group for c in v.children if c.dep_ in {"npadvmod", "advmod", "tmod"}]
        times += [g for v in group for c in v.children if c.dep_ == "prep" and c.lower_ not in _EXPIRY
                  for g in c.children if g.dep_ == "pobj"]  # "extends the ban until October 2025": when it ends
        if any(t.ent_type_ == "DATE" or t.lemma_.lower() in _PERIODS for t in times):
            return None, "unknown"
    if _pluperfect(path):  # "said on Thursday the US had also imposed …": before that day, but when is not told
        return None, "unknown"
    stated = _clause_dates(sent, path, article)
    if len(set(stated)) == 1:
        return stated[0], "stated"
    if not stated and any(e.label_ == "DATE" and _MONTH_OR_YEAR.search(e.text) for e in _clause_ents(sent, path)):
        return None, "unknown"  # "had placed X on its list in October 2019": a date, but no day
    return None, "article"


def _pluperfect(path: list[Token]) -> bool:
    """True for a measure whose verb is in the pluperfect ("had also imposed"): a day the sentence gives around it
    (the report's) is not the measure's."""
    verb = next((t for t in path if t.pos_ == "VERB"), None)
    return verb is not None and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _between_aux(verbs: list[Token], article: CleanArticle) -> date | None:
    """The date that stands between a verb and its auxiliary ("X had on 2 March imposed …"), which the parse
    may hang on the auxiliary as its object, else ``None``."""
    if article.published is None:
        return None
    for v in verbs:
        first = min((c.i for c in v.children if c.dep_ in {"aux", "auxpass"} and c.i < v.i), default=v.i)
        day = next((t for t in v.doc[first + 1 : v.i] if t.ent_type_ == "DATE"), None)
        if day is not None and (text := date_phrase(day)) and (got := parse_date_expr(text, article.published, "past")):
            return got
    return None


def _decision_of(verbs: list[Token], article: CleanArticle) -> date | None:
    """The date of the noun a measure's infinitive completes ("the Council decision of 4 June 2021 to ban …",
    "its decision on 3 May to freeze …"), which the parse hangs on the noun, not the verb; else ``None``."""
    if article.published is None:
        return None
    for v in verbs:
        for _ in range(4):  # up from "from overflying X airspace" to the infinitive "to ban"
            if v.dep_ not in {"pcomp", "prep", "pobj", "dobj", "conj"} or v.head.i == v.i:
                break
            v = v.head
        if v.dep_ != "acl" or v.pos_ != "VERB" or v.head.pos_ != "NOUN" or v.head.i > v.i:
            continue
        for c in v.head.children:
            day = next((g for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"), None) \
                if c.dep_ == "prep" and c.lower_ in {"of", "on"} else None
            if day is not None and (text := date_phrase(day)) and (got := parse_date_expr(text, article.published, "past")):
                return got
    return None


#: Day words a release puts between a measure's subject and its verb ("The Council today adopted …").
_DAY_WORDS = {"today", "yesterday"}


def _day_word_before(verbs: list[Token], article: CleanArticle) -> date | None:
    """The day of "today"/"yesterday" standing just before a verb ("The X Department (XD) today decided to extend
    …"), which the parse may hang on the subject, else ``None``."""
    if article.published is None:
        return None
    for v in verbs:
        prev = v.doc[v.i - 1] if v.i > 0 else None
        if prev is not None and prev.lower_ in _DAY_WORDS and v.pos_ in {"VERB", "AUX"}:
            return parse_date_expr(prev.lower_, article.published, "past")
    return None


def _when_clause(verbs: list[Token], article: CleanArticle) -> date | None:
    """The date a "when" clause of the measure hangs on ("sanctions announced on May 2, when X imposed …"), else
    ``None``."""
    for v in verbs:
        if v.dep_ == "relcl" and v.head.ent_type_ == "DATE" and any(c.lower_ == "when" for c in v.children) \
                and article.published is not None and (text := date_phrase(v.head)):
            return parse_date_expr(text, article.published, "past")
    return None


#: Verbs of a decision taken ("The decision was taken yesterday"), which dates the measure reported before.
_DECIDED = {"take", "make", "adopt", "approve"}


def announced(sent: Span, article: CleanArticle) -> object:
    """The date of "announced the measures on Wednesday", "the measures, announced Thursday, ..." or "The decision
    was taken yesterday": a definite package noun governed or described by a sanction verb that carries a date (not
    one with its own agent: "the measures decided by X on 24 June"), or a decision taken on a day, else ``None``."""
    for t in span_tokens(sent):
        if t.lemma_.lower() not in _ANNOUNCED_NOUNS or not any(d.lower_ in {"the", "these"} for d in t.children):
            continue  # the lemma first: a word's children cost a walk of its subtree
        verb = t.head
        if t.lemma_.lower() == "decision" and t.dep_ == "nsubjpass" and verb.lemma_.lower() in _DECIDED \
                and (when := date_of([verb], article)):
            return when  # "The decision was taken yesterday."
        if t.lemma_.lower() not in _PACKAGE_NOUNS:
            continue
        if verb.pos_ == "VERB" and sanction_verb(verb) and (when := date_of([verb], article)):
            return when
        for acl in (c for c in t.children if c.dep_ == "acl" and c.pos_ == "VERB"):
            if any(c.dep_ == "agent" for c in acl.children):
                continue  # "adopts the measures decided by X on 24 June": X's day, not the adopter's
            if sanction_verb(acl) and (when := date_of([acl], article)):
                return when  # "The measures, announced Thursday, ..."
    return None


def date_undated(drafts: list[EventDraft], sents: list[Span], n: int, when: object) -> list[EventDraft]:
    """``drafts`` with those of the two sentences before ``sents[n]`` that had no stated date dated ``when``."""
    lo = sents[max(0, n - 2)].start_char
    return [replace(d, date=when, date_basis="stated")
            if d.date_basis != "stated" and lo <= d.evidence.start < sents[n].start_char else d for d in drafts]


def _clause_ents(sent: Span, path: list[Token]) -> list[Span]:
    """The sentence's entities without those of a subordinate clause the measure is not in ("on three
    members of the junta that seized power on July 26": the coup's day, not the measure's), and only those of the
    reported clause when the measure is in one after its speech verb ("X said Thursday that …"; but "A froze
    B's assets on Friday, the ministry said" keeps Friday)."""
    on_path = {t.i for t in path}
    inside = {x.i for t in span_tokens(sent) if (_subordinate(t) or _described(t, on_path))
              and not any(x.i in on_path for x in t.subtree)
              for x in t.subtree}  # "After X froze A's assets in March, Y banned …": X's month, not Y's
    top = path[-1] if path else None  # "X said Thursday that the sanctions would stay": X's day
    reported = [t for t in (top, *top.ancestors) if t.dep_ == "ccomp" and t.head.i < t.i] if top is not None else []
    clause = {x.i for x in reported[0].subtree} if reported else {t.i for t in sent}
    return [e for e in span_ents(sent) if e.start not in inside and e.start in clause
            and not (e.root.dep_ == "pobj" and e.root.head.lower_ in _EXPIRY)]  # "until October 2025": its end


def _subordinate(tok: Token) -> bool:
    """True for the head of a relative clause, or of an adverbial one its conjunction opens ("after X froze …";
    not a participle's, where the parse may hang the main clause's date: "placed X on its list, restricting …,
    in October")."""
    return tok.dep_ == "relcl" or tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children)


def _described(tok: Token, on_path: set[int]) -> bool:
    """True for a participle with its own agent that describes a noun off the measure's path ("in light of the test
    conducted by X on May 9": X's act, the test's day; not "the sanctions announced on May 9", whose noun is the
    measure, nor "the decision, taken on May 9, to freeze ...", which is the measure's own act)."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i not in on_path and tok.head.pos_ in {"NOUN", "PROPN"} \
        and any(c.dep_ == "agent" for c in tok.children)


def _clause_dates(sent: Span, path: list[Token], article: CleanArticle) -> list[date]:
    """The dates of ``_clause_ents``."""
    return [d for e in _clause_ents(sent, path) for d in sentence_dates(e, article)]


def _carried_date(path: list[Token], sents: list[Span], n: int, article: CleanArticle, drafts: list[EventDraft],
                 imposer: str, referred: bool) -> date | None:
    """The day of a measure its own sentence gives none: that of the sentence before when its subject is "it" or
    "they" and that sentence has one ("The last one was adopted on 5 August. It banned …"), else that of the last
    dated measure when its subject refers back to it ("It also targets …", "The sanctions include …"), or, for
    "X also imposed …" (not in the present: "X is also designating …"), that of X's last dated measure, else the
    day of the sentence before; else ``None``."""
    stated = [d for d in drafts if d.date_basis == "stated"]
    if referred and n > 0 and _pronoun_subject(path) and (day := _day_of(sents[n - 1], article)):
        return day  # "The last one was adopted on 5 August. It banned exports …": the day of what "it" is
    if referred and stated:
        return stated[-1].date
    verbs = [v for t in path if t.pos_ in {"VERB", "AUX"} for v in (t, *([t.head] if t.dep_ == "conj" else []))]
    if not any(c.lower_ == "also" for t in verbs for c in t.children):  # "X also sanctioned A and designated B"
        return None
    if any(_present(v) for v in verbs):
        return None  # "OFAC is also designating A" after "designations of March 3": today's, as the release is
    if own := [d for d in stated if d.imposer == imposer]:
        return own[-1].date
    if n == 0 or any(d.imposer != imposer and sents[n - 1].start_char <= d.evidence.start < sents[n - 1].end_char
                     for d in drafts):
        return None  # "The US has also restricted visas", after the EU's measures: not the EU's day
    return _day_of(sents[n - 1], article)


def _present(verb: Token) -> bool:
    """True for a verb in the present ("designates", "is also designating", "is being designated")."""
    return verb.tag_ in {"VBZ", "VBP"} or verb.tag_ in {"VBG", "VBN"} and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"is", "are", "am"} for c in verb.children)


def _day_of(sent: Span, article: CleanArticle) -> date | None:
    """The day of a sentence: that of its main verb ("X yesterday ordered …"), else its one date, else ``None``."""
    if main := date_of([sent.root], article):
        return main
    days = set(_clause_dates(sent, [], article))
    return days.pop() if len(days) == 1 else None


def _pronoun_subject(path: list[Token]) -> bool:
    """True when the measure's verb has "it" or "they" for its subject."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"it", "they"}
               for t in path if t.pos_ in {"VERB", "AUX"} for c in t.children)


def measure_date(path: list[Token], sents: list[Span], n: int, article: CleanArticle, drafts: list[EventDraft],
                 imposer: str, referred: bool, pronoun: bool) -> tuple[date | None, str]:
    """(date, basis) of the measure on ``path`` in ``sents[n]``: its own (``when_of``), else that of the measure
    it refers back to or follows ("It also targets …", ``_carried_date``), of the last dated measure for a listing
    by "it"/"they" (``pronoun``: "It also blacklisted …"), or of the last one for "the same day"."""
    when, basis = when_of(path, sents[n], article)
    if basis != "article":
        return when, basis
    if carried := _carried_date(path, sents, n, article, drafts, imposer, referred):
        return carried, "stated"
    if pronoun and drafts:
        prior = next((d for d in reversed(drafts) if d.date_basis == "stated"), drafts[-1])
        return prior.date, prior.date_basis
    stated = [d for d in drafts if d.date_basis == "stated"]
    if when is None and _SAME_DAY.search(sents[n].text) and stated:
        return stated[-1].date, "stated"  # "held its own summit the same day"
    return when, basis
