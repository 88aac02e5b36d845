"""Where a number can start: the cheap first pass of ``numbers.find_figures_by_span`` (pure).

``CANDIDATE.finditer(low, start, end)`` (on the lower-cased text) gives every place a figure
may start: a pound sign, a digit, or a number word ("one", "twenty", "a dozen", "half a").
The number words are found wherever they stand, inside a word too ("one" in "someone"),
where no figure can start: ``re`` stops at every e, t, a, o, n, s, h and f of the text.
``candidate_starts`` gives the same starts with two cheaper scans: the digits and the pound
sign, and the number words after a character that is no letter (``[^a-z]``, the gap the
scan skips to at C speed). The two kinds share no character, so neither ever hides the
other; and a number word inside a word hides the start of another in one case only: "half
a" closing a word ("behalf a dozen") covers the "a" of "a dozen", "a hundred", "a thousand"
(``_hidden``). ``tests/test_rules_speedups.py`` checks the two against each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numerals import TENS, UNITS
from .gazetteer import trie_branches, trie_regex

CANDIDATE_WORDS = [*UNITS, *TENS, "a dozen", "half a", "a hundred", "a thousand"]
CANDIDATE_ANY = re.compile(r"\u00a3|\d[\d,.]*|(?:" + trie_regex(CANDIDATE_WORDS) + r")(?![a-z])")
# the same, every alternative opening with a literal so that re skips at C speed to the
# characters a number can start with (a third as much work); "\d" became 0-9, so a text
# with another script's digits (which "\d" also matches) is read with the pattern above
_DIGIT_BRANCHES = [r"\u00a3", *(rf"{d}[\d,.]*" for d in "0123456789")]
_WORD_BRANCHES = [rf"{branch}(?![a-z])" for branch in trie_branches(CANDIDATE_WORDS)]
CANDIDATE = re.compile("|".join([*_DIGIT_BRANCHES, *_WORD_BRANCHES]))
_DIGIT = re.compile("|".join(_DIGIT_BRANCHES))
_WORD = re.compile("|".join(_WORD_BRANCHES))
_WORD_AFTER_GAP = re.compile("[^a-z](?:" + "|".join(_WORD_BRANCHES) + ")")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def candidate_starts(
    low: str, start: int, end: int, *, ascii_digits: bool, inside_words: bool
) -> Iterator[int]:
    """The starts of ``CANDIDATE.finditer(low, start, end)`` (of ``CANDIDATE_ANY``'s when
    ``low`` may hold digits other than 0-9), in text order; ``inside_words``: also those
    inside words, which no figure starts at when ``low``'s offsets are the text's."""
    if not ascii_digits:
        return (m.start() for m in CANDIDATE_ANY.finditer(low, start, end))
    if inside_words:
        return (m.start() for m in CANDIDATE.finditer(low, start, end))
    starts = [m.start() for m in _DIGIT.finditer(low, start, end)]
    starts += _word_starts(low, start, end)
    starts.sort()  # the two kinds never share a start
    return iter(starts)


def _word_starts(low: str, start: int, end: int) -> Iterator[int]:
    first = _WORD.match(low, start, end)  # the scan's first character needs no gap before it
    if first is not None:
        yield start
    for m in _WORD_AFTER_GAP.finditer(low, first.end() if first else start, end):
        at = m.start() + 1
        if not _hidden(low, start, at):
            yield at


def _hidden(low: str, start: int, at: int) -> bool:
    """Whether the number word at ``at`` (after a gap) opens on the "a" that ends "half a"
    where "half" closes a longer word: the plain scan takes that "half a" and passes it by."""
    if low[at] != "a":
        return False
    gap = at
    while gap > start and low[gap - 1].isspace():
        gap -= 1
    half = gap - 4
    return gap < at and half > start and low.startswith("half", half) and low[half - 1] in _LETTERS
