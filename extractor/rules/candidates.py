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
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# re scans for a class of characters ("[^a-z]", a digit) at ~45 instructions a character: the
# scans below find where those patterns can match by cheaper means and try them only there
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_ZERO_RUN = re.compile(rb"0[0,.]*")  # a _DIGIT_BRANCHES run, its digits made "0"


def _word_openers(words: list[str]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """What every match of ``_WORD`` opens with: a word ("four" for "four", "fourteen"), or a
    lone letter and the word after its gap ("a", "dozen" for "a dozen"), which is found
    instead (a lone letter is in most words); a phrase's gap is \\s+ (``trie_regex``)."""
    heads: set[str] = set()
    tails: set[tuple[str, str]] = set()
    for w in words:
        first, *rest = w.split(" ")
        if len(first) > 1 or not rest:
            heads.add(first)
        else:
            tails.add((first, rest[0]))
    # "fourteen" opens with "four": its matches are among those of "four"
    kept = sorted(h for h in heads if not any(o != h and h.startswith(o) for o in heads))
    return tuple(kept), tuple(sorted(tails))


_OPENERS, _TAILS = _word_openers(CANDIDATE_WORDS)


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
    starts = _digit_starts(low, start, end)
    starts += _word_starts(low, start, end)
    starts.sort()  # the two kinds never share a start
    return iter(starts)


def _digit_starts(low: str, start: int, end: int) -> list[int]:
    """The starts of ``_DIGIT.finditer(low, start, end)`` in a text whose only digits are 0-9.

    re scans for a class of characters (a pound sign or a digit) at ~45 instructions a
    character, for one literal character at a few: in a Latin-1 text (one byte a character, the same
    offsets) every digit becomes "0" (``bytes.translate``, C speed) and the runs are found as
    "0[0,.]*"; a pound sign, which no run takes and which takes no digit, with ``find``.
    """
    raw = low.encode("latin-1", "ignore")
    if len(raw) != len(low):  # a character beyond Latin-1
        return [m.start() for m in _DIGIT.finditer(low, start, end)]
    starts = [m.start() for m in _ZERO_RUN.finditer(raw.translate(_DIGITS_TO_ZERO), start, end)]
    pound = raw.find(b"\xa3", start, end)
    if pound < 0:
        return starts
    while pound >= 0:
        starts.append(pound)
        pound = raw.find(b"\xa3", pound + 1, end)
    starts.sort()
    return starts


def _word_starts(low: str, start: int, end: int) -> list[int]:
    """The starts of the plain scan's number words that open a word: the first character's
    (``_WORD`` needs no gap before it there), then, from the end of that match, those a scan
    of ``"[^a-z](?:" + _WORD's branches + ")"`` finds one past its gap character: ``_WORD``
    tried at each place ``_OPENERS`` or ``_TAILS`` find, in text order, after a character that
    is no letter and past the last match's end."""
    first = _WORD.match(low, start, end)
    out = [start] if first is not None else []
    at = first.end() if first is not None else start  # where the scan goes on from
    found = []
    for w in _OPENERS:
        i = low.find(w, start, end)
        while i >= 0:
            found.append(i)
            i = low.find(w, i + 1, end)
    for head, tail in _TAILS:  # "a dozen": the "a" before the gap before "dozen"
        i = low.find(tail, start, end)
        while i >= 0:
            gap = i
            while gap > start and low[gap - 1].isspace():  # str's whitespace is re's \\s
                gap -= 1
            if start < gap < i and low[gap - 1] == head:
                found.append(gap - 1)
            i = low.find(tail, i + 1, end)
    found.sort()
    for p in found:
        # the gap character must be at or past ``at``, and no letter ("[^a-z]")
        if p <= at or "a" <= low[p - 1] <= "z":
            continue
        m = _WORD.match(low, p, end)
        if m is None:
            continue
        at = m.end()
        if not _hidden(low, start, p):
            out.append(p)
    return out


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
