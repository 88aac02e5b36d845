"""A batch run to a file: what ``extractor batch`` runs.

:func:`run_batch` drives :func:`~extractor.batch_extract.aextract_many`,
writing every result to OUT the moment it finishes, skipping ids OUT already
holds a record for, retrying its errors, with RPM / TPM limits, progress
callbacks, a manifest and an optional CSV (files: ``batch_store.py``; inputs:
``batch_io.py``). SIGINT / SIGTERM stop dispatching, cancel what is in flight
(those articles are simply not in OUT yet) and still compact OUT and write the
manifest: the run says ``interrupted`` and resumes where it stopped.

Duplicate ids in the input: the first occurrence is extracted, later ones are
skipped and counted (``duplicates``); one id, one line in OUT.

A run-level failure (the key is refused; the endpoint is unreachable for
``ABORT_AFTER`` articles in a row) stops the run instead of writing thousands
of identical error lines: the run says ``aborted`` and raises that error.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .batch_api_run import (
    BatchAPIState,
    batch_api_results,
    check_via,
    refuse_live_over_a_batch,
)
from .batch_csv import export_csv
from .batch_extract import DEFAULT_CONCURRENCY, BatchResult, aextract_many, refuse_inside_a_loop
from .batch_guard import OutputLock, check_paths
from .batch_io import InputFailure, Item, Source, open_source
from .batch_stats import BatchStats, count_result, price_for
from .batch_store import (
    OutputFile,
    manifest_path,
    mark_dead_runs,
    read_manifest,
    write_json_atomic,
)
from .batch_workers import WorkerPool, check_workers
from .config import Settings, positive_rate
from .errors import AuthenticationFailed, ConfigurationError, EndpointUnreachable, ExtractorError
from .pipeline import Extractor
from .ratelimit import RequestGate

log = logging.getLogger(__name__)

# consecutive articles failing with EndpointUnreachable before the run stops
ABORT_AFTER = 10
# how often a run started with --wait tries the lock on OUT again
LOCK_POLL_S = 0.2


@dataclass
class BatchOptions:
    concurrency: int = DEFAULT_CONCURRENCY
    rpm: float | None = None
    tpm: float | None = None
    csv_path: Path | None = None
    price: tuple[float, float] | None = None  # USD per million (input, output) tokens
    count_input: bool = True
    handle_signals: bool = True
    wait: bool = False  # another run holds OUT: wait for it (else refuse at once)
    via: str = "live"  # or "batch-api": OpenAI's Batch API (batch_api_run.py)
    poll_interval: float = 30.0  # seconds between polls of a batch (--via batch-api)
    workers: int = 1  # processes extracting (batch_workers.py); 1: this process alone


Progress = Callable[[BatchStats], None]


def run_batch(
    source: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    settings: Settings,
    options: BatchOptions | None = None,
    progress: Progress | None = None,
) -> BatchStats:
    """Extract every article of ``source`` into ``out`` (JSONL), resuming what is there.

    Returns the run's counters (``status``: completed, interrupted or aborted).
    A run-level failure is raised after OUT and the manifest are written.
    """
    refuse_inside_a_loop("run_batch", "arun_batch")
    return asyncio.run(
        arun_batch(source, out, settings=settings, options=options, progress=progress)
    )


async def arun_batch(
    source: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    settings: Settings,
    options: BatchOptions | None = None,
    progress: Progress | None = None,
) -> BatchStats:
    """Async twin of :func:`run_batch`."""
    opts = options or BatchOptions()
    if opts.concurrency < 1:
        raise ConfigurationError(f"--concurrency must be at least 1, not {opts.concurrency}")
    check_workers(opts.workers, opts.via)
    positive_rate("--rpm", opts.rpm)  # the CLI's check, for callers of the Python API too
    positive_rate("--tpm", opts.tpm)
    check_via(opts.via, opts.poll_interval, settings)
    src = open_source(source)  # a bad INPUT fails before anything is written
    output = OutputFile(out)
    csv_path = Path(opts.csv_path) if opts.csv_path is not None else None
    lock = OutputLock(output.path)
    paths = {
        "-o": output.path,
        "--csv": csv_path,
        "the manifest": manifest_path(output.path),
        "the lock file": lock.path,
    }
    check_paths(src, {label: p for label, p in paths.items() if p is not None})
    output.prepare_folder()
    if not lock.try_acquire():
        if not opts.wait:
            raise lock.refusal()
        log.warning("%s: waiting for pid %s to finish (--wait)", output.path, lock.holder)
        while not lock.try_acquire():
            await asyncio.sleep(LOCK_POLL_S)
    try:
        return await _run_locked(src, output, csv_path, settings, opts, progress)
    finally:
        lock.release()


async def _run_locked(
    src: Source,
    output: OutputFile,
    csv_path: Path | None,
    settings: Settings,
    opts: BatchOptions,
    progress: Progress | None,
) -> BatchStats:
    """The run, once this process alone may write OUT and its manifest."""
    scan = output.scan()
    stats = BatchStats(status="running")
    if scan.torn:
        dropped = output.cut_torn_line()
        log.warning(
            "%s: cut off a torn last line (%d bytes) left by an interrupted run; "
            "its article is extracted again",
            output.path,
            dropped,
        )
    if scan.redundant:
        stats.lines_dropped += output.compact()
    if opts.count_input:
        stats.total = await asyncio.to_thread(src.count)
    extractor = Extractor(settings=settings)
    price = price_for(settings.model, opts.price) if extractor.backend_name == "llm" else (0, 0)
    stats.cost_usd = None if price is None else 0.0
    gate = RequestGate(rpm=opts.rpm, tpm=opts.tpm)
    extractor.set_request_gate(gate)
    mpath = manifest_path(output.path)
    manifest = read_manifest(mpath)
    if opts.via == "live":
        refuse_live_over_a_batch(manifest, output.path)
    mark_dead_runs(manifest, _now())
    run_entry = _run_entry(src, output, settings, extractor, opts)
    manifest["runs"].append(run_entry)

    pool = _pool(settings, opts)

    def save_manifest() -> None:
        run_entry["stats"] = stats.as_dict()
        waited_s, pauses = gate.waited_s, gate.pauses
        if pool is not None:
            waited_s, pauses = pool.report.waited_s, pool.report.pauses
            run_entry["workers"] = {
                "articles": {str(pid): n for pid, n in pool.report.articles.items()},
                "cpu_s": round(pool.report.cpu_s, 3),
            }
        run_entry["rate_limit"] = {"waited_s": round(waited_s, 3), "pauses": pauses}
        run_entry["finished"] = _now() if stats.status != "running" else None
        manifest["output"] = str(output.path)
        manifest["updated"] = _now()
        write_json_atomic(mpath, manifest)

    output.open()
    save_manifest()
    stop = asyncio.Event()
    restore = _install_stop_signals(stop) if opts.handle_signals else (lambda: None)
    seen: dict[str, str | None] = {}  # id -> where it was first read

    def skip(item: Item) -> bool:
        article_id = item.article_id if isinstance(item, InputFailure) else item.id
        where = None if isinstance(item, InputFailure) else item.source
        if article_id in seen:
            stats.duplicates += 1
            log.warning("%s", duplicate_message(article_id, seen[article_id], where))
            return True
        seen[article_id] = where
        if article_id in scan.done:
            stats.skipped_done += 1
            return True
        if article_id in scan.errors:
            stats.retried += 1
        return False

    abort: ExtractorError | None = None
    unreachable_in_a_row = 0
    last_saved = time.monotonic()
    state = BatchAPIState()

    def say(line: str) -> None:
        log.info("%s", line)
        stats.phase = line
        if progress is not None:
            progress(stats)

    results: AsyncGenerator[BatchResult, None]
    if opts.via == "batch-api":
        results = batch_api_results(
            src=src,
            output=output,
            scan=scan,
            extractor=extractor,
            settings=settings,
            concurrency=opts.concurrency,
            poll_interval=opts.poll_interval,
            manifest=manifest,
            save=save_manifest,
            skip=skip,
            state=state,
            say=say,
        )
    else:
        wanted = (item for item in src if not skip(item))
        results = (
            aextract_many(wanted, extractor=extractor, concurrency=opts.concurrency)
            if pool is None
            else pool.results(wanted)
        )
    until = _until(results, stop)
    try:
        async for result in until:
            output.write(result.to_dict())
            count_result(stats, result, price)
            if progress is not None:
                progress(stats)
            if isinstance(result.error, AuthenticationFailed):
                abort = result.error
            elif isinstance(result.error, EndpointUnreachable):
                unreachable_in_a_row += 1
                if unreachable_in_a_row >= ABORT_AFTER:
                    abort = result.error
            else:
                unreachable_in_a_row = 0
            if abort is not None:
                break
            if time.monotonic() - last_saved > 10:
                save_manifest()
                last_saved = time.monotonic()
        stats.status = (
            "aborted" if abort is not None else "interrupted" if stop.is_set() else state.status
        )
    except BaseException:
        stats.status = "interrupted"
        raise
    finally:
        await until.aclose()
        await results.aclose()
        restore()
        await extractor.aclose()
        output.close()
        stats.lines_dropped += output.compact()
        if csv_path is not None:
            rows = export_csv(output, csv_path)
            run_entry["csv"] = {"path": str(csv_path), "rows": rows}
        stats.finished = time.monotonic()
        stats.unfinished = state.unfinished
        if opts.via == "batch-api":
            run_entry["batch_api"] = {
                "batch_id": state.batch_id,
                "status": state.status,
                "request_counts": state.counts,
                "unfinished": state.unfinished,
                "left_for_next_run": state.left_for_next,
                "errors": state.errors,
            }
        save_manifest()
        if progress is not None:
            progress(stats)
    if abort is not None:
        raise abort
    return stats


def _pool(settings: Settings, opts: BatchOptions) -> WorkerPool | None:
    """The worker processes of a run with ``workers`` > 1 (else None: this process works)."""
    if opts.workers == 1:
        return None
    return WorkerPool(
        settings, workers=opts.workers, concurrency=opts.concurrency, rpm=opts.rpm, tpm=opts.tpm
    )


async def _until(
    results: AsyncIterator[BatchResult], stop: asyncio.Event
) -> AsyncGenerator[BatchResult, None]:
    """``results`` until ``stop`` is set (then what is in flight is left to be cancelled)."""
    stopper = asyncio.ensure_future(stop.wait())
    try:
        while not stop.is_set():
            nxt = asyncio.ensure_future(results.__anext__())
            await asyncio.wait({nxt, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if not nxt.done():
                nxt.cancel()
                await asyncio.gather(nxt, return_exceptions=True)
                return
            try:
                yield nxt.result()
            except StopAsyncIteration:
                return
    finally:
        stopper.cancel()


def _install_stop_signals(stop: asyncio.Event) -> Callable[[], None]:
    """SIGINT / SIGTERM set ``stop`` once; a second SIGINT interrupts at once."""
    loop = asyncio.get_running_loop()
    installed: list[int] = []

    def first(signum: int) -> None:
        log.warning("stopping: finishing the output (press Ctrl-C again to quit at once)")
        stop.set()
        loop.remove_signal_handler(signum)

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, first, sig)
            installed.append(sig)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread
            pass

    def restore() -> None:
        for sig in installed:
            loop.remove_signal_handler(sig)

    return restore


def _run_entry(
    src: Source, output: OutputFile, settings: Settings, extractor: Extractor, opts: BatchOptions
) -> dict[str, Any]:
    from . import __version__
    from .llm.redact import redact_url  # plain string work; imports no SDK

    backend = extractor.backend
    prompt = getattr(backend, "prompt", None)
    return {
        "started": _now(),
        "finished": None,
        "pid": os.getpid(),
        "package": f"extractor {__version__}",
        "input": {"kind": src.kind, "location": src.location},
        "output": str(output.path),
        "backend": extractor.backend_name,
        "settings": {
            "model": settings.model if extractor.backend_name == "llm" else None,
            "base_url": redact_url(settings.base_url) if settings.base_url else None,
            "mode": settings.mode,
            "prompt": settings.prompt,
            "prompt_version": getattr(prompt, "version", None),
            "temperature": settings.temperature,
            "max_tokens": settings.max_tokens,
            "timeout": settings.timeout,
            "max_attempts": settings.max_attempts,
            "max_validation_attempts": settings.max_validation_attempts,
            "cache_dir": (
                str(settings.cache_dir)
                if settings.use_cache and extractor.backend_name == "llm"
                else None
            ),
            "offline": settings.offline,
        },
        "options": {
            k: (str(v) if isinstance(v, Path) else v)
            for k, v in asdict(opts).items()
            if k not in ("handle_signals", "count_input")
        },
    }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def duplicate_message(article_id: str, first: str | None, again: str | None) -> str:
    """Which two inputs share an id, and how to tell them apart."""
    if first and again:
        both = f"{again} has the same id as {first}; {again} skipped"
    else:
        both = f"{again or 'a later item'} repeats it; skipped"
    if again and again.lower().endswith(".txt"):
        how = (
            "a file's id is its name without .txt: rename one of the files, or run each "
            "folder into its own -o"
        )
    else:
        how = "give each article its own id"
    return f"{article_id}: duplicate id: {both} (try: {how})"
