"""The extraction cache behind incremental builds.

For each article the cache keeps what the NLP stage read from it (an ``Extraction``), the content hash
and the extractor fingerprint it was read with, and the input root it came from; beside the entries, named
values (``put_meta``) keep what the build last wrote to the store (a hash per article graph, the resolved
graph). A build re-reads only articles whose content or extractor changed, re-runs the cheap
cross-article resolution over everything cached, and rewrites only graphs whose quads changed.
Each entry is one file written atomically (temporary file, then rename): a killed build loses nothing.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.model import Extraction
from kg.settings import Settings

_FORMAT = 1


@dataclass(frozen=True)
class Entry:
    """One cached article."""

    article_id: str
    content_hash: str
    fingerprint: str
    root: str
    extraction: Extraction


@cache
def fingerprint(model: str) -> str:
    """A hash of kg's extraction code, its data files and the model name: any change re-reads articles."""
    h = hashlib.sha256(f"{_FORMAT}:{model}".encode())
    pkg = Path(__file__).resolve().parent
    files = sorted([*pkg.glob("*.py"), *pkg.glob("components/*.py"), *pkg.glob("data/*")])
    for f in files:
        if f.name not in {"cli.py", "cache.py"} and f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def cache_dir(settings: Settings) -> Path:
    """Where the cache of ``settings.store`` lives: beside an embedded store, or under .kg-cache for a URL."""
    if settings.cache_dir:
        return Path(settings.cache_dir)
    if settings.remote:
        return Path(".kg-cache") / hashlib.sha256(settings.store.encode()).hexdigest()[:12]
    p = settings.store_path
    return p.with_name(p.name + ".cache")


class ExtractionCache:
    """Cached extractions, one pickle file per article id."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)

    def _path(self, article_id: str) -> Path:
        return self.folder / (hashlib.sha256(article_id.encode()).hexdigest()[:32] + ".pkl")

    def get(self, article_id: str) -> Entry | None:
        """The entry for ``article_id``, or None (also when the file is unreadable or from another format)."""
        entry = read_pickle(self._path(article_id))
        return entry if isinstance(entry, Entry) and entry.article_id == article_id else None

    def put(self, entry: Entry) -> None:
        """Write ``entry`` atomically."""
        write_pickle(self._path(entry.article_id), entry)

    def get_meta(self, name: str) -> object | None:
        """A named value kept beside the entries (e.g. the resolved graph last written), or None."""
        return read_pickle(self.folder / f"{name}.meta")

    def put_meta(self, name: str, value: object) -> None:
        """Keep ``value`` under ``name``, written atomically."""
        write_pickle(self.folder / f"{name}.meta", value)

    def remove_meta(self, name: str) -> None:
        """Forget the value kept under ``name``."""
        (self.folder / f"{name}.meta").unlink(missing_ok=True)

    def remove(self, article_id: str) -> None:
        """Forget ``article_id``."""
        self._path(article_id).unlink(missing_ok=True)

    def entries(self) -> list[Entry]:
        """Every cached entry, sorted by article id (unreadable files skipped)."""
        entries = (read_pickle(f) for f in self.folder.glob("*.pkl"))
        return sorted((e for e in entries if isinstance(e, Entry)), key=lambda e: e.article_id)


def read_pickle(path: Path) -> object | None:
    """The object pickled at ``path``, or None when it is missing, truncated or from another version."""
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def write_pickle(path: Path, value: object) -> None:
    """Pickle ``value`` to ``path`` atomically: a temporary file, synced, then renamed over it."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
