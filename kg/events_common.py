"""Helpers the event extractors share: mentions by token, dates near a token, evidence, tense."""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.dates import MONTH, WEEKDAYS, YEAR, parse_date_expr
from kg.doc_cache import doc_text, ent_at, ents, once, span_ents, span_text, tokens
from kg.events_lexicon import state_of
from kg.gazetteer import lookup_place, non_state_actor
from kg.model import CleanArticle, Evidence, Mention

#: Auxiliaries and lemmas that put an event in the future relative to the report.
_FUTURE_AUX = {"will", "wo", "shall", "'ll", "would", "'d"}
_PLAN_LEMMAS = {"brace", "plan", "prepare", "expect", "schedule", "set", "ready", "due", "agree", "propose",
                "hope", "want", "seek", "aim", "intend", "offer", "call", "invite", "await", "consider"}
_SCHEDULE_LEMMAS = {"schedule", "set", "slate", "plan", "fix", "reschedule"}  # "scheduled for Thursday"
_MOTION_LEMMAS = {"land", "arrive", "travel", "fly", "head", "go", "come", "gather", "leave", "return"}
#: Words that name a day though the model may not tag them as a date ("told reporters yesterday").
_DAY_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow", *WEEKDAYS})


class MentionIndex:
    """The article's mentions, findable by the token they cover."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention]) -> None:
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._by_token: dict[int, Mention] = {}
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self._by_token.setdefault(t.i, m)

    def at(self, token: Token) -> Mention | None:
        """The mention that covers ``token``, if any."""
        return self._by_token.get(token.i)

    def covered(self) -> Collection[int]:
        """The numbers of the tokens some mention covers."""
        return self._by_token.keys()

    def before(self, pos: int, types: Iterable[str], since: int = 0) -> list[Mention]:
        """Mentions of ``types`` that end at or before char ``pos`` and start at or after ``since``, nearest first."""
        wanted = set(types)
        found = [m for m in self.mentions if m.type in wanted and since <= m.start and m.end <= pos]
        return sorted(found, key=lambda m: -m.start)


def name_span(token: Token, index: MentionIndex) -> tuple[str, str | None]:
    """The surface form around ``token`` (its mention, else its named entity, else the token, without a
    leading "the") and its kg type."""
    m = index.at(token)
    if m is not None:
        return _no_article(m.text), m.type
    if token.ent_type_:
        ent = ent_at(token)
        kind = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
                "NORP": "Organization"}.get(ent.label_)
        return _no_article(ent.text), kind
    return token.text, None


def _no_article(text: str) -> str:
    """``text`` without a leading "the"."""
    return text[4:] if text[:4].lower() == "the " else text


def party_of(token: Token, index: MentionIndex) -> str | None:
    """The state or organization ``token`` names as an actor ("Tehran" -> "Iran", "Hamas"), else ``None``."""
    text, kind = name_span(token, index)
    if kind == "Organization" and non_state_actor(text):  # "the Ruritanian opposition": a party, not the state
        return text
    m = index.at(token)
    inner = kind == "Organization" and m is not None and token.idx > m.start  # "Niger" in "Niger Delta Liberation …"
    chain = _chain_state(token) if m is None else None
    if state := chain or state_of(text) or (None if inner else state_of(token.text)):
        return state
    proper = token.pos_ == "PROPN" or (text.isupper() and text.isalpha() and len(text) > 1)  # "the FARC team"
    if proper and (kind == "Organization" or (kind == "Place" and lookup_place(text) is None)):
        return text
    return None


def _chain_state(token: Token) -> str | None:
    """The country the run of proper nouns around ``token`` names when the model split it ("New" "Zealand"
    with no entity over both), else ``None``."""
    if token.pos_ != "PROPN":
        return None
    doc, lo, hi = token.doc, token.i, token.i + 1
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and token.i - lo < 3:
        lo -= 1
    while hi < len(doc) and doc[hi].pos_ == "PROPN" and hi - token.i < 3:
        hi += 1
    return state_of(doc[lo:hi].text) if hi - lo > 1 else None


def tokens_of(tokens: Iterable[Token]) -> list[Token]:
    """Tokens in document order, each once."""
    return sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)


def date_of(tokens: Iterable[Token], article: CleanArticle, within: Span | None = None,
            future: bool | None = None) -> date | None:
    """The first resolvable DATE entity among ``tokens``' children (their npadvmod or ``on``/``at`` phrase),
    only inside ``within`` when given (the parse may hang a headline on the dateline below it).

    A weekday is read forward when the token it hangs on is in the future ("will meet on Thursday"), or
    when ``future`` says so (the caller knows the event's status better than the clause does).
    """
    anchor = article.published
    if anchor is None:
        return None
    for tok in tokens:
        for child in tok.children:
            cands = [child]
            if child.dep_ == "prep" and (child.lower_ in {"on", "at", "by"} or (
                    child.lower_ == "for" and tok.lemma_.lower() in _SCHEDULE_LEMMAS)):  # "scheduled for Thursday"
                cands = list(child.children)
            for c in cands:
                if within is not None and not within.start <= c.i < within.end:
                    continue
                if c.dep_ in {"npadvmod", "pobj", "tmod", "nmod", "advmod", "appos"} and (text := date_phrase(c)):
                    ahead = is_future(tok) if future is None else future
                    if not ahead and (got := told_past_date(text, c, anchor)):
                        return got
                    got = parse_date_expr(text, anchor, "future" if ahead else "past")
                    if got is not None:
                        return ahead_of(got, anchor, text) if ahead else got
    return None


_MONTH_DAY = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
                        r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_YEAR = re.compile(rf"\b{YEAR}\b")


def told_past_date(text: str, tok: Token, anchor: date) -> date | None:
    """The date of a day and month without a year (``text``, at ``tok``) in a passage telling an earlier year
    (:func:`narrative_dates`), else None."""
    if not _MONTH_DAY.search(text) or _YEAR.search(text) or not (told := narrative_dates(tok, anchor)):
        return None
    return _in_told_year(text, told)


def _in_told_year(text: str, told: list[date]) -> date | None:
    """A day and month in the year of a date told with that day and month ("on 21 February 1999 ... At a banquet on
    21 February"), else in the year of the latest date told (else the last) when it falls on or after it ("On 8 May 1995
    ... on 26 May") or a few days before ("on 21 February 1999 ... The day before, ... on 20 February"); else None.
    Of "signed on 15 October 2012; the 2008 memorandum, initialled in July 2008, ...", 2012 is the latest."""
    if (got := parse_date_expr(text, max(told), "past")) is None:
        return None
    if same := [t for t in told if (t.month, t.day) == (got.month, got.day)]:
        return same[-1]
    for then in dict.fromkeys((max(told), told[-1])):  # the latest told, else the last ("on 13 May 1998 ... 30 May")
        if (got := parse_date_expr(text, then, "past")) is not None and (then - got).days <= _STEP_BACK:
            return got
    return None


_STEP_BACK = 7  # days a narrative may step back from the last date it told ("the day before")


def narrative_dates(tok: Token, anchor: date) -> list[date]:
    """The dates with a year earlier than ``anchor``'s that ``tok``'s paragraph or the one before states before it
    (an analysis telling a past year: "On 8 May 1995 the ministers met in X. A second meeting, on 26 May, ..."), since
    the last date said from the report's day ("on Friday", "last week") or a day and month that falls outside their
    year ("signed on 15 October 2012. ... ended on February 27": the next year's, the story has moved on), when the
    latest of them is in such a year."""
    paras, told = once(tok.doc, f"told {anchor}", lambda: _told_dates(tok.doc, anchor))
    starts = [p for p in paras if p <= tok.i]
    start = starts[-2] if len(starts) >= 2 else 0
    found: list[date] = []
    for s, e, said in told:
        if s < start or e > tok.i:
            continue
        if isinstance(said, str):  # a day and month without a year
            found = found if found and _in_told_year(said, found) else []
        else:
            found = [*found, said] if said is not None else []  # "on Friday": the report's own week again
    return found if found and max(found).year < anchor.year else []


def _told_dates(doc: Doc, anchor: date) -> tuple[list[int], list[tuple[int, int, date | str | None]]]:
    """The Doc's paragraph starts, and (start, end, date) of each DATE entity with a year, (start, end, text) of each
    day and month without one, (start, end, None) of each said from the report's day; read once per Doc
    (``narrative_dates``)."""
    told: list[tuple[int, int, date | str | None]] = []
    for ent in ents(doc):
        if ent.label_ != "DATE":
            continue
        if _YEAR.search(ent.text):
            if said := parse_date_expr(ent.text, anchor, "past") or _last_year_date(ent.text, anchor):
                told.append((ent.start, ent.end, said))  # "27 and 28 June 2004": a date with a year all the same
        elif _RELATIVE.search(ent.text):
            told.append((ent.start, ent.end, None))
        elif _MONTH_DAY.search(ent.text):
            told.append((ent.start, ent.end, ent.text))
    return [p.start for p in paragraphs(doc)], told


def _last_year_date(text: str, anchor: date) -> date | None:
    """The date of the last day, month and year in ``text`` ("27 and 28 June 2004" -> 28 June 2004), or the first of
    the month a month and year name ("in July 2001")."""
    m = _DAY_MONTH_YEAR.search(text.strip())
    return parse_date_expr(f"{m[1] or 1} {m[2]} {m[3]}", anchor, "past") if m else None


_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}}\s+)?({MONTH}\.?)\s+({YEAR})\b$", re.I)


_RELATIVE = re.compile(r"\b(?:today|yesterday|tomorrow|week|month|year|" + "|".join(WEEKDAYS) + r")\b", re.I)


_RECENT_DAYS = 31  # a planned event's yearless day at most this many days before the report is no day of next year


def ahead_of(got: date, anchor: date, text: str) -> date:
    """``got`` moved a year on when a planned event's month and day without a year fell well before the report
    ("will meet on March 3" in a January report: this March, not last year's); a day a few weeks before it stays
    (a plan "agreed on February 18" in a February 26 report: that day, not next year's)."""
    if got >= anchor or (anchor - got).days <= _RECENT_DAYS or re.search(r"\b\d{4}\b", text) \
            or not re.search(r"\d", text):
        return got
    try:
        return got.replace(year=got.year + 1)
    except ValueError:
        return got


def date_phrase(tok: Token) -> str | None:
    """The date expression ``tok`` lies in: its DATE/TIME entity, else an untagged day word with the
    word that qualifies it ("yesterday", "last Thursday"), else ``None``."""
    if tok.ent_type_ in {"DATE", "TIME"}:
        ent = ent_at(tok)
        day = [e for c in tok.lefts if c.dep_ == "compound" and c.ent_type_ == "DATE"
               for e in ents(tok.doc) if e.start <= c.i < e.end and e.end <= ent.start]
        text = tok.doc[day[0].start : ent.end].text if day else ent.text  # "Saturday afternoon": two entities
        return text + _named_week(tok.doc, ent.end) if ent.text.lower() in WEEKDAYS else text
    prev = tokens(tok.doc)[tok.i - 1] if tok.i else None  # (not a walk of ``tok.lefts`` for the one word it may be)
    if prev is not None and prev.ent_type_ == "DATE" and prev.dep_ == "compound" and prev.head.i == tok.i \
            and (day := [e for e in ents(tok.doc) if e.start <= prev.i < e.end]):
        return day[0].text  # "on Saturday afternoon" with "afternoon" untagged: the day
    if tok.lower_ in _DAY_WORDS or (tok.lower_ == "night" and tok.i and tokens(tok.doc)[tok.i - 1].lower_ == "last"):
        left = [c for c in tok.lefts if c.dep_ in {"amod", "advmod", "det"} and c.i == tok.i - 1]
        return " ".join(t.text for t in [*left, tok])
    return None


def _named_week(doc: Doc, i: int) -> str:
    """The words " last week" when the words at ``i``, untagged or a DATE of their own, name the week of the weekday
    before them ("on Thursday | last week", the model tagging the weekday alone), likewise "next week" and "this
    week"; else ""."""
    words = tokens(doc)[i : i + 3]
    if len(words) < 2 or words[0].lower_ not in ("last", "next", "this") or words[1].lower_ != "week":
        return ""
    alone = words[0].ent_iob_ == "B" and (len(words) == 2 or words[2].ent_iob_ != "I")  # "last week" its own DATE
    return f" {words[0].lower_} week" if not words[0].ent_type_ or alone else ""


def sentence_dates(sent: Span, article: CleanArticle) -> list[date]:
    """Every resolvable DATE entity of the sentence, as dates."""
    if article.published is None:
        return []
    out = []
    for ent in span_ents(sent):
        if ent.label_ in {"DATE", "TIME"} and (d := parse_date_expr(ent.text, article.published, "past")):
            out.append(d)
    return out


def is_future(token: Token) -> bool:
    """True when the clause around ``token`` puts it in the future or as a plan ("will hold", "ahead of")."""
    setting = False  # "agreed on a timetable at a meeting": the meeting is where they agreed, no plan
    for t in (token, *token.ancestors):
        if t.i != token.i and t.lower_ in {"ahead", "before", "prior"}:
            return True
        setting = setting or (t.dep_ == "prep" and t.lower_ in {"at", "during"})
        if t.dep_ == "prep" and t.lower_ == "for" and t.head.lemma_.lower() in _PLAN_LEMMAS | _MOTION_LEMMAS \
                and not _past(t.head):
            return True  # "are arriving for talks", not "arrived on Saturday for talks"
        if t.pos_ in {"VERB", "AUX", "ADJ"}:
            if any(c.lower_ in _FUTURE_AUX and c.dep_ == "aux" for c in t.children):
                return True
            if t.pos_ == "VERB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children) \
                    and any(c.dep_ == "nsubj" for c in t.children):
                return True  # a headline's "X and Y to hold talks" (or "asked X to hold talks")
            if t.pos_ == "VERB" and t.dep_ in {"relcl", "acl"} and t.head.dep_ == "ROOT" and t.head.pos_ != "VERB" \
                    and any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children):
                return True  # a headline the parser read as a noun phrase: "X, Y to resume talks on Monday"
            if t.lemma_.lower() == "be" and any(
                    (c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                    or (c.dep_ == "acomp" and c.lemma_.lower() in _PLAN_LEMMAS) for c in t.children):
                return True  # "the round is to be held", "X is to meet Y", "the talks are due to open"
            if _plan_verb(t) and not setting:
                return True
            own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
            if _time_clause(t):
                continue  # "will be opened when the round begins": the present of a time clause is its head's tense
            if t.pos_ != "ADJ" and (own_subject or t.dep_ not in {"xcomp", "acomp", "conj", "pcomp"}):
                return False
    return False


def _plan_verb(t: Token) -> bool:
    """True for a verb of planning; "hopes", which the model may lemmatise "hop", read by its own form too."""
    return t.lemma_.lower() in _PLAN_LEMMAS or (t.tag_ == "VBZ" and t.lower_[:-1] in _PLAN_LEMMAS)


def _past(verb: Token) -> bool:
    """True when ``verb`` is in a past tense of its own ("arrived", "have gathered"), not "had planned to"."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _time_clause(verb: Token) -> bool:
    """True for a present-tense verb of a "when"/"once"/"until" clause ("when the round begins")."""
    return verb.dep_ == "advcl" and verb.tag_ in {"VBZ", "VBP"} and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "once", "until", "till"} for c in verb.children)


def evidence(sent: Span, article: CleanArticle, confidence: float) -> Evidence:
    """Evidence for an event read in ``sent``."""
    return Evidence(article.id, span_text(sent).strip(), sent.start_char, sent.end_char, round(confidence, 2))


def paragraph_starts(text: str) -> list[int]:
    """Char offsets where each paragraph of ``text`` begins."""
    starts = [0]
    pos = text.find("\n\n")
    while pos != -1:
        starts.append(pos + 2)
        pos = text.find("\n\n", pos + 2)
    return starts


def paragraph_of(pos: int, starts: Sequence[int]) -> int:
    """The index of the paragraph char ``pos`` lies in."""
    lo = 0
    for i, s in enumerate(starts):
        if s <= pos:
            lo = i
    return lo


def paragraphs(doc: Doc) -> list[Span]:
    """The Doc's paragraphs (runs of tokens between blank lines)."""
    out, start = [], 0
    for tok in tokens(doc):
        if tok.is_space and tok.text.count("\n") >= 2:
            if tok.i > start:
                out.append(doc[start : tok.i])
            start = tok.i + 1
    if start < len(doc):
        out.append(doc[start:])
    return out


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, cut again at paragraph breaks (the parser sometimes runs across them); built once
    per Doc."""
    return list(once(doc, "sentences", lambda: _sentences(doc)))


def _sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, cut again at paragraph breaks."""
    out: list[Span] = []
    toks = tokens(doc)
    for sent in doc.sents:
        start = sent.start
        for tok in toks[sent.start : sent.end]:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    out.append(doc[start : tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return out
