"""Rules backend, scope round 16 (r16scope4): figures credited to the wrong area.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general reading of text, in the words of section 2.7 of
``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_keys as _stats

# -- a stop on a trunk road near a place that is not the paragraph's town --------------------

_COUNTY_WEEK = (
    " date 2025-10-04 Drugs week across Suffolk\n\n"
    "Suffolk Constabulary arrested 31 people during a week of action against county lines "
    "dealing.\n\n"
)


def test_stop_near_a_village_after_a_town_opened_paragraph_is_the_forces() -> None:
    """'In Ipswich, ... A car stopped on the A14 near <village> was found to contain £N': the
    stop was near, not in, the paragraph's town, so its finds take the force that made it
    (GUIDELINES holdout 2 roads rule, h10_001), not the town."""
    stats = _stats(
        _COUNTY_WEEK + "In Ipswich, 12 people were arrested. A car stopped on the A14 near "
        "Wherstead Ferrers was found to contain £2,750 in cash and three knives.\n"
    )
    assert ("cash_seized", 2750.0, "Suffolk") in stats
    assert ("knives_seized", 3.0, "Suffolk") in stats
    assert ("arrests", 12.0, "Ipswich") in stats


def test_officers_stopped_a_car_near_a_junction_named_after_another_town() -> None:
    """'officers stopped a car on the A12 near <Town> Junction': a place named after a town is
    not the town; the stop keeps the force of the paragraph's town."""
    stats = _stats(
        _COUNTY_WEEK + "In Lowestoft, nine people were arrested. On the Friday, officers "
        "stopped a car on the A12 near Kessingland Junction and found £1,850 in cash.\n"
    )
    assert ("cash_seized", 1850.0, "Suffolk") in stats


def test_stop_near_the_paragraphs_own_town_keeps_the_town() -> None:
    """Guard (passes before): a stop near the town the paragraph opened with is placed at
    that town (GUIDELINES h15_013, 'near the city')."""
    stats = _stats(
        _COUNTY_WEEK + "In Ipswich, 12 people were arrested. A car stopped on the A14 near "
        "Ipswich was found to contain £2,750 in cash.\n"
    )
    assert ("cash_seized", 2750.0, "Ipswich") in stats


def test_stop_made_by_a_named_unit_is_left_to_the_unit() -> None:
    """Guard (passes before): 'The unit's officers stopped a lorry on the M1 near X': the
    sentence names who made the stop, and the roads reading above does not apply."""
    stats = _stats(
        " date 2025-10-04 Regional unit results\n\n"
        "The East Midlands Special Operations Unit said 88 people were arrested across the "
        "region during the week.\n\n"
        "The unit's own officers stopped a lorry on the M1 near Leicester and found 3kg of "
        "cocaine.\n"
    )
    assert ("drugs_weight_kg", 3.0, "East Midlands") in stats


# -- a second force working beside the transport police at the paragraph's station ----------

_RAIL_WEEK = (
    " date 2025-10-04 Rail crackdown on drug runners\n\n"
    "British Transport Police arrested 96 people at stations across England, Scotland and "
    "Wales during a week of action against county lines.\n\n"
)


def test_force_working_alongside_btp_around_the_station_takes_the_stations_town() -> None:
    """'At Leeds station, ... <Force> officers working alongside BTP arrested a further N
    people in the streets around the station': the force is who helped; the place is the
    station's town the paragraph named (GUIDELINES h9_003), not the force's area."""
    stats = _stats(
        _RAIL_WEEK + "At Leeds station, officers arrested eleven people. West Yorkshire Police "
        "officers working alongside BTP arrested a further six people in the streets around "
        "the station.\n"
    )
    assert ("arrests", 6.0, "Leeds") in stats


def test_force_working_with_btp_around_it_takes_the_stations_town() -> None:
    """'Bristol Temple Meads saw the most activity ... <Force> officers working with BTP made
    a further N arrests around it': the same reading, the station referred to as 'it'."""
    stats = _stats(
        _RAIL_WEEK + "Bristol Temple Meads saw the most activity, with 13 arrests at the "
        "station. Avon and Somerset Police officers working with BTP made a further seven "
        "arrests in the streets around it.\n"
    )
    assert ("arrests", 7.0, "Bristol") in stats


def test_force_working_alongside_btp_elsewhere_keeps_its_area() -> None:
    """Guard (passes before): a force working alongside BTP with no station to be around
    ('across the county') keeps its own area."""
    stats = _stats(
        _RAIL_WEEK + "At Leeds station, officers arrested eleven people. West Yorkshire Police "
        "officers working alongside BTP arrested a further six people across the county.\n"
    )
    assert ("arrests", 6.0, "West Yorkshire") in stats


# -- a city's district that shares its name with a town of another county --------------------

_LEEDS_WEEK = (
    " date 2025-10-04 Leeds drugs crackdown nets 33 arrests\n\n"
    "A fortnight-long crackdown on county lines dealing in Leeds has led to 33 arrests, police "
    "have said.\n\n"
)


def test_namesake_of_another_countys_town_is_a_district_of_the_storys_city() -> None:
    """'Nine of the arrests were made in <name>' in a one-city story, where the wide town
    list files <name> under another county of the same region: the city's own district of
    that name, which the city carries (GUIDELINES 2.7, neighbourhoods belong to their city)."""
    stats = _stats(
        _LEEDS_WEEK + "Nine of the arrests were made in Chapeltown on a single night, when "
        "officers raided three flats.\n"
    )
    assert ("arrests", 9.0, "Leeds") in stats


def test_town_of_the_storys_own_force_keeps_its_figures() -> None:
    """Guard (passes before): a wide-list town the story's force polices ('in Wetherby' in a
    Leeds story) is a town in its own right and keeps its figures."""
    stats = _stats(_LEEDS_WEEK + "Four of the arrests were made in Wetherby on the Friday.\n")
    assert ("arrests", 4.0, "Wetherby") in stats
