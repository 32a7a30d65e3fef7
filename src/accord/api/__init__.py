"""accord's HTTP API (FastAPI) and the dashboard it serves at ``/``.

``create_app(ApiSettings(db=...))`` gives the ASGI app; ``accord serve`` runs it with uvicorn.
"""

from accord.api.app import create_app
from accord.api.state import ApiSettings

__all__ = ["ApiSettings", "create_app"]
