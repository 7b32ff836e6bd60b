"""Canned queries on the store and through `kg serve`, interleaved in one run: p50s and the endpoint / store ratio.

    .venv/bin/python -m bench.endpoint --triples 100000,1000000 --reps 15

The graphs are bench/synth.py's (built by ``bench.run.bench_load`` into ``--out``, kept there and reused by later
runs). The store side is what bench/run.py times: pyoxigraph's query plus serialization to SPARQL JSON. The endpoint
side is ``GET /queries/NAME`` with ``Accept: application/sparql-results+json``. Each rep times the store, then the
endpoint, so both see the same load on a shared machine.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

from bench.run import BIN, JSON_RESULTS, ROOT, bench_load, free_port, stop, wait_http


def ensure_store(target: int, out: Path) -> Path:
    """The folder of a synthetic store of about ``target`` triples, built once into ``out``."""
    path = out / f"store-{target}"
    if not (path / "CURRENT").exists():
        out.mkdir(parents=True, exist_ok=True)
        print(json.dumps(bench_load(target, out, with_kg_path=False)), flush=True)
        (out / f"synth-{target}.nq").unlink(missing_ok=True)
    return path


def measure(path: Path, reps: int, max_rows: int, limit: float, names: list[str] | None) -> dict[str, dict]:
    """p50 (ms) of every canned query on the store and through ``kg serve`` on ``path``, and their ratio."""
    from kg.queries import canned_queries
    from kg.store import EmbeddedStore

    port = free_port()
    env = {**os.environ, "KG_MAX_ROWS": str(max_rows), "KG_QUERY_TIMEOUT": str(limit)}
    srv = subprocess.Popen([str(BIN / "kg"), "serve", "--store", str(path), "--host", "127.0.0.1", "--port", str(port)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    store = EmbeddedStore(path, read_only=True)
    http = httpx.Client(timeout=limit + 30)
    out: dict[str, dict] = {}
    try:
        wait_http(url + "/health", srv)
        for name, cq in sorted(canned_queries().items()):
            if names and name not in names:
                continue

            def direct() -> bytes:
                return store.query(cq.sparql).serialize(format=ox.QueryResultsFormat.JSON)

            def endpoint() -> httpx.Response:
                r = http.get(f"{url}/queries/{name}", headers={"Accept": JSON_RESULTS})
                r.raise_for_status()
                return r

            rows = len(json.loads(direct())["results"]["bindings"])
            first = endpoint()
            s_times, e_times = [], []
            for _ in range(reps):
                t = time.perf_counter()
                direct()
                s_times.append(time.perf_counter() - t)
                t = time.perf_counter()
                endpoint()
                e_times.append(time.perf_counter() - t)
            s, e = statistics.median(s_times) * 1000, statistics.median(e_times) * 1000
            out[name] = {"rows": rows, "store_ms": round(s, 1), "endpoint_ms": round(e, 1), "ratio": round(e / s, 2),
                         "truncated": first.headers.get("x-kg-truncated")}
            print(f"  {name:13} {rows:>7,} rows  store {s:8.1f} ms  endpoint {e:8.1f} ms  {e / s:5.2f}x", flush=True)
    finally:
        http.close()
        store.close()
        stop(srv)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Canned-query latency: store vs kg endpoint, interleaved.")
    ap.add_argument("--triples", default="100000,1000000", help="Comma-separated synthetic graph sizes.")
    ap.add_argument("--reps", type=int, default=15, help="Timed runs per query and side (after one warm-up).")
    ap.add_argument("--max-rows", type=int, default=0, help="KG_MAX_ROWS for the server (bench/run.py uses 0).")
    ap.add_argument("--limit", type=float, default=30.0, help="KG_QUERY_TIMEOUT for the server, in seconds.")
    ap.add_argument("--queries", default="", help="Comma-separated canned query names (default: all).")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "endpoint")
    ap.add_argument("--json", type=Path, help="Also write the figures here.")
    args = ap.parse_args(argv)
    res = {}
    for size in [int(x) for x in args.triples.split(",") if x]:
        path = ensure_store(size, args.out)
        print(f"graph: {size} triples ({path})", flush=True)
        res[str(size)] = measure(path, args.reps, args.max_rows, args.limit,
                                 [q for q in args.queries.split(",") if q] or None)
    if args.json:
        args.json.write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
