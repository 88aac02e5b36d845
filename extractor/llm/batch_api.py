"""OpenAI's Batch API over the openai SDK: upload, create, poll, cancel, download.

Plain verbs over ``client.files`` and ``client.batches``; what a batch *is* for
a run (which articles, the manifest, the records) lives in ``batch_api_run.py``.
Each call is retried by the transport policy of live calls (``retry.py``: 429
honouring Retry-After, 5xx, timeouts, dropped connections; the SDK's own retries
off) and a failure for good becomes one of our ``LLMError``s naming the step.
Batches are described by plain dicts (:func:`batch_info`) so the manifest can
keep them as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

import openai

from ..config import Settings
from ..errors import LLMError, TransportError
from .redact import protect_sdk_loggers, redact_url
from .retry import async_retrying, scrub, scrub_exception, server_message, status_of, to_llm_error
from .transport import AsyncGuardedTransport, transport_args

log = logging.getLogger(__name__)

ENDPOINT: Literal["/v1/chat/completions"] = "/v1/chat/completions"
WINDOW: Literal["24h"] = "24h"
# statuses after which a batch changes no more
FINAL = frozenset({"completed", "failed", "expired", "cancelled"})
# an output file may be large; it is streamed to disk, never held in memory
FILE_MAX_BYTES = 8 * 1024**3

T = TypeVar("T")


def batch_info(batch: Any) -> dict[str, Any]:
    """What the manifest and the progress lines need of an SDK ``Batch``."""
    counts = getattr(batch, "request_counts", None)
    errors = getattr(getattr(batch, "errors", None), "data", None) or []
    return {
        "batch_id": batch.id,
        "status": batch.status,
        "input_file_id": batch.input_file_id,
        "output_file_id": getattr(batch, "output_file_id", None),
        "error_file_id": getattr(batch, "error_file_id", None),
        "request_counts": {
            "total": getattr(counts, "total", 0) or 0,
            "completed": getattr(counts, "completed", 0) or 0,
            "failed": getattr(counts, "failed", 0) or 0,
        },
        "errors": [
            f"{getattr(e, 'code', None) or 'error'}: {getattr(e, 'message', '')}"
            + (f" (line {e.line})" if getattr(e, "line", None) is not None else "")
            for e in errors
        ][:20],
    }


class BatchAPI:
    """The Files and Batches endpoints of one OpenAI-compatible server (async)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._secrets = (settings.api_key or "",)
        protect_sdk_loggers(settings.api_key)
        self._client = openai.AsyncOpenAI(
            api_key=settings.api_key or "not-needed",
            base_url=settings.base_url or "https://api.openai.com/v1",
            timeout=settings.timeout,
            max_retries=0,  # tenacity owns transport retries (retry.py)
            http_client=openai.DefaultAsyncHttpxClient(
                transport=AsyncGuardedTransport(max_bytes=FILE_MAX_BYTES, **transport_args())
            ),
        )

    async def _call(self, step: str, call: Callable[[], Awaitable[T]]) -> T:
        tries = 0
        try:
            async for attempt in async_retrying(self.settings):
                with attempt:
                    tries = attempt.retry_state.attempt_number
                    return await call()
        except openai.APIError as exc:
            scrub_exception(exc, self._secrets)
            raise self._error(exc, step, tries) from exc
        raise AssertionError("unreachable")  # pragma: no cover - reraise=True

    def _error(self, exc: openai.APIError, step: str, tries: int) -> LLMError:
        status = status_of(exc)
        url = redact_url(self.settings.base_url)
        if status in (404, 405) and step in ("upload the input file", "create the batch"):
            return TransportError(
                f"{url} has no Batch API: {step} answered {status}: "
                f"{scrub(server_message(exc), self._secrets)}",
                hint="use --via live with this endpoint (llama.cpp, Ollama and vLLM have no "
                "Batch API)",
            )
        error = to_llm_error(exc, settings=self.settings, attempts=tries)
        error.message = f"Batch API: could not {step}: {error.message}"
        return error

    async def upload(self, path: Path) -> str:
        """Upload a JSONL input file; its file id."""
        created = await self._call(
            "upload the input file",
            lambda: self._client.files.create(file=path, purpose="batch"),
        )
        return str(created.id)

    async def create(self, input_file_id: str, metadata: dict[str, str]) -> dict[str, Any]:
        batch = await self._call(
            "create the batch",
            lambda: self._client.batches.create(
                input_file_id=input_file_id,
                endpoint=ENDPOINT,
                completion_window=WINDOW,
                metadata=metadata,
            ),
        )
        return batch_info(batch)

    async def find(self, input_file_id: str) -> dict[str, Any] | None:
        """The batch made from ``input_file_id``, if one was (a run killed between
        creating the batch and writing its id down)."""

        async def look() -> dict[str, Any] | None:
            async for batch in self._client.batches.list(limit=100):
                if batch.input_file_id == input_file_id:
                    return batch_info(batch)
            return None

        return await self._call("list the batches", look)

    async def retrieve(self, batch_id: str) -> dict[str, Any]:
        batch = await self._call(
            f"poll batch {batch_id}", lambda: self._client.batches.retrieve(batch_id)
        )
        return batch_info(batch)

    async def cancel(self, batch_id: str) -> dict[str, Any]:
        batch = await self._call(
            f"cancel batch {batch_id}", lambda: self._client.batches.cancel(batch_id)
        )
        return batch_info(batch)

    async def download(self, file_id: str, path: Path) -> Path:
        """Stream a file's content to ``path`` (replaced whole; a retry starts again)."""

        async def fetch() -> Path:
            part = path.with_name(path.name + ".part")
            async with self._client.files.with_streaming_response.content(file_id) as answer:
                await answer.stream_to_file(part)
            part.replace(path)
            return path

        return await self._call(f"download file {file_id}", fetch)

    async def aclose(self) -> None:
        await self._client.close()
