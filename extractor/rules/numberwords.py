"""The value of a number written in words: "twenty-two", "a dozen", "three hundred and five" (pure).

``numbers.py`` finds such words in the text with ``WORD_NUMBER`` (built here, from the same
unit and tens words); this turns the words it found into a value (``None`` for words that are
not one number).
"""

from __future__ import annotations

import re

from ..numerals import TENS, UNITS

_UNITS = UNITS
_TENS = TENS
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
SIMPLE_WORD = rf"(?:(?:{_TEN_WORDS})(?:[-\s](?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
# "two hundred and fifty", "five-hundred", "a hundred": one group of up to three digits
_HUNDREDS = (
    rf"(?:(?:{SIMPLE_WORD}|a)[-\s]+hundred"
    rf"(?:(?:\s+and\s+|[-\s]+){SIMPLE_WORD}(?![-\s]+(?:hundred|dozen)))?|{SIMPLE_WORD})"
)
WORD_NUMBER = (
    # "two dozen" (24), "half a dozen" (6), "a dozen"; "dozens" is no number
    rf"(?:(?:{SIMPLE_WORD}|a|half\s+a)\s+dozen"
    # "three thousand five hundred", "two-thousand and forty", "a thousand"
    rf"|(?:{_HUNDREDS}|a)[-\s]+(?:thousand|million)(?:(?:\s+and\s+|[-\s]+){_HUNDREDS})?"
    rf"|{_HUNDREDS})"
)
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_GAPS = re.compile(r"[\s-]+")  # compiled once: re.split looks its cache up each call


def count_value(written: str) -> float | None:
    """A count as written in digits or words: '1,400' -> 1400.0, 'sixteen' -> 16."""
    return float(written.replace(",", "")) if written[0].isdigit() else word_value(written)


def word_value(words: str) -> float | None:
    """'twenty-two' -> 22, 'a dozen' -> 12, 'three hundred and five' -> 305."""
    tokens = _GAPS.split(words.lower().strip())
    if tokens[-1:] == ["dozen"]:
        if tokens[:-1] == ["half", "a"]:
            return 6
        head = word_value(" ".join(tokens[:-1])) if tokens[:-1] != ["a"] else 1
        return None if head is None else head * 12
    total = 0
    current = 0
    seen = False
    for tok in tokens:
        if tok in ("and",):
            continue
        if tok in ("a", "an"):
            current = max(current, 1)
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok in _SCALES:
            current = max(current, 1) * _SCALES[tok]
            if _SCALES[tok] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None
