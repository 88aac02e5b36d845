"""Rules backend, fields round 16 (r16fields): locations, quotes, weapons and scalars.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general reading of text, in the words of ``evals/GUIDELINES.md``
(section 4 for drugs and weapons, 5 for locations, 7 for quotes).
"""

from __future__ import annotations

from extractor.testing.rules import checked_report


def _report(text: str):  # type: ignore[no-untyped-def]
    return checked_report(text, topic_check=False)


def _stats(text: str) -> set[tuple[str, float, str]]:
    return {(s.metric.value, float(s.value), s.area) for s in _report(text).statistics}


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
