"""Reliability, bad input: every bad article gets one line naming the file and the reason, every good one is built,
the exit code says some failed, and ``kg build --report FILE`` lists what was skipped and why (RELIABILITY.md)."""
from __future__ import annotations

import json
import os
import socket
import subprocess
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import iter_articles
from kg.model import Article
from kg.settings import Settings
from kg.store import EmbeddedStore
from kg.vocab import ONTOLOGY_GRAPH, RESOLVED_GRAPH, article_iri
from tests.conftest import KG, ROOT, run_kg

STORY = ("Portugal and Morocco hold talks on fishing rights\n\nLISBON, May 6, 2019\n\n"
         "Portugal and Morocco held a first round of talks in Lisbon on Monday, officials said. "
         "Foreign Minister Ines Carvalho led the Portuguese delegation.\n")
LATIN1 = "Le ministre français a déclaré à Genève que les négociations reprendraient lundi à Zürich.\n"
CP1252 = "The minister said \u201cwe will talk again\u201d \u2014 in Berlin on Monday \u2026 \u20ac5bn at stake.\n"
MEM = Path("/proc/self/mem")  # a regular file that even root cannot read from offset 0 (EIO)

# file name -> (bytes, reason the build gives, or None when the article is good)
GOOD: dict[str, bytes] = {
    "good.txt": STORY.encode(),
    "latin1.txt": LATIN1.encode("latin-1"),
    "cp1252.txt": CP1252.encode("cp1252"),
    "page.html": (b"<html><head><title>Talks in Oslo</title><script>var x = 1;</script></head>"
                  b"<body><article><p>Norway and Chile held talks in Oslo on Monday, officials said.</p>"
                  b"</article></body></html>"),
    "russian.txt": "Россия и Украина провели переговоры в Минске в понедельник.\n".encode(),
    "chinese.txt": "中国和美国周一在北京举行了贸易谈判。\n".encode(),
}
BAD: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n\t ", "empty file"),
    "binary.txt": (bytes(range(256)) * 16, "binary file"),
    "controls.txt": (b"abc" + b"\x01\x02\x03" * 100, "undecodable"),
}


def _make_corpus(folder: Path) -> dict[str, str]:
    """Write good and bad articles into ``folder``; return bad file name -> expected reason prefix."""
    folder.mkdir(parents=True)
    for name, data in GOOD.items():
        (folder / name).write_bytes(data)
    expected = {}
    for name, (data, reason) in BAD.items():
        (folder / name).write_bytes(data)
        expected[name] = reason
    with (folder / "huge.txt").open("wb") as fh:  # 50 MB, over the default max_article_bytes
        fh.truncate(50 * 1024 * 1024)
        fh.seek(0)
        fh.write(STORY.encode())
    expected["huge.txt"] = "too large"
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    expected["broken.txt"] = "broken symlink"
    os.mkfifo(folder / "pipe.txt")  # opening it for reading would block forever
    expected["pipe.txt"] = "not a regular file"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.txt"))
    sock.close()
    expected["sock.txt"] = "not a regular file"
    if MEM.exists():
        (folder / "unreadable.txt").symlink_to(MEM)
        expected["unreadable.txt"] = "unreadable"
    (folder / "odd [red]name].txt").write_bytes(b"")  # rich markup in a file name stays literal
    expected["odd [red]name].txt"] = "empty file"
    return expected


def _graphs(store: Path) -> set[str]:
    """The article graphs in the store (the ontology and resolved graphs left out)."""
    st = EmbeddedStore(store, read_only=True)
    try:
        return set(st.graphs()) - {ONTOLOGY_GRAPH, RESOLVED_GRAPH}
    finally:
        st.close()


def test_reliability_input_bad_files_skipped_good_ones_built(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    expected = _make_corpus(folder)
    report = tmp_path / "report.json"
    proc = subprocess.run([*KG, "build", str(folder), "--store", str(tmp_path / "store"), "--report", str(report),
                           "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=600,
                          env={**os.environ, "COLUMNS": "60"})  # a narrow terminal: lines must not wrap
    assert proc.returncode == 1, proc.stderr

    skipped = [line for line in proc.stderr.splitlines() if line.startswith("skipped ")]
    by_file = {Path(line.removeprefix("skipped ").split(": ", 1)[0]).name: line for line in skipped}
    assert set(by_file) == set(expected), proc.stderr
    for name, reason in expected.items():
        assert by_file[name] == f"skipped {folder / name}: " + by_file[name].split(": ", 1)[1]
        assert by_file[name].split(": ", 1)[1].startswith(reason), by_file[name]

    data = json.loads(report.read_text(encoding="utf-8"))
    failed = {Path(f["source"]).name: f["reason"] for f in data["failed"]}
    assert set(failed) == set(expected)
    assert all(failed[n].startswith(r) for n, r in expected.items()), failed
    assert data["articles"] == len(GOOD)
    assert _graphs(tmp_path / "store") == {article_iri(Path(n).stem).value for n in GOOD}


@pytest.mark.parametrize("name, text", [("latin1.txt", LATIN1), ("cp1252.txt", CP1252)])
def test_reliability_input_legacy_encodings_read_correctly(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_bytes(GOOD[name])
    [article] = iter_articles([tmp_path / name], Settings())
    assert isinstance(article, Article) and article.raw == text


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod 000 files; the /proc/self/mem case of "
                    "test_reliability_input_bad_files_skipped_good_ones_built covers a file root cannot read")
def test_reliability_input_chmod_000_is_unreadable(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(STORY, encoding="utf-8")
    locked.chmod(0)
    (tmp_path / "ok.txt").write_text(STORY + "More.\n", encoding="utf-8")
    out = list(iter_articles([tmp_path], Settings()))
    assert [(type(x).__name__, getattr(x, "reason", "")) for x in out] == [
        ("IngestError", "unreadable: Permission denied"), ("Article", "")]


def test_reliability_input_folder_of_thousands(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for i in range(40):
        sub = folder / f"d{i:02d}"
        sub.mkdir(parents=True)
        for j in range(75):
            (sub / f"f{j:03d}.txt").write_bytes(b"" if j % 2 else b"\x00\x01binary")
    good = [folder / "d00" / f"story-{k}.txt" for k in range(3)]
    for k, path in enumerate(good):
        path.write_text(STORY.replace("Monday", ["Monday", "Tuesday", "Friday"][k]), encoding="utf-8")
    report = tmp_path / "report.json"
    proc = run_kg("build", str(folder), "--store", str(tmp_path / "store"), "--report", str(report), "--quiet",
                  check=False)
    assert proc.returncode == 1
    data = json.loads(report.read_text(encoding="utf-8"))
    assert len(data["failed"]) == 3000 and data["articles"] == 3
    assert sum(line.startswith("skipped ") for line in proc.stderr.splitlines()) == 3000
    assert {f["reason"] for f in data["failed"]} == {"empty file", "binary file (NUL bytes)"}
    assert len(_graphs(tmp_path / "store")) == 3


def test_reliability_input_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"text": "unterminated\n[1, 2]\n{"title": "no text"}\n')
    out = list(iter_articles([bad], Settings()))
    assert all(isinstance(x, IngestError) for x in out) and len(out) == 3
    assert all("\n" not in x.message and x.source.startswith(str(bad)) for x in out)
