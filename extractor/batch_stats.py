"""A batch run's accounting: counters, cost, the end-of-run summary (pure)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .batch_extract import BatchResult
from .schema import Usage

# USD per million tokens (input, output), as published by OpenAI in 2025; --price overrides
PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
}
# the Batch API's price, as a share of the live price (OpenAI: half, input and output)
BATCH_PRICE_SHARE = 0.5


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
    batch_tokens: int = 0  # of usage, answered by the Batch API (priced at its rate)
    unfinished: int = 0  # left by a batch that expired, failed or was cancelled
    phase: str | None = None  # the Batch API's latest progress line

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
            "batch_tokens": self.batch_tokens,
            "unfinished": self.unfinished,
        }


def price_for(model: str, override: tuple[float, float] | None) -> tuple[float, float] | None:
    return override if override is not None else PRICES_PER_MTOK.get(model)


def count_result(stats: BatchStats, result: BatchResult, price: tuple[float, float] | None) -> None:
    usage = result.usage
    stats.usage = stats.usage.add(usage)
    if result.ok:
        stats.succeeded += 1
        stats.cached += int(result.cached)
    else:
        stats.failed += 1
        assert result.error is not None
        stats.failures_by_cause[result.error.cause] += 1
    batch_in, batch_out = result.batch_tokens
    stats.batch_tokens += batch_in + batch_out
    if price is not None and stats.cost_usd is not None:
        live = (usage.prompt_tokens - batch_in) * price[0] + (
            usage.completion_tokens - batch_out
        ) * price[1]
        batch = (batch_in * price[0] + batch_out * price[1]) * BATCH_PRICE_SHARE
        stats.cost_usd += (live + batch) / 1_000_000


def summarise(stats: BatchStats) -> Iterable[str]:
    """The end-of-run summary, as lines."""
    cost = "n/a" if stats.cost_usd is None else f"${stats.cost_usd:.4f}"
    yield (
        f"{stats.status}: {stats.succeeded} records ({stats.cached} from cache), "
        f"{stats.failed} errors, {stats.skipped_done} already done, "
        f"{stats.duplicates} duplicate ids skipped"
    )
    if stats.failures_by_cause:
        yield "failures by cause: " + ", ".join(
            f"{cause} {n}" for cause, n in stats.failures_by_cause.most_common()
        )
    u = stats.usage
    yield (
        f"usage: {u.requests} requests, {u.total_tokens} tokens "
        f"({u.prompt_tokens} prompt + {u.completion_tokens} completion), cost {cost}"
        + (
            f" ({stats.batch_tokens} tokens answered by the Batch API, priced at "
            f"{BATCH_PRICE_SHARE:.0%} of the live price)"
            if stats.batch_tokens
            else ""
        )
    )
    yield f"wall time {stats.elapsed:.1f}s, {stats.rate:.1f} articles/s"
