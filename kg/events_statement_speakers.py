"""Named speakers behind the subject of a speech verb (:class:`Speakers`): names, pronouns, titles, bodies.

Remembers who spoke where in one article, so that a pronoun, a definite role noun ("the ministry") or a bare
institution later on resolves to the one named before; see :mod:`kg.events_statement` for the rules.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.doc_cache import ents
from kg.events_common import MentionIndex, doc_text, name_span, paragraph_of, paragraph_starts, sentences
from kg.events_lexicon import state_of
from kg.events_statement_names import (HEADS, INSTITUTIONS, appositive_person, compound_name, included_names,
                                       org_words, release_author, state_body, state_outlet, stranded_place, title_heads,
                                       titled_names, with_state)
from kg.events_statement_speech import SUBJECTS, quotes_in
from kg.gazetteer import community_of, lookup_place
from kg.model import Mention

_PRONOUNS = {"he": ("Person",), "she": ("Person",), "it": ("Organization", "Country")}
#: Nouns for a news outlet that speaks under the name compounded with it ("the Herald newspaper said").
_OUTLETS = {"newspaper", "daily", "weekly", "broadcaster", "agency", "channel", "magazine", "radio", "television"}
#: Plural nouns that speak for the state their demonym names ("Icelandic delegates demanded").
_DELEGATES = {"delegate", "delegation", "negotiator", "side"}  # "the Chinese side said": the state
_SIDES = {"side", "community", "leadership"}  # "the X Y side said": the community two demonyms name
#: Nouns for a state's government: "the Latvian government said", "Iceland's government said".
_GOVERNMENT = {"government", "administration", "cabinet"}
#: Nouns for a body of an organization that speaks for it ("the Coalition secretariat", "the rebels' command").
#: What a speaker said, as a subject their name owns ("X's statement", "X's remarks").
SAID_WORDS = {"statement", "remark", "comment", "word", "speech", "message", "announcement"}
_BODIES = {"secretariat", "command", "leadership", "headquarters", "bureau", "presidium", "politburo"}
#: Nouns that, as "the group", stand for the organization the story is about.
_ORG_NOUNS = {"group", "movement", "bloc", "alliance", "coalition", "organisation", "organization", "militia",
              "union", "body", "agency", "faction", "front", "network"}


class Speakers:
    """Resolves the subject of a speech verb to named speakers, remembering who spoke where."""

    def __init__(self, doc: Doc, index: MentionIndex) -> None:
        self.doc = doc
        self.index = index
        self.starts = paragraph_starts(doc_text(doc))
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
            name = with_state(self.full_org(text, tok), tok, self.index)
            if (m := re.match(r"^(.+?)(?:['’]s)+ ((?:\w+ ){0,2}\w+)", name)) \
                    and state_body(m.group(2)) and (state := state_of(m.group(1))):
                self.bodies.append((tok.idx, tok.lemma_.lower(), state))  # what a later "the ministry" stands for
                return state, "Country"  # "Iceland's Department of Foreign Affairs and Trade", "X's Foreign
                # Ministry" speak for the state (but "X's Defence Ministry" for itself)
            return name, kind
        if tok.pos_ == "PROPN" and (kind is None or kind not in {"Person", "Organization", "Country"}
                                    and (kind != "Place" or lookup_place(text) is None)):
            # a surname the model left untagged ("Oduya said"): the person named in full before
            earlier = self.index.before(tok.idx, ["Person"])
            if any(m.type == "Person" and m.text.endswith(" " + name) for m in earlier) \
                    or any(said.endswith(" " + name) and pos < tok.idx for pos, said, _ in self.said):
                return name, "Person"
            # a family name written first ("Choe Min-guk" ... "Choe said"): the one person it opens
            if " " not in name and len({m.text for m in earlier if m.text.split()[0] == name}) == 1:
                return name, "Person"
            if kind in {None, "Place"} and (org := self.short_org(name, tok)):
                return org, "Organization"  # "Blue Heron Fuels said" after "Blue Heron Fuels Pte. Ltd."
        return None

    def short_org(self, name: str, tok: Token) -> str | None:
        """The organization named in full before that ``name`` shortens: the nearest earlier one whose name
        begins with it ("Blue Heron Fuels" for "Blue Heron Fuels Pte. Ltd."), or, for a lone word after
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
        """The nearest earlier organization name that contains all words of ``text`` and more, else ``text``; not
        for an acronym ("the OSCE said" after "the OSCE Special Representative") nor a name that brings its own
        ("The Caribbean Community (CARICOM) said" after "the Community of Latin American and Caribbean States")."""
        want = org_words(text)
        if not want or text.isupper() or _introduces_acronym(tok, self.index):
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
        for ent in reversed([e for e in ents(self.doc) if self._window(tok) <= e.start_char and e.end <= tok.i]):
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
        """False for a name used as a modifier or with an article ("the X barrage", "the X's flow"), or inside a
        quote ("'Mr. X left the country,' he said": "he" is not X)."""
        root = self._root(m)
        if root is None:
            return True
        if any(a <= m.start < b for a, b, _ in quotes_in(root.sent)):
            return False
        if root.dep_ == "compound" and root.head.pos_ == "NOUN":
            return False
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        before = self.doc[span.start - 1] if span is not None and span.start > 0 else None
        return not (before is not None and before.lower_ == "the" and len(m.text.split()) == 1)

    def _salient(self, m: Mention) -> bool:
        """True when the name is the actor of its clause: its subject (or the subject's apposition or
        conjunct, or the speaker of a subject that is what they said), or the head of a "who" clause."""
        root = self._root(m)
        if root is None:
            return False
        head = root.head if root.dep_ in {"appos", "conj"} else root
        if head.dep_ in SUBJECTS:
            return True
        if head.dep_ == "poss" and head.head.dep_ in SUBJECTS and head.head.lemma_.lower() in SAID_WORDS:
            return True  # "X's statement left a door open: he said ..."
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
        if stranded_place(subj) and (person := next((p for c in subj.children if c.dep_ == "appos"
                                                       and (p := appositive_person(c))), None)):
            return [(person, self._person_name(person))]  # "In Lusaka, a spokeswoman for X, Eva Lind, said":
            # the parse made the place the subject
        if subj.lemma_.lower() in _DELEGATES and not subj.conjuncts and (name := next(
                (c for c in subj.children if c.dep_ == "appos" and (n := self.named(c)) and n[1] == "Person"), None)):
            return [(name, self._person_name(name))]  # "X's chief negotiator, Eva Lind, said": she, not X
        found = [(t, s) for t in (subj, *subj.conjuncts) if (s := self.resolve(t))]
        for t in subj.conjuncts:  # "X and its ally, Y, said": the ally speaks too
            if t.pos_ == "NOUN" and not self.resolve(t):
                found += [(a, s) for a in t.children if a.dep_ == "appos" and (s := self.resolve(a))]
        if found or subj.lower_ in _PRONOUNS:
            return found
        for name in (c for c in subj.children if c.dep_ == "appos"):  # "Its foreign minister, X, said"
            if (named := self.named(name)) and (named[1] == "Person" or subj.tag_ == "NNS"):  # "the two
                # guarantor countries, X and Y, said"
                return [(t, s) for t in (name, *name.conjuncts) if (s := self.resolve(t))]
        if (person := appositive_person(subj)) is not None:  # "Estonia's envoy to the UN, Eva Lind, said"
            return [(person, self._person_name(person))]
        for name in titled_names(subj):
            found += [(t, s) for t in (name, *name.conjuncts) if (s := self.resolve(t))]
        found += [(t, s) for t in included_names(subj) if not found and (s := self.resolve(t))]  # "groups,
        # including X, urged"
        if not found and subj.tag_ == "NNS" and subj.lemma_.lower() in HEADS:  # "the presidents of X and Y"
            found = [(t, s) for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj" for t in (o, *o.conjuncts) if (s := self.resolve(t))]
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
        """The person's name ``tok`` ends: its person mention ("Omar Fathi Abdel-Salam"), else the proper
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

    def _body_owner(self, subj: Token) -> str | None:
        """The organization a body speaks for ("the Coalition secretariat said", "the OAU Secretariat said", "the
        rebels' central command said"), else ``None``."""
        if subj.lemma_.lower() not in _BODIES:
            return None
        for c in subj.children:
            if c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN" and not state_of(c.text):
                text, kind = name_span(c, self.index)
                text = compound_name(c) if subj.text in text.split() else re.sub(r"\s*['’]s?$", "", text)
                full = text if text.isupper() else self.full_org(text, c)  # an acronym stays whole
                if kind == "Organization" or full != text:
                    return full
        return None

    def resolve(self, subj: Token) -> str | None:
        """The named speaker ``subj`` stands for, or ``None`` when the text does not make it clear."""
        lemma = subj.lemma_.lower()
        if lemma in _DELEGATES | _GOVERNMENT | INSTITUTIONS and any(
                c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subj.children) \
                and (state := self._state_before(subj)):
            return state  # "Turkey said ... Its Foreign Ministry said", whatever the model made of the phrase
        named = self.named(subj)
        bare = named is None or named[0] == subj.text or named[0].split()[0].isupper() and len(named[0].split()) == 2
        if bare and (body := self._body_owner(subj)):
            return body  # also "the OAU Secretariat", whether the model named "Secretariat" alone or with "OAU"
        if named:
            return named[0]
        if lemma in _OUTLETS and (name := [c for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]):
            return compound_name(name[-1])  # "the state-owned Herald newspaper said"
        if subj.text == "I":  # "…," I said today: the release's minister
            return release_author(self.index)
        if subj.lower_ in _PRONOUNS:
            kinds = _PRONOUNS[subj.lower_]
            if "Person" in kinds:  # the nearest person named before, in this or the previous paragraph
                found = self._before(subj, "Person")
                return found.text if found else None
            return self._last_actor(subj, kinds)
        if subj.lemma_.lower() in _ORG_NOUNS and [c.lower_ for c in subj.children if c.dep_ != "punct"] == ["the"] \
                and (found := self._last_actor(subj, ("Organization",))):
            return found  # "The Eastern Front rejected it. In a statement, the group called it ..."
        if subj.lemma_.lower() in _SIDES and (community := community_of(subj.doc[subj.left_edge.i : subj.i + 1].text)):
            return community  # "the Ruritanian Zemblan side said": the community, not the state of either word
        if outlet := state_outlet(subj):
            return outlet  # "North Korea's state media said": the state speaks
        if subj.lemma_.lower() in _DELEGATES | _GOVERNMENT | INSTITUTIONS:
            if any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in subj.children):
                return self._state_before(subj)  # "X welcomed the deal. Its foreign ministry said ..."
            if subj.lemma_.lower() == "office" and (person := next(
                    (p for c in subj.children if c.dep_ == "poss" and (p := self.named(c)) and p[1] == "Person"), None)):
                return person[0]  # "Lind's office said": the office speaks for her
            if subj.lemma_.lower() in INSTITUTIONS:  # "Latvia's presidency", "the Estonian army", "the X embassy"
                owners = [c for c in subj.children if c.dep_ in {"amod", "poss"}]
                owners += [g for c in owners if c.dep_ == "poss" for g in c.children if g.dep_ == "poss"]  # "X's
                # Deputy Prime Minister's office"
                if not self._org_owner(subj):  # "the X embassy", but "the UN's X mission" is the UN's
                    owners += [c for c in subj.children if c.dep_ == "compound"]
                found = next((st for c in owners if (st := state_of(name_span(c, self.index)[0]) or state_of(c.text))),
                             None)
            else:
                owners = [c for c in subj.children if c.dep_ in {"amod", "compound", "poss"}]
                owners += [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                           if g.dep_ == "pobj" and g.pos_ == "PROPN" and subj.lemma_.lower() in _GOVERNMENT]  # "the
                # government in Lisbon said"; not "the EU delegation in Maputo", a body where it sits
                found = next((st for c in owners if (st := state_of(c.text))), None)
            if found is None and subj.lemma_.lower() not in _GOVERNMENT and (org := self._org_owner(subj)):
                return org  # "the UN's Libya mission said", "the X delegation said": the organization speaks
            if found is None and subj.lemma_.lower() in _GOVERNMENT | {"presidency"} \
                    and [c.lower_ for c in subj.children if c.dep_ != "punct"] == ["the"]:
                found = next((st for p in subj.head.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < subj.i
                              for g in p.children if g.dep_ == "pobj" and (st := state_of(g.text))), None)  # "In
                # Lisbon, the presidency said": the state of the capital the story is in
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
        if subj.pos_ != "NOUN" and subj.lower_ not in title_heads() or all(c.lower_ != "the" for c in subj.children):
            return None  # "the minister", also capitalised ("the Foreign Secretary")
        role = subj.lower_
        since = self._window(subj)
        quoted = [(a, b) for a, b, _ in quotes_in(subj.sent)]
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

    def _org_owner(self, subj: Token) -> str | None:
        """The organization a body or delegation belongs to ("the UN's mission", "the African Union delegation"):
        one named in its possessive, else in a compound before it."""
        owners = sorted((c for c in subj.children if c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN"),
                        key=lambda c: c.dep_ != "poss")
        return next((n[0] for c in owners if (n := self.named(c)) and n[1] == "Organization"), None)

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


def _introduces_acronym(tok: Token, index: MentionIndex) -> bool:
    """True when the name at ``tok`` is followed by its acronym in brackets ("the Caribbean Community (CARICOM)"):
    a name given in full."""
    m = index.at(tok)
    return m is not None and re.match(r"\s*\((?:the\s+)?[A-Z][A-Za-z]*[A-Z]\)", doc_text(tok.doc)[m.end:]) is not None
