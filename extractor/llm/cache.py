"""The record cache: a validated record per (model, prompt, schema, article, settings).

The only module that imports diskcache. A repeated extraction of the same text
with the same model, rendered prompt, schema and generation settings is
answered from disk with no HTTP request; ``--offline`` answers *only* from here.

Why not instructor's own cache (``instructor.cache.DiskCache`` passed as
``cache=``): in instructor 1.17 it

- hashes the client identity, *including the API key*, into the key, so rotating
  a key empties the cache, and its default namespace is a random id per patched
  client, so nothing is shared between two processes unless every caller passes
  ``cache_namespace``;
- gives no way to tell a hit from a miss (we need ``provenance.cache_hit``, the
  INFO line and zero-request accounting), and no way to answer *only* from the
  cache (offline mode must fail on a miss before any client exists, without a
  key);
- stores the model object but not the usage of the call that made it.

So the key here is ours: a SHA-256 over a canonical JSON of the model, the
instructor mode, the rendered messages (so any template change is a new key),
the prompt version, the JSON schema of the record, the article text and the
generation settings (temperature, max_tokens). Never the API key, and not the
base URL: the model name identifies the model, and a local server restarted on
another port must not empty the cache.

Values are JSON text (the record without its per-call fields, plus the original
usage), not pickles: readable, stable across package versions, and loading a
tampered cache folder cannot run code. A cache entry that no longer validates
is treated as a miss.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import logging
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import diskcache

from ..errors import ConfigurationError
from ..schema import SCHEMA_VERSION, OperationReport, Usage

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
_NOT_STORED = {"article_id", "provenance"}


def cache_key(
    *,
    model: str,
    mode: str,
    messages: list[dict[str, Any]],
    prompt_version: str,
    schema: dict[str, Any],
    article_text: str,
    temperature: float,
    max_tokens: int,
    ungrounded: str = "reask",
) -> str:
    """The hex SHA-256 identifying one extraction request (pure)."""
    payload = {
        "format": CACHE_FORMAT,
        "record_schema_version": SCHEMA_VERSION,
        "model": model,
        "mode": mode,
        "messages": messages,
        "prompt_version": prompt_version,
        "schema": schema,
        "article": article_text,
        "temperature": temperature,
        "max_tokens": max_tokens,
        # a record made with ungrounded items dropped is not the one a re-ask would make
        "ungrounded": ungrounded,
    }
    return hashlib.sha256(_canonical(payload).encode("utf-8")).hexdigest()


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class KeyMaker:
    """:func:`cache_key` for one backend: what is fixed per backend serialised once.

    The schema alone is ~10 KB of JSON; canonicalising it (sorted keys) on every
    article cost more than the rest of the key. Here the canonical JSON of
    ``cache_key``'s payload is cut at the two per-article fields (the article and
    the messages) and the fixed pieces between them are encoded once, so a key
    hashes the same bytes as :func:`cache_key` builds, only without rebuilding
    them: the keys are identical (``tests/test_llm_cache.py`` checks it), so
    existing caches stay valid.
    """

    _PER_CALL = ("article", "messages")

    def __init__(
        self,
        *,
        model: str,
        mode: str,
        prompt_version: str,
        schema: dict[str, Any],
        temperature: float,
        max_tokens: int,
        ungrounded: str = "reask",
    ) -> None:
        fixed = {
            "format": CACHE_FORMAT,
            "record_schema_version": SCHEMA_VERSION,
            "model": model,
            "mode": mode,
            "prompt_version": prompt_version,
            "schema": schema,
            "temperature": temperature,
            "max_tokens": max_tokens,
            "ungrounded": ungrounded,
        }
        # the fixed text before each per-call field (in sorted key order), then the tail
        self._order: list[str] = []
        self._pieces: list[bytes] = []
        text = "{"
        for name in sorted([*fixed, *self._PER_CALL]):
            if text != "{":
                text += ","
            text += _canonical(name) + ":"
            if name in self._PER_CALL:
                self._pieces.append(text.encode("utf-8"))
                self._order.append(name)
                text = ""
            else:
                text += _canonical(fixed[name])
        self._tail = (text + "}").encode("utf-8")
        self._system: tuple[str, bytes] | None = None  # (content, its encoded message)

    def __call__(self, *, messages: list[dict[str, Any]], article_text: str) -> str:
        """The key :func:`cache_key` gives for these messages and this article."""
        values = {
            "article": _canonical(article_text).encode("utf-8"),
            "messages": self._encode(messages),
        }
        digest = hashlib.sha256()
        for name, piece in zip(self._order, self._pieces, strict=True):
            digest.update(piece)
            digest.update(values[name])
        digest.update(self._tail)
        return digest.hexdigest()

    def _encode(self, messages: list[dict[str, Any]]) -> bytes:
        """``_canonical(messages)`` as UTF-8; the system message (the same ~5 KB for every
        article) is encoded once and remembered."""
        parts = []
        for message in messages:
            if message.keys() == {"role", "content"} and message["role"] == "system":
                memo = self._system
                if memo is None or memo[0] != message["content"]:
                    memo = (message["content"], _canonical(message).encode("utf-8"))
                    self._system = memo
                parts.append(memo[1])
            else:
                parts.append(_canonical(message).encode("utf-8"))
        return b"[" + b",".join(parts) + b"]"


@dataclass(frozen=True)
class CachedRecord:
    """A cache hit: the record and what it cost when it was made."""

    report: OperationReport
    usage: Usage
    created: float


class RecordCache:
    """A folder of cached records. Safe across threads and processes (SQLite underneath).

    Writes from the async path (:meth:`set_later`) go to one writer thread per
    cache instead of a thread-pool hand-off per record: the caller returns at once
    (an SQLite commit can wait on a lock another process holds, and must not hold
    up the event loop), records that arrive while a commit is under way are
    committed together in one transaction, and the loop is not woken once per
    write. Until it is on disk a queued record is answered from memory by
    :meth:`get`; :meth:`flush` and :meth:`close` wait for the queue to drain (so
    does interpreter exit).
    """

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._cache = diskcache.Cache(str(self.directory))
        except Exception as exc:  # noqa: BLE001 - OSError, sqlite3 errors: all mean "unusable"
            # never repaired or deleted here: it may hold paid-for answers; the user decides
            raise ConfigurationError(
                f"cannot open the cache at {self.directory}: {exc}",
                hint="if it is damaged, move that folder aside; or set --cache-dir / "
                "EXTRACTOR_CACHE_DIR to a writable folder, or pass --no-cache",
            ) from exc
        self._cond = threading.Condition()
        self._queued: list[tuple[str, str]] = []  # for the writer, in order
        self._pending: dict[str, str] = {}  # queued or being written: what get() answers from
        self._writing = False  # a batch is being gathered or committed
        self._waiting = False  # the writer waits for work, and for a notify
        self._flushing = False
        self._writer: threading.Thread | None = None

    def get(self, key: str) -> CachedRecord | None:
        """The cached record for ``key``, or ``None`` on a miss or an unreadable entry."""
        raw: str | bytes | None = self._pending.get(key)
        if raw is None:
            try:
                raw = self._cache.get(key)
            except Exception as exc:  # noqa: BLE001 - a broken cache must not break extraction
                log.warning("cache read failed at %s: %s", self.directory, exc)
                return None
        if raw is None:
            return None
        try:
            entry = json.loads(raw)
            report = OperationReport.model_validate(entry["record"])
            usage = Usage.model_validate(entry.get("usage") or {})
            return CachedRecord(report=report, usage=usage, created=float(entry.get("created", 0)))
        except Exception as exc:  # noqa: BLE001
            log.warning("ignoring an unreadable cache entry %s: %s", key[:12], exc)
            return None

    @staticmethod
    def _entry(report: OperationReport, usage: Usage) -> str:
        """What is stored: the record without its article id and provenance, and its usage."""
        entry = {
            "format": CACHE_FORMAT,
            "created": time.time(),
            "record": report.model_dump(mode="json", exclude=_NOT_STORED),
            "usage": usage.model_dump(mode="json"),
        }
        return json.dumps(entry, ensure_ascii=False)

    def set(self, key: str, report: OperationReport, usage: Usage) -> None:
        """Store a validated record now, in the caller's thread."""
        try:
            self._cache.set(key, self._entry(report, usage))
        except Exception as exc:  # noqa: BLE001 - the record is still good; only caching failed
            log.warning("cache write failed at %s: %s", self.directory, exc)

    def set_later(self, key: str, report: OperationReport, usage: Usage) -> None:
        """Queue a record for the writer thread and return at once (see the class docstring).

        The record is serialised here, so later changes to ``report`` are not stored.
        """
        value = self._entry(report, usage)
        with self._cond:
            self._pending[key] = value
            self._queued.append((key, value))
            if not self._writer_alive():
                self._start_writer()
            elif self._waiting:  # a writer that is busy or gathering looks at the queue anyway
                self._waiting = False
                self._cond.notify()

    def _start_writer(self) -> None:
        """A new writer thread (the lock held): the first, one after an idle end or a fork."""
        self._writing = self._waiting = False
        self._writer = threading.Thread(
            target=self._write_queued, name="extractor-cache-writer", daemon=True
        )
        self._writer.start()
        _WITH_WRITER.add(self)

    def _write_queued(self) -> None:
        """The writer thread: commit what is queued, in one transaction per turn; end when idle."""
        while True:
            with self._cond:
                if not self._queued:
                    self._waiting = True
                    self._cond.wait(timeout=WRITER_IDLE_S)
                    self._waiting = False
                    if not self._queued:
                        self._writer = None
                        self._cond.notify_all()
                        return
                self._writing = True
                gather = not self._flushing
            if gather:
                # let the records of the next few milliseconds join this commit: one wake-up
                # and one transaction for several records instead of one each
                time.sleep(WRITER_GATHER_S)
            with self._cond:
                batch, self._queued = self._queued, []
            try:
                with self._cache.transact():
                    for key, value in batch:
                        self._cache.set(key, value)
            except Exception as exc:  # noqa: BLE001 - the records are still good
                log.warning(
                    "cache write failed at %s: %s (%d record(s) not cached)",
                    self.directory,
                    exc,
                    len(batch),
                )
            with self._cond:
                for key, value in batch:
                    if self._pending.get(key) is value:
                        del self._pending[key]
                self._writing = False
                self._cond.notify_all()

    def flush(self) -> None:
        """Wait until every queued record is written (or has failed with a warning)."""
        with self._cond:
            self._flushing = True
            try:
                while self._queued or self._writing:
                    if not self._writer_alive():
                        if not self._queued:
                            break
                        self._start_writer()
                    elif self._waiting:
                        self._waiting = False
                        self._cond.notify_all()
                    self._cond.wait(timeout=1.0)
            finally:
                self._flushing = False

    def _writer_alive(self) -> bool:
        return self._writer is not None and self._writer.is_alive()

    def __len__(self) -> int:
        self.flush()
        return len(self._cache)

    def close(self) -> None:
        self.flush()
        self._cache.close()


# a writer thread with nothing to do ends after this long (the next write starts another)
WRITER_IDLE_S = 2.0
# a writer with work waits this long for more records to commit with it
WRITER_GATHER_S = 0.02
# caches that have had a writer thread: drained at interpreter exit (the thread is a daemon)
_WITH_WRITER: weakref.WeakSet[RecordCache] = weakref.WeakSet()


@atexit.register
def _flush_all() -> None:
    for cache in list(_WITH_WRITER):
        cache.flush()
