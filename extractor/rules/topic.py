"""Whether an article is about drugs enforcement at all: the genre check (pure)."""

from __future__ import annotations

import re

# a team that "crossed county lines" travelled, puppies "sold across county lines" were sold
# far and wide: the ordinary phrase; "worming drugs", "prescription drugs" are medicines
_TOPIC = re.compile(
    r"(?<!cross\s)(?<!crossed\s)(?<!crossing\s)(?<!crosses\s)(?<!across\s)(?<!over\s)"
    r"\bcounty[\s-]+lines?\b"
    r"|(?<!worming\s)(?<!veterinary\s)(?<!prescription\s)(?<!prescribed\s)(?<!medicinal\s)"
    r"(?<!animal\s)(?<!licensed\s)\bdrugs?\b|\bdeal(?:ing|ers?)\b|\bcuckoo\w*|\bclass\s+[abc]\b"
    r"|\b(?:cocaine|heroin|crack|cannabis|ketamine|mdma|ecstasy|spice|amphetamines?|narcotics?)\b"
    r"|\bexploit\w*|\btraffick\w*"
    # a release naming no drug at all: "the unit's intensification week", "shut four deal lines"
    r"|\bintensification\b|\bdeal(?:ing)?[\s-]+lines?\b"
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
    if _TOPIC.search(low) is None or _REVIEW.match(low):
        return False
    return "county line" in low or _ENFORCED.search(low) is not None
