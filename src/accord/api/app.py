"""The FastAPI application: read and write routes, error shapes, and the dashboard's static files at /."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from accord import __version__
from accord.api import read_routes, write_routes
from accord.api.errors import install_error_handlers
from accord.api.security import Guard, allowed_hosts
from accord.api.state import ApiSettings, ApiState

STATIC_DIR = Path(__file__).resolve().parent / "static"


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    """The ASGI app over one store. The store opens here, so a bad --db fails before the server starts
    (as an AccordError the CLI reports), and closes when the server shuts down."""
    state = ApiState(settings or ApiSettings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            state.close()

    app = FastAPI(
        title="accord",
        version=__version__,
        summary="Political events, actors and quotations extracted from news, each traceable to its sentence.",
        lifespan=lifespan,
        # Swagger UI and ReDoc load script from a CDN and run inline script, which the security policy
        # forbids (and an offline machine cannot fetch): the schema itself is at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.accord = state
    install_error_handlers(app)
    app.add_middleware(Guard, hosts=allowed_hosts(state.settings.host, state.settings.allowed_hosts))
    app.include_router(read_routes.router)
    app.include_router(write_routes.router)
    if (STATIC_DIR / "index.html").exists():
        # Mounted last so every API route above wins; html=True serves index.html at /.
        app.mount("/", StaticFiles(directory=STATIC_DIR, html=True), name="dashboard")
    return app
