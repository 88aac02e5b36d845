"""Page copies, round 2: clutter blanked by ``pages.declutter`` must not change the story's scope.

Each rule is checked on examples of our own wording, in several variants.
"""

from __future__ import annotations

import pytest

from extractor.rules import extract_report

_NATIONAL_SECOND = [
    # a headline with no figure, a byline and stamps, then a local lead; the national week
    # is named only as the frame of the force's own operation
    (
        " date 2026-03-10 Dozens held as Lancashire police hit drug gangs in Preston\n\n"
        "By Sam Ellery, Crime Reporter\nPublished: 10 March 2026, 07:15\n\n"
        "Police in Lancashire arrested 33 people during a week-long crackdown on county "
        "lines, the force said.\n\n"
        "The activity, from Monday 2 March to Sunday 8 March, was part of a national "
        "intensification week led by the National County Lines Coordination Centre.\n\n"
        "Officers executed 19 warrants and seized £14,200 in cash.\n",
        "Lancashire",
    ),
    (
        " date 2026-05-02 Police target county lines gangs in Swindon\n\n"
        "Police made 21 arrests across the Wiltshire force area during a crackdown on county "
        "lines dealing.\n\n"
        "The week, which ran from 20 April to 26 April, was part of a national week of action "
        "co-ordinated by the NCLCC.\n\n"
        "Officers closed six deal lines and recovered nine weapons.\n",
        "Wiltshire",
    ),
    (
        " date 2026-09-18 Officers close drug lines in a week of raids\n\n"
        "Published 08:00, 18 SEP 2026\n\n"
        "Kent Police arrested 27 people during a crackdown on county lines.\n\n"
        "It ran from 7 September to 13 September as part of a national county lines week.\n\n"
        "Officers seized £8,900 in cash and safeguarded 15 vulnerable people.\n",
        "Kent",
    ),
]


@pytest.mark.parametrize(("text", "area"), _NATIONAL_SECOND)
def test_a_later_national_week_does_not_make_a_local_lead_national(text: str, area: str) -> None:
    report = extract_report(text, article_id="t")
    areas = {s.area for s in report.statistics}
    assert areas == {area}, [(s.metric, s.value, s.area) for s in report.statistics]


_KEY_POINTS = [
    (
        " date 2026-02-11 LIVE: Drug raids in Oldham and Rochdale – updates\n\n"
        "Key points\n"
        "- Greater Manchester Police searching homes across Oldham and Rochdale\n"
        "- The raids are part of Operation Kestrel, a county lines operation\n"
        "- Traffic held in Rochdale while a van was searched\n\n"
        "17:05\n"
        "That ends our coverage. Officers had arrested 12 people and seized £9,300 in cash "
        "by the end of the day.\n",
        "Greater Manchester",
    ),
    (
        " date 2026-06-30 Leeds and Bradford drug raids: what we know\n\n"
        "Summary\n"
        "* West Yorkshire Police officers raided addresses in Leeds and Bradford\n"
        "* It is the latest phase of a county lines crackdown\n"
        "* A school in Bradford was closed for the morning\n\n"
        "Officers arrested 15 people and closed four deal lines, the force said.\n",
        "West Yorkshire",
    ),
]


@pytest.mark.parametrize(("text", "area"), _KEY_POINTS)
def test_an_operation_word_ending_one_list_line_does_not_scope_the_next(
    text: str, area: str
) -> None:
    report = extract_report(text, article_id="t")
    areas = {s.area for s in report.statistics}
    assert areas == {area}, [(s.metric, s.value, s.area) for s in report.statistics]
