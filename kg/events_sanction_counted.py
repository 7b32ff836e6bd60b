"""The targets a sanction measure counts and names later: "the following three individuals and two entities:"
then one line each, "on four officials ... Those named are A, B, C and D", "designated two companies" then
"A is a trader who …" and "Both companies are being designated", "four vessels" then "X (IMO 1234567)",
"on the companies involved in the sale" then "These include A and B".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.events_common import MentionIndex, doc_text
from kg.events_lexicon import state_of
from kg.events_sanction_targets import STOPS, qualifier, split_joined, suffixes
from kg.events_sanction_vessels import imo_names, is_vessel

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}

_PERSON_NOUNS = {"individual", "official", "person", "people", "officer", "commander", "leader", "member",
                 "executive", "businessman", "businessmen", "businesswoman", "general", "minister", "figure",
                 "man", "woman", "businessperson", "businesspeople", "oligarch", "name", "national", "politician",
                 "judge", "lawmaker"}

_ENTITY_NOUNS = {"entity", "company", "firm", "bank", "business", "organization", "organisation", "group",
                 "vessel", "ship", "tanker", "airline", "militia", "subsidiary", "enterprise", "lender", "exchange"}

#: Quantifiers that announce targets named later without counting them ("on several officials").
_VAGUE = {"several", "various", "multiple", "numerous"}

_UNCOUNTED = 12  # at most this many names for a vague count

#: Words of a sentence that names the targets a vague count announced ("Those listed include A and B").
_NAMING = re.compile(r"\b(?:those|they|the\s+\w+)\s+(?:\w+\s+)?(?:named|listed|designated|sanctioned|targeted)\s+"
                     r"(?:are|were|include[sd]?)\b|\b(?:they|those|these)\s+(?:are|were|include[sd]?)\b"
                     r"|^\W*among\s+(?:the|those|them)\b", re.I)  # "Among the individuals are A and B"

def _naming(sent: Span) -> bool:
    """True for a sentence that names the targets counted before ("Those listed include A and B")."""
    return bool(_NAMING.search(sent.text))

_LIST_LINE = re.compile(r"^\s*(?:[-•*–]|\(\w{1,3}\)|\d{1,2}[.)])\s+")


def counted_targets(path: list[Token], sents: list[Span], n: int, index: MentionIndex) -> list[str]:
    """The targets a measure counts but names later ("on four officials ... Those named are A, B, C and D";
    "the following three individuals and three entities:" then one line each): as many names of each kind
    as it counts, from the list lines or the first sentence after that names two or more, and for a kind that one
    left short, the sentence that names the kind's counted noun ("The individuals include …")."""
    wanted = {"Person": 0, "Organization": 0, "Vessel": 0}
    nouns: dict[str, set[str]] = {k: set() for k in wanted}  # the counted nouns of each kind ("banks")
    following = vague = False
    sent = sents[n]
    objects = [o for t in path if t.pos_ == "VERB" for c in t.children if c.dep_ == "dobj" and c.i < path[0].i
               for o in (c, *c.conjuncts)]  # "added 14 names to its travel ban": counted before the measure
    after = []
    for noun in sent.doc[path[0].i + 1 : sent.end]:  # the counted nouns after the measure ("on four officials")
        if noun.lower_ in STOPS:
            break
        after.append(noun)
    for noun in objects + after:
        kind = _kind_of(noun)
        uncounted = noun.tag_ == "NNS" and (any(d.lower_ in _VAGUE or _rough(d) for d in noun.children)
                                            or _described(noun, path))
        count = next((_count(d) for d in noun.children if d.dep_ == "nummod" and _count(d)), 0) or (
            _UNCOUNTED if noun.tag_ == "NNS" and (uncounted or _following(noun)) else 0)
        if any(d.dep_ == "det" and d.lower_ in {"the", "these", "those"} for d in noun.children) \
                and not _following(noun) and not uncounted:
            count = 0  # "the three executives": named before; but "the following three individuals" come after
        if kind and count:
            nouns[kind].add(noun.lemma_.lower())
            vague |= uncounted
            following |= _following(noun)
            wanted[kind] += count
    if not any(wanted.values()):
        return []
    doc = sents[n].doc
    colon = doc_text(doc).find(":", path[0].idx, sents[n].end_char + 200)
    inline = {k: _names_in(doc, colon + 1, sents[n].end_char, index, k, item=True) for k in wanted} \
        if colon != -1 and colon < sents[n].end_char - 2 else {}
    lines = _list_lines(doc_text(doc), colon + 1) if colon != -1 and not inline and (
        following or colon < sents[n].end_char + 2) else []
    if not lines and not any(inline.values()):  # a marked list further on ("… the sanctions target:" then "- A, …")
        lines = _marked_list_after(doc_text(doc), sents[n].end_char)
    if any(inline.values()):  # "on three members of the junta: its leader, A; its spokesman, B; and C"
        got = inline
    elif lines:  # one item a line: the first name of the kind the line lists
        firsts = [(_names_in(doc, a, b, index, None, item=True)[:1] or [None])[0] for a, b in lines]
        got = {k: [x for x in firsts if x and _kind(x, index) == k] for k in wanted}
        got["Organization"] += [x for (a, b), f in zip(lines, firsts) if f is None and (x := _company_line(doc_text(doc)[a:b]))]
    else:  # the first sentence after that names two or more
        later = [s for s in sents[n + 1 : n + 6] if not _QUOTE.match(s.text.strip())  # not a spokesman's quote
                 and (not vague or _NAMING.search(s.text))]  # "on several officials": only "… include A and B"
        # "Among those listed were A, B and C": the subjects of a sentence that names two of the kinds counted are
        # the targets (not "... seven officers. I raised it with their minister, A, at the B summit")
        s = next((s for s in later if sum(len(_names_in(doc, s.start_char, s.end_char, index, k, item=_naming(s)))
                                          for k, count in wanted.items() if count) >= 2), None)
        got = {k: _names_in(doc, s.start_char, s.end_char, index, k, item=_naming(s)) if s is not None else []
               for k in wanted}
        for k, count in wanted.items():  # "The banks are A, B and C. The individuals include D and E."
            if len(got[k]) < count and (own := next((x for x in later if _names_kind(x, nouns[k])), None)):
                got[k] += [x for x in _names_in(doc, own.start_char, own.end_char, index, k, item=True)
                           if x not in got[k]]
        for k, count in wanted.items():  # a paragraph for each: "A is a trader who …", "B is being designated …"
            if len(got[k]) < count and not vague and not (s is not None and _naming(s)):
                got[k] += [x for x in described(sents[n + 1 :], index, k) if x not in got[k]]
    # ships by the IMO numbers the release gives them ("the X (IMO 1234567)")
    got["Vessel"] = imo_names(doc_text(doc), sents[n].start_char, sents[n].end_char + 3000)
    out: list[str] = []
    for kind, count in wanted.items():
        out += [x for x in got[kind] if x not in out][:count]
    return out


def _names_kind(sent: Span, nouns: set[str]) -> bool:
    """True for a sentence that opens by naming one of the counted ``nouns`` as what it lists ("The individuals
    include …", "The banks are …")."""
    toks = [t for t in sent if not t.is_space and not t.is_punct][:4]
    verb = next((i for i, t in enumerate(toks) if t.lemma_.lower() in {"be", "include", "comprise"}), None)
    return verb is not None and verb >= 1 and toks[0].lower_ in {"the", "these", "those"} \
        and toks[verb - 1].lemma_.lower() in nouns and toks[verb - 1].tag_ == "NNS"


def _kind_of(noun: Token) -> str | None:
    """The kind of target a counted noun stands for: "Vessel", "Person" ("officials", "five Ruritanians"),
    "Organization" ("companies"), else ``None``."""
    if is_vessel(noun):
        return "Vessel"
    if noun.lemma_.lower() in _PERSON_NOUNS or noun.lower_ in _PERSON_NOUNS or _nationals(noun):
        return "Person"
    return "Organization" if noun.lemma_.lower() in _ENTITY_NOUNS else None


def _described(noun: Token, path: list[Token]) -> bool:
    """True for the measure's definite plural object that a clause restricts ("sanctions on the companies involved
    in the sale"): introduced here, not referring back, and named later without a count."""
    on_path = {t.i for t in path}
    return any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children) \
        and any(c.dep_ in {"acl", "relcl"} for c in noun.children) \
        and (noun.head.i in on_path or noun.head.dep_ == "prep" and noun.head.head.i in on_path)


def _following(noun: Token) -> bool:
    """True for "the following individuals (and entities)": the list after names them, however many."""
    first = noun.head if noun.dep_ == "conj" else noun
    return any(d.lower_ == "following" for d in (*noun.children, *first.children))


def _nationals(noun: Token) -> bool:
    """True for a plural demonym counted as people ("five Ruritanians")."""
    return noun.tag_ in {"NNS", "NNPS"} and noun.ent_type_ == "NORP" and state_of(noun.text) is not None

_QUOTE = re.compile(r"[\"“”]")

#: Verbs whose passive subject is a listed target ("B is being designated for …").
_LISTED = {"designate", "sanction", "list", "blacklist"}


def described(sents: list[Span], index: MentionIndex, kind: str) -> list[str]:
    """Names of ``kind`` a release describes one by one after the measure, in text order: the subject of
    "A is a …" (a copula with a noun) or of a passive listing verb ("B is being designated for …")."""
    out: list[str] = []
    for sent in sents:
        for tok in sent:
            head = tok.head
            copula = tok.dep_ == "nsubj" and head.lemma_ == "be" and any(c.dep_ == "attr" for c in head.children)
            passive = tok.dep_ == "nsubjpass" and head.lemma_.lower() in _LISTED
            m = index.at(tok)
            if passive:  # "Both companies are being designated", "A, B and C are …", "…, together with D"
                names = _counted_back(tok, index, kind) or _subject_names(tok, index, kind)
                names += _subject_names(head, index, kind, together=True)
            elif not copula or m is None or m.type != kind or state_of(m.text):
                continue
            else:
                names = [_whole(tok, m.text)]
            for name in names:
                if not any(name.lower() in o.lower() or o.lower() in name.lower() for o in out):
                    out.append(name)
    return out


def _subject_names(tok: Token, index: MentionIndex, kind: str, together: bool = False) -> list[str]:
    """Names of ``kind`` in ``tok``'s phrase, without a company suffix tagged alone ("Acme Co., Limited"), or,
    with ``together``, in its "together with"/"along with" phrase only."""
    out: list[str] = []
    for t in tok.subtree:
        m = index.at(t)
        if m is None or m.type != kind or state_of(m.text) or (t.i > 0 and index.at(t.doc[t.i - 1]) is m):
            continue  # not the first word of a name
        if m.text.lower().strip(".") in suffixes():  # a suffix tagged alone: the name it ends, if any
            if (whole := _whole(t, m.text)) != m.text and whole not in out:
                out.append(whole)  # "Acme Maritime | LLC is being designated"
            continue  # not "Limited" in "Acme Co., Limited"
        span = t.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or qualifier(span) or together and not any(
                a.lower_ == "with" and a.i > 0 and t.doc[a.i - 1].lower_ in {"together", "along"} for a in t.ancestors):
            continue
        out.append(m.text)
    return out


def _counted_back(noun: Token, index: MentionIndex, kind: str) -> list[str]:
    """The names a counted noun refers back to ("both companies", "the two men"): as many of its kind as it
    counts, the nearest before it, in text order."""
    nouns = _ENTITY_NOUNS if kind == "Organization" else _PERSON_NOUNS
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
        return []
    count = 2 if any(d.lower_ == "both" for d in noun.children) else \
        next((_count(d) for d in noun.children if d.dep_ == "nummod" and _count(d)), 0)
    names: list[str] = []
    for m in index.before(noun.idx, [kind]):
        if len(names) == count:
            break
        if m.text not in names and not state_of(m.text):
            names.append(m.text)
    return names[::-1] if len(names) == count else []


def _whole(tok: Token, name: str) -> str:
    """``name`` with the proper nouns before it that the model left out ("LLC" -> "Acme Shipping LLC")."""
    first = tok.i
    while first > 0 and (prev := tok.doc[first - 1]).pos_ == "PROPN" and prev.text.istitle() \
            and "\n" not in prev.whitespace_ and (prev.dep_ == "compound" or prev.sent != tok.sent):
        first -= 1  # a name the sentence splitter cut ("Acme Shipping | LLC is being designated")
    span = tok.doc[first : tok.i + 1]
    return span.text if span.text.endswith(name) and len(span.text) > len(name) else name


def _marked_list_after(text: str, start: int) -> list[tuple[int, int]]:
    """The lines of the first list ("- A", "1. B", "A, …;") after ``start`` that a line ending in a colon opens."""
    for m in re.finditer(r":[ \t]*\n", text[start:]):
        lines = _list_lines(text, start + m.start() + 1)
        items = [(a, b) for a, b in lines if _LIST_LINE.match(text[a:b]) or _semicolon(text[a:b])]
        if len(items) >= 2:  # cleaning may drop the markers, not the semicolons
            return lines
    return []


def _list_lines(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) offsets of the list lines that follow ``start`` ("- A, title", "(2) B", "3. C", or short lines;
    an item ending in a semicolon, and the one after it, however long), up to the first ordinary paragraph after
    them."""
    out: list[tuple[int, int]] = []
    pos = text.find("\n", start)
    while pos != -1 and len(out) < 40:
        end = text.find("\n", pos + 1)
        end = len(text) if end == -1 else end
        line = text[pos + 1 : end]
        if line.strip() and (len(line.split()) <= 20 or _semicolon(line) or out and _semicolon(text[slice(*out[-1])])):
            out.append((pos + 1, end))  # short, or an item ending in a semicolon however long, or the one after it
        elif line.strip():
            break
        pos = end if end < len(text) else -1
    return out


def _semicolon(line: str) -> bool:
    """True for a list item ending in a semicolon ("A, deputy director of X, responsible for …;"), which the
    cleaner may have left without its marker."""
    return line.rstrip().endswith((";", "; and"))


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


def _names_in(doc: Doc, start: int, end: int, index: MentionIndex, kind: str | None, item: bool = False) -> list[str]:
    """Person or organization names between two offsets, without describers, and without subjects unless
    the offsets hold a list ``item`` (a line the parser may join to the next sentence as its subject)."""
    out = []
    for m in index.mentions:
        if not (start <= m.start < end) or m.type not in {"Person", "Organization"}:
            continue
        if kind and m.type != kind:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or qualifier(span) or state_of(m.text) or (not item and (
                span.root.dep_ == "nsubj" or _in_subject(span.root))):
            continue  # the subject ("Minister X said the ban covered A, B"; "The Office (TO) said") is no target
        if span.root.head.lower_ == "to" and span.root.head.head.lower_ == "according":
            continue  # "according to the Foreign Office": a source, no target
        names = split_joined(m.text, index) if " and " in m.text else [m.text]  # "A and B" tagged as one name
        out += [n for n in names if n not in out]
    return out


def _in_subject(tok: Token) -> bool:
    """True for a name inside its clause's subject ("The Office of Export Control (OEC) said …": OEC)."""
    t = tok
    while t.head.i != t.i and t.pos_ not in {"VERB", "AUX"}:
        if t.dep_ in {"nsubj", "nsubjpass"}:
            return True
        t = t.head
    return False


def _rough(num: Token) -> bool:
    """True for a count too rough or large for the names after it to be all of them ("more than 440", "58",
    "about 20"): the release names those it lists in a sentence that says so ("Those listed include A and B")."""
    return num.dep_ == "nummod" and (_count(num) >= _LARGE_COUNT or any(
        c.lower_ in {"more", "over", "about", "around", "nearly", "almost", "some", "up"} for c in num.children))


_LARGE_COUNT = 20  # a count of this many names or more


def _count(tok: Token) -> int:
    """The number a numeral token gives ("three", "14"), else 0."""
    if tok.text.isdigit():
        return int(tok.text)
    return _NUMBERS.get(tok.lower_, 0) if tok.lower_ not in {"a", "an"} else 0


__all__ = ["counted_targets", "described"]
