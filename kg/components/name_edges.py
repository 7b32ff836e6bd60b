"""Where a person's name starts and ends: words the model left off ("Jane Abdel" + "Doe", "Major General |
Jane | Doe", "I Wayan | Jane Doe", "Van | Dam" of "Jane van Dam"), names it cut in two, names after a courtesy
title ("Ms Doe"), honorifics that lead a name and nicknames in quotes inside one ('Jane "La Roja" Doe')."""
from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.components.person_cues import DASHES, PARTICLES, QUOTES, SPLITTABLE, Ent, org_word, portfolio_plural
from kg.components.roles import role_heads, role_words, singular_role
from kg.token_scan import where_string

_APOSTROPHES = frozenset({"'", "’"})  # "Dato' Jane Doe": an honorific written with an apostrophe
_PATRONYMS = frozenset({"bin", "ibn", "bint"})  # "son/daughter of": a name goes on with them, never opens with them
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx", "lord", "lady", "baroness", "baron"})  # peers go by "Lord X"


def name_end(doc: Doc, s: int, e: int) -> int:
    """The end of a PERSON span of two or more words, taking one more untagged capitalised proper noun
    that is no role, place or organization word ("Jane Abdel" + "Doe" when the model stops early), or the second
    half of a double-barrelled family name cut at its hyphen ("Jane Roe" + "-Doe")."""
    if e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
            and doc[e + 1].is_alpha and (doc[e + 1].is_title or _syllable_tail(doc, s, e)):
        return e + 2
    if e - s < 2 or e >= len(doc) or "\n" in doc[e - 1].whitespace_ or not doc[e - 1].whitespace_:
        return e
    if _article_family_name(doc, e):
        return e + 3  # "Jane Musa" + "el-Doe"
    t = doc[e]
    if _capital_family_name(doc, s, e):
        return e + 1  # "Jane Roe | DOE, DOB ...": a record's family name in capitals
    if (
        t.ent_type_
        or t.pos_ != "PROPN"
        or not t.is_title
        or t.is_sent_start
        or t.lower_ in role_words()
        or org_word(t.lower_)
        or (gz.is_place_word(t.text) and (e - s < 3 or gz.state_for(t.text)))  # "Rosa Diaz Soto Lima": a surname
    ):
        return e
    return e + 1


_ARTICLES = frozenset({"al", "el"})  # the Arabic article of a family name ("al-Sabbagh", "el-Nur")


def _article_family_name(doc: Doc, e: int) -> bool:
    """True when ``doc[e:e + 3]`` is a family name written with the Arabic article and a hyphen ("el" "-" "Nur"),
    untagged or tagged alone, which the model can leave off a name it tagged: the article never ends a name, so what
    it opens is the name's."""
    if not (e + 2 < len(doc) and doc[e].lower_ in _ARTICLES and not doc[e].whitespace_ and doc[e + 1].text == "-"
            and not doc[e + 1].whitespace_ and doc[e + 2].is_title and doc[e + 2].is_alpha):
        return False
    alone = doc[e].ent_iob_ == "B" and (e + 3 == len(doc) or doc[e + 3].ent_iob_ != "I")  # "el-Nur" as an ORG
    return not doc[e + 2].ent_type_ or alone


# what a hyphen joins to a name to make a modifier ("Doe-led forces", "a Roe-era law"), no part of the name
_MODIFIER_TAILS = frozenset("led backed based born era style like run owned linked made allied aligned funded type "
                            "inspired appointed controlled held".split())
_SYLLABLE = 5  # letters at most of a lowercase syllable ending a hyphenated given name ("Chol-man", "Jong-un")


def _syllable_tail(doc: Doc, s: int, e: int) -> bool:
    """True for the lowercase second syllable of a hyphenated given name the model cut off a name of two words or more
    ("Ri Chol" + "-man", "Kim Jong" + "-un", as Korean names are written): a short word that no noun or adjective
    follows (the hyphenated word ends the name, it modifies nothing: not "Jane Doe-led forces")."""
    t = doc[e + 1]
    nxt = doc[e + 2] if e + 2 < len(doc) else None
    return e - s >= 2 and t.is_lower and len(t) <= _SYLLABLE and t.lower_ not in _MODIFIER_TAILS \
        and not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and t.whitespace_)


_CAPITAL_NAME = 4  # letters at least of a family name in capitals ("DOE"'s kin "ROEDOE"), shorter ones being acronyms


def _capital_family_name(doc: Doc, s: int, e: int) -> bool:
    """True when the word after the given names ``doc[s:e]`` is a family name in capitals that a comma, semicolon or
    parenthesis closes, as designation lists write it ("Jane Roe DOE, DOB ..."): a word of letters, no state, place,
    role or body."""
    if e + 1 >= len(doc) or not all(t.is_title for t in doc[s:e]):
        return False
    return _capital_word(doc[e]) and doc[e + 1].text in (",", ";", "(")


def name_start(doc: Doc, s: int, e: int, covered: set[int]) -> int:
    """The start of a PERSON span, taking back the unfamiliar given name the model left between a rank or
    title and the name ("Major General | Jane | Roe Doe", "government spokesman | Jane | Doe"), at the start of a
    sentence ("Jane | Roe Doe is ...")
    or after a comma or "and" ("the league's envoy, Jane | Roe Doe", "A and Jane | Roe Doe"), a verb or a preposition
    ("included Jane | Roe Doe"), or before a patronymic particle no name opens with ("Minister for X | Jane |
    bin Roe")."""
    if s >= 2 and s - 1 not in covered and doc[s - 1].is_title and doc[s - 1].whitespace_ == " " \
            and doc[s - 1].lower_ in gz.data_words("title_given_names.txt") \
            and doc[s - 2].text[:1].isupper() and doc[s - 2].lower_.rstrip(".") in role_heads():
        return s - 1  # "President Emir | Doe": a title that is a given name after a title
    if s < 2 or (e - s < 2 and not _lower_title(doc[s - 2])):
        return s  # one word after a lowercase title may be a family name ("spokesman Jane | Doe")
    t = doc[s - 1]
    opens = s == 1 or t.is_sent_start or "\n" in doc[s - 2].text  # "Jane | Roe Doe is a ..." at a sentence start
    opens = opens or doc[s].text in _PATRONYMS
    if (
        s - 1 in covered
        or not (t.is_title and t.is_alpha and t.pos_ == "PROPN")
        or portfolio_plural(doc, s - 1)  # "(Minister for Foreign) Affairs": a plural is no given name
        or t.whitespace_ != " "
        or singular_role(t.lower_) in role_words()  # "Senators | Jane Doe and ...": a plural title
        or t.lower_ in gz.data_words("org_words.txt")
        or (t.lower_ in gz.data_words("portfolio_words.txt") and s >= 3 and doc[s - 2].lower_ in ("of", "for"))
        or gz.state_for(t.text)
        or not (opens or (doc[s - 2].lower_.rstrip(".") in role_heads() and doc[s - 2].text[:1].isupper())
                or ((_joins(doc[s - 2]) or _object_of(doc, s, e) or _lower_title(doc[s - 2]))
                    and not gz.is_place_word(t.text)))
    ):
        return s
    return s - 1


def with_name_prefixes(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """PERSON spans with the capitalised words that lead a name before them (``kg/data/name_prefixes.txt``:
    "I Wayan | Jane Doe" -> "I Wayan Jane Doe"); "I" and "Ni" only open a run of such words, and a word the tagger
    reads as a verb ("Made") opens none."""
    prefixes = gz.data_words("name_prefixes.txt")
    taken = {i for s, e, _ in spans for i in range(s, e)}
    out = []
    for s, e, lab in spans:
        k = s
        while lab == "PERSON" and k > 0 and k - 1 not in taken and doc[k - 1].lower_ in prefixes \
                and doc[k - 1].text[:1].isupper() and doc[k - 1].whitespace_ == " ":
            k -= 1
        while k < s and ((doc[k].lower_ in ("i", "ni") and doc[k + 1].lower_ not in prefixes)
                         or doc[k].pos_ in ("VERB", "AUX")):
            k += 1  # "I | Jane Doe": "I" opens no name, nor a headline's verb ("Deal Made | Jane Doe", not "I Made X")
        out.append((k, e, lab))
    return out


def with_name_tails(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """PERSON spans with the untagged words before them that end or make a longer name of the doc with them: a
    particle, a first family name or the given name ("Jane van Dam ... Van | Dam said", "Ana Ruiz Soto ... Ruiz | Soto
    said", "Ana | Ruiz Soto said")."""
    fulls = [doc[s:e] for s, e, lab in spans if lab == "PERSON" and e - s > 2]
    tails = {gz.norm(sp[k:].text) for sp in fulls for k in range(len(sp) - 1)}
    taken = {i for s, e, _ in spans for i in range(s, e)}
    out = []
    for s, e, lab in spans:
        while lab == "PERSON" and s > 0 and s - 1 not in taken and doc[s - 1].whitespace_ == " " \
                and (doc[s - 1].is_title or doc[s - 1].lower_ in PARTICLES) and gz.norm(doc[s - 1 : e].text) in tails:
            s -= 1
        out.append((s, e, lab))
    return out


def _lower_title(t: Token) -> bool:
    """True for a lowercase noun that ends a title right before a name ("spokesman" of "government spokesman X")."""
    return t.is_lower and t.pos_ == "NOUN" and t.lower_ in role_heads()


def _object_of(doc: Doc, s: int, e: int) -> bool:
    """True when the word before a two-word name and the one before it are a lowercase verb or preposition: the
    model left the given name of a three-word name ("included Jane | Roe Doe")."""
    return e - s == 2 and doc[s - 2].is_lower and doc[s - 2].pos_ in ("VERB", "ADP")


def _joins(t: Token) -> bool:
    """True for a token after which a name may start an apposition or the next item of a list: ",", "(", "and"."""
    return t.text in (",", "(") or t.lower_ == "and"


def particle_ends(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """PERSON spans the model ended on a family name's particle, taken on through the particles and the capitalised
    word after them ("Jane von" + "der Roe", where the model tags "Roe" as a place or leaves it): no name ends on a
    lowercase particle. Spans inside the taken words are dropped."""
    out = list(spans)
    for i, (s, e, lab) in enumerate(out):
        if lab != "PERSON" or e - s < 2 or not (doc[e - 1].is_lower and doc[e - 1].lower_ in PARTICLES):
            continue
        k = e
        while k < len(doc) and doc[k].is_lower and doc[k].lower_ in PARTICLES:
            k += 1
        if k < len(doc) and doc[k].is_title and doc[k].is_alpha and doc[k].lower_ not in role_words() \
                and all(doc[j].whitespace_ == " " for j in range(e - 1, k)):
            keep = [sp for j, sp in enumerate(out) if j != i and (sp[1] <= s or sp[0] > k)]
            return particle_ends(doc, sorted([*keep, (s, k + 1, lab)]))
    return out


def join_split_names(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """One PERSON span for two the model cut apart at an unfamiliar middle name ("Kofi | Kuyateh | Sesay", "Rosa |
    del Campo | Ibarra Luna"): PERSON, at most one untagged capitalised proper noun after lowercase name particles,
    PERSON, on one line with no punctuation between."""
    out = sorted(spans)
    i = 0
    while i + 1 < len(out):
        (s1, e1, l1), (s2, e2, l2) = out[i], out[i + 1]
        gap = doc[e1:s2]
        words = [t for t in gap if not (t.is_lower and t.lower_ in PARTICLES)]
        if l1 == l2 == "PERSON" and len(words) <= 1 and len(gap) <= 3 and all(
                t.is_title and t.is_alpha and not t.ent_type_ and t.lower_ not in role_words() for t in words) \
                and all(doc[k].whitespace_ == " " for k in range(e1 - 1, s2)):
            out[i : i + 2] = [(s1, e2, "PERSON")]
            continue
        i += 1
    return out


def after_courtesy(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """One PERSON span for the 1-4 capitalised proper nouns after a courtesy title or a peer's style ("Ms Jane Roe
    Doe", "Minister for Africa Lord Doe"), replacing
    the model's spans inside "<title> <name>"; left alone when a span reaches beyond it or a word of the run is a
    role, organization or state word ("Mr Speaker", "Ms Kenya")."""
    org_words = gz.data_words("org_words.txt")
    out = list(spans)
    for i in where_string(doc, LOWER, lambda lower: lower.rstrip(".") in _COURTESY):
        t = doc[i]
        if t.i + 1 >= len(doc) or "\n" in t.whitespace_:
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
    """PERSON spans without the honorifics that lead them ("Ato Jane Doe" -> "Jane Doe", "Dato' Jane Doe"; see
    ``kg/data/name_honorifics.txt``), whichever rule found the name; a span of another label that an honorific opens
    before a name of capitalised words is a person's ("Dato' Jane Doe" the model took for a body)."""
    honorifics = gz.data_words("name_honorifics.txt")
    out = []
    for s, e, lab in spans:
        if lab != "PERSON" and _honorific_name(doc, s, e, honorifics):
            lab = "PERSON"
        while lab == "PERSON" and e - s > 1:
            if e - s > 2 and f"{doc[s].lower_} {doc[s + 1].lower_.rstrip('.')}" in honorifics:
                s += 2  # "Tan Sri Jane Doe"
            elif doc[s].lower_.rstrip(".") in honorifics:
                s += 1
            elif doc[s].text in _APOSTROPHES and not doc[s - 1].whitespace_ and doc[s - 1].lower_ in honorifics:
                s += 1  # "Dato' Jane Doe": the honorific's apostrophe
            else:
                break
        out.append((s, e, lab))
    return out


def _honorific_name(doc: Doc, s: int, e: int, honorifics: frozenset[str]) -> bool:
    """True for an honorific written with its apostrophe, then two or three capitalised words that name no body or
    place ("Dato' Jane Doe")."""
    if e - s < 4 or doc[s].lower_ not in honorifics or doc[s + 1].text not in _APOSTROPHES or doc[s].whitespace_:
        return False
    rest = doc[s + 2 : e]
    return len(rest) <= 3 and all(t.is_title and t.is_alpha and not org_word(t.lower_) and not gz.is_place_word(t.text)
                                  for t in rest)


def roster_names(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """One PERSON span for a name a designation record writes family name first, in capitals, before a comma
    ("1. DOE, Jane Roe; DOB ...", "(a.k.a. DOH, Jane)", "(Linked To: DOE, Jane Roe)"): the capitals, the comma and
    the given names the model tagged, when the record's punctuation or a line break opens and closes them."""
    out = list(spans)
    for s, e, lab in spans:
        k = _capitals_before(doc, s)
        if lab != "PERSON" or k is None or not _record_closes(doc, e) or not all(t.is_title for t in doc[s:e]):
            continue
        out = [x for x in out if not (k <= x[0] and x[1] <= e)] + [(k, e, "PERSON")]
    return sorted(out)


_RECORD_OPENERS = frozenset({".", "(", ":", ";"})  # "1. ", "(a) ": what opens a record's name on its line


def record_names(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """One PERSON span for a designation record's name with its family name in capitals, which its punctuation and
    birth field, the bracket of its short name or a spaced dash close (``_record_name_ends``), whatever the model
    tagged it (a work of art, a place, the given names alone): given names first, then a family name of four letters
    or more ("1. Jane Ann DOE. DOB: 14/02/1961", "Jane ROE, born ..."), or the family name first, as East Asian names
    stand in such lists ("2. KIM Jane Ann. Date of birth: ..."); 1-3 title-case words, no place, role or body, opening
    a line or a record."""
    out = list(spans)
    for e in sorted(_record_name_ends(doc)):
        family_last = _capital_word(doc[e - 1], place=True)
        s = e - 1 if family_last else e
        while s > 0 and e - 1 - s < 3 and doc[s - 1].is_title and doc[s - 1].is_alpha \
                and doc[s - 1].lower_ not in role_words():
            s -= 1
        if not family_last:
            if not (e - 2 <= s < e and s > 0 and _capital_word(doc[s - 1], least=1)):
                continue
            s -= 1  # "KIM | Jane Ann."
        opens = s == 0 or "\n" in doc[s - 1].whitespace_ + doc[s - 1].text or doc[s - 1].text in _RECORD_OPENERS \
            or doc[s - 1].like_num
        if e - s >= 2 and opens:
            out = [x for x in out if x[1] <= s or x[0] >= e] + [(s, e, "PERSON")]
    return sorted(out)


_BIRTH_WORDS = frozenset({"dob", "born", "date"})  # "DOB:", "born", "Date of birth:" after a record's name
_SPACED_DASHES = DASHES - {"-"}  # "Jane Ann DOE – deputy director": a dash set off by spaces, no hyphen
_NAME_CLOSERS = _SPACED_DASHES | {"("}


def _record_name_ends(doc: Doc) -> set[int]:
    """Where a record's name may end: the "." "," ";" or "(" before its birth field ("Jane ROE (born ..."), the
    bracket of a short name it goes by next ("2. KIM Jane Ann (Kim) is ..."), or the spaced dash before its
    description ("Jane Ann DOE – deputy director of ...")."""
    ends = set()
    for j in where_string(doc, LOWER, _BIRTH_WORDS.__contains__):
        if doc[j].lower_ != "date" or doc[j + 1 : j + 3].text.lower() == "of birth":
            if j > 2 and doc[j - 1].text in (".", ",", ";", "("):
                ends.add(j - 1)
    for j in where_string(doc, LOWER, _NAME_CLOSERS.__contains__):
        if j < 3 or j + 2 >= len(doc):
            continue
        if doc[j].text in _SPACED_DASHES and doc[j].whitespace_ and doc[j - 1].whitespace_:
            ends.add(j)
        elif doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].is_title \
                and any(w.lower_ == doc[j + 1].lower_ for w in doc[j - 3 : j]):
            ends.add(j)  # "(Kim)": the short name of the name before it
    return ends


def _capital_word(t: Token, place: bool = False, least: int = _CAPITAL_NAME) -> bool:
    """A family name in capitals: letters only, ``least`` or more (shorter ones being acronyms, but "KIM", "RI" of
    "KIM Jane Ann." stand first before given names), no role or body word, and no place unless ``place`` (before a
    birth field a town's name is a family name: "Jane SOKOLOV (Date of birth: …)")."""
    return t.is_upper and t.is_alpha and len(t) >= least and (place or not gz.is_place_word(t.text)) \
        and t.lower_ not in role_words() and not org_word(t.lower_)


def _capitals_before(doc: Doc, s: int) -> int | None:
    """The start of the 1-3 words in capitals (hyphens allowed, no place) and the comma right before ``s``, when a
    record's punctuation or a line break opens them; else None."""
    if s < 2 or doc[s - 1].text != "," or doc[s - 1].whitespace_ != " ":
        return None
    k = s - 1
    while k > 0 and s - 1 - k < 5 and ((doc[k - 1].is_upper and doc[k - 1].is_alpha and len(doc[k - 1]) > 1)
                                       or (doc[k - 1].text == "-" and k - 1 < s - 2)):
        k -= 1
    words = [t for t in doc[k : s - 1] if t.is_alpha]
    if not words or len(words) > 3 or gz.is_place_word(doc[k : s - 1].text):
        return None  # "NAIROBI, Jane Doe said": a dateline
    opens = k == 0 or "\n" in doc[k - 1].whitespace_ or doc[k - 1].text in ("(", ":", ";", ".")
    return k if opens else None


def _record_closes(doc: Doc, e: int) -> bool:
    """True when a record's punctuation or a line break follows the name ending at ``e``."""
    return e == len(doc) or doc[e].text in (";", "(", ")", ".", ",") or "\n" in doc[e - 1].whitespace_

_NICKNAME_WORDS = 3  # at most this many words in quotes inside a name


def quoted_nicknames(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """One PERSON span for a name with a nickname in quotes inside it ('Jane "La Roja" Doe', 'Juan "El Flaco" Ruiz
    Soto'), which the model cuts at a quote and half takes for a body: capitalised words, 1-3 capitalised words in
    quotes, capitalised words, on one line, the words on one side of the quotes tagged PERSON."""
    out = list(spans)
    for k in where_string(doc, LOWER, QUOTES.__contains__):
        c = next((j for j in range(k + 2, min(len(doc), k + 2 + _NICKNAME_WORDS)) if doc[j].text in QUOTES), None)
        if c is None or k < 1 or c + 1 >= len(doc) or not _nickname_edges(doc, k, c):
            continue
        left = next((x for x in out if x[0] <= k - 1 < x[1]), (k - 1, k, ""))
        right = next((x for x in out if x[0] <= c + 1 < x[1]), (c + 1, c + 2, ""))
        if "PERSON" not in (left[2], right[2]) or left[1] > c or right[0] <= k:
            continue
        out = [x for x in out if x[1] <= left[0] or x[0] >= right[1]] + [(left[0], right[1], "PERSON")]
    return sorted(out)


def _nickname_edges(doc: Doc, k: int, c: int) -> bool:
    """True when the quotes at ``k`` and ``c`` hold capitalised words between two capitalised words, with a space
    outside each quote and none inside: 'Jane "La Roja" Doe'."""
    inner = doc[k + 1 : c]
    return all(t.is_title and t.is_alpha for t in inner) and doc[k - 1].is_title and doc[c + 1].is_title \
        and doc[k - 1].whitespace_ == " " and not doc[k].whitespace_ and not doc[c - 1].whitespace_ \
        and doc[c].whitespace_ == " " and doc[c + 1].is_alpha
