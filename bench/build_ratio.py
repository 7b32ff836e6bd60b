"""Build throughput only: the ratio raw ``nlp.pipe`` time / ``kg build`` time, median of several runs.

    .venv/bin/python -m bench.build_ratio --n 60,600 --reps 3
    .venv/bin/python -m bench.build_ratio --n 60 --tree before=/tmp/kg-old --tree after=.
    .venv/bin/python -m bench.build_ratio --n 60,600 --corpora bench/out --tree before=/tmp/kg-old --tree after=.

Measures exactly what ``bench.run`` measures for the build (``bench.run.raw_pipe`` and a fresh
``kg build --processes 0``, ratio = pipe seconds / ``BuildReport.seconds``), but only that, and repeats it:
each repetition times raw ``nlp.pipe`` once and then a build with every ``--tree`` (a folder holding a ``kg``
package, put first on PYTHONPATH), interleaved, so trees are compared under the same load. Stores go to
``--out``. Each build also reports the peak RSS of its whole process tree and of the parent process alone
(``bench.run.run_peaks``). ``--corpora`` reads existing ``corpus-N`` folders there instead of writing them.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
from pathlib import Path

from bench.run import BIN, ROOT, bodies, raw_pipe, run_peaks


def build_once(folder: Path, store: Path, tree: Path) -> dict:
    """A fresh ``kg build --processes 0`` of ``folder`` with the ``kg`` package of ``tree``; its JSON report, with
    ``tree_peak_mib``, ``parent_peak_mib`` and ``cpu_s`` added (user + system seconds of the whole process tree,
    start-up included: on a shared machine a steadier comparison of trees than the wall time)."""
    shutil.rmtree(store, ignore_errors=True)
    shutil.rmtree(store.with_name(store.name + ".cache"), ignore_errors=True)
    report = store.with_suffix(".json")
    # -P: the working directory must not come before PYTHONPATH, or every tree would build with this checkout
    cmd = [str(BIN / "python"), "-P", "-m", "kg.cli", "build", str(folder), "--store", str(store), "--processes", "0",
           "--quiet", "--report", str(report)]
    env = {"PYTHONPATH": os.pathsep.join([str(tree), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    _, tree_peak, parent_peak, _ = run_peaks(cmd, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {**json.loads(report.read_text()), "tree_peak_mib": round(tree_peak / 2**20),
            "parent_peak_mib": round(parent_peak / 2**20), "cpu_s": round(cpu, 2)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", default="60,600", help="Comma-separated corpus sizes.")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--tree", action="append", default=[], metavar="NAME=PATH",
                    help="A source tree to build with (repeatable); default: this checkout.")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "ratio")
    ap.add_argument("--corpora", type=Path, default=None,
                    help="A folder of existing corpus-N folders to read (nothing is written there).")
    args = ap.parse_args(argv)
    from bench.corpus import write_corpus
    from kg.settings import Settings

    trees = dict(t.split("=", 1) for t in args.tree) or {"this": str(ROOT)}
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    s = Settings()
    args.out.mkdir(parents=True, exist_ok=True)
    summary = {}
    for n in (int(x) for x in args.n.split(",")):
        folder = args.corpora / f"corpus-{n}" if args.corpora else write_corpus(args.out / f"corpus-{n}", n)
        texts = bodies(folder)
        runs: dict[str, list[float]] = {name: [] for name in trees}
        cpus: dict[str, list[float]] = {name: [] for name in trees}
        peaks: dict[str, list[tuple[int, int]]] = {name: [] for name in trees}
        pipes: list[float] = []
        for rep in range(args.reps):
            pipe_s = raw_pipe(texts, s.model, cores, s.batch_size)
            pipes.append(pipe_s)
            for name, tree in trees.items():
                rep_json = build_once(folder, args.out / f"build-{n}-{name}", Path(tree).resolve())
                runs[name].append(rep_json["seconds"])
                cpus[name].append(rep_json["cpu_s"])
                peaks[name].append((rep_json["parent_peak_mib"], rep_json["tree_peak_mib"]))
                print(json.dumps({"n": n, "rep": rep, "tree": name, "pipe_s": round(pipe_s, 2),
                                  "build_s": rep_json["seconds"], "ratio": round(pipe_s / rep_json["seconds"], 3),
                                  "cpu_s": rep_json["cpu_s"], "triples": rep_json["triples"],
                                  "parent_peak_mib": rep_json["parent_peak_mib"],
                                  "tree_peak_mib": rep_json["tree_peak_mib"]}), flush=True)
        summary[n] = {name: {"median_ratio": round(statistics.median(p / b for p, b in zip(pipes, secs)), 3),
                             "median_build_s": round(statistics.median(secs), 2),
                             "median_cpu_s": round(statistics.median(cpus[name]), 2),
                             "median_parent_peak_mib": statistics.median(p for p, _ in peaks[name]),
                             "median_tree_peak_mib": statistics.median(t for _, t in peaks[name])}
                      for name, secs in runs.items()}
        summary[n]["pipe_s"] = round(statistics.median(pipes), 2)
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    sys.exit(main())
