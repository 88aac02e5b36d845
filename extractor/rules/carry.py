"""The area a paragraph's opening sets for the unplaced figures after it (pure).

A paragraph opening "In Essex, ..." scopes its later figures to Essex; so does a heading over
a list ("In Essex:"), a sub-heading naming a town ("Bradford"), a figure-less scene ("Officers
raided homes in Kirkby.") and an opening sentence that places its figures in one town ("The
week in Crewe produced 17 arrests.") -- until a later sentence of the paragraph names another
place ("Across Crewe and Nantwich, ... In total the operation led to 16 arrests"): after it,
an unplaced figure is the article's again. A paragraph that opens on the event the one before
told ("The find, ...") goes on with that paragraph's place.
"""

from __future__ import annotations

import re

from .areas import mention_area
from .clauses import owns_figure, scene_town, town_opening
from .gazetteer import COUNCIL_AREAS, DIVISION_AREAS, PLACES, Mention
from .markers import Marker
from .segments import Paragraph, Sentence

# "The find, on Brighton Hill, came ...", "The raid was ...": the event the paragraph before told
# (when the sentence names no other scope: "The raid was part of a week across Lancashire")
_SAME_EVENT = re.compile(
    r"\s*The\s+(?:find|finds|raid|raids|seizure|haul|search|discovery|stop)\b(?=[\s,])"
)


def paragraph_defaults(
    plain: str,
    paragraphs: list[Paragraph],
    sentences: list[Sentence],
    by_sentence: dict[int, list[Marker]],
    places: list[Mention],
    needed: set[int] | None,
    main: str,
) -> tuple[dict[int, str], dict[int, str]]:
    """(paragraph -> the area its opening sets, sentence -> the area an earlier sentence of
    its paragraph sets over the paragraph's)."""
    para_default: dict[int, str] = {}
    carry: str | None = None
    section: str | None = None  # the town a sub-heading ("Bradford") opens a section for
    under = -1  # the paragraph right under that sub-heading
    titled = False  # whether that sub-heading has a title besides its town
    heads = {p.start: p for p in places}
    later: dict[int, str] = {}
    last_open: str | None = None
    town_para = -1  # the paragraph a one-town opening set, until it names another place
    left = False
    goes_on: str | None = None  # the place the last sentence's figures were placed in
    wide = False
    for si, sent in enumerate(sentences):
        marks = by_sentence[si]
        opening = next((k for k in marks if k.initial and not k.listed), None) if marks else None
        if sent.first or opening is not None:
            last_open = opening.area if opening and not (sent.first or opening.weak) else None
        elif last_open:
            later[si] = last_open
        if sent.para == town_para and not sent.first:
            if left:
                later[si] = main
            # "Across Basingstoke and Winchester, ...": the paragraph has left its town
            left = any(not k.weak and k.area != para_default[town_para] for k in by_sentence[si])
        if sent.first and not marks and wide and _WIDE_GOES_ON.match(plain, sent.start):
            # "... which the force says led to 44 arrests across its area. / Officers closed 16
            # deal lines": a paragraph that goes on with the force-wide figures before it
            later[si] = goes_on  # type: ignore[assignment]
        elif sent.first or by_sentence[si] or si in later:
            goes_on = (
                figure_place(plain, marks) if marks and (needed is None or si in needed) else None
            )
        elif goes_on and (_GOES_ON.match(plain, sent.start) or later.get(si - 1) == goes_on):
            # "officers in Cornwall arrested 33 people. They closed seven lines ...": the
            # figures go on in the place the sentence before put its own in
            later[si] = goes_on
        else:
            goes_on = None
        # whether the sentence put its figures across a force's whole area ("across its area")
        # by the force the sentence names ("Cleveland Police ... across its area")
        wide = bool(marks) and goes_on is not None and plain[marks[-1].start].islower()
        wide = wide and any(k.force and k.area == goes_on for k in marks)
        if sent.first:
            text = plain[sent.start : sent.end].rstrip()
            para = paragraphs[sent.para]
            short = len(text) < (60 if text.isupper() else 40)  # "PETERBOROUGH: A NETWORK ..."
            if short and not text.endswith((".", ":")) and not sent.bullet:
                section = heading_place(plain, text, sent.start, heads, sent.para > 0)
                if section is not None:
                    carry = section  # and the bullet list under it ("Bristol" / "- 24 arrests")
                    under = sent.para + 1
                    # a titled heading ("WISBECH: THE DOLLY LINE") heads a case or story whose
                    # paragraphs all go on in its town; a bare "CARLISLE" only the one under it
                    titled = len(_WORD.findall(text)) > len(section.split())
                    continue
            elif (
                section and sent.para > under and _names_other(sentences, by_sentence, si, section)
            ):
                section = None  # "... said: 'Seven men ...'" after the cases: the article's
            if plain[para.start : para.end].rstrip().endswith(":") and not sent.bullet:
                # a heading over a list: "In Essex:", "the results across the county were:"
                para_markers = [
                    k
                    for j, s2 in enumerate(sentences)
                    if s2.para == sent.para
                    for k in by_sentence[j]
                    if not k.listed and not k.weak
                ]
                carry = para_markers[-1].area if para_markers else None
                continue
            if not sent.bullet and len(text) > 60:
                carry = None
            if opening and _breakdown(plain, marks, opening):
                pass  # "Basildon accounted for 15 of the arrests, Southend 11 and ...": one share
            elif opening:
                para_default[sent.para] = opening.area
                if opening.force and scene_town(plain, by_sentence[si]) == main:
                    # "Gwent Police arrested 11 people in Newport. Officers seized £7,000." in a
                    # Newport story: the force acted, the town it acted in is the paragraph's
                    para_default[sent.para] = main
            elif (
                sent.para - 1 in para_default
                and _SAME_EVENT.match(plain, sent.start)
                and all(
                    k.weak or k.listed or k.area == para_default[sent.para - 1]
                    for k in by_sentence[si]
                )
            ):
                # "... cash at a single address in Basingstoke. / The find, on Brighton Hill,
                # came on the second day ...": the paragraph goes on with the find's place
                para_default[sent.para] = para_default[sent.para - 1]
            elif carry and sent.bullet:
                para_default[sent.para] = carry
            elif section:
                para_default[sent.para] = section
            elif (
                marks
                and (town := scene_town(plain, marks))
                and (
                    needed is None
                    or si not in needed
                    or town_opening(plain, sent.start, marks, town)
                )
            ):
                # "Officers raided homes in Kirkby. Six ...", "The week in Crewe produced 17"
                para_default[sent.para] = town
                town_para, left = sent.para, False
            if not titled:
                section = None  # the paragraph under the heading, not what follows it
            # a titled heading's paragraphs, until one names another place or a heading with
            # no place ("STOPPED ON THE A38") opens another section
    return para_default, later


# a sentence that goes on with the last one's actors: "They closed", "Officers also seized"
_GOES_ON = re.compile(r"\s*(?:They|We|Officers|Detectives|Police\s+officers|The\s+officers)\s")
_IN_BEFORE = re.compile(r"\b(in|across|throughout)\s+$")
_WIDE_GOES_ON = re.compile(r"\s*(?:They|Officers|The\s+force)\s+(?:also\s+)?[a-z]+ed\b")
_SHARE = re.compile(
    r"\b(?:of\s+(?:them|whom|those|these|the|which)|including|among|mostly|mainly|most\s+of)\b"
    r"|\b(?:while|with)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|,\s*\d",
    re.IGNORECASE,
)


def figure_place(plain: str, markers: list[Marker]) -> str | None:
    """The place a sentence puts its figures in, past its opening: "officers in Cornwall
    arrested 33", "led to 19 arrests across North Somerset" (not a share named after it)."""
    placed = next((k for k in markers if not (k.initial or k.listed or k.force)), None)
    if placed is not None and not plain[placed.start].isupper():
        # "across the town": which town is the references' business; "across the county",
        # "across its area": the force's whole area
        place = PLACES.get(placed.area)
        after = markers[markers.index(placed) + 1 :]
        # the last place of its sentence, or before its shares only ("9 arrests across the two
        # districts, 6 in Hastings and 3 in Bexhill")
        county = place is not None and place.level == "county"
        # "the district's team has arrested 63": the council area or division the phrase meant
        owner = plain.startswith(("'s ", "\u2019s "), placed.end)
        county = county or owner and (placed.area in COUNCIL_AREAS or placed.area in DIVISION_AREAS)
        county = county and all(_SHARE.search(plain, placed.end, k.start) for k in after)
        across = owner or _IN_BEFORE.search(plain, max(0, placed.start - 12), placed.start)
        return placed.area if county and across else None
    before = _IN_BEFORE.search(plain, max(0, placed.start - 12), placed.start) if placed else None
    if placed is None or before is None or (placed.weak and before.group(1) == "in"):
        return None  # a wide-list name only "across" it, not "a house in Lawrence Hill"
    head = plain[plain.rfind("\n", 0, placed.start) + 1 : placed.start]
    head = head[max(head.rfind(". "), 0) :]
    return None if _SHARE.search(head) else placed.area  # not "40 arrests, nine of them in X"


def _breakdown(plain: str, marks: list[Marker], opening: Marker) -> bool:
    """Whether the sentence ``opening`` opens goes on to other places, each with its own count
    ("Basildon accounted for 15 of the arrests, Southend 11 and Colchester eight"): the opening
    place is one share of a breakdown, not the place the paragraph goes on in."""
    return any(
        k.start > opening.end
        and not (k.force or k.weak or k.listed)
        and k.area != opening.area
        and owns_figure(plain, k)
        for k in marks
    )


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def heading_place(
    plain: str, text: str, at: int, heads: dict[int, Mention], titles: bool = True
) -> str | None:
    """The place a short sub-heading ``text`` (at ``at``) names: a place mention that is the
    whole line ("Bradford"), or one town or county in capitals ("THE STATION ARREST,
    GRANTHAM", "THE BOSTON GANG"), which the gazetteer, matching names as written, misses.
    ``heads``: place mentions by start; ``titles``: a title naming one town ("The Stockport
    line") counts too (not the article's own headline)."""
    head = text.lstrip(" #*")
    if ":" in head and head.isupper():
        head = head[: head.index(":")].strip()  # "PETERBOROUGH: A NETWORK RUN FROM ENFIELD"
    start = plain.find(head, at)
    place = heads.get(start)
    if place is not None and place.end - place.start == len(head):
        return mention_area(place, plain)
    if head.isupper():
        return _capitals_place(head)
    # "The Stockport line": a titled heading naming one town or county
    named = {
        mention_area(p, plain)
        for i in range(start, start + len(head))
        if (p := heads.get(i)) is not None and p.entry.level in ("town", "county")  # type: ignore[union-attr]
    }
    return named.pop() if titles and len(named) == 1 and _TITLE.fullmatch(head) else None


# a title of words alone: not "Wickford: 7 arrests", "BBC News, Cheshire", "Home > News > X"
_TITLE = re.compile(r"[A-Z][\w'\u2019\" -]*")


def _capitals_place(text: str) -> str | None:
    words = [w.capitalize() for w in _WORD.findall(text)]
    found: set[str] = set()
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            place = PLACES.get(" ".join(words[i : i + n]))
            if place is not None and place.level in ("town", "county") and not place.weak:
                found.add(place.name)
                i += n - 1
                break
        i += 1
    return found.pop() if len(found) == 1 else None


def _names_other(
    sentences: list[Sentence], by_sentence: dict[int, list[Marker]], si: int, area: str
) -> bool:
    """Whether the paragraph that sentence ``si`` opens names a place or force other than
    ``area`` (a section's paragraphs go on in its place until one does)."""
    para = sentences[si].para
    for j in range(si, len(sentences)):
        if sentences[j].para != para:
            break
        if any(not (k.weak or k.listed) and k.area != area for k in by_sentence[j]):
            return True
    return False
