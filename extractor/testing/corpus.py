"""Synthetic articles and a matching responder, for batch tests and benchmarks.

Each article states one figure in a sentence the responder can read back out
of the prompt ("Officers made 17 arrests in Kent during the operation."), so
a loopback server answers every article with a small record whose evidence
really is in that article: the grounding check passes, as with a good model.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from .wire import RecordedRequest, Reply

PLACES = ("Kent", "Essex", "Surrey", "Norfolk", "Suffolk", "Devon", "Cumbria", "Dorset")
_FIGURE = re.compile(r"Officers made (\d+) arrests in (\w+)")


def synthetic_text(i: int, *, padding: int = 6) -> str:
    """Article ``i``: a date line, the figure sentence, and ``padding`` filler sentences."""
    place = PLACES[i % len(PLACES)]
    arrests = 3 + i % 40
    filler = " ".join(
        f"Paragraph {k} of report {i} describes the week of action in {place} in general terms."
        for k in range(padding)
    )
    return (
        f" date 2025-0{1 + i % 9}-1{i % 10} \n"
        f"County lines crackdown in {place}\n\n"
        f"Officers made {arrests} arrests in {place} during the operation. {filler}\n"
    )


def synthetic_id(i: int) -> str:
    return f"syn_{i:06d}"


def synthetic_articles(n: int, *, start: int = 0) -> Iterator[dict[str, str]]:
    """``n`` JSONL-style items (``id``, ``text``), generated lazily."""
    for i in range(start, start + n):
        yield {"id": synthetic_id(i), "text": synthetic_text(i)}


def write_jsonl(path: str | Path, n: int, *, start: int = 0) -> Path:
    """``n`` synthetic articles as a JSONL batch input."""
    p = Path(path)
    with open(p, "w", encoding="utf-8") as f:
        for item in synthetic_articles(n, start=start):
            f.write(json.dumps(item) + "\n")
    return p


def figure_record(text: str) -> dict[str, object] | None:
    """The record a good model would give for a synthetic article (None if not one)."""
    m = _FIGURE.search(text)
    if m is None:
        return None
    return {
        "statistics": [
            {
                "metric": "arrests",
                "value": int(m.group(1)),
                "qualifier": "exact",
                "area": m.group(2),
                "evidence": m.group(0),
            }
        ],
        "locations": [m.group(2)],
    }


def figure_responder(request: RecordedRequest) -> Reply:
    """Answer a synthetic article with its grounded record (an empty one otherwise)."""
    return Reply(record=figure_record(request.user_text) or {})
