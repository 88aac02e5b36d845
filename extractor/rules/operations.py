"""Operation names: "Operation Serpent", "Op Orochi 2", as the article writes them (pure).

A capitalised word after "Operation" or "Op" names an operation unless it is a common
word ("Operation The"); a numbered phase is part of the name. An operation the article
dates to an earlier time ("Operation Kelpie last year") is left out unless named again.
"""

from __future__ import annotations

import re

from .lexicon import NOUNS

# no leading \b: a literal start lets re jump between "Op"s; the boundary is checked below
_OPERATION = re.compile(
    r"Op(?:eration|\.)?\s+([A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+)?)"  # not over a line break
    # "Operation Orochi 2", "Operation Venetic II": a numbered phase is part of the name
    r"(?:[ \t]+(\d{1,2}|I{1,3}|IV|VI{0,3}|IX|X)(?![\w,.:]\w|\s*(?:%|per\s+cent|\u00a3))"
    r"(?P<next>\s+[a-z]+)?)?"
)
_NOT_OPERATION_WORD = frozenset(
    "The A An In On At Of And For To By With From Police Team Unit Officers Last This That "
    "Which Who Was Were Is Are Has Had Have Said Saw County Lines Week".split()
)


def operation_names(plain: str) -> list[str]:
    """ "Operation Serpent", as written; a second capitalised word only if it is a name."""
    out: list[str] = []
    for m in _OPERATION.finditer(plain):
        if m.start() and plain[m.start() - 1].isalnum():
            continue
        parts = m.group(1).split()
        if parts[0] in _NOT_OPERATION_WORD:
            continue
        if len(parts) > 1 and parts[1] in _NOT_OPERATION_WORD:
            parts = parts[:1]
        parts[-1] = re.sub(r"'s?$", "", parts[-1])  # "Operation Raptor's latest push"
        counted = m.group("next") and m.group("next").strip() in NOUNS  # "Orochi 12 people"
        if m.group(2) and not counted and len(parts) == len(m.group(1).split()):
            parts.append(m.group(2))
        name = "Operation " + " ".join(parts)
        if name not in out:
            out.append(name)
    # "The week follows Operation Kelpie last year": an earlier event, unless named elsewhere
    earlier = {m.group(1) for m in _EARLIER_OPERATION.finditer(plain)} if out else set()
    return [n for n in out if n[10:] not in earlier or plain.count(n[10:]) > 1]


# "\bOperation" opening on its literal: re skips to each "Operation" at C speed
_EARLIER_OPERATION = re.compile(
    r"Operation(?<!\wOperation)\s+([A-Z][\w'-]+)\s+(?:last\s+(?:year|spring|summer|autumn|winter)"
    r"|in\s+(?:19|20)\d\d|in\s+the\s+(?:spring|summer|autumn|winter)|earlier\s+this\s+year"
    r"|(?:a|two|three|several)\s+years?\s+ago)\b"
)
