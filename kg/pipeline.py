"""The build: ingest -> clean -> spaCy -> mentions and event drafts -> cross-article resolution -> store.

Per-article work (cleaning, NLP, extraction) is independent and cached by content hash; resolution across
articles is one explicit step over every cached article; the store is written one article graph at a
time, each in its own transaction, and only where the graph changed (an empty store is filled in one bulk load,
all or nothing). So a build over a folder that gained, changed or lost articles reads only those, and ends with
the same store as a fresh build.

Where the cores go: the articles are cleaned in a forked process while this one loads the spaCy model and the
gazetteers; the worker processes, forked after that, run spaCy and the extraction; each article's extraction
is cached as it comes back, while the workers read the rest. Resolution and the store writes come last, here,
with the resolved graph's quads made on a second thread while a third writes the article graphs. This process
does no cyclic garbage collection meanwhile (``kg.distributed.gc_paused``): it would walk everything the build
keeps, again and again.
"""
from __future__ import annotations

import hashlib
import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from kg.cache import Entry, ExtractionCache, cache_dir, fingerprint
from kg.errors import IngestError, NotFound
from kg.model import Article, CleanArticle, Extraction, Quad, Resolution
from kg.settings import Settings
from kg.store import EmbeddedStore, Store
from kg.store import diff_chunks
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
    cleaned, failed = _clean_each(articles)
    report.failed += [IngestError(source, reason) for source, reason in failed]
    return cleaned


def _clean_each(articles: Iterable[Article]) -> tuple[list[CleanArticle], list[tuple[str, str]]]:
    from kg.clean import clean

    out: list[CleanArticle] = []
    failed: list[tuple[str, str]] = []
    for a in articles:
        try:
            out.append(clean(a))
        except Exception as exc:  # one broken article must not cost the batch
            failed.append((a.source, f"could not clean the article: {exc!r}"))
    return out, failed


def clean_while_loading(articles: list[Article], settings: Settings, report: BuildReport) -> list[CleanArticle]:
    """``clean_all(articles)``; when the extraction will run here or in processes forked from here, the cleaning
    runs in a forked process while this one loads the spaCy model and the gazetteers, which both take a core."""
    import multiprocessing

    from kg.distributed import gc_resumed, in_fork, load_nlp

    if not articles or settings.dask or "fork" not in multiprocessing.get_all_start_methods():
        with gc_resumed():  # parsed pages leave reference cycles
            return clean_all(articles, report)
    with in_fork(_clean_forked, articles) as cleaned:
        load_nlp(settings)
        done, failed = cleaned()
    report.failed += [IngestError(source, reason) for source, reason in failed]
    return done


def _clean_forked(articles: list[Article]) -> tuple[list[CleanArticle], list[tuple[str, str]]]:
    """``_clean_each`` in a process forked inside ``gc_paused``; parsed pages leave reference cycles."""
    from kg.distributed import resume_gc_forked

    resume_gc_forked()
    return _clean_each(articles)


def iter_extractions(articles: Sequence[CleanArticle], settings: Settings) -> Iterator[tuple[int, Extraction]]:
    """Run spaCy over the article bodies and read mentions and event drafts from each Doc; yields (index in
    ``articles``, extraction) as soon as an article is read, so not in input order when several processes read."""
    if not articles:
        return
    from kg.distributed import extract_local, iter_on_dask

    reads = iter_on_dask(articles, settings, settings.dask) if settings.dask else extract_local(articles, settings)
    for i, (mentions, events) in reads:
        yield i, Extraction(articles[i], mentions, events)


def extract_all(articles: Sequence[CleanArticle], settings: Settings,
                on_article: Callable[[CleanArticle], None] | None = None) -> list[Extraction]:
    """Run spaCy over the article bodies and read mentions and event drafts from each Doc; in input order."""
    out: list[Extraction] = [None] * len(articles)  # type: ignore[list-item] - each slot is filled below
    for i, x in iter_extractions(articles, settings):
        out[i] = x
        if on_article:
            on_article(x.article)
    return out


def resolve(extractions: Sequence[Extraction]) -> Resolution:
    """Resolve mentions to entities and merge event drafts across articles (order-independent)."""
    from kg.events import merge_events
    from kg.resolve import resolve_entities

    extractions = sorted(extractions, key=lambda x: x.article.id)
    entities, lookup = resolve_entities(extractions)
    drafts = [(x.article.id, d) for x in extractions for d in x.events]
    events = merge_events(drafts, lookup)
    return Resolution(entities=entities, events=tuple(events), articles=tuple(x.article for x in extractions))


def _by_article(resolution: Resolution) -> dict[str, Resolution]:
    """Article id -> the part of ``resolution`` that article's graph is made from (its events and the entities
    it mentions, in the same order), so writing every article graph takes time linear in the corpus, not square."""
    events: dict[str, list] = {a.id: [] for a in resolution.articles}
    for event in resolution.events:
        for aid in dict.fromkeys(ev.article_id for ev in event.evidence):
            if aid in events:
                events[aid].append(event)
    entities: dict[str, dict] = {a.id: {} for a in resolution.articles}
    for key, ent in resolution.entities.items():
        for aid in ent.articles:
            if aid in entities:
                entities[aid][key] = ent
    return {a.id: Resolution(entities=entities[a.id], events=tuple(events[a.id]), articles=(a,))
            for a in resolution.articles}


def _quads_hash(quads: Sequence[object]) -> str:
    return hashlib.sha256("\n".join(sorted(str(q) for q in quads)).encode()).hexdigest()


def sync(entries: Sequence[Entry], store: Store, cache: ExtractionCache, report: BuildReport) -> Resolution:
    """Resolve all cached articles; rewrite the article graphs whose quads changed (or that the store
    lacks), then bring the resolved graph up to date with one diff update.

    The hash of each article graph last written is kept in one cache file, ``graphs``, removed before the first
    graph is written and written again once all are: a build killed in between rewrites every graph next time
    rather than trust a hash of a graph it may not have finished.

    The writes (and the cache files that record them) run in that order on a ``_Writer`` thread while this one
    computes the quads of the next graphs, and a forked process the resolved graph's: the writer is the slowest of
    the three, and so never waits for the resolved graph after the last article graph."""
    from kg.distributed import in_fork

    resolution = resolve([e.extraction for e in entries])
    present = set(store.graphs())
    with in_fork(_resolved_lines, resolution) as resolved:  # the other core makes the resolved graph meanwhile
        if not present and isinstance(store, EmbeddedStore):
            _add_all(resolution, store, cache, report, resolved)
            return resolution
        write = _Writer()
        try:
            _sync_graphs(resolution, store, cache, report, present, write)
            _sync_resolved(resolved(), store, cache, report, RESOLVED_GRAPH in present, write)
            write(store.load_ontology)
        finally:
            write.close()
    return resolution


def _article_graphs(resolution: Resolution, report: BuildReport,
                    hashes: dict[str, str]) -> Iterator[tuple[CleanArticle, list[Quad]]]:
    """Each article with its graph's quads, made one at a time; their count goes to ``report`` and their hash to
    ``hashes``."""
    own = _by_article(resolution)
    for article in resolution.articles:
        quads = article_quads(article, own[article.id])
        report.triples += len(quads)
        hashes[article.id] = _quads_hash(quads)
        yield article, quads


def _add_all(resolution: Resolution, store: EmbeddedStore, cache: ExtractionCache, report: BuildReport,
             resolved: Callable[[], list[str]]) -> None:
    """Fill an embedded store that holds no graph: every article graph and the resolved graph (its N-Quads lines,
    from ``resolved``) in one bulk load (all or none, ``EmbeddedStore.add_graphs``), the quads made as the loader
    takes them; then the ontology."""
    cache.remove_meta(_GRAPHS)  # what a deleted store's build left: nothing of it is in this store
    cache.remove_meta(_RESOLVED)
    hashes: dict[str, str] = {}

    def quads() -> Iterator[Quad]:
        for _, graph in _article_graphs(resolution, report, hashes):
            yield from graph
        report.triples += len(resolved())
        yield from _parse_lines(resolved())

    store.add_graphs(quads())
    report.written += len(resolution.articles)
    store.load_ontology()
    cache.put_meta(_GRAPHS, hashes)
    cache.put_meta(_RESOLVED, frozenset(resolved()))


def _sync_graphs(resolution: Resolution, store: Store, cache: ExtractionCache, report: BuildReport,
                 present: set[str], write: _Writer) -> None:
    old = cache.get_meta(_GRAPHS)
    written: dict[str, str] = old if isinstance(old, dict) else {}
    hashes: dict[str, str] = {}
    kept = old is not None  # the hashes file is still there
    for article, quads in _article_graphs(resolution, report, hashes):
        graph = article_iri(article.id).value
        if written.get(article.id) == hashes[article.id] and graph in present:
            continue
        if kept:
            write(cache.remove_meta, _GRAPHS)
            kept = False
        write(store.replace_graph, graph, quads)
        report.written += 1
    if hashes != old:
        write(cache.put_meta, _GRAPHS, hashes)


class _Writer:
    """Calls given to it run in order on one background thread, so the caller computes the next graph while the
    last is written (pyoxigraph and httpx release the GIL while they write). After a call fails the rest are
    skipped; ``close`` waits for the calls given and raises that failure."""

    def __init__(self, backlog: int = 64) -> None:
        self._calls: queue.Queue = queue.Queue(maxsize=backlog)  # bounds the quads waiting in memory
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self._thread.start()

    def __call__(self, fn: Callable[..., object], *args: object) -> None:
        self._calls.put((fn, args))

    def _run(self) -> None:
        while (call := self._calls.get()) is not None:
            if self._error is None:
                try:
                    call[0](*call[1])
                except BaseException as exc:  # handed to the caller by close()
                    self._error = exc

    def close(self) -> None:
        """Wait until every call given has run (or been skipped); raise the first failure."""
        self._calls.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


_GRAPHS = "graphs"  # cache meta: article id -> hash of the quads last written to its graph
_RESOLVED = "resolved-nquads"  # cache meta: the resolved graph last written, as N-Quads lines without the " ."


def _resolved_lines(resolution: Resolution) -> list[str]:
    """The resolved graph's quads as N-Quads lines without the " .", each once."""
    return [str(q) for q in resolved_quads(resolution)]


def _parse_lines(lines: Iterable[str]) -> Iterator[Quad]:
    """The quads of N-Quads ``lines`` written without the " ." (``_resolved_lines``)."""
    return ox.parse("".join(f"{line} .\n" for line in lines), format=ox.RdfFormat.N_QUADS)


def _sync_resolved(lines: list[str], store: Store, cache: ExtractionCache, report: BuildReport,
                   present: bool, write: _Writer) -> None:
    """Write the resolved graph (its N-Quads ``lines``, ``_resolved_lines``) through ``write``: the difference to
    what the cache says was last written, or all of it."""
    report.triples += len(lines)
    fresh = frozenset(lines)
    old = cache.get_meta(_RESOLVED)
    if isinstance(old, frozenset) and present:
        if old != fresh:
            removed, added = _parse_lines(old - fresh), _parse_lines(fresh - old)
            write(store.update_chunks, diff_chunks(RESOLVED_GRAPH, removed, added))
    else:
        write(store.replace_graph, RESOLVED_GRAPH, list(_parse_lines(lines)))
    if old != fresh:
        write(cache.put_meta, _RESOLVED, fresh)
        write(cache.remove_meta, "resolved")  # what kg before this format kept: the same graph as pyoxigraph Quads


def build(paths: Iterable[str | Path], settings: Settings, store: Store,
          on_article: Callable[[CleanArticle], None] | None = None,
          on_total: Callable[[int], None] | None = None) -> BuildReport:
    """Build or update the graph from files and folders into ``store``; returns counts and failures."""
    from kg.distributed import gc_paused

    with gc_paused():
        return _build(paths, settings, store, on_article, on_total)


def _build(paths: Iterable[str | Path], settings: Settings, store: Store,
           on_article: Callable[[CleanArticle], None] | None,
           on_total: Callable[[int], None] | None) -> BuildReport:
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
    fresh = clean_while_loading(todo, settings, report)
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
    for _, x in iter_extractions(fresh, settings):  # cached as they come, while the workers read the rest
        entry = Entry(x.article.id, x.article.article.content_hash, fp, roots[x.article.id], x)
        cache.put(entry)
        cached[entry.article_id] = entry
        report.extracted += 1
        if on_article:
            on_article(x.article)
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
    from kg.distributed import gc_paused

    with gc_paused():
        return _remove(articles, settings, store)


def _remove(articles: Iterable[str], settings: Settings, store: Store) -> BuildReport:
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
