"""Names of speakers as one article writes them: an institution with its state, a title's person, one name per person.

Pure helpers over the parse and the article's mentions for :mod:`kg.events_statement`.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from kg.doc_cache import ents
from kg.events_common import MentionIndex, name_span
from kg.events_lexicon import state_of, words
from kg.events_sanction_imposers import body_owner
from kg.gazetteer import data_words, lookup_place, norm
from kg.model import Mention
from kg.resolve import phonetic_key

#: Nouns for a state's institution that speaks for it when "its" ties it to a state named before.
INSTITUTIONS = {"ministry", "department", "office", "embassy", "mission", "presidency", "army", "military"}
_ORG_STOP = {"of", "the", "for", "and", "s"}


#: First words of a state's body named with the state as possessor that speaks as the state ("Iceland's
#: Department of Foreign Affairs and Trade", "X's Foreign Ministry", "X's External Affairs Ministry"); another
#: ministry keeps its name ("Chile's Ministry of Defence").
_STATE_BODIES = frozenset({"department"})
_FOREIGN = frozenset({"foreign", "external"})


def state_body(words: str) -> bool:
    """True for the first words of a state's body that speaks for the state: a department, a foreign ministry."""
    low = set(words.lower().split())
    return bool(low & _STATE_BODIES or "ministry" in low and low & _FOREIGN)


def with_state(text: str, tok: Token, index: MentionIndex) -> str:
    """An institution's name with the state its possessive names ("Nepal's Ministry of Defence" for "Ministry
    of Defence" governed by "Nepal's"), as the model's entity leaves the state out."""
    if tok.lemma_.lower() not in INSTITUTIONS:
        return text
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN" and state_of(owner := name_span(c, index)[0] or c.text):
            if not norm(text).startswith(norm(owner)):
                return f"{owner}'s {text}"
    if (m := re.match(r"^(.+)\s+of\s+(?:the\s+)?(\S.*)$", text)) and (owner := state_of(m.group(2))):
        return f"{owner}'s {m.group(1)}"  # the model's entity ran over the state: "Ministry of Finance of X"
    mention = index.at(tok)
    for c in tok.subtree:  # "the Ministry of Foreign Affairs of Latvia": the state named after the entity
        if mention is not None and c.idx >= mention.end and c.dep_ == "pobj" and c.pos_ == "PROPN" \
                and c.head.lower_ == "of" and c.head.i == c.i - 1 and c.doc[c.i - 2].idx < mention.end \
                and (owner := state_of(name_span(c, index)[0] or c.text)):
            return owner + "'s " + re.sub(r"\s+of$", "", text)
    return text


def org_words(text: str) -> frozenset[str]:
    """The content words of an organization name, "defence" spelled "defense"."""
    return frozenset(w.replace("defence", "defense") for w in norm(text).split() if w not in _ORG_STOP)


def titled_names(subj: Token) -> list[Token]:
    """Person names a title subject governs: right after it ("oligarchs X and Y") or after capitalized
    title words ("High Commissioner for Refugees X", also a possessive and a title: "President of the Republic's
    spokeswoman X"); not names in a phrase such as "an aide to X"."""
    out = []
    for ent in ents(subj.doc):
        if ent.label_ != "PERSON" or ent.start <= subj.i or ent.root.i not in {t.i for t in subj.subtree}:
            continue
        between = subj.doc[subj.i + 1 : ent.start]
        words_ok = all(t.pos_ == "PROPN" or t.lower_ in {"for", "of", "under", "the", "and", ",", "-", "&"}
                       or t.tag_ == "POS" or t.i == ent.start - 1 and t.lower_ in title_heads()
                       for t in between)  # "Minister for the Indo-Pacific", "for Political, Legal and Security
        # Affairs", "President of the Republic's spokeswoman X" (the parse made "President" the subject)
        if not len(between) or (subj.pos_ == "PROPN" and words_ok):
            out.append(ent.root)
    return out


def included_names(subj: Token) -> list[Token]:
    """The names a plural subject lists with "including" ("Rights groups, including X and Y, urged ..."): those
    named speak; the rest of the group is unnamed."""
    if subj.tag_ != "NNS":
        return []
    return [t for c in subj.children if c.dep_ == "prep" and c.lower_ == "including"
            for o in c.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)]


#: Plural heads speaking for the bodies they lead: "the presidents of X, Y and Z said in a joint statement".
HEADS = frozenset({"president", "head", "leader", "chief"})


def heads_of_several(subj: Token, found: list[tuple[Token, str]]) -> bool:
    """True for "the presidents of X, Y and Z" or "the co-chairs" standing for several bodies: they act together,
    once."""
    several = subj.lemma_.lower() in HEADS or all(t.i == subj.i for t, _ in found)  # "the co-chairs": one word, all
    return len(found) > 1 and subj.tag_ == "NNS" and several


def stranded_place(subj: Token) -> bool:
    """True for a subject that is the object of a fronted "In"/"At" the parse left without one ("In Lusaka, a
    spokeswoman ..., said": "Lusaka" taken for the subject)."""
    before = subj.doc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
    return before is not None and before.lower_ in {"in", "at"} and before.dep_ == "prep" \
        and not any(c.dep_ == "pobj" for c in before.children)


def stranded_name(verb: Token) -> Token | None:
    """The person a subjectless ``verb`` is said by when the parse hung the name on a fronted phrase ("In
    Tartu, Deputy Minister Eva Lind, who ..., said": "Lind" an apposition of "Tartu"), or on a title it read
    as a preposition, after a quote ('"...," said Under Secretary for X Eva Lind.') or before the verb ("Under
    Secretary for X Eva Lind said")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        if prep.text == "Under" and prep.right_edge.i == verb.i - 1 and prep.right_edge.ent_type_ == "PERSON":
            return prep.right_edge  # "Under Secretary for X Eva Lind said": the title read as "under"
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for name in pobj.children:
                if name.dep_ == "appos" and name.pos_ == "PROPN" and name.ent_type_ == "PERSON":
                    return name
    if verb.i > verb.sent.start and verb.doc[verb.i - 1].text in {"\"", "”", "'", "’", ","}:
        # '"...," said Under Secretary for X Eva Lind.': the parse took the title for "under"
        after = [c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ == "under"]
        return next((n for p in after for n in p.subtree if n.ent_type_ == "PERSON"  # also at the end of a long
                     and n.head.ent_type_ != "PERSON"), None)  # title: "Under Secretary of X for Y Eva Lind"
    return None


def set_off_name(verb: Token, subj: Token | None, spans: list[tuple[int, int]]) -> Token | None:
    """The person named last, set off by commas, between a quote and ``verb`` when the parse found the verb no
    subject or one inside the quote ('"...," the UN's special adviser on X, Eva Lind, told reporters': the parse
    ran the title into the quoted clause)."""
    if subj is not None and not any(a <= subj.idx < b for a, b in spans):
        return None
    end = max((b for a, b in spans if b <= verb.idx), default=None)
    if end is None or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    between = [t for t in verb.doc[verb.sent.start : verb.i] if t.idx >= end]
    name = verb.doc[verb.i - 2]
    if any(t.pos_ in {"VERB", "AUX"} for t in between) or name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    return name


def compound_name(tok: Token) -> str:
    """The name ``tok`` heads with the proper nouns compounded before it ("Eva Lind" for "Lind")."""
    first = tok
    while first.i > 0 and (prev := tok.doc[first.i - 1]).dep_ == "compound" and prev.head == tok \
            and prev.pos_ == "PROPN":
        first = prev
    return tok.doc[first.i : tok.i + 1].text


def appositive_person(subj: Token) -> Token | None:
    """The personal name set off by commas in the phrase of a role-noun subject ("Estonia's envoy to the UN, Eva
    Lind, said"), whatever type the model gave it: a given name and a surname, neither naming a state."""
    if subj.pos_ not in {"NOUN", "PROPN"} or subj.lower_ not in _person_roles_plural():
        return None
    for t in subj.subtree:
        if t.dep_ != "appos" or t.pos_ != "PROPN" or t.doc[t.i - 1].dep_ != "compound" and t.doc[t.i - 1].text != "-":
            continue
        first = t.left_edge  # "Eva Lind" or, hyphenated, "Eva Lind-Moreno"
        if not all(x.pos_ == "PROPN" or x.text == "-" for x in t.doc[first.i : t.i]):
            continue
        name = t.doc[first.i : t.i + 1].text
        if first.i == t.i or state_of(name) or state_of(t.text) or lookup_place(name):
            continue
        if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "," and first.i > 0 and t.doc[first.i - 1].text == ",":
            return t
    return None


@cache
def person_roles() -> frozenset[str]:
    """Single-word person roles ("ambassador", "envoy") from ``roles.txt``."""
    return frozenset(w for w in data_words("roles.txt") if " " not in w)


@cache
def _person_roles_plural() -> frozenset[str]:
    """:func:`person_roles`, each also in the plural ("envoys")."""
    return person_roles() | {r + "s" for r in person_roles()}


@cache
def title_heads() -> frozenset[str]:
    """Nouns that head a person's title: the single-word roles and the last word of the others ("chief" of
    "political chief"; not "staff" of "chief of staff")."""
    return person_roles() | frozenset(w.split()[-1] for w in data_words("roles.txt")
                                      if " " in w and " of " not in w and "-" not in w)


class Canon:
    """One name per speaker within the article: a surname or spelling variant becomes the fullest
    person name with that surname ("Oduyo" -> "Ngozi Oduya", "Cusi" -> "Lidia Cusi Yapura"); an
    organization's acronym the name it abbreviates ("DPA" -> "Department of Public Affairs")."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.full: dict[str, str] = {}
        self.first: dict[str, set[str]] = {}  # family name written first ("Kwon" of "Kwon Seo")
        self.middle: dict[str, set[str]] = {}
        for m in mentions:
            if m.type == "Person" and len(parts := untitled(m.text).split()) > 1:
                key = phonetic_key(parts[-1])
                if len(m.text) > len(self.full.get(key, "")):
                    self.full[key] = m.text
                self.first.setdefault(phonetic_key(parts[0]), set()).add(m.text)
                for part in parts[1:-1]:  # the first of two surnames ("Cusi" of "Lidia Cusi Yapura")
                    self.middle.setdefault(phonetic_key(part), set()).add(m.text)
        self.noted: dict[str, str] = {}  # surname key -> a speaker named in full before
        self.acronyms: dict[str, str] = {}  # "DPA" -> "Department of Public Affairs"
        for m in mentions:
            name = re.sub(r"^the\s+", "", m.text, flags=re.I)
            if m.type == "Organization" and len(words := [w for w in name.split() if w[:1].isupper()]) > 1:
                self.acronyms.setdefault("".join(w[0] for w in words), name)

    def note(self, speaker: str) -> None:
        """Remember a speaker named in full ("Eva Lind") whatever type the model gave the name, so that a later
        bare "Lind" is the same speaker."""
        parts = speaker.split()
        if 1 < len(parts) <= 4 and all(p[:1].isupper() for p in parts) and not state_of(speaker):
            self.noted.setdefault(phonetic_key(parts[-1]), speaker)

    def __call__(self, speaker: str, kind: str) -> str:
        if " " not in speaker and (noted := self.noted.get(phonetic_key(speaker))):
            return noted
        if speaker.isupper() and speaker in self.acronyms:
            return self.acronyms[speaker]
        if kind != "Person":  # a family name written first that the model took for an organization ("Gao called ...")
            first = self.first.get(phonetic_key(speaker), set()) if " " not in speaker and not speaker.isupper() else ()
            return next(iter(first)) if len(first) == 1 and not state_of(speaker) else speaker
        bare = untitled(speaker)  # "Ato Dereje" is "Ato Dereje Mersha" when the article named him so
        key = phonetic_key(bare.split()[-1])
        if key in self.full:
            return self.full[key]
        first = self.first.get(key, set()) or self.middle.get(key, set())
        return next(iter(first)) if len(bare.split()) == 1 and len(first) == 1 else speaker


def untitled(name: str) -> str:
    """``name`` without the courtesy titles that open it ("Mr", "Ato"; ``honorifics.txt``)."""
    parts = name.split()
    while len(parts) > 1 and parts[0].lower().rstrip(".") in words("honorifics.txt"):
        parts = parts[1:]
    return " ".join(parts)


def voice(speaker: str) -> str:
    """The state a speaker speaks for when it is the state or one of its institutions ("Syrian Foreign Ministry",
    "Seoul's Defense Ministry" -> the state), the state or bloc a body acts for ("the Federal Council", "the
    Council of the EU"; ``sanction_bodies.tsv``), else the speaker: one voice, one statement a day."""
    parts = speaker.split()
    if parts and parts[-1].lower() in INSTITUTIONS | {"ministry", "government", "administration", "cabinet"}:
        for n in range(1, min(3, len(parts) - 1) + 1):
            if state := state_of(re.sub(r"['’]s$", "", " ".join(parts[:n]))):
                return state
    return state_of(speaker) or body_owner(speaker) or speaker


def acts_for(speaker: str, actor: str) -> bool:
    """True when ``speaker`` speaks with ``actor``'s voice: the same state, or a body that acts for it ("the State
    Department" for the United States; ``sanction_bodies.tsv``)."""
    return voice(speaker) == voice(actor) or body_owner(speaker) == voice(actor)


#: Nouns for a state's own outlet when written "state X" ("Iran's state television", "North Korean state media").
_STATE_OUTLETS = frozenset({"media", "medium", "television", "radio", "broadcaster", "agency"})


def state_outlet(subj: Token) -> str | None:
    """The state whose own outlet ``subj`` is ("X's state media said", "the Xian state news agency"), else ``None``."""
    kids = list(subj.children)
    if subj.lemma_.lower() not in _STATE_OUTLETS or not any(c.lower_ == "state" and c.dep_ in {"compound", "amod", "nmod"}
                                                            for c in kids):
        return None
    owners = [c for c in kids if c.dep_ in {"poss", "amod", "compound"} and c.lower_ != "state"]
    for c in owners:
        left = subj.doc[min(t.i for t in c.subtree if t.dep_ != "case") : c.i + 1].text
        if st := state_of(left) or state_of(c.text):
            return st
    return None


def release_author(index: MentionIndex) -> str | None:
    """The person a release's header names on a line of its own above the body ("Senator the Hon Eva Lind",
    "The Hon. Eva Lind MP"), for whom its "I" speaks ("…," I said today); else ``None``."""
    text = index.doc.text
    for m in sorted((m for m in index.mentions if m.type == "Person"), key=lambda m: m.start)[:1]:
        start, end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
        line = text[start : end if end >= 0 else len(text)].strip()
        if m.start < 400 and not line.endswith((".", "!", "?", ":", '"', "”")) and len(line.split()) <= 8:
            return m.text
    return None

