"""Test and demo support: a loopback OpenAI-compatible server (no network, no key)."""

from .openai_server import Fault, OpenAIServer, RecordedRequest, Reply

__all__ = ["Fault", "OpenAIServer", "RecordedRequest", "Reply"]
