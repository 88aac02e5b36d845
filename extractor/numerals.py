"""The numbers a span of text states, and whether a figure is one of them (pure).

Grounding asks more of a statistic than "the evidence occurs in the article":
the evidence must *state the figure*. ``"e"`` or ``"in"`` occur in every
article; ``"9,999 arrests"`` does not occur in one that reports 22. So the
value of a statistic must be one of the numbers its evidence states, written
any way a journalist writes it: digits with or without separators ("1,300",
"1300"), decimals, money forms ("£1.2m", "£7K", "£3bn", "£40k-plus"), number
words ("five", "twenty-five", "two hundred and twelve", "two-thousand"),
dozens ("a dozen", "two dozen"), and the unit conversions the contract asks
for (grams or tonnes to kilograms, "N years and M months" to years).
"""

from __future__ import annotations

import math
import re

# number words, shared with the rules backend's number reader
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS = {**UNITS, **TENS, "a": 1, "an": 1}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SUFFIX = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
# "1,300", "1300", "2.5", "£1.2m", "£7K", "60-plus"; a word scale may follow ("1.2 million")
_DIGITS = re.compile(r"(?<![\w.])(\d[\d,]*)(\.\d+)?\s?(?:(k|mn|m|bn|b)(?![a-z]))?", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def _word_numbers(text: str) -> list[float]:
    """Numbers written in words: "twenty-five", "two hundred and twelve", "a dozen"."""
    words = [w.lower() for w in _WORD.findall(text.replace("-", " "))]
    found: list[float] = []
    i = 0
    while i < len(words):
        w = words[i]
        starts = w in _UNITS or w in _SCALES or w in ("dozen", "half")
        if w in ("a", "an"):  # only a number before a scale word: "a dozen", "a hundred"
            starts = i + 1 < len(words) and (words[i + 1] in _SCALES or words[i + 1] == "dozen")
        if not starts:
            i += 1
            continue
        total, current, j = 0.0, 0.0, i
        while j < len(words):
            w = words[j]
            if w == "half" and j == i:  # "half a kilo", "half a dozen", "half a million"
                current = 0.5
            elif w in ("a", "an") and (j == i or words[j - 1] == "half"):
                current = current or 1
            elif w == "dozen":
                current = (current or 1) * 12
            elif w == "hundred":
                current = (current or 1) * 100
            elif w in _SCALES:
                total, current = total + (current or 1) * _SCALES[w], 0.0
            elif w in _UNITS and w not in ("a", "an"):
                current += _UNITS[w]
            elif w == "and" and j + 1 < len(words) and words[j + 1] in _UNITS and j > i:
                pass
            else:
                break
            j += 1
        found.append(total + current)
        i = max(j, i + 1)
    return found


def numbers_in(text: str) -> list[float]:
    """Every number ``text`` states, in digits or in words, with money suffixes applied."""
    found: list[float] = []
    for m in _DIGITS.finditer(text):
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        suffix = (m.group(3) or "").lower()
        if suffix:
            value *= _SUFFIX[suffix]
        else:
            after = _WORD.match(text, m.end() + (1 if text[m.end() : m.end() + 1] == " " else 0))
            scale = _SCALES.get(after.group(0).lower()) if after else None
            if scale:
                found.append(value)  # "1.2 million": both readings
                value *= scale
        found.append(value)
    found.extend(_word_numbers(text))
    return found


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def states_value(evidence: str, value: float) -> bool:
    """True when ``value`` is a number ``evidence`` states (allowing the contract's
    conversions: g / tonnes -> kg, "N years and M months" -> years)."""
    if not math.isfinite(value):
        return False
    numbers = numbers_in(evidence)
    for n in numbers:
        if _close(n, value) or _close(n * 1000, value) or _close(n / 1000, value):
            return True
    # "40 years and six months" -> 40.5: a whole number plus twelfths
    low = evidence.lower()
    if "month" in low and "year" in low:
        for a in numbers:
            for b in numbers:
                if a != b and b < 12 and _close(a + b / 12, value):
                    return True
    if "month" in low and "year" not in low:
        return any(_close(n / 12, value) for n in numbers)
    return False


def word_count(text: str) -> int:
    """Words in ``text`` (runs of letters or digits)."""
    return len(re.findall(r"[\w£$€%]+", text))
