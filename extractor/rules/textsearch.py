"""Searches that skip work a regex engine cannot skip on its own (pure).

``re`` tries a pattern at every character of the text it is given; these wrappers
start it later or not at all when the text cannot hold a match, and find exactly
what the plain pattern finds (``tests/test_rules_tailpattern.py``,
``tests/test_rules_gazetteer.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def search_hinted(pattern: re.Pattern[str], text: str, hints: Iterable[str]) -> bool:
    """Whether ``pattern`` is found in ``text``, where every match of ``pattern`` (case
    insensitive) holds one of the lower-case words ``hints``: an ASCII text without any is
    passed by at ``str`` speed. (Case-insensitive matching also takes a few non-ASCII letters
    for ASCII ones, "\u0131" for "i", so other texts are always searched.)"""
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in hints):
            return False
    return pattern.search(text) is not None


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
