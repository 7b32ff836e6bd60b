"""The HTTP service: ``create_app(settings, store)`` builds the FastAPI app."""
from kg.api.app import create_app

__all__ = ["create_app"]
