"""The verb that says what a count of people is: arrested, charged, jailed, safeguarded (pure).

"arrested 12 people", "12 people were arrested", "Four men, ..., have since been charged",
"whose flats ... Two vulnerable men" -- split from ``metrics.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import verbs_in

_REFERRED = re.compile(r"\b(?:and|were|was|been)\s+referred\s+(?:on\s+)?(?:to|for)\b")
_ARRESTED_AND_CHARGED = re.compile(r"\barrested\s+and\s+(?:subsequently\s+|later\s+)?charged\b")


def verb_right_before(head: str) -> str | None:
    """The verb just before a count: "charges were brought against 9 of them"."""
    found = verbs_in(head[-40:])
    return found[-1][0] if found and found[-1][2] >= len(head[-40:].rstrip()) else None


# compiled once: re.split and re.search look their cache up on each call
_CLAUSE_STOP = re.compile(r"[,;:]")
_LATER_VERB = re.compile(
    r"\b(?:had|have|has|were|was)\s+(?:since\s+|now\s+|also\s+|already\s+)?(?:been\s+)?(?:\w+\s+)?"
    r"(arrested|charged|"
    r"jailed|sentenced|imprisoned|safeguarded|(?:taken|placed)\s+into\s+(?:police\s+)?(?:protection|care)"
    r"|(?:taken|moved|removed|brought)\s+to\s+(?:a\s+)?place\s+of\s+safety"
    # "found 11 people whose homes ..., and every one of them has now been offered help"
    r"|offered\s+(?:help|support))\b"
)


def people_verb(
    head: str,
    tail: str,
    words: list[str],
    verbs: Callable[[str], list[tuple[str, int, int]]] = verbs_in,
) -> str | None:
    """The people-verb for a count: "arrested 12 people", "12 people were arrested".
    ``verbs``: ``verbs_in``, or a ``VerbMemo`` shared with the figure's ``span``."""
    near = head[-60:]
    before = [v for v in verbs(near) if v[0] != "seized"]
    if before and before[-1][2] >= len(near.rstrip()) - (near.rstrip()[-1:] != ","):
        return before[-1][0]  # right before the number: "arrested 12 people, supported by ..."
    clause = _CLAUSE_STOP.split(tail[:90], maxsplit=1)[0]
    after = [v for v in verbs(clause) if v[0] != "seized"]
    if after:
        if _ARRESTED_AND_CHARGED.search(clause):
            return "charged"  # "have been arrested and charged": the later step counts
        return after[0][0]
    if before and any(w.lower() == "vulnerable" for w in words):
        return "safeguarded"  # "were held in Dover, where officers found three vulnerable women"
    if before:
        return before[-1][0]
    # a long subject: "17 members of an organised crime gang peddling ... had been jailed"
    later = _LATER_VERB.search(tail[:200])
    if later:  # "Two boys found at the flat, both ..., were taken into police protection"
        return {"arrested": "arrests", "sentenced": "jailed", "imprisoned": "jailed"}.get(
            later.group(1),
            "safeguarded"
            if later.group(1)[:5] in ("taken", "place", "moved", "remov", "broug", "offer")
            else later.group(1),
        )
    if "referred" in tail[:200] and _REFERRED.search(tail[:200]):
        return "safeguarded"  # "who had been found in the city were ... referred to support"
    if any(w.lower() == "vulnerable" for w in words):
        return "safeguarded"
    return None
