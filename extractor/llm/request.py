"""Stage 1 of a model call (pure of network): the request, exactly as it goes on the wire.

The live path and the Batch API send the same request for an article. Both
start from :func:`instructor_request` (the keywords our instructor call gets:
the rendered messages, the validation context with the article for grounding,
model, temperature, max_tokens) and both let instructor turn them into the
chat-completions body for the mode (tools, a JSON schema, a system prompt...).
The live client hands that body to openai; :func:`request_body` runs the very
same instructor preparation with a ``create`` that sends nothing and keeps the
body, for a line of a Batch API input file. One code path: a change of mode,
trim or setting changes both alike (``tests/test_batch_api.py`` compares them).

Also here: the trims of instructor's per-request work for our calls (see each).
"""

from __future__ import annotations

import logging
import re
from contextvars import ContextVar
from typing import Any

import instructor
from instructor.core.exceptions import InstructorRetryException

from ..config import Settings
from ..grounding import GroundingNotes
from ..schema import OperationReport
from .ledger import ledger_var
from .trims import prepare_model_once, skip_usage_accounting
from .wire import request_json

INSTRUCTOR_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "md_json": instructor.Mode.MD_JSON,
}
# instructor wraps a plain model in a fresh ResponseSchema subclass on *every* call, which
# also defeats its lru_cache of the tool schema: ~7 ms of CPU per request. Wrapping once
# here makes both a no-op. What instructor returns is turned back into a plain
# OperationReport (``answer.plain_report``): a class made at run time cannot be pickled.
RESPONSE_MODEL = instructor.openai_schema(OperationReport)


def _scan_response_model_once() -> None:
    """Make instructor's async-validator scan of our response model happen once.

    instructor 1.17 walks the response model's whole class tree (every member of
    every base) looking for async validators, about seven times per request:
    ~0.9 ms of CPU per request, a sixth of the client's cost in a batch. Our model
    never changes, so it is scanned once here (a model with async validators would
    still be refused, now at import) and later scans of that one class are skipped.
    Any other model goes through instructor's own check. If instructor moves the
    function, this does nothing.
    """
    try:
        from instructor.v2.core import patch as _patch
        from instructor.v2.validation import async_validators as _validators
    except ImportError:  # another instructor layout: keep its behaviour as it is
        return
    original = getattr(_validators, "reject_async_validators", None)
    if original is None or getattr(original, "scanned_once", False):
        return
    original(RESPONSE_MODEL)

    def reject_async_validators(response_model: Any) -> None:
        if response_model is not RESPONSE_MODEL:
            original(response_model)

    reject_async_validators.scanned_once = True  # type: ignore[attr-defined]
    _validators.reject_async_validators = reject_async_validators
    if getattr(_patch, "reject_async_validators", None) is original:
        _patch.reject_async_validators = reject_async_validators


_scan_response_model_once()
# instructor's usage accounting (our ledger counts) and model preparation: see trims.py
USAGE_ACCOUNTING_SKIPPED = skip_usage_accounting(lambda: ledger_var.get() is not None)
MODEL_PREPARED_ONCE = prepare_model_once(RESPONSE_MODEL)

# marks our validation context: instructor may skip its templating pass over our messages
VERBATIM_KEY = "extractor_messages_are_final"


def _skip_templating_of_final_messages() -> bool:
    """Let our requests skip instructor's Jinja pass over the messages; True when done.

    instructor renders every message as a Jinja template whenever a validation
    ``context`` is given, and we always give one (the article, for grounding).
    Our messages are already rendered from ``prompts/``: the pass can only mangle
    them (an article containing ``{{``), and it costs ~0.6 ms of CPU per request
    (a template compile per message). Requests whose context carries
    ``VERBATIM_KEY`` go through untouched; any other call is templated as before.
    If instructor moves the function this returns False, and the messages are
    protected with ``{% raw %}`` blocks instead (:func:`protect_from_templating`).
    """
    try:
        from instructor.v2.core import patch as _patch
    except ImportError:
        return False
    original = getattr(_patch, "handle_templating", None)
    if original is None:
        return False
    if getattr(original, "skips_final_messages", False):
        return True

    def handle_templating(kwargs: dict[str, Any], *args: Any, **more: Any) -> dict[str, Any]:
        context = more.get("context", args[2] if len(args) > 2 else None)
        if isinstance(context, dict) and context.get(VERBATIM_KEY) is True:
            return kwargs
        return original(kwargs, *args, **more)  # type: ignore[no-any-return]

    handle_templating.skips_final_messages = True  # type: ignore[attr-defined]
    _patch.handle_templating = handle_templating
    return True


TEMPLATING_SKIPPED = _skip_templating_of_final_messages()


_RAW_END = re.compile(r"\{%-?\s*endraw\s*-?%\}")


def protect_from_templating(text: str) -> str:
    """``text`` wrapped so instructor's Jinja pass renders it back verbatim.

    instructor renders every message as a Jinja template whenever a validation
    ``context`` is given, and we always give one (``{"article": text}``, for
    grounding). An article containing ``{{`` or ``{%`` would then be mangled or
    fail to render, so each message goes through as a ``{% raw %}`` block (an
    ``endraw`` tag inside the text is emitted as a string expression).
    """
    inner = _RAW_END.sub(lambda m: "{% endraw %}{{ '" + m.group(0) + "' }}{% raw %}", text)
    return "{% raw %}" + inner + "{% endraw %}"


def instructor_request(
    settings: Settings,
    messages: list[dict[str, Any]],
    article_text: str,
    notes: GroundingNotes,
) -> dict[str, Any]:
    """The keywords of our instructor call for one article (live and batch alike)."""
    s = settings
    return {
        "response_model": RESPONSE_MODEL,
        "messages": messages
        if TEMPLATING_SKIPPED
        else [{**m, "content": protect_from_templating(m["content"])} for m in messages],
        "context": {
            "article": article_text,
            VERBATIM_KEY: True,
            "ungrounded": s.ungrounded,
            "answer": True,  # snapping and the stricter checks of a model's answer
            "notes": notes,
        },
        # instructor counts re-asks after the first answer; the setting counts answers
        "max_retries": s.max_validation_attempts - 1,
        # lenient parsing ("5" for 5): local models do this; grounding guards the content
        "strict": False,
        "model": s.model,
        "temperature": s.temperature,
        "max_tokens": s.max_tokens,
    }


class _Captured(Exception):
    """Raised by the capturing ``create``: carries what instructor would have sent."""

    def __init__(self, kwargs: dict[str, Any]) -> None:
        super().__init__("request captured, not sent")
        self.kwargs = kwargs


def _capture(*args: Any, **kwargs: Any) -> Any:
    raise _Captured(kwargs)


_capturing: ContextVar[bool] = ContextVar("extractor_capturing_request", default=False)


class _QuietWhileCapturing(logging.Filter):
    """instructor logs a failed call at ERROR; a captured request is not one."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not _capturing.get()


for _name in ("instructor.v2.retry", "instructor.v2"):
    logging.getLogger(_name).addFilter(_QuietWhileCapturing())

_CAPTURING_CREATE: dict[Any, Any] = {}


def request_body(
    settings: Settings, mode: instructor.Mode, messages: list[dict[str, Any]], article_text: str
) -> dict[str, Any]:
    """The chat-completions JSON body the live path sends for these messages.

    instructor prepares the request exactly as for a live call (the same
    :func:`instructor_request`, the same patched ``create`` machinery for
    ``mode``); its ``create`` raises with the keywords instead of sending them.
    """
    create = _CAPTURING_CREATE.get(mode)
    if create is None:
        create = _CAPTURING_CREATE[mode] = instructor.patch(create=_capture, mode=mode)
    kwargs = instructor_request(settings, messages, article_text, GroundingNotes())
    kwargs["max_retries"] = 0
    flag = _capturing.set(True)
    ledger = ledger_var.set(None)  # not an extraction: instructor's own accounting may run
    try:
        create(**kwargs)
    except InstructorRetryException as exc:
        captured = exc.__cause__
    except _Captured as exc:
        captured = exc
    else:  # pragma: no cover - _capture always raises
        captured = None
    finally:
        ledger_var.reset(ledger)
        _capturing.reset(flag)
    if not isinstance(captured, _Captured):
        raise RuntimeError(f"instructor did not prepare a request: {captured!r}")
    return request_json(captured.kwargs)
