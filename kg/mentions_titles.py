"""The role lexicon and the roles read before a person's name, with their affiliations.

Roles come from the lexicons ``kg/data/roles.txt`` (offices, titles) and ``kg/data/occupations.txt`` (trades,
ranks), read here:
  * the titles before the name, stacked ones each: "White House spokesman X", "Chile's Foreign Minister X",
    "Additional Secretary (Asia and Pacific) X", "Presidential Adviser on the Peace Process X",
    "Kenyan ambassador to Ethiopia X" (the host after "to" is not the affiliation), "government spokesman
    Colonel X" (two roles; "an aide to President X" gives X only "president");
  * an apposition before it, also over a rank or honorific, or a relation: "His wife, X," -> wife, "the head of the
    national bank, X", "Kenya's
    foreign minister, X,", "the army spokesman, Colonel X,", "The chief mediator, Ruritania's vice president X,";
    an apposition opened by an article right after another name is that name's ("A, the group's leader, B, ...").
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.components.roles import KIN, role_words
from kg.doc_cache import cached, ent_at

_MAX_ROLE_WORDS = 4
_CONNECTORS = frozenset({"of", "for", "to", "the"})
_AFF_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
_PRE_APPOSITION_WORDS = 12
_FORMER = frozenset({"former", "retired", "acting", "interim"})
_RETIRED = ("rtd", "retd", "ret", "retired")
_POSSESSIVES = frozenset({"his", "her", "their", "'s", "’s"})


@cache
def roles() -> frozenset[str]:
    """The role lexicon: lowercase role phrases ("foreign minister", "spokesman", …)."""
    words = gz.data_words("roles.txt") | gz.data_words("occupations.txt")
    return frozenset(" ".join(r.replace("-", " ").split()) for r in words)


def sent_bounds(ent: Span) -> tuple[int, int]:
    """(start, end) token of the sentence ``ent`` starts in (the whole Doc without sentences); read once per name."""
    read = cached(ent.doc).setdefault("sent_bounds", {})
    if ent.start not in read:
        read[ent.start] = _sent_bounds(ent)
    return read[ent.start]


def _sent_bounds(ent: Span) -> tuple[int, int]:
    """:func:`sent_bounds`, read anew."""
    doc = ent.doc
    if doc.has_annotation("SENT_START"):
        sent = ent.sent  # spaCy walks the Doc to the sentence's start and end at each ``.sent``
        if sent.end < ent.end:  # the parser started a sentence inside the name (after a heading): the name's last
            return sent.start, doc[ent.end - 1].sent.end  # word's sentence runs on past it
        return sent.start, sent.end
    return 0, len(doc)


@cache
def role_abbreviations() -> dict[str, str]:
    """Abbreviated titles (lowercase, no dots) -> the role they stand for ("lt gen" -> "lieutenant general")."""
    return gz.data_table("role_abbreviations.tsv")


def role_matches(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(start, end, role) of every longest role phrase in ``tokens`` (indices into ``tokens``); an
    abbreviated title stands for its role when it is capitalised ("Brig. Gen." -> "brigadier general")."""
    words = [singular(t.lower_) for t in tokens]
    out, i = [], 0
    while i < len(words):
        for n in range(min(_MAX_ROLE_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(w for w in words[i : i + n] if w != "-")
            short = " ".join(w.rstrip(".") for w in words[i : i + n] if w != ".")
            if words[i] in ("-", "."):
                continue
            if phrase in roles():
                out.append((i, i + n, phrase))
                i += n
                break
            if tokens[i].text[:1].isupper() and short in role_abbreviations():
                out.append((i, i + n, role_abbreviations()[short]))
                i += n
                break
        else:
            i += 1
    return out


def singular(word: str) -> str:
    """A role word without its plural -s ("oligarchs" -> "oligarch"), other words unchanged."""
    if word.endswith("s") and word not in roles() and word[:-1] in roles():
        return word[:-1]
    return word


def titles_before(ent: Span) -> list[tuple[str, str | None]]:
    """Every (role, affiliation) of the stacked titles right before a person's name, nearest last:
    "government spokesman Colonel X" -> spokesman, colonel."""
    doc = ent.doc
    sent_start, _ = sent_bounds(ent)
    window: list[Token] = []
    i = ent.start - 1
    while i >= sent_start and len(window) < 12:
        t = doc[i]
        if t.ent_type_ == "PERSON":
            break
        ok = (
            t.text in ("'s", "’s", "-", ".")
            or t.text[:1].isupper()
            or singular(t.lower_) in role_words()
            or (t.lower_ in _CONNECTORS | {"on"} and window and (window[-1].text[:1].isupper() or window[-1].lower_ == "the"))
            or (t.lower_ in ("and", ",") and window and (window[-1].text[:1].isupper() or window[-1].lower_ == "the")
                and i > 0 and doc[i - 1].text[:1].isupper())  # "Minister for Europe and the Americas X"
            or retired_mark(doc, i)
        )
        if t.text == ")" and (k := _parenthesis_open(doc, i, sent_start)) is not None:
            window.extend(reversed(doc[k : i + 1]))  # "Additional Secretary (Asia and Pacific) Jane Doe"
            i = k - 1
            continue
        if not ok:
            break
        window.append(t)
        i -= 1
    window.reverse()
    window = _portfolio_commas(window)
    matches = role_matches(window)
    out = []
    for k, (start, end, role) in enumerate(matches):
        lo = matches[k - 1][1] if k else 0
        hi = matches[k + 1][0] if k + 1 < len(matches) else len(window)
        gap = window[end:hi]
        joined = bool(gap) and (all(t.lower_ in _CONNECTORS for t in gap) or gap[0].text in ("'s", "’s"))
        if hi < len(window) and (joined or any(t.lower_ in ("to", "for") for t in gap)):
            continue  # another person's title: "an aide to President X", "the head of President X's office", "the
            # Prime Minister's adviser X"
        out.append((role, affiliation(doc, window[lo:start], after=gap)))
    return out


def _parenthesis_open(doc: Doc, close: int, sent_start: int) -> int | None:
    """The index of the "(" of a short parenthesis of capitalised words ending at ``close`` ("(Asia and Pacific)"),
    or None."""
    for k in range(close - 1, max(sent_start, close - 8) - 1, -1):
        if doc[k].text == "(":
            return k if k < close - 1 else None
        if not (doc[k].is_title or doc[k].lower_ in ("and", "&", ",", "-")):
            return None
    return None


def _portfolio_commas(window: list[Token]) -> list[Token]:
    """The title words before a name without those before a comma, unless the comma lists a portfolio after a
    role and "for"/"of" ("Minister for Maritime, Fisheries and Ports Affairs X"; not "In Lima, Minister X")."""
    commas = [k for k, t in enumerate(window) if t.text == ","]
    if not commas:
        return window
    opens = next((k for k in range(1, commas[0]) if window[k].lower_ in ("for", "of")
                  and singular(window[k - 1].lower_) in role_words()), None)
    return window if opens is not None else window[commas[-1] + 1 :]


def retired_mark(doc: Doc, i: int) -> bool:
    """True for a token of "(Rtd)", "(retd.)" between a rank and a name."""
    t = doc[i]
    if not (t.text in ("(", ")") or t.lower_.rstrip(".") in _RETIRED):
        return False  # (the word itself first: the text around it is joined anew)
    near = doc[max(0, i - 2) : i + 3].text.lower()
    return any(f"({w}" in near for w in _RETIRED)


_BODY_LINKS = frozenset({"the", "of", "for", "'s", "’s", "-"})  # inside a body's name ("the Community of Y")


def _after_of_body(doc: Doc, i: int, sent_end: int) -> int:
    """The token after a body named with "of" after a name ("X of the Community of Y, said": the comma), else ``i``."""
    if i >= sent_end or doc[i].lower_ != "of":
        return i
    k = i + 1
    while k < sent_end and (doc[k].is_title or doc[k].is_upper or doc[k].lower_ in _BODY_LINKS):
        k += 1
    return k if k < sent_end and k > i + 1 and doc[k - 1].lower_ not in ("the", "of", "for") else i


def role_before_comma(ent: Span) -> tuple[str | None, str | None]:
    """Return (role, affiliation) from a noun phrase set before the name with a comma: "the head
    of the national bank, X", "Kenya's foreign minister, X, said". The name must close the apposition
    (a comma, "and", "or", a transcript label's colon or the sentence end follows, maybe after a body: "The mediator,
    X of the Y Institute, said"; "Official Spokesperson, Eva Lind:"),
    so "After meeting the president, X said" is none."""
    doc = ent.doc
    sent_start, sent_end = sent_bounds(ent)
    i = ent.start - 1
    titled = i > sent_start and title_word(doc, i)
    while i > sent_start and (title_word(doc, i) or (titled and (_portfolio_word(doc, i) or _possessor_word(doc, i)))):
        i -= 1  # "The army spokesman, Colonel X", "the mediator, former Ruritanian minister X", "…, Labour Minister X",
        # "The chief mediator, Ruritania's vice president X"
    if i <= sent_start or doc[i].text != ",":
        return None, None
    nxt = doc[_after_of_body(doc, ent.end, sent_end)] if ent.end < sent_end else None
    first = next((k for k in range(i - 1, max(sent_start, i - _PRE_APPOSITION_WORDS) - 1, -1) if doc[k].text == ","), None)
    if first is not None and names_before(doc, first):
        return None, None  # "A, the group's leader in B, C, ...": the apposition is A's
    if nxt is not None and not (nxt.text in (",", ".", ";", "(", ":") or nxt.lower_ in ("and", "or")):
        return None, None
    seg: list[Token] = []
    j = i - 1
    while j >= sent_start and len(seg) < _PRE_APPOSITION_WORDS:
        t = doc[j]
        if t.ent_type_ == "PERSON" or (t.is_punct and t.text not in ("'s", "’s", "-", ".")):
            break
        if t.pos_ in ("VERB", "AUX") and singular(t.lower_) not in role_words():  # "managing" may be tagged VERB
            break
        if t.pos_ == "ADP" and t.lower_ not in _CONNECTORS | {"in", "at", "on"}:
            break
        if t.lower_ in ("and", "or") and not (seg and seg[-1].text[:1].isupper() and doc[j - 1].text[:1].isupper()):
            break  # "of A and B" joins names; otherwise "and" starts another phrase
        seg.append(t)
        j -= 1
    seg.reverse()
    matches = role_matches(seg)
    if not matches:
        return _kin_before(seg), None
    start, end, role = _head_role(matches)
    return role, affiliation(doc, seg[:start], after=seg[end:])


def _head_role(matches: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The first role phrase of ``matches``, or the last of the role words run on right after it, the phrase's head
    ("official spokesperson" -> spokesperson, not the "official" that qualifies it)."""
    first = matches[0]
    start = first[0]
    for m in matches[1:]:
        if m[0] != first[1]:
            break
        first = m
    return start, first[1], first[2]


def _kin_before(seg: list[Token]) -> str | None:
    """The relation an apposition before a name gives it: "His wife, X," -> wife, "The envoy's partner, X," ->
    partner; None for other words."""
    if len(seg) >= 2 and seg[-1].lemma_.lower() in KIN and seg[-2].lower_ in _POSSESSIVES:
        return seg[-1].lemma_.lower()
    return None


@cache
def _honorific_words() -> frozenset[str]:
    """Every word of the honorifics that lead names ("Tan Sri", "Daw"), lowercase."""
    return frozenset(w for h in gz.data_words("name_honorifics.txt") for w in h.split())


def names_before(doc: Doc, comma: int) -> bool:
    """True when the apposition opened by the comma at ``comma`` describes the person named right before it: a
    PERSON ends there and the apposition starts with an article ("A, the group's leader, B" is A's; "A, her
    deputy, B" is B's)."""
    return comma > 0 and doc[comma - 1].ent_type_ == "PERSON" and comma + 1 < len(doc) \
        and doc[comma + 1].lower_ in ("the", "a", "an")


def title_word(doc: Doc, i: int) -> bool:
    """True for a word of a title or honorific between an apposition's comma and the name."""
    t = doc[i]
    return (
        singular(t.lower_).rstrip(".") in role_words()
        or t.lower_ in _FORMER
        or t.lower_.rstrip(".") in _honorific_words()
        or t.text in (".", "-")
        or (t.text in ("'", "’") and i > 0 and not doc[i - 1].whitespace_
            and doc[i - 1].lower_ in _honorific_words())  # "Dato' Jane Doe"
        or retired_mark(doc, i)
        or (t.text[:1].isupper() and bool(gz.state_for(t.text)))
    )


def _possessor_word(doc: Doc, i: int) -> bool:
    """True for a word of a state or body owning a title ("Ruritania's" of "Ruritania's vice president X"): a
    capitalised word of an affiliation entity, or its possessive "'s"."""
    t = doc[i]
    if t.text in ("'s", "’s"):
        return i > 0 and (doc[i - 1].ent_type_ in _AFF_LABELS or bool(gz.state_for(doc[i - 1].text)))
    return t.ent_type_ in _AFF_LABELS and t.text[:1].isupper()


def _portfolio_word(doc: Doc, i: int) -> bool:
    """True for an untagged capitalised word of a title's portfolio ("Fisheries" of "Fisheries Minister"), or
    "and" between two ("Justice and Labour Minister")."""
    t = doc[i]
    if t.lower_ == "and":
        return 0 < i < len(doc) - 1 and doc[i - 1].is_title and doc[i + 1].is_title
    return t.is_title and t.is_alpha and not t.ent_type_


def affiliation(doc: Doc, before: list[Token], after: list[Token]) -> str | None:
    """The nearest state or organization before the role, else one after "of"/"at"/"for"/"with"."""
    for span in reversed(_aff_spans(before)):
        return span
    for k, t in enumerate(after):
        if t.lower_ in ("of", "at", "for", "with") and k + 1 < len(after):
            spans = _aff_spans(after[k + 1 :])
            if spans:
                return spans[0]
    return None


def _aff_spans(tokens: list[Token]) -> list[str]:
    """Texts of the affiliation-like entities (or bare demonyms/states) among ``tokens``."""
    out: list[str] = []
    seen: set[int] = set()
    doc_ents = {t.i: t for t in tokens}
    for t in tokens:
        if t.i in seen:
            continue
        if t.ent_type_ in _AFF_LABELS:
            ent = ent_at(t)
            if all(k in doc_ents for k in range(ent.start, ent.end)):
                out.append(ent.text)
                seen.update(range(ent.start, ent.end))
        elif t.text[:1].isupper() and gz.state_for(t.text):
            out.append(t.text)
    return out
