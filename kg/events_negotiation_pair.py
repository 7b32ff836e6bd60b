"""The parties an article's talks are between: the commonest pair its triggers state, else the parties it names
by their negotiators ("negotiators for A and B"), else context, grown to three for "three-way talks"; and the
states it names as mediators or hosts, which are no side."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.doc_cache import once, texts, tokens
from kg.events_common import MentionIndex, doc_text, paragraphs, party_of
from kg.events_lexicon import state_of
from kg.events_negotiation_common_nouns import bare_government
from kg.gazetteer import country_of_demonym, data_words, lookup_country
from kg.events_negotiation_parties import (ethnic, hosts_counterpart, in_clause, named_body, owner_of_body,
                                          person_typed_body)
from kg.events_negotiation_rounds import Candidate
from kg.events_negotiation_words import (AGENT_NOUNS, NOUN_GROUP, PROCESS_NOUNS, ROUNDS, SUBJECT_PREPS, noun_lemma,
                                         side_count, words_of)
from kg.token_scan import entities_or_proper


def main_parties(cands: list[Candidate], state_counts: Counter[str],
                 together: set[frozenset[str]] | None = None, third: frozenset[str] = frozenset(),
                 named: Callable[[], Counter[tuple[str, ...]]] = Counter,
                 listed: Callable[[], tuple[str, ...]] = tuple) -> tuple[str, ...]:
    """The parties the article's talks are between: the commonest stated pair (or trio), else the commonest
    the article names by their negotiators (``named``, read only when needed), else context (a stated state
    and a side the article lists a delegation of (``listed``, read only when needed), a stated party and the
    commonest other state, else a state and another side the article lists delegations of, else the two states
    the article names most, when clearly so); never a ``third``
    party (a mediator or host the article names as such)."""
    sides = [[p for p in c.parties if p not in third] for c in cands]
    pairs = Counter(tuple(sorted(s)) for s, c in zip(sides, cands) if len(s) >= 2 and not c.persons) \
        or Counter(tuple(sorted(s)) for s, c in zip(sides, cands) if len(s) >= 2 and c.cameo == "046")
    if pairs:  # else a pair its negotiators stand for ("where A's negotiator X and B's Y signed the protocol")
        return pairs.most_common(1)[0][0]
    if cands:
        agents = Counter({k: n for k, n in named().items() if len(set(k) - third) >= 2})
        if agents:
            return tuple(p for p in agents.most_common(1)[0][0] if p not in third)
    singles = Counter(p for s in sides for p in s)
    if singles:
        first = singles.most_common(1)[0][0]
        other = next((s for s in listed() if s != first and s not in third), None) if state_of(first) else None
        other = other or next((s for s, _ in state_counts.most_common() if s != first), None)
        return tuple(sorted((first, other))) if other else ()
    if cands and len(sides := [s for s in listed() if s not in third]) >= 2 \
            and (any(map(state_of, sides[:2])) or len(sides) == 2 and not any(map(_portfolio, sides))):
        return tuple(sorted(sides[:2]))  # "The government delegation, led by X, ... The CMA team was headed by Y";
    # two rival bodies, the only two the article lists delegations of
    top = [(s, n) for s, n in state_counts.most_common(4) if s not in third][:3]
    if cands and len(top) >= 2 and top[1][1] >= 2 and (len(top) == 2 or top[2][1] < top[1][1]) \
            and (together is None or frozenset((top[0][0], top[1][0])) in together):  # one paragraph names both
        return tuple(sorted((top[0][0], top[1][0])))
    return ()


def agent_parties(doc: Doc, index: MentionIndex, home: str | None = None) -> Counter[tuple[str, ...]]:
    """The sets of parties the article names by their negotiators, whatever the verb ("Negotiators for A's
    government and the B agreed ...", "when the delegations of A and B walked out ...", "the government and B
    panels emerged ..."): a plural agent noun whose of/from/for phrase or whose modifiers join two or more
    parties; or as the joined subject of an accord ("A's government and the B guerrillas signed a ceasefire").
    "The government" is ``home``, the state the article is about."""
    out: Counter[tuple[str, ...]] = Counter()
    for t in tokens(doc):
        if t.dep_ == "nsubj" and t.conjuncts and t.head.lemma_.lower() in words_of("accord"):
            found = tuple(sorted({p for item in (t, *t.conjuncts) if (p := _item_party(item, index))}))
            if len(found) >= 2:
                out[found] += 1
            continue
        if t.tag_ not in {"NNS", "NNPS"} or noun_lemma(t) not in _TEAM_NOUNS:
            continue
        # "the A and B delegations", "the government and the B panels": the sides stand before the noun
        items = [u for c in t.children if c.dep_ in _TEAM_MODIFIERS and c.i < t.i for u in (c, *c.conjuncts)]
        found = tuple(sorted({p for item in items if (p := home if bare_government(item, index)
                                                      else _item_party(item, index))}))
        if len(found) >= 2:
            out[found] += 1
            continue
        for g in (g for p in t.children if p.dep_ == "prep" and p.lower_ in SUBJECT_PREPS | {"for"}
                  for g in p.children if g.dep_ == "pobj"):
            # the parser may join the second side to the agent noun ("Negotiators for A['s government] and B")
            items = g.conjuncts or tuple(c for c in t.conjuncts if noun_lemma(c) not in AGENT_NOUNS)
            found = tuple(sorted({p for item in (g, *items) if (p := _item_party(item, index))}))
            if len(found) >= 2:
                out[found] += 1
    return out


_TEAM_NOUNS = frozenset(AGENT_NOUNS | {"panel"})  # "negotiators for A and B", "the A and B panels"
_TEAM_MODIFIERS = frozenset({"amod", "nmod", "compound", "poss", "nsubj"})  # the parser may take "A" of "A and B
# panels" for the noun's subject


def _item_party(item: Token, index: MentionIndex) -> str | None:
    """The party one item of a list of sides names ("A's government" -> A, "the opposition B (BB)" -> B): its
    first state or organization, not inside a nested item, a clause or another phrase."""
    nested = {u.i for c in item.children if c.dep_ == "conj" for u in c.subtree}
    for t in item.subtree:
        if t.i in nested or in_clause(t, item) or ethnic(t):
            continue
        m = index.at(t)
        p = person_typed_body(t, index) or party_of(t, index)
        if p and not named_body(m, p) and not (state_of(p) and owner_of_body(t, index)):
            return p
    return None


def count_states(doc: Doc, index: MentionIndex) -> Counter[str]:
    """How often the article names each state: by its mentions ("New Delhi", "the Philippines"), and by
    demonyms and names no mention covers ("Kazakh"); a name said as a place counts less (:func:`_weight`)."""
    counts: Counter[str] = Counter()
    for m in index.mentions:
        if (s := state_of(m.text)) and not doc_text(doc)[max(0, m.start - 7) : m.start].lower().startswith("ethnic"):
            counts[s] += _weight(doc.char_span(m.start, m.end, alignment_mode="expand"), s)
    toks = tokens(doc)
    counts.update(s for i, s in enumerate(_token_states(doc)) if s and toks[i].pos_ in {"PROPN", "ADJ"}
                  and index.at(toks[i]) is None and not ethnic(toks[i]))
    return +counts


_VENUE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "to", "into", "via"})
_NAMED_AFTER_CITY = frozenset(ROUNDS | NOUN_GROUP | PROCESS_NOUNS | {"format"})  # "the X round", "the X process"


def _weight(span: Span | None, state: str) -> float:
    """How much one mention of a state tells that the state is a party: a place where things happen ("talks in
    X", "returned to X") half as much as an actor ("X said", "talks with X"); a city naming a round ("the X
    round", "the X format") nothing."""
    if span is None:
        return 1
    root = span.root
    city = span.text != state and not lookup_country(span.text) and not country_of_demonym(span.text)
    if city and root.dep_ == "compound" and root.head.lemma_.lower() in _NAMED_AFTER_CITY:
        return 0
    return 0.5 if root.dep_ == "pobj" and root.head.lower_ in _VENUE_PREPS else 1


_BROKER_DEPS = frozenset({"pobj", "nsubj", "npadvmod", "compound", "nmod"})  # the deps a broker's name takes


def mediator_states(doc: Doc, index: MentionIndex) -> tuple[set[str], set[str]]:
    """States the article names as brokers or hosts of talks ("mediated by X", "X-brokered", "X hosted the
    talks"), and those it names as brokers alone (a side may host a round in its capital); one pass. They are
    no side unless the article names them as one."""
    brokers, hosted = set(), set()
    every = words_of("broker")
    for t in tokens(doc):
        dep = t.dep_
        head = t.head if dep in _BROKER_DEPS else None  # spaCy builds a new Token at each ``.head``
        named = head is not None and (
            (dep == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in every
             and head.head.tag_ == "VBN")
            or (dep == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in every)
            or (dep in {"npadvmod", "compound", "nmod"} and head.tag_ == "VBN" and head.lemma_.lower() in every))
        if named:
            verb = head.head if dep == "pobj" else head
            if verb.lemma_.lower() == "host" and hosts_counterpart(verb):
                continue  # "X hosted his Y counterpart for talks": a host who meets a peer is a side
            states = {s for u in (t, *t.conjuncts) if (s := state_of(u.text) or party_of(u, index)) and state_of(s)}
            (hosted if verb.lemma_.lower() == "host" else brokers).update(states)
        for u in third_parties(t):
            brokers.update(s for v in (u, *u.conjuncts)
                           if (s := state_of(v.text) or party_of(v, index)) and state_of(s))
        if dep == "dobj":  # (no one else leads a mediation)
            brokers.update(_mediation_leads(t, index))
    return brokers | hosted, brokers


_LEADS = frozenset({"lead", "head", "chair", "run", "steer", "coordinate"})


def _mediation_leads(tok: Token, index: MentionIndex) -> set[str]:
    """The states of those who lead a mediation ("Foreign Minister X of A, who leads the mediation", "B heads the
    mediation team"): mediators, no side."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _LEADS or not (noun_lemma(tok) == "mediation" or any(
            c.dep_ in {"compound", "amod"} and noun_lemma(c) == "mediation" for c in tok.children)):
        return set()
    verb = tok.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
        subj = verb.head  # "X, who leads the mediation"
    out: set[str] = set()
    for u in (subj, *subj.conjuncts) if subj is not None else ():
        m = index.at(u)
        found = state_of(u.text) or party_of(u, index) or (state_of(m.affiliation) if m and m.affiliation else None)
        if found and (state := state_of(found)):
            out.add(state)
    return out


GUARANTORS = frozenset({"guarantor", "co-chair", "cochair", "witness"})  # third parties beside the mediator words


@cache
def _third_party_nouns() -> frozenset[str]:
    """Mediator nouns and guarantors, but not "envoy" or "host" alone ("the North Zemblan envoy" may negotiate)."""
    return frozenset((words_of("mediator") - {"envoy", "host"}) | GUARANTORS)


def third_parties(tok: Token) -> list[Token]:
    """The tokens a mediator noun names as mediators: "Norway's envoy", "the Malaysian facilitator",
    "guarantors Cuba and Norway", "the two guarantor countries, Cuba and Norway", "X and Y as guarantors"."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return []
    nouns = _third_party_nouns()
    lemma = noun_lemma(tok)
    special = lemma == "envoy" and any(c.lower_ == "special" for c in tok.children)  # a mediator's title
    if lemma not in nouns and not special and not any(
            c.dep_ in {"compound", "amod"} and noun_lemma(c) in nouns for c in tok.children):
        return []
    out = [c for c in tok.children if c.dep_ in {"poss", "compound", "amod", "nmod", "appos"}
           and noun_lemma(c) not in nouns and c.lower_ != "special"]
    out += [g for p in tok.children if p.dep_ == "prep" and p.lower_ in {"from", "of"} for g in p.children
            if g.dep_ == "pobj" and lemma in nouns]  # "the mediators from X"
    if tok.dep_ in {"compound", "appos"} or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
        out.append(tok.head.head if tok.dep_ == "pobj" else tok.head)
    return out


def paragraph_pairs(doc: Doc, index: MentionIndex) -> set[frozenset[str]]:
    """The pairs of states some paragraph of the article names together."""
    pairs: set[frozenset[str]] = set()
    toks, named = tokens(doc), _token_states(doc)
    # party_of only for a word in a mention or an entity or a proper noun: a plain word names no more than its own
    # text says (``named``)
    names = set(index.covered()).union(entities_or_proper(doc))
    for para in paragraphs(doc):
        states = {s for i in range(para.start, para.end)
                  if (s := named[i] or (party_of(toks[i], index) if i in names else None)) and state_of(s)}
        pairs |= {frozenset((a, b)) for a in states for b in states if a != b}
    return pairs


def _token_states(doc: Doc) -> list[str | None]:
    """The state each token's own text names (``state_of(t.text)``), read once per Doc."""
    return once(doc, "token_states", lambda: [state_of(text) for text in texts(doc)])


def widened(main: tuple[str, ...], cands: list[Candidate], state_counts: Counter[str],
             third: frozenset[str]) -> tuple[str, ...]:
    """The article's parties grown to the number of sides its talks are said to have ("three-way talks") by the
    states it names most (not a mediator, not the host where the talks are), when those include the pair it
    found; else ``main`` as it is."""
    counted = [(k, c) for c in cands if not c.parties and (k := side_count(c.trigger))]
    n = max((k for k, _ in counted), default=0)
    hosts = {state_of(c.place) for _, c in counted if c.place}  # "in the Ruritanian capital": the host, no side
    top = [s for s, _ in state_counts.most_common() if s not in third and s not in hosts][:n]
    if n > len(main) >= 2 and set(main) <= set(top):
        return tuple(sorted(top))
    return main


def same_head(party: str, main: tuple[str, ...]) -> bool:
    """True when a non-state ``party`` is one of the article's parties named another way with the same head
    noun ("the Liberation Tigers" for "the Tamil Tigers", "the Patriotic Front" for "the Front")."""
    last = party.split()[-1]
    return not state_of(party) and len(last) > 3 and sum(p.split()[-1] == last for p in main) == 1


def _portfolio(side: str) -> bool:
    """True for a side that is a minister's portfolio word ("Internal" of "the Internal Affairs Minister"), no body."""
    return side.lower() in data_words("portfolio_words.txt")
