"""Names a transcript's speaker labels give, which the model misses or drops as a heading in capitals: a title and
a name in capitals before a colon at a line's start ("PRESS SECRETARY JANE ROE: Good afternoon", also with a note in
brackets: "DR JANE ROE (panel member):"), or a name that
opens two lines or more before a colon ("Jane Roe: I would not like to run ahead."), or a questioner's name beside
an outlet's ("QUESTION (Jane Roe, Doe Times):", "QUESTION (Doe Times, Jane Roe):")."""
from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from kg.components import lookups as gz  # kg.gazetteer, memoised
from kg.components.person_cues import Ent, looks_like_name, org_word
from kg.components.roles import role_words
from kg.token_scan import where_string

_QUESTIONERS = frozenset({"question", "q", "questioner", "reporter", "journalist", "correspondent"})
_LABEL_WORDS = 6  # at most this many words before a label's colon


def transcript_names(doc: Doc, spans: list[Ent]) -> list[Ent]:
    """``spans`` with a PERSON span for each name a speaker's label at a line's start gives, in place of the spans
    the model made of it."""
    found: list[Ent] = []
    named: dict[str, list[tuple[int, int]]] = {}
    surnames = {gz.norm(doc[e - 1].text) for s, e, lab in spans if lab == "PERSON" and e - s > 1}
    for i in line_starts(doc):
        if (name := _labelled_speaker(doc, i, surnames)) or (name := _questioner(doc, i)):
            found.append((*name, "PERSON"))
        elif name := _named_label(doc, i):
            named.setdefault(doc[name[0] : name[1]].text, []).append(name)
    found += [(s, e, "PERSON") for labels in named.values() if len(labels) > 1 for s, e in labels]
    written = {gz.norm(doc[s:e].text) for s, e, lab in spans if lab == "PERSON" and e - s > 1}
    found = [x for x in found if gz.norm(doc[x[0] : x[1]].text) not in written]  # the doc writes it in full elsewhere
    kept = [x for x in spans if not any(x[0] < e and s < x[1] for s, e, _ in found)]
    return sorted(kept + found)


def line_starts(doc: Doc) -> list[int]:
    """The tokens that open a line (the first token, or one after a line break), found from the few line breaks (spaCy
    keeps a line break as a token of its own, never as a token's trailing whitespace)."""
    starts = dict.fromkeys([0, *(j + 1 for j in where_string(doc, ORTH, _has_break))])
    return [i for i in starts if i < len(doc) and not doc[i].is_space]


def _has_break(text: str) -> bool:
    return "\n" in text


def _labelled_speaker(doc: Doc, i: int, surnames: set[str]) -> tuple[int, int] | None:
    """(start, end) of the name in a label in capitals closed by a colon: one or more role words then 2-3 name words
    ("PRESS SECRETARY JANE ROE:", "SPOKESPERSON JANE ROE:"), or the family name of a person named in the doc (normalised
    in ``surnames``), maybe after role words ("SPOKESPERSON ROE:", "ROE:")."""
    k = i
    while k < len(doc) and k - i < _LABEL_WORDS and doc[k].is_upper and doc[k].is_alpha:
        k += 1
    if k >= len(doc) or not (doc[k].text.startswith(":") and not doc[k - 1].whitespace_ or _noted(doc, k)):
        return None
    s = i
    while s < k and (doc[s].lower_ in role_words() or doc[s].lower_ in gz.data_words("honorifics.txt")):
        s += 1  # "PRESS SECRETARY", "DR"
    words = doc[s:k]
    if len(words) == 1 and gz.norm(words[0].text) in surnames:
        return s, k
    if s == i or not 2 <= len(words) <= 3 or any(len(t) < 2 or org_word(t.lower_) or t.lower_ in role_words()
                                                 for t in words) or gz.is_place_word(words.text.title()):
        return None
    return s, k


def _noted(doc: Doc, k: int) -> bool:
    """True for a bracketed note closing a label at ``k``: "DR JANE ROE (panel member):"."""
    close = next((j for j in range(k + 1, min(len(doc) - 1, k + 12)) if doc[j].text.startswith(")")), None) \
        if doc[k].text == "(" else None
    return close is not None and (doc[close].text == "):" or doc[close + 1].text.startswith(":")) \
        and "\n" not in doc[k:close].text  # the tokenizer may keep "):" as one token


def _named_label(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start, end) of the 2-4 capitalised words that look like a name before a colon at ``i``: "Jane Roe:"."""
    k = next((j for j in range(i + 1, min(len(doc), i + _LABEL_WORDS)) if doc[j].text.startswith(":")), None)
    if k is None or doc[k - 1].whitespace_ or not looks_like_name(doc, i, k):
        return None
    return i, k


def _questioner(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start, end) of the name beside an outlet's in a questioner's label: "QUESTION (Jane Roe, Doe Times):"."""
    if i + 2 >= len(doc) or doc[i].lower_ not in _QUESTIONERS or doc[i + 1].text != "(":
        return None
    close = next((j for j in range(i + 2, min(len(doc), i + 14)) if doc[j].text.startswith(")")), None)
    commas = [j for j in range(i + 2, close or i) if doc[j].text == ","]
    if close is None or len(commas) != 1:
        return None  # "QUESTION (Doe Times):" names no one
    for s, e in ((i + 2, commas[0]), (commas[0] + 1, close)):
        if looks_like_name(doc, s, e) and not doc[s].ent_type_ and not any(org_word(t.lower_) for t in doc[s:e]):
            return s, e
    return None
