"""Statements of a transcript: the briefer's answers and the named voices of a broadcast.

* A briefing or press conference printed as questions and answers ("A: The arms sale violates ...",
  "Spokesperson: We are following the situation closely") names its speaker once, above the answers
  ("Foreign Ministry Spokesperson Eva Lind's Regular Press Conference on July 12, 2019", "a transcript of
  today's noon briefing by Eva Lind, Spokesperson for the Secretary-General"): the answers are that person's
  statement, made on the day that line gives (else the article's day).
* A paragraph opened by a speaker's label ("LIND (voice, in Luo): We came for peace", "WOMAN (Eva Lind, mother
  of five): We are tired") is a statement of the person the label names (a surname of someone named before,
  or a name in its brackets), made on the one date of the line just before that introduces them ("Lind spoke
  to this station yesterday"), else on the article's day. Labels of the outlet's staff name no one in the story.
* A release's line "Quotes attributable to Minister Eva Lind:" gives the quote paragraph below it to that person.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span
from unidecode import unidecode

from kg.components.roles import role_words
from kg.events_common import MentionIndex, doc_text, evidence
from kg.events_statement_names import untitled
from kg.events_statement_when import one_past_date
from kg.gazetteer import data_words
from kg.model import CleanArticle, EventDraft, Mention

#: A paragraph opened by the label of the one who answers.
_ANSWER = re.compile(r"(?m)^(?:A|Answer|Spokesperson|Spokesman|Spokeswoman)\s*:\s*(?=\S)")
#: Words of the line that names who gives the briefing.
_BRIEFING = re.compile(r"\b(?:briefing|press conference|news conference|spokes(?:person|man|woman))\b", re.I)
#: A paragraph opened by a label of a title and a name, maybe set off by a comma: "Press Secretary Lind: Good
#: afternoon.", "Official Spokesperson, Shri Eva Lind: Good afternoon."
_TITLED = re.compile(r"(?m)^(?P<label>(?:[A-Z][\w.-]*,?[ \t]+){1,5}(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*))"
                     r"(?:[ \t]*\([^)\n]{1,60}\))?[ \t]*:[ \t]+(?=\S)")  # "DR JANE ROE (panel member):" too
#: A paragraph opened by a speaker's label in capitals, with a note in brackets: "LIND (voice, in Luo):".
_LABEL = re.compile(r"(?m)^(?P<label>[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,2})\s*(?:\((?P<note>[^)\n]{0,80})\))?\s*:\s+(?=\S)")
#: A release's line that gives the quotes below it to someone: "Quotes attributable to Minister X:", "Comments
#: from X:".
_ATTRIBUTED = re.compile(r"(?im)^[ \t]*(?:quotes?|comments?|remarks?)[ \t]+(?:attributable[ \t]+to|from|by)[ \t]+"
                         r"(?P<who>[^\n:]{3,120}):[ \t]*$")
#: The label of one who asks: "QUESTION (Outlet, Eva Lind):", "REPORTER (Outlet):" (a question, no statement).
_ASKER = re.compile(r"(?i)(?:q|question|questioner|reporter|journalist|correspondent)")


def transcript_statements(doc: Doc, sents: list[Span], index: MentionIndex,
                          article: CleanArticle) -> list[tuple[int, EventDraft]]:
    """(sentence number, draft) of each statement a transcript's labels give (see the module doc)."""
    if article.published is None:
        return []
    text = doc_text(doc)
    out = []
    if (answer := _ANSWER.search(text)) and (found := _briefing(answer, sents, index, article)):
        out.append(found)
    titled = [(m, _titled(m, index, _above(m, text, article))) for m in _TITLED.finditer(text)]
    labels = [(m, _labelled(m, index) or _labelled_before(m, titled)) for m in _LABEL.finditer(text)]
    labels += titled
    labels += [(m, people[0]) for m in _ATTRIBUTED.finditer(text)
               if (people := [re.sub(r"['’]s$", "", p.text) for p in _mentions(index, m.start("who"), m.end("who"),
                                                                                "Person")])]
    for m, person in labels:
        at = next((n for n, s in enumerate(sents) if s.end_char > m.end()), None)
        if person is None or at is None:
            continue
        intro = sents[at - 1] if at > 0 else None
        when = one_past_date(intro, article.published) if intro is not None and _names(intro, person, index) else None
        out.append((at, _draft(sents[at], m, person, when, article)))
    return out


def _briefing(answer: re.Match[str], sents: list[Span], index: MentionIndex,
              article: CleanArticle) -> tuple[int, EventDraft] | None:
    """The briefer's statement: the person named in a briefing line above the first answer."""
    intro = next((s for s in sents if s.start_char < answer.start() and _BRIEFING.search(s.text)
                  and _people(s, index)), None)
    at = next((n for n, s in enumerate(sents) if s.end_char > answer.end()), None)
    if intro is None or at is None:
        return None
    return at, _draft(sents[at], answer, _people(intro, index)[0], one_past_date(intro, article.published), article)


def _draft(said: Span, label: re.Match[str], speaker: str, when: date | None, article: CleanArticle) -> EventDraft:
    """The statement ``speaker`` makes in ``said``, whose paragraph ``label`` opens."""
    text = said.text.strip()
    if said.start_char <= label.start():
        text = text[label.end() - said.start_char:]
    return EventDraft(kind="Statement", evidence=evidence(said, article, 0.6), date=when or article.published,
                      date_basis="stated" if when else "article", speaker=speaker, participants=(speaker,),
                      text=text, cameo="010")


def _people(span: Span, index: MentionIndex) -> list[str]:
    """The persons named in ``span``, in order."""
    return [re.sub(r"['’]s$", "", m.text) for m in _mentions(index, span.start_char, span.end_char, "Person")]


def _mentions(index: MentionIndex, start: int, end: int, kind: str) -> list[Mention]:
    return [m for m in index.mentions if m.type == kind and start <= m.start < end]


def _labelled(m: re.Match[str], index: MentionIndex) -> str | None:
    """The person a speaker's label names: one named in its brackets, else the one named before whose last name
    the label is."""
    if _ASKER.fullmatch(m["label"]):
        return None
    if m["note"] and (inside := [p for p in _mentions(index, m.start("note"), m.end("note"), "Person")
                                 if len(p.text.split()) > 1]):
        return inside[0].text  # a full name, not a word the model took for one ("in Luo")
    label = untitled(m["label"]).lower()  # "MR HALLORAN:", "MS. LIND:": the surname
    found = next((p.text for p in reversed(_mentions(index, 0, m.start(), "Person"))
                  if len(p.text.split()) > 1 and _same(p.text.split()[-1], label)), None)
    if found is None and label != m["label"].lower() and " " not in label:  # a courtesy title makes it a name:
        # the one given in full above, which the model may not tag in a heading ("Eva Lind, Deputy Spokesperson")
        named = set(re.findall(rf"\b([A-Z][a-z][\w'’-]*[ \t]+(?i:{re.escape(label)}))\b", doc_text(index.doc)[: m.start()]))
        found = named.pop() if len(named) == 1 else None
    return found


def _labelled_before(m: re.Match[str], titled: list[tuple[re.Match[str], str | None]]) -> str | None:
    """The person a titled label above gave in full whose last name a bare label is ("ROEDOE:" after "PRESS
    SECRETARY JANA ROEDOE:"), else ``None``."""
    if _ASKER.fullmatch(m["label"]) or " " in m["label"]:
        return None
    return next((p for t, p in reversed(titled) if p and t.start() < m.start() and _same(p.split()[-1], m["label"])),
                None)


def _above(m: re.Match[str], text: str, article: CleanArticle) -> str:
    """The text above the label ``m``: the body's, after the page's own lines above it that cleaning took off (a
    briefing's header "Briefing by Spokesperson Eva Lind", its dateline)."""
    raw = article.article.raw
    head = raw[: raw.find(m.group(0).rstrip())] if m.group(0).rstrip() in raw else ""
    return f"{head}\n{text[: m.start()]}"


def _titled(m: re.Match[str], index: MentionIndex, above: str) -> str | None:
    """The person a label of a title and a name names ("Press Secretary Lind:", "Deputy Minister Eva Lind:"): the
    person mentioned there, by the fullest name the article gives them ("LIND Eva" in the briefing's title line);
    in capitals, the person named before by that last name ("CHIEF CABINET SECRETARY ODUYA:")."""
    persons = [p for p in index.mentions if p.type == "Person"]
    at = next((p for p in persons if p.start < m.end("name") and p.end > m.start("name")), None)
    if at is None and m["name"].isupper():  # "CHIEF CABINET SECRETARY ODUYA:": capitals the model tags not;
        at = next((p for p in persons if p.start < m.start() and len(p.text.split()) > 1  # one named before
                   and _same(p.text.split()[-1], m["name"])), None)
    if at is None:
        return _named_above(m, above) or (
            _capital_name(m["label"]) if m["name"].isupper() else None)
    key = at.text.split()[-1].lower()
    names = [p.text for p in persons if key in p.text.lower().split() and len(p.text) < 40]
    courtesy = data_words("honorifics.txt")  # "Dr Roe" is no fuller than "JANE ROE"
    return max(names, key=lambda n: len([w for w in n.split() if w.lower().rstrip(".") not in courtesy]),
               default=at.text)


def _named_above(m: re.Match[str], above: str) -> str | None:
    """The full name the text above a label gives the person the label names, though the model tags them nowhere:
    a label that is a name ("Eva Lind:") given above ("Briefing by Spokeswoman Eva Lind"), or a title and a surname
    in capitals ("SPOKESPERSON LIND:") whose one full name above ends in that surname ("Spokesperson Eva Lind")."""
    words = m["label"].replace(",", " ").split()
    if not m["name"].isupper():
        plain = 2 <= len(words) <= 3 and not any(w.lower().strip(".") in role_words() for w in words)
        return m["label"].strip() if plain and re.search(rf"\b{re.escape(m['label'].strip())}\b", above) else None
    named = {f"{g} {w}" for g, w in re.findall(r"(?=\b([A-Z][a-z][\w'’-]*)[ \t]+([A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+)\b)", above)
             if _same(w, m["name"]) and not w.isupper()}
    return named.pop() if len(named) == 1 else None


def _capital_name(label: str) -> str | None:
    """The name a label in capitals gives after its title ("PRESS SECRETARY JANA ROEDOE" -> "Jana Roedoe"),
    though the model tags no one there: two or three words after at least one title word, else ``None``."""
    words = label.replace(",", " ").split()
    title = 0
    while title < len(words) and words[title].lower().strip(".") in role_words():
        title += 1
    name = words[title:]
    return " ".join(w.title() for w in name) if title and 2 <= len(name) <= 3 else None


def _same(name: str, label: str) -> bool:
    """True when ``label`` spells ``name`` (capitals drop the accents: "YILDIRIMER:" for Yıldırımer)."""
    return unidecode(name).lower() == unidecode(label).lower()


def _names(sent: Span, person: str, index: MentionIndex) -> bool:
    """True when ``sent`` names ``person`` (in full or by last name)."""
    last = person.split()[-1]
    return any(p.split()[-1] == last for p in _people(sent, index))
