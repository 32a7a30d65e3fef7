"""What every response and every write request goes through.

- Host allow-list: a request naming another host (a DNS-rebinding page's ``Host: evil.example``) is refused
  before any route sees it. Loopback names are allowed by default; ``--allowed-host`` adds more.
- Security headers on every response: a Content-Security-Policy with no inline or foreign script and no
  framing (``frame-ancestors 'none'``), ``X-Content-Type-Options: nosniff``, ``Referrer-Policy``.
- HEAD is answered wherever GET is: the same status and headers, no body.
- Write requests (``check_write``): the bearer token when one is set; otherwise (on loopback only, for
  ingest) a JSON body and a same-origin or absent Origin, which a cross-site form or ``no-cors`` fetch
  cannot forge: they can only send ``text/plain``, form or multipart bodies.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterable
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


def allowed_hosts(bound: str, extra: Iterable[str]) -> frozenset[str]:
    """Loopback names, the address the server is bound to (unless a wildcard) and the ones given."""
    names = set(LOOPBACK_NAMES) | {h.strip().lower().strip("[]") for h in extra if h.strip()}
    if bound not in ("0.0.0.0", "::", ""):
        names.add(bound.lower().strip("[]"))
    return frozenset(names)


def host_name(value: str) -> str:
    """``example.org:8000`` -> ``example.org``; ``[::1]:8000`` -> ``::1``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """ASGI middleware: the Host allow-list, HEAD as GET without a body, and the security headers."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or ())
        host = host_name(headers.get(b"host", b"").decode("latin-1"))
        if host not in self.hosts:
            await _refuse_host(host, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b"", "more_body": message.get("more_body", False)}
            await send(message)

        await self.app(scope, receive, guarded_send)


async def _refuse_host(host: str, send: Send) -> None:
    detail = (f"Host {host or '(none)'!r} is not served here; start the server with --allowed-host "
              f"{host or 'NAME'} to allow it")
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": 400,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def check_write(request: Request, token: str | None, what: str) -> None:
    """The token when one is set; otherwise a JSON body from this origin (or from no browser page)."""
    if token is not None:
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise HTTPException(401, f"{what} needs 'Authorization: Bearer <token>'", {"WWW-Authenticate": "Bearer"})
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json":
        raise HTTPException(415, f"{what} takes a JSON body: send 'Content-Type: application/json'")
    if token is None:
        _same_origin(request, what)


def _same_origin(request: Request, what: str) -> None:
    origin = request.headers.get("origin")
    site = request.headers.get("sec-fetch-site", "").lower()
    if site in ("cross-site", "same-site"):
        raise HTTPException(403, f"{what} refused: a request from another site ({origin or 'no Origin'})")
    if origin is None:
        return  # not sent by a page in a browser (curl, scripts), or a same-origin GET-like request
    if origin == "null":
        raise HTTPException(403, f"{what} refused: a request from an opaque origin (a sandboxed page or file)")
    parts = urlsplit(origin)
    if parts.netloc.lower() != request.headers.get("host", "").lower():
        raise HTTPException(403, f"{what} refused: Origin {origin} is not this server")
