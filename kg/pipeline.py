"""The build: ingest -> clean -> spaCy -> mentions and event drafts -> cross-article resolution -> store.

Per-article work (cleaning, NLP, extraction) is independent; resolution across articles is one explicit
step; the store is written one article graph at a time, each in its own transaction.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import IngestError
from kg.model import CleanArticle, Extraction, Resolution
from kg.settings import Settings
from kg.store import Store
from kg.triples import all_quads
from kg.vocab import article_iri


@dataclass
class BuildReport:
    """What a build did: counts for the summary table and the articles that failed, with reasons."""

    articles: int = 0
    failed: list[IngestError] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    triples: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly report (the machine-readable list of skipped files included)."""
        return {"articles": self.articles, "failed": [{"source": e.source, "reason": e.reason} for e in self.failed],
                "entities": dict(self.entities), "events": dict(self.events), "triples": self.triples,
                "seconds": round(self.seconds, 3)}


def read_articles(paths: Iterable[str | Path], settings: Settings, report: BuildReport) -> list[CleanArticle]:
    """Ingest and clean every article; failures go into ``report.failed`` and the rest go on."""
    from kg.clean import clean
    from kg.ingest import iter_articles

    cleaned: list[CleanArticle] = []
    for item in iter_articles(paths, settings):
        if isinstance(item, IngestError):
            report.failed.append(item)
            continue
        try:
            cleaned.append(clean(item))
        except Exception as exc:  # one broken article must not cost the batch
            report.failed.append(IngestError(item.source, f"could not clean the article: {exc!r}"))
    return date_undated(cleaned, settings)


def date_undated(articles: list[CleanArticle], settings: Settings) -> list[CleanArticle]:
    """Date articles whose text gives no year, using the batch's median date as the reference."""
    from kg.clean import redate

    dated = sorted(a.published for a in articles if a.published and a.date_source != "inferred")
    reference = dated[len(dated) // 2] if dated else None
    return [redate(a, reference, settings) if a.published is None or a.date_source == "inferred" else a
            for a in articles]


def extract_all(articles: Sequence[CleanArticle], settings: Settings,
                on_article: Callable[[CleanArticle], None] | None = None) -> list[Extraction]:
    """Run spaCy over the article bodies and read mentions and event drafts from each Doc."""
    from kg.events import find_events
    from kg.mentions import find_mentions
    from kg.nlp import build_nlp

    nlp = build_nlp(settings)
    n_process = settings.processes if settings.processes > 0 else _cores()
    out: list[Extraction] = []
    docs = nlp.pipe((a.body for a in articles), batch_size=settings.batch_size, n_process=n_process)
    for article, doc in zip(articles, docs):
        mentions = find_mentions(doc)
        events = find_events(doc, mentions, article)
        out.append(Extraction(article, tuple(mentions), tuple(events)))
        if on_article:
            on_article(article)
    return out


def resolve(extractions: Sequence[Extraction]) -> Resolution:
    """Resolve mentions to entities and merge event drafts across articles."""
    from kg.events import merge_events
    from kg.resolve import resolve_entities

    entities, lookup = resolve_entities(extractions)
    drafts = [(x.article.id, d) for x in extractions for d in x.events]
    events = merge_events(drafts, lookup)
    return Resolution(entities=entities, events=tuple(events), articles=tuple(x.article for x in extractions))


def write(resolution: Resolution, store: Store, report: BuildReport) -> None:
    """Replace each article's named graph with what resolution says of it."""
    for article_id, quads in all_quads(resolution):
        store.replace_graph(article_iri(article_id).value, quads)
        report.triples += len(quads)
    store.load_ontology()


def build(paths: Iterable[str | Path], settings: Settings, store: Store,
          on_article: Callable[[CleanArticle], None] | None = None,
          on_total: Callable[[int], None] | None = None) -> BuildReport:
    """Build the graph from files and folders into ``store``; returns counts and failures."""
    start = time.perf_counter()
    report = BuildReport()
    articles = read_articles(paths, settings, report)
    if on_total:
        on_total(len(articles))
    extractions = extract_all(articles, settings, on_article)
    resolution = resolve(extractions)
    write(resolution, store, report)
    report.articles = len(articles)
    report.entities = Counter(e.type for e in resolution.entities.values())
    report.events = Counter(e.kind for e in resolution.events)
    report.seconds = time.perf_counter() - start
    return report


def _cores() -> int:
    import os

    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


