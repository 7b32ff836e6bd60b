"""Ingest: real files in a temp dir -> Articles in a deterministic order, bad input -> IngestError."""
from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from kg.errors import IngestError
from kg.ingest import decode, iter_articles
from kg.model import Article
from kg.settings import Settings

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
STORY = "Trade talks resume in Porto Alto\n\nNegotiators from Freedonia and Sylvania met on Tuesday.\n"


def _run(paths: list, **settings) -> list[Article | IngestError]:
    return list(iter_articles(paths, Settings(**settings)))


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_ingest_folder_order_ids_and_formats(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", STORY)
    _write(tmp_path / "a" / "z story.htm", "<html><body><p>Talks.</p></body></html>")
    _write(tmp_path / "a" / "c.HTML", "<html><body><p>More talks.</p></body></html>")
    _write(tmp_path / "notes.md", "skipped")
    _write(tmp_path / "image.png", b"\x89PNG\x00\x00")
    _write(tmp_path / ".hidden" / "x.txt", STORY)
    out = _run([tmp_path])
    assert [(a.id, a.format) for a in out] == [("a-c", "html"), ("a-z-story", "html"), ("b", "text")]
    assert out[2].source == str(tmp_path / "b.txt")
    assert out[2].raw == STORY
    assert out[2].content_hash == hashlib.sha256(STORY.encode()).hexdigest()
    assert _run([tmp_path]) == out  # deterministic


@pytest.mark.parametrize(("name", "expected_id", "fmt"), [
    ("Trade Talks 2019.txt", "trade-talks-2019", "text"),
    ("story.html", "story", "html"),
    ("story.md", "story", "text"),  # an explicit file with an unknown extension is read as text
    ("story", "story", "text"),
])
def test_ingest_explicit_file(tmp_path: Path, name: str, expected_id: str, fmt: str) -> None:
    [article] = _run([_write(tmp_path / name, STORY)])
    assert (article.id, article.format, article.raw) == (expected_id, fmt, STORY)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("“Quoted” – café".encode("utf-8"), "“Quoted” – café"),
        ("\ufeffWith a BOM".encode("utf-8"), "With a BOM"),
        ("“Quoted” – café".encode("cp1252"), "“Quoted” – café"),  # Windows-1252 curly quotes and dash
        ("naïve".encode("latin-1"), "naïve"),
        ("“ok” ".encode("utf-8") + "’s".encode("cp1252"), "“ok” ’s"),  # mixed: UTF-8 with one cp1252 run
        ("utf-16 text".encode("utf-16"), "utf-16 text"),
    ],
)
def test_ingest_decode(data: bytes, text: str) -> None:
    assert decode(data) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"GIF89a\x00\x01\x02", "binary file (NUL bytes)"),
        (bytes(range(1, 32)) * 20, "undecodable"),
        (b"x" * 2000, "too large"),
    ],
)
def test_ingest_bad_file_is_an_error_and_the_batch_goes_on(tmp_path: Path, data: bytes, reason: str) -> None:
    _write(tmp_path / "a-bad.txt", data)
    _write(tmp_path / "b-good.txt", STORY)
    out = _run([tmp_path], max_article_bytes=1000)
    assert isinstance(out[0], IngestError) and out[0].reason.startswith(reason)
    assert out[0].source == str(tmp_path / "a-bad.txt") and "\n" not in out[0].reason
    assert isinstance(out[1], Article) and out[1].id == "b-good"


def test_ingest_broken_symlink_missing_path_and_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    locked = _write(tmp_path / "dir" / "locked.txt", STORY)
    _write(tmp_path / "dir" / "ok.txt", STORY)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # permissions do not stop root, so refuse this one file
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    out = _run([tmp_path / "dir", tmp_path / "missing", tmp_path / "dir" / "gone.txt"])
    assert [(type(x).__name__, getattr(x, "reason", "")) for x in out] == [
        ("IngestError", "broken symlink"),
        ("IngestError", "unreadable: Permission denied"),
        ("Article", ""),
        ("IngestError", "no such file or folder"),
        ("IngestError", "broken symlink"),
    ]


def test_ingest_jsonl(tmp_path: Path) -> None:
    rows = [
        {"maintext": "Negotiators met on Tuesday.", "title": "Talks resume", "url": "https://www.example.org/news/talks-resume",
         "date_publish": "2019-05-07 09:15:00", "source_domain": "example.org"},
        {"text": "Second story.", "published": "2019-05-08T10:00:00Z", "sitename": "Harbour News"},
        {"text": "Third story.", "date": "not a date", "outlet": "Ledger"},
    ]
    lines = [json.dumps(r) for r in rows]
    lines[2:2] = ["", "{not json", json.dumps({"title": "no text"}), json.dumps(["a", "list"])]
    _write(tmp_path / "crawl.jsonl", "\n".join(lines) + "\n")
    out = _run([tmp_path / "crawl.jsonl"])
    a, b, *errors, c = out
    assert (a.id, a.title, a.url, a.published, a.date_source, a.outlet, a.raw) == (
        "example-org-news-talks-resume", "Talks resume", "https://www.example.org/news/talks-resume",
        date(2019, 5, 7), "metadata", "example.org", "Negotiators met on Tuesday.")
    assert a.content_hash == hashlib.sha256(lines[0].encode()).hexdigest()
    assert (b.id, b.published, b.outlet, b.source) == ("crawl-2", date(2019, 5, 8), "Harbour News", f"{tmp_path / 'crawl.jsonl'}:2")
    assert (c.id, c.published, c.date_source, c.outlet) == ("crawl-7", None, None, "Ledger")
    assert [e.source.rsplit(":", 1)[1] for e in errors] == ["4", "5", "6"]
    assert [e.reason.split(":")[0].split(" (")[0] for e in errors] == ["bad JSON line", "no article text", "bad JSON line"]


def test_ingest_jsonl_line_too_large(tmp_path: Path) -> None:
    _write(tmp_path / "big.jsonl", json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "ok"}) + "\n")
    err, ok = _run([tmp_path], max_article_bytes=200)
    assert isinstance(err, IngestError) and err.reason.startswith("too large")
    assert ok.raw == "ok"


def test_ingest_duplicate_ids(tmp_path: Path) -> None:
    _write(tmp_path / "story.txt", STORY)
    _write(tmp_path / "story.html", "<p>Other</p>")
    out = _run([tmp_path, tmp_path / "story.txt"])
    assert [getattr(x, "id", None) for x in out] == ["story", "story-2", None]
    assert out[2].reason == "duplicate of article 'story-2'"  # story.html sorts first


def test_ingest_seeds() -> None:
    out = _run([SEEDS])
    assert [a.id for a in out] == [
        "000-afa16ad3a2b69436", "001-e8468adc1733f02c", "002-a4cd1bd7cde3f964",
        "003-a5e7469242a8ce20", "004-e22d92dd80c7b314",
    ]
    assert all(isinstance(a, Article) and a.format == "text" and a.published is None for a in out)
    assert "’" in out[0].raw
