"""Stage 2 of a model call: an answer (a chat-completion) made a validated record.

Whatever brought the answer, the live HTTP call or a Batch API output line,
it goes through the same steps: :func:`vet_answer` counts its tokens into the
extraction's ``CallLedger``, logs it, and stops a cut-off or filtered answer
before instructor parses it (keeping the complete items of a cut-off JSON
answer under ``--ungrounded drop``); then instructor parses it for the mode and
validates it with our context (the article: grounding, value in evidence), and
asks again on a validation error. :func:`failure` turns whatever escaped into
one of our errors with the spend attached. A Batch API answer enters as the
first answer of an ordinary live extraction (``LLMClient.extract(answer=...)``),
so it is validated, and re-asked through the live path, exactly as a live one.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException

from ..config import Settings
from ..errors import ContentFiltered, ExtractionError, ExtractorError, TruncatedOutput
from ..schema import OperationReport
from .ledger import CallLedger
from .retry import scrub, wire_error
from .salvage import close_json

log = logging.getLogger(__name__)


def plain_report(report: OperationReport) -> OperationReport:
    """The same validated record as a plain ``OperationReport`` (no re-validation)."""
    values = {name: getattr(report, name) for name in OperationReport.model_fields}
    return OperationReport.model_construct(_fields_set=report.model_fields_set, **values)


MAX_KEPT_OUTPUT = 20_000


def answer_text(response: Any) -> str | None:
    """The raw answer: tool-call arguments or message content."""
    try:
        message = response.choices[0].message
    except (AttributeError, IndexError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        return "\n".join(str(c.function.arguments) for c in calls)
    return message.content


def completion_from_body(body: dict[str, Any]) -> Any:
    """A Batch API output line's ``response.body`` as the SDK's ``ChatCompletion``, built as
    openai builds one from an HTTP answer (leniently, nested objects included)."""
    from openai.types.chat import ChatCompletion

    return ChatCompletion.construct(**body)


def vet_answer(
    settings: Settings,
    ledger: CallLedger,
    response: Any,
    *,
    tries: int,
    started: float,
    request: dict[str, Any],
) -> Any:
    """Count, log and vet one answer before instructor parses it: an HTTP answer after
    ``tries`` tries, or (``tries`` 0) a Batch API output line's body."""
    latency = time.perf_counter() - started
    prompt, completion, total = _usage_of(response, ledger)
    ledger.answers += 1
    ledger.prompt_tokens += prompt
    ledger.completion_tokens += completion
    ledger.total_tokens += total
    text = answer_text(response)
    if text is not None:
        ledger.last_output = text[:MAX_KEPT_OUTPUT]
    choices = getattr(response, "choices", None) or []
    finish = choices[0].finish_reason if choices else None
    log.info(
        "llm call article=%s model=%s attempt=%d try=%d status=200 finish=%s "
        "latency=%.3fs tokens=%d+%d cache_hit=false%s",
        ledger.article_id,
        request.get("model"),
        ledger.requests,
        tries,
        finish,
        latency,
        prompt,
        completion,
        " source=batch" if tries == 0 else _server_timings(response),
    )
    if log.isEnabledFor(logging.DEBUG):
        log.debug("llm request messages=%s", _dump(request.get("messages")))
        log.debug("llm answer=%s", text)
    if not choices:
        raise ExtractionError(
            "the endpoint answered with no choices",
            hint="check the server; the model may have failed to load",
        )
    if finish == "length" and _salvage(settings, ledger, choices[0], text):
        finish = "stop"
    if finish == "length":
        raise TruncatedOutput(
            f"the answer was cut off at max_tokens={settings.max_tokens} "
            f"({completion} completion tokens); not re-asked",
            hint="raise max_tokens or shorten the article",
        )
    if finish == "content_filter":
        raise ContentFiltered(
            "the provider's content filter stopped the answer",
            hint="try another model or provider for this article",
        )
    return response


def _salvage(settings: Settings, ledger: CallLedger, choice: Any, text: str | None) -> bool:
    """Under ``ungrounded="drop"``, keep the complete items of a JSON answer cut off at
    ``max_tokens`` (a small model looping over figures) instead of failing it."""
    if (
        settings.ungrounded != "drop"
        or settings.resolved_mode not in ("json", "json_schema")
        or not text
        or getattr(choice.message, "tool_calls", None)
    ):
        return False
    closed = close_json(text)
    if closed is None:
        return False
    choice.message.content = closed
    choice.finish_reason = "stop"
    ledger.cut_off = True
    log.warning(
        "article=%s: the answer was cut off at max_tokens=%d; its complete items are kept",
        ledger.article_id,
        settings.max_tokens,
    )
    return True


def failure(settings: Settings, exc: Exception, ledger: CallLedger) -> ExtractorError:
    """Our error for whatever escaped instructor, with the spend attached."""
    error = ours(exc)
    if error is None:
        if isinstance(exc, IncompleteOutputException):
            error = TruncatedOutput(
                f"the answer was cut off at max_tokens={settings.max_tokens}",
                hint="raise max_tokens or shorten the article",
            )
        elif isinstance(exc, InstructorRetryException):
            said = scrub(_short(_why_invalid(exc.__cause__ or exc)), (settings.api_key or "",))
            error = ExtractionError(
                f"no valid record after {exc.n_attempts} answer(s): {said}",
                hint="try a stronger model, or another --mode",
            )
        else:
            said = scrub(_short(str(exc)), (settings.api_key or "",))
            error = ExtractionError(f"extraction failed: {type(exc).__name__}: {said}")
    error.attempts = error.attempts if error.attempts is not None else ledger.answers
    error.usage = ledger.usage()
    if error.last_output is None:
        error.last_output = ledger.last_output
    return error


def _server_timings(response: Any) -> str:
    """llama.cpp's own timings of the answer, when it sends them (`` server=prompt
    tokens/of which from its prefix cache/prompt ms/generation ms``), else ""."""
    timings = getattr(response, "timings", None)
    if not isinstance(timings, dict):
        return ""
    try:
        return " server={}/{}/{:.0f}/{:.0f}".format(
            int(timings.get("prompt_n", 0)),
            int(timings.get("cache_n", 0)),
            float(timings.get("prompt_ms", 0.0)),
            float(timings.get("predicted_ms", 0.0)),
        )
    except (TypeError, ValueError):
        return ""


def _usage_of(response: Any, ledger: CallLedger) -> tuple[int, int, int]:
    """Prompt, completion and total tokens of one answer; a malformed ``usage`` counts 0.

    Usage is bookkeeping: a server that sends ``"usage": "lots"`` still sent a
    record. It is kept, the tokens are unknown (0, never invented), a warning
    says so, and the field is dropped so instructor does not trip over it.
    """
    usage = getattr(response, "usage", None)
    if usage is None:
        return 0, 0, 0
    try:
        if isinstance(usage, (str, bytes, int, float, list, tuple, dict)):
            raise TypeError(usage)
        numbers = [
            getattr(usage, name, None)
            for name in ("prompt_tokens", "completion_tokens", "total_tokens")
        ]
        if not all(
            n is None or (isinstance(n, int) and not isinstance(n, bool) and n >= 0)
            for n in numbers
        ):
            raise TypeError(numbers)
    except Exception:  # noqa: BLE001 - a str, a list, a dict of strings...
        log.warning(
            "article=%s: the endpoint sent a malformed usage (%s); token usage of this "
            "request is unknown and counted as 0",
            ledger.article_id,
            _short(repr(usage), 80),
        )
        try:
            response.usage = None
        except Exception:  # noqa: BLE001
            pass
        return 0, 0, 0
    prompt, completion, total = (n or 0 for n in numbers)
    return prompt, completion, total or prompt + completion


def ours(exc: BaseException) -> ExtractorError | None:
    """The first ``ExtractorError`` in ``exc``'s cause chain (instructor wraps ours)."""
    return exc if isinstance(exc, ExtractorError) else wire_error(exc)


def cause_of(exc: BaseException) -> BaseException | None:
    """What to chain our error ``from``.

    Our own error raised inside instructor keeps its own cause (the SDK error,
    or none for a cut-off answer) rather than instructor's wrapper around it,
    which would make the chain a loop; anything else is chained from ``exc``.
    """
    error = ours(exc)
    return error.__cause__ if error is not None else exc


def _why_invalid(exc: BaseException) -> str:
    """What was wrong with the last answer, without pydantic's dump of the whole input."""
    from pydantic import ValidationError

    if not isinstance(exc, ValidationError):
        return str(exc)
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(x) for x in error.get("loc", ()))
        msg = str(error.get("msg", "")).removeprefix("Value error, ")
        parts.append(f"{where}: {msg}" if where else msg)
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _short(text: str, limit: int = 400) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _dump(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)
