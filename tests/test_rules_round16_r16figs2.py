"""Rules backend, round 16 (r16figs2, statistics): figures missed, figures read that give no
statistic, and figures read under the wrong metric.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.testing.rules import dated_report as _report
from extractor.testing.rules import figure_labels as _figures

# -- "searched N houses" with no warrant stated is a search, not a warrant ------------------


def test_searched_premises_without_a_warrant_are_searches() -> None:
    body = (
        "Police in Kent arrested 12 people during a county lines week of action.\n\n"
        "Officers searched 14 houses in Maidstone and seized £3,000 in cash."
    )
    figures = _figures(body)
    assert ("other", 14, "searches") in figures
    assert not any(m == "warrants" for m, _, _ in figures)
    body = (
        "Durham Constabulary made 9 arrests in a county lines crackdown.\n\n"
        "Across the border, detectives searched a further six addresses in Carlisle."
    )
    figures = _figures(body)
    assert ("other", 6, "searches") in figures
    assert not any(m == "warrants" for m, _, _ in figures)


def test_searched_under_warrant_stays_warrants() -> None:
    """Guard (passes before the change): a stated warrant keeps the warrants metric."""
    body = (
        "Police in Kent arrested 12 people during a county lines week of action.\n\n"
        "Officers searched 14 houses under warrant in Maidstone."
    )
    assert ("warrants", 14, None) in _figures(body)
    body = (
        "Police in Kent arrested 12 people during a county lines week of action.\n\n"
        "Officers executing drugs warrants searched 14 houses in Maidstone."
    )
    assert ("warrants", 14, None) in _figures(body)
    body = (
        "Police in Kent arrested 12 people during a county lines week of action.\n\n"
        "Officers raided 14 houses in Maidstone."
    )
    assert ("warrants", 14, None) in _figures(body)


def test_searches_restating_warrants_are_one_figure() -> None:
    """ "searched 15 homes" beside "carried out 15 warrants" in the same town is the warrants
    told again, not a second figure. Guard (passes before the change, when the search was
    read as warrants): protects the caption reading once searches are `other`."""
    body = (
        "Police in Kent arrested 12 people during a county lines week of action.\n\n"
        "Officers searched 15 homes in Maidstone.\n\n"
        "In Maidstone, officers carried out 15 warrants and arrested 12 people."
    )
    figures = _figures(body)
    assert ("warrants", 15, None) in figures
    assert not any(m == "other" and v == 15 for m, v, _ in figures)


# -- "the region's N forces made M between them": a group's total with its noun left out -----


def _stats(body: str) -> list[tuple[str, float, str]]:
    return [(s.metric.value, s.value, s.area) for s in _report(body).statistics]


def test_forces_made_a_total_between_them() -> None:
    body = (
        "Kent Police arrested 40 people during a county lines week of action.\n\n"
        "Across the country, Lancashire Police made 61 arrests, while in the South West the "
        "region's five forces made 143 between them."
    )
    assert ("arrests", 143, "South West") in _stats(body)
    body = (
        "Kent Police arrested 40 people during a county lines week of action.\n\n"
        "Kent made 40 arrests over the week, and the four North West forces made 188 between "
        "them, working with the regional crime unit."
    )
    assert ("arrests", 188, "North West") in _stats(body)


def test_forces_counted_with_no_figure_after_them() -> None:
    """Guard (passes before the change): "what the four forces can do" passes no metric on
    to a later figure that has none."""
    body = (
        "The four forces in the region made 214 arrests during the week.\n\n"
        'A detective said: "More than 200 arrests in seven days shows what the four forces '
        'can do when they work as one."'
    )
    assert [v for m, v, _ in _stats(body) if m == "arrests"] == [214]


# -- "N of them teenagers who were later referred": a labelled part of the arrests -----------


def test_part_of_the_arrests_who_were_referred_is_both() -> None:
    body = (
        "Kent Police arrested 40 people during a county lines week of action.\n\n"
        "In Dover, 12 people were arrested, five of them teenagers who have since been "
        "referred to the council's exploitation team."
    )
    figures = _figures(body)
    assert ("arrests", 5, "teenagers") in figures
    assert ("safeguarded", 5, None) in figures
    body = (
        "Kent Police arrested 40 people during a county lines week of action.\n\n"
        "Six people were arrested in Deal, three of them boys from south London who were "
        "later referred to safeguarding services."
    )
    figures = _figures(body)
    assert any(m == "arrests" and v == 3 for m, v, _ in figures)
    assert ("safeguarded", 3, None) in figures


def test_part_of_the_arrests_with_no_referral_stays_a_part() -> None:
    """Guard (passes before the change): "four of them teenagers" with no referral is the
    labelled part only."""
    body = (
        "Kent Police arrested 40 people during a county lines week of action.\n\n"
        "In Dover, officers arrested 12 people, four of them teenagers."
    )
    figures = _figures(body)
    assert any(m == "arrests" and v == 4 for m, v, _ in figures)
    assert not any(m == "safeguarded" for m, _, _ in figures)
