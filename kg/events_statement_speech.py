"""Speech acts in a parse: which verbs report speech, what they report, who their subject is.

A speech verb (``speech_verbs.txt``; "present"/"issue" only with a message such as demands or a statement;
any verb with an object done "in a statement" or "in a post"; a verb whose phrase opens a quote after a colon)
reports a statement unless it only describes a noun, hangs as a participle on another act, is modal or
negated, is reported by another speaker, or announces a sanction (:func:`describes`).
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.doc_cache import cached, doc_text, span_text, texts, tokens
from kg.events_common import MentionIndex, name_span
from kg.events_lexicon import measures, state_of, words
from kg.events_statement_names import title_heads

_QUOTE = re.compile(r"“([^“”]{3,})(?:”|$)|(?<![,.!?])\"([^\"]{3,})(?:\"|$)")
_NEEDS_OBJECT = {"call", "add", "write", "post", "state", "note", "ask", "respond", "reply"}
#: Verbs that report speech only with a message as object ("presented a list of demands", "read a statement",
#: "published a statement", "reiterated its call on X").
_NEEDS_MESSAGE = {"present", "issue", "submit", "deliver", "release", "read", "publish", "reiterate", "renew", "repeat",
                  "express", "reaffirm", "voice"}
#: Stances those verbs voice as a message of their own ("expressed concern", "reaffirmed its solidarity"); only
#: with a verb of voicing (not "delivered support").
_STANCE_VERBS = {"reiterate", "renew", "repeat", "express", "reaffirm", "voice"}
_STANCES = {"condemnation", "solidarity", "support", "concern", "regret", "hope", "commitment", "condolence",
            "policy"}
_MESSAGES = {"demand", "proposal", "plan", "statement", "position", "offer", "list", "ultimatum", "declaration",
             "communique", "appeal", "warning", "call"}
#: Nouns for a written statement: "issued an advisory urging ..." speaks through it.
DOCUMENTS = {"statement", "advisory", "report", "update", "message", "communique", "post", "tweet", "letter",
              "bulletin", "release", "notice", "video", "warning"}
#: Messages an act can be done in ("welcomed the talks in a statement"): the act is a statement.
_WRITTEN = {"statement", "post", "tweet", "message", "letter", "communique", "communiqué", "video", "editorial"}
_MESSAGE_NOUNS = frozenset(DOCUMENTS | _MESSAGES | _WRITTEN)  # what a message "in which" X said can be
#: Objects of a verb that names its own subject ("calls himself").
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
#: Verbs whose complement is a speech act that did not happen ("declined to comment").
_REFUSALS = {"decline", "refuse", "fail"}
#: Denials and the charges they can hang on without a relative pronoun ("a charge Paris denied").
_DENIALS = {"deny", "reject", "dispute"}
_CHARGES = {"charge", "accusation", "allegation", "claim"}
#: Dependencies of a name that is an actor of its clause (a subject, or the head of "X, who said").
SUBJECTS = {"nsubj", "nsubjpass"}


def quotes_in(sent: Span) -> list[tuple[int, int, str]]:
    """The quotes in ``sent``: (start char, end char, text); read once per sentence (several rules ask)."""
    read = cached(sent.doc).setdefault("quotes", {})
    if (sent.start, sent.end) not in read:
        read[sent.start, sent.end] = _quotes_in(sent)
    return list(read[sent.start, sent.end])


def _quotes_in(sent: Span) -> list[tuple[int, int, str]]:
    """:func:`quotes_in`, read anew."""
    base = sent.start_char
    out = []
    for m in _QUOTE.finditer(span_text(sent)):
        g = 1 if m.group(1) is not None else 2
        out.append((base + m.start(g), base + m.end(g), m.group(g).strip(" ,")))
    return out


def _clause(verb: Token) -> Span | None:
    """The reported clause of ``verb``: its ccomp, else everything right of it in its phrase ("urged X to Y")."""
    ccomp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if ccomp is None:  # "said in a statement that ...": the parse hangs the clause on the statement
        ccomp = next((a for p in verb.children if p.dep_ == "prep" for d in p.children
                      if d.dep_ == "pobj" and d.lemma_.lower() in DOCUMENTS for a in d.children
                      if a.dep_ in {"acl", "relcl"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)), None)
    if ccomp is not None:
        toks = list(ccomp.subtree)
        return verb.doc[toks[0].i : toks[-1].i + 1]
    if (before := said_after(verb)) is not None:
        return before
    right = [c for c in verb.rights if c.dep_ not in {"punct", "cc", "conj", "advcl", "npadvmod"}
             and not (c.dep_ == "prep" and c.lower_ in {"in", "during", "at", "on", "after", "before"}
                      and not (c.lower_ == "on" and verb.lemma_.lower() == "call"  # "called on X to ...",
                               and not any(o.ent_type_ in {"DATE", "TIME"} for o in c.children)))]  # not "on Monday"
    if not right:
        return None
    if verb.lemma_.lower() == "call" and not any(c.lower_ in {"for", "on"} or c.dep_ == "oprd" or _quote_after(c)
                                                 for c in right):
        return None  # "called for", "called on", "called the plan a sham", 'called the outcome "solid"'; not
        # "called a meeting"
    toks = [t.i for c in right for t in c.subtree]
    return verb.doc[min(toks) : max(toks) + 1]


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, shared from the verb it is conjoined to or completes when it has none;
    for "issued an advisory urging ..." the subject of the verb that issued the document."""
    v = verb
    for _ in range(3):
        passive = any(c.dep_ == "auxpass" for c in v.children)
        subjs = [c for c in v.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and not passive)]
        if len(subjs) > 1:  # "REPORTER (Kyodo): X's state media said": a transcript's label is no subject
            colon = max((t.i for t in v.sent if t.i < v.i and t.text.endswith(":")), default=-1)
            subjs = [c for c in subjs if c.i > colon] or subjs
        # two subjects: a title and the name the parse split from it ("The group's co-chair, Eva Lind, told")
        # (or a title and a hyphenated name: "Presidential Adviser ... Eva Lind-Moreno said", a person's name first)
        subj = next((c for c in subjs if c.ent_type_ == "PERSON" and c.pos_ == "PROPN"),
                    next((c for c in subjs if c.pos_ == "PROPN"), subjs[0])) if len(subjs) > 1 else next(iter(subjs), None)
        if subj is not None and (label := _label_end(subj, v)) is not None:  # "QUESTION (Outlet, Eva Lind): X's
            # minister said": the parse ran a transcript's label into the subject; the subject is what follows it
            subj = next((t for t in subj.subtree if t.i > label and t.dep_ == "appos"), None)
        if subj is not None:
            return _antecedent(subj, v) if _relative_actor(subj, v) else subj
        if v.dep_ == "acl" and v.head.lemma_.lower() in DOCUMENTS and v.head.dep_ in {"dobj", "pobj"}:
            v = v.head.head
            continue
        if v.dep_ not in {"conj", "advcl", "xcomp"}:
            return None
        if v.dep_ == "conj" and v.head.dep_ == "ccomp" and is_speech(v.head.head):
            v = v.head.head  # "stated that X had failed and urged Y": urged by who stated, not by X
            continue
        v = v.head
    return None


def _label_end(subj: Token, verb: Token) -> int | None:
    """The token number of the colon that closes a label between ``subj`` and ``verb`` ("QUESTION (Outlet, Eva
    Lind): ..."), else ``None``."""
    if subj.i >= verb.i or ":" not in doc_text(verb.doc)[subj.idx : verb.idx]:
        return None  # the common case, read from the text without a Token per word
    toks = tokens(verb.doc)
    return next((i for i in range(subj.i + 1, verb.i) if toks[i].text.endswith(":")), None)


def is_speech(v: Token) -> bool:
    """True when ``v`` is a verb reporting speech (a message verb only with a message as object), or any verb
    with an object that acts in a written message ("welcomed the listings in a statement"); read once per verb
    (several rules ask)."""
    if v.pos_ != "VERB":
        return False
    read = cached(v.doc).setdefault("speech", {})
    if v.i not in read:
        read[v.i] = _is_speech(v)
    return read[v.i]


def _is_speech(v: Token) -> bool:
    """:func:`is_speech` of a verb, read anew."""
    lemma = v.lemma_.lower()
    if lemma in _NEEDS_MESSAGE:
        objs = [c for c in v.children if c.dep_ == "dobj"]
        objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        messages = _MESSAGES | _STANCES if lemma in _STANCE_VERBS else _MESSAGES
        return any(o.lemma_.lower() in messages for o in objs)
    if any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in v.children):
        return False  # "the office said nothing": no statement
    return lemma in words("speech_verbs.txt") or _in_message(v) or _introduces_quote(v) or _welcomes(v)


#: What an actor welcomes as a reaction, a statement of its stance ("welcomed the talks", "welcomed the decision");
#: not whom it hosts ("welcomed the delegation").
_REACTED_TO = {"talk", "decision", "deal", "agreement", "accord", "outcome", "move", "resumption", "progress", "start",
               "announcement", "sanction", "listing", "measure", "step", "ceasefire", "truce", "result", "resolution",
               "initiative", "proposal", "plan", "news", "meeting", "signing", "release", "designation", "dialogue",
               "election", "vote", "ruling", "verdict", "breakthrough", "effort", "commitment", "pledge", "launch",
               "declaration", "adoption", "extension", "renewal"}


def _welcomes(v: Token) -> bool:
    """True for "welcome" with an event or a decision as its object ("the X Union welcomed the talks")."""
    return v.lemma_.lower() == "welcome" and any(c.dep_ == "dobj" and c.lemma_.lower() in _REACTED_TO
                                                 for c in v.children)


def _introduces_quote(v: Token) -> bool:
    """True for a verb whose own phrase ends in a colon and a quote ("has reacted on X: "Thank you ...""): what
    follows is what was said."""
    text = texts(v.doc)
    if not any(text[j] == ":" and text[j + 1] in {"\"", "“"} for j in range(v.i + 1, min(v.i + 10, len(text) - 1))):
        return False  # no colon and quote within reach (the cheap test first)
    own = {t.i for t in v.subtree}
    i = v.i + 1
    while i < len(text) and i in own and text[i] != ":" and i - v.i <= 8:
        i += 1
    return i + 1 < len(text) and text[i] == ":" and text[i + 1] in {"\"", "“"}


def _in_message(v: Token) -> bool:
    """True for an active verb with an object done "in a statement" or "in a post" ("welcomed the listings in a
    statement", "rejected the charge in a post on X"), not a sanction ("froze the assets in a notice")."""
    lemma = v.lemma_.lower()
    if lemma in words("sanction_verbs.txt") or lemma in words("sanction_listing_verbs.txt") \
            or not any(c.dep_ in {"dobj", "ccomp"} for c in v.children) \
            or any(c.dep_ in {"auxpass", "neg"} for c in v.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "in" and g.dep_ == "pobj" and g.lemma_.lower() in _WRITTEN
               for p in v.children for g in p.children)


def describes(v: Token) -> bool:
    """True for a speech verb that reports no speech act of its own: modal or negated ("can confirm"), the purpose
    of a modal verb ("will travel to X to present ..."),
    describing a noun ("officials it accuses of ...", "images that it said were shelled"; not "reports that X said"), hanging as a participle on another act
    ("followed suit, announcing ..."), adding something to a list ("added X to its sanctions list"), or announcing
    a sanction."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in v.children):
        return True  # "can confirm", "would not say": no act that happened
    if v.dep_ in {"advcl", "xcomp"} and v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.head.children):
        return True  # "will travel to Moscow to present the proposal": an act still to come
    if _reported(v):
        return True  # "X said Damascus had responded positively": X speaks, not Damascus
    if v.lemma_.lower() == "ask" and any(c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children)
                                         for c in v.children):
        return True  # "a diplomat in X, who asked not to be named": anonymity, not speech
    lead = v.head if v.dep_ == "conj" and v.head.tag_ == "VBG" else v  # "with X blaming Y and Z warning ..."
    if v.tag_ == "VBG" and lead.head.lower_ == "with":
        return True  # "with the government claiming ...": background to another event
    if any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in v.children):
        return True  # "X, who calls himself the deputy premier": what X goes by, not what X said
    if v.tag_ == "VBN" and v.dep_ in {"advcl", "acl"}:
        return True  # "Asked about the talks, she said ...": the subject was asked, not asking
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in _REFUSALS:
        return True  # "declined to say": nothing said
    if v.lemma_.lower() == "add" and any(t.dep_ == "prep" and t.lower_ == "to" for t in v.subtree
                                         if t.head == v or any(c.dep_ == "dobj" for c in v.children)):
        return True  # "added five firms (accused of X) to its sanctions list", "London, which added X to its
        # list": a listing, not speech
    if v.dep_ == "relcl":  # "X, who said", "the day when X said", "the United States, whose envoy said"
        about = any(c.dep_ == "dobj" and c.lower_ in {"which", "that", "whom"} for c in v.children) or _made_in(v) \
            or denied_charge(v)
        return not any((c.dep_ == "nsubj" and (_relative_actor(c, v) or (about and c.pos_ == "PROPN")  # "drills, which X
                                               or any(p.lower_ == "whose" for p in c.children)))  # denounced as ..."
                       or c.lower_ == "when" for c in v.children)
    if v.dep_ == "acl":  # not the content of a noun naming its speaker ("reports that X said on Monday ...")
        content = any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) \
            and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in v.children)
        return not (content or (v.tag_ == "VBG" and v.head.lemma_.lower() in DOCUMENTS))
    if v.dep_ == "advcl" and v.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in v.children):
        saying = v.lemma_.lower() == "say" and any(c.dep_ == "ccomp" for c in v.children)
        if not is_speech(v.head) and not saying:  # "X rejected the charge, saying ..." is X speaking
            return True
    if v.lemma_.lower() == "announce":
        said = " ".join(t.text for t in v.subtree)
        return any(m.pattern.search(said) for m in measures())
    return False


def _made_in(v: Token) -> bool:
    """True for a relative clause's act made in the message it describes ("the declaration of 20 May, in which X
    condemned ...", "a statement in which X urged ...")."""
    return v.head.lemma_.lower() in _MESSAGE_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children) for c in v.children)


def _antecedent(who: Token, verb: Token) -> Token:
    """The one a relative pronoun stands for: the head of its clause, or the person named right before ", who"
    when the parse hung the clause on another noun ("held a meeting with the envoy, Eva Lind, who said ...")."""
    before = who.doc[who.i - 2] if who.i > 1 and who.doc[who.i - 1].text == "," else None
    if who.lower_ == "who" and before is not None and before.ent_type_ == "PERSON" and before.pos_ == "PROPN" \
            and verb.head.ent_type_ != "PERSON" and before.i > verb.head.i:
        return before
    return verb.head


def _relative_actor(subj: Token, v: Token) -> bool:
    """True for the relative pronoun subject of a relative clause that stands for its actor: "who", or "which"
    after a name with a verb in the simple past ("X's foreign ministry, which said on Saturday ...", "the X Union,
    which urged ..."; not "X, which have pledged aid", a standing fact)."""
    if v.dep_ != "relcl" or subj.lower_ not in {"who", "which"}:
        return False
    head = v.head
    return subj.lower_ == "who" or v.tag_ == "VBD" and (head.pos_ == "PROPN" or any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children))  # an act of a day, not "which have pledged"


def _reported(v: Token) -> bool:
    """True for a speech verb with a subject of its own inside what another speech verb, before it, reports ("the
    spokesman said Damascus had responded", "told reporters that Renamo was still insisting on parity")."""
    if not any(c.dep_ in SUBJECTS for c in v.children):
        return False
    t = v
    while t.dep_ in {"ccomp", "conj", "xcomp"} and t.head.i != t.i:
        if t.dep_ == "ccomp" and is_speech(t.head):  # not a lede's "X urged Y to ..., a spokesperson said", which
            # reports X's act, nor what follows a label ("What they're saying: X said ...")
            return t.head.i < v.i and not any(x.text == ":" for x in v.doc[t.head.i : v.i])
        t = t.head
    return False


def titled_subject(subj: Token) -> bool:
    """True for a bare definite person title as subject ("the facilitator"), which names who is quoted next."""
    return subj.pos_ == "NOUN" and subj.lower_ in title_heads() and [c.lower_ for c in subj.children] == ["the"]


def joint(v: Token) -> bool:
    """True for an act done "in a joint statement", or conjoined to one ("said in a joint communique ... and
    called on"): the coordinated speakers speak once, together."""
    if v.dep_ == "conj" and v.head.i != v.i and not any(c.dep_ in SUBJECTS for c in v.children) and joint(v.head):
        return True
    return any(p.dep_ == "prep" and g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENTS | _WRITTEN
               and any(a.lower_ == "joint" for a in g.children) for p in v.children for g in p.children)


def addressee_of(verb: Token, index: MentionIndex) -> str | None:
    """The named person, organization or state ``verb`` addresses ("told the wire agency", "urged the EU")."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    if obj is None:
        return None
    text, kind = name_span(obj, index)
    if obj.pos_ == "PROPN" and kind in {"Person", "Organization", "Country", "Place"}:
        return state_of(text) or text
    return None


def reported_text(verb: Token, quotes: list[tuple[int, int, str]]) -> tuple[str | None, int]:
    """What ``verb`` reports and how good a reading it is: a full clause (2), a quote (1), an object (0)."""
    clause = _clause(verb)
    if clause is not None and quotes and not any(clause.start_char <= a < clause.end_char for a, _, _ in quotes):
        return " ".join(q for _, _, q in quotes), 1
    if clause is not None:
        return clause.text, 2 if any(c.dep_ == "ccomp" for c in verb.children) else 0
    if quotes and verb.lemma_.lower() not in _NEEDS_OBJECT - {"add"}:
        return " ".join(q for _, _, q in quotes), 1
    if denied_charge(verb):
        return verb.head.text, 0  # "a charge Paris denied": the denial of the charge
    return None, -1


def denied_charge(verb: Token) -> bool:
    """True for a denial that hangs on the charge it denies, without a relative pronoun ("accused X of Y, a charge
    Paris denied", "an allegation the ministry rejects")."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() in _DENIALS and verb.head.lemma_.lower() in _CHARGES \
        and not any(c.dep_ in {"dobj", "ccomp", "mark"} for c in verb.children)


def said_after(verb: Token) -> Span | None:
    """The clause an attribution set off after it reports when the parse hangs the attribution on that clause's
    verb as a conjunct or a parataxis ("X met Y on Wednesday, the ministry said in a statement.", "X and Y agreed on
    Friday on Z, the mediators said, a breakthrough that ..."), else ``None``; not a second
    act joined by "and" or one with a reported clause or object of its own."""
    head = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ not in {"conj", "parataxis"} or head.i >= verb.i or subj is None or subj.i > verb.i:
        return None
    start = min(t.i for t in subj.subtree)
    if start == 0 or verb.doc[start - 1].text != "," or any(c.dep_ in {"cc", "preconj"} and head.i < c.i < verb.i
                                                              for c in head.children):
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr"} for c in verb.children):
        return None
    first = min(t.i for t in head.subtree if t.i < start)
    return verb.doc[first : start - 1] if start - 1 > first else None


def _quote_after(obj: Token) -> bool:
    """True when a quote opens right after the object noun: 'called the outcome "solid"' (what it was called)."""
    nxt = obj.nbor() if obj.i + 1 < len(obj.doc) else None
    return obj.dep_ == "dobj" and nxt is not None and nxt.text in {"\"", "“"}
