"""Figures that are not the reported operation's: earlier periods and events, plans, ages (pure).

"Last year the same operation led to 15 arrests", "up from 18 last year", "The previous
week of action, in March, led to 800 arrests", "more than 300 arrests ... since 2021",
"will aim to close 40 lines", "Four men, aged between 19 and 34": each number is real
but none is a statistic of the operation the article reports.
"""

from __future__ import annotations

import re

from .broader import force_wide_total
from .numbers import Figure
from .periods import (
    FRAGMENT_AFTER,
    IS_VERDICT,
    LAST,
    PREVIOUS_PERIOD_AFTER,
    SAME_PERIOD,
    SAME_PERIOD_AFTER,
    SINCE_YEARS_AGO,
    STANDING,
    WHEN_CLAUSE,
    YEAR_TO_DATE,
)
from .precedents import earlier_event
from .spokentallies import spoken_tally
from .textsearch import LastSpan, LastText, WordSet, any_word, search_hinted

# "Last year the same operation led to 15 arrests": another event, given for comparison
# "For comparison, the first year saw ...", "That week the force also seized ...", a Q&A's
# "Q: Last year's week made 9 arrests", and
# "The first week, in early May, led to 19 arrests": an earlier event set off by a past time
_SEASONS = r"(?:spring|summer|autumn|winter|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_EARLIER = re.compile(
    rf"[\s\-*\"\u201c]*(?:Q\s*[:.]\s*)?{LAST}|[\s\-*]*(?:in|during)\s+(?:19|20)\d\d\b"
    # "Since the programme began in 2019, more than 7,000 lines ...": a total over years
    r"|[\s\-*]*since\s+[^,.;]{0,50}?\b(?:19|20)\d\d\b[^,.;]{0,20},"
    r"|[\s\-*]*(?:a\s+year\s+(?:ago|earlier)|previously|(?:in\s+)?the\s+year\s+before"
    r"|(?:by|for|in)\s+comparison"
    r"|that\s+(?:week|month|year|fortnight|day)|at\s+the\s+time)\b"
    # "In the comparable week last spring, forces made 987 arrests"
    rf"|[\s\-*]*(?:(?:in|during|over)\s+)?the\s+{SAME_PERIOD}"
    r"|[\s\-*]*the\s+first(?:\s+[\w-]+){0,4}?,\s+(?:last\s+|earlier\s+|(?:in|during|at\s+the\s+"
    rf"(?:end|start|beginning)\s+of)\s+(?:(?:early|late|the)\s+)?){_SEASONS}[a-z]*\b[^,.;]{{0,20}},",
    re.IGNORECASE,
)
_QUOTE_OPENS_EARLIER = re.compile(rf"[\"\u201c]\s*{LAST}[^.;\"\u201d]*$", re.IGNORECASE)
# "9 arrests, compared with 20 in 2022", "up from 18 last year": the figure of an earlier period
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|compares?\s+(?:with|to)|(?:in\s+)?comparison\s+(?:with|to)|up\s+(?:from|on)|down\s+(?:from|on)|(?:an?\s+)?(?:increase|rise|fall|drop)"
    r"\s+(?:from|on)|(?<!brought\s)against|versus|vs\.?|(?<=,\s)not|rather\s+than|instead\s+of)"
    r"\s+(?:the\s+|a\s+total\s+of\s+)?$",  # "it was clear there were four lines, not two"
    re.IGNORECASE,
)
# a gate for _COMPARED_BEFORE over the 40 characters before a figure: ten ``in`` tests
# (WordSet) cost half what ``re`` does trying this alternation at every character
_COMPARED_WORDS = WordSet(
    tuple("compare|comparison|from|against|versus|vs| on |, not| than|instead".split("|"))
)
_EARLIER_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?,?\s+(?:(?:in|during)\s+(?:the\s+same\s+(?:period|week)\s+)?"
    r"(?:last\s+year|(?:19|20)\d\d)|(?:the\s+)?(?:previous|last)\s+year|the\s+year\s+before"
    r"|a\s+year\s+(?:ago|earlier))\b",
    re.IGNORECASE,
)
# "16 deal lines - six more than last spring": the difference from an earlier period
_MORE_THAN_BEFORE = re.compile(
    r"\s+(?:more|fewer|less|up|down)\s+(?:than|on|from)\s+(?:the\s+)?(?:last|previous|same)\b",
    re.IGNORECASE,
)
_EARLIER_WHEN = re.compile(
    r"\b(?:last\s+(?:year|spring|summer|autumn|winter)|a\s+year\s+(?:ago|earlier|before)"
    # "ran a line into Watford until 2023, when two of its members were jailed"
    r"|the\s+year\s+before|(?:in|until|during|by|since)\s+(?:19|20)\d\d(?:/\d\d)?)\s*,?\s+when\s+"
    # "since 2023/24, when the force closed 118 lines": that year's own figure
    r"(?:(?:the\s+force|officers|police|detectives|we|they|it)\s+[a-z]+\s+)?"
    r"(?:some\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
_FEWER_AFTER = re.compile(r"\s+(?:fewer|less)\s+[a-z]", re.IGNORECASE)
# "sold 300 deals a week", "300 wraps of heroin per week" (not "in a week", "a day after")
_RATE_AFTER = re.compile(
    r"(?:-odd)?(?:\s+[\w-]+){0,4}?(?<!\bin)(?<!\bduring)(?<!\bwithin)(?<!\bover)(?<!\bfor)"
    r"(?<!\bacross)(?<!\bthroughout)(?<!\bof)(?<!\bthat)(?<!\bthis)(?<!\bone)(?<!\bsingle)"
    r"(?<!\blast)(?<!\bnext)\s+(?:(?:per|each|every)\s+(?:day|week|night|month|hour)\b"
    r"|a\s+(?:day|week|night|month|hour)\b(?!\s+(?:after|before|later|earlier|ago|of|long)\b)"
    r"|(?:once|twice|[a-z]+\s+times)\s+a\s+(?:day|week|month|year)\b)",  # "four times a year"
    re.IGNORECASE,
)
_RATE_HINT = re.compile(r" (?:a|per|each|every) (?:day|week|night|month|hour|year)\b")
_EQUATED = re.compile(r"(?:\bthat's|\bthat\s+is|\bit's|\bis)\s+$")
_BACK_TO = re.compile(  # "Those are twenty young people who ...": the count told before
    r"(?<!\bof\s)(?<!\bamong\s)\b(?:those|these)\s+(?:(?:are|were)\s+)?$", re.IGNORECASE
)
_TOTAL_WORD = re.compile(
    r"\b(?:total|tally|number|figures?|count|sum|results?|outcome|haul)\b", re.IGNORECASE
)
# "one line can run through several phones", "two handsets may serve one dealer"
_GENERIC_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){1,2}?\s+(?:can|cannot|may|might)\s+(?!have\b)[a-z]"
)  # case-sensitive: "in May last year" is a month
_MODAL_WORDS = (" can ", " cannot ", " may ", " might ")
_MODALS = any_word(_MODAL_WORDS)
_HOLDS_MODAL = WordSet(_MODAL_WORDS)  # the same test over a whole text (see WordSet)
_THEIR_LAST_YEAR = re.compile(
    r"(?:\s+[a-z][\w'-]*){1,2}?\s+(?:we|they|you|officers|police)\s+[a-z]+(?:\s+[a-z]+)?\s+"
    r"(?:last|the\s+previous)\s+year\b",
    re.IGNORECASE,
)
# "more than 300 arrests linked to county lines since 2021": a running total over years
_SINCE_YEAR = re.compile(  # "since the start of 2024"
    r"[^.;]{0,60}?\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+|(?-i:[A-Z][a-z]{2,8})\s+)?"
    r"(?:19|20)\d\d\b",
    re.I,
)
_COMPARISON = re.compile(
    r"\b(?:compared|up\s+from|down\s+from|from|than|increase|rise|fall|drop|versus|against)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would(?!\s+have\b)|could|expected\s+to|aim\w*\s+to|plans?\s+to|target\s+of"
    r"|to\s+(?:take\s+on|hire|recruit|employ))\b"  # "£60,000 to take on two more youth workers"
    r"[^.;,]{0,30}$",
    re.IGNORECASE,
)
# words one of which _FUTURE needs, checked first
_FUTURE_HINTS = tuple("will would could expected aim plan target hire recruit employ take".split())


def _future(head: str) -> bool:
    return search_hinted(_FUTURE, head, _FUTURE_HINTS)


_AGE_AFTER_NAME = re.compile(r"\s*(?:,|\)|;|\.(?!\d)|and\b|$|[-\u2013\u2014]\s)")
# "Two other men, Dean Holt, 22, and Reece Amis, 19, were jailed": the ages of people named
_NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\s+(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAME_BEFORE = re.compile(  # "Three men - Adam Price, 29, and ...": the same, between dashes
    r"\b(?:men|women|boys|girls|teenagers|defendants|brothers|sisters|others|pair|trio|suspects)"
    rf"(?:,|\s+[-\u2013\u2014])\s*(?:{_NAME},\s*\d{{1,2}},\s*(?:and\s+)?)*{_NAME},\s$"
)
_NAMES_OPEN = re.compile(rf"[\s\-*]*(?:{_NAME},\s*\d{{1,2}},\s*(?:and\s+)?)*{_NAME},\s$")
_AGE_OF_ONE = re.compile(
    r"\b(?:youngest|oldest|eldest)(?:\s+of\s+(?:them|whom|those|these|the\s+\w+))?"
    r"(?:\s+(?:was|is|were|being|had\s+been))?\s+(?:just\s+|only\s+|aged\s+|barely\s+)?$",
    re.IGNORECASE,
)
# the figure inside a condition: "If we close 20 lines, ...", "even if they arrest 50 people"
_IF_CLAUSE = re.compile(
    r"(?:^|[\"\u201c,;:(]\s*|\s)(?:[Ii]f|[Uu]nless|[Ee]ven\s+if)\s+(?:we|you|they|I|he|she"
    r"|officers|police|the\s+force)\s+[^,;.\"\u201d]*$"
)
_UNDER_AGE = re.compile(
    r"\b(?:were|was|are|is|all|aged|kids|children|boys|girls|teenagers|youngsters|people)\s+"
    r"(?:aged\s+)?(?:under|over)\s+$",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"\baged\s+(?:between\s+|from\s+)?(?:\d+\s*(?:,|and|to|-)\s*)*$")


# a year a figure series names: "51 lines in 2023 and 63 in 2024, before the 74 closed in 2025"
_SERIES_YEAR = re.compile(r"\b(?:in|during|and|from|of)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# the years a text names after those words, read once a text
_series_years = LastText(lambda plain: frozenset(int(v) for v in _SERIES_YEAR.findall(plain)))


def _series_latest(plain: str, opener: str) -> bool:
    """Whether an opener's year ("During 2025, ...") is the latest of a yearly series the
    article gives (two or more earlier years named): an FOI story's reported year, not an
    earlier one."""
    y = _YEAR_DIGITS.search(opener)
    if y is None:
        return False
    years, year = _series_years(plain), int(y.group())
    return year == max(years, default=0) and sum(v < year for v in years) >= 2


def _opens_earlier(plain: str, start: int, _end: int) -> bool:
    """Whether the sentence at ``start`` opens with an earlier time (``_EARLIER``) that is not
    the latest year of a series."""
    m = _EARLIER.match(plain, start)
    return m is not None and not _series_latest(plain, m.group())


def _tells_standing(plain: str, start: int, end: int) -> bool:
    """Whether ``plain[start:end]`` (a sentence) tells a standing state (``STANDING``) or a
    time since some years ago (``SINCE_YEARS_AGO``)."""
    # str.find within bounds: ``in`` the slice, without making the slice
    return (
        (plain.find("any ", start, end) >= 0 or plain.find("typical", start, end) >= 0)
        and STANDING.search(plain, start, end) is not None
    ) or (
        plain.find("years ago", start, end) >= 0
        and SINCE_YEARS_AGO.search(plain, start, end) is not None
    )


# both read only the sentence, so its figures, asked about one after another, share one answer
_earlier_opening = LastSpan(_opens_earlier)
_sentence_background = LastSpan(_tells_standing)


_TAKING_TOTAL = re.compile(
    r"\b(?:taking|bringing|takes|brings|took|brought)\s+(?:the|its|their)\s+(?:overall\s+"
    r"|running\s+)?total\b",
    re.IGNORECASE,
)
# "The week also saw £11,400 in cash seized, figures the force published at the time": the
# earlier event's figures, restated as background
_PUBLISHED_THEN = re.compile(
    r"\bfigures?\s+(?:that\s+|which\s+)?(?:the\s+force|police|it|they|officers|the\s+\w+)\s+"
    r"(?:published|released|gave|issued|announced|reported)\s+at\s+the\s+time\b",
    re.IGNORECASE,
)


def background(
    plain: str, fig: Figure, head: str, ceiling: int, sent_start: int, sent_end: int
) -> bool:
    """Whether ``fig`` (``head``: its clause before it) is background, not a current figure."""
    if _future(head):
        return True
    if _earlier_opening(plain, sent_start, sent_start):
        return True
    if ('"' in head or "\u201c" in head) and _QUOTE_OPENS_EARLIER.search(head):
        return True  # 'he said: "Last year we closed 13 lines"': the quote's own earlier year
    if "aged" in head and _AGE_BEFORE.search(head):
        return True  # "Four men, aged between 19 and 34, ...": ages, not counts
    flags = _text_flags(plain)  # the rarer cues below, looked for once a text
    if (
        flags & _UNDER
        and fig.value < 30
        and head.endswith(("under ", "over "))
        and _UNDER_AGE.search(head[-40:])
    ):
        return True  # "nine were kids under 18": an age bound, no count
    near = head[-40:]  # the 40 characters before the figure, read by several checks below
    if "est" in near and _AGE_OF_ONE.search(near):
        return True  # "the youngest of them was 13", "the oldest of whom is 52": an age
    if head.endswith(", ") and fig.value < 100 and _AGE_AFTER_NAME.match(plain, fig.end):
        if _NAME_BEFORE.search(plain, max(sent_start, fig.start - 200), fig.start):
            return True  # "Two other men, Dean Holt, 22, and Reece Amis, 19,": their ages
        if _NAMES_OPEN.match(plain, sent_start, fig.start):
            return True  # "Jay Moss, 24, and Dale Pike, 19, both of ...": the sentence's names
    if _COMPARED_WORDS.search(near) and _COMPARED_BEFORE.search(near):
        return True
    tail_end = min(ceiling, fig.end + 70)
    tail = plain[fig.end : tail_end]
    yearly = "year" in tail or " 20" in tail or " 19" in tail  # asked twice below
    if yearly and _EARLIER_AFTER.match(plain, fig.end, ceiling) and _COMPARISON.search(head):
        return True
    if ("evious" in tail or "eceding" in tail) and PREVIOUS_PERIOD_AFTER.match(
        plain,
        fig.end,
        sent_end if sent_end >= 0 else ceiling,  # "twelve" is no next figure
    ):
        return True  # "104 lines in the previous year": the period before, a comparison
    if (yearly or "ago" in tail) and SAME_PERIOD_AFTER.match(plain, fig.end, ceiling):
        return True  # "1,391 arrests made in the equivalent week last year"
    back = max(sent_start, fig.qual_start - 100)
    if plain.find("when", back, fig.qual_start) >= 0 and WHEN_CLAUSE.search(
        plain, back, fig.qual_start
    ):
        return True  # "... shut down in 2023, when two men were jailed for a combined eight years"
    if "when" in near and _EARLIER_WHEN.search(near):
        return True  # "... than in the same week last year, when 1,259 people were arrested"
    if _MORE_THAN_BEFORE.match(plain, fig.end, ceiling):
        return True
    if ("fewer" in tail[:12] or "less" in tail[:12]) and _FEWER_AFTER.match(tail):
        return True  # "twelve fewer phones pushing drugs": a difference, not a count
    if _RATE_HINT.search(tail, 0, 50) and _RATE_AFTER.match(plain, fig.end, ceiling):
        return True  # "Four hundred-odd wraps a week": the line's trade, not a seizure
    if (
        fig.kind == "count"
        # gate: every match ends in "s" and whitespace ("is ", "that's "); rstrip() strips
        # what \s takes
        and head.rstrip().endswith("s")
        and _EQUATED.search(head[-12:])
        and not _TOTAL_WORD.search(head)
    ):
        return True  # "Three arrests is three lines that didn't deliver": rhetoric, no count
    if (
        fig.kind == "count"
        and head.rstrip(" -*")[-1:] in ("", ":", '"', "\u201c")
        and IS_VERDICT.match(plain, fig.end)
    ):
        return True  # "Nineteen warrants in a week is a lot for a division like ours": a verdict
    if (
        fig.kind == "count"
        and (  # str.find within bounds: the same as ``in`` a slice, without the slice
            plain.find(",", fig.end, fig.end + 40) >= 0
            or plain.find(" and ", fig.end, fig.end + 40) >= 0
            or plain.find(" is ", fig.end, fig.end + 30) >= 0
        )
        and spoken_tally(plain, fig, sent_start)
    ):
        return True  # '"Three lines, three towns and nine people behind bars"': a tally
    if head.strip(" -*") in ('"', "\u201c") and FRAGMENT_AFTER.match(plain, fig.end):
        return True  # '"Nine homes," she says.': a quoted fragment, a figure told before
    if head.endswith(("those ", "these ", "are ", "were ")) and _BACK_TO.search(head[-24:]):
        return True  # "whether those six homes stay out of the dealers' hands": told before
    if (
        flags & _MODAL
        and _MODALS.search(plain, fig.end, min(tail_end, fig.end + 40))
        and _GENERIC_AFTER.match(plain, fig.end, ceiling)
    ):
        return True  # "one line can run through several phones": how it works, no count
    if "year" in tail and _THEIR_LAST_YEAR.match(tail):
        return True  # "the 52 people we helped last year": a relative clause of an earlier year
    if earlier_event(plain, fig, sent_start):
        return True  # "The previous week of action, in March, led to 800 arrests"
    end = sent_end if sent_end >= 0 else ceiling
    if _sentence_background(plain, sent_start, end):
        # "more than 500 lines are run out of London at any one time"; "Since we began
        # targeting the lines two years ago, we have closed 63"
        return True
    if "this year" in tail and YEAR_TO_DATE.match(plain, fig.end, ceiling):
        return True  # "140 arrests across Norfolk so far this year": the year's running total
    if plain.find("since", fig.end, fig.end + 80) >= 0 and _SINCE_YEAR.match(plain, fig.end, end):
        return True
    if not flags & _LATER:
        return False
    if_from = max(sent_start, fig.qual_start - 100)
    if (
        flags & _IF
        # every match holds "if", "If" (also "Even if") or "nless" ("unless") in the window
        and (
            plain.find("if", if_from, fig.qual_start) >= 0
            or plain.find("If", if_from, fig.qual_start) >= 0
            or plain.find("nless", if_from, fig.qual_start) >= 0
        )
        and _IF_CLAUSE.search(plain, if_from, fig.qual_start)
    ):
        return True  # "If we knock on a hundred doors and find one child": a hypothetical
    if (
        flags & _TOTAL
        and (plain.startswith(" more ", fig.end) or head.endswith(("further ", "another ")))
        and _TAKING_TOTAL.search(plain, fig.end, end)
    ):
        return True  # "Two more men were arrested, taking the total to 13": the increment
    if flags & _AT_THE_TIME and _PUBLISHED_THEN.search(plain, fig.end, end):
        return True  # "... £11,400 in cash seized, figures the force published at the time"
    return bool(
        flags & _WIDE and force_wide_total(plain, fig, sent_start, end, bool(flags & _OPENS_WIDE))
    )


_IF, _TOTAL, _AT_THE_TIME, _WIDE, _UNDER = 1, 2, 4, 8, 16
# gates of checks every figure makes: the text holds a modal (_MODALS: the same words), or
# "Across"/"Nationally," (one of which broader._WIDE_OPENS needs)
_MODAL, _OPENS_WIDE = 32, 64
_LATER = _IF | _TOTAL | _AT_THE_TIME | _WIDE  # the cues read last, after the common checks


def _cue_flags(plain: str) -> int:
    """Which of background's rarer cues a text holds at all (one scan a text)."""
    flags = 0
    if "if " in plain or "If " in plain or "nless " in plain:
        flags |= _IF
    if "total" in plain and any(w in plain for w in _TAKING_WORDS):
        flags |= _TOTAL
    if " at the time" in plain:
        flags |= _AT_THE_TIME
    opens_wide = "Across" in plain or "Nationally," in plain
    if (
        opens_wide
        or "across " in plain
        or "In the pre" in plain
        or ((" said it " in plain or " says it " in plain) and "since " in plain)
    ):
        flags |= _WIDE
    if "under " in plain or "over 1" in plain or "over 2" in plain:
        flags |= _UNDER
    if _HOLDS_MODAL.search(plain):
        flags |= _MODAL
    if opens_wide:
        flags |= _OPENS_WIDE
    return flags


_TAKING_WORDS = ("taking", "bringing", "takes", "brings", "took", "brought")
_text_flags = LastText(_cue_flags)
