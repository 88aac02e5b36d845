"""A list of places and numbers under a header that names the metric (pure).

"By area, the arrests were:" over "- Newport: 17", "- Caerphilly: 9": each item is the
header's metric at the item's place. The item names no noun of its own; the header does,
on the last line before the list that is not an item.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..schema import Metric
from .lexicon import FIXED, NOUNS, PEOPLE_METRICS
from .peopleverbs import people_verb

# "- Newport: ", "* Ebbw Vale: ", "Caerphilly: ": an item's place, then the number
_ITEM_HEAD = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*)?[A-Z][\w'.]*(?:[ -][A-Za-z][\w'.]*){0,3}:[ \t]*$"
)
# an earlier item of the same list: "- Newport: 17"
_ITEM_LINE = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*)?[A-Z][\w'.]*(?:[ -][A-Za-z][\w'.]*){0,3}:[ \t]*\d[\d,]*[ \t]*$"
)
_WORD = re.compile(r"[A-Za-z]+")
_LOOK_BACK = 400  # characters back to the header, past the earlier items


def _header_metric(line: str) -> Metric | None:
    """The metric a list header names: "By area, the arrests were:" -> arrests."""
    for word in _WORD.findall(line):
        kind = NOUNS.get(word.lower())
        if kind in FIXED:
            return FIXED[kind]
    verb = people_verb("", line, [])  # "People arrested, by town:"
    return PEOPLE_METRICS.get(verb) if verb else None


def list_item_metric(plain: str, line_start: int, fig_start: int, fig_end: int) -> Metric | None:
    """The metric of a bare number in a list item ("- Caerphilly: 9") under a header that
    names it; ``line_start``: where the item's line starts."""
    if not _ITEM_HEAD.fullmatch(plain, line_start, fig_start):
        return None
    line_end = plain.find("\n", fig_end)
    if plain[fig_end : line_end if line_end >= 0 else len(plain)].strip(" \t.;"):
        return None  # words after the number: a sentence, not an item
    header = list_header(plain, line_start, _ITEM_LINE.fullmatch, max(0, line_start - _LOOK_BACK))
    return _header_metric(plain[header[0] : header[1]]) if header else None


def list_header(
    text: str, line_start: int, is_item: Callable[[str], object], floor: int = 0
) -> tuple[int, int] | None:
    """The span of the line that opens the list holding the line at ``line_start``: the first
    line above it, back to ``floor``, that is neither blank nor an item (``is_item(line)``),
    when it ends in ":"; else None."""
    end = line_start - 1
    while end > floor:
        start = text.rfind("\n", floor, end) + 1
        line = text[start:end]
        if line.strip() and not is_item(line):
            return (start, end) if line.rstrip().endswith(":") else None
        end = start - 1
    return None
