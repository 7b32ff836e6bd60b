"""``kg_entity_fixer_v1`` (spaCy forbids dots in factory names): repairs the model's entity spans.

It first computes a new list of (start, end, label) token spans, then writes it to ``doc.ents``:
  * spans are cut at line breaks, and lose leading "the"/titles and trailing punctuation/possessives;
  * a span that is wholly a gazetteer place becomes GPE/LOC (the small model tags some cities as PERSON);
    a demonym becomes NORP; an all-caps acronym GPE unknown to the gazetteer becomes ORG ("EU");
  * a PERSON span starting with a place or demonym is split ("Chile Gabriel Boric");
  * lists of places tagged as one span ("Lviv, Odesa,") become one span per place;
  * a one-token span equal to the surname of a person named elsewhere in the doc becomes PERSON;
    a title-case ORG right after a role word ("lawmaker Jane Doe") becomes PERSON;
  * ORG spans made only of title words ("Defense" in "Defense Minister X") are dropped.
"""
from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg import gazetteer as gz

NAME = "kg_entity_fixer_v1"
_TITLES = frozenset("mr mrs ms dr gen sen rep gov lt col sgt capt maj pres prof sir dame lord lady".split())
_SPLITTABLE = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"})


@cache
def role_words() -> frozenset[str]:
    """Every single word of the role lexicon plus common abbreviated titles, lowercase."""
    words = {w for role in gz.data_words("roles.txt") for w in role.replace("-", " ").split()}
    return frozenset(words | _TITLES | {"presidential"})


def place_label(text: str) -> str | None:
    """The entity label a gazetteer gives ``text``: GPE (state, city), LOC (region, river,
    continent), NORP (demonym), ORG (seat of government) or None."""
    if gz.country_of_metonym(text):
        return "ORG"
    info = gz.lookup_place(text)
    if info:
        return "GPE" if info.kind in ("country", "city", "us_state") else "LOC"
    if gz.country_of_demonym(text):
        return "NORP"
    if gz.country_of_metonym(text):
        return "ORG"
    return None


def _tok_key(text: str) -> str:
    return gz.norm(text)


@Language.factory(NAME)
def make_entity_fixer(nlp: Language, name: str) -> "EntityFixer":
    """Return the entity fixer component."""
    return EntityFixer()


class EntityFixer:
    """Relabels, splits, trims and drops entity spans; see the module docstring."""

    def __call__(self, doc: Doc) -> Doc:
        spans = self.compute(doc)
        doc.ents = filter_spans([Span(doc, s, e, label=lab) for s, e, lab in spans])
        return doc

    def compute(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Return the repaired (start token, end token, label) spans for ``doc``."""
        out: list[tuple[int, int, str]] = []
        for ent in doc.ents:
            for s, e in self._pieces(doc, ent.start, ent.end):
                out.extend(self._relabel(doc, s, e, ent.label_))
        return self._persons_from_context(doc, out)

    def _pieces(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """Cut at line breaks, then trim determiners and punctuation at both ends."""
        for i in range(start, end):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                end = i if "\n" in doc[i].text else i + 1
                break
        while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
            end -= 1
        return [(start, end)] if end > start else []

    def _relabel(self, doc: Doc, s: int, e: int, label: str) -> list[tuple[int, int, str]]:
        span = doc[s:e]
        text = span.text
        if label in ("ORG", "GPE") and e - s >= 3 and gz.state_for(doc[s].text):
            org_words = gz.data_words("org_words.txt")
            if _looks_like_name(doc, s + 1, e, org_words):  # "(ambassador to) Ruritania Jane Doe"
                return [(s, s + 1, place_label(doc[s].text) or "GPE"), (s + 1, e, "ORG")]
        if not any(ch.isupper() for ch in text):
            return []  # "totalitarian" NORP: names are capitalised
        whole = place_label(text)
        if label == "PERSON":
            return self._fix_person(doc, s, e, whole)
        if whole:
            return [(s, e, whole)]
        if label in _SPLITTABLE and e - s > 1:
            parts = _split_list(doc, s, e)
            if len(parts) > 1 and all(place_label(doc[a:b].text) for a, b in parts):
                return [(a, b, place_label(doc[a:b].text) or "GPE") for a, b in parts]
        if label == "GPE" and text.replace(".", "").isupper() and not whole:
            return [(s, e, "ORG")]  # "EU" is no country
        if label == "ORG" and all(t.lower_ in role_words() or t.is_punct for t in span):
            return []  # "Defense" of "Defense Minister"
        return [(s, e, label)]

    def _fix_person(self, doc: Doc, s: int, e: int, whole: str | None) -> list[tuple[int, int, str]]:
        if any(ch.isdigit() or ch in "/@" for ch in doc[s:e].text):
            return []
        while e - s > 1 and doc[s].lower_.rstrip(".") in role_words():
            s += 1  # "President X" -> "X"
        if e - s == 1 and doc[s].lower_.rstrip(".") in role_words():
            return []
        whole = place_label(doc[s:e].text)
        if whole:
            return [(s, e, whole)]  # a single name that is a place; persons elsewhere win later
        out: list[tuple[int, int, str]] = []
        for n in (2, 1):  # leading state or demonym: "Chile Gabriel Boric", "Kenyan Jane Doe"
            rest = doc[s + n : e]
            if e - s > n + 1 and gz.state_for(doc[s : s + n].text) and all(t.is_title for t in rest):
                out.append((s, s + n, place_label(doc[s : s + n].text) or "GPE"))
                s += n
                break
        out.append((s, e, "PERSON"))
        return out

    def _persons_from_context(self, doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Second pass: use names of persons found elsewhere in the doc."""
        full = [doc[s:e] for s, e, lab in spans if lab == "PERSON" and e - s > 1]
        surnames = {_tok_key(sp[-1].text) for sp in full}
        given = {_tok_key(sp[0].text) for sp in full}
        fulls = {_tok_key(sp.text) for sp in full}
        org_words = gz.data_words("org_words.txt")
        out: list[tuple[int, int, str]] = []
        for s, e, lab in spans:
            key = _tok_key(doc[s:e].text)
            if lab != "PERSON" and (key in fulls or (e - s == 1 and key in surnames)):
                lab = "PERSON"
            elif lab in ("GPE", "LOC") and e - s == 1 and key in given | surnames:
                lab = "PERSON"
            elif lab in ("ORG", "GPE", "LOC", "FAC") and _looks_like_name(doc, s, e, org_words) and _person_context(doc, s, e, spans):
                lab = "PERSON"  # "lawmaker Jane Doe", "Jane Doe, the Ruritanian president," tagged ORG
            out.append((s, e, lab))
        return out


def _split_list(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """Split a span on commas and on "and"/"to"/"&" into (start, end) parts."""
    parts, a = [], s
    for i in range(s, e):
        if doc[i].text in (",", "&") or doc[i].lower_ in ("and", "to", "or"):
            if i > a:
                parts.append((a, i))
            a = i + 1
    if e > a:
        parts.append((a, e))
    return parts


def _looks_like_name(doc: Doc, s: int, e: int, org_words: frozenset[str]) -> bool:
    """True for 2-3 capitalised words (hyphens allowed) with no organization word and no place."""
    words = [t for t in doc[s:e] if t.text != "-"]
    return (
        2 <= len(words) <= 3
        and all(t.is_title for t in words)
        and not any(t.lower_ in org_words or t.lower_ in role_words() for t in words)
        and not any(gz.state_for(t.text) for t in words)
        and place_label(doc[s:e].text) is None
    )


def _person_context(doc: Doc, s: int, e: int, spans: list[tuple[int, int, str]]) -> bool:
    """True when a span sits where a person's name does: right after a role word ("lawmaker X",
    "Chancellor X"), before an apposition with a role ("X, the Ruritanian president,"), or
    coordinated with a person ("Jane Doe and X")."""
    i = s - 1
    while i >= max(0, s - 4) and (doc[i].lower_ in ("to", "of", "in") or gz.state_for(doc[i].text)):
        i -= 1  # "ambassador to Ruritania X"
    if i >= 0 and doc[i].lower_.rstrip(".") in role_words():
        return True
    if e < len(doc) and doc[e].text == ",":
        for t in doc[e + 1 : e + 6]:
            if t.text in (",", ".", ";"):
                break
            if t.lower_ in role_words() and t.pos_ != "ADJ":
                return True
    if s > 1 and doc[s - 1].lower_ in ("and", ","):
        return any(lab == "PERSON" and end == s - 1 for _, end, lab in spans)
    return False
