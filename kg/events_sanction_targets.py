"""The named people and organizations one sanction measure targets.

A measure often names several targets: "designated A, deputy director of X, and B", "froze the assets
of A and B", "the ban now covered A; B; and C", or counts them and lists them after ("three individuals
and two entities:" then one line each; "four officials ... Those named are A, B, C and D"). Each target
becomes its own draft, so "who sanctioned A" has an answer. States are left to ``events_sanction.target``.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.components.entity_fixer import role_words
from kg.events_common import MentionIndex, name_span
from kg.events_lexicon import state_of

_ZONE_DEPS = {"dobj", "nsubjpass", "pobj", "attr"}
_ZONE_PREPS = {"on", "against", "of", "with", "to", "targeting", "including"}
_STOPS = frozenset({";", "who", "which", "that", "whom", "whose", "while", "whereas", "but", "because", "after", "for",
                    "from", "under", "into", "over", "since", "until", "during"})  # "removed from SWIFT": not a target
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}
_PERSON_NOUNS = {"individual", "official", "person", "people", "officer", "commander", "leader", "member",
                 "executive", "businessman", "businessmen", "businesswoman", "general", "minister", "figure",
                 "man", "woman", "oligarch", "name", "national", "politician", "judge", "lawmaker"}
_ENTITY_NOUNS = {"entity", "company", "firm", "bank", "business", "organization", "organisation", "group",
                 "vessel", "ship", "tanker", "airline", "militia", "subsidiary", "enterprise", "lender", "exchange"}
_LIST_LINE = re.compile(r"^\s*(?:[-•*–]|\(\w{1,3}\)|\d{1,2}[.)])\s+")


def named_targets(path: list[Token], sent: Span, index: MentionIndex, imposed: list[str]) -> list[str]:
    """People and organizations named in the measure's object phrases, in text order."""
    starts = []
    for t in path:
        for c in t.children:
            if c.dep_ in _ZONE_DEPS:
                starts.append(c)
            elif c.dep_ == "prep" and c.lower_ in _ZONE_PREPS:
                starts += [g for g in c.children if g.dep_ == "pobj"]
    names: list[str] = []
    on_path = {t.i for t in path}
    for s in sorted(starts, key=lambda t: t.left_edge.i):
        if s.i in on_path or s.left_edge.i <= path[0].i <= s.right_edge.i:
            continue  # the measure's own phrase ("removed from the SWIFT system")
        before = sent.doc[sent.start : s.left_edge.i]
        if sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before):
            continue  # "(for details, refer to the Ministry of Finance announcement)": an aside
        for name in _window_names(s, sent, index):
            if name not in names and not any(name.lower() == i.lower() for i in imposed):
                names.append(name)
    return names


def _window_names(start: Token, sent: Span, index: MentionIndex) -> list[str]:
    """Person and organization names from ``start``'s phrase to the end of its clause, read by position
    (long lists of titled names break the parse), without names that only describe an item."""
    doc = sent.doc
    out: list[str] = []
    depth = 0
    for t in doc[start.left_edge.i : sent.end]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        if t.lower_ in _STOPS or (t.pos_ in {"VERB", "AUX"} and not t.ent_type_ and t.i > start.i
                                  and t.tag_ != "VBN" and t.lower_ not in {"including", "among"}):
            break
        m = index.at(t)
        if depth or m is None or m.type not in {"Person", "Organization"} or doc.char_span(
                m.start, m.end, alignment_mode="expand") is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if t.i != span.start or _qualifier(span) or _verb_of(span.root) not in {None, _verb_of(start)}:
            continue  # "…, and the British Foreign Office said": a name of the next clause
        name = name_span(t, index)[0]
        if not state_of(name) and name not in out and name.split()[-1].lower() != "list":  # not "its Entity List"
            out.append(name)
    return out


def _verb_of(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` in the parse (``None`` for a fragment the parser left without one)."""
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None


def _qualifier(span: Span) -> bool:
    """True for a name that describes a list item rather than being one: a possessor ("X's office"), or the
    object of a title or part noun ("deputy director of X", "a unit of Y", "commander of Z")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return True
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in {"of", "at", "in", "for", "from", "by"}:
        noun = root.head.head
        return noun.pos_ in {"NOUN", "PROPN"} and (noun.lower_ in role_words() or noun.lemma_.lower() in _PART_NOUNS)
    if root.dep_ == "compound" and root.head.lower_ in role_words():
        return True
    return False


_PART_NOUNS = {"unit", "wing", "subsidiary", "affiliate", "arm", "branch", "division", "member", "owner", "director",
               "head", "chief", "part", "officer", "official", "directorate", "department", "office", "bureau"}


def counted_targets(path: list[Token], sents: list[Span], n: int, index: MentionIndex) -> list[str]:
    """The targets a measure counts but names later ("on four officials ... Those named are A, B, C and D";
    "the following three individuals and three entities:" then one line each): as many names of each kind
    as it counts, from the list lines or the first sentence after that names two or more."""
    wanted = {"Person": 0, "Organization": 0}
    following = False
    sent = sents[n]
    for noun in sent.doc[path[0].i + 1 : sent.end]:  # the counted nouns after the measure ("on four officials")
        if noun.lower_ in _STOPS:
            break
        kind = "Person" if noun.lemma_.lower() in _PERSON_NOUNS or noun.lower_ in _PERSON_NOUNS else \
            "Organization" if noun.lemma_.lower() in _ENTITY_NOUNS else None
        count = next((_count(d) for d in noun.children if d.dep_ == "nummod" and _count(d)), 0)
        if any(d.dep_ == "det" and d.lower_ in {"the", "these", "those"} for d in noun.children) \
                and not any(d.lower_ == "following" for d in noun.children):
            count = 0  # "the three executives": named before; but "the following three individuals" come after
        if kind and count:
            following |= any(d.lower_ == "following" for d in noun.children)
            wanted[kind] += count
    if not any(wanted.values()):
        return []
    doc = sents[n].doc
    colon = doc.text.find(":", path[0].idx, sents[n].end_char + 200)
    lines = _list_lines(doc.text, colon + 1) if colon != -1 and (following or colon < sents[n].end_char + 2) else []
    if lines:  # one item a line: the first name of the kind the line lists
        firsts = [(_names_in(doc, a, b, index, None)[:1] or [None])[0] for a, b in lines]
        got = {k: [x for x in firsts if x and _kind(x, index) == k] for k in wanted}
        got["Organization"] += [x for (a, b), f in zip(lines, firsts) if f is None and (x := _company_line(doc.text[a:b]))]
    else:  # the first sentence after that names two or more
        later = sents[n + 1 : n + 6]
        s = next((s for s in later if len(_names_in(doc, s.start_char, s.end_char, index, None)) >= 2), None)
        got = {k: _names_in(doc, s.start_char, s.end_char, index, k) if s is not None else [] for k in wanted}
    out: list[str] = []
    for kind, count in wanted.items():
        out += [x for x in got[kind] if x not in out][:count]
    return out


def _list_lines(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) offsets of the list lines that follow ``start`` ("- A, title", "(2) B", "3. C", or short
    lines), up to the first ordinary paragraph after them."""
    out: list[tuple[int, int]] = []
    pos = text.find("\n", start)
    while pos != -1 and len(out) < 40:
        end = text.find("\n", pos + 1)
        end = len(text) if end == -1 else end
        line = text[pos + 1 : end]
        if line.strip() and len(line.split()) <= 20:
            out.append((pos + 1, end))  # a marked item, or a short line (cleaning may drop the markers)
        elif line.strip():
            break
        pos = end if end < len(text) else -1
    return out


_COMPANY_END = re.compile(r"\b(?:ltd|limited|llc|inc|corp|corporation|co|company|bank|group|s\.?a|srl|gmbh|plc|jsc|pjsc)\.?$", re.I)


def _company_line(line: str) -> str | None:
    """The company a list line names when the model tagged nothing ("Acme Trading Co., Ltd. (City)")."""
    name = re.sub(_LIST_LINE, "", line).split("(")[0].strip().rstrip(",;")
    words = name.replace(",", "").split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words) and _COMPANY_END.search(name):
        return name
    return None


def _kind(name: str, index: MentionIndex) -> str | None:
    return next((m.type for m in index.mentions if m.text == name), None)


def _names_in(doc: Doc, start: int, end: int, index: MentionIndex, kind: str | None) -> list[str]:
    """Person or organization names between two offsets, without describers and subjects."""
    out = []
    for m in index.mentions:
        if not (start <= m.start < end) or m.type not in {"Person", "Organization"}:
            continue
        if kind and m.type != kind:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or _qualifier(span) or state_of(m.text) or span.root.dep_ == "nsubj":
            continue  # the subject ("Minister X said the ban covered A, B") is no listed target
        if m.text not in out:
            out.append(m.text)
    return out


def _count(tok: Token) -> int:
    """The number a numeral token gives ("three", "14"), else 0."""
    if tok.text.isdigit():
        return int(tok.text)
    return _NUMBERS.get(tok.lower_, 0) if tok.lower_ not in {"a", "an"} else 0


__all__ = ["counted_targets", "named_targets"]
