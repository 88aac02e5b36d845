r"""What a scraped, e-mailed or converted page carries beyond its words, read with offsets kept
into the text as given (pure).

"Avon &amp; Somerset", "Bristol&#8217;s", "&pound;8,000"; Windows and old Mac line ends
("\r\n", "\r") and spaces left at a line's end; soft hyphens, zero-width spaces and a
byte-order mark; Markdown emphasis inside a line ("**21 people**"); digit groups split by thin
or no-break spaces ("£12 400"): the extractor reads the text with its entities decoded, every
line end a bare "\n" with no space before it, no invisible character, no emphasis marker and
digit groups joined by commas, and every evidence and quote span of the record is then mapped
back to the text as given, so records still validate against the article. A page reads the
same whatever its form.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass

from ..schema import OperationReport

_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
# characters a page carries but nobody sees: soft hyphens, zero-width spaces and joiners, a
# byte-order mark (at the start of a file saved on Windows, or pasted in mid-text)
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# an entity, a line end with any spaces before it ("  \r\n", "\r"), spaces before a "\n", a
# run of invisible characters
_DECODE = re.compile(rf"{_ENTITY}|[ \t]*\r\n?|[ \t]+(?=\n)|[{_INVISIBLE}]+")
# "£12 400", "1 250 arrests": digit groups split by a thin, narrow no-break or no-break space
# (not UK style, but pasted from elsewhere) read as one number, the space as a comma
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+(?![\d.,]\d)")
# the characters beyond ASCII that call for decoding: an invisible one, a digit-group space
_UNSEEN = _INVISIBLE + "\u2009\u202f\u00a0"
# Markdown emphasis a converter leaves in a scraped page: "**21 people**", "__Kent__", "*week
# of action*", "**5**kg" (inside a line, never a "* " bullet). Links stay as written: the
# clutter pass knows a line of "[Share](...)" or "[Brent](...) [Harrow](...)" tags by them.
_EMPHASIS = re.compile(
    r"(?<![*_\w])(\*\*|__|\*)(?=[^\s*_])[^\n]*?(?<=[^\s*_])\1(?![*_])(?!(?<=_)\w)"
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text as read, and where each stretch of it starts in the original."""

    text: str
    starts: tuple[int, ...]  # decoded offsets where a stretch starts
    origins: tuple[int, ...]  # the original offset of each stretch's start

    def origin(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        a, o = self.starts[i], self.origins[i]
        nxt = self.origins[i + 1] if i + 1 < len(self.origins) else None
        return o + (pos - a) if nxt is None or o + (pos - a) < nxt else nxt

    def span(self, start: int, end: int, original: str) -> tuple[int, int]:
        """``start:end`` of the decoded text in ``original``'s offsets, without the spaces,
        carriage returns and invisible characters that were dropped at its end."""
        a, b = self.origin(start), self.origin(end)
        while b > a and (original[b - 1] in " \t\r" or original[b - 1] in _INVISIBLE):
            b -= 1
        return a, b

    def reground(self, report: OperationReport, original: str) -> OperationReport:
        """The record with its evidence and quote spans in ``original``'s offsets."""
        stats = []
        for s in report.statistics:
            a, b = self.span(s.evidence_start or 0, s.evidence_end or 0, original)
            stats.append(
                s.model_copy(
                    update={"evidence": original[a:b], "evidence_start": a, "evidence_end": b}
                )
            )
        quotes = []
        for q in report.quotes:
            a, b = self.span(q.text_start or 0, q.text_end or 0, original)
            quotes.append(
                q.model_copy(update={"text": original[a:b], "text_start": a, "text_end": b})
            )
        return report.model_copy(update={"statistics": stats, "quotes": quotes})


def decode_page(text: str) -> Decoded | None:
    r"""``text`` with ``&amp;``, ``&#8217;``, ``&nbsp;`` ... read, "\r\n" and "\r" as "\n", no
    space before a line end, no invisible character, no Markdown emphasis and digit groups
    joined by commas, or None when it has none of them."""
    markdown = "*" in text or ("_" in text and "__" in text)
    if (
        ("&" not in text or ";" not in text)
        and "\r" not in text
        and not _line_end_space(text)
        and not markdown
        and (text.isascii() or not any(c in text for c in _UNSEEN))
    ):
        return None
    edits = _markdown_edits(text) if markdown else []
    if not text.isascii():
        for m in _GROUPED.finditer(text):
            edits.extend((m.start() + i, m.start() + i + 1, ",") for i in _separators(m.group()))
    for m in _DECODE.finditer(text):
        found = m.group()
        if found[0] == "&":
            char = html.unescape(found)
            if char == found:
                continue  # not an entity html knows
            if char in _INVISIBLE:
                char = ""  # "&shy;", "&#8203;": as invisible written as an entity
        else:
            char = "\n" if "\r" in found else ""
        edits.append((m.start(), m.end(), char.replace("\u00a0", " ")))
    if not edits:
        return None
    edits.sort()
    parts: list[str] = []
    starts: list[int] = [0]
    origins: list[int] = [0]
    size = last = 0
    for start, end, char in edits:
        if start < last:
            continue  # inside a stretch already read
        parts.append(text[last:start])
        size += start - last
        starts.append(size)
        origins.append(start)
        parts.append(char)
        size += len(char)
        starts.append(size)
        origins.append(end)
        last = end
    parts.append(text[last:])
    return Decoded("".join(parts), tuple(starts), tuple(origins))


def _line_end_space(text: str) -> bool:
    """Whether a line ends in a space or tab, the date line aside (" date 2026-11-05 " ends in
    one by convention and reads the same either way)."""
    body = text.find("\n") + 1 if text.startswith(" date ") else 0
    return text.find(" \n", body) >= 0 or ("\t" in text and text.find("\t\n", body) >= 0)


def _separators(number: str) -> list[int]:
    return [i for i, c in enumerate(number) if not c.isdigit()]


def _markdown_edits(text: str) -> list[tuple[int, int, str]]:
    """The emphasis markers inside ``text``'s lines as deletions: "**21 people**" reads "21
    people"; a line set wholly in emphasis keeps its markers for the clutter pass."""
    edits = []
    for m in _EMPHASIS.finditer(text):
        at_start = m.start() == 0 or text[m.start() - 1] == "\n"
        if at_start and (m.end() == len(text) or text[m.end()] == "\n"):
            continue  # a whole line in italics or bold: a caption or a heading, as the page set it
        size = len(m.group(1))
        edits.append((m.start(), m.start() + size, ""))
        edits.append((m.end() - size, m.end(), ""))
    return edits
