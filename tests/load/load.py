"""A bounded load test of ``kg serve`` on 127.0.0.1: N concurrent clients for S seconds mixing canned queries, raw
SPARQL and ego networks, with one pathological query in flight from the start (it is stopped by the server's
time limit; the others must not stall behind it). Reports errors and p50/p99 latencies per kind.

    python -m tests.load.load --clients 64 --seconds 30            # builds the seeds, starts a server, runs
    python -m tests.load.load --url http://127.0.0.1:8000 --json out.json

``make loadtest`` runs the full 64 x 30 s; tests/test_reliability_load.py runs a 16 x 5 s smoke in the default suite.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

RAW = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "PREFIX kg: <https://w3id.org/kg-news/ontology#> SELECT ?e ?d WHERE { ?e a kg:Negotiation . "
    "OPTIONAL { ?e kg:date ?d } } LIMIT 50",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "ASK { ?s a ?type }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 100",
]
# a 4-way cartesian product: runs until the server's query_timeout stops it
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@dataclass
class LoadResult:
    """What one run measured; latencies in milliseconds."""

    clients: int
    seconds: float
    requests: int = 0
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    per_second: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    by_kind: dict[str, dict[str, float]] = field(default_factory=dict)
    slow_query_status: int = 0
    slow_query_seconds: float = 0.0
    completed_while_slow_in_flight: int = 0

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly copy."""
        return asdict(self)


def _pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))], 1)


async def _mix(client: httpx.AsyncClient) -> list[tuple[str, str, dict[str, str]]]:
    """(kind, path, params) requests to cycle through: every canned query, the raw queries, a few ego networks."""
    names = [q["name"] for q in (await client.get("/queries")).raise_for_status().json()]
    central = (await client.get("/network/central", params={"limit": "5"})).raise_for_status().json()
    mix = [("canned", f"/queries/{n}", {}) for n in names]
    mix += [("sparql", "/sparql", {"query": q}) for q in RAW]
    mix += [("ego", f"/ego/{a['id']}", {"radius": str(r)}) for a in central for r in (1, 2)]
    return mix


async def run_load(url: str, clients: int = 16, seconds: float = 5.0) -> LoadResult:
    """Run ``clients`` concurrent clients against ``url`` for ``seconds`` (plus one slow query); return the figures."""
    if urlsplit(url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"the load test only targets loopback, not {url!r}")
    result = LoadResult(clients, seconds)
    latencies: dict[str, list[float]] = {}
    limits = httpx.Limits(max_connections=clients + 1, max_keepalive_connections=clients + 1)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:
        mix = await _mix(client)
        slow_done = asyncio.Event()

        async def slow() -> None:
            start = time.perf_counter()
            r = await client.get("/sparql", params={"query": SLOW})
            result.slow_query_status = r.status_code
            result.slow_query_seconds = round(time.perf_counter() - start, 2)
            slow_done.set()

        async def one_client(k: int, stop: float) -> None:
            i = k
            while time.perf_counter() < stop:
                kind, path, params = mix[i % len(mix)]
                i += 1
                start = time.perf_counter()
                try:
                    r = await client.get(path, params=params)
                    ok, what = r.status_code < 400, f"{r.status_code} {path} {r.text[:200]}"
                except httpx.HTTPError as exc:
                    ok, what = False, f"{type(exc).__name__} {path}: {exc}"
                latencies.setdefault(kind, []).append((time.perf_counter() - start) * 1000)
                result.requests += 1
                if not slow_done.is_set():
                    result.completed_while_slow_in_flight += 1
                if not ok:
                    result.errors += 1
                    if len(result.error_samples) < 10:
                        result.error_samples.append(what)

        slow_task = asyncio.create_task(slow())
        await asyncio.sleep(0.2)  # the slow query reaches a worker first
        begin = time.perf_counter()
        await asyncio.gather(*(one_client(k, begin + seconds) for k in range(clients)))
        elapsed = time.perf_counter() - begin
        await slow_task
    every = [x for values in latencies.values() for x in values]
    result.per_second = round(result.requests / elapsed, 1)
    result.p50_ms, result.p99_ms = _pct(every, 50), _pct(every, 99)
    result.by_kind = {k: {"requests": len(v), "p50_ms": _pct(v, 50), "p99_ms": _pct(v, 99),
                          "mean_ms": round(statistics.fmean(v), 1)} for k, v in sorted(latencies.items())}
    return result


def _serve_seeds(tmp: Path) -> tuple[object, str]:
    """Build the seed articles into ``tmp`` and start ``kg serve`` on them; return (process, url)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.conftest import SEEDS, run_kg, start_server

    run_kg("build", str(SEEDS), "--store", str(tmp / "store"), "--quiet")
    return start_server(str(tmp / "store"), tmp)


def main(argv: list[str] | None = None) -> int:
    """Command line: run the load test and print (or write) the figures; exit 1 when any request failed."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", help="a running kg server on 127.0.0.1 (default: build the seeds and start one)")
    ap.add_argument("--clients", type=int, default=64)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    proc = None
    with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
        url = args.url
        if not url:
            proc, url = _serve_seeds(Path(tmp))
        try:
            result = asyncio.run(run_load(url, args.clients, args.seconds))
        finally:
            if proc is not None:
                proc.terminate()  # the server this run started, by its own handle
                proc.wait(timeout=30)
    figures = result.to_dict()
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 1 if result.errors or result.completed_while_slow_in_flight == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
