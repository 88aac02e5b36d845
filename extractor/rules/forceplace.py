"""The place inside a force's area that the force's own sentence puts its work in (pure).

"Gwent Police made 14 arrests in Newport", "Operation Tawel, Dyfed-Powys Police's response to
the drug lines running into Powys", "the Metropolitan Police team in Haringey": the release or
feature is about that place, not the whole force area.
"""

from __future__ import annotations

import re

from .areas import LIST_NEXT, in_force, list_from, mention_area
from .cues import LIST_END, SITE_BEFORE
from .gazetteer import Agency, Mention, Place
from .jointareas import division_of
from .parts import compass_free
from .textsearch import TailPattern

PREP_BEFORE = TailPattern(
    re.compile(
        r"(?:\b(?:in|across|throughout|within|around|for|covering|all\s+over|into|at)\s+"
        r"(?:the\s+)?(?:(?:whole|wider|entire)\s+(?:of\s+)?)?"  # "for the whole of Wales"
        r"(?:(?:county|area|region|city|town|port|borough|district)\s+of\s+)?)$",
        re.IGNORECASE,
    )
)
# "on Merseyside", "on the Wirral", "on the Isle of Wight": places one is "on"
ON_PLACE = TailPattern(re.compile(r"\bon\s+(?:the\s+)?$"))
ON_NAME = re.compile(r"\w+side$|Isles?\b|Wirral$|Anglesey$")
# "arrested 64 people ..., 22 of them in Blackpool", "..., mostly in Swindon", "across the
# county, with raids in Maidstone": the town's share, not the release's town
SHARE_GAP = re.compile(
    r"\b(?:including|of\s+(?:them|whom|those|these|which)|among\s+them|mainly|mostly|largely"
    r"|of\s+the\s+(?:\w+\s+)?(?:arrests|people|lines|searches|warrants|raids)"
    r"|chiefly|predominantly|across\s+the\s+(?:county|force))\b|(?<!\d),\s*(?:a\s+further\s+)?\d"
    r"|(?:,|\s[-\u2013])\s*with\b|\b(?:half|a\s+third|a\s+quarter|two-thirds)\s+(?:of\s+them\s+)?in\b",
    re.IGNORECASE,
)  # "Cleveland Police arrest 29 - with almost half in Middlesbrough": the town's share


# "found £184,000 when officers raided a flat in Brighton" (and another in Hove): a site
_RAIDED_SITE = re.compile(
    r"\b(?:address(?:es)?|house|flat|home|property|premises)\s+(?:in|at)\s+$", re.IGNORECASE
)


def _other_town(place: Place, agency: Agency, places: list[Mention]) -> bool:
    """Whether the story names a town of the force's area other than ``place``: "raided a flat in
    Brighton ... A second address in Hove": the raid's town is a site of the force's work."""
    return any(
        q.entry.level == "town"  # type: ignore[union-attr]
        and q.entry is not place
        and in_force(q.entry.county, agency.area)  # type: ignore[union-attr]
        for q in places
    )


_SENTENCE_STOP = re.compile(r"[.!?](?=[\"'\u201d\u2019]?(?:\s|$))|\n")


def force_place(plain: str, m: Mention, places: list[Mention]) -> str | None:
    """The place inside the force's area that the sentence (or list line) of the force
    mention ``m`` puts its work in: "Gwent Police made 14 arrests in Newport", "Police
    Scotland officers in Fife", "Police Scotland arrested 29 in Dundee and Perth"."""
    agency: Agency = m.entry  # type: ignore[assignment]
    # the sentence, or the line of a list ("Key points"); "1.6kg" ends no sentence
    stop = _SENTENCE_STOP.search(plain, m.end)
    end = stop.start() if stop else len(plain)
    for p in places:
        if m.end < p.start < end:
            place: Place = p.entry  # type: ignore[assignment]
            before_place = plain[max(0, p.start - 30) : p.start]
            division = (
                division_of(list_from(plain, places, p), plain)
                if in_force(place.county, agency.area) and LIST_NEXT.match(plain, p.end)
                else None
            )
            if division and PREP_BEFORE.search(before_place):
                return division  # "Police Scotland arrested 29 in Dundee and Perth"
            if (
                place.level == "county"
                and place.region == agency.area
                and PREP_BEFORE.search(before_place)
                and not LIST_NEXT.match(plain, p.end)  # "in Co Down and Co Armagh"
            ):
                return place.name  # "Police Scotland officers in Fife have arrested"
            if (
                place.level == "town"
                and in_force(place.county, agency.area)
                and (
                    PREP_BEFORE.search(compass_free(before_place))  # "in north Leeds"
                    or ON_PLACE.search(before_place) is not None  # "raided homes on the Wirral"
                    and ON_NAME.match(place.name) is not None
                )
                and not SITE_BEFORE.search(before_place)
                and not (_RAIDED_SITE.search(before_place) and _other_town(place, agency, places))
                and not LIST_NEXT.match(plain, p.end)
                and not LIST_END.search(before_place)
                and not SHARE_GAP.search(plain, m.end, p.start)
            ):
                return mention_area(p, plain) or agency.area
    if _IN_THE_TOWN.search(plain, m.end, end):
        # "Operation Dearne, South Yorkshire Police's push against dealing in the town": the
        # one town of the force's area named before it
        named = {
            p.entry.name  # type: ignore[union-attr]
            for p in places
            if p.start < m.start
            and p.entry.level == "town"  # type: ignore[union-attr]
            and in_force(p.entry.county, agency.area)  # type: ignore[union-attr]
        }
        if len(named) == 1:
            return named.pop()
    return None


_IN_THE_TOWN = re.compile(
    r"\b(?:in|across)\s+the\s+(?:town|city|(?:county\s+)?borough)\b(?!'s|\s+centre)"
)
