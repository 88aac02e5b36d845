"""A spoken tally: counts strung together with no verb of their own (pure).

'"Three lines, three towns and nine people behind bars."', "So: forty-seven arrests, eleven
lines gone, and ...": a quotation or a spoken "So:" that sums up figures told before. Each of
its counts is background, no count of its own; ``background`` asks ``spoken_tally``.
"""

from __future__ import annotations

import re

from .numbers import Figure

# A spoken tally: counts strung together with no verb of their own, opening a quotation or
# "So:" ('"Three lines, three towns and nine people behind bars."', '"Nine
# arrests and a line that ... is now out of action"', "So: forty-seven arrests, eleven lines
# gone, and ...", '"Five lines closed is five fewer phones"'): a summing-up of figures told
# before, no count of its own
_TALLY_NUM = (
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)"
)
# a counted thing, not a share ("11 of them", "14 in Dover"), a verb ("five were charged") or
# people ("Three men, two women and a boy were arrested" is a count with its verb to come)
_TALLY_ITEM = (
    rf"{_TALLY_NUM}\s+(?:different\s+)?"
    r"(?!(?:of|in|at|from|for|to|on|with|by|were|was|are|is|have|has|had|more|men|women|people"
    r"|boys|girls|teenagers|children|youngsters|adults|others|suspects|defendants)\b)[a-z][\w-]*"
    r"(?:\s+(?:closed|gone|shut|seized|behind\s+bars))?"
)
_TALLY = re.compile(
    rf"{_TALLY_ITEM}(?:,\s+(?:and\s+)?{_TALLY_ITEM}\b|\s+and\s+(?:a|an|one)\s+[a-z]"
    rf"|\s+is\s+{_TALLY_NUM}\b)",
    re.IGNORECASE,
)
_TALLY_BEFORE = re.compile(rf"(?:{_TALLY_ITEM},\s+(?:and\s+)?)*$", re.IGNORECASE)
_TALLY_OPENERS = ('"', "\u201c", "so:", "So:")  # not "Final figures:", a list of results


def spoken_tally(plain: str, fig: Figure, sent_start: int) -> bool:
    """Whether ``fig`` is an item of a verbless tally of counts that opens a quotation or
    follows a spoken "So:" (``_TALLY``)."""
    back = max(sent_start, fig.qual_start - 80)
    near = plain[max(0, back - 6) : fig.qual_start]
    if '"' not in near and "\u201c" not in near and "o:" not in near:
        return False  # no quotation or "So:" opens here: most figures
    before = _TALLY_BEFORE.search(plain, back, fig.qual_start)
    first = before.start() if before else fig.qual_start
    if not plain[max(0, first - 6) : first].rstrip(" -*").endswith(_TALLY_OPENERS):
        return False
    tally = _TALLY.match(plain, first)
    return tally is not None and tally.end() > fig.end
