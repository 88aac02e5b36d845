"""Rules backend, scope round 5: classes of scope error seen on retired holdouts 6 and 7.

Every article here is written for these tests (none is copied from an evaluation
set); each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.rules import extract_report
from extractor.testing.rules import statistic_areas as areas

TWO_FORCES_LEAD = """ date 2025-06-04 Neighbouring forces team up against drug lines

Essex Police and Kent Police detained 39 people in a joint week of action on county lines, \
the two forces said on Friday.

Between them the forces shut 11 deal lines and recovered £18,200 in cash.

Essex officers made 21 of the arrests.
"""


def test_two_forces_acting_together_scope_as_their_joint_area() -> None:
    got = areas(TWO_FORCES_LEAD)
    assert got[("arrests", 39)] == "Essex and Kent"
    assert got[("lines_closed", 11)] == "Essex and Kent"
    assert got[("cash_seized", 18200)] == "Essex and Kent"
    assert got[("arrests", 21)] == "Essex"


TWO_COUNTIES_ACROSS = """ date 2025-06-04 Drug runners targeted on the border

Officers spent a week on the roads between the two counties.

Across Derbyshire and Staffordshire the week produced 27 arrests and 6 warrants.
"""


def test_across_two_named_counties_is_their_joint_area() -> None:
    got = areas(TWO_COUNTIES_ACROSS)
    assert got[("arrests", 27)] == "Derbyshire and Staffordshire"
    assert got[("warrants", 6)] == "Derbyshire and Staffordshire"


THREE_COUNTIES_ACROSS = """ date 2025-06-04 Regional week results

Officers made 52 arrests during a county lines week of action across Norfolk, Suffolk and \
Cambridgeshire.
"""


def test_three_listed_counties_still_scope_as_their_region() -> None:
    assert areas(THREE_COUNTIES_ACROSS)[("arrests", 52)] == "Eastern region"


TOWN_WHERE = """ date 2025-06-04 Week of action results

Avon and Somerset Police arrested 40 people during the week.

The most arrests came in the south of the force area, and the busiest place was Yeovil, where \
officers arrested 13 people and executed five warrants.

Somerset's totals were headed by Taunton, where 9 arrests were made.
"""


def test_a_town_then_where_scopes_the_figures_of_its_where_clause() -> None:
    got = areas(TOWN_WHERE)
    assert got[("arrests", 40)] == "Avon and Somerset"
    assert got[("arrests", 13)] == "Yeovil"
    assert got[("warrants", 5)] == "Yeovil"
    assert got[("arrests", 9)] == "Taunton"


REGION_THEN_TWO_FORCES = """ date 2025-06-04 National week of action results

More than 900 people were arrested across England and Wales during the week, the NCA said.

In the South West, Devon and Cornwall Police and Dorset Police reported 61 arrests between them.
"""


def test_two_forces_under_a_named_region_take_that_region() -> None:
    assert areas(REGION_THEN_TWO_FORCES)[("arrests", 61)] == "South West"


DIVISION_NAMED = """ date 2025-06-04 Drug dealers targeted in two-week push

Police Scotland officers in Lanarkshire have arrested 22 people during a fortnight of action \
against dealers from across the border.

Officers also recovered £7,800 in cash and carried out 9 warrants.
"""


def test_a_police_scotland_division_named_as_the_scope_is_the_area() -> None:
    got = areas(DIVISION_NAMED)
    assert got[("arrests", 22)] == "Lanarkshire"
    assert got[("cash_seized", 7800)] == "Lanarkshire"
    assert got[("warrants", 9)] == "Lanarkshire"


NEIGHBOURHOOD_SITE = """ date 2025-06-04 Raids in the city

Norfolk Constabulary arrested 14 people in Norwich during a week of action.

Officers also seized £9,200 in cash, £6,000 of it from a safe at a house in Lakenhollow.

In Leeds, five men were arrested at flats in Brackmoor and Hollinfield.

Officers recovered £2,500 in cash from a car stopped in Kettlewick.
"""


def test_a_site_in_a_neighbourhood_no_gazetteer_lists_is_the_framing_town_s() -> None:
    got = areas(NEIGHBOURHOOD_SITE)
    assert got[("arrests", 14)] == "Norwich"
    assert got[("cash_seized", 6000)] == "Norwich"
    assert got[("arrests", 5)] == "Leeds"
    assert got[("cash_seized", 2500)] == "Norwich"


TOWN_AND_ITS_DIVISION = """ date 2025-06-04 Police Scotland week of action

Police Scotland arrested 40 people across the country during the week.

In Glasgow, 12 people were arrested. Nine arrests were made in Dumfries and the Dumfries and \
Galloway area, and six in Ayr and the Ayrshire coast.

Eight arrests were made in Inverness and the Highlands.
"""


def test_a_town_and_the_named_area_around_it_is_that_area() -> None:
    got = areas(TOWN_AND_ITS_DIVISION)
    assert got[("arrests", 12)] == "Glasgow"
    assert got[("arrests", 8)] == "Highlands"


ELLIPTIC_WORD_LAST = """ date 2025-06-04 Week results

Lancashire Constabulary arrested 40 people during the week. Preston had 18 arrests, Burnley 7 \
and Lancaster four.

Blackpool accounted for 12 of the warrants, Chorley 5 and Morecambe three, while 9 more were \
executed elsewhere.
"""


def test_the_last_place_of_an_elliptic_list_takes_its_spelled_number() -> None:
    got = areas(ELLIPTIC_WORD_LAST)
    assert got[("arrests", 7)] == "Burnley"
    assert got[("arrests", 4)] == "Lancaster"
    assert got[("warrants", 3)] == "Morecambe"


UNKNOWN_AREA_OPENS = """ date 2025-06-04 Week results

Kent Police arrested 41 people during the week.

In Hollowmere, 17 of the arrests were made, most of them in Margate.

In December, 6 people were arrested.
"""


def test_an_unknown_area_opening_its_sentence_with_a_comma_scopes_it() -> None:
    got = areas(UNKNOWN_AREA_OPENS)
    assert got[("arrests", 17)] == "Hollowmere"
    assert got[("arrests", 6)] == "Kent"


ON_THE_ISLAND = """ date 2025-06-04 Week results

Hampshire Constabulary arrested 52 people during the week.

On the Isle of Wight itself, five arrests were made in Cowes and Ryde, and 14 vulnerable people \
were visited.
"""


def test_on_the_island_opening_its_sentence_scopes_it() -> None:
    got = areas(ON_THE_ISLAND)
    assert got[("arrests", 5)] == "Isle of Wight"


TOWN_BY_FORCE = """ date 2025-06-04 National week results

More than 900 people were arrested across England and Wales during the week, the NCA said.

In Suffolk, a raid on a flat in Ipswich by Suffolk Constabulary recovered £41,000 in cash.
"""


def test_a_raid_in_a_town_by_its_force_is_the_town_s() -> None:
    assert areas(TOWN_BY_FORCE)[("cash_seized", 41000)] == "Ipswich"


POLICE_ON_PLACE = """ date 2025-06-04 Raids hit supply network

Police on Teesside have executed 12 warrants, targeting a network that moved crack cocaine \
along the coast and into North Yorkshire.

Nine people were arrested. Officers seized £5,400 in cash and 11 phones.
"""


def test_police_on_a_place_in_the_lead_frame_the_article() -> None:
    got = areas(POLICE_ON_PLACE)
    assert got[("warrants", 12)] == "Teesside"
    assert got[("cash_seized", 5400)] == "Teesside"
    assert got[("phones_seized", 11)] == "Teesside"


TOWN_HEADINGS = """ date 2025-06-04 Knife and drugs week results

West Yorkshire Police arrested 61 people during the week.

Bradford

The city accounted for 22 of the arrests, and officers found 9 knives in parks.

Wakefield

Officers recovered £4,300 in cash from a flat in Lupset.

How the week worked

Officers also made 40 visits to addresses.
"""


def test_a_town_heading_scopes_the_section_under_it() -> None:
    got = areas(TOWN_HEADINGS)
    assert got[("knives_seized", 9)] == "Bradford"
    assert got[("cash_seized", 4300)] == "Wakefield"
    assert got[("addresses_visited", 40)] == "West Yorkshire"


CAPITAL_HEADINGS = """ date 2025-06-04 Court round-up: two drug lines dealt with

Two county lines cases were heard at Lincoln Crown Court this month.

THE BUS STATION ARREST, GRANTHAM

A man from Nottingham was jailed for three years. He had 35 wraps of crack cocaine and three \
phones when officers stopped him.

THE BOSTON GANG

Three men who sold heroin to users across the town were jailed. Officers seized two cars and \
£6,200 in cash.
"""


def test_a_capitalised_heading_naming_one_town_scopes_its_section() -> None:
    got = areas(CAPITAL_HEADINGS)
    assert got[("phones_seized", 3)] == "Grantham"
    assert got[("cash_seized", 6200)] == "Boston"


SITE_AFTER_TOWN = """ date 2025-06-04 Week of action results

Thames Valley Police arrested 38 people during the week.

Five of the week's warrants were executed in Banbury. At one address officers found 140 \
cannabis plants in a loft.

The busiest town was Slough, where 11 of the arrests were made. A warrant at a flat on the \
edge of the town recovered £7,250 in cash.
"""


def test_a_sentence_opening_on_one_of_the_sites_just_named_takes_their_town() -> None:
    got = areas(SITE_AFTER_TOWN)
    assert got[("arrests", 11)] == "Slough"
    assert got[("cash_seized", 7250)] == "Slough"
    assert got[("other", 140)] == "Banbury"


SECTION_THEN_GENERAL = """ date 2025-06-04 Week of action results

Cumbria Police arrested 30 people and closed 8 deal lines during the week.

CARLISLE

In Carlisle, officers made 12 of the arrests.

Officers also visited 25 addresses.
"""


def test_a_heading_scopes_only_the_paragraph_under_it() -> None:
    got = areas(SECTION_THEN_GENERAL)
    assert got[("arrests", 12)] == "Carlisle"
    assert got[("addresses_visited", 25)] == "Cumbria"


AMONG_THEM = """ date 2025-06-04 Week of action results

Staffordshire Police arrested 33 people during the week. Officers also seized 9 weapons, \
among them a sword found under a bed in Tamworth.
"""


def test_a_place_of_one_example_among_a_total_does_not_scope_the_total() -> None:
    assert areas(AMONG_THEM)[("weapons_seized", 9)] == "Staffordshire"


TOWN_THEN_FORCE_AREA = """ date 2025-06-04 Raids in Taunton

Officers arrested 9 people in Taunton on Tuesday.

Avon and Somerset Police said cash was found at one of the flats.

The force said the raids were among 31 warrants executed across the force area this week.
"""


def test_the_force_area_of_a_town_story_is_the_force_s_whole_area() -> None:
    got = areas(TOWN_THEN_FORCE_AREA)
    assert got[("arrests", 9)] == "Taunton"
    assert got[("warrants", 31)] == "Avon and Somerset"


FORCE_THEN_ITS_TOWN = """ date 2025-06-04 Raid on flat

A teenager from Manchester was one of four people arrested when Lancashire Police raided a \
house in Preston on Monday morning.
"""


def test_a_figure_before_a_force_acting_in_one_of_its_towns_is_the_town_s() -> None:
    assert areas(FORCE_THEN_ITS_TOWN)[("arrests", 4)] == "Preston"


WHILE_CLAUSE = """ date 2025-06-04 Summer week of action

Cumbria Police arrested 21 people during a week of action on county lines.

Plain-clothes officers watched the station in Penrith and the lakeside in Keswick, while \
neighbourhood teams visited 31 addresses across the area.

In Carlisle, officers arrested six people, while 4 knives were handed in.
"""


def test_places_of_an_earlier_clause_do_not_scope_a_figure_after_while() -> None:
    got = areas(WHILE_CLAUSE)
    assert got[("addresses_visited", 31)] == "Cumbria"
    assert got[("arrests", 6)] == "Carlisle"
    assert got[("knives_seized", 4)] == "Carlisle"


TOWN_STORY_FORCE_SOURCE = """ date 2025-06-04 Raids on two flats

Three people were arrested when officers raided two flats in Taunton on Wednesday.

Avon and Somerset Police said cash was found at the first. At the second, officers recovered \
30 wraps of heroin.
"""


def test_the_force_as_source_of_a_town_story_is_not_its_scope() -> None:
    assert areas(TOWN_STORY_FORCE_SOURCE)[("other", 30)] == "Taunton"


MID_PARAGRAPH_OPENER = """ date 2025-06-04 Week of action results

Kent Police arrested 44 people during the week.

The results were uneven. In Dartford, officers made 9 arrests. They also seized 3 knives.
"""


def test_a_place_opening_a_later_sentence_scopes_the_rest_of_its_paragraph() -> None:
    got = areas(MID_PARAGRAPH_OPENER)
    assert got[("arrests", 9)] == "Dartford"
    assert got[("knives_seized", 3)] == "Dartford"


A_ROAD = """ date 2025-06-04 Drugs found in car

Nottinghamshire Police arrested two men after their car was stopped on the A614 on Friday. \
Officers found 300g of cocaine. The force said Grade A1 intelligence led to the stop. The \
gang ran drugs along the A57 into Lincolnshire.
"""


def test_an_a_road_a_stop_was_made_on_is_a_location() -> None:
    report = extract_report(A_ROAD, article_id="t", topic_check=False)
    assert "A614" in report.locations
    assert "A1" not in report.locations
    assert "A57" not in report.locations  # a route, not a site


STATION_THEN_THEY = """ date 2025-06-04 Seaside week of action

Norfolk Constabulary arrested 19 people during a week of action on county lines.

British Transport Police officers patrolled Cromer railway station over the weekend. They \
arrested two people getting off a train and seized 18 wraps of heroin.
"""


def test_they_after_officers_at_a_town_s_station_act_in_that_town() -> None:
    got = areas(STATION_THEN_THEY)
    assert got[("arrests", 2)] == "Cromer"
    assert got[("other", 18)] == "Cromer"
