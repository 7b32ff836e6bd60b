"""Tests on token spans for person names: whether words look like a name, and whether a span sits where a
person's name goes ("lawmaker X", "X, the Ruritanian president,") or where a body's or portfolio's does."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.components.place_labels import place_label
from kg.components.roles import KIN, role_heads, role_words, singular_role
from kg.gazetteer import PLACE_DIVISIONS

Ent = tuple[int, int, str]  # (start token, end token, entity label)
QUOTES = frozenset({'"', "“", "”"})
DASHES = frozenset({"-", "–", "—"})
_LEADING = frozenset({"led", "headed", "chaired"})  # "... by X": a person leads
SPLITTABLE = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"})  # the labels the model gives names and places

# letters after a name for a seat or an honour ("Jane Doe MP", "John Roe KC"), lowercase; the model may take them in
POST_NOMINALS = frozenset({"mp", "mla", "msp", "mpp", "mep", "td", "qc", "kc", "obe", "cbe", "mbe", "kbe", "dbe"})
# lowercase words inside a family name ("el-Nur", "van Dam", "bin Omar")
PARTICLES = frozenset("al el bin ibn bint van von der den de da del di du dos das la le ter".split())


def org_word(word: str) -> bool:
    """True for a lowercase word of organizations' names (``kg/data/org_words.txt``), also in the plural ("parties")."""
    words = gz.data_words("org_words.txt")
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return word in words or singular in words


def covered(spans: list[Ent]) -> set[int]:
    """Return the indices of the tokens inside ``spans``."""
    return {i for s, e, _ in spans for i in range(s, e)}


def looks_like_name(doc: Doc, s: int, e: int) -> bool:
    """True for 2-4 capitalised words (hyphens allowed, "Ha-na" is one word; particles too: "Jane del Doe") with no
    organization or role word and no place, nor opening with a place's leading word ("Lake", "Mount")."""
    words = [t for t in doc[s:e] if t.text != "-" and not _after_hyphen(doc, s, t.i)]  # "Ha-na", "Abdel-Doe": one word
    return (
        2 <= len(words) <= 4
        and words[0].is_title and words[-1].is_title
        and all(t.is_title or t.lower_ in PARTICLES for t in words)
        and sum(t.is_title for t in words) <= 4
        and not any(org_word(t.lower_) or t.lower_ in role_words() or t.lower_ in PLACE_DIVISIONS
                    or t.lower_ in gz.data_words("speech_occasions.txt") for t in words)  # "Conference Room"
        and not any(gz.state_for(t.text) for t in words)
        and words[0].lower_ not in gz.data_words("place_leaders.txt")  # "Lake X", "Mount X": a place
        and not (len(words) > 2 and words[-1].lower_ in gz.data_words("building_nouns.txt"))  # "X Nuclear Power Plant"
        and place_label(doc[s:e].text) is None
    )


def _after_hyphen(doc: Doc, s: int, i: int) -> bool:
    """True for the word after a hyphen inside a span, joined to the word before it ("Ha-na", "Abdel-Doe")."""
    return i - 2 >= s and doc[i - 1].text == "-" and (doc[i].is_lower or not (doc[i - 2].whitespace_ or doc[i - 1].whitespace_))


def person_context(doc: Doc, s: int, e: int, spans: list[Ent]) -> bool:
    """True when a span sits where a person's name does: right after a role word ("lawmaker X",
    "Chancellor X") or "led by", after a role or a relation and a comma or dash ("the mediators - X", "His wife, X"), before an apposition with a role ("X, the
    Ruritanian president,"), or coordinated with a person ("Jane Doe and X", "X of Kenya and Jane Doe"), or before
    ", who"."""
    i = s - 1
    while i >= max(0, s - 4) and (doc[i].lower_ in ("to", "of", "in") or _place(doc[i])
                                  or (doc[i].lower_ == "for" and i + 1 < s and _place(doc[i + 1]))):
        i -= 1  # "ambassador to Ruritania X", "Special Envoy for Africa X"
    if portfolio(doc, s, e):
        return False
    if i >= 0 and doc[i].lower_.rstrip(".") in role_words():
        return True
    if s > 1 and doc[s - 1].lower_ == "by" and doc[s - 2].lower_ in _LEADING \
            and not (e < len(doc) and doc[e].lower_.rstrip(".") in role_words()):  # "led by Home Affairs Minister X"
        return True  # "the delegation was led by X": who leads a team is a person (states and "the X" are no names)
    if s > 1 and (doc[s - 1].text in (",", ":") or (doc[s - 1].text in DASHES and doc[s - 2].whitespace_)):
        for t in reversed(doc[max(0, s - 8) : s - 1]):  # "its managing director, X", "the mediators - X"
            if t.lower_ in ("the", "of", "for", "to", "on", "in", "at", "'s", "’s", "."):
                continue
            if singular_role(t.lower_) in role_words() or t.lower_ in KIN:  # "His wife, X"
                return True
            if not (t.is_title or t.is_upper):
                break
    if s > 0 and doc[s - 1].text == "(" and e < len(doc) and doc[e].text == ")" \
            and any(lab == "PERSON" and end == s - 1 for _, end, lab in spans):
        return True  # "Jane Petrovna Roe (Yana Piatrouna Rou)": the name spelled otherwise
    e = _after_alias(doc, _after_parenthesis(doc, e))  # "X (Y), deputy minister of ...", 'X, alias "Y", a ...'
    j = e + 2 if e + 1 < len(doc) and doc[e].lower_ == "of" and gz.state_for(doc[e + 1].text) else e
    if j + 1 < len(doc) and doc[j].lower_ == "and":
        if any(lab == "PERSON" and start == j + 1 for start, _, lab in spans):
            return True  # "X and Jane Doe", "X of Kenya and Jane Doe"
    if e + 1 < len(doc) and doc[e].text in DASHES and doc[e - 1].whitespace_ and doc[e].whitespace_ \
            and singular_role(doc[e + 1].lower_) in role_heads():
        return True  # "2. X - Deputy Prime Minister of Ruritania": a list item's name, then its title
    if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("who", "whom", "whose"):
        return True  # "X, who calls himself ...": a relative pronoun for persons
    if e < len(doc) and doc[e].text == ",":
        for t in doc[e + 1 : e + 9]:  # "X, a 40-year-old teacher,"
            if t.text in (",", ".", ";") or t.lower_ in ("which", "who", "that") or t.pos_ in ("VERB", "AUX"):
                break
            if singular_role(t.lower_) in role_words() and t.pos_ != "ADJ":
                if t.tag_ == "NNS" and not any(w.lower_ == "of" for w in doc[e + 1 : t.i]):
                    break  # "X, the two leaders will ...": a plural describes no one person ("one of the envoys" does)
                return True
    if s > 1 and doc[s - 1].lower_ in ("and", ","):
        return any(lab == "PERSON" and end == s - 1 for _, end, lab in spans)
    return False


def _place(t: Token) -> bool:
    """True for a capitalised word that names a place ("Ruritania", "Africa")."""
    return t.is_title and gz.is_place_word(t.text)


def _after_alias(doc: Doc, e: int) -> int:
    """The comma after a nickname in quotes set off after a name (', alias "Y",', ', known as "Y",'), else ``e``: the
    apposition that follows it describes the name."""
    k = alias_quote(doc, e + 1) if e < len(doc) and doc[e].text == "," else None
    if k is None:
        return e
    close = next((j for j in range(k + 1, min(len(doc), k + 6)) if doc[j].text in QUOTES), None)
    return close + 1 if close is not None and close + 1 < len(doc) and doc[close + 1].text == "," else e


def alias_quote(doc: Doc, i: int) -> int | None:
    """The opening quote of a nickname introduced at ``i`` ('alias "Y"', 'known as "Y"', 'a.k.a. "Y"', 'nicknamed
    "Y"'), else None."""
    for lead in _ALIAS_LEADS:
        n = i + len(lead)
        if n < len(doc) and tuple(t.lower_ for t in doc[i:n]) == lead and doc[n].text in QUOTES:
            return n
    return None


_ALIAS_LEADS = (("alias",), ("aka",), ("a.k.a.",), ("nicknamed",), ("dubbed",), ("known", "as"), ("also", "known", "as"))


def _after_parenthesis(doc: Doc, e: int) -> int:
    """The token after a short parenthesis opening at ``e`` ("(Yana Rou)", "(pictured)"), else ``e``."""
    if e >= len(doc) or doc[e].text != "(":
        return e
    close = next((k for k in range(e + 1, min(len(doc), e + 7)) if doc[k].text == ")"), None)
    return close + 1 if close is not None else e


def portfolio(doc: Doc, s: int, e: int) -> bool:
    """True for a name right after "<role> of" that no possessive follows ("Secretary of Coastal Affairs"), or ending in
    the plural of a portfolio ("Minister of State for Tribal Affairs")."""
    if e > s and portfolio_plural(doc, e - 1):
        return True
    if s < 2 or doc[s - 1].lower_ != "of" or doc[s - 2].lower_ not in role_words():
        return False
    return not (e < len(doc) and doc[e].text in ("'s", "’s"))


def portfolio_before(doc: Doc, s: int, name: int) -> bool:
    """True when the words from ``s`` to ``name`` end the portfolio of a title right before a name: a role word and
    "for"/"of"/"on" at most eight words before ``s``, then only capitalised words, "and", "the", commas and hyphens."""
    for k in range(s - 1, max(-1, s - 9), -1):
        t = doc[k]
        if t.lower_ in ("for", "of", "on") and k > 0 and doc[k - 1].lower_ in role_words():
            return all(w.is_title or w.lower_ in ("and", "the", ",", "-") for w in doc[k + 1 : name])
        if not (t.is_title or t.lower_ in ("and", "the", ",", "-")):
            return False
    return False


def portfolio_plural(doc: Doc, i: int) -> bool:
    """True for a capitalised plural that ends the portfolio of a title, no given name: "Affairs" of "Minister for
    Foreign Affairs" ("<role> for/of" at most four words before it)."""
    if doc[i].tag_ != "NNPS" or not doc[i].lower_.endswith("s"):
        return False
    return any(doc[j].lower_ in ("for", "of") and doc[j - 1].lower_ in role_words() for j in range(max(1, i - 4), i))


def initialled_name(doc: Doc, s: int, e: int) -> int | None:
    """The start of a name with a middle initial ("Jane Q. Doe") that ends the span, or None."""
    if e - s < 3 or not (doc[e - 1].is_title and doc[e - 3].is_title):
        return None
    mid = doc[e - 2].text
    if not (len(mid) == 2 and mid[0].isupper() and mid[1] == "."):
        return None
    k = e - 3
    if doc[k].lower_ in role_words() or doc[k].lower_ in gz.data_words("org_words.txt") or gz.state_for(doc[k].text):
        return None
    return k


def body_apposition(doc: Doc, e: int) -> bool:
    """True when an apposition with an article right after a span calls it a body: ", an umbrella group",
    ", the ruling party" (the noun that heads it is an organization word)."""
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("a", "an", "the"):
        return False
    for t in doc[e + 2 : e + 7]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "PRON"):
            return False
        if t.pos_ == "NOUN" and (t.i + 1 >= len(doc) or (doc[t.i + 1].pos_ != "NOUN" and doc[t.i + 1].tag_ != "POS")):
            return t.lower_ in gz.data_words("org_words.txt")
    return False
