"""The second pass of the entity fixer: persons found from the names of persons elsewhere in the doc
("Jane Doe ... Doe said") and from where a name sits ("lawmaker Jane Doe" tagged ORG or left untagged)."""
from __future__ import annotations

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.components.person_cues import (PARTICLES, Ent, covered, looks_like_name, person_context, portfolio_before,
                                       portfolio_plural)
from kg.components.place_labels import place_label
from kg.components.roles import role_words
from kg.token_scan import untagged_titles


def persons_from_context(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """Return ``spans`` relabelled PERSON where they repeat a person's name or sit where a name goes, plus
    untagged names and surnames of persons named in the doc."""
    fulls, surnames, given = _name_forms(doc, spans)
    first_names = given | surnames | _first_family_names(doc, spans)
    name_words = _name_words(doc, spans)
    out: list[Ent] = []
    for s, e, lab in spans:
        key = gz.norm(doc[s:e].text)
        if _repeats(key, e - s, lab, fulls, surnames):
            lab = "PERSON"
        elif lab in ("GPE", "LOC", "ORG", "WORK_OF_ART", "PRODUCT") and e - s == 1 and not doc[s].is_upper \
                and key in first_names:
            lab = "PERSON"  # "Lemma (ORG) told reporters" after "Lemma Doe": a given name, as Ethiopian news use it
        elif lab in ("ORG", "GPE", "LOC", "FAC", "WORK_OF_ART") and looks_like_name(doc, s, e) and person_context(doc, s, e, spans):
            lab = "PERSON"  # "lawmaker Jane Doe", "Jane Doe, the Ruritanian president," tagged ORG
        elif lab in ("ORG", "GPE", "LOC") and e - s == 2 and doc[s].is_title and doc[s].lower_.rstrip(".") in role_words() \
                and gz.norm(doc[s + 1].text) in name_words:
            s, lab = s + 1, "PERSON"  # "Bishop Roe (ORG) opened" after "Bishop Jane Roe Doe": a title and a name
        elif lab in ("ORG", "GPE", "LOC") and e - s == 1 and _given_name_before(doc, s, spans) \
                and looks_like_name(doc, s - 1, e) and person_context(doc, s - 1, e, spans):
            s, lab = s - 1, "PERSON"  # "his deputy, Jane | Doe (GPE),"
        elif lab in ("GPE", "LOC") and e - s == 1 and doc[s].is_title and not gz.is_place_word(doc[s].text) \
                and doc[s].lower_ not in role_words() and any(a == e and lab2 == "PERSON" and b - a >= 2 for a, b, lab2 in spans):
            lab = "PERSON"  # "included Jane (GPE) | Roe Doe": a given name the model took for a place no gazetteer knows
        out.append((s, e, lab))
    out += _untagged_names(doc, out, fulls)
    surnames = {gz.norm(doc[e - 1].text) for s, e, lab in out if lab == "PERSON" and e - s > 1}
    surnames |= _first_family_names(doc, out)  # "Ruiz" of "Ana Ruiz Soto"
    # the family name first ("Pak" of "Pak Yong-chol") or the given name ("Lemma" of "Lemma Doe", "Lemma | Doe")
    starts = {s for s, _, lab in out if lab == "PERSON"}
    surnames |= {gz.norm(doc[s].text) for s, e, lab in out
                 if lab == "PERSON" and (e - s >= 2 or e in starts) and doc[s].lower_ not in PARTICLES}
    return out + _untagged_surnames(doc, out, surnames)


def repeated_names(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """``spans`` with the repeats of a name that context or the name's edges made a person's relabelled PERSON: the
    model tagged "Jane Roe-Doe" ORG everywhere, "lawmaker Jane Roe-Doe" made it a person, "Roe-Doe said" follows."""
    fulls, surnames, _ = _name_forms(doc, spans)
    return [(s, e, "PERSON" if _repeats(gz.norm(doc[s:e].text), e - s, lab, fulls, surnames) else lab)
            for s, e, lab in spans]


def _name_forms(doc: Doc, spans: list[Ent]) -> tuple[set[str], set[str], set[str]]:
    """The normalised full names of the PERSON spans of two words or more, with their tails ("Ruiz Soto" of "Ana Ruiz
    Soto"), their surnames and their given names."""
    full = [doc[s:e] for s, e, lab in spans if lab == "PERSON" and e - s > 1]
    fulls = {gz.norm(sp.text) for sp in full} | {gz.norm(sp[k:].text) for sp in full for k in range(1, len(sp) - 1)}
    return fulls, {gz.norm(sp[-1].text) for sp in full}, {gz.norm(sp[0].text) for sp in full}


def _first_family_names(doc: Doc, spans: list[Ent]) -> set[str]:
    """The normalised first of two family names of the PERSON spans of three words or more ("Ruiz" of "Ana Ruiz Soto"),
    which Spanish news use alone."""
    return {gz.norm(doc[e - 2].text) for s, e, lab in spans
            if lab == "PERSON" and e - s >= 3 and doc[e - 2].is_title and doc[e - 2].lower_ not in PARTICLES}


def _name_words(doc: Doc, spans: list[Ent]) -> set[str]:
    """The normalised capitalised words, particles left out, of the PERSON spans of two words or more."""
    return {gz.norm(t.text) for s, e, lab in spans if lab == "PERSON" and e - s > 1 for t in doc[s:e]
            if t.is_title and t.lower_ not in PARTICLES}


def _repeats(key: str, size: int, label: str, fulls: set[str], surnames: set[str]) -> bool:
    """True for a span (normalised ``key`` of ``size`` tokens) not tagged PERSON that repeats a full name or a surname."""
    return label != "PERSON" and (key in fulls or (size == 1 and key in surnames))


def _given_name_before(doc: Doc, s: int, spans: list[Ent]) -> bool:
    """True when the token before ``s`` is an untagged capitalised proper noun, no role, place or state."""
    if s < 1 or place_label(doc[s].text) or any(a <= s - 1 < b for a, b, _ in spans):
        return False
    t = doc[s - 1]
    return t.pos_ == "PROPN" and t.is_title and t.whitespace_ == " " and t.lower_ not in role_words() \
        and not gz.is_place_word(t.text)


def _untagged(doc: Doc, spans: list[Ent]) -> list[Token]:
    """Capitalised proper nouns outside every entity span that are no role word nor a major place (a lesser place's
    name may be a person's: "envoy Jane Sopot", the model having tagged neither)."""
    taken = covered(spans)
    return [
        t for i in untagged_titles(doc, PROPN)
        if i not in taken and (t := doc[i]).lower_.rstrip(".") not in role_words() and not gz.major_place_word(t.text)
    ]


def _untagged_names(doc: Doc, spans: list[Ent], fulls: set[str]) -> list[Ent]:
    """PERSON spans for runs of 2-4 untagged capitalised proper nouns, hyphenated ones too ("Jin Ha-na"), where a
    person's name goes ("his special envoy, Jane Doe", "lawmaker Jane Doe"; see ``person_context``) or that repeat a
    name of ``fulls`` (normalised names of persons in the doc). The words of the model's one-word or hyphenated
    places, bodies and products that are no major place may be among them ("the league's envoy, Jane (GPE) Roe
    Abdel-Doe (ORG),", "Jan-Erik (PRODUCT) Doe")."""
    weak = [(s, e) for s, e, lab in spans if lab in ("GPE", "LOC", "ORG", "NORP", "PRODUCT") and _name_like(doc, s, e)]
    free = {t.i for t in _untagged(doc, spans)} | {k for s, e in weak for k in range(s, e)}
    person_ends = {s: e for s, e, lab in spans if lab == "PERSON"}
    person_starts = set(person_ends)
    out, i = [], 0
    while i < len(doc):
        if i not in free:  # no name starts here
            i += 1
            continue
        e = i
        while e in free and e - i < 6:
            e += 1
            if e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
                    and doc[e + 1].is_alpha and not doc[e + 1].ent_type_:
                e += 2  # "Ha-na", "Abdel-fattah": a hyphenated name word
        # "(Minister of) Natural Resources | Jane Doe": a plural ends a title's portfolio; a name may follow it
        k = next((j + 1 for j in range(e - 1, i - 1, -1) if portfolio_plural(doc, j)), i)
        if k == i and _after_title_prep(doc, i):
            while k < e - 2 and (doc[k].lower_ in gz.data_words("portfolio_words.txt") or gz.is_place_word(doc[k].text)):
                k += 1  # "(Minister of) Reconciliation | Jane Roe Doe", "(Envoy for) Asia | Jane Doe"
        whole = all(s >= k and b <= e for s, b in weak if s < e and b > k)
        if e - k >= 2 and whole and looks_like_name(doc, k, e) \
                and (k > i or gz.norm(doc[k:e].text) in fulls or person_context(doc, k, e, spans + out)):
            out.append((k, e, "PERSON"))
            fulls = fulls | {gz.norm(doc[k:e].text)}  # its repeats later in the doc
        elif e in person_starts and _given_names_of(doc, k, e, person_ends[e]) \
                and (k > i or (_opens_item(doc, k) and not portfolio_before(doc, k, e))):
            out.append((k, e, "PERSON"))  # "Affairs | Jane" + "Doe", "2. Jane (ORG) Ann | Roe Doe": given names left
        elif e - k >= 3 and e < len(doc) and (doc[e].pos_ in ("VERB", "AUX") or doc[e].text in _NAME_CLOSERS) \
                and (n := _last_words(doc, k, e, 2)) > k and portfolio_before(doc, k, n) and looks_like_name(doc, n, e):
            out.append((n, e, "PERSON"))  # "Adviser on the Reform Agenda | Jane Roe-Doe said", "said <that title> Jane Doe."
        i = max(e, i + 1)
    return out


_NAME_CLOSERS = frozenset({".", ",", ";"})  # what may close a name after a title's portfolio ("said Minister for X Jane Doe.")


def _after_title_prep(doc: Doc, i: int) -> bool:
    """True for a word right after "<role> of/for" ("Minister of | Reconciliation", "Secretary for | Home")."""
    return i >= 2 and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].lower_ in role_words()


def _given_names_of(doc: Doc, k: int, s: int, e: int) -> bool:
    """True when the 1-2 words from ``k`` could be given names the model left before the PERSON span ``s``-``e``: no
    place among them, all one name with it."""
    return 1 <= s - k <= 2 and doc[s - 1].whitespace_ == " " and looks_like_name(doc, k, e) \
        and not any(doc[j].ent_type_ in ("GPE", "LOC") for j in range(k, s))


def _opens_item(doc: Doc, k: int) -> bool:
    """True for a token after punctuation or a line break: where a list item's name starts ("2. Jane Doe,")."""
    return k == 0 or doc[k - 1].is_punct or "\n" in doc[k - 1].whitespace_


def _last_words(doc: Doc, k: int, e: int, n: int) -> int:
    """The start of the last ``n`` words of ``doc[k:e]``, a hyphenated word ("Roe-Doe") being one."""
    i = e
    for _ in range(n):
        if i <= k:
            break
        i -= 1
        while i - 2 >= k and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
            i -= 2
    return i


def _name_like(doc: Doc, s: int, e: int) -> bool:
    """True for a span of one capitalised word, or two joined by a hyphen, that is no major place."""
    words = [t for t in doc[s:e] if t.text != "-"]
    return 1 <= len(words) <= 2 and (len(words) == 1 or e - s == 3) and all(t.is_title for t in words) \
        and not gz.major_place_word(doc[s:e].text)


def _untagged_surnames(doc: Doc, spans: list[Ent], surnames: set[str]) -> list[Ent]:
    """One-token PERSON spans for capitalised proper nouns the model left untagged that are the surname or the first
    name of a person named in full in the doc ("Jane Doe ... Doe said", "Pak Yong-chol ... Pak said", "Lemma Doe ...
    Lemma said", as Ethiopian or Thai news call a person)."""
    taken = covered(spans)
    subjects = [  # the tagger calls an unknown sentence-initial name a NOUN: "Doe signed ..."
        t for i in untagged_titles(doc, NOUN)
        if i not in taken and (t := doc[i]).dep_ == "nsubj" and t.head.pos_ == "VERB"
    ]
    return [(t.i, t.i + 1, "PERSON") for t in _untagged(doc, spans) + subjects if gz.norm(t.text) in surnames]


def places_from_context(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """``spans`` plus the untagged one-word proper nouns that repeat a one-word place tagged elsewhere in the doc
    ("a press conference in Maputo ... the Centre in Maputo without agreement") or that are, standing alone, the
    name of a state, a capital or a city of a million ("Mozambique and Renamo met in Maputo", the model tagging
    neither)."""
    places = {doc[s].text for s, e, lab in spans if lab == "GPE" and e - s == 1 and doc[s].is_title}
    taken = covered(spans)
    extra = [(i, i + 1, "GPE") for i in untagged_titles(doc, PROPN)  # a place's text is in title case
             if i not in taken and (doc[i].text in places or _known_place(doc, i))]
    return spans + extra if extra else spans


def _known_place(doc: Doc, i: int) -> bool:
    """True for a word alone (no capitalised word beside it: "Chad Roe" is a name) that is a place no name takes
    (``lookups.major_place_word``: a state, a capital, a city of a million by its own name)."""
    if any(0 <= j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN" for j in (i - 1, i + 1)):
        return False
    return gz.major_place_word(doc[i].text)
