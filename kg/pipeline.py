"""The build: ingest -> clean -> spaCy -> mentions and event drafts -> cross-article resolution -> store.

Per-article work (cleaning, NLP, extraction) is independent and cached by content hash; resolution across
articles is one explicit step over every cached article; the store is written one article graph at a
time, each in its own transaction, and only where the graph changed. So a build over a folder that gained,
changed or lost articles reads only those, and ends with the same store as a fresh build.
"""
from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.cache import Entry, ExtractionCache, cache_dir, fingerprint
from kg.errors import IngestError, NotFound
from kg.model import Article, CleanArticle, Extraction, Resolution
from kg.settings import Settings
from kg.store import Store
from kg.store import diff_update
from kg.triples import article_quads, resolved_quads
from kg.vocab import RESOLVED_GRAPH, article_iri


@dataclass
class BuildReport:
    """What a build did: counts for the summary table and the articles that failed, with reasons."""

    articles: int = 0
    extracted: int = 0
    written: int = 0
    removed: int = 0
    failed: list[IngestError] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    triples: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly report (the machine-readable list of skipped files included)."""
        return {"articles": self.articles, "extracted": self.extracted, "written": self.written,
                "removed": self.removed,
                "failed": [{"source": e.source, "reason": e.reason} for e in self.failed],
                "entities": dict(self.entities), "events": dict(self.events), "triples": self.triples,
                "seconds": round(self.seconds, 3)}


def clean_all(articles: Iterable[Article], report: BuildReport) -> list[CleanArticle]:
    """Clean every article; an article that cannot be cleaned goes into ``report.failed``."""
    from kg.clean import clean

    out: list[CleanArticle] = []
    for a in articles:
        try:
            out.append(clean(a))
        except Exception as exc:  # one broken article must not cost the batch
            report.failed.append(IngestError(a.source, f"could not clean the article: {exc!r}"))
    return out


def extract_all(articles: Sequence[CleanArticle], settings: Settings,
                on_article: Callable[[CleanArticle], None] | None = None) -> list[Extraction]:
    """Run spaCy over the article bodies and read mentions and event drafts from each Doc."""
    if not articles:
        return []
    if settings.dask:
        from kg.distributed import extract_on_dask

        return extract_on_dask(articles, settings, settings.dask, on_article)
    from kg.distributed import extract_chunk, load_nlp

    n_process = settings.processes if settings.processes > 0 else _cores()
    n_process = max(1, min(n_process, len(articles)))
    # chunks of at most batch_size, and at least one per process
    size = max(1, min(settings.batch_size, -(-len(articles) // n_process)))
    chunks = [list(articles[i:i + size]) for i in range(0, len(articles), size)]
    load_nlp(settings)  # the model and the gazetteers, loaded once here and inherited by forked workers
    out: list[Extraction] = []

    def collect(chunk: list[CleanArticle], reads: list) -> None:
        for article, (mentions, events) in zip(chunk, reads):
            out.append(Extraction(article, mentions, events))
            if on_article:
                on_article(article)

    if n_process == 1:
        for chunk in chunks:
            collect(chunk, extract_chunk(chunk, settings))
        return out
    import multiprocessing

    # Each worker runs spaCy *and* reads mentions and event drafts, so this process only collects small
    # results instead of deserialising Docs and extracting from them while the workers want the cores.
    with multiprocessing.get_context("fork").Pool(n_process) as pool:
        for chunk, reads in zip(chunks, pool.imap(_extract, [(c, settings) for c in chunks])):
            collect(chunk, reads)
    return out


def _extract(job: tuple[list[CleanArticle], Settings]) -> list:
    from kg.distributed import extract_chunk

    return extract_chunk(*job)


def resolve(extractions: Sequence[Extraction]) -> Resolution:
    """Resolve mentions to entities and merge event drafts across articles (order-independent)."""
    from kg.events import merge_events
    from kg.resolve import resolve_entities

    extractions = sorted(extractions, key=lambda x: x.article.id)
    entities, lookup = resolve_entities(extractions)
    drafts = [(x.article.id, d) for x in extractions for d in x.events]
    events = merge_events(drafts, lookup)
    return Resolution(entities=entities, events=tuple(events), articles=tuple(x.article for x in extractions))


def _quads_hash(quads: Sequence[object]) -> str:
    return hashlib.sha256("\n".join(sorted(str(q) for q in quads)).encode()).hexdigest()


def sync(entries: Sequence[Entry], store: Store, cache: ExtractionCache, report: BuildReport) -> Resolution:
    """Resolve all cached articles; rewrite the article graphs whose quads changed (or that the store
    lacks), then bring the resolved graph up to date with one diff update."""
    resolution = resolve([e.extraction for e in entries])
    present = set(store.graphs())
    by_id = {e.article_id: e for e in entries}
    for article in resolution.articles:
        quads = article_quads(article, resolution)
        report.triples += len(quads)
        digest = _quads_hash(quads)
        graph = article_iri(article.id).value
        entry = by_id[article.id]
        if entry.graph_hash == digest and graph in present:
            continue
        store.replace_graph(graph, quads)
        cache.put(replace(entry, graph_hash=digest))
        report.written += 1
    new = resolved_quads(resolution)
    report.triples += len(new)
    old = cache.get_meta("resolved")
    if isinstance(old, frozenset) and RESOLVED_GRAPH in present:
        fresh = frozenset(new)
        if fresh != old:
            store.update(diff_update(RESOLVED_GRAPH, old - fresh, fresh - old))
    else:
        store.replace_graph(RESOLVED_GRAPH, new)
    cache.put_meta("resolved", frozenset(new))
    store.load_ontology()
    return resolution


def build(paths: Iterable[str | Path], settings: Settings, store: Store,
          on_article: Callable[[CleanArticle], None] | None = None,
          on_total: Callable[[int], None] | None = None) -> BuildReport:
    """Build or update the graph from files and folders into ``store``; returns counts and failures."""
    from kg.clean import settle_dates
    from kg.ingest import iter_articles

    start = time.perf_counter()
    report = BuildReport()
    cache = ExtractionCache(cache_dir(settings))
    fp = fingerprint(settings.model)
    cached = {e.article_id: e for e in cache.entries()}
    roots: dict[str, str] = {}
    sources_read: set[str] = set()
    source_of: dict[str, str] = {}
    todo: list[Article] = []
    for arg in paths:
        root = str(Path(arg).resolve())
        for item in iter_articles([arg], settings):
            if isinstance(item, IngestError):
                report.failed.append(item)
                continue
            roots[item.id] = root
            sources_read.add(item.source)
            source_of[item.id] = item.source
            old = cached.get(item.id)
            if not (old and old.content_hash == item.content_hash and old.fingerprint == fp):
                todo.append(item)
    fresh = clean_all(todo, report)
    fresh_ids = {a.id for a in fresh}
    keep = {i: e for i, e in cached.items() if i in roots and i not in fresh_ids}
    # dates inferred against the batch: a cached article whose inferred date moves is read again
    settled = settle_dates([*fresh, *(e.extraction.article for e in keep.values())], settings)
    for a in settled:
        if a.id in keep and a.published != keep[a.id].extraction.article.published:
            del keep[a.id]
    fresh = [a for a in settled if a.id not in keep]
    if on_total:
        on_total(len(fresh))
    for x in extract_all(fresh, settings, on_article):
        entry = Entry(x.article.id, x.article.article.content_hash, fp, roots[x.article.id], x)
        cache.put(entry)
        cached[entry.article_id] = entry
        report.extracted += 1
    for i, e in keep.items():
        if e.root != roots[i] or e.extraction.article.article.source != source_of[i]:
            cached[i] = _moved(e, roots[i], source_of[i])
            cache.put(cached[i])
    gone = [e for i, e in cached.items() if i not in roots and e.root in set(roots.values())
            and (e.extraction.article.article.source in sources_read
                 or not Path(e.extraction.article.article.source).exists())]
    for e in gone:
        _drop(e.article_id, store, cache, cached, report)
    resolution = sync(list(cached.values()), store, cache, report)
    report.articles = len(roots)
    report.entities = Counter(e.type for e in resolution.entities.values())
    report.events = Counter(e.kind for e in resolution.events)
    report.seconds = time.perf_counter() - start
    return report


def _moved(e: Entry, root: str, source: str) -> Entry:
    """``e`` read from ``source`` under ``root`` (a moved folder): same extraction, new source path."""
    ca = e.extraction.article
    article = replace(ca, article=replace(ca.article, source=source))
    return replace(e, root=root, extraction=replace(e.extraction, article=article))


def _drop(article_id: str, store: Store, cache: ExtractionCache, cached: dict[str, Entry],
          report: BuildReport) -> None:
    store.remove_graph(article_iri(article_id).value)
    cache.remove(article_id)
    cached.pop(article_id, None)
    report.removed += 1


def remove(articles: Iterable[str], settings: Settings, store: Store) -> BuildReport:
    """Drop articles (by id, source path or IRI) from the store, then re-resolve what is left."""
    start = time.perf_counter()
    report = BuildReport()
    cache = ExtractionCache(cache_dir(settings))
    cached = {e.article_id: e for e in cache.entries()}
    for name in articles:
        hits = [i for i, e in cached.items()
                if name in (i, article_iri(i).value, e.extraction.article.article.source)
                or str(Path(name).resolve()) == str(Path(e.extraction.article.article.source).resolve())]
        if not hits:
            raise NotFound(f"no article {name!r} in this store; give an article id, its source path or its IRI")
        for i in hits:
            _drop(i, store, cache, cached, report)
    sync(list(cached.values()), store, cache, report)
    report.articles = len(cached)
    report.seconds = time.perf_counter() - start
    return report


def _cores() -> int:
    import os

    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
