"""The only writer of the graph: one named graph per article, in embedded Oxigraph or a remote SPARQL server.

``open_store(settings)`` returns an ``EmbeddedStore`` for a folder and a ``RemoteStore`` for an http(s)
URL. Both write a graph in one transaction, so a crash leaves every article either entirely in the store or
not at all: the embedded store adds a graph it does not hold yet with ``pyoxigraph.Store.extend`` (one
transaction, no SPARQL text) and replaces one it holds with a single SPARQL Update (``DROP`` + ``INSERT
DATA``); the remote store sends that Update for every graph, streamed to the server as it is written. An
embedded store that holds no graph at all is filled in one bulk load (``EmbeddedStore.add_graphs``): all of it
or none.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Literal, Protocol

import httpx
import pyoxigraph as ox

from kg.errors import QueryTimeout, QuerySyntaxError, StoreError
from kg.model import Quad
from kg.results import RESULT_FORMATS
from kg.settings import Settings
from kg.vocab import ONTOLOGY_GRAPH

QueryResult = Any  # ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"


class Store(Protocol):
    """What the rest of kg needs from a store."""

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None) -> QueryResult: ...
    def query_all(self, sparql: str, substitutions: dict[str, Any] | None = None) -> QueryResult: ...
    def run(self, sparql: str, substitutions: dict[str, Any] | None = None, dataset: Dataset = ...,
            max_rows: int = 0, base_iri: str | None = None, fmt: str = "json") -> Wire: ...
    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None: ...
    def update(self, sparql: str) -> None: ...
    def update_chunks(self, chunks: Iterable[str]) -> None: ...
    def remove_graph(self, graph: str) -> None: ...
    def graphs(self) -> list[str]: ...
    def quads(self) -> Iterator[Quad]: ...
    def close(self) -> None: ...


Kind = Literal["solutions", "boolean", "graph"]

# Set by the HTTP app per request (a fresh list); any limited query that drops rows appends True to it,
# so routes that only call ``store.query`` still get the X-KG-Truncated header.
TRUNCATION: ContextVar[list[bool] | None] = ContextVar("kg_truncation", default=None)


@dataclass(frozen=True)
class Dataset:
    """A protocol-specified RDF dataset (default-graph-uri / named-graph-uri); empty means the union of all graphs."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)

    def query_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``pyoxigraph.Store.query``."""
        if not self:
            return {"use_default_graph_as_union": True}
        return {"default_graph": [ox.NamedNode(g) for g in self.default_graphs],
                "named_graphs": [ox.NamedNode(g) for g in self.named_graphs]}


@dataclass(frozen=True)
class Wire:
    """A query result as bytes: SPARQL results in ``format`` (solutions, boolean) or N-Triples (graph)."""

    kind: Kind
    data: bytes
    truncated: bool = False
    format: str = "json"  # a key of kg.results.RESULT_FORMATS; "ntriples" for graphs

    def parse(self) -> QueryResult:
        """The pyoxigraph result these bytes encode (not for CSV, which is lossy and cannot be read back)."""
        if self.kind == "graph":
            return _triples(self.data)
        return ox.parse_query_results(self.data, format=RESULT_FORMATS[self.format][1])


class _Full(Exception):
    """Raised by ``_LineCap`` to stop pyoxigraph's serializer once it has written enough lines."""


class _LineCap:
    """A binary write target that keeps the first ``lines`` lines pyoxigraph writes, then stops the writer.

    Only for line-based formats where every line is one header or one row (SPARQL TSV, N-Triples escape
    line breaks inside terms)."""

    def __init__(self, lines: int) -> None:
        self.left, self.chunks, self.full = lines, [], False

    def write(self, data: bytes) -> int:
        if self.full:  # pyoxigraph's buffer flushes once more while it unwinds
            raise _Full
        n = data.count(b"\n")
        if n <= self.left:
            self.chunks.append(bytes(data))
            self.left -= n
            return len(data)
        end = -1
        for _ in range(self.left):
            end = data.index(b"\n", end + 1)
        self.chunks.append(bytes(data[: end + 1]))
        self.full = True
        raise _Full

    def flush(self) -> None:
        pass


def _first_lines(serialize: Any, fmt: Any, lines: int) -> tuple[bytes, bool]:
    """What ``serialize(output, format=fmt)`` writes, cut to ``lines`` lines; and whether anything was cut."""
    cap = _LineCap(lines)
    try:
        serialize(cap, format=fmt)
    except _Full:
        pass
    return b"".join(cap.chunks), cap.full


def to_wire(result: QueryResult, max_rows: int = 0, fmt: str = "json") -> Wire:
    """Serialize ``result`` with pyoxigraph's own writers, keeping at most ``max_rows`` solutions or triples (0 = all).

    Solutions and booleans come out in ``fmt`` (a key of kg.results.RESULT_FORMATS), graphs as N-Triples.
    A cut result is counted and cut as SPARQL TSV (one line per row) and then rewritten in ``fmt``."""
    target = RESULT_FORMATS[fmt][1]
    if isinstance(result, ox.QueryBoolean):
        return Wire("boolean", result.serialize(format=target), format=fmt)
    if isinstance(result, ox.QuerySolutions):
        if not max_rows:
            return Wire("solutions", result.serialize(format=target), format=fmt)
        tsv, truncated = _first_lines(result.serialize, ox.QueryResultsFormat.TSV, max_rows + 1)  # + the header
        if fmt != "tsv":
            tsv = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(format=target)
        return Wire("solutions", tsv, truncated, fmt)
    # a CONSTRUCT or DESCRIBE: pyoxigraph's QueryTriples, or any iterable of triples (a remote server's answer)
    serialize = result.serialize if isinstance(result, ox.QueryTriples) else partial(ox.serialize, result)
    if not max_rows:
        return Wire("graph", serialize(format=ox.RdfFormat.N_TRIPLES) or b"", format="ntriples")
    nt, truncated = _first_lines(serialize, ox.RdfFormat.N_TRIPLES, max_rows)
    return Wire("graph", nt, truncated, "ntriples")


def note_truncated(wire: Wire) -> Wire:
    """Record a truncated result in the current request's TRUNCATION list (if any) and return it."""
    flags = TRUNCATION.get()
    if wire.truncated and flags is not None:
        flags.append(True)
    return wire


def _lines(quads: Iterable[Quad]) -> Iterator[str]:
    """Each quad's triple in N-Triples syntax, one line each (our own terms: pyoxigraph escapes them)."""
    for q in quads:
        yield f"{q.subject} {q.predicate} {q.object} .\n"


def replace_chunks(graph: str, quads: Iterable[Quad]) -> Iterator[str]:
    """``insert_data(graph, quads)`` in pieces, one per quad, so a large graph is never one string."""
    g = ox.NamedNode(graph)
    yield f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n"
    yield from _lines(quads)
    yield "} }"


def diff_chunks(graph: str, removed: Iterable[Quad], added: Iterable[Quad]) -> Iterator[str]:
    """``diff_update(graph, removed, added)`` in pieces, one per quad."""
    g = ox.NamedNode(graph)
    yield f"DELETE DATA {{ GRAPH {g} {{\n"
    yield from _lines(removed)
    yield f"}} }} ;\nINSERT DATA {{ GRAPH {g} {{\n"
    yield from _lines(added)
    yield "} }"


def insert_data(graph: str, quads: Iterable[Quad]) -> str:
    """A SPARQL Update that replaces ``graph`` with ``quads`` atomically (our own terms, N-Triples syntax)."""
    return "".join(replace_chunks(graph, quads))


def diff_update(graph: str, removed: Iterable[Quad], added: Iterable[Quad]) -> str:
    """A SPARQL Update that turns ``graph`` from its old into its new content in one transaction."""
    return "".join(diff_chunks(graph, removed, added))


def in_graph(quads: Iterable[Quad], graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """``quads`` moved into ``graph`` (as ``INSERT DATA { GRAPH graph { ... } }`` would put them)."""
    for q in quads:
        yield q if q.graph_name == graph else ox.Quad(q.subject, q.predicate, q.object, graph)


def _subs(substitutions: dict[str, Any] | None) -> dict[ox.Variable, Any] | None:
    if not substitutions:
        return None
    return {ox.Variable(k): v for k, v in substitutions.items()}


class EmbeddedStore:
    """An on-disk pyoxigraph store; queries see the union of all named graphs."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path, self.read_only = Path(path), read_only
        try:
            if read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            hint = ("Is another kg process (a build or a server) using it? Stop it or pass another --store."
                    if "lock" in str(exc).lower() else "Check free disk space and the folder's permissions.")
            raise StoreError(f"cannot open the store at {self.path}: {exc}. {hint}") from None

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None,
              dataset: Dataset = Dataset(), base_iri: str | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs (or ``dataset``); a syntax error becomes QuerySyntaxError."""
        try:
            return self._store.query(sparql, substitutions=_subs(substitutions), base_iri=base_iri,
                                     **dataset.query_kwargs())
        except SyntaxError as exc:
            raise QuerySyntaxError(f"malformed SPARQL query: {exc}") from None

    def query_all(self, sparql: str, substitutions: dict[str, Any] | None = None) -> QueryResult:
        """Like ``query``, with no row limit (for exports and networks, not for clients' queries)."""
        return self.query(sparql, substitutions)

    def run(self, sparql: str, substitutions: dict[str, Any] | None = None, dataset: Dataset = Dataset(),
            max_rows: int = 0, base_iri: str | None = None, fmt: str = "json") -> Wire:
        """The result of ``sparql`` serialized (``to_wire``: ``fmt`` for solutions), cut to ``max_rows`` (0 = all)."""
        return to_wire(self.query(sparql, substitutions, dataset, base_iri), max_rows, fmt)

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL Update (checked by kg.safety before it gets here)."""
        try:
            self._store.update(sparql, base_iri=base_iri)
        except SyntaxError as exc:
            raise QuerySyntaxError(f"malformed SPARQL update: {exc}") from None

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        """Replace the named graph ``graph`` with ``quads`` in one transaction.

        A graph the store does not hold yet (every graph of a fresh build) is added with ``Store.extend``, which
        is transactional and streams ``quads`` without SPARQL text; one it holds is dropped and written again
        by one SPARQL Update."""
        g = ox.NamedNode(graph)
        if self._store.contains_named_graph(g):
            self._store.update(insert_data(graph, quads))
        else:
            self._store.extend(in_graph(quads, g))

    def add_graphs(self, quads: Iterable[Quad]) -> None:
        """Add ``quads`` (of graphs the store does not hold) in one bulk load, about twice as fast as ``extend``.

        pyoxigraph's bulk loader writes the quads to sorted files and hands them all to RocksDB in one ingestion
        at the end, so a build killed meanwhile leaves none of them in the store and one killed after leaves
        all (tests/test_reliability_crash.py). It takes no lock against readers: only for a store being built."""
        self._store.bulk_extend(quads)

    def update_chunks(self, chunks: Iterable[str]) -> None:
        """Run the SPARQL Update written by ``chunks`` (kg's own updates, e.g. ``diff_chunks``)."""
        self.update("".join(chunks))

    def remove_graph(self, graph: str) -> None:
        """Drop the named graph ``graph`` (no error when it is absent)."""
        self._store.update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}")

    def graphs(self) -> list[str]:
        """The names of all named graphs, sorted."""
        return sorted(g.value for g in self._store.named_graphs())

    def quads(self) -> Iterator[Quad]:
        """Every quad in the store."""
        return iter(self._store.quads_for_pattern(None, None, None, None))

    def load_ontology(self) -> None:
        """Load ontology/kg.ttl into its own named graph (CAMEO/PLOVER concepts become queryable)."""
        if ONTOLOGY_FILE.exists():
            quads = ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)
            self.replace_graph(ONTOLOGY_GRAPH, quads)

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        """Flush (a read-write store) and release the store."""
        try:
            if not self.read_only:  # pyoxigraph refuses to flush a read-only store
                self._store.flush()
        except OSError:
            pass
        del self._store


class RemoteStore:
    """A SPARQL 1.1 server reached over HTTP (queries via the Protocol, writes via SPARQL Update).

    The server must answer queries over the union of its named graphs (Oxigraph: ``--union-default-graph``).
    """

    def __init__(self, query_url: str, update_url: str = "", timeout: float = 60.0, max_rows: int = 0) -> None:
        self.query_url = query_url
        self.update_url = update_url or _default_update_url(query_url)
        self.timeout = timeout
        self.max_rows = max_rows
        self._http = httpx.Client(timeout=timeout)

    def _post(self, url: str, content: str | Iterable[str], content_type: str, accept: str,
              params: list[tuple[str, str]] | None = None) -> httpx.Response:
        """POST ``content`` (a string, or pieces of one sent as they come: a chunked request) to ``url``."""
        body = content.encode() if isinstance(content, str) else _pieces(content)
        try:
            r = self._http.post(url, content=body, params=params,
                                headers={"Content-Type": content_type, "Accept": accept})
        except httpx.TimeoutException:
            raise QueryTimeout(f"the SPARQL server at {url} did not answer within {self.timeout:g} s "
                               "(setting query_timeout); simplify the query or add a LIMIT") from None
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {exc}") from None
        if r.status_code == 400:
            raise QuerySyntaxError(f"the SPARQL server rejected the request: {r.text[:300]}")
        if r.status_code >= 300:
            raise StoreError(f"the SPARQL server at {url} answered {r.status_code}: {r.text[:300]}")
        return r

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None,
              dataset: Dataset = Dataset()) -> QueryResult:
        """Run a query on the server; results come back as pyoxigraph objects (at most max_rows rows)."""
        return note_truncated(self.run(sparql, substitutions, dataset, self.max_rows)).parse()

    def query_all(self, sparql: str, substitutions: dict[str, Any] | None = None) -> QueryResult:
        """Like ``query``, with no row limit (for exports and networks, not for clients' queries)."""
        return self.run(sparql, substitutions, max_rows=0).parse()

    def run(self, sparql: str, substitutions: dict[str, Any] | None = None, dataset: Dataset = Dataset(),
            max_rows: int = 0, base_iri: str | None = None, fmt: str = "json") -> Wire:
        """Run a query on the server and return its result as bytes (``to_wire``), cut to ``max_rows`` (0 = all)."""
        if substitutions:
            sparql = _inline_values(sparql, substitutions)
        if base_iri:
            sparql = f"BASE {ox.NamedNode(base_iri)}\n{sparql}"
        params = [("default-graph-uri", g) for g in dataset.default_graphs]
        params += [("named-graph-uri", g) for g in dataset.named_graphs]
        r = self._post(self.query_url, sparql, "application/sparql-query",
                       "application/sparql-results+json, application/n-triples;q=0.9", params or None)
        ctype = r.headers.get("content-type", "").split(";")[0].strip()
        if ctype == "application/n-triples":
            result: QueryResult = _triples(r.content)
        else:
            result = ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)
        return to_wire(result, max_rows, fmt)

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Send a SPARQL Update to the server's update URL (checked by kg.safety before it gets here)."""
        if base_iri:
            sparql = f"BASE {ox.NamedNode(base_iri)}\n{sparql}"
        self._post(self.update_url, sparql, "application/sparql-update", "*/*")

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        """Replace one named graph in a single SPARQL Update request, streamed as it is written."""
        self.update_chunks(replace_chunks(graph, quads))

    def update_chunks(self, chunks: Iterable[str]) -> None:
        """Send the SPARQL Update written by ``chunks`` (kg's own updates) as one streamed request."""
        self._post(self.update_url, chunks, "application/sparql-update", "*/*")

    def remove_graph(self, graph: str) -> None:
        """Drop one named graph."""
        self._post(self.update_url, f"DROP SILENT GRAPH {ox.NamedNode(graph)}", "application/sparql-update", "*/*")

    def graphs(self) -> list[str]:
        """The names of all named graphs on the server, sorted."""
        rows = self.run("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").parse()
        return sorted(r["g"].value for r in rows)

    def quads(self) -> Iterator[Quad]:
        """Every quad on the server (one CONSTRUCT per graph is avoided: a single SELECT)."""
        for r in self.run("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").parse():
            yield ox.Quad(r["s"], r["p"], r["o"], r["g"])

    def load_ontology(self) -> None:
        if ONTOLOGY_FILE.exists():
            quads = ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)
            self.replace_graph(ONTOLOGY_GRAPH, quads)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self._http.close()


def _triples(data: bytes) -> Iterator[ox.Triple]:
    for q in ox.parse(io.BytesIO(data), format=ox.RdfFormat.N_TRIPLES):
        yield ox.Triple(q.subject, q.predicate, q.object)


def _pieces(chunks: Iterable[str], size: int = 1 << 16) -> Iterator[bytes]:
    """``chunks`` encoded and joined into pieces of about ``size`` bytes (one HTTP chunk each, not one per quad)."""
    buf: list[bytes] = []
    n = 0
    for c in chunks:
        buf.append(c.encode())
        n += len(buf[-1])
        if n >= size:
            yield b"".join(buf)
            buf, n = [], 0
    if buf:
        yield b"".join(buf)


def _default_update_url(query_url: str) -> str:
    base = query_url.rstrip("/")
    if base.endswith("/query"):
        return base[: -len("/query")] + "/update"
    if base.endswith("/sparql"):
        return base
    return base + "/update"


def _inline_values(sparql: str, substitutions: dict[str, Any]) -> str:
    """Bind variables for a remote server with a VALUES block built from RDF terms (never raw user text)."""
    names = " ".join(f"?{k}" for k in substitutions)
    values = " ".join(str(v) for v in substitutions.values())
    head, sep, _ = sparql.rpartition("}")
    if not sep:
        raise QuerySyntaxError("cannot bind parameters: the query has no group pattern")
    return f"{head} VALUES ({names}) {{ ({values}) }} }}" + sparql[len(head) + 1:]


def open_store(settings: Settings, read_only: bool = False) -> EmbeddedStore | RemoteStore:
    """Open the store named by ``settings.store``: a folder (embedded Oxigraph) or an http(s) URL."""
    if settings.remote:
        return RemoteStore(settings.store, settings.update_url, timeout=max(settings.query_timeout * 3, 30))
    return EmbeddedStore(settings.store_path, read_only=read_only)
