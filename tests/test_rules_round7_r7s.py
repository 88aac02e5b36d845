"""Rules backend, scope round 7: how the article's main area is chosen.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``: a force's week
that "formed part of" a national week is still the force's.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_areas as areas

# -- a local week inside a national one: the national week is context, not scope -----------

PART_OF_NATIONAL_A = """ date 2025-05-09 Staffordshire Police detained 29 people and shut down \
seven drug lines during a week targeting county lines across the county.

The week, which ran from Monday 28 April to Sunday 4 May, was part of a national \
intensification week led by the National County Lines Coordination Centre.

Officers executed 12 warrants and seized £15,200 in cash and 33 mobile phones.
"""

PART_OF_NATIONAL_B = """ date 2025-05-09 Thirty arrests as police hit drug gangs in Hull and Grimsby

By A Reporter
Published: 9 May 2025, 07:15

Officers in Humberside made 30 arrests during a week of action on county lines, the force said.

Running from 28 April to 4 May, the activity formed part of a national county lines \
crackdown co-ordinated by the NCLCC.

Across the force area officers recovered £9,900 in cash and 14 phones.
"""

PART_OF_NATIONAL_C = """ date 2025-05-09 Police in Suffolk arrested 22 people in a week of \
county lines raids, the force has said.

The raids between 28 April and 4 May were part of a national week of action across England \
and Wales.

Officers also seized 19 phones and safeguarded 11 vulnerable people.
"""


def test_a_dated_national_week_sentence_does_not_make_a_force_week_national() -> None:
    got = areas(PART_OF_NATIONAL_A)
    assert got[("arrests", 29)] == "Staffordshire"
    assert got[("warrants", 12)] == "Staffordshire"
    assert got[("cash_seized", 15200)] == "Staffordshire"
    got = areas(PART_OF_NATIONAL_B)
    assert got[("arrests", 30)] == "Humberside"
    assert got[("cash_seized", 9900)] == "Humberside"
    assert got[("phones_seized", 14)] == "Humberside"
    got = areas(PART_OF_NATIONAL_C)
    assert got[("arrests", 22)] == "Suffolk"
    assert got[("phones_seized", 19)] == "Suffolk"
    assert got[("safeguarded", 11)] == "Suffolk"


# -- a story about one town: its force acting there is the town's ------------------------

ONE_TOWN_RAID_A = """ date 2025-05-09 Three people have been held after officers searched a \
house in Rotherham thought to be used by a county line supplying Barnsley.

South Yorkshire Police recovered 40 wraps of crack cocaine and £2,650 in cash at the house \
on Thursday.
"""

ONE_TOWN_RAID_B = """ date 2025-05-09 Officers closed a deal line and arrested two teenagers \
during a raid on a flat in Stockport.

Greater Manchester Police seized 300g of cocaine and £1,900 in cash from the flat.
"""

ONE_TOWN_RAID_C = """ date 2025-05-09 A man was charged after a drugs raid at a home in Crewe.

Cheshire Constabulary officers seized 22 phones and £5,300 in cash in the search.
"""

TWO_TOWNS_RAID = """ date 2025-05-09 Five people were arrested after raids in Rotherham.

South Yorkshire Police also searched a flat in Doncaster and seized £2,650 in cash.
"""


def test_the_force_acting_in_a_one_town_story_works_for_the_town() -> None:
    got = areas(ONE_TOWN_RAID_A)
    assert got[("arrests", 3)] == "Rotherham"
    assert got[("cash_seized", 2650)] == "Rotherham"
    got = areas(ONE_TOWN_RAID_B)
    assert got[("cash_seized", 1900)] == "Stockport"
    got = areas(ONE_TOWN_RAID_C)
    assert got[("phones_seized", 22)] == "Crewe"
    assert got[("cash_seized", 5300)] == "Crewe"


def test_a_story_over_two_towns_of_the_force_keeps_the_force() -> None:
    got = areas(TWO_TOWNS_RAID)
    assert got[("arrests", 5)] == "Rotherham"
    assert got[("cash_seized", 2650)] != "Rotherham"


# -- a council area or a named wider area inside a force is the story's area ---------------

COUNCIL_AREA_A = """ date 2025-05-09 Dealers targeted in Torfaen

A fortnight-long police operation against drug dealers in Torfaen has ended with 17 \
arrests, Gwent Police said.

Officers executed nine warrants across the borough and seized £6,100 in cash.

Eleven of the arrests were in Pontypool.
"""

COUNCIL_AREA_B = """ date 2025-05-09 Twelve people were arrested across North East Lincolnshire \
during a week targeting drug lines, Humberside Police said.

Across North East Lincolnshire, officers also seized 21 mobile phones.

Eight of the arrests were made in Grimsby.
"""

NAMED_WIDER_AREA = """ date 2025-05-09 Dozens held in Black Country drugs push

West Midlands Police made 36 arrests in the Black Country during a fortnight targeting county \
lines.

Twenty of the arrests were made in Dudley.

The force also recovered £18,000 in cash and closed five deal lines.
"""


def test_a_council_area_the_lead_places_the_operation_in_is_the_main_area() -> None:
    got = areas(COUNCIL_AREA_A)
    assert got[("arrests", 17)] == "Torfaen"
    assert got[("warrants", 9)] == "Torfaen"
    assert got[("cash_seized", 6100)] == "Torfaen"
    assert got[("arrests", 11)] == "Pontypool"
    got = areas(COUNCIL_AREA_B)
    assert got[("arrests", 12)] == "North East Lincolnshire"
    assert got[("phones_seized", 21)] == "North East Lincolnshire"
    assert got[("arrests", 8)] == "Grimsby"


def test_a_named_wider_area_inside_the_force_keeps_the_force_s_totals() -> None:
    got = areas(NAMED_WIDER_AREA)
    assert got[("arrests", 36)] == "Black Country"
    assert got[("arrests", 20)] == "Dudley"
    assert got[("cash_seized", 18000)] == "Black Country"
    assert got[("lines_closed", 5)] == "Black Country"


# -- a town in a later coordinated clause does not open a paragraph about the town ----------

LATER_CLAUSE_TOWN = """ date 2025-05-09 Week of action across Cumbria

Cumbria Police arrested 26 people during a week of action against county lines.

Officers checked on more than 30 vulnerable people at home, and about 150 pupils at schools \
in Carlisle heard talks on exploitation.

Separately, officers visited 18 addresses linked to cuckooing.
"""


def test_a_town_in_a_later_clause_scopes_only_that_clause() -> None:
    got = areas(LATER_CLAUSE_TOWN)
    assert got[("safeguarded", 30)] == "Cumbria"
    assert got[("outreach", 150)] == "Carlisle"


# -- a county of a larger force: the force as the source of the county's figures ----------

COUNTY_OF_FORCE_A = """ date 2025-05-09 Police arrest 19 in Berkshire drugs week

Nineteen people were arrested across Berkshire during a Thames Valley Police week of action \
against county lines.

The force said officers also seized £8,700 in cash and 26 phones.
"""

COUNTY_OF_FORCE_B = """ date 2025-05-09 Dealers targeted across Shropshire

Officers arrested 23 people across Shropshire in a week targeting drug lines, West Mercia \
Police has said.

West Mercia Police said officers also closed six deal lines and recovered £4,400 in cash.
"""


def test_the_force_as_source_in_a_story_about_one_of_its_counties_is_the_county_s() -> None:
    got = areas(COUNTY_OF_FORCE_A)
    assert got[("arrests", 19)] == "Berkshire"
    assert got[("cash_seized", 8700)] == "Berkshire"
    assert got[("phones_seized", 26)] == "Berkshire"
    got = areas(COUNTY_OF_FORCE_B)
    assert got[("arrests", 23)] == "Shropshire"
    assert got[("lines_closed", 6)] == "Shropshire"
    assert got[("cash_seized", 4400)] == "Shropshire"


# -- "Rotherham officers arrested ...": the town's officers open the story -----------------

TOWN_OFFICERS_A = """ date 2025-05-09 Homes taken over by dealers closed

Rotherham officers arrested 14 people during a fortnight targeting dealers who take over the \
homes of vulnerable tenants.

The operation was run by South Yorkshire Police with the council.

Officers visited 28 properties and seized £3,900 in cash.
"""

TOWN_OFFICERS_B = """ date 2025-05-09 Crack dealers held

Police in Preston have arrested nine people in a week of raids on drug lines, Lancashire \
Constabulary said.

Detectives also seized 12 phones.
"""

TOWN_OFFICERS_C = """ date 2025-05-09 Cuckooing crackdown

Swindon detectives made 11 arrests over a month-long operation against county lines, \
Wiltshire Police said.

Eight vulnerable people were safeguarded.
"""


def test_a_town_s_officers_opening_the_story_make_it_the_town_s() -> None:
    got = areas(TOWN_OFFICERS_A)
    assert got[("arrests", 14)] == "Rotherham"
    assert got[("addresses_visited", 28)] == "Rotherham"
    assert got[("cash_seized", 3900)] == "Rotherham"
    got = areas(TOWN_OFFICERS_B)
    assert got[("arrests", 9)] == "Preston"
    assert got[("phones_seized", 12)] == "Preston"
    got = areas(TOWN_OFFICERS_C)
    assert got[("arrests", 11)] == "Swindon"
    assert got[("safeguarded", 8)] == "Swindon"


# -- a compass part of a county the story places its work in is the story's area ------------

COUNTY_PART_A = """ date 2025-05-09 Operation Lantern: 18 arrests in Workington and Whitehaven

Officers have arrested 18 people during a week of action against drug dealing in west Cumbria.

The officers also seized £7,300 in cash and closed four deal lines.

In Whitehaven, 10 of the arrests were made.
"""

COUNTY_PART_B = """ date 2025-05-09 Drugs week

Lancashire Constabulary made 25 arrests in a fortnight of raids across east Lancashire.

Officers recovered 19 phones. In Burnley, nine people were arrested.
"""


def test_a_compass_part_of_the_force_s_county_is_the_story_s_area() -> None:
    got = areas(COUNTY_PART_A)
    assert got[("arrests", 18)] == "west Cumbria"
    assert got[("cash_seized", 7300)] == "west Cumbria"
    assert got[("lines_closed", 4)] == "west Cumbria"
    assert got[("arrests", 10)] == "Whitehaven"
    got = areas(COUNTY_PART_B)
    assert got[("arrests", 25)] == "east Lancashire"
    assert got[("phones_seized", 19)] == "east Lancashire"
    assert got[("arrests", 9)] == "Burnley"


# -- a neighbourhood whose namesake in the wide town list lies in another region ------------

NEIGHBOURHOOD_NAMESAKE = """ date 2025-05-09 Drugs raids in Swansea

Officers arrested 12 people in Swansea during a week of raids on county lines dealers.

Five of the arrests were made at a single house in the Townhill area.

A further £2,100 in cash was found at a flat in Stonehouse.
"""


def test_a_wide_list_namesake_from_another_region_is_no_scope() -> None:
    got = areas(NEIGHBOURHOOD_NAMESAKE)
    assert got[("arrests", 12)] == "Swansea"
    assert got[("arrests", 5)] == "Swansea"
    assert got[("cash_seized", 2100)] == "Swansea"


# -- a Police Scotland division named as the actor, "across the division" ------------------

DIVISION_ACTOR = """ date 2025-05-09 Police in Kirkcaldy have arrested 12 people in a week \
targeting heroin dealers in the town.

Officers from Fife Division executed nine search warrants during the week.

Across the division, officers made a total of 31 arrests. In Dunfermline, eight people were \
arrested.
"""

DIVISION_ACROSS = """ date 2025-05-09 Week of action in Inverness

Police in Inverness made 14 arrests during a week of action.

Across the Highlands and Islands Division, 40 arrests have been made this month.
"""


def test_a_division_named_as_actor_or_across_scopes_its_figures() -> None:
    got = areas(DIVISION_ACTOR)
    assert got[("arrests", 12)] == "Kirkcaldy"
    assert got[("warrants", 9)] == "Fife"
    assert got[("arrests", 31)] == "Fife"
    assert got[("arrests", 8)] == "Dunfermline"
    got = areas(DIVISION_ACROSS)
    assert got[("arrests", 14)] == "Inverness"
    assert got[("arrests", 40)] == "Highlands and Islands"


# -- a share in a neighbourhood keeps its total's town ----------------------------------------

SHARE_IN_DISTRICT = """ date 2025-05-09 Week of action across Lancashire

Lancashire Constabulary made 60 arrests during a week of action against county lines.

In Preston, 21 people were arrested, including seven in a day of raids in Ribbleton.

Twelve of the arrests were made in Blackpool, including four in one morning in Claremont Heights.

Of those arrested, nine were held in Lancaster, including three on an estate in Fulwood.
"""


def test_a_share_placed_in_an_unlisted_district_keeps_its_total_s_town() -> None:
    got = areas(SHARE_IN_DISTRICT)
    assert got[("arrests", 21)] == "Preston"
    assert got[("arrests", 7)] == "Preston"
    assert got[("arrests", 12)] == "Blackpool"
    assert got[("arrests", 4)] == "Blackpool"
    assert got[("arrests", 9)] == "Lancaster"
    assert got[("arrests", 3)] == "Lancaster"


def test_a_share_in_a_listed_town_keeps_its_own_town() -> None:
    text = (
        " date 2025-05-09 Week of action\n\nGreater Manchester Police made 60 arrests during a "
        "week of action against county lines.\n\nTwenty of the arrests were made in Manchester, "
        "including six in Salford.\n"
    )
    assert areas(text)[("arrests", 6)] == "Salford"


# -- "Regionally, ...": the region the article names ------------------------------------------

REGIONALLY = """ date 2025-05-09 Essex Police arrested 41 people during a week of action.

The week was co-ordinated by the Eastern Region Special Operations Unit (ERSOU).

Officers in the county also seized £9,000 in cash.

Regionally, 120 people were arrested and 33 deal lines were closed.
"""

SOUTHERN_WALES = """ date 2025-05-09 South Wales Police arrested 30 people in Cardiff during \
a week of action led by Tarian, the regional organised crime unit.

Across southern Wales, the forces and Tarian made 95 arrests over the week.
"""


def test_regionally_and_southern_wales_are_the_region() -> None:
    got = areas(REGIONALLY)
    assert got[("arrests", 41)] == "Essex"
    assert got[("cash_seized", 9000)] == "Essex"
    assert got[("arrests", 120)] == "Eastern region"
    assert got[("lines_closed", 33)] == "Eastern region"
    assert areas(SOUTHERN_WALES)[("arrests", 95)] == "Southern Wales"


# -- "In Hartlepool, Cleveland officers ...": a force's officers named by its area ----------

AREA_OFFICERS = """ date 2025-05-09 Week of action across the North East

Forces across the North East made 140 arrests during a regional week of action.

In Middlesbrough, Cleveland officers searched seven addresses and seized £4,300 in cash.

In Gateshead, Northumbria officers closed three lines.
"""


def test_a_force_s_officers_named_by_its_area_act_in_the_sentence_s_town() -> None:
    got = areas(AREA_OFFICERS)
    assert got[("cash_seized", 4300)] == "Middlesbrough"
    assert got[("lines_closed", 3)] == "Gateshead"


# -- "the city" in a story about one city ------------------------------------------------------

THE_CITY_OF_THE_STORY = """ date 2025-05-09 Police in Aberdeen have arrested 15 people during a \
week targeting dealers who travel north to sell crack cocaine in the city.

Across the division, officers made 26 arrests. In Peterhead, five people were arrested.

Police said 12 vulnerable people in the city had been given support.
"""


def test_the_city_in_a_one_city_story_is_that_city() -> None:
    got = areas(THE_CITY_OF_THE_STORY)
    assert got[("arrests", 15)] == "Aberdeen"
    assert got[("arrests", 5)] == "Peterhead"
    assert got[("safeguarded", 12)] == "Aberdeen"


# -- a force's own figures in a week the regional unit led ------------------------------------

FORCE_IN_ROCU_WEEK = """ date 2025-05-09 Regional week of action

Lancashire Constabulary arrested 44 people during a regional week of action led by the North \
West Regional Organised Crime Unit.

Essex Police made 29 arrests during a week of action co-ordinated by ERSOU.

Gwent Police detained 17 people during the Tarian region's week of action.
"""


def test_a_force_s_figures_in_a_week_a_rocu_led_are_the_force_s() -> None:
    got = areas(FORCE_IN_ROCU_WEEK)
    assert got[("arrests", 44)] == "Lancashire"
    assert got[("arrests", 29)] == "Essex"
    assert got[("arrests", 17)] == "Gwent"


# -- an operation word does not reach across a line break to the next line's place ------------

KEY_POINTS = """ date 2025-05-09 LIVE: Oldham and Rochdale drugs raids - updates

Key points
- Greater Manchester Police raiding homes across Oldham and Rochdale
- Part of the force's long-running county lines operation
- Traffic held in Rochdale town centre during a search

15:10
In its last update, GMP said officers had arrested 14 people and seized £9,500 in cash.
"""


def test_an_operation_word_does_not_scope_the_next_line_s_place() -> None:
    got = areas(KEY_POINTS)
    assert got[("arrests", 14)] == "Greater Manchester"
    assert got[("cash_seized", 9500)] == "Greater Manchester"
