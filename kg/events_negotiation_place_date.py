"""Where and when a round of talks took place, as its own phrases state it: the named place of its
in/at/near phrase, a date hung deep in its phrase, a date that is only a month or a year, a future clause."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from spacy.tokens import Span, Token

from kg.dates import parse_date_expr
from kg.doc_cache import ent_at
from kg.events_common import MentionIndex, ahead_of, name_span, told_past_date
from kg.events_lexicon import state_of
from kg.events_negotiation_parties import in_clause
from kg.events_negotiation_words import (BLOCKING, CLAUSES, NOUN_GROUP, PLACE_PREPS, ROUNDS, SETTLEMENT_NOUNS,
                                         SPAN_LEMMAS, VAGUE_DATE, VENUE_WORDS, WILL, noun_lemma, words_of)
from kg.events_when import count_of
from kg.gazetteer import country_of_demonym, lookup_country
from kg.model import CleanArticle

def talks_place(heads: list[Token], trig: Token, index: MentionIndex, sent: Span) -> str | None:
    """The named place in the nearest in/at/near/on phrase of ``heads`` (or of their objects) in ``sent``."""
    preps = []
    for h in heads:
        for t in h.subtree:
            if t.dep_ == "prep" and t.lower_ in PLACE_PREPS and (not in_clause(t.head, h) or _nested_place(t, h)) \
                    and sent.start <= t.i < sent.end \
                    and (t.head.dep_ not in {"nsubj", "nsubjpass"} or t.head.i == trig.i) and trig not in t.subtree \
                    and not _in_subject(t, h, trig) and not _past_predicate(t, h):
                preps.append(t)
    for prep in sorted(set(preps), key=lambda t: (min(_depth(t, h) for h in heads), t.i)):  # own phrases first
        topic = prep.lower_ == "on" and noun_lemma(prep.head) in NOUN_GROUP | ROUNDS | words_of("accord_noun")
        if not topic and (named := _settlement(prep, index)):
            return named
        for t in prep.subtree:
            if t.ent_type_ == "DATE":
                break
            if _under_possessive(t, prep):
                continue  # "talks on Tehran's programme": a possessor, not the place
            if _under_agent_clause(t, prep):
                continue  # "in a process facilitated by X": the facilitator, not the place
            if topic and not _under_place_prep(t, prep):
                continue  # "talks on the South China Sea": the topic; "talks on the border in X": X is the place
            if t.dep_ == "compound" and t.head.is_lower and t.head.lower_ in VENUE_WORDS:
                continue  # "at the Marriott hotel in X": a venue's brand, the town comes after it
            if capital := _capital_of(t):
                return capital  # "in the Mongolian capital": the state, the place names allow no more
            text, kind = name_span(t, index)
            if kind == "Organization" and text.split()[-1].lower() in VENUE_WORDS:
                return text  # "at the X Conference Centre", "at the Peace House": a venue the model took for a body
            if t.ent_type_ in {"GPE", "LOC", "FAC"} or kind in {"Place", "Country"}:
                if t.ent_type_ == "NORP" or (kind is None and t.pos_ != "PROPN"):
                    continue
                return text
    return None


_SETTINGS = frozenset({"in", "at", "near", "inside", "outside", "behind", "under", "amid"})  # not "on": a topic


def _nested_place(prep: Token, top: Token) -> bool:
    """True for a place phrase hung inside another setting phrase of ``top`` ("held behind closed doors at the
    Lakeside Hotel in X", "met at the ministry in Y"): only such phrases lie between them, no clause."""
    t = prep.head
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in CLAUSES or (t.dep_ == "prep" and t.lower_ not in _SETTINGS):
            return False
        t = t.head
    return t.i == top.i


def same_place(heads: list[Token]) -> bool:
    """True when the talks' own place phrase is "at the same venue" ("the same meeting point", "the same estate")."""
    return any(t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and t.head.head in heads
               and any(c.lower_ == "same" for c in t.children) for h in heads for t in h.subtree)


def _settlement(prep: Token, index: MentionIndex) -> str | None:
    """The name a place phrase gives its town by an of-phrase ("in the seaside resort of X", "in the desert
    town of Y"): X, not a region or sea named before it."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in SETTLEMENT_NOUNS:
        return None
    name = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    return name_span(name, index)[0] if name is not None else None


def _capital_of(tok: Token) -> str | None:
    """The state "the <demonym> capital" stands for ("the Ruritanian capital" -> "Ruritania"), or the city apposed
    to it ("the Ruritanian capital, Xburg"), else ``None``."""
    if tok.lemma_.lower() != "capital" or tok.pos_ != "NOUN":
        return None
    if city := next((c.text for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "GPE"), None):
        return city  # "in the Qatari capital, Doha": the city the phrase names
    return next((s for c in tok.children if c.dep_ == "amod" and (s := state_of(c.text))), None)


def _past_predicate(tok: Token, top: Token) -> bool:
    """True when the path from ``tok`` up to ``top`` passes another predicate ("held talks in X and agreed to
    hold the next round in Y": Y is the next round's place, not the talks')."""
    t = tok.head
    while t.i != top.i and t.head.i != t.i:
        if t.pos_ in {"VERB", "AUX"} and t.dep_ in {"conj", "xcomp", "ccomp", "advcl", "relcl"}:
            return True
        t = t.head
    return False


def _in_subject(tok: Token, top: Token, trig: Token) -> bool:
    """True when ``tok`` lies in the subject of ``top`` that is not the trigger ("X, the group in the far
    north, held talks in Y": the far north is where X is, not where the talks were)."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == top.i:
            return t.i != trig.i and trig not in t.subtree
        t = t.head
    return False


def _path_has(tok: Token, top: Token, test: Callable[[Token], bool]) -> bool:
    """True when a token on the path from ``tok`` up to (not including) ``top`` passes ``test``."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if test(t):
            return True
        t = t.head
    return False


def _under_place_prep(tok: Token, top: Token) -> bool:
    """True when an in/at phrase lies between ``tok`` and ``top`` above it."""
    return _path_has(tok, top, lambda t: t.dep_ == "prep" and t.lower_ in {"in", "at"})


def _under_agent_clause(tok: Token, top: Token) -> bool:
    """True when the path from ``tok`` up to ``top`` passes a participle clause or its by-phrase."""
    return _path_has(tok, top, lambda t: t.dep_ in {"acl", "relcl", "agent"})


def _under_possessive(tok: Token, top: Token) -> bool:
    """True when the path from ``tok`` up to ``top`` passes a possessive ("Tehran's" in "on Tehran's programme")."""
    return _path_has(tok, top, lambda t: t.dep_ == "poss")


def _depth(tok: Token, top: Token) -> int:
    """How many arcs lie between ``tok`` and ``top`` above it (a large number when ``top`` is not above)."""
    n, t = 0, tok
    while t.i != top.i:
        if t.head.i == t.i:
            return 99
        t, n = t.head, n + 1
    return n


_OWN_CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp", "conj"})  # verbs whose dates are their own


def deep_date(heads: list[Token], article: CleanArticle, sent: Span, future: bool) -> date | None:
    """A date the parser hung inside the talks' own phrases ("talks on demarcating the border in Oslo
    on Thursday"): an on/at DATE below ``heads``, not across a clause with its own subject or a time word, nor
    across an infinitive or a relative clause ("ended with an agreement to hold the next round on X")."""
    if article.published is None:
        return None
    for h in heads:
        for t in h.subtree:
            if t.ent_type_ != "DATE" or t.dep_ != "pobj" or t.head.lower_ not in {"on", "at"} \
                    or not sent.start <= t.i < sent.end:
                continue
            path, u = [], t
            while u.i != h.i and u.head.i != u.i:
                u = u.head
                path.append(u)
            if u.i != h.i or any(v.lower_ in BLOCKING or any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)
                                 or (v.pos_ == "VERB" and v.dep_ in _OWN_CLAUSES and v.lemma_ not in SPAN_LEMMAS)
                                 for v in path[:-1]):
                continue
            ent = ent_at(t)
            if not future and (got := told_past_date(ent.text, t, article.published)):
                return got  # "On 5 January 2004 ... the round opened on 27 June": that year's
            if got := parse_date_expr(ent.text, article.published, "future" if future else "past"):
                return ahead_of(got, article.published, ent.text) if future else got
    return None


def vague_date(heads: list[Token], sent: Span) -> bool:
    """True when the talks' own phrases date them by a month or a year only ("held in Geneva in January",
    "in 2010"): another session than the one dated to the day."""
    for h in heads:
        for c in h.children:
            if c.dep_ not in {"prep", "npadvmod", "tmod"} or c.lower_ in BLOCKING:
                continue
            for d in c.subtree:
                if not sent.start <= d.i < sent.end or in_clause(d, c):
                    continue
                if d.ent_type_ == "DATE":
                    ent = ent_at(d)
                    if VAGUE_DATE.search(ent.text):
                        return True
                elif d.dep_ == "pobj" and d.head.lower_ == "in" and VAGUE_DATE.fullmatch(d.text):
                    return True  # "in 2010" the model left untagged
                elif d.i == c.i and c.dep_ == "npadvmod" and d.lemma_.lower() in {"month", "year"}:
                    return True  # "expected next month" the model left untagged
    return False


def future_above(tok: Token) -> bool:
    """True when the clause above ``tok`` is in the future tense ("will sign ... after talks")."""
    for t in tok.ancestors:
        if t.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ == "aux" and c.lower_ in WILL for c in t.children):
                return True
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
                return False
    return False


def dateline_city(dateline: str | None) -> str | None:
    """The place a wire dateline names first ("KUALA LUMPUR —", "ALGIERS, Aug 6 (AFP) -" -> "Algiers")."""
    if not dateline:
        return None
    m = re.match(r"\s*([^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+)*)", dateline.split(",")[0].split("(")[0])
    return m[1].strip().title() if m else None


def dateline_outlets(dateline: str | None) -> frozenset[str]:
    """The agencies a wire dateline credits in brackets ("MAPUTO, July 9 (Southern Africa News Agency) -"): no
    party to the talks its first sentence reports."""
    return frozenset(x.strip() for x in re.findall(r"\(([^)]*)\)", dateline or "") if x.strip())


def reported_here(heads: list[Token]) -> bool:
    """True when the talks' own clause places them "here": the dateline's place."""
    return any(c.lower_ == "here" and c.dep_ == "advmod" for h in heads for c in h.children)


def host_of(tok: Token, verb: Token | None, index: MentionIndex) -> str | None:
    """The place that hosts the talks ("X would host the next round"): the subject of "host", else ``None``."""
    if verb is None or verb.lemma_.lower() != "host" or tok.head.i != verb.i or tok.dep_ != "dobj":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ not in {"GPE", "LOC", "FAC"}:
        return None
    return name_span(subject, index)[0]


_LATER_UNITS = {"day": 1, "week": 7}
_DAY_DATE = re.compile(r"\b\d{1,2}\b|day\b", re.I)  # "24 January 2020", "on Monday": a day, not a month


def later_date(heads: list[Token], sent: Span, article: CleanArticle) -> date | None:
    """The day "a day later" / "two weeks later" in the talks' own clause gives, counted from the last day the
    sentence before names ("On 24 January ... A day later, talks resumed" -> 25 January), else ``None``."""
    later = next((c for h in heads for c in h.children if c.lower_ == "later" and c.dep_ == "advmod"), None)
    unit = next((u for u in later.children if u.dep_ == "npadvmod" and u.lemma_.lower() in _LATER_UNITS), None) \
        if later is not None else None
    if unit is None or article.published is None or sent.start == 0:
        return None
    count = next((n for c in unit.children if c.dep_ in {"det", "nummod"} and (n := count_of(c))), 1)
    before = sent.doc[sent.start - 1].sent
    ent = next((e for e in reversed(before.ents) if e.label_ == "DATE" and _DAY_DATE.search(e.text)), None)
    anchor = parse_date_expr(ent.text, article.published, "past") if ent is not None else None
    return anchor + timedelta(days=count * _LATER_UNITS[unit.lemma_.lower()]) if anchor else None


def city_of_talks(tok: Token, trig: Token, index: MentionIndex) -> bool:
    """True for a city that names the talks by where they were ("the Harbour City meeting", "the Lakeside
    talks", "the Lakeside round was the first meeting"): a compound of the trigger or of a round or talks noun,
    whose name is not itself a state's."""
    t = tok
    while t.dep_ == "compound" and t.head.i != trig.i and t.head.i != t.i and not _talks_noun(t.head):
        t = t.head
    if t.dep_ != "compound" or (t.head.i != trig.i and not _talks_noun(t.head)):
        return False
    text = name_span(tok, index)[0]
    return state_of(text) is not None and lookup_country(text) is None and country_of_demonym(text) is None


def _talks_noun(tok: Token) -> bool:
    """True for a noun that names a session of talks ("round", "talks", "meeting")."""
    return tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() in ROUNDS | NOUN_GROUP


def city_named(trig: Token, index: MentionIndex) -> str | None:
    """The city that names the talks by where they are held ("the Harbour City negotiations"), else ``None``."""
    return next((name_span(c, index)[0] for c in trig.children if city_of_talks(c, trig, index)), None)


_TWO_DAYS = re.compile(r"^(.+?)(?:\s+(?:and|to|through|until)\s+|\s*[-–]\s*)(.+)$")


def _on_dates(heads: list[Token], sent: Span) -> Iterator[Token]:
    """The DATE tokens of the heads' "on" phrases inside ``sent`` ("held on 3 and 4 March")."""
    return (g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "on"
            for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "DATE" and sent.start <= g.i < sent.end)


def last_day(heads: list[Token], sent: Span, article: CleanArticle) -> date | None:
    """The last day of held talks their on-phrase spans ("on Friday and Saturday", "on 3 and 4 March"): a round
    is dated by its end, else ``None``."""
    if article.published is None:
        return None
    for g in _on_dates(heads, sent):
        ent = ent_at(g)
        last = [c for c in g.conjuncts if c.ent_type_ == "DATE" and c.i > g.i and not ent.start <= c.i < ent.end]
        cut = ent.end < sent.end and ent[-1].lower_ in {"and", "to", "-", "–"} and g.doc[ent.end].like_num
        if cut:  # "on December 5 and 6" with "6" left out of the entity: the day after the conjunction
            last, text = [], f"{ent.text.split()[0]} {g.doc[ent.end].text}"
        else:
            text = ent_at(last[-1]).text if last else (m[2] if (m := _TWO_DAYS.match(ent.text)) else None)
        if text and text.isdigit() and (month := ent.text.split()[-1]) and not month.isdigit():
            text = f"{text} {month}"  # "3 and 4 March": the end is the 4th of that month
        if text and (got := told_past_date(text, g, article.published) or parse_date_expr(text, article.published, "past")):
            return got
    return None


def first_day(heads: list[Token], sent: Span, article: CleanArticle) -> date | None:
    """The first day of planned talks their on-phrase spans ("will be held on 28-29 November", "on Monday and
    Tuesday"): talks to come are dated by their opening, else ``None``."""
    if article.published is None:
        return None
    for g in _on_dates(heads, sent):
        ent = ent_at(g)
        if (m := _TWO_DAYS.match(ent.text)) is None:
            continue
        text, month = m[1], ent.text.split()[-1]
        if text.isdigit() and not month.isdigit():
            text = f"{text} {month}"  # "28-29 November": the 28th of that month
        if (year := re.search(r"\b\d{4}\b", ent.text)) and year[0] not in text:
            text = f"{text}, {year[0]}"  # "February 27-28, 2019"
        if (got := parse_date_expr(text, article.published, "future")) is not None:
            return ahead_of(got, article.published, text)
    return None
