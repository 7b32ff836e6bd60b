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
phrase ("the UN envoy for Y, Eva Lind, said", names in :mod:`kg.events_statement_names`); a family name
written first ("Ryom said" after "Ryom Kwang-il"); the start of an organization named in full before ("Sea
Dragon Petroleum said", "the Treasury said"); an outlet under its name ("the Herald newspaper said"); an
organization's office ("the UN's mission"). Anything else (an unnamed "senior official") leaves the statement
out, and so do speech verbs that only describe a noun ("officials it accuses of ..."), participles hanging on
another act ("followed suit, announcing an embargo"), what another speaker reports ("the spokesman said
Damascus had responded"), "declared martial law", "asked not to be named" and announcements of a sanction (a
sanction, not a statement). Any verb with an object done "in a statement" or "in a post" is a statement
("welcomed the listings in a statement"). Coordinated speakers of a joint statement speak once.

The date is the one the sentence states (:func:`kg.events_when.stated_date`), else one read around the
verb (:mod:`kg.events_statement_when`: a fronted or set-off date, "A day earlier", the date of the meeting
it accompanied), else the date of the same speaker's statement, attribution ("according to X's update
late Sunday") or quoted remark at most three sentences before, or of their next statement at most three
sentences on, else the article's date (basis "article"); "Speaking to reporters on Monday, X blamed ..." dates
what X says next. Several statements of one speaker on one day in one article are one statement: their drafts
share one text, so the merge makes them one event; so are a state's and its ministry's in consecutive sentences
("Damascus condemned it. The Syrian Foreign Ministry said ..."), and an undated one of a party and its
spokesperson's in the next sentence ("X Party spokesperson Eva Lind told a news conference on Sunday ...").
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from kg.events_common import MentionIndex, date_of, evidence, name_span, paragraph_of, paragraph_starts, sentences
from kg.events_lexicon import measures, state_of, words
from kg.events_statement_names import (INSTITUTIONS, Canon, appositive_person, compound_name, org_words,
                                       stranded_name, title_heads, titled_names, voice, with_state)
from kg.events_statement_when import (accompanied_date, afterwards_date, days_earlier, framed_date, leading_date,
                                      when_date)
from kg.events_when import occasions, phrase_tokens, speaking, stated_date
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
#: Messages an act can be done in ("welcomed the talks in a statement"): the act is a statement.
_WRITTEN = {"statement", "post", "tweet", "message", "letter", "communique", "communiqué", "video", "editorial"}
#: Nouns for a news outlet that speaks under the name compounded with it ("the Herald newspaper said").
_OUTLETS = {"newspaper", "daily", "weekly", "broadcaster", "agency", "channel", "magazine", "radio", "television"}
#: Verbs of a speaking occasion that report no words themselves ("addressed the nation", "spoke to reporters").
_ADDRESSES = {"address", "speak", "brief"}
#: Nouns for what is given as a speaking occasion ("gave a brief comment to the broadcaster").
_REMARKS = {"comment", "remark"}
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
             and not (c.dep_ == "prep" and c.lower_ in {"in", "during", "at", "on", "after", "before"}
                      and not (c.lower_ == "on" and verb.lemma_.lower() == "call"))]  # "called on X to ..."
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
    """True when ``v`` is a verb reporting speech (a message verb only with a message as object), or any verb
    with an object that acts in a written message ("welcomed the listings in a statement")."""
    if v.pos_ != "VERB":
        return False
    lemma = v.lemma_.lower()
    if lemma in _NEEDS_MESSAGE:
        objs = [c for c in v.children if c.dep_ == "dobj"]
        objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        return any(o.lemma_.lower() in _MESSAGES for o in objs)
    return lemma in words("speech_verbs.txt") or _in_message(v) or _introduces_quote(v)


def _introduces_quote(v: Token) -> bool:
    """True for a verb whose own phrase ends in a colon and a quote ("has reacted on X: "Thank you ...""): what
    follows is what was said."""
    doc, own = v.doc, {t.i for t in v.subtree}
    i = v.i + 1
    while i < len(doc) and i in own and doc[i].text != ":" and i - v.i <= 8:
        i += 1
    return i + 1 < len(doc) and doc[i].text == ":" and doc[i + 1].text in {"\"", "“"}


def _in_message(v: Token) -> bool:
    """True for an active verb with an object done "in a statement" or "in a post" ("welcomed the listings in a
    statement", "rejected the charge in a post on X"), not a sanction ("froze the assets in a notice")."""
    if v.lemma_.lower() in words("sanction_verbs.txt") | words("sanction_listing_verbs.txt") \
            or not any(c.dep_ in {"dobj", "ccomp"} for c in v.children) \
            or any(c.dep_ in {"auxpass", "neg"} for c in v.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "in" and g.dep_ == "pobj" and g.lemma_.lower() in _WRITTEN
               for p in v.children for g in p.children)


def describes(v: Token) -> bool:
    """True for a speech verb that reports no speech act of its own: modal or negated ("can confirm"),
    describing a noun ("officials it accuses of ...", "images that it said were shelled"), hanging as a participle on another act
    ("followed suit, announcing ..."), adding something to a list ("added X to its sanctions list"), or announcing
    a sanction."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in v.children):
        return True  # "can confirm", "would not say": no act that happened
    if _reported(v):
        return True  # "X said Damascus had responded positively": X speaks, not Damascus
    if v.lemma_.lower() == "ask" and any(c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children)
                                         for c in v.children):
        return True  # "a diplomat in X, who asked not to be named": anonymity, not speech
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


def _reported(v: Token) -> bool:
    """True for a speech verb with a subject of its own inside what another speech verb, before it, reports ("the
    spokesman said Damascus had responded", "told reporters that Renamo was still insisting on parity")."""
    if not any(c.dep_ in _SUBJECTS for c in v.children):
        return False
    t = v
    while t.dep_ in {"ccomp", "conj", "xcomp"} and t.head.i != t.i:
        if t.dep_ == "ccomp" and is_speech(t.head):  # not a lede's "X urged Y to ..., a spokesperson said", which
            # reports X's act, nor what follows a label ("What they're saying: X said ...")
            return t.head.i < v.i and not any(x.text == ":" for x in v.doc[t.head.i : v.i])
        t = t.head
    return False


def _titled(subj: Token) -> bool:
    """True for a bare definite person title as subject ("the facilitator"), which names who is quoted next."""
    return subj.pos_ == "NOUN" and subj.lower_ in title_heads() and [c.lower_ for c in subj.children] == ["the"]


def _joint(v: Token) -> bool:
    """True for an act done "in a joint statement": the coordinated speakers speak once, together."""
    return any(p.dep_ == "prep" and g.dep_ == "pobj" and g.lemma_.lower() in _DOCUMENTS | _WRITTEN
               and any(a.lower_ == "joint" for a in g.children) for p in v.children for g in p.children)


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
        if kind == "Person" and (tok.pos_ == "PROPN" or (mention is not None and tok.idx > mention.start)):
            return text, kind  # also the last part of a hyphenated given name the parse took for a noun
        if kind == "Organization" and (tok.pos_ == "PROPN" or mention is not None):
            return with_state(self.full_org(text, tok), tok, self.index), kind
        if tok.pos_ == "PROPN" and (kind is None or kind not in {"Person", "Organization", "Country"}
                                    and (kind != "Place" or lookup_place(text) is None)):
            # a surname the model left untagged ("Okafor said"): the person named in full before
            earlier = self.index.before(tok.idx, ["Person"])
            if any(m.type == "Person" and m.text.endswith(" " + name) for m in earlier) \
                    or any(said.endswith(" " + name) and pos < tok.idx for pos, said, _ in self.said):
                return name, "Person"
            # a family name written first ("Ryom Kwang-il" ... "Ryom said"): the one person it opens
            if " " not in name and len({m.text for m in earlier if m.text.split()[0] == name}) == 1:
                return name, "Person"
            if kind is None and (org := self.short_org(name, tok)):
                return org, "Organization"  # "Sea Dragon Petroleum said" after "Sea Dragon Petroleum Pte. Ltd."
        return None

    def short_org(self, name: str, tok: Token) -> str | None:
        """The organization named in full before that ``name`` shortens: the nearest earlier one whose name
        begins with it ("Sea Dragon Petroleum" for "Sea Dragon Petroleum Pte. Ltd."), or, for a lone word after
        "the", that has it as a word ("the Treasury" for "the US Treasury")."""
        alone = " " not in name
        if alone and not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        for m in self.index.before(tok.idx, ["Organization"]):
            full = re.sub(r"^the\s+", "", m.text, flags=re.I)
            if full != name and (full.startswith(name + " ") or (alone and name in full.split())):
                return full
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
            return [(person, self._person_name(person))]  # "The EU Special Representative for X, Eva Lind, said"
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
            return [(person, self._person_name(person))]
        for name in titled_names(subj):
            found += [(t, s) for t in (name, *name.conjuncts) if (s := self.resolve(t))]
        return found

    def title_org(self, subj: Token, name: Token) -> str | None:
        """The organization or state a person's title names before the name ("Frelimo spokesperson Eva Lind",
        "the MDC's spokesman, Eva Lind"), else ``None``."""
        for t in subj.subtree:
            if t.i >= name.i or t.pos_ != "PROPN" or t.dep_ not in {"compound", "poss"} or t.head.pos_ != "NOUN":
                continue
            if (named := self.named(t)) and named[1] in {"Organization", "Country"}:
                return named[0]
            if (full := self.full_org(t.text, t)) != t.text:
                return full  # "Frelimo spokesperson", the model taking the party for a person
        return None

    def _person_name(self, tok: Token) -> str:
        """The person's name ``tok`` ends: its person mention ("Tarek Fahmy Abdel-Razek"), else the proper
        nouns compounded before it."""
        named = self.named(tok)
        return named[0] if named and named[1] == "Person" else compound_name(tok)

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
        lemma = subj.lemma_.lower()
        if lemma in _DELEGATES | _GOVERNMENT | INSTITUTIONS and any(
                c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subj.children) \
                and (state := self._state_before(subj)):
            return state  # "Turkey said ... Its Foreign Ministry said", whatever the model made of the phrase
        if named := self.named(subj):
            return named[0]
        if lemma in _OUTLETS and (name := [c for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]):
            return compound_name(name[-1])  # "the state-owned Herald newspaper said"
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
                if found is None and (org := next((n[0] for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                                                   and (n := self.named(c)) and n[1] == "Organization"), None)):
                    return org  # "the UN's Libya mission said": the organization speaks
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
        quoted = [(a, b) for a, b, _ in _quotes(subj.sent)]
        for m in self.index.before(subj.idx, ["Person", "Organization"], since=since):
            if any(a <= m.start < b for a, b in quoted):
                continue  # a name inside the quote "the general" speaks is not the general
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
        return self._topic(subj) if role in title_heads() else None

    def _topic(self, subj: Token) -> str | None:
        """The person the sentence just before, in the same paragraph, is about (its subject) for a title no one
        named before holds ("Kang, speaking on Saturday, struck a different tone. ... the North Korean envoy
        said")."""
        sents = sentences(self.doc)
        at = next((i for i, s in enumerate(sents) if s.start <= subj.i < s.end), 0)
        if at == 0 or paragraph_of(sents[at - 1].start_char, self.starts) != paragraph_of(subj.idx, self.starts) \
                or any(t.lemma_.lower() == subj.lemma_.lower() for t in sents[at - 1]):
            return None  # not "Lind met a UN envoy. The envoy said": the title is someone else's
        root = sents[at - 1].root
        who = next((c for c in root.children if c.dep_ == "nsubj"), None)
        named = self.named(who) if who is not None else None
        return named[0] if named and named[1] == "Person" else None


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
    ("In an interview on Sunday, he did not hide his frustration.", "gave a brief comment to the broadcaster on
    his return late Thursday"): the date of what they say next."""
    out = []
    for t in sent:
        lemma = t.lemma_.lower()
        given = t.dep_ == "dobj" and lemma in occasions() | _REMARKS
        if not given and (lemma not in occasions() or t.dep_ != "pobj" or t.head.lower_ not in {"in", "at", "during"}):
            continue
        verb = t.head if given else t.head.head
        if verb.pos_ not in {"VERB", "AUX"} or is_speech(verb) or (subj := _subject(verb)) is None:
            continue
        when = date_of([t], article) or date_of([verb], article) or next(  # "in a post on X after landing on Sunday"
            (d for x in phrase_tokens(verb if given else t) if x.ent_type_ in {"DATE", "TIME"}
             and (d := _ent(x, article))), None)
        if when is not None:
            out += [(canon(s, speakers.kind_of(tok, s)), when) for tok, s in speakers.resolve_all(subj)]
    for verb in sent:  # "Speaking to reporters on Monday, X blamed the government": what X says next is of Monday
        if verb.pos_ != "VERB" or is_speech(verb) or (subj := _subject(verb)) is None:
            continue
        when = next((d for c in [*verb.children, *subj.children] if c.dep_ in {"advcl", "acl"} and speaking(c)
                     and (d := date_of([c], article))), None)  # also "X, speaking on Saturday, struck a new tone"
        if when is None and verb.lemma_.lower() in _ADDRESSES:  # "Yesterday evening, X addressed the nation."
            when = date_of([verb], article)
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
    untitled_at: tuple[int, int, date] | None = None  # (sentence, paragraph, date) of a dated "the facilitator said"
    for n, sent in enumerate(sentences(doc)):
        if _headline(sent):
            continue
        quotes = _quotes(sent)
        spans = [(a, b) for a, b, _ in quotes]
        best: dict[str, tuple[int, Token, Token, str, str, Token]] = {}
        acts: dict[str, list[Token]] = {}
        for v in sent:
            if not is_speech(v) or describes(v) or any(a <= v.idx < b for a, b in spans):
                continue  # a speech verb in a quote is the quoted speaker's words ("it calls for calm")
            text, rank = _text(v, quotes)
            subj = _subject(v) or stranded_name(v)
            if text is None or subj is None or (v.lemma_.lower() == "declare" and rank < 1):
                continue  # "declared martial law": an act, not speech
            found = speakers.resolve_all(subj)[: 1 if _joint(v) else None]
            if not found and _titled(subj) and (when := stated_date(v, sent, article, spans)):
                untitled_at = (n, paragraph_of(subj.idx, speakers.starts), when)
            for tok, speaker in found:
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
            if when is None and untitled_at and 0 < n - untitled_at[0] <= 2 \
                    and untitled_at[1] == paragraph_of(tok.idx, speakers.starts):
                when = untitled_at[2]  # "Speaking on Saturday, the facilitator said ... "...," Lind said."
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
            if kind == "Person" and when is not None and (org := speakers.title_org(subj, tok)):
                _through_spokesperson(out, numbered, org, speakers.starts)
    return _one_per_day(_as_the_state(_dated_by_next(out, numbered), numbered))


def _as_the_state(drafts: list[EventDraft], numbered: list[tuple[int, bool]]) -> list[EventDraft]:
    """The drafts, a state's institution speaking as the state when the state's own statement of that day is in
    the sentence just before ("Damascus condemned the decision. The Syrian Foreign Ministry said ..."): one act
    told twice."""
    out = list(drafts)
    for i, d in enumerate(drafts):
        state = voice(d.speaker or "")
        if state != d.speaker and any(e.speaker == state and e.date == d.date and numbered[j][0] == numbered[i][0] - 1
                                      for j, e in enumerate(drafts)):
            out[i] = replace(d, speaker=state, participants=(state,))
    return out


def _through_spokesperson(out: list[EventDraft], numbered: list[tuple[int, bool]], org: str,
                          starts: list[int]) -> None:
    """Turn an undated statement of ``org`` in the sentence just before, in the same paragraph, the statement of
    its spokesperson just drafted ("The X Party has accused Y of stalling. X Party spokesperson Eva Lind told a
    news conference on Sunday ..."): the party spoke through her, on her day; one statement."""
    last, n = out[-1], numbered[-1][0]
    want = org_words(org)
    for j, d in enumerate(out[:-1]):
        if numbered[j][0] == n - 1 and d.date_basis == "article" and d.speaker and want \
                and (want <= org_words(d.speaker) or voice(d.speaker) == voice(org)) \
                and paragraph_of(d.evidence.start, starts) == paragraph_of(last.evidence.start, starts):
            out[j] = replace(d, speaker=last.speaker, participants=last.participants, date=last.date,
                             date_basis=last.date_basis)


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
        got = texts.setdefault((voice(d.speaker or ""), d.date), [])
        if d.text and d.text not in got:
            got.append(d.text)
    return [replace(d, text=" … ".join(texts[(voice(d.speaker or ""), d.date)]) or d.text) for d in drafts]
