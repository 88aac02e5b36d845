"""Which marker a figure takes: its own clause's place, the sentence opener, the one before it,
the paragraph's opening or the article's main area (pure; the order is scope.py's docstring's).
"""

from __future__ import annotations

import re

from .areas import in_force
from .clauses import ELLIPTIC_FOR, clause_cut, in_closed_share, owns_figure
from .cues import LIST_END
from .framing import OPERATION_SCOPE
from .gazetteer import COUNCIL_AREAS, PLACES, region_of
from .holders import (
    WHOSE_OFFICERS,
    council_holding_all,
    group_county,
    holds_site,
    part_holding_all,
    wide_only,
)
from .markers import Marker, Scope, clause_markers
from .segments import Sentence
from .wholes import SENTENCE_END


def attach(
    scope: Scope,
    si: int,
    sent: Sentence,
    start: int,
    end: int,
    clause_end: int,
    owned: set[int] | None = None,
) -> tuple[str, int | None]:
    """The area for the figure at ``start:end`` in sentence ``si``, and the marker it took.

    ``owned`` holds the starts of markers already taken by a share of an earlier
    figure ("including 300 in London"): they scope that share, not what follows.
    """
    markers = scope.markers.get(si, [])
    if scope.respective:
        # "Maidstone and Canterbury saw 12 and 7 arrests respectively": the figure's own place
        own = next((a for f, a in scope.respective.items() if start <= f < end), None)
        if own is not None:
            return own, None
    if not markers:  # what the reading below comes to with nothing named in the sentence
        default = scope.later.get(si) or scope.para_default.get(sent.para, scope.main)
        return _wider_than_town(scope.plain, default, sent, end, []), None
    # with no marker past the figure, no later place can take it: its clause end is not needed
    past_figure = any(k.start >= end for k in markers)
    if past_figure:
        clause_end = clause_cut(scope.plain, start, end, clause_end)
    # "Lancashire Constabulary 41 and Cumbria Constabulary 12": a place right before its figure
    adjacent = [
        k
        for k in markers
        if k.end <= start and not k.listed and _ADJACENT.fullmatch(scope.plain, k.end, start)
    ]
    if adjacent:
        return adjacent[-1].area, None
    accounted = scope.plain.find("ccount", sent.start, start) >= 0
    if accounted:
        # "Maidstone accounted for 12, Ashford for 10 and Dover for the remaining eight", "with
        # Bradford accounting for another nine": the place before each "for" owns its share
        owner = [
            k
            for k in markers
            if k.end <= start
            and not (k.force or k.listed)  # not "Wakefield and Halifax accounted for nine"
            and (told := ELLIPTIC_FOR.match(scope.plain, k.end))
            and told.end() == start
        ]
        if owner:
            return owner[-1].area, None
    # "Derbyshire made 45 of the arrests and Leicestershire Police 38": a place right before
    # a later figure is that figure's
    after = [
        k
        for k in (markers if past_figure else ())
        if end <= k.start < clause_end
        and not k.listed
        and not _NEXT_FIGURE.match(scope.plain, k.end)
        and not owns_figure(scope.plain, k)  # "of which Cumbria made 15 and Lancashire eleven"
        # "Maidstone accounted for 12 of the lines and Ashford for 7": Ashford's own share
        and not (accounted and ELLIPTIC_FOR.match(scope.plain, k.end))
        and not _own_share_of_week(scope.plain, markers, start, k)
    ]
    if past_figure and not after and _AT_NEXT.fullmatch(scope.plain, end, clause_end):
        # "212 pupils at four schools in Whitby": the place of the next figure holds this one
        after = [
            k
            for k in markers
            if clause_end <= k.start < sent.end
            and not k.listed
            and "," not in scope.plain[clause_end : k.start]
        ][:1]
    if (
        after
        and after[0].force
        and _LED_BY.search(scope.plain, max(0, after[0].start - 30), after[0].start)
    ):
        # "South Yorkshire Police arrested 58 people during a week of action led by the
        # regional unit": the force that opens the sentence made its own arrests
        actor = next((k for k in markers if k.initial and k.force and k.end <= start), None)
        if actor is not None and actor.area != after[0].area:
            return actor.area, None
    if after and after[0].force:
        # "In East Sussex, 11 people were arrested by Sussex Police": the force is who acted,
        # the place that opens the sentence is where
        opener = next(
            (k for k in markers if k.initial and k.end <= start and not (k.force or k.listed)),
            None,
        )
        # but "In the North West, ... 90 of them by Merseyside Police": a wider opener yields
        place = PLACES.get(opener.area) if opener is not None and not opener.weak else None
        if opener is not None and place is not None and place.level in ("town", "county"):
            return opener.area, None
    if after and after[0].force and len(after) == 1:
        # "Three were arrested after Kent Police raided two flats in Margate": past the next
        # figure, in the same clause (no comma between)
        past = next((k for k in markers if k.start > after[0].end and not k.listed), None)
        if past and "," not in scope.plain[after[0].end : past.start]:
            after = [after[0], past] if _own_town(scope.plain, after[0], past) else after
    if len(after) > 1 and after[0].force and _own_town(scope.plain, after[0], after[1]):
        # "one of four people arrested when Lancashire Police raided a house in Preston": the
        # force is who acted, its own town where
        return after[1].area, None
    site = after[0].start if after and (after[0].weak or wide_only(after[0].area)) else -1
    sited = site >= 0 and _SITE_IN.search(scope.plain, max(0, site - 40), site) is not None
    if sited or site >= 0 and after[0].area not in PLACES:  # or no site: "made in Lowfield"
        # "In Middlesbrough, ... officers found £6,330 at a house in North Ormesby": a site in
        # a neighbourhood no gazetteer lists is in the town that opens the sentence
        opener = next((k for k in markers if k.initial and k.end <= start), None)
        place = PLACES.get(opener.area) if opener and not (opener.weak or opener.listed) else None
        if opener is not None and place is not None and holds_site(place, after[0]):
            return opener.area, None
        # "23 were made in Hull, two of them found at a flat in Orchard Park": the town
        # the sentence named before the figure
        held = [
            k
            for k in markers
            if k.end <= start
            and not (k.weak or k.listed or k.force)
            and not WHOSE_OFFICERS.match(scope.plain, k.end)  # "Rotherham officers": who
        ]
        holder = PLACES.get(held[-1].area) if held else None
        if sited and opener is None and holder and not holder.weak and holds_site(holder, after[0]):
            return holder.name, None
        # with no opener, the town that frames the paragraph ("£6,000 of it from a house in
        # Lakenhollow" in a Norwich story)
        default = scope.para_default.get(sent.para, scope.main)
        if default == after[0].area:  # the paragraph's default is the site's own name
            default = scope.main
        framed = PLACES.get(default)
        if opener is None and (sited or not held) and framed and holds_site(framed, after[0]):
            return default, None
    if after and _SHARE_OPENS.search(scope.plain, max(0, start - 24), start):
        # "In Sheffield, 29 ..., including 11 in a day of raids in Page Hall": a share placed
        # in a district (a name no gazetteer lists, or one only the wide town list knows)
        # keeps the town that holds its total
        named = PLACES.get(after[0].area)
        if after[0].weak or (named is not None and named.weak):
            total = [
                k
                for k in markers
                if k.end <= start
                and not (k.weak or k.listed or k.force)
                and getattr(PLACES.get(k.area), "level", "") == "town"
                # "23 in the Doncaster district, including five in Mexborough": a town of it
                and not _DISTRICT_NAMED.match(scope.plain, k.end)
            ]
            if total:
                return total[-1].area, None
    if after:
        return after[0].area, after[0].start
    owned = owned or set()
    # "Across the border, gardai searched two houses in Dundalk and seized EUR 11,500": the
    # Garda's figures are the Republic's, in the place the Garda's sentence names; a name no
    # gazetteer lists (a weak marker) is read there too, in the figure's own clause
    garda = scope.plain.find("arda", sent.start, start) >= 0 and _GARDA.search(
        scope.plain, sent.start, start
    )
    # "39 of them by Essex Police, whose officers also recovered £21,000": the share's force is
    # the subject of the clause that holds the figure
    before = [
        k
        for k in markers
        if k.end <= start
        and (not k.weak or garda and _CLAUSE_ON.fullmatch(scope.plain, k.end, start) is not None)
        and not k.listed
        and (k.start not in owned or _RELATIVE_AFTER.match(scope.plain, k.end, start))
        and not in_closed_share(scope.plain, k, start)
        # "officers watched the station in Penrith, while teams visited 31 addresses": the
        # earlier clause's place is not the new clause's (an opening place still is)
        and (k.initial or not _WHILE.search(scope.plain, k.end, start))
    ]
    edge = before[-1].end if before else start
    between = [k for k in markers if k.listed and k.start >= edge and k.end <= start]
    if between and part_holding_all(before[-1].area, between):
        return before[-1].area, None  # "In west Kent, officers in A and B arrested nine"
    if between and before[-1].initial and council_holding_all(before[-1].area, between):
        return before[-1].area, None  # "In Breckland, officers in A and B made 12 arrests"
    if before and between:
        # "in Telford ..., while in Worcester and Hereford a further eight": the list
        # between scopes the figure as a group, never the earlier clause's town, nor the
        # town its paragraph opened with
        default = scope.para_default.get(sent.para, scope.main)
        if default in PLACES and PLACES[default].level == "town":
            return scope.main, None
        before = []
    if before:
        if before[-1].force:
            # "At Exeter St Davids, Devon and Cornwall Police ...", "and in Norwich Norfolk
            # Constabulary executed ...": the town the force acted in, not the force's county
            town = before[-2] if len(before) > 1 else None
            opener = before[0]
            next_to = town is not None and bool(
                _TOWN_THEN_FORCE.fullmatch(scope.plain, town.end, before[-1].start)
            )
            if town is not None and next_to:
                opener = town
            level = PLACES[opener.area].level if opener.area in PLACES else None
            if (opener.initial or opener is town) and not opener.force and level == "town":
                return opener.area, None
            if next_to and level == "county" and opener.area != before[-1].area:
                return opener.area, None  # "In Bristol, Avon and Somerset Police executed"
            # "Humberside Police seized £9,000 when they raided three addresses in the town":
            # the force is who acted; the town that ends the sentence is where
            final = [k for k in markers if k.start >= end and not (k.listed or k.weak or k.force)]
            if (
                final
                and final[-1].area in PLACES
                and PLACES[final[-1].area].level == "town"
                and SENTENCE_END.fullmatch(scope.plain, final[-1].end, sent.end)
                and not _SHARE_BETWEEN.search(scope.plain, end, final[-1].start)
                # not the last of a list of sites: "on the coast and in York"
                and not LIST_END.search(scope.plain, max(0, final[-1].start - 12), final[-1].start)
            ):
                return final[-1].area, None
        return before[-1].area, None
    # "seized crack cocaine worth £9,500 and £4,000 cash in Sunderland": a place that ends the
    # sentence scopes its unplaced figures, unless a share comes between ("..., with 12 in X",
    # "..., ten of the arrests being made in X")
    # -- but "In Luton, Bedford and Dunstable, officers visited 30 addresses, arresting 12
    # people in Luton": a figure after an opening list of towns is the list's, as a group
    last = [k for k in markers if k.start >= end and not k.listed and not k.weak]
    opening_list = any(k.listed and k.initial and k.end <= start for k in markers)
    if last and not opening_list and SENTENCE_END.fullmatch(scope.plain, last[-1].end, sent.end):
        if not _SHARE_BETWEEN.search(scope.plain, end, last[-1].start):
            return last[-1].area, None
    default = scope.later.get(si) or scope.para_default.get(sent.para, scope.main)
    framed = PLACES.get(default)
    if not opening_list and (group := group_county(scope.plain, markers, end, clause_end, default)):
        return group, None  # "A further nine were arrested in Chester and Ellesmere Port"
    if opening_list and framed is not None and framed.level == "town" and framed.county in PLACES:
        return PLACES[framed.county].name, None
    return _wider_than_town(scope.plain, default, sent, end, last), None


def _own_town(plain: str, force: Marker, k: Marker) -> bool:
    """Whether ``k`` is a town of ``force``'s own area, with no share between them."""
    town = PLACES.get(k.area)
    return (
        town is not None
        and town.level == "town"
        and not (k.weak or k.force)
        and town.county is not None
        and in_force(town.county, force.area)
        and not _SHARE_BETWEEN.search(plain, force.end, k.start)
    )


def _own_share_of_week(plain: str, markers: list[Marker], start: int, k: Marker) -> bool:
    """ "Lincolnshire Police made 41 arrests during a week of action across the East Midlands":
    the region after the figure is the week's; the force before it, in that region, made it."""
    place = PLACES.get(k.area)
    if place is None or place.level != "region":
        return False
    if not any(f.force and f.end <= start and region_of(f.area) == k.area for f in markers):
        return False
    return OPERATION_SCOPE.search(plain, max(0, k.start - 90), k.start) is not None


# "Operation Kestrel has so far led to 17 arrests since it began in January"
_RUNNING_TOTAL = re.compile(
    r"\b(?:so\s+far|to\s+date|since\s+(?:it|the\s+operation|the\s+investigation)\s+"
    r"(?:began|started|was\s+launched))\b",
    re.IGNORECASE,
)


_OPERATION_TOTAL = re.compile(r"\bOperation\s+[A-Z]|\bsince\s+(?:it|the)\b|\bbegan\b")


def _wider_than_town(
    plain: str, default: str, sent: Sentence, end: int, later: list[Marker]
) -> str:
    """The county, for an unplaced figure of a town-framed story that is wider than the town:
    a total with a share in another town of the county ("Eight people were arrested, three
    of them in Wisbech"), or a named operation's running total ("Operation Kestrel has so far
    led to 17 arrests"), which the force running it counts over its whole area."""
    town = PLACES.get(default)
    if town is None or town.level != "town" or not town.county or town.county not in PLACES:
        return default
    if (
        default not in COUNCIL_AREAS  # a council area's own operation counts over the area
        and _RUNNING_TOTAL.search(plain, sent.start, sent.end)
        and _OPERATION_TOTAL.search(plain, sent.start, sent.end)
    ):  # not "Nine people have been charged so far": the reported week's own count
        return PLACES[town.county].name
    for k in later:
        other = PLACES.get(k.area)
        if (
            other is not None
            and other.level == "town"
            and other.name != town.name
            and other.county == town.county
            and _SHARE_BETWEEN.search(plain, end, k.start)
            # not "Twelve were safeguarded, four of them children, and 150 pupils at two
            # schools in X": the town is a later figure's, not a share of this one
            and len(_FIGURE_WORD.findall(plain, end, k.start)) < 2
        ):
            return PLACES[town.county].name
    return default


# a figure's noun, then "at" / "in" right before the next figure: "212 pupils at four schools"
_AT_NEXT = re.compile(r"\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+(?:at|in|from)\s+")
_FIGURE_WORD = re.compile(
    r"\b(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)",
    re.IGNORECASE,
)
_SHARE_BETWEEN = re.compile(
    r"\b(?:including|includ\w+|with|of\s+(?:which|whom|them|those)|while|whilst|whereas|but|"
    r"among(?:st)?\s+(?:them|which|those|these)|"
    r"most\s+of\s+(?:it|them|which)|mainly|mostly|largely|chiefly|predominantly|"
    r"and\s+(?:a\s+further\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\w*\s+"
    r"(?:in|at))\b|[,;]\s+(?:\d|a\s+further|[a-z]+(?:-[a-z]+)?\s+of\s+(?:the|them|those)\b)",
    re.IGNORECASE,
)
_SITE_IN = re.compile(
    r"\b(?:(?:a|an|the|one)\s+(?:[\w-]+\s+)?|(?:at|from)\s+)(?:house|flat|propert(?:y|ie)|address"
    r"|home|garage|car|van|block|block\s+of\s+flats|bedsit|takeaway|shop|caravan|lock-up|hostel"
    r"|room)(?:e?s)?\s+(?:(?:stopped|parked|searched)\s+)?"
    r"(?:in|at|on)\s+$",
    re.IGNORECASE,
)
_NEXT_FIGURE = re.compile(r"\s*(?::|\s-)?\s+\u00a3?\d")
_WHILE = re.compile(r",\s+(?:while|whilst|whereas)\s")
_RELATIVE_AFTER = re.compile(r"(?:'s\s+area)?\s*,\s*(?:whose|which|who|where)\b")
# "in Norwich Norfolk Constabulary executed", "a flat in Ipswich by Suffolk Police"
_TOWN_THEN_FORCE = re.compile(r"[\s,]*(?:by\s+(?:the\s+)?)?")
_LED_BY = re.compile(
    r"(?:\b(?:led|co-?ordinated|organised|run|directed)\s+by|\bduring)\s+(?:the\s+|a\s+)?$"
)
_DISTRICT_NAMED = re.compile(r"\s+(?:district|borough)\b")
_SHARE_OPENS = re.compile(r"\b(?:including|among\s+them)\s+$")
_GARDA = re.compile(r"\bGarda\b|\b[Gg]arda\u00ed")
_CLAUSE_ON = re.compile(r"[^,;:.]{0,120}")
_ADJACENT = re.compile(r"\s*(?:[:\-(]\s*)?")


def unplaced_in_quote(scope: Scope, si: int, quotes: list[tuple[int, int, str]], at: int) -> bool:
    """Whether a figure at ``at`` inside one of ``quotes`` (start, end, speaker's area) has no
    place of its own: none in its clause of the quotation, none outside it but the
    attribution's force ("nine arrests in Bury and Newmarket, and we've closed four lines")."""
    span = next(((qa, qb) for qa, qb, _ in quotes if qa <= at < qb), None)
    markers = scope.markers.get(si, [])
    return span is None or not clause_markers(scope.plain, markers, span[0], span[1], at)
