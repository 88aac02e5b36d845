"""Social posts embedded in a page: their running counts give way to the story's (pure).

A page about a week of action often prints a force's post from the middle of the week
("Posted by @SomeForce · 19 Nov / Day 4: 20 arrests so far, 5 lines closed"). Its counts
"so far" are superseded by the totals the story gives: a post with a running-count cue
gives no figure of a metric the story states outside every post. A post's own new figures
("4 more arrests, 2 lines shut") stay. Works on the text as given (offsets are the
record's), the post's attribution line included, which the clutter pass blanks.
"""

from __future__ import annotations

import re

from ..schema import Statistic
from .restatements import TIMESTAMP

# "Posted by @force · 19 Nov", "@force · 6 Oct": the post's text follows, up to a blank line
_HEADER = re.compile(
    r"^[ \t]*(?:(?:posted|shared|tweeted)\s+by\s+)?@\w{2,30}\b[^\n]{0,40}$",
    re.IGNORECASE | re.MULTILINE,
)
# "- Force (@force) June 3, 2026": the post's text is the paragraph above
_ATTRIBUTION = re.compile(r"^[ \t]*[-\u2013\u2014][^\n]{1,80}?\(@\w+\)[^\n]{0,40}$", re.MULTILINE)
_RUNNING = re.compile(
    r"\bso\s+far\b|\bto\s+date\b|\balready\b|\bup\s+to\s+now\b|\brunning\s+total\b", re.IGNORECASE
)


def post_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each embedded post's text."""
    if "@" not in text:
        return []
    spans = []
    for m in _HEADER.finditer(text):
        start = m.end() + 1
        end = text.find("\n\n", start)
        spans.append((start, end if end >= 0 else len(text)))
    for m in _ATTRIBUTION.finditer(text):
        start = text.rfind("\n\n", 0, m.start())
        spans.append((start + 2 if start >= 0 else 0, m.start()))
    return [(a, b) for a, b in spans if a < b]


def drop_running_counts(text: str, stats: list[Statistic]) -> list[Statistic]:
    """``stats`` without a running-count post's figures of a metric stated outside posts."""
    if "@" not in text or not stats:
        return stats
    posts = post_spans(text)
    if not posts:
        return stats
    running = [(a, b) for a, b in posts if _RUNNING.search(text, a, b)]
    if not running:
        return stats

    def within(s: Statistic, spans: list[tuple[int, int]]) -> bool:
        return any(a <= (s.evidence_start or 0) < b for a, b in spans)

    stated = {s.metric for s in stats if not within(s, posts)}
    return [s for s in stats if not (s.metric in stated and within(s, running))]


# a live page's summary box: "Key points" on its own line, then its bullets up to a blank line
_SUMMARY_BOX = re.compile(
    r"^[ \t]*(?:key\s+(?:points|events|facts)|at\s+a\s+glance|summary)[ \t]*:?[ \t]*\n"
    r"(?:[ \t]*[-*\u2022\u00b7][^\n]*\n?)+",
    re.IGNORECASE | re.MULTILINE,
)


def drop_summary_box(low: str, stats: list[Statistic]) -> list[Statistic]:
    """``stats`` without a live page's summary box figures that the page states again below
    it: the box restates the final update ("Key points - 19 people arrested"), no evidence."""
    if not ("\nkey " in low or "a glance" in low or "\nsummary" in low):
        return stats
    boxes = [(m.start(), m.end()) for m in _SUMMARY_BOX.finditer(low)]
    if not boxes or len(TIMESTAMP.findall(low, boxes[0][1])) < 3:
        return stats  # no box, or a story's own box above its prose: its figures may stand

    def boxed(s: Statistic) -> bool:
        return any(a <= (s.evidence_start or 0) < b for a, b in boxes)

    told = {(s.metric, float(s.value)) for s in stats if not boxed(s)}
    return [s for s in stats if not (boxed(s) and (s.metric, float(s.value)) in told)]
