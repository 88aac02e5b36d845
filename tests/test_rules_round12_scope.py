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


# -- a feature that opens on a town in passing, then names the force's work in its area ------

FEATURE_A = """ date 2025-06-02 The officer who knows every door

Sergeant Tom Reeve has spent most of the year on the road.

He keeps a desk by the window at the police station in Andover.

Reeve runs Operation Harbour, Hampshire Constabulary's response to the drug lines running into \
Test Valley. Since March the team has made 31 arrests and closed five deal lines.

"It never stops," he says.
"""

FEATURE_B = """ date 2025-06-02 Inside the team

Detective Constable Ana Ruiz starts each day with coffee at a cafe in Kidderminster.

She leads the West Mercia Police team in Wyre Forest that runs the district's fight against \
county lines. This year her team has arrested 27 people and safeguarded 12 children.
"""

FEATURE_C = """ date 2025-06-02 County lines week

Officers arrested 23 people during a week of action across the county.

In Bolton, seven people were arrested after raids on two flats.

Anyone with information should contact Greater Manchester Police.
"""


def test_the_force_s_named_work_in_an_area_frames_a_feature() -> None:
    got = areas(FEATURE_A)
    assert got[("arrests", 31)] == "Test Valley"
    assert got[("lines_closed", 5)] == "Test Valley"
    got = areas(FEATURE_B)
    assert got[("arrests", 27)] == "Wyre Forest"
    assert got[("safeguarded", 12)] == "Wyre Forest"


def test_a_later_town_s_share_still_leaves_the_force_s_release_to_the_force() -> None:
    got = areas(FEATURE_C)
    assert got[("arrests", 23)] == "Greater Manchester"
    assert got[("arrests", 7)] == "Bolton"


# -- a decimal point ends no sentence when the force's sentence names its area --------------

DECIMAL_A = """ date 2025-06-02 Day of action

Lancashire Police said officers arrested 16 people, seized 2.4kg of cannabis and closed three \
deal lines across Pendle during the day.
"""

DECIMAL_B = """ date 2025-06-02 Day of action

Derbyshire Constabulary recovered 0.5kg of cocaine and £3,000 in cash in Erewash on Tuesday, \
and arrested six people.
"""


def test_a_decimal_in_the_force_s_sentence_keeps_its_named_area() -> None:
    got = areas(DECIMAL_A)
    assert got[("arrests", 16)] == "Pendle"
    assert got[("lines_closed", 3)] == "Pendle"
    assert areas(DECIMAL_B)[("arrests", 6)] == "Erewash"


THOUSANDS = """ date 2025-06-02 Day of action

Cumbria Police said officers seized £12,400 in cash and £3,150 of cocaine and arrested nine \
people in Allerdale during the day of action.
"""


def test_a_thousands_comma_is_no_share_before_the_force_s_named_area() -> None:
    got = areas(THOUSANDS)
    assert got[("arrests", 9)] == "Allerdale"
    assert got[("cash_seized", 12400)] == "Allerdale"


RAIDED_SITE = """ date 2025-06-02 Cash found in raids

Kent Police found £96,000 in cash when officers raided a flat in Margate as part of an \
inquiry into a cocaine network.

A second address in Ramsgate was searched the same day.

Three people were arrested and 11 phones were seized.
"""


def test_a_raided_flat_s_town_in_the_force_s_sentence_is_a_site_not_the_release_s_area() -> None:
    assert areas(RAIDED_SITE)[("arrests", 3)] == "Kent"


# -- a district's own operation: its running total is the district's, not the force's --------

DISTRICT_TOTAL_A = """ date 2025-06-02 The long game

Inspector Sam Hale leads Operation Pennine, Lancashire Police's push against the drug lines \
running into Hyndburn. Since it began in January, the operation has led to 28 arrests and the \
closure of six lines.
"""

DISTRICT_TOTAL_B = """ date 2025-06-02 Crackdown continues

Operation Clearwater, the council and police campaign against county lines in Thanet, has so \
far led to 40 arrests since it started in March, Kent Police said.
"""


def test_a_district_operation_s_running_total_keeps_the_district() -> None:
    got = areas(DISTRICT_TOTAL_A)
    assert got[("arrests", 28)] == "Hyndburn"
    assert got[("lines_closed", 6)] == "Hyndburn"
    assert areas(DISTRICT_TOTAL_B)[("arrests", 40)] == "Thanet"


# -- "a day of action in <area>, <weekday date>, led to ...": the operation's one area --------

DAY_A = """ date 2025-03-04 Live: police raids on the coast

Kent Police has carried out raids in Margate and Ramsgate.

The force said today's day of action in Thanet, Tuesday 4 March, led to 12 arrests.

Officers seized £5,000 in cash and closed two deal lines.
"""

DAY_B = """ date 2025-03-04 Raids

Essex Police officers searched homes in Canvey Island and Benfleet this week.

Two days of action in Castle Point, Monday and Tuesday, ended with nine arrests and seven phones \
seized.
"""


def test_a_day_of_action_in_an_area_followed_by_its_date_frames_the_story() -> None:
    got = areas(DAY_A)
    assert got[("arrests", 12)] == "Thanet"
    assert got[("cash_seized", 5000)] == "Thanet"
    assert got[("lines_closed", 2)] == "Thanet"
    got = areas(DAY_B)
    assert got[("arrests", 9)] == "Castle Point"
    assert got[("phones_seized", 7)] == "Castle Point"


# -- "<force>'s push against dealing in the town": the one town named before ----------------

IN_THE_TOWN_A = """ date 2025-03-04 The officer who knocks on every door

Constable Ian Marsh has spent eleven years on Worksop's estates.

He is part of Operation Ryton, Nottinghamshire Police's campaign against county lines dealing \
in the town. Since May the team has made 19 arrests and closed four lines.

"It is slow work," he says.

Officers have also seized 14 knives and £6,000 in cash.
"""

IN_THE_TOWN_B = """ date 2025-03-04 Letter to parents

Parents at schools in Durham were sent a letter this week.

Durham Constabulary officers working across the city arrested 11 people and spoke to 300 \
pupils during a month of action.
"""


def test_the_force_s_work_in_the_town_is_the_one_town_named_before() -> None:
    got = areas(IN_THE_TOWN_A)
    assert got[("arrests", 19)] == "Worksop"
    assert got[("lines_closed", 4)] == "Worksop"
    assert got[("knives_seized", 14)] == "Worksop"
    assert got[("cash_seized", 6000)] == "Worksop"
    assert areas(IN_THE_TOWN_B)[("arrests", 11)] == "Durham"
