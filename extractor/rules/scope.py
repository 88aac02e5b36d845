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

import re
from dataclasses import dataclass

from .gazetteer import Agency, Mention, Place, lower_same_length, region_of
from .segments import Paragraph, Sentence, inside

_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|across|throughout|within|around|for|covering|all\s+over)\s+(?:the\s+)?"
    r"(?:(?:whole|wider|entire)\s+)?(?:(?:county|area|region|city|town)\s+of\s+)?)$",
    re.IGNORECASE,
)
_WIDE_AFTER = re.compile(r"-wide\b|\s+(?:area|region|county|force\s+area)\b", re.IGNORECASE)
_NATIONAL = re.compile(
    r"\b(?:nationally|nation-?wide|countrywide|country-wide|UK-wide"
    r"|across\s+(?:the\s+)?(?:UK|United\s+Kingdom|country|nation|whole\s+country|England\s+and\s+"
    r"Wales|Britain|four\s+nations|all\s+(?:\d+\s+)?(?:police\s+)?forces)"
    r"|(?:in|throughout)\s+(?:the\s+)?(?:UK|United\s+Kingdom|country|England\s+and\s+Wales)"
    r"|around\s+the\s+country|national\s+(?:total|figures?|results?|tally))\b",
)
_NOT_NATIONAL_BEFORE = re.compile(r"\b(?:a|the|from|of|from\s+all)\s*$", re.IGNORECASE)
_LOCAL_PHRASE = re.compile(  # run on lower-cased text
    r"\b(?:in|across|throughout|within|around)\s+(?:the\s+)?(?:whole\s+|wider\s+|entire\s+)?"
    r"(?P<what>region|county|force\s+area|force's\s+area|force)\b"
)
_INITIAL = re.compile(r"^[\s\-*\u2022\u00b7]*(?:in|across|throughout|within|for)?\s*(?:the\s+)?",
                      re.IGNORECASE)
_INITIAL_NATIONAL = re.compile(r"^[\s\-*\u2022\u00b7]*(?:nationally|national(?=\s+(?:the\b|,))"
                               r"|across\s+the\s+(?:UK|country)|UK-wide)", re.IGNORECASE)
_PCC_TITLE = re.compile(
    r"(?:[A-Z][\w'-]*(?:,\s*|\s+and\s+|\s+))+(?:Police,?\s+(?:and|&)\s+Crime\s+Commissioner|PCC)"
)

_LEVEL_RANK = {"region": 3, "county": 2, "town": 1}


@dataclass(frozen=True, slots=True)
class Marker:
    start: int
    end: int
    area: str
    initial: bool  # opens its sentence


@dataclass(slots=True)
class Scope:
    """Everything attach() needs about one article."""

    main: str
    plain: str
    markers: dict[int, list[Marker]]  # by sentence index
    para_default: dict[int, str]  # paragraph -> area its opening marker sets


def title_spans(plain: str) -> list[tuple[int, int]]:
    """"Leicester, Leicestershire and Rutland Police and Crime Commissioner": a title, not places."""
    if "Crime Commissioner" not in plain and "PCC" not in plain:
        return []  # the pattern is costly to scan for; most articles have no such title
    return [(m.start(), m.end()) for m in _PCC_TITLE.finditer(plain)]


def place_mentions(plain: str, mentions: list[Mention], titles: list[tuple[int, int]]) -> list[Mention]:
    """Place mentions that really name a place, not part of a longer proper name or a title."""
    out = []
    for m in mentions:
        if m.kind != "place" or inside(m.start, titles):
            continue
        nxt = re.match(r"\s+([A-Z][a-z]+)", plain[m.end:m.end + 20])
        if nxt and nxt.group(1) not in ("Police", "Constabulary", "Council", "And"):
            continue  # "Luton Airport", "Northampton Crown Court", "Reading Festival"
        prev = re.search(r"([A-Z][a-z]+)\s+$", plain[max(0, m.start - 20):m.start])
        if prev and prev.group(1) not in _FUNCTION_WORDS:
            continue  # "Superintendent Paul Boston"
        out.append(m)
    return out


_FUNCTION_WORDS = frozenset(
    "In Across Throughout Within Around For From At On And The Of To By Covering Nationally "
    "Meanwhile Elsewhere Officers Police".split()
)


def main_area(plain: str, paragraphs: list[Paragraph], mentions: list[Mention],
              places: list[Mention], quotes: list[tuple[int, int]]) -> str:
    """The area the article is about: a ROCU's region, else a force's area, else a place.

    Looks at the first two paragraphs that name any area (outside quotes), which is
    where a press release says who did what where.
    """
    area_mentions = [m for m in mentions if m.kind == "agency" and _agency_area(m.entry)]
    area_mentions += places
    area_mentions = [m for m in area_mentions if not inside(m.start, quotes)]
    area_mentions.sort(key=lambda m: m.start)
    if not area_mentions:
        return "national" if _NATIONAL.search(plain) else "unknown"
    lead_paras: list[int] = []
    para_of = _paragraph_index(paragraphs)
    for m in area_mentions:
        p = para_of(m.start)
        if p not in lead_paras:
            lead_paras.append(p)
        if len(lead_paras) == 2:
            break
    lead = [m for m in area_mentions if para_of(m.start) in lead_paras]

    def rank(m: Mention) -> tuple[int, int]:
        if m.kind == "agency":
            return (5 if m.entry.kind == "rocu" else 4, -m.start)  # type: ignore[union-attr]
        place: Place = m.entry  # type: ignore[assignment]
        return ({"county": 3, "region": 2, "town": 1}[place.level], -m.start)

    best = max(lead, key=rank)
    return _mention_area(best, plain) or "unknown"


def _paragraph_index(paragraphs: list[Paragraph]):  # type: ignore[no-untyped-def]
    starts = [p.start for p in paragraphs]

    def find(pos: int) -> int:
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1

    return find


def _agency_area(entry: object) -> str | None:
    if isinstance(entry, Agency) and entry.kind in ("force", "rocu") and entry.area:
        return entry.area
    return None


def _mention_area(m: Mention, plain: str) -> str | None:
    if m.kind == "agency":
        return _agency_area(m.entry)
    place: Place = m.entry  # type: ignore[assignment]
    if place.level == "region":
        return place.name  # "Eastern region", not "Eastern Region" / "eastern region"
    return plain[m.start:m.end]  # as written


def build_scope(plain: str, paragraphs: list[Paragraph], sentences: list[Sentence],
                mentions: list[Mention], places: list[Mention], main: str) -> Scope:
    """Markers for every sentence, and the area each paragraph's opening sets."""
    main_region = main if main in ("national", "unknown") else (region_of(main) or main)
    by_sentence: dict[int, list[Marker]] = {}
    candidates = [m for m in mentions if m.kind == "agency" and _agency_area(m.entry)] + places
    candidates.sort(key=lambda m: m.start)
    ci = ni = li = 0
    # whole-text scans once, bucketed by sentence below: cheaper than one scan per sentence
    nationals = list(_NATIONAL.finditer(plain))
    locals_ = list(_LOCAL_PHRASE.finditer(lower_same_length(plain)))
    for si, sent in enumerate(sentences):
        markers: list[Marker] = []
        text = plain[sent.start:sent.end]
        lead = _INITIAL.match(text)
        lead_end = sent.start + (lead.end() if lead else 0)
        while ci < len(candidates) and candidates[ci].start < sent.start:
            ci += 1
        j = ci
        while j < len(candidates) and candidates[j].start < sent.end:
            m = candidates[j]
            j += 1
            area = _mention_area(m, plain)
            if not area:
                continue
            if m.kind == "place":
                before = plain[max(sent.start, m.start - 40):m.start]
                after = plain[m.end:m.end + 15]
                opener = m.start == lead_end and re.match(r"\s*[,:]|\s+[a-z0-9\u00a3]|\s+[A-Z][a-z]+\s",
                                                          after) is not None
                if not (_PREP_BEFORE.search(before) or _WIDE_AFTER.match(after) or opener):
                    continue  # "officers from Northamptonshire": who, not where
                markers.append(Marker(m.start, m.end, area, m.start == lead_end))
            else:
                markers.append(Marker(m.start, m.end, area, m.start == lead_end))
        while ni < len(nationals) and nationals[ni].start() < sent.start:
            ni += 1
        while ni < len(nationals) and nationals[ni].start() < sent.end:
            m = nationals[ni]
            ni += 1
            if _NOT_NATIONAL_BEFORE.search(plain[max(sent.start, m.start() - 12):m.start()]):
                continue  # "a nationwide crackdown", "forces from across the UK"
            markers.append(Marker(m.start(), m.end(), "national", m.start() <= lead_end))
        initial_national = _INITIAL_NATIONAL.match(text)
        if initial_national:
            markers.append(Marker(sent.start, sent.start + initial_national.end(), "national", True))
        while li < len(locals_) and locals_[li].start() < sent.start:
            li += 1
        while li < len(locals_) and locals_[li].start() < sent.end:
            m = locals_[li]
            li += 1
            area = main_region if m.group("what") == "region" else main
            markers.append(Marker(m.start(), m.end(), area, m.start() == sent.start))
        markers.sort(key=lambda k: k.start)
        by_sentence[si] = markers
    para_default: dict[int, str] = {}
    carry: str | None = None
    for si, sent in enumerate(sentences):
        opening = next((k for k in by_sentence[si] if k.initial), None)
        if sent.first:
            text = plain[sent.start:sent.end].rstrip()
            if opening and text.endswith(":"):
                carry = opening.area  # a heading: "In Essex:" over a bullet list
                continue
            if not sent.bullet and len(text) > 60:
                carry = None
            if opening:
                para_default[sent.para] = opening.area
            elif carry and sent.bullet:
                para_default[sent.para] = carry
    return Scope(main, plain, by_sentence, para_default)


def attach(scope: Scope, si: int, sent: Sentence, start: int, end: int, clause_end: int) -> str:
    """The area for the figure at ``start:end`` in sentence ``si``."""
    markers = scope.markers.get(si, [])
    # a figure's own "in X" comes before any comma: "four lines, two of which in Portsmouth, ..."
    for stop in (",", ";", " - ", "("):
        cut = scope.plain.find(stop, end, clause_end)
        if cut >= 0:
            clause_end = cut
    after = [k for k in markers if end <= k.start < clause_end]
    if after:
        return after[0].area
    opening = [k for k in markers if k.initial and k.start < start]
    if opening:
        return opening[0].area
    before = [k for k in markers if k.end <= start]
    if before:
        return before[-1].area
    return scope.para_default.get(sent.para, scope.main)


def region_for(scope: Scope) -> str:
    return region_of(scope.main) or scope.main
