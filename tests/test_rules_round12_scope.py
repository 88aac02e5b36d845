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


# -- "the force said" in a story framed by a place inside the force: the source, not a scope -----

SOURCE_A = """ date 2025-06-02 Crackdown in Swale

Police carried out a week-long crackdown on county lines dealing in Swale.

Kent Police said officers arrested 12 people in Sittingbourne and Sheerness during the week.

The force said officers also closed five deal lines and referred eight vulnerable people for
support.
"""

SOURCE_B = """ date 2025-06-02 Council and police figures

A fortnight of action against drug lines in Charnwood ended on Friday, with Leicestershire
Police reporting 15 arrests in Loughborough.

The force says £4,200 in cash and 22 phones were seized during the fortnight.
"""

SOURCE_C = """ date 2025-06-02 Police week in Swale

Officers from Kent Police spent a week targeting drug dealers in Swale.

They arrested nine people. The force has said it closed three lines across the whole force
area during the same week.
"""


def test_the_force_as_source_in_a_district_story_keeps_the_district() -> None:
    got = areas(SOURCE_A)
    assert got[("lines_closed", 5)] == "Swale"
    assert got[("safeguarded", 8)] == "Swale"
    got = areas(SOURCE_B)
    assert got[("cash_seized", 4200)] == "Charnwood"
    assert got[("phones_seized", 22)] == "Charnwood"


def test_the_force_acting_across_its_county_keeps_the_force() -> None:
    got = areas(SOURCE_C)
    assert got[("arrests", 9)] == "Swale"
    assert got[("lines_closed", 3)] == "Kent"


SOURCE_D = """ date 2025-06-02 Raids in Ipswich and Lowestoft

Officers found a cannabis grow in a flat in Ipswich during two days of raids by Suffolk Police.
A second flat was searched in Lowestoft.

The force said the operation, aimed at a line supplying both towns, also recovered 400g of
cocaine.
"""


def test_the_force_as_source_over_two_of_its_towns_keeps_the_force() -> None:
    assert areas(SOURCE_D)[("drugs_weight_kg", 0.4)] == "Suffolk"
