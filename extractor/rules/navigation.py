"""A site's navigation above a page's headline, blanked so the headline is found (pure).

"Home | News | Crime", "News > Latest > Kent", "Newyddion | News": a scraped page often
opens with its breadcrumb or section tabs, on the date line or the lines after it. Read as
the headline, they make the real headline a body sentence, whose figures become evidence.
Only the top of the page is looked at, down to the first line that is not navigation.
One character for one, like ``pages.declutter``.
"""

from __future__ import annotations

import re

from .segments import body_start

_SEPARATOR = re.compile(r"\s+(?:\||>|\u203a|\u00bb)\s+")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
_ITEM_END = (".", "!", "?", ",", ";")


def _is_navigation(line: str) -> bool:
    """Two or more short items between bars or arrows: no sentence, no bare figure."""
    items = _SEPARATOR.split(line.strip())
    if len(items) < 2 or len(line) > 150:
        return False
    for item in items:
        if not item or len(item) > 30 or len(item.split()) > 4 or item.endswith(_ITEM_END):
            return False
        if any(c.isdigit() for c in item) and not _MONTH.search(item):
            return False  # "14 arrested", a table's "45": a figure, not a section name
    return True


def blank_navigation(plain: str) -> str:
    """``plain`` with the navigation lines at its top turned to spaces."""
    head = plain[:400]
    if "|" not in head and ">" not in head and "\u203a" not in head and "\u00bb" not in head:
        return plain  # most articles: no bar or arrow near the top
    start = body_start(plain)
    top: list[tuple[int, int]] = []  # the non-blank lines at the top, the date token left out
    pos = 0
    while pos < len(plain) and len(top) < 8:
        end = plain.find("\n", pos)
        end = end if end >= 0 else len(plain)
        a = max(pos, start)
        if plain[a:end].strip():
            top.append((a, end))
        pos = end + 1
    nav = [_is_navigation(plain[a:b]) for a, b in top]
    if len(top) > 1 and not nav[0] and nav[1] and _is_masthead(plain[top[0][0] : top[0][1]]):
        nav[0] = True  # "Northumbria Police" over "News | 20 November": the site's name
    out = plain
    for (a, b), is_nav in zip(top, nav, strict=True):
        if not is_nav:
            break
        out = out[:a] + " " * (b - a) + out[b:]
    return out


def _is_masthead(line: str) -> bool:
    """A site's name: a few words, no figure, no sentence."""
    line = line.strip()
    return (
        len(line) <= 60
        and len(line.split()) <= 6
        and not any(c.isdigit() for c in line)
        and not line.endswith((*_ITEM_END, ":"))
    )
