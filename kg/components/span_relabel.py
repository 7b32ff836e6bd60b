"""The first pass of the entity fixer: one model span at a time, trimmed and cut at line breaks, then
relabelled, split or dropped by the gazetteer, the role lexicon and the span's own words."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.components.person_cues import (DASHES, POST_NOMINALS, SPLITTABLE, Ent, body_apposition, initialled_name,
                                       looks_like_name, org_word, portfolio, portfolio_before)
from kg.components.place_labels import place_label, split_list
from kg.components.roles import role_heads, role_words, singular_role
from kg.gazetteer import PLACE_DIVISIONS

_KIND_NOUNS = frozenset({"party", "group", "movement"})  # "the ruling X party": the kind of body after its name
_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_AT = frozenset({"the", "at", "in", "inside", "outside", "near", "from", "of", "to"})  # before a venue's name


def trimmed(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Cut at line breaks, then trim determiners and punctuation at both ends."""
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i if "\n" in doc[i].text else i + 1
            break
        if doc[i].text == "(" and i > start:  # "Authority on Development (IGAD": the name, then its acronym
            end = i
            break
        if doc[i].text in DASHES and i > start and doc[i - 1].whitespace_ and doc[i].whitespace_ \
                and i + 1 < end and doc[i + 1].lower_ in role_heads():
            end = i  # "Jane Doe - Deputy (Prime Minister)": a list item's name, then its title
            break
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
        end -= 1
    return [(start, end)] if end > start else []


def relabel(doc: Doc, s: int, e: int, label: str) -> list[Ent]:
    """Return the spans the model's span ``doc[s:e]`` tagged ``label`` becomes: relabelled, split or none."""
    span = doc[s:e]
    text = span.text
    if _links_a_name(doc, s, e):
        return [(s, e, "PERSON")]  # "Jane Ag | Roe Doe", "Jane Ould | Doe": joined to the name after it
    if _titled_given_name(doc, s, e):
        return [(s + 1, e, "PERSON")]  # "Bishop Jane (ORG) | Roe Doe": the given name, joined to the name after it
    org_words = gz.data_words("org_words.txt")
    if label in ("ORG", "GPE") and e - s >= 3 and gz.state_for(doc[s].text):
        if looks_like_name(doc, s + 1, e):  # "(ambassador to) Ruritania Jane Doe"
            return [(s, s + 1, place_label(doc[s].text) or "GPE"), (s + 1, e, "ORG")]
    if not any(ch.isupper() for ch in text):
        return []  # "totalitarian" NORP: names are capitalised
    if label in _NUMBER_LABELS and e - s == 1 and doc[s].is_title and doc[s].is_alpha and doc[s].pos_ == "PROPN" \
            and not doc[s].like_num and len(text) > 4 and not doc[s].is_sent_start:
        return [(s, e, "ORG")]  # "blocked Chernomorneftegaz (CARDINAL), the gas producer": a name, no number
    if label == "ORG" and e - s >= 3 and doc[s].lemma_.lower() in _ENVOYS and doc[s + 1].lower_ in ("of", "from") \
            and (state := place_label(doc[s + 2 : e].text)):
        return [(s + 2, e, state)]  # "Delegations of Chad (ORG) and Niger met": the state, not a body
    if (k := _venue_start(doc, s, e)) is not None:
        return [(k, e, "LOC")]  # "at Concord Hall", "outside the Grand (untagged) Hotel": a place
    if label == "ORG" and (k := _possessive_name_start(doc, s)) is not None:
        return [(k, e, "ORG")]  # "the Lord's | Resistance Army": a name with a possessive in it
    if label == "ORG" and e - s > 1 and doc[e - 1].text in _KIND_NOUNS and not gz.state_for(doc[s : e - 1].text):
        return [(s, e - 1, "ORG")]  # "the ruling X party": the name without its kind
    if e - s == 1 and text.rstrip(".").lower() in gz.data_table("role_abbreviations.tsv"):
        after = e + 1 if not text.endswith(".") and e < len(doc) and doc[e].text == "." else e
        if (text.endswith(".") or after > e) and after < len(doc) and doc[after].is_title:
            return []  # "Brig." of "Brig. Gen. Jane Doe" tagged a town
    if label in ("ORG", "GPE") and (k := initialled_name(doc, s, e)) is not None:
        rest = [(s, k, label)] if k > s and doc[k - 1].lower_ in org_words else []
        return rest + [(k, e, "PERSON")]  # "(Secretary for) Export Control Jane Q. Doe"
    if label in ("ORG", "WORK_OF_ART", "EVENT") and (k := _titled_tail(doc, s, e)) is not None:
        return [(k, e, "PERSON")]  # "Briefing by Foreign Ministry Spokesperson Jane Doe": a title, then a name
    if label != "PERSON" and e - s >= 3 and e < len(doc) and doc[e].pos_ in ("VERB", "AUX") \
            and portfolio_before(doc, s, e - 2) and looks_like_name(doc, e - 2, e):
        return [(e - 2, e, "PERSON")]  # "Minister for the | Caribbean Jane Doe said", "… for Maritime, | Ports Affairs Jane Doe"
    if label in ("ORG", "GPE") and doc[s].lower_.rstrip(".") in role_words() and not (s and doc[s - 1].lower_ == "the"):
        k = s
        while k < e and (doc[k].lower_.rstrip(".") in role_words() or doc[k].text == "."):
            k += 1  # "Brig. Gen. Jane Doe" tagged ORG: the rank, then a name
        last = next((doc[j] for j in range(k - 1, s - 1, -1) if doc[j].text != "."), doc[s])
        if k < e and last.lower_.rstrip(".") in role_heads() and looks_like_name(doc, k, e):
            return [(k, e, "PERSON")]  # not "Defense | Industries System": "Defense" ends no title
    if label == "PERSON" and e - s == 1 and len(text) > 6 and text.lower().endswith("bank"):
        return [(s, e, "ORG")]  # "Promsvyazbank", "Vnesheconombank": one word ending in "bank" names a bank
    if label == "PERSON" and e - s == 1 and doc[s].is_title and org_word(doc[s].lower_):
        return [(s, e, "ORG")]  # "(General) Secretariat": a body's word alone
    if label in ("PERSON", "GPE", "LOC", "FAC") and e - s > 1 and org_word(doc[e - 1].lower_) \
            and doc[e - 1].text[:1].isupper() and not (label != "PERSON" and gz.state_for(text)):
        return [(s, e, "ORG")]  # "X People's Defence Forces", "the Y Initiative": a body, not a person or place
        # (but "the Russian Federation" is a state's long name)
    if label == "PERSON" and e - s > 2 and any(t.is_title and org_word(t.lower_) for t in doc[s + 1 : e - 1]):
        return [(s, e, "ORG")]  # "X Trading House": a body's word inside the name
    if label == "PERSON" and e < len(doc) and doc[e].is_title and org_word(doc[e].lower_) \
            and doc[e - 1].whitespace_ == " ":
        return [(s, e + 1, "ORG")]  # "the United Action (PERSON) Parties": the model left the body's last word
    if label == "PERSON":
        return _person(doc, s, e)
    whole = place_label(text)
    if whole:
        return [(s, e, whole)]
    if label in SPLITTABLE and e - s > 1:
        parts = split_list(doc, s, e)
        if len(parts) > 1 and all(place_label(doc[a:b].text) for a, b in parts):
            return [(a, b, place_label(doc[a:b].text) or "GPE") for a, b in parts]
    if label == "GPE" and text.replace(".", "").isupper():
        return [(s, e, "ORG")]  # "EU" is no country
    if label == "ORG" and all(t.lower_ in role_words() or t.is_punct for t in span):
        return []  # "Defense" of "Defense Minister"
    return [(s, e, label)]


# plural people who stand for a state ("Delegations of X", "Envoys from Y"), which the model takes into a body's name
_ENVOYS = frozenset({"delegation", "delegate", "envoy", "negotiator", "representative", "team", "official", "diplomat"})
_LINKS = frozenset({"ag", "ould", "ben", "bin", "ibn", "bint", "wad"})  # "son/daughter of" inside a name


def _links_a_name(doc: Doc, s: int, e: int) -> bool:
    """True for a span of a capitalised word and a particle that links it to a family name ("Jane Ag", "Jane Ould")
    when a PERSON span starts right after it: the model cut one name at the particle."""
    last = doc[e - 1]
    return e - s == 2 and doc[s].is_title and last.lower_ in _LINKS and last.whitespace_ == " " and e < len(doc) \
        and doc[e].ent_iob_ == "B" and doc[e].ent_type_ == "PERSON"


def _titled_given_name(doc: Doc, s: int, e: int) -> bool:
    """True for a span of a capitalised title and one name word when a PERSON span starts right after it ("Bishop
    Jane" + "Roe Doe"): the model took the title and the given name for a body."""
    return e - s == 2 and doc[s].is_title and doc[s].lower_.rstrip(".") in role_heads() and doc[s + 1].is_title \
        and doc[s + 1].lower_ not in role_words() and doc[e - 1].whitespace_ == " " and e < len(doc) \
        and doc[e].ent_iob_ == "B" and doc[e].ent_type_ == "PERSON" and not gz.is_place_word(doc[s + 1].text)


def _titled_tail(doc: Doc, s: int, e: int) -> int | None:
    """The start of the 2-3 name words that end a span of four words or more after a capitalised title's last word
    ("... by Foreign Ministry Spokesperson | Jane Doe"), else None."""
    for k in (e - 2, e - 3):
        if k - 1 > s and doc[k - 1].is_title and doc[k - 1].lower_ in role_heads() and looks_like_name(doc, k, e):
            return k
    return None


def _venue_start(doc: Doc, s: int, e: int) -> int | None:
    """The start of a venue's name of two words or more ending the span in a capitalised building noun
    (``kg/data/building_nouns.txt``) after "the" or a preposition of place ("at Concord Hall", "the Grand Hotel"),
    taking back capitalised words the model left before it; else None. Read as LOC, as ``articled_names`` reads "the X
    Pavilion"."""
    last = doc[e - 1]
    if not (last.is_title and last.lower_ in gz.data_words("building_nouns.txt")):
        return None
    k = s
    while k > 0 and s - k < 3 and doc[k - 1].is_title and not doc[k - 1].ent_type_ and not doc[k - 1].is_sent_start:
        k -= 1
    return k if e - k > 1 and k > 0 and doc[k - 1].lower_ in _AT else None


def _possessive_name_start(doc: Doc, s: int) -> int | None:
    """The start of an organization's name that has a possessive in it, when the model tagged only the words after
    it ("the Lord's | Resistance Army"): one untagged capitalised proper noun, no state or place, then "'s"."""
    if s < 2 or doc[s - 1].text not in ("'s", "’s"):
        return None
    t = doc[s - 2]
    if t.ent_type_ or not (t.is_title and t.pos_ == "PROPN") or gz.is_place_word(t.text) \
            or (t.i > 0 and doc[t.i - 1].text[:1].isupper()):
        return None
    return s - 2


def _given_title(doc: Doc, s: int, e: int) -> bool:
    """True for a title that is a given name here (kg/data/title_given_names.txt): right after a lowercase role noun
    that ends the title, with one name word after it ("presidency member Emir Doe")."""
    return e - s == 2 and s > 0 and doc[s].lower_ in gz.data_words("title_given_names.txt") \
        and doc[s - 1].is_lower and singular_role(doc[s - 1].lower_) in role_heads()


def _person(doc: Doc, s: int, e: int) -> list[Ent]:
    """Return the spans a model PERSON span becomes: without its titles, or a body, place or state and a person."""
    if any(ch.isdigit() or ch in "/@" for ch in doc[s:e].text):
        return []
    if any(t.is_title and t.lower_ in gz.data_words("speech_occasions.txt") for t in doc[s:e]):
        return []  # "(Press) Conference Room", "Briefing": a heading's occasion, no name
    if e - s > 1 and doc[e - 1].lower_.replace(".", "") in gz.data_words("company_suffixes.txt"):
        return [(s, e, "ORG")]  # "Jane Doe Trading Co", "Alimentos Doe S.A."
    if body_apposition(doc, e):
        return [(s, e, "ORG")]  # "X, an umbrella group that ...": a body
    while e - s > 1 and (singular_role(doc[s].lower_.rstrip(".")) in role_words() or doc[s].text == ".") \
            and not _given_title(doc, s, e):
        s += 1  # "President X" -> "X", "Brig. Gen. X" -> "X", "Senators X (and Y)" -> "X"
    while e - s > 2 and doc[e - 1].is_upper and doc[e - 1].lower_ in POST_NOMINALS:
        e -= 1  # "Jane Doe MP": the name
    if e - s == 1 and doc[s].lower_.rstrip(".") in role_words():
        return []
    if e - s == 1 and e < len(doc) and doc[e].like_num and doc[s].whitespace_ == " ":
        return []  # "(General) License 15", "Directive 4": a numbered document, no name
    if portfolio(doc, s, e):
        return [(s, e, "ORG")]
    if e - s > 1 and doc[e - 1].is_title and doc[e - 1].lower_ in PLACE_DIVISIONS:
        return [(s, e, "LOC")]  # "X Township", "Y District"
    if e - s > 1 and doc[s].is_title and doc[s].lower_ in gz.data_words("place_leaders.txt"):
        return [(s, e, "LOC")]  # "Mount X", "Jebel X"
    if e - s > 1 and doc[s].text in ("St", "St.", "Ste", "Ste."):
        return [(s, e, "GPE")]  # "St Vincent": a saint's name is a place
    if e < len(doc) and doc[e].is_lower and (info := gz.lookup_place(f"{doc[s:e].text} {doc[e].text}")):
        if info.kind in ("region", "river"):
            return [(s, e, "LOC")]  # "the X region", "X river"
    whole = place_label(doc[s:e].text)
    if whole:
        return [(s, e, whole)]  # a single name that is a place; persons elsewhere win later
    out: list[Ent] = []
    for n in (2, 1):  # leading state or demonym: "Chile Gabriel Boric", "Kenyan Jane Doe"
        rest = doc[s + n : e]
        if e - s > n + 1 and gz.state_for(doc[s : s + n].text) and all(t.is_title for t in rest):
            out.append((s, s + n, place_label(doc[s : s + n].text) or "GPE"))
            s += n
            break
    out.append((s, e, "PERSON"))
    return out
