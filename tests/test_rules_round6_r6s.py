"""Rules backend, scope round 6: how the area in force is carried through an article.

Every article here is written for these tests (none is copied from an evaluation
set); each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md`` and
its holdout decisions: a one-town release is the town's, whoever's force ran it; a
town qualified by a compass word is the town; a paragraph whose first sentence
places its work in one town scopes its later unplaced figures.
"""

from __future__ import annotations

from extractor.rules.gazetteer import PLACES
from extractor.testing.rules import checked_report
from extractor.testing.rules import statistic_areas as areas

# -- a one-town release: the force is who acted, the town is where ------------------------

ONE_TOWN_FROM_OUTSIDE = """ date 2025-03-14 Fortnight-long Grimsby drugs crackdown ends

A two-week operation against dealers who supply Grimsby with heroin from beyond Humberside \
has finished with 24 arrests and £18,500 in cash recovered, Humberside Police said.

Officers also:

* carried out 15 search warrants
* shut down six deal lines
* seized 17 mobile phones

Nineteen of those arrested have been charged.
"""

ONE_TOWN_SOURCE_ONLY = """ date 2025-03-14 Warrington raids net cocaine and cash

Cocaine worth £40,000 was found when officers searched four homes in the north of the town \
on Tuesday, Cheshire Constabulary said.

Five people were arrested and £2,900 in cash was seized.
"""

ONE_TOWN_FORCE_SUBJECT = """ date 2025-03-14 Dealers targeted in week of Luton raids

Bedfordshire Police made 31 arrests and closed nine county lines during a week of action \
targeting the dealers who supply the town.

The force said officers also recovered £12,000 in cash and 22 phones.
"""


def test_a_release_about_one_town_scopes_its_figures_to_the_town() -> None:
    got = areas(ONE_TOWN_FROM_OUTSIDE)
    for key in (
        ("arrests", 24),
        ("cash_seized", 18500),
        ("warrants", 15),
        ("lines_closed", 6),
        ("phones_seized", 17),
        ("charged", 19),
    ):
        assert got[key] == "Grimsby", key


def test_a_one_town_release_with_the_force_as_its_source_is_the_town_s() -> None:
    got = areas(ONE_TOWN_SOURCE_ONLY)
    assert got[("drugs_value", 40000)] == "Warrington"
    assert got[("arrests", 5)] == "Warrington"
    assert got[("cash_seized", 2900)] == "Warrington"


def test_a_force_s_week_about_the_one_town_it_names_is_the_town_s() -> None:
    got = areas(ONE_TOWN_FORCE_SUBJECT)
    assert got[("arrests", 31)] == "Luton"
    assert got[("lines_closed", 9)] == "Luton"
    assert got[("cash_seized", 12000)] == "Luton"


TWO_TOWNS_OF_THE_FORCE = """ date 2025-03-14 Week of raids in Luton

Bedfordshire Police made 31 arrests during a week of action against county lines.

Officers also searched homes in Bedford, where £4,000 in cash was found.
"""

COUNTY_STATED = """ date 2025-03-14 Week of raids in Luton

Bedfordshire Police made 31 arrests across Bedfordshire during a week of action.

Eleven of the arrests were made in Luton.
"""


def test_a_second_town_of_the_force_keeps_the_force_s_framing() -> None:
    got = areas(TWO_TOWNS_OF_THE_FORCE)
    assert got[("arrests", 31)] == "Bedfordshire"
    assert got[("cash_seized", 4000)] == "Bedford"


def test_a_county_wide_scope_stated_in_the_body_keeps_the_county() -> None:
    got = areas(COUNTY_STATED)
    assert got[("arrests", 31)] == "Bedfordshire"
    assert got[("arrests", 11)] == "Luton"


# -- a town qualified by a compass word is the town ------------------------------------------

COMPASS_TOWNS = [
    "Officers searched flats across north Leeds on Thursday and arrested 9 people.",
    "Nine people were arrested when officers raided homes in west Leeds.",
    "During raids throughout south-east Leeds, officers arrested 9 people.",
]


def test_a_compass_qualified_town_is_the_town() -> None:
    for sentence in COMPASS_TOWNS:
        text = (
            " date 2025-03-14 Drug raids\n\nWest Yorkshire Police have been targeting county "
            "lines dealing.\n\n" + sentence + "\n"
        )
        assert areas(text)[("arrests", 9)] == "Leeds", sentence


def test_the_compass_test_towns_are_known_to_the_gazetteer() -> None:
    assert PLACES["Leeds"].county == "West Yorkshire"


# -- a town written short where the article also writes it in full, hyphens and all ----------

HYPHENATED_FULL_NAME = """ date 2025-03-14 Week of action in Essex

Essex Police ran a week of action against the lines running into Southend-on-Sea.

Officers made 33 arrests across the county, 14 of them in Southend, and seized £8,800 in cash \
in Southend.
"""

STOKE_FULL_NAME = """ date 2025-03-14 Lines targeted in the Potteries

Staffordshire Police focused on dealers in Stoke-on-Trent during the week.

In Stoke, officers arrested 12 people and closed three deal lines.
"""


def test_a_short_town_name_takes_the_hyphenated_full_name_the_article_writes() -> None:
    got = areas(HYPHENATED_FULL_NAME)
    assert got[("arrests", 14)] == "Southend-on-Sea"
    assert got[("cash_seized", 8800)] == "Southend-on-Sea"
    got = areas(STOKE_FULL_NAME)
    assert got[("arrests", 12)] == "Stoke-on-Trent"
    assert got[("lines_closed", 3)] == "Stoke-on-Trent"


# -- a part of London the article places the operation in is the area, as written -----------

LONDON_PART = """ date 2025-03-14 Met closes lines run from two boroughs

Detectives from the Metropolitan Police have shut 12 county lines after a week of raids in \
north-west London.

Officers carried out 18 warrants across the two boroughs and arrested 26 people, 15 of them in \
Brent.

Seven vulnerable adults were safeguarded.
"""


def test_a_compass_part_of_london_that_places_the_raids_is_the_area() -> None:
    got = areas(LONDON_PART)
    assert got[("lines_closed", 12)] == "north-west London"
    assert got[("warrants", 18)] == "north-west London"
    assert got[("arrests", 26)] == "north-west London"
    assert got[("safeguarded", 7)] == "north-west London"
    assert got[("arrests", 15)] == "Brent"


# -- a destination after "into" is where the drugs went, not the scope -----------------------

INTO_DESTINATION = [
    "Officers closed 8 county lines that were supplying heroin into towns across Cornwall.",
    "The 8 county lines shut down had been running drugs into Cornwall and Devon.",
]


def test_a_place_drugs_were_run_into_does_not_scope_the_lines() -> None:
    for sentence in INTO_DESTINATION:
        text = (
            " date 2025-03-14 Lines closed\n\nMerseyside Police have finished a week of action "
            "against county lines.\n\n" + sentence + "\n"
        )
        assert areas(text)[("lines_closed", 8)] == "Merseyside", sentence


LONDON_PART_ORIGIN = """ date 2025-03-14 Lines closed in Norfolk

Norfolk Constabulary closed 9 county lines during the week, most of them controlled from \
addresses in east London.
"""


def test_a_part_of_london_lines_are_run_from_does_not_scope_another_force_s_figures() -> None:
    assert areas(LONDON_PART_ORIGIN)[("lines_closed", 9)] == "Norfolk"


OWN_TOWN_DESTINATION = """ date 2025-03-14 Week of action in Nottinghamshire

Nottinghamshire Police closed 11 county lines during the week, including four run into \
Mansfield.
"""


def test_lines_run_into_a_town_of_the_force_s_own_area_are_the_town_s_share() -> None:
    assert areas(OWN_TOWN_DESTINATION)[("lines_closed", 4)] == "Mansfield"


# -- a paragraph whose first sentence places its work in one town scopes its unplaced figures --

PER_TOWN_PARAGRAPHS = """ date 2025-03-14 Cheshire Police: week of action results

Cheshire Police made 61 arrests during a county lines week of action across the county.

The week in Crewe produced 17 arrests. Officers also recovered £8,400 from a van and a \
machete from a bedroom.

Most of the 22 arrests made in Warrington came on the final two days. Detectives seized 1.5kg \
of cocaine at a house near the station.

Officers arrested 40 people across the county, nine of them in Chester. A further 6 warrants \
were executed.
"""


def test_a_paragraph_opened_by_one_town_s_figures_scopes_its_later_figures() -> None:
    got = areas(PER_TOWN_PARAGRAPHS)
    assert got[("arrests", 17)] == "Crewe"
    assert got[("cash_seized", 8400)] == "Crewe"
    assert got[("arrests", 22)] == "Warrington"
    assert got[("drugs_weight_kg", 1.5)] == "Warrington"


def test_a_town_s_share_in_the_opening_sentence_does_not_scope_the_paragraph() -> None:
    got = areas(PER_TOWN_PARAGRAPHS)
    assert got[("arrests", 9)] == "Chester"
    assert got[("warrants", 6)] == "Cheshire"


TOWN_THEN_ELSEWHERE = """ date 2025-03-14 Week of action in Cheshire

Cheshire Police made 61 arrests during a county lines week of action.

The week in Crewe produced 17 arrests. Across Crewe and Nantwich officers also visited 40 \
addresses. In total the force recovered £21,000 in cash.
"""


def test_a_paragraph_s_town_stops_scoping_once_it_names_another_place() -> None:
    got = areas(TOWN_THEN_ELSEWHERE)
    assert got[("arrests", 17)] == "Crewe"
    assert got[("cash_seized", 21000)] == "Cheshire"


# -- "the two towns", "both towns": the towns as a group, the force's area (decision 16) -----

TWO_TOWNS_GROUP = [
    "At a flat in Crewe, officers found £5,000 in cash. Cocaine worth £9,000 was seized across "
    "the two towns.",
    "In Crewe, officers found £5,000 in cash. Cocaine worth £9,000 was seized in both towns.",
]


def test_the_two_towns_named_earlier_scope_as_the_force_area() -> None:
    for paragraph in TWO_TOWNS_GROUP:
        text = (
            " date 2025-03-14 Raids in two towns\n\nCheshire Police targeted dealers in Crewe "
            "and Northwich during the week.\n\n" + paragraph + "\n"
        )
        got = areas(text)
        assert got[("cash_seized", 5000)] == "Crewe", paragraph
        assert got[("drugs_value", 9000)] == "Cheshire", paragraph


COMPOSITION_ASIDE = [
    "Drugs worth £9,000, mainly heroin, were seized in Northwich.",
    "Officers seized drugs worth £9,000, mostly cannabis resin, in Northwich.",
]


def test_an_aside_naming_what_drugs_were_mostly_does_not_end_the_figure_s_clause() -> None:
    for sentence in COMPOSITION_ASIDE:
        text = (
            " date 2025-03-14 Raids in two towns\n\nCheshire Police targeted dealers in Crewe "
            "and Northwich during the week.\n\nIn Crewe, officers found £5,000 in cash. "
            + sentence
            + "\n"
        )
        assert areas(text)[("drugs_value", 9000)] == "Northwich", sentence


# -- a partner force that is the subject of its own clause is its figure's scope -------------

PARTNER_WHOSE = [
    "Merseyside Police worked alongside Cheshire Constabulary, whose officers detained 7 people.",
    "The operation was supported by Lancashire Police and Cumbria Constabulary, whose teams "
    "detained 7 people.",
]


def test_a_partner_force_whose_officers_made_the_figure_scopes_it() -> None:
    want = ["Cheshire", "Lancashire and Cumbria"]
    for sentence, area in zip(PARTNER_WHOSE, want, strict=True):
        text = (
            " date 2025-03-14 Lines targeted\n\nMerseyside Police made 40 arrests during a week "
            "of action against county lines.\n\n" + sentence + "\n"
        )
        assert areas(text)[("arrests", 7)] == area, sentence


def test_a_partner_force_that_only_helped_scopes_nothing() -> None:
    text = (
        " date 2025-03-14 Lines targeted\n\nMerseyside Police made 40 arrests during a week "
        "of action.\n\nWorking with Cheshire Constabulary, officers detained 7 people in Bootle.\n"
    )
    assert areas(text)[("arrests", 7)] == "Bootle"


# -- a relative clause about the actor (no figure in it) is an aside: it scopes nothing -------

RELATIVE_ASIDE = [
    "Cleveland Police, which also belongs to the North East region, arrested 14 people.",
    "Cleveland Police, which also patrols in Teesside, made 14 arrests.",
]


def test_a_relative_clause_describing_the_force_does_not_scope_its_figure() -> None:
    for sentence in RELATIVE_ASIDE:
        text = (
            " date 2025-03-14 Regional week\n\nThe North East Regional Organised Crime Unit "
            "co-ordinated 60 arrests across the region.\n\n" + sentence + "\n"
        )
        assert areas(text)[("arrests", 14)] == "Cleveland", sentence


# -- gazetteer: a city named like its county, a town with two names --------------------------


def test_a_city_that_shares_its_county_s_name_is_the_city() -> None:
    text = (
        " date 2025-03-14 Week of action\n\nDurham Constabulary made 30 arrests during a week "
        "of action.\n\nIn Durham City, officers arrested 8 people and visited 19 addresses.\n"
    )
    got = areas(text)
    assert got[("arrests", 30)] == "Durham"
    assert got[("arrests", 8)] == "Durham City"
    assert got[("addresses_visited", 19)] == "Durham City"


def test_a_town_written_short_takes_its_two_name_form_the_article_writes() -> None:
    text = (
        " date 2025-03-14 PSNI searches\n\nThe PSNI carried out searches in Belfast and "
        "Derry/Londonderry during the week.\n\nOfficers arrested 7 people in Londonderry.\n"
    )
    assert areas(text)[("arrests", 7)] == "Derry/Londonderry"


# -- "the force" as the actor of a total, in a paragraph that names no force ----------------

FORCE_ACTS_TOTAL = """ date 2025-03-14 Cocaine found at Dover as Kent crackdown ends

A van driver was arrested at the Port of Dover after officers found cocaine worth £30,000, as \
a fortnight of county lines activity by Kent Police came to an end.

Over the fortnight the force arrested 44 people and closed 12 deal lines.
"""


def test_the_force_acting_with_no_force_in_its_paragraph_is_the_article_s_force() -> None:
    got = areas(FORCE_ACTS_TOTAL)
    assert got[("drugs_value", 30000)] == "Dover"
    assert got[("arrests", 44)] == "Kent"


# -- a figure in a quotation, with no place of its own, that repeats a narrative figure ------

QUOTED_REPEAT = """ date 2025-03-14 Cocaine found at Dover as Kent crackdown ends

A van driver was arrested at the Port of Dover after officers found cocaine worth £30,000, as \
a fortnight of county lines activity by Kent Police came to an end.

Over the fortnight the force arrested 44 people and closed 12 deal lines.

Inspector Jo Marsh said: "Forty-four arrests in two weeks shows what the teams can do."
"""

QUOTED_OWN_PLACE = """ date 2025-03-14 Week of action in Kent

Kent Police arrested 44 people during a week of action.

Inspector Jo Marsh said: "We made 12 arrests in Maidstone alone."

Officers also made 12 arrests in Canterbury.
"""


def test_a_quoted_repeat_of_a_narrative_figure_is_that_figure() -> None:
    report = checked_report(QUOTED_REPEAT, topic_check=False)
    arrests = [s for s in report.statistics if s.metric.value == "arrests" and s.value == 44]
    assert [s.area for s in arrests] == ["Kent"]


def test_a_quoted_figure_with_its_own_place_is_kept() -> None:
    got = areas(QUOTED_OWN_PLACE)
    assert got[("arrests", 12)] in ("Maidstone", "Canterbury")
    report = checked_report(QUOTED_OWN_PLACE, topic_check=False)
    twelve = {s.area for s in report.statistics if s.value == 12}
    assert twelve == {"Maidstone", "Canterbury"}


# -- "X alone accounted for nine": a place with "alone" is still the subject of its figure ----

ALONE_SUBJECT = [
    "Twenty deal lines were shut down, and Leeds alone accounted for eight of them.",
    "Of the 20 deal lines shut down, Leeds itself accounted for 8.",
]


def test_a_place_alone_as_the_subject_of_a_share_takes_the_share_only() -> None:
    for sentence in ALONE_SUBJECT:
        text = (
            " date 2025-03-14 Week of action\n\nWest Yorkshire Police ran a week of action "
            "against county lines.\n\n" + sentence + "\n"
        )
        got = areas(text)
        assert got[("lines_closed", 8)] == "Leeds", sentence
        assert got[("lines_closed", 20)] == "West Yorkshire", sentence


# -- a site in a neighbourhood no gazetteer lists is in the town that frames the sentence -----

NEIGHBOURHOOD_SITES = [
    "In Bradford, officers found 3 ounces of cocaine in a bedsit in Manningham.",
    "In Bradford, officers found 3 ounces of cocaine at one property in Manningham.",
    "In Bradford, officers found 3 ounces of cocaine in a takeaway in Manningham.",
]


def test_a_site_in_an_unlisted_neighbourhood_takes_the_opening_town() -> None:
    for sentence in NEIGHBOURHOOD_SITES:
        text = (
            " date 2025-03-14 Week of action\n\nWest Yorkshire Police ran a week of action "
            "against county lines.\n\n" + sentence + "\n"
        )
        got = areas(text)
        assert list(got.values()) == ["Bradford"], sentence


STREET_IN_OPENING = """ date 2025-03-14 Arrests in two cities

Devon and Cornwall Police arrested 9 people in Plymouth during the week.

In a separate stop in Truro, 2 men were held after their car was stopped in Lemon Street. \
Officers found 3 mobile phones inside.
"""


def test_a_street_in_the_opening_sentence_does_not_stop_its_town_scoping_the_paragraph() -> None:
    got = areas(STREET_IN_OPENING)
    assert got[("arrests", 9)] == "Plymouth"
    assert got[("phones_seized", 3)] == "Truro"


# -- a share of a whole that carries its own place, placed later in its sentence --------------

SHARE_PAST_WHOLE = [
    "Eleven of the 30 phones seized across the county were found at one house in Crewe.",
    "Eleven of the 30 phones recovered throughout the force area, among them 4 burner handsets, "
    "turned up in a single flat in Crewe.",
]


def test_a_share_placed_past_its_wholes_own_place_takes_the_later_place() -> None:
    for sentence in SHARE_PAST_WHOLE:
        text = (
            " date 2025-03-14 Week of action\n\nCheshire Police made 61 arrests during a county "
            "lines week of action.\n\n" + sentence + "\n"
        )
        got = areas(text)
        assert got[("phones_seized", 11)] == "Crewe", sentence


TOWN_HEADLINE_BREAKDOWN = """ date 2025-03-14 Maidstone raids as Kent week of action ends

Kent Police arrested 40 people during a week of action against county lines.

In Maidstone, 12 people were arrested and £4,000 in cash was seized.
"""

TOWN_HEADLINE_SHARE = """ date 2025-03-14 Maidstone raids as Kent week of action ends

Kent Police arrested 40 people during a week of action against county lines, 12 of them in \
Maidstone.
"""


def test_a_headline_town_with_a_breakdown_line_or_share_keeps_the_force_s_framing() -> None:
    got = areas(TOWN_HEADLINE_BREAKDOWN)
    assert got[("arrests", 40)] == "Kent"
    assert got[("arrests", 12)] == "Maidstone"
    got = areas(TOWN_HEADLINE_SHARE)
    assert got[("arrests", 40)] == "Kent"
    assert got[("arrests", 12)] == "Maidstone"


# -- a town of a force area that takes in several counties (Thames Valley, West Mercia) -------

MULTI_COUNTY_FORCE_TOWN = [
    """ date 2025-03-14 Operation results

Thames Valley Police has arrested 17 people in Slough during a fortnight of action against \
county lines dealing in the town.

Officers also seized £9,800 in cash and closed 4 deal lines.
""",
    """ date 2025-03-14 Operation results

West Mercia Police has arrested 17 people in Telford during a fortnight of action against \
county lines dealing in the town.

Officers also seized £9,800 in cash and closed 4 deal lines.
""",
]


def test_a_force_s_release_about_a_town_of_one_of_its_counties_is_the_town_s() -> None:
    for text, town in zip(MULTI_COUNTY_FORCE_TOWN, ["Slough", "Telford"], strict=True):
        got = areas(text)
        assert got[("arrests", 17)] == town
        assert got[("cash_seized", 9800)] == town
        assert got[("lines_closed", 4)] == town


# -- a paragraph that opens on the event the paragraph before told goes on with its place -----

SAME_EVENT_LEAD = """ date 2025-03-14 Cocaine and cash found at Crewe address

Officers from Cheshire Constabulary found drugs worth £60,000 and £9,000 in cash at a single \
address in Crewe on Monday.

{opening} Officers recovered 900g of cocaine and arrested 3 men at the scene.

Across Crewe and Northwich, officers executed 12 warrants. In total the operation led to 26 arrests.
"""
SAME_EVENT_NEXT_PARAGRAPH = [
    SAME_EVENT_LEAD.format(opening=opening)
    for opening in (
        "The find came on the third day of a week of action in Crewe and Northwich.",
        "The seizure was made during a week of action in Crewe and Northwich.",
    )
]


def test_a_paragraph_opening_on_the_event_before_keeps_its_place() -> None:
    for text in SAME_EVENT_NEXT_PARAGRAPH:
        got = areas(text)
        assert got[("drugs_weight_kg", 0.9)] == "Crewe"
        assert got[("arrests", 3)] == "Crewe"
        assert got[("arrests", 26)] == "Cheshire"
        assert got[("warrants", 12)] == "Cheshire"


# -- "referred to the force's exploitation team": a unit of the force, not its scope ----------

FORCE_UNIT = [
    "One girl was passed to the force's missing persons unit and the other 3, all men, have been "
    "charged.",
    "One girl was referred to the force's exploitation team and the other 3, all men, have been "
    "charged.",
]


def test_a_unit_of_the_force_named_as_a_destination_does_not_scope_the_next_figure() -> None:
    for sentence in FORCE_UNIT:
        text = (
            " date 2025-03-14 Flat raided\n\nFour people were arrested when Lincolnshire Police "
            "raided a flat in Boston on Tuesday. " + sentence + "\n"
        )
        assert areas(text)[("charged", 3)] == "Boston", sentence


ONE_TOWN_HEADLINE_FORCE_WIDE = """ date 2025-03-14 Grimsby drugs operation ends

A two-week operation against dealers who supply Grimsby has ended, Humberside Police said.

Across the force area, officers made 24 arrests. Officers also seized £5,000 in cash.
"""


def test_a_force_wide_scope_in_the_body_keeps_the_force_s_framing() -> None:
    got = areas(ONE_TOWN_HEADLINE_FORCE_WIDE)
    assert got[("arrests", 24)] == "Humberside"
    assert got[("cash_seized", 5000)] == "Humberside"


# -- "across the county, with raids in Maidstone": the force's week, the town a detail ---------

COUNTY_WEEK_WITH_TOWN = """ date 2025-03-14 Week of action results

Kent Police made 40 arrests during a week of action across the county, with raids in \
Maidstone on Tuesday.

Officers also seized £9,000 in cash and closed 6 lines.
"""


def test_a_force_s_county_wide_week_with_a_town_detail_is_the_force_s() -> None:
    got = areas(COUNTY_WEEK_WITH_TOWN)
    assert got[("arrests", 40)] == "Kent"
    assert got[("cash_seized", 9000)] == "Kent"
    assert got[("lines_closed", 6)] == "Kent"


# -- "Across the force area, ..." opens its sentence and scopes the paragraph ---------------

FORCE_AREA_OPENER = """ date 2025-03-14 Lines closed after raids

Officers carried out raids in Maidstone on Tuesday as part of a week of action, Kent Police said.

Across the force area, 40 people were arrested. Officers also seized £9,000 in cash.
"""


def test_an_across_the_force_area_opener_scopes_the_rest_of_its_paragraph() -> None:
    got = areas(FORCE_AREA_OPENER)
    assert got[("arrests", 40)] == "Kent"
    assert got[("cash_seized", 9000)] == "Kent"


# -- a town-framed release opened by its force: the paragraph is the town's -----------------

FORCE_OPENS_TOWN_PARAGRAPH = [
    "Gwent Police arrested 11 people in raids in Newport this week. Officers seized £7,000.",
    "Merseyside Police arrested 11 people in raids in north Liverpool this week. Officers seized "
    "£7,000.",
]


def test_a_force_opening_a_paragraph_about_its_town_leaves_the_paragraph_to_the_town() -> None:
    for paragraph, town in zip(FORCE_OPENS_TOWN_PARAGRAPH, ["Newport", "Liverpool"], strict=True):
        got = areas(" date 2025-03-14 Drug lines\n\n" + paragraph + "\n")
        assert got[("arrests", 11)] == town, paragraph
        assert got[("cash_seized", 7000)] == town, paragraph


ONE_CITY_POLICE_SCOTLAND = """ date 2025-03-14 Dundee drugs operation nets 22 arrests

Police Scotland officers have arrested 22 people during an operation targeting dealers who \
supply Dundee from Merseyside.

Detectives also seized £15,000 and heroin worth £40,000.
"""


def test_a_police_scotland_release_about_one_city_is_the_city_s() -> None:
    got = areas(ONE_CITY_POLICE_SCOTLAND)
    assert got[("arrests", 22)] == "Dundee"
    assert got[("cash_seized", 15000)] == "Dundee"


# -- "the town" is where the work was, not the gang's home town -----------------------------

GANG_HOME_TOWN = [
    """ date 2025-03-14 Liverpool dealers charged

Six men from Liverpool who supplied crack cocaine to Barrow-in-Furness were charged after \
raids by Cumbria Constabulary.

Officers recovered 400g of crack cocaine and £5,500 in the town.
""",
    """ date 2025-03-14 Dealers charged

A Liverpool-based gang that supplied crack cocaine to Barrow-in-Furness has been broken up by \
Cumbria Constabulary, with 6 men charged.

Officers recovered 400g of crack cocaine and £5,500 in the town.
""",
]


def test_the_town_is_where_the_work_was_not_the_gang_s_home() -> None:
    for text in GANG_HOME_TOWN:
        assert areas(text)[("cash_seized", 5500)] == "Barrow-in-Furness"
