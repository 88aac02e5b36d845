"""Rules backend, scope round 16 (r16scope5): figures credited to the wrong area.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general reading of text, in the words of section 2.7 of
``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_keys as _stats

# -- the Garda's figures across the border ---------------------------------------------------

_PSNI_WEEK = (
    " date 2025-10-04 Cross-border drugs week in Armagh\n\n"
    "Police in Armagh made 14 arrests during a week of action against county lines "
    "dealing, the PSNI said.\n\n"
)


def test_garda_sum_after_searches_in_a_republic_town_is_that_towns() -> None:
    """'Gardai searched three houses in <town> and seized EUR N in cash': the Garda's seizure
    across the border is in the Republic town its sentence names, not the story's area."""
    stats = _stats(
        _PSNI_WEEK + "Across the border, gardaí searched three houses in Castleblayney and "
        "seized €8,250 in cash on the last day.\n"
    )
    assert ("other", 8250.0, "Castleblayney") in stats
    assert ("arrests", 14.0, "Armagh") in stats


def test_garda_named_in_full_carries_its_town_to_a_later_seizure() -> None:
    """'An Garda Siochana raided two flats in <town> and recovered EUR N': the same reading
    when the force is named in full."""
    stats = _stats(
        _PSNI_WEEK + "On the Friday An Garda Síochána raided two flats in Ballybofey linked "
        "to the network and recovered €3,400 in cash.\n"
    )
    assert ("other", 3400.0, "Ballybofey") in stats


def test_unlisted_place_before_a_figure_without_the_garda_is_left_alone() -> None:
    """Guard (passes before): in a sentence of the story's own force, a name no gazetteer lists
    before the figure does not take it (the clause's weak names stay unread there)."""
    stats = _stats(
        _PSNI_WEEK + "Officers also searched three houses in Drumlister Park and seized "
        "£8,250 in cash.\n"
    )
    assert ("cash_seized", 8250.0, "Armagh") in stats


# -- a London district in a story of its borough ---------------------------------------------

_BOROUGH_WEEK = (
    " date 2025-10-04 Met raids in Tower Hamlets\n\n"
    "The Metropolitan Police arrested 33 people in Tower Hamlets during a week of action "
    "against county lines gangs.\n\n"
)


def test_district_opening_a_sentence_in_a_story_of_its_borough_is_the_boroughs() -> None:
    """'In <district>, officers seized £N in cash' in a story of the district's London borough:
    the district is inside the borough the story names (GUIDELINES 2.7)."""
    stats = _stats(_BOROUGH_WEEK + "In Poplar, officers seized £4,150 in cash.\n")
    assert ("cash_seized", 4150.0, "Tower Hamlets") in stats


def test_district_site_in_a_story_of_its_borough_stays_the_boroughs() -> None:
    """Guard (passes before, by the raided-site reading of districts.py): 'Three girls found at
    a flat in <district> were taken into police protection' is the borough's."""
    stats = _stats(
        _BOROUGH_WEEK + "Three girls found at a flat in Bethnal Green were taken into police "
        "protection.\n"
    )
    assert ("safeguarded", 3.0, "Tower Hamlets") in stats


def test_district_named_in_a_post_of_its_borough_is_the_boroughs() -> None:
    """'Out again this morning in <district>. 5 more arrests' in a borough story: the same."""
    stats = _stats(
        _BOROUGH_WEEK + "Posted by @MPSTowerHamlets\nOut again this morning in Poplar. 5 more "
        "arrests, 3 lines shut.\n"
    )
    assert ("arrests", 5.0, "Tower Hamlets") in stats
    assert ("lines_closed", 3.0, "Tower Hamlets") in stats


def test_district_whose_borough_is_never_named_keeps_its_name() -> None:
    """Guard (passes before): a district of a borough the article does not name keeps its own
    name ('arrested four people in Catford' in a Tower Hamlets story)."""
    stats = _stats(_BOROUGH_WEEK + "Officers also arrested four people in Catford.\n")
    assert ("arrests", 4.0, "Catford") in stats
