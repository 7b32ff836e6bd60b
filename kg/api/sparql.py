"""The SPARQL 1.1 Protocol endpoint at /sparql (query side), read-only."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from kg.api.negotiate import choose
from kg.errors import BadRequest, Forbidden, UnsupportedMediaType
from kg.export import FORMATS
from kg.results import RESULT_FORMATS, serialize_result
from kg.safety import check_query

import pyoxigraph as ox

router = APIRouter(tags=["sparql"])

_RESULT_OFFERS = {k: v[0] for k, v in RESULT_FORMATS.items()}
_GRAPH_OFFERS = {k: v[0] for k, v in FORMATS.items() if v[1] is not None}


async def _query_text(request: Request) -> str | None:
    if request.method == "GET":
        if "update" in request.query_params:
            raise Forbidden("SPARQL Update is not allowed on this endpoint")
        return request.query_params.get("query")
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if ctype == "application/sparql-query":
        return body.decode("utf-8", errors="replace")
    if ctype == "application/x-www-form-urlencoded":
        form = await request.form()
        if "update" in form:
            raise Forbidden("SPARQL Update is not allowed on this endpoint")
        q = form.get("query")
        return q if isinstance(q, str) else None
    if ctype == "application/sparql-update":
        raise Forbidden("SPARQL Update is not allowed on this endpoint")
    raise UnsupportedMediaType(f"unsupported Content-Type {ctype!r}; use application/sparql-query or a form")


@router.api_route("/sparql", methods=["GET", "POST"], summary="SPARQL 1.1 Protocol query endpoint")
async def sparql(request: Request) -> Response:
    """Answer a SPARQL query (GET ?query=, POST form or application/sparql-query)."""
    text = await _query_text(request)
    if text is None:
        if request.method == "GET" and not request.query_params:
            return Response(_service_description(request), media_type="text/turtle; charset=utf-8")
        raise BadRequest("missing 'query' parameter")
    form = check_query(text)
    store = request.app.state.store
    result = store.query(text)
    fmt = request.query_params.get("format")
    if form in ("SELECT", "ASK"):
        key = fmt if fmt in _RESULT_OFFERS else choose(request.headers.get("accept"), _RESULT_OFFERS)
        return Response(serialize_result(result, key), media_type=f"{_RESULT_OFFERS[key]}; charset=utf-8")
    key = fmt if fmt in _GRAPH_OFFERS else choose(request.headers.get("accept"), _GRAPH_OFFERS)
    data = ox.serialize(result, format=FORMATS[key][1])
    return Response(data, media_type=f"{_GRAPH_OFFERS[key]}; charset=utf-8")


def _service_description(request: Request) -> str:
    url = str(request.url).split("?")[0]
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
<{url}> a sd:Service ;
  sd:endpoint <{url}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON>, <http://www.w3.org/ns/formats/SPARQL_Results_XML>,
    <http://www.w3.org/ns/formats/SPARQL_Results_CSV>, <http://www.w3.org/ns/formats/SPARQL_Results_TSV>,
    <http://www.w3.org/ns/formats/Turtle>, <http://www.w3.org/ns/formats/N-Triples> ;
  sd:feature sd:UnionDefaultGraph .
"""
