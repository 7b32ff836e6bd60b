"""Doc -> mentions: persons, organizations, countries and places, with roles and affiliations.

Run on a Doc from :func:`kg.nlp.build_nlp` (entity spans already repaired, chrome removed). Roles
come from the lexicons ``kg/data/roles.txt`` (offices, titles) and ``kg/data/occupations.txt`` (trades,
ranks) and are read in these places, each giving the person one mention per distinct role:
  * the titles before the name, stacked ones each: "White House spokesman X", "Chile's Foreign Minister X",
    "Kenyan ambassador to Ethiopia X" (the host after "to" is not the affiliation), "government spokesman
    Colonel X" (two roles; "an aide to President X" gives X only "president");
  * an apposition after it: "X, a Nigerian diplomat,", "X, the head of the U.N.'s refugee agency", with a
    second role after "and" ("X, the head of A and B's chief negotiator,"), "X, described ... as a <role>";
    a copula ("X is a Ruritanian businessman who ...") or a role verb ("X, who chairs the council," -> chair;
    ``kg/data/role_verbs.tsv``);
  * an apposition before it, also over a rank or honorific: "the head of the national bank, X", "Kenya's
    foreign minister, X,", "the army spokesman, Colonel X,"; an apposition opened by an article right after
    another name is that name's ("A, the group's leader, B, ...");
  * a coordinated name shares a plural title or apposition: "Nigerian senators X and Y", "the premiers of A and
    B, X and Y", "X and Y, officials of the ministry".
A "counterpart" takes the role of the person named before it in the sentence
("Kenyan President X hosted his Ugandan counterpart Y").
Affiliations are surface forms (a demonym, country, city or organization). A seat of government
("Élysée", "White House") is kept as written; resolution maps it to its state (Élysée -> France),
because the graph records states as the actors, with the metonym as an alias of the state.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.components.roles import role_words
from kg.model import EntityType, Mention

_MAX_ROLE_WORDS = 4
_CONNECTORS = frozenset({"of", "for", "to", "the"})
_AFF_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC", "FAC"})
_RELATIVE = "counterpart"  # a role lexicon entry that stands for the role of another person
_PRE_APPOSITION_WORDS = 12
_FORMER = frozenset({"former", "retired", "acting", "interim"})
_RETIRED = ("rtd", "retd", "ret", "retired")
_DESCRIBED = frozenset({"described", "identified", "named", "designated", "listed"})


@cache
def roles() -> frozenset[str]:
    """The role lexicon: lowercase role phrases ("foreign minister", "spokesman", …)."""
    words = gz.data_words("roles.txt") | gz.data_words("occupations.txt")
    return frozenset(" ".join(r.replace("-", " ").split()) for r in words)


def mention_type(ent: Span) -> EntityType | None:
    """The kg type of an entity span, or None for labels kg does not keep (dates, numbers, …)."""
    if ent.label_ == "PERSON":
        return "Person"
    if ent.label_ == "ORG":
        return "Country" if gz.country_of_metonym(ent.text) else "Organization"
    if ent.label_ == "GPE":
        info = gz.lookup_place(ent.text)
        return "Country" if info and info.kind == "country" else "Place"
    if ent.label_ in ("LOC", "FAC"):
        return "Place"
    if ent.label_ == "NORP" and gz.community_of(ent.text):
        return "Organization"  # "Ruritanian Zemblans": a community, not the state of either demonym
    if ent.label_ == "NORP" and gz.country_of_demonym(ent.text):
        return "Country"
    return None


def find_mentions(doc: Doc) -> list[Mention]:
    """Return the mentions of ``doc`` in text order, offsets into ``doc.text``."""
    sent_of = _sentence_index(doc)
    out: list[Mention] = []
    previous: Mention | None = None
    for ent in doc.ents:
        kind = mention_type(ent)
        if kind is None:
            continue
        found: list[tuple[str | None, str | None]] = [(None, None)]
        if kind == "Person":
            found = person_roles(ent) or [(None, None)]
            if found[0][0] is None and previous and _coordinated(doc, previous, ent):
                found = [(previous.role, previous.affiliation)]
            if found[0][0] is None:
                found = _plural_apposition_of_next(ent) or found
            if found[0][0] == _RELATIVE:  # "his Ugandan counterpart X": the role of the person before
                role = next((m.role for m in reversed(out) if m.type == "Person" and m.role
                             and m.sentence == sent_of[ent.start] and m.role != _RELATIVE), None)
                found[0] = (role, found[0][1])
        m = Mention(ent.text, kind, ent.start_char, ent.end_char, sent_of[ent.start], *found[0])
        out.append(m)
        for also in found[1:]:
            if also[0] != _RELATIVE:
                out.append(Mention(ent.text, kind, ent.start_char, ent.end_char, sent_of[ent.start], *also))
        if kind == "Person":
            previous = m
    extra = institution_mentions(doc, sent_of) + acronym_mentions(doc, sent_of, out)
    covered = [(m.start, m.end) for m in extra]
    out = [m for m in out if not (m.type == "Organization" and any(a <= m.start and m.end <= b for a, b in covered))]
    return sorted(out + extra, key=lambda m: (m.start, m.end))


def acronym_mentions(doc: Doc, sent_of: list[int], found: list[Mention]) -> list[Mention]:
    """Organization mentions of an acronym the text defines after an organization's name
    ("the Movimiento Popular del Sur (MPS)"), there and wherever the model left it untagged later."""
    orgs = {m.end: m for m in found if m.type == "Organization"}
    defined: set[str] = set()
    for t in doc[:-2]:
        if t.text == "(" and doc[t.i + 2].text == ")" and doc[t.i + 1].is_upper and len(doc[t.i + 1]) >= 2:
            before = doc.text[: t.idx].rstrip()
            if len(before) in orgs:
                defined.add(doc[t.i + 1].text)
    out = []
    for t in doc:
        if t.text in defined and not (t.ent_type_ and t.ent_type_ != "ORG"):
            if not any(m.start <= t.idx < m.end for m in found):
                out.append(Mention(t.text, "Organization", t.idx, t.idx + len(t), sent_of[t.i]))
    return out


@cache
def institutions() -> frozenset[str]:
    """State institutions named with the state's possessive ("defense ministry", "army"), lowercase."""
    return gz.data_words("institutions.txt")


def institution_mentions(doc: Doc, sent_of: list[int]) -> list[Mention]:
    """Organizations named as a state's institution: "Russia's Defense Ministry", "Ukraine's army".

    The whole phrase is the name (the state alone would make the ministry speak as the state); the
    state keeps its own Country mention."""
    out: list[Mention] = []
    for tok in doc:
        head = tok.head
        if tok.dep_ != "poss" or head.i <= tok.i + 1 or not tok.ent_type_ or not gz.state_for(tok.text):
            continue
        case = doc[tok.i + 1]
        if case.dep_ != "case":
            continue
        phrase = doc[case.i + 1 : head.i + 1]
        if " ".join(t.lower_ for t in phrase) not in institutions():
            continue
        ent = next(e for e in doc.ents if e.start <= tok.i < e.end)
        out.append(Mention(doc.text[ent.start_char : phrase.end_char], "Organization", ent.start_char,
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


def _sent_bounds(ent: Span) -> tuple[int, int]:
    doc = ent.doc
    if doc.has_annotation("SENT_START"):
        return ent.sent.start, ent.sent.end
    return 0, len(doc)


@cache
def role_abbreviations() -> dict[str, str]:
    """Abbreviated titles (lowercase, no dots) -> the role they stand for ("lt gen" -> "lieutenant general")."""
    return gz.data_table("role_abbreviations.tsv")


def _role_matches(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(start, end, role) of every longest role phrase in ``tokens`` (indices into ``tokens``); an
    abbreviated title stands for its role when it is capitalised ("Brig. Gen." -> "brigadier general")."""
    words = [_singular(t.lower_) for t in tokens]
    out, i = [], 0
    while i < len(words):
        for n in range(min(_MAX_ROLE_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(w for w in words[i : i + n] if w != "-")
            short = " ".join(w.rstrip(".") for w in words[i : i + n] if w != ".")
            if words[i] in ("-", "."):
                continue
            if phrase in roles():
                out.append((i, i + n, phrase))
                i += n
                break
            if tokens[i].text[:1].isupper() and short in role_abbreviations():
                out.append((i, i + n, role_abbreviations()[short]))
                i += n
                break
        else:
            i += 1
    return out


def _singular(word: str) -> str:
    """A role word without its plural -s ("oligarchs" -> "oligarch"), other words unchanged."""
    if word.endswith("s") and word not in roles() and word[:-1] in roles():
        return word[:-1]
    return word


def title_before(ent: Span) -> tuple[str | None, str | None]:
    """Return (role, affiliation) read from the title words right before a person's name (the nearest role)."""
    found = titles_before(ent)
    return found[-1] if found else (None, None)


def titles_before(ent: Span) -> list[tuple[str, str | None]]:
    """Every (role, affiliation) of the stacked titles right before a person's name, nearest last:
    "government spokesman Colonel X" -> spokesman, colonel."""
    doc = ent.doc
    sent_start, _ = _sent_bounds(ent)
    window: list[Token] = []
    i = ent.start - 1
    while i >= sent_start and len(window) < 12:
        t = doc[i]
        if t.ent_type_ == "PERSON":
            break
        ok = (
            t.text in ("'s", "’s", "-", ".")
            or t.text[:1].isupper()
            or _singular(t.lower_) in role_words()
            or (t.lower_ in _CONNECTORS and window and (window[-1].text[:1].isupper()))
            or (t.lower_ == "and" and window and window[-1].text[:1].isupper() and i > 0 and doc[i - 1].text[:1].isupper())
            or _retired_mark(doc, i)
        )
        if not ok:
            break
        window.append(t)
        i -= 1
    window.reverse()
    matches = _role_matches(window)
    out = []
    for k, (start, end, role) in enumerate(matches):
        lo = matches[k - 1][1] if k else 0
        hi = matches[k + 1][0] if k + 1 < len(matches) else len(window)
        gap = window[end:hi]
        if hi < len(window) and (any(t.lower_ in ("to", "for") for t in gap) or (gap and all(t.lower_ in _CONNECTORS for t in gap))):
            continue  # another person's title: "an aide to President X", "the head of President X's office"
        out.append((role, _affiliation(doc, window[lo:start], after=gap)))
    return out


def _retired_mark(doc: Doc, i: int) -> bool:
    """True for a token of "(Rtd)", "(retd.)" between a rank and a name."""
    t = doc[i]
    near = doc[max(0, i - 2) : i + 3].text.lower()
    return (t.text in ("(", ")") or t.lower_.rstrip(".") in _RETIRED) and any(f"({w}" in near for w in _RETIRED)


def person_roles(ent: Span) -> list[tuple[str | None, str | None]]:
    """Every distinct (role, affiliation) read around a person's name: the nearest title first, then
    other stacked titles, a role before a comma, appositions and "who chairs ..." after it."""
    titles = titles_before(ent)
    found = titles[-1:] + titles[:-1]
    found.append(role_before_comma(ent))
    found += appositions_after(ent)
    out: list[tuple[str | None, str | None]] = []
    for role, aff in found:
        if role is None:
            continue
        same = next((k for k, (r, _) in enumerate(out) if r == role), None)
        if same is None:
            out.append((role, aff))
        elif out[same][1] is None:
            out[same] = (role, aff)
    return out


def apposition_after(ent: Span) -> tuple[str | None, str | None]:
    """Return (role, affiliation) from an apposition: "Name, a Nigerian diplomat, ..."."""
    found = appositions_after(ent)
    return found[0] if found else (None, None)


def appositions_after(ent: Span) -> list[tuple[str, str | None]]:
    """The (role, affiliation) pairs read after a name: an apposition ("Name, a Nigerian diplomat,"), a
    second role joined to it by "and" ("X, the head of A and B's chief negotiator,"), a copula ("X is a
    Ruritanian businessman who ...") or a role verb ("X, who chairs the council," -> chair)."""
    doc = ent.doc
    _, sent_end = _sent_bounds(ent)
    i = ent.end
    if i >= sent_end:
        return []
    copula = doc[i].lemma_ == "be" and doc[i].pos_ == "AUX" and i + 1 < sent_end and doc[i + 1].lower_ in ("a", "an", "the")
    if doc[i].text != "," and not copula:
        return _verb_role(doc, i, sent_end)
    seg: list[Token] = []
    for t in doc[i + 1 : min(sent_end, i + 22)]:
        if t.text in (",", ";", "—", "–", "(", ")") or (t.text == "." and t.is_sent_end):
            if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "B" and doc[t.i + 1].ent_type_ == "PERSON" \
                    and not _names_before(doc, i):
                return []  # "A, its director, B": the role is B's (see role_before_comma)
            break
        if copula and t.lower_ in ("who", "that", "which"):
            break
        seg.append(t)
    bare = bool(seg) and seg[0].lower_ not in ("a", "an", "the")
    while seg and seg[0].lower_ in ("a", "an", "the"):
        seg = seg[1:]
    if seg and seg[0].lower_ == "who":
        return _verb_role(doc, seg[0].i + 1, sent_end)
    if seg and seg[0].lower_ in _DESCRIBED and (k := next((k for k, t in enumerate(seg) if t.lower_ == "as"), None)):
        seg = seg[k + 1 :]  # "X, described by the council as a national coordinator of Y,"
        while seg and seg[0].lower_ in ("a", "an", "the"):
            seg = seg[1:]
        bare = False
    if not seg or (seg[0].pos_ in ("VERB", "AUX", "ADP") and seg[0].dep_ not in ("amod", "compound")) \
            or seg[0].lower_ in ("which", "said", "says", "and", "or"):
        return []  # a clause, a prepositional phrase ("X, with deputy Y"), the next item of a list
    every = _role_matches(seg)
    matches = [m for m in every if m[0] <= 6]
    if not matches:
        return []
    start, end, role = matches[0]
    if seg[end - 1].lower_ != _singular(seg[end - 1].lower_) and not (ent.start and doc[ent.start - 1].lower_ == "and"):
        return []  # "X's market, traders said": a plural describes no single person
    if bare and start > 0 and (seg[0].tag_ == "VBG" or (seg[0].is_lower and seg[0].lower_.endswith("ing"))):
        return []  # "X, briefing lawmakers in the capital, ...": a clause ("a ruling party official" is none)
    if any(b < len(seg) and seg[b].ent_type_ == "PERSON" and not any(t.pos_ == "ADP" for t in seg[:a]) for a, b, _ in every):
        return []  # a list of titled names ("X, Attorney General Y and ..."), not an apposition
    ands = [k for k in range(end, len(seg)) if seg[k].lower_ == "and"]
    out = [(role, _affiliation(doc, seg[:start], after=seg[end : ands[-1] if ands else len(seg)]))]
    if ands:  # "the head of A and B's chief negotiator"
        rest = seg[ands[-1] + 1 :]
        more = [m for m in _role_matches(rest) if m[0] <= 4]
        if more:
            a, b, role2 = more[0]
            out.append((role2, _affiliation(doc, rest[:a], after=rest[b:])))
    return out


@cache
def role_verbs() -> dict[str, str]:
    """Verbs that give a role to the person before them (lemma -> role: "chair" -> "chair")."""
    return gz.data_table("role_verbs.tsv")


def _verb_role(doc: Doc, i: int, sent_end: int) -> list[tuple[str, str | None]]:
    """The role of a role verb in the present tense at token ``i`` that takes an object ("heads the agency's
    directorate")."""
    if i + 1 >= sent_end or doc[i].pos_ != "VERB" or doc[i].lemma_.lower() not in role_verbs():
        return []
    if doc[i].tag_ not in ("VBZ", "VBP"):
        return []  # "who chaired the talks": one occasion, no standing role
    nxt = doc[i + 1]
    if not (nxt.lower_ in ("the", "a", "an", "its", "his", "her", "their") or nxt.pos_ == "PROPN"):
        return []  # "heads to Geneva"
    obj = [t for t in doc[i + 1 : min(sent_end, i + 10)] if t.text not in (",", ";", ".")]
    return [(role_verbs()[doc[i].lemma_.lower()], _affiliation(doc, [], after=[doc[i]] + obj))]


def role_before_comma(ent: Span) -> tuple[str | None, str | None]:
    """Return (role, affiliation) from a noun phrase set before the name with a comma: "the head
    of the national bank, X", "Kenya's foreign minister, X, said". The name must close the apposition
    (a comma, "and", "or" or the sentence end follows), so "After meeting the president, X said" is none."""
    doc = ent.doc
    sent_start, sent_end = _sent_bounds(ent)
    i = ent.start - 1
    while i > sent_start and _title_word(doc, i):
        i -= 1  # "The army spokesman, Colonel X", "the mediator, former Ruritanian minister X"
    if i <= sent_start or doc[i].text != ",":
        return None, None
    nxt = doc[ent.end] if ent.end < sent_end else None
    first = next((k for k in range(i - 1, max(sent_start, i - _PRE_APPOSITION_WORDS) - 1, -1) if doc[k].text == ","), None)
    if first is not None and _names_before(doc, first):
        return None, None  # "A, the group's leader in B, C, ...": the apposition is A's
    if nxt is not None and not (nxt.text in (",", ".", ";") or nxt.lower_ in ("and", "or")):
        return None, None
    seg: list[Token] = []
    j = i - 1
    while j >= sent_start and len(seg) < _PRE_APPOSITION_WORDS:
        t = doc[j]
        if t.ent_type_ == "PERSON" or (t.is_punct and t.text not in ("'s", "’s", "-", ".")):
            break
        if t.pos_ in ("VERB", "AUX") and _singular(t.lower_) not in role_words():  # "managing" may be tagged VERB
            break
        if t.pos_ == "ADP" and t.lower_ not in _CONNECTORS | {"in", "at", "on"}:
            break
        if t.lower_ in ("and", "or") and not (seg and seg[-1].text[:1].isupper() and doc[j - 1].text[:1].isupper()):
            break  # "of A and B" joins names; otherwise "and" starts another phrase
        seg.append(t)
        j -= 1
    seg.reverse()
    matches = _role_matches(seg)
    if not matches:
        return None, None
    start, end, role = matches[0]
    return role, _affiliation(doc, seg[:start], after=seg[end:])


@cache
def _honorific_words() -> frozenset[str]:
    """Every word of the honorifics that lead names ("Tan Sri", "Daw"), lowercase."""
    return frozenset(w for h in gz.data_words("name_honorifics.txt") for w in h.split())


def _names_before(doc: Doc, comma: int) -> bool:
    """True when the apposition opened by the comma at ``comma`` describes the person named right before it: a
    PERSON ends there and the apposition starts with an article ("A, the group's leader, B" is A's; "A, her
    deputy, B" is B's)."""
    return comma > 0 and doc[comma - 1].ent_type_ == "PERSON" and comma + 1 < len(doc) \
        and doc[comma + 1].lower_ in ("the", "a", "an")


def _title_word(doc: Doc, i: int) -> bool:
    """True for a word of a title or honorific between an apposition's comma and the name."""
    t = doc[i]
    return (
        _singular(t.lower_).rstrip(".") in role_words()
        or t.lower_ in _FORMER
        or t.lower_.rstrip(".") in _honorific_words()
        or t.text in (".", "-")
        or _retired_mark(doc, i)
        or (t.text[:1].isupper() and bool(gz.state_for(t.text)))
    )


def _affiliation(doc: Doc, before: list[Token], after: list[Token]) -> str | None:
    """The nearest state or organization before the role, else one after "of"/"at"/"for"/"with"."""
    for span in reversed(_aff_spans(before)):
        return span
    for k, t in enumerate(after):
        if t.lower_ in ("of", "at", "for", "with") and k + 1 < len(after):
            spans = _aff_spans(after[k + 1 :])
            if spans:
                return spans[0]
    return None


def _aff_spans(tokens: list[Token]) -> list[str]:
    """Texts of the affiliation-like entities (or bare demonyms/states) among ``tokens``."""
    out: list[str] = []
    seen: set[int] = set()
    doc_ents = {t.i: t for t in tokens}
    for t in tokens:
        if t.i in seen:
            continue
        if t.ent_type_ in _AFF_LABELS:
            ent = next(e for e in t.doc.ents if e.start <= t.i < e.end)
            if all(k in doc_ents for k in range(ent.start, ent.end)):
                out.append(ent.text)
                seen.update(range(ent.start, ent.end))
        elif t.text[:1].isupper() and gz.state_for(t.text):
            out.append(t.text)
    return out


def _plural_apposition_of_next(ent: Span) -> list[tuple[str, str | None]]:
    """The roles of a plural apposition after the next name when "and" joins them: "A and B, officials of the
    ministry," gives A the role "official" too."""
    doc = ent.doc
    _, sent_end = _sent_bounds(ent)
    if ent.end + 2 >= sent_end or doc[ent.end].lower_ != "and" or doc[ent.end + 1].ent_iob_ != "B" \
            or doc[ent.end + 1].ent_type_ != "PERSON":
        return []
    nxt = next(e for e in doc.ents if e.start == ent.end + 1)
    found = appositions_after(nxt)
    if not found or nxt.end + 1 >= sent_end:
        return []
    words = [t.lower_ for t in doc[nxt.end + 1 : min(sent_end, nxt.end + 8)]]
    plural = found[0][0].split()[-1] + "s"
    return found[:1] if plural in words else []


def _coordinated(doc: Doc, prev: Mention, ent: Span) -> bool:
    """True for "Title A and B": B follows A with only "and" between and A's title was plural."""
    if prev.role is None or ent.start < 2:
        return False
    between = doc.text[prev.end : ent.start_char].strip().lower()
    if between not in ("and", ", and", ","):
        return False
    title = doc.text[max(0, prev.start - 60) : prev.start].lower()
    return (prev.role.split()[-1] + "s") in title
