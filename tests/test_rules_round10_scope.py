"""Rules backend, scope round 10: mechanisms behind the scope errors of holdout17 and holdout18
(text nobody had tuned on) and the earlier training sets.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_areas as areas

# -- a force's named division or policing district in the lead is the story's area ---------

DIVISION_LEAD_A = """ date 2025-03-10 Raids across the north of Scotland

Officers from Police Scotland's Tayside division arrested 18 people during a week of action
against drug dealers.

They carried out 12 searches under warrant and seized £8,400 in cash.

Across Scotland, 150 people were arrested during the week.
"""

DIVISION_LEAD_B = """ date 2025-03-10 County lines week

Police in the Causeway Coast and Glens policing district arrested seven people during a week
of action against county lines dealing.

Officers seized cannabis worth an estimated £12,000 and nine mobile phones.

Across Northern Ireland, 58 people were arrested.
"""

DIVISION_LEAD_C = """ date 2025-03-10 Drug dealers targeted

Detectives in the Fermanagh and Omagh district have arrested nine people and seized £4,300 in
cash in a crackdown on county lines gangs.

Officers also executed 11 search warrants.
"""

DIVISION_LEAD_D = """ date 2025-03-10 Drugs week in the north-east

A week-long crackdown on county lines gangs has seen 26 people arrested in the north-east.

Officers from the North East division carried out 19 searches under warrant.

Across Scotland, Police Scotland said 171 people were arrested.
"""


def test_a_named_division_in_the_lead_is_the_area_of_unplaced_figures() -> None:
    got = areas(DIVISION_LEAD_A)
    assert got[("arrests", 18)] == "Tayside"
    assert got[("warrants", 12)] == "Tayside"
    assert got[("cash_seized", 8400)] == "Tayside"
    assert got[("arrests", 150)] == "Scotland"


def test_a_policing_district_in_the_lead_is_the_area_of_unplaced_figures() -> None:
    got = areas(DIVISION_LEAD_B)
    assert got[("arrests", 7)] == "Causeway Coast and Glens"
    assert got[("phones_seized", 9)] == "Causeway Coast and Glens"
    assert got[("arrests", 58)] == "Northern Ireland"
    got = areas(DIVISION_LEAD_C)
    assert got[("arrests", 9)] == "Fermanagh and Omagh"
    assert got[("warrants", 11)] == "Fermanagh and Omagh"


def test_a_division_named_after_a_region_word_keeps_its_own_name() -> None:
    got = areas(DIVISION_LEAD_D)
    assert got[("arrests", 26)] == "North East"
    assert got[("warrants", 19)] == "North East"
    assert got[("arrests", 171)] == "Scotland"


# -- "a Scotland-wide push", "a Kent-wide operation": the place, as "across Scotland" ------

WIDE_A = """ date 2025-03-10 Drugs week in the north-east

Officers from the North East division arrested 26 people during a week of action.

The week formed part of a Scotland-wide push in which 140 people were arrested.
"""

WIDE_B = """ date 2025-03-10 Dealers targeted in Dover

Police in Dover arrested eight people during a week of action against county lines.

In a Kent-wide operation over the same week, officers made 61 arrests.
"""


def test_a_place_wide_operation_is_that_place() -> None:
    got = areas(WIDE_A)
    assert got[("arrests", 26)] == "North East"
    assert got[("arrests", 140)] == "Scotland"
    got = areas(WIDE_B)
    assert got[("arrests", 8)] == "Dover"
    assert got[("arrests", 61)] == "Kent"


# -- the force as source or owner in a story about one of its divisions -------------------

FORCE_OF_DIVISION_A = """ date 2025-03-10 Raids in Tayside

Officers in the Tayside division arrested 14 people during a week of action against county
lines dealing.

Police Scotland said 22 searches under warrant were carried out and £9,900 in cash was seized.

Across Scotland, 150 people were arrested.
"""

FORCE_OF_DIVISION_B = """ date 2025-03-10 Drugs week

Officers in Police Scotland's Fife division arrested 19 people and seized about
£40,000 in cash during a week of action against county lines gangs.

Across Scotland, the force made 161 arrests.
"""

FORCE_OF_DIVISION_C = """ date 2025-03-10 Dealers targeted

Police in the Mid Ulster policing district arrested six people during a week of action against
drug dealing gangs.

The PSNI said eight mobile phones and £3,100 in cash were also seized.
"""


def test_the_force_said_in_a_division_story_keeps_the_division() -> None:
    got = areas(FORCE_OF_DIVISION_A)
    assert got[("arrests", 14)] == "Tayside"
    assert got[("warrants", 22)] == "Tayside"
    assert got[("cash_seized", 9900)] == "Tayside"
    assert got[("arrests", 150)] == "Scotland"
    got = areas(FORCE_OF_DIVISION_C)
    assert got[("arrests", 6)] == "Mid Ulster"
    assert got[("phones_seized", 8)] == "Mid Ulster"
    assert got[("cash_seized", 3100)] == "Mid Ulster"


def test_the_force_owning_the_named_division_does_not_scope_its_figures() -> None:
    got = areas(FORCE_OF_DIVISION_B)
    assert got[("arrests", 19)] == "Fife"
    assert got[("cash_seized", 40000)] == "Fife"
    assert got[("arrests", 161)] == "Scotland"


FORCE_OF_DIVISION_D = """ date 2025-03-10 Dealers targeted

Police in Fermanagh and Omagh have seized drugs worth an estimated £30,000 as part of a Northern
Ireland-wide operation.

The Police Service of Northern Ireland (PSNI) said nine people had been arrested in the district.
"""


def test_a_force_said_with_its_acronym_is_still_the_source() -> None:
    got = areas(FORCE_OF_DIVISION_D)
    assert got[("arrests", 9)] == "Fermanagh and Omagh"
    assert got[("drugs_value", 30000)] == "Fermanagh and Omagh"  # not the wider operation's


# -- two towns of a division the article names by its longer name --------------------------

TWO_TOWNS_LONGER_DIVISION = """ date 2025-03-10 Drug raids up north

Officers from Police Scotland's Highlands and Islands division arrested nine people after
searches in Inverness and Fort William, seizing £6,200 in cash.

Six of those arrested were held in Inverness.
"""

TWO_TOWNS_LOTHIANS = """ date 2025-03-10 Drug raids

Officers from the Lothians and Scottish Borders division carried out searches in Edinburgh and
Livingston,
arresting 11 people and recovering £8,800 in cash.
"""


def test_two_towns_of_a_division_take_the_longer_name_the_article_uses() -> None:
    got = areas(TWO_TOWNS_LONGER_DIVISION)
    assert got[("arrests", 9)] == "Highlands and Islands"
    assert got[("cash_seized", 6200)] == "Highlands and Islands"
    assert got[("arrests", 6)] == "Inverness"
    got = areas(TWO_TOWNS_LOTHIANS)
    assert got[("arrests", 11)] == "Lothians and Scottish Borders"
    assert got[("cash_seized", 8800)] == "Lothians and Scottish Borders"


# -- "a crackdown in west Wales ... Dyfed-Powys Police said": the one force of that part ---

COMPASS_PART_A = """ date 2025-03-10 Drugs fortnight

Twenty-two people were arrested during a fortnight-long crackdown on drug dealing in north
Wales, police have said.

North Wales Police said nine of the arrests were in Wrexham and five in Rhyl.

Officers also seized £7,700 in cash.
"""

COMPASS_PART_B = """ date 2025-03-10 Dealers held

Eighteen people have been arrested in an operation against county lines gangs in the
north-east of England, police said.

Northumbria Police said 11 of the arrests were made in Sunderland.

The force seized 14 mobile phones.
"""

FORCE_SHARE_SENTENCE = """ date 2025-03-10 Drugs week

Twenty-seven people were arrested during a week of police action against dealers in south and
mid Wales.

Dyfed-Powys Police said 12 of the arrests were in Carmarthen and six in Brecon.

Officers seized £11,200 in cash and closed four deal lines.
"""


def test_a_compass_part_of_a_nation_is_the_one_force_of_it_the_release_names() -> None:
    got = areas(COMPASS_PART_A)
    assert got[("arrests", 22)] == "North Wales"
    assert got[("arrests", 9)] == "Wrexham"
    assert got[("cash_seized", 7700)] == "North Wales"
    got = areas(COMPASS_PART_B)
    assert got[("arrests", 18)] == "Northumbria"
    assert got[("arrests", 11)] == "Sunderland"
    assert got[("phones_seized", 14)] == "Northumbria"


def test_a_force_giving_town_shares_of_its_arrests_is_not_a_town_release() -> None:
    got = areas(FORCE_SHARE_SENTENCE)
    assert got[("arrests", 27)] == "Dyfed-Powys"
    assert got[("arrests", 12)] == "Carmarthen"
    assert got[("cash_seized", 11200)] == "Dyfed-Powys"
    assert got[("lines_closed", 4)] == "Dyfed-Powys"


# -- "gangs moving drugs into the north west": where the drugs go, not the figure's area ---

MOVING_INTO = """ date 2025-03-10 Drugs week

Police in the Mid Ulster policing district arrested 13 people during a week of action against
gangs that move drugs into the north west.

Officers also seized £2,900 in cash.
"""


def test_a_place_drugs_are_moved_into_is_no_scope() -> None:
    got = areas(MOVING_INTO)
    assert got[("arrests", 13)] == "Mid Ulster"
    assert got[("cash_seized", 2900)] == "Mid Ulster"


ROCU_REGION_AFTER_NATION = """ date 2025-03-10 Drugs fortnight

Nineteen people were arrested during a crackdown on drug dealing in south Wales, police said.

Gwent Police said seven of the arrests were in Newport.

""" + (
    "Across the region, Tarian, the Southern Wales Regional Organised Crime Unit, "
    "said its forces had made 64 arrests.\n"
)


def test_the_region_is_the_rocus_region_before_a_bare_nation() -> None:
    got = areas(ROCU_REGION_AFTER_NATION)
    assert got[("arrests", 19)] == "Gwent"
    assert got[("arrests", 64)] == "Southern Wales"


# -- "at Liverpool Street station": a station named after a street, not the town ----------

STREET_STATION = """ date 2025-03-10 Station patrols

British Transport Police and the City of London Police arrested five people at Liverpool Street
station during a week of action against county lines.

City of London Police officers also arrested two men at Fenchurch Street station and seized
£1,900 in cash.
"""


def test_a_station_named_after_a_street_is_no_town() -> None:
    got = areas(STREET_STATION)
    assert got[("arrests", 5)] != "Liverpool"
    assert got[("arrests", 2)] == "City of London"
    assert got[("cash_seized", 1900)] == "City of London"


# -- a court story's lead after a line of page furniture -----------------------------------

COURT_AFTER_FURNITURE = """Skip to main content
Bedford Herald | Bedfordshire News

News > Crime

Four members of drug gang jailed for 23 years

Listen to this story

Four men who supplied Bedford with heroin have been jailed for a total of 23 years.

Luton Crown Court heard the gang ran a line from London into Bedford.

Bedfordshire Police dismantled the network in raids in which seven people were arrested.
Officers recovered £8,100 in cash.

The case formed part of the force's Operation Kestrel, under which 90 people have been arrested
across Bedfordshire since 2024.
"""


def test_a_court_lead_after_page_furniture_still_files_the_case_under_the_destination() -> None:
    got = areas(COURT_AFTER_FURNITURE)
    assert got[("people_jailed", 4)] == "Bedford"
    assert got[("arrests", 7)] == "Bedford"
    assert got[("cash_seized", 8100)] == "Bedford"


# -- a quote's figure from the division's own force stays with the division ----------------

QUOTE_IN_DIVISION = """ date 2025-03-10 Drugs week

Officers from Police Scotland's Forth Valley division arrested 16 people during a week of
action against county lines gangs.

Chief Inspector Alan Reid said: "The dealers think nobody is watching. We referred 11 young
people for support during the week, and that matters as much as any arrest."
"""

QUOTE_IN_DISTRICT = """ date 2025-03-10 Drugs week

Police in the Ards and North Down policing district arrested eight people during a week of
action against drug dealing.

Inspector Claire Boyd, of the Police Service of Northern Ireland, said: "We searched 14 homes
and every one of those searches was based on information from the public."
"""


def test_a_quoted_figure_of_the_divisions_own_force_stays_with_the_division() -> None:
    got = areas(QUOTE_IN_DIVISION)
    assert got[("arrests", 16)] == "Forth Valley"
    assert got[("safeguarded", 11)] == "Forth Valley"
    got = areas(QUOTE_IN_DISTRICT)
    assert got[("arrests", 8)] == "Ards and North Down"
    # "We searched 14 homes" names no warrant: other / searches (GUIDELINES h2_008, h16_021)
    assert got[("other", 14)] == "Ards and North Down"
