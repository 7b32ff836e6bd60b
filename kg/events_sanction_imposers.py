"""One name per imposer in an article: a sanctions office and the ministry or state it belongs to are one actor.

A release may report one action under several names of its imposer: "the Ruritanian Finance Ministry's
Office of Export Control (OEC) listed …", then "the Finance Ministry said …", then "OEC's designation of …".
Names that the article ties together become one: a name a possessor owns ("Y's X" -> Y), an acronym
given in brackets after its long form, a short name whose words a longer imposer name holds ("Finance
Ministry" in "Ruritanian Finance Ministry"), a bare ministry beside one state, and a name that begins
with a state ("Ruritanian Finance Ministry" -> Ruritania). A name alone keeps the article's words unless
it begins with the country's own name ("U.S. Treasury" -> United States).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from kg.doc_cache import once
from kg.events_common import MentionIndex, doc_text, name_span
from kg.events_lexicon import state_of, word_classes
from kg.gazetteer import data_words, lookup_country
from kg.model import EventDraft

#: "Office of Foreign Trade Control (OFTC)": a long name and the acronym given for it.
_ACRONYM = re.compile(r"((?:[A-Z][\w'’.-]*\s+)(?:(?:of|the|for|and|on|[A-Z][\w'’.-]*)\s+)*[A-Z][\w'’.-]*)\s*\(([A-Z][A-Za-z-]{1,9})\)")
_PRONOUNS = {"its", "their"}
#: Nouns of a body that a communique calls by its bare name once named in full ("the Authority", "the Commission").
_BARE_BODIES = {"authority", "commission", "committee", "summit", "assembly"}
#: A government body's name that names no state ("Federal Department of Economic Affairs", "Ministry of Economy").
_GOVERNMENT_BODY = re.compile(r"^(?:(?:Federal|State|National)\s+)?(?:Department|Ministry|Office|Secretariat)\s+(?:of|for)\s")
#: Words of a bare ministry's name, which stands for the one state the article names as an imposer.
_BODY_WORDS = {"treasury", "department", "ministry", "government", "administration", "cabinet", "office",
               "finance", "foreign", "affairs", "commerce", "state", "trade", "economy", "council"}


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines in brackets after a long name, mapped to the long name (without "the")."""
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        long, short = m.group(1), m.group(2)
        words = [w for w in re.split(r"[\s-]+", long) if w[:1].isupper()]
        letters = short.replace("-", "").upper()
        # the long name is the run of capitalised words whose initials spell the acronym, at its end
        # ("the U.S. Treasury's Office of Foreign Assets Control (OFAC)" -> "Office of Foreign Assets Control")
        if len(letters) <= len(words) and "".join(w[0] for w in words[-len(letters):]).upper() == letters:
            out[short] = long[_start_of(long, words, len(letters)):]
    return out


def _start_of(long: str, words: list[str], k: int) -> int:
    """The offset in ``long`` of the ``k``-th capitalised word from its end."""
    pos = len(long)
    for w in reversed(words[-k:]):
        pos = long.rfind(w, 0, pos)
    return pos


def _possessor(tok: Token, index: MentionIndex) -> str | None:
    """The actor that owns the name at ``tok`` ("Y's X" -> Y; "its X" -> the actor named just before)."""
    for c in tok.children:
        if c.dep_ != "poss":
            continue
        if c.lower_ in _PRONOUNS:
            before = index.before(c.idx, ["Organization", "Country"])
            return before[0].text if before else None
        text, kind = name_span(c, index)
        if kind in {"Organization", "Country", "Place"} or state_of(text) or c.pos_ == "PROPN":
            return text
    return None


def owners(doc: Doc, index: MentionIndex) -> dict[str, str]:
    """Names of organizations the article gives an owner: {X: Y} for "Y's X", {X: the actor named before} for "its X"."""
    out: dict[str, str] = {}
    for m in index.mentions:
        if m.type != "Organization":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        owner = _possessor(span.root, index)
        if owner and owner.lower() != m.text.lower():
            out.setdefault(_plain(m.text), owner)
    return out


def _plain(name: str) -> str:
    """``name`` without a leading "the"."""
    return name[4:] if name[:4].lower() == "the " else name


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", name.lower()) if w not in {"the", "of", "s"}}


def canonical_imposers(drafts: list[EventDraft], doc: Doc, index: MentionIndex,
                       header: str | None = None) -> list[EventDraft]:
    """``drafts`` with the imposer names that stand for one actor ("OFAC", "the Treasury's OFAC", "the U.S.
    Treasury") replaced by the one name the article ties them to (the state, else the parent body); a bare body
    name left over ("Treasury", "the Council") is the ``header``'s issuer when the release names one, else the
    owner of the one body the article names in full that holds it (``_named_body``); so is a government body's
    name that names no state ("the Federal Department of Economic Affairs") in a release with a ``header``."""
    if not any(d.kind == "Sanction" for d in drafts):
        return drafts
    short = once(doc, "sanction acronyms", lambda: acronyms(doc_text(doc)))  # read-only: asked twice per article
    owned = once(doc, "sanction owners", lambda: owners(doc, index))
    names = {d.imposer for d in drafts if d.imposer}
    states = sorted({s for n in names if (s := _state_named(n))})

    def canon(name: str, depth: int = 0) -> str:
        if depth > 4:
            return name
        name = _plain(name)
        if name in short:
            return canon(short[name], depth + 1)
        if name in owned:
            return canon(owned[name], depth + 1)
        if state := _leading_state(name):
            return state
        longer = [n for n in names if _plain(n) != name and _words(name) and _words(name) < _words(n)]
        if len(longer) == 1:
            return canon(longer[0], depth + 1)
        if _words(name) and _words(name) <= _BODY_WORDS and (header or len(states) == 1):
            return header or states[0]  # "Treasury", "the Council" in a release a header names; else beside one
            # state: that state's
        return name

    canonical = {n: canon(n) for n in names}
    spread = {c: {n for n in names if canonical[n] == c} for c in canonical.values()}
    out = []
    for d in drafts:
        imp = canonical.get(d.imposer) if d.imposer else None
        if imp is None or len(spread[imp]) < 2:  # one name only: keep the article's words, unless they
            imp = country_body(d.imposer) or d.imposer  # begin with the country's name ("U.S. Treasury")
        if imp and _words(imp) and _words(imp) <= _BODY_WORDS | _BARE_BODIES:  # "Treasury" in a release headed
            imp = header or _named_body(imp, index) or imp  # "NORWAY MINISTRY OF FINANCE"; "the Authority" named before
        elif imp and header and _GOVERNMENT_BODY.match(_plain(imp)) and not country_body(imp):
            imp = header  # "the Federal Department of Economic Affairs" in a release its state's office issues
        imp = _surface(imp, index) if imp else imp
        if imp != d.imposer and imp != d.target:
            d = replace(d, imposer=imp, participants=(imp, *d.participants[1:]))
        out.append(d)
    return out


def _named_body(name: str, index: MentionIndex) -> str | None:
    """The one state or organization whose body, named in full in the article, a bare name shortens ("the
    Council" after "the Council of the X Union"), else ``None``."""
    found = {owner for m in index.mentions if m.type == "Organization" and _words(name) < _words(m.text)
             and (owner := body_owner(m.text) or _leading_body(m.text))}
    return found.pop() if len(found) == 1 else None


def _leading_body(name: str) -> str | None:
    """The international body whose acronym begins a body's name ("ECOWAS Authority of Heads of State" -> ECOWAS),
    else ``None``."""
    first = _plain(name).split()[0] if name.split() else ""
    return first if first.isupper() and first.lower() in data_words("international_bodies.txt") else None


def _surface(name: str, index: MentionIndex) -> str:
    """The article's own name for an organization a body stands for, so the event resolves to a named actor:
    ``name`` when the article uses it (or it is a state), else a shorter name of it the article uses ("Security
    Council" for "United Nations Security Council")."""
    texts = {_plain(m.text) for m in index.mentions if m.type in {"Organization", "Country"}}
    if name in texts or lookup_country(name) is not None or state_of(name):
        return name
    low = name.lower()
    shorter = sorted((t for t in texts if len(t.split()) > 1 and low.endswith(" " + t.lower())), key=len, reverse=True)
    return shorter[0] if shorter else name


def _state_named(name: str) -> str | None:
    """The state an imposer's name is ("Ruritania", "the U.S.") or begins with ("U.S. Treasury"), else ``None``."""
    plain = _plain(name)
    return state_of(plain) if lookup_country(plain) is not None else country_body(plain)


def country_body(name: str | None) -> str | None:
    """The country a body's name begins with by the country's own name ("U.S. Department of the Treasury" ->
    United States; not a demonym: "Ruritanian Treasury" stays) or ends with ("Government of X"), else ``None``."""
    words = (name or "").split()
    for n in range(len(words) - 1, 0, -1):
        if (place := lookup_country(" ".join(words[:n]))) is not None:
            return state_of(place.name) or place.name
    body, _, owner = _plain(name or "").rpartition(" of ")
    if body and _words(body) <= _BODY_WORDS and (place := lookup_country(_plain(owner))) is not None:
        return state_of(place.name) or place.name  # "the Government of X", "Ministry of Foreign Affairs of X"
    return None


def _leading_state(name: str) -> str | None:
    """The state a government body's name begins with ("Ruritanian Finance Ministry" -> Ruritania), else ``None``."""
    words = name.split()
    if len(words) < 2:
        return None
    for n in range(len(words) - 1, 0, -1):
        if state := state_of(" ".join(words[:n])):
            return state
    return None


@cache
def _bodies() -> dict[str, str]:
    """Body names mapped to the state or organization they act for (``sanction_bodies.tsv``)."""
    return {body: owner for owner, names in word_classes("sanction_bodies.tsv").items() for body in names}


@cache
def body_owners() -> frozenset[str]:
    """The states and organizations government bodies act for, as ``body_owner`` names them ("European Union")."""
    return frozenset(_bodies().values())


@lru_cache(maxsize=8192)  # a pure function of the name, asked for every token and speaker pair
def body_owner(name: str) -> str | None:
    """The state or organization a government body or sanctions office acts for ("the Federal Council" ->
    Switzerland, "Security Council Committee" -> United Nations Security Council, "the Treasury's Office of
    Foreign Assets Control (OFAC)" -> United States), else ``None``."""
    plain = re.sub(r"\s*\(.*$|['’]s?$", "", _plain(name)).strip()  # "Office of X (OX", "the UN Council's"
    return _bodies().get(plain.lower()) or _bodies().get(re.sub(r"^.*['’]s\s+", "", plain).lower())


__all__ = ["acronyms", "body_owner", "canonical_imposers", "country_body", "owners"]
