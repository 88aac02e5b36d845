"""Per-request work instructor 1.17 does that our calls do not need, skipped for them only.

Like the two trims in ``request.py`` (the async-validator scan, the Jinja pass),
each one here is exact for our requests and leaves every other caller of
instructor as it was; if instructor moves a function, nothing is patched and it
keeps its own behaviour.

- Usage accounting. instructor builds a fresh ``CompletionUsage`` per call,
  adds every response's usage into it field by field and deep-copies it onto the
  result: ~150 us of CPU per request. Our ``CallLedger`` already counts every
  request and token (re-asks included), and the client drops the attributes
  instructor hangs on the result. Inside one of our extractions (``inside()``
  is true: our ledger is set) the response's usage is not accumulated.
- Preparing the response model. ``prepare_response_model`` normalises the
  response model twice per call (lists, typed dicts, simple types, the schema
  wrapper); our model is already prepared, which instructor returns unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def skip_usage_accounting(inside: Callable[[], bool]) -> bool:
    """Skip instructor's usage accumulation while ``inside()``; True when in place."""
    try:
        from instructor.v2.core import retry as _retry
    except ImportError:
        return False
    has_usage = getattr(_retry, "has_compatible_usage", None)
    update = getattr(_retry, "update_total_usage", None)
    if has_usage is None or update is None:
        return False
    if getattr(has_usage, "skips_ours", False):
        return True

    def has_compatible_usage(response: Any, total_usage: Any) -> bool:
        # False: instructor then neither snapshots the total nor reports it to hooks
        return False if inside() else has_usage(response, total_usage)  # type: ignore[no-any-return]

    def update_total_usage(response: Any, total_usage: Any) -> Any:
        return response if inside() else update(response=response, total_usage=total_usage)

    has_compatible_usage.skips_ours = True  # type: ignore[attr-defined]
    _retry.has_compatible_usage = has_compatible_usage
    _retry.update_total_usage = update_total_usage
    return True


def prepare_model_once(model: type) -> bool:
    """Make ``prepare_response_model(model)`` return ``model`` at once; True when in place.

    Only when instructor itself returns ``model`` unchanged for it.
    """
    try:
        from instructor.v2.core import patch as _patch
        from instructor.v2.core import response_model as _response_model
    except ImportError:
        return False
    original = getattr(_response_model, "prepare_response_model", None)
    if original is None:
        return False
    if getattr(original, "prepared", None) is model:
        return True
    if original(model) is not model:
        return False

    def prepare_response_model(response_model: Any) -> Any:
        if response_model is model:
            return model
        return original(response_model)

    prepare_response_model.prepared = model  # type: ignore[attr-defined]
    _response_model.prepare_response_model = prepare_response_model
    if getattr(_patch, "prepare_response_model", None) is original:
        _patch.prepare_response_model = prepare_response_model
    return True
