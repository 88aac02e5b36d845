"""Test and demo support: a loopback OpenAI-compatible server (no network, no key)."""

from .openai_server import OpenAIServer
from .wire import Fault, RecordedRequest, Reply

__all__ = ["Fault", "OpenAIServer", "RecordedRequest", "Reply"]
