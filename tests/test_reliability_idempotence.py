"""Reliability, idempotence: building the same input twice, or in another order, gives an isomorphic graph
(compared graph by graph with rdflib's isomorphism, blank nodes included) (RELIABILITY.md)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg.store import EmbeddedStore
from tests.conftest import run_kg
from tests.test_reliability_crash import PLACES, _article

FILES = {f"{i:02d}-{city.lower()}.txt": _article(a, b, city, day, i)
         for i, ((a, b, city), day) in enumerate(zip(PLACES, ["Monday", "Tuesday", "Friday", "Monday", "Sunday",
                                                              "Tuesday"]))}


def _dataset(store: Path) -> dict[str, object]:
    """Graph name -> rdflib Graph of the store's quads (the store is opened read-only and released)."""
    st = EmbeddedStore(store, read_only=True)
    try:
        text = "\n".join(f"{q} ." for q in st.quads())
    finally:
        st.close()
    ds = Dataset()
    ds.parse(data=text, format="nquads")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def _assert_isomorphic(a: Path, b: Path) -> None:
    ga, gb = _dataset(a), _dataset(b)
    assert sorted(ga) == sorted(gb)
    for name in ga:
        assert isomorphic(ga[name], gb[name]), f"graph {name} differs"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("idem") / "articles"
    out.mkdir()
    for name, text in FILES.items():
        (out / name).write_text(text, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def once(folder: Path) -> Path:
    """The folder built once, in its sorted order."""
    store = folder.parent / "once"
    run_kg("build", *(str(p) for p in sorted(folder.iterdir())), "--store", str(store), "--quiet")
    return store


def test_reliability_idempotence_build_twice(folder: Path, once: Path, tmp_path: Path) -> None:
    store = tmp_path / "twice"
    files = [str(p) for p in sorted(folder.iterdir())]
    run_kg("build", *files, "--store", str(store), "--quiet")
    run_kg("build", *files, "--store", str(store), "--quiet")
    _assert_isomorphic(store, once)
    assert len(_dataset(store)) == len(FILES) + 2  # every article graph, the resolved graph and the ontology


@pytest.mark.parametrize("order", ["reversed", "interleaved", "in-two-builds"])
def test_reliability_idempotence_other_order(folder: Path, once: Path, tmp_path: Path, order: str) -> None:
    files = [str(p) for p in sorted(folder.iterdir())]
    store = tmp_path / order
    if order == "reversed":
        run_kg("build", *files[::-1], "--store", str(store), "--quiet")
    elif order == "interleaved":
        run_kg("build", *files[1::2], *files[::2], "--store", str(store), "--quiet")
    else:  # the second half first, then everything: an incremental build
        run_kg("build", *files[len(files) // 2:], "--store", str(store), "--quiet")
        run_kg("build", *files[::-1], "--store", str(store), "--quiet")
    _assert_isomorphic(store, once)
