"""Where a person's name starts and ends: words the model left off ("Jane Abdel" + "Doe", "Major General |
Jane | Doe"), names it cut in two, names after a courtesy title ("Ms Doe") and honorifics that lead a name."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.components.person_cues import SPLITTABLE, Ent
from kg.components.roles import role_heads, role_words

_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx"})


def name_end(doc: Doc, s: int, e: int) -> int:
    """The end of a PERSON span of two or more words, taking one more untagged capitalised proper noun
    that is no role, place or organization word ("Jane Abdel" + "Doe" when the model stops early)."""
    if e - s < 2 or e >= len(doc) or "\n" in doc[e - 1].whitespace_ or not doc[e - 1].whitespace_:
        return e
    t = doc[e]
    if (
        t.ent_type_
        or t.pos_ != "PROPN"
        or not t.is_title
        or t.is_sent_start
        or t.lower_ in role_words()
        or t.lower_ in gz.data_words("org_words.txt")
        or (gz.is_place_word(t.text) and (e - s < 3 or gz.state_for(t.text)))  # "Rosa Diaz Soto Lima": a surname
    ):
        return e
    return e + 1


def name_start(doc: Doc, s: int, e: int, covered: set[int]) -> int:
    """The start of a PERSON span, taking back the unfamiliar given name the model left between a rank or
    title and the name ("Major General | Jane | Roe Doe") or at the start of a sentence ("Jane | Roe Doe is ...")."""
    if s < 1 or e - s < 2:
        return s
    t = doc[s - 1]
    opens = s == 1 or t.is_sent_start or "\n" in doc[s - 2].text  # "Jane | Roe Doe is a ..." at a sentence start
    if (
        s - 1 in covered
        or not (t.is_title and t.is_alpha and t.pos_ == "PROPN")
        or t.whitespace_ != " "
        or t.lower_ in role_words()
        or t.lower_ in gz.data_words("org_words.txt")
        or gz.state_for(t.text)
        or not (opens or (doc[s - 2].lower_.rstrip(".") in role_heads() and doc[s - 2].text[:1].isupper()))
    ):
        return s
    return s - 1


def join_split_names(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """One PERSON span for two the model cut apart at an unfamiliar middle name ("Kofi | Kuyateh | Sesay"):
    PERSON, at most one untagged capitalised proper noun, PERSON, on one line with no punctuation between."""
    out = sorted(spans)
    i = 0
    while i + 1 < len(out):
        (s1, e1, l1), (s2, e2, l2) = out[i], out[i + 1]
        gap = doc[e1:s2]
        if l1 == l2 == "PERSON" and len(gap) <= 1 and all(
                t.is_title and t.is_alpha and not t.ent_type_ and t.lower_ not in role_words() for t in gap) \
                and all(doc[k].whitespace_ == " " for k in range(e1 - 1, s2)):
            out[i : i + 2] = [(s1, e2, "PERSON")]
            continue
        i += 1
    return out


def after_courtesy(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """One PERSON span for the 1-4 capitalised proper nouns after a courtesy title ("Ms Jane Roe Doe"), replacing
    the model's spans inside "<title> <name>"; left alone when a span reaches beyond it or a word of the run is a
    role, organization or state word ("Mr Speaker", "Ms Kenya")."""
    org_words = gz.data_words("org_words.txt")
    out = list(spans)
    for t in doc:
        if t.lower_.rstrip(".") not in _COURTESY or t.i + 1 >= len(doc) or "\n" in t.whitespace_:
            continue
        e = t.i + 1
        while (e < len(doc) and e - t.i <= 4 and doc[e].pos_ == "PROPN" and doc[e].is_title
               and not doc[e].is_sent_start and doc[e].lower_ not in role_words() and doc[e].lower_ not in org_words
               and not gz.state_for(doc[e].text)):
            e += 1
            if "\n" in doc[e - 1].whitespace_ or not doc[e - 1].whitespace_:
                break
        if e == t.i + 1 or (e < len(doc) and doc[e].pos_ == "PROPN" and doc[e].is_title):
            continue  # no name, or a run cut short by a word it may not take
        inside = [x for x in out if x[0] < e and x[1] > t.i]
        if any(a < t.i or b > e for a, b, _ in inside) or any(lab not in SPLITTABLE | {"NORP"} for _, _, lab in inside):
            continue
        out = [x for x in out if x not in inside] + [(t.i + 1, e, "PERSON")]
    return sorted(out)


def without_honorifics(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """PERSON spans without the honorifics that lead them ("Ato Jane Doe" -> "Jane Doe"; see
    ``kg/data/name_honorifics.txt``), whichever rule found the name."""
    honorifics = gz.data_words("name_honorifics.txt")
    out = []
    for s, e, lab in spans:
        while lab == "PERSON" and e - s > 1:
            if e - s > 2 and f"{doc[s].lower_} {doc[s + 1].lower_.rstrip('.')}" in honorifics:
                s += 2  # "Tan Sri Jane Doe"
            elif doc[s].lower_.rstrip(".") in honorifics:
                s += 1
            else:
                break
        out.append((s, e, lab))
    return out
