"""The extraction stage on a Dask cluster: ``kg build --dask tcp://host:8786``.

Per-article work (spaCy, mentions, event drafts) is independent, so it can run anywhere kg and the spaCy model
are installed. Articles go to the workers in chunks of ``batch_size``; each worker process loads the spaCy
pipeline once and keeps it for every chunk it is given. Only what the NLP stage read comes back (mentions and
event drafts); the client keeps the articles, and cross-article resolution and the store stay on the client.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from kg.model import CleanArticle, EventDraft, Extraction, Mention
from kg.settings import Settings

Read = tuple[tuple[Mention, ...], tuple[EventDraft, ...]]


@cache
def load_nlp(settings: Settings):  # noqa: ANN202 - spacy.Language, imported lazily
    """The spaCy pipeline of ``settings`` with the gazetteers loaded, built once per process (and shared with
    processes forked after it)."""
    from kg.nlp import build_nlp, warm_gazetteers

    nlp = build_nlp(settings)
    warm_gazetteers()
    return nlp


def extract_chunk(articles: Sequence[CleanArticle], settings: Settings) -> list[Read]:
    """Mentions and event drafts of each article in ``articles`` (runs on a worker, in one process)."""
    from kg.events import find_events
    from kg.mentions import find_mentions

    out: list[Read] = []
    for article, doc in zip(articles, load_nlp(settings).pipe((a.body for a in articles), batch_size=settings.batch_size)):
        mentions = find_mentions(doc)
        out.append((tuple(mentions), tuple(find_events(doc, mentions, article))))
    return out


def extract_on_dask(articles: Sequence[CleanArticle], settings: Settings, address: str,
                    on_article: Callable[[CleanArticle], None] | None = None) -> list[Extraction]:
    """Run the NLP stage for ``articles`` on the Dask scheduler at ``address``; returns extractions in input order."""
    from distributed import Client, as_completed

    from kg.errors import SettingsError

    size = max(1, settings.batch_size)
    chunks = [list(articles[i:i + size]) for i in range(0, len(articles), size)]
    worker_settings = settings.with_(processes=1, dask="")
    try:
        client = Client(address, set_as_default=False, timeout=30)
    except OSError as exc:
        raise SettingsError(f"cannot reach the Dask scheduler at {address!r} (setting 'dask', env KG_DASK): {exc}") \
            from None
    results: dict[int, list[Read]] = {}
    with client:
        futures = client.map(extract_chunk, chunks, settings=worker_settings, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        for future in as_completed(futures, loop=client.loop):
            i = index[future.key]
            results[i] = future.result()
            future.release()
            if on_article:
                for a in chunks[i]:
                    on_article(a)
    return [Extraction(a, m, e) for i, chunk in enumerate(chunks) for a, (m, e) in zip(chunk, results[i])]
