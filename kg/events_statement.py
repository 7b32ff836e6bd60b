"""Statements read from one article: a named speaker said, told, tweeted or urged something.

The speaker is the subject of a speech verb (``speech_verbs.txt``; "present"/"issue" only with a message
such as demands or a statement) that names a person, an organization or a state ("Nepal said Sunday"); also
each of coordinated names, the name a title governs ("U.N. refugee chief X tweeted"), a state's delegates or
government ("Icelandic delegates demanded", "the Latvian government said"), and a surname the model left
untagged when the person was named in full before. A pronoun resolves to the nearest named speaker of its
kind before it in the same or the previous paragraph; a definite role noun ("the ministry") to the nearest
earlier holder, or further back to the one person whose role has all of a title's words ("the prime
minister"); a bare institution ("the ministry said") to the last one that spoke; a short organization name
("the Defense Ministry") to the nearest earlier full name that contains its words; a body ("the Coalition
secretariat") or a person's office ("X's office") to its owner; a title subject to the name set off in its
phrase ("the UN envoy for Y, Eva Lind, said", names in :mod:`kg.events_statement_names`). Anything else (an
unnamed "senior official") leaves the statement out, and so do speech verbs that only describe a noun
("officials it accuses of ..."), participles hanging on another act ("followed suit, announcing an embargo")
and announcements of a sanction (a sanction, not a statement).

The date is the one the sentence states (:func:`kg.events_when.stated_date`), else one read around the
verb (:mod:`kg.events_statement_when`: a fronted or set-off date, "A day earlier", the date of the meeting
it accompanied), else the date of the same speaker's statement, attribution ("according to X's update
late Sunday") or quoted remark at most three sentences before, or of their next statement at most three
sentences on, else the article's date (basis "article"). Several statements of one speaker on one day in one
article are one statement: their drafts share one text, so the merge makes them one event.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from kg.events_common import MentionIndex, date_of, evidence, name_span, paragraph_of, paragraph_starts, sentences
from kg.events_lexicon import measures, state_of, words
from kg.events_statement_names import (INSTITUTIONS, Canon, appositive_person, compound_name, org_words,
                                       stranded_name, titled_names, with_state)
from kg.events_statement_when import (accompanied_date, afterwards_date, days_earlier, framed_date, leading_date,
                                      when_date)
from kg.events_when import occasions, phrase_tokens, stated_date
from kg.gazetteer import lookup_place
from kg.model import CleanArticle, EventDraft, Mention

_QUOTE = re.compile(r"“([^“”]{3,})(?:”|$)|(?<![,.!?])\"([^\"]{3,})(?:\"|$)")
_DEMANDS = {"demand", "urge", "call", "ask"}
_PRONOUNS = {"he": ("Person",), "she": ("Person",), "it": ("Organization", "Country")}
_NEEDS_OBJECT = {"call", "add", "write", "post", "state", "note", "ask", "respond", "reply"}
_ADDRESSING = {"tell", "urge", "ask", "warn", "accuse", "criticize", "criticise", "call", "inform", "brief"}
#: Verbs that report speech only with a message as object ("presented a list of demands", "read a statement").
_NEEDS_MESSAGE = {"present", "issue", "submit", "deliver", "release", "read"}
_MESSAGES = {"demand", "proposal", "plan", "statement", "position", "offer", "list", "ultimatum", "declaration",
             "communique", "appeal", "warning"}
#: Nouns for a written statement: "issued an advisory urging ..." speaks through it.
_DOCUMENTS = {"statement", "advisory", "report", "update", "message", "communique", "post", "tweet", "letter",
              "bulletin", "release", "notice", "video", "warning"}
#: Plural nouns that speak for the state their demonym names ("Icelandic delegates demanded").
_DELEGATES = {"delegate", "delegation", "negotiator"}
#: Nouns for a state's government: "the Latvian government said", "Iceland's government said".
_GOVERNMENT = {"government", "administration", "cabinet"}
#: Verbs whose complement is a speech act that did not happen ("declined to comment").
_REFUSALS = {"decline", "refuse", "fail"}
#: Nouns for a body of an organization that speaks for it ("the Coalition secretariat", "the rebels' command").
_BODIES = {"secretariat", "command", "leadership", "headquarters", "bureau", "presidium", "politburo"}
#: Nouns that, as "the group", stand for the organization the story is about.
_ORG_NOUNS = {"group", "movement", "bloc", "alliance", "coalition", "organisation", "organization", "militia",
              "union", "body", "agency", "faction", "front", "network"}
_WINDOW = 3  # sentences over which a stated date carries to the same speaker's next statements
#: Dependencies of a name that is an actor of its clause (a subject, or the head of "X, who said").
_SUBJECTS = {"nsubj", "nsubjpass"}


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
    if ccomp is None:  # "said in a statement that ...": the parse hangs the clause on the statement
        ccomp = next((a for p in verb.children if p.dep_ == "prep" for d in p.children
                      if d.dep_ == "pobj" and d.lemma_.lower() in _DOCUMENTS for a in d.children
                      if a.dep_ in {"acl", "relcl"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)), None)
    if ccomp is not None:
        toks = list(ccomp.subtree)
        return verb.doc[toks[0].i : toks[-1].i + 1]
    right = [c for c in verb.rights if c.dep_ not in {"punct", "cc", "conj", "advcl", "npadvmod"}
             and not (c.dep_ == "prep" and c.lower_ in {"in", "during", "at", "on", "after", "before"})]
    if not right:
        return None
    if verb.lemma_.lower() == "call" and not any(c.lower_ in {"for", "on"} or c.dep_ == "oprd" for c in right):
        return None  # "called for", "called on", "called the plan a sham"; not "called a meeting"
    toks = [t.i for c in right for t in c.subtree]
    return verb.doc[min(toks) : max(toks) + 1]


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, shared from the verb it is conjoined to or completes when it has none;
    for "issued an advisory urging ..." the subject of the verb that issued the document."""
    v = verb
    for _ in range(3):
        passive = any(c.dep_ == "auxpass" for c in v.children)
        subjs = [c for c in v.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and not passive)]
        # two subjects: a title and the name the parse split from it ("The group's co-chair, Eva Lind, told")
        subj = next((c for c in subjs if c.pos_ == "PROPN"), subjs[0]) if len(subjs) > 1 else next(iter(subjs), None)
        if subj is not None:
            return v.head if subj.lower_ == "who" and v.dep_ == "relcl" else subj
        if v.dep_ == "acl" and v.head.lemma_.lower() in _DOCUMENTS and v.head.dep_ in {"dobj", "pobj"}:
            v = v.head.head
            continue
        if v.dep_ not in {"conj", "advcl", "xcomp"}:
            return None
        if v.dep_ == "conj" and v.head.dep_ == "ccomp" and is_speech(v.head.head):
            v = v.head.head  # "stated that X had failed and urged Y": urged by who stated, not by X
            continue
        v = v.head
    return None


def is_speech(v: Token) -> bool:
    """True when ``v`` is a verb reporting speech (a message verb only with a message as object)."""
    if v.pos_ != "VERB":
        return False
    lemma = v.lemma_.lower()
    if lemma in _NEEDS_MESSAGE:
        objs = [c for c in v.children if c.dep_ == "dobj"]
        objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        return any(o.lemma_.lower() in _MESSAGES for o in objs)
    return lemma in words("speech_verbs.txt")


def describes(v: Token) -> bool:
    """True for a speech verb that reports no speech act of its own: modal or negated ("can confirm"),
    describing a noun ("officials it accuses of ...", "images that it said were shelled"), hanging as a participle on another act
    ("followed suit, announcing ..."), adding something to a list ("added X to its sanctions list"), or announcing
    a sanction."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in v.children):
        return True  # "can confirm", "would not say": no act that happened
    lead = v.head if v.dep_ == "conj" and v.head.tag_ == "VBG" else v  # "with X blaming Y and Z warning ..."
    if v.tag_ == "VBG" and lead.head.lower_ == "with":
        return True  # "with the government claiming ...": background to another event
    if v.tag_ == "VBN" and v.dep_ in {"advcl", "acl"}:
        return True  # "Asked about the talks, she said ...": the subject was asked, not asking
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in _REFUSALS:
        return True  # "declined to say": nothing said
    if v.dep_ == "relcl":  # "X, who said", "the day when X said", "the United States, whose envoy said"
        about = any(c.dep_ == "dobj" and c.lower_ in {"which", "that", "whom"} for c in v.children)
        return not any((c.dep_ == "nsubj" and (c.lower_ == "who" or (about and c.pos_ == "PROPN")  # "drills, which X
                                               or any(p.lower_ == "whose" for p in c.children)))  # denounced as ..."
                       or c.lower_ == "when" for c in v.children)
    if v.dep_ == "acl":
        return not (v.tag_ == "VBG" and v.head.lemma_.lower() in _DOCUMENTS)
    if v.dep_ == "advcl" and v.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in v.children):
        saying = v.lemma_.lower() == "say" and any(c.dep_ == "ccomp" for c in v.children)
        if not is_speech(v.head) and not saying:  # "X rejected the charge, saying ..." is X speaking
            return True
    if v.lemma_.lower() == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in v.children):
        return True  # "added five firms to its sanctions list": a listing, not speech
    if v.lemma_.lower() == "announce":
        said = " ".join(t.text for t in v.subtree)
        return any(m.pattern.search(said) for m in measures())
    return False


class _Speakers:
    """Resolves the subject of a speech verb to named speakers, remembering who spoke where."""

    def __init__(self, doc: Doc, index: MentionIndex) -> None:
        self.doc = doc
        self.index = index
        self.starts = paragraph_starts(doc.text)
        self.said: list[tuple[int, str, str]] = []  # (char offset, speaker, type) of statements so far
        self.bodies: list[tuple[int, str, str]] = []  # (char offset, lemma, state) of "Latvia's ministry" and the like

    def _window(self, tok: Token) -> int:
        """The char offset where the previous paragraph of ``tok`` begins."""
        para = paragraph_of(tok.idx, self.starts)
        return self.starts[max(0, para - 1)]

    def named(self, tok: Token) -> tuple[str, str] | None:
        """The (surface, type) of a person, organization or state ``tok`` names, if any (a state by its name)."""
        text, kind = name_span(tok, self.index)
        mention = self.index.at(tok)
        if (state := state_of(text)) and tok.pos_ == "PROPN" and kind in {"Organization", "Country", "Place"}:
            return state, "Country"
        name = " ".join(t.text for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i)
        if tok.pos_ == "PROPN" and " " not in text and kind != "Country" and not state_of(text):
            # a word of a person's name the model took for something else: "Lidia Cusi Yapura" ... "Cusi told"
            earlier = self.index.before(tok.idx, ["Person"])
            if middle := next((m.text for m in earlier if name in m.text.split()[1:-1]), None):
                return middle, "Person"
        if kind == "Person" and tok.pos_ == "PROPN":
            return text, kind
        if kind == "Organization" and (tok.pos_ == "PROPN" or mention is not None):
            return with_state(self.full_org(text, tok), tok, self.index), kind
        if tok.pos_ == "PROPN" and (kind is None or kind not in {"Person", "Organization", "Country"}
                                    and (kind != "Place" or lookup_place(text) is None)):
            # a surname the model left untagged ("Okafor said"): the person named in full before
            earlier = self.index.before(tok.idx, ["Person"])
            if any(m.type == "Person" and m.text.endswith(" " + name) for m in earlier) \
                    or any(said.endswith(" " + name) and pos < tok.idx for pos, said, _ in self.said):
                return name, "Person"
        return None

    def full_org(self, text: str, tok: Token) -> str:
        """The nearest earlier organization name that contains all words of ``text`` and more, else ``text``."""
        want = org_words(text)
        if not want:
            return text
        for m in self.index.before(tok.idx, ["Organization"]):
            have = org_words(m.text)
            if want < have:
                return re.sub(r"^the\s+", "", m.text, flags=re.I)
        return text

    def _before(self, tok: Token, kind: str) -> Mention | None:
        """The named ``kind`` a pronoun at ``tok`` refers to, in its own or the previous paragraph: the nearest
        one that was the actor of its clause or spoke (a subject, the head of "who ..."), else the nearest one;
        names that only modify a noun ("the X barrage") are passed over."""
        since = self._window(tok)
        found = [m for m in self.index.before(tok.idx, [kind], since=since) if self._referring(m)]
        salient = [(m.start, m) for m in found if self._salient(m)]
        salient += [(pos, Mention(name, k, pos, pos, 0)) for pos, name, k in self.said
                    if k == kind and since <= pos < tok.idx]
        if salient:
            return max(salient, key=lambda x: x[0])[1]
        if found:
            return found[0]
        for ent in reversed([e for e in self.doc.ents if self._window(tok) <= e.start_char and e.end <= tok.i]):
            if {"PERSON": "Person", "ORG": "Organization"}.get(ent.label_) == kind and not state_of(ent.text):
                return Mention(ent.text, kind, ent.start_char, ent.end_char, 0)
        return None

    def _role_of(self, m: Mention) -> str:
        """The role of person ``m``, else the role an earlier mention of the same person carries ("Water
        Minister X Y" paragraphs before a bare "Y rejected the charge. The minister said")."""
        if m.role:
            return m.role
        parts = set(m.text.split())
        same = [e for e in self.index.before(m.start, ["Person"]) if e.role and parts & set(e.text.split())]
        return same[0].role if same else ""

    def _root(self, m: Mention) -> Token | None:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None else None

    def _referring(self, m: Mention) -> bool:
        """False for a name used as a modifier or with an article ("the X barrage", "the X's flow")."""
        root = self._root(m)
        if root is None:
            return True
        if root.dep_ == "compound" and root.head.pos_ == "NOUN":
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        before = self.doc[span.start - 1] if span is not None and span.start > 0 else None
        return not (before is not None and before.lower_ == "the" and len(m.text.split()) == 1)

    def _salient(self, m: Mention) -> bool:
        """True when the name is the actor of its clause: its subject (or the subject's apposition or
        conjunct), or the head of a "who" clause."""
        root = self._root(m)
        if root is None:
            return False
        head = root.head if root.dep_ in {"appos", "conj"} else root
        if head.dep_ in _SUBJECTS:
            return True
        return any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
                   for c in root.children)

    def _state_before(self, tok: Token) -> str | None:
        """The state "its" refers to: the nearest state before ``tok`` (in this or the previous paragraph)
        that was the subject of its clause, else the nearest state."""
        found = [m for m in self.index.before(tok.idx, ["Country", "Place", "Organization"], since=self._window(tok))
                 if state_of(m.text)]
        best = next((m for m in found if self._salient(m)), found[0] if found else None)
        return state_of(best.text) if best else None

    def remember(self, pos: int, speaker: str, kind: str) -> None:
        """Note that ``speaker`` (of ``kind``) spoke at char ``pos``: pronouns later on may refer to them."""
        self.said.append((pos, speaker, kind))

    def kind_of(self, subj: Token, speaker: str) -> str:
        """The kg type of the speaker ``subj`` stands for."""
        if named := self.named(subj):
            return named[1]
        if state_of(speaker):
            return "Country"
        found = next((m.type for m in self.index.mentions if m.text == speaker), None)
        return found or (_PRONOUNS.get(subj.lower_) or ("Person",))[0]

    def resolve_all(self, subj: Token) -> list[tuple[Token, str]]:
        """Every named speaker the subject stands for: the subject and its conjuncts, else the names its
        title governs ("Russian oligarchs X and Y", "U.N. High Commissioner for Refugees X")."""
        if subj.pos_ == "PROPN" and (person := appositive_person(subj)) is not None:
            return [(person, compound_name(person))]  # "The EU Special Representative for X, Eva Lind, said"
        found = [(t, s) for t in (subj, *subj.conjuncts) if (s := self.resolve(t))]
        for t in subj.conjuncts:  # "X and its ally, Y, said": the ally speaks too
            if t.pos_ == "NOUN" and not self.resolve(t):
                found += [(a, s) for a in t.children if a.dep_ == "appos" and (s := self.resolve(a))]
        if found or subj.lower_ in _PRONOUNS:
            return found
        for name in (c for c in subj.children if c.dep_ == "appos"):  # "Its foreign minister, X, said"
            if (named := self.named(name)) and named[1] == "Person":
                return [(t, s) for t in (name, *name.conjuncts) if (s := self.resolve(t))]
        if (person := appositive_person(subj)) is not None:  # "Estonia's envoy to the UN, Eva Lind, said"
            return [(person, compound_name(person))]
        for name in titled_names(subj):
            found += [(t, s) for t in (name, *name.conjuncts) if (s := self.resolve(t))]
        return found

    def _last_actor(self, subj: Token, kinds: tuple[str, ...]) -> str | None:
        """The organization or state (of ``kinds``) "it" or "the group" at ``subj`` stands for: the last one that
        spoke in this or the previous paragraph, or that was the subject of its clause in this paragraph ("The
        EU welcomed the talks. It said ...")."""
        recent = [(pos, name) for pos, name, k in self.said if k in kinds and pos >= self._window(subj)]
        para = self.starts[paragraph_of(subj.idx, self.starts)]
        recent += [(m.start, state_of(m.text) or re.sub(r"^the\s+", "", m.text, flags=re.I))
                   for m in self.index.before(subj.idx, kinds, since=para) if self._salient(m) and self._referring(m)]
        return max(recent)[1] if recent else None

    def resolve(self, subj: Token) -> str | None:
        """The named speaker ``subj`` stands for, or ``None`` when the text does not make it clear."""
        if named := self.named(subj):
            return named[0]
        if subj.lower_ in _PRONOUNS:
            kinds = _PRONOUNS[subj.lower_]
            if "Person" in kinds:  # the nearest person named before, in this or the previous paragraph
                found = self._before(subj, "Person")
                return found.text if found else None
            return self._last_actor(subj, kinds)
        if subj.lemma_.lower() in _ORG_NOUNS and [c.lower_ for c in subj.children if c.dep_ != "punct"] == ["the"] \
                and (found := self._last_actor(subj, ("Organization",))):
            return found  # "The Eastern Front rejected it. In a statement, the group called it ..."
        if subj.lemma_.lower() in _DELEGATES | _GOVERNMENT | INSTITUTIONS:
            if any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subj.children):
                return self._state_before(subj)  # "X welcomed the deal. Its foreign ministry said ..."
            if subj.lemma_.lower() == "office" and (person := next(
                    (p for c in subj.children if c.dep_ == "poss" and (p := self.named(c)) and p[1] == "Person"), None)):
                return person[0]  # "Lind's office said": the office speaks for her
            if subj.lemma_.lower() in INSTITUTIONS:  # "Latvia's presidency", "the Estonian army"
                found = next((st for c in subj.children if c.dep_ in {"amod", "poss"}
                              and (st := state_of(name_span(c, self.index)[0]) or state_of(c.text))), None)
            else:
                owners = [c for c in subj.children if c.dep_ in {"amod", "compound", "poss"}]
                owners += [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                           if g.dep_ == "pobj" and g.pos_ == "PROPN"]  # "the government in Lisbon said"
                found = next((st for c in owners if (st := state_of(c.text))), None)
            if found:
                self.bodies.append((subj.idx, subj.lemma_.lower(), found))
            if found or [c.lower_ for c in subj.children if c.dep_ != "punct"] != ["the"]:
                return found
            # a bare "the ministry": the last one that spoke in this paragraph or the one before
            recent = [name for pos, lemma, name in self.bodies if self._window(subj) <= pos < subj.idx
                      and lemma == subj.lemma_.lower()]
            recent += [name for pos, name, _ in self.said if self._window(subj) <= pos < subj.idx
                       and name.lower().split()[-1] == subj.lower_]
            if recent:
                return recent[-1]
        if subj.lemma_.lower() in _BODIES:  # "the Coalition secretariat said", "the rebels' central command said"
            for c in subj.children:
                if c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN" and not state_of(c.text):
                    text, kind = name_span(c, self.index)
                    text = re.sub(r"\s*['’]s?$", "", text)
                    full = self.full_org(text, c)
                    if kind == "Organization" or full != text:
                        return full
        if subj.pos_ != "NOUN" or not any(c.lower_ == "the" for c in subj.children):
            return None
        role = subj.lower_
        since = self._window(subj)
        for m in self.index.before(subj.idx, ["Person", "Organization"], since=since):
            if m.type == "Person" and role in self._role_of(m).lower().split():
                return m.text
            if m.type == "Organization" and m.text.lower().split()[-1] == role:
                return re.sub(r"^the\s+", "", m.text, flags=re.I)
        # further back, only the one person whose role has all the title's words ("the prime minister")
        title = {c.lower_ for c in subj.children if c.dep_ in {"amod", "compound"}} | {role}
        holders = {m.text for m in self.index.before(since, ["Person"])
                   if title <= set(self._role_of(m).lower().split())}
        if len(title) > 1 and len(holders) == 1 and not any(
                m.type == "Person" and len(m.text.split()) > 1 and not set(m.text.split()) & set(next(iter(holders)).split())
                for m in self.index.before(subj.idx, ["Person"], since=since)):
            return holders.pop()
        return None


def _addressee(verb: Token, index: MentionIndex) -> str | None:
    """The named person, organization or state ``verb`` addresses ("told the wire agency", "urged the EU")."""
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


def _attributions(sent: Span, speakers: _Speakers, canon: Canon, article: CleanArticle) -> list[tuple[str, date]]:
    """(speaker, date) of each dated "according to X ..." in ``sent`` ("according to a Defense Ministry
    update late Sunday"): no statement of its own, but the date of what the speaker says next."""
    out = []
    for t in sent:
        if t.lower_ != "according" or article.published is None:
            continue
        for to in (c for c in t.children if c.lower_ == "to"):
            sub = [x for p in to.children for x in p.subtree]
            who = next((n for x in sub if (n := speakers.named(x))), None)
            when = next((d for x in sub if x.ent_type_ in {"DATE", "TIME"}
                         and (d := stated_date(to, sent, article) or _ent(x, article))), None)
            if who and when:
                out.append((canon(*who), when))
    return out


def _occasions(sent: Span, speakers: _Speakers, canon: Canon, article: CleanArticle) -> list[tuple[str, date]]:
    """(speaker, date) of a dated speaking occasion the sentence puts its subject at without a speech verb
    ("In an interview on Sunday, he did not hide his frustration."): the date of what they say next."""
    out = []
    for t in sent:
        if t.lemma_.lower() not in occasions() or t.dep_ != "pobj" or t.head.lower_ not in {"in", "at", "during"}:
            continue
        verb = t.head.head
        if verb.pos_ not in {"VERB", "AUX"} or is_speech(verb) or (subj := _subject(verb)) is None:
            continue
        when = date_of([t], article) or date_of([verb], article) or next(  # "in a post on X after landing on Sunday"
            (d for x in phrase_tokens(t) if x.ent_type_ in {"DATE", "TIME"} and (d := _ent(x, article))), None)
        if when is not None:
            out += [(canon(s, speakers.kind_of(tok, s)), when) for tok, s in speakers.resolve_all(subj)]
    quotes = [(a, b) for a, b, _ in _quotes(sent)]
    for verb in sent:  # "X dismissed the bans as "childish" when contacted last night": quoted, so spoken then
        if verb.pos_ != "VERB" or is_speech(verb) or verb.dep_ not in {"ROOT", "conj"} or (subj := _subject(verb)) is None:
            continue
        if not any(t.head == verb or t.head.head == verb for t in verb.subtree if any(a <= t.idx < b for a, b in quotes)):
            continue
        when = stated_date(verb, sent, article, quotes) or when_date(verb, article)
        if when is not None:
            out += [(canon(s, speakers.kind_of(tok, s)), when) for tok, s in speakers.resolve_all(subj)]
    return out


def _ent(tok: Token, article: CleanArticle) -> date | None:
    from kg.dates import parse_date_expr

    ent = next(e for e in tok.doc.ents if e.start <= tok.i < e.end)
    return parse_date_expr(ent.text, article.published, "past") if article.published else None


def find_statements(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[EventDraft]:
    """Statement drafts of one article: one per sentence and named speaker (its best-read verb); drafts of
    one speaker on one day share one text."""
    speakers = _Speakers(doc, index)
    canon = Canon(index.mentions)
    ceasefire = words("ceasefire_terms.txt")
    out: list[EventDraft] = []
    numbered: list[tuple[int, bool]] = []  # (sentence number, pluperfect "had said") of each draft in ``out``
    dated: list[tuple[int, str, date]] = []  # (sentence number, speaker, stated date)
    held: dict[str, date] = {}  # occasion lemma -> the date of the last dated statement made at one
    for n, sent in enumerate(sentences(doc)):
        if _headline(sent):
            continue
        quotes = _quotes(sent)
        spans = [(a, b) for a, b, _ in quotes]
        best: dict[str, tuple[int, Token, Token, str, str, Token]] = {}
        acts: dict[str, list[Token]] = {}
        for v in sent:
            if not is_speech(v) or describes(v):
                continue
            text, rank = _text(v, quotes)
            subj = _subject(v) or stranded_name(v)
            if text is None or subj is None:
                continue
            for tok, speaker in speakers.resolve_all(subj):
                kind = speakers.kind_of(tok, speaker)
                name = canon(speaker, kind)
                canon.note(name)
                acts.setdefault(name, []).append(v)
                if name not in best or rank > best[name][0]:
                    best[name] = (rank, v, tok, text, kind, subj)
        dated += [(n, who, when) for who, when in _attributions(sent, speakers, canon, article)]
        dated += [(n, who, when) for who, when in _occasions(sent, speakers, canon, article)]
        for speaker, (_, v, tok, text, kind, subj) in best.items():
            speakers.remember(tok.idx, speaker, kind)
            when = next((d for x in [v, *acts[speaker]] if (d := stated_date(x, sent, article, spans))), None)
            if when is None:  # "said at the same news conference"
                when = next((held[t.lemma_.lower()] for x in [v, *acts[speaker]] for t in phrase_tokens(x, spans)
                             if t.lemma_.lower() in held and any(c.lower_ == "same" for c in t.children)), None)
            if when is None and (back := days_earlier(v)) is not None:  # "A day earlier, X had warned"
                base = next((d for k, _, d in reversed(dated) if k < n and n - k <= _WINDOW), None)
                when = base - timedelta(days=back) if base else None
            if when is None:  # "Last Thursday, ...", "X, briefing lawmakers on Monday, said", "as she opened the session"
                when = (leading_date(v, article, spans) or framed_date(v, subj, article, spans)
                        or when_date(v, article) or accompanied_date(v, sent, article)
                        or afterwards_date(v, sent, article))
            if when is None:
                when = next((d for k, who, d in reversed(dated) if who == speaker and n - k <= _WINDOW), None)
            if when is not None:
                dated.append((n, speaker, when))
                held.update({t.lemma_.lower(): when for t in sent if t.lemma_.lower() in occasions()})
            demand = v.lemma_.lower() in _DEMANDS and any(t in text.lower() for t in ceasefire)
            addressee = _addressee(v, index) if v.lemma_.lower() in _ADDRESSING else None
            numbered.append((n, any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)))
            out.append(EventDraft(
                kind="Statement", evidence=evidence(sent, article, 0.8 if speakers.named(tok) else 0.6),
                date=when or article.published, date_basis="stated" if when else "article",
                speaker=speaker, addressee=addressee, text=text, participants=(speaker,),
                cameo="1056" if demand else "010"))
    return _one_per_day(_dated_by_next(out, numbered))


def _dated_by_next(drafts: list[EventDraft], numbered: list[tuple[int, bool]]) -> list[EventDraft]:
    """The drafts, an undated one taking the stated date of the same speaker's next statement at most
    ``_WINDOW`` sentences on ("Lind said the parties had agreed ... / "This is the last mile," Lind said as she
    opened the session.": quotes that follow each other come from one occasion); not from a pluperfect ("had
    warned on Monday"), which reports an earlier day."""
    out = list(drafts)
    for i, d in enumerate(drafts):
        if d.date_basis != "article":
            continue
        nxt = next((j for j, e in enumerate(drafts) if j > i and e.speaker == d.speaker
                    and 0 < numbered[j][0] - numbered[i][0] <= _WINDOW), None)
        if nxt is not None and not numbered[nxt][1] and drafts[nxt].date_basis == "stated":
            out[i] = replace(d, date=drafts[nxt].date, date_basis="stated")
    return out


def _headline(sent: Span) -> bool:
    """True for a headline or subhead: a whole paragraph without closing punctuation ("X urges Y")."""
    text = sent.text.strip()
    doc = sent.doc
    alone = (sent.start == 0 or "\n" in doc[sent.start - 1].text) and (sent.end == len(doc) or "\n" in doc[sent.end].text)
    return alone and not re.search(r"[.!?:\"”’']$", text)


def _one_per_day(drafts: list[EventDraft]) -> list[EventDraft]:
    """The drafts with one shared text per (speaker, date), so that they merge into one statement."""
    texts: dict[tuple[str, date | None], list[str]] = {}
    for d in drafts:
        got = texts.setdefault((d.speaker or "", d.date), [])
        if d.text and d.text not in got:
            got.append(d.text)
    return [replace(d, text=" … ".join(texts[(d.speaker or "", d.date)]) or d.text) for d in drafts]
