"""Searches that skip work a regex engine cannot skip on its own (pure).

``re`` tries a pattern at every character of the text it is given; these wrappers
start it later or not at all when the text cannot hold a match, and find exactly
what the plain pattern finds (``tests/test_rules_tailpattern.py``,
``tests/test_rules_gazetteer.py``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Generic, TypeVar

T = TypeVar("T")


class LastText(Generic[T]):
    """``compute(text)`` for the last text asked about, computed once a text: a per-figure
    check that asks the same question of the whole article again and again. The text and its
    value are swapped in as one tuple, so threads sharing the memo never see a value with
    another text (the memo holds the text, so its identity cannot be reused meanwhile)."""

    __slots__ = ("_compute", "_last")

    def __init__(self, compute: Callable[[str], T]) -> None:
        self._compute = compute
        self._last: tuple[str, T] | None = None

    def __call__(self, text: str) -> T:
        last = self._last
        if last is None or last[0] is not text:
            last = (text, self._compute(text))
            self._last = last
        return last[1]


class LastSpan(Generic[T]):
    """``compute(text, start, end)`` for the last span asked about, computed once a span: a
    per-figure check that asks the same question of its sentence for each figure in it. Kept
    as ``LastText`` keeps its text (one tuple, swapped in whole)."""

    __slots__ = ("_compute", "_last")

    def __init__(self, compute: Callable[[str, int, int], T]) -> None:
        self._compute = compute
        self._last: tuple[str, int, int, T] | None = None

    def __call__(self, text: str, start: int, end: int) -> T:
        last = self._last
        if last is None or last[0] is not text or last[1] != start or last[2] != end:
            last = (text, start, end, self._compute(text, start, end))
            self._last = last
        return last[3]


def search_hinted(pattern: re.Pattern[str], text: str, hints: Iterable[str]) -> bool:
    """Whether ``pattern`` is found in ``text``, where every match of ``pattern`` (case
    insensitive) holds one of the lower-case words ``hints``: an ASCII text without any is
    passed by at ``str`` speed. (Case-insensitive matching also takes a few non-ASCII letters
    for ASCII ones, "\u0131" for "i", so other texts are always searched.)"""
    if text.isascii():
        low = text.lower()
        for w in hints:  # a plain loop: half the cost of any() over a generator
            if w in low:
                break
        else:
            return False
    return pattern.search(text) is not None


def any_word(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a text exactly when one of ``words`` is in it (case-sensitive):
    ``any_word(ws).search(text, pos, endpos)`` is ``any(w in text[pos:endpos] for w in ws)``
    without the slice or a Python loop over the words."""
    return re.compile("|".join(re.escape(w) for w in words))


class WordSet:
    """``any(w in text[pos:endpos] for w in words)`` as ``search(text, pos, endpos)`` (a bool,
    where ``any_word`` gives a match or ``None``): over a window of a sentence or more, a few
    ``in`` tests cost half what ``re`` does trying the alternation at every character that
    opens one of the words; over a few dozen characters ``any_word`` is the cheaper."""

    __slots__ = ("words",)

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        if pos or endpos is not None:  # bounds as re takes them: a negative one is 0
            text = text[max(pos, 0) : None if endpos is None else max(endpos, 0)]
        for w in self.words:
            if w in text:
                return True
        return False


# words grouped under a shorter word each holds ("now", "first"): a text without the gate
# word needs none of its group's ``in`` tests
Gated = tuple[tuple[str, tuple[str, ...]], ...]


def gate_words(words: tuple[str, ...], gates: tuple[str, ...]) -> Gated:
    """``words`` grouped under the first of ``gates`` each holds (a lone word is its own)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(next((g for g in gates if g in w), w), []).append(w)
    return tuple((g if len(ws) > 1 else ws[0], tuple(ws)) for g, ws in groups.items())


def holds_any(text: str, groups: Gated) -> bool:
    """``any(w in text for w in words)`` over ``gate_words(words, ...)``'s groups."""
    for gate, words in groups:
        if gate in text:
            for w in words:
                if w in text:
                    return True
    return False


# what a TailPattern's match may hold in an ASCII text: letters and whitespace
_LETTERS_AND_SPACE = "".join(c for c in map(chr, range(128)) if c.isalpha() or c.isspace())


class TailPattern:
    """A pattern anchored at the end (``...$``) whose matches hold only letters and
    whitespace, like "in the " or "supported by ": ``search(text)`` is that of the pattern,
    started after the text's last other character.

    ``re`` tries such a pattern at every character of the window before a name; a match
    cannot start before a comma, a digit or a quote mark. The search starts at that offset
    (not a slice, so ``\b`` still sees the character before it); only in ASCII text, since
    case-insensitive matching takes a few non-ASCII letters for ASCII ones. ``pos`` and
    ``endpos`` bound the window as they do for ``re.Pattern.search``.
    """

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        window = text[pos:end] if pos or end < len(text) else text
        start = pos + len(window.rstrip(_LETTERS_AND_SPACE)) if window.isascii() else pos
        return self.pattern.search(text, start, end)


# (source, flags, pattern made, used with finditer) of every after_gap pattern: what the
# tests check
AFTER_GAP: list[tuple[str, int, re.Pattern[str], bool]] = []


def after_gap(source: str, flags: int = 0, *, ends_on_word: bool = False) -> re.Pattern[str]:
    """The pattern ``source`` taking one more character, a non-word one, before its match:
    search it in ``" " + text`` and a match starts where ``source``'s starts in ``text`` (its
    end is one further on). Only this form is compiled (compiling costs milliseconds at
    import), so a module keeps no plain twin of it.

    For a pattern whose every match opens with ``\\b`` and a word character, as
    ``\\bdrugs?\\b|\\bcuckoo\\w*`` does: ``re`` tries such a pattern's branches at every
    character, this one it skips at C speed to the characters that are no word character.
    For ``finditer`` (``ends_on_word``) every match must also end on a word character, so
    that the character one match takes is never the last of the match before it.
    ``why_not_after_gap`` checks both on the parsed pattern (in the tests, for every pattern
    made here: parsing costs milliseconds at import).

    The character before is ``[^0-9A-Za-z_]`` (case as written), not ``\\W``: ``re`` tests a
    class of characters with a table, ``\\W`` with up to four calls of Unicode lookups per
    character. The class also takes the non-ASCII letters and digits ``\\W`` leaves out, but
    before one of them the ``\\b`` that opens every match fails, so the matches are the same.
    """
    gapped = re.compile(r"(?-i:[^0-9A-Za-z_])(?:" + source + ")", flags)
    AFTER_GAP.append((source, flags, gapped, ends_on_word))
    return gapped


def why_not_after_gap(source: str, flags: int = 0, *, ends_on_word: bool = False) -> str | None:
    """Why ``after_gap(source)`` would not find what ``source`` finds, or ``None``."""
    items = list(_parser.parse(source, flags))
    if not _opens_word(items, False):
        return f"not every match opens a word: {source[:60]!r}"
    if ends_on_word and not _ends_word(items):
        return f"not every match ends on a word character: {source[:60]!r}"
    return None


def _word_literal(code: int) -> bool:
    return chr(code).isalnum() or chr(code) == "_"


def _word_set(members: list) -> bool:
    """Whether a character set (``[a-z]``, ``\\w``, ``\\d``) holds only word characters."""
    for op, av in members:
        if op is _c.LITERAL and _word_literal(av):
            continue
        if op is _c.RANGE and all(_word_literal(c) for c in range(av[0], av[1] + 1)):
            continue
        if op is _c.CATEGORY and av in (_c.CATEGORY_WORD, _c.CATEGORY_DIGIT):
            continue
        return False
    return True


def _opens_word(items: list, bounded: bool) -> bool:
    """Whether every match of ``items`` opens with \\b and a word character (lookbehinds
    before it only if they open with a word character: none then sees the added space)."""
    for i, (op, av) in enumerate(items):
        rest = items[i + 1 :]
        if op is _c.AT and av is _c.AT_BOUNDARY:
            bounded = True
        elif op in (_c.ASSERT, _c.ASSERT_NOT) and av[0] < 0:
            if not _opens_word(list(av[1]), True):
                return False
        elif op is _c.LITERAL:
            return bounded and _word_literal(av)
        elif op is _c.IN:
            return bounded and _word_set(av)
        elif op is _c.SUBPATTERN:
            return _opens_word([*av[3], *rest], bounded)
        elif op is _c.BRANCH:
            return all(_opens_word([*alt, *rest], bounded) for alt in av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _high, item = av
            once = _opens_word([*item, *rest], bounded)
            return once and (low > 0 or _opens_word(rest, bounded))
        else:
            return False
    return False  # an empty match


def _ends_word(items: list) -> bool:
    """Whether every match of ``items`` ends on a word character."""
    for i in range(len(items) - 1, -1, -1):
        op, av = items[i]
        head = items[:i]
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.LITERAL:
            return _word_literal(av)
        if op is _c.IN:
            return _word_set(av)
        if op is _c.SUBPATTERN:
            return _ends_word([*head, *av[3]])
        if op is _c.BRANCH:
            return all(_ends_word([*head, *alt]) for alt in av[1])
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _high, item = av
            return _ends_word([*head, *item]) and (low > 0 or _ends_word(head))
        return False
    return False


class AsciiLowered:
    """A case-insensitive pattern (every letter it names lower-case) tried case-sensitively on
    the lower-cased text when that text is ASCII: the same matches, found without ``re``'s
    per-character case folding (half the work for "(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:jan...").
    Other text takes the pattern as written, compiled on first need. A match's groups hold
    the lower-cased text.
    """

    __slots__ = ("source", "flags", "_lowered", "_as_written")

    def __init__(self, source: str, flags: int = re.IGNORECASE) -> None:
        self.source, self.flags = source, flags
        self._lowered = re.compile(source, flags & ~re.IGNORECASE)
        self._as_written: re.Pattern[str] | None = None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text.isascii():
            return self._lowered.match(text.lower(), pos, endpos)
        if self._as_written is None:
            self._as_written = re.compile(self.source, self.flags)
        return self._as_written.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text.isascii():
            return self._lowered.search(text.lower(), pos, endpos)
        if self._as_written is None:
            self._as_written = re.compile(self.source, self.flags)
        return self._as_written.search(text, pos, endpos)
