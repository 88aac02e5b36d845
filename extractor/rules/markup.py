"""HTML entities left in a scraped page, read with offsets kept into the text as given (pure).

"Avon &amp; Somerset", "Bristol&#8217;s", "&pound;8,000": the extractor reads the text
with its entities decoded, and every evidence and quote span of the record is then mapped
back to the text as given, so records still validate against the article.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass

from ..schema import OperationReport

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text with its entities read, and where each stretch of it starts in the original."""

    text: str
    starts: tuple[int, ...]  # decoded offsets where a stretch starts
    origins: tuple[int, ...]  # the original offset of each stretch's start

    def origin(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        a, o = self.starts[i], self.origins[i]
        nxt = self.origins[i + 1] if i + 1 < len(self.origins) else None
        return o + (pos - a) if nxt is None or o + (pos - a) < nxt else nxt

    def reground(self, report: OperationReport, original: str) -> OperationReport:
        """The record with its evidence and quote spans in ``original``'s offsets."""
        stats = []
        for s in report.statistics:
            a, b = self.origin(s.evidence_start or 0), self.origin(s.evidence_end or 0)
            stats.append(
                s.model_copy(
                    update={"evidence": original[a:b], "evidence_start": a, "evidence_end": b}
                )
            )
        quotes = []
        for q in report.quotes:
            a, b = self.origin(q.text_start or 0), self.origin(q.text_end or 0)
            quotes.append(
                q.model_copy(update={"text": original[a:b], "text_start": a, "text_end": b})
            )
        return report.model_copy(update={"statistics": stats, "quotes": quotes})


def decode_entities(text: str) -> Decoded | None:
    """``text`` with ``&amp;``, ``&#8217;``, ``&nbsp;`` ... read, or None when it has none."""
    if "&" not in text or ";" not in text:
        return None
    parts: list[str] = []
    starts: list[int] = [0]
    origins: list[int] = [0]
    size = last = 0
    for m in _ENTITY.finditer(text):
        char = html.unescape(m.group())
        if char == m.group():
            continue  # not an entity html knows
        parts.append(text[last : m.start()])
        size += m.start() - last
        char = char.replace("\u00a0", " ")
        starts.append(size)
        origins.append(m.start())
        parts.append(char)
        size += len(char)
        starts.append(size)
        origins.append(m.end())
        last = m.end()
    if not parts:
        return None
    parts.append(text[last:])
    return Decoded("".join(parts), tuple(starts), tuple(origins))
