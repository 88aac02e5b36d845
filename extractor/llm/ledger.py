"""What one extraction spent, counted where the HTTP calls happen.

instructor calls our wrapped ``chat.completions.create`` with the request
only, and one client serves every concurrent extraction, so the ledger of the
extraction in progress travels in a ``ContextVar``: each ``asyncio`` task (and
each thread) sees its own, and 32 concurrent ``aextract`` calls count their
own requests without locks. ``LLMClient.extract`` / ``aextract`` set it around
the instructor call.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from ..grounding import GroundingNotes
from ..schema import Usage


@dataclass
class CallLedger:
    """Every HTTP request and token of one extraction, and the last raw answer."""

    article_id: str = "-"
    requests: int = 0
    answers: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    last_output: str | None = None
    # what grounding snapped or dropped in the answer that was accepted
    grounding: GroundingNotes = field(default_factory=GroundingNotes)
    # an answer cut off at max_tokens whose complete items were kept (policy "drop")
    cut_off: bool = False
    # time.monotonic() by which the whole extraction must be over (Settings.article_timeout)
    deadline: float | None = None
    # a chat-completion body received already (a Batch API output line): the first answer
    answer: dict[str, Any] | None = None

    def usage(self) -> Usage:
        return Usage(
            requests=self.requests,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            total_tokens=self.total_tokens,
        )


ledger_var: ContextVar[CallLedger | None] = ContextVar("extractor_llm_ledger", default=None)


def current_ledger() -> CallLedger:
    """The ledger of the extraction in progress (a throwaway one outside any)."""
    ledger = ledger_var.get()
    if ledger is None:
        ledger = CallLedger()
        ledger_var.set(ledger)
    return ledger
