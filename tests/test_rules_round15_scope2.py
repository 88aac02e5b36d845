"""Rules backend, scope round 15, second pass: figures credited to the wrong area.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_areas as areas

# -- "across the two districts": the districts as one group, their force's area ---------------

DISTRICTS = """ date 2025-04-08 Kent Police Dover

Kent Police spent Tuesday in Dover and Shepway on a day of action against county lines. \
Warrants were executed at addresses in Dover.

By the evening officers had arrested 11 people across the two districts and closed 4 lines. \
They also seized £3,900 in cash.
"""

BOTH_DISTRICTS = """ date 2025-04-08 Essex Police in Braintree

Essex Police officers worked in Tendring and Braintree on Thursday. Two men were held in \
Braintree.

In both districts they made 7 arrests and recovered 3 knives.
"""


def test_a_figure_across_the_named_districts_takes_their_force() -> None:
    got = areas(DISTRICTS)
    assert got[("arrests", 11)] == "Kent", got
    assert got[("lines_closed", 4)] == "Kent", got
    got = areas(BOTH_DISTRICTS)
    assert got[("arrests", 7)] == "Essex", got
    assert got[("knives_seized", 3)] == "Essex", got


# -- "the district's team has arrested 40 people": the district whose team acted, the council
# -- area last named, not the town the story opened in ---------------------------------------

OWNER = """ date 2025-05-12 A morning with the drugs team

The van stops outside a block of flats in Dewsbury just before six.

Sergeant Amy Holt runs the West Yorkshire Police team in Kirklees that deals with county \
lines, the lines run into towns such as Huddersfield and Dewsbury.

The team is busy. Since January, she says, the district's team has arrested 41 people and \
closed 12 deal lines. They have also seized £18,500 in cash.
"""

DIVISION_OWNER = """ date 2025-05-12 Raids in Wallasey

Officers raided three homes in Wallasey on Tuesday morning.

The raids were led by the Merseyside Police team in the Wirral district, which covers \
Wallasey and Birkenhead.

This year the district's own officers have arrested 28 people for county lines offences.
"""


def test_the_district_s_team_takes_the_district_last_named() -> None:
    got = areas(OWNER)
    assert got[("arrests", 41)] == "Kirklees", got
    assert got[("lines_closed", 12)] == "Kirklees", got
    got = areas(DIVISION_OWNER)
    assert got[("arrests", 28)] == "Wirral", got


def test_the_district_s_other_nouns_do_not_scope() -> None:
    # "the district's" before a noun other than its team is no scope of the sentence
    got = areas(
        OWNER.replace(
            "the district's team has arrested 41 people",
            "the team has arrested 41 people on the district's estates",
        )
    )
    assert got[("arrests", 41)] == "Dewsbury", got


# -- "across the two districts, 8 in Dover and 3 in Deal. We also seized ...": the shares after
# -- the wide phrase do not stop the next sentence going on over the whole -----------------------

GOES_ON = """ date 2025-04-08 Kent Police Dover

Kent Police spent Tuesday in Dover and Shepway on a day of action against county lines. \
Warrants were executed at addresses in Dover.

By the evening we had arrested 11 people across the two districts, 8 in Dover and 3 in \
Folkestone. We also seized £3,900 in cash and visited 20 addresses.
"""

COUNTY_GOES_ON = """ date 2025-06-10 Devon and Cornwall Police in Truro

Officers raided two flats in Truro on Monday.

Over the week we arrested 20 people across Cornwall, 6 of them in Truro. We also closed \
five deal lines.
"""


def test_a_we_sentence_goes_on_over_the_whole_before_its_shares() -> None:
    got = areas(GOES_ON)
    assert got[("arrests", 11)] == "Kent", got
    assert got[("cash_seized", 3900)] == "Kent", got
    assert got[("addresses_visited", 20)] == "Kent", got
    got = areas(COUNTY_GOES_ON)
    assert got[("arrests", 20)] == "Cornwall", got
    assert got[("lines_closed", 5)] == "Cornwall", got


# -- Police Scotland's Greater Glasgow division is a division, not the city of Glasgow ----------

GLASGOW_DIVISION = """ date 2025-09-03 Police Scotland week of action

Police Scotland officers in the Greater Glasgow division made 14 arrests during a week of \
action against drug lines, and recovered £9,300 in cash.

In Milngavie, officers searched two homes and found 250g of cocaine.
"""


def test_greater_glasgow_is_the_division() -> None:
    got = areas(GLASGOW_DIVISION)
    assert got[("arrests", 14)] == "Greater Glasgow", got
    assert got[("cash_seized", 9300)] == "Greater Glasgow", got


# -- "- Newcastle Central: 6 arrests": a list line labelled by a town's station is the town's;
# -- "London Paddington and London Victoria: ..." names two sites of one town, not a list ------

STATIONS = """ date 2025-10-20 Rail week of action

British Transport Police officers arrested 70 people at stations across England and Wales \
during a week of action against county lines.

The busiest stations were:

- London Paddington and London Victoria: 14 arrests and 40 wraps of heroin
- Sheffield Midland: 8 arrests and £2,900 in cash
- Newcastle Central: 6 arrests
- Swansea: 3 arrests
"""


def test_a_station_label_line_is_its_town_s() -> None:
    got = areas(STATIONS)
    assert got[("arrests", 14)] == "London", got
    assert got[("arrests", 8)] == "Sheffield", got
    assert got[("cash_seized", 2900)] == "Sheffield", got
    assert got[("arrests", 6)] == "Newcastle", got
    assert got[("arrests", 3)] == "Swansea", got
    assert got[("arrests", 70)] == "national", got


# -- a table's "Other areas" / "Rest of the county" row is no place: the article's own area ----

TABLE = """ date 2025-11-20 Norfolk Police week of action results

Norfolk Police made 40 arrests during a week of action against county lines.

Area | Arrests | Warrants | Cash seized
--- | --- | --- | ---
Norwich | 22 | 9 | £6,100
King's Lynn | 12 | 4 | £3,050
Rest of the county | 6 | 3 | £1,720
Total | 40 | 16 | £10,870
"""


def test_a_table_row_of_the_other_areas_is_the_article_s() -> None:
    got = areas(TABLE)
    assert got[("warrants", 3)] == "Norfolk", got
    assert got[("cash_seized", 1720)] == "Norfolk", got
    assert got[("warrants", 9)] == "Norwich", got
    got = areas(TABLE.replace("Rest of the county", "Other areas"))
    assert got[("warrants", 3)] == "Norfolk", got


# -- "a flat near Rugby town centre": a site in the town; "in Brownsover and Overslade, two
# -- estates in Rugby": the districts' aside names their town ------------------------------------

NEAR_CENTRE = """ date 2025-02-14 Kent Police | Local blog | Tonbridge and Malling

Our week of action in Tonbridge and Malling

We arrested 15 people in Tonbridge and Malling during the week. At one house near Tonbridge \
town centre we found £3,350 in cash and three knives.
"""

ASIDE = """ date 2025-02-14 Warwickshire Police | Rugby and Coleshill

Our week of action in Rugby and Coleshill

We arrested 15 people in Rugby and Coleshill during the week. Officers knocked on 52 doors \
in Hillmorton and Bilmore, two estates in Rugby, to check on vulnerable tenants.
"""


def test_near_the_town_centre_is_the_town() -> None:
    got = areas(NEAR_CENTRE)
    assert got[("cash_seized", 3350)] == "Tonbridge", got
    assert got[("knives_seized", 3)] == "Tonbridge", got
    got = areas(NEAR_CENTRE.replace("near Tonbridge town centre", "near Tonbridge"))
    assert got[("cash_seized", 3350)] == "Tonbridge and Malling", got


def test_an_aside_naming_the_districts_town_places_them() -> None:
    got = areas(ASIDE)
    assert got[("addresses_visited", 52)] == "Rugby", got


# -- "Nine of those arrested were under 18" opening a new paragraph: a share of the last count
# -- of arrests it fits in, in that count's area -------------------------------------------------

THOSE_ARRESTED = """ date 2025-03-18 Kent Police county lines week

Kent Police arrested 18 people in Margate during its week of action across Kent.

Officers executed 12 warrants in the town. They also seized £9,100 in cash.

Five of those arrested were under 18.

Across the county, the week led to 140 arrests.
"""

BIGGER_THAN_THE_LAST = """ date 2025-03-18 Police Scotland

Officers in Aberdeen and Inverness have arrested 21 people in a crackdown on drug lines.

In Aberdeen, 15 people were arrested. In Inverness, six arrests were made.

Twelve of those arrested have been charged.
"""


def test_a_share_of_those_arrested_takes_the_count_it_fits_in() -> None:
    got = areas(THOSE_ARRESTED)
    assert got[("arrests", 5)] == "Margate", got
    assert got[("arrests", 140)] == "Kent", got
    got = areas(BIGGER_THAN_THE_LAST)
    assert got[("charged", 12)] not in ("Inverness", "Aberdeen"), got


# -- "DET INSP JONES: Bradford district accounted for 19 of the arrests": a transcript's
# -- speaker label does not stop the place opening the sentence ---------------------------------

TRANSCRIPT = """ date 2025-05-20 Press conference: county lines week of action

ACC MORLEY: West Yorkshire Police made 60 arrests during the week of action.

DET INSP JONES: Bradford district accounted for 19 of the arrests. Calderdale saw another 11.
"""


def test_a_transcript_speaker_label_leaves_the_sentence_s_opening_place() -> None:
    got = areas(TRANSCRIPT)
    assert got[("arrests", 19)] == "Bradford", got
    assert got[("arrests", 60)] == "West Yorkshire", got


def test_the_next_sentence_goes_on_in_the_district_s_area() -> None:
    got = areas(OWNER)
    assert got[("cash_seized", 18500)] == "Kirklees", got


# -- "The force now says 16 people were arrested": the force as the source of the borough's
# -- figures, with an adverb before "says" too ---------------------------------------------------

SOURCE = """ date 2025-07-02 Hinckley and Bosworth county lines week: police revise figures

Police have revised the results of a week of action against county lines drug dealing in \
Hinckley and Bosworth.

Leicestershire Police said on Monday that 19 people had been arrested during the week. The \
force now says 14 people were arrested.
"""


def test_the_force_now_says_is_the_source_of_the_place_s_figures() -> None:
    got = areas(SOURCE)
    assert got[("arrests", 14)] == "Hinckley and Bosworth", got


# -- "In Canterbury, officers seized £5,600 from a flat in Blean": a site in a small place the
# -- sentence's opening town takes in is that town's ---------------------------------------------

OPENING_TOWN_SITE = """ date 2025-08-11 Kent Police week of action

Kent Police made 48 arrests across the county during a week of action against county lines.

Maidstone accounted for 20 of the arrests. In Canterbury, officers closed two lines and seized \
£5,600 from a flat in Blean.
"""


def test_a_site_in_the_opening_town_s_district_is_the_town_s() -> None:
    got = areas(OPENING_TOWN_SITE)
    assert got[("cash_seized", 5600)] == "Canterbury", got
    assert got[("lines_closed", 2)] == "Canterbury", got
