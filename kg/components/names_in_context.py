"""The second pass of the entity fixer: persons found from the names of persons elsewhere in the doc
("Jane Doe ... Doe said") and from where a name sits ("lawmaker Jane Doe" tagged ORG or left untagged)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.components.person_cues import PARTICLES, Ent, covered, looks_like_name, person_context, portfolio_plural
from kg.components.place_labels import place_label
from kg.components.roles import role_words


def persons_from_context(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """Return ``spans`` relabelled PERSON where they repeat a person's name or sit where a name goes, plus
    untagged names and surnames of persons named in the doc."""
    full = [doc[s:e] for s, e, lab in spans if lab == "PERSON" and e - s > 1]
    surnames = {gz.norm(sp[-1].text) for sp in full}
    given = {gz.norm(sp[0].text) for sp in full}
    fulls = {gz.norm(sp.text) for sp in full}
    fulls |= {gz.norm(sp[k:].text) for sp in full for k in range(1, len(sp) - 1)}  # "Ruiz Soto" of "Ana Ruiz Soto"
    out: list[Ent] = []
    for s, e, lab in spans:
        key = gz.norm(doc[s:e].text)
        if lab != "PERSON" and (key in fulls or (e - s == 1 and key in surnames)):
            lab = "PERSON"
        elif lab in ("GPE", "LOC") and e - s == 1 and key in given | surnames:
            lab = "PERSON"
        elif lab in ("ORG", "GPE", "LOC", "FAC", "WORK_OF_ART") and looks_like_name(doc, s, e) and person_context(doc, s, e, spans):
            lab = "PERSON"  # "lawmaker Jane Doe", "Jane Doe, the Ruritanian president," tagged ORG
        elif lab in ("ORG", "GPE", "LOC") and e - s == 1 and _given_name_before(doc, s, spans) \
                and looks_like_name(doc, s - 1, e) and person_context(doc, s - 1, e, spans):
            s, lab = s - 1, "PERSON"  # "his deputy, Jane | Doe (GPE),"
        elif lab in ("GPE", "LOC") and e - s == 1 and doc[s].is_title and not gz.is_place_word(doc[s].text) \
                and any(a == e and lab2 == "PERSON" and b - a >= 2 for a, b, lab2 in spans):
            lab = "PERSON"  # "included Jane (GPE) | Roe Doe": a given name the model took for a place no gazetteer knows
        out.append((s, e, lab))
    out += _untagged_names(doc, out)
    surnames = {gz.norm(doc[e - 1].text) for s, e, lab in out if lab == "PERSON" and e - s > 1}
    surnames |= {gz.norm(doc[e - 2].text) for s, e, lab in out  # "Ruiz" of "Ana Ruiz Soto"
                 if lab == "PERSON" and e - s >= 3 and doc[e - 2].is_title and doc[e - 2].lower_ not in PARTICLES}
    surnames |= {gz.norm(doc[s].text) for s, e, lab in out  # "Pak" of "Pak Yong-chol": the family name first
                 if lab == "PERSON" and e - s == 4 and doc[s + 2].text == "-" and not doc[s + 1].whitespace_}
    return out + _untagged_surnames(doc, out, surnames)


def _given_name_before(doc: Doc, s: int, spans: list[Ent]) -> bool:
    """True when the token before ``s`` is an untagged capitalised proper noun, no role, place or state."""
    if s < 1 or place_label(doc[s].text) or any(a <= s - 1 < b for a, b, _ in spans):
        return False
    t = doc[s - 1]
    return t.pos_ == "PROPN" and t.is_title and t.whitespace_ == " " and t.lower_ not in role_words() \
        and not gz.is_place_word(t.text)


def _untagged(doc: Doc, spans: list[Ent]) -> list[Token]:
    """Capitalised proper nouns outside every entity span that are no role word or place."""
    taken = covered(spans)
    return [
        t for t in doc
        if t.i not in taken and not t.ent_type_ and t.pos_ == "PROPN" and t.is_title
        and t.lower_.rstrip(".") not in role_words() and not gz.is_place_word(t.text)
    ]


def _untagged_names(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """PERSON spans for runs of 2-4 untagged capitalised proper nouns, hyphenated ones too ("Jin Ha-na"), where a
    person's name goes ("his special envoy, Jane Doe", "lawmaker Jane Doe"; see ``person_context``). The words of
    the model's one-word or hyphenated places and bodies that no gazetteer knows may be among them ("the league's
    envoy, Jane (GPE) Roe Abdel-Doe (ORG),")."""
    weak = [(s, e) for s, e, lab in spans if lab in ("GPE", "LOC", "ORG", "NORP") and _name_like(doc, s, e)]
    free = {t.i for t in _untagged(doc, spans)} | {k for s, e in weak for k in range(s, e)}
    person_starts = {s for s, _, lab in spans if lab == "PERSON"}
    out, i = [], 0
    while i < len(doc):
        e = i
        while e in free and e - i < 6:
            e += 1
            if e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
                    and doc[e + 1].is_alpha and not doc[e + 1].ent_type_:
                e += 2  # "Ha-na", "Abdel-fattah": a hyphenated name word
        k = i
        while k < e and portfolio_plural(doc, k):
            k += 1  # "(Minister for Foreign) Affairs | Jane Doe": a plural ends a portfolio, no name starts so
        whole = all(s >= k and b <= e for s, b in weak if s < e and b > k)
        if e - k >= 2 and whole and looks_like_name(doc, k, e) and person_context(doc, k, e, spans):
            out.append((k, e, "PERSON"))
        elif k > i and e - k == 1 and e in person_starts:
            out.append((k, e, "PERSON"))  # "Affairs | Jane" + "Doe": the given name the model left
        i = max(e, i + 1)
    return out


def _name_like(doc: Doc, s: int, e: int) -> bool:
    """True for a span of one capitalised word, or two joined by a hyphen, that no gazetteer knows as a place."""
    words = [t for t in doc[s:e] if t.text != "-"]
    return 1 <= len(words) <= 2 and (len(words) == 1 or e - s == 3) and all(t.is_title for t in words) \
        and not gz.is_place_word(doc[s:e].text)


def _untagged_surnames(doc: Doc, spans: list[Ent], surnames: set[str]) -> list[Ent]:
    """One-token PERSON spans for capitalised proper nouns the model left untagged that are the surname
    of a person named in full in the doc ("Jane Doe ... Doe said", "Pak Yong-chol ... Pak said")."""
    taken = covered(spans)
    subjects = [  # the tagger calls an unknown sentence-initial name a NOUN: "Doe signed ..."
        t for t in doc
        if t.i not in taken and not t.ent_type_ and t.pos_ == "NOUN" and t.is_title
        and t.dep_ == "nsubj" and t.head.pos_ == "VERB"
    ]
    return [(t.i, t.i + 1, "PERSON") for t in _untagged(doc, spans) + subjects if gz.norm(t.text) in surnames]


def places_from_context(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """``spans`` plus the untagged one-word proper nouns that repeat a one-word place tagged elsewhere in the doc
    ("a press conference in Maputo ... the Centre in Maputo without agreement")."""
    places = {doc[s].text for s, e, lab in spans if lab == "GPE" and e - s == 1 and doc[s].is_title}
    taken = covered(spans)
    extra = [(t.i, t.i + 1, "GPE") for t in doc
             if t.text in places and t.i not in taken and t.pos_ == "PROPN" and not t.ent_type_]
    return spans + extra
