"""Network routes: ego networks (/ego), one relation's events (/network/edge), most central actors
(/network/central), shortest paths (/network/path)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from kg import ego as egos, network
from kg.render import NETWORK_FORMATS, render

router = APIRouter(tags=["network"])
_FORMAT = "^(" + "|".join(NETWORK_FORMATS) + ")$"
_KINDS_HELP = "Comma-separated relation kinds, read outward from the ego: " + ", ".join(network.FILTER_NAMES)
_EXT = {"json": "json", "cytoscape": "cyjs", "graphml": "graphml", "gexf": "gexf", "svg": "svg", "png": "png"}


@router.get("/ego/{name:path}", summary="An actor's ego network")
def ego(name: str, request: Request, radius: int = Query(1, ge=1, le=3),
        kinds: str | None = Query(None, description=_KINDS_HELP),
        since: str | None = Query(None, description="Only events on or after this date (YYYY-MM-DD)."),
        until: str | None = Query(None, description="Only events on or before this date (YYYY-MM-DD)."),
        max_nodes: int | None = Query(None, ge=0, description="Most actors, nearest rings and strongest first "
                                      "(0 = all; default: the ego_max_nodes setting)."),
        budget: int | None = Query(None, ge=0, description="Articles per ring whose actors are expanded, least "
                                   "mentioned first; an actor in more is a hub (0 = all; default: ego_budget)."),
        events: bool | None = Query(None, description="List each edge's events with their sources (default: when "
                                    "the edges carry at most ego_events events; else /network/edge has them)."),
        format: str = Query("json", pattern=_FORMAT)) -> Response:
    """The ego network of the actor named ``name`` (any alias, id or IRI) in json, cytoscape, graphml, gexf, svg or
    png: edge summaries (kind, weight, dates), with graph attributes saying what the limits left out."""
    s = request.app.state.settings
    g = egos.ego_network(request.app.state.store, name, radius=radius, kinds=kinds, since=since, until=until,
                         max_nodes=s.ego_max_nodes if max_nodes is None else max_nodes,
                         budget=s.ego_budget if budget is None else budget, events=events, auto_events=s.ego_events)
    data, media = render(g, format)
    headers = {} if format in ("json", "cytoscape", "svg") else \
        {"Content-Disposition": f'attachment; filename="ego.{_EXT[format]}"'}
    return Response(data, media_type=media, headers=headers)


@router.get("/network/edge", summary="The events behind the relations of two actors")
def edge(request: Request, source: str = Query(..., min_length=1, max_length=200, alias="from"),
         target: str = Query(..., min_length=1, max_length=200, alias="to"), since: str | None = None,
         until: str | None = None, kinds: str | None = Query(None, description=_KINDS_HELP)) -> dict[str, Any]:
    """Every relation between actors ``from`` and ``to`` (either way) with its events and their source sentences."""
    return egos.edge_detail(request.app.state.store, source, target, kinds, since, until)


@router.get("/network/central", summary="The most central actors")
def central(request: Request, measure: str = Query("degree", pattern="^(degree|betweenness)$"),
            limit: int = Query(20, ge=1, le=1000), since: str | None = None, until: str | None = None,
            kinds: str | None = Query(None, description=_KINDS_HELP),
            types: str | None = Query(None, description="Comma-separated actor types, e.g. Person,Country.")
            ) -> list[dict[str, Any]]:
    """Actors ranked by degree or betweenness in the actor network of the date window."""
    return network.central_actors(request.app.state.store, measure, limit, since, until, kinds, types)


@router.get("/network/path", summary="The shortest path between two actors")
def path(request: Request, source: str = Query(..., min_length=1, max_length=200, alias="from"),
         target: str = Query(..., min_length=1, max_length=200, alias="to"), since: str | None = None,
         until: str | None = None, kinds: str | None = Query(None, description=_KINDS_HELP)) -> dict[str, Any]:
    """The fewest-hops path between actors ``from`` and ``to`` (any alias) with the events behind each hop."""
    return network.actor_path(request.app.state.store, source, target, since, until, kinds)
