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
