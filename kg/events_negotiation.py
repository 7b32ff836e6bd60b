"""Negotiations and meetings read from one article, with the delegations the article lists.

Each trigger ("talks", "round of negotiations", "meet") gives one candidate with the parties, round,
place, date and status its clause states; then the article is read as a whole: a candidate without
parties takes the article's main pair, one without a round joins the round the article is about, and
delegation lists attach to the round the article reports as held.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.dates import parse_date_expr
from kg.events_delegation import find_delegations, initials
from kg.events_common import MentionIndex, date_of, evidence, is_future, name_span, party_of, sentences, tokens_of
from kg.events_lexicon import Trigger, state_of, triggers, word_classes
from kg.model import CleanArticle, EventDraft

_ORDINALS = {"first": 1, "initial": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
             "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$", re.I)
_PLAN_AMODS = {"next", "upcoming", "future", "planned", "possible", "potential", "proposed", "further"}
_SEQUENCE_AMODS = {"next", "following", "upcoming", "latest", "last", "previous", "final"}  # "the next round"
_SEQUEL_AMODS = {"next", "following", "another"}  # one more than the round held
_NEW_SESSION = {"again", "another", "new", "further", "resume", "reconvene", "reopen"}  # not the session held
_CONDITIONAL = {"if", "unless"}  # "if the talks fail": talks not (yet) held
_PAIR_NOUNS = {"side", "party", "delegation", "minister", "government", "leader", "team", "country", "negotiator"}
_SUBJECT_PREPS = {"of", "from"}  # "delegations from X and Y met"
_PARTY_PREPS = {"between", "with", "among"}
_PLACE_PREPS = {"in", "at", "near", "on", "outside", "inside"}
_BLOCKING = {"ahead", "before", "prior", "after", "since", "until", "despite", "for"}
_CLAUSES = {"relcl", "ccomp", "advcl", "acl", "parataxis"}
_ROUNDS = {"round", "session"}  # "the third round", "the second session of the talks"
_NOUN_GROUP = {"talk", "negotiation", "discussion", "consultation", "meeting", "summit"}
_TITLE_NOUNS = {"minister", "secretary", "commissioner", "director", "undersecretary"}
_MEET_LEMMAS = {"meet", "meeting", "summit", "reconvene"}  # need two named sides or "both sides"
_AFTER = {"after", "following"}  # "agreed ... after talks on Tuesday": the talks came first
_WILL = {"will", "wo", "shall", "'ll"}
_HOLD_LEMMAS = {"hold", "convene", "conduct", "stage", "host"}  # "talks held in Geneva": the talks' own phrase
_VAGUE_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\byear\b", re.I)


def _words(cls: str) -> frozenset[str]:
    """The words of one class of ``negotiation_words.tsv`` (mediator, forum, joint, prior, topic, ...)."""
    return word_classes("negotiation_words.tsv").get(cls, frozenset())


@dataclass
class _Cand:
    """One negotiation candidate read around one trigger."""

    sent: Span
    trigger: Token
    cameo: str
    confidence: float
    parties: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    round: int | None = None
    date: date | None = None
    place: str | None = None
    planned: bool = False
    sequel: bool = False
    pair_ref: bool = False
    prior: bool = False  # "the previous round": one before the latest round reported
    vague: bool = False  # its own date is a month or a year ("held in Geneva in January"): another session


def ordinal(token: Token) -> int | None:
    """The round number an ordinal modifier of ``token`` gives ("second", "2nd", "initial"), else ``None``."""
    for c in token.children:
        if c.dep_ in {"amod", "nummod", "compound", "advmod"}:
            word = c.lower_
            if word in _ORDINALS:
                return _ORDINALS[word]
            if m := _ORDINAL_RE.match(word):
                return int(m[1])
            if c.dep_ == "nummod" and c.i > token.i and word.isdigit():
                return int(word)
    return None


def _trigger(tok: Token) -> Trigger | None:
    """The lexicon entry ``tok`` is an instance of, if any."""
    pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else tok.pos_
    return triggers().get((tok.lemma_.lower(), pos))


def _governor(tok: Token) -> tuple[Token | None, bool]:
    """The verb whose clause holds ``tok`` and whether the path to it passes a time preposition."""
    blocked = False
    t = tok
    for _ in range(6):
        if t.dep_ in _CLAUSES or t.head.i == t.i:
            return (t if t.pos_ in {"VERB", "AUX"} else None), blocked
        t = t.head
        if t.lower_ in _BLOCKING and not (t.lower_ == "for" and t.head.lemma_.lower() in _words("arrive")):
            blocked = True  # "called for talks on Monday"; but "arrived on Monday for talks" dates the talks
        if t.pos_ in {"VERB", "AUX"} and not (t.dep_ == "pcomp" and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)):
            return t, blocked  # past a gerund ("signed a deal on sharing X after talks"): the clause's verb
    return None, blocked


def _subject_tokens(verb: Token) -> list[Token]:
    """Tokens of the subject of ``verb`` (climbing xcomp/acomp/conj for a shared subject)."""
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return [t for s in subj for t in s.subtree if not _in_clause(t, s)]
        if v.dep_ not in {"xcomp", "acomp", "conj"}:
            break
        v = v.head
    return []


def _below_clause(tok: Token, top: Token) -> bool:
    """True when ``tok`` sits in a subordinate clause below ``top`` ("a week after the first session was launched")."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in _CLAUSES:
            return True
        t = t.head
    return False


def _in_clause(tok: Token, top: Token) -> bool:
    """True when ``tok`` sits in a clause or a non-"of" prepositional phrase below ``top``."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in _CLAUSES or (t.dep_ == "prep" and t.lower_ not in _SUBJECT_PREPS | _PARTY_PREPS):
            return True
        t = t.head
    return False


def _party_zone(trig: Token, verb: Token | None, sent: Span) -> list[Token]:
    """Tokens of ``sent`` that may name a party: the trigger's modifiers, its between/with phrases, its verb's
    subject; not a dateline, not a mediator."""
    zone = [t for t in trig.subtree if t.i < trig.i and not _in_clause(t, trig)]
    heads = [trig] + ([verb] if verb is not None else [])
    if trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in _ROUNDS:
        heads.append(trig.head.head)
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in _PARTY_PREPS):
            zone += [t for t in prep.subtree if t.i != prep.i and not _in_clause(t, prep)]
    if verb is not None and (trig.pos_ == "VERB" or trig.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"}):
        zone += _subject_tokens(verb) or _orphan_subject(verb, sent)
    if trig.pos_ == "VERB" and trig.lemma_.lower() == "meet":  # "A met B": the one met is a party too
        zone += [t for c in trig.children if c.dep_ == "dobj" for t in c.subtree if not _in_clause(t, c)]
    start = _dateline_end(sent)
    tops = {trig.i} | ({verb.i} if verb is not None else set())
    return tokens_of(t for t in zone if start <= t.i < sent.end and not _mediator(t, trig, tops))


def _verb_after(tok: Token, sent: Span) -> Token | None:
    """The verb of an opening noun phrase the parser hung on the sentence above: the first verb of ``sent``
    after ``tok``'s phrase with no subject of its own ("Talks between A and B over the dam X is building
    ended late on Sunday" -> "ended"), else ``None``."""
    end = max(t.i for t in tok.subtree if sent.start <= t.i < sent.end) + 1
    for t in sent.doc[end : sent.end]:
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"} \
                and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children):
            return t
    return None


def _orphan_subject(verb: Token, sent: Span) -> list[Token]:
    """The words before ``verb`` when the parser hung them on the paragraph above (no subject of its own in
    ``sent``): "China and the Philippines held talks" below a byline the parse ran into."""
    if not sent.start <= verb.i < sent.end:
        return []
    prefix = list(sent.doc[_dateline_end(sent) : verb.i])
    if not prefix or any(t.pos_ in {"VERB", "AUX"} for t in prefix):
        return []
    return prefix if any(not sent.start <= t.head.i < sent.end for t in prefix) else []


def _dateline_end(sent: Span) -> int:
    """The first token after a dateline opening ``sent`` ("MUSCAT — ..."), else the sentence start."""
    for t in sent[:9]:
        if t.text in {"—", "–", "--"} and t.i > sent.start and sent[0].is_upper \
                and all(u.is_upper or u.is_punct or u.is_space or (u.is_title and u.pos_ == "PROPN")
                        for u in sent.doc[sent.start : t.i]):
            return t.i + 1  # "MUSCAT —", "NAQOURA, Lebanon (AP) —"
    return sent.start


def _mediator(tok: Token, trig: Token, tops: set[int]) -> bool:
    """True for a third party at the talks, not a side: the broker of "Saudi-brokered talks" or "UN- and
    Omani-mediated talks", a "mediator"/"envoy" and the body they speak for ("AU mediator X"), the one an
    absolute "with X chairing" names."""
    head = tok.head
    if tok.dep_ in {"npadvmod", "compound", "nmod"} and head.tag_ == "VBN" and head.dep_ == "amod":
        return True
    brokers = [c for c in trig.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in _words("broker")]
    if tok.i < trig.i and any(tok.i < b.i for b in brokers) and tok in trig.subtree:
        return True
    u = tok
    for _ in range(5):
        if u.lemma_.lower() in _words("mediator") or any(
                c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _words("mediator") for c in u.children):
            return True
        if u.dep_ not in {"compound", "amod", "nmod", "poss", "flat", "appos", "npadvmod"} or u.head.i == u.i:
            break
        u = u.head
    for a in tok.ancestors:
        if a.i in tops:
            break
        if a.dep_ == "prep" and a.lower_ == "with" and any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in a.children):
            return True
    return False


def _pair_reference(zone: list[Token]) -> bool:
    """True when the parties are named by reference only: "both sides", "the two ministers", "the joint
    commission"."""
    return any((t.lemma_.lower() in _PAIR_NOUNS and any(c.lower_ in {"both", "two"} for c in t.children))
               or (t.lemma_.lower() in _words("forum") and any(c.lower_ in _words("joint") for c in t.children))
               for t in zone)


def _place(heads: list[Token], trig: Token, index: MentionIndex, sent: Span) -> str | None:
    """The named place in the nearest in/at/near/on phrase of ``heads`` (or of their objects) in ``sent``."""
    preps = []
    for h in heads:
        for t in h.subtree:
            if t.dep_ == "prep" and t.lower_ in _PLACE_PREPS and not _in_clause(t.head, h) \
                    and sent.start <= t.i < sent.end \
                    and (t.head.dep_ not in {"nsubj", "nsubjpass"} or t.head.i == trig.i) and trig not in t.subtree:
                preps.append(t)
    for prep in sorted(set(preps), key=lambda t: (min(_depth(t, h) for h in heads), t.i)):  # own phrases first
        topic = prep.lower_ == "on" and prep.head.lemma_.lower() in _NOUN_GROUP | _ROUNDS
        for t in prep.subtree:
            if t.ent_type_ == "DATE":
                break
            if _under_possessive(t, prep):
                continue  # "talks on Tehran's programme": a possessor, not the place
            if topic and not _under_place_prep(t, prep):
                continue  # "talks on the South China Sea": the topic; "talks on the border in X": X is the place
            text, kind = name_span(t, index)
            if t.ent_type_ in {"GPE", "LOC", "FAC"} or kind in {"Place", "Country"}:
                if t.ent_type_ == "NORP" or (kind is None and t.pos_ != "PROPN"):
                    continue
                return text
    return None


def _under_place_prep(tok: Token, top: Token) -> bool:
    """True when an in/at phrase lies between ``tok`` and ``top`` above it."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in {"in", "at"}:
            return True
        t = t.head
    return False


def _under_possessive(tok: Token, top: Token) -> bool:
    """True when the path from ``tok`` up to ``top`` passes a possessive ("Tehran's" in "on Tehran's programme")."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "poss":
            return True
        t = t.head
    return False


def _depth(tok: Token, top: Token) -> int:
    """How many arcs lie between ``tok`` and ``top`` above it (a large number when ``top`` is not above)."""
    n, t = 0, tok
    while t.i != top.i:
        if t.head.i == t.i:
            return 99
        t, n = t.head, n + 1
    return n


def _deep_date(heads: list[Token], article: CleanArticle, sent: Span, future: bool) -> date | None:
    """A date the parser hung inside the talks' own phrases ("talks on demarcating the border in Oslo
    on Thursday"): an on/at DATE below ``heads``, not across a clause with its own subject or a time word."""
    if article.published is None:
        return None
    for h in heads:
        for t in h.subtree:
            if t.ent_type_ != "DATE" or t.dep_ != "pobj" or t.head.lower_ not in {"on", "at"} \
                    or not sent.start <= t.i < sent.end:
                continue
            path, u = [], t
            while u.i != h.i and u.head.i != u.i:
                u = u.head
                path.append(u)
            if u.i != h.i or any(v.lower_ in _BLOCKING or any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)
                                 for v in path[:-1]):
                continue
            ent = next(e for e in t.doc.ents if e.start <= t.i < e.end)
            if got := parse_date_expr(ent.text, article.published, "future" if future else "past"):
                return got
    return None


def _candidates(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[_Cand]:
    """One candidate per trigger that is not part of another trigger's phrase."""
    out: list[_Cand] = []
    talks = any(t.lemma_.lower() in _NOUN_GROUP - {"meeting", "summit"} for t in doc)
    for sent in sentences(doc):
        taken: set[int] = set()
        for tok in sent:
            trig = _trigger(tok)
            if trig is None or tok.i in taken:
                continue
            if tok.lemma_.lower() in _ROUNDS:
                inner = [g for p in tok.children if p.lower_ == "of" for g in p.children
                         if g.lemma_.lower() in _NOUN_GROUP]
                if not inner and not (_of_forum(tok) and _numbered(tok)) and not _bare_round(tok, talks):
                    continue
                taken.update(g.i for g in inner)
            elif tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _ROUNDS:
                continue
            if tok.pos_ in {"VERB", "AUX"}:  # "met for talks": one event; not the talks of its clauses
                taken.update(t.i for t in tok.subtree if not _below_clause(t, tok))
            out.append(_read(sent, tok, trig, index, article))
    return out


def _numbered(tok: Token) -> bool:
    """True when a round noun carries an ordinal or a sequence word ("the fourth round", "the previous round")."""
    return ordinal(tok) is not None or any(c.lower_ in _SEQUENCE_AMODS | _words("prior") for c in tok.children)


def _bare_round(tok: Token, talks: bool) -> bool:
    """True for "the third round", "the next round" standing for a round of the talks the article reports:
    an ordinal or sequence word, no "of" phrase ("round of sanctions"), no noun compound ("election round")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in _NOUN_GROUP for c in tok.children):
        return False
    sequence = any(c.lower_ in _SEQUENCE_AMODS for c in tok.children if c.dep_ in {"amod", "advmod", "det"})
    return talks and (ordinal(tok) is not None or sequence)


def _read(sent: Span, tok: Token, trig: Trigger, index: MentionIndex, article: CleanArticle) -> _Cand:
    """Parties, persons, round, place, date and status around one trigger."""
    verb, blocked = (tok, False) if tok.pos_ in {"VERB", "AUX"} else _governor(tok)
    if verb is not None and not sent.start <= verb.i < sent.end:
        verb = _verb_after(tok, sent)  # the parser hung the talks on the sentence above
    round_tok = tok.head.head if tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _ROUNDS else tok
    topic = _topic(round_tok) or _topic(tok)
    if topic:  # "asked about the talks": the verb's subject, date and tense are not the talks'
        verb, blocked = None, True
    zone = _party_zone(tok, verb, sent)
    parties: list[str] = []
    persons: list[str] = []
    surnames = {m.text.split()[-1] for m in index.mentions if m.type == "Person"}
    for t in zone:
        m = index.at(t)
        if (m is not None and m.type == "Person") or (m is None and t.ent_type_ == "PERSON" and not state_of(t.text)):
            name = name_span(t, index)[0]
            if name not in persons:
                persons.append(name)
            continue
        p = party_of(t, index)
        if not p or p in parties:
            continue
        if not state_of(p) and (p.split()[-1] in surnames or _forum(t, p) or _portfolio(t)):
            continue  # a person the model took for an organization; a standing body; "Trade" of "Trade Minister"
        if not _acronym_of_other(t, p, index):
            parties.append(p)
    rnd = ordinal(round_tok) or ordinal(tok)
    talks_for = _talks_for(tok)
    if talks_for is not None:
        rnd = rnd or ordinal(talks_for)
    mods = {c.lower_ for c in (*tok.children, *round_tok.children)}
    clause = [verb, *verb.children] if verb is not None else []
    conditional = any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in clause[1:])
    modal = any(c.dep_ == "aux" and c.lower_ in _words("modal") for c in clause[1:])
    prior = bool(mods & _words("prior"))
    if prior:
        planned = False
    elif topic:
        planned = bool(mods & _PLAN_AMODS)
    elif any(t.dep_ == "pobj" and t.head.lower_ in _AFTER for t in (tok, round_tok)):
        planned = bool(mods & _PLAN_AMODS) or _will(tok)  # agreed after talks: the talks came first
    else:
        planned = is_future(tok) or bool(mods & _PLAN_AMODS) or conditional or modal
    acls = [c for t in {tok, round_tok} for c in t.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _HOLD_LEMMAS]  # "talks held in X"
    heads = [tok, round_tok] + ([verb] if verb is not None and not blocked else []) + acls
    when = None if topic else date_of(heads, article, sent, future=planned) or _deep_date(heads, article, sent, planned)
    new_session = bool(mods & _NEW_SESSION) or any(
        t.lower_ in _NEW_SESSION or t.lemma_.lower() in _NEW_SESSION for t in clause)
    place = _place(heads, tok, index, sent)
    parties = [p for p in parties if p != place and not any(p == initials(q) for q in parties)]  # "X (XY)"
    conf = trig.confidence + (0.1 if rnd else 0) + (0.05 if len(parties) >= 2 else 0)
    # "A and B met for a third round of talks": a round of the talks between their states, not a meeting
    meeting = len(persons) >= 2 and trig.cameo == "044" and not (talks_for is not None and rnd and len(parties) >= 2)
    return _Cand(sent, tok, "044" if meeting else "046", min(conf, 0.95), parties, persons, rnd, when, place,
                 planned, sequel=rnd is None and not prior and (bool(mods & _SEQUEL_AMODS) or (planned and new_session)),
                 pair_ref=_pair_reference(zone) or _of_forum(tok), prior=prior and rnd is None,
                 vague=when is None and _vague_date(heads, sent))


def _acronym_of_other(tok: Token, name: str, index: MentionIndex) -> bool:
    """True for an acronym in parentheses right after another party's name ("the National Liberation Army
    (ELN)"): the same party, whatever language its letters come from."""
    if not (name.isupper() and len(name) <= 6) or tok.i < 2 or tok.nbor(-1).text != "(":
        return False
    other = party_of(tok.doc[tok.i - 2], index)
    return other is not None and other != name


def _topic(tok: Token) -> bool:
    """True when ``tok`` is the topic of its verb, not its event: "asked about the talks", "brief X on the talks"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in _words("topic"):
        return True
    return prep.lower_ == "on" and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in _words("topic_verb")


def _portfolio(tok: Token) -> bool:
    """True for the portfolio of a title ("Trade" in "Kenya's Trade Minister X"), not an organization."""
    t = tok
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in _TITLE_NOUNS:
            return True
    return False


def _forum(tok: Token, name: str) -> bool:
    """True for a standing body named as the talks' setting ("meeting of the Joint Rivers Commission"), not
    named as a side in a between/with phrase."""
    if name.split()[-1].lower() not in _words("forum"):
        return False
    return not any(a.dep_ == "prep" and a.lower_ in _PARTY_PREPS for a in tok.ancestors)


def _of_forum(tok: Token) -> bool:
    """True for a meeting of the sides' standing body ("the next meeting of the mechanism"): both sides meet."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _words("forum")
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)


def _talks_for(tok: Token) -> Token | None:
    """The talks a meeting verb is for: "met in X for a third round of talks" -> "round"."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
        for g in prep.children:
            if g.dep_ == "pobj" and g.lemma_.lower() in _NOUN_GROUP | _ROUNDS:
                return g
    return None


def _will(tok: Token) -> bool:
    """True when the clause above ``tok`` is in the future tense ("will sign ... after talks")."""
    for t in tok.ancestors:
        if t.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ == "aux" and c.lower_ in _WILL for c in t.children):
                return True
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
                return False
    return False


def _vague_date(heads: list[Token], sent: Span) -> bool:
    """True when the talks' own phrases date them by a month or a year only ("held in Geneva in January",
    "in 2010"): another session than the one dated to the day."""
    for h in heads:
        for c in h.children:
            if c.dep_ not in {"prep", "npadvmod", "tmod"} or c.lower_ in _BLOCKING:
                continue
            for d in c.subtree:
                if not sent.start <= d.i < sent.end or _in_clause(d, c):
                    continue
                if d.ent_type_ == "DATE":
                    ent = next(e for e in d.doc.ents if e.start <= d.i < e.end)
                    if _VAGUE_DATE.search(ent.text):
                        return True
                elif d.dep_ == "pobj" and d.head.lower_ == "in" and _VAGUE_DATE.fullmatch(d.text):
                    return True  # "in 2010" the model left untagged
    return False


def _main_parties(cands: list[_Cand], state_counts: Counter[str]) -> tuple[str, ...]:
    """The pair of parties the article's talks are between: the commonest stated pair, else context (a
    stated party and the commonest other state, else the two states the article names most, when clearly so)."""
    pairs = Counter(tuple(sorted(c.parties)) for c in cands if len(c.parties) >= 2 and not c.persons)
    if pairs:
        return pairs.most_common(1)[0][0]
    singles = Counter(p for c in cands for p in c.parties)
    if singles:
        first = singles.most_common(1)[0][0]
        other = next((s for s, _ in state_counts.most_common() if s != first), None)
        return tuple(sorted((first, other))) if other else ()
    top = state_counts.most_common(3)
    if cands and len(top) >= 2 and top[1][1] >= 2 and (len(top) == 2 or top[2][1] < top[1][1]):
        return tuple(sorted((top[0][0], top[1][0])))
    return ()


def find_negotiations(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[EventDraft]:
    """Negotiation and meeting drafts of one article, one per trigger, rounds and parties filled in."""
    cands = _candidates(doc, index, article)
    state_counts = _state_counts(doc, index)
    main = _main_parties(cands, state_counts)
    kept: list[_Cand] = []
    for c in cands:
        if len(c.persons) >= 2 and c.cameo == "044":
            kept.append(c)
            continue
        explicit = len(c.parties)
        if c.trigger.lemma_.lower() in _MEET_LEMMAS and explicit < 2 and not c.pair_ref:
            continue
        if c.confidence < 0.6 and not explicit:
            continue
        if explicit < 2:
            if not main or not set(c.parties) <= set(main):
                continue
            c.parties = list(main)
            c.confidence -= 0.1
        kept.append(c)
    _number_sequels(kept)
    _assign_rounds(kept)
    _meetings_into_talks(kept)
    _join_meetings(kept)
    members = find_delegations(doc, index, main)
    held, plan = _held_group(kept), _planned_group(kept)
    drafts = []
    for c in kept:
        basis = "stated" if c.date else "article"
        when = c.date or article.published
        m = tuple((side, person) for side, person, future in members
                  if c is ((plan or held) if future else (held or plan)))
        drafts.append(EventDraft(
            kind="Negotiation", evidence=evidence(c.sent, article, c.confidence), date=when, date_basis=basis,
            place=c.place, participants=tuple(c.persons) if c.cameo == "044" else tuple(sorted(c.parties)),
            sides=tuple(sorted(c.parties)), round=c.round, status="planned" if c.planned else "held",
            members=m, cameo=c.cameo))
    return drafts


def _state_counts(doc: Doc, index: MentionIndex) -> Counter[str]:
    """How often the article names each state: by its mentions ("New Delhi", "the Philippines"), and by
    demonyms and names no mention covers ("Kazakh")."""
    counts = Counter(s for m in index.mentions if (s := state_of(m.text)))
    counts.update(s for t in doc if t.pos_ in {"PROPN", "ADJ"} and index.at(t) is None and (s := state_of(t.text)))
    return counts


def _meetings_into_talks(cands: list[_Cand]) -> None:
    """A meeting of two named people with no date of its own ("X and his counterpart Y met for six hours")
    is the held round of talks between their sides the article reports, when there is exactly one."""
    talks = [c for c in cands if c.cameo == "046" and not c.planned and (c.round or c.date) and not c.vague]
    for c in cands:
        if c.cameo != "044" or c.date or c.round or c.planned or len(c.parties) < 2:
            continue
        same = {(r.round, r.date) for r in talks if set(r.parties) == set(c.parties)}
        if len(same) == 1:
            c.cameo, c.persons = "046", []
            c.round, c.date = same.pop()
            c.place = c.place or next((r.place for r in talks if (r.round, r.date) == (c.round, c.date) and r.place),
                                      None)


def _join_meetings(cands: list[_Cand]) -> None:
    """A meeting read without its people ("foreign ministers meet in X", a headline) is the meeting of two
    named people between the same sides that the article reports, when there is exactly one."""
    meetings = [c for c in cands if c.cameo == "044"]
    for c in cands:
        if c.cameo != "046" or c.round or c.date or c.trigger.lemma_.lower() not in {"meet", "meeting", "summit"}:
            continue
        same = [m for m in meetings if m.planned == c.planned and set(m.parties) == set(c.parties)]
        if len(same) == 1:
            m = same[0]
            c.cameo, c.persons, c.date, c.place = "044", list(m.persons), m.date, c.place or m.place


def _number_sequels(cands: list[_Cand]) -> None:
    """Number "the next round" (one more than the last round held between the same parties) and "the
    previous round" (one less than the latest round the article reports)."""
    for c in cands:
        if c.sequel and c.cameo == "046":
            held = [r.round for r in cands if r.round and not r.planned and set(r.parties) == set(c.parties)]
            if held:
                c.round = max(held) + 1
    for c in cands:
        if c.prior and c.cameo == "046" and c.trigger.lemma_.lower() in _ROUNDS:
            stated = [r.round for r in cands if r.round and not r.prior and not r.sequel and not r.planned
                      and set(r.parties) == set(c.parties)]
            if stated and max(stated) > 1:
                c.round = max(stated) - 1


def _assign_rounds(cands: list[_Cand]) -> None:
    """Join a candidate without round or stated date to the talks the article is about.

    The talks are told apart by round, else by stated date; the candidate joins the one held round
    (or dated talks) with the same parties, else the only one there is; of several, the one the article
    reports most often when it carries a stated date (the news, not the background round).
    """
    talks = [c for c in cands if c.cameo == "046" and not c.vague and not c.prior]
    _date_the_round(talks)
    for c in talks:  # "the third round" in the headline is the third round the body dates
        if c.round and not c.date and (same := {r.date for r in talks if r.round == c.round and r.date
                                                and r.planned == c.planned and set(r.parties) == set(c.parties)}):
            c.date = same.pop() if len(same) == 1 else None
    for c in talks:
        if c.round is None and c.date and (same := {r.round for r in talks if r.round and r.date == c.date
                                                    and set(r.parties) == set(c.parties)}):
            c.round = same.pop() if len(same) == 1 else None
    known = [c for c in talks if c.round or c.date]
    for c in talks:
        if c.round or c.date or c.sequel:  # "the next round" is not the round held
            continue
        same = [r for r in known if set(r.parties) == set(c.parties)]
        held = Counter((r.round, r.date if not r.round else None) for r in same if not r.planned)
        options = held or Counter((r.round, r.date if not r.round else None) for r in same)
        ranked = options.most_common()
        if len(ranked) > 1 and ranked[0][1] > ranked[1][1] \
                and any(r.date for r in same if (r.round, r.date if not r.round else None) == ranked[0][0]):
            ranked = ranked[:1]
        elif held and len(ranked) > 1 and all(k[0] for k, _ in ranked):
            ranked = [max(ranked, key=lambda kv: kv[0][0])]  # rounds held: "the talks" are the latest, the news
        if len(ranked) == 1:
            c.round, c.date = ranked[0][0]
            group = [r for r in same if (r.round, r.date if not r.round else None) == (c.round, c.date)]
            if c.date is None:
                c.date = next((r.date for r in group if r.date), None)
            c.place = c.place or next((r.place for r in group if r.place), None)


def _date_the_round(talks: list[_Cand]) -> None:
    """One held numbered round with no date and one held dated talks with no round, between the same
    parties, are one session ("talks in X on Monday ... the fifth meeting of the mechanism")."""
    for c in talks:
        if not c.round or c.date or c.planned:
            continue
        same = [r for r in talks if set(r.parties) == set(c.parties) and not r.planned]
        rounds = {r.round for r in same if r.round}
        dated = {r.date for r in same if r.date and not r.round}
        if len(rounds) == 1 and len(dated) == 1 and not any(r.round and r.date for r in same):
            when = dated.pop()
            place = next((r.place for r in same if r.date == when and r.place), None)
            for r in same:
                if r.round and not r.date:
                    r.date, r.place = when, r.place or place
                elif r.date == when and not r.round:
                    r.round = c.round


def _planned_group(cands: list[_Cand]) -> _Cand | None:
    """The first candidate of the planned round the article reports (a round or day stated), else ``None``."""
    pool = [c for c in cands if c.cameo == "046" and c.planned and (c.round or c.date)]
    if not pool:
        return None
    counts = Counter((c.round, c.date, tuple(c.parties)) for c in pool)
    best = counts.most_common(1)[0][0]
    return next(c for c in pool if (c.round, c.date, tuple(c.parties)) == best)


def _held_group(cands: list[_Cand]) -> _Cand | None:
    """The first candidate of the round the article reports as held (the one delegations belong to)."""
    talks = [c for c in cands if c.cameo == "046" and not c.vague and not c.prior]
    held = [c for c in talks if not c.planned]
    pool = held
    if not pool:
        return None
    counts = Counter((c.round, tuple(c.parties)) for c in pool)
    # the latest numbered round is the news; earlier ones are background, however often they are named
    best = max(counts, key=lambda k: (k[0] or 0, counts[k], -pool.index(next(c for c in pool if (c.round, tuple(c.parties)) == k))))
    return next(c for c in pool if (c.round, tuple(c.parties)) == best)
