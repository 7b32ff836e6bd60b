"""Sanctions read from one article: who imposed which measure on whom.

A measure is found by a lexicon pattern (``sanction_measures.tsv``); its imposer is the subject of the
sanctioning verb that governs it (or the states modifying it: "EU, U.K. and Canadian airspace"); its
target is the state or institution the measure names ("transactions with X's central bank"), else the
state the sentence names besides the imposer.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.events_common import MentionIndex, date_of, evidence, name_span, party_of, sentence_dates, sentences
from kg.events_lexicon import Measure, any_measure, measures, state_of, words
from kg.events_sanction_imposers import canonical_imposers
from kg.events_sanction_nouns import noun_listings
from kg.events_sanction_targets import counted_targets, named_targets
from kg.model import CleanArticle, EventDraft

_NOUN_STEPS = {"prep", "pobj", "conj", "appos", "dobj", "compound", "nsubjpass", "pcomp", "relcl", "acl",
               "attr", "nmod", "npadvmod", "amod"}
_GOVERNMENT = {"government", "administration", "authorities", "ministry", "treasury", "department", "cabinet"}
_TARGET_PREPS = {"with", "against", "on", "to", "from", "of", "at", "toward", "towards"}
_EXPLICIT = {"on", "against", "with", "to", "targeting"}  # prepositions that name the target itself


#: Nouns for the people who act for a bloc or state ("heads of state of X", "leaders of X", "X's ministers").
_ACTING_FOR = {"head", "leader", "minister", "member", "representative", "state", "government", "president"}


def _imposer_of(tok: Token, index: MentionIndex) -> str | None:
    """The imposer ``tok`` names: a state, an organization, a collective ("the West"), a state's government,
    or the bloc whose heads or leaders act ("heads of state of X" -> X)."""
    if tok.lemma_.lower() in _ACTING_FOR and tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj" and (p := _imposer_of(g, index)):
                        return p
    phrase = " ".join(t.lower_ for t in tok.subtree if t.dep_ != "det" and t.i <= tok.i)
    if phrase in words("sanction_imposers.txt") or tok.lower_ in words("sanction_imposers.txt"):
        return "the West" if tok.lower_ == "west" else tok.text
    if (p := party_of(tok, index)) is not None:
        return p
    if tok.is_upper and len(tok.text) > 1 and (m := index.at(tok)) is not None and m.type == "Organization":
        return name_span(tok, index)[0]  # an acronym the tagger took for a common noun ("ABCU had imposed …")
    if tok.lemma_.lower() in _GOVERNMENT:
        return next((s for c in tok.children if c.dep_ in {"amod", "compound", "poss"} and (s := state_of(c.text))), None)
    return None


def _with_conj(tok: Token) -> list[Token]:
    """``tok`` and the tokens conjoined to it."""
    return [tok, *(c for c in tok.conjuncts)]


def _sanction_verb(v: Token) -> bool:
    """True when ``v`` (or its adjectival complement: "be frozen") is a sanctioning verb."""
    verbs = words("sanction_verbs.txt")
    return v.lemma_.lower() in verbs or any(c.dep_ in {"acomp", "oprd"} and {c.lemma_.lower(), c.lower_} & verbs for c in v.children)


def imposers(anchor: Token, index: MentionIndex) -> tuple[list[str], list[Token]]:
    """The imposers of the measure at ``anchor`` and the path of tokens walked to find them."""
    path = [anchor]
    found = [p for c in anchor.children if c.dep_ in {"amod", "compound", "poss"} for t in _with_conj(c)
             if (p := _imposer_of(t, index))]
    t = anchor
    for _ in range(10):
        if t.pos_ in {"VERB", "AUX"}:
            if found:
                return found, path
            subj = _nsubj(t)
            if subj is None and (t.dep_ == "conj" or (t.dep_ == "advcl" and t.tag_ == "VBG")):
                # "X followed suit on Tuesday, announcing an arms embargo": the participle's subject is X
                subj = _nsubj(t.head)
                if subj is not None and t.dep_ == "advcl":
                    path.append(t.head)
            agent = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if _sanction_verb(t):
                for s in ([subj] if subj is not None else []) + agent:
                    found += [p for x in _with_conj(s) if (p := _imposer_of(x, index))]
                if found:
                    return found, path
            elif subj is not None:
                if t.tag_ == "VBG" and len(path) > 1 and path[-2].pos_ == "VERB" and path[-2].dep_ in {"dep", "conj"} \
                        and _sanction_verb(path[-2]):
                    # "Leaders of X, meeting in Y, agreed to close ...": the parse hangs the decision on the participle
                    found += [p for x in _with_conj(subj) if (p := _imposer_of(x, index))]
                return found, path
        elif t.i != anchor.i and t.dep_ in {"pobj", "appos", "conj"} and (p := _imposer_of(t, index)):
            found.append(p)
        if t.head.i == t.i or (t.pos_ not in {"VERB", "AUX"} and t.dep_ not in _NOUN_STEPS
                               and t.dep_ not in {"xcomp", "ccomp", "advcl"}):
            break
        t = t.head
        path.append(t)
    return found, path


def subject_to(path: list[Token], sent: Span, index: MentionIndex) -> tuple[list[str], str | None] | None:
    """For a measure a state or group is under ("X is subject to an arms embargo", "X remains under a travel
    ban"): (imposers, target), the target being the copula's subject and the imposers the agent of the measure
    ("imposed by Y") or the states and organizations the sentence names after the measure; else ``None``."""
    verb = next((t.head for t in path[1:] if t.head.lemma_ in {"be", "remain", "stay"}
                 and (t.lower_ == "subject" or (t.dep_ == "prep" and t.lower_ == "under"))), None)
    if verb is None:
        return None
    subj = _nsubj(verb)
    cands = [] if subj is None else [subj, *(c for c in subj.children if c.dep_ == "poss")]
    under = next((p for c in cands if (p := party_of(c, index))), None)
    agents = [g for t in path[0].subtree if t.dep_ == "agent" for g in t.children if g.dep_ == "pobj"]
    after = [t for t in sent if t.i > path[0].i and index.at(t) is not None and index.at(t).type in {"Organization", "Country"}
             and (t.i == 0 or index.at(t.doc[t.i - 1]) is not index.at(t))]
    found = [p for t in agents or after if (p := _imposer_of(t, index)) and p != under]
    return list(dict.fromkeys(found))[:1], under


def _body_before(path: list[Token], drafts: list[EventDraft]) -> list[str]:
    """A bare government noun as the sanctioning verb's subject ("Treasury sanctioned …", "The ministry also
    froze …"): the imposer of the measure reported just before, else nothing."""
    verb = next((t for t in path if t.pos_ == "VERB"), None)
    subj = _nsubj(verb) if verb is not None and _sanction_verb(verb) else None
    if subj is None or subj.lemma_.lower() not in _GOVERNMENT or not drafts or drafts[-1].imposer is None:
        return []
    if any(c.dep_ in {"amod", "compound", "poss"} for c in subj.children):
        return []  # "the Ruritanian Treasury": a body of its own
    return [drafts[-1].imposer]


def _nsubj(verb: Token) -> Token | None:
    """The subject of ``verb`` nearest to it (a parse run across a headline may give it two)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and "\n" not in verb.doc[min(c.i, verb.i) : max(c.i, verb.i)].text]
    return min(subjects, key=lambda c: abs(c.i - verb.i), default=None)


def _owner(name: str) -> str:
    """The state a name stands for or begins with ("US Treasury" -> "United States"), else the name."""
    words = name.split()
    for n in range(len(words), 0, -1):
        if state := state_of(" ".join(words[:n])):
            return state.lower()
    return name.lower()


def central_bank(tok: Token) -> str | None:
    """"Central Bank of X" when ``tok`` heads "X's central bank" / "the X central bank" / "central bank of X"."""
    if tok.lemma_.lower() != "bank" or not any(c.lower_ == "central" for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ in {"poss", "amod", "compound", "nmod"} and (s := state_of(c.text)):
            return f"Central Bank of {s}"
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if s := state_of(g.text):
                    return f"Central Bank of {s}"
    return None


def target(anchor: Token, path: list[Token], sent: Span, imposed: list[str], index: MentionIndex) -> str | None:
    """The target of the measure: an institution, state or organization the measure names ("sanctions on
    two ABC commanders" -> ABC), those after "on"/"against"/"with" first; else a state the sentence names."""
    on_path = {p.i for p in path}
    zones: list[Token] = []
    for t in path:
        for c in t.children:
            if (c.dep_ == "prep" and c.lower_ in _TARGET_PREPS) or c.dep_ in {"dobj", "nsubjpass", "acl", "relcl"}:
                zones.extend(x for x in c.subtree if x.i not in on_path)
    zones.extend(anchor.subtree)
    explicit = [x for t in zones if t.dep_ == "prep" and t.lower_ in _EXPLICIT for x in t.subtree]
    for t in explicit + zones:
        if bank := central_bank(t):
            return bank
    for t in explicit + zones:
        s = _state(t, index) or _organization(t, index)
        if s and not any(_same_party(s, i) for i in imposed):
            return s
    others = [(abs(t.i - anchor.i), s) for t in sent
              if t.ent_type_ in {"GPE", "NORP"} and (s := _state(t, index)) and not any(_same_party(s, i) for i in imposed)]
    return min(others)[1] if others else None


def _organization(tok: Token, index: MentionIndex) -> str | None:
    """The organization ``tok`` names: its mention, its ORG entity, or a name the article gives an
    organization elsewhere ("the ABC" tagged once, then "two ABC commanders")."""
    m = index.at(tok)
    if m is not None:
        return party_of(tok, index) if m.type == "Organization" else None
    if tok.ent_type_ == "ORG":
        return party_of(tok, index)
    if tok.pos_ == "PROPN" and any(m.type == "Organization" and m.text == tok.text for m in index.mentions):
        return tok.text
    return None


def _same_party(a: str, b: str) -> bool:
    """True when two surface forms name one actor ("United States" and "United States Treasury")."""
    return a.lower() == b.lower() or _owner(a) == _owner(b)


def _state(tok: Token, index: MentionIndex) -> str | None:
    """The state ``tok`` or the name around it stands for."""
    return state_of(name_span(tok, index)[0]) or state_of(tok.text)


def _anchors(sent: Span) -> list[tuple[Token, Measure]]:
    """The measures a sentence names, each with the token it starts at; generic ones only if no specific one."""
    found: list[tuple[Token, Measure]] = []
    text, start = sent.text, sent.start_char  # Span.text joins the tokens anew on every read
    if not any_measure().search(text):
        return found
    for m in measures():
        for match in m.pattern.finditer(text):
            span = sent.doc.char_span(start + match.start(), start + match.end(), alignment_mode="expand")
            if span is not None and not any(span.root.i == a.i for a, _ in found):
                found.append((span.root, m))
    if any(m.specific for _, m in found):
        found = [(a, m) for a, m in found if m.specific]
    return found


def find_sanctions(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[EventDraft]:
    """Sanction drafts of one article: one per (measure, imposer) with a target.

    A target named only by a definite noun ("the three executives", "the company") is the organization
    of that kind named before, else the previous package's target. A package with no date of its own takes
    the date of a following "announced the measures on Wednesday". In an article that reports a sanction
    or names one anywhere (a title), "listed"/"designated" is one too ("..., which listed the company
    earlier this year"), and so is "the ministry's designation of X". A measure with an imposer and no
    target of its own targets the state the article's measures targeted before ("X first imposed sanctions
    on Dec. 5"). "X is subject to an arms embargo" makes X the target. Imposer names the article ties to one
    actor ("the Treasury's Office of …", its acronym) become one (``events_sanction_imposers``).
    """
    out: list[EventDraft] = []
    sents = [s for s in sentences(doc) if not _headline(s)]
    last_state: str | None = None
    about = bool(_SANCTIONS.search(doc.text))  # a release about sanctions: "designated" is a listing there too
    for n, sent in enumerate(sents):
        seen: set[tuple[str, str, str]] = set()
        found = [(a, m.name, 0.75 if m.specific else 0.6) for a, m in _anchors(sent)]
        if out or about:
            found += [(v, "listing", 0.6) for v in sent if _listing(v)]
        before = len(out)
        naming: set[str] = set()  # imposers the sentence gives named people or firms as targets
        for anchor, name, conf in found:
            imposed, path = (_listers(anchor, index, out), [anchor]) if name == "listing" else imposers(anchor, index)
            if name != "listing" and (held := subject_to(path, sent, index)) is not None:
                imposed, under = held  # "X has been subject to an arms embargo since the Y Council …": X is the target
                if not imposed or under is None:
                    continue
                when, basis = _when(path, sent, article)
                out += [EventDraft(kind="Sanction", evidence=evidence(sent, article, conf),
                                   date=when or (article.published if basis == "article" else None), date_basis=basis,
                                   imposer=imp, target=under, measure=name, cameo="163", participants=(imp, under))
                        for imp in imposed if imp != under]
                continue
            imposed = list(dict.fromkeys(imposed or _opening_imposer(anchor, sent, index) or _body_before(path, out)))
            if not imposed:
                continue
            many = named_targets(path, sent, index, imposed) or counted_targets(path, sents, n, index)
            if name == "sanctions listing" and anchor.pos_ == "VERB" and (listed := _listed(anchor, index)):
                tgt = listed  # "placed X on its entity list": the object
            elif name == "listing":  # "which listed the company": the object, never a state named elsewhere
                tgt = None if many else _anaphoric_target(path, index, out) or target(
                    anchor, path, anchor.doc[anchor.i : anchor.i], imposed, index)
            else:
                tgt = _company_target(path, sent, index) or target(anchor, path, sent, imposed, index) \
                    or _anaphoric_target(path, index, out)
            if tgt is not None and state_of(tgt):
                last_state = tgt
            if many:
                naming.update(imposed)
            if many and tgt is not None and not tgt.startswith("Central Bank"):
                tgt = None  # named people and firms, not the state the sentence also names
            if tgt is not None and _in_subject(tgt, sent):
                tgt = None  # "The X's Y Council imposed …": the body that imposes, parsed as the measure's own
            tgts = list(dict.fromkeys(([tgt] if tgt else []) + many))
            if not tgts and last_state and name != "listing" and not any(_same_party(last_state, i) for i in imposed):
                tgts = [last_state]  # "Y first imposed sanctions on Dec. 5": the state the article's sanctions target
            if not tgts:
                continue
            when, basis = _when(path, sent, article)
            if name == "listing" and basis == "article" and out and _nsubj(anchor) is not None \
                    and _nsubj(anchor).lower_ in {"it", "they"}:
                prior = next((d for d in reversed(out) if d.date_basis == "stated"), out[-1])
                when, basis = prior.date, prior.date_basis  # "It also blacklisted …": the same action
            if when is None and basis == "article" and _SAME_DAY.search(sent.text):
                prior = [d for d in out if d.date_basis == "stated"]  # "held its own summit the same day"
                if prior:
                    when, basis = prior[-1].date, "stated"
            for imp, tgt in ((i, t) for i in imposed for t in tgts):
                if (imp, tgt, name) in seen or imp == tgt:
                    continue
                seen.add((imp, tgt, name))
                out.append(EventDraft(
                    kind="Sanction", evidence=evidence(sent, article, conf),
                    date=when or (article.published if basis == "article" else None),
                    date_basis=basis, imposer=imp, target=tgt, measure=name, cameo="163",
                    participants=(imp, tgt)))
        if out or about:
            out += noun_listings(sent, index, article, out, _imposer_of)  # "the ministry's designation of A"
        # "imposed travel bans and asset freezes on four Ruritanian officials, including A": one measure's
        # parse reaches A, the other's only the state of the adjective; the named person stands for both
        out[before:] = [d for d in out[before:] if not (d.imposer in naming and state_of(d.target or "") == d.target)]
        if len(out) == before and (when := _announced(sent, article)):
            out = _date_undated(out, sents, n, when)
    return one_per_package(canonical_imposers(out, doc, index))


#: The word that makes an article one about sanctions, wherever it stands (a headline, a section title).
_SANCTIONS = re.compile(r"\bsanction(?:s|ed|ing)?\b", re.I)
_MONTH_OR_YEAR = re.compile(r"\b(?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
#: "the same day": the day of the measure reported just before.
_SAME_DAY = re.compile(r"\b(?:the\s+same\s+day|that\s+same\s+day)\b", re.I)
#: Common nouns that stand for a company or firm named just before ("adding the Chinese company to a list").
_FIRM_NOUNS = {"company", "firm", "group", "maker", "manufacturer", "producer", "supplier", "conglomerate",
               "developer", "business", "operator", "lender", "bank"}


def _listed(verb: Token, index: MentionIndex) -> str | None:
    """The named organization or state a listing verb puts on the list: its proper-noun object."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ == "PROPN":
            text, kind = name_span(c, index)
            if kind in {"Organization", "Country", "Place", None}:
                return state_of(text) or text
    return None


def _company_target(path: list[Token], sent: Span, index: MentionIndex) -> str | None:
    """The organization a definite firm noun on the measure's path stands for ("barred investment in ABC Group,
    adding the Ruritanian company to a list" -> ABC Group): the nearest organization named before it in the
    sentence, so the state adjective on the noun is not taken for the target."""
    for t in path:
        for c in t.children:
            if c.dep_ != "dobj" or c.pos_ != "NOUN" or c.lemma_.lower() not in _FIRM_NOUNS:
                continue
            if not any(d.dep_ == "det" and d.lower_ in {"the", "this"} for d in c.children):
                continue
            orgs = index.before(c.idx, ["Organization"], since=sent.start_char)
            if orgs:
                return orgs[0].text
    return None


#: Nouns for a span of time: "earlier this year" dates a measure too vaguely to give it a day.
_PERIODS = {"year", "month", "week", "season", "spring", "summer", "autumn", "fall", "winter", "decade"}
#: Nouns that refer back to a package of measures ("announced the measures on Wednesday").
_PACKAGE_NOUNS = {"measure", "sanction", "ban", "penalty", "restriction", "package", "step"}


def _headline(sent: Span) -> bool:
    """True for a headline or subhead: a whole paragraph without closing punctuation."""
    doc = sent.doc
    alone = (sent.start == 0 or "\n" in doc[sent.start - 1].text) and (sent.end == len(doc) or "\n" in doc[sent.end].text)
    return alone and not re.search(r"[.!?:\"”’']$", sent.text.strip())


def _listing(v: Token) -> bool:
    """True for a verb that puts its object on a sanctions list (``sanction_listing_verbs.txt``)."""
    return v.pos_ == "VERB" and v.lemma_.lower() in words("sanction_listing_verbs.txt") \
        and any(c.dep_ == "dobj" for c in v.children)


def _listers(verb: Token, index: MentionIndex, drafts: list[EventDraft]) -> list[str]:
    """The imposers of a listing verb: its subject and their conjuncts ("the US and the EU, which listed"); "it"
    or "they" is the imposer of the measure reported just before."""
    subj = _nsubj(verb)
    if subj is not None and subj.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl":
        subj = verb.head
    if subj is not None and subj.lower_ in {"it", "they"} and drafts:
        return [drafts[-1].imposer] if drafts[-1].imposer else []
    return [p for x in _with_conj(subj) if (p := _imposer_of(x, index))] if subj is not None else []


def _in_subject(name: str, sent: Span) -> bool:
    """True when ``name`` occurs in ``sent`` only before its first sanctioning verb."""
    verb = next((t for t in sent if t.lemma_.lower() in words("sanction_verbs.txt") and t.pos_ == "VERB"), None)
    return verb is not None and name in sent.text and sent.text.rfind(name) + sent.start_char < verb.idx


def _opening_imposer(anchor: Token, sent: Span, index: MentionIndex) -> list[str]:
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
    return [p] if tok is not None and (p := _imposer_of(tok.root, index)) else []


def _when(path: list[Token], sent: Span, article: CleanArticle) -> tuple[object, str]:
    """(date, basis) of the measure on ``path``: a date on its verb, else the sentence's one date; a vague
    date on the verb ("earlier this year") is no date at all (basis "unknown")."""
    verbs = path + ([path[-1].head] if path[-1].dep_ in {"advcl", "conj", "xcomp"} else [])
    when = date_of(verbs, article)
    if when is not None:
        return when, "stated"
    times = [c for v in verbs for c in v.children if c.dep_ in {"npadvmod", "advmod", "tmod"}]
    times += [g for v in verbs for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(t.ent_type_ == "DATE" or t.lemma_.lower() in _PERIODS for t in times):
        return None, "unknown"
    stated = sentence_dates(sent, article)
    if len(set(stated)) == 1:
        return stated[0], "stated"
    if not stated and any(e.label_ == "DATE" and _MONTH_OR_YEAR.search(e.text) for e in sent.ents):
        return None, "unknown"  # "had placed X on its list in October 2019": a date, but no day
    return None, "article"


def _anaphoric_target(path: list[Token], index: MentionIndex, drafts: list[EventDraft]) -> str | None:
    """The target a definite noun on the measure's path refers to ("on the three executives", "listed the
    company"): the nearest earlier organization whose name ends in that noun, else the last draft's target."""
    for t in path:
        for c in t.children:
            nouns = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
                if c.dep_ == "prep" and c.lower_ in _EXPLICIT else []
            for noun in nouns:
                if noun.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ in {"the", "these", "those"}
                                                  for d in noun.children):
                    continue
                for m in index.before(noun.idx, ["Organization"]):
                    if m.text.split()[-1].lower() == noun.lemma_.lower():
                        return m.text
                if drafts:
                    return drafts[-1].target
    return None


def _announced(sent: Span, article: CleanArticle) -> object:
    """The date of "announced the measures on Wednesday" or "the measures, announced Thursday, ...": a definite
    package noun governed or described by a sanction verb that carries a date, else ``None``."""
    for t in sent:
        if t.lemma_.lower() not in _PACKAGE_NOUNS or not any(d.lower_ in {"the", "these"} for d in t.children):
            continue
        verb = t.head
        if verb.pos_ == "VERB" and _sanction_verb(verb) and (when := date_of([verb], article)):
            return when
        for acl in (c for c in t.children if c.dep_ == "acl" and c.pos_ == "VERB"):
            if _sanction_verb(acl) and (when := date_of([acl], article)):
                return when  # "The measures, announced Thursday, ..."
    return None


def _date_undated(drafts: list[EventDraft], sents: list[Span], n: int, when: object) -> list[EventDraft]:
    """``drafts`` with those of the two sentences before ``sents[n]`` that had no stated date dated ``when``."""
    lo = sents[max(0, n - 2)].start_char
    return [replace(d, date=when, date_basis="stated")
            if d.date_basis != "stated" and lo <= d.evidence.start < sents[n].start_char else d for d in drafts]


def _long_forms(drafts: list[EventDraft]) -> dict[str, str]:
    """Acronyms among the drafts' actors mapped to the one other actor whose initials they are (EU -> European Union)."""
    names = {n for d in drafts for n in (d.imposer, d.target) if n}
    out = {}
    for n in names:
        letters = n.replace(".", "").replace(" ", "")
        if letters.isupper() and letters.isalpha():
            full = [m for m in names if m != n and "".join(
                w[0] for w in m.split() if w.lower() not in {"of", "the", "and", "for"}).upper() == letters]
            if len(full) == 1:
                out[n] = full[0]
    return out


def one_per_package(drafts: list[EventDraft]) -> list[EventDraft]:
    """The drafts with one measure and date per (imposer, target, stated date) in the article, so the
    merge makes them one sanction: a package reported in several sentences or measures is one event.
    Undated drafts join the pair's one stated date; generic "sanctions" give way to named measures."""
    long = _long_forms(drafts)

    def pair_of(d: EventDraft) -> tuple[str, str]:
        names = long.get(d.imposer or "", d.imposer or ""), long.get(d.target or "", d.target or "")
        return tuple(re.sub(r"[\W_]+", "", n.lower()) for n in names)  # type: ignore[return-value]

    stated: dict[tuple[str, str], set] = defaultdict(set)
    for d in drafts:
        if d.date_basis == "stated":
            stated[pair_of(d)].add(d.date)

    def key(d: EventDraft) -> tuple:
        pair = pair_of(d)
        if d.date_basis == "stated":
            return (*pair, d.date)
        if d.date_basis == "unknown":
            return (*pair, "listed before")  # an earlier measure with a vague date ("in November") is not this package
        return (*pair, next(iter(stated[pair])) if len(stated[pair]) == 1 else None)

    groups: dict[tuple, list[EventDraft]] = defaultdict(list)
    for d in drafts:
        groups[key(d)].append(d)
    out = []
    for (_, _, when), ds in groups.items():
        when = None if when == "listed before" else when
        names = list(dict.fromkeys(d.measure or "sanctions" for d in ds))
        named = [n for n in names if n != "sanctions"] or names
        basis = "stated" if when is not None else ds[0].date_basis
        out += [replace(d, measure="; ".join(named), date=when or d.date, date_basis=basis) for d in ds]
    return out
