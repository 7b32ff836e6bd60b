"""Files and folders -> a stream of ``Article`` (or ``IngestError`` for input that cannot be read).

Reads ``.txt``, ``.html``/``.htm`` and ``.jsonl`` (one crawler record per line); folders are walked
recursively in sorted order, skipping other extensions and hidden entries. No NLP happens here:
bytes are decoded (UTF-8, falling back to Windows-1252 byte by byte), ids and hashes are computed,
and crawler metadata is copied onto the article. Bad input never stops the batch.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from dateutil import parser as du_parser

from kg.errors import IngestError
from kg.model import Article
from kg.settings import Settings
from kg.vocab import slug

TEXT_SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html"}
JSONL_SUFFIXES = {".jsonl"}
TEXT_FIELDS = ("text", "maintext")
DATE_FIELDS = ("date_publish", "published", "date")
OUTLET_FIELDS = ("source_domain", "outlet", "sitename")
_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r\f"} | {chr(c) for c in range(0x7F, 0xA0)}


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode bytes that are not UTF-8 as Windows-1252 (Latin-1 where undefined)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(_cp1252_char(b) for b in bad), err.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


codecs.register_error("kg-cp1252", _cp1252_fallback)


def decode(data: bytes) -> str:
    """Return ``data`` as text: UTF-8 (BOM allowed), UTF-16 with a BOM, else UTF-8 with Windows-1252
    for the bytes that are not UTF-8. Raise ``ValueError`` for binary or undecodable data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    elif b"\x00" in data:
        raise ValueError("binary file (NUL bytes)")
    else:
        text = data.decode("utf-8-sig", errors="kg-cp1252")
    controls = sum(ch in _CONTROL for ch in text)
    if controls > max(2, len(text) // 100):
        raise ValueError(f"undecodable: {controls} control characters")
    return text


def iter_articles(paths: Iterable[str | Path], settings: Settings) -> Iterator[Article | IngestError]:
    """Yield one ``Article`` per readable input, or an ``IngestError`` saying why an input was skipped.

    Files are read as given (an unknown extension is read as text); folders are walked recursively
    in sorted order and only ``.txt``, ``.html``, ``.htm`` and ``.jsonl`` files in them are read.
    """
    seen: dict[str, str] = {}  # article id -> content hash
    for arg in paths:
        root = Path(arg)
        if root.is_dir():
            files = [(p, _relative_id(p, root)) for p in _walk(root)]
        elif root.is_symlink() and not root.exists():
            yield IngestError(str(root), "broken symlink")
            continue
        elif not root.exists():
            yield IngestError(str(root), "no such file or folder")
            continue
        else:
            files = [(root, slug(root.stem))]
        for path, file_id in files:
            for item in _read(path, file_id, settings):
                yield _dedupe(item, seen) if isinstance(item, Article) else item


def _walk(root: Path) -> list[Path]:
    """Files under ``root`` with a known extension, sorted by relative path, hidden entries skipped."""
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            suffix = Path(name).suffix.lower()
            if not name.startswith(".") and (suffix in TEXT_SUFFIXES or suffix in JSONL_SUFFIXES):
                found.append(Path(folder, name))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _relative_id(path: Path, root: Path) -> str:
    return slug(str(path.relative_to(root).with_suffix("")))


def _read(path: Path, file_id: str, settings: Settings) -> Iterator[Article | IngestError]:
    """Articles from one file: a single article, or one per line of a ``.jsonl`` file."""
    source = str(path)
    if path.is_symlink() and not path.exists():
        yield IngestError(source, "broken symlink")
        return
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # opening a FIFO would block the build forever
            yield IngestError(source, "not a regular file (a pipe, socket or device)")
            return
        size = info.st_size
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl(path, file_id, settings)
            return
        if size > settings.max_article_bytes:
            yield IngestError(source, _too_large(size, settings))
            return
        data = path.read_bytes()
    except OSError as e:
        yield IngestError(source, f"unreadable: {e.strerror or e}")
        return
    if not data.strip():
        yield IngestError(source, "empty file")
        return
    try:
        text = decode(data)
    except ValueError as e:
        yield IngestError(source, str(e))
        return
    fmt = TEXT_SUFFIXES.get(path.suffix.lower(), "text")
    yield Article(id=file_id, source=source, raw=text, format=fmt, content_hash=_hash(data))  # type: ignore[arg-type]


def _read_jsonl(path: Path, file_id: str, settings: Settings) -> Iterator[Article | IngestError]:
    """One article per line of crawler output (news-please, trafilatura); bad lines become errors."""
    with path.open("rb") as f:
        for number, line in enumerate(f, 1):
            source = f"{path}:{number}"
            if not line.strip():
                continue
            if len(line) > settings.max_article_bytes:
                yield IngestError(source, _too_large(len(line), settings))
                continue
            try:
                record = json.loads(decode(line))
            except (ValueError, RecursionError) as e:
                yield IngestError(source, f"bad JSON line: {str(e).splitlines()[0]}")
                continue
            if not isinstance(record, dict):
                yield IngestError(source, f"bad JSON line: expected an object, got {type(record).__name__}")
                continue
            text = _first(record, TEXT_FIELDS)
            if not text or not text.strip():
                yield IngestError(source, f"no article text (none of the fields {', '.join(TEXT_FIELDS)})")
                continue
            url = _first(record, ("url",))
            published = _date(_first(record, DATE_FIELDS))
            yield Article(
                id=slug(url.split("://", 1)[-1].removeprefix("www.")) if url else f"{file_id}-{number}",
                source=source,
                raw=text,
                title=_first(record, ("title",)),
                url=url,
                published=published,
                date_source="metadata" if published else None,
                outlet=_first(record, OUTLET_FIELDS),
                content_hash=_hash(line.rstrip(b"\r\n")),
            )


def _first(record: dict[str, Any], names: Iterable[str]) -> str | None:
    """The first of ``names`` that holds a non-empty string in ``record``."""
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _date(value: str | None) -> date | None:
    """The date a crawler's date string names ("2019-05-10 08:30:00", ISO 8601, …), or ``None``."""
    if not value:
        return None
    try:
        return du_parser.parse(value).date()
    except (ValueError, OverflowError):
        return None


def _too_large(size: int, settings: Settings) -> str:
    return f"too large: {size} bytes > max_article_bytes={settings.max_article_bytes} (raise KG_MAX_ARTICLE_BYTES)"


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _dedupe(article: Article, seen: dict[str, str]) -> Article | IngestError:
    """The article with an id unique in this batch; an exact repeat of an earlier one becomes an error."""
    base, n = article.id, 1
    while article.id in seen:
        if seen[article.id] == article.content_hash:
            return IngestError(article.source, f"duplicate of article {article.id!r}")
        n += 1
        article = replace(article, id=f"{base}-{n}")
    seen[article.id] = article.content_hash
    return article
