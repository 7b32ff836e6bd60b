"""The SPARQL 1.1 Protocol endpoint at /sparql: queries by GET or POST, updates only with the operator's token.

Every query is checked by kg.safety (no SERVICE, no LOAD, no update) before it reaches the store, and runs
through the store's ``run`` (killable workers or a remote server) under the time and row limits.
"""
from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qsl

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from kg.api.negotiate import GRAPH_FORMATS, GRAPH_MEDIA, RESULT_MEDIA, choose_format
from kg.errors import BadRequest, Forbidden, Unauthorized, UnsupportedMediaType
from kg.safety import check_query, check_update
from kg.settings import Settings
from kg.store import Dataset, Wire
from kg.vocab import PREFIXES

router = APIRouter(tags=["sparql"])

_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"
_UPDATE = "application/sparql-update"
SD = "http://www.w3.org/ns/sparql-service-description#"
_FORMATS_NS = "http://www.w3.org/ns/formats/"
_SD_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
               "Turtle", "JSON-LD", "N-Triples", "N-Quads", "RDF_XML")


@dataclass(frozen=True)
class Operation:
    """One protocol request: a query or an update, its text and its protocol-specified dataset."""

    kind: Literal["query", "update"]
    text: str
    dataset: Dataset
    using: bool = False  # using-graph-uri / using-named-graph-uri were given


def _media_type(request: Request) -> tuple[str, str]:
    """(media type, charset) of the request body, lowercased."""
    parts = [p.strip() for p in request.headers.get("content-type", "").split(";")]
    charset = next((p.split("=", 1)[1].strip().strip('"').lower() for p in parts[1:] if p.lower().startswith("charset=")), "")
    return parts[0].lower(), charset


def _utf8(body: bytes, charset: str) -> str:
    if charset and charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"charset {charset!r} is not supported; send the body as UTF-8")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("the request body is not valid UTF-8") from None


def _dataset(params: list[tuple[str, str]]) -> Dataset:
    def iris(name: str) -> tuple[str, ...]:
        out = []
        for k, v in params:
            if k == name:
                try:
                    out.append(ox.NamedNode(v).value)
                except ValueError:
                    raise BadRequest(f"{name}={v!r} is not an absolute IRI") from None
        return tuple(out)
    return Dataset(iris("default-graph-uri"), iris("named-graph-uri"))


def _one(params: list[tuple[str, str]], name: str) -> str:
    values = [v for k, v in params if k == name]
    if len(values) != 1:
        raise BadRequest(f"expected exactly one '{name}' parameter, got {len(values)}")
    return values[0]


async def read_operation(request: Request) -> Operation | None:
    """The operation a protocol request carries; None for a bare GET (the service description)."""
    params = list(request.query_params.multi_items())
    if request.method == "GET":
        if any(k == "update" for k, _ in params):
            raise Forbidden("SPARQL Update is never accepted by GET; updates need POST application/sparql-update")
        if not any(k == "query" for k, _ in params):
            if params:
                raise BadRequest("missing 'query' parameter")
            return None
        return Operation("query", _one(params, "query"), _dataset(params))
    media, charset = _media_type(request)
    body = await request.body()
    if media == _FORM:
        params += parse_qsl(_utf8(body, charset), keep_blank_values=True)
        names = {k for k, _ in params}
        if "update" in names and "query" in names:
            raise BadRequest("send either 'query' or 'update', not both")
        if "update" in names:
            raise Forbidden("SPARQL Update is only accepted as POST application/sparql-update with the operator's "
                            "bearer token (setting update_token)")
        return Operation("query", _one(params, "query"), _dataset(params))
    if media == _QUERY:
        return Operation("query", _utf8(body, charset), _dataset(params))
    if media == _UPDATE:
        using = any(k in ("using-graph-uri", "using-named-graph-uri") for k, _ in params)
        return Operation("update", _utf8(body, charset), Dataset(), using)
    raise UnsupportedMediaType(f"unsupported Content-Type {media or '(none)'!r}; send a query as {_QUERY} "
                               f"or as a form ({_FORM}), or use GET ?query=")


def _serialize_graph(triples: Any, key: str) -> bytes:
    fmt = GRAPH_FORMATS[key]
    if fmt.supports_datasets:
        triples = (ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    prefixes = PREFIXES if key in ("turtle", "rdfxml") else None
    return ox.serialize(triples, format=fmt, prefixes=prefixes) or b""


async def answer_query(request: Request, op: Operation) -> Response:
    """Check, negotiate, run within the limits, serialize."""
    settings: Settings = request.app.state.settings
    form = await run_in_threadpool(check_query, op.text)
    fmt, accept = request.query_params.get("format"), request.headers.get("accept")
    graph = form in ("CONSTRUCT", "DESCRIBE")
    key = choose_format(fmt, accept, GRAPH_MEDIA if graph else RESULT_MEDIA)
    wire: Wire = await run_in_threadpool(request.app.state.store.run, op.text, None, op.dataset,
                                         max_rows=settings.max_rows, base_iri=_base(request),
                                         fmt="json" if graph else key)
    if graph:
        data, media = _serialize_graph(wire.parse(), key), GRAPH_MEDIA[key][0]
    else:  # already in the client's format, serialized by pyoxigraph where the query ran
        data, media = wire.data, RESULT_MEDIA[key][0]
    return Response(data, media_type=f"{media}; charset=utf-8",
                    headers={"X-KG-Truncated": "true" if wire.truncated else "false", "Vary": "Accept"})


async def answer_update(request: Request, op: Operation) -> Response:
    """Run an update when the operator enabled it and the bearer token matches; 403/401 otherwise."""
    token = request.app.state.settings.update_token
    if not token:
        raise Forbidden("SPARQL Update is disabled: this endpoint is read-only (an operator can enable it "
                        "with the update_token setting)")
    given = request.headers.get("authorization", "")
    if not given.lower().startswith("bearer ") or not hmac.compare_digest(given[7:].strip().encode(), token.encode()):
        raise Unauthorized("SPARQL Update needs the header 'Authorization: Bearer <update_token>'")
    if op.using:
        raise BadRequest("using-graph-uri and using-named-graph-uri are not supported; use USING or WITH in the update")
    await run_in_threadpool(check_update, op.text)
    await run_in_threadpool(request.app.state.store.update, op.text, _base(request))
    return Response(status_code=204)


def _base(request: Request) -> str:
    return str(request.url).split("?")[0]


# The protocol's parameters, read by hand from the request, declared for the OpenAPI schema (clients and fuzzers).
_PROTOCOL_PARAMS = [
    {"name": "query", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "A SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE); without it GET returns the service description."},
    {"name": "default-graph-uri", "in": "query", "required": False,
     "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": True},
    {"name": "named-graph-uri", "in": "query", "required": False,
     "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": True},
    {"name": "format", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "Result format (json, xml, csv, tsv, turtle, jsonld, ntriples, …); overrides Accept."},
]
_PROTOCOL_BODY = {"required": False, "content": {
    _QUERY: {"schema": {"type": "string"}}, _UPDATE: {"schema": {"type": "string"}},
    _FORM: {"schema": {"type": "object", "properties": {"query": {"type": "string"}, "update": {"type": "string"}}}}}}


@router.api_route("/sparql", methods=["GET", "POST"], summary="SPARQL 1.1 Protocol endpoint",
                  openapi_extra={"parameters": _PROTOCOL_PARAMS, "requestBody": _PROTOCOL_BODY})
async def sparql(request: Request) -> Response:
    """Answer a SPARQL query (GET ?query=, POST form or application/sparql-query); GET alone: service description."""
    op = await read_operation(request)
    if op is None:
        key = choose_format(None, request.headers.get("accept"), GRAPH_MEDIA)
        data = _serialize_graph(service_description(_base(request), bool(request.app.state.settings.update_token)), key)
        return Response(data, media_type=f"{GRAPH_MEDIA[key][0]}; charset=utf-8", headers={"Vary": "Accept"})
    if op.kind == "update":
        return await answer_update(request, op)
    return await answer_query(request, op)


def service_description(url: str, update: bool) -> list[ox.Triple]:
    """A SPARQL 1.1 Service Description of the endpoint at ``url``."""
    me, a = ox.NamedNode(url), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)
    triples = [ox.Triple(me, a, sd("Service")), ox.Triple(me, sd("endpoint"), me),
               ox.Triple(me, sd("supportedLanguage"), sd("SPARQL11Query")),
               ox.Triple(me, sd("feature"), sd("UnionDefaultGraph"))]
    if update:
        triples.append(ox.Triple(me, sd("supportedLanguage"), sd("SPARQL11Update")))
    triples += [ox.Triple(me, sd("resultFormat"), ox.NamedNode(_FORMATS_NS + f)) for f in _SD_FORMATS]
    return triples
