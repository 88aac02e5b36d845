"""Shared fixtures. No test can reach a real API: real keys and endpoints are cleared."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from extractor.testing import OpenAIServer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "evals" / "gold"


@pytest.fixture(autouse=True)
def _no_real_keys(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "OPENAI_ORG_ID",
        "OPENAI_PROJECT_ID",
        "EXTRACTOR_MODEL",
        "EXTRACTOR_BACKEND",
        "EXTRACTOR_MODE",
        "EXTRACTOR_OFFLINE",
        "EXTRACTOR_UNGROUNDED",
    ):
        monkeypatch.delenv(name, raising=False)
    # every test gets its own cache folder unless it sets one
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    """A loopback OpenAI-compatible server on a free port, stopped after the test."""
    with OpenAIServer() as s:
        yield s


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
