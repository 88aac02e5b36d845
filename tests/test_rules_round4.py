"""Rules backend, round 4: styles first met in holdout 5 (live blogs, results posts,
features, partner reports, shares of a force's figure, joint operations).

Every article here is written for these tests; none is taken from an eval set.
"""

from __future__ import annotations

from extractor.rules import extract_report
from extractor.schema import OperationReport


def keys(text: str) -> set[tuple[str, str, float]]:
    report = extract_report(text, article_id="t", topic_check=False)
    OperationReport.model_validate(report.model_dump(), context={"article": text})
    return {(s.metric.value, s.area, s.value) for s in report.statistics}


SHARE_OF_WHOLE = """ date 2025-03-14 Kent Police county lines week: results

Kent Police arrested 40 people across the county during a week of action against drug \
dealing, the force said.

Officers in Maidstone made 9 of the 40 arrests. In Margate, detectives closed three of the \
force's 11 deal lines.
"""


def test_a_share_of_a_whole_is_the_place_s_and_the_whole_is_the_force_s() -> None:
    got = keys(SHARE_OF_WHOLE)
    assert ("arrests", "Maidstone", 9) in got
    assert ("lines_closed", "Margate", 3) in got
    assert ("lines_closed", "Kent", 11) in got
    assert ("arrests", "Maidstone", 40) not in got  # the whole restates the force's 40
    assert ("lines_closed", "Margate", 11) not in got
