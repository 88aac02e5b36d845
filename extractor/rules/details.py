"""Counts that are details of the story, not figures of their own, or of another kind (pure).

"Three other men were jailed for between four and six years each" tells the rest's terms
of a total already given; "heroin was recovered from two addresses" says where a find was
made, not how many addresses were visited; "visited 47 licensed premises" is prevention
work with businesses, not visits to homes.
"""

from __future__ import annotations

import re

from ..schema import Metric
from .lexicon import FIXED, NOUNS, PEOPLE_METRICS, Reading

# metrics of amounts, not counts: a bare count after one of them repeats no metric
AMOUNTS = (Metric.cash_seized, Metric.drugs_value, Metric.drugs_weight_kg, Metric.jail_years)
# "Three other men", "the four other defendants", "Two others": the rest of a group already told
_OTHERS_AFTER = re.compile(r"\s+others?\b", re.IGNORECASE)
# their terms one by one: "for between four and six years", "years each", "were each jailed"
_TERMS_EACH = re.compile(
    r"\bbetween\b[^.;]{0,40}?\b(?:years?|months?)\b|\b(?:years?|months?)\s+each\b"
    r"|\beach\s+(?:jailed|sentenced|given|received)\b",
    re.IGNORECASE,
)
# "was recovered from two addresses", "were found at three properties": the place of a find
_FOUND_AT = re.compile(
    r"\b(?:recovered|found|seized|discovered|taken)\s+(?:[^\s.;]+\s+){0,4}?(?:from|at)\s+$"
)
_BUSINESS = frozenset(("licensed", "business", "commercial", "retail"))


def rest_of_jailed(
    metric: Metric, plain: str, fig_end: int, ceiling: int, sent_end: int, head: str = ""
) -> bool:
    """Whether a jailed count is "N other men ... jailed for between four and six years" or
    "the other four were jailed for between four and seven years each" (their terms one by
    one, inside a total told before), not "two other men ... a combined 7 years"."""
    return (
        metric is Metric.people_jailed
        and (
            _OTHERS_AFTER.match(plain, fig_end, ceiling) is not None
            or head.endswith(("the other ", "the remaining "))
        )
        and _TERMS_EACH.search(plain, fig_end, sent_end) is not None
    )


# "More than half of those arrests - 23 - were made in Hull": a share told in dashes
_DASHED_SHARE = re.compile(
    r"\b(?:half|(?:a\s+|one\s+|two\s+)?(?:third|quarter|fifth)s?|most|majority|many|some)\s+of\s+"
    r"(?:the|those|these|its|their|our)\s+(?:[\w-]+\s+)??(?P<noun>[a-z]+)(?:\s+[a-z]+ed)?\s+(?:-|\u2013|\u2014)\s*$",
    re.IGNORECASE,
)


def dashed_share(head: str) -> str | None:
    """The noun category of "half of those arrests - " right before a figure, if so."""
    if not head.endswith(("- ", "-", "\u2013 ", "\u2014 ")):
        return None
    m = _DASHED_SHARE.search(head[-80:])
    return NOUNS.get(m.group("noun").lower()) if m else None


def place_of_find(plain: str, head: str, start: int) -> bool:
    """Whether an addresses count, opening at ``start``, is where something was found."""
    return head.endswith(("from ", "at ")) and bool(
        _FOUND_AT.search(plain, max(0, start - 80), start)
    )


def business_premises(words: list[str]) -> bool:
    """Whether the addresses noun phrase names businesses ("licensed premises")."""
    return any(w.lower() in _BUSINESS for w in words)


# "Two of the people arrested in Luton were found with cocaine ... and have since been charged":
# a part of those arrested, counted by what its finite verb says happened to it
_ARRESTED_THEN_CHARGED = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:arrested|detained|held)\b(?:[^.;]|\.(?=\d)){0,160}?"
    r"\b(?:(?:have|has|had)\s+(?:since\s+|now\s+|also\s+|later\s+|subsequently\s+)?been\s+"
    r"|(?:were|was)\s+(?:later\s+|since\s+|subsequently\s+|also\s+|then\s+)?)charged\b"
)


def subset_charged(plain: str, after: int, sent_end: int) -> int | None:
    """Where "(of the people) arrested ... have since been charged" ends, if it follows."""
    if "charged" not in plain[after:sent_end]:
        return None
    m = _ARRESTED_THEN_CHARGED.match(plain, after, sent_end)
    if m is None or _ANOTHER_COUNT.search(m.group()):
        return None  # "Two of those arrested were released and three have been charged"
    return m.end()


_ANOTHER_COUNT = re.compile(
    r"\b(?:and|but|while)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|\w+teen|twenty|thirty|forty|fifty)\b(?!\s*(?:kg|g|grams?|kilos?)\b)",
    re.IGNORECASE,
)


# "The week's arrests take the total for Operation Harebell ... to 112", "Arrests linked to
# county lines rose to 286": the noun before the rise names what the number counts
_RISEN_TO = re.compile(
    r"\b(?P<noun>[A-Za-z]+)\b(?:\s+[\w',-]+){0,6}?\s+(?:(?:have|has|had)\s+(?:now\s+)?)?"
    r"(?:rose|risen|climbed|increased|grew|take|takes|took|taken|bring|brings|brought)\b"
    r"[^.;\d]{0,140}?\bto\s+$"
)


# "The number of people arrested during a week of action against county lines dealing in X
# has risen to 27": the people's verb, however far the rise (not the "lines" nearer it)
_PEOPLE_RISEN_TO = re.compile(
    r"\bnumber\s+of\s+(?:people|suspects)\s+(?P<verb>arrested|charged|jailed|safeguarded)\b"
    r"[^.;\d]{0,140}?\b(?:risen|rose|climbed|increased|grown|grew|gone\s+up)\s+to\s+$"
)
_PEOPLE_VERB = {"arrested": "arrests", "charged": "charged", "jailed": "jailed"}


def people_risen_to(head: str) -> tuple[str, int] | None:
    """The people-metric verb of "the number of people arrested ... has risen to", and where
    the number phrase starts in ``head``."""
    m = _PEOPLE_RISEN_TO.search(head) if "number of" in head else None
    return (_PEOPLE_VERB.get(m.group("verb"), "safeguarded"), m.start()) if m else None


def risen_to(head: str) -> tuple[str, int] | None:
    """The kind of thing a number a total has risen to counts, and where its noun starts in
    ``head``: "arrests ... rose to" -> arrests (the clause's first noun that names a kind)."""
    m = _RISEN_TO.search(head)
    while m is not None:
        kind = NOUNS.get(m.group("noun").lower())
        if kind is not None:
            return kind, m.start("noun")
        m = _RISEN_TO.search(head, m.end("noun"))
    return None


# "Four of those arrested were under 18", "Two of those arrested in Ashbury were 16-year-old
# boys": a part of the arrests told by age, an arrests figure of its own (its label the age)
_AGE_SUBSET = re.compile(
    r"(?:\s+(?:in|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?\s+(?:were|was)\s+(?:all\s+)?"
    r"(?:(?:kids|children|boys|girls|teenagers|juveniles|minors)\s+(?=(?:aged\s+)?under\b))?"
    r"(?P<label>(?:aged\s+)?(?:under|over)\s+(?:the\s+age\s+of\s+)?\d{1,2}"
    r"|(?:aged\s+)?\d{1,2}-year-old\s+(?:boys|girls|teenagers|children|youths)"
    r"|teenagers|juveniles|minors)\b"
)
_ARRESTED_WORDS = frozenset(("arrested", "detained", "held"))


def age_subset(plain: str, np_end: int, ceiling: int, words: list[str]) -> tuple[str, int] | None:
    """The age label and its end when "(of those) arrested" is followed by "were under 18"."""
    if not words or words[-1].lower() not in _ARRESTED_WORDS:
        return None
    return age_part(plain, np_end, ceiling)


def age_part(plain: str, at: int, ceiling: int) -> tuple[str, int] | None:
    """The age label and its end when "were under 18" (or "were teenagers") follows ``at``."""
    if "were" not in plain[at : at + 40] and "was" not in plain[at : at + 40]:
        return None
    m = _AGE_SUBSET.match(plain, at, ceiling)
    if m is None:
        return None
    return " ".join(m.group("label").split()), m.end()


def read_age_part(
    plain: str, at: int, ceiling: int, previous: Reading | None, start: int
) -> Reading | None:
    """A part of the people just counted told by age ("were under 18"): their metric (the
    arrests when no people figure comes before), labelled with the age."""
    if previous is not None and previous.metric not in PEOPLE_METRICS.values():
        previous = None
    age = age_part(plain, at, ceiling)
    if age is None:
        return None
    metric = previous.metric if previous is not None else Metric.arrests
    return Reading(metric, age[0], start, age[1], part=True)


# "... were under 18 and have been referred to safeguarding services": the same people, also
# safeguarded
_THEN_REFERRED = re.compile(
    r"[^.;\"]{0,40}?(?:\band|,?\s*who)\s+(?:have|has|had|were|was)\s+(?:since\s+|later\s+"
    r"|then\s+|now\s+|also\s+)?(?:been\s+)?(?:since\s+)?(?:referred|safeguarded"
    r"|(?:taken|placed)\s+into\s+(?:police\s+)?(?:protection|care))\b[^.;\"]{0,80}",
    re.IGNORECASE,
)


def then_referred(plain: str, end: int, sent_end: int) -> int | None:
    """Where "... and have since been referred to ..." ends, after an age part of the arrests."""
    rest = plain[end:sent_end]
    if "referred" not in rest and "safeguarded" not in rest and " into " not in rest:
        return None
    m = _THEN_REFERRED.match(plain, end, sent_end)
    return m.end() if m else None


# a number with no noun: "Wessex Police, Mercia's neighbour, closed 39." (lines are what is
# closed), "West Yorkshire Police closed 97, Humberside Police 52 and North Yorkshire Police 38"
# (the verb and noun of the figure before left out)
_BARE_END = re.compile(r"\s*(?:[.;,)]|$|and\b)")
_CLOSED_BARE = re.compile(r"\b(?:closed|shut(?:\s+down)?|dismantled)\s+$")
_FROM_TO = re.compile(r"\bfrom\s+[\u00a3$\u20ac]?[\w,.]+\s+to\s+[\w,.]+$")
_GAPPED = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:[A-Z][\w'-]*\s+){1,4}")


def bare_count(
    plain: str, at: int, ceiling: int, head: str, previous: Reading | None
) -> Metric | None:
    """The metric of a number no noun follows, from the verb before or a gapped list."""
    if not _BARE_END.match(plain, at, ceiling):
        return None
    if _CLOSED_BARE.search(head[-24:]):
        return Metric.lines_closed
    if previous is None or previous.metric not in FIXED.values():
        return None
    if _GAPPED.fullmatch(head) or (head == " to " and _FROM_TO.search(plain, at - 60, at)):
        return previous.metric  # or "revised, from four to six": the new figure of the same
    return None
