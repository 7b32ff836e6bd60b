"""The extraction stage: on a Dask cluster (a local one on 127.0.0.1) it gives what a local build gives; spaCy's
token embedder gets small batches (bounded memory) without changing what is read."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kg.distributed import EMBED_BATCH, embedder_batches, gc_paused, gc_resumed
from kg.pipeline import build
from kg.settings import Settings
from kg.store import EmbeddedStore
from kg.vocab import ONTOLOGY_GRAPH

ARTICLES = {
    "geneva.txt": ("Peru and Kenya hold talks\n\nGENEVA, March 4, 2021\n\n"
                   "Peru and Kenya held a first round of talks in Geneva on Monday. The Peruvian delegation was led "
                   "by Foreign Minister Lucia Paredes. \"We made progress,\" Paredes told reporters.\n"),
    "nairobi.txt": ("Kenya bans imports\n\nNAIROBI, March 9, 2021\n\n"
                    "Kenya imposed an import ban on steel against Peru on Tuesday, Trade Minister Otieno Wafula said. "
                    "\"The ban stays until the talks succeed,\" Wafula said.\n"),
}


def _build(folder: Path, store: Path, dask: str = "") -> tuple[int, set[str]]:
    st = EmbeddedStore(store)
    try:
        rep = build([folder], Settings(store=str(store), today="2022-01-01", dask=dask), st)
        return rep.extracted, {str(q) for q in st.quads() if q.graph_name.value != ONTOLOGY_GRAPH}
    finally:
        st.close()


@pytest.fixture(scope="module")
def cluster():
    """A local Dask cluster: one worker process on 127.0.0.1."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as c:
        yield c


def test_distributed_build_on_dask_equals_local_build(cluster, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    local = _build(folder, tmp_path / "local")
    remote = _build(folder, tmp_path / "dask", cluster.scheduler_address)
    assert remote[0] == local[0] == 2
    assert remote[1] == local[1]
    assert any("Paredes" in q for q in remote[1])


def test_distributed_extract_on_dask_keeps_input_order(cluster):
    from kg.clean import clean
    from kg.distributed import extract_on_dask
    from kg.model import Article
    from kg.pipeline import extract_all

    articles = [clean(Article(n, n, t)) for n, t in ARTICLES.items()]
    seen = []
    out = extract_on_dask(articles, Settings(batch_size=1), cluster.scheduler_address, on_article=seen.append)
    assert [x.article.id for x in out] == list(ARTICLES)
    assert sorted(a.id for a in seen) == sorted(ARTICLES)
    assert out == extract_all(articles, Settings(processes=1))


@pytest.mark.parametrize(("batch_size", "expected"), [(32, EMBED_BATCH), (EMBED_BATCH, EMBED_BATCH), (3, 3), (0, 1)])
def test_distributed_embedder_batches_bound_only_tok2vec(batch_size, expected):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("sentencizer")
    assert embedder_batches(nlp, batch_size) == {"tok2vec": {"batch_size": expected}}


def test_distributed_extract_chunk_same_whatever_the_embedder_batch(monkeypatch):
    import kg.distributed as d
    from kg.clean import clean
    from kg.model import Article

    articles = [clean(Article(n, n, t)) for n, t in ARTICLES.items()]
    s = Settings(processes=1)
    whole = d.extract_chunk(articles, s)
    monkeypatch.setattr(d, "EMBED_BATCH", 1)
    assert d.embedder_batches(d.load_nlp(s), s.batch_size)  # the configured model has a Tok2Vec to bound
    assert d.extract_chunk(articles, s) == whole
    assert any(m for m, _ in whole)


def test_distributed_gc_paused_survives_gc_enable_and_resumes_inside(tmp_path):
    """Collection stays paused when a library calls ``gc.enable()`` (spaCy's msgpack reader does); ``gc_resumed``
    turns it on for a while; the thresholds come back after, also after a whole build."""
    before = gc.get_threshold()
    with gc_paused():
        gc.enable()
        assert gc.get_threshold()[0] == 0
        with gc_resumed():
            assert gc.get_threshold() == before
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold() == before
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "geneva.txt").write_text(ARTICLES["geneva.txt"], encoding="utf-8")
    _build(folder, tmp_path / "store")
    assert gc.get_threshold() == before


def test_distributed_forked_workers_freeze_what_they_inherit():
    """A worker forked inside ``gc_paused`` collects garbage as usual, leaving out what it inherited."""
    import multiprocessing

    from kg import distributed as d
    from kg.settings import Settings

    before = gc.get_threshold()
    with gc_paused():
        with multiprocessing.get_context("fork").Pool(1, d._set_job, ([], Settings())) as pool:
            assert pool.apply(gc.get_freeze_count) > 0
            assert pool.apply(gc.get_threshold) == before
    assert gc.get_freeze_count() == 0
