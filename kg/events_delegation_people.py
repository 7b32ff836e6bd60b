"""Who is in a delegation list: the people a list names (its items, the names around them, a given name as its
fuller form), and the parts of the parse a list is read from (its subject, by-phrases and items). The side a
list stands for is read by kg.events_delegation_sides."""
from __future__ import annotations

from typing import NamedTuple

import re

from spacy.tokens import Doc, Token

from kg.components.roles import role_words
from kg.doc_cache import ents
from kg.events_common import MentionIndex, name_span
from kg.events_lexicon import state_of
from kg.events_negotiation_words import TITLE_NOUNS
from kg.gazetteer import data_words

DELEGATION_NOUNS = frozenset({"delegation", "side", "team", "delegate", "negotiator", "panel", "mission"})
COMPANY_PREPS = frozenset({"with", "alongside", "including"})  # "led by A, with B" / "alongside B"
_RELATIVES = frozenset({"which", "that", "who"})
_OWN_PREPS = frozenset({"of", "from"})  # "the delegation of X", "a team from X"
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "acl", "parataxis", "appos"})
_WINDOW_STOPS = frozenset({";", ":", "who", "which", "that", "while", "whereas", "but"})


class Listed(NamedTuple):
    """A member of a delegation as a list gives them: the side, the person, whether the list is in the future tense
    ("will be led by A"), and where the list's verb is (a character offset)."""

    side: str
    person: str
    future: bool
    at: int


def full_name(name: str, index: MentionIndex) -> str:
    """A one-word given name as the one fuller person name of the article it opens ("Mr A" -> "A B"), else as
    is (a surname is left to the resolver, which links surnames)."""
    if " " in name:
        return name
    full = {m.text for m in index.mentions if m.type == "Person" and " " in m.text and m.text.split()[0] == name}
    return full.pop() if len(full) == 1 else name


def window_people(obj: Token, index: MentionIndex, stop: int | None = None) -> list[str]:
    """The people named from the start of a list to the end of its clause, read by position rather than
    by the parse: long titles in lists ("Additional Secretary (West Asia) Ms. A and Inspector General B")
    often break the parse, and a list runs until a verb, a semicolon or a relative word ends it (or ``stop``,
    where the list of another side begins)."""
    doc, end = obj.doc, obj.sent.end
    while end < len(doc) and ((doc[end - 1].is_punct and doc[end - 1].text not in {".", "!", "?", "\n"}
                               and not doc[end - 1].is_space) or _abbreviation_cut(doc, end)):
        end = doc[end].sent.end  # the parser cut the list after a parenthesis or an abbreviation ("Gen."): read on
    names: list[str] = []
    skip_to = -1
    for t in doc[obj.left_edge.i : min(end, stop or end)]:
        if t.i < skip_to:
            continue
        if t.lower_ in {"who", "which"} and t.head.dep_ == "relcl" and t.head.head.i < t.i \
                and people_at(t.head.head, index) and t.head.right_edge.i + 1 < end \
                and doc[t.head.right_edge.i + 1].text == ",":
            skip_to = t.head.right_edge.i + 1  # "A, who heads X, and B": the list goes on after the clause
            continue
        if t.lower_ in _WINDOW_STOPS or (t.pos_ in {"VERB", "AUX"} and not t.ent_type_ and t.i > obj.i
                                         and t.dep_ != "amod"):  # not "London-based"
            break
        m = index.at(t)
        if m is None or m.type != "Person" or portfolio(t):
            continue
        after = doc.char_span(m.start, m.end, alignment_mode="expand")
        if after is not None and after.end < len(doc) and doc[after.end].tag_ == "POS":
            continue  # "officials from President X's office": X qualifies the list, is not in it
        if after is not None and _described_by(after.root):
            continue  # "A, the special envoy of President X,": X describes A, is not in the list
        name = name_span(t, index)[0]
        if name not in names:
            names.append(name)
    return names


def _described_by(root: Token) -> bool:
    """True for the person of an of/to/for phrase on a title apposed to a list item ("A, the envoy of President
    X", "B, an adviser to X"): the phrase describes the item."""
    prep = root.head
    return root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in {"of", "to", "for"} \
        and prep.head.pos_ == "NOUN" and prep.head.dep_ == "appos" and prep.head.lemma_.lower() not in DELEGATION_NOUNS


def portfolio(tok: Token) -> bool:
    """True for the portfolio of a title, not a person: a name that runs into a title word ("Water, Mining
    and Energy Minister A") or hangs in a title's of/for phrase ("Minister of State for Harbour Affairs")."""
    doc = tok.doc
    ent = next((e for e in ents(doc) if e.start <= tok.i < e.end), None) if tok.ent_type_ else None
    end = ent.end if ent is not None else tok.i + 1
    if end < len(doc) and doc[end].lower_ in TITLE_NOUNS:
        return True
    start = ent.start if ent is not None else tok.i
    if start > 0 and doc[start - 1].pos_ == "PROPN":
        return False  # "Secretary for Port Affairs A B": the holder named after the portfolio
    t, through = tok, False
    for _ in range(4):
        if t.dep_ not in {"pobj", "prep", "compound", "conj"} or t.head.i == t.i:
            return False
        through |= t.dep_ == "prep"
        t = t.head
        if through and t.lower_ in TITLE_NOUNS:
            return True  # not "Minister A", a title before its holder
    return False


def _abbreviation_cut(doc: Doc, end: int) -> bool:
    """True when the sentence ending before ``end`` ends in a short capitalised word and a full stop and the
    next one opens with a name: the parser took an abbreviation ("Col.", "Ma.") for a sentence end."""
    if end < 3 or end >= len(doc) or doc[end - 1].text != ".":
        return False
    word = doc[end - 2]
    return word.is_title and len(word.text) <= 3 and doc[end - 3].pos_ == "PROPN" and doc[end].pos_ == "PROPN"


def people_at(tok: Token, index: MentionIndex) -> list[tuple[Token, str]]:
    """(token, name) of the person mention ``tok`` is part of, if it is one."""
    m = index.at(tok)
    if (m is not None and m.type == "Person") or (m is None and tok.ent_type_ == "PERSON"):
        return [(tok, name_span(tok, index)[0])]
    if tok.pos_ == "PROPN" and tok.text in surnames(index):
        return [(tok, tok.text)]  # a surname the model typed as something else
    return []


def leader_at(subj: Token, index: MentionIndex) -> list[tuple[Token, str]]:
    """The person a list's subject names: its own name, or for "he"/"she" the person named last before it in
    its sentence or the one before ("... headed by A. She arrived with B": A)."""
    if found := people_at(subj, index):
        return found
    if subj.lower_ not in {"he", "she"}:
        return []
    doc = subj.doc
    start = doc[subj.sent.start - 1].sent.start if subj.sent.start > 0 else 0
    for t in reversed(doc[start : subj.i]):
        if found := people_at(t, index):
            return found
    return []


def surnames(index: MentionIndex) -> set[str]:
    return {m.text.split()[-1] for m in index.mentions if m.type == "Person"}


def agents_of(verb: Token) -> list[Token]:
    """The by-phrases of ``verb``: its agent, or a "by" the parser hung lower ("joined at the talks by A")."""
    out = [c for c in verb.children if c.dep_ == "agent"]
    if not out:
        out = [t for t in verb.subtree if t.lower_ == "by" and t.dep_ == "prep"
               and not any(a.dep_ in CLAUSE_DEPS for a in t.ancestors if a.i != verb.i and verb in a.ancestors)]
    return out[:1]


def list_items(tok: Token) -> list[Token]:
    """A list's items: ``tok`` (or the object of the preposition ``tok``) and its conjuncts."""
    first = next((c for c in tok.children if c.dep_ == "pobj"), tok) if tok.dep_ in {"agent", "prep"} else tok
    return [first, *first.conjuncts]


def people_at_item(item: Token, index: MentionIndex) -> list[tuple[Token, str]]:
    """The person a list item names: the item itself, else a person apposed to it ("the minister, A")."""
    if found := people_at(item, index):
        return found
    return [p for c in item.children if c.dep_ == "appos" for p in people_at(c, index)][:1]


def subject_of(verb: Token) -> Token | None:
    """The subject of a delegation verb: its own (a relative pronoun stands for the noun it follows), the
    noun an ``acl`` verb modifies ("a team led by"), or the subject a conjoined verb shares."""
    v = verb
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            s = subj[0]
            return _relative_head(v) if s.lower_ in _RELATIVES and v.dep_ == "relcl" else s
        if v.dep_ == "acl" and v.head.lemma_.lower() in DELEGATION_NOUNS:
            return v.head
        if v.dep_ != "conj":
            return None
        v = v.head
    return None


def _relative_head(verb: Token) -> Token:
    """The noun a relative clause stands for: the one it follows, but the team, not its leader, for a list verb
    the parser hung on the leader ("a team led by A, which included B")."""
    head = verb.head
    if verb.lemma_.lower() in {"include", "comprise"} and head.dep_ == "pobj" and head.head.dep_ == "agent" \
            and head.head.head.dep_ == "acl" and head.head.head.head.lemma_.lower() in DELEGATION_NOUNS:
        return head.head.head.head
    return head


def own_tokens(top: Token) -> list[Token]:
    """``top``'s subtree without its clauses, appositions and prepositional phrases other than of/from."""
    out = []
    for t in top.subtree:
        u, inside = t, True
        while u.i != top.i:
            if u.dep_ in CLAUSE_DEPS or (u.dep_ == "prep" and u.lower_ not in _OWN_PREPS) or u.dep_ == "agent":
                inside = False
                break
            u = u.head
        if inside:
            out.append(t)
    return out


def initials(name: str) -> str:
    """The acronym of a multi-word name, lowercase function words skipped ("Movimiento Revolucionario de Liberación" -> "MRL")."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _attached(tok: Token, item: Token) -> bool:
    """True when ``tok`` only qualifies a list item ("officials from President X's office"): it sits in a
    possessive or a clause below ``item`` (an apposition, or a name the parser hung on "ambassador to",
    still names the item)."""
    t = tok
    while t.i != item.i:
        if t.dep_ in {"poss", "relcl", "acl", "advcl"}:
            return True
        t = t.head
    return False


def listed_people(obj: Token, index: MentionIndex) -> list[str]:
    """The people a list ("A, B, and lawmaker C", "its chief, A, alongside B") names: per item its person
    mention or entity, else its proper-noun head (a delegation list lists people)."""
    first = next((c for c in obj.children if c.dep_ == "pobj"), obj) if obj.dep_ in {"agent", "prep"} else obj
    names: list[str] = []
    for item in [first, *first.conjuncts]:
        company = [c for c in item.children if c.dep_ == "prep" and c.lower_ in COMPANY_PREPS]
        nested = {t.i for c in item.children if c.dep_ == "conj" or c in company for t in c.subtree}
        found = None
        for t in (t for t in item.subtree if t.i not in nested and not _attached(t, item)):
            m = index.at(t)
            if (m is not None and m.type == "Person") or (m is None and t.ent_type_ == "PERSON"):
                found = name_span(t, index)[0]
                break
        if found is None and item.pos_ == "PROPN" and not state_of(item.text) and item.ent_type_ not in {"GPE", "LOC"} \
                and item.lower_ not in data_words("international_bodies.txt") \
                and item.lower_ not in role_words() | data_words("org_words.txt") and not portfolio(item):
            found = item.text  # a name the model left untagged, not a title ("the Ambassador") or a body ("the EU")
        if found is None:  # "A and the governor of X, B": the parser hung B on A, after this item
            found = next((p for prev in [first, *first.conjuncts] if prev.i < item.i for c in prev.children
                          if c.dep_ == "appos" and c.i > item.i for _, p in people_at(c, index)), None)
        if found and found not in names:
            names.append(found)
        for prep in company:
            names += [n for n in listed_people(prep, index) if n not in names]
    return names


def team_before(it: Token) -> Token | None:
    """The delegation noun that "it" stands for: the last one of the sentence before, no noun outside its phrase
    (names, places and days aside) coming after it ("X named its delegation for the talks. It is led by A")."""
    sent = it.sent
    if sent.start == 0:
        return None
    words = [*it.doc[sent.start - 1].sent, *it.doc[sent.start : it.i]]
    team = next((t for t in reversed(words) if t.lemma_.lower() in DELEGATION_NOUNS and t.pos_ == "NOUN"), None)
    if team is None or any(t.i > team.i and t.pos_ in {"NOUN", "PROPN"} and not t.ent_type_
                           and team not in t.ancestors for t in words):
        return None
    return team
