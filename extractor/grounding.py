"""Locating a quoted span in an article, tolerant of whitespace and typography (pure).

Models and people re-type quotes: curly quotes become straight, runs of spaces and
line breaks collapse, dashes change. ``locate`` finds a span under that
normalisation and returns offsets into the *original* text, so the span can be
highlighted where it really stands.
"""

from __future__ import annotations

import re

# One-to-one typography folding: offsets into the folded text are offsets into the original.
FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Typographic quotes and dashes made plain, whitespace runs folded to one space."""
    return _WS.sub(" ", text.translate(FOLD)).strip()


def _normalise_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, its index in ``text``."""
    out: list[str] = []
    index: list[int] = []
    translated = text.translate(FOLD)
    in_space = False
    for i, ch in enumerate(translated):
        if ch.isspace():
            if out and not in_space:
                out.append(" ")
                index.append(i)
            in_space = True
            continue
        in_space = False
        out.append(ch)
        index.append(i)
    if out and out[-1] == " ":
        out.pop()
        index.pop()
    return "".join(out), index


class ArticleIndex:
    """An article normalised once, so many spans can be located cheaply."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._norm, self._map = _normalise_with_map(text)

    def locate(self, span: str) -> tuple[int, int] | None:
        """Offsets ``(start, end)`` of ``span`` in the original text, or ``None``.

        Matching is exact after :func:`normalise`; a surrounding pair of quote
        marks on the span is ignored, since models often wrap quotes in them.
        """
        needle = normalise(span)
        if not needle:
            return None
        pos = self._norm.find(needle)
        if pos < 0 and len(needle) > 2 and needle[0] in "'\"" and needle[-1] in "'\"":
            needle = needle[1:-1].strip()
            pos = self._norm.find(needle) if needle else -1
        if pos < 0:
            return None
        start = self._map[pos]
        end = self._map[pos + len(needle) - 1] + 1
        return start, end


def locate(span: str, text: str) -> tuple[int, int] | None:
    """Offsets of ``span`` in ``text`` (see :meth:`ArticleIndex.locate`)."""
    return ArticleIndex(text).locate(span)
