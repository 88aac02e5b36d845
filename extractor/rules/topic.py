"""Whether an article is about drugs enforcement at all: the genre check (pure)."""

from __future__ import annotations

import re

from .textsearch import after_gap

# a team that "crossed county lines" travelled; every branch opens a word: searched in
# " " + low, re skips to the gaps between words (textsearch.after_gap)
_TOPIC_AFTER_GAP = after_gap(
    r"(?<!cross\s)(?<!crossed\s)(?<!crossing\s)(?<!crosses\s)\bcounty[\s-]+lines?\b"
    r"|\bdrugs?\b|\bdeal(?:ing|ers?)\b|\bcuckoo\w*|\bclass\s+[abc]\b"
    r"|\b(?:cocaine|heroin|crack|cannabis|ketamine|mdma|ecstasy|spice|amphetamines?|narcotics?)\b"
    r"|\bexploit\w*|\btraffick\w*"
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


def on_topic(low: str) -> bool:
    """Whether a (lower-cased) article is about drugs enforcement at all."""
    if _TOPIC_AFTER_GAP.search(" " + low) is None or _REVIEW.match(low):
        return False
    return "county line" in low or _ENFORCED.search(low) is not None
