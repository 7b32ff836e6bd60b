"""Who the sides of a negotiation are: the tokens around a trigger that may name a party (its modifiers,
its between/with phrases, its verb's subject), less mediators, hosts, standing bodies and portfolios.
The pair an article's talks are between is read in ``events_negotiation_pair``."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.doc_cache import ents, span_tokens, tokens
from kg.events_common import MentionIndex, name_span, party_of, tokens_of
from kg.components.person_cues import org_word
from kg.model import Mention
from kg.events_lexicon import state_of
from kg.gazetteer import data_words
from kg.events_negotiation_words import (CLAUSES, PAIR_NOUNS, PAIR_PLURALS, PARTY_PREPS, ROUNDS, SUBJECT_PREPS,
                                         INTERNAL_PAIRS, STATE_BODIES, TITLE_NOUNS, AGENT_NOUNS, NOUN_GROUP, REACTIONS, noun_lemma,
                                         words_of)

def _subject_tokens(verb: Token) -> list[Token]:
    """Tokens of the subject of ``verb`` (climbing xcomp/acomp/conj for a shared subject)."""
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subj:
            return [t for s in subj for t in s.subtree if not in_clause(t, s)] + _dangling_conjunct(subj[-1], v)
        if v.dep_ == "xcomp" and (obj := _controller(v.head)) is not None:
            return [t for t in obj.subtree if not in_clause(t, obj)]  # "X urged A to resume talks": A resumes them
        if v.dep_ not in {"xcomp", "acomp", "conj"} and not (v.dep_ == "advcl" and v.tag_ == "VBG") \
                and not (v.dep_ == "dep" and v.pos_ == v.head.pos_ == "VERB"):
            break  # "A and B signed X, ending the round": a participle clause shares its verb's subject; so does
            # a verb the parser left unlabelled below another ("first sat down in X, then met again in Y")
        v = v.head
    return []


def _controller(verb: Token) -> Token | None:
    """The object that does what ``verb``'s infinitive says ("urged A to", "called on A to", "invited A to"), else
    None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None else next(
        (g for p in verb.children if p.dep_ == "prep" and p.lower_ in {"on", "upon"} for g in p.children
         if g.dep_ == "pobj"), None)


def _dangling_conjunct(subj: Token, verb: Token) -> list[Token]:
    """The words between a subject that ends in "and" and its verb, when the parser hung its second conjunct
    elsewhere ("Delegations of A and the B Army (BA) sign ...": B Army is a subject too)."""
    if not any(c.dep_ == "cc" for c in subj.children) or any(c.dep_ == "conj" for c in subj.children):
        return []
    gap = list(subj.doc[subj.right_edge.i + 1 : verb.i])
    return gap if gap and not any(t.pos_ in {"VERB", "AUX"} or t.is_sent_start for t in gap) else []


def below_clause(tok: Token, top: Token) -> bool:
    """True when ``tok`` sits in a subordinate clause below ``top`` ("a week after the first session was launched")."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in CLAUSES:
            return True
        t = t.head
    return False


def in_clause(tok: Token, top: Token) -> bool:
    """True when ``tok`` sits in a clause or a non-"of" prepositional phrase below ``top`` (the "for" of
    "negotiators for X" names whom they speak for, as "of" does)."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in CLAUSES or (t.dep_ == "prep" and t.lower_ not in SUBJECT_PREPS | PARTY_PREPS and not (
                t.lower_ == "for" and noun_lemma(t.head) in AGENT_NOUNS)):
            return True
        t = t.head
    return False


def party_zone(trig: Token, verb: Token | None, sent: Span) -> list[Token]:
    """Tokens of ``sent`` that may name a party: the trigger's modifiers, its between/with phrases, its verb's
    subject; not a dateline, not a mediator."""
    zone = [t for t in trig.subtree if t.i < trig.i and not in_clause(t, trig)]
    if verb is not None and verb.i != trig.i and verb.lemma_.lower() in words_of("broker") \
            and not hosts_counterpart(verb):
        verb = None  # "X brokered the meeting with Y": X and Y are mediators, not sides
    heads = [trig] + ([verb] if verb is not None else [])
    if trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in ROUNDS:
        heads.append(trig.head.head)
    if trig.lemma_.lower() in ROUNDS:  # "the 9th round of the dialogue between A and B"
        heads += [g for p in trig.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"]
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in PARTY_PREPS):
            zone += [t for t in prep.subtree if t.i != prep.i and not in_clause(t, prep)]
    if verb is not None and verb.i != trig.i and verb.lemma_.lower() in REACTIONS and trig.dep_ == "dobj":
        verb = None  # "the EU's envoy welcomed the meeting": who reacts to talks is no side of them
    if verb is not None and any(c.dep_ == "neg" for c in verb.children) and trig.i != verb.i \
            and trig.dep_ not in {"nsubj", "nsubjpass"}:
        verb = None  # "protesters, who are not represented in the talks": who is not at the talks is no side
    if verb is not None and _invited(trig, verb):  # "X invited A and B to talks": X hosts, A and B are the sides
        zone += [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree if not in_clause(t, c)]
        verb = None
    if verb is not None and (trig.pos_ == "VERB" or trig.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"}):
        subject = _subject_tokens(verb) or _orphan_subject(verb, sent)
        if verb.dep_ == "relcl" and any(t.lower_ == "whose" for t in subject):  # "the two economies, whose X held"
            subject += [t for t in verb.head.subtree if t.i < verb.head.i or t.i == verb.head.i]
        elif verb.dep_ == "relcl" and any(t.lower_ in {"who", "which", "that"} for t in subject):
            named = verb.head.head if verb.head.dep_ == "appos" else verb.head  # "X, a group that held talks"
            subject += [t for t in named.subtree if t.i <= named.i and not in_clause(t, named)]
        zone += subject
    # "A met B", "A hosted his B counterpart for talks": the one met is a party too
    met = trig if trig.pos_ == "VERB" and trig.lemma_.lower() == "meet" \
        else verb if verb is not None and verb.i != trig.i and hosts_counterpart(verb) else None
    if met is not None:
        zone += [t for c in met.children if c.dep_ == "dobj" for t in c.subtree if not in_clause(t, c)]
    start = dateline_end(sent)
    tops = {trig.i} | ({verb.i} if verb is not None else set())
    zone += _name_after(zone)
    return tokens_of(t for t in zone if start <= t.i < sent.end and not is_mediator(t, trig, tops))


def _invited(trig: Token, verb: Token) -> bool:
    """True for talks a verb invites its object to ("X invited both sides to talks in Y"): its subject is the host."""
    return verb.lemma_.lower() in {"invite", "summon"} and trig.dep_ == "pobj" and trig.head.lower_ == "to" \
        and trig.head.head.i == verb.i


def hosts_counterpart(verb: Token) -> bool:
    """True for a verb whose object is a peer ("hosted / received his Zemblan counterpart"): the two meet as sides."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "counterpart" for c in verb.children)


def _name_after(zone: list[Token]) -> list[Token]:
    """The organization named right after a descriptive noun of the zone that the parser hung elsewhere
    ("between the government and the former rebel movement X ended ...": X names the movement)."""
    ids = {t.i for t in zone}
    out: list[Token] = []
    for t in zone:
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if t.pos_ == "NOUN" and nxt is not None and nxt.i not in ids and nxt.pos_ == "PROPN" \
                and nxt.ent_type_ == "ORG" and nxt.ent_iob_ == "B":
            ent = next(e for e in ents(t.doc) if e.start == nxt.i)
            out += span_tokens(ent)
    return out


def verb_after(tok: Token, sent: Span) -> Token | None:
    """The verb of an opening noun phrase the parser hung on the sentence above: the first verb of ``sent``
    after ``tok``'s phrase with no subject of its own ("Talks between A and B over the dam X is building
    ended late on Sunday" -> "ended"), else ``None``."""
    end = max(t.i for t in tok.subtree if sent.start <= t.i < sent.end) + 1
    for t in sent.doc[end : sent.end]:
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"} \
                and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children):
            return t
    return None


def _orphan_subject(verb: Token, sent: Span) -> list[Token]:
    """The words before ``verb`` when the parser hung them on the paragraph above (no subject of its own in
    ``sent``): "China and the Philippines held talks" below a byline the parse ran into."""
    if not sent.start <= verb.i < sent.end:
        return []
    prefix = list(sent.doc[dateline_end(sent) : verb.i])
    if not prefix or any(t.pos_ in {"VERB", "AUX"} for t in prefix):
        return []
    return prefix if any(not sent.start <= t.head.i < sent.end for t in prefix) else []


def dateline_end(sent: Span) -> int:
    """The first token after a dateline opening ``sent`` ("MUSCAT — ..."), else the sentence start."""
    end = sent.start
    for t in span_tokens(sent)[:20]:
        if t.text in {"—", "–", "--"} and t.i > sent.start and sent[0].is_upper \
                and all(u.is_upper or u.is_punct or u.is_space or (u.is_title and u.pos_ == "PROPN")
                        or (end > sent.start and (u.like_num or u.ent_type_ == "DATE"))
                        for u in tokens(sent.doc)[sent.start : t.i]):
            end = t.i + 1  # "MUSCAT —", "NAQOURA, Lebanon (AP) —", "CITY – October 30, 2023 (WIRE) –"
    return end


def is_mediator(tok: Token, trig: Token, tops: set[int]) -> bool:
    """True for a third party at the talks, not a side: the broker of "Saudi-brokered talks" or "UN- and
    Omani-mediated talks", a "mediator"/"envoy" and the body they speak for ("AU mediator X"), the one an
    absolute "with X chairing" names."""
    head = tok.head
    if tok.dep_ in {"npadvmod", "compound", "nmod"} and head.tag_ == "VBN" and head.dep_ == "amod":
        return True
    if tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-" and tok.nbor(2).tag_ == "VBN":
        return True  # "the UN-recognised government", "Qatar-brokered talks" split at the hyphen
    brokers = [c for c in trig.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in words_of("broker")]
    if tok.i < trig.i and any(tok.i < b.i for b in brokers) and tok in trig.subtree:
        return True
    u = tok
    for _ in range(5):
        if u.lemma_.lower() in words_of("mediator") or any(
                c.dep_ in {"compound", "amod"} and c.lemma_.lower() in words_of("mediator") for c in u.children):
            return True
        if u.dep_ not in {"compound", "amod", "nmod", "poss", "flat", "appos", "npadvmod"} or u.head.i == u.i:
            break
        u = u.head
    for a in tok.ancestors:
        if a.i in tops:
            break
        if a.dep_ == "prep" and a.lower_ == "with" and any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in a.children):
            return True
    return False


_ALL_OF = frozenset({"both", "two", "three", "four", "five", "six"})  # "both sides", "the four countries'"


def pair_reference(zone: list[Token]) -> bool:
    """True when the parties are named by reference only: "both sides", "the two ministers", "the four
    countries' advisers", "the joint commission", "the participants"."""
    return any((noun_lemma(t) in PAIR_NOUNS | words_of("forum") and any(c.lower_ in _ALL_OF for c in t.children))
               or (t.lower_ in PAIR_PLURALS and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children))
               or (t.lower_ in PAIR_PLURALS and any(  # "delegations from the government and the X"
                   p.dep_ == "prep" and p.lower_ in SUBJECT_PREPS and any(
                       g.dep_ == "pobj" and any(c.dep_ == "conj" for c in g.children) for g in p.children)
                   for p in t.children))
               or (t.lemma_.lower() in words_of("forum") and any(c.lower_ in words_of("joint") for c in t.children))
               or (internal_pair(t) and bool(state_of(t.text) or t.dep_ == "poss"))
               for t in zone)


def acronym_of_other(tok: Token, name: str, index: MentionIndex) -> bool:
    """True for an acronym in parentheses right after another party's name ("the National Liberation Army
    (ELN)"): the same party, whatever language its letters come from."""
    if not (name.isupper() and len(name) <= 6) or tok.i < 2 or tok.nbor(-1).text != "(":
        return False
    other = party_of(tok.doc[tok.i - 2], index)
    return other is not None and other != name


def is_portfolio(tok: Token) -> bool:
    """True for the portfolio of a title ("Trade" in "Kenya's Trade Minister X") or the field it is "for" ("the AU
    High Representative for the Sahel", "the envoy for the Horn of Africa"), not an organization."""
    t = tok
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in TITLE_NOUNS:
            return True
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i != t.head.i:  # "Horn" of "Horn of Africa"
        t = t.head.head
    return t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_.lower() in data_words("roles.txt")


def is_forum(tok: Token, name: str) -> bool:
    """True for a standing body named as the talks' setting ("meeting of the Joint Rivers Commission"), not
    named as a side in a between/with phrase), or the talks' own name ("the Harbour Discussions")."""
    last = name.split()[-1].lower()
    if last not in words_of("forum") and last not in NOUN_GROUP and last[:-1] not in NOUN_GROUP:
        return False
    return not any(a.dep_ == "prep" and a.lower_ in PARTY_PREPS for a in tok.ancestors) \
        and not _subject_head(tok)  # "the Military Council and X will hold talks": the council is a side


def forum_members(name: str) -> list[str]:
    """The members a standing body's name joins by a hyphen ("the Ruritania-EU Joint Commission" -> Ruritania,
    EU), each a state or an acronym; else nothing."""
    parts = name.split()[0].split("-") if name else []
    members = [state_of(p) or (p if p.isupper() and len(p) > 1 else None) for p in parts]
    return [m for m in members if m] if len(parts) >= 2 and all(members) else []


def _subject_head(tok: Token) -> bool:
    """True when ``tok`` heads one of two joined subjects through its name's compounds ("the Military Council
    and the Front held talks"), not a subject alone ("the Security Council welcomed the talks")."""
    t = tok
    while t.dep_ in {"compound", "flat", "appos"} and t.head.i != t.i:
        t = t.head
    joined = bool(t.conjuncts)
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return joined and t.dep_ in {"nsubj", "nsubjpass"}


def owner_of_body(tok: Token, index: MentionIndex) -> bool:
    """True for a state named as the owner of a body with its own proper name ("Ruritania's ruling Military
    Council", "Ruritania's Patriotic Front"): the body is the side, not its state; not the state's own
    government or ministry ("Ruritania's government", "Ruritania's Foreign Ministry")."""
    if tok.dep_ != "poss":
        return False
    m = index.at(tok.head)
    if m is None or m.type != "Organization" or index.at(tok) is m:
        return False
    words = m.text.split()
    ruling = any(c.dep_ == "amod" and c.lower_ == "ruling" for c in tok.head.children)  # "X's ruling Y Council"
    return len(words) >= 2 and (ruling or words[-1].lower() not in STATE_BODIES) and state_of(m.text) is None


def parent_body(tok: Token, index: MentionIndex) -> bool:
    """True for a body named as the parent of another body that is the side ("a Contact Group of the Andean Lakes
    Union", "the Mediation Committee of the X Union"): one side, named by its own group."""
    m = index.at(tok)
    while m is not None and tok.head.i != tok.i and index.at(tok.head) is m:
        tok = tok.head  # the name's head word
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.pos_ != "PROPN":
        return False
    inner = index.at(tok.head.head)
    return m is not None and inner is not None and inner is not m and "Organization" == m.type == inner.type


def ethnic(tok: Token) -> bool:
    """True for a demonym naming a community, not a state ("ethnic Albanian parties")."""
    return any(c.lower_ == "ethnic" for c in tok.children) or (tok.i > 0 and tok.nbor(-1).lower_ == "ethnic")


def of_forum(tok: Token) -> bool:
    """True for a meeting of the sides' standing body ("the next meeting of the mechanism"): both sides meet."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in words_of("forum")
               for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)


COMPASS = frozenset({"north", "south", "east", "west"})


def compass_state(tok: Token) -> str | None:
    """The state a bare compass word names when it shares its demonym with a conjunct ("North and South
    Korean generals" -> North Korea for "North"), else ``None``."""
    if tok.lower_ not in COMPASS:
        return None
    for c in tok.conjuncts:
        if c.i > tok.i and c.i > 0 and c.doc[c.i - 1].lower_ in COMPASS and c.doc[c.i - 1].i != tok.i:
            return state_of(f"{tok.text} {c.text}")
    return None


def named_body(mention: Mention | None, party: str) -> bool:
    """True when ``party`` is the state a demonym opening a body's proper name stands for ("Libyan" in "the
    Ruritanian National Army", "the Ruritanian Liberation Front"): the body is the side, not its state; a
    ministry or government of the state ("the Ruritanian Foreign Ministry") still stands for the state."""
    if mention is None or mention.type != "Organization" or not state_of(party):
        return False
    words = mention.text.split()
    if words[0].lower() == "the":
        words = words[1:]
    return len(words) >= 3 and all(w[:1].isupper() for w in words) and state_of(" ".join(words)) is None \
        and words[-1].lower() not in STATE_BODIES and state_of(words[0]) == party


def internal_pair(tok: Token) -> bool:
    """True for a state named as the home of both sides ("the Libyan parties", "Sudan's warring generals", "the
    country's rival factions"): a conflict within it, not the state as one side."""
    head = tok.head
    if tok.dep_ not in {"amod", "poss", "compound"} or head.tag_ not in {"NNS", "NNPS"} or tok.conjuncts:
        return False  # not "North and South X generals"
    warring = any(c.lower_ in {"warring", "rival", "feuding"} for c in head.children)
    return head.lemma_.lower() in INTERNAL_PAIRS or (warring and head.lemma_.lower() in PAIR_NOUNS)


def origin(tok: Token, index: MentionIndex) -> bool:
    """True for the place a side comes from when the side is named by its own word ("a Zemblan delegation
    from Port Vale"): a from-phrase of a noun whose modifier names a party."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return False
    owner = tok.head.head
    return any(c.dep_ in {"compound", "amod", "poss"} and party_of(c, index) for c in owner.children)


def person_typed_body(tok: Token, index: MentionIndex) -> str | None:
    """The name of a body the model typed as a person, by the word that heads it ("the Coastal Unity Parties",
    "the Patriotic Front"): a side, not a negotiator; else ``None``."""
    m = index.at(tok)
    if m is None or m.type != "Person":
        return None
    text = name_span(tok, index)[0]
    return text if len(text.split()) >= 2 and org_word(text.split()[-1].lower()) else None


def acronym_body(tok: Token, index: MentionIndex) -> str | None:
    """The organization an acronym the tagger took for a common noun opens ("the XPLM-In-Opposition"), else
    ``None``."""
    m = index.at(tok)
    if m is None or m.type != "Organization" or tok.idx != m.start:
        return None
    return m.text if tok.text.isupper() and tok.text.isalpha() and len(tok.text) > 1 else None
