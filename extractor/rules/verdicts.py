"""What a count of people tells when no verb makes it a figure (pure): a state of people counted
before ("five people remain under investigation") or a court outcome ("Seven people were
convicted", "Six men who supplied crack cocaine ... have been jailed"). Split out of
metrics.py, which passed 400 lines.
"""

from __future__ import annotations

import re

from ..schema import Metric
from .lexicon import NO_METRIC_VERB, Reading


def state_of_counted(head: str, tail: str) -> bool:
    """Whether a count of people tells a state of people counted before, no figure: "five
    people remain under investigation", "the other three arrested have been released"."""
    if tail.startswith(_STATE_WORDS) and _STATE_AFTER.match(tail):
        return True
    if not (head.endswith(("other ", "remaining ")) and _REST_BEFORE.search(head[-30:])):
        return False
    participle = PARTICIPLE_THEN_VERB.match(tail)  # "the other three arrested have been ..."
    return NO_METRIC_VERB.match(tail, participle.end() if participle else 0) is not None


def court_outcome(plain: str, tail: str, start: int, np_end: int, sent_end: int) -> Reading | None:
    """The court outcome a people count with no verb of its own tells, if any; ``tail``:
    ``plain`` from the noun phrase's end ``np_end`` to the clause's end."""
    if tail.startswith(_CONVICTED_WORDS) and (done := _CONVICTED.match(tail)):
        # "Seven people were convicted": a court outcome of its own, `other` (2.4)
        return Reading(Metric.other, "people convicted", start, np_end + done.end())
    if verdict := _RELATIVE_THEN_VERDICT.match(plain, np_end, sent_end):
        # "Six men who supplied crack cocaine ... for two years have been jailed": the verdict
        # after the subject's relative clause
        return Reading(Metric.people_jailed, None, start, verdict.end())
    return None


_CONVICTED_WORDS = (" were", " have", " had")
_CONVICTED = re.compile(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+|all\s+|since\s+)?convicted\b"
)
_RELATIVE_THEN_VERDICT = re.compile(
    r"(?:\s+of\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:gang|network|group|crew|organised\s+crime\s+group))?"
    # or "Two men caught with 1.1kg of cocaine in a hire car ... were jailed": a participle's
    r"\s*,?\s+(?:who|that|caught|found|stopped|held)\s+(?:[^.;:\"\u201c\u201d]|\.\d){0,200}?"
    r"\s(?:have|has|were|was)\s+(?:now\s+|since\s+)?"
    r"(?:been\s+)?(?:jailed|imprisoned|locked\s+up)\b"
)
_REST_BEFORE = re.compile(r"\b(?:the|their)\s+(?:other|remaining)\s+$", re.IGNORECASE)
_STATE_WORDS = (" remain", " are still", " were still")
_STATE_AFTER = re.compile(
    r"\s+(?:remain|remains|remained|are\s+still|were\s+still)\s+(?:under\s+investigation"
    r"|on\s+bail|in\s+custody)\b"
)
PARTICIPLE_THEN_VERB = re.compile(r"\s+[a-z]+ed\s+(?=(?:have|has|had|were|was)\b)")
