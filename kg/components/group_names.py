"""Names of groups and bodies the model cuts: groups of states written with a plus, which the tokenizer splits and
the model leaves untagged ("the P5+1", "the 5+2 talks", "the 5+5 Joint Military Commission", joined to the body's
name after it), a body "<noun> for/on <field> in <continent>" whose continent the model tags apart, and a
movement's name in a language the model does not know, untagged before the kind of group it is ("the Forces
Nouvelles rebels", "a Frente Amplio delegation")."""
from __future__ import annotations

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from kg import gazetteer as gz
from kg.components.person_cues import Ent, org_word
from kg.components.roles import role_words
from kg.token_scan import where_in, where_string


def plus_groups(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """``spans`` with an ORG span for each group name written "<letters or digits>+<digits>" with no space inside,
    joined to an ORG span right after it ("5+5 | Joint Military Commission")."""
    out = list(spans)
    for i in where_string(doc, ORTH, "+".__eq__):  # the few "+" tokens, not a walk of every token
        if not 0 < i < len(doc) - 1 or not _plus_group(doc, i):
            continue
        s, e = i - 1, i + 2
        if any(a < e and s < b for a, b, _ in out):
            continue
        after = next((x for x in out if x[0] == e and x[2] == "ORG" and doc[e - 1].whitespace_), None)
        if doc[s].text.isdigit() and not after and not (s and doc[s - 1].lower_ == "the"):
            continue  # "scored 3+4": a sum; "the 5+2 talks", "5+5 Joint Military Commission": a group
        if after:
            out = [x for x in out if x != after] + [(s, after[1], "ORG")]
        else:
            out.append((s, e, "ORG"))
    return sorted(out)


def _plus_group(doc: Doc, i: int) -> bool:
    """True for a "+" at ``i`` between a word with a digit or in capitals and a number, with no space between:
    "P5+1", "5+5", "G7+3"."""
    left, right = doc[i - 1], doc[i + 1]
    return doc[i].text == "+" and not left.whitespace_ and not doc[i].whitespace_ and right.text.isdigit() \
        and (left.text.isdigit() or (left.text[:1].isupper() and any(ch.isdigit() for ch in left.text))) \
        and len(left.text) <= 3 and len(right.text) <= 2


def regional_bodies(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """An ORG named "<noun> for/on <field>" takes in the continent after "in": "the Organization for Security and
    Co-operation in Europe", "the Conference on Interaction and Confidence-Building Measures in Asia"."""
    regions = {s: e for s, e, lab in spans if lab in ("LOC", "GPE") and s > 1 and doc[s - 1].lower_ == "in"
               and (place := gz.lookup_place(doc[s:e].text)) is not None and place.kind == "continent"}
    joined = {e + 1 for s, e, lab in spans if lab == "ORG" and e + 1 in regions
              and any(t.lower_ in ("for", "on") for t in doc[s + 1:e - 1])}
    return [(s, regions[e + 1] if e + 1 in joined else e, lab) for s, e, lab in spans if s not in joined]


#: Lowercase nouns of the group a name before them stands for ("the X rebels", "a X delegation").
_GROUP_NOUNS = frozenset({"rebels", "rebel", "movement", "delegation", "delegations", "negotiators", "fighters",
                          "militia", "militias", "guerrillas", "insurgents", "separatists", "coalition", "alliance",
                          "leadership", "side", "team"})
_GROUP_WORDS = 4


def untagged_groups(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """``spans`` with an ORG span for 2-4 capitalised words between an article and a group noun that include an
    organization's word ("the Forces Nouvelles rebels"), in place of the pieces the model tagged inside them: a body
    whose name the model did not know."""
    out = list(spans)
    for i in where_in(doc, LOWER, _GROUP_NOUNS):  # the few group nouns, not a walk of every token
        if i < 3:
            continue
        s = i
        while s > 0 and i - s < _GROUP_WORDS and doc[s - 1].is_title:
            s -= 1
        inside = [x for x in out if x[0] < i and s < x[1]]
        if i - s < 2 or doc[s - 1].lower_ not in ("the", "a", "an") or not any(org_word(w.lower_) for w in doc[s:i]) \
                or any(w.lower_ in role_words() or gz.state_for(w.text) for w in doc[s:i]) \
                or any(a < s or b > i or lab == "ORG" for a, b, lab in inside):
            continue
        out = [x for x in out if x not in inside] + [(s, i, "ORG")]
    return sorted(out)
