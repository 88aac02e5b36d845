"""Many articles: bounded concurrency, rate limits, resume, nothing lost.

Two layers:

- :func:`aextract_many` / :func:`extract_many` (async and sync iterators) run
  one ``Extractor`` over many articles with at most ``concurrency`` in flight and
  yield a :class:`BatchResult` for each as it completes: the record, or the
  error with the article id and its cause. One bad article never stops the
  others. Inputs are pulled only when a slot frees, so memory stays flat.
- :func:`run_batch` is what ``extractor batch`` runs: the iterator above,
  writing every result to OUT the moment it finishes, skipping ids OUT already
  holds a record for, retrying its errors, with RPM / TPM limits, progress
  callbacks, a manifest and an optional CSV (files: ``batch_store.py``; inputs:
  ``batch_io.py``). SIGINT / SIGTERM stop dispatching, cancel what is in
  flight (those articles are simply not in OUT yet) and still compact OUT and
  write the manifest: the run says ``interrupted`` and resumes where it stopped.

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
from collections import Counter
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .batch_io import InputFailure, Item, Source, _from_fields, open_source
from .batch_store import OutputFile, export_csv, manifest_path, read_manifest, write_json_atomic
from .config import Settings
from .errors import (
    AuthenticationFailed,
    ConfigurationError,
    EndpointUnreachable,
    ExtractionError,
    ExtractorError,
    InputError,
)
from .pipeline import Article, Extractor, read_article
from .ratelimit import RequestGate
from .schema import OperationReport, Usage

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 8
# consecutive articles failing with EndpointUnreachable before the run stops
ABORT_AFTER = 10
# USD per million tokens (input, output), as published by OpenAI in 2025; --price overrides
PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
}


# -- one result -------------------------------------------------------------------------
@dataclass
class BatchResult:
    """One article's outcome: ``record`` or ``error`` (never both)."""

    article_id: str
    record: OperationReport | None = None
    error: ExtractorError | None = None
    source: str | None = None

    @property
    def ok(self) -> bool:
        return self.record is not None

    @property
    def cached(self) -> bool:
        return bool(self.record and self.record.provenance and self.record.provenance.cache_hit)

    @property
    def usage(self) -> Usage:
        if self.record is not None and self.record.provenance is not None:
            return self.record.provenance.usage
        usage = getattr(self.error, "usage", None)
        return usage if isinstance(usage, Usage) else Usage()

    def to_dict(self) -> dict[str, Any]:
        """The output line: the record, or ``{"article_id", "error": {...}}``."""
        if self.record is not None:
            return self.record.model_dump(mode="json")
        assert self.error is not None
        return {
            "article_id": self.article_id,
            "error": {
                "cause": self.error.cause,
                "message": self.error.one_line(),
                "attempts": self.error.attempts,
                "usage": self.usage.model_dump(),
                "source": self.source,
            },
        }


def _items(articles: Any) -> Iterator[Item]:
    """Articles from a source path, or from an iterable of Article / dict / path."""
    if isinstance(articles, (str, os.PathLike)):
        yield from open_source(articles)
        return
    for n, item in enumerate(articles, start=1):
        if isinstance(item, (Article, InputFailure)):
            yield item
        elif isinstance(item, dict):
            yield _from_fields(item, where=f"item {n}")
        elif isinstance(item, (str, os.PathLike)):
            try:
                yield read_article(os.fspath(item))
            except InputError as exc:
                yield InputFailure(exc.article_id or str(item), exc)
        else:
            raise TypeError(f"item {n}: expected an Article, a dict or a path, "
                            f"not {type(item).__name__}")


async def _extract_one(extractor: Extractor, article: Article) -> BatchResult:
    try:
        record = await extractor.aextract_article(article)
    except ExtractorError as exc:
        exc.article_id = exc.article_id or article.id
        return BatchResult(article.id, error=exc, source=article.source)
    except Exception as exc:  # noqa: BLE001 - a bug on one article must not sink the batch
        log.debug("unexpected error on %s", article.id, exc_info=True)
        error = ExtractionError(f"{article.id}: unexpected {type(exc).__name__}: {exc}",
                                article_id=article.id)
        return BatchResult(article.id, error=error, source=article.source)
    return BatchResult(article.id, record=record, source=article.source)


async def aextract_many(
    articles: Any,
    *,
    extractor: Extractor | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    skip: Callable[[str], bool] | None = None,
    **settings: Any,
) -> AsyncGenerator[BatchResult, None]:
    """Extract many articles, at most ``concurrency`` at once, yielding results as they finish.

    ``articles``: a source path (folder, glob, .jsonl, .csv) or an iterable of
    ``Article``, dicts (``id``, ``text``, ``published``) or file paths; pulled
    lazily. ``skip(article_id)`` drops an article before it is extracted (resume,
    duplicates). Without ``extractor`` one is made from ``settings`` (the
    ``Extractor`` keywords) and closed at the end.
    """
    if concurrency < 1:
        raise ConfigurationError(f"concurrency must be at least 1, not {concurrency}")
    owned = extractor is None
    ex = extractor if extractor is not None else Extractor(**settings)
    items = _items(articles)
    pending: set[asyncio.Task[BatchResult]] = set()
    # finished tasks arrive here: O(1) per completion, where asyncio.wait would re-arm a
    # callback on every pending task each time
    finished: asyncio.Queue[asyncio.Task[BatchResult]] = asyncio.Queue()
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < concurrency:
                item = next(items, None)
                if item is None:
                    exhausted = True
                elif skip is not None and skip(item.article_id if isinstance(item, InputFailure)
                                               else item.id):
                    continue
                elif isinstance(item, InputFailure):
                    yield BatchResult(item.article_id, error=item.error)
                else:
                    task = asyncio.ensure_future(_extract_one(ex, item))
                    task.add_done_callback(finished.put_nowait)
                    pending.add(task)
            if not pending:
                return
            task = await finished.get()
            pending.discard(task)
            yield task.result()
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        if owned:
            await ex.aclose()


def extract_many(
    articles: Any,
    *,
    extractor: Extractor | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    **settings: Any,
) -> Iterator[BatchResult]:
    """Sync twin of :func:`aextract_many` (runs its own event loop; call it outside one)."""
    _refuse_inside_a_loop("extract_many", "aextract_many")
    loop = asyncio.new_event_loop()
    agen = aextract_many(articles, extractor=extractor, concurrency=concurrency, **settings)
    try:
        while True:
            try:
                yield loop.run_until_complete(agen.__anext__())
            except StopAsyncIteration:
                return
    finally:
        loop.run_until_complete(agen.aclose())
        if extractor is not None:  # its connection pool of this loop dies with the loop
            aclose = getattr(extractor.backend, "aclose", None)
            if aclose is not None:
                loop.run_until_complete(aclose())
        loop.close()


def _refuse_inside_a_loop(name: str, twin: str) -> None:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise ConfigurationError(f"{name} runs its own event loop and cannot run inside one",
                             hint=f"in async code (or Jupyter) use {twin}")


# -- a run to a file ---------------------------------------------------------------------
@dataclass
class BatchStats:
    """Counters of one run; what the progress bar, the summary and the manifest show."""

    total: int | None = None  # items in the input (None: not counted)
    skipped_done: int = 0  # already in OUT with a record
    duplicates: int = 0
    retried: int = 0  # had an error line in OUT, tried again
    succeeded: int = 0
    failed: int = 0
    cached: int = 0
    failures_by_cause: Counter[str] = field(default_factory=Counter)
    usage: Usage = field(default_factory=Usage)
    cost_usd: float | None = 0.0
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    status: str = "running"
    lines_dropped: int = 0

    @property
    def processed(self) -> int:
        return self.succeeded + self.failed

    @property
    def remaining(self) -> int | None:
        if self.total is None:
            return None
        return max(0, self.total - self.skipped_done - self.duplicates - self.processed)

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def rate(self) -> float:
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        left = self.remaining
        if left is None or self.rate <= 0:
            return None
        return left / self.rate

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "skipped_done": self.skipped_done,
            "duplicates": self.duplicates,
            "retried": self.retried,
            "succeeded": self.succeeded,
            "failed": self.failed,
            "cached": self.cached,
            "failures_by_cause": dict(self.failures_by_cause),
            "usage": self.usage.model_dump(),
            "cost_usd": None if self.cost_usd is None else round(self.cost_usd, 6),
            "wall_s": round(self.elapsed, 3),
            "articles_per_s": round(self.rate, 3),
            "status": self.status,
            "lines_dropped": self.lines_dropped,
        }


def price_for(model: str, override: tuple[float, float] | None) -> tuple[float, float] | None:
    return override if override is not None else PRICES_PER_MTOK.get(model)


@dataclass
class BatchOptions:
    concurrency: int = DEFAULT_CONCURRENCY
    rpm: float | None = None
    tpm: float | None = None
    csv_path: Path | None = None
    price: tuple[float, float] | None = None  # USD per million (input, output) tokens
    count_input: bool = True
    handle_signals: bool = True


Progress = Callable[[BatchStats], None]


def run_batch(source: str | os.PathLike[str], out: str | os.PathLike[str], *,
              settings: Settings, options: BatchOptions | None = None,
              progress: Progress | None = None) -> BatchStats:
    """Extract every article of ``source`` into ``out`` (JSONL), resuming what is there.

    Returns the run's counters (``status``: completed, interrupted or aborted).
    A run-level failure is raised after OUT and the manifest are written.
    """
    _refuse_inside_a_loop("run_batch", "arun_batch")
    return asyncio.run(arun_batch(source, out, settings=settings, options=options,
                                  progress=progress))


async def arun_batch(source: str | os.PathLike[str], out: str | os.PathLike[str], *,
                     settings: Settings, options: BatchOptions | None = None,
                     progress: Progress | None = None) -> BatchStats:
    """Async twin of :func:`run_batch`."""
    opts = options or BatchOptions()
    if opts.concurrency < 1:
        raise ConfigurationError(f"--concurrency must be at least 1, not {opts.concurrency}")
    for name, value in (("--rpm", opts.rpm), ("--tpm", opts.tpm)):
        if value is not None and value <= 0:
            raise ConfigurationError(f"{name} must be positive, not {value:g}")
    src = open_source(source)  # a bad INPUT fails before anything is written
    output = OutputFile(out)
    scan = output.scan()
    stats = BatchStats(status="running")
    if scan.torn:
        dropped = output.cut_torn_line()
        log.warning("%s: cut off a torn last line (%d bytes) left by an interrupted run; "
                    "its article is extracted again", output.path, dropped)
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
    run_entry = _run_entry(src, output, settings, extractor, opts)
    manifest["runs"].append(run_entry)

    def save_manifest() -> None:
        run_entry["stats"] = stats.as_dict()
        run_entry["rate_limit"] = {"waited_s": round(gate.waited_s, 3), "pauses": gate.pauses}
        run_entry["finished"] = _now() if stats.status != "running" else None
        manifest["output"] = str(output.path)
        manifest["updated"] = _now()
        write_json_atomic(mpath, manifest)

    output.open()
    save_manifest()
    stop = asyncio.Event()
    restore = _install_stop_signals(stop) if opts.handle_signals else (lambda: None)
    seen: set[str] = set()

    def skip(article_id: str) -> bool:
        if article_id in seen:
            stats.duplicates += 1
            log.warning("%s: duplicate id in the input, skipped", article_id)
            return True
        seen.add(article_id)
        if article_id in scan.done:
            stats.skipped_done += 1
            return True
        if article_id in scan.errors:
            stats.retried += 1
        return False

    abort: ExtractorError | None = None
    unreachable_in_a_row = 0
    last_saved = time.monotonic()
    results = aextract_many(src, extractor=extractor, concurrency=opts.concurrency, skip=skip)
    until = _until(results, stop)
    try:
        async for result in until:
            output.write(result.to_dict())
            _count(stats, result, price)
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
        stats.status = ("aborted" if abort is not None
                        else "interrupted" if stop.is_set() else "completed")
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
        if opts.csv_path is not None:
            rows = export_csv(output, Path(opts.csv_path))
            run_entry["csv"] = {"path": str(opts.csv_path), "rows": rows}
        stats.finished = time.monotonic()
        save_manifest()
        if progress is not None:
            progress(stats)
    if abort is not None:
        raise abort
    return stats


async def _until(results: AsyncIterator[BatchResult],
                 stop: asyncio.Event) -> AsyncGenerator[BatchResult, None]:
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


def _count(stats: BatchStats, result: BatchResult, price: tuple[float, float] | None) -> None:
    usage = result.usage
    stats.usage = stats.usage.add(usage)
    if result.ok:
        stats.succeeded += 1
        stats.cached += int(result.cached)
    else:
        stats.failed += 1
        assert result.error is not None
        stats.failures_by_cause[result.error.cause] += 1
    if price is not None and stats.cost_usd is not None:
        stats.cost_usd += (usage.prompt_tokens * price[0]
                           + usage.completion_tokens * price[1]) / 1_000_000


def _run_entry(src: Source, output: OutputFile, settings: Settings, extractor: Extractor,
               opts: BatchOptions) -> dict[str, Any]:
    from . import __version__
    from .llm.redact import redact_url  # plain string work; imports no SDK

    backend = extractor.backend
    prompt = getattr(backend, "prompt", None)
    return {
        "started": _now(),
        "finished": None,
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
            "cache_dir": (str(settings.cache_dir) if settings.use_cache
                          and extractor.backend_name == "llm" else None),
            "offline": settings.offline,
        },
        "options": {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(opts).items()
                    if k not in ("handle_signals", "count_input")},
    }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def summarise(stats: BatchStats) -> Iterable[str]:
    """The end-of-run summary, as lines."""
    cost = "n/a" if stats.cost_usd is None else f"${stats.cost_usd:.4f}"
    yield (f"{stats.status}: {stats.succeeded} records ({stats.cached} from cache), "
           f"{stats.failed} errors, {stats.skipped_done} already done, "
           f"{stats.duplicates} duplicate ids skipped")
    if stats.failures_by_cause:
        yield "failures by cause: " + ", ".join(
            f"{cause} {n}" for cause, n in stats.failures_by_cause.most_common())
    u = stats.usage
    yield (f"usage: {u.requests} requests, {u.total_tokens} tokens "
           f"({u.prompt_tokens} prompt + {u.completion_tokens} completion), cost {cost}")
    yield f"wall time {stats.elapsed:.1f}s, {stats.rate:.1f} articles/s"
