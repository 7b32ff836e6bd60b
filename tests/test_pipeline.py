"""Incremental builds: only added or changed articles are read again, and the store ends as a fresh build's."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cache import ExtractionCache, cache_dir
from kg.errors import NotFound
from kg.pipeline import BuildReport, build, remove
from kg.settings import Settings
from kg.store import EmbeddedStore
from kg.vocab import ONTOLOGY_GRAPH, article_iri

ARTICLES = {
    "lisbon-talks.txt": (
        "Portugal and Morocco hold talks on fishing rights\n\n"
        "LISBON, May 6, 2019\n\n"
        "Portugal and Morocco held a first round of talks in Lisbon on Monday, officials said. "
        "The Portuguese delegation was led by Foreign Minister Ines Carvalho, while Youssef Benali, "
        "Morocco's trade minister, headed the Moroccan side.\n\n"
        "\"We came to find a solution,\" Carvalho told reporters after the meeting.\n"),
    "oslo-sanctions.txt": (
        "Norway imposes an export ban on Chile\n\n"
        "OSLO, June 3, 2019\n\n"
        "Norway imposed an export ban on timber against Chile on Monday, Finance Minister Sigrid Holm said. "
        "\"The measures will stay in place,\" Holm said in a statement.\n"),
    "lima-round.txt": (
        "Second round of talks in Lima\n\n"
        "LIMA, July 1, 2019\n\n"
        "Portugal and Morocco held a second round of talks in Lima on Monday. "
        "Ines Carvalho said both sides had agreed to meet again next month.\n"),
}
EXTRA = ("quito-statement.txt",
         "Ecuador urges calm\n\nQUITO, August 5, 2019\n\n"
         "Ecuador's president Mateo Salazar said on Monday that Norway should lift its export ban on Chile.\n")
CHANGED = ARTICLES["lima-round.txt"].replace("next month", "in Rabat in September")


def _settings(store: Path) -> Settings:
    return Settings(store=str(store), processes=1, today="2020-01-01")


def _build(folder: Path, store: Path) -> tuple[BuildReport, set[str]]:
    """Build ``folder`` into ``store``; return the report and the store's quads as N-Quads lines."""
    st = EmbeddedStore(store)
    try:
        rep = build([folder], _settings(store), st)
        return rep, _quads(st)
    finally:
        st.close()


def _quads(st: EmbeddedStore) -> set[str]:
    """The store's quads as N-Quads lines; the ontology graph (blank nodes relabelled on each load) as a count."""
    quads = {str(q) for q in st.quads() if q.graph_name.value != ONTOLOGY_GRAPH}
    return quads | {f"ontology quads: {sum(1 for q in st.quads() if q.graph_name.value == ONTOLOGY_GRAPH)}"}


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _fresh(folder: Path, tmp: Path) -> set[str]:
    """The quads of a fresh build of a copy of ``folder`` at the same path (a new store and cache)."""
    return _build(folder, tmp / "fresh-store")[1]


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path, BuildReport]:
    """A folder of three articles built once into a store; yields (folder, store, first report)."""
    folder = _write(tmp_path / "articles", ARTICLES)
    store = tmp_path / "store"
    rep, _ = _build(folder, store)
    return folder, store, rep


def test_pipeline_first_build_reads_every_article(built):
    _, _, rep = built
    assert (rep.articles, rep.extracted, rep.written, rep.removed, rep.failed) == (3, 3, 3, 0, [])
    assert rep.triples > 0


def test_pipeline_unchanged_folder_reads_nothing(built):
    folder, store, first = built
    rep, quads = _build(folder, store)
    assert (rep.articles, rep.extracted, rep.written, rep.removed) == (3, 0, 0, 0)
    assert rep.triples == first.triples


def _add(folder: Path) -> None:
    _write(folder, dict([EXTRA]))


def _change(folder: Path) -> None:
    _write(folder, {"lima-round.txt": CHANGED})


def _lose(folder: Path) -> None:
    (folder / "oslo-sanctions.txt").unlink()


def _add_change_lose(folder: Path) -> None:
    _add(folder)
    _change(folder)
    _lose(folder)


@pytest.mark.parametrize(("edit", "articles", "extracted", "removed"), [
    (_add, 4, 1, 0),
    (_change, 3, 1, 0),
    (_lose, 2, 0, 1),
    (_add_change_lose, 3, 2, 1),
], ids=["gained", "changed", "lost", "all-three"])
def test_pipeline_incremental_build_equals_fresh_build(built, tmp_path, edit, articles, extracted, removed):
    folder, store, _ = built
    edit(folder)
    rep, quads = _build(folder, store)
    assert (rep.articles, rep.extracted, rep.removed) == (articles, extracted, removed)
    assert quads == _fresh(folder, tmp_path)


@pytest.mark.parametrize("forget", [(), ("resolved-nquads",), ("graphs", "resolved-nquads")],
                         ids=["diff", "resolved-rewritten", "all-rewritten"])
def test_pipeline_graphs_the_store_holds_are_replaced_whole(built, tmp_path, forget):
    """A changed build writes the resolved graph as a diff (one update) or, when the cache forgot what it last
    wrote, replaces graphs the store already holds (drop and insert in one update); all end as a fresh build."""
    folder, store, _ = built
    _change(folder)
    for name in forget:
        ExtractionCache(cache_dir(_settings(store))).remove_meta(name)
    rep, quads = _build(folder, store)
    if "graphs" in forget:  # no hashes: every article graph is written again over the one the store holds
        assert rep.written == 3
    assert quads == _fresh(folder, tmp_path)


def test_pipeline_incremental_build_rewrites_only_changed_graphs(built):
    folder, store, _ = built
    _change(folder)
    rep, quads = _build(folder, store)
    # the changed article, plus any other whose graph moved through cross-article resolution
    assert 1 <= rep.written < 3
    assert any(str(article_iri("lima-round").value) in q for q in quads)


def test_pipeline_remove_drops_the_article_graph(built, tmp_path):
    folder, store, _ = built
    st = EmbeddedStore(store)
    try:
        rep = remove(["oslo-sanctions"], _settings(store), st)
        graphs = st.graphs()
        quads = _quads(st)
    finally:
        st.close()
    assert (rep.removed, rep.articles) == (1, 2)
    assert article_iri("oslo-sanctions").value not in graphs
    assert article_iri("lisbon-talks").value in graphs
    (folder / "oslo-sanctions.txt").unlink()
    assert quads == _fresh(folder, tmp_path)


@pytest.mark.parametrize("how", ["path", "iri"])
def test_pipeline_remove_accepts_path_or_iri(built, how):
    folder, store, _ = built
    name = str(folder / "lisbon-talks.txt") if how == "path" else article_iri("lisbon-talks").value
    st = EmbeddedStore(store)
    try:
        rep = remove([name], _settings(store), st)
        assert rep.removed == 1
        assert article_iri("lisbon-talks").value not in st.graphs()
    finally:
        st.close()


def test_pipeline_remove_unknown_article_is_not_found(built):
    _, store, _ = built
    st = EmbeddedStore(store)
    try:
        with pytest.raises(NotFound):
            remove(["no-such-article"], _settings(store), st)
    finally:
        st.close()


def test_pipeline_moved_folder_builds_like_fresh(built, tmp_path):
    folder, store, _ = built
    moved = tmp_path / "moved"
    shutil.copytree(folder, moved)
    rep, quads = _build(moved, store)
    assert (rep.articles, rep.extracted) == (3, 0)
    assert quads == _fresh(moved, tmp_path)


def test_pipeline_writer_runs_calls_in_order_and_raises_the_first_failure():
    from kg.pipeline import _Writer

    done: list[int] = []

    def fail(i: int) -> None:
        raise OSError(f"disk full at {i}")

    write = _Writer(backlog=2)
    for i in range(5):
        write(done.append, i)
    write(fail, 5)
    for i in range(6, 10):  # skipped: a write after a failed one would not have run either
        write(done.append, i)
    with pytest.raises(OSError, match="disk full at 5"):
        write.close()
    assert done == [0, 1, 2, 3, 4]


class _FailingStore(EmbeddedStore):
    """A real store whose second article graph write fails (a full disk, a lost connection), or whose bulk load
    fails halfway."""

    writes = 0

    def replace_graph(self, graph, quads):  # noqa: ANN001
        if graph.startswith(article_iri("").value):
            self.writes += 1
            if self.writes == 2:
                raise OSError("disk full")
        super().replace_graph(graph, quads)

    def add_graphs(self, quads):  # noqa: ANN001
        quads = list(quads)

        def half():
            yield from quads[: len(quads) // 2]
            raise OSError("disk full")
        super().add_graphs(half())


@pytest.mark.parametrize("holding", [True, False], ids=["graph-by-graph", "bulk-load"])
def test_pipeline_failed_graph_write_fails_the_build_and_the_next_build_repairs_it(tmp_path, holding):
    folder = _write(tmp_path / "articles", ARTICLES)
    store = tmp_path / "store"
    st = _FailingStore(store)
    if holding:  # a store that holds a graph is written graph by graph; an empty one in one bulk load
        st.load_ontology()
    try:
        with pytest.raises(OSError, match="disk full"):
            build([folder], _settings(store), st)
    finally:
        st.close()
    assert ExtractionCache(cache_dir(_settings(store))).get_meta("graphs") is None  # no hash of unwritten graphs
    if not holding:
        st = EmbeddedStore(store)
        assert st.graphs() == []  # a bulk load that failed left nothing
        st.close()
    rep, quads = _build(folder, store)
    assert rep.written == len(ARTICLES) and quads == _fresh(folder, tmp_path)
