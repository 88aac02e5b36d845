"""Rules backend, scope round 15, second pass: figures credited to the wrong area.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_areas as areas

# -- "across the two districts": the districts as one group, their force's area ---------------

DISTRICTS = """ date 2025-04-08 Kent Police Dover

Kent Police spent Tuesday in Dover and Shepway on a day of action against county lines. \
Warrants were executed at addresses in Dover.

By the evening officers had arrested 11 people across the two districts and closed 4 lines. \
They also seized £3,900 in cash.
"""

BOTH_DISTRICTS = """ date 2025-04-08 Essex Police in Braintree

Essex Police officers worked in Tendring and Braintree on Thursday. Two men were held in \
Braintree.

In both districts they made 7 arrests and recovered 3 knives.
"""


def test_a_figure_across_the_named_districts_takes_their_force() -> None:
    got = areas(DISTRICTS)
    assert got[("arrests", 11)] == "Kent", got
    assert got[("lines_closed", 4)] == "Kent", got
    got = areas(BOTH_DISTRICTS)
    assert got[("arrests", 7)] == "Essex", got
    assert got[("knives_seized", 3)] == "Essex", got
