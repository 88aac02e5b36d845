"""The area a local phrase names (pure): "across the county", "in the town", "across the
force area", "the district", "both force areas", by the article's framing and the markers
the sentence and its paragraph already hold (split out of scope.py, which passed 400 lines).
"""

from __future__ import annotations

import re

from .districts import named_district, shire_opening
from .gazetteer import PLACES, Mention
from .markers import Marker, town_of
from .scopecues import OPENING_PREP, around_wider
from .scopemarks import both_forces_area
from .segments import Paragraph, Sentence


def local_marker(
    plain: str,
    low: str,
    sentences: list[Sentence],
    paragraphs: list[Paragraph],
    places: list[Mention],
    refs: list[tuple[int, int, str]],
    local: dict[str, str],
    main: str,
    candidates: list[Mention],
    town_at: int | None,
    lm: re.Match[str],
    si: int,
    markers: list[Marker],
    by_sentence: dict[int, list[Marker]],
) -> Marker | None:
    """The marker of the local phrase ``lm`` in sentence ``si``, or None ("the district"
    with none named); ``markers``: the sentence's so far; ``local``: each phrase's area by
    the article's framing; ``refs``: the force references (start, end, area)."""
    sent = sentences[si]
    # "Across the force area, 40 people ...": the phrase opens its sentence
    opens = OPENING_PREP.fullmatch(low, sent.start, lm.start()) is not None
    what = " ".join((lm.group("what") or "force area").split())  # "its area"
    if what.endswith(("towns", "cities", "boroughs", "districts")):
        # "seized across the two towns": the towns as one group, their force's area
        area = local.get("county", main)
        return Marker(lm.start(), lm.end(), area, opens)
    if lm.group().startswith("both"):
        area = both_forces_area(candidates, lm.start(), main)  # "Across both force areas"
        return Marker(lm.start(), lm.end(), area, opens)
    if what == "district":  # "four lines in the district": the one last named
        if district := named_district(plain, places, lm.start()):
            return Marker(lm.start(), lm.end(), district, opens)
        return None
    if what.endswith(("forces", "areas", "counties")):
        what = "region"  # "Across the three forces, 96 arrests": the region they make up
    area = local.get(what, main)
    # "Merseyside Police, which ran its own activity across the county": the county
    # of the force just named in the sentence; "Jo Lee of ERSOU said: 'Across the
    # region ...'": the region of the ROCU just named; any force's "force area"
    wide = None if what[:5] == "force" else what == "region"  # even West Midlands Police
    named_force = [  # and "The force said it had seized 16 weapons across the county"
        k
        for k in markers + [Marker(a, b, r, False, force=True) for a, b, r in refs]
        if k.force
        and k.start >= sent.start
        and k.start < lm.start()
        and (k.area not in PLACES or wide in (None, PLACES[k.area].level == "region"))
    ]
    if named_force and what in ("region", "county", "force area", "force's area", "force"):
        area = named_force[-1].area
    elif what == "county":  # "In Flintshire, ... at schools in the county"
        opened = [by_sentence.get(b, []) for b in range(si) if sentences[b].para == sent.para]
        area = shire_opening([*opened, markers], lm.start()) or area
    if what in ("town", "city", "borough") and (town_at is None or town_at > lm.start()):
        area = main  # "across the city's boroughs" before any town is named
    if what in ("town", "city", "borough"):
        # "In Sittingbourne, officers found ... in the town": the town just named
        # or its paragraph's: "In King's Lynn, officers ... . Seven people were
        # arrested in the town."
        earlier = [
            k
            for b in range(si - 1, -1, -1)
            if sentences[b].para == sent.para
            for k in by_sentence.get(b, [])
        ]
        # "in the Heavitree and Wonford areas of the town": not those districts
        of_form = low.endswith("of ", 0, lm.start())
        floor = low.rfind(" in ", 0, lm.start()) if of_form else -1
        named = [
            k
            for k in earlier + markers
            if k.start < (floor if floor >= 0 else lm.start())
            and k.area in PLACES
            and PLACES[k.area].level == "town"
        ]
        if named:
            area = named[-1].area
        elif sent.para and getattr(PLACES.get(main), "level", "") != "town":
            # "Officers spent two days in Nottingham. / Across the city, 15 people ...":
            # the one town the paragraph before placed its work in (in a story about
            # one city, "the city" is that city)
            area = town_of(plain, places, paragraphs[sent.para - 1]) or area
        if low.endswith(" and around ", 0, lm.start()):
            area = around_wider(plain, area)  # "in and around the city"
    return Marker(lm.start(), lm.end(), area, opens)
