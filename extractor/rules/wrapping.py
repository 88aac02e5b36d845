"""Hard-wrapped text: the width it was wrapped at, and which lines carry on a paragraph (pure).

Pasted text may come broken into lines of at most about 100 characters, a paragraph running
over several of them. ``wrap_width`` tells whether the text was wrapped so and at what width;
``continues`` whether a line goes on the paragraph of the line before (its first word would
not have fitted there, or it goes on in lower case), never a list item, a table's row or a
new quotation; ``headline_apart`` keeps a two-line headline off the first paragraph.
``pages.declutter`` joins the lines they find.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"\s*(?:[-*\u2022\u00b7\u25aa\u25cf]|\d{1,2}[.)])\s")

_WRAP_LIMIT = 100  # no line longer: the text was wrapped at about this width
SENTENCE_END = (".", "!", "?", '"', "'", ")")


def wrap_width(lines: list[str], start: int) -> int:
    """The width the text was wrapped at, or 0 when it was not hard-wrapped.

    Few lines longer than about 100 characters (a quotation pasted whole), several full lines
    broken mid-sentence (a line ending in a word, the next going on): short paragraphs one a
    line are not wrapping. Lines from ``start`` on: the date line and headline may differ."""
    widths = [len(line.rstrip()) for line in lines[start:]]
    short = [w for w in widths if 0 < w <= _WRAP_LIMIT]
    if 4 * (len(widths) - len(short) - widths.count(0)) > len(short):  # an article as given
        return 0
    longest = max(short, default=0)
    if longest < 40:
        return 0
    broken = 0
    for line, after in zip(lines[start:], lines[start + 1 :], strict=False):
        line = line.rstrip()
        if len(line) >= longest - 15 and after.strip() and not line.endswith(SENTENCE_END):
            broken += 1
            if broken == 2:
                return longest
    return 0


def continues(prev: str, line: str, width: int, blank_separated: bool, quoting: bool) -> bool:
    """Whether ``line`` carries on ``prev``'s paragraph: its first word would not have fitted,
    or it goes on in lower case. ``quoting``: the paragraph so far leaves a quotation open."""
    if not width or not prev.strip() or not line.strip():
        return False
    if _BULLET.match(line) and _list_item(prev, line):
        return False
    stripped = line.strip()
    if "|" in prev or "|" in line or "\t" in line or "   " in stripped or "   " in prev.strip():
        return False  # a table's rows, in columns
    if not blank_separated and stripped[0] in "\"'" and prev.rstrip().endswith(SENTENCE_END):
        return False  # a quotation opens a paragraph
    room = len(prev.rstrip()) + 1 + len(stripped.split(None, 1)[0]) <= width
    if room and not (blank_separated and stripped[0].islower()):  # "£17,260 in\ncash, ..."
        return False  # room for the next word: the paragraph ended here
    if blank_separated or not prev.rstrip().endswith(SENTENCE_END) or not stripped[0].isupper():
        return True
    # one paragraph a line: a full line that ends a sentence may end its paragraph too, unless
    # a quotation is still open and the next line does not open another
    return quoting and stripped[0] != '"'


def _list_item(prev: str, line: str) -> bool:
    """Whether a line opening with a dash or bullet is a list item, not a wrapped dash.

    "148kg of drugs\n- mostly cocaine": the line before ends mid-sentence and the words go on
    in lower case; a list item follows a colon, a full stop or another item.
    """
    words = line.lstrip(" -*\u2022\u00b7\u25aa\u25cf")
    prev = prev.rstrip()
    return (
        not words[:1].islower() or prev.endswith((":", *SENTENCE_END)) or bool(_BULLET.match(prev))
    )


def headline_apart(
    blocks: list[tuple[int, int]], lines: list[str], head: int
) -> list[tuple[int, int]]:
    """A headline wrapped onto one more line, never joined to the first paragraph.

    A headline is at most two lines: a longer block whose second line opens with a capital
    is the headline line and then the body's first paragraph (a lowercase second line
    carries on a first sentence: the article has no headline).
    """
    for n, (a, b) in enumerate(blocks):
        if a <= head <= b and b > a:
            second = lines[a + 1].strip()
            if second[:1].isupper() and b > a + 1:
                blocks[n : n + 1] = [(a, a), (a + 1, b)]
            break
    return blocks
