"""Every error kg raises on purpose: each carries an HTTP status and a message that says what to do."""
from __future__ import annotations


class KGError(Exception):
    """Base of kg's errors. ``status`` is the HTTP status the service answers with."""

    status: int = 500
    code: str = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict[str, object]:
        """The one JSON error shape of the service."""
        return {"error": self.code, "status": self.status, "message": self.message}


class SettingsError(KGError):
    status, code = 500, "settings"


class BadRequest(KGError):
    status, code = 400, "bad_request"


class QuerySyntaxError(BadRequest):
    code = "query_syntax"


class Forbidden(KGError):
    status, code = 403, "forbidden"


class Unauthorized(KGError):
    status, code = 401, "unauthorized"


class NotFound(KGError):
    status, code = 404, "not_found"


class NotAcceptable(KGError):
    status, code = 406, "not_acceptable"


class PayloadTooLarge(KGError):
    status, code = 413, "payload_too_large"


class UnsupportedMediaType(KGError):
    status, code = 415, "unsupported_media_type"


class Ambiguous(KGError):
    status, code = 409, "ambiguous"


class QueryTimeout(KGError):
    status, code = 503, "timeout"


class StoreError(KGError):
    status, code = 503, "store"


class IngestError(KGError):
    """One article could not be read; the build goes on with the others."""

    status, code = 422, "ingest"

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source, self.reason = source, reason
