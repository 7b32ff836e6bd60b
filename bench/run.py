"""The benchmark: one command measures the build, its memory, loading and query latency, and writes BENCHMARKS.md.

    .venv/bin/python -m bench.run --n 300 --triples 100000,1000000

Steps (each figure in one run, medians and ratios taken within the run):

1. corpora of N and 10×N articles (seeds + generated, bench/corpus.py);
2. spaCy's own ``nlp.pipe`` over the cleaned bodies with ``n_process`` = cores, then ``kg build --processes 0``
   on the same files as a subprocess whose process tree is sampled for peak RSS;
3. synthetic graphs of about each ``--triples`` size (bench/synth.py), bulk-loaded with pyoxigraph, plus kg's
   own write paths (a fresh store's one bulk load, an update's ``replace_graph`` per article) at the smallest size;
4. every canned query, a radius-2 ego network (edge summaries with the service's cap and budget) and one of its
   edges' events, p50/p99 on the store directly, through ``kg serve``, and the same SPARQL against
   ``oxigraph serve-read-only`` on the same folder.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import psutil
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
EGO_RQ = Path(__file__).resolve().parent / "ego.rq"
JSON_RESULTS = "application/sparql-results+json"


# ---------------------------------------------------------------- timing and memory helpers

def percentiles(samples: list[float]) -> dict[str, float]:
    """p50 and p99 (linear interpolation) of ``samples`` in milliseconds, and how many there were."""
    s = sorted(samples)

    def pct(q: float) -> float:
        k = (len(s) - 1) * q
        lo, hi = int(k), min(int(k) + 1, len(s) - 1)
        return (s[lo] + (s[hi] - s[lo]) * (k - lo)) * 1000
    return {"p50": round(pct(0.5), 2), "p99": round(pct(0.99), 2), "n": len(s)}


def timed(fn: Callable[[], Any], reps: int, budget: float) -> dict[str, float]:
    """Run ``fn`` once to warm up, then up to ``reps`` times (at least 5) within about ``budget`` seconds."""
    fn()
    samples: list[float] = []
    deadline = time.perf_counter() + budget
    while len(samples) < reps and (len(samples) < 5 or time.perf_counter() < deadline):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return percentiles(samples)


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of ``proc`` and all its descendants, in bytes."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_sampled(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """Run ``cmd``; return (wall seconds, peak RSS of its process tree in bytes, stderr)."""
    wall, tree_peak, _, err = run_peaks(cmd, env)
    return wall, tree_peak, err


def run_peaks(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, int, str]:
    """Run ``cmd``; return (wall seconds, peak RSS of its process tree, peak RSS of the process alone, stderr).

    Both peaks in bytes, sampled every 50 ms; the process alone is what is left once forked workers exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, **(env or {})}, text=True)
    ps = psutil.Process(proc.pid)
    peak = own = 0
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True)
    reader.start()
    while proc.poll() is None:
        peak = max(peak, tree_rss(ps))
        try:
            own = max(own, ps.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    reader.join()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{''.join(err)[-3000:]}")
    return time.perf_counter() - start, peak, own, "".join(err)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited while starting: {url}")
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


# ---------------------------------------------------------------- 1-2: the build

def bodies(folder: Path) -> list[str]:
    """The cleaned bodies the build feeds spaCy, in the build's order."""
    from kg.clean import clean
    from kg.ingest import iter_articles
    from kg.settings import Settings

    return [clean(a).body for a in iter_articles([folder], Settings()) if not hasattr(a, "reason")]


def raw_pipe(texts: list[str], model: str, n_process: int, batch_size: int) -> float:
    """Seconds spaCy's own ``nlp.pipe`` takes over ``texts`` (model loaded beforehand, docs consumed)."""
    import spacy

    nlp = spacy.load(model)
    t = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
        pass
    return time.perf_counter() - t


def bench_build(n: int, out: Path, cores: int, reps: int = 3) -> dict[str, Any]:
    """Throughput and peak RSS of a fresh ``kg build`` of an N-article corpus, and raw nlp.pipe on the same texts:
    ``reps`` runs of each, interleaved (pipe, build, pipe, build ...), reported as medians."""
    from bench.corpus import write_corpus
    from kg.settings import Settings

    s = Settings()
    folder = write_corpus(out / f"corpus-{n}", n)
    texts = bodies(folder)
    words = sum(len(t.split()) for t in texts)
    store = out / f"build-{n}"
    report = out / f"build-{n}.json"
    cmd = [str(BIN / "kg"), "build", str(folder), "--store", str(store), "--processes", "0", "--quiet",
           "--report", str(report)]
    pipes, builds, walls, peaks = [], [], [], []
    for _ in range(reps):
        pipes.append(raw_pipe(texts, s.model, cores, s.batch_size))
        shutil.rmtree(store, ignore_errors=True)
        shutil.rmtree(store.with_name(store.name + ".cache"), ignore_errors=True)
        wall, peak, _ = run_sampled(cmd)
        rep = json.loads(report.read_text())
        builds.append(rep["seconds"])
        walls.append(wall)
        peaks.append(peak)
    pipe_s, build_s = statistics.median(pipes), statistics.median(builds)
    ratio = statistics.median(p / b for p, b in zip(pipes, builds))
    return {"articles": len(texts), "words": words, "reps": reps, "pipe_seconds": round(pipe_s, 2),
            "pipe_words_per_s": round(words / pipe_s), "build_seconds": round(build_s, 2),
            "build_wall_seconds": round(statistics.median(walls), 2), "build_words_per_s": round(words / build_s),
            "build_articles_per_s": round(len(texts) / build_s, 1), "ratio": round(ratio, 3),
            "ratios": [round(p / b, 3) for p, b in zip(pipes, builds)],
            "peak_rss_mb": round(statistics.median(peaks) / 2**20), "triples": rep["triples"],
            "failed": len(rep["failed"]), "command": " ".join(["kg", *cmd[1:]]).replace(str(ROOT) + "/", "")}


# ---------------------------------------------------------------- 3: synthetic graphs and loading

def bench_load(target: int, out: Path, with_kg_path: bool) -> dict[str, Any]:
    """Synthesise about ``target`` triples, bulk-load them; optionally time kg's own per-article write path."""
    from bench.synth import RESOLVED, article_graphs, ego_center, write_nquads

    n_articles = max(10, round(target / 100))  # about 103 quads per synthetic article (the resolved graph included)
    nq = out / f"synth-{target}.nq"
    t = time.perf_counter()
    quads, pools = write_nquads(nq, n_articles)
    gen_s = time.perf_counter() - t
    path = out / f"store-{target}"
    shutil.rmtree(path, ignore_errors=True)
    st = ox.Store(str(path))
    t = time.perf_counter()
    st.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    st.flush()
    load_s = time.perf_counter() - t
    total = len(st)
    del st
    res = {"articles": n_articles, "triples": total, "generate_seconds": round(gen_s, 1),
           "bulk_load_seconds": round(load_s, 2), "bulk_triples_per_s": round(total / load_s),
           "ego": ego_center(pools)}
    if with_kg_path:
        from kg.store import EmbeddedStore

        graphs = list(article_graphs(n_articles))
        n = sum(len(q) for _, q in graphs)
        for key, bulk in (("kg_write", False), ("kg_bulk", True)):
            kpath = out / f"store-{target}-kg"
            shutil.rmtree(kpath, ignore_errors=True)
            ks = EmbeddedStore(kpath)
            t = time.perf_counter()
            if bulk:  # a fresh build: every graph in one bulk load
                ks.add_graphs(q for _, quads in graphs for q in quads)
            else:  # an update: one transaction per article graph
                for aid, q in graphs:
                    if aid == RESOLVED:
                        ks._store.extend(q)
                    else:
                        ks.replace_graph(f"https://w3id.org/kg-news/id/article/{aid}", q)
            ks.flush()
            kg_s = time.perf_counter() - t
            ks.close()
            shutil.rmtree(kpath, ignore_errors=True)
            res |= {f"{key}_triples": n, f"{key}_seconds": round(kg_s, 2), f"{key}_triples_per_s": round(n / kg_s)}
    return res


# ---------------------------------------------------------------- 4: queries

def bench_queries(path: Path, ego: str, reps: int, budget: float, limit: float, skip: set[str]) -> dict[str, Any]:
    """p50/p99 of every canned query and a radius-2 ego network: store, kg serve, oxigraph serve.

    A query that the endpoint cannot answer within ``limit`` seconds is recorded as a timeout and added to
    ``skip`` (larger graphs then skip it too)."""
    from kg.ego import edge_detail, ego_network
    from kg.settings import Settings
    from kg.queries import canned_queries
    from kg.render import render
    from kg.store import EmbeddedStore

    kg_port, ox_port = free_port(), free_port()
    env = {**os.environ, "KG_MAX_ROWS": "0", "KG_QUERY_TIMEOUT": str(limit)}
    kg_srv = subprocess.Popen([str(BIN / "kg"), "serve", "--store", str(path), "--host", "127.0.0.1", "--port",
                               str(kg_port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    ox_srv = subprocess.Popen([str(BIN / "oxigraph"), "serve-read-only", "--location", str(path), "--bind",
                               f"127.0.0.1:{ox_port}", "--union-default-graph", "--timeout-s", "300"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kg_url, ox_url = f"http://127.0.0.1:{kg_port}", f"http://127.0.0.1:{ox_port}"
    store = EmbeddedStore(path, read_only=True)
    http = httpx.Client(timeout=limit + 30)
    results: dict[str, Any] = {}
    try:
        wait_http(kg_url + "/health", kg_srv)
        wait_http(ox_url + "/", ox_srv)

        def direct(sparql: str) -> Callable[[], Any]:
            return lambda: store.query(sparql).serialize(format=ox.QueryResultsFormat.JSON)

        def kg_get(url: str) -> Callable[[], Any]:
            def go() -> bytes:
                r = http.get(url, headers={"Accept": JSON_RESULTS})
                r.raise_for_status()
                return r.content
            return go

        def post(url: str, sparql: str) -> Callable[[], Any]:
            def go() -> bytes:
                r = http.post(url, content=sparql.encode(), headers={"Content-Type": "application/sparql-query",
                                                                     "Accept": JSON_RESULTS})
                r.raise_for_status()
                return r.content
            return go

        def fits(name: str, probe: Callable[[], Any]) -> bool:
            """One run through the endpoint, which stops a query at ``limit`` s; False (and noted) if it is slower."""
            if name in skip:
                results[name] = {"timeout": limit}
                return False
            t = time.perf_counter()
            try:
                probe()
            except httpx.HTTPError:
                pass
            if time.perf_counter() - t >= limit:
                results[name] = {"timeout": limit}
                skip.add(name)
                return False
            return True

        for name, cq in sorted(canned_queries().items()):
            if fits(name, kg_get(f"{kg_url}/queries/{name}")):
                rows = len(json.loads(direct(cq.sparql)())["results"]["bindings"])
                results[name] = {"rows": rows, "store": timed(direct(cq.sparql), reps, budget),
                                 "endpoint": timed(kg_get(f"{kg_url}/queries/{name}"), reps, budget),
                                 "oxigraph": timed(post(ox_url + "/query", cq.sparql), reps, budget)}
        ego_sparql = EGO_RQ.read_text().replace("?ego", f"<{ego}>")
        if fits("ego-sparql", post(kg_url + "/sparql", ego_sparql)):
            results["ego-sparql"] = {"rows": len(json.loads(direct(ego_sparql)())["results"]["bindings"]),
                                     "store": timed(direct(ego_sparql), reps, budget),
                                     "endpoint": timed(post(kg_url + "/sparql", ego_sparql), reps, budget),
                                     "oxigraph": timed(post(ox_url + "/query", ego_sparql), reps, budget)}
        ego_id = ego.split("/id/", 1)[1]
        if fits("ego-network", kg_get(f"{kg_url}/ego/{ego_id}?radius=2")):
            # the answer /ego gives with the service's settings: edge summaries, capped, hubs not expanded
            s = Settings.from_env(env)
            limits = {"max_nodes": s.ego_max_nodes, "budget": s.ego_budget, "auto_events": s.ego_events}
            g = ego_network(store, ego, radius=2, **limits)
            results["ego-network"] = {"rows": g.number_of_nodes(), "edges": g.number_of_edges(),
                                      **{k: g.graph[k] for k in ("max_nodes", "budget", "truncated", "dropped",
                                                                 "dropped_by_ring", "events")},
                                      "hubs": len(g.graph["hubs"]), "unexpanded": len(g.graph["unexpanded"]),
                                      "store": timed(lambda: render(ego_network(store, ego, radius=2, **limits),
                                                                    "json"), reps, budget),
                                      "endpoint": timed(kg_get(f"{kg_url}/ego/{ego_id}?radius=2"), reps, budget)}
            # one edge's events on demand: the centre's strongest relation through events
            u, v, _ = max([*g.out_edges(ego, data="n_events"), *g.in_edges(ego, data="n_events")],
                          key=lambda e: (e[2], e[0], e[1]))
            other = (v if u == ego else u).split("/id/", 1)[1]
            edge_url = f"{kg_url}/network/edge?from={ego_id}&to={other}"
            if fits("ego-edge", kg_get(edge_url)):
                d = edge_detail(store, ego, other)
                results["ego-edge"] = {"rows": sum(len(e["events"]) for e in d["edges"]), "other": other,
                                       "store": timed(lambda: json.dumps(edge_detail(store, ego, other)), reps, budget),
                                       "endpoint": timed(kg_get(edge_url), reps, budget)}
    finally:
        http.close()
        store.close()
        stop(kg_srv)
        stop(ox_srv)
    return results


# ---------------------------------------------------------------- report

def machine() -> str:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else "?"
    import spacy

    return (f"{cpu}, {psutil.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB RAM, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
            f"spaCy {spacy.__version__}, pyoxigraph {ox.__version__}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="kg benchmark: build, memory, loading, query latency.")
    ap.add_argument("--n", type=int, default=300, help="Articles in the small corpus (the large one is 10×).")
    ap.add_argument("--triples", default="100000,1000000", help="Comma-separated synthetic graph sizes.")
    ap.add_argument("--reps", type=int, default=50, help="Most timed runs per query and target.")
    ap.add_argument("--budget", type=float, default=6.0, help="Seconds per query and target after 5 runs.")
    ap.add_argument("--limit", type=float, default=20.0, help="Seconds after which a query counts as timed out.")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--md", type=Path, default=ROOT / "BENCHMARKS.md", help="Markdown file to update.")
    ap.add_argument("--skip-build", action="store_true", help="Only the graph and query figures.")
    ap.add_argument("--build-reps", type=int, default=3, help="Runs of raw nlp.pipe and of the build (medians).")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    command = "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:])
    res: dict[str, Any] = {"machine": machine(), "cores": cores, "command": command.strip(),
                           "date": time.strftime("%Y-%m-%d"), "build": {}, "graphs": {}}
    t0 = time.perf_counter()
    if not args.skip_build:
        for n in (args.n, args.n * 10):
            print(f"build: {n} articles", flush=True)
            res["build"][str(n)] = bench_build(n, args.out, cores, args.build_reps)
            print(json.dumps(res["build"][str(n)]), flush=True)
    sizes = [int(x) for x in args.triples.split(",") if x]
    skip: set[str] = set()
    for i, size in enumerate(sizes):
        print(f"graph: {size} triples", flush=True)
        load = bench_load(size, args.out, with_kg_path=i == 0)
        print(json.dumps(load), flush=True)
        queries = bench_queries(args.out / f"store-{size}", load["ego"], args.reps, args.budget, args.limit, skip)
        res["graphs"][str(size)] = {"load": load, "queries": queries}
        shutil.rmtree(args.out / f"store-{size}", ignore_errors=True)
        (args.out / f"synth-{size}.nq").unlink(missing_ok=True)
    res["seconds"] = round(time.perf_counter() - t0)
    (args.out / "results.json").write_text(json.dumps(res, indent=2))
    from bench.report import update_markdown

    update_markdown(args.md, res)
    print(f"done in {res['seconds']} s; results in {args.out / 'results.json'} and {args.md}")


if __name__ == "__main__":
    main()
