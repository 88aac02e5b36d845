"""What can be kept of a JSON answer cut off at ``max_tokens`` (pure).

A small local model sometimes loops, listing figure after figure until the token
budget runs out. Under the ``drop`` policy ("keep the grounded rest") the items
it finished before the cut are worth as much as any: each is still checked
against the article. :func:`close_json` cuts the text after the last complete
array element or object member and closes what is open, so the answer parses.
"""

from __future__ import annotations

import json

_CLOSER = {"{": "}", "[": "]"}


def close_json(text: str) -> str | None:
    """``text`` (a JSON object cut off anywhere) cut back to its last complete value
    inside an array or object and closed; ``None`` when nothing whole is left."""
    start = text.find("{")
    if start < 0:
        return None
    stack: list[str] = []
    in_string = escaped = False
    best: tuple[int, list[str]] | None = None
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            stack.append(ch)
        elif ch in "}]":
            if not stack or _CLOSER[stack[-1]] != ch:
                return None
            stack.pop()
            if not stack:
                return text[start : i + 1]  # not cut off after all
            best = (i + 1, list(stack))
    if best is None:
        return None
    cut, open_ = best
    closed = text[start:cut] + "".join(_CLOSER[c] for c in reversed(open_))
    try:
        json.loads(closed)
    except ValueError:
        return None
    return closed
