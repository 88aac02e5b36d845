"""Figures that repeat, restate or contain another figure (pure).

"More than 150 people" after "151 people were arrested" is the same figure; "9 of the 40
arrests" is a share of a whole stated before ("Kent Police arrested 40 people"), so the
whole is a restatement when the article gives it elsewhere and the force's figure when not.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..schema import Metric, Qualifier, Statistic
from .numbers import Figure
from .segments import Sentence
from .textsearch import gate_words, holds_any

# "9 of the 40 arrests", "three of the force's 11 deal lines", "15 of its 40 arrests"
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+(?:[a-z-]+'s\s+)?|its\s+|their\s+|[a-z-]+'s\s+)", re.IGNORECASE
)


def of_whole(plain: str, part: Figure, whole: Figure) -> bool:
    """Whether ``part`` is stated as a share of the figure right after it."""
    return (
        part.kind == whole.kind
        and 1 < part.value < whole.value  # "one of six warrants": a detail, no share
        and plain.startswith(" of ", part.end)
        and _OF_WHOLE.fullmatch(plain, part.end, whole.qual_start) is not None
    )


_BACK_REFERENCE = re.compile(r"\s+(?:have|has|had|were|was|are|is)\b")


def back_reference(plain: str, whole: Figure) -> bool:
    """ "Three of the seven have been charged": the whole names people counted before, and
    is no figure of its own."""
    return _BACK_REFERENCE.match(plain, whole.end) is not None


_OF_THE_BEFORE = re.compile(r"\b(?:[Oo]f|[Aa]mong)\s+(?:the|those|these)\s+$")


def drop_restated_openers(plain: str, found: list[Statistic]) -> list[Statistic]:
    """ "Of the 41 arrests, 18 were made in the town": the whole a share opens on restates the
    figure given before it (same metric and value), wherever the sentence puts the share."""
    dropped: set[int] = set()
    before: set[tuple[Metric, float]] = set()  # figures given earlier in the text
    for s in sorted(found, key=lambda x: x.evidence_start or 0):
        key = (s.metric, float(s.value))
        a = s.evidence_start or 0
        if key in before and _OF_THE_BEFORE.search(plain, max(0, a - 12), a):
            dropped.add(id(s))
        before.add(key)
    return [s for s in found if id(s) not in dropped] if dropped else found


def drop_stated_wholes(found: list[Statistic], wholes: list[Statistic]) -> list[Statistic]:
    """A whole ("of the 40 arrests") that another statement of the article already gives."""
    if not wholes:
        return found
    ids = {id(w) for w in wholes}
    return [
        s
        for s in found
        if id(s) not in ids
        or not any(
            o is not s and o.metric is s.metric and float(o.value) == float(s.value) for o in found
        )
    ]


# a running count a later figure replaces: "four people have been arrested so far", "the
# number of arrests has now risen to seven" (matched on lower case)
_RUNNING = re.compile(
    r"\bso\s+far\b|\b(?:has|have)\s+(?:now\s+)?(?:risen|climbed|gone\s+up)\s+to\b"
    r"|\bat\s+the\s+last\s+count\b"
)
# a correction note: "An earlier version said 19 people had been arrested"
_CORRECTION = re.compile(
    r"\ban\s+earlier\s+version\b|\b(?:was|has\s+been)\s+(?:amended|corrected)\s+(?:on|to)\b"
    r"|^\W*corrections?\s*:",
    re.MULTILINE,
)


# a first count a later one corrects: "the force originally said 22 people had been arrested"
_FIRST_COUNT = re.compile(
    r"\b(?:originally|initially|at\s+first|first)\s+(?:said|reported|stated|gave|put|announced)\b"
    r"|\bearlier\s+(?:in|on)\s+this\s+(?:blog|page|story|article)\b[^.;]{0,30}?\b(?:reported|said)\b"
)
# a follow-up's first count, in an article that revises one (_FOLLOW_UP_CUES): "When the
# force first published its figures, it said 23 ...", "said at the end of the operation that
# 21 people had been arrested", "When the week ended, police said 11 ...", "revised, from £8,900"
_FIRST_COUNT_FOLLOW_UP = re.compile(
    r"\bfirst\s+(?:published|released|issued)\b|\bsaid\s+(?:at\s+the\s+(?:end|close)\s+of|last\s+week)\b"
    r"|\bwhen\s+the\b[^.;]{0,100}?\b(?:ended|finished|closed|concluded)\b[^.;]{0,60}?\bsaid\b"
    r"|\b(?:revised|corrected|amended)\b[^.;]{0,40}?\bfrom\s+(?:[\u00a3$\u20ac]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
)
_FOLLOW_UP_CUES = ("revised", "true figure", "taking the total", "now say", "risen to", "rises to")
# an update's time: "16:45 - ...", "9.30am", "17:45" alone on its line, a post's stamp
# "8:41 AM \u00b7 54 reposts" or "Valley Police @ValleyPolice \u00b7 8:15 AM"
TIMESTAMP = re.compile(
    # or "14:30 British Transport Police have told us ...": the update's first word after it
    r"^(?:[^\n\u00b7]{0,60}\u00b7)?[ \t]*(\d{1,2})[:.](\d\d)[ \t]*(-|:|(?i:am|pm)\b|$|(?=[A-Z]))",
    re.MULTILINE,
)
# on a live page, a count the next update will raise: "eight people have now been arrested",
# "the count now stands at 8", "in the first hour" (matched on lower case)
_HALF_DAY = {"am": 0, "pm": 12}  # a 12-hour clock's hours past midnight; a 24-hour one as read
_LIVE_RUNNING = re.compile(
    r"\b(?:has|have)\s+now\b|\bnow\s+(?:stands?\s+at|at|says?)\b"
    r"|\bin\s+the\s+first\s+(?:hour|two\s+hours|few\s+hours)\b"
)
_CUES = tuple(  # "earlier in this blog we reported that 15 ..."
    (
        "so far|risen to|climbed to|gone up to|last count|version|amended|corrected|"
        "correction|originally|initially|at first|first said|first reported|"
        "earlier in this"
    ).split("|")
)
# cues that count only on a live page ("eight people have now been arrested")
_LIVE_CUES = (
    "has now",
    "have now",
    "now stand",
    "now at",
    "now say",
    "first hour",
    "first two hours",
    "first few hours",
)

# words several cues hold ("first said", "first hour"): one scan of the text for the word
# before those of its cues, which most texts (without the word) never need
_CUE_GATES = ("now", "first", "rise", "correct")


_FOLLOW_UP_GATED = gate_words(_FOLLOW_UP_CUES, _CUE_GATES)
_CUES_GATED = gate_words(_CUES, _CUE_GATES)
_LIVE_GATED = gate_words(_LIVE_CUES, _CUE_GATES)


def superseded(
    plain: str, stats: list[Statistic], sentences: list[Sentence], low: str | None = None
) -> list[Statistic]:
    """Without the figures a later statement replaces: a live blog's running counts, once
    a later figure of the same metric is given, and everything in a correction note (its
    old figures are wrong, its right ones restate the body's).

    ``low``: ``lower_same_length(plain)`` when the caller has it, for the cue check (no cue
    ends on the "i" of the one letter it keeps, "\u0130", so it finds what ``plain.lower()``
    finds) instead of lower-casing the whole text again.
    """
    cue_text = plain.lower() if low is None else low
    follow_up = holds_any(cue_text, _FOLLOW_UP_GATED)
    cued = follow_up or holds_any(cue_text, _CUES_GATED)
    if not cued and not holds_any(cue_text, _LIVE_GATED):
        return stats  # most articles have neither: skip the sentence scan
    # only a live blog (timestamped updates) publishes counts it later replaces: elsewhere
    # "charges have so far been brought against 12" is the figure
    times = [
        (int(h) % 12 + _HALF_DAY.get(after.lower(), int(h) - int(h) % 12)) * 60 + int(m)
        for h, m, after in TIMESTAMP.findall(plain)
    ]
    live = len(times) >= 3
    if not cued and not live:
        return stats  # a live page's cue outside a live page
    low = cue_text if low is None else plain.lower()  # the scan reads plain.lower(), made once
    newest_first = live and times[0] > times[-1]  # "later" is then higher up the page
    starts = [s.start for s in sentences]
    notes: set[int] = set()  # paragraphs that are a correction note
    running: list[Statistic] = []
    where: dict[int, int] = {}  # a running count's sentence
    first_said: set[int] = set()  # counts a follow-up names as first given
    for s in stats:
        a, said = s.evidence_start or 0, None
        si = max(0, bisect_right(starts, a) - 1)
        sent = sentences[si]
        para = [t for t in sentences if t.para == sent.para]
        if any(_CORRECTION.search(low, t.start, t.end) for t in para):
            notes.add(id(s))
        elif (
            live
            and (
                _RUNNING.search(low, sent.start, sent.end)
                or _LIVE_RUNNING.search(low, sent.start, sent.end)
            )
        ) or (
            _FIRST_COUNT.search(low, sent.start, sent.end)
            or (follow_up and (said := _FIRST_COUNT_FOLLOW_UP.search(low, sent.start, sent.end)))
        ):
            if _revised(low, s, sent) is False:
                continue  # "It now says 17 people were arrested, not the 15 it first reported"
            running.append(s)  # "The force originally said 22 people had been arrested"
            if said and "from" not in said.group():
                first_said.add(id(s))  # "it said 23 ... when it first published": the old one
            where[id(s)] = si
    later = {
        id(r)
        for r in running
        if any(
            o.metric is r.metric
            and (
                _after(o.evidence_start or 0, r.evidence_start or 0, newest_first)
                or (
                    not live
                    and (id(r) in first_said or _revised(low, r, sentences[where[id(r)]]) is True)
                )
            )
            and id(o) not in notes
            and all(o is not x for x in running)
            for o in stats
        )
    }
    if live:  # a superseded count's sentence goes whole: "five arrested, six addresses searched"
        gone = {where[id(r)] for r in running if id(r) in later}
        later.update(id(s) for s in running if where[id(s)] in gone)
    return [s for s in stats if id(s) not in notes and id(s) not in later]


# a figure named as the one first given: "not the 15 it first reported", "rather than £9,600",
# "initially reported 21 arrests"; or after it, "the 15 it originally said"
_OLD_BEFORE = re.compile(
    r"(?:\b(?:not|rather\s+than|instead\s+of)|\b(?:originally|initially|at\s+first|first)\s+"
    r"(?:said|reported|stated|gave|put|announced)(?:\s+(?:that|it\s+at|the\s+figure\s+at))?)"
    r"\s+(?:the\s+|a\s+total\s+of\s+)?[\u00a3$\u20ac]?$"
)
_OLD_AFTER = re.compile(
    r"[^.;,]{0,30}?\b(?:it|they|the\s+force|police)\s+(?:had\s+)?(?:originally|initially"
    r"|first)\s+(?:said|reported|stated|gave|announced)\b|\s+(?:originally|initially|first)"
    r"\s+(?:said|reported|stated|given|announced)\b"
)


def _revised(low: str, s: Statistic, sent: Sentence) -> bool | None:
    """In a sentence that revises a figure: whether ``s`` is the first-given (old) figure;
    None when no figure of the sentence is named as the old one (the whole sentence is)."""
    a = s.evidence_start or 0
    digits = _FIRST_DIGIT.search(low, a, sent.end)
    at = digits.start() if digits else a
    at = at - 1 if at > 0 and low[at - 1] in "\u00a3$\u20ac" else at
    end = digits.end() if digits else (s.evidence_end or a)
    if _OLD_BEFORE.search(low, max(sent.start, at - 40), at) or _OLD_AFTER.match(low, end):
        return True
    if low.endswith("from ", sent.start, at) and "revis" in low[sent.start : at]:
        return True  # "revised, from £8,900 to £10,450": the old sum
    if _NAMED_OLD.search(low, sent.start, sent.end):
        return False  # the sentence names its old figure elsewhere: this one is the new
    return None


_FIRST_DIGIT = re.compile(r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b")
_NAMED_OLD = re.compile(
    r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?[\u00a3$\u20ac]?\d|\brevised,?\s+from\s+(?:[\u00a3$\u20ac]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"|\b(?:originally|initially|at\s+first|first)\s+(?:said|reported|stated|gave|put|announced)"
    r"\s+(?:the\s+|a\s+total\s+of\s+)?[\u00a3$\u20ac]?\d"
)


def _after(a: int, b: int, newest_first: bool) -> bool:
    """Whether the statement at ``a`` comes after the one at ``b`` in time."""
    return a < b if newest_first else a > b


def dedupe(stats: list[Statistic]) -> list[Statistic]:
    """A figure stated twice at the same scope is one statistic: the first statement wins."""
    seen: set[tuple[Metric, str, float]] = set()
    out = []
    for s in stats:
        key = (s.metric, s.area.lower(), float(s.value))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def drop_restatements(stats: list[Statistic]) -> list[Statistic]:
    """ "More than 150 people" after "151 people were arrested" restates the exact figure;
    "searched 15 homes" beside "carried out 15 warrants" in the same place restates the
    warrants."""
    exact = [s for s in stats if s.qualifier is Qualifier.exact]
    warrants = {(s.area.lower(), float(s.value)) for s in exact if s.metric is Metric.warrants}
    out = []
    for s in stats:
        if (
            warrants
            and s.label == "searches"
            and s.metric is Metric.other
            and (s.area.lower(), float(s.value)) in warrants
        ):
            continue
        if s.qualifier is not Qualifier.exact and any(
            e.metric is s.metric
            and e.area.lower() == s.area.lower()
            and e.label == s.label
            and rounds_to(float(e.value), s)
            for e in exact
        ):
            continue
        out.append(s)
    return out


def rounds_to(exact: float, s: Statistic) -> bool:
    v = float(s.value)
    if s.qualifier in (Qualifier.more_than, Qualifier.at_least):
        return v < exact <= v * 1.25
    if s.qualifier is Qualifier.nearly:
        return v * 0.85 <= exact < v
    if s.qualifier is Qualifier.up_to:
        return v * 0.85 <= exact <= v
    return abs(exact - v) <= 0.15 * max(exact, v)
