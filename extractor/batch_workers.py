"""Worker processes: one batch over several cores (``extractor batch --workers N``).

One event loop spends a few milliseconds of CPU per request (rendering, the SDK,
parsing, validation with grounding); at high concurrency and short latency that
CPU, not the endpoint, sets the pace, and the other cores sit idle. With
``workers`` > 1 the run starts that many processes (``spawn``: no state forked
from the parent), each with its own ``Extractor`` and event loop, and keeps the
rest where it was: the parent reads the input, skips what OUT holds, writes OUT,
the manifest and the counters, and handles Ctrl-C.

- Work is pulled: every worker takes the next article from one queue when it
  has a free slot (``concurrency`` / ``workers`` each, rounded up), so a slow
  worker never holds up the others and the input is still read lazily (the
  parent keeps at most ``concurrency`` articles out).
- Rate limits are shared: each worker's gate gets ``rpm`` / ``workers`` and
  ``tpm`` / ``workers``, and a 429 pauses every worker (one shared "paused
  until" on the system-wide monotonic clock).
- Results come back as the output line plus what the counters need; the parent
  never re-validates a record.
- A worker that dies (killed, out of memory) stops the run with one line; what
  was written stays in OUT and the next run resumes. Workers leave when the
  parent dies, even by ``kill -9`` (they watch their parent).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import types
from collections.abc import AsyncGenerator, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import errors
from .article import Article
from .batch_extract import BatchResult
from .batch_io import InputFailure, Item
from .config import Settings
from .errors import ConfigurationError, ExtractionError, ExtractorError
from .schema import Usage

log = logging.getLogger(__name__)

# worker processes at most (each holds an event loop, a client and a connection pool)
MAX_WORKERS = 64
# how often an idle worker checks that its parent is alive, and the parent that its
# workers are (seconds)
WATCH_S = 0.5
# how long a worker may take to leave at the end before it is terminated
JOIN_S = 10.0


def check_workers(workers: int, via: str) -> None:
    """One-line errors for a worker count that cannot work, before anything is written."""
    if not 1 <= workers <= MAX_WORKERS:
        raise ConfigurationError(f"--workers must be between 1 and {MAX_WORKERS}, not {workers}")
    if workers > 1 and via != "live":
        raise ConfigurationError(
            f"--workers {workers} runs live requests in several processes; --via {via} "
            "sends the whole batch in one upload",
            hint=f"drop --workers, or --via {via}",
        )


@dataclass
class Shipped(BatchResult):
    """A worker's result as the parent sees it: no record object (the output line is
    already made, and never validated twice), what the counters need beside it."""

    line: dict[str, Any] = field(default_factory=dict)
    shipped_ok: bool = False
    shipped_cached: bool = False
    shipped_usage: Usage = field(default_factory=Usage)

    @property
    def ok(self) -> bool:
        return self.shipped_ok

    @property
    def cached(self) -> bool:
        return self.shipped_cached

    @property
    def usage(self) -> Usage:
        return self.shipped_usage

    def to_dict(self) -> dict[str, Any]:
        return self.line


@dataclass
class PoolReport:
    """What the workers did, for the manifest."""

    workers: int
    articles: dict[int, int] = field(default_factory=dict)  # pid -> articles done
    waited_s: float = 0.0  # rate-limit waits, summed over workers
    pauses: int = 0
    cpu_s: float = 0.0  # the workers' own CPU time (not the one-off import before the fork)


# -- the worker process -----------------------------------------------------------------
def _ship(result: BatchResult, pid: int) -> dict[str, Any]:
    error = result.error
    return {
        "pid": pid,
        "article_id": result.article_id,
        "line": result.to_dict(),
        "ok": result.ok,
        "cached": result.cached,
        "usage": result.usage.model_dump(),
        "source": result.source,
        "error": None
        if error is None
        else {
            "kind": type(error).__name__,
            "message": error.message,
            "hint": error.hint,
            "attempts": error.attempts,
        },
    }


def _unship(msg: dict[str, Any]) -> Shipped:
    usage = Usage(**msg["usage"])
    error = None
    if msg["error"] is not None:
        e = msg["error"]
        kind = getattr(errors, e["kind"], None)
        cls = (
            kind if isinstance(kind, type) and issubclass(kind, ExtractorError) else ExtractionError
        )
        error = cls(
            e["message"],
            hint=e["hint"],
            attempts=e["attempts"],
            usage=usage,
            article_id=msg["article_id"],
        )
    return Shipped(
        article_id=msg["article_id"],
        line=msg["line"],
        shipped_ok=msg["ok"],
        shipped_cached=msg["cached"],
        shipped_usage=usage,
        error=error,
        source=msg["source"],
    )


@dataclass
class WorkerArgs:
    """What a worker process is started with (pickled to it by ``spawn``)."""

    settings: Settings
    slots: int  # articles in flight at most
    rpm: float | None
    tpm: float | None
    inbox: Any  # multiprocessing queues: articles in, results out
    outbox: Any
    paused_until: Any  # the shared 429 pause (multiprocessing.Value "d")
    log_level: int | None  # the parent's, when it logs to a handler


def _worker(args: WorkerArgs) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    level = args.log_level
    if level is not None:
        from .cli import setup_logging
        from .llm.redact import REDACT

        REDACT.add(args.settings.api_key)
        setup_logging(0 if level >= logging.WARNING else 1 if level >= logging.INFO else 2)
    asyncio.run(_serve(args))


async def _serve(args: WorkerArgs) -> None:
    from .batch_extract import _extract_one
    from .pipeline import Extractor
    from .ratelimit import RequestGate

    pid = os.getpid()
    parent = os.getppid()
    inbox, outbox = args.inbox, args.outbox
    extractor = Extractor(settings=args.settings)
    gate = RequestGate(rpm=args.rpm, tpm=args.tpm, shared_pause=args.paused_until)
    extractor.set_request_gate(gate)
    loop = asyncio.get_running_loop()
    arrivals: asyncio.Queue[Article | None] = asyncio.Queue()
    free = threading.Semaphore(args.slots)

    def take() -> None:  # a thread: blocking reads of the shared queue
        while True:
            free.acquire()
            while True:
                if os.getppid() != parent:  # the parent is gone (even kill -9): what is
                    os._exit(0)  # queued would be asked and paid for, for nobody
                try:
                    item = inbox.get(timeout=WATCH_S)
                    break
                except queue.Empty:
                    continue
            loop.call_soon_threadsafe(arrivals.put_nowait, item)
            if item is None:
                return

    async def one(article: Article) -> None:
        try:
            result = await _extract_one(extractor, article)
            outbox.put(_ship(result, pid))
        finally:
            free.release()

    threading.Thread(target=take, daemon=True, name="extractor-take").start()
    running: set[asyncio.Task[None]] = set()
    try:
        while (article := await arrivals.get()) is not None:
            task = asyncio.ensure_future(one(article))
            running.add(task)
            task.add_done_callback(running.discard)
        if running:
            await asyncio.gather(*running)
    finally:
        await extractor.aclose()
        outbox.put(
            {
                "pid": pid,
                "done": True,
                "waited_s": gate.waited_s,
                "pauses": gate.pauses,
                "cpu_s": time.process_time(),
            }
        )


# -- the parent ---------------------------------------------------------------------------
@contextlib.contextmanager
def _main_left_alone() -> Iterator[None]:
    """Start workers without re-running the caller's script in them.

    ``spawn`` re-imports a script run as ``python script.py`` in every child (so a script
    without an ``if __name__ == "__main__"`` guard would start the batch again in each
    worker); for a ``-m`` module it does not. The workers need nothing from the script
    (their target lives in this module), so while they start, ``__main__`` looks like
    what ``spawn`` leaves alone.
    """
    main = sys.modules["__main__"]
    if getattr(main, "__spec__", None) is not None:
        yield
        return
    main.__spec__ = types.SimpleNamespace(name="__main__")  # type: ignore[assignment]
    try:
        yield
    finally:
        main.__spec__ = None


class WorkerPool:
    """``workers`` processes extracting with ``settings``; :meth:`results` feeds them."""

    def __init__(
        self,
        settings: Settings,
        *,
        workers: int,
        concurrency: int,
        rpm: float | None = None,
        tpm: float | None = None,
    ) -> None:
        self.settings = settings
        self.concurrency = concurrency
        self.report = PoolReport(workers=workers)
        # spawn: a fresh interpreter per worker (nothing forked from this process's threads
        # and locks). forkserver would import the stack once for all workers, but its
        # workers are not this process's children and outlive a kill -9 of the run
        self._ctx = multiprocessing.get_context("spawn")
        self._inbox = self._ctx.Queue()
        self._outbox = self._ctx.Queue()
        self._paused_until = self._ctx.Value("d", 0.0, lock=False)
        slots = math.ceil(concurrency / workers)
        root = logging.getLogger()
        level = root.getEffectiveLevel() if root.handlers else None
        share = (
            None if rpm is None else rpm / workers,
            None if tpm is None else tpm / workers,
        )
        self._procs = [
            self._ctx.Process(
                target=_worker,
                args=(
                    WorkerArgs(
                        settings,
                        slots,
                        *share,
                        self._inbox,
                        self._outbox,
                        self._paused_until,
                        level,
                    ),
                ),
                daemon=True,
                name=f"extractor-worker-{i + 1}",
            )
            for i in range(workers)
        ]

    async def results(self, items: Iterator[Item]) -> AsyncGenerator[BatchResult, None]:
        """Every item's result, as the workers finish them."""
        loop = asyncio.get_running_loop()
        arrivals: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        stop_reading = threading.Event()
        with _main_left_alone():
            for proc in self._procs:
                proc.start()

        def read() -> None:  # a thread: results, and the death of a worker
            while not stop_reading.is_set():
                try:
                    msg = self._outbox.get(timeout=WATCH_S)
                except queue.Empty:
                    dead = [p for p in self._procs if p.exitcode not in (None, 0)]
                    if dead:
                        msg = {"dead": dead[0].name, "exitcode": dead[0].exitcode}
                    else:
                        continue
                except (EOFError, OSError):
                    return
                loop.call_soon_threadsafe(arrivals.put_nowait, msg)

        reader = threading.Thread(target=read, daemon=True, name="extractor-results")
        reader.start()
        out = 0
        exhausted = False
        try:
            while True:
                while not exhausted and out < self.concurrency:
                    item = next(items, None)
                    if item is None:
                        exhausted = True
                    elif isinstance(item, InputFailure):
                        yield BatchResult(item.article_id, error=item.error)
                    else:
                        self._inbox.put(item)
                        out += 1
                if out == 0:
                    return
                msg = await arrivals.get()
                if "dead" in msg:
                    raise ExtractionError(
                        f"{msg['dead']} died (exit code {msg['exitcode']}); "
                        f"{out} articles in flight are not in OUT",
                        hint="run the same command again to resume",
                    )
                if msg.get("done"):
                    continue
                out -= 1
                self.report.articles[msg["pid"]] = self.report.articles.get(msg["pid"], 0) + 1
                yield _unship(msg)
        finally:
            stop_reading.set()
            await asyncio.to_thread(reader.join)
            await asyncio.to_thread(self._close, out == 0 and exhausted)

    def _close(self, finished: bool) -> None:
        """Let the workers leave (after a complete run), or terminate them (stop, error)."""
        if finished:
            for _ in self._procs:
                self._inbox.put(None)
            for proc in self._procs:
                proc.join(JOIN_S)
            self._collect_done()
        for proc in self._procs:
            if proc.is_alive():
                proc.terminate()
                proc.join(JOIN_S)
            if proc.is_alive():  # pragma: no cover - a worker that ignores SIGTERM
                proc.kill()
                proc.join()
        self._inbox.cancel_join_thread()
        self._outbox.cancel_join_thread()

    def _collect_done(self) -> None:
        while True:
            try:
                msg = self._outbox.get_nowait()
            except (queue.Empty, EOFError, OSError):
                return
            if msg.get("done"):
                self.report.waited_s += msg["waited_s"]
                self.report.pauses += msg["pauses"]
                self.report.cpu_s += msg["cpu_s"]
