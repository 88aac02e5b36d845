"""Rules backend, round 12 (everything but scope): the genre's other shapes (year reviews,
live pages, threads, interviews, follow-ups): figures read when they should not be, and
figures missed.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.testing.rules import checked_report


def _figures(body: str) -> set[tuple[str, float]]:
    text = f" date 2025-06-02 Drug raids\n\n{body}\n"
    return {(s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics}


# -- a site's "Skip to content" link is no embedded post whose end is awaited ------------------


def test_a_skip_to_content_link_does_not_hide_the_story() -> None:
    for link in ("Skip to content", "Skip to main content", "Skip to navigation content"):
        text = (
            f" date 2025-06-02 Valley News\n{link}\nNews | Crime | Sport\n"
            "Drugs gang broken up in the valley\n\n"
            "Officers made 31 arrests in a county lines crackdown across the valley, police "
            "said.\n\nThey also seized £12,500 in cash.\n"
        )
        got = {(s.metric.value, s.value) for s in checked_report(text).statistics}
        assert ("arrests", 31) in got, link
        assert ("cash_seized", 12500) in got, link
    # an embedded post's own skip link still hides the post until its end
    text = (
        " date 2025-06-02 Valley News\nDrugs gang broken up in the valley\n\n"
        "Officers made 31 arrests in a county lines crackdown, police said.\n\n"
        "Skip twitter post\n\nWe arrested 99 people today!\n\nEnd of twitter post\n\n"
        "They also seized £12,500 in cash.\n"
    )
    got = {(s.metric.value, s.value) for s in checked_report(text).statistics}
    assert ("arrests", 99) not in got and ("arrests", 31) in got
