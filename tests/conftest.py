"""Shared fixtures: a hand-built resolution, the seed graph built once by the real CLI, a live server."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import httpx
import pytest

from kg.model import Article, CleanArticle, Delegation, Entity, Event, Evidence, Resolution

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KG = [sys.executable, "-m", "kg.cli"]


def run_kg(*args: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
    """Run the kg CLI as a subprocess and return the completed process (text mode)."""
    env = {**os.environ, "COLUMNS": "200"}
    proc = subprocess.run([*KG, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600, **kw)
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture
def tiny_resolution() -> Resolution:
    """A small, hand-made resolution with other names than the seeds: two articles, one round of talks."""
    a1 = CleanArticle(Article("a1", "a1.txt", "raw"), body="Body one.", title="Talks open",
                      published=date(2019, 5, 6), date_source="byline")
    a2 = CleanArticle(Article("a2", "a2.txt", "raw"), body="Body two.", title="Talks end",
                      published=date(2019, 5, 7), date_source="text")
    ents = {
        "person/ana-ruiz": Entity("person/ana-ruiz", "Person", "Ana Ruiz", frozenset({"Ruiz", "Ana Ruíz"}),
                                  frozenset({"trade minister"}), frozenset({"country/chile"}), frozenset({"a1", "a2"})),
        "person/li-wen": Entity("person/li-wen", "Person", "Li Wen", frozenset({"Li"}), frozenset({"envoy"}),
                                frozenset({"country/china"}), frozenset({"a1"})),
        "country/chile": Entity("country/chile", "Country", "Chile", frozenset({"Chilean"}), articles=frozenset({"a1"})),
        "country/china": Entity("country/china", "Country", "China", articles=frozenset({"a1"})),
        "place/lima": Entity("place/lima", "Place", "Lima", articles=frozenset({"a1"})),
    }
    ev1 = Evidence("a1", "Chile and China held a first round of talks in Lima on Monday.", 0, 62, 0.9)
    ev2 = Evidence("a2", "The first round in Lima ended.", 0, 30, 0.6)
    talks = Event("negotiation/chile-china-round-1", "Negotiation", (ev1, ev2), date(2019, 5, 6), "stated",
                  "place/lima", ("country/chile", "country/china"), 1, "held",
                  delegations=(Delegation("negotiation-chile-china-round-1-chile", "country/chile", ("person/ana-ruiz",)),
                               Delegation("negotiation-chile-china-round-1-china", "country/china", ("person/li-wen",))),
                  cameo="046", label="Chile–China talks, round 1")
    said = Event("statement/a1-0", "Statement", (Evidence("a1", "Ruiz said the talks were useful.", 63, 95, 0.8),),
                 date(2019, 5, 6), "article", speaker="person/ana-ruiz", text="the talks were useful", cameo="010")
    return Resolution(ents, (talks, said), (a1, a2))


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles built once by the real CLI into an on-disk store (closed after the build)."""
    path = tmp_path_factory.mktemp("seed") / "store"
    run_kg("build", str(SEEDS), "--store", str(path), "--quiet")
    return path


@pytest.fixture(scope="session")
def seed_store(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """An in-process store opened on a copy of the seed graph."""
    from kg.store import EmbeddedStore

    copy = tmp_path_factory.mktemp("seedcopy") / "store"
    shutil.copytree(seed_store_path, copy)
    store = EmbeddedStore(copy)
    yield store
    store.close()


def free_port() -> int:
    """A TCP port free on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: str, tmp: Path, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """Start ``kg serve`` on a free port; return the process and its base URL once /health answers."""
    port = free_port()
    log = open(tmp / f"server-{port}.log", "w")
    proc = subprocess.Popen([*KG, "serve", "--store", store, "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env={**os.environ, **(env or {})})
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {(tmp / f'server-{port}.log').read_text()}")
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("server did not start within 60 s")


def stop_server(proc: subprocess.Popen) -> None:
    """Stop a server started by ``start_server``: terminate, then kill if it lingers."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def server(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """The real app served by uvicorn on 127.0.0.1 over a copy of the seed graph; yields its base URL."""
    tmp = tmp_path_factory.mktemp("server")
    copy = tmp / "store"
    shutil.copytree(seed_store_path, copy)
    proc, url = start_server(str(copy), tmp)
    yield url
    stop_server(proc)
