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
