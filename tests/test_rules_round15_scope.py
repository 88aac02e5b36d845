"""Rules backend, scope round 15: figures credited to the wrong area (holdout26, holdout24).

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.rules.tables import find_tables
from extractor.testing.rules import checked_report
from extractor.testing.rules import statistic_keys as _stats

_TABLE = """Wiltshire Police results from its week of action against county lines

Wiltshire Police made 40 arrests during the week.

| District | Arrests | Warrants | Cash seized |
|---|---|---|---|
| Swindon | 21 | 6 | £3,100 |
| Salisbury | 12 | 5 | £1,900 |
| Other districts | 7 | 3 | £850 |
| Total | 40 | 14 | £5,850 |
"""


def test_table_row_of_other_districts_takes_the_force_area() -> None:
    stats = _stats(_TABLE)
    assert ("arrests", 7.0, "Wiltshire") in stats
    assert ("cash_seized", 850.0, "Wiltshire") in stats
    assert not any(area == "Other districts" for _, _, area in stats)


def test_unplaced_rows_carry_their_words_as_a_label() -> None:
    text = (
        "Unit  Arrests  Warrants\n"
        "Kestrel (own operations)  5  2\nDale  4  1\nAll other areas  3  1\n"
    )
    figures = find_tables(text, 0)[0].figures
    assert {(f.area, f.label) for f in figures} == {
        (None, "own operations"),
        ("Dale", None),
        (None, "all other areas"),
    }


# -- "in X, and Y accounted for ...": Y opens a new clause, it is no list with X ---------------

CLAUSE_AFTER_TOWN = """Lancashire Constabulary ends county lines week with 30 arrests

Lancashire Constabulary arrested 30 people during a week of action against county lines.

Eighteen of the 30 were arrested in Preston, and Blackburn accounted for most of the others.
"""


def test_a_town_then_a_new_clause_s_subject_is_no_list() -> None:
    assert ("arrests", 18.0, "Preston") in _stats(CLAUSE_AFTER_TOWN)


def test_a_list_running_into_a_verb_is_still_a_list() -> None:
    text = CLAUSE_AFTER_TOWN.replace(
        "Eighteen of the 30 were arrested in Preston, and Blackburn accounted for most of the "
        "others.",
        "Officers seized £4,000 in Preston, Chorley, and Blackburn.",
    )
    assert ("cash_seized", 4000.0, "Lancashire") in _stats(text)


# -- a neighbourhood no gazetteer lists, in a town's story, is the town's -----------------------

TOWN_NEIGHBOURHOOD = """Carlisle county lines crackdown sees 20 arrests

Police in Carlisle arrested 20 people during a fortnight targeting county lines gangs.

Nine of the arrests were made in Lowfield over a single weekend.

Officers also seized £3,200 in cash and 14 mobile phones.
"""


def test_a_share_made_in_an_unlisted_neighbourhood_keeps_the_town() -> None:
    stats = _stats(TOWN_NEIGHBOURHOOD)
    assert ("arrests", 9.0, "Carlisle") in stats
    assert "Lowfield" not in checked_report(TOWN_NEIGHBOURHOOD, topic_check=False).locations


def test_an_opening_town_holds_an_unlisted_neighbourhood_after_the_figure() -> None:
    text = TOWN_NEIGHBOURHOOD.replace(
        "Nine of the arrests were made in Lowfield over a single weekend.",
        "In Leeds, officers raided six addresses in a single morning in Harehills.",
    )
    assert ("warrants", 6.0, "Leeds") in _stats(text)


def test_an_unlisted_name_after_another_town_s_share_keeps_its_own_name() -> None:
    text = TOWN_NEIGHBOURHOOD.replace(
        "Nine of the arrests were made in Lowfield over a single weekend.",
        "Of the 20 arrests, 14 were made in Carlisle and six in Brackenmoor.",
    )
    assert ("arrests", 6.0, "Brackenmoor") in _stats(text)


# -- "across the two districts": the districts as one group, their force's area -----------------

TWO_DISTRICTS = """Ashford police target county lines in day of action

Officers in Ashford spent Tuesday targeting county lines dealers.

They arrested 11 people across the two districts, seven in Ashford and four in Folkestone.
"""


def test_the_two_districts_are_the_force_area_of_a_town_story() -> None:
    stats = _stats(TWO_DISTRICTS)
    assert ("arrests", 11.0, "Kent") in stats
    assert ("arrests", 4.0, "Folkestone") in stats


# -- a station's list item, "Leeds station: 4 arrests", is its city's ------------------------

STATION_LIST = """British Transport Police arrests 60 in rail county lines week

British Transport Police officers arrested 60 people at stations across England and Wales
during a week of action against county lines.

Results at some stations included:

- Leeds station: 4 arrests and £1,300 in cash
- Bristol Temple Meads: 6 arrests
- London Paddington: 3 arrests and one knife
"""


def test_a_station_s_list_item_takes_its_city() -> None:
    stats = _stats(STATION_LIST)
    assert ("arrests", 4.0, "Leeds") in stats
    assert ("cash_seized", 1300.0, "Leeds") in stats
    assert ("arrests", 6.0, "Bristol") in stats
    assert ("arrests", 3.0, "London") in stats
    assert ("arrests", 60.0, "national") in stats


# -- a national round-up from a force's paper: "They" and "more than any other force" ----------

ROUNDUP = """Cheshire Police among busiest forces in national county lines week

Cheshire Police made more county lines arrests than most forces during last week's crackdown.

Forces across England and Wales arrested 1,230 people. They closed 288 lines and helped 1,410.

Cheshire Police accounted for 61 of the arrests.

Officers in Cheshire closed 19 lines, more than any other force in the country, and seized £4,300.
"""


def test_they_goes_on_with_a_national_subject() -> None:
    assert ("lines_closed", 288.0, "national") in _stats(ROUNDUP)


def test_a_comparison_with_any_other_force_in_the_country_is_no_scope() -> None:
    assert ("cash_seized", 4300.0, "Cheshire") in _stats(ROUNDUP)


# -- "Nationally ..." opening a quotation is national ------------------------------------------

QUOTED_NATIONALLY = """Norfolk police chief hails county lines week

Superintendent Jo Marsh of Norfolk Constabulary said: "Across Norfolk we arrested 31 people."

"Nationally more than 1,100 people were arrested in the same week," she said.
"""


def test_nationally_opening_a_quotation_is_national() -> None:
    stats = _stats(QUOTED_NATIONALLY)
    assert ("arrests", 1100.0, "national") in stats
    assert ("arrests", 31.0, "Norfolk") in stats


# -- hard-wrapped text with one quotation pasted whole on a long line is still wrapped ----------

WRAPPED = """Community alert - what happened in Margate during the county lines week

Hello everyone,

Last week (Monday 9 to Sunday 15 March) Kent Police took part in a
national week of action against county lines, and here is what we did
locally in the Margate area.

Across Kent the force arrested 30 people, executed 12 search warrants
and closed five deal lines. Officers seized £9,400 in cash and 11
phones during the week.

In Margate, eight people were arrested and officers visited 14 homes
where they were worried someone was being exploited by dealers.

QUOTE_LINE

Thanks,
Sam
"""


WRAPPED = WRAPPED.replace(
    "QUOTE_LINE",
    'PC Sam Hollis, who leads the Margate neighbourhood team, said: "Eight arrests in one week '
    'is a good result for the town, but we need people to keep telling us what they see."',
)


def test_one_long_quotation_line_does_not_unwrap_a_hard_wrapped_alert() -> None:
    stats = _stats(WRAPPED)
    assert ("lines_closed", 5.0, "Kent") in stats
    assert ("phones_seized", 11.0, "Kent") in stats
    assert ("arrests", 8.0, "Margate") in stats


# -- "at one of the Grimsby flats": a town named before its sites is their place ---------------

NAMED_SITES = """Humberside Police closes county lines in week of action

Humberside Police arrested 22 people during a week of action, with raids in Grimsby and Goole.

The force also closed four deal lines.

Two teenagers found at one of the Grimsby flats were referred to children's services.
"""


def test_a_town_naming_its_flats_places_the_figure() -> None:
    assert ("safeguarded", 2.0, "Grimsby") in _stats(NAMED_SITES)


# -- a headline's town that is the short name of the council area the body names ---------------

COUNCIL_SHORT_NAME = """Menu  Search
Nuneaton Evening Post
News > Nuneaton > Crime
Thirty arrested in Nuneaton county lines week
By A Reporter

Police have arrested 30 people in Nuneaton and Bedworth during a week of action against dealers.

Officers from Warwickshire Police searched 11 properties under warrant across the borough and
closed six deal lines, the force said.
"""


def test_the_council_area_named_in_the_body_frames_a_headline_s_short_name() -> None:
    text = COUNCIL_SHORT_NAME.replace("borough and\nclosed", "borough and closed")
    stats = _stats(text)
    assert ("lines_closed", 6.0, "Nuneaton and Bedworth") in stats


# -- a wrapped line with room left for the next word still goes on when it goes on in lower case


def test_a_lower_case_line_goes_on_with_a_short_wrapped_line() -> None:
    text = WRAPPED.replace(
        "Officers seized £9,400 in cash and 11\nphones during the week.",
        "Officers seized £9,400\nin cash and 11 phones during the week.",
    )
    stats = _stats(text)
    assert ("phones_seized", 11.0, "Kent") in stats


# -- "The force now says ...": the force as the source of a district's figure, not its scope ----

SOURCE_NOW_SAYS = """Charnwood county lines week: police revise figures

Police have revised the results of a week of action against county lines in Charnwood.

Leicestershire Police said last week that 19 people had been arrested. The force now says 15
people were arrested.
"""


def test_a_force_that_now_says_is_the_source_not_the_scope() -> None:
    text = SOURCE_NOW_SAYS.replace("says 15\npeople", "says 15 people")
    assert ("arrests", 15.0, "Charnwood") in _stats(text)


# -- two towns of one county in a regional story: the county, as a group -----------------------

REGIONAL_TOWNS = """Regional unit leads day of raids across the East Midlands

The East Midlands Special Operations Unit led a day of raids across the East Midlands region.

Officers executed 30 warrants across the region. Eleven of the warrants were carried out in
Mansfield and Worksop, Nottinghamshire Police said.
"""


def test_two_towns_of_one_county_in_a_regional_story_take_the_county() -> None:
    text = REGIONAL_TOWNS.replace("out in\nMansfield", "out in Mansfield")
    assert ("warrants", 11.0, "Nottinghamshire") in _stats(text)


def test_a_town_naming_its_arrests_places_a_share_of_them() -> None:
    text = NAMED_SITES.replace(
        "Two teenagers found at one of the Grimsby flats were referred to children's services.",
        "Three of the Grimsby arrests followed a stop on the A180. Of Humberside's arrests, 9 "
        "were in Hull.",
    )
    stats = _stats(text)
    assert ("arrests", 3.0, "Grimsby") in stats


def test_a_town_s_arrests_placed_in_another_town_are_that_town_s() -> None:
    text = NAMED_SITES.replace(
        "Two teenagers found at one of the Grimsby flats were referred to children's services.",
        "In Cleethorpes alone, 5 of the Grimsby arrests were made.",
    )
    assert ("arrests", 5.0, "Cleethorpes") in _stats(text)
