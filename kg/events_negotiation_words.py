"""The vocabulary negotiation reading shares: round ordinals, sequence and plan words, the prepositions
that introduce parties, places and times, and the word classes of ``negotiation_words.tsv``."""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg.events_lexicon import Trigger, word_classes

ORDINALS = {"first": 1, "initial": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
            "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
            "eighteenth": 18, "nineteenth": 19, "twentieth": 20}


ORDINAL_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$", re.I)


PLAN_AMODS = {"next", "upcoming", "future", "planned", "possible", "potential", "proposed", "further"}


PLAN_HEADS = {"due", "expect", "schedule", "set", "slate", "poise"}  # "are due to meet", "is expected to open"


SEQUENCE_AMODS = {"next", "following", "upcoming", "latest", "last", "previous", "final", "earlier", "current",
                  "ongoing", "further"}  # "the next round", "a further round"


CURRENT = {"current", "ongoing"}  # "the current round": the round under way, not a first one


SEQUEL_AMODS = {"next", "following", "another"}  # one more than the round held


NEW_SESSION = {"again", "another", "new", "further", "resume", "reconvene", "reopen"}  # not the session held


CONDITIONAL = {"if", "unless"}  # "if the talks fail": talks not (yet) held


DURATIONS = {"hour", "day", "week", "month", "year", "session"}  # "after five hours of talks"
AGENT_NOUNS = {"negotiator", "delegation", "delegate", "team", "representative"}  # "negotiators for X"
PAIR_PLURALS = {"participants", "parties", "sides", "delegations", "negotiators", "teams", "ministers",
                "leaders"}  # "the participants agreed to meet"
INTERNAL_PAIRS = {"party", "side", "faction", "rival", "foe", "belligerent"}  # "the X parties": both sides
PAIR_NOUNS = {"side", "party", "delegation", "minister", "government", "leader", "team", "country", "negotiator",
              "ministry", "economy", "neighbour", "neighbor", "nation", "rival", "military", "army", "general",
              "commander", "panel"}


SUBJECT_PREPS = {"of", "from"}  # "delegations from X and Y met"


PARTY_PREPS = {"between", "with", "among"}


PLACE_PREPS = {"in", "at", "near", "on", "outside", "inside"}


SETTLEMENT_NOUNS = {"town", "city", "village", "resort", "port", "oasis", "enclave", "hamlet"}  # "the town of X"


VENUE_WORDS = {"centre", "center", "hall", "house", "palace", "hotel", "pavilion", "manor", "building", "villa",
               "residence", "estate", "resort", "lodge"}  # the head word of a named venue ("the Lakeside Hall")


BLOCKING = {"ahead", "before", "prior", "after", "since", "until", "despite", "for"}


CLAUSES = {"relcl", "ccomp", "advcl", "acl", "parataxis"}


ROUNDS = {"round", "session", "cycle"}  # "the third round", "the second session of the talks", "cycle of talks"
CYCLE = Trigger("cycle", "NOUN", "046", 0.6)  # a round word the trigger lexicon does not list
PROCESS_NOUNS = {"process", "dialogue"}  # "the first round of the current process": a round of talks


NOUN_GROUP = {"talk", "negotiation", "discussion", "consultation", "meeting", "summit"}


STATE_BODIES = {"ministry", "government", "embassy", "administration", "cabinet", "presidency", "parliament",
                "office", "department", "council", "assembly"}  # a state's own bodies


TITLE_NOUNS = {"minister", "secretary", "commissioner", "director", "undersecretary"}


#: Triggers that need two named sides or "both sides"
MEET_LEMMAS = {"meet", "meeting", "summit", "reconvene", "sit", "conference", "dialogue", "call"}
#: Words read as talks only between two named sides ("the two sides held a conference"); they belong in
#: ``event_triggers.tsv`` with the other triggers.
PAIR_TRIGGERS = {"conference": Trigger("conference", "NOUN", "044", 0.6),
                 "dialogue": Trigger("dialogue", "NOUN", "046", 0.6),
                 "roundtable": Trigger("roundtable", "NOUN", "046", 0.6)}  # "the second Geneva roundtable"
SIT_DOWN = Trigger("sit", "VERB", "044", 0.6)  # "A sat down with B"
SIGNING = Trigger("sign", "VERB", "046", 0.6)  # "A and B signed a ceasefire in X": a session of their talks
CALL = Trigger("call", "NOUN", "046", 0.6)  # "held a video call": talks at a distance
CALL_MEDIA = {"video", "phone", "telephone"}
NOT_TALKS = {"news", "press", "video", "telephone", "phone", "academic", "donor", "investment"}  # "a news conference"


AFTER = {"after", "following"}  # "agreed ... after talks on Tuesday": the talks came first


WILL = {"will", "wo", "shall", "'ll"}


SPAN_LEMMAS = {"open", "begin", "start", "end", "conclude", "close", "resume"}  # "the round, which opened on X"
REACTIONS = {"welcome", "hail", "praise", "applaud", "support", "endorse", "criticize", "criticise", "condemn",
             "follow", "monitor", "commend", "laud"}  # "X welcomed the talks": X reacts, X is no side
RESUME_CALLS = {"return", "come"}  # "urged X to return to talks": a call, no round reported
OPENINGS = {"open", "begin", "start", "launch"}  # "the talks opened in 2012": the first session
CLOSINGS = {"end", "conclude", "close", "finish"}  # "opened on Sunday and ended on Tuesday": dated by the end
# "were deadlocked on Thursday": the talks still under way
ONGOING = {"deadlock", "deadlocked", "stall", "stalled", "continue", "drag", "stick"}
HOLD_LEMMAS = {"hold", "convene", "conduct", "stage", "host"}  # "talks held in Geneva": the talks' own phrase


VAGUE_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
                        r"|\b(?:year|month)\b", re.I)


def noun_lemma(tok: Token) -> str:
    """The lower-case lemma of a noun, also when the model tagged a capitalised plural as a proper noun
    ("Negotiators for X" -> "negotiator")."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if lemma.endswith("s") and tok.tag_ == "NNPS" else lemma


def words_of(cls: str) -> frozenset[str]:
    """The words of one class of ``negotiation_words.tsv`` (mediator, forum, joint, prior, topic, ...)."""
    return word_classes("negotiation_words.tsv").get(cls, frozenset())


def ordinal(token: Token) -> int | None:
    """The round number an ordinal modifier of ``token`` gives ("second", "2nd", "initial"), else ``None``."""
    for c in token.children:
        if c.dep_ in {"amod", "nummod", "compound", "advmod"}:
            word = c.lower_
            if word == "first" and _first_since(token):
                return None  # "the first talks in four years", "the first meeting since 2019": not round one
            if word in ORDINALS:
                return ORDINALS[word]
            if m := ORDINAL_RE.match(word):
                return int(m[1])
            if c.dep_ == "nummod" and c.i > token.i and word.isdigit():
                return int(word)
        if c.dep_ == "appos" and c.lower_ in ORDINALS and c.lower_ not in {"first", "initial", "opening"}:
            return ORDINALS[c.lower_]  # "the previous round, the ninth, was held"
    return None


def talks_name(tok: Token) -> bool:
    """True for the head of a talks process's proper name ("the Lakeside Discussions", "the Harbour Talks",
    "the Northern Dialogue"): a round "of" it is a round of talks."""
    word = tok.lower_
    return tok.pos_ == "PROPN" and (word in NOUN_GROUP or word[:-1] in NOUN_GROUP or word == "dialogue")


def _first_since(token: Token) -> bool:
    """True when ``token`` (or the verb it is the object or subject of) carries an "in <span of time>" or
    "since" phrase that makes its "first" a first in a while ("held the first talks in almost two years")."""
    owners = [token] + ([token.head] if token.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} else [])
    for prep in (c for o in owners for c in o.children if c.dep_ == "prep"):
        if prep.lower_ == "since":
            return True
        if prep.lower_ in {"in", "for"} and any(g.dep_ == "pobj" and g.lemma_.lower() in DURATIONS
                                                for g in prep.children):
            return True
    return False


def elided_ordinal(tok: Token) -> int | None:
    """The number of an ordinal that stands for a round by itself ("and the second in X", "followed by a third
    in Y"): an ordinal word heading its own phrase with an article, else ``None``."""
    if tok.dep_ not in {"conj", "pobj", "nsubj", "nsubjpass", "dobj", "appos"} or tok.lower_ == "first":
        return None
    return ordinal_word(tok)


def ordinal_word(tok: Token) -> int | None:
    """The number of an ordinal word with an article ("the third", "a 5th"), else ``None``."""
    if tok.lower_ == "first" or not any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in tok.children):
        return None
    m = ORDINAL_RE.match(tok.lower_)
    return int(m[1]) if m else ORDINALS.get(tok.lower_) if tok.lower_ not in {"initial", "opening"} else None


COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
SIDE_COUNTS = {"bilateral": 2, "trilateral": 3, "tripartite": 3, "quadrilateral": 4}


def side_count(tok: Token) -> int | None:
    """How many sides a trigger's modifier says the talks have ("three-way talks", "tripartite talks"), or a
    meeting verb's subject ("the ministers of the three states met"), else ``None``."""
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in SIDE_COUNTS:
            return SIDE_COUNTS[c.lower_]
        if c.dep_ in {"compound", "amod"} and c.lower_ == "way":
            return next((COUNTS[n.lower_] for n in c.children if n.dep_ == "nummod" and n.lower_ in COUNTS), None)
    if tok.pos_ == "VERB":  # "the foreign ministers of the three states met", "the four countries met"
        for subj in (c for c in tok.children if c.dep_ == "nsubj"):
            for t in subj.subtree:
                if t.lemma_.lower() in _COUNTED_SIDES and t.tag_ == "NNS" and (n := next(
                        (COUNTS[d.lower_] for d in t.children if d.dep_ == "nummod" and d.lower_ in COUNTS), 0)) >= 3:
                    return n
    return None


_COUNTED_SIDES = frozenset({"state", "country", "nation", "government", "party", "side"})  # "the three states"


def first_rounds(tok: Token) -> int:
    """How many rounds "the first two rounds" names (2), else 0: a plural round noun with "first" and a count."""
    if tok.tag_ != "NNS" or not any(c.lower_ == "first" for c in tok.children):
        return 0
    return next((COUNTS.get(c.lower_) or int(c.text) for c in tok.children if c.dep_ == "nummod"
                 and (c.lower_ in COUNTS or c.text.isdigit())), 0)


def apposed_round(tok: Token) -> int | None:
    """The round an ordinal set beside the talks gives ("last week's meeting in X, the fourth since ..."), the
    parser hanging it on the trigger or on its place, else ``None``."""
    near = [tok, *(g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
    return next((n for h in near for c in h.children if c.dep_ in {"appos", "npadvmod"} and c.i > h.i
                 and (n := ordinal_word(c))), None)
