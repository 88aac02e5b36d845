"""Rules backend, scope round 3: classes of scope error seen on retired held-out sets.

Every article here is written for these tests (none is copied from an evaluation
set); each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_areas as areas

COUNCIL_NAMES = """ date 2025-05-02 Results of our county lines week

Officers worked with colleagues at Leicester City Council and Rutland County Council during the \
week to target the gangs who bring drugs into our towns.

The week was part of Operation Beacon, Leicestershire Police's response to county lines.

Results:

* 31 arrests
* 6 knives seized
"""


def test_a_council_is_an_organisation_not_the_place_of_the_release() -> None:
    got = areas(COUNCIL_NAMES)
    assert got[("arrests", 31)] == "Leicestershire"
    assert got[("knives_seized", 6)] == "Leicestershire"


ONE_FORCE_IN_REGION = """ date 2025-04-10 Two dozen held in drugs crackdown

Twenty-four people have been arrested during a week of action against county lines gangs in the \
South West.

Avon and Somerset Police say the operation focused on Bristol, Bath and Weston-super-Mare.

Officers also seized £15,000 in cash, the force says.
"""

TWO_FORCES_IN_REGION = ONE_FORCE_IN_REGION.replace(
    "Avon and Somerset Police say", "Avon and Somerset Police and Devon and Cornwall Police say"
)


def test_one_force_s_own_week_in_its_region_is_the_force_s() -> None:
    got = areas(ONE_FORCE_IN_REGION)
    assert got[("arrests", 24)] == "Avon and Somerset"
    assert got[("cash_seized", 15000)] == "Avon and Somerset"


def test_a_week_two_forces_of_the_region_ran_stays_the_region_s() -> None:
    assert areas(TWO_FORCES_IN_REGION)[("arrests", 24)] == "South West"


SUPPORTING_FORCE = """ date 2025-02-12 Four charged after raids in Widnes

Four people have been charged following a series of raids in Widnes on Tuesday.

Officers executed warrants at five addresses in the town, recovering £2,100 in cash.

Merseyside Police assisted with the operation and arrested one man in Liverpool.
"""


def test_a_supporting_force_s_clause_is_not_the_operation_s_scope() -> None:
    got = areas(SUPPORTING_FORCE)
    assert got[("warrants", 5)] == "Widnes"
    assert got[("cash_seized", 2100)] == "Widnes"


SHARE_AS_WORD = """ date 2025-03-01 Week of action in Essex

Essex Police made 40 arrests during the week.

Officers carried out 19 searches in Chelmsford, Colchester and Basildon, eight of the arrests \
being made in Colchester.
"""


def test_a_share_in_words_after_a_list_does_not_scope_the_figure_before_it() -> None:
    got = areas(SHARE_AS_WORD)
    assert got[("other", 19)] == "Essex"
    assert got[("arrests", 8)] == "Colchester"


WHOSE_OFFICERS = """ date 2025-06-20 National week results

More than 900 people were arrested nationally, the NCA said.

The Eastern region reported 120 arrests, 30 of them by Essex Police, whose officers also \
recovered £41,000 in cash.
"""


def test_a_relative_clause_after_a_force_share_is_the_force_s() -> None:
    got = areas(WHOSE_OFFICERS)
    assert got[("arrests", 30)] == "Essex"
    assert got[("cash_seized", 41000)] == "Essex"
    assert got[("arrests", 120)] == "Eastern region"


AREAS_OF_THE_TOWN = """ date 2025-01-14 Three charged after Exeter raids

Three people have been charged after raids in Exeter.

Devon and Cornwall Police officers executed warrants at six addresses in the Heavitree and \
Wonford areas of the town on Monday.
"""


def test_districts_of_the_town_are_the_town() -> None:
    assert areas(AREAS_OF_THE_TOWN)[("warrants", 6)] == "Exeter"


DESTINED_FOR = """ date 2025-10-01 National intensification week

Forces across England and Wales arrested 1,050 people during the week, the NCA said.

Border Force officers at Dover also stopped a van carrying 25kg of cocaine which detectives \
believe was destined for lines in the North West.
"""


def test_a_shipment_s_destination_is_not_its_scope() -> None:
    assert areas(DESTINED_FOR)[("drugs_weight_kg", 25)] == "Dover"


ON_MERSEYSIDE = """ date 2025-08-08 Week of action on Teesside

Cleveland Police officers made 12 arrests on Teesside this week.
"""


def test_on_a_side_place_is_in_it() -> None:
    assert areas(ON_MERSEYSIDE)[("arrests", 12)] == "Teesside"


ACROSS_THE_FORCES = """ date 2025-05-05 Thirty arrests in Gwent week of action

Gwent Police arrested 30 people during a week of action against county lines.

The week was part of a wider push led by Tarian, the Southern Wales Regional Organised Crime \
Unit, which covers the Gwent, South Wales and Dyfed-Powys force areas. Across the three forces, \
88 arrests were made.
"""


def test_across_the_n_forces_is_the_region_they_make_up() -> None:
    got = areas(ACROSS_THE_FORCES)
    assert got[("arrests", 88)] == "Southern Wales"
    assert got[("arrests", 30)] == "Gwent"


RELATIVE_CLAUSE_SUBJECT = """ date 2025-09-19 Rail week results

British Transport Police arrested 40 people on the rail network, the force said.

At Leeds station, a joint patrol made six arrests. West Yorkshire Police, which ran its own \
activity across the county that week, made 27 arrests.
"""


def test_a_force_subject_keeps_its_figure_across_a_relative_clause() -> None:
    assert areas(RELATIVE_CLAUSE_SUBJECT)[("arrests", 27)] == "West Yorkshire"


RUNNING_TOTAL = """ date 2025-03-03 Cash and cocaine seized in Ipswich raid

Cocaine worth £300,000 was seized in a raid on a house in Ipswich, along with £9,000 in cash.

Suffolk Police officers found the drugs in a loft on Thursday.

Operation Harrow has so far led to 21 arrests since it began last year.
"""


def test_a_named_operation_s_running_total_in_a_town_story_is_the_force_area_s() -> None:
    got = areas(RUNNING_TOTAL)
    assert got[("arrests", 21)] == "Suffolk"
    assert got[("cash_seized", 9000)] == "Ipswich"


SITE_IN_OPENER_TOWN = """ date 2025-07-07 Fortnight of action in Cleveland

Officers visited homes across Cleveland during the fortnight.

In Hartlepool, a further nine arrests were made, and officers found £3,200 in cash at a flat in \
Owton Manor.
"""


def test_a_site_in_an_unknown_neighbourhood_is_in_the_town_that_opens_the_sentence() -> None:
    got = areas(SITE_IN_OPENER_TOWN)
    assert got[("arrests", 9)] == "Hartlepool"
    assert got[("cash_seized", 3200)] == "Hartlepool"


THE_SEARCH_ALSO = """ date 2025-02-20 Cash found in Colchester flat

Essex Police found £50,000 in cash when officers raided a flat in Colchester on Monday.

The search also uncovered 1.5kg of cocaine, as well as cannabis worth £3,000.

A second address in Harwich was searched, where officers found £900.

Three people were arrested, two in Colchester and one in Harwich.
"""


def test_the_search_points_back_to_the_town_of_the_search_just_named() -> None:
    got = areas(THE_SEARCH_ALSO)
    assert got[("drugs_weight_kg", 1.5)] == "Colchester"
    assert got[("drugs_value", 3000)] == "Colchester"
    assert got[("arrests", 3)] == "Essex"


SHARE_IN_ANOTHER_TOWN = """ date 2025-08-12 Raids in Kettering

A cannabis factory was found in a house in Kettering during raids by Northamptonshire Police on \
Tuesday.

Six people were arrested, two of them in Corby.
"""


def test_a_total_with_a_share_in_another_town_is_the_county_s() -> None:
    got = areas(SHARE_IN_ANOTHER_TOWN)
    assert got[("arrests", 6)] == "Northamptonshire"
    assert got[("arrests", 2)] == "Corby"


NEIGHBOUR_QUOTE = """ date 2025-09-30 Twenty-five arrested in Cambridgeshire week of action

Cambridgeshire Police made 25 arrests across the county during a week of action against county \
lines gangs.

The operation was run alongside Bedfordshire Police, which targeted lines crossing the border.

Inspector Jane Holloway of Bedfordshire Police said: "We made seven arrests in Luton and \
Dunstable, and we've closed three lines that were supplying Huntingdon."
"""


def test_a_later_clause_of_another_force_s_quote_is_the_speaker_s() -> None:
    got = areas(NEIGHBOUR_QUOTE)
    assert got[("arrests", 7)] == "Bedfordshire"
    assert got[("lines_closed", 3)] == "Bedfordshire"
    assert got[("arrests", 25)] == "Cambridgeshire"


THE_FORCE_SAID = """ date 2025-04-04 Cannabis farm found in Kettering raid

A cannabis farm was found in a house in Kettering during raids by Northamptonshire Police on \
Thursday.

The force said the operation, aimed at a line supplying the town and nearby villages, also \
recovered 900 grams of cocaine.
"""


def test_the_force_as_speaker_is_the_force_last_named_even_in_an_earlier_paragraph() -> None:
    assert areas(THE_FORCE_SAID)[("drugs_weight_kg", 0.9)] == "Northamptonshire"


DIVISION_NAMED = """ date 2025-11-02 Twenty held in Fife drugs inquiry

Police Scotland has arrested 20 people in Kirkcaldy and Dunfermline under Operation Tern, an \
investigation into networks moving cocaine from Glasgow into Fife.

Since the operation began in March, officers have recovered £8,400 in cash.
"""


def test_towns_the_article_places_in_a_named_division_take_the_division() -> None:
    got = areas(DIVISION_NAMED)
    assert got[("arrests", 20)] == "Fife"
    assert got[("cash_seized", 8400)] == "Fife"


def test_towns_in_a_division_the_article_never_names_take_the_force_area() -> None:
    text = DIVISION_NAMED.replace("into Fife", "into the east").replace("in Fife", "in raids")
    got = areas(text)
    assert got[("arrests", 20)] == "Scotland"


RESPECTIVELY = """ date 2025-03-03 Week of action in Kent

Kent Police made 40 arrests during the week of action.

Maidstone and Canterbury recorded 12 arrests and 7 arrests respectively.

Officers in Dover, Folkestone and Ashford seized £5,000, £3,000 and £1,500 respectively.
"""


def test_respectively_gives_each_figure_the_place_in_its_position() -> None:
    got = areas(RESPECTIVELY)
    assert got[("arrests", 12)] == "Maidstone"
    assert got[("arrests", 7)] == "Canterbury"
    assert got[("cash_seized", 5000)] == "Dover"
    assert got[("cash_seized", 3000)] == "Folkestone"
    assert got[("cash_seized", 1500)] == "Ashford"
    assert got[("arrests", 40)] == "Kent"


GAPPED_SECOND_FORCE = """ date 2025-03-03 Regional week results

The East Midlands Special Operations Unit said 210 people were arrested across the region.

Derbyshire Constabulary made 45 of the arrests and Leicestershire Police 38.
"""


def test_a_force_before_a_gapped_second_figure_is_that_figure_s_not_the_first_s() -> None:
    got = areas(GAPPED_SECOND_FORCE)
    assert got[("arrests", 45)] == "Derbyshire"
    assert got[("arrests", 38)] == "Leicestershire"
    assert got[("arrests", 210)] == "East Midlands"


NEIGHBOURING_SUBJECT = """ date 2025-03-03 Week of action in Bedfordshire

Bedfordshire Police made 40 arrests during a week of action across the county.

Neighbouring Hertfordshire made 12 arrests, while Cambridgeshire made nine.
"""


def test_a_capitalised_linking_word_before_a_place_does_not_make_it_a_longer_name() -> None:
    got = areas(NEIGHBOURING_SUBJECT)
    assert got[("arrests", 12)] == "Hertfordshire"
    assert got[("arrests", 40)] == "Bedfordshire"


OPENING_LIST = """ date 2025-03-03 Week of action in Bedfordshire

Bedfordshire Police made 40 arrests during a week of action across the county.

In Luton, Bedford and Dunstable, officers visited 30 addresses, arresting 12 people in Luton.
"""


def test_a_figure_after_an_opening_list_of_towns_is_the_group_s_not_a_later_clause_s() -> None:
    got = areas(OPENING_LIST)
    assert got[("addresses_visited", 30)] == "Bedfordshire"
    assert got[("arrests", 12)] == "Luton"
    town_framed = OPENING_LIST.replace(
        "Bedfordshire Police made 40 arrests during", "Police in Luton made 40 arrests during"
    )
    assert areas(town_framed)[("addresses_visited", 30)] == "Bedfordshire"


NAMESAKE_NEIGHBOURHOOD = """ date 2025-03-03 Rail week results

British Transport Police arrested 40 people on the rail network, the force said.

Merseyside Police, which ran its own week across the county, seized 3kg of cocaine from a flat \
in Everton.
"""


def test_a_wide_list_town_in_another_region_than_the_acting_force_is_a_namesake() -> None:
    assert areas(NAMESAKE_NEIGHBOURHOOD)[("drugs_weight_kg", 3)] == "Merseyside"


ON_THE_ISLAND = """ date 2025-08-08 Week of action in Hampshire

Hampshire Constabulary made 50 arrests during the week, nine of them on the Isle of Wight.
"""


def test_on_an_island_or_peninsula_is_in_it() -> None:
    got = areas(ON_THE_ISLAND)
    assert got[("arrests", 9)] == "Isle of Wight"
    assert got[("arrests", 50)] == "Hampshire"


ROCU_QUOTE_REGION = """ date 2025-10-01 National week results

More than 1,200 people were arrested across England and Wales during the week, the NCA said.

Detective Superintendent Jo Lee of the Eastern Region Special Operations Unit said: "Across the \
region we arrested 150 people."
"""


def test_the_region_in_a_rocu_officer_s_words_is_the_rocu_s() -> None:
    assert areas(ROCU_QUOTE_REGION)[("arrests", 150)] == "Eastern region"


THE_SEARCHES_OF_TWO_TOWNS = """ date 2025-02-20 Raids in Bedfordshire

Bedfordshire Police made 11 arrests during the week.

Officers raided a flat in Luton and a house in Dunstable on Monday.

The searches recovered £5,000 in cash.
"""


def test_the_search_after_two_towns_points_back_to_no_single_town() -> None:
    assert areas(THE_SEARCHES_OF_TWO_TOWNS)[("cash_seized", 5000)] == "Bedfordshire"


def test_a_regional_week_one_force_reports_stays_the_region_s() -> None:
    text = ONE_FORCE_IN_REGION.replace("a week of action", "a regional week of action")
    assert areas(text)[("arrests", 24)] == "South West"


CITY_OF_THE_PARAGRAPH_BEFORE = """ date 2025-03-03 Week of action in Nottinghamshire

Nottinghamshire Police made 40 arrests during a week of action across the county, with Mansfield \
and Nottingham the focus.

Officers then spent two days in Nottingham.

Across the city, 15 people were arrested and £6,000 was seized.
"""


def test_the_city_is_the_one_town_the_paragraph_before_worked_in() -> None:
    got = areas(CITY_OF_THE_PARAGRAPH_BEFORE)
    assert got[("arrests", 15)] == "Nottingham"
    assert got[("cash_seized", 6000)] == "Nottingham"


PLACE_WITH_FIGURE = """ date 2025-10-01 National week results

More than 1,200 people were arrested across England and Wales during the week, the NCA said.

Essex topped the table with 70 arrests, followed by Kent with 64.

The biggest cash haul came from Surrey, with £80,000 seized.
"""


def test_a_place_with_its_figure_is_that_figure_s_area() -> None:
    got = areas(PLACE_WITH_FIGURE)
    assert got[("arrests", 70)] == "Essex"
    assert got[("arrests", 64)] == "Kent"
    assert got[("cash_seized", 80000)] == "Surrey"


FORCE_THEN_FINAL_TOWN = """ date 2025-03-03 Week of action in Humberside

Humberside Police made 30 arrests during the week.

Humberside Police seized £9,000 in cash and 40 wraps of heroin when they raided three addresses \
in Grimsby.
"""


def test_a_town_ending_the_sentence_beats_the_force_that_acted() -> None:
    got = areas(FORCE_THEN_FINAL_TOWN)
    assert got[("cash_seized", 9000)] == "Grimsby"
    assert got[("other", 40)] == "Grimsby"
    assert got[("arrests", 30)] == "Humberside"


BOTH_FORCE_AREAS = """ date 2025-03-03 Joint operation in the North East

Cleveland Police and Durham Constabulary ran a joint week of action against county lines.

Across both force areas, 61 people were arrested. Cleveland Police made 35 of the arrests.
"""


def test_across_both_force_areas_is_the_area_the_two_forces_make_up() -> None:
    got = areas(BOTH_FORCE_AREAS)
    assert got[("arrests", 61)] == "Cleveland and Durham"  # joint area (h5_022, h7_019)
    assert got[("arrests", 35)] == "Cleveland"


PORT_OF = """ date 2025-10-01 National week results

More than 1,200 people were arrested across England and Wales during the week, the NCA said.

At the Port of Dover, Border Force officers found 30kg of cannabis in a lorry.
"""


def test_a_seizure_at_the_port_of_a_town_is_the_town_s() -> None:
    assert areas(PORT_OF)[("drugs_weight_kg", 30)] == "Dover"


FORCE_SHARE_OF_REGIONAL_WEEK = """ date 2025-03-03 Lincolnshire results

Lincolnshire Police made 41 arrests during a county lines week of action across the East \
Midlands.

In Boston, officers arrested nine people.
"""


def test_a_force_s_figure_in_its_region_s_week_is_the_force_s() -> None:
    got = areas(FORCE_SHARE_OF_REGIONAL_WEEK)
    assert got[("arrests", 41)] == "Lincolnshire"
    assert got[("arrests", 9)] == "Boston"


FORCE_AS_SOURCE = """ date 2025-07-03 Five charged after raids in Crewe

Five people have been charged following a series of raids in Crewe on Wednesday.

Cheshire Police said officers recovered £6,300 in cash and two cars.
"""


def test_the_town_s_force_as_the_source_of_a_statement_does_not_widen_its_figures() -> None:
    got = areas(FORCE_AS_SOURCE)
    assert got[("cash_seized", 6300)] == "Crewe"
    assert got[("charged", 5)] == "Crewe"


DISTRICT_THEN_TOWN = """ date 2025-03-03 Week of action in Northumbria

Northumbria Police made 40 arrests during the week.

Officers found £3,000 in a flat in the Hendon area of Sunderland.

Officers arrested six people in Byker, Newcastle.

In Durham, officers searched 12 homes in Chester-le-Street, Stanley and Consett.
"""


def test_a_district_said_to_lie_in_a_town_is_the_town() -> None:
    got = areas(DISTRICT_THEN_TOWN)
    assert got[("cash_seized", 3000)] == "Sunderland"
    assert got[("arrests", 6)] == "Newcastle"
    assert got[("arrests", 40)] == "Northumbria"


def test_the_region_of_the_week_still_scopes_a_later_figure_of_its_own() -> None:
    text = FORCE_SHARE_OF_REGIONAL_WEEK.replace(
        "Midlands.\n", "Midlands, which saw 300 arrests in all.\n", 1
    )
    got = areas(text)
    assert got[("arrests", 41)] == "Lincolnshire"
    assert got[("arrests", 300)] == "East Midlands"


def test_a_district_before_a_list_of_towns_is_no_district_of_the_first() -> None:
    text = DISTRICT_THEN_TOWN.replace("in Byker, Newcastle.", "in Byker, Newcastle, and Walker.")
    assert areas(text)[("arrests", 6)] != "Newcastle"
