"""The named people and organizations one sanction measure targets in its own phrase.

A measure often names several targets: "designated A, deputy director of X, and B", "froze the assets
of A and B", "the ban now covered A; B; and C", "designated the tanker X". Each target becomes its own
draft, so "who sanctioned A" has an answer. Targets a measure counts and names later are read by
``events_sanction_counted``; states are left to ``events_sanction_on``.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from kg.components.roles import role_words
from kg.events_common import MentionIndex, doc_text, name_span
from kg.events_lexicon import any_measure, state_of, words
from kg.events_sanction_on import reason_in, same_party
from kg.events_sanction_vessels import named_vessel
from kg.model import Mention

_ZONE_DEPS = {"dobj", "nsubjpass", "pobj", "attr"}

_ZONE_PREPS = {"on", "against", "of", "with", "to", "targeting", "including"}

STOPS = frozenset({";", "who", "which", "that", "whom", "whose", "while", "whereas", "but", "because", "after", "for",
                    "from", "under", "into", "over", "since", "until", "during"})  # "removed from SWIFT": not a target


def named_targets(path: list[Token], sent: Span, index: MentionIndex, imposed: list[str]) -> list[str]:
    """People and organizations named in the measure's object phrases, in text order."""
    starts = []
    for t in path + _measure_conjuncts(path):
        for c in t.children:
            if c.dep_ in _ZONE_DEPS:
                starts.append(c)
            elif c.dep_ == "prep" and c.lower_ in _ZONE_PREPS:
                starts += [g for g in c.children if g.dep_ == "pobj"]
    # "freezes any assets under US jurisdiction belonging to A": the owner of what is frozen
    starts += [g for x in path[-1].subtree if x.lemma_ == "belong" for p in x.children
               if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    names: list[str] = _antecedents(path[0], index)  # "A and B, which X designated in 2007": A and B
    on_path = {t.i for t in path}
    for s in sorted(starts, key=lambda t: t.left_edge.i):
        if s.i in on_path or s.left_edge.i <= path[0].i <= s.right_edge.i:
            continue  # the measure's own phrase ("removed from the SWIFT system")
        before = sent.doc[sent.start : s.left_edge.i]
        if sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before):
            continue  # "(for details, refer to the Ministry of Finance announcement)": an aside
        for name in [*_window_names(s, sent, index), *filter(None, [named_vessel(s)])]:
            if name not in names and not any(same_party(name, i) for i in imposed):
                names.append(name)
    return names


def _antecedents(verb: Token, index: MentionIndex) -> list[str]:
    """The people and organizations a relative pronoun object of ``verb`` stands for ("A and B (AB), which X
    designated in 2007": A and B), else nothing."""
    rel = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in {"which", "whom"}), None)
    if rel is None or rel.i == 0:
        return []
    prev = rel.doc[rel.i - 1]
    while prev.i > 0 and prev.is_punct:
        prev = prev.doc[prev.i - 1]
    while prev.head.i < prev.i:  # "A (AB)", "the Bank of X": the name's head
        if prev.dep_ in {"appos", "compound"}:
            prev = prev.head
        elif prev.dep_ == "pobj" and prev.head.lower_ == "of" and prev.head.head.pos_ == "PROPN":
            prev = prev.head.head
        else:
            break
    first = prev.head if prev.dep_ == "conj" else prev
    return list(dict.fromkeys(name_span(t, index)[0] for t in sorted((first, *first.conjuncts), key=lambda t: t.i)
                              if (m := index.at(t)) is not None and m.type in {"Person", "Organization"}))


def _measure_conjuncts(path: list[Token]) -> list[Token]:
    """Verbs coordinated with the measure's that impose a measure too ("imposing travel bans and targeted
    financial sanctions on A": A is the target of both)."""
    return [c for t in path if t.pos_ == "VERB" for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"
            and any(o.dep_ == "dobj" and any_measure().search(o.doc[o.left_edge.i : o.i + 1].text) for o in c.children)]


def _window_names(start: Token, sent: Span, index: MentionIndex) -> list[str]:
    """Person and organization names from ``start``'s phrase to the end of its clause, read by position
    (long lists of titled names break the parse), without names that only describe an item."""
    doc = sent.doc
    out: list[str] = []
    depth = 0
    # "A, a businessman the Treasury described as …, and B": a clause that describes an item is no stop
    described = {x.i for t in doc[start.left_edge.i : sent.end] if t.dep_ == "relcl" and t.head.i >= start.i
                 and t.head.pos_ in {"NOUN", "PROPN"} for x in t.subtree}
    # the measures the sentence names ("asset freezes" the parse may read as a verb)
    measured = [(sent.start_char + m.start(), sent.start_char + m.end()) for m in _SHORT_MEASURE.finditer(sent.text)]
    joined: set[int] = set()  # the starts of second halves of one firm's name the tagger cut at its "and"
    for t in doc[max(start.left_edge.i, sent.start) : _clause_end(sent)]:  # not into a headline the parse ran across
        if t.i in described:
            continue
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        if t.lower_ in STOPS and not _barred_from(t) and not _list_semicolon(t, sent) or reason_in(t) or (
                t.pos_ in {"VERB", "AUX"} and not t.ent_type_ and t.i > start.i and t.tag_ != "VBN"
                and t.dep_ not in {"pcomp", "amod", "compound"} and t.lower_ not in {"including", "among"}
                and not any(a <= t.idx < b for a, b in measured)):  # "asset freezes and dealing bans on A": nouns
            break  # but "banned A from entering the country, including B", "A of the ruling party and B" go on
        m = index.at(t)
        if depth or m is None or m.type not in {"Person", "Organization"}:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or t.i != span.start or qualifier(span) or _verb_of(span.root) not in {None, _verb_of(start)}:
            continue  # "…, and the British Foreign Office said": a name of the next clause
        if m.start in joined:
            continue
        name = name_span(t, index)[0]
        if name.lower().strip(".") in suffixes():
            continue  # a company suffix tagged alone ("Acme Co., Limited")
        if (whole := _cut_firm(m, index)) is not None:
            name, _ = whole
            joined.add(whole[1])
        if not state_of(name) and name not in out and name.split()[-1].lower() != "list":  # not "its Entity List"
            out.append(name)
    return out


def _cut_firm(m: Mention, index: MentionIndex) -> tuple[str, int] | None:
    """(the whole name, the second half's start) for a firm's name the tagger cut in two at its "and" ("A Mining" and
    "Machinery Corporation" in "A Mining and Machinery Corporation": a firm word after one common word names no firm
    of its own), else ``None``."""
    text = doc_text(index.doc)
    right = next((r for r in index.mentions if r.start == m.end + 5 and text[m.end : r.start] == " and "), None)
    if m.type != "Organization" or right is None or right.type != "Organization":
        return None
    return (text[m.start : right.end], right.start) if _one_firm(m.text, right.text) else None


def _one_firm(left: str, right: str) -> bool:
    """True when "``left`` and ``right``" is one firm's name: ``right`` is one word and a firm word, which names no
    firm of its own ("Machinery Corporation"), and ``left`` has no firm word at its end."""
    words, firm = right.split(), _FIRM_WORDS | suffixes()
    return len(words) == 2 and words[1].lower().strip(".") in firm and left.split()[-1].lower().strip(".") not in firm


#: Words that end a firm's name.
_FIRM_WORDS = {"corporation", "company", "group", "enterprise", "enterprises", "industries", "holdings"}


#: Measures named by two nouns, which the parse may read as a noun and a verb ("asset freezes", "dealing bans").
_SHORT_MEASURE = re.compile(r"\b(?:asset|dealings?|travel|entry|visa|arms)\s+(?:freezes|bans|restrictions|embargoes)\b",
                            re.I)


def _barred_from(tok: Token) -> bool:
    """True for the "from" of an entry ban's gerund ("banned A from entering …")."""
    return tok.lower_ == "from" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in tok.children)


def _list_semicolon(tok: Token, sent: Span) -> bool:
    """True for a semicolon between the items of a list a colon opens ("added to the list: A, a judge; B, …; and
    C"): no end of the targets."""
    return tok.text == ";" and any(t.text == ":" for t in sent.doc[sent.start : tok.i])


def _clause_end(sent: Span) -> int:
    """The end of ``sent``, or of the sentence after it when the splitter cut inside brackets ("A (a.k.a. "B"),
    C and D": the sentence ends at "a.k.a.")."""
    doc, end = sent.doc, sent.end
    text = sent.text
    if text.count("(") > text.count(")") and end < len(doc) and "\n" not in doc[end - 1 : end + 1].text:
        end = doc[end].sent.end
    return end


def _verb_of(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` in the parse (``None`` for a fragment the parser left without one), past
    "including" and "among", which only introduce list items."""
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in {"VERB", "AUX"} and t.lower_ not in {"including", "among"}:
            return t
    return None


def qualifier(span: Span) -> bool:
    """True for a name that describes a list item rather than being one: a possessor ("X's office"), the object of a
    title or part noun ("deputy director of X", "a unit of Y", "commander of Z"), or a place the verb's "in"/"at"
    names ("froze the assets of X in the Y Bank")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS" or span[-1].tag_ == "POS":
        return True  # "X's son, Y": X describes Y
    # the name's head: its last word the parse hangs outside it ("the X Corps intelligence organisation": Corps, not
    # "the", which the parse may hang on the noun after the name too)
    root = next((t for t in reversed(span) if not span.start <= t.head.i < span.end), span.root)
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "at"} and root.head.head.pos_ == "VERB":
        return True  # "froze the assets of X in the Y Bank": where they are held
    while root.dep_ == "compound" and root.head.lower_ not in role_words() and root.head.i > root.i:
        root = root.head  # "head of the X intelligence organisation": the phrase X qualifies
    if root.dep_ == "pobj" and root.head.lower_ in {"of", "at", "in", "for", "from", "by"}:
        noun = root.head.head
        return noun.pos_ in {"NOUN", "PROPN"} and (noun.lower_ in role_words() or noun.lemma_.lower() in _PART_NOUNS)
    if root.dep_ == "compound" and root.head.lower_ in role_words():
        return True
    return False

_PART_NOUNS = {"unit", "wing", "subsidiary", "affiliate", "arm", "branch", "division", "member", "owner", "director",
               "head", "chief", "part", "officer", "official", "directorate", "department", "office", "bureau"}


def split_joined(name: str, index: MentionIndex) -> list[str]:
    """Two names the model tagged as one ("A Fuel and B Petroleum"): each part when the article names it alone
    elsewhere (as the start of an organization's name) or the parse coordinates their heads, else the name itself
    ("X Oil and Gas Enterprise")."""
    parts = name.split(" and ")
    if len(parts) == 2 and _one_firm(*parts):
        return [name]  # "A Mining and Machinery Corporation"
    others = sorted({m.text for m in index.mentions if m.type == "Organization" and m.text != name}, key=len)
    whole = [next((o for o in others if o.startswith(p)), None) for p in parts]
    if len(parts) == 2 and all(len(p.split()) >= 2 for p in parts) and all(whole):
        return whole  # each as the article names it alone ("A Fuel Co. Ltd."), so it resolves to that firm
    return (_coordinated(name, index) if len(parts) == 2 else None) or [name]


def _coordinated(name: str, index: MentionIndex) -> list[str] | None:
    """The two names of a mention the parse reads as two coordinated heads ("A Dynamics and B": B is a conjunct of
    the name's head; not "X Oil and Gas Enterprise", whose "Gas" only joins a modifier), else ``None``."""
    m = next((m for m in index.mentions if m.text == name), None)
    span = index.doc.char_span(m.start, m.end, alignment_mode="expand") if m is not None else None
    if span is None:
        return None
    cc = next((t for t in span if t.lower_ == "and" and t.head.i == span.root.i), None)
    conj = next((c for c in span.root.children if c.dep_ == "conj" and cc is not None and c.i > cc.i), None)
    if cc is None or conj is None or conj.i >= span.end:
        return None
    left, right = span.doc[span.start : cc.i].text, span.doc[cc.i + 1 : span.end].text
    if len(left.split()) == 1 < len(right.split()):
        return None  # "Tomas and Maria Brevik": one family name for both
    return [left, right] if left[:1].isupper() and right[:1].isupper() else None


#: What introduces another name of the person or firm just named ("A, known as "B"", "A, alias B", "A (a.k.a. B)").
_ALIAS_BEFORE = re.compile(
    r"(?:\bknown\s+as|\balias|\ba\.?k\.?a\.?|\bdubbed|\bnicknamed|\balso\s+called)[\s:,]*[\"“'‘]?$", re.I)


def without_aliases(names: list[str], index: MentionIndex) -> list[str]:
    """``names`` without those the article only gives as another name of a target ("A, known as "B""): one target,
    not two."""
    text = doc_text(index.doc)
    return [n for n in names if not (spots := [m.start for m in index.mentions if m.text == n])
            or not all(_ALIAS_BEFORE.search(text, max(0, i - 20), i) for i in spots)]


#: Last words of the name of a law or an executive act ("the X Accountability Act", "Executive Order 13818").
_ENACTMENTS = {"act", "order", "decree", "regulation", "regulations", "directive", "ordinance", "statute", "law"}


def enactment(name: str) -> bool:
    """True for the name of a law or an executive act ("X Human Rights Accountability Act", "Executive Order 14024"),
    under which a measure is taken: never its target."""
    words = [w for w in name.lower().split() if not w.strip("().,").isdigit()]
    return len(words) >= 2 and words[-1].strip(".,") in _ENACTMENTS


#: The rest of a law's name after a measure word in it: "(Sanctions) (EU Exit) Regulations 2019", "Sanctions Act".
_LAW_REST = re.compile(r"^\)?(?:\s+\(?[A-Z][\w-]*\)?){0,4}?\s+(?:Act|Regulations?|Order|Decree|Law|Ordinance)\b")


def in_law_name(span: Span) -> bool:
    """True for a measure word in capitals that is part of a law's name ("under the Russia Sanctions Act", "the
    Russia (Sanctions) (EU Exit) Regulations 2019"): the law a measure is taken under, not a measure of the state
    it names."""
    return span.text[:1].isupper() and bool(_LAW_REST.match(doc_text(span.doc)[span.end_char : span.end_char + 80]))


@cache
def suffixes() -> frozenset[str]:
    """Words that end a company name ("llc", "fze", "ltd", "limited"), lowercase without dots."""
    return words("company_suffixes.txt")


__all__ = ["STOPS", "enactment", "in_law_name", "named_targets", "qualifier", "split_joined", "suffixes", "without_aliases"]
