"""``extractor batch --via batch-api``: a run's articles through OpenAI's Batch API.

The provider's Batch API answers a file of requests within 24 hours, past the
live rate limits, at half the price. A run:

1. **submits**: every article not in OUT yet is rendered exactly as the live
   path renders it (the same prompt, cache key and request body:
   ``LLMBackend.batch_request``); one in the cache is written to OUT at once,
   the rest become lines of a JSONL input file (``custom_id`` = the article id),
   which is uploaded (``/v1/files``) and made a batch (``/v1/batches``, 24 h).
   The manifest records the articles (with their cache keys) before the upload,
   the input file id after it, the batch id as soon as the batch exists;
2. **polls** the batch every ``poll_interval`` seconds, a progress line each
   time its status or counts change;
3. **collects**: the output and error files are downloaded, and every answer
   goes through the live path's own validation (``LLMClient.aextract`` with the
   answer standing for its first HTTP call: schema, grounding, value in
   evidence, salvage under ``--ungrounded drop``). An answer that fails is
   **re-asked through the live path**, over HTTP, bounded by
   ``max_validation_attempts`` as any live re-ask. A request the batch failed
   (a line of its error file) is extracted through the live path. Every record
   lands in OUT and the cache.

Resume: a rerun finds the batch in the manifest and polls it again (a run
killed after the upload but before it wrote the batch id down finds its batch
by the input file id); nothing is submitted twice. ``--cancel`` cancels the
batch in the manifest (without the lock on OUT: a run polling it sees the
cancellation and collects what was done). A batch that expired, was cancelled
or failed is reported with its counts; what it finished is collected, and its
unfinished articles are not written, so the next run submits them in a new
batch. A run handles one batch; articles outside it wait for the next run.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import Article
from .batch_api_collect import BatchFiles, Collector, download_answers
from .batch_extract import BatchResult, aextract_many, refuse_inside_a_loop
from .batch_io import InputFailure, Item, Source
from .batch_store import OutputFile, Scan, manifest_path, read_manifest
from .config import Settings
from .errors import ConfigurationError, ExtractorError
from .pipeline import Extractor, finish

if TYPE_CHECKING:
    from .llm.backend import LLMBackend
    from .llm.batch_api import BatchAPI

log = logging.getLogger(__name__)

PENDING = "batch_api"  # the manifest's entry for the batch in progress
DONE = "batch_api_done"  # batches collected, newest last
# the Batch API's limits per batch: requests, and bytes of the input file
MAX_REQUESTS = 50_000
MAX_FILE_BYTES = 190 * 1024 * 1024
VIAS = ("live", "batch-api")
KEY_CHARS = 16  # of each article's cache key, kept in the manifest to spot a changed article


@dataclass
class BatchAPIState:
    """What the run learnt of its batch, for the stats and the summary."""

    status: str = "completed"
    batch_id: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    unfinished: int = 0  # articles the batch did not answer: submitted again next run
    left_for_next: int = 0  # articles outside this run's batch
    errors: list[str] = field(default_factory=list)


def check_via(via: str, poll_interval: float, settings: Settings) -> None:
    """One-line errors for options that cannot work, before anything is written."""
    if via not in VIAS:
        raise ConfigurationError(f"--via {via!r} is not one of {', '.join(VIAS)}")
    if not poll_interval >= 0 or poll_interval == float("inf"):
        raise ConfigurationError(f"--poll-interval must be 0 or more seconds, not {poll_interval}")
    if via != "batch-api":
        return
    if settings.chosen_backend() != "llm":
        raise ConfigurationError(
            "--via batch-api needs the LLM backend; the rules backend makes no requests",
            hint="add --backend llm with a key or --base-url, or drop --via batch-api",
        )
    if settings.offline:
        raise ConfigurationError(
            "--via batch-api submits requests; --offline makes none",
            hint="drop --offline, or --via batch-api",
        )


def fingerprint(settings: Settings, extractor: Extractor) -> dict[str, Any]:
    """What makes a batch's answers belong to a run: a rerun must match it to collect them."""
    prompt = getattr(extractor.backend, "prompt", None)
    return {
        "model": settings.model,
        "mode": settings.resolved_mode,
        "prompt_version": getattr(prompt, "version", None),
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
        "ungrounded": settings.ungrounded,
    }


def refuse_live_over_a_batch(manifest: dict[str, Any], out: Path) -> None:
    """A live run on an OUT whose batch is still out would pay twice for its articles."""
    pending = manifest.get(PENDING)
    if isinstance(pending, dict):
        raise ConfigurationError(
            f"{out}: batch {pending.get('batch_id') or '(being submitted)'} of the Batch API is "
            "in progress for this output",
            hint="rerun with --via batch-api to collect it, or cancel it with --via batch-api "
            "--cancel",
        )


def cancel_batch(out: str | os.PathLike[str], *, settings: Settings) -> dict[str, Any]:
    """Cancel the Batch API batch in progress for ``out`` (named by its manifest).

    Returns the batch as the API describes it after the request (``status``
    ``cancelling``, then ``cancelled``). OUT and its manifest are not touched and
    need no lock: the run that polls the batch, or the next one, collects what it
    finished, and the run after that submits the rest.
    """
    refuse_inside_a_loop("cancel_batch", "acancel_batch")
    return asyncio.run(acancel_batch(out, settings=settings))


async def acancel_batch(out: str | os.PathLike[str], *, settings: Settings) -> dict[str, Any]:
    """Async twin of :func:`cancel_batch`."""
    check_via("batch-api", 0.0, settings)
    output = OutputFile(out)
    mpath = manifest_path(output.path)
    if not mpath.exists():
        raise ConfigurationError(f"{output.path}: no manifest beside it; nothing to cancel")
    return await _cancel_pending(read_manifest(mpath), output.path, settings)


async def _cancel_pending(
    manifest: dict[str, Any], out: Path, settings: Settings
) -> dict[str, Any]:
    pending = manifest.get(PENDING)
    if not isinstance(pending, dict) or not pending.get("batch_id"):
        raise ConfigurationError(
            f"{out}: no Batch API batch in progress (the manifest names none); nothing to cancel"
        )
    from .llm.batch_api import BatchAPI

    api = BatchAPI(settings)
    try:
        return await api.cancel(str(pending["batch_id"]))
    finally:
        await api.aclose()


Say = Callable[[str], None]


async def batch_api_results(
    *,
    src: Source,
    output: OutputFile,
    scan: Scan,
    extractor: Extractor,
    settings: Settings,
    concurrency: int,
    poll_interval: float,
    manifest: dict[str, Any],
    save: Callable[[], None],
    skip: Callable[[Item], bool],
    state: BatchAPIState,
    say: Say,
) -> AsyncGenerator[BatchResult, None]:
    """The run's results, as the live runner's: cache hits and input failures at once,
    then the batch's records once it is over (see the module docstring)."""
    from .llm.batch_api import BatchAPI

    backend: LLMBackend = extractor.backend  # type: ignore[assignment]
    files = BatchFiles(output.path)
    api = BatchAPI(settings)
    try:
        pending = manifest.get(PENDING)
        resumed = isinstance(pending, dict)
        if isinstance(pending, dict):
            _check_same_settings(pending, settings, extractor, output.path)
            if pending.get("input_file_id") is None:  # killed before the upload was noted
                log.warning("%s: the last run stopped before its upload finished", output.path)
                pending = None
            else:
                state.left_for_next = sum(1 for _ in _not_in(src, pending, scan))
        if not isinstance(pending, dict):
            wanted: dict[str, str] = {}
            async for result in _write_input(src, backend, skip, files.input, wanted, state):
                yield result
            if not wanted:
                manifest.pop(PENDING, None)
                return
            pending = {
                "created": _now(),
                "settings": fingerprint(settings, extractor),
                "input_file_id": None,
                "batch_id": None,
                "articles": wanted,
            }
            manifest[PENDING] = pending
            save()
            pending["input_file_id"] = await api.upload(files.input)
            save()
            say(f"uploaded {len(wanted)} requests as {pending['input_file_id']}")
        if not pending.get("batch_id"):
            # resumed after a kill between the upload and noting the batch: it may exist
            found = await api.find(str(pending["input_file_id"])) if resumed else None
            info = found or await api.create(
                str(pending["input_file_id"]), {"extractor_output": output.path.name[:500]}
            )
            pending.update(info)
            save()
            made = "found again" if found else "created"
            say(f"batch {info['batch_id']} {made} ({len(pending['articles'])} requests)")
        info = await _poll(api, pending, poll_interval, save, say)
        state.batch_id, state.status = info["batch_id"], info["status"]
        state.counts, state.errors = info["request_counts"], info["errors"]
        answers = await download_answers(api, info, files)
        collector = Collector(
            backend, answers, pending["articles"], live_for_failed=info["status"] == "completed"
        )
        todo = (a for a in _in_batch(src, pending, scan) if collector.has(a.id))
        state.unfinished = sum(1 for a in _in_batch(src, pending, scan) if not collector.has(a.id))
        async for result in aextract_many(todo, extractor=collector, concurrency=concurrency):
            result.batch_tokens = collector.batch_tokens.pop(result.article_id, (0, 0))
            yield result
        manifest.setdefault(DONE, []).append(
            {
                **{k: v for k, v in pending.items() if k != "articles"},
                "collected": _now(),
                "articles": len(pending["articles"]),
                "unfinished": state.unfinished,
            }
        )
        manifest.pop(PENDING, None)
        save()
        files.remove()
        if state.left_for_next:
            say(
                f"{state.left_for_next} articles were not in this batch; run the same command "
                "again to submit them"
            )
    finally:
        await api.aclose()


async def _write_input(
    src: Source,
    backend: LLMBackend,
    skip: Callable[[Item], bool],
    path: Path,
    wanted: dict[str, str],
    state: BatchAPIState,
) -> AsyncGenerator[BatchResult, None]:
    """The input file of the articles to ask (``wanted``: id -> cache key); what is known
    at once (an unreadable input, the cache's record) is yielded instead."""
    size = 0
    with open(path, "wb") as f:
        for item in src:
            if skip(item):
                continue
            if isinstance(item, InputFailure):
                yield BatchResult(item.article_id, error=item.error)
                continue
            if len(wanted) >= MAX_REQUESTS or size >= MAX_FILE_BYTES:
                state.left_for_next += 1
                continue
            try:
                key, request = backend.batch_request(item)
            except ExtractorError as exc:
                exc.article_id = exc.article_id or item.id
                yield BatchResult(item.id, error=exc, source=item.source)
                continue
            if not isinstance(request, dict):  # the cache had it
                yield BatchResult(item.id, record=finish(request, item), source=item.source)
                continue
            line = {"custom_id": item.id, "method": "POST", "url": "/v1/chat/completions"}
            data = json.dumps({**line, "body": request}, ensure_ascii=False) + "\n"
            f.write(data.encode("utf-8"))
            size += len(data)
            wanted[item.id] = key[:KEY_CHARS]
            await asyncio.sleep(0)  # let a Ctrl-C through on a long input


async def _poll(
    api: BatchAPI,
    pending: dict[str, Any],
    interval: float,
    save: Callable[[], None],
    say: Say,
) -> dict[str, Any]:
    """Poll until the batch is over; the manifest keeps its latest status and counts."""
    from .llm.batch_api import FINAL

    said = None
    while True:
        info = await api.retrieve(str(pending["batch_id"]))
        pending.update(info)
        counts = info["request_counts"]
        line = (
            f"batch {info['batch_id']}: {info['status']}, {counts['completed']}/"
            f"{counts['total'] or len(pending['articles'])} answered, {counts['failed']} failed"
        )
        if line != said:
            save()
            say(line)
            said = line
        if info["status"] in FINAL:
            return info
        await asyncio.sleep(interval)


def _in_batch(src: Source, pending: dict[str, Any], scan: Scan) -> Any:
    """The batch's articles (first occurrence of each id) not in OUT yet."""
    asked = set(pending["articles"]) - scan.done
    for item in src:
        if isinstance(item, Article) and item.id in asked:
            asked.discard(item.id)
            yield item


def _not_in(src: Source, pending: dict[str, Any], scan: Scan) -> Any:
    """Articles outside the batch, not in OUT: the next run's."""
    seen = set(pending["articles"]) | scan.done
    for item in src:
        article_id = item.article_id if isinstance(item, InputFailure) else item.id
        if article_id not in seen:
            seen.add(article_id)
            yield item


def _check_same_settings(
    pending: dict[str, Any], settings: Settings, extractor: Extractor, out: Path
) -> None:
    then, now = pending.get("settings") or {}, fingerprint(settings, extractor)
    changed = [f"{k} {then.get(k)!r} (now {now[k]!r})" for k in now if then.get(k) != now[k]]
    if changed:
        raise ConfigurationError(
            f"{out}: batch {pending.get('batch_id') or '(being submitted)'} was made with "
            + ", ".join(changed),
            hint="rerun with the settings it was made with, or cancel it with --cancel",
        )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
