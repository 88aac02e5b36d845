"""Which area a figure belongs to: national, region, force area or town (pure).

This is the crux of the dataset: one article mixes a national total, a
regional total and per-county breakdowns, and a figure filed under the wrong
level is double counted. Each sentence yields *markers* (a place after "in",
"across", "throughout"; a force or ROCU named as the actor; "nationally";
"across the region"), and a figure takes, in order of preference:

1. the nearest marker after it within its own clause ("25 arrests in Hertfordshire",
   "151 arrests were made by ERSOU");
2. the marker that opens its sentence ("In Basingstoke four warrants ...",
   "-In Essex, 44 arrests ...", "Nationally more than 700 ...");
3. the nearest marker before it in the sentence ("EMSOU also safeguarded 100 ...");
4. the marker that opens its paragraph, or the heading a bullet list sits under;
5. the article's main area.
"""

from __future__ import annotations

from functools import partial

from .areas import force_of_county, force_over
from .attachment import attach, unplaced_in_quote
from .boroughs import named_borough
from .carry import paragraph_defaults
from .cityparts import district_namesake
from .clauses import ELLIPTIC_FOR, FIGURE_NEXT, SUBJECT_AFTER
from .cues import ROAD_STOP_BEFORE, WHOSE_AFTER
from .districts import district_of_town, town_after
from .framing import (
    ON_NAME,
    ON_PLACE,
    PREP_BEFORE,
    SUPPORT_BEFORE,
    Framing,
    agency_area,
    mention_area,
)
from .gazetteer import COUNCIL_AREAS, DIVISION_AREAS, PLACES, Mention, lower_same_length, region_of
from .localareas import local_marker
from .markers import (
    LIST_GAP,
    WHERE_AFTER,
    Marker,
    Scope,
    generic_places,
    listed_places,
    namesake,
    respective_places,
    site_reference,
)
from .national import national_phrases
from .parts import compass_free, compass_part
from .placenames import COURT_BEFORE, EDGE_OF, HOME_BEFORE
from .references import force_references, source_of_place
from .roadstops import stop_marker
from .scopecues import (
    ACCORDING_TO,
    AROUND_STATION,
    BESIDE_AFTER,
    DESTINATION,
    DIVISION_AFTER,
    INITIAL,
    INITIAL_COUNTYWIDE,
    INITIAL_NATIONAL,
    INITIAL_REGIONAL,
    NATIONS,
    NEAR_CENTRE,
    OFFICERS_AFTER,
    OPENER_AFTER,
    OWN_DIVISION,
    PART_OF_BEFORE,
    SOURCE_AFTER,
    WIDE_AFTER,
    around_wider,
    local_phrases,
    names_sites,
    national_area,
    no_national_scope,
    part_of_wider,
    scoping_local,
)
from .scopemarks import settle_markers, unlisted_markers
from .segments import Paragraph, Sentence

__all__ = ["Scope", "attach", "build_scope", "unplaced_in_quote"]

# what may open a match of INITIAL that takes more than nothing: its leading marks (ASCII ones;
# whitespace apart) and the first letters of its words ("meanwhile", "separately", "likewise",
# "in", "across", "throughout", "within", "for", "on", "the", "an", "neighbouring")
_INITIAL_OPENS = '-*"msalitwfonMSALITWFON'
# what may follow a capital that opens a speaker label, "DET SUPT ...:" ("" when none does,
# where the pattern is read)
_LABEL_NEXT = "ABCDEFGHIJKLMNOPQRSTUVWXYZ.'-"
# what may open INITIAL_NATIONAL's match (its ASCII leading marks; "nationally", "across",
# "UK-wide", "in", "throughout"; whitespace apart)
_NATIONAL_OPENS = '-*"nauitNAUIT'


def build_scope(
    plain: str,
    paragraphs: list[Paragraph],
    sentences: list[Sentence],
    mentions: list[Mention],
    places: list[Mention],
    framing: Framing,
    needed: set[int] | None = None,
    low: str | None = None,
) -> Scope:
    """Markers for the sentences that need them, and the area each paragraph's opening sets.

    ``needed``: indices of sentences with figures (``None``: all). Paragraph openings
    and list headings are always read, since they scope the sentences after them.
    ``low``: ``lower_same_length(plain)`` when the caller has it already.
    """
    main = framing.main
    local = {
        # "across the region" in a Dumfries and Galloway story: the division, not Scotland
        "region": main if main in DIVISION_AREAS and framing.region in NATIONS else framing.region,
        "city": framing.first_town or main,
        "town": framing.first_town or main,
        "borough": framing.first_town or main,
        "county borough": framing.first_town or main,  # a Welsh council area, the story's
    }
    # "Gwent Police arrested 14 people in Newport ... Across the force area": a release framed
    # by a town still means the town's force by "the county" / "the force area"
    county = PLACES[main].county if main in PLACES and PLACES[main].level == "town" else None
    # the force of a town-framed release: its "said" gives the source, not a wider scope
    town_force = None
    if county and county in PLACES:
        # "across the county" in a Pembrokeshire story (a council area): Pembrokeshire
        local["county"] = main if main in COUNCIL_AREAS else PLACES[county].name
        # "Devon" -> "Devon and Cornwall": the named force that takes in the town's county
        town_force = force_over(PLACES[county].name, mentions) or PLACES[county].name
        local.update({k: town_force for k in ("force area", "force's area", "force")})
    # "Nineteen arrested across Berkshire ... The force said officers seized £8,700": in a story
    # about one county of a larger force, the force as source speaks of the county's week, and
    # "across the force area, which also takes in Bath" is the force's (a Bristol story)
    county_force = force_of_county(main, mentions)
    if county_force:
        local.update(dict.fromkeys(("force area", "force's area"), county_force))
    # a one-town story's region: a wide-list name from elsewhere is one of the town's districts
    one_town = main in PLACES and PLACES[main].level == "town" and not framing.court
    main_region = PLACES[main].region if one_town else None
    # "Officers from Tayside Division ...", "Across the division, ...": the division named
    # (gate: DIVISION_AFTER's match holds "Division", case as written)
    division = main
    if "Division" in plain:
        division = next(
            (p.entry.name for p in places if DIVISION_AFTER.match(plain, p.end)),  # type: ignore[union-attr]
            main,
        )
    local["division"] = division
    by_sentence: dict[int, list[Marker]] = {}
    # the article's place names: a London district's borough, when named, takes its figures
    named = {p.entry.name for p in places} | {main}  # type: ignore[union-attr]
    respective: dict[int, str] = {}
    # a story of Scotland or Northern Ireland, or of a place in one: "across the country"
    country = next((a for a in (main, region_of(main)) if a in NATIONS), "national")
    # in a court story the forces that worked the case do not scope its figures
    forces = [] if framing.court else [m for m in mentions if m.kind == "agency"]
    candidates = [m for m in forces if agency_area(m.entry)] + places
    candidates.sort(key=lambda m: m.start)
    listed = listed_places(plain, candidates)
    ci = ni = li = gi = 0
    generic = generic_places(plain)
    # whole-text scans once, bucketed by sentence below: cheaper than one scan per sentence
    if low is None:
        low = lower_same_length(plain)
    # keyword checks first: these patterns are slow to scan and usually find nothing
    nationals = national_phrases(plain)
    locals_ = [m for m in local_phrases(low) if scoping_local(low, m)]
    town_at = next((p.start for p in places if p.surface == framing.first_town), None)
    # "The force also closed four lines": the force last named in the paragraph
    refs = [] if framing.court else force_references(plain, low, paragraphs, mentions)
    # "across the county", "in the town": the area of each local phrase (localareas.py)
    local_area = partial(
        local_marker,
        plain,
        low,
        sentences,
        paragraphs,
        places,
        refs,
        local,
        main,
        candidates,
        town_at,
    )
    for si, sent in enumerate(sentences):
        if (
            needed is not None
            and si not in needed
            and not sent.first
            # "Dear resident, ... Here is what we achieved in Stevenage:": a list's heading
            # that closes its paragraph scopes the lines under it (carry.py)
            and not plain[sent.start : sent.end].rstrip().endswith(":")
        ):
            by_sentence[si] = []
            continue
        markers: list[Marker] = []
        text = plain[sent.start : sent.end]
        # gate: INITIAL takes nothing of a sentence opening on an ASCII character that opens
        # none of its parts (its marks, a word's first letter in either case, a speaker label's
        # two capitals); a non-ASCII one may be a mark or a letter case-blind matching takes
        head = text[:1]
        if (
            head.isascii()
            and head
            and head not in _INITIAL_OPENS
            and not head.isspace()
            and not (head.isupper() and text[1:2] in _LABEL_NEXT)
        ):
            lead_end = sent.start
        else:
            lead = INITIAL.match(text)
            lead_end = sent.start + (lead.end() if lead else 0)
        while ci < len(candidates) and candidates[ci].start < sent.start:
            ci += 1
        j = ci
        while j < len(candidates) and candidates[j].start < sent.end:
            m = candidates[j]
            j += 1
            area = mention_area(m, plain)
            if not area:
                continue
            if area == framing.own_region:
                area = main  # "arrested during a push in the North East" by its one force
            if (
                m.kind == "agency"
                and SUPPORT_BEFORE.search(plain[max(sent.start, m.start - 30) : m.start])
                # "worked with Kent Police and Sussex Police, whose officers arrested nine"
                and not WHOSE_AFTER.match(plain, m.end)
            ):
                continue  # "officers from Cambridgeshire Constabulary": who helped, not where
            if m.kind == "place":
                if any(n.start() <= m.start < n.end() for n in nationals):
                    continue  # "Wales" in "across England and Wales"
                if namesake(m, candidates, sent.start, sent.end, main_region):
                    continue  # "Merseyside Police ... from a flat in Everton": not Everton, Beds
                if m.entry.weak and (  # type: ignore[union-attr]
                    town := district_of_town(m, candidates, sent.start, sent.end, main, plain)
                    # "Seven of the arrests were made in Stonehouse" in a Plymouth story: not
                    # the Gloucestershire town (cityparts.py)
                    or not framing.court
                    and district_namesake(m, candidates, sent.start, sent.end, main)
                ):
                    area = town  # "a house in Broadfield" in a Crawley story: the town's district
                elif m.entry.weak and (borough := named_borough(area, named)):  # type: ignore[union-attr]
                    area = borough  # "an address in Becontree" in a Barking and Dagenham story
                # "In #Bootle, officers ...": a post's hashtag place reads as the place
                start = m.start - 1 if plain.startswith("#", m.start - 1) else m.start
                before = plain[max(sent.start, start - 40) : start]
                if part_of_wider(plain, m.end, before):
                    continue  # "seized £75,000 as part of a Northern Ireland-wide operation"
                if before.endswith((" in ", " at ")) and COURT_BEFORE.search(before):
                    continue  # "due to appear at court in Omagh": where the case is heard
                if before.endswith((" from ", " the ", " in ")) and HOME_BEFORE.search(before):
                    continue  # "were from the Merseyside area": where they live
                if before.endswith((" near ", " at ", " outside ")) and ROAD_STOP_BEFORE.search(
                    before
                ):
                    # "stopped on the M5 near Taunton": the stop's site, not its scope; in a
                    # story of another town the stop is outside it, the force's (roads rule)
                    if town_force and m.entry.name != main:  # type: ignore[union-attr]
                        markers.append(Marker(m.start, m.end, town_force, False))
                    continue
                cut, part = compass_part(before, m.entry, main)  # type: ignore[arg-type]
                at_lead = start - len(before) + len(cut) == lead_end  # "In west Kent, ..."
                before = cut
                area = part or area  # "raids in south-east London" in the Met's release
                if before.endswith(" of "):
                    before = compass_free(before)  # "in the north of Edinburgh"
                after = plain[m.end : m.end + 15]
                opener = start == lead_end and OPENER_AFTER.match(after) is not None
                # the tests that place the mention, cheapest first; the subject and list reads
                # below run only when these fail (each test is only read, not kept)
                placed = (
                    PREP_BEFORE.search(before)
                    or before.endswith(EDGE_OF)  # "on the edge of Ferndown"
                    or before.endswith(" near ")
                    and NEAR_CENTRE.match(after) is not None
                    or before.endswith(" of ")
                    and PART_OF_BEFORE.search(before) is not None  # "the St Ann's area of X"
                    or ON_PLACE.search(before) is not None
                    and ON_NAME.match(area) is not None
                    or WIDE_AFTER.match(after)
                    or opener
                )
                if not placed:
                    # "(Luton 9, Bedford 6)", "Luton: 9": a place right before its own figure
                    subject = SUBJECT_AFTER.match(plain, m.end) or FIGURE_NEXT.match(plain, m.end)
                    if subject and before.endswith(" from ") and plain[m.end] != ",":
                        # "off a train from Sheffield with £3,400": where it came from; not
                        # "the biggest haul came from Surrey, with £80,000 seized"
                        subject = None
                    if not subject and "ccount" in plain[sent.start : m.start]:
                        subject = ELLIPTIC_FOR.match(plain, m.end)  # "..., Ashford for 10"
                    # "across Gwent, South Wales and Dyfed-Powys": the list goes on from a place
                    continued = (
                        m.start in listed
                        and markers
                        and LIST_GAP.fullmatch(plain, markers[-1].end, m.start) is not None
                    )
                    placed = (
                        subject
                        or continued
                        or WHERE_AFTER.match(after)
                        or DIVISION_AFTER.match(after)
                        or names_sites(before, after)
                    )
                if not placed:
                    continue  # "officers from Northamptonshire": who, not where
                window = max(sent.start, m.start - 90)
                gap = plain[window : m.start]
                # "run into Rotherham" in a South Yorkshire story is the town's share
                into = "into " in gap and getattr(PLACES.get(area), "county", area) != main
                if (" to " in gap or " for " in gap or into) and (
                    DESTINATION.search(plain, window, m.start)
                ):
                    # "gangs exporting drugs from London to towns across the South West",
                    # "40kg of cannabis destined for lines in the South West"
                    continue
                area = town_after(plain, m.end, candidates, ci) or area  # "Hendon area of X"
                if before.endswith(" and around "):
                    area = around_wider(plain, area)  # "in and around Glasgow"
                # "In Hartlepool, Cleveland officers raided ...": the force's officers, by area
                level = m.entry.level  # type: ignore[union-attr]
                acts = level == "county" and OFFICERS_AFTER.match(plain, m.end) is not None
                markers.append(Marker(m.start, m.end, area, at_lead, force=acts))
            elif area == town_force and (framing.one_town or SOURCE_AFTER.match(plain, m.end)):
                # "Cheshire Police said officers recovered £6,300" in a Crewe story; in a
                # one-town release the force is only ever who acted ("Swindon drugs operation")
                continue
            elif area == county_force and SOURCE_AFTER.match(plain, m.end):
                continue  # "West Mercia Police said officers closed six lines" (a Shropshire story)
            elif (own := OWN_DIVISION.match(plain, m.end)) and own.group(1) == main:
                continue  # "Officers in Police Scotland's North East division": the division
            elif BESIDE_AFTER.match(plain, m.end) and AROUND_STATION.search(plain, m.end, sent.end):
                # "West Midlands Police officers working with BTP made a further five arrests
                # in the streets around the station": who helped at the paragraph's station
                continue
            else:
                markers.append(Marker(m.start, m.end, area, m.start == lead_end, force=True))
        while ni < len(nationals) and nationals[ni].start() < sent.start:
            ni += 1
        while ni < len(nationals) and nationals[ni].start() < sent.end:
            nm = nationals[ni]
            ni += 1
            if no_national_scope(plain, sent.start, nm.start(), nm.end()):
                continue  # "a nationwide crackdown", "forces from across the UK"
            area = national_area(nm.group(), country)
            markers.append(Marker(nm.start(), nm.end(), area, nm.start() <= lead_end))
        # gate: its match opens on a mark, whitespace or "n", "a", "u", "i", "t" in either case
        initial_national = (
            INITIAL_NATIONAL.match(text)
            if head in _NATIONAL_OPENS or not head.isascii() or head.isspace()
            else None
        )
        if initial_national:  # "Across the UK, ..." in the PSNI's release: the UK, not the nation
            area = national_area(initial_national.group(), country)
            markers.append(Marker(sent.start, sent.start + initial_national.end(), area, True))
        if "egionally" in text[:12] and (regional := INITIAL_REGIONAL.match(text)):
            # "Regionally, 46 deal lines were closed": the region the article names
            markers.append(Marker(sent.start, sent.start + regional.end(), framing.region, True))
        if "wide" in text[:16] and (county_wide := INITIAL_COUNTYWIDE.match(text)):
            area = local.get("county", main)  # "Countywide, 39 people were safeguarded"
            markers.append(Marker(sent.start, sent.start + county_wide.end(), area, True))
        while li < len(locals_) and locals_[li].start() < sent.start:
            li += 1
        while li < len(locals_) and locals_[li].start() < sent.end:
            lm = locals_[li]
            li += 1
            if (k := local_area(lm, si, markers, by_sentence)) is not None:
                markers.append(k)
        if si and not any(k.initial for k in markers):
            site = site_reference(plain, sent.start, sentences[si - 1], candidates, ci)
            if site is not None:
                markers.append(site)
        for a, b, area in refs:
            if not sent.start <= a < sent.end:
                continue
            # "the force said", in a story of a place inside its area: the source of the place's
            # own figures, not a wider scope
            if area in (county_force, town_force) and (
                SOURCE_AFTER.match(plain, b) or ACCORDING_TO.search(plain, max(0, a - 14), a)
            ):
                # "..., according to the force": the source of the town's figures too
                if area == county_force or source_of_place(
                    low, paragraphs[sent.para].start, a, main, places
                ):
                    continue
            if not (framing.one_town and area == town_force):
                opens = not plain[sent.start : a].strip(' -*\u2022"')
                markers.append(Marker(a, b, area, opens, force=True))
        while gi < len(generic) and generic[gi].start() < sent.start:
            gi += 1
        first = gi
        while gi < len(generic) and generic[gi].start() < sent.end:
            gi += 1
        if first < gi:
            markers += unlisted_markers(
                plain, generic[first:gi], markers, candidates, ci, j, lead_end
            )
        if not markers and "stopped" in text:
            # "A car stopped on the A47 near Acle was found to contain £4,300": near, not in,
            # the paragraph's town, the stop is its force's (roadstops.py)
            earlier = [
                k
                for b in range(si - 1, -1, -1)
                if sentences[b].para == sent.para
                for k in reversed(by_sentence.get(b, []))
            ][::-1]
            if stop := stop_marker(plain, sent.start, sent.end, earlier, main, mentions):
                markers.append(stop)
        if markers:  # none: nothing to sort, widen or group
            markers = settle_markers(plain, markers, candidates, ci, j, listed, lead_end)
        by_sentence[si] = markers
        if markers and "respectively" in text:
            respective.update(respective_places(plain, sent.start, sent.end, markers))
    para_default, later = paragraph_defaults(
        plain, paragraphs, sentences, by_sentence, places, needed, main
    )
    return Scope(main, plain, by_sentence, para_default, respective, later)
