"""Rules backend, scope round 14, second pass: scope errors left after the first pass.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_areas as areas

# -- "N of those homes had been": a share of the sentence before's figure is in its place ------

HOMES = """ date 2025-03-05 Essex Police county lines week ends with 80 arrests

Essex Police made 80 arrests across the county during its week of action against county lines.

Officers made 11 arrests in the Uttlesford district, eight of them in Saffron Walden.

Two of those held in Great Dunmow were girls aged 15. Officers also checked on 24 flats in the \
district where they feared tenants had been cuckooed. Nine of those homes had been.
"""


def test_a_share_of_the_sentence_before_takes_that_figure_s_place() -> None:
    got = areas(HOMES)
    assert got[("addresses_visited", 24)] == "Uttlesford"
    assert got[("other", 9)] == "Uttlesford"
    assert got[("arrests", 80)] == "Essex"


# -- a paragraph opening on one share of a breakdown ("Luton accounted for 12, Bedford 9 and
# -- Dunstable six") does not go on in that place: its unplaced figures are the whole's ------

BREAKDOWN = """ date 2025-03-05 Hertfordshire Constabulary made 35 arrests during a week of \
action against county lines.

Watford accounted for 14 of the arrests, Stevenage 10 and Hitchin five, the force said. \
Officers seized £8,800 in cash and 400g of cocaine.
"""


def test_a_breakdown_s_first_place_does_not_frame_its_paragraph() -> None:
    got = areas(BREAKDOWN)
    assert got[("arrests", 14)] == "Watford"
    assert got[("cash_seized", 8800)] == "Hertfordshire"
    assert got[("drugs_weight_kg", 0.4)] == "Hertfordshire"


# -- a town scene, then the force's total "across its area": the next paragraph's figures
# -- ("Officers closed ...") go on with the force's whole area, not the scene's town ------

SCENE_THEN_FORCE = """ date 2025-03-05 When detectives smashed their way into a terraced \
house in Workington at dawn on a cold Thursday, they found a 15-year-old boy from Manchester \
and a bag of crack cocaine under a sofa.

The boy had been missing from home for a week.

It was one of many raids carried out by Cumbria Constabulary during a week of action against \
county lines, which the force says led to 31 arrests across its area.

Officers closed nine deal lines and seized £12,400 in cash. They also safeguarded 22 people.
"""


def test_a_paragraph_going_on_from_a_force_wide_total_is_the_force_s() -> None:
    got = areas(SCENE_THEN_FORCE)
    assert got[("arrests", 31)] == "Cumbria"
    assert got[("lines_closed", 9)] == "Cumbria"
    assert got[("cash_seized", 12400)] == "Cumbria"
    assert got[("safeguarded", 22)] == "Cumbria"


# -- "X officers stopped a car near Y and found ... . Two men from Z were arrested.": the people
# -- the stop just told were held where the stop's finds were placed ------------------------

JOINT_STOP = """ date 2025-03-05 Two forces arrest 30 in joint county lines fortnight

Lancashire Constabulary and Cumbria Constabulary arrested 30 people during a joint fortnight \
against county lines dealing across both force areas.

On the M6 near Lancaster, Lancashire officers stopped a van and found 500g of cocaine and \
£3,900 in cash. Three men from Bradford were arrested at the scene.
"""


def test_people_held_at_a_stop_take_the_stop_s_place() -> None:
    got = areas(JOINT_STOP)
    assert got[("cash_seized", 3900)] == "Lancashire"
    assert got[("arrests", 3)] == "Lancashire"


# -- "the county" after a paragraph opened by a council area named as a county is that area ---

SHIRE_COUNTY = """ date 2025-03-05 Dyfed-Powys Police arrested 40 people during a week of \
action against county lines across its force area.

In Carmarthenshire, officers made 12 arrests, five of them in Llanelli. Officers also spoke \
to more than 300 pupils at secondary schools in the county.
"""


def test_the_county_after_a_shire_council_area_opening_is_that_area() -> None:
    got = areas(SHIRE_COUNTY)
    assert got[("arrests", 12)] == "Carmarthenshire"
    assert got[("outreach", 300)] == "Carmarthenshire"


# -- "the East Riding" is the council area; a headline's area that the body gives only a share
# -- of ("Of the 20 arrests, 12 were made in the East Riding") does not frame the totals -------

SHARE_OF_HEADLINE = """ date 2025-03-05 Drugs operation brings 20 arrests across East Riding

A month-long police operation against county lines dealing has led to 20 arrests.

Humberside Police said officers also closed six deal lines during the month.

Of the 20 arrests, 12 were made in the East Riding, five of them in Goole.
"""


def test_a_headline_area_holding_a_share_does_not_frame_the_totals() -> None:
    got = areas(SHARE_OF_HEADLINE)
    assert got[("arrests", 20)] == "Humberside"
    assert got[("lines_closed", 6)] == "Humberside"
    assert got[("arrests", 12)] == "East Riding"
    assert got[("arrests", 5)] == "Goole"


# -- a share "in" a wide-list town of a named district is that town's (not the district's) ----

DISTRICT_SHARE = """ date 2025-03-05 West Yorkshire Police made 64 arrests during a week of \
action against county lines.

Of those, 19 were made in the Wakefield district, including six in Hemsworth and three in \
Normanton.
"""


def test_a_share_in_a_town_of_a_named_district_is_the_town_s() -> None:
    got = areas(DISTRICT_SHARE)
    assert got[("arrests", 19)] == "Wakefield"
    assert got[("arrests", 6)] == "Hemsworth"
    assert got[("arrests", 3)] == "Normanton"


# -- towns listed after a figure hold it as a group (their force's), not the paragraph's town --

GROUP_AFTER = """ date 2025-03-05 Kent Police made 41 arrests during a week of action against \
county lines.

In Margate, 14 people were arrested, two of them teenagers from London. A further eight were \
arrested in Dover and Folkestone.
"""


def test_a_figure_placed_in_two_towns_is_their_force_s_not_the_paragraph_s_town() -> None:
    got = areas(GROUP_AFTER)
    assert got[("arrests", 14)] == "Margate"
    assert got[("arrests", 8)] == "Kent"
