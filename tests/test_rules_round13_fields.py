"""Rules backend, round 13 (metric, missed and spurious figures; not scope): cues of the
genre that name a figure's metric, and figures that are no statistic of the story.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.testing.rules import checked_report


def _figures(body: str) -> set[tuple[str, float]]:
    text = f" date 2025-06-02 Drug raids\n\n{body}\n"
    return {(s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics}


# -- forcing entry to N addresses is a raid: warrants, not addresses visited -----------------


def test_forced_entry_to_addresses_counts_warrants() -> None:
    for body in (
        "In a county lines crackdown, officers forced entry to three flats in Ashbury.",
        "Detectives forced entry at five addresses in Ashbury on Monday morning.",
        "Officers forced their way into four homes in Ashbury at dawn.",
    ):
        got = _figures(body)
        assert {m for m, _ in got} == {"warrants"}, (body, got)
    # a visit stays a visit
    assert ("addresses_visited", 12) in _figures(
        "Officers visited 12 addresses in Ashbury to check on vulnerable residents."
    )
