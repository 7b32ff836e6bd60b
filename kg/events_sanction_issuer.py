"""The body that issues a press release, read off its page header: the imposer of what the release reports.

A government release names its issuer once, in the header ("NORWAY MINISTRY OF FINANCE", "From: Ministry of Foreign
Affairs of Iceland"), and then speaks of it as "Treasury", "the Ministry" or "the Foreign Secretary": those
bare names, which the article never ties to a state, stand for the state or bloc the header names.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg.events_lexicon import state_of
from kg.events_sanction_imposers import body_owner
from kg.gazetteer import country_by_code, lookup_country

#: How many lines a page header may take before the body begins.
_HEADER_LINES = 8
#: A header line's lead-in ("From: …", "Issued by …").
_LEAD_IN = re.compile(r"^\s*(?:from|issued\s+by|source)\s*:?\s*", re.I)
#: Words of a government body's name besides its state's ("Norway Ministry of Finance").
_BODY_WORDS = {"department", "treasury", "ministry", "office", "of", "the", "and", "for", "foreign", "affairs", "finance",
               "state", "government", "commerce", "trade", "economy", "cabinet", "federal", "council", "mission"}
_BODY_NOUNS = {"department", "treasury", "ministry", "office", "government", "cabinet", "council", "mission"}
#: Words of a state's formal name between a body and the state's own name ("… of the Republic of X").
_STATE_TITLE = {"republic", "people's", "kingdom", "the", "of"}
#: Lowercase words of the bare names a release gives its issuer or its minister ("Treasury", "the Foreign
#: Secretary", "the Department", "we").
_SELF_WORDS = {"treasury", "department", "ministry", "minister", "secretary", "foreign", "government", "office",
               "we", "state", "finance", "cabinet", "affairs", "commonwealth", "development", "the", "council"}

#: Words a minister's title adds to the bare names ("Minister of Foreign Affairs", "Minister for International Trade").
_TITLE_WORDS = {"of", "for", "and", "international", "trade", "export", "economic", "development"}


def issuer(text: str) -> str | None:
    """The state or organization whose body a release's header names, else ``None``."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:_HEADER_LINES]
    for line in lines:
        if len(line.split()) > 12:
            break  # the body has begun
        for part in _PARTS.split(line):  # "Government of X | Foreign Ministry": each part may name it
            name = _LEAD_IN.sub("", part).replace("&", "and").strip(" .:")
            bare = re.sub(r"\s+\(?[A-Z]{2,8}\)?$", "", name)  # "State Secretariat for X SECO": without its acronym
            if owner := body_owner(name) or body_owner(bare) \
                    or _state_body(name.title() if name.isupper() else name) or _domain_state(part):
                return owner
    return None


#: What separates the parts of a header line ("Government of X | Global Affairs X", "Ministry — Press office").
_PARTS = re.compile(r"\s+[|·•–—-]\s+")


#: A government's web domain in a page header ("GOV.UK", "Beehive.govt.nz", "www.dfat.gov.au", "home.treasury.gov").
_GOV_DOMAIN = re.compile(r"(?<![\w.])(?:[\w-]+\.)*(?:gov|govt|gc|gob|gouv|go)\.([a-z]{2})(?![\w.])|"
                         r"(?<![\w.])(?:[\w-]+\.)+gov(?![\w.])", re.I)


def _domain_state(line: str) -> str | None:
    """The state whose government's web domain a header line gives ("Beehive.govt.nz - Media Release": New Zealand;
    "home.treasury.gov": the United States), else ``None``."""
    m = _GOV_DOMAIN.search(line)
    if m is None:
        return None
    code = m.group(1) or "us"
    place = country_by_code(code) or lookup_country(code)
    return place.name if place else None


def _state_body(name: str) -> str | None:
    """The state a body's whole name begins or ends with ("Norway Ministry of Finance"; not a headline "Norway bans
    arms brokers"), else ``None``."""
    for of in re.finditer(r"\s+of\s+(?:the\s+)?", name):  # "Ministry of Foreign Affairs of the Republic of X"
        body = {w.lower() for w in name[: of.start()].split()} - _STATE_TITLE
        if body <= _BODY_WORDS and body & _BODY_NOUNS and (place := lookup_country(name[of.end() :])):
            return state_of(place.name) or place.name
    words = name.split()
    for n in range(1, min(4, len(words))):
        rest = {w.lower().strip(".,") for w in words[n:]}
        if rest <= _BODY_WORDS and rest & _BODY_NOUNS and (place := lookup_country(" ".join(words[:n]))):
            return state_of(place.name) or place.name
    return None


#: A preamble line that names the body enacting an act ("THE COUNCIL OF THE EUROPEAN UNION,").
_ENACTING = re.compile(r"^[ \t]*((?:THE|The)[ \t]+[A-Za-z .'’-]{3,80}),[ \t]*$", re.M)


def enacted_by(text: str) -> str | None:
    """The state or organization whose body an act's preamble names as enacting it ("THE COUNCIL OF THE EUROPEAN
    UNION," then "Having regard to …"), else ``None``."""
    for m in _ENACTING.finditer(text):
        name = m.group(1)
        if owner := body_owner(name.title() if name.isupper() else name):
            return owner
    return None


def issued_by(path: list[Token], text: str) -> list[str]:
    """The release's issuer for a measure whose nearest subject is a bare name of it ("The Foreign Secretary
    today designated …", "We have decided to impose …", "Today I have imposed …" outside quotes), else nothing;
    when the header names no state, the state whose sanctions law the measure is taken under ("under X's
    autonomous sanctions framework")."""
    subj = next((c for t in path if t.pos_ in {"VERB", "AUX"} for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or not (self_named(subj) or _self_titled(subj) or _first_person(subj)):
        return []
    owner = issuer(text) or _regime_owner(path)
    return [owner] if owner else []


def _first_person(tok: Token) -> bool:
    """True for "I" as the subject of a release's own sentence (not inside a quote)."""
    return tok.lower_ == "i" and own_words(tok)


def own_words(tok: Token) -> bool:
    """True for a word of a sentence without quote marks: the release's (or briefing's) own words, so that its "I"
    or "we" is the issuer's, not a quoted speaker's."""
    return not _QUOTES.intersection(tok.sent.text)


def _regime_owner(path: list[Token]) -> str | None:
    """The state owning the law or framework a measure is taken under ("imposed … under X's autonomous sanctions
    framework"), else ``None``."""
    for t in path:
        for prep in (c for c in t.subtree if c.dep_ == "prep" and c.lower_ == "under"):  # also "on X officers under"
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                for c in (c for c in obj.children if c.dep_ == "poss"):
                    if owner := state_of(c.doc[c.left_edge.i : c.i + 1].text):  # "New Zealand('s)"
                        return owner
    return None


_QUOTES = frozenset('"“”')


def _self_titled(tok: Token) -> bool:
    """True for a named person whose title is a bare name of the issuer's minister ("the Honourable A B, Minister
    of Foreign Affairs,", "Minister for Trade A B", "Foreign Affairs Minister A B"), not a named state's ("A B,
    Ruritania's Foreign Minister")."""
    titles = [list(c.subtree) for c in tok.children if c.dep_ in {"appos", "nmod"} and c.ent_type_ != "PERSON"]
    titles.append([t for t in tok.subtree if t.i < tok.i and t.ent_type_ != "PERSON"])  # "Foreign Minister A B"
    return tok.ent_type_ == "PERSON" and any(
        (words := {t.lower_ for t in title}) <= _SELF_WORDS | _TITLE_WORDS and words & {"minister", "secretary"}
        and not any(state_of(t.text) for t in title) for title in titles)


def self_named(tok: Token) -> bool:
    """True for a subject that is a bare name of the issuer or its minister ("Treasury", "The Foreign
    Secretary", "the Department", "we"), not a body of a named state ("the Ruritanian Treasury")."""
    words = {t.lower_ for t in tok.subtree if t.i <= tok.i}
    return bool(words) and words <= _SELF_WORDS and not any(state_of(t.text) for t in tok.subtree)


__all__ = ["enacted_by", "issued_by", "issuer", "own_words", "self_named"]
