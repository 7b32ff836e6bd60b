"""``kg_entity_fixer_v1`` (spaCy forbids dots in factory names): repairs the model's entity spans.

It first computes a new list of (start, end, label) token spans, then writes it to ``doc.ents``:
  * spans are cut at line breaks, and lose leading "the"/titles and trailing punctuation/possessives;
  * a span that is wholly a gazetteer place becomes GPE/LOC (the small model tags some cities as PERSON);
    a demonym becomes NORP; an all-caps acronym GPE unknown to the gazetteer becomes ORG ("EU");
  * a PERSON span starting with a place or demonym is split ("Chile Gabriel Boric");
  * lists of places tagged as one span ("Lviv, Odesa,") become one span per place;
  * a span equal to the last two or more words of a longer person's name becomes PERSON;
  * a one-token span (or untagged proper noun) equal to the surname of a person named elsewhere in
    the doc becomes PERSON, and so does an untagged run of 2-3 capitalised words where a name goes
    ("his special envoy, Jane Doe");
    a title-case ORG right after a role word ("lawmaker Jane Doe") becomes PERSON;
  * ORG spans made only of title words ("Defense" in "Defense Minister X") are dropped;
  * a PERSON cut short by the model takes the untagged capitalised name word after it
    ("Jane Abdel" + "Doe");
  * an ORG/GPE that looks like a name becomes PERSON also when a role and a comma come before it
    ("its chief engineer, Jane Doe") or a person follows it ("X and Jane Doe");
  * a one-word PERSON that takes a definite article ("the Xs", "on the X") is no person, nor any other
    one-word mention of it that is not a name part of a person (a group "the Xs" becomes ORG, else LOC);
  * a PERSON right after "<role> of" is a portfolio ("Secretary of Coastal Affairs"), an ORG;
  * the capitalised name words after a courtesy title ("Ms", "Mr.") are one PERSON, whatever the model
    tagged them ("Ms Doe" as GPE, "Ms. Jane" + "Roe Doe" as two persons);
  * honorifics ("Ato", "Mullah", "Tan Sri"; kg/data/name_honorifics.txt) and abbreviated titles leading a PERSON
    are cut;
  * a PERSON in capitals ("JANE DOE", a heading) is dropped; one ending in a company suffix ("Co", "S.A.") or
    called a body by an apposition (", an umbrella group") is ORG;
  * a one-word PERSON something is said or posted on ("wrote on Zorbl") is a platform, ORG;
  * a PERSON takes back an unfamiliar given name the model left after a rank ("Major General | Jane | Doe"), and
    a one-word unknown place after an untagged given name, where a name goes, is that name's surname;
  * a name with a middle initial ending an ORG ("Export Control Jane Q. Doe") is a PERSON; a place and a
    name in one span are cut at the comma ("Malta, Jane Doe"); a PERSON ending in "Township", "District"… is LOC.
"""
from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.gazetteer import PLACE_DIVISIONS

NAME = "kg_entity_fixer_v1"
_TITLES = frozenset("mr mrs ms dr gen sen rep gov lt col sgt capt maj pres prof sir dame lord lady".split())
_SPLITTABLE = frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"})
# lowercase words inside a family name ("el-Tayeb", "van Dam", "bin Omar")
_PARTICLES = frozenset("al el bin ibn bint van von der den de da del di du dos das la le ter".split())


@cache
def role_words() -> frozenset[str]:
    """Every single word of the role lexicon, of abbreviated titles ("Brig. Gen.") and honorifics
    ("Ato", "Mullah"), lowercase: words that lead a name without being part of it."""
    lexicon = gz.data_words("roles.txt") | gz.data_words("occupations.txt")
    words = {w for role in lexicon for w in role.replace("-", " ").split()}
    words |= {w for abbr in gz.data_words("role_abbreviations.tsv") for w in abbr.split()}
    honorifics = {w for h in gz.data_words("name_honorifics.txt") for w in h.split() if h != "tan sri"}  # "Tan" is a name
    return frozenset(words | _TITLES | honorifics | {"presidential"})


@cache
def role_heads() -> frozenset[str]:
    """The words that end a role or title ("general" of "major general", "gen" of "Maj. Gen."), lowercase:
    a title's last word, after which the name starts ("Foreign" of "Foreign Affairs" is none)."""
    lexicon = gz.data_words("roles.txt") | gz.data_words("occupations.txt") | set(gz.data_words("role_abbreviations.tsv"))
    return frozenset({r.replace("-", " ").split()[-1] for r in lexicon} | _TITLES | gz.data_words("name_honorifics.txt"))


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
            for s, e in _comma_pieces(doc, self._pieces(doc, ent.start, ent.end), ent.label_):
                out.extend(self._relabel(doc, s, e, ent.label_))
        out = [(s, e, lab) for s, e, lab in out if not (lab == "PERSON" and _all_caps(doc, s, e))]
        out = [(s, _name_end(doc, s, e) if lab == "PERSON" else e, lab) for s, e, lab in out]
        covered = {i for s, e, _ in out for i in range(s, e)}
        out = [(_name_start(doc, s, e, covered) if lab == "PERSON" else s, e, lab) for s, e, lab in out]
        out = self._persons_from_context(doc, out)
        covered = {i for s, e, _ in out for i in range(s, e)}
        out = [(s, _name_end(doc, s, e) if lab == "PERSON" and e not in covered else e, lab) for s, e, lab in out]
        out = _after_courtesy(doc, _join_split_names(doc, out))
        return _without_honorifics(doc, _articled_names(doc, _platforms(doc, out)))

    def _pieces(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """Cut at line breaks, then trim determiners and punctuation at both ends."""
        for i in range(start, end):
            if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                end = i if "\n" in doc[i].text else i + 1
                break
            if doc[i].text == "(" and i > start:  # "Authority on Development (IGAD": the name, then its acronym
                end = i
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
        if e - s == 1 and text.rstrip(".").lower() in gz.data_table("role_abbreviations.tsv"):
            after = e + 1 if not text.endswith(".") and e < len(doc) and doc[e].text == "." else e
            if (text.endswith(".") or after > e) and after < len(doc) and doc[after].is_title:
                return []  # "Brig." of "Brig. Gen. Jane Doe" tagged a town
        if label in ("ORG", "GPE") and (k := _initialled_name(doc, s, e)) is not None:
            rest = [(s, k, label)] if k > s and doc[k - 1].lower_ in gz.data_words("org_words.txt") else []
            return rest + [(k, e, "PERSON")]  # "(Secretary for) Export Control Jane Q. Doe"
        if label in ("ORG", "GPE") and doc[s].lower_.rstrip(".") in role_words() and not (s and doc[s - 1].lower_ == "the"):
            k = s
            while k < e and (doc[k].lower_.rstrip(".") in role_words() or doc[k].text == "."):
                k += 1  # "Brig. Gen. Jane Doe" tagged ORG: the rank, then a name
            last = next((doc[j] for j in range(k - 1, s - 1, -1) if doc[j].text != "."), doc[s])
            if k < e and last.lower_.rstrip(".") in role_heads() and _looks_like_name(doc, k, e, gz.data_words("org_words.txt")):
                return [(k, e, "PERSON")]  # not "Defense | Industries System": "Defense" ends no title
        if label in ("PERSON", "GPE", "LOC", "FAC") and e - s > 1 and doc[e - 1].lower_ in gz.data_words("org_words.txt") \
                and doc[e - 1].is_title:
            return [(s, e, "ORG")]  # "X People's Defence Forces", "the Y Initiative": a body, not a person or place
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
        if e - s > 1 and doc[e - 1].lower_.replace(".", "") in gz.data_words("company_suffixes.txt"):
            return [(s, e, "ORG")]  # "Jane Doe Trading Co", "Alimentos Doe S.A."
        if _body_apposition(doc, e):
            return [(s, e, "ORG")]  # "X, an umbrella group that ...": a body
        while e - s > 1 and (doc[s].lower_.rstrip(".") in role_words() or doc[s].text == "."):
            s += 1  # "President X" -> "X", "Brig. Gen. X" -> "X"
        if e - s == 1 and doc[s].lower_.rstrip(".") in role_words():
            return []
        if _portfolio(doc, s, e):
            return [(s, e, "ORG")]
        if e - s > 1 and doc[e - 1].is_title and doc[e - 1].lower_ in PLACE_DIVISIONS:
            return [(s, e, "LOC")]  # "X Township", "Y District"
        if e - s > 1 and doc[s].text in ("St", "St.", "Ste", "Ste."):
            return [(s, e, "GPE")]  # "St Vincent": a saint's name is a place
        if e < len(doc) and doc[e].is_lower and (info := gz.lookup_place(f"{doc[s:e].text} {doc[e].text}")):
            if info.kind in ("region", "river"):
                return [(s, e, "LOC")]  # "the X region", "X river"
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
        fulls |= {_tok_key(sp[k:].text) for sp in full for k in range(1, len(sp) - 1)}  # "Ruiz Soto" of "Ana Ruiz Soto"
        org_words = gz.data_words("org_words.txt")
        out: list[tuple[int, int, str]] = []
        for s, e, lab in spans:
            key = _tok_key(doc[s:e].text)
            if lab != "PERSON" and (key in fulls or (e - s == 1 and key in surnames)):
                lab = "PERSON"
            elif lab in ("GPE", "LOC") and e - s == 1 and key in given | surnames:
                lab = "PERSON"
            elif lab in ("ORG", "GPE", "LOC", "FAC", "WORK_OF_ART") and _looks_like_name(doc, s, e, org_words) and _person_context(doc, s, e, spans):
                lab = "PERSON"  # "lawmaker Jane Doe", "Jane Doe, the Ruritanian president," tagged ORG
            elif lab in ("ORG", "GPE", "LOC") and e - s == 1 and _given_name_before(doc, s, spans) \
                    and _looks_like_name(doc, s - 1, e, org_words) and _person_context(doc, s - 1, e, spans):
                s, lab = s - 1, "PERSON"  # "his deputy, Jane | Doe (GPE),"
            out.append((s, e, lab))
        out += _untagged_names(doc, out, org_words)
        surnames = {_tok_key(doc[e - 1].text) for s, e, lab in out if lab == "PERSON" and e - s > 1}
        surnames |= {_tok_key(doc[e - 2].text) for s, e, lab in out  # "Ruiz" of "Ana Ruiz Soto"
                     if lab == "PERSON" and e - s >= 3 and doc[e - 2].is_title and doc[e - 2].lower_ not in _PARTICLES}
        return out + _untagged_surnames(doc, out, surnames)


def _given_name_before(doc: Doc, s: int, spans: list[tuple[int, int, str]]) -> bool:
    """True when the token before ``s`` is an untagged capitalised proper noun, no role, place or state."""
    if s < 1 or place_label(doc[s].text) or any(a <= s - 1 < b for a, b, _ in spans):
        return False
    t = doc[s - 1]
    return t.pos_ == "PROPN" and t.is_title and t.whitespace_ == " " and t.lower_ not in role_words() \
        and not gz.is_place_word(t.text)


def _untagged(doc: Doc, spans: list[tuple[int, int, str]]) -> list[Token]:
    """Capitalised proper nouns outside every entity span that are no role word or place."""
    covered = {i for s, e, _ in spans for i in range(s, e)}
    return [
        t for t in doc
        if t.i not in covered and not t.ent_type_ and t.pos_ == "PROPN" and t.is_title
        and t.lower_ not in role_words() and not gz.is_place_word(t.text)
    ]


def _untagged_names(doc: Doc, spans: list[tuple[int, int, str]], org_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """PERSON spans for runs of 2-4 untagged capitalised proper nouns where a person's name goes
    ("his special envoy, Jane Doe", "lawmaker Jane Doe"; see ``_person_context``)."""
    free = {t.i for t in _untagged(doc, spans)}
    out, i = [], 0
    while i < len(doc):
        e = i
        while e in free and e - i < 4:
            e += 1
        if e - i >= 2 and _looks_like_name(doc, i, e, org_words) and _person_context(doc, i, e, spans):
            out.append((i, e, "PERSON"))
        i = max(e, i + 1)
    return out


def _untagged_surnames(doc: Doc, spans: list[tuple[int, int, str]], surnames: set[str]) -> list[tuple[int, int, str]]:
    """One-token PERSON spans for capitalised proper nouns the model left untagged that are the surname
    of a person named in full in the doc ("Jane Doe ... Doe said")."""
    covered = {i for s, e, _ in spans for i in range(s, e)}
    subjects = [  # the tagger calls an unknown sentence-initial name a NOUN: "Doe signed ..."
        t for t in doc
        if t.i not in covered and not t.ent_type_ and t.pos_ == "NOUN" and t.is_title
        and t.dep_ == "nsubj" and t.head.pos_ == "VERB"
    ]
    return [(t.i, t.i + 1, "PERSON") for t in _untagged(doc, spans) + subjects if _tok_key(t.text) in surnames]


def _comma_pieces(doc: Doc, pieces: list[tuple[int, int]], label: str) -> list[tuple[int, int]]:
    """Non-person spans cut at a comma that ends a place ("(adviser on) Malta, Jane Doe" -> "Malta", "Jane Doe")."""
    if label == "PERSON":
        return pieces
    out = []
    for s, e in pieces:
        cut = next((i for i in range(s + 1, e - 1) if doc[i].text == "," and place_label(doc[s:i].text)), None)
        out += [(s, cut), (cut + 1, e)] if cut is not None else [(s, e)]
    return out


def _body_apposition(doc: Doc, e: int) -> bool:
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


def _initialled_name(doc: Doc, s: int, e: int) -> int | None:
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
        2 <= len(words) <= 4
        and words[0].is_title and words[-1].is_title
        and all(t.is_title or t.lower_ in _PARTICLES for t in words)
        and sum(t.is_title for t in words) <= 3
        and not any(t.lower_ in org_words or t.lower_ in role_words() or t.lower_ in PLACE_DIVISIONS for t in words)
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
    if _portfolio(doc, s, e):
        return False
    if i >= 0 and doc[i].lower_.rstrip(".") in role_words():
        return True
    if s > 1 and doc[s - 1].text == ",":  # "its managing director, X", "the envoy for the Andes, X"
        for t in reversed(doc[max(0, s - 8) : s - 1]):
            if _singular(t.lower_) in role_words():
                return True
            if not (t.is_title or t.is_upper or t.lower_ in ("the", "of", "for", "to", "on", "in", "at", "'s", "’s", ".")):
                break
    if e + 1 < len(doc) and doc[e].lower_ == "and":
        if any(lab == "PERSON" and start == e + 1 for start, _, lab in spans):
            return True  # "X and Jane Doe"
    if e < len(doc) and doc[e].text == ",":
        for t in doc[e + 1 : e + 9]:  # "X, a 40-year-old teacher,"
            if t.text in (",", ".", ";") or t.lower_ in ("which", "who", "that") or t.pos_ in ("VERB", "AUX"):
                break
            if _singular(t.lower_) in role_words() and t.pos_ != "ADJ":
                return True
    if s > 1 and doc[s - 1].lower_ in ("and", ","):
        return any(lab == "PERSON" and end == s - 1 for _, end, lab in spans)
    return False


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in role_words() else word


def _name_end(doc: Doc, s: int, e: int) -> int:
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


def _all_caps(doc: Doc, s: int, e: int) -> bool:
    """True for a span written in capitals ("JANE DOE" of a heading): the body names the person properly."""
    words = [t for t in doc[s:e] if t.is_alpha]
    return bool(words) and all(t.is_upper and len(t) > 1 for t in words) and (len(words) > 1 or len(words[0]) > 4)


def _name_start(doc: Doc, s: int, e: int, covered: set[int]) -> int:
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


def _portfolio(doc: Doc, s: int, e: int) -> bool:
    """True for a name right after "<role> of" that no possessive follows: "Secretary of Coastal Affairs"."""
    if s < 2 or doc[s - 1].lower_ != "of" or doc[s - 2].lower_ not in role_words():
        return False
    return not (e < len(doc) and doc[e].text in ("'s", "’s"))


def _without_honorifics(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
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


def _articled_names(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Relabel one-word PERSON spans of a word that takes a definite article somewhere in the doc
    ("the Xs", "on the X": names of persons do not) or is tagged a place elsewhere in it, unless it is
    part of a longer person name."""
    parts = {_tok_key(t.text) for s, e, lab in spans if lab == "PERSON" and e - s > 1 for t in doc[s:e]}
    articled = {
        _tok_key(doc[s].text)
        for s, e, lab in spans
        if lab == "PERSON" and e - s == 1 and s > 0 and doc[s - 1].lower_ == "the" and doc[s - 1].head.i == s
    }
    placed = {_tok_key(doc[s].text) for s, e, lab in spans if lab in ("GPE", "LOC") and e - s == 1}
    persons = {_tok_key(doc[s].text) for s, e, lab in spans if lab == "PERSON" and e - s == 1}
    articled = (articled | (placed & persons)) - parts  # tagged a place elsewhere: "in X", "the X barrage"
    if not articled:
        return spans
    out = []
    for s, e, lab in spans:
        if lab == "PERSON" and e - s == 1 and _tok_key(doc[s].text) in articled:
            lab = "ORG" if doc[s].lower_.endswith("s") else "LOC"
        out.append((s, e, lab))
    return out


_POST_NOUNS = frozenset({"post", "message", "statement", "video", "account", "channel", "page", "feed"})


def _platforms(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One-word PERSON spans where something is said or posted "on" them ("wrote on Zorbl", "in a post on
    Zorbl") are platforms, ORG, unless the word is part of a person's longer name in the doc."""
    parts = {_tok_key(t.text) for s, e, lab in spans if lab == "PERSON" and e - s > 1 for t in doc[s:e]}
    said = gz.data_words("speech_verbs.txt")
    out = []
    for s, e, lab in spans:
        if lab == "PERSON" and e - s == 1 and s >= 2 and doc[s - 1].lower_ == "on" and _tok_key(doc[s].text) not in parts \
                and (doc[s - 2].lemma_.lower() in said or doc[s - 2].lower_ in _POST_NOUNS):
            lab = "ORG"
        out.append((s, e, lab))
    return out


_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx"})


def _join_split_names(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
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


def _after_courtesy(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
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
        if any(a < t.i or b > e for a, b, _ in inside) or any(lab not in _SPLITTABLE | {"NORP"} for _, _, lab in inside):
            continue
        out = [x for x in out if x not in inside] + [(t.i + 1, e, "PERSON")]
    return sorted(out)
