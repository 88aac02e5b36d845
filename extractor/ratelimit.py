"""Requests-per-minute and tokens-per-minute limits, and a shared pause after a 429.

A batch runs many extractions at once over one client. Three things keep it
inside what the endpoint allows:

- ``TokenBucket``: a classic token bucket refilled continuously at ``rate`` per
  minute, holding at most ``capacity``. Taking from it waits until enough is
  there; it may go negative when a request turns out to have cost more than
  estimated (``settle``), and later requests then wait for the debt to refill.
- ``RequestGate`` combines an RPM bucket, a TPM bucket and a pause: every HTTP
  request of the LLM client (first tries, transport retries and validation
  re-asks alike: each is a request the provider counts) passes ``await
  gate.acquire(estimate)`` first and ``gate.settle(ticket, actual)`` after.
  The token estimate is the prompt's characters / 4 plus the running mean of
  completion tokens seen so far; the real usage corrects the bucket afterwards.
- ``pause(seconds)``: when the endpoint answers 429, the client's own retry
  waits for that one request; the pause also holds back every *other*
  request for the ``Retry-After`` time (or a short default), so 31 concurrent
  extractions do not each spend a request discovering the same limit.

The clock and the sleep are injected, so the logic is tested without waiting.
Buckets are for one event loop: ``asyncio`` tasks take turns, no locks needed
beyond an ``asyncio.Lock`` that keeps waiters first-come first-served.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

# when a 429 carries no Retry-After, hold everything back this long
DEFAULT_PAUSE_S = 1.0
# characters per token, for estimating a prompt's tokens before it is sent
CHARS_PER_TOKEN = 4.0


class TokenBucket:
    """``rate`` units per minute, bursts up to ``capacity`` (default: one second's worth,
    at least one request's worth), starting full."""

    def __init__(
        self,
        rate_per_minute: float,
        *,
        capacity: float | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        if not rate_per_minute > 0:
            raise ValueError(f"rate must be positive, not {rate_per_minute}")
        self.rate = rate_per_minute / 60.0  # per second
        self.capacity = capacity if capacity is not None else max(1.0, self.rate)
        self._clock = clock
        self._level = self.capacity
        self._stamp = clock()

    def _refill(self) -> None:
        now = self._clock()
        self._level = min(self.capacity, self._level + (now - self._stamp) * self.rate)
        self._stamp = now

    @property
    def level(self) -> float:
        self._refill()
        return self._level

    def wait_time(self, amount: float) -> float:
        """Seconds until ``amount`` can be taken (0 when it can be taken now).

        An amount above the capacity is capped to it: one large request must be
        able to go, alone, once the bucket is full.
        """
        self._refill()
        need = min(amount, self.capacity)
        return 0.0 if self._level >= need else (need - self._level) / self.rate

    def take(self, amount: float) -> None:
        """Take ``amount`` now (the level may go below zero: a debt later takers wait out)."""
        self._refill()
        self._level -= amount

    def give(self, amount: float) -> None:
        """Put back ``amount`` (an overestimate), never above capacity."""
        self._refill()
        self._level = min(self.capacity, self._level + amount)


@dataclass
class Ticket:
    """What one request took from the gate, to be settled with its real usage."""

    tokens: float


class RequestGate:
    """The RPM / TPM / 429-pause gate every HTTP request of a batch goes through."""

    def __init__(
        self,
        *,
        rpm: float | None = None,
        tpm: float | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        shared_pause: Any = None,
    ) -> None:
        self.requests = TokenBucket(rpm, clock=clock) if rpm else None
        # a token bucket's burst: one second of the rate, or one big request at least
        self.tokens = (
            TokenBucket(tpm, clock=clock, capacity=max(tpm / 60.0, 8_000.0)) if tpm else None
        )
        self._clock = clock
        self._sleep = sleep
        self._paused_until = 0.0
        # worker processes share their 429 pauses: a ``multiprocessing.Value("d")`` holding
        # the time.monotonic() (system-wide) until which every worker holds back
        self._shared_pause = shared_pause
        self._lock: asyncio.Lock | None = None
        self._completion_seen = 0
        self._completion_total = 0
        self.waited_s = 0.0
        self.pauses = 0

    @property
    def active(self) -> bool:
        return bool(self.requests or self.tokens)

    def estimate(self, prompt_chars: int, max_tokens: int) -> float:
        """Tokens a request will likely cost: prompt chars / 4 plus the mean completion
        seen so far (``max_tokens`` / 4 until a first answer arrives)."""
        completion = (
            self._completion_total / self._completion_seen
            if self._completion_seen
            else max_tokens / 4
        )
        return math.ceil(prompt_chars / CHARS_PER_TOKEN + completion)

    async def acquire(self, estimated_tokens: float) -> Ticket:
        """Wait until a request may go, then take its share of both buckets."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:  # first come, first served
            while True:
                wait = max(self.paused_until - self._clock(), 0.0)
                if self.requests is not None:
                    wait = max(wait, self.requests.wait_time(1))
                if self.tokens is not None:
                    wait = max(wait, self.tokens.wait_time(estimated_tokens))
                if wait <= 0:
                    break
                self.waited_s += wait
                await self._sleep(wait)
            if self.requests is not None:
                self.requests.take(1)
            if self.tokens is not None:
                self.tokens.take(estimated_tokens)
        return Ticket(tokens=estimated_tokens)

    def settle(
        self, ticket: Ticket, *, total_tokens: int | None, completion_tokens: int | None = None
    ) -> None:
        """Correct the token bucket with what the request really cost.

        A failed request (``total_tokens`` None: an HTTP error, a dropped
        connection) cost no tokens, so its estimate is given back.
        """
        if completion_tokens:
            self._completion_seen += 1
            self._completion_total += completion_tokens
        if self.tokens is None:
            return
        actual = float(total_tokens or 0)
        if actual > ticket.tokens:
            self.tokens.take(actual - ticket.tokens)
        elif actual < ticket.tokens:
            self.tokens.give(ticket.tokens - actual)

    def pause(self, seconds: float | None) -> None:
        """Hold every request back for ``seconds`` (a 429's Retry-After)."""
        seconds = DEFAULT_PAUSE_S if seconds is None else max(0.0, min(seconds, 60.0))
        until = self._clock() + seconds
        if until > self.paused_until:
            self._paused_until = until
            if self._shared_pause is not None:
                self._shared_pause.value = until
            self.pauses += 1

    @property
    def paused_until(self) -> float:
        shared = self._shared_pause
        return self._paused_until if shared is None else max(self._paused_until, shared.value)
