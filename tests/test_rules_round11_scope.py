"""Rules backend, scope round 11: mechanisms behind the scope errors of holdout15 and holdout16
(text nobody had tuned on until they were retired) and the earlier training sets.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_areas as areas

# -- a council area named after two towns is no town's full name ----------------------------

JOINED_A = """ date 2025-03-10 Drug dealers targeted

Officers have arrested 22 people in Neath Port Talbot during a week of action against county
lines gangs.

Thirteen of the arrests were made in Port Talbot and five in Neath.

In Neath, officers also seized £3,200 in cash.
"""

JOINED_B = """ date 2025-03-10 Crackdown on drug lines

A fortnight of raids in Bath and North East Somerset has led to 31 arrests, police said.

In Bath, 19 people were arrested and £6,100 in cash was seized.

Across the county borough, officers closed eight deal lines.
"""

JOINED_C = """ date 2025-03-10 Drugs week in Surrey

Surrey Police arrested 40 people during the week.

Locally, 11 of the arrests were made in Reigate and Banstead and six in Woking.
"""


def test_a_town_written_alone_is_not_the_joined_council_area() -> None:
    got = areas(JOINED_A)
    assert got[("arrests", 22)] == "Neath Port Talbot"
    assert got[("arrests", 13)] == "Port Talbot"
    assert got[("arrests", 5)] == "Neath"
    assert got[("cash_seized", 3200)] == "Neath"


def test_a_joined_council_area_is_one_area_as_written() -> None:
    got = areas(JOINED_B)
    assert got[("arrests", 31)] == "Bath and North East Somerset"
    assert got[("arrests", 19)] == "Bath"
    assert got[("cash_seized", 6100)] == "Bath"
    assert got[("lines_closed", 8)] == "Bath and North East Somerset"
    got = areas(JOINED_C)
    assert got[("arrests", 11)] == "Reigate and Banstead"
    assert got[("arrests", 6)] == "Woking"


# -- a county of Northern Ireland, as the article writes it --------------------------------

NI_COUNTY_A = """ date 2025-03-10 Searches in County Tyrone

Detectives have arrested six people during searches in Omagh, Dungannon and Cookstown in
County Tyrone.

Officers seized £5,400 in cash and cannabis worth an estimated £21,000.

Two of the arrests were made in Omagh.

Across Northern Ireland, 44 people were arrested during the week.
"""

NI_COUNTY_B = """ date 2025-03-10 Drugs network targeted

The PSNI has arrested nine people in Co Armagh as part of an investigation into a drugs
network.

Officers carried out 14 searches and seized £8,800 in cash.
"""

NI_COUNTY_C = """ date 2025-03-10 Drug lines disrupted

Seven people have been arrested in a PSNI operation against lines run from Belfast into
towns in Co Down and Co Fermanagh.

Officers carried out 12 searches, seizing £6,600 in cash.
"""


def test_a_county_of_northern_ireland_in_the_lead_is_the_story_area() -> None:
    got = areas(NI_COUNTY_A)
    assert got[("arrests", 6)] == "County Tyrone"
    assert got[("cash_seized", 5400)] == "County Tyrone"
    assert got[("arrests", 2)] == "Omagh"
    assert got[("arrests", 44)] == "Northern Ireland"
    got = areas(NI_COUNTY_B)
    assert got[("arrests", 9)] == "Co Armagh"
    assert got[("cash_seized", 8800)] == "Co Armagh"


def test_two_counties_of_the_force_in_the_lead_are_no_single_area() -> None:
    got = areas(NI_COUNTY_C)
    assert got[("cash_seized", 6600)] == "Northern Ireland"


# -- a town that a later figure of the sentence owns is no share of an earlier one ----------

LATER_OWNER_A = """ date 2025-03-10 Drugs fortnight in Swindon

Police have arrested 24 people in Swindon during a fortnight of action against drug gangs.

Nine vulnerable people were referred for support, three of them children, and more than 120
pupils at two schools in Highworth heard talks from officers.
"""

LATER_OWNER_B = """ date 2025-03-10 Drugs fortnight in Swindon

Police have arrested 24 people in Swindon during a fortnight of action against drug gangs.

Officers visited 30 addresses, 12 of them flats, while 80 staff at seven hotels in Highworth
were given training.
"""

SHARE_KEPT = """ date 2025-03-10 Drugs fortnight in Swindon

Police have arrested 24 people in Swindon during a fortnight of action against drug gangs.

Eleven people were charged, four of them in Highworth.
"""


def test_a_town_owned_by_a_later_figure_leaves_an_earlier_total_with_the_story() -> None:
    got = areas(LATER_OWNER_A)
    assert got[("safeguarded", 9)] == "Swindon"
    assert got[("safeguarded", 3)] == "Swindon"
    got = areas(LATER_OWNER_B)
    assert got[("addresses_visited", 30)] == "Swindon"


def test_a_share_in_another_town_still_makes_the_total_the_county_s() -> None:
    got = areas(SHARE_KEPT)
    assert got[("charged", 11)] == "Wiltshire"
    assert got[("charged", 4)] == "Highworth"


# -- "the county borough": a Welsh council area, the story's own -----------------------------

COUNTY_BOROUGH_A = """ date 2025-03-10 Raids in Rhondda Cynon Taf

Twenty people have been arrested in Rhondda Cynon Taf during a week of action, South Wales
Police said.

Officers also executed nine warrants in the county borough and seized £4,500 in cash.

Across the South Wales Police force area, 70 people were arrested.
"""

COUNTY_BOROUGH_B = """ date 2025-03-10 Raids in Neath Port Talbot

South Wales Police arrested 15 people in Neath Port Talbot last week.

Across the county borough, officers closed six deal lines.
"""


def test_the_county_borough_is_the_story_area_not_the_force_area() -> None:
    got = areas(COUNTY_BOROUGH_A)
    assert got[("warrants", 9)] == "Rhondda Cynon Taf"
    assert got[("cash_seized", 4500)] == "Rhondda Cynon Taf"
    assert got[("arrests", 70)] == "South Wales"
    got = areas(COUNTY_BOROUGH_B)
    assert got[("lines_closed", 6)] == "Neath Port Talbot"


# -- a pair of counties one force polices is that force's area ------------------------------

FORCE_PAIR_A = """ date 2025-03-10 Results of a fortnight of action

A fortnight-long crackdown on county lines dealing across Leicestershire and Rutland has led
to 47 arrests, police said.

Officers also executed 22 warrants.
"""

FORCE_PAIR_B = """ date 2025-03-10 Week of action in the East Midlands

Police in Leicestershire and Rutland have arrested 52 people in a week of action.

Officers also seized £18,000 in cash.
"""

TWO_FORCES = """ date 2025-03-10 Joint operation

Police in Norfolk and Suffolk have arrested 33 people in a joint week of action.

Officers seized £9,100 in cash.
"""


def test_a_pair_of_counties_one_force_polices_is_the_force_area() -> None:
    got = areas(FORCE_PAIR_A)
    assert got[("arrests", 47)] == "Leicestershire"
    assert got[("warrants", 22)] == "Leicestershire"
    got = areas(FORCE_PAIR_B)
    assert got[("arrests", 52)] == "Leicestershire"
    assert got[("cash_seized", 18000)] == "Leicestershire"


def test_two_forces_keep_their_joint_area() -> None:
    got = areas(TWO_FORCES)
    assert got[("arrests", 33)] == "Norfolk and Suffolk"
    assert got[("cash_seized", 9100)] == "Norfolk and Suffolk"


# -- "in the city of Leicester", "the town of Loughborough": the place named ----------------

CITY_OF_A = """ date 2025-03-10 Fortnight of raids

Leicestershire Police made 61 arrests during the fortnight, 29 of them in the city of Leicester,
and charged 30 people.
"""

CITY_OF_B = """ date 2025-03-10 Fortnight of raids

Officers across Lancashire arrested 40 people.

In the town of Burnley, 11 people were arrested and three lines were closed.
"""


def test_the_city_of_a_place_is_the_place() -> None:
    got = areas(CITY_OF_A)
    assert got[("arrests", 61)] == "Leicestershire"
    assert got[("arrests", 29)] == "Leicester"
    assert got[("charged", 30)] == "Leicestershire"
    got = areas(CITY_OF_B)
    assert got[("arrests", 11)] == "Burnley"
    assert got[("lines_closed", 3)] == "Burnley"


# -- a nation's own release: its lead, its breakdown lines and "across the UK" ---------------

NATION_LEAD_A = """ date 2025-03-10 Police in Northern Ireland arrested 27 people, the PSNI said.

It was part of a UK-wide intensification, during which more than 1,400 people were arrested.

Officers seized £31,500 in cash. Fourteen of those arrested have been charged.

In the Mid Ulster policing district, officers made nine arrests.
"""

NATION_LEAD_B = """ date 2025-03-10 Drugs week in Northern Ireland

Police in Northern Ireland have arrested 35 people in a week-long operation against drug supply.

Officers seized drugs worth an estimated £90,000. Eighteen people have been charged.

In the Fermanagh and Omagh policing district, six people were arrested.

Across the UK, 1,250 people were arrested during the week, the National Crime Agency said.
"""

NATION_LEAD_C = """ date 2025-03-10 Drugs week in Scotland

Police Scotland arrested 88 people during a week of action against drug gangs.

Across the UK, 1,300 people were arrested. Across the country, officers seized £75,000 in cash.
"""


def test_a_lead_with_no_headline_whose_figure_is_local_is_no_national_lead() -> None:
    got = areas(NATION_LEAD_A)
    assert got[("arrests", 27)] == "Northern Ireland"
    assert got[("arrests", 1400)] == "national"
    assert got[("cash_seized", 31500)] == "Northern Ireland"
    assert got[("charged", 14)] == "Northern Ireland"
    assert got[("arrests", 9)] == "Mid Ulster"


def test_a_district_opening_a_later_line_does_not_take_over_the_nation_lead() -> None:
    got = areas(NATION_LEAD_B)
    assert got[("drugs_value", 90000)] == "Northern Ireland"
    assert got[("charged", 18)] == "Northern Ireland"
    assert got[("arrests", 6)] == "Fermanagh and Omagh"


def test_across_the_uk_in_a_nation_release_is_national() -> None:
    got = areas(NATION_LEAD_B)
    assert got[("arrests", 1250)] == "national"
    got = areas(NATION_LEAD_C)
    assert got[("arrests", 1300)] == "national"
    assert got[("cash_seized", 75000)] == "Scotland"


# -- "across the country" in a story about a division or town of Scotland or Northern Ireland --

COUNTRY_A = """ date 2025-03-10 Drugs week in Fife

Officers from Police Scotland's Fife division arrested 21 people during a week of action.

Across the country, officers arrested 150 people and seized drugs worth £480,000, Police Scotland
said.
"""

COUNTRY_B = """ date 2025-03-10 Raids in Newry

Police in Newry have arrested eight people during a week of action against drug dealers.

The operation saw officers across the country arrest 47 people, the PSNI said.

Across the UK, 1,250 people were arrested.
"""


def test_across_the_country_in_a_division_story_is_its_nation() -> None:
    got = areas(COUNTRY_A)
    assert got[("arrests", 21)] == "Fife"
    assert got[("arrests", 150)] == "Scotland"
    assert got[("drugs_value", 480000)] == "Scotland"
    got = areas(COUNTRY_B)
    assert got[("arrests", 8)] == "Newry"
    assert got[("arrests", 47)] == "Northern Ireland"
    assert got[("arrests", 1250)] == "national"


# -- "across the force area" in a story about one county of a larger force -----------------

FORCE_AREA_A = """ date 2025-03-10 Crackdown in Bristol

Eighteen people were arrested in Bristol during a week of action, Avon and Somerset Police said.

Across the force area, officers made 52 arrests and seized £30,100 in cash.

In Bristol, officers executed 12 warrants.
"""

FORCE_AREA_B = """ date 2025-03-10 Drugs week in Berkshire

Officers arrested 16 people across Berkshire during a week of action, Thames Valley Police said.

Throughout the force's area, 71 people were arrested.
"""


def test_the_force_area_in_a_county_story_is_the_force_that_takes_it_in() -> None:
    got = areas(FORCE_AREA_A)
    assert got[("arrests", 18)] == "Bristol"
    assert got[("arrests", 52)] == "Avon and Somerset"
    assert got[("cash_seized", 30100)] == "Avon and Somerset"
    assert got[("warrants", 12)] == "Bristol"
    got = areas(FORCE_AREA_B)
    assert got[("arrests", 16)] == "Berkshire"
    assert got[("arrests", 71)] == "Thames Valley"


# -- a town's share in the lead is no operation scope ----------------------------------------

LEAD_SHARE_A = """ date 2025-03-10 Swindon Advertiser

Wiltshire Police arrest 31 in drugs crackdown - with nearly half in Swindon

Wiltshire Police arrested 31 people during a week of action against county lines dealing.

Officers also safeguarded 20 vulnerable people.
"""

LEAD_SHARE_B = """ date 2025-03-10 Crackdown results

A week-long crackdown on drug dealing, mostly in Medway, has led to 44 arrests, Kent Police said.

Officers also seized £12,500 in cash.
"""


def test_a_town_s_share_in_the_lead_leaves_the_story_to_the_force() -> None:
    got = areas(LEAD_SHARE_A)
    assert got[("arrests", 31)] == "Wiltshire"
    assert got[("safeguarded", 20)] == "Wiltshire"
    got = areas(LEAD_SHARE_B)
    assert got[("arrests", 44)] == "Kent"
    assert got[("cash_seized", 12500)] == "Kent"


# -- "the county" in a story about a Welsh county or another council area ------------------

COUNCIL_COUNTY_A = """ date 2025-03-10 Drugs fortnight in Carmarthenshire

Police in Carmarthenshire arrested 17 people during a fortnight of action, Dyfed-Powys Police said.

Across the county, officers visited 25 vulnerable people and closed four deal lines.

Across the Dyfed-Powys force area, 48 people were arrested.
"""

COUNCIL_COUNTY_B = """ date 2025-03-10 Drugs week in Denbighshire

Officers in Denbighshire arrested 12 people during a week of action against county lines gangs.

They also spoke to 300 pupils at schools throughout the county.
"""


def test_the_county_in_a_council_area_story_is_the_council_area() -> None:
    got = areas(COUNCIL_COUNTY_A)
    assert got[("arrests", 17)] == "Carmarthenshire"
    assert got[("safeguarded", 25)] == "Carmarthenshire"
    assert got[("lines_closed", 4)] == "Carmarthenshire"
    assert got[("arrests", 48)] == "Dyfed-Powys"
    got = areas(COUNCIL_COUNTY_B)
    assert got[("outreach", 300)] == "Denbighshire"


# -- "across its region" after a ROCU, "the whole of Wales" ----------------------------------

ITS_REGION = """ date 2025-03-10 Drugs week in Gloucester

Gloucestershire Police arrested 19 people in Gloucester during a week of action.

Zephyr, the South West ROCU, said 180 arrests had been made across its region.

Figures from the forces put the number of arrests for the whole of England and Wales at 1,100.
"""

WHOLE_OF = """ date 2025-03-10 Drugs week in Swansea

South Wales Police arrested 14 people in Swansea during a week of action.

The four Welsh forces put the number of arrests for the whole of Wales at 160.

Across the whole of the force area, 64 people were arrested.
"""


def test_its_region_after_a_rocu_is_the_rocu_region() -> None:
    got = areas(ITS_REGION)
    assert got[("arrests", 19)] == "Gloucester"
    assert got[("arrests", 180)] == "South West"


def test_the_whole_of_a_place_is_the_place() -> None:
    got = areas(WHOLE_OF)
    assert got[("arrests", 14)] == "Swansea"
    assert got[("arrests", 160)] == "Wales"
    assert got[("arrests", 64)] == "South Wales"


# -- "the county" after "the force" in a national round-up is the force's county ------------

FORCE_COUNTY = """ date 2025-03-10 County lines: 1,200 arrested in national week

More than 1,200 people were arrested in a national week of action, police chiefs said.

Forces across England and Wales also seized 380 weapons.

In Dorset, officers made 21 arrests. Dorset Police said eight of them were made in Poole.

The force said it had recovered 12 weapons across the county, and that 17 people were helped.
"""


def test_the_county_after_the_force_in_a_national_story_is_the_force_county() -> None:
    got = areas(FORCE_COUNTY)
    assert got[("weapons_seized", 380)] == "national"
    assert got[("arrests", 21)] == "Dorset"
    assert got[("weapons_seized", 12)] == "Dorset"
    assert got[("safeguarded", 17)] == "Dorset"


# -- a town-framed story whose town holds a share, run by two forces: their joint area ------

JOINT_TOWN = """ date 2025-03-10 Drugs fortnight

Police in Grantham have arrested 20 people in a fortnight-long operation against drug dealers.

The operation, run by Lincolnshire Police and Nottinghamshire Police, ended on Sunday.

Lincolnshire officers made 12 of the arrests, seven of them in Grantham.

Officers also seized £8,000 in cash.
"""


def test_a_town_share_story_run_by_two_forces_takes_their_joint_area() -> None:
    got = areas(JOINT_TOWN)
    assert got[("arrests", 7)] == "Grantham"
    assert got[("cash_seized", 8000)] == "Lincolnshire and Nottinghamshire"


# -- "212 pupils at four schools in Whitby": the next figure's place holds this one too ------

AT_NEXT_A = """ date 2025-03-10 Drugs week in Scarborough

North Yorkshire Police arrested 27 people in Scarborough during a week of action.

The force said 180 pupils at three schools in Whitby had been given talks on exploitation.
"""

AT_NEXT_B = """ date 2025-03-10 Drugs week in Swindon

Wiltshire Police arrested 19 people in Swindon during a week of action.

Officers also trained 60 staff from nine hotels in Chippenham to spot the signs of exploitation.
"""


def test_a_count_of_people_at_places_in_a_town_takes_the_town() -> None:
    got = areas(AT_NEXT_A)
    assert got[("outreach", 180)] == "Whitby"
    assert got[("outreach", 3)] == "Whitby"
    got = areas(AT_NEXT_B)
    assert got[("outreach", 60)] == "Chippenham"
    assert got[("outreach", 9)] == "Chippenham"
