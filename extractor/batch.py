"""Many articles: bounded concurrency, rate limits, resume, nothing lost.

The batch stages, one module each; this module keeps their public names where
they have always been importable from:

- ``batch_io.py``       inputs: a folder, glob, JSONL or CSV, streamed;
- ``batch_extract.py``  :func:`aextract_many` / :func:`extract_many` and
  :class:`BatchResult`: many articles, at most ``concurrency`` in flight;
- ``batch_run.py``      :func:`run_batch` / :func:`arun_batch` and
  :class:`BatchOptions`: a run to OUT with resume, limits, signals, a manifest;
- ``batch_api_run.py``  ``--via batch-api``: the run through OpenAI's Batch API
  (submit, poll, resume, :func:`cancel_batch`); ``batch_api_collect.py`` its answers;
- ``batch_guard.py``    before a run writes: the lock on OUT, colliding paths;
- ``batch_store.py``    OUT (scan, repair, compaction) and the manifest;
- ``batch_csv.py``      the ``--csv`` table, rebuilt from OUT;
- ``batch_stats.py``    counters, cost and the end-of-run summary.
"""

from __future__ import annotations

from .batch_api_run import acancel_batch, cancel_batch
from .batch_extract import DEFAULT_CONCURRENCY, BatchResult, aextract_many, extract_many
from .batch_run import ABORT_AFTER, BatchOptions, Progress, arun_batch, run_batch
from .batch_stats import PRICES_PER_MTOK, BatchStats, price_for, summarise

__all__ = [
    "ABORT_AFTER",
    "DEFAULT_CONCURRENCY",
    "PRICES_PER_MTOK",
    "BatchOptions",
    "BatchResult",
    "BatchStats",
    "Progress",
    "acancel_batch",
    "aextract_many",
    "arun_batch",
    "cancel_batch",
    "extract_many",
    "price_for",
    "run_batch",
    "summarise",
]
