"""Finding the numbers an article states: counts, money, weights, and their qualifiers (pure).

"more than 50", "£1.2m", "7,020g", "twenty-two", "a dozen": each becomes a
``Figure`` with its value, its kind and the qualifier the words before it give.
Numbers that are dates, years, ages, times, phone numbers or percentages are
dropped here (``nonfigures`` reads the words that say so), so later stages only see
quantities; number words are read with ``numberwords``' pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from ..schema import Qualifier
from .candidates import candidate_starts
from .nonfigures import after_skip, last_word, skip_before, skip_number
from .numberwords import WORD_NUMBER, word_value
from .textsearch import after_gap

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONEY_OR_DIGITS = (
    rf"(?P<money>\u00a3\s?(?P<mnum>{_DIGITS})(?:\s?(?P<mscale>(?i:million|mn|m|bn|billion|k|thousand))\b)?)"
    rf"|(?<![\w.\u00a3])(?<!\d,)(?P<num>{_DIGITS})(?!\d)"
    rf"(?:\s?(?P<unit>kilograms?|kilos?|kgs?|grams?|g|tonnes?|ounces?|oz)\b)?"
)
_HALF = r"(?<![\w-])(?P<half>half\s+a\s+(?:kilo(?:gram)?|kg))\b"
_HALF_OR_WORD = rf"{_HALF}|(?<![\w-])(?P<word>{WORD_NUMBER})(?![\w])"
# only "half a kilo" and words open on a letter: read on the lower-cased text (no case folding)
_MONEY_OR_DIGITS_RE = re.compile(rf"(?P<half>(?!))?(?P<word>(?!))?(?:{_MONEY_OR_DIGITS})")
_HALF_OR_WORD_LOW_RE = re.compile(rf"(?P<money>(?!))?(?P<num>(?!))?(?:{_HALF_OR_WORD})")
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")  # IGNORECASE takes them for ASCII


_number_re = cache(lambda: re.compile(rf"{_MONEY_OR_DIGITS}|(?i:{_HALF_OR_WORD})"))
_WIDE_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d)")
_SCALE_OF = {
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
    "k": 1e3,
    "thousand": 1e3,
}
_KG_PER = {"k": 1.0, "g": 0.001, "t": 1000.0, "o": 0.0283495}

_OPERATION_BEFORE = re.compile(r"\bOp(?:eration|\.)?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+$")
# opens a word: searched in " " + before, re skips to the gaps between words (after_gap)
_QUALIFIER = (
    r"\b(?:(?P<more_than>more\s+than|over|in\s+excess\s+of|upwards\s+of|above|excess\s+of)"
    r"|(?P<at_least>at\s+least|a\s+minimum\s+of|no\s+fewer\s+than|no\s+less\s+than|minimum\s+of)"
    r"|(?P<nearly>almost|nearly|just\s+under|close\s+to|just\s+short\s+of|just\s+below|not\s+far"
    r"\s+off|fractionally\s+under)"
    r"|(?P<up_to>up\s+to|as\s+many\s+as|as\s+much\s+as)"
    r"|(?P<about>around|about|approximately|approx\.?|roughly|circa|c\.|some|an\s+estimated|"
    r"estimated|an\s+approximate|in\s+the\s+region\s+of|estimated\s+to\s+be|estimates?\s+that"
    r"|estimated\s+that|thought\s+to\s+be|believed\s+to\s+be|an\s+estimate\s+of|around\s+about"
    r"|(?:estimated|thought|believed)\s+to\s+be\s+worth"  # "drugs estimated to be worth £5.8m"
    r"|(?:an\s+)?estimated\s+(?:street\s+|market\s+)?value\s+of"
    r"|est\.\s+(?:street\s+|market\s+)?value(?:\s+of)?))"
    r"\s*$"
)
_QUALIFIER_AFTER_GAP = after_gap(_QUALIFIER, re.IGNORECASE)
# every letter _QUALIFIER names is lower case: in an ASCII text lower-cased it finds the same
# without IGNORECASE, under which re tries every branch in full (no first-letter test)
_QUALIFIER_AFTER_GAP_LOW = after_gap(_QUALIFIER)
_OF_GROUP = re.compile(r"\s+of\s+(?:the|those|these|its|their|our)\s+[a-z]", re.IGNORECASE)
_PRONOUN_ONE = re.compile(
    r"\b(?:an?|the|this|that)\s+(?:(?!further\b|additional\b|extra\b|more\b)[a-z]+\s+)?$",
    re.IGNORECASE,
)
_WORD_UNIT = re.compile(r"[-\s](kilo(?:gram)?s?|kgs?|ounces?|oz|grams?|tonnes?)\b", re.IGNORECASE)
# "at one address in Dartford", "from one handset to the next": "one" picks out, it counts nothing;
# "took orders on one phone" runs a line ("closure orders on one flat" count)
_PLACE_ONE = re.compile(
    r"\b(?:at|from|in|inside|to|into)\s+$|\b(?:took|take|takes|taking)\s+orders\s+on\s+$"
    r"|\b(?:ran|run|runs|running|operated|operating)\s+on\s+$",
    re.IGNORECASE,
)
# "nine thousand pounds in cash"; "two pounds of cannabis" is a weight, no money
_POUNDS_AFTER = re.compile(r"\s+(?:pounds|quid)\b(?!\s+(?:of|weight)\b)", re.IGNORECASE)
_PLUS_AFTER = re.compile(r"\+|-?\s?plus\b", re.IGNORECASE)


@dataclass(slots=True)
class Figure:
    """A stated quantity. ``start``/``end`` cover the number itself (with £ and unit)."""

    start: int
    end: int
    value: int | float  # int when whole (compiled code keeps a float annotation a float)
    kind: str  # count | money | weight
    qualifier: Qualifier
    qual_start: int  # where the qualifier words start (== start when exact)


def whole_if_whole(value: float) -> int | float:
    """3.0 -> 3, 0.45 -> 0.45: a record's value as the article wrote it (int when whole)."""
    return int(value) if value == int(value) else value


def _digits(raw: str) -> float:
    return float(raw.replace(",", ""))


def find_figures(plain: str, start: int, end: int, low: str | None = None) -> list[Figure]:
    """Every quantity stated in ``plain[start:end]``, in text order."""
    return find_figures_by_span(plain, [(start, end)], low)[0]


def find_figures_by_span(
    plain: str, spans: list[tuple[int, int]], low: str | None = None
) -> list[list[Figure]]:
    """The quantities of each (sorted, disjoint) span, found in one pass over the text.

    ``low`` is ``plain`` lower-cased when the caller has it already (same length).
    A span is a sentence: qualifiers and context never reach across its edges.
    """
    out: list[list[Figure]] = [[] for _ in spans]
    if not spans:
        return out
    if low is None:
        low = plain.lower()
    si = 0
    last_end = spans[0][0]
    ascii_digits = _only_ascii_digits(low)
    caseless = None if any(c in plain for c in _FOLDS_TO_ASCII) else low
    # a number word inside a word starts no figure, when low's offsets are plain's
    inside_words = len(low) != len(plain)
    for pos in candidate_starts(
        low, spans[0][0], spans[-1][1], ascii_digits=ascii_digits, inside_words=inside_words
    ):
        if pos < last_end:
            continue
        while si < len(spans) and spans[si][1] <= pos:
            si += 1
        if si == len(spans):
            break
        start, end = spans[si]
        if pos < start:
            continue
        figure = _figure_at(plain, pos, start, end, caseless)
        if figure is None:
            continue
        if isinstance(figure, int):
            last_end = figure
            continue
        last_end = figure.end
        out[si].append(figure)
    if "both " in low:
        _both_figures(low, spans, out)
    if "and a half" in low:
        _and_a_half_weights(plain, low, spans, out)
    return out


# "around a kilo and a half of crack cocaine", "two kilos and a half", "one and a half
# kilos": a weight spoken with its half after the unit or before it
_AND_A_HALF = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"(?:\s+(?P<u1>kilo(?:gram)?s?|kgs?|tonnes?)\s+and\s+a\s+half"
    r"|\s+and\s+a\s+half\s+(?P<u2>kilo(?:gram)?s?|kgs?|tonnes?))\b"
)


def _and_a_half_weights(
    plain: str, low: str, spans: list[tuple[int, int]], out: list[list[Figure]]
) -> None:
    """Put a weight with "and a half" (``_AND_A_HALF``) in place of any figure it covers."""
    starts = [s for s, _ in spans]
    for m in _AND_A_HALF.finditer(low, spans[0][0], spans[-1][1]):
        si = bisect_right(starts, m.start()) - 1
        if si < 0 or m.end() > spans[si][1]:
            continue
        n = m.group("n")
        whole = 1.0 if n in ("a", "an") else (float(n) if n.isdigit() else word_value(n))
        if whole is None:
            continue
        unit = m.group("u1") or m.group("u2")
        kg = round((whole + 0.5) * _KG_PER[unit[0]], 6)
        pos, start = m.start(), spans[si][0]
        before = plain[max(start, pos - 40) : pos]
        qualifier, qual_start = _qualifier(before, pos, plain[m.end() : m.end() + 20])
        kept = [f for f in out[si] if f.end <= pos or f.start >= m.end()]
        kept.append(Figure(pos, m.end(), whole_if_whole(kg), "weight", qualifier, qual_start))
        out[si] = sorted(kept, key=lambda f: f.start)


# "two lads from Bristol in it. Both were arrested", "two men ... were arrested, and both have
# since been charged", "on two teenagers. Both were referred to safeguarding teams": "both",
# the subject of a people-verb, counts the two people just named (a count of two people in
# its sentence or the one before)
_BOTH_VERB = re.compile(
    r"\bboth(?:\s+of\s+them)?\s+(?:were|was|are|have|has|had)\s+"
    r"(?:(?:since|now|also|later|then|subsequently|all)\s+)*(?:been\s+)?"
    r"(?:arrested|charged|jailed|sentenced|referred|safeguarded)\b"
)
_TWO_PEOPLE = re.compile(
    r"\b(?:two|2)\s+(?:[a-z'-]+\s+){0,2}?(?:men|women|people|lads|boys|girls|teenagers|teens"
    r"|youths|suspects|brothers|sisters|children|juveniles|adults|males|females|others"
    r"|youngsters|dealers|runners|defendants|passengers|occupants)\b"
)


def _both_figures(low: str, spans: list[tuple[int, int]], out: list[list[Figure]]) -> None:
    """Add a figure of two at each "both" that is a people-verb's subject with two people
    named just before it (see ``_BOTH_VERB``), into its span's list in text order."""
    starts = [s for s, _ in spans]
    for m in _BOTH_VERB.finditer(low, spans[0][0], spans[-1][1]):
        si = bisect_right(starts, m.start()) - 1
        if si < 0 or m.start() >= spans[si][1]:
            continue
        back = spans[si - 1][0] if si > 0 else spans[si][0]
        if _TWO_PEOPLE.search(low, back, m.start()) is None:
            continue
        pos = m.start()
        if any(f.start <= pos < f.end for f in out[si]):
            continue
        figure = Figure(pos, pos + 4, 2, "count", Qualifier.exact, pos)
        out[si].append(figure)
        out[si].sort(key=lambda f: f.start)


def _only_ascii_digits(text: str) -> bool:
    """Whether every character ``\\d`` matches in ``text`` is 0-9: Latin-1 has no other
    decimal digit, and a text of Latin-1 only encodes to as many bytes as it has characters
    (checked first: far cheaper than scanning for the others)."""
    if text.isascii() or len(text.encode("latin-1", "ignore")) == len(text):
        return True
    return _WIDE_DIGIT.search(text) is None


def _figure_at(
    plain: str, pos: int, start: int, end: int, low: str | None = None
) -> Figure | int | None:
    """The figure at ``pos``; the end of a skipped number (int); ``None`` if none starts here.
    ``low``: ``plain`` lower-cased, when it holds none of ``_FOLDS_TO_ASCII``."""
    if low is None:
        m = _number_re().match(plain, pos, end)
    elif low[pos].isalpha():  # a word number's text is only read lower-cased
        m = _HALF_OR_WORD_LOW_RE.match(low, pos, end)
    else:
        m = _MONEY_OR_DIGITS_RE.match(plain, pos, end)
    if m is None:
        return None
    before = plain[max(start, pos - 40) : pos]
    after = plain[m.end() : min(end, m.end() + 60)]
    if "Op" in before and _OPERATION_BEFORE.search(before):
        return m.end()  # "Operation Orochi 2": part of a name
    last = last_word(before)  # read by both the skip and the qualifier checks
    if m.group("money"):
        value = _digits(m.group("mnum"))
        scale = m.group("mscale")
        if scale:
            value *= _SCALE_OF[scale.lower()]
        kind = "money"
    elif m.group("half"):
        value, kind = 0.5, "weight"
    elif m.group("num"):
        raw = m.group("num")
        unit = m.group("unit")
        if skip_number(raw, before, after, unit, last):
            return m.end()
        value = _digits(raw)
        if unit:
            value *= _KG_PER[unit[0].lower()]
            kind = "weight"
        else:
            if after[:9].lower().lstrip().startswith(("million", "thousand")):
                return m.end()  # "1.2 million people": too vague for this genre
            kind = "count"
    else:
        word = m.group("word")
        if word.lower() not in ("a", "an") and (unit := _WORD_UNIT.match(after)):
            # "a two-kilo block", "three ounces of heroin": a weight written in words
            parsed = word_value(word)
            if parsed is not None:
                kg = round(parsed * _KG_PER[unit.group(1)[0].lower()], 6)
                qualifier, qual_start = _qualifier(before, pos, after, last)
                weight = whole_if_whole(kg)
                return Figure(pos, m.end() + unit.end(), weight, "weight", qualifier, qual_start)
        if word.lower() in ("a", "an") or after_skip(after) or skip_before(before, after, last):
            return m.end()
        if word.lower() == "one" and _OF_GROUP.match(after):
            return m.end()  # "found at one of the addresses": which one, not a count
        if word.lower() == "one" and (
            _PRONOUN_ONE.search(before) or _PLACE_ONE.search(before) or after.startswith(" aged ")
        ):  # "two runners, one aged 15 and one aged 17": an aside of ages
            return m.end()  # "not an easy one": a pronoun; "at one address": a place, no count
        parsed = word_value(word)
        if parsed is None:
            return m.end()
        value, kind = parsed, "count"
    end = m.end()
    if kind == "count" and "pound" in after and (pounds := _POUNDS_AFTER.match(after)):
        kind, end = "money", end + pounds.end()  # "forty-one thousand pounds": £41,000
    if not value < 1e13:  # a run of digits no article means as a quantity (or inf / nan)
        return m.end()
    qualifier, qual_start = _qualifier(before, pos, after, last)
    number = whole_if_whole(round(value, 6))
    return Figure(pos, end, number, kind, qualifier, qual_start)


_QUALIFIER_LAST_WORDS = frozenset(
    "than over of upwards above least minimum fewer less almost nearly under to short below off "
    "as around about approximately approx approx. roughly circa c. some estimated approximate be "
    "that value estimate estimates excess worth".split()
)


def _qualifier(before: str, pos: int, after: str, last: str | None = None) -> tuple[Qualifier, int]:
    if (last_word(before) if last is None else last).lstrip("-") in _QUALIFIER_LAST_WORDS:
        gapped = " " + before
        if gapped.isascii():
            m = _QUALIFIER_AFTER_GAP_LOW.search(gapped.lower())
        else:
            m = _QUALIFIER_AFTER_GAP.search(gapped)
        if m:
            return Qualifier(m.lastgroup), pos - (len(before) - m.start())
    if _PLUS_AFTER.match(after):
        return Qualifier.more_than, pos
    return Qualifier.exact, pos
