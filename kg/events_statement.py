"""Statements read from one article: a named speaker said, told, tweeted or urged something.

The speaker is the subject of a speech verb (``speech_verbs.txt``). A pronoun resolves to the nearest
named person (he/she) or organization (it) before it in the same or the previous paragraph; a definite
role noun ("the Kremlin spokesman") to the nearest earlier person holding that role; anything else
(an unnamed "senior official") leaves the statement out.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.events_common import MentionIndex, date_of, evidence, name_span, paragraph_of, paragraph_starts, sentences
from kg.events_lexicon import state_of, words
from kg.model import CleanArticle, EventDraft, Mention

_QUOTE = re.compile(r"“([^“”]{3,})(?:”|$)|(?<![,.!?])\"([^\"]{3,})(?:\"|$)")
_DEMANDS = {"demand", "urge", "call", "ask"}
_PRONOUNS = {"he": "Person", "she": "Person", "it": "Organization"}
_NEEDS_OBJECT = {"call", "add", "write", "post", "state", "note", "ask", "respond", "reply"}
_ADDRESSING = {"tell", "urge", "ask", "warn", "accuse", "criticize", "criticise", "call", "inform", "brief"}


def _quotes(sent: Span) -> list[tuple[int, int, str]]:
    """The quotes in ``sent``: (start char, end char, text)."""
    base = sent.start_char
    out = []
    for m in _QUOTE.finditer(sent.text):
        g = 1 if m.group(1) is not None else 2
        out.append((base + m.start(g), base + m.end(g), m.group(g).strip(" ,")))
    return out


def _clause(verb: Token) -> Span | None:
    """The reported clause of ``verb``: its ccomp, else everything right of it in its phrase ("urged X to Y")."""
    ccomp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if ccomp is not None:
        toks = list(ccomp.subtree)
        return verb.doc[toks[0].i : toks[-1].i + 1]
    right = [c for c in verb.rights if c.dep_ not in {"punct", "cc", "conj", "advcl", "npadvmod"}
             and not (c.dep_ == "prep" and c.lower_ in {"in", "during", "at", "on", "after", "before"})]
    if not right:
        return None
    if verb.lemma_.lower() == "call" and not any(c.lower_ in {"for", "on"} for c in right):
        return None
    toks = [t.i for c in right for t in c.subtree]
    return verb.doc[min(toks) : max(toks) + 1]


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, shared from the verb it is conjoined to or completes when it has none."""
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if v.dep_ not in {"conj", "advcl", "xcomp"}:
            return None
        v = v.head
    return None


class _Speakers:
    """Resolves the subject of a speech verb to a named speaker, remembering the paragraphs."""

    def __init__(self, doc: Doc, index: MentionIndex) -> None:
        self.doc = doc
        self.index = index
        self.starts = paragraph_starts(doc.text)
        self.said: list[tuple[int, str, str]] = []  # (char offset, speaker, type) of statements so far

    def _window(self, tok: Token) -> int:
        """The char offset where the previous paragraph of ``tok`` begins."""
        para = paragraph_of(tok.idx, self.starts)
        return self.starts[max(0, para - 1)]

    def named(self, tok: Token) -> tuple[str, str] | None:
        """The (surface, type) of a person or organization ``tok`` names, if any."""
        text, kind = name_span(tok, self.index)
        if kind in {"Person", "Organization"} and tok.pos_ == "PROPN" and not state_of(text):
            return text, kind
        return None

    def _before(self, tok: Token, kind: str) -> Mention | None:
        """The nearest named ``kind`` before ``tok`` in its own or the previous paragraph."""
        found = self.index.before(tok.idx, [kind], since=self._window(tok))
        if found:
            return found[0]
        for ent in reversed([e for e in self.doc.ents if self._window(tok) <= e.start_char and e.end <= tok.i]):
            if {"PERSON": "Person", "ORG": "Organization"}.get(ent.label_) == kind and not state_of(ent.text):
                return Mention(ent.text, kind, ent.start_char, ent.end_char, 0)
        return None

    def remember(self, subj: Token, speaker: str) -> None:
        """Note that ``speaker`` spoke at ``subj`` (pronouns later in the text may refer to them)."""
        named = self.named(subj)
        kind = named[1] if named else _PRONOUNS.get(subj.lower_, "Person" if subj.pos_ == "NOUN" else "Organization")
        if not named and subj.pos_ == "NOUN":
            kind = next((m.type for m in self.index.mentions if m.text == speaker), kind)
        self.said.append((subj.idx, speaker, kind))

    def resolve(self, subj: Token) -> str | None:
        """The named speaker ``subj`` stands for, or ``None`` when the text does not make it clear."""
        if named := self.named(subj):
            return named[0]
        if subj.lower_ in _PRONOUNS:
            kind = _PRONOUNS[subj.lower_]
            sent_start = subj.sent.start_char
            here = [m for m in self.index.before(subj.idx, [kind], since=sent_start)]
            if here:
                return here[0].text
            recent = [name for pos, name, k in self.said if k == kind and pos >= self._window(subj)]
            if recent:
                return recent[-1]
            if kind != "Person":
                return None
            found = self._before(subj, kind)
            return found.text if found else None
        if subj.pos_ != "NOUN" or not any(c.lower_ == "the" for c in subj.children):
            return None
        role = subj.lower_
        since = self._window(subj)
        for m in self.index.before(subj.idx, ["Person", "Organization"], since=since):
            if m.type == "Person" and m.role and role in m.role.lower().split():
                return m.text
            if m.type == "Organization" and m.text.lower().split()[-1] == role:
                return m.text
        return None


def _addressee(verb: Token, index: MentionIndex) -> str | None:
    """The named person, organization or state ``verb`` addresses ("told Reuters", "urged the EU")."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    if obj is None:
        return None
    text, kind = name_span(obj, index)
    if obj.pos_ == "PROPN" and kind in {"Person", "Organization", "Country", "Place"}:
        return state_of(text) or text
    return None


def _text(verb: Token, quotes: list[tuple[int, int, str]]) -> tuple[str | None, int]:
    """What ``verb`` reports and how good a reading it is: a full clause (2), a quote (1), an object (0)."""
    clause = _clause(verb)
    if clause is not None and quotes and not any(clause.start_char <= a < clause.end_char for a, _, _ in quotes):
        return " ".join(q for _, _, q in quotes), 1
    if clause is not None:
        return clause.text, 2 if any(c.dep_ == "ccomp" for c in verb.children) else 0
    if quotes and verb.lemma_.lower() not in _NEEDS_OBJECT - {"add"}:
        return " ".join(q for _, _, q in quotes), 1
    return None, -1


def find_statements(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[EventDraft]:
    """Statement drafts of one article: one per sentence and named speaker, its best-read verb."""
    speakers = _Speakers(doc, index)
    verbs = words("speech_verbs.txt")
    ceasefire = words("ceasefire_terms.txt")
    out: list[EventDraft] = []
    for sent in sentences(doc):
        quotes = _quotes(sent)
        best: dict[str, tuple[int, Token, Token, str]] = {}
        for v in sent:
            lemma = v.lemma_.lower()
            if lemma not in verbs or v.pos_ != "VERB":
                continue
            text, rank = _text(v, quotes)
            subj = _subject(v)
            if text is None or subj is None:
                continue
            speaker = speakers.resolve(subj)
            if speaker is None:
                continue
            if speaker not in best or rank > best[speaker][0]:
                best[speaker] = (rank, v, subj, text)
        for speaker, (_, v, subj, text) in best.items():
            speakers.remember(subj, speaker)
            when = date_of([v], article)
            demand = v.lemma_.lower() in _DEMANDS and any(t in text.lower() for t in ceasefire)
            addressee = _addressee(v, index) if v.lemma_.lower() in _ADDRESSING else None
            out.append(EventDraft(
                kind="Statement", evidence=evidence(sent, article, 0.8 if speakers.named(subj) else 0.6),
                date=when or article.published, date_basis="stated" if when else "article",
                speaker=speaker, addressee=addressee, text=text, participants=(speaker,),
                cameo="1056" if demand else "010"))
    return out
