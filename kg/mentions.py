"""Doc -> mentions: persons, organizations, countries and places, with roles and affiliations.

Run on a Doc from :func:`kg.nlp.build_nlp` (entity spans already repaired, chrome removed). A person's roles are
read by :func:`kg.mentions_clauses.person_roles` (titles and appositions before the name in
:mod:`kg.mentions_titles`, appositions and clauses after it in :mod:`kg.mentions_clauses`), one mention per
distinct role. Here:
  * a coordinated name shares a plural title or apposition: "Nigerian senators X and Y", "the premiers of A and
    B, X and Y", "X and Y, officials of the ministry";
  * a "counterpart" takes the role of the person named before it in the sentence, else in the two sentences
    before ("Kenyan President X hosted his Ugandan counterpart Y");
  * a state's institution is one organization ("Russia's Defense Ministry"); an acronym that names a body
    (defined after its name, its initials, a known international body, "the XLF delegation") is an organization
    wherever it recurs (:mod:`kg.mentions_acronyms`);
  * an organization's name the model cut at "and" goes on ("Front for Change and Concord in Chad"), a law tagged as
    an organization is none, a movement tagged as a people is one ("Maoist rebels"), and so is a group named
    apposed to a group noun ("its youth wing, the Zandakure") (:mod:`kg.mentions_orgs`);
  * a company is named by capitalised words ending in a legal suffix ("X Marine Services LLC"), tagged or not, and
    a ship after a ship noun or before its IMO number (:mod:`kg.mentions_vessels`; an organization, wherever it
    recurs); a person is named without a nickname in quotes inside the name ('Jane "La Roja" Doe' -> "Jane Doe");
  * two coordinated names tagged as one organization ("A Dynamics and B") are two organizations.
Affiliations are surface forms (a demonym, country, city or organization). A seat of government
("Élysée", "White House") is kept as written; resolution maps it to its state (Élysée -> France),
because the graph records states as the actors, with the metonym as an alias of the state.
"""
from __future__ import annotations

import dataclasses
import re
from functools import cache

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.events_common import doc_text
from kg.events_sanction_targets import suffixes
from kg.mentions_acronyms import acronym_mentions
from kg.mentions_clauses import delegation_head, person_roles, plural_apposition_of_next
from kg.mentions_orgs import group_mentions, instrument, movement, name_end
from kg.mentions_titles import roles
from kg.mentions_vessels import vessel_mentions
from kg.model import EntityType, Mention
from kg.token_scan import where_in, where_string

__all__ = ["find_mentions", "mention_type", "roles"]

_RELATIVE = "counterpart"  # a role lexicon entry that stands for the role of another person


def mention_type(ent: Span) -> EntityType | None:
    """The kg type of an entity span, or None for labels kg does not keep (dates, numbers, …)."""
    if ent.label_ == "PERSON":
        return "Person"
    if ent.label_ == "ORG" and instrument(ent):
        return None  # "the X Accountability Act": a law, no actor
    if ent.label_ == "ORG":
        return "Country" if gz.country_of_metonym(ent.text) else "Organization"
    if ent.label_ == "GPE":
        info = gz.lookup_place(ent.text)
        if _weak_place(ent.text, info) and _acts(ent):
            return "Organization"  # "Hamas (GPE) and Israel held talks": no place a gazetteer knows well, and it acts
        return "Country" if info and info.kind == "country" else "Place"
    if ent.label_ in ("LOC", "FAC"):
        return "Place"
    if ent.label_ == "NORP" and gz.community_of(ent.text):
        return "Organization"  # "Ruritanian Zemblans": a community, not the state of either demonym
    if ent.label_ == "NORP" and gz.country_of_demonym(ent.text):
        return "Country"
    if ent.label_ == "NORP" and movement(ent):
        return "Organization"  # "Zandist rebels", "the Zandists' negotiator": a movement, not a people
    return None


def _weak_place(text: str, info: gz.PlaceInfo | None) -> bool:
    """True for a name no gazetteer knows, or knows only as another language's name of a town that is no capital
    nor a city of a million ("Hamas" is Hamm's Lithuanian name)."""
    return info is None or (info.kind == "city" and gz.norm(info.name) != gz.norm(text) and not info.capital
                            and info.population < 1_000_000)


def _acts(ent: Span) -> bool:
    """True for a span that is the subject of a verb, alone or coordinated with another ("X and Y held talks"), or
    owns a group of people ("X's negotiators")."""
    t = ent.root
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "nsubj":
        return t.head.pos_ in ("VERB", "AUX")
    return t.dep_ in ("poss", "compound") and t.head.lemma_.lower() in _PEOPLE


_PEOPLE = frozenset({"negotiator", "delegation", "delegate", "envoy", "leader", "official", "spokesman", "spokeswoman",
                     "spokesperson", "fighter", "team", "representative"})


_NICKNAME = re.compile(r"\s+[\"“][^\"“”]+[\"”]\s+")  # 'Jane "La Roja" Doe': a person is named without it


def find_mentions(doc: Doc) -> list[Mention]:
    """Return the mentions of ``doc`` in text order, offsets into ``doc.text``."""
    sent_of = _sentence_index(doc)
    out: list[Mention] = []
    previous: Mention | None = None
    grown: list[tuple[str, Span]] = []  # (the model's text, the whole name) of organizations cut short
    for ent in doc.ents:
        kind = mention_type(ent)
        if kind is None:
            continue
        found: list[tuple[str | None, str | None]] = [(None, None)]
        if kind == "Person":
            found = [*person_roles(ent), *delegation_head(ent)] or [(None, None)]
            if found[0][0] is None and previous and _coordinated(doc, previous, ent):
                found = [(previous.role, previous.affiliation)]
            if found[0][0] is None:
                found = plural_apposition_of_next(ent) or found
            if found[0][0] == _RELATIVE:  # "his Ugandan counterpart X": the role of the person before
                found[0] = (_counterpart_role(out, sent_of[ent.start]), found[0][1])
        if kind == "Organization" and (parts := coordinated_names(ent)):  # "A Dynamics and B": two bodies
            out.extend(Mention(p.text, kind, p.start_char, p.end_char, sent_of[p.start]) for p in parts)
            continue
        if kind == "Organization" and (end := name_end(ent)) > ent.end:  # "Front for A" + "and B in C"
            grown.append((ent.text, doc[ent.start : end]))
            ent = grown[-1][1]
        text = _NICKNAME.sub(" ", ent.text) if kind == "Person" else ent.text
        m = Mention(text, kind, ent.start_char, ent.end_char, sent_of[ent.start], *found[0])
        out.append(m)
        for also in found[1:]:
            if also[0] != _RELATIVE:
                out.append(Mention(text, kind, ent.start_char, ent.end_char, sent_of[ent.start], *also))
        if kind == "Person":
            previous = m
    out = _whole_names(out, grown, sent_of)
    bodies = acronym_mentions(doc, sent_of, out) + group_mentions(doc, sent_of, out)
    out = [_title_of(m, bodies, doc_text(doc)) for m in out]
    extra = institution_mentions(doc, sent_of) + bodies
    named = _unclaimed(company_mentions(doc, sent_of) + vessel_mentions(doc, sent_of)
                       + hyphened_acronyms(doc, sent_of, out), out + extra)
    covered = _spans(extra + named)
    out = [m for m in out if not (m.type == "Organization" and _inside(m, covered))]
    out = [m for m in out if not (m.type == "Person" and _inside(m, _spans(named)))]  # "Jane Doe" of "Jane Doe Ltd"
    return sorted(out + extra + named, key=lambda m: (m.start, m.end))


def _whole_names(found: list[Mention], grown: list[tuple[str, Span]], sent_of: list[int]) -> list[Mention]:
    """``found`` without the places and bodies inside a name grown past the model's span ("Concord", "Chad" of
    "Front for Change and Concord in Chad"), and with a person's affiliation to the cut name in that sentence made
    the whole name."""
    spans = [(name.start_char, name.end_char) for _, name in grown]
    whole = {(cut, sent_of[name.start]): name.text for cut, name in grown}
    out = []
    for m in found:
        if m.type != "Person" and _inside(m, spans) and (m.start, m.end) not in spans:
            continue
        if m.type == "Person" and (m.affiliation, m.sentence) in whole:
            m = dataclasses.replace(m, affiliation=whole[(m.affiliation, m.sentence)])
        out.append(m)
    return out


def _title_of(person: Mention, bodies: list[Mention], text: str) -> Mention:
    """``person`` affiliated with the body whose untagged name opens their title ("XLF spokesman A", "XCO
    Commission President B"), which the title reader cannot see; else as it is."""
    if person.type != "Person" or not person.role or person.affiliation:
        return person
    for body in bodies:
        words = text[body.end : person.start].split()
        if 0 < person.start - body.end <= 40 and 0 < len(words) <= 4 \
                and words[-1].lower() in person.role.split() and all(
                    w.replace("-", "").isalpha() and (w[:1].isupper() or w.lower() in person.role.split()) for w in words):
            return dataclasses.replace(person, affiliation=body.text)
    return person


def _spans(mentions: list[Mention]) -> list[tuple[int, int]]:
    """The (start, end) offsets of mentions."""
    return [(m.start, m.end) for m in mentions]


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """True when the mention lies within one of the spans."""
    return any(a <= m.start and m.end <= b for a, b in spans)


def _unclaimed(candidates: list[Mention], found: list[Mention]) -> list[Mention]:
    """The candidates, each once, that clash with no mention found or candidate taken before them."""
    out: list[Mention] = []
    for c in candidates:
        if not any(_clashes(c, m) for m in found + out) and (c.start, c.end) not in _spans(out):
            out.append(c)
    return out


def _clashes(c: Mention, m: Mention) -> bool:
    """True when ``c`` cuts the body or place ``m``, or has the very span of a state or place ("the tanker US ...")."""
    if m.type == "Person" or m.end <= c.start or c.end <= m.start:
        return False
    return not _inside(m, [(c.start, c.end)]) or (m.type != "Organization" and (m.start, m.end) == (c.start, c.end))


def coordinated_names(ent: Span) -> list[Span] | None:
    """The two names of an entity the parse reads as two coordinated heads ("A Dynamics and B": B is a conjunct of
    the head; not "X Oil and Gas Enterprise", whose "Gas" only joins a modifier), else ``None``."""
    cc = next((t for t in ent if t.lower_ == "and" and t.head.i == ent.root.i), None)
    conj = next((c for c in ent.root.children if c.dep_ == "conj" and cc is not None and c.i > cc.i), None)
    if cc is None or conj is None or conj.i >= ent.end or cc.i == ent.start or cc.i == ent.end - 1:
        return None
    left, right = ent.doc[ent.start : cc.i], ent.doc[cc.i + 1 : ent.end]
    if len(left) == 1 < len(right):
        return None  # "Tomas and Maria Brevik": one family name for both
    return [left, right] if left.text[:1].isupper() and right.text[:1].isupper() else None


_NAME_WORDS = 5  # at most this many words before a company suffix


def company_mentions(doc: Doc, sent_of: list[int]) -> list[Mention]:
    """Organizations named by capitalised words ending in a legal suffix ("Doe Marine Services LLC", "X Holding
    JSC", "Y Trading Co., Ltd."), tagged or not; a leading function word ("The", "Through") is left out."""
    out = []
    for i in where_string(doc, LOWER, lambda lower: lower.replace(".", "") in suffixes()):
        t = doc[i]
        if not _suffix(t):
            continue
        s, e = t.i, t.i + 1
        while s > 0 and t.i - s < _NAME_WORDS and _name_word(doc[s - 1]):
            s -= 1
        while s < t.i and doc[s].is_stop:
            s += 1
        while e + 1 < len(doc) and doc[e].text == "," and _suffix(doc[e + 1]):
            e += 2  # "Co., Ltd."
        if s < t.i:
            out.append(Mention(doc[s:e].text, "Organization", doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), sent_of[t.i]))
    return out


_HYPHENED = re.compile(r"(?<![\w-])[A-Z]{2,}(?:-[A-Z][A-Za-z]*)+(?![\w-])")


def hyphened_acronyms(doc: Doc, sent_of: list[int], found: list[Mention]) -> list[Mention]:
    """Organizations named by an acronym joined by hyphens to capitalised words ("XPLM-In-Opposition",
    "XPLM-Nord"), which the model leaves untagged; not a pair of states, places or bodies named elsewhere
    ("US-China", "UN-AU"), nor acronyms alone ("XRGC-QF"), which the model's acronym rules read."""
    known = {m.text for m in found}
    out = []
    for hit in _HYPHENED.finditer(doc_text(doc)):
        parts = hit.group().split("-")
        if any(gz.is_place_word(p) or p in known for p in parts) or all(p.isupper() for p in parts):
            continue
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is not None:
            out.append(Mention(hit.group(), "Organization", hit.start(), hit.end(), sent_of[span.start]))
    return out


def _suffix(t: Token) -> bool:
    """True for a capitalised legal suffix ("LLC", "Ltd.", "Limited"), not a word's prefix ("Co-chair")."""
    hyphen = t.i + 1 < len(t.doc) and t.nbor().text == "-"
    return t.text[:1].isupper() and t.lower_.replace(".", "") in suffixes() and not hyphen


def _name_word(t: Token) -> bool:
    """True for a word that can be part of a company's name before its suffix: capitalised (not another
    company's suffix), "&", or "of" between capitalised words ("Bank of X Ltd")."""
    if _suffix(t):
        return False
    if t.text[:1].isupper() and t.text.rstrip(".").replace("-", "").isalpha():
        return True
    return t.text == "&" or t.lower_ == "of" and 0 < t.i and t.doc[t.i - 1].text[:1].isupper()


def _counterpart_role(before: list[Mention], sentence: int) -> str | None:
    """The role a "counterpart" takes: that of the nearest person with a role before it in its sentence, else in the
    two sentences before ("A, leader of the X party, said ... His counterpart at the Y party, B, ..." -> leader)."""
    people = [m for m in reversed(before) if m.type == "Person" and m.role and m.role != _RELATIVE]
    same = next((m.role for m in people if m.sentence == sentence), None)
    return same or next((m.role for m in people if 0 < sentence - m.sentence <= 2), None)


@cache
def institutions() -> frozenset[str]:
    """State institutions named with the state's possessive ("defense ministry", "army"), lowercase."""
    return gz.data_words("institutions.txt")


def institution_mentions(doc: Doc, sent_of: list[int]) -> list[Mention]:
    """Organizations named as a state's institution: "Russia's Defense Ministry", "Ukraine's army".

    The whole phrase is the name (the state alone would make the ministry speak as the state); the
    state keeps its own Country mention."""
    out: list[Mention] = []
    for i in where_in(doc, DEP, ("poss",)):
        tok = doc[i]
        head = tok.head
        if head.i <= tok.i + 1 or not tok.ent_type_ or not gz.state_for(tok.text):
            continue
        case = doc[tok.i + 1]
        if case.dep_ != "case":
            continue
        phrase = doc[case.i + 1 : head.i + 1]
        if " ".join(t.lower_ for t in phrase) not in institutions():
            continue
        ent = next(e for e in doc.ents if e.start <= tok.i < e.end)
        out.append(Mention(doc_text(doc)[ent.start_char : phrase.end_char], "Organization", ent.start_char,
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


def _coordinated(doc: Doc, prev: Mention, ent: Span) -> bool:
    """True for "Title A and B": B follows A with only "and" between and A's title was plural."""
    if prev.role is None or ent.start < 2:
        return False
    between = doc_text(doc)[prev.end : ent.start_char].strip()
    if len(between) > 5 or between.lower() not in ("and", ", and", ","):  # (not lowercasing all the text between)
        return False
    title = doc_text(doc)[max(0, prev.start - 60) : prev.start].lower()
    return (prev.role.split()[-1] + "s") in title
