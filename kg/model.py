"""The data that flows between stages: frozen dataclasses and RDF type aliases.

Article --clean--> CleanArticle --nlp+extract--> Extraction (mentions, event drafts, per article)
  --resolve (all articles)--> Resolution (entities, events) --triples--> quads in one graph per article.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, TypeAlias

import pyoxigraph as ox

Triple: TypeAlias = ox.Triple
Quad: TypeAlias = ox.Quad
Term: TypeAlias = "ox.NamedNode | ox.BlankNode | ox.Literal"

EntityType = Literal["Person", "Organization", "Country", "Place", "Delegation"]
EventKind = Literal["Negotiation", "Sanction", "Statement"]
DateBasis = Literal["stated", "article", "unknown"]
DateSource = Literal["metadata", "html-meta", "json-ld", "byline", "dateline", "text", "filename", "inferred", "unknown"]


@dataclass(frozen=True)
class Article:
    """One input document as read from disk, before any cleaning.

    ``id`` is stable across content changes (it comes from the file name or URL); ``content_hash``
    changes with the content. ``published`` is set only when the input carried metadata.
    """

    id: str
    source: str
    raw: str
    format: Literal["text", "html"] = "text"
    title: str | None = None
    url: str | None = None
    published: date | None = None
    date_source: DateSource | None = None
    outlet: str | None = None
    content_hash: str = ""


@dataclass(frozen=True)
class CleanArticle:
    """An article's body text with page chrome removed, captions kept apart, and its date."""

    article: Article
    body: str
    title: str | None
    captions: tuple[str, ...] = ()
    published: date | None = None
    date_source: DateSource = "unknown"
    byline: str | None = None
    dateline: str | None = None

    @property
    def id(self) -> str:
        return self.article.id


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the article, the sentence and its character span in the clean body."""

    article_id: str
    sentence: str
    start: int
    end: int
    confidence: float = 0.5


@dataclass(frozen=True)
class Mention:
    """A name as it appears in one article, typed, with the role and affiliation read next to it.

    ``affiliation`` is a surface form (a country, demonym or organization name), resolved later.
    """

    text: str
    type: EntityType
    start: int
    end: int
    sentence: int
    role: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class EventDraft:
    """An event as read in one article; actors are surface forms, resolved across articles later.

    ``date`` is already absolute (resolved against the article date); ``date_basis`` says whether the
    text stated it or it fell back to the article's date.
    """

    kind: EventKind
    evidence: Evidence
    date: date | None = None
    date_basis: DateBasis = "unknown"
    place: str | None = None
    participants: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()
    round: int | None = None
    status: Literal["held", "planned"] = "held"
    speaker: str | None = None
    addressee: str | None = None
    text: str | None = None
    imposer: str | None = None
    target: str | None = None
    measure: str | None = None
    members: tuple[tuple[str, str], ...] = ()
    cameo: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article by the NLP stage; input to cross-article resolution."""

    article: CleanArticle
    mentions: tuple[Mention, ...] = ()
    events: tuple[EventDraft, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A resolved actor or place: deterministic ``key`` (type/slug), canonical label, every alias seen."""

    key: str
    type: EntityType
    label: str
    aliases: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    affiliations: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Event:
    """A resolved event: actors are entity keys; one event may be reported by several articles."""

    key: str
    kind: EventKind
    evidence: tuple[Evidence, ...]
    date: date | None = None
    date_basis: DateBasis = "unknown"
    place: str | None = None
    participants: tuple[str, ...] = ()
    round: int | None = None
    status: Literal["held", "planned"] = "held"
    speaker: str | None = None
    addressee: str | None = None
    text: str | None = None
    imposer: str | None = None
    target: str | None = None
    measure: str | None = None
    delegations: tuple["Delegation", ...] = ()
    cameo: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class Delegation:
    """One side's delegation at one negotiation: the state it represents and its members (entity keys)."""

    key: str
    side: str
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resolution:
    """The output of cross-article resolution: entities and events, plus which article says what."""

    entities: dict[str, Entity] = field(default_factory=dict)
    events: tuple[Event, ...] = ()
    articles: tuple[CleanArticle, ...] = ()
