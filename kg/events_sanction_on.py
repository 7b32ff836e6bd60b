"""On whom a sanction measure falls when it names one state, institution or organization: those after
"on"/"against"/"with" first ("transactions with X's central bank"), else the state the sentence names
besides the imposer; a definite noun ("the company", "the three executives") refers back.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.events_common import MentionIndex, name_span, party_of
from kg.events_lexicon import any_measure, state_of, words
from kg.events_sanction_imposers import body_owner
from kg.model import EventDraft

_TARGET_PREPS = {"with", "against", "on", "to", "from", "of", "at", "toward", "towards"}

_EXPLICIT = {"on", "against", "with", "to", "targeting"}  # prepositions that name the target itself
#: Marks of a clause of time on the measure ("since the invasion of X began"), which names no target.
_TIME_MARKS = {"since", "after", "before", "until", "while", "when", "as", "once"}

#: Common nouns that stand for a company or firm named just before ("adding the Chinese company to a list").
_FIRM_NOUNS = {"company", "firm", "group", "maker", "manufacturer", "producer", "supplier", "conglomerate",
               "developer", "business", "operator", "lender", "bank"}


def _owner(name: str) -> str:
    """The state a name stands for or begins with ("US Treasury" -> "United States"), else the name."""
    words = name.split()
    for n in range(len(words), 0, -1):
        if state := state_of(" ".join(words[:n])):
            return state.lower()
    return name.lower()


def central_bank(tok: Token, owner: str | None = None) -> str | None:
    """"Central Bank of X" when ``tok`` heads "X's central bank" / "the X central bank" / "central bank of X",
    or "its central bank" with ``owner`` the state the sentence names."""
    if tok.lemma_.lower() != "bank" or not any(c.lower_ == "central" for c in tok.children):
        return None
    if owner and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children):
        return f"Central Bank of {owner}"
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
    # not the subject ("The Ministry of X designated …": not X), nor a coordinated verb's own measure
    # ("to prohibit imports from X and to freeze the assets of Y's central bank": Y's bank is the freeze's)
    subject = {x.i for c in anchor.children if c.dep_ == "nsubj" or c.dep_ == "conj" and anchor.pos_ == "VERB"
               and c.pos_ == "VERB" for x in c.subtree}
    zones.extend(x for x in anchor.subtree if x.i not in subject)
    # not a clause of time the measure hangs on ("sanctioned 1,000 people since the invasion of X began"): its own
    aside = {x.i for t in path for c in t.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in c.children) for x in c.subtree}
    # nor what the people it falls on did ("designated Russian elites who have supported the war against X")
    aside |= {x.i for t in path for o in t.children if o.dep_ == "dobj" and o.tag_ == "NNS" and o.pos_ == "NOUN"
              for c in o.children if c.dep_ == "relcl" for x in c.subtree}
    # nor the reason given for measures on counted people ("on seven individuals in view of the landing of an X flight")
    if any(x.dep_ == "pobj" and x.tag_ == "NNS" and any(c.dep_ == "nummod" for c in x.children) for x in zones):
        aside |= {y.i for x in zones if x.dep_ == "prep" and reason_in(x) for y in x.subtree}
    zones = [x for x in zones if x.i not in aside]
    explicit = [x for t in zones if t.dep_ == "prep" and t.lower_ in _EXPLICIT for x in t.subtree if x.i not in aside]
    others = [(abs(t.i - anchor.i), s) for t in sent if t.ent_type_ in {"GPE", "NORP"} and t.i not in aside
              and not sanctioner(t)
              and not _actor_elsewhere(t, on_path) and (s := _state(t, index))
              and not any(same_party(s, i) for i in imposed)]
    for t in explicit + zones:
        if bank := central_bank(t, min(others)[1] if others else None):
            return bank
    for t in explicit + zones:
        s = _state(t, index) or _organization(t, index)
        if s and not sanctioner(t) and not _adopter(t) and not any(same_party(s, i) for i in imposed):
            return s
    if owner := _possessor_before(explicit, index):  # "the embargo on their leaders": whose leaders
        return owner if not any(same_party(owner, i) for i in imposed) else None
    if any(t.dep_ == "pobj" and t.lower_ in {"him", "her", "them"} for t in explicit):
        return None  # "sanctions against him": a person named elsewhere, not a state the sentence names
    return min(others)[1] if others else None


#: Nouns that make "in" give a measure's reason ("in view of", "in response to"), not its targets.
_REASON_NOUNS = {"view", "response", "connection", "light", "retaliation", "protest"}


def reason_in(tok: Token) -> bool:
    """True for the "in" of "in view of X", "in response to X": what follows is why, not whom."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "in" and nxt is not None and nxt.lower_ in _REASON_NOUNS


def _possessor_before(explicit: list[Token], index: MentionIndex) -> str | None:
    """The organization or state a possessive pronoun in the measure's "on"/"against" phrase stands for ("on their
    leaders"): the nearest one named before it."""
    pron = next((t for t in explicit if t.dep_ == "poss" and t.lower_ in {"its", "their"}), None)
    before = index.before(pron.idx, ["Organization", "Country"]) if pron is not None else []
    name = before[0].text[4:] if before and before[0].text[:4].lower() == "the " else before[0].text if before else None
    return (state_of(name) or name) if name else None


def sanctioner(tok: Token) -> bool:
    """True for a name that is the subject of a sanctioning or listing verb of its own ("…, while Y designated ten
    officials"): another imposer, not the target."""
    t = tok
    while t.dep_ in {"compound", "conj", "appos"} and t.head.i != t.i:
        t = t.head
    verb = t.head
    return t.dep_ == "nsubj" and verb.pos_ == "VERB" and (
        verb.lemma_.lower() in words("sanction_verbs.txt") | words("sanction_listing_verbs.txt")
        | words("sanction_measure_verbs.txt"))


def _actor_elsewhere(tok: Token, on_path: set[int]) -> bool:
    """True for a name that acts in a clause of its own off the measure's path: the agent of another participle ("the
    resolution, drafted by X and Y, extends …"), the subject of a relative clause whose object is the measure ("the
    sanctions …, which X has implemented") or of a verb whose object is another measure ("…, and that X is expected
    to announce measures as well")."""
    t = tok
    while t.dep_ in {"compound", "conj", "appos"} and t.head.i != t.i:
        t = t.head
    agent = t.dep_ == "pobj" and t.head.dep_ == "agent"
    verb = t.head.head if agent else t.head if t.dep_ in {"nsubj", "nsubjpass"} else None
    if verb is None or verb.i in on_path or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if agent or _adopter(t):
        return True
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(o.dep_ == "dobj" and o.i not in on_path and (o.lemma_.lower() == "measure" or any_measure().search(
        o.doc[o.left_edge.i : o.i + 1].text)) for v in verbs for o in v.children)


def _adopter(tok: Token) -> bool:
    """True for the subject of a relative clause whose object is its antecedent ("the sanctions …, which X has
    implemented"): X adopts the measure, it is not its target."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in verb.children)


def modifier_state(path: list[Token], index: MentionIndex) -> str | None:
    """The state that only qualifies the measure's plural object ("sanctions on Zimbabwe's state companies and
    two men", "froze the assets of two Tongan officials", "on four officials in X", "on individuals responsible for
    the X threat", "listed companies that fund the X regime"), else ``None``: the objects stand for it when the
    article names them."""
    for t in path:
        for c in t.children:
            nouns = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
                if c.dep_ == "prep" and c.lower_ in _EXPLICIT | {"of"} else []
            for noun in nouns:
                if noun.tag_ != "NNS" or noun in path:
                    continue
                last = noun.conjuncts[-1] if noun.conjuncts else noun  # "four officials and one firm in X"
                kids = [*noun.children, *(c for c in last.children if last.i != noun.i and c.dep_ in {"prep", "amod"})]
                for m in kids + [g for r in kids if r.lower_ == "responsible" for p in r.children if p.lower_ == "for"
                                 for w in p.children if w.dep_ == "pobj" for g in w.children]:
                    if m.dep_ in {"poss", "amod", "compound", "nmod"} and (s := _state(m, index)):
                        return s  # "Y officials", "individuals responsible for the Y threat to Z": Y
                    if m.dep_ == "prep" and m.lower_ == "in" and (s := next(  # "four officials in X"
                            (s for g in m.children if g.dep_ == "pobj" and (s := _state(g, index))), None)):
                        return s
                    if m.dep_ == "relcl" and (s := next(  # "companies that are a source of revenue for the X regime"
                            (s for g in m.subtree if g.pos_ == "PROPN" and (s := _state(g, index))), None)):
                        return s
    return None


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


def same_party(a: str, b: str) -> bool:
    """True when two surface forms name one actor ("United States" and "United States Treasury", "EU" and
    "European Union", "Security Council" and "United Nations Security Council", "Treasury Department" and
    "United States")."""
    low_a, low_b = a.lower(), b.lower()
    return low_a == low_b or _owner(a) == _owner(b) or _initials(a) == b.replace(".", "") \
        or _initials(b) == a.replace(".", "") or low_a.endswith(" " + low_b) or low_b.endswith(" " + low_a) \
        or body_owner(a) == b or body_owner(b) == a


def _initials(name: str) -> str:
    """The capitals of a long name's main words ("European Union" -> "EU"); empty for a one-word name."""
    words = [w for w in name.split() if w.lower() not in {"of", "the", "and", "for"}]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def _state(tok: Token, index: MentionIndex) -> str | None:
    """The state ``tok`` or the name around it stands for."""
    return state_of(name_span(tok, index)[0]) or state_of(tok.text)


def listed_object(verb: Token, index: MentionIndex) -> str | None:
    """The named organization or state a listing verb puts on the list: its proper-noun object."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ == "PROPN":
            text, kind = name_span(c, index)
            if kind in {"Organization", "Country", "Place", None}:
                return state_of(text) or text
    return None


def proper_object(path: list[Token], index: MentionIndex) -> bool:
    """True when the measure's verb has a proper noun for its object that names no state ("Canada sanctioned Brizard in
    June", with "Brizard" untagged or taken for a place): a target named, so no state reported before stands for it."""
    return any(c.dep_ == "dobj" and c.pos_ == "PROPN" and not state_of(name_span(c, index)[0])
               for t in path if t.pos_ == "VERB" for c in t.children)


def company_target(path: list[Token], sent: Span, index: MentionIndex) -> str | None:
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


def in_subject(name: str, sent: Span) -> bool:
    """True when ``name`` occurs in ``sent`` only before its first sanctioning verb, inside that verb's subject
    when it has one ("The X's Y Council imposed …"; not "X want the lifting of the embargo that Y imposed")."""
    verb = next((t for t in sent if t.lemma_.lower() in words("sanction_verbs.txt") and t.pos_ == "VERB"), None)
    if verb is None or name not in sent.text or sent.text.rfind(name) + sent.start_char >= verb.idx:
        return False
    subject = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]  # not the main clause's before a
    return not subject or any(name in sent.doc[c.left_edge.i : c.right_edge.i + 1].text for c in subject)  # relative

#: Plural nouns for people that refer back to the ones a measure named ("on the three executives").
_PEOPLE = {"executive", "official", "individual", "person", "officer", "businessman", "leader", "commander", "member"}


def anaphoric_target(path: list[Token], index: MentionIndex, drafts: list[EventDraft]) -> str | None:
    """The target a definite noun on the measure's path refers to ("on the three executives", "listed the
    company"): the nearest earlier organization whose name ends in that noun, else the last draft's target; not
    "the following persons", which the list after names."""
    for t in path:
        for c in t.children:
            nouns = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] \
                if c.dep_ == "prep" and c.lower_ in _EXPLICIT else []
            for noun in nouns:
                if noun.pos_ != "NOUN" or noun in path or not any(
                        d.dep_ == "det" and d.lower_ in {"the", "these", "those"} for d in noun.children) \
                        or any(d.lower_ == "following" for d in noun.children):
                    continue  # "the following persons": named after, not before
                for m in index.before(noun.idx, ["Organization"]):
                    if m.text.split()[-1].lower() == noun.lemma_.lower():
                        return m.text
                if drafts and noun.lemma_.lower() in _FIRM_NOUNS | _PEOPLE:
                    return drafts[-1].target  # "the company", "the three executives"; not "the master of a ship"
    return None
