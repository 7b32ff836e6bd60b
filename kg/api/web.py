"""The web page: kg/web/ served at / and /web/, Cytoscape.js from web/vendor (``make web``), canned query text."""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, PlainTextResponse, RedirectResponse

from kg.errors import NotFound
from kg.queries import get_query

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
VENDOR_DIR = Path(__file__).resolve().parent.parent.parent / "web" / "vendor"
# file name served under /vendor/ -> its path below VENDOR_DIR (installed by `make web` from the npm registry)
VENDOR = {"cytoscape.min.js": "node_modules/cytoscape/dist/cytoscape.min.js"}
_MEDIA = {".html": "text/html", ".js": "text/javascript", ".css": "text/css"}

router = APIRouter(include_in_schema=False)


@router.get("/")
def index() -> FileResponse:
    """The single-page app."""
    return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")


@router.get("/web")
def web_root() -> RedirectResponse:
    return RedirectResponse("/")


@router.get("/web/{name}")
def static(name: str) -> FileResponse:
    """A file of the page (app.js, style.css); only files that exist in kg/web/ are served."""
    files = {p.name: p for p in WEB_DIR.iterdir() if p.suffix in _MEDIA}
    if name not in files:
        raise NotFound(f"no web file {name!r}")
    return FileResponse(files[name], media_type=f"{_MEDIA[files[name].suffix]}; charset=utf-8")


@router.get("/vendor/{name}")
def vendor(name: str) -> FileResponse:
    """A JavaScript library installed by ``make web``; 404 with what to run when it is missing."""
    path = VENDOR_DIR / VENDOR[name] if name in VENDOR else None
    if path is None or not path.is_file():
        raise NotFound(f"{name} is not installed; run `make web` (needs npm) to enable the network view")
    return FileResponse(path, media_type="text/javascript; charset=utf-8")


@router.get("/web/queries/{name}.rq")
def query_text(name: str) -> PlainTextResponse:
    """The SPARQL text of canned query ``name`` (loaded into the page's editor)."""
    return PlainTextResponse(get_query(name).sparql, media_type="application/sparql-query; charset=utf-8")
