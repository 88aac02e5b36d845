"""A speaker's restatement of a figure the story already gave (pure).

"Officers arrested 27 people in south-east Northumberland ... Chief Inspector Jo Bell, of
Northumbria Police, said: 'Twenty-seven arrests is a strong week.'" The quote's figure
takes the speaker's force area from its sentence, yet it is the story's 27 said again: a
figure in a force speaker's quote with the metric and value of an earlier figure stated
outside every quote, at another area, is dropped. Page copies print such quotes under
their own area names (a district, "south-east Northumberland"), where the areas differ.

The other way round, a figure in such a quote that names no place is the speaker's
force's, not the area of the story around it (``speaker_scope``).
"""

from __future__ import annotations

from bisect import bisect_right

from ..schema import Quote, Statistic
from .areas import agency_area, in_force
from .attachment import unplaced_in_quote
from .gazetteer import DIVISION_AREAS, PLACES
from .markers import Scope
from .restatements import dedupe, drop_restatements
from .segments import Sentence


def speaker_areas(quotes: list[Quote], mentions: list) -> list[tuple[int, int, str]]:
    """Each quote whose organisation is a force or a ROCU the article names: its text span
    and that agency's area."""
    areas: dict[str, str] = {}
    for m in mentions:
        area = agency_area(m.entry) if m.kind == "agency" else None
        if area:
            areas[m.entry.name] = area
            areas[" ".join(m.surface.split())] = area
    return [
        (q.text_start or 0, q.text_end or 0, areas[q.organisation])
        for q in quotes
        if q.organisation in areas
    ]


def _area_at(spans: list[tuple[int, int, str]], at: int) -> str | None:
    """The speaker's area of the quote holding offset ``at``, if any."""
    return next((area for a, b, area in spans if a <= at < b), None)


def drop_quoted_restatements(
    stats: list[Statistic], quotes: list[Quote], mentions: list
) -> list[Statistic]:
    if not quotes or len(stats) < 2:
        return stats
    spans = speaker_areas(quotes, mentions)
    if not spans:
        return stats
    quoted = [_area_at(spans, s.evidence_start or 0) for s in stats]  # None: outside them
    out = []
    for s, area in zip(stats, quoted, strict=True):
        if area == s.area and any(
            o.metric is s.metric
            and o.value == s.value
            and o.area != s.area
            and (o.evidence_start or 0) < (s.evidence_start or 0)
            and o_area is None
            for o, o_area in zip(stats, quoted, strict=True)
        ):
            continue
        out.append(s)
    return out


def speaker_scope(
    stats: list[Statistic],
    quotes: list[Quote],
    mentions: list,
    scope: Scope,
    sentences: list[Sentence],
) -> list[Statistic]:
    """A figure in a quotation that names no place is the speaker's force's.

    "More than 1,000 arrests nationally ... Chief Constable Jo Reed of Kent Police said:
    'Our officers also safeguarded 30 children.'" -> Kent, not national.
    """
    if not quotes or not stats:
        return stats
    spans = speaker_areas(quotes, mentions)
    if not spans:
        return stats
    starts = [s.start for s in sentences]
    out = []
    changed = False
    for s in stats:
        a = s.evidence_start or 0
        area = _area_at(spans, a)
        town = PLACES.get(s.area)
        if area and town is not None and town.level == "town" and in_force(town.county, area):
            area = None  # the article's town inside the speaker's force: the narrower area
        elif area and town is not None and town.name in DIVISION_AREAS and town.region == area:
            area = None  # "We supported 13 people" from Police Scotland in a division's story
        if area and area != s.area:
            si = bisect_right(starts, a) - 1
            # its sentence names no place, nor does its paragraph's opening ("In Burton alone ...")
            if (
                si >= 0
                and unplaced_in_quote(scope, si, spans, a)
                and sentences[si].para not in scope.para_default
            ):
                s = s.model_copy(update={"area": area})
                changed = True
        out.append(s)
    return drop_restatements(dedupe(out)) if changed else stats
