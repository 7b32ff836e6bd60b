"""Sanctions read from one article: who imposed which measure on whom.

A measure is found by a lexicon pattern (``sanction_measures.tsv``); its imposer comes from the parse
(``events_sanction_by``), its targets are the people and firms it names (``events_sanction_targets``) or
the one state or institution it names (``events_sanction_on``), its date from ``events_sanction_dates``;
a release's list of designations adds one target a line (``events_sanction_roster``), and its header names
the imposer a bare "Treasury" or "we" stands for (``events_sanction_issuer``); ``events_sanction_package``
makes each package one event. A measure a counter-measure answers ("in retaliation for X sanctions") keeps to
its own phrase (``events_sanction_answered``); measures listed as verbless items under "The measures:" are the
measure reported just before the list. A measure that names no target ("on 158 persons") lends its imposer and day
to the release's list, and targets the state a headline gives as its topic ("X: Council adopts measures against
officials"); the law a measure is taken under ("the X Accountability Act") is no target.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.doc_cache import span_text, span_tokens, tokens
from kg.events_common import MentionIndex, doc_text, evidence, sentences
from kg.events_lexicon import Measure, any_measure, measures, state_of, words
from kg.events_sanction_answered import answered, answered_imposers
from kg.events_sanction_by import (body_before, by_agent, imposer_of, imposers, listers, nsubj, opening_imposer,
                                  refers_back, reported_by, subject_to)
from kg.events_sanction_counted import counted_targets
from kg.events_sanction_dates import announced, date_undated, measure_date, when_of
from kg.events_sanction_imposers import canonical_imposers
from kg.events_sanction_issuer import enacted_by, issued_by, issuer
from kg.events_sanction_nouns import noun_listings
from kg.events_sanction_on import (anaphoric_target, company_target, in_subject, listed_object, modifier_state,
                                  proper_object, same_party, target)
from kg.events_sanction_package import one_per_package, same_targets
from kg.events_sanction_roster import roster_lines, roster_targets
from kg.events_sanction_same import copied
from kg.events_sanction_those import those_taken
from kg.events_sanction_targets import enactment, in_law_name, named_targets, split_joined, without_aliases
from kg.model import CleanArticle, EventDraft


def _anchors(sent: Span) -> list[tuple[Token, Measure]]:
    """The measures a sentence names, each with the token it starts at; generic ones only if no specific one
    or if they name their own target ("sanctions against X, freezing …")."""
    found: list[tuple[Token, Measure]] = []
    text, start = span_text(sent), sent.start_char  # Span.text joins the tokens anew on every read
    first = any_measure().search(text)
    if first is None:
        return found
    for m in measures():
        for match in m.pattern.finditer(text, first.start()):  # none matches before the first place one does
            span = sent.doc.char_span(start + match.start(), start + match.end(), alignment_mode="expand")
            # a match that opens with its verb ("added A, the B member of C, to its list") is anchored there,
            # whatever the parse makes the root of the words between
            head = span[0] if span is not None and span[0].pos_ == "VERB" else span.root if span is not None else None
            if head is not None and head.lower_ == "sanctioned" and head.dep_ == "amod" and not any(head.children):
                continue  # "the re-export of sanctioned goods": what a measure hit, no measure (not "as blocked
                # property", which names the measure)
            if head is not None and not any(head.i == a.i for a, _ in found) and not in_law_name(span):
                found.append((head, m))
    if any(m.specific for _, m in found):
        found = [(a, m) for a, m in found if m.specific or _own_target(a)]
    return found


def _against(anchor: Token, name: str) -> bool:
    """True for a measure noun whose own "against" phrase names ``name`` ("the sanctions against X")."""
    return anchor.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "against" and any(
        g.dep_ == "pobj" and name.endswith(g.text) for g in c.children) for c in anchor.children)


def _passive(verb: Token) -> bool:
    """True for a passive verb with a subject ("A and B were designated")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in verb.children)


def _own_target(anchor: Token) -> bool:
    """True for a measure noun with its own "against"/"on" phrase naming a proper noun ("sanctions against X")."""
    return anchor.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ in {"against", "on"} and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in anchor.children)


def find_sanctions(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[EventDraft]:
    """Sanction drafts of one article: one per (measure, imposer) with a target.

    A target named only by a definite noun ("the three executives", "the company") is the organization
    of that kind named before, else the previous package's target. A package with no date of its own takes
    the date of a following "announced the measures on Wednesday". In an article that reports a sanction
    or names one anywhere (a title), "listed"/"designated" is one too ("..., which listed the company
    earlier this year"), and so is "the ministry's designation of X". A measure with an imposer and no
    target of its own targets the state the article's measures targeted before ("X first imposed sanctions
    on Dec. 5"). "X is subject to an arms embargo" makes X the target. Imposer names the article ties to one
    actor ("the Treasury's Office of …", its acronym) become one (``events_sanction_imposers``). A state that
    only qualified the measure's objects ("on X's state companies") gives way to the firms and people the
    article names for that imposer; two firms tagged as one name ("A Fuel and B Petroleum") are two targets.
    A measure its subject declines to take ("has declined to adopt X sanctions") is none.
    """
    out: list[EventDraft] = []
    leads: list[EventDraft] = []  # measures that named no target: a release's list may
    sents = [s for s in sentences(doc) if not _headline(s)]
    last_state: str | None = None
    # (imposers, state) read off a plural object's qualifier, also by a later measure taking it from there
    qualifying: set[tuple[tuple[str, ...], str]] = set()
    page = _page(article, doc)
    shared: set[tuple[int, str, str]] = set()  # (sentence, imposer, target) counted for several imposers at once
    about = _about_sanctions(page)  # "designated" is a listing there too
    header = issuer(page)  # the body a release's header names
    for n, sent in enumerate(sents):
        seen: set[tuple[str, str, str, object]] = set()
        found = [(a, m.name, 0.75 if m.specific else 0.6) for a, m in _anchors(sent)]
        if out or about:
            found += [(v, "listing", 0.6) for v in span_tokens(sent) if _listing(v)]
        before = len(out)
        naming: set[str] = set()  # imposers the sentence gives named people or firms as targets
        for anchor, name, conf in found:
            imposed, path = (listers(anchor, index, out), [anchor]) if name == "listing" else imposers(anchor, index)
            answer = name != "listing" and answered(anchor)  # "in retaliation for X sanctions on …": its own phrase
            if answer:
                imposed, path = answered_imposers(anchor, index), [anchor]
                if not imposed:
                    continue
            if _refused(path):
                continue  # "has so far declined to adopt X sanctions": no measure
            if name != "listing" and (held := subject_to(path, sent, index)) is not None:
                imposed, under = held  # "X has been subject to an arms embargo since the Y Council …": X is the target
                if not imposed or under is None:
                    continue
                when, basis = when_of(path, sent, article)
                out += [EventDraft(kind="Sanction", evidence=evidence(sent, article, conf),
                                   date=when or (article.published if basis == "article" else None), date_basis=basis,
                                   imposer=imp, target=under, measure=name, cameo="163", participants=(imp, under))
                        for imp in imposed if imp != under]
                continue
            own = imposed or opening_imposer(anchor, sent, index) or reported_by(path, index)
            imposed = list(dict.fromkeys(own or body_before(path, out) or issued_by(path, page)
                                         or _lead_imposer(anchor, _last_first(out, leads))
                                         or _issuer_item(anchor, header)))
            if not imposed:
                continue
            own_names = named_targets(path, sent, index, imposed)
            many = without_aliases(own_names or (counted_targets(path, sents, n, index) if not answer else []), index)
            if many and not own_names and len(imposed) > 1:  # "A, B and C sanctioned two men": each may say whom
                shared.update((sent.start_char, imp, t) for imp in imposed for t in many)
            if name == "sanctions listing" and anchor.pos_ == "VERB" and (listed := listed_object(anchor, index)):
                tgt = listed  # "placed X on its entity list": the object
            elif name == "listing":  # "which listed the company": the object, never a state named elsewhere
                tgt = None if many or _passive(anchor) else anaphoric_target(path, index, out) or target(
                    anchor, path, anchor.doc[anchor.i : anchor.i], imposed, index)
            else:  # "the sanctions adopted by X": the target is in the measure's phrase, not the clause around it
                scope = anchor.doc[anchor.left_edge.i : anchor.right_edge.i + 1] if by_agent(anchor) or answer else sent
                tgt = company_target(path, sent, index) or target(anchor, path, scope, imposed, index) \
                    or anaphoric_target(path, index, out)
            if tgt is not None and state_of(tgt):
                last_state = tgt
                if tgt == modifier_state(path, index):
                    qualifying.add((tuple(imposed), tgt))
            # "extend the sanctions against X to further persons", who are listed below: X too
            extended = bool(many and tgt and not own_names and _against(anchor, tgt))
            if any(not m.startswith("Central Bank") for m in many) and not extended:
                naming.update(imposed)  # a state's central bank stands for no one else
            if many and tgt is not None and not tgt.startswith("Central Bank") and not extended:
                tgt = None  # named people and firms, not the state the sentence also names
            if tgt is not None and in_subject(tgt, sent):
                tgt = None  # "The X's Y Council imposed …": the body that imposes, parsed as the measure's own
            tgts = list(dict.fromkeys(p for t in ([tgt] if tgt else []) + many for p in split_joined(t, index)
                                      if not enactment(p)))  # "pursuant to the X Act": the law, no target
            if not tgts and last_state and (name != "listing" or _counted(anchor)) and not proper_object(path, index) \
                    and not any(same_party(last_state, i) for i in imposed):
                tgts = [last_state]  # "Y first imposed sanctions on Dec. 5", "Y designated ten officials": that state
                if any(s == last_state for _, s in qualifying):  # a state that only qualified the objects
                    qualifying.add((tuple(imposed), last_state))  # ("four officials in X"): named people stand for it
            pronoun = name == "listing" and nsubj(anchor) is not None and nsubj(anchor).lower_ in {"it", "they"}
            when, basis = measure_date(path, sents, n, article, out, imposed[0], not own or refers_back(path), pronoun)
            if not tgts:  # "designated 158 persons": a list of the release may name them
                leads += [EventDraft(kind="Sanction", evidence=evidence(sent, article, conf),
                                     date=when or (article.published if basis == "article" else None), date_basis=basis,
                                     imposer=imp, measure=name, cameo="163") for imp in imposed]
                continue
            for imp, tgt in ((i, t) for i in imposed for t in tgts):
                if (imp, tgt, name, when) in seen or same_party(imp, tgt):
                    continue
                seen.add((imp, tgt, name, when))
                out.append(EventDraft(
                    kind="Sanction", evidence=evidence(sent, article, conf),
                    date=when or (article.published if basis == "article" else None),
                    date_basis=basis, imposer=imp, target=tgt, measure=name, cameo="163",
                    participants=(imp, tgt)))
        if out or about:
            out += noun_listings(sent, index, article, out, imposer_of, header)  # "the ministry's designation of A"
        out += those_taken(sent, index, out)  # "Those designated are A, a judge; B; and C": the measure before's
        out += copied(sent, index, article, out)  # "and Britain did the same for A": the measure before, Britain's
        # "imposed travel bans and asset freezes on four Ruritanian officials, including A": one measure's
        # parse reaches A, the other's only the state of the adjective; the named person stands for both
        out[before:] = [d for d in out[before:] if not (d.imposer in naming and state_of(d.target or "") == d.target)]
        if len(out) == before and (when := announced(sent, article)):
            out = date_undated(out, sents, n, when)
    if not out and not leads:  # an act's annex: "THE COUNCIL OF …," lists who "are added to the list"
        leads = _enacted(doc, article, page)
    both = canonical_imposers(out + leads, doc, index, header)  # "the Finance Ministry" and its state: one imposer
    canon, leads = both[: len(out)], both[len(out) :]
    canon = _own_named(canon, [(d.evidence.start, d.imposer, d.target) in shared for d in out])
    rename = {d.imposer: c.imposer for d, c in zip(out, canon)}
    qualifying = {(tuple(rename.get(i, i) for i in imps), st) for imps, st in qualifying}
    listed = roster_targets(doc_text(doc), index, _named_instead(canon, qualifying), leads)  # "1. SURNAME, Given; …"
    listed = _named_instead(listed, qualifying)  # "on four X officials:" then their list: the people, not X
    listed += _topic_targets(page, leads, listed)  # "X: Council adopts measures against officials"
    named = canonical_imposers(listed, doc, index, header)  # the imposers the list's items took from ``leads``
    # "the Council … a travel ban to the EU": once the body is its bloc, a target that is the imposer is none
    kept = [d for d in named if not (d.imposer and d.target and same_party(d.imposer, d.target))]
    return one_per_package(same_targets(kept))  # "on the same officials": the package before's people


#: A headline that names its topic before a colon: "X: Council adopts restrictive measures against officials".
_TOPIC = re.compile(r"^[ \t]*(?P<topic>[A-Z][^:\n]{1,40}):[ \t]+(?P<rest>[^\n]+)$", re.M)


def _topic_targets(page: str, leads: list[EventDraft], drafts: list[EventDraft]) -> list[EventDraft]:
    """Drafts of the measures that named no target (``leads``) on the state a headline gives as its topic ("X: Council
    adopts restrictive measures against officials"), when the article names no state target for their imposer."""
    if not leads:
        return []
    topic = next((state for m in _TOPIC.finditer(page) if any_measure().search(m["rest"])
                  and (state := state_of(m["topic"].strip()))), None)
    if topic is None:
        return []
    have = {d.imposer for d in drafts if d.target and state_of(d.target)}
    out: dict[str, EventDraft] = {}
    for d in leads:
        if d.imposer not in have and d.imposer not in out and not same_party(d.imposer, topic):
            out[d.imposer] = replace(d, target=topic, participants=(d.imposer, topic))
    return list(out.values())


def _own_named(drafts: list[EventDraft], shared: list[bool]) -> list[EventDraft]:
    """``drafts`` without a target a measure of several imposers counted ("A, B and C sanctioned a senator and two
    businessmen") for an imposer whose own measures name other people and firms in sentences that never name that
    one ("B designated X")."""
    own: dict[str, str] = {}  # the sentences of each imposer's own measures on people and firms
    for d, flag in zip(drafts, shared):
        if not flag and d.imposer and d.target and not state_of(d.target):
            own[d.imposer] = own.get(d.imposer, "") + "\n" + d.evidence.sentence
    return [d for d, flag in zip(drafts, shared) if not (flag and d.imposer in own and d.target
                                                           and d.target.split()[-1] not in own[d.imposer])]


def _enacted(doc: Doc, article: CleanArticle, page: str) -> list[EventDraft]:
    """For an act whose preamble names the body enacting it and which lists designations, one measure of that body
    read at the list's announcing line, on the act's day, which the list's items take; else nothing."""
    lines = roster_lines(doc_text(doc))
    body = enacted_by(page) if lines else None
    sent = next((s for s in sentences(doc) if s.start_char <= lines[0][3] < s.end_char), None) if body else None
    if sent is None:
        return []
    return [EventDraft(kind="Sanction", evidence=evidence(sent, article, 0.6), date=article.published,
                       date_basis="article", imposer=body, measure="listing", cameo="163")]


#: Measures that name no kind of their own ("sanctions", "listing"): those named people's measures may be.
_GENERIC = {"sanctions", "listing"}


def _named_instead(drafts: list[EventDraft], qualifying: set[tuple[tuple[str, ...], str]]) -> list[EventDraft]:
    """``drafts`` without those whose state target only qualified the measure's objects ("on Ruritania's state
    companies") when the same imposer's drafts on the same day name people or firms (or the draft has no day
    of its own: "the new US sanctions") in the same sentence or by a measure of the same kind (not "had also imposed
    visa restrictions on X officials" after a listing of named ones)."""
    people = [d for d in drafts if d.target and not state_of(d.target)]
    named = {(d.imposer, d.date) for d in people if d.date_basis == "stated"}
    naming = {imp for imp, _ in named}
    stood_for = {(imp, s) for imps, s in qualifying for imp in imps}
    # not a measure of its own on the state ("had also imposed visa restrictions on X officials" after a listing)
    alike = {(d.imposer, d.measure) for d in people} | {(d.imposer, d.evidence.start) for d in people}
    return [d for d in drafts if not ((d.imposer, d.target) in stood_for and (d.measure in _GENERIC
        or (d.imposer, d.measure) in alike or (d.imposer, d.evidence.start) in alike) and (
        (d.imposer, d.date) in named or d.imposer in naming and d.date_basis == "article"))]


#: The word that makes an article one about sanctions, wherever it stands (a headline, a section title).
_SANCTIONS = re.compile(r"\bsanction(?:s|ed|ing)?\b", re.I)


def _about_sanctions(page: str) -> bool:
    """True for a page that names sanctions or a specific measure anywhere ("identified three yachts as blocked
    property"), a title included."""
    return bool(_SANCTIONS.search(page) or any_measure(specific=True).search(page))


def _page(article: CleanArticle, doc: Doc) -> str:
    """The article's title and body: a release's header may have been taken for its title."""
    return f"{article.title or ''}\n{doc_text(doc)}"


def _headline(sent: Span) -> bool:
    """True for a headline or subhead: a whole paragraph without closing punctuation, not in a list."""
    toks = tokens(sent.doc)
    alone = (sent.start == 0 or "\n" in toks[sent.start - 1].text) and (sent.end == len(toks) or "\n" in toks[sent.end].text)
    return alone and not re.search(r"[.!?:\"”’']$", span_text(sent).strip()) \
        and not _under_colon(doc_text(sent.doc), sent.start_char)


#: Words of a line that announces measures listed after it ("The measures:", "The steps include:").
_MEASURE_WORDS = re.compile(r"\b(?:measures?|steps|restrictions|penalties)\b", re.I)


def _under_colon(text: str, line_start: int) -> bool:
    """True for the line at ``line_start`` being an item of a list of measures that a line ending in a colon
    announces ("The measures:" then "- an asset freeze on A"), with only other unpunctuated items between."""
    end, seen = line_start, 0
    while end > 0 and seen < 12:  # line by line backwards, not the whole text before
        start = text.rfind("\n", 0, end) + 1
        line, end = text[start:end].strip(), start - 1
        if not line:
            continue
        if line.endswith(":"):  # "The measures:", "The sanctions include:"; not "Read more:"
            return bool(_MEASURE_WORDS.search(line) or any_measure().search(line))
        if line.endswith((".", "!", "?", '"', "”")):
            return False  # an ordinary paragraph: no list above
        seen += 1
    return False


def _lead_imposer(anchor: Token, drafts: list[EventDraft]) -> list[str]:
    """For a measure that opens a list item without a verb ("The measures:" then "- an asset freeze on A", the
    marker perhaps dropped): the imposer of the measure reported just before the list, else nothing."""
    if not drafts or not drafts[-1].imposer:
        return []
    text = doc_text(anchor.doc)
    line_start = _verbless_line(anchor)
    if not line_start or not _under_colon(text, line_start - 1):
        return []
    return [drafts[-1].imposer]


def _verbless_line(anchor: Token) -> int | None:
    """Where the line of ``anchor`` starts, when no verb comes before it on that line (a list item "- an asset
    freeze on A", "(1) Freeze of assets of …"), else ``None``."""
    line_start = doc_text(anchor.doc).rfind("\n", 0, anchor.idx) + 1
    opening = [t for t in anchor.doc[anchor.sent.start : anchor.i] if t.idx >= line_start]
    return None if any(t.pos_ in {"VERB", "AUX"} for t in opening) else line_start


def _issuer_item(anchor: Token, header: str | None) -> list[str]:
    """For a measure that opens a numbered item of a release without a verb ("(1) Freeze of assets of persons ..."
    under "the Government decided to implement the following measures"): the issuer its header names, else
    nothing."""
    if header is None or (line_start := _verbless_line(anchor)) is None \
            or not _ITEM_MARK.match(doc_text(anchor.doc), line_start):
        return []
    return [header]


_ITEM_MARK = re.compile(r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|\([a-z]\)|[a-z]\)|[-•*])[ \t]")  # "(1) ", "2. ", "(a) ", "- "


def _last_first(drafts: list[EventDraft], leads: list[EventDraft]) -> list[EventDraft]:
    """The drafts and the measures that named no target, in the order the article reports them ("decided to impose
    the following sanctions:" leads the list that follows)."""
    return sorted(drafts + leads, key=lambda d: d.evidence.start)


def _refused(path: list[Token]) -> bool:
    """True for a measure whose verb is what its subject declines or refuses to do ("declined to adopt …"), or
    is still to decide ("will decide whether to extend …"), or that a verb takes away ("agreed to lift the
    sanctions on X"; ``sanction_lifting_verbs.txt``)."""
    return any(t.dep_ == "xcomp" and t.pos_ == "VERB" and t.head.lemma_.lower() in words("sanction_refusal_verbs.txt")
               or t.pos_ == "VERB" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children)
               or t.pos_ == "VERB" and t.i != path[0].i and t.lemma_.lower() in words("sanction_lifting_verbs.txt")
               for t in path)


def _counted(verb: Token) -> bool:
    """True for a verb whose object is counted but not named ("designated ten officials")."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.tag_ == "NNS" and any(
        d.dep_ == "nummod" for d in c.children) for c in verb.children)


#: Verbs that list their object only after a pronoun for the imposer just reported ("It also targets A", "It also
#: blocked A"), as schemes and strikes target too and protesters block roads.
_AFTER_PRONOUN = {"target", "block"}


def _listing(v: Token) -> bool:
    """True for a verb that puts its object on a sanctions list (``sanction_listing_verbs.txt``), active or passive
    ("A and B were designated"); "target" and "block" only after a pronoun for the imposer just reported."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB" or lemma not in words("sanction_listing_verbs.txt") | _AFTER_PRONOUN \
            or not any(c.dep_ == "dobj" for c in v.children) and not _passive(v):
        return False
    return lemma not in _AFTER_PRONOUN or any(c.dep_ == "nsubj" and c.lower_ in {"it", "they"} for c in v.children)
