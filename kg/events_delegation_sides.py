"""The side a delegation phrase or a person stands for ("the X delegation", "the government side", "X's team",
"Kenya's Trade Minister A"), read from the parse and mapped onto the article's parties."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.components.roles import role_words
from kg.events_common import MentionIndex, doc_text, name_span, party_of
from kg.events_delegation_people import CLAUSE_DEPS, DELEGATION_NOUNS, initials, own_tokens, people_at, surnames
from kg.events_lexicon import state_of, words
from kg.gazetteer import community_of, data_words

_GOVERNMENT_WORDS = frozenset({"government", "administration", "cabinet", "federal"})  # "the federal delegation"
_ARMY_WORDS = frozenset({"army", "military"})  # "the army delegation": the armed forces among the parties


def person_side(tok: Token, index: MentionIndex, _again: bool = False) -> str | None:
    """The state or organization of the person at ``tok``: a party named in their own phrase ("India's
    Secretary X", "Philippine Undersecretary X"), else their mention's affiliation or that of another
    mention of the same surname."""
    others = {u.i for c in tok.children if c.dep_ in {"conj", "cc"} for u in c.subtree}  # "A and the X president B"
    own = [t for t in tok.subtree if t.dep_ not in CLAUSE_DEPS and t.i not in others]
    found = named_party([t for t in own if t.i != tok.i and not people_at(t, index)], index)
    if found is None:
        top = tok
        while top.dep_ in {"appos", "compound"} and top.head.i != top.i:
            top = top.head  # "India's Secretary of X, Arun Ramaswamy": the title the name is apposed to
        if top.i != tok.i:
            found = named_party([t for t in top.subtree if t.i < tok.i and not people_at(t, index)
                                  and t.dep_ != "appos"], index)
    if found is not None:
        return found
    name = name_span(tok, index)[0]
    surname = name.split()[-1]
    for m in [index.at(tok), *index.mentions]:
        if m is not None and m.type == "Person" and m.affiliation and surname in m.text.split():
            return state_of(m.affiliation) or m.affiliation
    if not _again:  # the phrase of an earlier mention of the same person ("Kenya's Trade Minister A ... A's team")
        for m in index.mentions:
            other = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.type == "Person" and surname in m.text.split() and other is not None and other.root.i != tok.i:
                # "Mr A" may name "A B" by the given name, as Thai and other usage does
                if found := person_side(other.root, index, _again=True):
                    return found
    return None


def to_main(found: str | None, main: tuple[str, ...]) -> str | None:
    """``found`` as one of the article's parties when it names one, else as it is."""
    if found is None:
        return None
    state, community = state_of(found), community_of(found)
    for party in main:
        if found == party or (state and state == state_of(party)) \
                or (community and community == community_of(party)) \
                or (found.isupper() and found == initials(party)):
            return party
    return (_formed_from(found, main) if " " not in found and not found.isupper() else None) or found


def named_party(tokens: list[Token], index: MentionIndex) -> str | None:
    """The first state or named organization among ``tokens``."""
    for t in tokens:
        if t.lemma_.lower() in DELEGATION_NOUNS or t.lower_.rstrip(".") in words("honorifics.txt"):
            continue  # not the "Mr" of "Mr A"
        if community := _community_at(t):
            return community
        if state := state_of(name_span(t, index)[0]) or state_of(t.text):
            return state
        m = index.at(t)
        if (m is not None and m.type == "Person") or t.text in surnames(index):
            continue  # a person (the model may take a surname for an organization)
        if party := party_of(t, index):
            return party
        if m is not None and m.type == "Organization" and t.pos_ == "ADJ":
            return name_span(t, index)[0]  # an acronym the parser took for an adjective ("the XYZ delegation")
        if t.pos_ == "PROPN" and t.ent_type_ not in {"PERSON", "DATE"} and m is None and t.lower_ not in role_words():
            return _hyphenated(t)  # an acronym the model did not tag ("the MRA side"), not a title ("President A")
    return None


def _community_at(tok: Token) -> str | None:
    """The community two demonyms from ``tok`` on name ("the Ruritanian Zemblan delegation" -> "Ruritanian
    Zemblans"): a party of its own, never the state of the first demonym."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return community_of(f"{tok.text} {nxt.text}") if nxt is not None and tok.text[:1].isupper() else None


def _hyphenated(tok: Token) -> str:
    """The whole hyphenated name ``tok`` is a part of ("AB-CD" for "CD"), else its text."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    return doc[start:end].text


def _affiliation(tokens: list[Token], index: MentionIndex) -> str | None:
    """The state or organization of the first person among ``tokens`` (their mention's affiliation)."""
    for t in tokens:
        m = index.at(t)
        if m is not None and m.type == "Person" and m.affiliation:
            return state_of(m.affiliation) or m.affiliation
    return None


def side_of(subj: Token, index: MentionIndex, main: tuple[str, ...]) -> str | None:
    """The party a delegation phrase stands for, as one of the article's parties ``main`` when it is one.

    Read in order: a party named in the phrase ("Ukraine's team", "the Russian side", "the MRA side");
    the subject of the verb the phrase is the object of ("X sent a team", "A headed his country's
    delegation": A's affiliation); "the government delegation" -> the one state among two parties.
    """
    if (body := _represented(subj)) is not None:
        return side_of(body, index, main)  # "X was represented by a delegation headed by A": X's delegation
    own = own_tokens(subj)
    if any(c.dep_ == "poss" and c.lemma_.lower() in _GOVERNMENT_WORDS and not any(
            g.dep_ in {"poss", "amod", "compound"} for g in c.children) for c in subj.children):
        states = [p for p in main if state_of(p)]  # "the government's Dialogue Committee": the government's side
        if len(states) == 1 and len(main) == 2:
            return states[0]
    found = named_party(own, index) or named_party(_aligned_with(subj), index) or next(
        (t.text for t in own if t.text in main or (t.text.isupper() and any(initials(p) == t.text for p in main))),
        None)  # an acronym the model tagged as a common noun ("an earlier XYZ mission")
    found = found or adjective_party(own, main)
    if found is not None and state_of(found) and _body_of(own, found):
        return _non_state_side(own, main)  # "the team of X's opposition coalition": not the state X
    agent = [t for c in subj.head.children if c.dep_ == "nsubj" for t in own_tokens(c)] \
        if found is None and subj.dep_ == "dobj" else []  # read only while no side is found
    if found is None and agent:
        found = named_party(agent, index) or _affiliation(agent, index)
    if found is None and any(t.lemma_.lower() in _ARMY_WORDS for t in own):  # "the army('s) delegation"
        armies = [p for p in main if set(p.lower().split()) & {"army", "armed", "military"}]
        if len(armies) == 1:
            return armies[0]
    if found is None and (other := _non_state_side(own, main)):  # "the rebel team", "the insurgents"
        return other
    if found is None:
        if not any(t.lemma_.lower() in _GOVERNMENT_WORDS | _ARMY_WORDS for t in own + agent):
            return None  # "the government delegation", "the government sent a team"
        states = [p for p in main if state_of(p)]
        return states[0] if len(states) == 1 and len(main) == 2 else None
    return _spelled_out(to_main(found, main), main, subj.doc)


def adjective_party(own: list[Token], main: tuple[str, ...]) -> str | None:
    """The party of ``main`` a capitalized adjective the gazetteers do not know is formed from ("the
    Transnistrian side", "the Abkhaz team", "the Kosovar delegation"), else None."""
    for t in own:
        if t.dep_ not in {"amod", "compound"} or not t.text[:1].isupper() or t.pos_ not in {"ADJ", "PROPN"}:
            continue
        if party := _formed_from(t.text, main):
            return party
    return None


def _formed_from(word: str, main: tuple[str, ...]) -> str | None:
    """The one-word party of ``main`` (a region or state) that ``word`` is an adjective of, sharing all but its
    last two letters ("Transnistrian", "Abkhaz", "Kosovar"), else None."""
    if state_of(word) or community_of(word):
        return None  # "Nigerian" of Nigeria, not of Niger
    for party in (p for p in main if " " not in p and len(p) >= 5):
        if word.lower() != party.lower() and word.lower().startswith(party[:max(5, len(party) - 2)].lower()):
            return party
    return None


def _represented(team: Token) -> Token | None:
    """The subject of "represent" when ``team`` is its by-phrase ("X was represented by a team led by A"), else None."""
    verb = team.head.head if team.dep_ == "pobj" and team.head.dep_ == "agent" else None
    if verb is None or verb.lemma_.lower() != "represent":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _aligned_with(subj: Token) -> list[Token]:
    """The words of the party a camp is said to side with ("the camp aligned with X", "forces loyal to X")."""
    return [t for c in subj.children if c.dep_ in {"acl", "amod"} and c.lemma_.lower() in _ALIGNED
            for p in c.children if p.dep_ == "prep" and p.lower_ in {"with", "to"}
            for g in p.children if g.dep_ == "pobj" for t in g.subtree]


_ALIGNED = frozenset({"align", "ally", "loyal", "affiliate"})


def _spelled_out(found: str | None, main: tuple[str, ...], doc: Doc) -> str | None:
    """The non-state party of ``main`` whose name the article spells out before the acronym ``found`` ("the
    National Liberation Army (ELN)": "ELN" is that party, whatever its initials), else ``found``."""
    if found is None or found in main or not found.isupper():
        return found
    text = doc_text(doc)
    return next((p for p in main if len(p.split()) > 1 and not state_of(p)  # not "... in Chad (FACT)"
                 and f"{p} ({found})" in text), found)


def _body_of(own: list[Token], state: str) -> bool:
    """True when the state ``state`` only qualifies a non-state body in the phrase ("X's opposition coalition",
    "the Ruritanian rebels' team")."""
    body = data_words("non_state_words.txt")
    for u in own:
        if u.dep_ in {"poss", "amod", "compound"} and state_of(u.text) == state:
            h = u.head
            if h.lower_ in body or any(c.dep_ in {"amod", "compound"} and c.lower_ in body for c in h.children):
                return True
    return False


def _non_state_side(own: list[Token], main: tuple[str, ...]) -> str | None:
    """The one non-state party of a state–non-state pair when the phrase names the kind of actor it is
    ("the rebel team", "the opposition delegation", "the separatists")."""
    if len(main) != 2 or not any(non_state_word(t) for t in own):
        return None
    others = [p for p in main if not state_of(p)]
    return others[0] if len(others) == 1 else None


def non_state_word(tok: Token) -> bool:
    """True for a word naming a kind of non-state actor, also as the adjective ("the separatist team", "rebels")."""
    body = data_words("non_state_words.txt")
    return tok.lower_ in body or f"{tok.lower_}s" in body
