"""Where the extraction stage runs: here, in processes forked from here, or on a Dask cluster.

Per-article work (spaCy, mentions, event drafts) is independent, so it can run anywhere kg and the spaCy model
are installed. Locally (``extract_local``) the model and the gazetteers are loaded once in this process and the
worker processes are forked from it, so they share both; each worker reads a range of the article list it
inherited and sends back only what the NLP stage read. On Dask (``kg build --dask tcp://host:8786``) articles go
to the workers in chunks of ``batch_size``; each worker process loads the spaCy pipeline once and keeps it for
every chunk it is given. Either way only mentions and event drafts come back; cross-article resolution and the
store stay on the client. Wherever it runs, spaCy's token embedder is fed at most ``EMBED_BATCH`` articles at a time,
so a worker's peak memory does not depend on ``batch_size`` or on the size of the corpus.
"""
from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import cache
from typing import Any, TypeVar

from kg.model import CleanArticle, EventDraft, Extraction, Mention
from kg.settings import Settings

Read = tuple[tuple[Mention, ...], tuple[EventDraft, ...]]
T = TypeVar("T")


@cache
def load_nlp(settings: Settings):  # noqa: ANN202 - spacy.Language, imported lazily
    """The spaCy pipeline of ``settings`` with the gazetteers and the extraction rules loaded, built once per
    process (and shared with processes forked after it)."""
    from kg.gazetteer import load_tables
    from kg.nlp import build_nlp, warm_gazetteers

    load_tables()  # read from the user's cache folder when an earlier run wrote them
    nlp = build_nlp(settings)
    warm_gazetteers()
    from kg import events, mentions  # noqa: F401 - the rules, imported once here rather than in each forked worker
    return nlp


def extract_chunk(articles: Sequence[CleanArticle], settings: Settings) -> list[Read]:
    """Mentions and event drafts of each article in ``articles`` (runs on a worker, in one process)."""
    from kg.events import find_events
    from kg.mentions import find_mentions

    nlp = load_nlp(settings)
    docs = nlp.pipe((a.body for a in articles), batch_size=settings.batch_size,
                    component_cfg=embedder_batches(nlp, settings.batch_size))
    out: list[Read] = []
    for article, doc in zip(articles, docs):
        mentions = find_mentions(doc)
        out.append((tuple(mentions), tuple(find_events(doc, mentions, article))))
    return out


EMBED_BATCH = 8  # articles per batch through a token embedder (spaCy's Tok2Vec); see embedder_batches


def embedder_batches(nlp, batch_size: int) -> dict[str, dict[str, int]]:  # noqa: ANN001 - spacy.Language
    """spaCy ``component_cfg`` giving each Tok2Vec component of ``nlp`` batches of at most ``EMBED_BATCH`` articles.

    A Tok2Vec keeps the activations of all its layers for the whole batch until the batch is done: about 7 MiB
    per article of 400 words with en_core_web_sm, 200 MiB per worker for a batch of 32, more than all the
    other components together. What it hands on (``doc.tensor``) is small, and its matrix products are as
    fast on 8 articles as on 32, so smaller batches bound a worker's peak memory whatever the batch size and the
    corpus, without changing the batches the other components see, the speed or the output."""
    from spacy.pipeline import Tok2Vec

    size = max(1, min(batch_size, EMBED_BATCH))
    return {name: {"batch_size": size} for name, pipe in nlp.pipeline if isinstance(pipe, Tok2Vec)}


_MIN_CHUNK = 4  # articles: smaller batches cost spaCy more per article than they save in balance


def chunk_ranges(n: int, n_process: int, batch_size: int) -> list[tuple[int, int]]:
    """(start, end) index ranges covering ``n`` articles for ``n_process`` workers taking them in turn. With one
    worker, ranges of ``batch_size``; with more, each range holds about a ``2 * n_process``-th of what is left (at
    most ``batch_size`` and an even share, at least ``_MIN_CHUNK``), so the ranges shrink towards the end and the
    workers finish together instead of one waiting for the other's last big batch."""
    if n_process == 1:
        return [(lo, min(n, lo + batch_size)) for lo in range(0, n, max(1, batch_size))]
    out, lo = [], 0
    even = -(-n // n_process)
    while lo < n:
        size = max(1, min(batch_size, even, max(_MIN_CHUNK, -(-(n - lo) // (2 * n_process)))))
        out.append((lo, min(n, lo + size)))
        lo += size
    return out


_JOB: tuple[Sequence[CleanArticle], Settings] | None = None  # in a forked worker: the articles it reads ranges of


def extract_local(articles: Sequence[CleanArticle], settings: Settings) -> Iterator[tuple[int, Read]]:
    """(index in ``articles``, what was read from it) for every article, in the order they are done: read in
    this process, or in ``settings.processes`` processes forked from it (0 = one per core)."""
    n_process = max(1, min(settings.processes if settings.processes > 0 else cores(), len(articles)))
    ranges = chunk_ranges(len(articles), n_process, settings.batch_size)
    load_nlp(settings)  # the model and the gazetteers, loaded once here and inherited by forked workers
    if n_process == 1:
        for lo, hi in ranges:
            with gc_resumed():  # spaCy's parser leaves reference cycles behind each batch
                reads = extract_chunk(articles[lo:hi], settings)
            yield from enumerate(reads, lo)
        return
    import multiprocessing

    # Each worker runs spaCy *and* reads mentions and event drafts, so this process only collects small results
    # instead of deserialising Docs. The articles reach the workers through the fork: only index ranges go out.
    with multiprocessing.get_context("fork").Pool(n_process, _set_job, (articles, settings)) as pool:
        for lo, reads in pool.imap_unordered(_extract_range, ranges):
            yield from enumerate(reads, lo)


def _set_job(articles: Sequence[CleanArticle], settings: Settings) -> None:
    global _JOB
    _JOB = (articles, settings)
    resume_gc_forked()  # forked inside gc_paused; spaCy's parser leaves reference cycles behind each batch


def _extract_range(bounds: tuple[int, int]) -> tuple[int, list[Read]]:
    if _JOB is None:
        raise RuntimeError("Unexpected extraction job in a process that extract_local did not start")
    articles, settings = _JOB
    lo, hi = bounds
    return lo, extract_chunk(articles[lo:hi], settings)


_GC_THRESHOLD = gc.get_threshold()  # what gc_paused sets back


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection in this process meanwhile (thresholds as before, after).

    A build's objects (the model, every extraction, the quads) live until it ends and hold few cycles, but each
    full collection walks all of them: 0.6-0.8 s of CPU after the workers at 600 articles, 0.1-0.2 s in the model
    load. The threshold is set to 0 rather than ``gc.disable()``, which spaCy's msgpack reader undoes.
    Processes forked meanwhile call ``resume_gc``; work here that leaves reference cycles runs in ``gc_resumed``."""
    global _GC_THRESHOLD
    before = gc.get_threshold()
    if before[0]:  # not already paused
        _GC_THRESHOLD = before
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def resume_gc() -> None:
    """In a process forked inside ``gc_paused``: collect garbage as usual again."""
    gc.set_threshold(*_GC_THRESHOLD)


def resume_gc_forked() -> None:
    """In a process just forked inside ``gc_paused``: collect garbage as usual again, never walking what it inherited.

    What the fork brought (the model, the gazetteers, the articles) lives as long as the worker, and the
    parent made it without collecting; ``gc.freeze`` leaves it out of the worker's collections, which would
    otherwise walk all of it at each full one (and touch its pages, no longer shared with the parent then)."""
    gc.freeze()
    resume_gc()


@contextmanager
def gc_resumed() -> Iterator[None]:
    """Inside ``gc_paused``: garbage collected as usual meanwhile (for work that leaves reference cycles)."""
    before = gc.get_threshold()
    resume_gc()
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextmanager
def in_fork(fn: Callable[..., T], *args: Any) -> Iterator[Callable[[], T]]:
    """Run ``fn(*args)`` meanwhile in a process forked from this one, or on a thread where this system cannot
    fork; yields a function that waits for the result and returns it. The arguments reach the child through the
    fork (never pickled, so a whole resolution costs nothing to send); the result comes back pickled. The
    child is stopped when the block ends."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        with ThreadPoolExecutor(1, thread_name_prefix="kg-in-fork") as pool:
            yield pool.submit(fn, *args).result
        return
    with multiprocessing.get_context("fork").Pool(1, _set_forked_call, (fn, args)) as pool:
        yield pool.apply_async(_forked_call).get


_FORKED_CALL: tuple[Callable[..., Any], tuple[Any, ...]] | None = None  # in_fork's child: what it runs


def _set_forked_call(fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
    global _FORKED_CALL
    _FORKED_CALL = (fn, args)


def _forked_call() -> Any:
    if _FORKED_CALL is None:
        raise RuntimeError("Unexpected call in a process that in_fork did not start")
    fn, args = _FORKED_CALL
    return fn(*args)


def cores() -> int:
    """The CPU cores this process may run on."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def iter_on_dask(articles: Sequence[CleanArticle], settings: Settings, address: str) -> Iterator[tuple[int, Read]]:
    """(index in ``articles``, what was read from it) for every article, read on the Dask scheduler at ``address``,
    in the order the chunks come back."""
    from distributed import Client, as_completed

    from kg.errors import SettingsError

    size = max(1, settings.batch_size)
    starts = range(0, len(articles), size)
    chunks = [list(articles[i:i + size]) for i in starts]
    worker_settings = settings.with_(processes=1, dask="")
    try:
        client = Client(address, set_as_default=False, timeout=30)
    except OSError as exc:
        raise SettingsError(f"cannot reach the Dask scheduler at {address!r} (setting 'dask', env KG_DASK): {exc}") \
            from None
    with client:
        futures = client.map(extract_chunk, chunks, settings=worker_settings, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        for future in as_completed(futures, loop=client.loop):
            i = index[future.key]
            reads = future.result()
            future.release()
            yield from enumerate(reads, starts[i])


def extract_on_dask(articles: Sequence[CleanArticle], settings: Settings, address: str,
                    on_article: Callable[[CleanArticle], None] | None = None) -> list[Extraction]:
    """Run the NLP stage for ``articles`` on the Dask scheduler at ``address``; returns extractions in input order."""
    out: list[Extraction] = [None] * len(articles)  # type: ignore[list-item] - each slot is filled below
    for i, (mentions, events) in iter_on_dask(articles, settings, address):
        out[i] = Extraction(articles[i], mentions, events)
        if on_article:
            on_article(articles[i])
    return out
