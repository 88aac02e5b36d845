"""Whether an article is about drugs enforcement at all: the genre check (pure)."""

from __future__ import annotations

import re

from .textsearch import after_gap

# a team that "crossed county lines" travelled, puppies "sold across county lines" were sold
# far and wide: the ordinary phrase; "worming drugs", "prescription drugs" are medicines.
# Every branch opens a word: searched in " " + low, re skips to the gaps between words
# (textsearch.after_gap); a match's start is its start in low, its end one further on
_TOPIC_AFTER_GAP = after_gap(
    r"(?<!cross\s)(?<!crossed\s)(?<!crossing\s)(?<!crosses\s)(?<!across\s)(?<!over\s)"
    r"\bcounty[\s-]+lines?\b"
    r"|(?<!worming\s)(?<!veterinary\s)(?<!prescription\s)(?<!prescribed\s)(?<!medicinal\s)"
    r"(?<!animal\s)(?<!licensed\s)\bdrugs?\b|\bdeal(?:ing|ers?)\b|\bcuckoo\w*|\bclass\s+[abc]\b"
    r"|\b(?:cocaine|heroin|crack|cannabis|ketamine|mdma|ecstasy|spice|amphetamines?|narcotics?)\b"
    r"|\bexploit\w*|\btraffick\w*",
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
    r"(?:pain[\s-]?relie\w*|pain[\s-]?killing|prescri\w+|medical|medicinal|cancer|life-saving"
    r"|hospital|anti-\w+)\s+$"
)
_CLINICAL_ARREST = re.compile(r"\b(?:cardiac|respiratory|heart)\s+arrests?\b")


def on_topic(low: str) -> bool:
    """Whether a (lower-cased) article is about drugs enforcement at all."""
    if _REVIEW.match(low):
        return False
    for m in _TOPIC_AFTER_GAP.finditer(" " + low):
        if low[m.start() : m.end() - 1] not in ("drug", "drugs") or not _MEDICAL_BEFORE.search(
            low, max(0, m.start() - 24), m.start()
        ):
            break
    else:
        return False  # no topic word, or only medicine's drugs
    if "county line" in low:
        return True
    if "cardiac" in low or "respiratory" in low or "heart" in low:
        low = _CLINICAL_ARREST.sub(lambda c: " " * len(c.group()), low)
    return _ENFORCED.search(low) is not None
