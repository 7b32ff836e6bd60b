"""Resource routes: health, canned queries, entities and exports (networks live in kg/api/network.py)."""
from __future__ import annotations

import io

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from kg import entities as ent
from kg.api.negotiate import choose
from kg.export import EXTENSIONS, FORMATS, export, format_name
from kg.queries import bind_params, canned_queries, get_query
from kg.results import RESULT_FORMATS

router = APIRouter()
_RESULT_OFFERS = {k: v[0] for k, v in RESULT_FORMATS.items()}


@router.get("/health", tags=["service"], summary="Liveness and store summary")
def health(request: Request) -> dict[str, object]:
    """{"status": "ok", "graphs": number of named graphs}."""
    return {"status": "ok", "graphs": len(request.app.state.store.graphs())}


@router.get("/queries", tags=["queries"], summary="List the canned queries")
def list_queries() -> list[dict[str, object]]:
    """Every canned query with its title, description and parameters."""
    return [q.to_dict() for q in canned_queries().values()]


@router.get("/queries/{name}", tags=["queries"], summary="Run a canned query")
def run_query(name: str, request: Request, format: str | None = Query(None, pattern="^(json|xml|csv|tsv)$")) -> Response:
    """Run canned query ``name``; other query-string parameters bind its declared parameters."""
    query = get_query(name)
    store = request.app.state.store
    values = {k: v for k, v in request.query_params.items() if k != "format"}
    subs = bind_params(query, values, lambda text: ent.find_entity(store, text))
    key = format or choose(request.headers.get("accept"), _RESULT_OFFERS)
    wire = store.run(query.sparql, subs, max_rows=request.app.state.settings.max_rows, fmt=key)
    return Response(wire.data, media_type=f"{_RESULT_OFFERS[key]}; charset=utf-8",
                    headers={"X-KG-Truncated": "true" if wire.truncated else "false", "Vary": "Accept"})


@router.get("/entities", tags=["entities"], summary="Search entities by name or alias")
def search_entities(request: Request, q: str = Query(..., min_length=1, max_length=200),
                    limit: int = Query(20, ge=1, le=200)) -> list[dict[str, str]]:
    """Entities whose label or an alias contains ``q``."""
    return ent.search(request.app.state.store, q, limit)


@router.get("/entities/{entity_id:path}", tags=["entities"], summary="One entity with aliases, roles, events, sources")
def get_entity(entity_id: str, request: Request) -> dict[str, object]:
    """An entity by id (e.g. ``person/jane-doe``), IRI, name or alias."""
    store = request.app.state.store
    return ent.describe(store, ent.find_entity(store, entity_id))


@router.get("/export", tags=["export"], summary="Export the graph")
def export_graph(request: Request, format: str = Query("turtle")) -> Response:
    """The whole graph in Turtle, N-Triples, RDF/XML, JSON-LD, N-Quads or TriG."""
    fmt = format_name(format)
    buf = io.BytesIO()
    export(request.app.state.store, fmt, buf)
    return Response(buf.getvalue(), media_type=f"{FORMATS[fmt][0]}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="kg.{EXTENSIONS[fmt]}"'})
