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
written first ("Choe said" after "Choe Min-guk"); the start of an organization named in full before ("Blue
Heron Fuels said", "the Treasury said"); an outlet under its name ("the Herald newspaper said"); an
organization's office ("the UN's mission"). Anything else (an unnamed "senior official") leaves the statement
out, and so do speech verbs that only describe a noun ("officials it accuses of ..."), participles hanging on
another act ("followed suit, announcing an embargo"), what another speaker reports ("the spokesman said
Damascus had responded"), "declared martial law", "asked not to be named" and announcements of a sanction (a
sanction, not a statement). Any verb with an object done "in a statement" or "in a post" is a statement
("welcomed the listings in a statement"). Coordinated speakers of a joint statement speak once, together: one
draft whose ``participants`` are all of them, ``speaker`` the first ("X and its ally, Y, said in a joint statement"),
also in what they do next in that sentence ("... and called on both parties"). Also: a state's department or the
office of its official speaks for the state ("X's Department of Foreign Affairs", "X's Deputy Prime Minister's
office"); "In <capital>, the presidency said" for the capital's state; a delegate named in apposition speaks
himself ("X's chief negotiator, Eva Lind"); "calls himself" is no statement. A state's side, embassy or delegation
speaks for its owner ("the Chinese side said", "the X embassy urged"); "the presidents of X, Y and Z" speak together
for their bodies; "X's state media" speak for the state X; "rights groups, including X, urged" is X's statement.
A transcript's answers and labelled voices are statements too (:mod:`kg.events_statement_transcript`). "X said:"
with the quote set off below it without quotation marks is X's statement; "X welcomed the talks" is one unless the
next sentence's statement spells it out (then that one, on the welcome's day; two when each states its own, other
day); "the declaration of <day>, in which X condemned ..." is X's, on that day. '"...," the UN's special
adviser on X, Eva Lind, told reporters' is Lind's though the parse runs the title into the quote; "the mediators",
"the facilitators" and "the co-chairs" speak for the bodies the article names in that role
(:mod:`kg.events_statement_mediators`).

The date is the one the sentence states (:func:`kg.events_when.stated_date`; never one after the article's),
else the date of "the same" occasion ("Speaking at the same news conference": the last dated statement's), else
one read around the verb (:mod:`kg.events_statement_when`: "on the eve of the opening", "the day before the
council met", "A day earlier" or "the day before", a fronted or set-off date, the date of the meeting it
accompanied, "Opening the talks, X said"), else the date of the same speaker's statement, attribution
("according to X's update late Sunday") or quoted remark at most three
sentences before, or of the speaker's dated act in the sentence just before ("X followed late on Friday,
imposing bans. X's Department of Foreign Affairs said ..."), or of their next statement at most three
sentences on, else the article's date (basis "article"); "Speaking to reporters on Monday, X blamed ..." dates
what X says next. Several statements of one speaker on one day in one article are one statement: their drafts
share one text, so the merge makes them one event; so are a state's and its ministry's in consecutive sentences
("Damascus condemned it. The Syrian Foreign Ministry said ..."), a ministry's dated one and the state's undated
one, and an undated one of a party and its
spokesperson's in the next sentence ("X Party spokesperson Eva Lind told a news conference on Sunday ..."); bodies
that act for one state or bloc ("the Federal Council", "SECO"; a bare "the Council" beside "the Foreign Affairs
Council") speak as it when two of them speak on one day.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from kg.doc_cache import span_text, span_tokens, tokens
from kg.events_common import MentionIndex, evidence, paragraph_of, sentences
from kg.events_lexicon import words
from kg.events_statement_afterwards import afterwards_date
from kg.events_statement_mediators import mediating_bodies
from kg.events_statement_merge import WINDOW, as_the_state, dated_by_next, one_per_day, through_spokesperson
from kg.events_statement_names import Canon, acts_for, heads_of_several, set_off_name, stranded_name
from kg.events_statement_occasions import attributions, dated_acts, dated_occasions
from kg.events_statement_speakers import SAID_WORDS, Speakers
from kg.events_statement_transcript import transcript_statements
from kg.events_statement_speech import (addressee_of, describes, is_speech, joint, quotes_in, reported_text,
                                        subject_of, titled_subject)
from kg.events_statement_when import (accompanied_date, antecedent_date, at_the_time_date,
                                      before_event_date, day_headings, days_earlier, eve_date, framed_date,
                                      leading_date, when_date)
from kg.events_when import occasions, phrase_tokens, stated_date
from kg.model import CleanArticle, EventDraft

_DEMANDS = {"demand", "urge", "call", "ask"}
_ADDRESSING = {"tell", "urge", "ask", "warn", "accuse", "criticize", "criticise", "call", "inform", "brief"}


def find_statements(doc: Doc, index: MentionIndex, article: CleanArticle) -> list[EventDraft]:
    """Statement drafts of one article: one per sentence and named speaker (its best-read verb); drafts of
    one speaker on one day share one text."""
    speakers = Speakers(doc, index)
    canon = Canon(index.mentions)
    ceasefire = words("ceasefire_terms.txt")
    out: list[EventDraft] = []
    numbered: list[tuple[int, bool]] = []  # (sentence number, pluperfect "had said") of each draft in ``out``
    dated: list[tuple[int, str, date]] = []  # (sentence number, speaker, stated date)
    held: dict[str, date] = {}  # occasion lemma -> the date of the last dated statement made at one
    acted: dict[int, list[tuple[str, date]]] = {}  # sentence number -> (actor, date) of its dated main act
    welcomed: set[int] = set()  # the drafts in ``out`` of "X welcomed the talks"
    untitled_at: tuple[int, int, date] | None = None  # (sentence, paragraph, date) of a dated "the facilitator said"
    sents = sentences(doc)
    days = day_headings(doc, article)
    for n, sent in enumerate(sents):
        if _headline(sent):
            continue
        quotes = quotes_in(sent)
        spans = [(a, b) for a, b, _ in quotes]
        best: dict[str, tuple[int, Token, Token, str, str, Token]] = {}
        acts: dict[str, list[Token]] = {}
        together: dict[str, tuple[str, ...]] = {}  # speaker -> every speaker of their joint statement
        joint_subjects: set[int] = set()  # token numbers of the subjects of a joint statement
        stated: dict[int, date | None] = {}  # verb -> the date the sentence states for it, read once
        for v in span_tokens(sent):
            if v.pos_ != "VERB" or not is_speech(v) or describes(v) or any(a <= v.idx < b for a, b in spans):
                continue  # a speech verb in a quote is the quoted speaker's words ("it calls for calm")
            text, rank = reported_text(v, quotes)
            if text is None and (after := _quoted_next(sent)):
                text, rank = after, 1  # "Foreign Secretary Eva Lind said:" and the quote below
            subj = subject_of(v)
            subj = set_off_name(v, subj, spans) or subj or stranded_name(v)  # '"...," X's adviser, Eva Lind, said'
            if text is None or subj is None or (v.lemma_.lower() == "declare" and rank < 1):
                continue  # "declared martial law": an act, not speech
            found = speakers.resolve_all(subj) or [(subj, s) for s in mediating_bodies(subj, index)]  # "the mediators"
            if (joint(v) or subj.i in joint_subjects or heads_of_several(subj, found)) and found:  # one statement,
                # spoken by all of them together (also "the presidents of X, Y and Z condemned ...")
                joint_subjects.add(subj.i)  # also what they do next ("... and called on both parties")
                together[_name(found[0], speakers, canon)] = tuple(_name(f, speakers, canon) for f in found)
                found = found[:1]
            if not found and titled_subject(subj) and (when := _stated(v, sent, article, spans, stated)):
                untitled_at = (n, paragraph_of(subj.idx, speakers.starts), when)
            for tok, speaker in found:
                kind = speakers.kind_of(tok, speaker)
                name = canon(speaker, kind)
                canon.note(name)
                acts.setdefault(name, []).append(v)
                if name not in best or rank > best[name][0]:
                    best[name] = (rank, v, tok, text, kind, subj)
        dated += [(n, who, when) for who, when in attributions(sent, speakers, canon, article)]
        dated += [(n, who, when) for who, when in dated_occasions(sent, speakers, canon, article)]
        acted[n] = dated_acts(sent, speakers, canon, article)
        for speaker, (_, v, tok, text, kind, subj) in best.items():
            speakers.remember(tok.idx, speaker, kind)
            when = next((d for x in [v, *acts[speaker]] if (d := _stated(x, sent, article, spans, stated))
                         and _not_after(d, article)), None)  # not "called for a strike on July 14"
            if when is None:  # "said at the same news conference", "Speaking at the same ceremony, X said"
                when = _same_occasion([v, *acts[speaker]], spans, held, [d for k, _, d in dated if n - k <= WINDOW])
            if when is None:
                when = eve_date(v, sent, article) or before_event_date(v, sent, article)  # "said a day earlier, on
                # the eve of the opening", "said the day before the council met"
            back = next((b for x in [v, *acts[speaker]] if (b := days_earlier(x)) is not None), None)
            if when is None and back is not None:  # "A day earlier, X had warned ... and said"
                base = next((d for k, _, d in reversed(dated) if k < n and n - k <= WINDOW), article.published)
                when = base - timedelta(days=back) if base else None
            if when is None:  # "Last Thursday, ...", "X, briefing lawmakers on Monday, said", "as she opened the session"
                when = (antecedent_date(v, article) or leading_date(v, article, spans)
                        or framed_date(v, subj, article, spans) or when_date(v, article) or accompanied_date(v, sent, article)
                        or afterwards_date(v, sent, article) or at_the_time_date(v, sent, article))
            if when is None:
                when = next((d for k, who, d in reversed(dated) if who == speaker
                             and (n - k <= WINDOW or _recalls_own_words(sent))), None)  # "X's statement left a door
                # open: he said ...": the statement reported before, however far back
            if when is None:  # "Australia followed late on Friday, imposing ... Australia's ministry said ..."
                when = next((d for who, d in acted.get(n - 1, []) if acts_for(speaker, who)), None)
            if when is None and untitled_at and 0 < n - untitled_at[0] <= 2 \
                    and untitled_at[1] == paragraph_of(tok.idx, speakers.starts):
                when = untitled_at[2]  # "Speaking on Saturday, the facilitator said ... "...," Lind said."
            if when is None:  # a live blog's entry under the heading of a later (or earlier) day
                when = next((d for at, d in reversed(days) if at < sent.start_char), None)
                when = None if when == article.published else when
            if when is not None:
                dated.append((n, speaker, when))
                held.update({t.lemma_.lower(): when for t in span_tokens(sent) if t.lemma_.lower() in occasions()})
            demand = v.lemma_.lower() in _DEMANDS and any(t in text.lower() for t in ceasefire)
            addressee = addressee_of(v, index) if v.lemma_.lower() in _ADDRESSING else None
            numbered.append((n, any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)))
            if v.lemma_.lower() == "welcome":
                welcomed.add(len(out))
            out.append(EventDraft(
                kind="Statement", evidence=evidence(sent, article, 0.8 if speakers.named(tok) else 0.6),
                date=when or article.published, date_basis="stated" if when else "article",
                speaker=speaker, addressee=addressee, text=text, participants=together.get(speaker, (speaker,)),
                cameo="1056" if demand else "010"))
            if kind == "Person" and when is not None and _spokesperson(subj) and (org := speakers.title_org(subj, tok)):
                through_spokesperson(out, numbered, org, speakers.starts)
    out, numbered = _elaborated(out, numbered, welcomed)
    for at, draft in transcript_statements(doc, sents, index, article):  # "A: ...", "LIND (voice): ..."
        numbered.append((at, False))
        out.append(draft)
    return one_per_day(as_the_state(dated_by_next(out, numbered), numbered))


def _elaborated(out: list[EventDraft], numbered: list[tuple[int, bool]],
                welcomed: set[int]) -> tuple[list[EventDraft], list[tuple[int, bool]]]:
    """``out`` and ``numbered`` without the welcomes the next sentence's statement spells out ("X welcomed the
    outcome on Friday. In a statement, its ministry said ...", "X welcomed the vote. Its spokesman, Y, said ..."):
    one statement, the one that says it in words, on the welcome's day when it gives none of its own; not when
    both state days and they differ."""
    out = list(out)
    dropped = set()
    for i in sorted(welcomed):
        nxt = [j for j, (n, _) in enumerate(numbered) if n == numbered[i][0] + 1]
        if not nxt or all(out[j].date_basis == out[i].date_basis == "stated" and out[j].date != out[i].date
                          for j in nxt):
            continue  # "X welcomed it on Thursday. Its spokeswoman said on Friday ...": two days, two statements
        dropped.add(i)
        if out[i].date_basis == "stated":
            out = [replace(d, date=out[i].date, date_basis="stated") if j in nxt and d.date_basis == "article" else d
                   for j, d in enumerate(out)]
    keep = [i for i in range(len(out)) if i not in dropped]
    return [out[i] for i in keep], [numbered[i] for i in keep]


def _stated(verb: Token, sent: Span, article: CleanArticle, spans: list[tuple[int, int]],
            stated: dict[int, date | None]) -> date | None:
    """:func:`stated_date` of ``verb``, read once per sentence (``stated`` keeps what was read)."""
    if verb.i not in stated:
        stated[verb.i] = stated_date(verb, sent, article, spans)
    return stated[verb.i]


def _not_after(when: date, article: CleanArticle) -> bool:
    """True unless ``when`` falls after the article's date: what was said was said by then."""
    return article.published is None or when <= article.published


def _same_occasion(verbs: list[Token], spans: list[tuple[int, int]], held: dict[str, date],
                   recent: list[date]) -> date | None:
    """The date of "the same" occasion a speech act names in its own phrase or a participle on it ("said at the
    same news conference", "Speaking at the same ceremony, X said"): the last dated statement made at one named
    so, else the last dated statement of the last few sentences, whose occasion it is."""
    for x in verbs:
        tokens = phrase_tokens(x, spans) + [t for c in x.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                                            for t in phrase_tokens(c, spans)]
        for t in tokens:
            at = t.lemma_.lower() in held or (t.dep_ == "pobj" and t.head.lower_ in {"at", "during", "to"})
            if at and t.pos_ == "NOUN" and any(c.lower_ == "same" for c in t.children):
                return held.get(t.lemma_.lower()) or (recent[-1] if recent else None)
    return None


def _quoted_next(sent: Span) -> str | None:
    """The quote a sentence ending in a colon introduces (its next sentence), else ``None``; a release sets the
    quote off as its own paragraph, without quotation marks ("Foreign Secretary Eva Lind said:" then "Today's
    measures show ...")."""
    toks = tokens(sent.doc)
    last = next((t for t in reversed(toks[sent.start : sent.end]) if not t.is_space), None)
    start = next((t for t in toks[sent.end:] if not t.is_space), None)
    if last is None or last.text != ":" or start is None:
        return None
    text = start.sent.text.strip()
    set_off = "\n" in sent.doc.text[last.idx + 1 : start.idx]  # the colon ends its paragraph
    return text if text[:1] in {"\"", "“"} or set_off and text[:1].isupper() else None


def _name(found: tuple[Token, str], speakers: Speakers, canon: Canon) -> str:
    """The article's one name for the speaker ``found`` (a subject token and what it resolved to)."""
    tok, speaker = found
    return canon(speaker, speakers.kind_of(tok, speaker))


def _recalls_own_words(sent: Span) -> bool:
    """True when the sentence's subject is what someone said, owned by a name ("X's statement did leave a door
    open", "X's remarks drew criticism"): it recalls a statement reported before."""
    return any(t.dep_ in {"nsubj", "nsubjpass"} and t.lemma_.lower() in SAID_WORDS
               and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children) for t in sent)


def _spokesperson(subj: Token) -> bool:
    """True when the subject's title makes its person the voice of an organization ("X Party spokesperson Eva
    Lind"); not an ambassador or minister, who speak for themselves after their embassy's statement."""
    return any(t.lower_.startswith("spokes") for t in subj.subtree)


def _headline(sent: Span) -> bool:
    """True for a headline or subhead: a whole paragraph without closing punctuation ("X urges Y")."""
    text = span_text(sent).strip()
    doc = tokens(sent.doc)
    alone = (sent.start == 0 or "\n" in doc[sent.start - 1].text) and (sent.end == len(doc) or "\n" in doc[sent.end].text)
    return alone and not re.search(r"[.!?:\"”’']$", text)

