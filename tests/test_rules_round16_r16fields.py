"""Rules backend, fields round 16 (r16fields): locations, quotes, weapons and scalars.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general reading of text, in the words of ``evals/GUIDELINES.md``
(section 4 for drugs and weapons, 5 for locations, 7 for quotes).
"""

from __future__ import annotations

from extractor.testing.rules import checked_report
from extractor.testing.rules import statistic_keys as _stats


def _report(text: str):  # type: ignore[no-untyped-def]
    return checked_report(text, topic_check=False)


# -- a compass-named part of a county that carries figures is a location -------------------


def test_a_compass_named_area_with_figures_stays_a_location_beside_its_county() -> None:
    """ "In north Devon, officers arrested ..." beside Devon-wide figures: both areas are
    locations (every statistic's area is one), not folded into the county."""
    text = (
        " date 2025-05-04 Devon county lines week\n\n"
        "Devon and Cornwall Police arrested 40 people across Devon during a week of action "
        "against county lines.\n\n"
        "In north Devon, officers arrested 11 people in Barnstaple and Bideford.\n"
    )
    stats = _stats(text)
    assert ("arrests", 11.0, "north Devon") in stats
    assert "north Devon" in _report(text).locations


def test_a_compass_named_place_without_figures_folds_into_its_town() -> None:
    """Guard (passes before): "across east Leeds" beside Leeds's own figures is the same place,
    no second location."""
    report = _report(
        " date 2025-05-04 Leeds raids\n\n"
        "West Yorkshire Police arrested 14 people in Leeds during a week of action against "
        "county lines, with officers carrying out searches across east Leeds.\n"
    )
    assert "east Leeds" not in report.locations


# -- a bulleted list of finds under a line that tells of the seizure -----------------------


def test_bulleted_weapons_take_the_seizure_from_the_list_heading() -> None:
    """ "Items seized during the operation included:" then one weapon a bullet: each bullet is
    the rest of the heading's sentence, so every weapon listed was seized."""
    report = _report(
        " date 2025-06-10 Operation in Wakefield\n\n"
        "Officers arrested 15 people during a county lines week of action in Wakefield.\n\n"
        "Items seized by officers during the week included:\n\n"
        "- a crossbow\n"
        "- three machetes\n"
        "- a knuckle duster\n\n"
        "The force thanked residents for their help.\n"
    )
    assert {"crossbow", "machete", "knuckle duster"} <= set(report.weapons)


def test_bulleted_weapons_under_a_heading_without_a_seizure_are_not_listed() -> None:
    """Guard (passes before): a bulleted list under a heading of what gangs carry ("Dealers
    often carry:") tells of no seizure; its weapons are general description."""
    report = _report(
        " date 2025-06-10 Operation in Wakefield\n\n"
        "Officers arrested 15 people during a county lines week of action in Wakefield.\n\n"
        "Youth workers warned that dealers often carry:\n\n"
        "- machetes\n"
        "- crossbows\n\n"
        "The force thanked residents for their help.\n"
    )
    assert report.weapons == []


# -- a partial quotation closing a named person's reported speech --------------------------

_LEAD = (
    " date 2025-05-04 Hull county lines week\n\n"
    "Humberside Police arrested 20 people in Hull during a week of action against county "
    "lines.\n\n"
)


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in _report(_LEAD + text + "\n").quotes]


def test_partial_quote_after_a_subject_with_its_own_predicate() -> None:
    """ "Councillor Ann Hart welcomed the arrests but said the town needed "..."": the
    sentence's subject, before its first verb, is the speaker of the closing words."""
    assert _quotes(
        'Local councillor Ann Hart welcomed the arrests but said the town needed "far more '
        'than a single week a year".'
    ) == [("Ann Hart", "far more than a single week a year")]


def test_partial_quote_after_a_title_and_surname() -> None:
    """ "Mr Reed said the school would rather "..."": a title and surname stand for the person
    named in full earlier in the article."""
    assert _quotes(
        "Head teacher Dan Reed wrote to parents on Monday.\n\n"
        'Mr Reed said the school had decided to speak openly rather than "wait for parents to '
        'hear rumours".'
    ) == [("Dan Reed", "wait for parents to hear rumours")]


def test_partial_quote_after_a_pronoun_in_the_first_quote() -> None:
    """ "Inspector Tom Lowe presented the figures. He described it as "..."": the pronoun
    stands for the person just named, though no one has been quoted yet."""
    assert _quotes(
        'Inspector Tom Lowe presented the figures to the panel. He described it as "the '
        'hardest week the teams have had this year".'
    ) == [("Tom Lowe", "the hardest week the teams have had this year")]


def test_partial_quote_after_a_force_as_subject_is_no_quote() -> None:
    """Guard (passes before): a force is no person; 'Kent Police said it was "..."' gives no
    quote."""
    assert (
        _quotes('Humberside Police welcomed the results and said the week was "a real success".')
        == []
    )


# -- a place named by its landform is no person ---------------------------------------------


def test_a_valley_is_no_person_for_a_pronoun() -> None:
    """ "the officer who patrols the Tawe Valley" then "she says": a capitalised pair ending in
    a landform word (Valley, Coast, Estuary) names a place, so the pronoun stands for the
    officer named in full."""
    report = _report(
        " date 2025-05-04 The officer who knows every lane in the Tawe Valley\n\n"
        "Detective Sergeant Megan Hollis has worked the Tawe Valley for ten years.\n\n"
        "She parks outside a terrace and waits. Officers arrested 12 people in the week.\n\n"
        '"Most people here just want the dealers gone," she says. "We are getting there."\n'
    )
    assert {q.speaker for q in report.quotes} == {"Megan Hollis"}


# -- a twelve-month range with its end's year written ----------------------------------------


def test_a_calendar_year_range_with_one_year_written_is_the_period() -> None:
    """ "between 1 January and 31 December 2024": the end's year places the whole range, so a
    year review's twelve months are its period, and a week it mentions makes no week of
    action."""
    report = _report(
        " date 2025-01-10 Our county lines year, 2024\n\n"
        "Lincolnshire Police arrested 210 people for county lines offences between 1 January "
        "and 31 December 2024, its annual review shows.\n\n"
        "The busiest month was October, when the force joined the national intensification "
        "week.\n"
    )
    assert (str(report.period_start), str(report.period_end)) == ("2024-01-01", "2024-12-31")
    assert report.week_of_action is False


def test_a_long_range_with_no_year_written_is_still_no_period() -> None:
    """Guard (passes before): "between 1 January and 31 December" with no year written is
    not placed by the date line alone."""
    report = _report(
        " date 2025-01-10 Our county lines year\n\n"
        "Lincolnshire Police arrested 210 people for county lines offences between 1 January "
        "and 31 December, its annual review shows.\n"
    )
    assert report.period_start is None


# -- a trunk road opening a sentence whose stop comes after it --------------------------------


def test_a_trunk_road_opening_the_sentence_of_a_stop_is_a_location() -> None:
    """ "On the A38 near Alfreton, officers stopped a car": a stop on a trunk road, told after
    the road, makes the road a location (5, the holdout 2 roads rule); its cash stays the
    force's."""
    report = _report(
        " date 2025-05-04 Derbyshire county lines week\n\n"
        "Derbyshire Police arrested 30 people during a week of action against county lines.\n\n"
        "On the A38 near Alfreton, officers stopped a car and seized \u00a34,000 in cash.\n"
    )
    assert "A38" in report.locations
    assert ("cash_seized", 4000.0, "Derbyshire") in {
        (s.metric.value, float(s.value), s.area) for s in report.statistics
    }


def test_a_trunk_road_named_as_a_route_is_no_location() -> None:
    """Guard (passes before): "Gangs use the A38 to reach Alfreton": a route, not a site."""
    report = _report(
        " date 2025-05-04 Derbyshire county lines week\n\n"
        "Derbyshire Police arrested 30 people during a week of action against county lines.\n\n"
        "Gangs use the A38 to reach the towns of the county, officers said.\n"
    )
    assert "A38" not in report.locations
