"""A named-group alternation regrouped by first letter, so ``re`` skips most branches (pure).

``\\b(?P<arrests>arrest(?:ed|ing|s)?|detain(?:ed|ing)|...)\\b|\\b(?P<charged>...)\\b|...``:
``re`` tries every branch at every place it searches, and one that opens with a group cannot
be passed over on its first character. The same branches, each ending with an empty group
named for its category and put under the letter it opens with (in their order), find the
same matches: branches that open with different letters cannot both match at one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NAMED = re.compile(r"\\b\(\?P<(\w+)>")
_WORD_END = "\\b"


def _scan(text: str) -> Iterator[tuple[int, str, int]]:
    """(offset, character, group depth after it) of each character of ``text`` that is
    neither escaped nor inside a character class."""
    depth, i, in_class = 0, 0, False
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def split_top(source: str) -> list[str]:
    """``source``'s alternatives at its outermost level."""
    parts, start = [], 0
    for i, ch, depth in _scan(source):
        if ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


def _group_end(text: str) -> int:
    """Where the group that opens ``text`` closes (the offset of its ``)``)."""
    for i, ch, depth in _scan(text):
        if ch == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced group: {text[:40]!r}")


def _opened(branch: str) -> list[str]:
    """``branch`` with a leading ``(?:a|b)`` spread out: ``(?:a|b)c`` is ``ac|bc``, tried in
    that order."""
    if not branch.startswith("(?:"):
        return [branch]
    end = _group_end(branch)
    if branch[end + 1 : end + 2] in ("?", "*", "+", "{"):
        raise ValueError(f"a branch opens with a repeated group: {branch[:40]!r}")
    rest = branch[end + 1 :]
    return [b for alt in split_top(branch[3:end]) for b in _opened(alt + rest)]


def by_first_letter(source: str) -> tuple[str, dict[str, str]]:
    """``source`` (``\\b(?P<name>...)\\b`` alternatives, every branch opening with a letter)
    regrouped by first letter, and each marker group's name -> the category it stands for."""
    buckets: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for part in split_top(source):
        named = _NAMED.match(part)
        if named is None or not part.endswith(")" + _WORD_END):
            raise ValueError(f"not a \\b(?P<name>...)\\b alternative: {part[:40]!r}")
        body = part[named.end() : -len(_WORD_END) - 1]
        for alt in split_top(body):
            for branch in _opened(alt):
                first = branch[:1]
                if not first.isalpha() or branch[1:2] in ("?", "*", "+", "{"):
                    raise ValueError(f"a branch opens with no single letter: {branch[:40]!r}")
                marker = f"{named.group(1)}_{len(names)}"
                names[marker] = named.group(1)
                buckets.setdefault(first, []).append(f"{branch[1:]}\\b(?P<{marker}>)")
    regrouped = "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in buckets.items())
    return r"\b(?:" + regrouped + ")", names
