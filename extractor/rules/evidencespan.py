"""Where a classified figure's evidence starts and ends: its qualifier, its noun, its verb (pure).

``metrics.py`` decides what a figure counts; the evidence it quotes runs from the
qualifier (or a verb before the number: "safeguarded more than 100") to the noun or a
verb after it ("46 people were arrested"), and a part ("including eight in
Basingstoke") ends with its clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import verbs_in
from .numbers import Figure

_CLAUSE_STOP = re.compile(r"[,;]")  # compiled once: re.split looks its cache up each call


def span(
    plain: str,
    fig: Figure,
    head: str,
    tail: str,
    np_end: int,
    verb: str,
    verbs: Callable[[str], list[tuple[str, int, int]]] = verbs_in,
) -> tuple[int, int]:
    """Evidence: from the verb (if before) or qualifier to the verb (if after) or noun.
    ``verbs``: ``verbs_in``, or the ``VerbMemo`` that ``people_verb`` read the figure with."""
    start, end = fig.qual_start, np_end
    for name, _a, b in verbs(_CLAUSE_STOP.split(tail[:70], maxsplit=1)[0]):
        if name == verb:
            return start, np_end + b
    found = [v for v in verbs(head[-60:]) if v[0] == verb]
    if found:
        return fig.qual_start - len(head[-60:]) + found[-1][1], end
    for name, _a, b in verbs(tail[:200]):
        if name == verb:
            return start, np_end + b
    return start, end


def with_verb(plain: str, fig: Figure, head: str, tail: str, np_end: int) -> tuple[None, int, int]:
    a, b = span(plain, fig, head, tail, np_end, "safeguarded")
    return None, a, b


def clause_end(plain: str, pos: int, ceiling: int) -> int:
    """The end of the clause that starts at ``pos``: the next comma, semicolon or ceiling."""
    for stop in (",", ";", " - "):
        cut = plain.find(stop, pos, ceiling)
        if cut >= 0:
            ceiling = cut
    return ceiling
