"""The roles read after a person's name, and every role of a name (:func:`person_roles`).

  * an apposition after it, also after an age or a record's birth field ("X, DOB 1/5/1960, former head of Y"): "X, a
    Nigerian diplomat,", "X, the head of the U.N.'s refugee agency", with a second role after "and" ("X, the head of A
    and B's chief negotiator,") or "described as" ("X, a businessman the Treasury described as a key financier,"), "X,
    described ... as a <role>";
  * a copula or relative clause ("X is a Ruritanian businessman who ...", "X, a trader, is the owner of Y", "X, who
    is the bloc's president,", "X, who serves as ...", "X, whom it described as a <role>", "X is a trader who has
    served as a <role>") or a role verb ("X, who chairs the council," -> chair; ``kg/data/role_verbs.tsv``);
  * "who calls himself <role>"; a body "chaired by" the name ("a group chaired by X" -> chair); a plural role the name is one of ("the
    mediators, including X," -> mediator);
  * a person who led a delegation is its head, whatever office the name also has ("the team was headed by X" -> "head
    of team").
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.events_delegation_people import team_before
from kg.mentions_records import after_age_or_birth, record_role
from kg.mentions_titles import (KIN, affiliation, names_before, role_before_comma, role_matches, roles, sent_bounds,
                                singular, titles_before)

_DESCRIBED = frozenset({"described", "identified", "named", "designated", "listed"})
_DELEGATIONS = {"delegation": "delegation", "side": "delegation", "team": "team", "panel": "panel"}
_OFFICE_VERBS = frozenset({"serve", "appoint", "name", "elect", "become", "swear", "act", "remain", "nominate"})
_LED_BODIES = frozenset({"party", "government", "panel"})  # headed by their leader, or a delegation (delegation_head)


def person_roles(ent: Span) -> list[tuple[str | None, str | None]]:
    """Every distinct (role, affiliation) read around a person's name: the nearest title first, then
    other stacked titles, a role before a comma, appositions and "who chairs ..." after it."""
    titles = titles_before(ent)
    found = titles[-1:] + titles[:-1]
    found.append(role_before_comma(ent))
    found += appositions_after(ent)
    found += copula_after_apposition(ent) + relative_after_copula(ent)
    found += chair_of_body(ent)
    found += one_of_several(ent)
    found += record_role(ent)
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


def appositions_after(ent: Span) -> list[tuple[str, str | None]]:
    """The (role, affiliation) pairs read after a name: an apposition ("Name, a Nigerian diplomat,"), a
    second role joined to it by "and" ("X, the head of A and B's chief negotiator,"), a copula ("X is a
    Ruritanian businessman who ...") or a role verb ("X, who chairs the council," -> chair)."""
    doc = ent.doc
    _, sent_end = sent_bounds(ent)
    name_end = after_short_form(ent, sent_end)
    i = after_age_or_birth(doc, name_end, sent_end)
    if i >= len(doc):
        return []
    if i >= sent_end:  # a birth field in parentheses the parser split: the apposition's sentence after it
        sent_end = doc[i].sent.end if doc.has_annotation("SENT_START") else len(doc)
    copula = doc[i].lemma_ == "be" and doc[i].pos_ == "AUX" and i + 1 < sent_end and doc[i + 1].lower_ in ("a", "an", "the")
    if doc[i].text != "," and not (i > name_end and doc[i].text == ";") and not copula:
        return _verb_role(doc, i, sent_end)
    seg: list[Token] = []
    for t in doc[i + 1 : min(sent_end, i + 22)]:
        if t.text in (",", ";", "—", "–", "(", ")") or (t.text == "." and t.is_sent_end):
            if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "B" and doc[t.i + 1].ent_type_ == "PERSON" \
                    and not names_before(doc, i):
                return []  # "A, its director, B": the role is B's (see role_before_comma)
            break
        if copula and t.lower_ in ("who", "that", "which"):
            break
        seg.append(t)
    bare = bool(seg) and seg[0].lower_ not in ("a", "an", "the")
    while seg and seg[0].lower_ in ("a", "an", "the"):
        seg = seg[1:]
    if seg and seg[0].lemma_.lower() in KIN:
        return []  # "X, the sister of the leader,": the role is the leader's
    if seg and (rest := _relative_role(seg)) is not None:
        seg, bare = rest, False
        while seg and seg[0].lower_ in ("a", "an", "the"):
            seg = seg[1:]
    elif seg and seg[0].lower_ == "who":
        return _verb_role(doc, seg[0].i + 1, sent_end)
    if seg and seg[0].lower_ in _DESCRIBED and (k := next((k for k, t in enumerate(seg) if t.lower_ == "as"), None)):
        seg = seg[k + 1 :]  # "X, described by the council as a national coordinator of Y,"
        while seg and seg[0].lower_ in ("a", "an", "the"):
            seg = seg[1:]
        bare = False
    if not seg or (seg[0].pos_ in ("VERB", "AUX", "ADP") and seg[0].dep_ not in ("amod", "compound")
                   and not _capital_title(seg)) or seg[0].lower_ in ("which", "said", "says", "and", "or"):
        return []  # a clause, a prepositional phrase ("X, with deputy Y"), the next item of a list
    every = role_matches(seg)
    matches = [m for m in every if m[0] <= 6]
    if not matches:
        return []
    start, end, role = matches[0]
    if seg[end - 1].lower_ != singular(seg[end - 1].lower_) and not (ent.start and doc[ent.start - 1].lower_ == "and"):
        return []  # "X's market, traders said": a plural describes no single person
    if bare and start > 0 and (seg[0].tag_ == "VBG" or (seg[0].is_lower and seg[0].lower_.endswith("ing"))):
        return []  # "X, briefing lawmakers in the capital, ...": a clause ("a ruling party official" is none)
    if any(b < len(seg) and seg[b].ent_type_ == "PERSON" and not any(t.pos_ == "ADP" and (t.lower_ != "of" or not bare)
                                                                    for t in seg[:a]) for a, b, _ in every):
        return []  # a list of titled names ("X, Attorney General Y and ..."), not an apposition
    ands = [k for k in range(end, len(seg)) if seg[k].lower_ == "and"]
    out = [(role, affiliation(doc, seg[:start], after=seg[end : ands[-1] if ands else len(seg)]))]
    if ands:  # "the head of A and B's chief negotiator"
        rest = seg[ands[-1] + 1 :]
        more = [m for m in role_matches(rest) if m[0] <= 4]
        if more:
            a, b, role2 = more[0]
            out.append((role2, affiliation(doc, rest[:a], after=rest[b:])))
    k = next((k for k in range(end, len(seg) - 1) if seg[k].lower_ in _DESCRIBED and seg[k + 1].lower_ == "as"), None)
    if k is not None:  # "X, a businessman the Treasury described as a key financier of Y,"
        rest = seg[k + 2 :]
        more = [m for m in role_matches(rest) if m[0] <= 4]
        if more and more[0][2] != role:
            a, b, role2 = more[0]
            out.append((role2, affiliation(doc, rest[:a], after=rest[b:])))
    return out


def _capital_title(seg: list[Token]) -> bool:
    """True when a capitalised role opens the words ("Under Secretary for X", whose "Under" is tagged a preposition)."""
    return seg[0].is_title and any(m[0] == 0 for m in role_matches(seg))


def after_short_form(ent: Span, sent_end: int) -> int:
    """The token after a name and a short parenthesis after it: the short form a text defines ("Jane Roe Doe (Doe) is
    ..."), a caption's "(pictured)", a party and state ("(R-Texas)")."""
    doc, i = ent.doc, ent.end
    close = next((k for k in range(i + 1, min(sent_end, i + 6)) if doc[k].text in (")", ",", "(")), None)
    if i < sent_end and doc[i].text == "(" and close and close > i + 1 and doc[close].text == ")":
        return close + 1
    return i


def delegation_head(ent: Span) -> list[tuple[str, str | None]]:
    """"head of delegation" (or "team", "panel") for the person a delegation is led or headed by, beside any office
    the name also has: "the rebels' team was headed by X", "the team, led by its deputy chairman, X,", "It is led by
    X" after a sentence on the delegation, "X, who led the army delegation", "X, the chief negotiator, headed his
    country's team"."""
    t = ent.root
    while t.dep_ == "appos":  # "by its chief negotiator, X": the name stands for the noun it renames
        t = t.head
    verb = _leading_verb(t)
    if verb is not None:
        body = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if body is not None and body.lower_ == "it":
            body = team_before(body)
    else:  # the person leads: "X led the delegation", "X, who headed the team,"
        verbs = [c for c in t.children if c.dep_ == "relcl"] + ([t.head] if t.dep_ == "nsubj" else [])
        body = next((o for v in verbs if v.lemma_.lower() in ("lead", "head") for o in v.children
                     if o.dep_ == "dobj" and o.lower_ in _DELEGATIONS), None)
    if body is None or body.lower_ not in _DELEGATIONS:
        return []
    return [(f"head of {_DELEGATIONS[body.lower_]}", None)]


def _leading_verb(t: Token) -> Token | None:
    """The passive "led"/"headed" whose "by" phrase holds ``t`` (also when the parser hangs the name under a title
    word right after "by": "led by Under Secretary X")."""
    for _ in range(3):
        if t.dep_ not in ("pobj", "agent", "prep") or t.head.i == t.i:
            return None
        below, t = t, t.head
        if t.lemma_.lower() in ("lead", "head"):
            by = t.doc[below.i - 1] if below.i else below
            return t if below.dep_ == "agent" or (by.dep_ == "agent" and by.head.i == t.i) else None
    return None


def copula_after_apposition(ent: Span) -> list[tuple[str, str | None]]:
    """The role a copula gives a name after its apposition: "X, a Ruritanian businessman, is the sole director of Y"
    -> director."""
    doc = ent.doc
    _, sent_end = sent_bounds(ent)
    i = after_short_form(ent, sent_end)
    if i >= sent_end or doc[i].text != ",":
        return []
    c = next((t.i for t in doc[i + 1 : min(sent_end, i + 12)] if t.text == ","), None)
    if c is None or c + 3 >= sent_end or doc[c + 1].lower_ != "is" or doc[c + 2].lower_ not in ("a", "an", "the"):
        return []
    seg: list[Token] = []
    for t in doc[c + 3 : min(sent_end, c + 14)]:
        if t.is_punct or t.lower_ in ("who", "that", "which"):
            break
        seg.append(t)
    matches = [m for m in role_matches(seg) if m[0] <= 3]
    if not matches:
        return []
    a, b, role = matches[0]
    return [(role, affiliation(doc, seg[:a], after=seg[b:]))]


def relative_after_copula(ent: Span) -> list[tuple[str, str | None]]:
    """The role a relative clause after a copula gives a name: "X is a businessman who has served as a principal fuel
    importer" -> importer."""
    doc = ent.doc
    _, sent_end = sent_bounds(ent)
    i = after_short_form(ent, sent_end)
    if i + 2 >= sent_end or doc[i].lower_ != "is" or doc[i + 1].lower_ not in ("a", "an", "the"):
        return []
    stops = (",", ";", ".", "(", ")", "—", "–")
    who = next((t.i for t in doc[i + 2 : min(sent_end, i + 12)] if t.lower_ == "who" or t.text in stops), None)
    if who is None or doc[who].lower_ != "who":
        return []
    seg = list(doc[who : min(sent_end, who + 14)])
    seg = seg[: next((k for k, t in enumerate(seg) if t.text in stops), len(seg))]
    rest = _relative_role(seg)
    while rest and rest[0].lower_ in ("a", "an", "the"):
        rest = rest[1:]
    matches = [m for m in role_matches(rest or []) if m[0] <= 3]
    if not matches:
        return []
    a, b, role = matches[0]
    return [(role, affiliation(doc, rest[:a], after=rest[b:]))]


def one_of_several(ent: Span) -> list[tuple[str, str | None]]:
    """The role of a plural role noun a name is one of: "the national mediators, including the Reverend X," ->
    mediator."""
    t = ent.root
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "including" or prep.head.tag_ != "NNS":
        return []
    role = singular(prep.head.lower_)
    return [(role, None)] if role != prep.head.lower_ and role in roles() else []


def chair_of_body(ent: Span) -> list[tuple[str, str | None]]:
    """The role of the person a body is chaired or headed by: "a mediation group chaired by X", "The group, chaired by a
    former minister, X,", "The A commission is chaired by X and the B commission by Y" -> chair; "the Water Commission
    was headed by X" -> head. Talks or a meeting chaired by X tell of one occasion, no role; a party or a government
    headed by X tells of its leader."""
    t = ent.root
    while t.dep_ == "appos" and t.head.i != t.i and t.head.lower_ not in gz.data_words("org_words.txt"):
        t = t.head
    if t.dep_ == "appos":  # "The group, chaired by a former judge, X,": the parser hangs X on the body
        body = t.head
        verb = next((c for c in body.children if c.dep_ == "acl" and c.i < t.i), None)
        agents = [w for c in (verb.children if verb is not None else ()) if c.dep_ == "agent" for w in c.children]
        if any(w.ent_type_ == "PERSON" for w in agents):
            return []  # "The council, chaired by Jane Doe, ... its spokesman, X,"
    elif t.dep_ == "pobj" and t.head.dep_ == "agent":  # "a group chaired by X", "The group is chaired by X"
        verb = t.head.head
        body = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    elif t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.dep_ == "conj":
        body = t.head.head  # "A is chaired by X and the other body by Y": the verb is A's
        head = body
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "agent" else None
    else:
        return []
    lemma = verb.lemma_.lower() if verb is not None else ""
    if body is None or lemma not in ("chair", "head") or body.lower_ not in gz.data_words("org_words.txt") \
            or (lemma == "head" and body.lower_ in _LED_BODIES) or not any(c.dep_ == "agent" for c in verb.children):
        return []
    return [(role_verbs()[lemma], None)]


def _relative_role(seg: list[Token]) -> list[Token] | None:
    """The words naming a role in a relative clause after a name: after "who" and a copula or a verb of office ("who
    is", "who was", "who has been", "who serves as", "who was appointed", "who was sworn in as"), "who calls himself",
    "whom <they> described as", "whom <they> named"; None for another clause."""
    if len(seg) > 3 and seg[0].lower_ == "who" and seg[1].lower_ in ("calls", "styles", "describes") \
            and seg[2].lower_ in ("himself", "herself"):
        return seg[4:] if seg[3].lower_ == "as" else seg[3:]  # "X, who calls himself deputy prime minister of Y,"
    if len(seg) > 2 and seg[0].lower_ == "who":
        return _after_copula_or_office(seg)
    k = next((k for k, t in enumerate(seg) if t.lower_ in _DESCRIBED), None)
    if seg[0].lower_ == "whom" and k:  # "X, whom it described as a plaza boss,", "X, whom the junta named minister"
        return seg[k + 2 :] if k + 1 < len(seg) and seg[k + 1].lower_ == "as" else seg[k + 1 :]
    return None


def _after_copula_or_office(seg: list[Token]) -> list[Token] | None:
    """The words after "who", its auxiliaries and a verb of office ("who was appointed", "who has served as", "who was
    sworn in as"), or after a copula alone ("who is", "who has been"); None when no such verb opens the clause."""
    i = 1
    while i < len(seg) and seg[i].pos_ == "AUX":
        i += 1
    if i < len(seg) and seg[i].lemma_.lower() in _OFFICE_VERBS:
        i += 1
        i += int(i < len(seg) and seg[i].lower_ == "in")  # "sworn in as"
        return seg[i + int(i < len(seg) and seg[i].lower_ == "as") :]
    return seg[i:] if any(t.lemma_ == "be" for t in seg[1:i]) else None


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
    return [(role_verbs()[doc[i].lemma_.lower()], affiliation(doc, [], after=[doc[i]] + obj))]


def plural_apposition_of_next(ent: Span) -> list[tuple[str, str | None]]:
    """The roles of a plural apposition after the next name when "and" joins them: "A and B, officials of the
    ministry," gives A the role "official" too."""
    doc = ent.doc
    _, sent_end = sent_bounds(ent)
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
