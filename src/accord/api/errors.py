"""HTTP error shapes: every 4xx names what was wrong, and validation errors name the parameter."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from accord.errors import StoreError


class ParameterError(Exception):
    """A request parameter that passed type checks but makes no sense (bad date, unknown cursor, ...)."""

    def __init__(self, parameter: str, message: str, location: str = "query") -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message
        self.location = location


def _problem(errors: list[dict[str, Any]]) -> JSONResponse:
    first = errors[0]
    detail = f"invalid {first['in']} parameter '{first['parameter']}': {first['message']}"
    return JSONResponse(status_code=422, content={"detail": detail, "errors": errors})


async def _on_parameter_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, ParameterError)
    return _problem([{"parameter": error.parameter, "in": error.location, "message": error.message}])


async def _on_validation_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    errors = []
    for item in error.errors():
        loc = [str(part) for part in item.get("loc", ())]
        where = loc[0] if loc else "request"
        name = ".".join(loc[1:]) or where
        errors.append({"parameter": name, "in": where, "message": str(item.get("msg", "invalid value"))})
    if not errors:
        errors.append({"parameter": "request", "in": "request", "message": "invalid request"})
    return _problem(errors)


async def _on_unexpected(request: Request, error: Exception) -> JSONResponse:
    """Never a bare 500: the answer is JSON and names the kind of failure (the server log has the rest)."""
    status = 503 if isinstance(error, StoreError) else 500
    return JSONResponse(status_code=status, content={"detail": f"{type(error).__name__}: {error}"})


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ParameterError, _on_parameter_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(Exception, _on_unexpected)
