"""Whether an article is about drugs enforcement at all: the genre check (pure)."""

from __future__ import annotations

import re

from .textsearch import after_gap

# a team that "crossed county lines" travelled, puppies "sold across county lines" were sold
# far and wide: the ordinary phrase; "worming drugs", "prescription drugs" are medicines.
# Every branch opens a word: searched in " " + low, re skips to the gaps between words
# (textsearch.after_gap); a match's start is its start in low, its end one further on
_TOPIC_AFTER_GAP = after_gap(
    # the words before a phrase are looked behind from after its first word, so that the
    # lookbehinds are tried only where that word stands, not at every gap between words
    r"\bcounty(?<!cross\scounty)(?<!crossed\scounty)(?<!crossing\scounty)(?<!crosses\scounty)"
    r"(?<!across\scounty)(?<!over\scounty)(?<!crosses\sthe\scounty)(?<!crossing\sthe\scounty)"
    r"(?<!across\sthe\scounty)(?<!over\sthe\scounty)(?<!straddles\sthe\scounty)"
    # "plans to redraw the county lines": a boundary review's lines
    r"(?<!redraw\sthe\scounty)(?<!redrawn\sthe\scounty)(?<!redrawing\sthe\scounty)"
    # "officers from the next county watching the county lines": patrols at the boundary
    r"(?<!watching\sthe\scounty)(?<!patrolling\sthe\scounty)(?<!along\sthe\scounty)[\s-]+lines?\b"
    r"|\bdrug(?<!worming\sdrug)(?<!veterinary\sdrug)(?<!pain-relief\sdrug)"
    r"(?<!painkilling\sdrug)(?<!pain-killing\sdrug)(?<!prescription\sdrug)(?<!prescribed\sdrug)"
    r"(?<!medicinal\sdrug)(?<!animal\sdrug)(?<!licensed\sdrug)s?\b"
    r"|\bdeal(?:ing|ers?)\b|\bcuckoo\w*|\bclass\s+[abc]\b"
    r"|\b(?:cocaine|heroin|crack|cannabis|ketamine|mdma|ecstasy|spice|amphetamines?|narcotics?)\b"
    r"|\bexploit\w*|\btraffick\w*"
    # a release naming no drug at all: "the unit's intensification week", "shut four deal lines"
    r"|\bintensification\b|\bdeal(?:ing)?[\s-]+lines?\b",
    ends_on_word=True,
)
# something was enforced: an article naming drugs, not county lines, and none of these (a council
# report on care homes' medicines, a pharmacy review) is outside the genre
_ENFORCED = re.compile(
    r"\barrest|\bwarrants?\b|\braid|\bjailed\b|\bsentenc|\bcharged\b|\bseiz|\bsafeguard"
    r"|\bconvicted\b|\bdetained\b|\bintensification\b|\bcustody\b|\bweek of action\b|\bswoop"
    r"|\bcrackdown\b|\bcourt\b|\bsearch|\buncover|\brecover|\bconfiscat"
)

# "Review: The Line, BBC One - a county lines thriller": a review's plot is fiction
_REVIEW = re.compile(
    r"\s*(?:date\s+\d{4}-\d\d-\d\d\s*)?(?:review\s*:|(?:tv|television|film|book|theatre|drama)\s+review\b)"
)


# "pain-relief drugs", "cancer drugs", "cardiac arrests": medicine, not drugs enforcement
_MEDICAL_BEFORE = re.compile(
    r"(?:pain[\s-]?relie\w*|pain[\s-]?killing|prescri[\w-]+|medical|medicinal|cancer|life-saving"
    r"|hospital|anti-\w+)\s+$"
)
# "scrap metal dealers", "scrap yards and dealers", "car dealers": a trade, not drug dealing
_TRADE_BEFORE = re.compile(
    r"\b(?:scrap|metal|car|motor|used[\s-]car|antiques?|art|coin|yards?\s+and|shops?\s+and)\s+$"
)
# "a small amount of cannabis was also found on one of them", "stealing to fund drug habits",
# "referred to drug and alcohol services", "swapped for drugs": a user's possession or habit
# beside another crime (theft, touting, fare dodging), not supply
_USER_BEFORE = re.compile(
    r"\b(?:small\s+(?:amounts?|quantit(?:y|ies))\s+of|(?:swapped|exchanged|traded)\s+for"
    r"|drink\s+(?:or|and)|alcohol\s+(?:or|and))\s+$"  # "never drive after drink or drugs"
)
_USER_AFTER = re.compile(r"\s+(?:habits?\b|addictions?\b|and\s+alcohol\b)")
_CLINICAL_ARREST = re.compile(r"\b(?:cardiac|respiratory|heart)\s+arrests?\b")
# "found no drugs in any of the devices", "drink and drugs had not been a factor": a drug
# named only to say there was none puts no article in the genre
_NONE_BEFORE = re.compile(r"\b(?:no|without(?:\s+any)?|not\s+any|free\s+of)\s+(?:[\w-]+\s+)?$")
_NONE_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:(?:had|have|has|was|were|is|are|did|do|does)\s+(?:not|never)\b"
    r"|(?:had|have|has|was|were|is|are|did|do|does)n't\b)"
)


# "This is not organised crime in the sense of county lines", "nothing to do with county
# lines", "were not linked to county lines": the genre's word named only to deny it
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been)\s+not|n't)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:in\s+the\s+sense\s+of|(?:linked|related|connected)\s+to|to\s+do\s+with|a\s+case\s+of)"
    r"\s+(?:a\s+)?$"
    r"|\b(?:(?:is|was|are|were)\s+not|isn't|wasn't|aren't|weren't)\s+(?:a\s+)?$"
    r"|\b(?:nothing\s+to\s+do\s+with|unrelated\s+to|no\s+(?:links?|connections?)\s+(?:to|with))"
    r"\s+(?:a\s+)?$"
)
# every branch of _DENIED_BEFORE ends in one of these words, then whitespace up to its end
# ("a" for the optional article), and holds "no" ("not", "nothing", "no"), "n't" or
# "unrelated": a window without them cannot match
_DENIAL_ENDS = ("of", "to", "with", "not", "n't", "a")


def _denied_before(low: str, start: int) -> bool:
    """``_DENIED_BEFORE`` searched in the 70 characters before ``start``, tried only when the
    window ends as a denial must (``_DENIAL_ENDS``; ``str.rstrip`` strips what ``\\s``
    matches) and holds a negation's letters."""
    window = low[max(0, start - 70) : start]
    if not window.rstrip().endswith(_DENIAL_ENDS) or not (
        "no" in window or "n't" in window or "unrelated" in window
    ):
        return False
    return _DENIED_BEFORE.search(low, max(0, start - 70), start) is not None


def _named_as_present(low: str) -> bool:
    """Whether a topic word is named as present: not only as medicine's drugs ("pain-relief
    drugs") or as absent ("found no drugs")."""
    for m in _TOPIC_AFTER_GAP.finditer(" " + low):
        start, end = m.start(), m.end() - 1  # in low
        word = low[start:end]
        if "county" in word:
            if _denied_before(low, start):
                continue  # "This is not organised crime in the sense of county lines"
            return True
        if word in ("drug", "drugs") and (
            _MEDICAL_BEFORE.search(low, max(0, start - 24), start) or _USER_AFTER.match(low, end)
        ):
            continue
        if word.startswith("deal") and _TRADE_BEFORE.search(low, max(0, start - 16), start):
            continue
        if _USER_BEFORE.search(low, max(0, start - 24), start):
            continue
        if _NONE_BEFORE.search(low, max(0, start - 30), start) is None and (
            _NONE_AFTER.match(low, end) is None
        ):
            return True
    return False


# the genre is drug supply: an article naming none of its words, no raid or search and no
# dealer's quantity (a drug-driving campaign, a festival's possession arrests, a fan found with
# cocaine) reports drugs, not a supply network
# (not "Network Rail", the railway's owner, nor "scrap dealers", "car dealers": a trade)
# every branch opens a word: searched in " " + low, re skips to the gaps (textsearch.after_gap)
_SUPPLY_CORE = (
    r"\bdeal(?<!scrap\sdeal)(?<!metal\sdeal)(?<!car\sdeal)(?<!antique\sdeal)"
    r"(?<!antiques\sdeal)(?<!art\sdeal)(?<!coin\sdeal)(?:ing|ers?|s)?\b|\bsuppl(?:y|ying|ied|ier|iers)\b|\btraffick"
    r"|\bcuckoo|\bexploit|\bintensification\b|\bgangs?\b|\bnetworks?\b(?!\s+rail)"
    r"|\bwith\s+intent\b|\bstreet\s+value\b|\borganised\s+crime\b|\bline\s+(?:phones?|holders?)\b"
    # or raids on premises
    r"|\braid|\bwarrant|\bsearch"
)
_SUPPLY_WORDS = after_gap(_SUPPLY_CORE)
# or a named enforcement push ("a week of action", "Operation Hawk", "a crackdown")
_SUPPLY_OR_PUSH = after_gap(
    _SUPPLY_CORE + r"|\bweek\s+of\s+action|\boperation\b|\bcrackdown|\bblitz|\bswoop"
)
# the words before "county" are looked behind from after it
_SUPPLY_LINES = re.compile(
    r"county(?<!across\sthe\scounty)(?<!crossed\sthe\scounty)(?<!over\sthe\scounty)"
    r"(?<!crosses\sthe\scounty)(?<!crossing\sthe\scounty)(?<!straddles\sthe\scounty)[\s-]+lines?"
)
_KILOS = re.compile(r"\d\s*(?:kg|kilos?|kilograms?)\b")  # a dealer's quantity: "2kg of cocaine"
# a drug-driving campaign is a push too, but against drivers: there only the supply words count
_DRUG_DRIVING = re.compile(r"drugs?[\s-]driv")  # opens on a literal: a fast scan


def _supply(low: str, *, push: bool) -> bool:
    """Whether ``low`` names drug supply (with ``push``: or an enforcement push). The words
    are three patterns, not one: a single alternation mixing "\\b" branches with "county"
    and "\\d" ones is tried at every character, each of these is skipped to its openings."""
    words = _SUPPLY_OR_PUSH if push else _SUPPLY_WORDS
    return bool(words.search(" " + low) or _SUPPLY_LINES.search(low) or _KILOS.search(low))


# "between 1760 and 1840", "a ledger from 1784": a year after a preposition
_YEAR = re.compile(r"\b(?:in|from|between|since|until|and)\s+(1[0-9]\d\d|20\d\d)\b")
# opens on a literal, so re scans for it fast (no word boundary)
_OLD_YEAR = re.compile(r"1[0-8]\d\d")


def _history(low: str) -> bool:
    """Whether the article names two or more years before 1900 (after a preposition) and none
    later: a museum's smugglers, not a drugs operation ("of 1500 arrests" is one number)."""
    if not _OLD_YEAR.search(low):
        return False  # no year before 1900 at all: the common case, one quick scan
    years = {int(y) for y in _YEAR.findall(low)}
    return len(years) >= 2 and max(years) < 1900


# "crosses the county line", "just over the county line": the boundary between two counties
_BOUNDARY_BEFORE = re.compile(
    r"\b(?:cross\w*|across|over|beyond|straddl\w*|along|astride)\s+the\s+$"
)


def _boundary_only(low: str) -> bool:
    """Whether every "county line" of ``low`` is a boundary ("crosses the county line")."""
    i = low.find("county line")
    while i >= 0:
        if low.startswith("s", i + 11) or not _BOUNDARY_BEFORE.search(low, max(0, i - 16), i):
            return False  # "county lines", or "ran a county line": the genre's word
        i = low.find("county line", i + 11)
    return True


def _denied_only(low: str) -> bool:
    """Whether every "county line" of ``low`` is named only to deny it (``_DENIED_BEFORE``)."""
    i = low.find("county line")
    while i >= 0:
        if not _denied_before(low, i):
            return False
        i = low.find("county line", i + 11)
    return True


def on_topic(low: str) -> bool:
    """Whether a (lower-cased) article is about drugs enforcement at all."""
    if _REVIEW.match(low) or not _named_as_present(low):
        return False  # no topic word, or only medicine's drugs, or drugs named as absent
    if _history(low) or not _supply(low, push=True):
        return False  # history, or drugs without supply (drug-driving, a festival's possession)
    if "driv" in low and _DRUG_DRIVING.search(low) and not _supply(low, push=False):
        return False  # "a crackdown on drink and drug-driving": a push against drivers
    if "county line" in low and not _boundary_only(low) and not _denied_only(low):
        return True
    if "cardiac" in low or "respiratory" in low or "heart" in low:
        low = _CLINICAL_ARREST.sub(lambda c: " " * len(c.group()), low)
    return _ENFORCED.search(low) is not None
