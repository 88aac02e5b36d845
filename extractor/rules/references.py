"""Words that point back to a force named earlier: "the force" (pure).

"Neighbouring Surrey Police ran its own operation ... The force also closed four lines":
"the force" is the force last named in its paragraph, which need not be the article's own.
A reference with no force before it in its paragraph is left to the paragraph's scope,
unless the force speaks or acts ("The force said the operation also recovered ...", "the force
arrested 38 people"): then it is the force last named in the article.
"""

from __future__ import annotations

import re

from .framing import SUPPORT_BEFORE, agency_area
from .gazetteer import COUNCIL_AREAS, Agency, Mention
from .segments import Paragraph

# lower-cased text; "across the force area" is a place phrase (scopecues.local_phrases), not this
# "the(?<!\wthe)" is "\bthe" opening on its literal: re skips to each "the" at C speed
_THE_FORCE = re.compile(r"the(?<!\wthe)\s+force\b(?!\s+area|'s\s+area|\s+areas)")
_SAYS_AFTER = re.compile(r"\s+(?:said|says|estimated?|reported|added)\b")
# "Over the two weeks the force arrested 38 people": the force as the actor of a total
_ACTS_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:arrested|seized|made|closed|executed|carried\s+out|recovered"
    r"|charged|safeguarded|shut)\b"
)
_PREP_BEFORE = re.compile(r"\b(?:in|across|throughout|within|around)\s+$")
_TO_BEFORE = re.compile(r"\b(?:to|with|from|by|into)\s+$")


def force_references(
    plain: str, low: str, paragraphs: list[Paragraph], mentions: list[Mention]
) -> list[tuple[int, int, str]]:
    """(start, end, area) of each "the force" whose paragraph named a force before it."""
    if "the force" not in low:
        return []  # most articles never say it: skip the scan
    forces = [
        m
        for m in mentions
        if m.kind == "agency"
        and isinstance(m.entry, Agency)
        and m.entry.kind == "force"
        and agency_area(m.entry)
        and not SUPPORT_BEFORE.search(plain[max(0, m.start - 30) : m.start])
    ]
    out: list[tuple[int, int, str]] = []
    for ref in _THE_FORCE.finditer(low):
        if _PREP_BEFORE.search(low, max(0, ref.start() - 12), ref.start()):
            continue
        if low.startswith("'s", ref.end()) and _TO_BEFORE.search(
            low, max(0, ref.start() - 12), ref.start()
        ):
            continue  # "referred to the force's exploitation team": a unit, not the actor
        para = next((p for p in paragraphs if p.start <= ref.start() < p.end), None)
        if para is None:
            continue
        named = [f for f in forces if para.start <= f.start and f.end <= ref.start()]
        if not named and (_SAYS_AFTER.match(low, ref.end()) or _ACTS_AFTER.match(low, ref.end())):
            # "The force said the operation ... also recovered 3.5kg", "the force arrested 38
            # people": the force last named
            named = [f for f in forces if f.end <= ref.start()]
        if named:
            out.append((ref.start(), ref.end(), agency_area(named[-1].entry) or ""))
    return out


_THE_TOWN = re.compile(r"\bthe\s+(?:town|city)\b")


def source_of_place(low: str, para_start: int, ref: int, main: str, places: list[Mention]) -> bool:
    """Whether "the force said" at ``ref`` is the source of the story's own place's figures.

    A district council area holds the towns the force worked in ("a crackdown in Swale ...
    The force said officers closed five lines"); a town's story needs its paragraph to have
    placed the work in the town first ("arrested 21 people in the town. The force said officers
    also seized ..."), where "The force said the operation, aimed at a line supplying the town
    and nearby villages, ..." opening a paragraph is the force's own wider operation.
    """
    if main in COUNCIL_AREAS:
        return True
    if any(para_start <= p.start < ref and p.surface == main for p in places):
        return True
    return _THE_TOWN.search(low, para_start, ref) is not None
