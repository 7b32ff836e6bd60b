"""Killable query workers: the HTTP service runs every query in a child process so a time limit really stops it.

pyoxigraph's ``Store.query`` has no timeout and a Python thread cannot be cancelled, so each worker is a
process (``python -m kg.workers PATH``) holding ``pyoxigraph.Store.read_only(PATH)``. A query goes to one idle
worker over its stdin; the worker serializes the answer with pyoxigraph's own writers (SPARQL results in the
format the client asked for, graphs as N-Triples), cut to ``max_rows``, and sends the bytes back on its stdout,
so the parent only passes them on. When the time limit passes, the worker is killed — the work stops with it —
and a fresh one is started in the background, so other clients are served by the remaining workers meanwhile.

SPARQL Update (only when the operator set ``update_token``) needs the store to itself: the pool waits for the
readers to finish, stops them, runs the update in a writer process under the same time limit, and restarts them.

Messages are length-prefixed pickles between this process and children it started itself.
"""
from __future__ import annotations

import logging
import os
import pickle
import queue
import select
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from kg.errors import KGError, QueryTimeout, QuerySyntaxError, StoreError
from kg.store import Dataset, QueryResult, Wire, note_truncated

log = logging.getLogger("kg.workers")
_HEADER = struct.Struct("!I")


def _send(fh: BinaryIO, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    fh.write(_HEADER.pack(len(data)) + data)
    fh.flush()


def _read_exact(fh: BinaryIO, n: int) -> bytes:
    chunks, left = [], n
    while left:
        chunk = fh.read(left)
        if not chunk:
            raise EOFError("worker closed its pipe")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _recv(fh: BinaryIO) -> Any:
    (n,) = _HEADER.unpack(_read_exact(fh, _HEADER.size))
    return pickle.loads(_read_exact(fh, n))


class Worker:
    """One child process serving queries (or, with ``write=True``, one update) on the store at ``path``."""

    def __init__(self, path: Path, write: bool = False, start_timeout: float = 60.0) -> None:
        args = [sys.executable, "-m", "kg.workers", str(path)] + (["--write"] if write else [])
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        try:
            hello = self._reply(time.monotonic() + start_timeout)
        except (TimeoutError, EOFError, OSError):
            self.kill()
            raise StoreError(f"a query worker could not open the store at {path}; see the server log") from None
        if hello[0] != "ready":
            self.kill()
            raise StoreError(hello[2])

    def _reply(self, deadline: float) -> Any:
        assert self.proc.stdout is not None
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([self.proc.stdout], [], [], left)[0]:
            raise TimeoutError
        return _recv(self.proc.stdout)

    def ask(self, request: dict[str, Any], deadline: float) -> Any:
        """Send ``request`` and return the reply; TimeoutError when ``deadline`` (monotonic) passes first."""
        assert self.proc.stdin is not None
        _send(self.proc.stdin, request)
        return self._reply(deadline)

    def stop(self, grace: float = 10.0) -> None:
        """Close the worker's input so it closes the store and exits; kill it if it takes longer than ``grace``."""
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            pass
        self.kill()

    def kill(self) -> None:
        """Stop the process now (the query it runs stops with it)."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for fh in (self.proc.stdin, self.proc.stdout):
            if fh is not None:
                fh.close()


class WorkerPool:
    """``size`` read-only workers on the store at ``path``; each request gets one, or a timeout error."""

    def __init__(self, path: str | Path, size: int = 2, timeout: float = 10.0) -> None:
        self.path, self.size, self.timeout = Path(path), max(1, size), timeout
        if not (self.path / "CURRENT").exists():
            raise StoreError(f"no store at {self.path}: build one first with `kg build ARTICLES --store {self.path}`")
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._write_lock = threading.Lock()
        self._closed = False
        for _ in range(self.size):
            self._idle.put(Worker(self.path))

    def _replace(self) -> None:
        def spawn() -> None:
            try:
                if not self._closed:
                    self._idle.put(Worker(self.path))
            except KGError:
                log.exception("could not restart a query worker")
        threading.Thread(target=spawn, name="kg-worker-spawn", daemon=True).start()

    def _call(self, worker: Worker, request: dict[str, Any], deadline: float) -> Any:
        try:
            reply = worker.ask(request, deadline)
        except TimeoutError:
            worker.kill()
            raise QueryTimeout(f"the query ran longer than {self.timeout:g} s and was stopped (setting query_timeout); "
                               "narrow it down or add a LIMIT") from None
        except (EOFError, OSError):
            worker.kill()
            raise StoreError("the query worker died; the server log has the details") from None
        if reply[0] == "ok":
            return reply[1]
        error = {"syntax": QuerySyntaxError, "store": StoreError}[reply[0]]
        raise error(reply[1])

    def run(self, request: dict[str, Any]) -> Any:
        """Run ``request`` on an idle worker within the time limit and return the worker's answer."""
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryTimeout(f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again later "
                               "(setting query_workers)") from None
        healthy = False
        try:
            answer = self._call(worker, request, deadline)
            healthy = True
            return answer
        except KGError as exc:
            healthy = worker.proc.poll() is None and not isinstance(exc, QueryTimeout)
            raise
        finally:
            if healthy:
                self._idle.put(worker)
            else:
                worker.kill()
                self._replace()

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL Update alone on the store: stop the readers, write, restart them."""
        with self._write_lock:
            deadline = time.monotonic() + self.timeout
            readers = []
            try:
                for _ in range(self.size):
                    readers.append(self._idle.get(timeout=max(0.0, deadline - time.monotonic())))
            except queue.Empty:
                raise QueryTimeout("the store stayed busy with queries; try the update again later") from None
            finally:
                for w in readers:
                    w.kill()
            try:
                writer = Worker(self.path, write=True)
                try:
                    self._call(writer, {"op": "update", "sparql": sparql, "base_iri": base_iri}, time.monotonic() + self.timeout)
                finally:
                    writer.stop()
            finally:
                for _ in range(self.size):
                    self._idle.put(Worker(self.path))

    def close(self) -> None:
        """Stop every idle worker (busy ones stop when their pipe closes)."""
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return


class PooledStore:
    """The store as the HTTP service sees it: every query in a killable worker, with time and row limits."""

    def __init__(self, path: str | Path, size: int = 2, timeout: float = 10.0, max_rows: int = 0) -> None:
        self.pool = WorkerPool(path, size, timeout)
        self.max_rows = max_rows

    def run(self, sparql: str, substitutions: dict[str, Any] | None = None, dataset: Dataset = Dataset(),
            max_rows: int | None = None, base_iri: str | None = None, fmt: str = "json") -> Wire:
        """The result of ``sparql`` as bytes serialized by the worker (solutions in ``fmt``, graphs as N-Triples),
        cut to ``max_rows`` (default: the store's limit; 0 = all)."""
        limit = self.max_rows if max_rows is None else max_rows
        return self.pool.run({"op": "query", "sparql": sparql, "substitutions": substitutions or None,
                              "dataset": dataset, "max_rows": limit, "base_iri": base_iri, "format": fmt})

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None,
              dataset: Dataset = Dataset()) -> QueryResult:
        """Run a query within the limits; a pyoxigraph result, as ``EmbeddedStore.query`` returns."""
        return note_truncated(self.run(sparql, substitutions, dataset)).parse()

    def query_all(self, sparql: str, substitutions: dict[str, Any] | None = None) -> QueryResult:
        """Like ``query``, with no row limit but the same time limit (exports and networks)."""
        return self.run(sparql, substitutions, max_rows=0).parse()

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL Update (checked by kg.safety before it gets here)."""
        self.pool.update(sparql, base_iri)

    def graphs(self) -> list[str]:
        """The names of all named graphs, sorted."""
        rows = self.run("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", max_rows=0).parse()
        return sorted(r["g"].value for r in rows)

    def quads(self) -> Iterator[Any]:
        """Every quad in the store."""
        import pyoxigraph as ox

        for r in self.run("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", max_rows=0).parse():
            yield ox.Quad(r["s"], r["p"], r["o"], r["g"])

    def close(self) -> None:
        """Stop the workers."""
        self.pool.close()


def _execute(store: Any, request: dict[str, Any]) -> Any:
    from kg.store import to_wire

    if request["op"] == "update":
        store.update(request["sparql"], request["base_iri"])
        store.flush()
        return None
    result = store.query(request["sparql"], request["substitutions"], request["dataset"], request["base_iri"])
    return to_wire(result, request["max_rows"], request["format"])


def main(argv: list[str]) -> None:
    """Worker process: open the store, then answer requests from stdin until it closes."""
    from kg.store import EmbeddedStore

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but replies on the pipe
    try:
        store = EmbeddedStore(argv[0], read_only="--write" not in argv)
    except KGError as exc:
        _send(stdout, ("error", "store", exc.message))
        return
    _send(stdout, ("ready",))
    while True:
        try:
            request = _recv(stdin)
        except EOFError:
            store.close()
            return
        try:
            _send(stdout, ("ok", _execute(store, request)))
        except QuerySyntaxError as exc:
            _send(stdout, ("syntax", exc.message))
        except (KGError, OSError, ValueError, RuntimeError) as exc:
            print(f"kg worker {os.getpid()}: {exc!r}", file=sys.stderr)
            _send(stdout, ("store", f"the store could not answer: {exc}"))


if __name__ == "__main__":
    main(sys.argv[1:])
