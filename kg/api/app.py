"""App factory: one FastAPI app per (settings, store); errors rendered in one JSON shape."""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg.errors import KGError, PayloadTooLarge
from kg.settings import Settings
from kg.store import TRUNCATION, Store

log = logging.getLogger("kg.api")
_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 400: "bad_request"}


def error_response(err: KGError) -> JSONResponse:
    """The one error shape: {"error", "status", "message"} with the error's HTTP status."""
    return JSONResponse(err.to_dict(), status_code=err.status)


class BodyLimit:
    """ASGI middleware: refuse bodies over ``max_body`` bytes, by Content-Length or while a chunked body streams."""

    def __init__(self, app: Any, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    def _error(self, size: str) -> PayloadTooLarge:
        return PayloadTooLarge(f"request body of {size} bytes exceeds the limit of {self.max_body} (setting max_body)")

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length", b"").decode()
        if length.isdigit() and int(length) > self.max_body:
            return await error_response(self._error(length))(scope, receive, send)
        seen = 0

        async def limited() -> Any:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise self._error(f"more than {self.max_body}")
            return message
        await self.app(scope, limited, send)


class TruncationHeader:
    """ASGI middleware: ``X-KG-Truncated: true`` on any response whose queries hit the max_rows limit."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        flags: list[bool] = []
        TRUNCATION.set(flags)

        async def flagged(message: Any) -> None:
            if message["type"] == "http.response.start" and flags:
                headers = list(message.get("headers", []))
                if not any(k.lower() == b"x-kg-truncated" for k, _ in headers):
                    message = {**message, "headers": headers + [(b"x-kg-truncated", b"true")]}
            await send(message)
        await self.app(scope, receive, flagged)


def query_store(settings: Settings) -> Any:
    """The store the service queries: killable workers on a folder, or the remote server, with the limits."""
    if settings.remote:
        from kg.store import RemoteStore

        return RemoteStore(settings.store, settings.update_url, timeout=settings.query_timeout,
                           max_rows=settings.max_rows)
    from kg.workers import PooledStore

    return PooledStore(settings.store_path, settings.query_workers, settings.query_timeout, settings.max_rows)


def create_app(settings: Settings, store: Store | None = None) -> FastAPI:
    """The FastAPI app serving ``store`` (default: ``query_store(settings)``, which has the limits) with ``settings``."""
    from kg.api import network, routes, sparql, web

    owned = store is None
    store = query_store(settings) if store is None else store

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:  # a store passed in belongs to the caller
            store.close()

    app = FastAPI(title="kg", version="0.1.0", lifespan=lifespan,
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
        code = _HTTP_CODES.get(exc.status_code, "http")
        return JSONResponse({"error": code, "status": exc.status_code, "message": str(exc.detail)},
                            status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return JSONResponse({"error": "internal", "status": 500,
                             "message": "internal error; the server log has the details"}, status_code=500)

    app.add_middleware(TruncationHeader)
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=[o.strip() for o in settings.cors_origins.split(",")],
                           allow_methods=["GET", "POST"], allow_headers=["*"], expose_headers=["X-KG-Truncated"])

    app.include_router(sparql.router)
    app.include_router(routes.router)
    app.include_router(network.router)
    app.include_router(web.router)
    return app
