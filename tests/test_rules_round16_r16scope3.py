"""Rules backend, scope round 16 (r16scope3): figures credited to the wrong area.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general reading of text, in the words of section 2.7 of
``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_keys as _stats

# -- a part of the lines closed, told by the town the lines ran into ----------------------


def test_lines_part_run_into_a_named_town_takes_the_whole_lines_area() -> None:
    """'Three of the lines closed were run into <town>': the town is where the lines went,
    not where they were closed; the part takes the area of the lines total it is part of
    (GUIDELINES h17_013: lines take the force that closed them)."""
    stats = _stats(
        " date 2025-10-04 Norfolk drugs week\n\n"
        "Norfolk Police arrested 30 people and closed eight deal lines during a week of action "
        "against county lines dealing across the county.\n\n"
        "In Norwich, officers made 14 of the arrests. Three of the lines closed were run into "
        "Thetford from east London.\n"
    )
    assert ("lines_closed", 3.0, "Norfolk") in stats


def test_lines_part_of_those_running_into_a_named_town() -> None:
    """'Three of those were running into <town>' after the lines total: the same reading."""
    stats = _stats(
        " date 2025-10-04 Police say drug lines disrupted\n\n"
        "Police in Suffolk say a week-long crackdown has disrupted the networks.\n\n"
        '"We arrested 22 people," Superintendent Jo Hale said. "We also closed seven deal '
        'lines. Two of those were running into Lowestoft from London."\n'
    )
    assert ("lines_closed", 2.0, "Suffolk") in stats


def test_lines_run_into_the_city_of_its_own_paragraph_keep_the_city() -> None:
    """Guard (passes before): 'run into the city' in that city's paragraph names no other
    town, and the part stays the city's (GUIDELINES h10_006)."""
    stats = _stats(
        " date 2025-10-04 Norfolk drugs week\n\n"
        "Norfolk Police arrested 30 people and closed eight deal lines during a week of action "
        "against county lines dealing across the county.\n\n"
        "In Norwich, officers made 14 of the arrests. Three of the eight lines closed during "
        "the week were run into the city from east London.\n"
    )
    assert ("lines_closed", 3.0, "Norwich") in stats


# -- towns of an English or Welsh council area the article names ----------------------------


def test_towns_of_a_named_english_council_area_take_it() -> None:
    """Guard (passes before, by the paragraph's opening place): 'Officers in Kidderminster
    and Bewdley made 12 arrests' in a story naming Wyre Forest: two towns that both lie in
    the council area the article names take that area, not the force (GUIDELINES 2.7,
    h3_006's named area; the gazetteer lists the district's towns)."""
    stats = _stats(
        " date 2025-10-04 West Mercia drugs week\n\n"
        "West Mercia Police arrested 40 people across Herefordshire, Shropshire and "
        "Worcestershire in a week of action against county lines dealing.\n\n"
        "Wyre Forest saw the most activity. Officers in Kidderminster and Bewdley made 12 "
        "arrests and seized £4,200 in cash.\n"
    )
    assert ("arrests", 12.0, "Wyre Forest") in stats


def test_towns_of_a_named_welsh_council_area_take_it() -> None:
    """'talked to 400 pupils in schools in Pontypool and Cwmbran' in a Torfaen story: the
    county borough, not Gwent."""
    stats = _stats(
        " date 2025-10-04 Torfaen drugs week\n\n"
        "Gwent Police ran a week of action against county lines in Torfaen.\n\n"
        "Officers also talked to 400 pupils in schools in Pontypool and Cwmbran about "
        "exploitation by drug dealers.\n"
    )
    assert ("outreach", 400.0, "Torfaen") in stats


def test_towns_of_a_council_area_the_article_never_names_take_the_force() -> None:
    """Guard (passes before): with the council area unnamed, two of its towns take the force
    area, as any two towns do (decision 15)."""
    stats = _stats(
        " date 2025-10-04 Drugs week\n\n"
        "West Mercia Police targeted county lines dealing last week.\n\n"
        "Officers in Kidderminster and Bewdley made 12 arrests and seized £4,200 in cash.\n"
    )
    assert ("arrests", 12.0, "West Mercia") in stats
