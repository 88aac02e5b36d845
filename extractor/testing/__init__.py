"""Test and demo support: a loopback OpenAI-compatible server (no network, no key).

Names are imported on first use, so ``python -m extractor.testing.openai_server``
runs the server module once (an eager import here made runpy warn about it).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["BatchPlan", "Fault", "OpenAIServer", "RecordedRequest", "Reply"]

_LAZY = {
    "BatchPlan": "batches",
    "OpenAIServer": "openai_server",
    "Fault": "wire",
    "RecordedRequest": "wire",
    "Reply": "wire",
}

if TYPE_CHECKING:
    from .batches import BatchPlan
    from .openai_server import OpenAIServer
    from .wire import Fault, RecordedRequest, Reply


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'extractor.testing' has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)
