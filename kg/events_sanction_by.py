"""Who imposes a sanction measure, read from the parse: the subject of the sanctioning verb that governs the
measure (past a dateline parsed as the subject: "LONDON – Britain froze …"), the states modifying it ("EU,
U.K. and Canadian airspace"), the agent of a passive or of a participle ("the sanctions adopted by X"), the
state or body whose speech verb reports it ("Tokyo said it would impose …"), or the imposer of the measure
reported just before for a bare body, a pronoun or a word that refers back ("Treasury sanctioned …", "It also
targets …", "The bloc had already closed …"). A government body or sanctions office is the state or
organization it acts for ("the Federal Council" -> Switzerland; ``sanction_bodies.tsv``).
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.events_common import MentionIndex, name_span, party_of
from kg.events_lexicon import state_of, words
from kg.events_sanction_imposers import body_owner
from kg.events_sanction_issuer import own_words
from kg.model import EventDraft

_NOUN_STEPS = {"prep", "pobj", "conj", "appos", "dobj", "compound", "nsubjpass", "pcomp", "relcl", "acl",
               "attr", "nmod", "npadvmod", "amod"}

_GOVERNMENT = {"government", "administration", "authorities", "ministry", "treasury", "department", "cabinet"}

#: Nouns for an action that a state modifying them took ("The US move freezes …", "Norway's decision bars …").
_ACTION_NOUNS = {"move", "action", "decision", "ordinance", "decree", "package"}

#: Bodies named by their owner ("the Security Council's sanctions committee", "the bloc's executive"), and the acts
#: a body adopts ("Security Council resolution 2321, which tightened the sanctions …": the Council).
_OWNED = {"committee", "panel", "council", "office", "commission", "executive", "body", "ministry", "department",
          "resolution"}

#: Nouns for the people who act for a bloc or state ("heads of state of X", "leaders of X", "X's ministers").
_ACTING_FOR = {"head", "leader", "minister", "member", "representative", "state", "government", "president",
               "meeting", "summit"}


def imposer_of(tok: Token, index: MentionIndex) -> str | None:
    """The imposer ``tok`` names: a state, an organization, a collective ("the West"), a state's government,
    or the bloc whose heads or leaders act ("heads of state of X" -> X); a government body or sanctions
    office is the state or organization it acts for ("the Federal Council" -> Switzerland)."""
    if tok.pos_ == "PROPN" and (bloc := body_owner(tok.text)) and not state_of(bloc):
        return bloc  # "Brussels imposed …": the bloc its capital stands for, not the state
    named = _named_imposer(tok, index) or _untagged_organization(tok) or (tok.text if body_owner(tok.text) else None) \
        or (tok.text if tok.pos_ == "PROPN" and tok.lower_ in _BARE_BODIES else None)  # "which Treasury designated"
    named = re.sub(r"['’]s?$", "", named).strip() if named else None  # "the Arab League's ministers"
    return (body_owner(named) or named) if named else None


#: Bodies a release names bare as a subject ("Treasury designated"): the state they belong to, told apart later.
_BARE_BODIES = {"treasury", "cabinet"}


def _owning_state(tok: Token, index: MentionIndex) -> str | None:
    """The state whose possessive names a body ("Britain's Foreign Office"), else ``None``."""
    if tok.lower_ not in _OWNED or tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ not in {"its", "their"}), None)
    return state_of(name_span(owner, index)[0]) if owner is not None else None


def _untagged_organization(tok: Token) -> str | None:
    """The name of an organization the tagger left untagged: a run of capitalised proper nouns ending in an
    organization word ("The Arab League on Sunday approved …")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or tok.lower_ not in words("org_words.txt"):
        return None
    first = tok.i
    while first > 0 and tok.doc[first - 1].pos_ in {"PROPN", "ADJ"} and tok.doc[first - 1].dep_ in {"compound", "amod"} \
            and tok.doc[first - 1].text[:1].isupper():
        first -= 1  # "Arab League", with "Arab" an adjective
    return tok.doc[first : tok.i + 1].text if first < tok.i else None


def _named_imposer(tok: Token, index: MentionIndex) -> str | None:
    """The imposer ``tok`` names, before a body is mapped to the state it acts for."""
    if (state := _owning_state(tok, index)) is not None:
        return state  # "Britain's Foreign Office", "Russia's Security Council": the state
    if tok.lemma_.lower() in _ACTING_FOR and tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj" and (p := imposer_of(g, index)):
                        return p
            if c.dep_ in {"compound", "nmod", "poss"} and (p := imposer_of(c, index)):
                return p  # "European Union foreign ministers meeting in Brussels added …", "the League's ministers"
    phrase = " ".join(t.lower_ for t in tok.subtree if t.dep_ != "det" and t.i <= tok.i)
    if phrase in words("sanction_imposers.txt") or tok.lower_ in words("sanction_imposers.txt"):
        return "the West" if tok.lower_ == "west" else tok.text
    if (p := party_of(tok, index)) is not None:
        return p
    if tok.is_upper and len(tok.text) > 1 and (m := index.at(tok)) is not None and m.type == "Organization":
        return name_span(tok, index)[0]  # an acronym the tagger took for a common noun ("ABCU had imposed …")
    if tok.lower_ in _OWNED and tok.pos_ in {"NOUN", "PROPN"}:  # "the UN Security Council's sanctions committee"
        if owner := next((c for c in tok.children if c.dep_ == "poss" and c.lower_ not in {"its", "their"}), None):
            return imposer_of(owner, index)
        if tok.pos_ == "NOUN" and (owner := next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                                                  and index.at(c) is not None), None)):
            return imposer_of(owner, index)  # "the U.N. Security Council committee on Libya"
    if tok.lemma_.lower() in _GOVERNMENT | _ACTION_NOUNS | {"side"}:  # "the X government", "the US move", "the X side"
        return next((s for c in tok.children if c.dep_ in {"amod", "compound", "poss"} and (s := state_of(c.text))), None)
    return None


def with_conj(tok: Token) -> list[Token]:
    """``tok`` and the tokens conjoined to it."""
    return [tok, *(c for c in tok.conjuncts)]


def sanction_verb(v: Token) -> bool:
    """True when ``v`` (or its adjectival complement: "be frozen") is a sanctioning verb; those of
    ``sanction_measure_verbs.txt`` count here, where a measure is always their object."""
    verbs = words("sanction_verbs.txt") | words("sanction_measure_verbs.txt")
    return v.lemma_.lower() in verbs or any(c.dep_ in {"acomp", "oprd"} and {c.lemma_.lower(), c.lower_} & verbs for c in v.children)


def imposers(anchor: Token, index: MentionIndex) -> tuple[list[str], list[Token]]:
    """The imposers of the measure at ``anchor`` and the path of tokens walked to find them."""
    if agent := by_agent(anchor):  # "the sanctions adopted by X on Dec. 22": X, and the participle's date
        found = [p for x in with_conj(agent[1]) if (p := imposer_of(x, index))]
        if found:  # the path goes on up the clause, so "X is subject to the ban imposed by Y" is read as such
            return found, [anchor, agent[0], *list(anchor.ancestors)[:10]]
    for verb in (c for c in anchor.children if c.dep_ == "relcl" and sanction_verb(c)):
        subj = nsubj(verb)  # "the arms embargo on X that the Y Council imposed in 2015": Y
        if subj is not None and subj.lower_ not in {"which", "that", "who"}:
            if found := [p for x in with_conj(subj) if (p := imposer_of(x, index))]:
                return found, [anchor, verb]
    path = [anchor]
    found = [p for c in anchor.children if c.dep_ in {"amod", "compound", "poss"} for t in with_conj(c)
             if (p := imposer_of(t, index))]
    t = anchor
    for _ in range(10):
        if t.pos_ in {"VERB", "AUX"}:
            if found:
                return found, path
            subj = nsubj(t)
            if subj is not None and subj.lower_ in {"which", "that", "who"} and t.dep_ == "relcl":
                subj = t.head  # "… than X and Y, which on Monday imposed …": X and Y
            if subj is None and (t.dep_ in {"conj", "xcomp"} or (t.dep_ == "advcl" and t.tag_ == "VBG")):
                # "X followed suit on Tuesday, announcing an arms embargo", "X voted to impose": X
                subj = nsubj(t.head)
                if subj is not None and t.dep_ == "advcl":
                    path.append(t.head)
            if subj is None and t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.head.pos_ == "VERB":
                subj = nsubj(t.head.head)  # "X joined Y in freezing …", "X followed Y in imposing …": X
            agent = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if subj is None and not agent and t.dep_ == "ROOT" and sanction_verb(t):
                subj = _name_before(t, index)  # "At a summit in X, the Y (Z) also imposed …": no subject parsed
            if subj is not None and t.dep_ == "xcomp" and not sanction_verb(t) and sanction_verb(t.head):
                path.append(t.head)  # "X decided to implement measures against Y": the deciding verb's subject
                t = t.head
            if sanction_verb(t) or agent and _purpose(path, t):  # "the decision taken by X to freeze …": X
                for s in ([subj] if subj is not None else []) + agent:
                    found += [p for x in with_conj(s) if (p := imposer_of(x, index))]
                if found:
                    return found, path
            elif subj is not None:
                if t.tag_ == "VBG" and len(path) > 1 and path[-2].pos_ == "VERB" and path[-2].dep_ in {"dep", "conj"} \
                        and sanction_verb(path[-2]):
                    # "Leaders of X, meeting in Y, agreed to close ...": the parse hangs the decision on the participle
                    found += [p for x in with_conj(subj) if (p := imposer_of(x, index))]
                return found, path
        elif t.i != anchor.i and t.dep_ in {"pobj", "appos", "conj"} and (p := imposer_of(t, index)):
            found.append(p)
        elif t.i != anchor.i and t.lemma_.lower() in _ACTION_NOUNS and path[-2].dep_ == "acl" \
                and (p := imposer_of(t, index)):
            found.append(p)  # "Japan's decision on Saturday to freeze the assets of …": Japan
        if t.head.i == t.i or (t.pos_ not in {"VERB", "AUX"} and t.dep_ not in _NOUN_STEPS
                               and t.dep_ not in {"xcomp", "ccomp", "advcl"}):
            break
        t = t.head
        path.append(t)
    return found, path


def _purpose(path: list[Token], verb: Token) -> bool:
    """True when the path came up to ``verb`` from its infinitive of purpose ("taken by X to prohibit …")."""
    below = path[-2] if len(path) > 1 else None
    return below is not None and below.dep_ in {"advcl", "xcomp"} and below.head.i == verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)


def by_agent(anchor: Token) -> tuple[Token, Token] | None:
    """(participle, agent) of a measure noun described by a sanctioning participle with an agent ("the sanctions
    adopted by X", "the embargo decided by Y on May 4"), else ``None``."""
    for c in anchor.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and sanction_verb(c):
            for a in c.children:
                if a.dep_ == "agent":
                    objs = [g for g in a.children if g.dep_ == "pobj"]
                    if objs:
                        return c, objs[0]
    return None


def subject_to(path: list[Token], sent: Span, index: MentionIndex) -> tuple[list[str], str | None] | None:
    """For a measure a state or group is under ("X is subject to an arms embargo", "X remains under a travel
    ban"): (imposers, target), the target being the copula's subject and the imposers the agent of the measure
    ("imposed by Y") or the states and organizations the sentence names after the measure; else ``None``."""
    verb = next((t.head for t in path[1:] if t.head.lemma_ in {"be", "remain", "stay"}
                 and (t.lower_ == "subject" or (t.dep_ == "prep" and t.lower_ == "under"))), None)
    if verb is None:
        return None
    subj = nsubj(verb)
    cands = [] if subj is None else [subj, *(c for c in subj.children if c.dep_ == "poss")]
    under = next((p for c in cands if (p := party_of(c, index))), None)
    agents = [g for t in path[0].subtree if t.dep_ == "agent" for g in t.children if g.dep_ == "pobj"]
    after = [t for t in sent if t.i > path[0].i and index.at(t) is not None and index.at(t).type in {"Organization", "Country"}
             and (t.i == 0 or index.at(t.doc[t.i - 1]) is not index.at(t))]
    found = [p for t in agents or after if (p := imposer_of(t, index)) and p != under]
    return list(dict.fromkeys(found))[:1], under

#: Subjects that refer back to the imposer or its package ("The bloc had already closed …", "The ordinance
#: prohibits …", "The sanctions include …", "It also targets …").
_REFERRING = {"bloc", "league", "union", "alliance", "organization", "organisation", "community", "council",
              "committee", "it", "they", "move", "action", "ordinance", "decree", "regulation", "decision", "package",
              "sanction", "measure", "order", "resolution"}

#: Documents that carry measures: their verbs ("provides for", "covers") report the measures of their issuer.
_DOCUMENTS = {"ordinance", "decree", "regulation", "decision", "package", "sanction", "measure", "order", "resolution"}


def body_before(path: list[Token], drafts: list[EventDraft]) -> list[str]:
    """A bare government noun or a word that refers back as the sanctioning verb's subject ("Treasury
    sanctioned …", "The ministry also froze …", "The bloc had already closed …", "It also targets …", "The
    resolution also bans …", "A was also hit with sanctions", "We will also freeze …" outside quotes): the imposer of
    the measure reported just before ("They also froze …": every imposer of its sentence), else nothing."""
    verb = next((t for t in path if t.pos_ == "VERB"), None)
    subj = None if verb is None else nsubj(verb) or (nsubj(verb.head) if verb.dep_ == "conj" else None)
    if drafts and drafts[-1].imposer and any(_also_passive(t) for t in path if t.pos_ == "VERB"):
        return [drafts[-1].imposer]  # "A and B were also hit with asset freezes": the package just reported
    if subj is None or not drafts or drafts[-1].imposer is None:
        return []
    if subj.lower_ == "we" and sanction_verb(verb) and own_words(subj):
        return [drafts[-1].imposer]  # a government's own release or briefing: "We will also freeze the assets of A"
    if subj.lemma_.lower() not in _GOVERNMENT | _REFERRING:
        return []
    if not sanction_verb(verb) and subj.lemma_.lower() not in _DOCUMENTS:
        return []  # "The ordinance provides for the freezing of …": a document's verb need not sanction
    if subj.lower_ not in {"it", "they"} and subj.lemma_.lower() not in _GOVERNMENT \
            and not any(c.dep_ == "det" and c.lower_ in {"the", "this", "these"} for c in subj.children):
        return []  # "a bloc", "sanctions": not a reference to one named before
    if any(c.dep_ in {"amod", "compound", "poss"} for c in subj.children):
        return []  # "the Ruritanian Treasury": a body of its own
    if subj.lower_ == "they":  # "X and Y imposed …. They also froze …": every imposer of that sentence
        last = drafts[-1].evidence.start
        return list(dict.fromkeys(d.imposer for d in drafts if d.evidence.start == last and d.imposer))
    return [drafts[-1].imposer]



def _also_passive(verb: Token) -> bool:
    """True for a past passive verb with no agent that "also" adds to what was reported ("were also sanctioned"; not
    "are also barred from entering", which says what a measure reported entails)."""
    kids = [c.dep_ for c in verb.children]
    return "nsubjpass" in kids and "agent" not in kids and any(c.lower_ == "also" for c in verb.children) \
        and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def reported_by(path: list[Token], index: MentionIndex) -> list[str]:
    """The state or body whose speech verb reports a measure when the sanctioning verb has no subject of its own
    or "it"/"they" ("Tokyo said it would impose …", "froze the assets of A, the ministry said"), else nothing
    ("X said sanctions would hurt ordinary people": no measure X takes)."""
    verb = next((t for t in path if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or not sanction_verb(verb) or (nsubj(verb) is not None and nsubj(verb).lower_ not in {"it", "they"}):
        return []
    above = [t for t in (path[-1], *path[-1].ancestors) if t.i != path[0].i]
    after = [c for t in above for c in t.children if c.dep_ in {"parataxis", "ccomp"} and c.i > path[0].i]
    speech = next((t for t in above + after if t.pos_ == "VERB" and t.lemma_.lower() in words("speech_verbs.txt")), None)
    subj = nsubj(speech) if speech is not None else None
    return [p for x in with_conj(subj) if (p := imposer_of(x, index))] if subj is not None else []


def refers_back(path: list[Token]) -> bool:
    """True when the sanctioning verb's subject refers back to an action reported before ("It also targets …",
    "The US move freezes …")."""
    verb = next((t for t in path if t.pos_ == "VERB"), None)
    subj = nsubj(verb) if verb is not None else None
    return subj is not None and (subj.lower_ == "it" or subj.lemma_.lower() in _REFERRING and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "these"} for c in subj.children))


def nsubj(verb: Token) -> Token | None:
    """The subject of ``verb`` nearest to it (a parse run across a headline may give it two), or of its auxiliary
    ("X had on 9 May frozen …": a phrase between them may hang the subject there); for a dateline parsed as the
    subject ("LONDON/OSLO – Britain on Monday froze …"), the name after the dash."""
    heads = [verb, *(a for a in verb.children if a.dep_ == "aux" and a.i < verb.i)]
    subjects = [c for h in heads for c in h.children
                if c.dep_ == "nsubj" and "\n" not in verb.doc[min(c.i, verb.i) : max(c.i, verb.i)].text]
    subj = min(subjects, key=lambda c: abs(c.i - verb.i), default=None)
    if subj is not None and subj.is_upper and any(t.text in _DASHES for t in subj.doc[subj.i + 1 : subj.i + 3]):
        return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), subj)
    return subj

_DASHES = {"—", "–", "--", "-"}


def _name_before(verb: Token, index: MentionIndex) -> Token | None:
    """The state or organization named just before ``verb`` with only adverbs, brackets and dates between
    ("the Economic Community of West African States (ECOWAS) also imposed …"), else ``None``."""
    for t in reversed(verb.doc[max(0, verb.i - 8) : verb.i]):
        m = index.at(t)
        if m is not None and m.type in {"Organization", "Country"}:
            return t
        if t.pos_ not in {"ADV", "PUNCT"} and t.ent_type_ not in {"DATE", "TIME"} and t.lower_ != "on":
            return None
    return None


def listers(verb: Token, index: MentionIndex, drafts: list[EventDraft]) -> list[str]:
    """The imposers of a listing verb: its subject and their conjuncts ("the US and the EU, which listed"); "it"
    or "they" is the imposer of the measure reported just before, and so is the imposer of a passive with no
    agent ("A and B were also designated"); a present one ("B is designated") goes on from the latest day's."""
    subj = nsubj(verb) or (nsubj(verb.head) if verb.dep_ == "conj" else None)  # "X sanctioned A and designated B"
    if subj is not None and subj.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl":
        subj = verb.head
    if subj is not None and subj.lower_ in {"it", "they"} and drafts:
        return [drafts[-1].imposer] if drafts[-1].imposer else []
    if subj is None and any(c.dep_ == "nsubjpass" for c in verb.children):  # "A and B were designated (by X)"
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        found = [p for a in agents for x in with_conj(a) if (p := imposer_of(x, index))]
        present = any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
        last = _current(drafts) if present else drafts[-1] if drafts else None
        return found or ([last.imposer] if last is not None and last.imposer and not agents else [])
    return [p for x in with_conj(subj) if (p := imposer_of(x, index))] if subj is not None else []


def _current(drafts: list[EventDraft]) -> EventDraft | None:
    """The last draft of the latest day, which a present passive ("B is designated for …") goes on from, past
    an earlier measure recalled since ("…, which designated A on Monday")."""
    dated = [d for d in drafts if d.date_basis == "stated" and d.date is not None]
    latest = max((d.date for d in dated), default=None)
    return next((d for d in reversed(dated) if d.date == latest), drafts[-1] if drafts else None)


def opening_imposer(anchor: Token, sent: Span, index: MentionIndex) -> list[str]:
    """When the parse gives no imposer: the state or organization that opens a sentence whose sanctioning verb
    comes before the measure ("The X's Y Council on Saturday imposed travel bans and asset freezes on …",
    parsed with "freezes" as the verb), else nothing."""
    doc = sent.doc
    verbs = [t for t in doc[sent.start : anchor.i] if t.lemma_.lower() in words("sanction_verbs.txt")
             and t.tag_ in {"VBD", "VBN", "VBZ", "VBP"}]
    if not verbs:
        return []
    opening = next((t.i + 1 for t in sent[:12] if t.text in {"—", "–", "--"}), sent.start)  # after a dateline
    first = next((m for m in index.mentions if sent.start_char <= m.start < verbs[0].idx
                  and m.type in {"Organization", "Country"}), None)
    if first is None or first.start > sent.doc[min(opening + 5, len(sent.doc) - 1)].idx:
        return []  # not the sentence's opening subject
    tok = doc.char_span(first.start, first.end, alignment_mode="expand")
    return [p] if tok is not None and (p := imposer_of(tok.root, index)) else []
