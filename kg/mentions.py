"""Doc -> mentions: persons, organizations, countries and places, with roles and affiliations.

Run on a Doc from :func:`kg.nlp.build_nlp` (entity spans already repaired, chrome removed). Roles
come from the lexicon ``kg/data/roles.txt`` and are read in three places:
  * a title before the name: "White House spokesman X", "Chile's Foreign Minister X",
    "Kenyan ambassador to Ethiopia X" (the host after "to" is not the affiliation);
  * an apposition after it: "X, a Nigerian diplomat,", "X, the head of the U.N.'s refugee agency";
  * an apposition before it: "the head of the national bank, X", "Kenya's foreign minister, X,";
  * a coordinated name shares a plural title: "Nigerian senators X and Y", "the premiers of A and B, X and Y".
A person with both a title and an apposition ("envoy X, a former trade minister,") gets one
mention per role. A "counterpart" takes the role of the person named before it in the sentence
("Kenyan President X hosted his Ugandan counterpart Y").
Affiliations are surface forms (a demonym, country, city or organization). A seat of government
("Élysée", "White House") is kept as written; resolution maps it to its state (Élysée -> France),
because the graph records states as the actors, with the metonym as an alias of the state.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.components.entity_fixer import role_words
from kg.model import EntityType, Mention

_MAX_ROLE_WORDS = 4
_CONNECTORS = frozenset({"of", "for", "to", "the"})
_AFF_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
_RELATIVE = "counterpart"  # a role lexicon entry that stands for the role of another person
_PRE_APPOSITION_WORDS = 12


@cache
def roles() -> frozenset[str]:
    """The role lexicon: lowercase role phrases ("foreign minister", "spokesman", …)."""
    return frozenset(" ".join(r.replace("-", " ").split()) for r in gz.data_words("roles.txt"))


def mention_type(ent: Span) -> EntityType | None:
    """The kg type of an entity span, or None for labels kg does not keep (dates, numbers, …)."""
    if ent.label_ == "PERSON":
        return "Person"
    if ent.label_ == "ORG":
        return "Country" if gz.country_of_metonym(ent.text) else "Organization"
    if ent.label_ == "GPE":
        info = gz.lookup_place(ent.text)
        return "Country" if info and info.kind == "country" else "Place"
    if ent.label_ in ("LOC", "FAC"):
        return "Place"
    if ent.label_ == "NORP" and gz.country_of_demonym(ent.text):
        return "Country"
    return None


def find_mentions(doc: Doc) -> list[Mention]:
    """Return the mentions of ``doc`` in text order, offsets into ``doc.text``."""
    sent_of = _sentence_index(doc)
    out: list[Mention] = []
    previous: Mention | None = None
    for ent in doc.ents:
        kind = mention_type(ent)
        if kind is None:
            continue
        role = affiliation = None
        also: tuple[str | None, str | None] = (None, None)
        if kind == "Person":
            role, affiliation = title_before(ent)
            if role is None:
                role, affiliation = role_before_comma(ent)
            also = apposition_after(ent)
            if role is None or also[0] == role:
                (role, affiliation), also = (also if role is None else (role, affiliation or also[1])), (None, None)
            if role is None and previous and _coordinated(doc, previous, ent):
                role, affiliation = previous.role, previous.affiliation
            if role == _RELATIVE:  # "his Ugandan counterpart X": the role of the person before
                role = next((m.role for m in reversed(out) if m.type == "Person" and m.role
                             and m.sentence == sent_of[ent.start] and m.role != _RELATIVE), None)
        m = Mention(ent.text, kind, ent.start_char, ent.end_char, sent_of[ent.start], role, affiliation)
        out.append(m)
        if also[0] and also[0] != _RELATIVE:
            out.append(Mention(ent.text, kind, ent.start_char, ent.end_char, sent_of[ent.start], *also))
        if kind == "Person":
            previous = m
    extra = institution_mentions(doc, sent_of) + acronym_mentions(doc, sent_of, out)
    covered = [(m.start, m.end) for m in extra]
    out = [m for m in out if not (m.type == "Organization" and any(a <= m.start and m.end <= b for a, b in covered))]
    return sorted(out + extra, key=lambda m: (m.start, m.end))


def acronym_mentions(doc: Doc, sent_of: list[int], found: list[Mention]) -> list[Mention]:
    """Organization mentions of an acronym the text defines after an organization's name
    ("the Movimiento Popular del Sur (MPS)"), there and wherever the model left it untagged later."""
    orgs = {m.end: m for m in found if m.type == "Organization"}
    defined: set[str] = set()
    for t in doc[:-2]:
        if t.text == "(" and doc[t.i + 2].text == ")" and doc[t.i + 1].is_upper and len(doc[t.i + 1]) >= 2:
            before = doc.text[: t.idx].rstrip()
            if len(before) in orgs:
                defined.add(doc[t.i + 1].text)
    out = []
    for t in doc:
        if t.text in defined and not (t.ent_type_ and t.ent_type_ != "ORG"):
            if not any(m.start <= t.idx < m.end for m in found):
                out.append(Mention(t.text, "Organization", t.idx, t.idx + len(t), sent_of[t.i]))
    return out


@cache
def institutions() -> frozenset[str]:
    """State institutions named with the state's possessive ("defense ministry", "army"), lowercase."""
    return gz.data_words("institutions.txt")


def institution_mentions(doc: Doc, sent_of: list[int]) -> list[Mention]:
    """Organizations named as a state's institution: "Russia's Defense Ministry", "Ukraine's army".

    The whole phrase is the name (the state alone would make the ministry speak as the state); the
    state keeps its own Country mention."""
    out: list[Mention] = []
    for tok in doc:
        head = tok.head
        if tok.dep_ != "poss" or head.i <= tok.i + 1 or not tok.ent_type_ or not gz.state_for(tok.text):
            continue
        case = doc[tok.i + 1]
        if case.dep_ != "case":
            continue
        phrase = doc[case.i + 1 : head.i + 1]
        if " ".join(t.lower_ for t in phrase) not in institutions():
            continue
        ent = next(e for e in doc.ents if e.start <= tok.i < e.end)
        out.append(Mention(doc.text[ent.start_char : phrase.end_char], "Organization", ent.start_char,
                           phrase.end_char, sent_of[tok.i]))
    return out


def _sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token (0 everywhere when the doc has no sentence boundaries)."""
    index = [0] * len(doc)
    if doc.has_annotation("SENT_START"):
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                index[i] = n
    return index


def _sent_bounds(ent: Span) -> tuple[int, int]:
    doc = ent.doc
    if doc.has_annotation("SENT_START"):
        return ent.sent.start, ent.sent.end
    return 0, len(doc)


@cache
def role_abbreviations() -> dict[str, str]:
    """Abbreviated titles (lowercase, no dots) -> the role they stand for ("lt gen" -> "lieutenant general")."""
    return gz.data_table("role_abbreviations.tsv")


def _role_matches(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(start, end, role) of every longest role phrase in ``tokens`` (indices into ``tokens``); an
    abbreviated title stands for its role when it is capitalised ("Brig. Gen." -> "brigadier general")."""
    words = [_singular(t.lower_) for t in tokens]
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


def _singular(word: str) -> str:
    """A role word without its plural -s ("oligarchs" -> "oligarch"), other words unchanged."""
    if word.endswith("s") and word not in roles() and word[:-1] in roles():
        return word[:-1]
    return word


def title_before(ent: Span) -> tuple[str | None, str | None]:
    """Return (role, affiliation) read from the title words right before a person's name."""
    doc = ent.doc
    sent_start, _ = _sent_bounds(ent)
    window: list[Token] = []
    i = ent.start - 1
    while i >= sent_start and len(window) < 12:
        t = doc[i]
        if t.ent_type_ == "PERSON":
            break
        ok = (
            t.text in ("'s", "’s", "-", ".")
            or t.text[:1].isupper()
            or _singular(t.lower_) in role_words()
            or (t.lower_ in _CONNECTORS and window and (window[-1].text[:1].isupper()))
        )
        if not ok:
            break
        window.append(t)
        i -= 1
    window.reverse()
    matches = _role_matches(window)
    if not matches:
        return None, None
    start, end, role = matches[-1]
    lo = matches[-2][1] if len(matches) > 1 else 0
    before = [t for t in window[lo:start]]
    return role, _affiliation(doc, before, after=window[end:])


def apposition_after(ent: Span) -> tuple[str | None, str | None]:
    """Return (role, affiliation) from an apposition: "Name, a Nigerian diplomat, ..."."""
    doc = ent.doc
    _, sent_end = _sent_bounds(ent)
    i = ent.end
    if i >= sent_end or doc[i].text != ",":
        return None, None
    seg: list[Token] = []
    for t in doc[i + 1 : min(sent_end, i + 22)]:
        if t.text in (",", ";", "—", "–", "(", ")") or (t.text == "." and t.is_sent_end):
            if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "B" and doc[t.i + 1].ent_type_ == "PERSON":
                return None, None  # "A, its director, B": the role is B's (see role_before_comma)
            break
        seg.append(t)
    while seg and seg[0].lower_ in ("a", "an", "the"):
        seg = seg[1:]
    if not seg or seg[0].pos_ in ("VERB", "AUX", "ADP") or seg[0].lower_ in ("who", "which", "said", "says", "and", "or"):
        return None, None  # a clause, a prepositional phrase ("X, with deputy Y"), the next item of a list
    matches = [m for m in _role_matches(seg) if m[0] <= 6]
    if not matches:
        return None, None
    start, end, role = matches[0]
    if end < len(seg) and seg[end].ent_type_ == "PERSON":
        return None, None  # a list of titled names, not an apposition
    return role, _affiliation(doc, seg[:start], after=seg[end:])


def role_before_comma(ent: Span) -> tuple[str | None, str | None]:
    """Return (role, affiliation) from a noun phrase set before the name with a comma: "the head
    of the national bank, X", "Kenya's foreign minister, X, said". The name must close the apposition
    (a comma, "and", "or" or the sentence end follows), so "After meeting the president, X said" is none."""
    doc = ent.doc
    sent_start, sent_end = _sent_bounds(ent)
    i = ent.start - 1
    if i <= sent_start or doc[i].text != ",":
        return None, None
    nxt = doc[ent.end] if ent.end < sent_end else None
    if nxt is not None and not (nxt.text in (",", ".", ";") or nxt.lower_ in ("and", "or")):
        return None, None
    seg: list[Token] = []
    j = i - 1
    while j >= sent_start and len(seg) < _PRE_APPOSITION_WORDS:
        t = doc[j]
        if t.ent_type_ == "PERSON" or (t.is_punct and t.text not in ("'s", "’s", "-", ".")):
            break
        if t.pos_ in ("VERB", "AUX") and _singular(t.lower_) not in role_words():  # "managing" may be tagged VERB
            break
        if t.pos_ == "ADP" and t.lower_ not in _CONNECTORS:
            break
        if t.lower_ in ("and", "or") and not (seg and seg[-1].text[:1].isupper() and doc[j - 1].text[:1].isupper()):
            break  # "of A and B" joins names; otherwise "and" starts another phrase
        seg.append(t)
        j -= 1
    seg.reverse()
    matches = _role_matches(seg)
    if not matches:
        return None, None
    start, end, role = matches[0]
    return role, _affiliation(doc, seg[:start], after=seg[end:])


def _affiliation(doc: Doc, before: list[Token], after: list[Token]) -> str | None:
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
            ent = next(e for e in t.doc.ents if e.start <= t.i < e.end)
            if all(k in doc_ents for k in range(ent.start, ent.end)):
                out.append(ent.text)
                seen.update(range(ent.start, ent.end))
        elif t.text[:1].isupper() and gz.state_for(t.text):
            out.append(t.text)
    return out


def _coordinated(doc: Doc, prev: Mention, ent: Span) -> bool:
    """True for "Title A and B": B follows A with only "and" between and A's title was plural."""
    if prev.role is None or ent.start < 2:
        return False
    between = doc.text[prev.end : ent.start_char].strip().lower()
    if between not in ("and", ", and", ","):
        return False
    title = doc.text[max(0, prev.start - 60) : prev.start].lower()
    return (prev.role.split()[-1] + "s") in title
