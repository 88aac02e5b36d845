"""Earlier events a sentence names before its figure: another run of the work (pure).

"The previous week of action, in March, led to 800 arrests", "Kent's previous crackdown",
"A similar operation last year led to 18 arrests", "The week follows Operation Kelpie last
year": the figure after is that event's, background to the one the article reports.
``background`` asks ``earlier_event``; ``entities`` reads the same pattern.
"""

from __future__ import annotations

import re

from .numbers import Figure
from .textsearch import WordSet, after_gap

# "The previous week of action, in March, led to 800 arrests", "the first phase of the inquiry
# last year, when 9 people were arrested": the sentence names an earlier event before the figure
# a named operation tied to an earlier time: "Operation Kelpie last year", "... in 2023"
EARLIER_OPERATION = (
    r"\b(?-i:Operation\s+[A-Z][\w'-]+)\s+(?:last\s+(?:year|spring|summer|autumn"
    r"|winter)|in\s+(?:19|20)\d\d|in\s+the\s+(?:spring|summer|autumn|winter)"
    r"|earlier\s+this\s+year|(?:a|two|three|several)\s+years?\s+ago)\b"
)
# every branch opens a word: searched in " " + text, re skips to the gaps (after_gap); a match
# starts where it does in the text, and ends one further on
EARLIER_EVENT_AFTER_GAP = after_gap(
    # "The force's last week of action", "Kent's previous crackdown": a possessive determiner
    r"\b(?:the|its|their|our|\w[\w-]*['\u2019]s)\s+(?:last|previous|earlier|prior)\s+(?:[\w-]+\s+)"
    r"{0,2}?(?:week\s+of\s+action|intensification|operation|phase|crackdown|campaign|blitz"
    r"|inspection|review|audit|(?:lines?|drugs?|action|enforcement)\s+(?:week|fortnight))\b"
    # "last year's week of action in the division led to 17 arrests", "Last spring's crackdown"
    r"|\blast\s+(?:year|spring|summer|autumn|winter|month|january|february|march|april|may|june"
    r"|july|august|september|october|november|december)['\u2019]s\s+(?:[\w-]+\s+){0,2}?"
    r"(?:week\s+of\s+action|intensification|operation|phase|crackdown|campaign|blitz|week"
    r"|fortnight)\b"
    r"|\bthe\s+first\s+phase\b[^.;]{0,60}?\b(?:last\s+year|in\s+(?:19|20)\d\d)\b"
    # "first tried working together in March, when a smaller joint operation ...", "a pilot
    # operation in the spring": a trial run before the reported one
    r"|\bfirst\s+(?:tried|trialled|trialed|piloted|tested)\b"
    r"|\b(?:a|an|the|its|their)\s+(?:smaller|pilot|trial)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:week|operation|phase|scheme|crackdown|exercise)\b"
    # "A similar operation last year led to 18 arrests", "follows a similar push in the
    # spring, when 21 people were arrested": another run of the work, at an earlier time
    r"|\b(?:a|an)\s+(?:similar|earlier|previous|prior)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:week|fortnight|operation|push|crackdown|campaign|blitz|phase|exercise|intensification"
    r"|attempt|effort|investigation)\b"
    r"[^.;]{0,30}?\b(?:last\s+(?:year|spring|summer|autumn|winter|month)|earlier\s+this\s+year"
    r"|in\s+(?:19|20)\d\d"
    r"|in\s+the\s+(?:spring|summer|autumn|winter)|in\s+(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December))\b"
    # "The week follows Operation Kelpie last year, after which three men were jailed"
    rf"|{EARLIER_OPERATION}",
    re.IGNORECASE,
)
# words one of which EARLIER_EVENT_AFTER_GAP needs (lower case, for search_hinted)
EARLIER_EVENT_WORDS = (
    "last",
    "previous",
    "earlier",
    "prior",
    "first",
    "smaller",
    "pilot",
    "trial",
    "similar",
    "operation",
)
_SAME_TIME = re.compile(r"\s+(?:the\s+same|that\s+same|that)\s+(?:week|day|fortnight|month)\b")
_REVISED_OF = re.compile(
    r"\b(?:revis|updat|correct)\w*\s+(?:the\s+|its\s+)?(?:results|figures|totals?|count)\s+"
    r"(?:of|for|from)\s+$"
)


# searched in the sentence up to each figure (WordSet, as _PARTNER_HINTS)
_EVENT_HINTS = WordSet(
    (
        "ast ",
        "revious",
        "arlier",
        "rior ",
        "irst ",
        "smaller",
        "pilot",
        "trial",
        "imilar",
        "Operation",
    )
)


def earlier_event(plain: str, fig: Figure, sent_start: int) -> bool:
    """Whether the sentence up to ``fig`` names an earlier event, whose figure ``fig`` is."""
    # cheap word checks (in the sentence up to the figure) before the scans
    if _EVENT_HINTS.search(plain, sent_start, fig.qual_start) and (
        event := EARLIER_EVENT_AFTER_GAP.search(" " + plain[sent_start : fig.qual_start])
    ):  # but "Police have revised the results of last month's week": the event reported
        a, b = sent_start + event.start(), sent_start + event.end() - 1
        if not _REVISED_OF.search(plain, max(sent_start, a - 50), a) and not _SAME_TIME.match(
            plain, b, fig.qual_start
        ):  # nor "a smaller operation the same week": not earlier
            return True
    return False
