"""POST /extract (text in, the output contract out) and POST /ingest (documents into the store).

Bodies are read with a byte limit before parsing, so an oversized request costs nothing to refuse.
"""

from __future__ import annotations

import io
import json
from typing import Any, TypeVar

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from accord.api.errors import ParameterError
from accord.api.security import check_write
from accord.api.state import ApiState
from accord.api.workers import PoolBusy, PoolExtractor, PoolTimeout
from accord.batch import IngestSummary
from accord.batch import ingest as run_ingest
from accord.ingest.normalise import make_document
from accord.ingest.readers import ReadOptions, read_inputs
from accord.pipeline import ExtractionFailure, Outcome
from accord.records import Document

router = APIRouter()

Model = TypeVar("Model", bound=BaseModel)


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, description="The article text.")
    published: str | None = Field(None, description="Publication date; anchors relative dates.")
    id: str = Field("doc-1", max_length=500)
    title: str | None = None
    url: str | None = None


class IngestDocument(BaseModel):
    id: str | None = Field(None, max_length=500)
    text: str | None = None
    html: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None


class IngestRequest(BaseModel):
    documents: list[IngestDocument] = Field(min_length=1, max_length=1000)


async def read_body(request: Request, model: type[Model]) -> Model:
    state: ApiState = request.app.state.accord
    limit = state.settings.max_body_bytes
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request body is {int(declared):,} bytes; the limit is {limit:,}")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise HTTPException(413, f"request body exceeds the limit of {limit:,} bytes")
    try:
        return model.model_validate_json(bytes(body))
    except ValidationError as error:
        first = error.errors()[0]
        name = ".".join(str(part) for part in first.get("loc", ())) or "body"
        raise ParameterError(name, str(first.get("msg", "invalid value")), location="body") from error


def _body_schema(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema()
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


@router.post("/extract", tags=["extract"], openapi_extra=_body_schema(ExtractRequest),
             summary="Extract events, quotes, actors, places, dates and quantities from one text")
async def extract(request: Request) -> dict[str, Any]:
    state: ApiState = request.app.state.accord
    check_write(request, state.settings.token, "extract")
    payload = await read_body(request, ExtractRequest)
    document = make_document(id=payload.id, text=payload.text, published=payload.published, title=payload.title,
                             url=payload.url, source="<request>")
    if not document.text:
        raise ParameterError("text", "no text once control characters and spacing are removed", location="body")
    (outcome,) = await run_in_threadpool(_extract_in_pool, state, [document])
    if isinstance(outcome, ExtractionFailure):
        raise HTTPException(422, f"the text could not be extracted: {outcome.reason}")
    result: dict[str, Any] = outcome.to_dict()
    return result


def _extract_in_pool(state: ApiState, documents: list[Document]) -> list[Outcome]:
    try:
        return state.pool.extract(documents)
    except PoolBusy as error:
        raise HTTPException(503, str(error), {"Retry-After": "5"}) from error
    except PoolTimeout as error:
        raise HTTPException(503, str(error)) from error


def check_ingest_allowed(request: Request) -> None:
    state: ApiState = request.app.state.accord
    settings = state.settings
    if settings.read_only:
        raise HTTPException(403, "the store is open read-only; ingest is disabled")
    if settings.token is None and not settings.loopback:
        raise HTTPException(
            403, f"ingest is refused: the server is bound to {settings.host} and no token is configured"
        )
    check_write(request, settings.token, "ingest")


@router.post("/ingest", tags=["ingest"], openapi_extra=_body_schema(IngestRequest),
             summary="Extract documents and store them (needs the token when one is configured)",
             responses={207: {"description": "Some documents failed; each one's outcome is in `documents`."}})
async def ingest(request: Request) -> JSONResponse:
    check_ingest_allowed(request)
    payload = await read_body(request, IngestRequest)
    state: ApiState = request.app.state.accord
    lines = "\n".join(json.dumps(d.model_dump(exclude_none=True)) for d in payload.documents)

    def work() -> IngestSummary:
        # The documents go through the same JSONL reader as `accord ingest -`, so both validate alike.
        items = read_inputs(["-"], ReadOptions(max_bytes=state.settings.max_body_bytes * 2),
                            stdin=io.BytesIO(lines.encode("utf-8")))
        with state.write_lock:
            return run_ingest(items, state.store, PoolExtractor(state.pool), keep_log=True)

    summary = await run_in_threadpool(work)
    documents = [{"source": e.source, "doc_id": e.doc_id, "status": e.status, "version": e.version,
                  "reason": e.reason} for e in summary.log]
    body = {
        "run_id": summary.run_id, "read": summary.read, "stored": summary.stored,
        "new_versions": summary.new_versions, "duplicates": summary.duplicates, "failed": summary.failed,
        "failures": [{"source": f.source, "doc_id": f.doc_id, "reason": f.reason} for f in summary.failures],
        "documents": documents,
    }
    # 207 Multi-Status: the request was fine, and each document's own outcome is in the body.
    return JSONResponse(body, status_code=207 if summary.failed else 200)
