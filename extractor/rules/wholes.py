"""A share's whole and its owners (pure): the forces named between a share and its whole, and
the place a whole carries of its own when the sentence places the share later (split out of
attachment.py, which passed 400 lines).
"""

from __future__ import annotations

import re

from .markers import Scope

# what may close a sentence after its last place: "... from a flat in the town."
SENTENCE_END = re.compile(r"\s*[.!?;]?[\"')]*\s*")


def owner_markers(scope: Scope, si: int, start: int, end: int) -> list[tuple[int, str]]:
    """The forces named between a share and its whole ("of the force's"), with their areas."""
    return [(k.start, k.area) for k in scope.markers.get(si, []) if start <= k.start < end]


# "16 weapons recovered across the county": the whole's own place, right after its noun
_WHOLE_OWN = re.compile(
    r"\s*(?P<of>of\s+(?:the|its|their)\s+[\d,]+\s+)?(?:[\w-]+\s+){0,3}?(?:recovered|seized|made|found|executed|carried\s+out|closed|taken)"
    r"\s+(?:across|in|throughout)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def share_past_whole(
    scope: Scope, si: int, whole_end: int, ceiling: int, share: bool = False
) -> tuple[int, str] | None:
    """(start of the whole's own marker, the share's area) when a share's whole carries its own
    place and the sentence places the share later: "Six of the 16 weapons recovered across the
    county, including two lock knives, came from a single flat in the town" -> the town.
    ``whole_end``: where the whole ends, or with ``share`` where the share ends ("Six");
    ``ceiling``: the end of the sentence."""
    markers = scope.markers.get(si, [])
    if not markers:
        return None
    first = next((k for k in markers if k.start >= whole_end), None)
    own = _WHOLE_OWN.fullmatch(scope.plain, whole_end, first.start) if first else None
    if first is None or own is None or (share and not own.group("of")):
        return None
    later = [k for k in markers if first.end < k.start < ceiling and not (k.listed or k.weak)]
    if not later or later[-1].area == first.area:
        return None
    # the place that ends the sentence: the share's predicate ("came from a flat in the town")
    ends = SENTENCE_END.fullmatch(scope.plain, later[-1].end, ceiling) is not None
    return (first.start, later[-1].area) if ends else None
