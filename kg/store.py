"""The only writer of the graph: one named graph per article, in embedded Oxigraph or a remote SPARQL server.

``open_store(settings)`` returns an ``EmbeddedStore`` for a folder and a ``RemoteStore`` for an http(s)
URL. Both replace an article's graph in one transaction (``DROP`` + ``INSERT DATA`` in a single SPARQL
Update), so a crash leaves every article either entirely in the store or not at all.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

import httpx
import pyoxigraph as ox

from kg.errors import QuerySyntaxError, StoreError
from kg.model import Quad
from kg.settings import Settings
from kg.vocab import ONTOLOGY_GRAPH

QueryResult = Any  # ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"


class Store(Protocol):
    """What the rest of kg needs from a store."""

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None) -> QueryResult: ...
    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None: ...
    def remove_graph(self, graph: str) -> None: ...
    def graphs(self) -> list[str]: ...
    def quads(self) -> Iterator[Quad]: ...
    def close(self) -> None: ...


def _nt(term: Any) -> str:
    return str(term)


def insert_data(graph: str, quads: Iterable[Quad]) -> str:
    """A SPARQL Update that replaces ``graph`` with ``quads`` atomically (our own terms, N-Triples syntax)."""
    body = "\n".join(f"{_nt(q.subject)} {_nt(q.predicate)} {_nt(q.object)} ." for q in quads)
    g = ox.NamedNode(graph)
    return f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}"


def _subs(substitutions: dict[str, Any] | None) -> dict[ox.Variable, Any] | None:
    if not substitutions:
        return None
    return {ox.Variable(k): v for k, v in substitutions.items()}


class EmbeddedStore:
    """An on-disk pyoxigraph store; queries see the union of all named graphs."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            if read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(
                f"cannot open the store at {self.path}: {exc}. Is another kg process (a build or a server) using it? "
                "Stop it or pass another --store."
            ) from None

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs; a syntax error becomes QuerySyntaxError."""
        try:
            return self._store.query(sparql, use_default_graph_as_union=True, substitutions=_subs(substitutions))
        except SyntaxError as exc:
            raise QuerySyntaxError(f"malformed SPARQL query: {exc}") from None

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        """Replace the named graph ``graph`` with ``quads`` in one transaction."""
        self._store.update(insert_data(graph, quads))

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
            quads = ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
            self.replace_graph(ONTOLOGY_GRAPH, quads)

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        """Flush and release the store."""
        try:
            self._store.flush()
        except OSError:
            pass
        del self._store


class RemoteStore:
    """A SPARQL 1.1 server reached over HTTP (queries via the Protocol, writes via SPARQL Update).

    The server must answer queries over the union of its named graphs (Oxigraph: ``--union-default-graph``).
    """

    def __init__(self, query_url: str, update_url: str = "", timeout: float = 60.0) -> None:
        self.query_url = query_url
        self.update_url = update_url or _default_update_url(query_url)
        self._http = httpx.Client(timeout=timeout)

    def _post(self, url: str, content: str, content_type: str, accept: str) -> httpx.Response:
        try:
            r = self._http.post(url, content=content.encode(), headers={"Content-Type": content_type, "Accept": accept})
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {url}: {exc}") from None
        if r.status_code == 400:
            raise QuerySyntaxError(f"the SPARQL server rejected the request: {r.text[:300]}")
        if r.status_code >= 300:
            raise StoreError(f"the SPARQL server at {url} answered {r.status_code}: {r.text[:300]}")
        return r

    def query(self, sparql: str, substitutions: dict[str, Any] | None = None) -> QueryResult:
        """Run a query on the server; results come back as pyoxigraph objects."""
        if substitutions:
            sparql = _inline_values(sparql, substitutions)
        r = self._post(self.query_url, sparql, "application/sparql-query",
                       "application/sparql-results+json, application/n-triples;q=0.9")
        ctype = r.headers.get("content-type", "").split(";")[0].strip()
        if ctype == "application/n-triples":
            return _triples(r.content)
        return ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> None:
        """Replace one named graph in a single SPARQL Update request."""
        self._post(self.update_url, insert_data(graph, quads), "application/sparql-update", "*/*")

    def remove_graph(self, graph: str) -> None:
        """Drop one named graph."""
        self._post(self.update_url, f"DROP SILENT GRAPH {ox.NamedNode(graph)}", "application/sparql-update", "*/*")

    def graphs(self) -> list[str]:
        """The names of all named graphs on the server, sorted."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"].value for r in rows)

    def quads(self) -> Iterator[Quad]:
        """Every quad on the server (one CONSTRUCT per graph is avoided: a single SELECT)."""
        for r in self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield ox.Quad(r["s"], r["p"], r["o"], r["g"])

    def load_ontology(self) -> None:
        if ONTOLOGY_FILE.exists():
            quads = ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
            self.replace_graph(ONTOLOGY_GRAPH, quads)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self._http.close()


def _triples(data: bytes) -> Iterator[ox.Triple]:
    for q in ox.parse(io.BytesIO(data), format=ox.RdfFormat.N_TRIPLES):
        yield ox.Triple(q.subject, q.predicate, q.object)


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
