"""Organizations named by an acronym the model leaves untagged: "The XLF delegation", "ECOWAS mediators".

An acronym is a word in capitals, or capitals joined by hyphens ("XPLM-IO", "ZANU-PF"). It names an organization
wherever it stands in the article when, somewhere in the article, it is
  * defined after an organization's name: "the Front for Unity and Concord in Chad (XFUC)";
  * the initials of an organization named in the article: "XPLM" for "Xandia People's Liberation Movement",
    "XPLM-IO" for "XPLM-In-Opposition";
  * tagged as an organization by the model elsewhere ("ZANU-PF" tagged in one sentence, not in "ZANU-PF's team");
  * a known international body (kg/data/international_bodies.txt: "ECOWAS", "IGAD");
  * apposed to a group noun ("the rebel group XLF", "the opposition coalition XNC,"), or the modifier of a
    delegation, team or spokesman ("The XLF delegation", "an XNC spokesman").
Never a state's or place's code ("UAE", "DRC"), a company's legal suffix ("LLC"), a record's field ("DOB"), nor
words of a line in capitals ("WHO IS AT THE TABLE").
"""
from __future__ import annotations

import re
from functools import cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from kg import gazetteer as gz
from kg.events_common import doc_text
from kg.events_sanction_targets import suffixes
from kg.model import Mention
from kg.token_scan import where_string

__all__ = ["acronym_mentions", "initials"]

# nouns an acronym stands after, apposed: "the rebel group XLF", "the regional bloc XAD"
GROUP_NOUNS = frozenset("group coalition bloc movement party alliance front organisation organization militia faction "
                        "union body association federation league council commission committee agency network "
                        "platform rebels".split())
# nouns an acronym modifies when it names the body they belong to: "The XLF delegation", "an XNC spokesman"
ACTOR_NOUNS = frozenset("delegation delegations team teams negotiator negotiators negotiating delegate delegates "
                        "representative representatives spokesman spokeswoman spokesperson leader leaders leadership "
                        "official officials fighters mediator mediators mediation mission envoy envoys chairman "
                        "chairperson chairwoman commander commanders summit secretariat member members".split())
_NOT_BODIES = frozenset("FM TV HQ CEO MP PM AM GMT UTC ID OK VIP AI COVID LGBT LGBTQ PS FAQ PDF URL GDP IMO".split())
_FUNCTION = frozenset({"of", "for", "and", "the", "in", "on", "de", "du", "des", "la", "le", "el", "al"})


@cache
def _known() -> frozenset[str]:
    """Acronyms of international bodies (kg/data/international_bodies.txt), lowercase."""
    return gz.data_words("international_bodies.txt")


def acronym_mentions(doc: Doc, sent_of: list[int], found: list[Mention]) -> list[Mention]:
    """Organization mentions of the acronyms of ``doc`` that name a body (see the module docstring), at every place
    no mention in ``found`` covers and the model tagged nothing else."""
    runs = _runs(doc)
    orgs = [m for m in found if m.type == "Organization"]
    defined = _defined(doc, runs, orgs)
    named = defined | {a for m in orgs for a in initials(m.text)} | {m.text for m in orgs}
    good = {text for s, e, text in runs if _names_body(doc, s, e, text, named)}
    out = []
    for s, e, text in runs:
        if text in good and not _tagged_other(doc, s, e) and (text in defined or not _bracketed(doc, s, e)):
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            if not any(m.start <= start < m.end or start <= m.start < end for m in found):
                out.append(Mention(text, "Organization", start, end, sent_of[s]))
    return out


def _runs(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, text) of every acronym: capitals, or capitals joined by hyphens without spaces."""
    out, i = [], 0
    for start in where_string(doc, ORTH, _capital_word):
        if start < i:
            continue  # inside the run before
        i, j = start, start + 1
        while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                and _capitals(doc[j + 1]):
            j += 2
        if j + 1 < len(doc) and not doc[j - 1].whitespace_ and (doc[j].is_alpha or (
                doc[j].text == "-" and doc[j + 1].text[:1].isupper())):
            i = j  # part of a longer name ("XPLM-In-Opposition"), not "XPLM-led"
            continue
        out.append((i, j, doc[i:j].text))
        i = j
    return out


def _capitals(t: Token) -> bool:
    """True for a word of two or more capitals (digits allowed after the first letter)."""
    return _capital_word(t.text)


def _capital_word(text: str) -> bool:
    """``_capitals`` of a word's text."""
    return len(text) >= 2 and text[0].isalpha() and text.isupper() and text.isalnum()


def _defined(doc: Doc, runs: list[tuple[int, int, str]], orgs: list[Mention]) -> set[str]:
    """Acronyms of one word in brackets right after an organization's name: "the Movimiento Popular del Sur (MPS)"
    (one joined by hyphens, "(XRGC-QF)", is left to the model: sanction releases count the names of a sentence)."""
    ends = {m.end for m in orgs}
    out = set()
    for s, e, text in runs:
        if e == s + 1 and _bracketed(doc, s, e):
            if len(doc_text(doc)[: doc[s - 1].idx].rstrip()) in ends:
                out.add(text)
    return out


def initials(name: str) -> list[str]:
    """Acronyms a name may go by: "Xandia People's Liberation Movement" -> XPLM, "XPLM-In-Opposition" -> XPLM-IO;
    none for a name of fewer than three words."""
    parts = name.split("-")
    if len(parts) > 1 and parts[0].isupper():
        rest = "".join(w[:1] for p in parts[1:] for w in p.split() if w[:1].isupper())
        return [f"{parts[0]}-{rest}"] if rest else []
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _FUNCTION]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return []  # "FM" of "Foreign Ministry": two letters stand for too much
    return ["".join(w[0] for w in words)]


def _names_body(doc: Doc, s: int, e: int, text: str, named: set[str]) -> bool:
    """True when the acronym at [s, e) names a body (see the module docstring)."""
    if text in _NOT_BODIES or text.lower() in suffixes() or text.lower() in gz.data_words("record_fields.txt"):
        return False
    before = doc[s - 2] if s >= 2 and doc[s - 1].text == "," else doc[s - 1] if s else None
    after = doc[e + 1] if e + 1 < len(doc) and doc[e].text in ("'s", "’s") else doc[e] if e < len(doc) else None
    evidence = text in named or text.lower() in _known() or (before is not None and before.lower_ in GROUP_NOUNS) \
        or (after is not None and after.lower_ in ACTOR_NOUNS)
    return evidence and not gz.is_place_word(text) and not _capitals_line(doc, s, e)


def _capitals_line(doc: Doc, s: int, e: int) -> bool:
    """True when the acronym stands in a line written in capitals ("ECOWAS LEADERS MEET IN ABUJA")."""
    words = [t for t in doc[s].sent if t.is_alpha and len(t) > 2] if doc.has_annotation("SENT_START") else []
    return len(words) >= 3 and sum(t.is_upper for t in words) > len(words) / 2


def _bracketed(doc: Doc, s: int, e: int) -> bool:
    """True for an acronym in brackets ("... of Tamil Zandia (LTZ)"): a mention there would count the body named
    before it twice, unless it is defined right after that body's mention."""
    return 0 < s and e < len(doc) and doc[s - 1].text == "(" and doc[e].text == ")"


def _tagged_other(doc: Doc, s: int, e: int) -> bool:
    """True when the model tagged a word of the acronym as something other than an organization."""
    return any(t.ent_type_ and t.ent_type_ != "ORG" for t in doc[s:e])
