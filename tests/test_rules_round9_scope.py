"""Rules backend, scope round 9: mechanisms behind the scope errors left on text the rules
were not written on (holdout9 and the earlier training sets).

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_areas as areas

# -- a bare town name on its own line heads the bullet list under it ----------------------

TOWN_HEADING_BULLETS_A = """ date 2025-06-02 Drugs week results across Kent

Kent Police made 52 arrests during a week of action against county lines.

Here is how the week went in three towns.

Maidstone
- 15 arrests
- 6 warrants executed
- £9,400 in cash seized
- 3 lines closed

Ashford
- 8 arrests
- 12 phones seized

Detective Inspector Jo Marsh said the force would keep up the pressure on dealers.
"""

TOWN_HEADING_BULLETS_B = """ date 2025-06-02 County lines: the figures

Over seven days, Lancashire Constabulary arrested 40 people and closed 11 lines.

Preston
* 17 arrests
* 5 vehicles seized
* 21 people safeguarded

Blackpool
* 9 arrests
* 4 knives seized
"""


def test_a_bare_town_heading_scopes_every_bullet_under_it() -> None:
    got = areas(TOWN_HEADING_BULLETS_A)
    assert got[("arrests", 52)] == "Kent"
    assert got[("arrests", 15)] == "Maidstone"
    assert got[("warrants", 6)] == "Maidstone"
    assert got[("cash_seized", 9400)] == "Maidstone"
    assert got[("lines_closed", 3)] == "Maidstone"
    assert got[("arrests", 8)] == "Ashford"
    assert got[("phones_seized", 12)] == "Ashford"
    got = areas(TOWN_HEADING_BULLETS_B)
    assert got[("arrests", 40)] == "Lancashire"
    assert got[("lines_closed", 11)] == "Lancashire"
    assert got[("arrests", 17)] == "Preston"
    assert got[("vehicles_seized", 5)] == "Preston"
    assert got[("safeguarded", 21)] == "Preston"
    assert got[("arrests", 9)] == "Blackpool"
    assert got[("knives_seized", 4)] == "Blackpool"


# -- "X accounted for N, Y for M": each elliptic share takes the place before its "for" ----

ACCOUNTED_FOR_A = """ date 2025-06-02 Kent drugs week

Kent Police arrested 30 people during a week of action against county lines.

Maidstone accounted for 12 of the arrests, Ashford for 10 and Dover for the remaining eight.
"""

ACCOUNTED_FOR_B = """ date 2025-06-02 West Yorkshire week of action

West Yorkshire Police made 60 arrests during the week.

In Leeds, 16 people were arrested, with Bradford accounting for another nine.
"""

ACCOUNTED_FOR_C = """ date 2025-06-02 Wiltshire lines

Wiltshire Police closed 14 deal lines in October.

Swindon accounts for six of the lines closed and Salisbury for four.
"""


def test_each_share_after_accounted_for_takes_its_own_place() -> None:
    got = areas(ACCOUNTED_FOR_A)
    assert got[("arrests", 30)] == "Kent"
    assert got[("arrests", 12)] == "Maidstone"
    assert got[("arrests", 10)] == "Ashford"
    assert got[("arrests", 8)] == "Dover"
    got = areas(ACCOUNTED_FOR_B)
    assert got[("arrests", 60)] == "West Yorkshire"
    assert got[("arrests", 16)] == "Leeds"
    assert got[("arrests", 9)] == "Bradford"
    got = areas(ACCOUNTED_FOR_C)
    assert got[("lines_closed", 14)] == "Wiltshire"
    assert got[("lines_closed", 6)] == "Swindon"
    assert got[("lines_closed", 4)] == "Salisbury"


# -- a stop on a road "near" / "at" a town is not the town's figure (holdout 2 roads rule) --

ROAD_STOP_A = """ date 2025-06-02 Regional unit's week against county lines

The East Midlands Special Operations Unit said forces in the region made 90 arrests.

The unit's own officers made the other six arrests, including three men stopped on the M1 \
near Leicester with 3kg of cannabis in a suitcase.
"""

ROAD_STOP_B = """ date 2025-06-02 Cambridgeshire drugs week

Cambridgeshire Constabulary arrested 21 people during its week of action.

Two men were arrested after a van was stopped on the A14 near Huntingdon with £4,000 in cash \
in the boot.
"""

ROAD_STOP_C = """ date 2025-06-02 Lincolnshire Police week of action

Lincolnshire Police arrested 19 people during the week.

A lorry stopped on the A1 at Colsterworth was found to hold 2kg of cocaine.
"""


def test_a_road_stop_near_a_town_keeps_the_stopping_body_s_area() -> None:
    got = areas(ROAD_STOP_A)
    assert got[("arrests", 90)] == "East Midlands"
    assert got[("arrests", 3)] == "East Midlands"
    assert got[("drugs_weight_kg", 3)] == "East Midlands"
    got = areas(ROAD_STOP_B)
    assert got[("arrests", 21)] == "Cambridgeshire"
    assert got[("cash_seized", 4000)] == "Cambridgeshire"
    assert got[("arrests", 2)] == "Cambridgeshire"
    got = areas(ROAD_STOP_C)
    assert got[("arrests", 19)] == "Lincolnshire"
    assert got[("drugs_weight_kg", 2)] == "Lincolnshire"


# -- "officers in X arrested N. They also ...": the next sentences go on with X ----------------

GOES_ON_WITH_PLACE_A = """ date 2025-06-02 Devon and Cornwall Police week of action

Devon and Cornwall Police ran a week of action against county lines in November.

Over the seven days, officers in Devon arrested 25 people. They also closed six deal lines and \
seized £9,000 in cash. Fourteen vulnerable people were safeguarded.
"""

GOES_ON_WITH_PLACE_B = """ date 2025-06-02 Humberside Police week

Humberside Police said the operation led to 30 arrests across North Lincolnshire, 12 of them \
in Scunthorpe. Officers also seized £8,000 and closed three lines.
"""

GOES_ON_WITH_PLACE_C = """ date 2025-06-02 West Yorkshire Police drugs week

West Yorkshire Police made 70 arrests during its county lines week.

In the first days, detectives in Bradford arrested 11 people. They also recovered 2kg of \
cannabis.
"""


def test_a_sentence_going_on_from_a_placed_figure_keeps_its_place() -> None:
    got = areas(GOES_ON_WITH_PLACE_A)
    assert got[("arrests", 25)] == "Devon"
    assert got[("lines_closed", 6)] == "Devon"
    assert got[("cash_seized", 9000)] == "Devon"
    assert got[("safeguarded", 14)] == "Devon"
    got = areas(GOES_ON_WITH_PLACE_B)
    assert got[("arrests", 30)] == "North Lincolnshire"
    assert got[("arrests", 12)] == "Scunthorpe"
    assert got[("cash_seized", 8000)] == "North Lincolnshire"
    assert got[("lines_closed", 3)] == "North Lincolnshire"
    got = areas(GOES_ON_WITH_PLACE_C)
    assert got[("arrests", 70)] == "West Yorkshire"
    assert got[("arrests", 11)] == "Bradford"
    assert got[("drugs_weight_kg", 2)] == "Bradford"


GOES_ON_NOT_FROM_A_SHARE = """ date 2025-06-02 Cheshire drugs week

Cheshire Police arrested 40 people during a week of action, nine of them in Chester. Officers \
also seized £5,000 in cash.

Of the 40 arrests, 14 were in Crewe and six in Warrington. Officers also closed four lines.
"""


def test_a_share_s_place_is_not_carried_to_the_next_sentence() -> None:
    got = areas(GOES_ON_NOT_FROM_A_SHARE)
    assert got[("arrests", 40)] == "Cheshire"
    assert got[("arrests", 9)] == "Chester"
    assert got[("cash_seized", 5000)] == "Cheshire"
    assert got[("arrests", 14)] == "Crewe"
    assert got[("lines_closed", 4)] == "Cheshire"


# -- "across the force area" after a force whose name is also a region's --------------------

FORCE_AREA_OF_A_REGION_NAMED_FORCE = """ date 2025-06-02 National week: forces report results

More than 1,000 people were arrested nationally during the week of action.

West Midlands Police said 40 lines were shut in Coventry, while across the force area \
officers made 90 arrests.

Across the East Midlands, 120 people were arrested.
"""


def test_the_force_area_is_the_force_s_even_when_a_region_shares_its_name() -> None:
    got = areas(FORCE_AREA_OF_A_REGION_NAMED_FORCE)
    assert got[("arrests", 1000)] == "national"
    assert got[("lines_closed", 40)] == "Coventry"
    assert got[("arrests", 90)] == "West Midlands"
    assert got[("arrests", 120)] == "East Midlands"


# -- "In Scotland, officers at Glasgow and Aberdeen made N": the opener holds the listed towns

OPENER_HOLDS_THE_LIST = """ date 2025-06-02 Rail week of action

British Transport Police arrested 120 people at stations across Great Britain during the week.

At Leeds station, 14 people were arrested on one evening. In Scotland, BTP officers at \
Glasgow Central and Aberdeen made 6 arrests.

In Newport, officers made three arrests. In Wales as a whole, officers at Cardiff and Swansea \
stations made nine arrests.

In Kent, officers in Dover and Folkestone arrested 12 people.
"""


def test_an_opening_area_that_holds_every_listed_town_scopes_the_figure() -> None:
    got = areas(OPENER_HOLDS_THE_LIST)
    assert got[("arrests", 120)] == "national"
    assert got[("arrests", 6)] == "Scotland"
    assert got[("arrests", 9)] == "Wales"
    assert got[("arrests", 12)] == "Kent"


# -- "in the X area of the city": the district belongs to the town the sentence names -------

AREA_OF_THE_CITY = """ date 2025-06-02 Week of action results

West Yorkshire Police made 60 arrests during the week.

Of the 21 arrests in Leeds, seven were made in the Chapeltown area of the city.

Merseyside Police arrested 30 people in Liverpool. Officers found £4,000 at a flat in the \
Everton area of the city.
"""


def test_a_district_in_the_area_of_the_city_is_the_city_s() -> None:
    got = areas(AREA_OF_THE_CITY)
    assert got[("arrests", 21)] == "Leeds"
    assert got[("arrests", 7)] == "Leeds"
    assert got[("arrests", 30)] == "Liverpool"
    assert got[("cash_seized", 4000)] == "Liverpool"


# -- a station named as the subject of its figure is its city's ------------------------------

STATION_SUBJECT = """ date 2025-06-02 Rail week of action

British Transport Police arrested 90 people at stations across Great Britain during the week.

Birmingham New Street saw the most activity, with 12 arrests at the station.

Leeds station recorded nine arrests, and Bristol Temple Meads accounted for six.
"""


def test_a_station_that_is_the_subject_of_its_figure_scopes_it_to_its_city() -> None:
    got = areas(STATION_SUBJECT)
    assert got[("arrests", 90)] == "national"
    assert got[("arrests", 12)] == "Birmingham"
    assert got[("arrests", 9)] == "Leeds"
    assert got[("arrests", 6)] == "Bristol"


# -- a town's official long name is the town, as written -------------------------------------

LONG_TOWN_NAME = """ date 2025-06-02 Surrey Police week of action

Surrey Police made 40 arrests during the week.

In Staines-upon-Thames, 9 people were arrested after officers targeted dealers around the town \
centre.

In Newark-on-Trent, officers arrested 5 people who had been selling heroin across the town.
"""


def test_a_town_s_long_official_name_is_a_place() -> None:
    got = areas(LONG_TOWN_NAME)
    assert got[("arrests", 40)] == "Surrey"
    assert got[("arrests", 9)] == "Staines-upon-Thames"
    assert got[("arrests", 5)] == "Newark-on-Trent"


# -- "charged so far" about the reported operation is not a force-wide running total ----------

SO_FAR_IN_A_TOWN_STORY = """ date 2025-06-02 Crackdown on dealers in Crewe

A fortnight of police raids targeting county lines dealers in Crewe has led to 20 arrests, \
Cheshire Police has said.

Nine people have been charged so far, and two cars were seized.

Operation Falcon has so far led to 30 arrests since it began in March.
"""


def test_charged_so_far_stays_with_the_town_of_the_story() -> None:
    got = areas(SO_FAR_IN_A_TOWN_STORY)
    assert got[("arrests", 20)] == "Crewe"
    assert got[("charged", 9)] == "Crewe"
    assert got[("vehicles_seized", 2)] == "Crewe"
    assert got[("arrests", 30)] == "Cheshire"


# -- "In west Kent, ...": an opening compass part carries to the paragraph's later sentences --

OPENING_COMPASS_PART = """ date 2025-06-02 Kent Police week of action

Kent Police arrested 48 people during a week of action against county lines.

In west Kent, officers in Tonbridge and Sevenoaks arrested nine people. Officers also seized \
£2,500 in cash. Seven knives were recovered.

In east Lancashire, 12 people were arrested. A further 30 addresses were visited.
"""


def test_an_opening_compass_part_scopes_the_rest_of_its_paragraph() -> None:
    got = areas(OPENING_COMPASS_PART)
    assert got[("arrests", 48)] == "Kent"
    assert got[("arrests", 9)] == "west Kent"
    assert got[("cash_seized", 2500)] == "west Kent"
    assert got[("knives_seized", 7)] == "west Kent"
    assert got[("arrests", 12)] == "east Lancashire"
    assert got[("addresses_visited", 30)] == "east Lancashire"


# -- "students at Bangor University": an institution named by its town is a site in the town --

INSTITUTION_OF_A_TOWN = """ date 2025-06-02 North Wales Police week of action

North Wales Police arrested 30 people during the week.

Officers also spoke to 180 students at Bangor University about exploitation.

In Wrexham, officers gave talks to 95 pupils at Wrexham College and 40 staff at Maelor Hospital.
"""


def test_an_institution_named_by_its_town_is_in_the_town() -> None:
    got = areas(INSTITUTION_OF_A_TOWN)
    assert got[("arrests", 30)] == "North Wales"
    assert got[("outreach", 180)] == "Bangor"
    assert got[("outreach", 95)] == "Wrexham"
    assert got[("outreach", 40)] == "Wrexham"


# -- "missing from their homes in Bradford", "men who live in Manchester": homes, not scope ---

HOMES_ARE_NOT_SCOPE = """ date 2025-06-02 Drugs week

West Yorkshire Police made 50 arrests during the week.

In Leeds, officers raided a flat. Two boys who had gone missing from their homes in Bradford \
were found inside and were safeguarded.

Cheshire Police arrested four men who live in Manchester during raids in Chester.

Three teenagers living in Birmingham were found at an address in Shrewsbury and safeguarded.

Merseyside Police found £3,000 at the ringleader's home in Bootle.
"""


def test_a_place_people_live_in_does_not_scope_their_figure() -> None:
    got = areas(HOMES_ARE_NOT_SCOPE)
    assert got[("safeguarded", 2)] == "Leeds"
    assert got[("arrests", 4)] == "Chester"
    assert got[("safeguarded", 3)] == "Shrewsbury"
    assert got[("cash_seized", 3000)] == "Bootle"  # a home searched is where the figure is


# -- "a flat in Luton Road": a street named after a town is a street, not the town -----------

STREET_NAMED_AFTER_A_TOWN = """ date 2025-06-02 Medway drugs raids

Kent Police made 20 arrests in Chatham during the week.

In Chatham, a search of a flat in Luton Road uncovered 62 wraps of cocaine.

Officers stopped a car on Maidstone Road and seized £1,500 in cash.
"""


def test_a_street_named_after_a_town_is_not_the_town() -> None:
    got = areas(STREET_NAMED_AFTER_A_TOWN)
    assert got[("arrests", 20)] == "Chatham"
    assert got[("other", 62)] == "Chatham"
    assert got[("cash_seized", 1500)] == "Chatham"


# -- "N were arrested after Kent Police raided two flats in Margate": the force's own town ---

FORCE_RAIDED_COUNTED_SITES_IN_ITS_TOWN = """ date 2025-06-02 Drugs raids

A week of action against county lines ran across England.

Four people were arrested when Lancashire Police raided three houses in Preston.

Two men were detained after Kent Police officers searched five addresses in Margate.

Twelve arrests were made by Merseyside Police, who also closed 3 lines in Liverpool.
"""


def test_a_force_s_raid_on_counted_sites_in_its_own_town_places_the_arrests() -> None:
    got = areas(FORCE_RAIDED_COUNTED_SITES_IN_ITS_TOWN)
    assert got[("arrests", 4)] == "Preston"
    assert got[("arrests", 2)] == "Margate"
    assert got[("arrests", 12)] == "Merseyside"


# -- "our colleagues at Merseyside Police helped us ...": the partner force helped ------------

COLLEAGUES_AT_A_PARTNER_FORCE = """ date 2025-06-02 North Wales Police week of action

North Wales Police arrested 25 people during a week of action across the force area.

Inspector Gwen Hughes said: "Our colleagues at Merseyside Police helped us trace three of the \
lines back to Liverpool."

Sergeant Dai Price added: "Colleagues in Cheshire Constabulary helped us close two more lines."
"""


def test_a_partner_force_named_as_colleagues_is_not_the_scope() -> None:
    got = areas(COLLEAGUES_AT_A_PARTNER_FORCE)
    assert got[("arrests", 25)] == "North Wales"
    assert got[("lines_closed", 3)] == "North Wales"
    assert got[("lines_closed", 2)] == "North Wales"


# -- "..., with Merseyside Police alone closing 31 lines": the force is its share's subject ---

WITH_FORCE_DOING = """ date 2025-06-02 National week of action results

More than 1,200 people were arrested nationally during the week.

The North West's forces made 200 arrests, with Merseyside Police alone closing 30 lines.

In the South East, forces arrested 150 people, with Kent Police making 60 of the arrests.
"""


def test_a_force_after_with_that_does_the_counting_owns_its_figure() -> None:
    got = areas(WITH_FORCE_DOING)
    assert got[("arrests", 200)] == "North West"
    assert got[("lines_closed", 30)] == "Merseyside"
    assert got[("arrests", 150)] == "South East"
    assert got[("arrests", 60)] == "Kent"
