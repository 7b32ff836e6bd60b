"""App factory: one FastAPI app per (settings, store); errors rendered in one JSON shape."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg.errors import KGError, PayloadTooLarge
from kg.settings import Settings
from kg.store import Store

log = logging.getLogger("kg.api")


def error_response(err: KGError) -> JSONResponse:
    """The one error shape: {"error", "status", "message"} with the error's HTTP status."""
    return JSONResponse(err.to_dict(), status_code=err.status)


def create_app(settings: Settings, store: Store) -> FastAPI:
    """The FastAPI app serving ``store`` with ``settings``."""
    from kg.api import routes, sparql

    app = FastAPI(title="kg", version="0.1.0",
                  description="A knowledge graph of negotiations, sanctions and statements read from news articles.")
    app.state.settings = settings
    app.state.store = store

    @app.exception_handler(KGError)
    async def _kg_error(_: Request, exc: KGError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return JSONResponse({"error": "bad_request", "status": 400,
                             "message": f"{where}: {first.get('msg', 'invalid request')}"}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": "http", "status": exc.status_code, "message": str(exc.detail)},
                            status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return JSONResponse({"error": "internal", "status": 500,
                             "message": "internal error; the server log has the details"}, status_code=500)

    @app.middleware("http")
    async def _limit_body(request: Request, call_next):  # type: ignore[no-untyped-def]
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > settings.max_body:
            return error_response(PayloadTooLarge(
                f"request body of {length} bytes exceeds the limit of {settings.max_body} (setting max_body)"))
        return await call_next(request)

    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=[o.strip() for o in settings.cors_origins.split(",")],
                           allow_methods=["GET", "POST"], allow_headers=["*"])

    app.include_router(sparql.router)
    app.include_router(routes.router)
    return app
