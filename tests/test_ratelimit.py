"""Token buckets and the request gate, on an injected clock: no test waits for real."""

from __future__ import annotations

import asyncio

import pytest

from extractor.ratelimit import RequestGate, TokenBucket


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_bucket_starts_full_and_refills_at_its_rate() -> None:
    clock = FakeClock()
    bucket = TokenBucket(120, clock=clock)  # 2 per second, capacity 2
    assert bucket.capacity == 2
    assert bucket.wait_time(1) == 0
    bucket.take(1)
    bucket.take(1)
    assert bucket.wait_time(1) == pytest.approx(0.5)
    clock.now += 0.25
    assert bucket.wait_time(1) == pytest.approx(0.25)
    clock.now += 10
    assert bucket.level == pytest.approx(2)  # never above capacity


def test_bucket_debt_makes_later_takers_wait() -> None:
    clock = FakeClock()
    bucket = TokenBucket(600, capacity=10, clock=clock)  # 10 per second
    bucket.take(30)  # a request that cost three times the burst
    assert bucket.level == pytest.approx(-20)
    assert bucket.wait_time(1) == pytest.approx(2.1)


def test_an_amount_above_capacity_can_still_go_alone_when_full() -> None:
    bucket = TokenBucket(60, capacity=5, clock=FakeClock())
    assert bucket.wait_time(50) == 0


def test_bucket_refuses_a_non_positive_rate() -> None:
    with pytest.raises(ValueError, match="positive"):
        TokenBucket(0)


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


def test_rpm_spaces_requests_to_the_rate() -> None:
    clock = FakeClock()
    gate = RequestGate(rpm=60, clock=clock, sleep=clock.sleep)  # 1 per second, burst 1

    async def go() -> None:
        for _ in range(5):
            await gate.acquire(0)

    run(go())
    # the first goes at once, then one per second: 4 seconds for 5 requests
    assert sum(clock.slept) == pytest.approx(4.0)
    assert gate.waited_s == pytest.approx(4.0)


def test_rpm_over_a_minute_never_exceeds_the_limit() -> None:
    clock = FakeClock()
    gate = RequestGate(rpm=30, clock=clock, sleep=clock.sleep)
    stamps: list[float] = []

    async def go() -> None:
        for _ in range(100):
            await gate.acquire(0)
            stamps.append(clock.now)

    run(go())
    for i, t in enumerate(stamps):
        in_window = [s for s in stamps[i:] if s < t + 60]
        assert len(in_window) <= 30 + 1  # the burst of one


def test_tpm_waits_for_tokens_and_settles_with_real_usage() -> None:
    clock = FakeClock()
    gate = RequestGate(tpm=60_000, clock=clock, sleep=clock.sleep)  # 1,000 per second
    assert gate.tokens is not None
    capacity = gate.tokens.capacity

    async def go() -> None:
        ticket = await gate.acquire(capacity)  # empties the bucket
        gate.settle(ticket, total_tokens=int(capacity) + 3_000)  # it cost 3,000 more
        await gate.acquire(1_000)  # must wait out the debt and its own share

    run(go())
    assert sum(clock.slept) == pytest.approx(4.0)


def test_a_failed_request_gives_its_estimate_back() -> None:
    clock = FakeClock()
    gate = RequestGate(tpm=60_000, clock=clock, sleep=clock.sleep)
    assert gate.tokens is not None
    before = gate.tokens.level

    async def go() -> None:
        ticket = await gate.acquire(5_000)
        gate.settle(ticket, total_tokens=None)

    run(go())
    assert gate.tokens.level == pytest.approx(before)
    assert clock.slept == []


def test_estimate_uses_the_mean_completion_seen() -> None:
    gate = RequestGate(tpm=1_000_000)
    assert gate.estimate(4_000, 4_096) == 1_000 + 1_024  # chars/4 + max_tokens/4 at first
    ticket = asyncio.run(gate.acquire(10))
    gate.settle(ticket, total_tokens=300, completion_tokens=200)
    gate.settle(ticket, total_tokens=500, completion_tokens=400)
    assert gate.estimate(4_000, 4_096) == 1_000 + 300


def test_a_429_pause_holds_every_request_back() -> None:
    clock = FakeClock()
    gate = RequestGate(clock=clock, sleep=clock.sleep)  # no limits, only the pause
    assert not gate.active
    gate.pause(2.5)
    gate.pause(1.0)  # a shorter pause does not shorten the longer one

    async def go() -> None:
        await gate.acquire(0)
        await gate.acquire(0)

    run(go())
    assert sum(clock.slept) == pytest.approx(2.5)
    assert gate.pauses == 1
    gate.pause(None)  # no Retry-After: a short default
    assert gate._paused_until == pytest.approx(clock.now + 1.0)
    gate.pause(10_000)  # an absurd Retry-After is capped
    assert gate._paused_until == pytest.approx(clock.now + 60)
