"""Reliability, crash safety: after kill -9, a full disk or a locked store, the store opens, holds each article
entirely or not at all, and the next build completes the rest (RELIABILITY.md)."""
from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import EmbeddedStore
from kg.vocab import ONTOLOGY_GRAPH
from tests.conftest import KG, ROOT, run_kg

PLACES = [("Portugal", "Morocco", "Lisbon"), ("Norway", "Chile", "Oslo"), ("Peru", "Japan", "Lima"),
          ("Kenya", "Egypt", "Nairobi"), ("Canada", "Mexico", "Ottawa"), ("Spain", "Brazil", "Madrid")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]
N_ARTICLES = len(PLACES) * len(DAYS)


def _article(a: str, b: str, city: str, day: str, n: int) -> str:
    return (f"{a} and {b} resume talks in {city}\n\n{city.upper()}, May {n + 1}, 2019\n\n"
            f"{a} and {b} held a round of talks in {city} on {day}, officials said. "
            f"The {a} delegation was led by Foreign Minister Ana Silva, while Omar Haddad, {b}'s trade minister, "
            f"headed the other side. \"We came to find a solution,\" Silva told reporters in {city}.\n\n"
            f"On {day}, {a} imposed an export ban on timber against {b}, the finance minister said in a statement. "
            f"{b} said it would answer the sanctions.\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, set[str]]]:
    """A folder of N_ARTICLES articles and the quads of each graph of one uninterrupted build of it."""
    tmp = tmp_path_factory.mktemp("crash")
    folder = tmp / "articles"
    folder.mkdir()
    n = 0
    for a, b, city in PLACES:
        for day in DAYS:
            (folder / f"{n:02d}-{city.lower()}.txt").write_text(_article(a, b, city, day, n), encoding="utf-8")
            n += 1
    run_kg("build", str(folder), "--store", str(tmp / "reference"), "--quiet")
    return folder, _graphs(tmp / "reference")


def _graphs(store: Path) -> dict[str, set[str]]:
    """Graph name -> its quads as N-Quads lines (the ontology graph, whose blank nodes differ per load, left out).

    Opening the store at all is the first check: it must recover from whatever happened to it."""
    st = EmbeddedStore(store)
    try:
        out: dict[str, set[str]] = {}
        for q in st.quads():
            if q.graph_name.value != ONTOLOGY_GRAPH:
                out.setdefault(q.graph_name.value, set()).add(str(q))
        return out
    finally:
        st.close()


def _assert_whole_or_absent(store: Path, reference: dict[str, set[str]],
                            before: dict[str, set[str]] | None = None) -> int:
    """Every graph in ``store`` equals the reference build's graph of that name (or, when the store held an earlier
    build, ``before``'s graph of that name); return how many graphs there are."""
    got, before = _graphs(store), before or {}
    assert set(got) <= set(reference)
    for name, quads in got.items():
        assert quads in (reference[name], before.get(name)), f"graph {name} is partial"
    return len(got)


def _finish(folder: Path, store: Path, reference: dict[str, set[str]]) -> None:
    """The next build completes the rest: the store ends equal to the uninterrupted build."""
    run_kg("build", str(folder), "--store", str(store), "--quiet")
    assert _graphs(store) == reference


def _cache_files(store: Path) -> int:
    cache = store.with_name(store.name + ".cache")
    return len(list(cache.glob("*.pkl"))) if cache.exists() else 0


@pytest.mark.parametrize("stage", ["extracting", "writing"])
def test_reliability_crash_kill_9_during_build(corpus, tmp_path: Path, stage: str) -> None:
    """kill -9 of the real ``kg build`` while it reads articles, or while it writes their graphs."""
    folder, reference = corpus
    store = tmp_path / "store"
    if stage == "writing":  # every article extracted and cached, the store gone: this build only writes graphs
        run_kg("build", str(folder), "--store", str(store), "--quiet")
        shutil.rmtree(store)
    proc = subprocess.Popen([*KG, "build", str(folder), "--store", str(store), "--quiet", "--processes", "1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # extracting: kill once a third of the articles are cached; writing: kill once the store has data files
        # (the bulk loader's sorted files, or a write-ahead log with something in it)
        while proc.poll() is None:
            if stage == "extracting" and _cache_files(store) >= N_ARTICLES // 3:
                break
            if stage == "writing" and store.exists() and (any(store.glob("bulk-*")) or
                                                          sum(f.stat().st_size for f in store.glob("*.log")) > 0):
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode in (-signal.SIGKILL, 0)  # 0: the build won the race and finished first
    _assert_whole_or_absent(store, reference)
    _finish(folder, store, reference)


DRIVER = """
import os, signal, sys, threading, time
from kg.pipeline import build
from kg.settings import Settings
from kg.store import EmbeddedStore

folder, store, kill_at, delay = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
real, calls = EmbeddedStore.replace_graph, []

def replace_graph(self, graph, quads):
    calls.append(graph)
    if len(calls) == kill_at:  # SIGKILL lands while this graph's transaction runs (or just after it)
        threading.Timer(delay, os.kill, (os.getpid(), signal.SIGKILL)).start()
    real(self, graph, quads)
    if len(calls) == kill_at:  # a write can take less than the delay: wait here so no later graph is written
        time.sleep(5)

st = EmbeddedStore(store)
st.load_ontology()  # a store holding a graph: the build writes graph by graph (an empty one is bulk-loaded)
EmbeddedStore.replace_graph = replace_graph
build([folder], Settings(store=store, processes=1), st)
st.close()
"""


@pytest.mark.parametrize("kill_at, delay", [(1, 0.0), (N_ARTICLES // 2, 0.001), (N_ARTICLES, 0.0)])
def test_reliability_crash_kill_9_inside_a_graph_write(corpus, tmp_path: Path, kill_at: int, delay: float) -> None:
    """SIGKILL timed against the k-th graph transaction: that graph is in the store whole or not at all."""
    folder, reference = corpus
    store = tmp_path / "store"
    script = tmp_path / "driver.py"
    script.write_text(DRIVER, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(folder), str(store), str(kill_at), str(delay)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    written = _assert_whole_or_absent(store, reference)
    assert kill_at - 1 <= written <= kill_at
    _finish(folder, store, reference)


BULK_DRIVER = """
import os, signal, sys
from kg.pipeline import build
from kg.settings import Settings
from kg.store import EmbeddedStore

folder, store, where = sys.argv[1], sys.argv[2], sys.argv[3]
real = EmbeddedStore.add_graphs

def killed_halfway(quads):
    quads = list(quads)
    yield from quads[: len(quads) // 2]
    os.kill(os.getpid(), signal.SIGKILL)  # the loader has taken half the quads and written none yet
    yield from quads[len(quads) // 2 :]

def add_graphs(self, quads):
    if where == "middle":
        real(self, killed_halfway(quads))
    real(self, quads)
    os.kill(os.getpid(), signal.SIGKILL)  # loaded; the ontology and the cache's record of the graphs not yet

EmbeddedStore.add_graphs = add_graphs
st = EmbeddedStore(store)
build([folder], Settings(store=store, processes=1), st)
"""


@pytest.mark.parametrize("where", ["middle", "after"])
def test_reliability_crash_kill_9_inside_the_bulk_load(corpus, tmp_path: Path, where: str) -> None:
    """SIGKILL while a fresh store is bulk-loaded holds no graph; right after it, every graph whole."""
    folder, reference = corpus
    store = tmp_path / "store"
    script = tmp_path / "driver.py"
    script.write_text(BULK_DRIVER, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), str(folder), str(store), where],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    written = _assert_whole_or_absent(store, reference)
    assert written == (0 if where == "middle" else len(reference))
    _finish(folder, store, reference)


def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _mount_tmpfs(where: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@pytest.mark.parametrize("how", ["rlimit_fsize", "tmpfs"])
def test_reliability_crash_disk_full(corpus, tmp_path: Path, how: str) -> None:
    """The disk fills mid-build: a clear one-line error, the store still opens with whole articles, the next
    build (with room again) completes the rest."""
    folder, reference = corpus
    first = sorted(folder.iterdir())[:3]
    env = {**os.environ, "COLUMNS": "200", "PYTHONDONTWRITEBYTECODE": "1"}  # no half-written .pyc files
    if how == "tmpfs":
        mnt = tmp_path / "mnt"
        if not _mount_tmpfs(mnt, "2m"):
            pytest.skip("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN); rlimit_fsize covers a full disk")
        store, preexec = mnt / "store", None
    else:
        store, preexec = tmp_path / "store", _limit_file_size(150_000)
    try:
        subprocess.run([*KG, "build", *map(str, first), "--store", str(store), "--quiet"], cwd=ROOT, env=env,
                       capture_output=True, timeout=600, check=True)
        before = _graphs(store)
        proc = subprocess.run([*KG, "build", str(folder), "--store", str(store), "--quiet"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=600, preexec_fn=preexec)
        assert proc.returncode == 2, proc.stderr
        errors = [line for line in proc.stderr.splitlines() if line.strip()]
        assert len(errors) == 1 and errors[0].startswith("error: "), proc.stderr
        assert "Traceback" not in proc.stderr
        if how == "tmpfs":
            subprocess.run(["mount", "-o", "remount,size=256m", str(mnt)], check=True)
        _assert_whole_or_absent(store, reference, before)
        _finish(folder, store, reference)
    finally:
        if how == "tmpfs":
            subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_reliability_crash_locked_store(corpus, tmp_path: Path) -> None:
    """A store held by another process: the build stops at once with a clear one-line error and changes nothing."""
    folder, reference = corpus
    store = tmp_path / "store"
    holder = EmbeddedStore(store)
    try:
        proc = run_kg("build", str(folder), "--store", str(store), "--quiet", check=False)
    finally:
        holder.close()
    assert proc.returncode == 2
    [line] = [x for x in proc.stderr.splitlines() if x.strip()]
    assert line.startswith(f"error: cannot open the store at {store}") and "another kg process" in line
    assert _graphs(store) == {}
    _finish(folder, store, reference)
