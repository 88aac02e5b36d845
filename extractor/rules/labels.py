"""Figures whose metric is named before them: "Arrests: 212", "Arrests: Surrey 41, ...",
"made the highest number of arrests, 77" (pure)."""

from __future__ import annotations

import re

from ..schema import Metric
from .lexicon import FIXED, NOUNS, PEOPLE_METRICS, STOP, Reading, verbs_in
from .listitems import list_item_metric
from .numbers import Figure


def read_label(
    plain: str, fig: Figure, head: str, floor: int, ceiling: int
) -> tuple[bool, Reading | None]:
    """Whether a label before ``fig`` decides it, and the reading it gives (``None``: no
    enforcement figure, as "Calls: 12" is none)."""
    # _LABEL_FIRST ends on ":" or "-" and spaces: most heads end otherwise, and skip it
    labelled = _LABEL_FIRST.match(head) if head.rstrip()[-1:] in (":", "-") else None
    if labelled and (
        fig.end >= _line_end(plain, fig.end, ceiling)
        or _ASIDE_TAIL.fullmatch(plain, fig.end, ceiling)  # "Weapons: 4 (incl. 2 knives)"
        or _INCLUDING_TAIL.fullmatch(plain, fig.end, ceiling)  # "Arrests: 12, including 5 at"
    ):
        reading = _labelled(labelled.group("label"), fig, floor)
        if reading is None and (item := list_item_metric(plain, floor, fig.qual_start, fig.end)):
            # "By area, the arrests were:" over "- Caerphilly: 9": the header's metric
            reading = Reading(
                item, None, floor + len(head) - len(head.lstrip(" \t-*\u2022")), fig.end
            )
        return True, reading
    most = _MOST_NOUN.search(head) if "," in head[-3:] else None
    if most and NOUNS.get(most.group("noun").lower()) in FIXED:
        # "made the highest number of arrests, 77,": the noun comes before its figure
        metric = FIXED[NOUNS[most.group("noun").lower()]]
        return True, Reading(metric, None, floor + most.start(), fig.end)
    placed = _LABEL_PLACE.match(head) if ":" in head else None
    if placed and _PLACE_FIGURE_END.match(plain, fig.end):
        # "Arrests: Surrey 41, Sussex 38", "Knives seized by force: Surrey (6), ...": the label
        # says what the first figure counts; the place before it is its area (scope.py)
        reading = _labelled(placed.group("label"), fig, fig.qual_start)
        if reading is not None:
            return True, reading
    close = plain[fig.end : fig.end + 3].lstrip()[:1]
    if close in (")", "]", ";"):
        # "arrests (23)", "warrants executed [14]", "(arrests: 13; cash: £29,800)": the words
        # before the bracket, or inside it before a colon, say what the figure counts
        label = _BRACKETED.search(head) if close in ")]" else None
        label = label or _INNER_LABEL.search(head)
        reading = (
            _labelled(label.group("label"), fig, floor + label.start("label")) if label else None
        )
        if reading is not None:
            return True, reading
    return False, None


def _line_end(plain: str, pos: int, ceiling: int) -> int:
    """Where the figure's line ends: only trailing punctuation may follow a labelled figure."""
    m = _TRAILING.match(plain[pos:ceiling])
    return pos + (m.end() if m else 0) if pos + (m.end() if m else 0) >= ceiling else ceiling + 1


def _labelled(label: str, fig: Figure, floor: int) -> Reading | None:
    """ "Arrests: 212", "People safeguarded - 160": the words before the colon say what counts."""
    words = label.lower().split()
    verbs = verbs_in(label)
    for word in reversed(words):
        category = NOUNS.get(word)
        if category in FIXED:
            return Reading(FIXED[category], None, floor, fig.end)
    if any(NOUNS.get(w) == "people" for w in words) and verbs:
        metric = PEOPLE_METRICS.get(verbs[-1][0])
        if metric:
            return Reading(metric, None, floor, fig.end)
    if any(NOUNS.get(w) == "outreach" for w in words):
        return Reading(Metric.outreach, " ".join(w for w in words if w not in STOP), floor, fig.end)
    if verbs and verbs[-1][0] == "charged":
        return Reading(Metric.charged, None, floor, fig.end)
    if verbs and verbs[-1][0] == "arrests":
        return Reading(Metric.arrests, None, floor, fig.end)
    if any(NOUNS.get(w) in _OTHER_KINDS for w in words):
        # "Stop and searches: 86", "Wraps of crack cocaine and heroin: 74", "Machetes: 2":
        # a count of things no fixed metric holds is `other`, named by its label, as the
        # same words are in a sentence ("86 stop and searches", "74 wraps of heroin")
        return Reading(Metric.other, " ".join(words), floor, fig.end)
    return None


_OTHER_KINDS = frozenset(("items", "plants", "weapon_type"))


_MOST_NOUN = re.compile(
    # "made the largest share of the arrests, 104"
    r"\b(?:the\s+)?(?:most|(?:highest|largest|greatest|biggest)\s+(?:number|share|part|proportion)"
    r"\s+of(?:\s+(?:the|its|their))?)\s+(?P<noun>[a-z]+),\s*$",
    re.IGNORECASE,
)
_LABEL_PLACE = re.compile(
    r"^[\s\-*\u2022\u00b7]*(?P<label>[A-Za-z][A-Za-z' ]{2,40}?)\s*:\s*"
    r"[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3}\s*\(?\s*$"
)
_PLACE_FIGURE_END = re.compile(r"\)?\s*(?:[,;.]|and\b|$)")
_TRAILING = re.compile(r"[\s.;,]*")  # what may follow a labelled figure on its line
_LABEL_FIRST = re.compile(
    r"^[\s\-*\u2022\u00b7]*(?P<label>[A-Za-z][A-Za-z' ]{2,40}?)\s*(?::|-)\s*$"
)
_ASIDE_TAIL = re.compile(r"\s*\((?:incl\.?|including|of\s+which)\s*|\s*\([^()\n]*\)[\s.;,]*")
_INCLUDING_TAIL = re.compile(r",?\s*(?:including|incl\.?|of\s+which|among\s+them)\s*")
_BRACKETED = re.compile(
    r"(?:^|[,:;(\])]|\band\b|\bincluded\b)\s*(?P<label>[A-Za-z][A-Za-z' ]{1,40}?)\s*[(\[]\s*$"
)
_INNER_LABEL = re.compile(r"[(;]\s*(?P<label>[A-Za-z][A-Za-z' ]{1,40}?)\s*:\s*$")
