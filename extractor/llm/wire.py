"""The chat-completions request as openai sends it, without openai re-walking it per call.

``chat.completions.create`` runs every parameter through openai's type-driven
``transform`` (aliases, dates, base64 files, ``Iterable`` to ``list``) before it
serialises the body. For a body of plain JSON values that walk is the identity,
and it is not cheap: ~1.5 ms of CPU per request here, almost all of it spent on
the two messages (each tried against the six message types of a union), a
quarter of openai's whole client cost. instructor hands our wrapped create plain
dicts, lists and strings, so :func:`plain_body_kwargs` passes them as
``extra_body`` (documented: "additional JSON properties", merged into the body
as given) with ``messages`` and ``model`` marked omitted, so the transform sees
nothing to do. The keys keep the order of ``create``'s signature, which is the
order openai would have produced: the bytes on the wire are the same
(``tests/test_llm_wire.py`` compares them, headers included).

Anything else (a stream, extra headers, a timeout, a value that is not plain
JSON) goes through ``create`` unchanged.
"""

from __future__ import annotations

import inspect
from typing import Any

import openai
from openai.resources.chat.completions import AsyncCompletions

# openai 1.x has only NOT_GIVEN; both are skipped by the transform and its merge
_OMIT: Any = getattr(openai, "omit", None) or openai.NOT_GIVEN
_NOT_BODY = {"extra_headers", "extra_query", "extra_body", "timeout", "stream"}
# create's keyword parameters in signature order: the order of the JSON body it sends
BODY_KEYS: tuple[str, ...] = tuple(
    name
    for name, p in inspect.signature(AsyncCompletions.create).parameters.items()
    if p.kind is inspect.Parameter.KEYWORD_ONLY and name not in _NOT_BODY
)
_BODY_KEY_SET = frozenset(BODY_KEYS)
_PLAIN = (str, int, float, bool, type(None), list, dict)


def plain_body_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """``create`` keywords that send the same body with openai's transform skipped.

    ``kwargs`` itself when the fast path does not apply (an unknown or non-body
    keyword, a value that is not a plain JSON container or scalar, no messages).
    """
    if "messages" not in kwargs or "model" not in kwargs:
        return kwargs
    for key, value in kwargs.items():
        if key not in _BODY_KEY_SET or not isinstance(value, _PLAIN):
            return kwargs
    body = {key: kwargs[key] for key in BODY_KEYS if key in kwargs}
    return {"messages": _OMIT, "model": _OMIT, "extra_body": body}


def request_json(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The JSON body ``create(**kwargs)`` puts on the wire (a Batch API line's ``body``).

    The fast path's body when it applies (the same bytes, ``test_llm_wire.py``);
    otherwise openai's own transform of the parameters.
    """
    fast = plain_body_kwargs(kwargs)
    if fast is not kwargs:
        return dict(fast["extra_body"])
    from openai._utils import maybe_transform
    from openai.types.chat import completion_create_params

    body = {k: v for k, v in kwargs.items() if k in _BODY_KEY_SET}
    sent: Any = maybe_transform(body, completion_create_params.CompletionCreateParamsNonStreaming)
    return dict(sent or {})
