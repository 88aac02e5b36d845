"""Numbers that are no quantity: dates, years, times, ages, phone numbers, percentages (pure).

"7 March", "in 2023", "10:30", "aged 19 and 23", "call 101", "0800 555 111", "40 per cent",
"Years 10 and 11", "one in five", "nine of the 43 lines" (the total restated): the words
around a number ``numbers.find_figures`` found tell it to pass the number by (``skip_number``
for digits, ``AFTER_SKIP`` and ``skip_before`` for number words).
"""

from __future__ import annotations

import re

from .numberwords import SIMPLE_WORD
from .textsearch import AsciiLowered

MONTH_WORD = (  # a month, in full or shortened ("Sept"), lower case
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# tried on the lower-cased text when it is ASCII (textsearch.AsciiLowered)
AFTER_SKIP = AsciiLowered(
    rf"(?:st|nd|rd|th)?\s*(?:of\s+)?{MONTH_WORD}\b"  # 7 March, 7th of March
    # 7 and 11 October
    rf"|\s*(?:and|to|-|until|till)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_WORD}\b"
    r"|\s*(?:%|per\s*cent|percent)"
    r"|\s*-?\s*(?:year|yr|month|week|day|hour|minute)s?[-\s]?old\b|-year\b|-month\b|-week\b"
    r"|-day\b|-hour\b|-minute\b|-strong\b|-man\b|-point\b|[\s-]quarters?\b"  # a fraction
    r"|\s*(?:am|pm|a\.m\.|p\.m\.)\b|[.:]\d\d\s*(?:am|pm)\b"
    # "two of our officers" is no figure; "nine of our arrests" is a share of one, and so are
    # "Two of its senior members were jailed"
    r"|\s+(?:of\s+(?:us|(?:our|their|its|his|her)\b(?!\s+(?:[\w-]+\s+)?(?:arrests|warrants|"
    r"visits|lines|phones|handsets|knives|weapons|vehicles)\b|[\w\s-]{0,40}?\b(?:were|have\s+been"
    r"|had\s+been)\s+(?:jailed|arrested|charged|sentenced|convicted)\b)))\b"
    r"|\s*(?:years?|yrs)\s+of\s+age\b|(?:st|nd|rd|th)\b|-(?:off|to-one)\b|\s+another\b"
    r"|\s+doors?\s+(?:down|up|away|along)\b"  # "a flat two doors down": a distance
    r"|\s+times\b"  # "four times a year", "three times as many": how often, how much more
    # "one in five (of them)", not "5 in two raids"
    r"|\s+in\s+(?:every\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty)\b"
    r"(?!\s+(?!was\b|is\b|has\b)[a-z]+s\b)",
    re.IGNORECASE,
)
# what AFTER_SKIP's every match opens with: after its leading whitespace (``str.lstrip`` strips
# what "\s" takes) a word of a branch after "\s*" or "\s+" ("of", a month, "and", "to", "per",
# "year", "am", "another", "in" ...), "-", or "quarter" after "[\s-]"; or at the number itself
# the "." or ":" of "[.:]\d\d" or a "(?:st|nd|rd|th)"
_AFTER_SKIP_WORDS = (
    *"of jan feb mar apr may jun jul aug sep oct nov dec and to until till % per - year yr".split(),
    *"month week day hour minute quarter am pm a.m. p.m. another door times in".split(),
)
_AFTER_SKIP_AT_NUMBER = (".", ":", "st", "nd", "rd", "th")


def after_skip(after: str) -> bool:
    """``AFTER_SKIP.match(after)``: an ASCII text that opens with none of its openers (case
    folded as the pattern is) is passed by without ``re``."""
    if after.isascii():
        low = after.lower()
        if not low.lstrip().startswith(_AFTER_SKIP_WORDS) and not low.startswith(
            _AFTER_SKIP_AT_NUMBER
        ):
            return False
    return AFTER_SKIP.match(after) is not None


_BEFORE_SKIP = AsciiLowered(  # tried on the lower-cased text when it is ASCII
    r"aged\s+\d+(?:\s*(?:,|and|or|to|-)\s*\d+)*\s*(?:,|and|or|to|-)\s*$"
    r"|(?:aged|age of|ages of|as young as|as old as|under the age of|over the age of|between"
    r" the ages of|section|s\.|no\.|number)\s*$|\bno\s+$|\bevery\s+$"
    r"|(?:year|years|class|category|level|tier|phase|operation|op|number|junction)\s+$"
    r"|\b(?:one|\d+)\s+in\s+(?:every\s+)?$"  # "one in five": a fraction
    # ages: "were under 18", "a boy of 12"
    r"|\b(?:were|was|are|is|aged|all|those|anyone|them|whom)\s+(?:under|over)\s+$"
    r"|\b(?:boys?|girls?|child|man|woman|teenagers?|youngsters?)\s+of\s+$"
    # "Three teenagers, the youngest of them 14, were referred": an age inside the subject
    r"|\b(?:youngest|oldest|eldest)(?:\s+of\s+(?:them|whom|those|these))?\s+(?:aged\s+)?$",
    re.IGNORECASE,
)
# "nine of the 43 lines": the total restated, the part is the figure
_PART_OF_BEFORE = re.compile(
    rf"(?:\b\d[\d,]*|\b{SIMPLE_WORD})\s+of\s+(?:the|those|these|its|our|their)\s+$", re.I
)
_DETERMINERS = frozenset("the those these its our their".split())
_PHONE_LIKE = re.compile(r"999|101|111|112|105")
_CALL_BEFORE = re.compile(
    r"\b(?:call|calling|dial|dialling|ring|ringing|phone|text|on|contact|or)\s*$", re.IGNORECASE
)
_MONTH_BEFORE = re.compile(rf"\b{MONTH_WORD}\s*$", re.IGNORECASE)
_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+$", re.IGNORECASE)
_PHONE_BEFORE = re.compile(r"\b0\d{2,}[\s-]?(?:\d{3,}[\s-]?)?$")
_PHONE_AFTER = re.compile(r"[\s-]\d{3,}\b")


# the last word before a number that can end a skip context; others skip the regex
_SKIP_LAST_WORDS = frozenset(
    "aged of young old as section s. no. number no every year years class category level tier "
    "phase operation op in junction under over them whom youngest oldest eldest".split()
)
_AGE_LIST_END = re.compile(r"\s*(?:[,.;)]|$|(?:were|was|are|is|have|has|had|who|and|or|years?)\b)")
_LIST_WORDS = frozenset(("and", "or", "to", "-", ","))
_YEAR_GROUP_LIST = re.compile(r"\byears?\s+\d{1,2}\s*(?:and|or|to|-)\s*$", re.IGNORECASE)


def last_word(before: str) -> str:
    tail = before[-24:].rsplit(None, 1)
    return tail[-1].lower().strip("\"'(") if tail else ""


def skip_before(before: str, after: str = "", last: str | None = None) -> bool:
    """``last``: ``last_word(before)``, when the caller has it."""
    if last is None:
        last = last_word(before)
    if last in _LIST_WORDS or last.endswith(","):
        if "ear" in before[-14:] and _YEAR_GROUP_LIST.search(before[-20:]):
            return True  # "Years 10 and 11 pupils": school year groups, not counts
        # "aged 19 and 23, were charged" is a list of ages; "aged 14 to 17 and 12 arrests" is not
        if "aged" not in before or not _AGE_LIST_END.match(after):
            return False
    elif last in _DETERMINERS:
        return _PART_OF_BEFORE.search(before[-40:]) is not None
    elif last not in _SKIP_LAST_WORDS:
        return False
    return _BEFORE_SKIP.search(before) is not None


def skip_number(
    raw: str, before: str, after: str, unit: str | None, last: str | None = None
) -> bool:
    """Dates, years, times, ages, phone numbers, percentages: not quantities."""
    if unit:
        return False
    if after_skip(after) or skip_before(before, after, last):
        return True
    if raw.startswith("0") and len(raw) > 1:
        return True  # 0800..., 01234...
    if _PHONE_LIKE.fullmatch(raw) and _CALL_BEFORE.search(before[-20:]):
        return True  # "call 101", "on 999"; but "101 arrests" is a count
    if (before[-1:] == " " and before[-2:-1].isdigit() and _PHONE_BEFORE.search(before)) or (
        raw.isdigit() and _PHONE_AFTER.match(after)
    ):
        return True  # the middle or end of "0800 555 111"
    if (
        raw.isdigit()
        and int(raw) <= 31
        and _MONTH_BEFORE.search(before[-12:])
        and not re.match(r"\s+(?!(?:and|to|until|till|through|in|at|on)\s)[a-z]", after)
    ):
        return True  # March 7, "November 16 and Sunday, November 22"; not "In March 12 people"
    if raw.isdigit() and int(raw) <= 31 and _WEEKDAY_BEFORE.search(before[-12:]):
        return True  # "from Monday 10 to Sunday 16 March": days of the month
    if len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100:
        return True  # a year
    if after[:1] in (":", "/") or before[-1:] in ("/", "#"):
        return True  # 10:30, 7/10, #2
    if before[-1:] == ":" and before[-2:-1].isdigit():
        return True  # the minutes of "12:50 - Arrests rise", a live page's time
    return False
