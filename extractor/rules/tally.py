"""The article's statistics: every enforcement figure, read, placed and kept once (pure).

Sentence by sentence, each figure is read for what it counts (``metrics.classify``), with
the ranges ("between 40 and 50 wraps"), shares of a whole ("9 of the 40 arrests") and
openers that continue the figure before ("Of those, ...") that span two figures or two
sentences; placed in its area (``scope.attach``); and followed by what the same people
went on to ("... and have since been charged"). Results tables are read row by row.
Headline figures, restatements and repeats are then dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..schema import EVIDENCE_CHARS, Metric, Qualifier, Statistic
from .clauses import since_charged
from .details import then_referred
from .gazetteer import PLACES
from .metrics import Reading, classify
from .numbers import Figure
from .numberwords import count_value
from .posts import drop_summary_box
from .restatements import (
    back_reference,
    dedupe,
    drop_restated_openers,
    drop_restatements,
    drop_stated_wholes,
    of_whole,
    superseded,
)
from .scope import Scope, attach
from .segments import Sentence
from .splits import continues_split, named_subject
from .tables import Table
from .wholes import owner_markers, share_past_whole


def collect_statistics(
    text: str,
    plain: str,
    sentences: list[Sentence],
    scope: Scope,
    by_sentence: list[list[Figure]],
    tables: Sequence[Table] = (),
    headline: int = 0,
    low: str | None = None,
) -> list[Statistic]:
    """Every enforcement figure, with its area, once per (metric, area, value).

    A figure the body restates is the body's (its qualifier, its evidence, its area), not the
    headline's: "£380,000 of cocaine found" gives way to "cocaine worth around £380,000".
    ``low``: ``lower_same_length(plain)``, when the caller has it (not lower-cased again).
    """
    found: list[Statistic] = []
    wholes: list[Statistic] = []
    pending = sorted(tables, key=lambda t: t.start)
    carried: Reading | None = None  # the last figure, for a sentence opening "Of those, ..."
    # the word _ACCOUNTED_FOR_THEM needs: one test for the text, not a scan of each sentence
    accounted = "accounted" in plain or "accounting" in plain
    told = (-1, scope.main)  # the sentence of the last figure placed, and its area
    opened = told  # the sentence of the last figure placed, and its first figure's area
    arrested: list[tuple[int | float, str]] = []  # the whole counts of arrests so far, and areas
    lines_area: str | None = None  # the area of the last whole count of lines closed
    for si, sent in enumerate(sentences):
        while pending and pending[0].start <= sent.start:
            found.extend(_table_statistics(text, pending.pop(0), scope.main))
        if tables and any(t.start <= sent.start < t.end for t in tables):
            continue  # a table row: read cell by cell above
        figures = by_sentence[si]
        named = named_subject(plain, sent.start)  # "The arrests were made by", "Of the lines"
        carried = named or carried
        if not figures:
            continue  # nothing to read; ``carried`` goes on to the next sentence unchanged
        opens = plain[sent.start : sent.start + 6].lstrip()[:2] in ("Of", "Am")
        share: object = opens and (_OF_THOSE_OPENS.match(plain, sent.start) or named)
        share = share or (
            accounted and _ACCOUNTED_FOR_THEM.search(plain, sent.start, sent.end)
        )  # "Derby ... five of them"
        told_part = False  # "Seven of those homes had been": a share of the sentence before's
        if not share and " of th" in plain[sent.start : sent.start + 30]:
            share = _N_OF_THEM.match(plain, sent.start)  # "Fourteen of those were in Norwich"
            told_part = bool(share) and told[0] == si - 1 and sentences[si - 1].para == sent.para
        elif (
            told[0] == si - 1
            and sentences[si - 1].para == sent.para
            and carried is not None
            and carried.metric is Metric.addresses_visited
            and " been " in plain[sent.start : sent.start + 30]
        ):
            # "Officers visited 31 addresses over suspected cuckooing. Seven had been taken
            # over.": the homes of the visits the sentence before told, found taken over
            share = _N_TAKEN_OVER.match(plain, sent.start)
        elif told[0] == si - 1 and sentences[si - 1].para == sent.para:
            # "Cumbria officers stopped a car on the M6 ... . Two men from Liverpool were
            # arrested.": the people the stop or raid just told were held where it was
            held = _HELD_THERE.fullmatch(plain, sent.start, sent.end)
            told_part = held is not None and bool(
                _EVENT.search(plain, sentences[si - 1].start, sent.start)
            )
        # "Forces across England and Wales arrested 1,512 people. They closed 341 lines": the
        # pronoun goes on with the forces of a wide total the sentence before placed
        they = (
            plain.startswith("They ", sent.start)
            and opened[0] == si - 1
            and sentences[si - 1].para == sent.para
            and not scope.markers.get(si)
            and (opened[1] == "national" or getattr(PLACES.get(opened[1]), "level", "") == "region")
        )
        if not share and (plain[sent.start].isupper() or plain[sent.start] in " -*"):
            share = continues_split(plain, sent.start, figures[0].qual_start, carried)
        previous = carried if share else None
        owned: set[int] = set()
        upper = -1  # the upper bound of a range just read
        whole = -1  # the whole a share was just read from ("9 of the 40 arrests")
        for i, fig in enumerate(figures):
            if i == upper:
                continue
            floor = figures[i - 1].end if i else sent.start
            ceiling = figures[i + 1].qual_start if i + 1 < len(figures) else sent.end
            qualifier = fig.qualifier
            if i + 1 < len(figures) and _is_range(plain, floor, fig, figures[i + 1]):
                # "between 40 and 50 wraps": the lower bound, at least; the noun is the upper's
                upper = i + 1
                ceiling = figures[i + 2].qual_start if i + 2 < len(figures) else sent.end
                reading = classify(
                    plain, figures[upper], fig.end, ceiling, previous, sent.start, sent.end
                )
                if reading is not None:
                    reading.ev_start, qualifier = fig.qual_start, Qualifier.at_least
            elif i + 1 < len(figures) and of_whole(plain, fig, figures[i + 1]):
                # "9 of the 40 arrests were in Maidstone": the share counts what the whole does
                whole = i + 1
                ceiling = figures[i + 2].qual_start if i + 2 < len(figures) else sent.end
                reading = classify(
                    plain, figures[whole], fig.end, ceiling, previous, sent.start, sent.end
                )
                if reading is not None:
                    reading.ev_start, reading.part = fig.qual_start, True
            else:
                reading = classify(plain, fig, floor, ceiling, previous, sent.start, sent.end)
                if (
                    reading is not None
                    and reading.metric in _WHOLE_KINDS
                    and plain.startswith(" of the ", fig.end)
                    and (told_whole := _told_whole(plain, fig.end, reading.metric, found))
                ):
                    reading.metric = told_whole
            if reading is not None or not (
                _TIME_SPAN.match(plain, fig.end)
                or _AT_PLACES.search(plain, floor, fig.qual_start)
                or _FORCES.match(plain, fig.end)
            ):  # skipped: "arrested over the two days, four of them in ...", "most of them at
                previous = reading  # two flats, and six in Deal", "the three forces made 96"
            if reading is None or (i == whole and back_reference(plain, fig)):
                continue
            carried = reading
            a, b = _trim(plain, reading.ev_start, reading.ev_end)
            if b - a > EVIDENCE_CHARS:  # past the record's limit for one evidence span
                continue
            if i + 1 == whole:  # "9 of the force's 40 arrests were in X": placed past its whole
                owners = owner_markers(scope, si, fig.end, figures[whole].start)
                span = (figures[whole].start, figures[whole].end)
                area, marker = attach(
                    scope, si, sent, *span, ceiling, owned | {a for a, _ in owners}
                )
                if past := share_past_whole(scope, si, figures[whole].end, sent.end):
                    owned.add(past[0])  # "16 weapons recovered across the county": the whole's
                    area, marker = past[1], None
            else:
                area, marker = attach(scope, si, sent, fig.start, fig.end, ceiling, owned)
                if told_part and not i and not scope.markers.get(si):
                    area = told[1]  # "... visited 36 addresses in X. Seven of those homes had"
                elif they:  # the first figure's area: the subject's, not a later share's
                    area = opened[1]
                elif share and not i and not scope.markers.get(si):
                    # "... arrested 29 people in X. / Nine of those arrested were under 18": the
                    # biggest count of arrests so far, the whole the share is of
                    most = max((v for v, _ in arrested), default=0.0)
                    if most > fig.value and _THOSE_ARRESTED.match(plain, sent.start):
                        area = [a for v, a in arrested if v == most][-1]
                if past := share_past_whole(scope, si, fig.end, sent.end, True):
                    owned.add(past[0])  # "Six of the 16 weapons recovered across the county"
                    area, marker = past[1], None
            if i == whole:  # the force's own figure ("of the force's 37"); its share took the place
                owners = owner_markers(scope, si, figures[i - 1].end, fig.start)
                area, marker = (owners[-1][1] if owners else scope.main), None
            if reading.metric is Metric.lines_closed:
                if (
                    lines_area is not None
                    and " into " in plain[fig.end : ceiling]
                    and (into := _LINES_RUN_INTO.match(plain, fig.end, ceiling))
                    and plain.startswith(area, into.end())
                ):
                    # "Four of the lines closed were run into Weymouth": where the lines went,
                    # not where they were closed; the part is the lines total's
                    area = lines_area
                elif i != whole and not _OF_AFTER.match(plain, fig.end):
                    lines_area = area
            if reading.part and marker is not None:
                owned.add(marker)
            if told[0] != si:
                opened = (si, area)
            told = (si, area)
            if reading.metric is Metric.arrests and reading.label is None and not reading.part:
                arrested.append((fig.value, area))
            found.append(
                Statistic(
                    metric=reading.metric,
                    value=fig.value if reading.value is None else reading.value,
                    qualifier=qualifier,
                    area=area,
                    label=reading.label,
                    evidence=text[a:b],
                    evidence_start=a,
                    evidence_end=b,
                )
            )
            if i == whole:
                wholes.append(found[-1])
            elif (
                reading.metric is Metric.arrests
                and reading.label
                and (then := then_referred(plain, b, sent.end))
            ):  # "Four of those arrested were under 18 and have been referred to ..."
                if then - a <= EVIDENCE_CHARS:
                    found.append(
                        found[-1].model_copy(
                            update={
                                "metric": Metric.safeguarded,
                                "label": None,
                                "evidence": text[a:then],
                                "evidence_end": then,
                            }
                        )
                    )
            elif reading.metric is Metric.arrests and (then := since_charged(plain, b, sent.end)):
                if then - a <= EVIDENCE_CHARS:  # "... arrested at the scene and have since been
                    update = {"metric": Metric.charged, "evidence": text[a:then]}  # charged"
                    found.append(found[-1].model_copy(update=update | {"evidence_end": then}))
    for table in pending:
        found.extend(_table_statistics(text, table, scope.main))
    if headline:  # headlines are never evidence: a figure there is the body's or none
        found = [s for s in found if (s.evidence_start or 0) >= headline]
    found = superseded(plain, drop_stated_wholes(found, wholes), sentences, low)
    found = drop_summary_box(low or plain.lower(), found)  # a live page's "Key points"
    found = drop_restated_openers(plain, found)  # "Of the 41 arrests, 18 were ..."
    return drop_restatements(dedupe(found))


_RANGE_BEFORE = re.compile(r"(?<!aged\s)\bbetween\s+$", re.IGNORECASE)  # not ages
_RANGE_GAP = re.compile(r"\s*(?:and|to|-)\s*")
_ACCOUNTED_FOR_THEM = re.compile(
    r"\baccount(?:ed|ing)\s+for\s+[\w-]+\s+of\s+(?:them|those|these)\b"
)
_N_OF_THEM = re.compile(
    r"[\s\-*]*(?:(?:At|In|From|Inside)\s+)?"  # "At nine of them, officers found ..."
    # "Detectives say six of them were run from south London": the share, reported
    r"(?:(?:Detectives|Police|Officers|The\s+force|It|They)\s+(?:say|says|said|believe)"
    r"\s+(?:that\s+)?)?"
    r"(?:\d[\d,]*|[A-Za-z][a-z]+(?:-[a-z]+)?)\s+of\s+(?:those|them|these"
    r"|the\s+(?:addresses|properties|homes|flats|houses)\s+(?:were|was)\s+(?:in|at|on)\b)\b"
)  # "Four of the addresses were in Wallasey": where the raids just told were
_THOSE_ARRESTED = re.compile(
    r"[\s\-*]*[\w-]+\s+of\s+(?:those|the\s+people|the\s+\w+)\s+(?:arrested|held|detained)\b"
)
# "Two men from Liverpool were arrested at the scene.": a sentence of the people held, no more
_HELD_THERE = re.compile(
    r"\s*(?:[A-Z][a-z]+|\d+)\s+(?:men|women|people|teenagers|boys|girls|youths|suspects)"
    r"(?:\s+from\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?(?:,\s+aged\s+[^,.]+,)?\s+were\s+"
    r"(?:also\s+)?arrested(?:\s+at\s+the\s+scene|\s+there)?\.\s*"
)
_EVENT = re.compile(r"\b(?:stopped|searched|raided|forced\s+(?:entry|the\s+door))\b")
# "Seven had been taken over.", "Four had been taken over by dealers."
_N_TAKEN_OVER = re.compile(
    r"[\s\-*]*(?:\d[\d,]*|[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:had|have)\s+been\s+"
    r"(?:found\s+to\s+have\s+been\s+)?(?:taken\s+over|cuckooed)\b"
)
# "Four of the lines closed were run into ", "Two of those were running straight into ": a
# part of the lines closed, told by the place the lines ran into
_LINES_RUN_INTO = re.compile(
    r"\s+of\s+(?:the|those|these|them)\b[^.;:!?\"\u201c\u201d]{0,60}?\b(?:were|was|had\s+been|been|are)"
    r"\s+(?:being\s+)?(?:run|running)\s+(?:straight\s+|directly\s+)?into\s+"
)
_OF_AFTER = re.compile(r"\s+of\s")
_OF_THOSE_OPENS = re.compile(r"\s*(?:Of|Among)\s+(?:those|them|these|whom)\s*,")
# "at two flats", "in the two towns": where, not a figure
_AT_PLACES = re.compile(r"\b(?:at|on|in|across)\s+(?:the\s+)?$")
# "the region's three forces made 96 between them": a count of the forces that made the
# figure after it, which goes on counting what the figure before it did
_FORCES = re.compile(
    r"\s+(?:[A-Z][\w'-]*\s+){0,3}(?:police\s+)?forces\s+(?:in\s+the\s+region\s+)?"
    r"(?:made|recorded|reported|accounted)\b"
)
_TIME_SPAN = re.compile(r"\s+(?:days?|nights?|evenings?|weeks?|months?|hours?)\b", re.IGNORECASE)


def _is_range(plain: str, floor: int, low: Figure, high: Figure) -> bool:
    """ "between 40 and 50 wraps": two counts of one kind, the second bounding the first."""
    return (
        low.kind == high.kind
        and low.value < high.value
        and _RANGE_GAP.fullmatch(plain, low.end, high.qual_start) is not None
        and _RANGE_BEFORE.search(plain, max(floor, low.qual_start - 12), low.qual_start) is not None
    )


def _table_statistics(text: str, table: Table, main: str) -> list[Statistic]:
    return [
        Statistic(
            metric=f.metric,
            value=f.value,
            qualifier=Qualifier.exact,
            area=f.area or main,
            label=f.label,
            evidence=text[f.row_start : f.row_end],
            evidence_start=f.row_start,
            evidence_end=f.row_end,
        )
        for f in table.figures
    ]


def _trim(plain: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (plain[a].isspace() or plain[a] in ",;:-"):
        a += 1
    while b > a and (plain[b - 1].isspace() or plain[b - 1] in ",;:-"):
        b -= 1
    return a, b


# "Nine of the 16 were arrested in Nuneaton" after "16 ... have been charged", "Three of the
# four addresses were in Arbroath" after "searches under warrant at four addresses": a whole
# written "of the M" with no noun of its own, or only "addresses", is the M told before, and
# its share counts what that figure did (the verb after says where, not what)
_OF_THE_WHOLE = re.compile(
    r" of the (?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:(?:were|was|are|is|have|has|had)\b|addresses\b|properties\b)"
)
_WHOLE_KINDS = {
    Metric.arrests: frozenset((Metric.charged, Metric.people_jailed, Metric.safeguarded)),
    Metric.addresses_visited: frozenset((Metric.warrants,)),
}


def _told_whole(plain: str, at: int, metric: Metric, found: list[Statistic]) -> Metric | None:
    """The metric of the figure a share's whole ("of the 16" at ``at``) restates, when it is
    another kind of count of the same things than the share's own words read
    (``_WHOLE_KINDS``): the latest figure of that value the article told, unlabelled."""
    m = _OF_THE_WHOLE.match(plain, at)
    if m is None or not found:
        return None
    value = count_value(m.group("n"))
    if value is None:
        return None
    for stat in reversed(found):
        if float(stat.value) == value and stat.label is None:
            return stat.metric if stat.metric in _WHOLE_KINDS[metric] else None
    return None
