"""PERSON spans that are no persons: names in capitals (a heading), fields of a record ("Gender Female"), names that
take an article ("the Xs", "on the X", "at the X Y") and one-word names tagged a place elsewhere, places of a place
("in Xtown's Grand Y"), the short names of companies ("X Y" of "X Y Fuel Co. Ltd.", "X Y LLC (X Y)") and names a
body's noun sets off ("gas giant Xprom"), platforms something is said or posted on ("wrote on Zorbl"), the portfolio
of a title before a name ("Deputy Economic Development Minister Jane Doe"), and a person's nickname set off after the
name ('Jane Doe, known as "Big Jane",': the person is named already)."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.components.person_cues import QUOTES, Ent, alias_quote, org_word
from kg.components.roles import role_heads

# what a business is called before its name ("gas giant X", "the state lender Y"), besides kg/data/org_words.txt
_BUSINESS_NOUNS = frozenset("firm giant producer operator monopoly conglomerate lender miner exporter manufacturer "
                            "maker insurer carrier airline shipper subsidiary".split())
_POST_NOUNS = frozenset({"post", "message", "statement", "video", "account", "channel", "page", "feed"})


def without_headings(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """Return ``spans`` without PERSON spans written in capitals ("JANE DOE" of a heading): the body names the
    person properly; nor those that hold the label of a record's field ("Gender Female", a contact line's "Tel"; see
    ``kg/data/record_fields.txt``)."""
    fields = gz.data_words("record_fields.txt")
    return [(s, e, lab) for s, e, lab in spans
            if not (lab == "PERSON" and (_all_caps(doc, s, e) or any(t.lower_ in fields for t in doc[s:e])))]


def _outlet(doc: Doc, s: int, e: int) -> bool:
    """True for a name in parentheses after a press role, as a briefing's transcript names a questioner's outlet
    ("Reporter (Jane Doe Shimbun):", "Correspondent (Doe Times):")."""
    return s >= 2 and doc[s - 1].text == "(" and doc[s - 2].lower_ in gz.data_words("press_roles.txt") \
        and e < len(doc) and doc[e].text.startswith(")")  # "):" may be one token


def _all_caps(doc: Doc, s: int, e: int) -> bool:
    """True for a span written in capitals of more than one word or of one word longer than four letters."""
    words = [t for t in doc[s:e] if t.is_alpha]
    return bool(words) and all(t.is_upper and len(t) > 1 for t in words) and (len(words) > 1 or len(words[0]) > 4)


def _name_parts(doc: Doc, spans: list[Ent]) -> set[str]:
    """Return the normalised words of the PERSON spans of two or more words."""
    return {gz.norm(t.text) for s, e, lab in spans if lab == "PERSON" and e - s > 1 for t in doc[s:e]}


def articled_names(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """Relabel PERSON spans of a name that takes a definite article somewhere in the doc ("the Xs", "on the X",
    "at the X Y", "over the X Y Z", "the X Y (nature) reserve" with a feature of ``kg/data/place_nouns.txt``: names of
    persons do not), one-word spans also when the word is tagged a place elsewhere in it, unless the word is part
    of a longer person name."""
    features = gz.data_words("place_nouns.txt")
    articled = {
        gz.norm(doc[s:e].text)
        for s, e, lab in spans
        if lab == "PERSON" and s > 0 and doc[s - 1].lower_ == "the"
        and (s <= doc[s - 1].head.i < e or _feature_after(doc, e, doc[s - 1].head.i, features))
    }
    placed = {gz.norm(doc[s].text) for s, e, lab in spans if lab in ("GPE", "LOC") and e - s == 1}
    persons = {gz.norm(doc[s].text) for s, e, lab in spans if lab == "PERSON" and e - s == 1}
    # tagged a place elsewhere: "in X", "the X barrage"
    kept = [x for x in spans if gz.norm(doc[x[0] : x[1]].text) not in articled]
    articled = (articled | (placed & persons)) - _name_parts(doc, kept)
    if not articled:
        return spans
    out = []
    for s, e, lab in spans:
        if lab == "PERSON" and gz.norm(doc[s:e].text) in articled:
            lab = "ORG" if doc[e - 1].lower_.endswith("s") or doc[e - 1].lower_ in gz.data_words("org_words.txt") else "LOC"
        out.append((s, e, lab))
    return out


def _feature_after(doc: Doc, e: int, head: int, features: frozenset[str]) -> bool:
    """True when the article before a name belongs to a feature noun after it, also one a lowercase noun qualifies
    ("the X promontory", "the X nature reserve")."""
    return any(k < len(doc) and doc[k].lower_ in features and head == k and all(t.is_lower for t in doc[e:k])
               for k in (e, e + 1))


def places_of_places(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """Relabel LOC the PERSON spans after a place's possessive that a preposition of place opens: "in Xtown's
    Grand Y" is a market or a district, not a person."""
    places = {s for s, e, lab in spans if lab in ("GPE", "LOC")}
    starts = {e: s for s, e, lab in spans if lab in ("GPE", "LOC")}
    out = []
    for s, e, lab in spans:
        place = starts.get(s - 1)
        if lab == "PERSON" and s >= 3 and doc[s - 1].text in ("'s", "’s") and place in places \
                and place > 0 and doc[place - 1].lower_ in ("in", "at", "near", "inside", "outside"):
            lab = "LOC"
        out.append((s, e, lab))
    return out


def company_short_names(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """Relabel ORG the PERSON spans whose words open the name of a company in the doc ("X Y" of "X Y Fuel Co. Ltd."):
    the company's short name; and those a body's noun names in apposition ("the energy corporation Xatom", "gas giant
    Xprom"), unless their words are part of a person's longer name in the doc."""
    suffixes = gz.data_words("company_suffixes.txt")
    companies = [doc[s:e] for s, e, lab in spans if lab == "ORG" and e - s > 2
                 and any(t.lower_.replace(".", "") in suffixes for t in doc[s:e])]
    parts = _name_parts(doc, spans)
    bracketed = {gz.norm(doc[s:e].text) for s, e, lab in spans
                 if lab == "PERSON" and _firm_short_name(doc, s, e, suffixes)}
    out = []
    for s, e, lab in spans:
        words = [t.text for t in doc[s:e]]
        if lab == "PERSON" and any(len(c) > len(words) and [t.text for t in c[: len(words)]] == words for c in companies):
            lab = "ORG"
        if lab == "PERSON" and gz.norm(doc[s:e].text) in bracketed:
            lab = "ORG"  # "X Y LLC (X Y)" in a list, then "the owner of X Y"
        if lab == "PERSON" and e - s == 1 and s > 0 and doc[s - 1].is_lower and gz.norm(doc[s].text) not in parts \
                and (org_word(doc[s - 1].lower_) or doc[s - 1].lower_ in _BUSINESS_NOUNS):
            lab = "ORG"
        out.append((s, e, lab))
    return out


_FIRM_WORDS = 6  # words at most of a firm's name before the bracket of its short name


def _firm_short_name(doc: Doc, s: int, e: int, suffixes: frozenset[str]) -> bool:
    """True for a name in brackets right after a firm's name with one of the legal forms ``suffixes`` ("X Y SHIPPING
    CO., LTD. (X Y)")."""
    if s < 2 or e >= len(doc) or doc[s - 1].text != "(" or doc[e].text != ")":
        return False
    return any(t.lower_.replace(".", "") in suffixes for t in doc[max(0, s - 1 - _FIRM_WORDS) : s - 1])


def platforms(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """One-word PERSON spans where something is said or posted "on" them ("wrote on Zorbl", "in a post on
    Zorbl") are platforms, ORG, unless the word is part of a person's longer name in the doc; so are the outlets a
    briefing's transcript names after a questioner ("Reporter (Doe Shimbun):")."""
    parts = _name_parts(doc, spans)
    said = gz.data_words("speech_verbs.txt")
    out = []
    for s, e, lab in spans:
        if lab == "PERSON" and e - s == 1 and s >= 2 and doc[s - 1].lower_ == "on" and gz.norm(doc[s].text) not in parts \
                and (doc[s - 2].lemma_.lower() in said or doc[s - 2].lower_ in _POST_NOUNS):
            lab = "ORG"
        if lab == "PERSON" and _outlet(doc, s, e):
            lab = "ORG"
        out.append((s, e, lab))
    return out


def nicknames(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """``spans`` without the PERSON spans in quotes that give the nickname of the person named right before them
    ('Jane Doe, known as "Big Jane",', 'Jane Doe, alias "JD"'): another name of that person, not another person."""
    ends = {e for s, e, lab in spans if lab == "PERSON"}
    return [(s, e, lab) for s, e, lab in spans if not (lab == "PERSON" and _nickname_of(doc, s, e, ends))]


def _nickname_of(doc: Doc, s: int, e: int, person_ends: set[int]) -> bool:
    """True for the span ``doc[s:e]`` in quotes right after a nickname's lead that follows a person's name and a comma
    (or the name alone)."""
    if s < 2 or doc[s - 1].text not in QUOTES or e >= len(doc) or doc[e].text not in QUOTES:
        return False
    for start in range(max(0, s - 5), s - 1):
        if alias_quote(doc, start) == s - 1:
            return start in person_ends or (doc[start - 1].text == "," and start - 1 in person_ends)
    return False


def portfolios(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """``spans`` without the PERSON spans of portfolio words only that a title's head follows ("Deputy | Economic
    Development | Minister Jane Doe"): the office before a name, no name."""
    heads = role_heads()
    words = gz.data_words("portfolio_words.txt")
    return [(s, e, lab) for s, e, lab in spans
            if not (lab == "PERSON" and e < len(doc) and doc[e].lower_ in heads
                    and all(t.lower_ in words for t in doc[s:e]))]
