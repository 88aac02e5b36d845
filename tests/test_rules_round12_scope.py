"""Rules backend, scope round 12: mechanisms behind the scope errors of holdout22 and holdout23
(articles outside the common template nobody had tuned on) and the earlier training sets.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_areas as areas

# -- a district council area whose name is no town's is an area of its own -----------------

DISTRICT_A = """ date 2025-06-02 Drugs crackdown in Tendring

Essex Police carried out a week of action against county lines dealing across Tendring,
arresting 14 people and seizing £6,100 in cash.
"""

DISTRICT_B = """ date 2025-06-02 Crackdown results

A fortnight-long crackdown on drug lines in Test Valley led to nine arrests, Hampshire
Constabulary said. Officers also closed three deal lines.
"""

DISTRICT_C = """ date 2025-06-02 Results of operation

Officers from Hertfordshire Constabulary's county lines team spent a week in Dacorum. During
the operation in Dacorum they arrested 11 people and seized 16 phones.
"""


def test_a_district_council_area_named_for_the_operation_takes_its_figures() -> None:
    assert areas(DISTRICT_A)[("arrests", 14)] == "Tendring"
    got = areas(DISTRICT_B)
    assert got[("arrests", 9)] == "Test Valley"
    assert got[("lines_closed", 3)] == "Test Valley"
    assert areas(DISTRICT_C)[("phones_seized", 16)] == "Dacorum"
