"""The rest of a split told in the next sentence: "Kent Police made 20 of the arrests.
Sussex officers made the other 9" (pure).

A sentence that opens on a force or its officers and a bare count ("Sussex Police made 14",
"Colleagues in Suffolk carried out a further eight", "Essex made the remaining 6", a
speaker's "In Swansea we made eleven") counts
what the figure before it counted; its own noun, when it has one, still decides.
"""

from __future__ import annotations

import re

from ..schema import Metric
from .lexicon import Reading

# the subject: a force, its officers, "Officers in Dumfries and Galloway"; then the verb
_SPLIT_OPENER = re.compile(
    r"[\s\-*]*(?:[A-Z][\w'&-]*\s+){1,5}"
    r"(?:(?:police|officers|detectives|colleagues|teams?|forces?)\s+)?"
    r"(?:in\s+(?:(?:and\s+)?[A-Z][\w'-]*\s+){1,4})?"
    r"(?:(?:we|they)\s+)?"  # a speaker's "In Swansea we made eleven"
    r"(?:made|recorded|reported|carried\s+out|executed|accounted\s+for)\s+"
    r"(?:the\s+(?:other|remaining|rest\s+of\s+the)\s+|a\s+further\s+|another\s+)?"
)
# money, weights and sentences are never a bare count's
_COUNTS = frozenset(Metric) - {
    Metric.cash_seized,
    Metric.drugs_value,
    Metric.drugs_weight_kg,
    Metric.jail_years,
    Metric.other,
    Metric.outreach,
}


def continues_split(plain: str, sent_start: int, first: int, carried: Reading | None) -> bool:
    """Whether the sentence at ``sent_start``, whose first figure starts at ``first``,
    carries on the split of ``carried`` (the figure before it)."""
    if carried is None or carried.metric not in _COUNTS:
        return False
    return _SPLIT_OPENER.fullmatch(plain, sent_start, first) is not None


# a sentence whose subject names what a split that follows counts: "The arrests were made by
# the region's six forces. Merseyside Police accounted for 388 of them, ..."
_NAMED_SUBJECT = re.compile(
    r"[\s\-*]*(?:The|These|Those)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:(?P<arrests>arrests)|(?P<warrants>warrants)|(?P<lines_closed>lines))"
    r"\s+(?:were|came|had\s+been|have\s+been)\b"
)


# "Of the lines closed during the year, 27 were operating in Middlesbrough, 14 in ...": the
# opener names what the split counts, with no figure of its own
_OF_NAMED = re.compile(
    r"[\s\-*]*(?:Of|Among)\s+(?:the|those|these|its|their|our)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:(?P<arrests>arrests)|(?P<warrants>warrants)|(?P<lines_closed>lines))\b[^,.;:\d]{0,40},"
)


def named_subject(plain: str, sent_start: int) -> Reading | None:
    """The metric a sentence's subject names ("The arrests were made by ...", "Of the lines
    closed, ..."), as a reading for the figures after it that say only "of them"; None for
    any other opening."""
    opening = plain[sent_start : sent_start + 6]
    if "Of" in opening or "Am" in opening:
        m = _OF_NAMED.match(plain, sent_start)
    elif "Th" not in opening:
        return None  # the common case: one slice, no regex
    else:
        m = _NAMED_SUBJECT.match(plain, sent_start)
    if m is None or m.lastgroup is None:
        return None
    return Reading(Metric(m.lastgroup), None, m.start(m.lastgroup), m.end(m.lastgroup))
