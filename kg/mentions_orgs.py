"""Organizations the model's entity spans cut short, mistype or miss (acronyms are in :mod:`kg.mentions_acronyms`).

  * :func:`name_end`: the model often ends an ORG span at a coordinating "and" ("Civic Union for Peace and Progress"
    -> "Civic Union for Peace"); the name goes on over "and B" when the span is "<Body> for/of A" and B is
    capitalised words that name no body, state, person or date of their own ("the African Union and the United
    Nations", "the Bank of X and Barclays" stay two), then over "in/of/for/on C" ("Front for Change and Concord in
    Chad");
  * :func:`movement`: a group tagged as a people (NORP) that is no state's people is an organization when written as
    an actor ("Zandist rebels", "the Zandists' chief negotiator");
  * :func:`instrument`: a law or treaty tagged ORG ("the X Accountability Act") is no actor;
  * :func:`group_mentions`: a group left untagged, named apposed to a group noun ("its youth wing, the Zandakure").
"""
from __future__ import annotations

import re

from collections.abc import Iterator

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from kg import gazetteer as gz
from kg.events_common import doc_text
from kg.model import Mention
from kg.token_scan import where_in

__all__ = ["group_mentions", "instrument", "movement", "name_end", "recurrences"]

_INNER = frozenset({"for", "of"})  # "<Body> for A": a name that can go on with "and B"
_LINKS = frozenset({"in", "of", "for", "on"})  # "... in Chad", "... of the Congo"
_PART_LABELS = frozenset({"", "GPE", "LOC"})  # the model may read "Concord" in "Front for Change and Concord" as a place
_MAX_WORDS = 4  # capitalised words in one part after "and" or a link


def name_end(ent: Span) -> int:
    """The token index where the organization name of ``ent`` ends (``ent.end`` when the span is whole)."""
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end].text == "and" and any(t.lower_ in _INNER for t in ent[1:]) \
            and not (doc.has_annotation("SENT_START") and _headline(ent.sent)):
        part = _capitalised(doc, end + 1) if not _cause(ent) else end + 2
        if part > end + 1 and _own_part(doc[end + 1 : part]):
            return _linked(doc, part)
    return end


def _cause(ent: Span) -> bool:
    """True for "<Body> for A" + "and B", both single words, B tagged as a body of its own by the model
    ("Movement for Justice" + "and Dignity"): two causes of one name, not two bodies ("Bank of X and Barclays")."""
    doc, end = ent.doc, ent.end
    return len(ent) > 2 and ent[-2].lower_ == "for" and end + 2 <= len(doc) and doc[end + 1].ent_type_ == "ORG" \
        and doc[end + 1].ent_iob_ == "B" and (end + 2 == len(doc) or doc[end + 2].ent_iob_ != "I") \
        and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper()


def _capitalised(doc: Doc, i: int) -> int:
    """The end of the run of capitalised words from ``i`` ("Co-operation" counts as one word), else ``i``."""
    j, words = i, 0
    while j < len(doc) and words < _MAX_WORDS and _name_word(doc[j]):
        j, words = j + 1, words + 1
        while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                and doc[j + 1].is_alpha:
            j += 2
    return j


def _name_word(t: Token) -> bool:
    """True for a capitalised word that can go on a name: not a function word, not a person, date or body."""
    return t.is_alpha and t.text[:1].isupper() and not t.is_stop and t.ent_type_ in _PART_LABELS


def _own_part(part: Span) -> bool:
    """True when the words after "and" go on the name: no state ("and Kenya"), no head noun of a body of their
    own ("and Interior Ministry")."""
    return not gz.state_for(part[0].text) and not any(t.lower_ in gz.data_words("org_words.txt") for t in part)


def _linked(doc: Doc, i: int) -> int:
    """The end of "in/of/for/on [the] C" parts from ``i``, else ``i``."""
    while i + 1 < len(doc) and doc[i].lower_ in _LINKS:
        start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        part = _capitalised(doc, start)
        if part == start:
            break
        i = part
    return i


def _headline(sent: Span) -> bool:
    """True for a title-case line ("Rebels And Army Sign Deal"), where capitals do not mark names."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) > 0.7 * len(words)


def movement(ent: Span) -> bool:
    """True for a group the model tags NORP that names no state, people of a state or continent, written as an
    actor: before a non-state noun ("Zandist rebels") or as a plural possessor ("the Zandists' chief negotiator");
    not a state's demonym ("Kenyan rebels" stay Kenya's non-state actors), nor "the Europeans' offer"."""
    doc, text = ent.doc, ent.text
    one = text.rstrip("s")
    stems = (text, one, one[:-1], one[:-2]) if one.endswith("an") else (text, one)  # "Europeans" -> "Europe"
    if not text[:1].isupper() or any(gz.is_place_word(w) for w in stems):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in gz.data_words("non_state_words.txt"):
        return True
    return after is not None and after.text in ("'", "’") and text.endswith("s") and len(ent) == 1


# last words of the name of a law or an instrument, which the model may tag as an organization
_INSTRUMENTS = frozenset("act law resolution agreement treaty protocol charter declaration decree bill amendment "
                         "ordinance regulation regulations directive".split())


def instrument(ent: Span) -> bool:
    """True for the name of a law or instrument tagged as an organization ("the Global Human Rights Accountability
    Act", "the Comprehensive Peace Agreement"): no actor; but a body's name may end so ("Government of National
    Agreement", "Party of the Charter")."""
    last = ent[-1]
    return len(ent) > 1 and last.text[:1].isupper() and last.lower_ in _INSTRUMENTS \
        and not any(t.lower_ in gz.data_words("org_words.txt") for t in ent[:-1])


# nouns a group's name stands apposed to: "the ruling party's youth wing, the Zandakure"
_GROUP_HEADS = frozenset("wing militia movement group faction organisation organization coalition alliance "
                         "front".split())


def group_mentions(doc: Doc, sent_of: list[int], found: list[Mention]) -> list[Mention]:
    """Organization mentions of a group the model leaves untagged, named apposed to a group noun ("its youth wing,
    the Zandakure"), there and wherever the name recurs outside other mentions and entities."""
    out = []
    for name in _apposed_names(doc):
        for start, end, span in recurrences(doc, name):
            if not any(t.ent_type_ for t in span) and not any(m.start < end and start < m.end for m in found):
                out.append(Mention(name, "Organization", start, end, sent_of[span.start]))
    return out


def recurrences(doc: Doc, name: str) -> Iterator[tuple[int, int, Span]]:
    """(start, end, span) of every place ``name`` stands in ``doc`` as whole words, on token boundaries."""
    for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc_text(doc)):
        if (span := doc.char_span(hit.start(), hit.end())) is not None:
            yield hit.start(), hit.end(), span


def _apposed_names(doc: Doc) -> set[str]:
    """Capitalised words after "<group noun>, the" with no entity of their own: "its youth wing, the Zandakure"."""
    out = set()
    for h in where_in(doc, LOWER, _GROUP_HEADS):
        if h + 3 >= len(doc):
            continue
        t = doc[h + 3]
        if t.ent_type_ or not t.is_alpha or not t.text[:1].isupper() or t.is_stop \
                or doc[t.i - 1].lower_ != "the" or doc[t.i - 2].text != ",":
            continue
        end = _capitalised(doc, t.i)
        if end > t.i and not any(w.ent_type_ for w in doc[t.i : end]) and not gz.is_place_word(doc[t.i : end].text):
            out.add(doc[t.i : end].text)
    return out
