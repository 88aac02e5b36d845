"""Clauses around a figure: asides, closed shares, a place's own figure, a paragraph's scene (pure).

"Kent Police, the busiest force in the region, made 41 arrests" (an aside about the actor
scopes nothing), "The 26 arrests, of which Cumbria made 15 and Lancashire 11, followed 9
warrants" (a closed share clause), "and Lancashire eleven" (a place with its own count),
"Officers raided homes in Kirkby. Six people were arrested" (a scene-setting sentence).
"""

from __future__ import annotations

import re

from .cues import SITE_BEFORE, STATION_NAME
from .framing import PREP_BEFORE
from .gazetteer import PLACES
from .markers import Marker

# "Kent Police, the busiest force in the region, made 41 arrests": an aside about the actor
# -- or a relative clause with no figure: "North Wales Police, which also sits within the TITAN
# region, arrested 24"
_ASIDE_BEFORE = re.compile(
    r",\s+(?:(?:the|a|an|one\s+of\s+the)\s+[^,;.]{0,50}?|(?:which|who)\s+[^,;.\d]{0,50}?"
    # "In Amber Valley, which takes in Ripley, Alfreton and Belper, ...": a list in the aside
    r"(?-i:(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:,|\s+and)\s+){0,4}))$",
    re.IGNORECASE,
)
_ASIDE_AFTER = re.compile(r"(?:[^,;.]{0,12}?|\s+and\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}),")
_LOCATOR = re.compile(r",\s+(?:on|in)\s+(?:the\s+)?")


def drop_asides(plain: str, markers: list[Marker]) -> list[Marker]:
    """Without the places inside an aside that describes the marker before them."""
    if len(markers) < 2 or ", " not in plain[markers[0].end : markers[-1].start]:
        return markers
    out = [markers[0]]
    for k in markers[1:]:
        if _ASIDE_BEFORE.fullmatch(plain, out[-1].end, k.start) and _ASIDE_AFTER.match(
            plain, k.end
        ):
            continue
        town = PLACES.get(out[-1].area)
        if (
            town is not None
            and town.county == k.area
            and _LOCATOR.fullmatch(plain, out[-1].end, k.start)
            and _ASIDE_AFTER.match(plain, k.end)
        ):
            continue  # "In Kirkby, on Merseyside, detectives ...": where the town lies
        out.append(k)
    return out


# "The 26 arrests, of which Cumbria made 15 and Lancashire 11, followed 9 warrants"
_CLOSED_SHARE = re.compile(  # ", mostly in Medway, has led to 44 arrests": an aside, too
    r",\s+(?:of\s+(?:which|whom)|including|mostly|mainly|largely|chiefly|predominantly)\b[^,;.]*,"
)


def in_closed_share(plain: str, k: Marker, start: int) -> bool:
    """Whether marker ``k`` lies in a share clause closed before the figure at ``start``."""
    if "," not in plain[k.end : start]:
        return False
    lo = plain.rfind(",", 0, k.start)
    m = _CLOSED_SHARE.match(plain, lo) if lo >= 0 else None
    return m is not None and m.end() <= start


# "while Yorkshire and the Humber made 132", "Suffolk's officers arrested 18", "Sheffield alone
# accounted for nine": a place as the subject of its figure
SUBJECT_AFTER = re.compile(
    STATION_NAME + r"?(?:'s)?"  # "Manchester Piccadilly saw": a city's station
    r"(?:\s+(?:alone|itself|on\s+its\s+own))?\s+(?:has\s+|have\s+|had\s+)?(?:made|recorded|saw|reported|arrested|seized|carried|"
    r"executed|closed|safeguarded|accounted|accounting|accounts|logged|posted|contributed|officers|detectives|forces|"
    r"topped|led|stands\s+out|stood\s+out)\b"
    # "followed by Kent with 64", "came from Essex, with 70 arrests": a place and its figure
    r"|,?\s+with\s+(?:\d|\u00a3|a\s+further\b)"
)
# "Maidstone accounted for 12, Ashford for 10 and Dover for the remaining eight": each place
# before an elliptic "for N" owns that share (in a sentence that says "accounted for")
ELLIPTIC_FOR = re.compile(
    r"(?:\s+alone)?\s+(?:(?:accounted|accounting|accounts)\s+)?for\s+(?:(?:the\s+)?(?:remaining|"
    r"other|final|last)\s+|another\s+|a\s+further\s+)?(?=\d|\u00a3|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\b)"
)
# "Luton: 9", "Luton 9", "Essex - 52 arrests" (dashes are folded to "-"), "Surrey (6)"
FIGURE_NEXT = re.compile(  # on its own line: not "... from Leeds\n- £12,650"
    r"[^\S\n]*(?::|[^\S\n]-)?[^\S\n]+"
    r"(?:\d|\u00a3|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"|[:(]\s*(?:\d|\u00a3)|[^\S\n]+\(\d"
    r"|" + STATION_NAME + r"[^\S\n]*:[^\S\n]*(?:\d|\u00a3)"  # "Birmingham New Street: 9 arrests"
    # "Burnley 7 and Lancaster one.": "one" only where it ends the list's item
    r"|[^\S\n]+one(?=\s*(?:[.,;)]|$|\s+and\b))"
)


def owns_figure(plain: str, k: Marker) -> bool:
    """ "and Lancashire 11", "and Kent made 9": a place that is the subject of its own figure
    (not "by Kent officers": who made the figure before it)."""
    verb = SUBJECT_AFTER.match(plain, k.end)
    # a verb of its own, not "by Kent officers" (who made the figure before it) nor "in London,
    # with £1.5m" (the sentence going on)
    if verb is not None and not verb.group().endswith(("officers", "detectives")):
        # "followed by Kent Police with 90 and Essex Police with 80": each force's own figure
        return "with" not in verb.group() or not verb.group().startswith(",")
    return _OWN_COUNT.match(plain, k.end) is not None


# "and Lancashire 11", "and Surrey Police the remaining 20"
_OWN_COUNT = re.compile(
    r"\s+(?:(?:the\s+)?(?:remaining|other|final|last)\s+|a\s+further\s+|another\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
)

# "Two deal lines, known to users as "Blaze", have been shut down by ...": an aside that names
# the thing counted does not end the figure's clause
# -- or what it is mostly made of: "drugs worth £12,000, mainly crack cocaine, were seized in"
_NAMING_WORDS = (
    ", known",
    ", called",
    ", named",
    ", nicknamed",
    ", branded",
    ", mainly",
    ", mostly",
)
NAMING_ASIDE = re.compile(
    r",\s+(?:(?:known|called|named|nicknamed|branded)\b[^,;.]{0,80}"
    r"|(?:mainly|mostly)\s+(?!in\b|at\b|from\b|on\b)[^,;.\d]{0,40}),"
)


def scene_town(plain: str, markers: list[Marker]) -> str | None:
    """The one town a figure-less opening sentence places the action in ("Merseyside Police
    officers raided homes in Kirkby."): the unplaced figures after it in its paragraph are
    that town's."""
    towns = {
        k.area
        for k in markers
        if not (k.force or k.listed or k.weak)
        and k.area in PLACES
        and PLACES[k.area].level == "town"
        and not SITE_BEFORE.search(plain, max(0, k.start - 30), k.start)  # "near junction 5 for"
    }
    return towns.pop() if len(towns) == 1 else None


# "Officers arrested 40 people, nine of them in Chester": the town holds a share of the figure
_SHARE_BEFORE_TOWN = re.compile(
    r"\b(?:of\s+(?:them|whom|those|these|which)|including|among\s+them|mainly|mostly|largely"
    r"|chiefly|predominantly|(?<=,\s)with|while|whilst|whereas|but|most\s+of\s+(?:it|them|which))"
    r"\b|,\s+(?:a\s+further\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    # "visited 40 people at home, and at least 260 pupils in Rhyl ...": a clause of its own
    r"|,\s+and\s+(?:at\s+least\s+|more\s+than\s+|about\s+|around\s+|some\s+)?\d"
    # "seized £11,820, after a further £2,220 found at a unit in Calne": the added part's site
    r"|\ba\s+further\s+(?:\u00a3|\d)",
    re.IGNORECASE,
)


def town_opening(plain: str, start: int, markers: list[Marker], town: str) -> bool:
    """Whether a sentence with figures places all of them in ``town``, its one place ("The week
    in Crewe produced 17 arrests."): then it opens a paragraph about the town, as a heading
    would. Not when the town holds a share of a wider figure ("40 arrests, nine of them in
    Chester") or the sentence names another place or force."""
    markers = [k for k in markers if not k.weak]  # "stopped in Sidwell Street": a site in it
    if not markers or any(k.area != town or k.force or k.listed for k in markers):
        return False
    first = markers[0].start
    if SUBJECT_AFTER.match(plain, markers[0].end) and not PREP_BEFORE.search(
        plain, max(start, first - 30), first
    ):
        return False  # "Fifteen lines were closed, and Sheffield alone accounted for nine"
    return _SHARE_BEFORE_TOWN.search(plain, start, first) is None


def clause_cut(plain: str, start: int, end: int, clause_end: int) -> int:
    """Where the clause of the figure at ``start:end`` ends: a figure's own "in X" comes before
    any comma ("four lines, two of which in Portsmouth"), or after its dashes ("half - 17 -
    in Ely"), or after an aside naming what it counts (", known as X, ...")."""
    aside = plain.startswith(" - ", end) and plain.endswith(" - ", 0, start)
    for stop in (",", ";", " - ", "("):
        cut = plain.find(stop, end + (3 if aside else 0), clause_end)
        if (
            stop == ","
            and cut >= 0
            and plain.startswith(_NAMING_WORDS, cut)
            and (naming := NAMING_ASIDE.match(plain, cut))
        ):
            cut = plain.find(stop, naming.end(), clause_end)
        if cut >= 0:
            clause_end = cut
    return clause_end


# "Two men were arrested at the scene and have since been charged": one number, two outcomes
# (not "arrested and charged", which is the charge alone)
_SINCE_CHARGED = re.compile(
    r"[^.;\"]{0,60}?\band\s+(?:(?:have|has|had)\s+(?:since|later|subsequently|now)\s+been"
    r"|(?:were|was)\s+(?:since|later|subsequently|then)|(?:have|has|had)\s+been\s+"
    r"(?:since|later|subsequently))\s+charged\b",
    re.IGNORECASE,
)


def since_charged(plain: str, end: int, sent_end: int) -> int | None:
    """Where "... and have since been charged" ends, after an arrest figure ending at ``end``."""
    if "charged" not in plain[end:sent_end]:
        return None
    m = _SINCE_CHARGED.match(plain, end, sent_end)
    return m.end() if m else None
