"""Rules backend, scope round 16 (r16scope2): figures credited to the wrong area.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general reading of text, in the words of section 2.7 of
``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_keys as _stats

# -- towns of one council area the article names: the council area, not the division ------


def test_towns_of_a_named_council_area_take_it_over_the_division() -> None:
    """A list of towns that all lie in the council area the article names takes that area,
    though the division that did the work is named too (h3_006's named area)."""
    stats = _stats(
        " date 2025-10-04 Aberdeenshire drug dealers targeted\n\n"
        "Police in Aberdeenshire have arrested 15 people in a week against county lines "
        "dealing.\n\n"
        "Officers from the Grampian division executed 11 search warrants in Inverurie, "
        "Stonehaven and Ellon, seizing £7,300 in cash.\n"
    )
    assert ("warrants", 11.0, "Aberdeenshire") in stats
    assert ("cash_seized", 7300.0, "Aberdeenshire") in stats


def test_towns_of_a_division_with_no_council_area_named_keep_the_division() -> None:
    """Guard (passes before): with no council area named, a town list under a named
    division keeps the division."""
    stats = _stats(
        " date 2025-10-04 Tayside drug dealers targeted\n\n"
        "Officers from Police Scotland's Tayside Division executed 11 search warrants in Brechin "
        "and Perth, seizing £7,300 in cash.\n"
    )
    assert ("warrants", 11.0, "Tayside") in stats


def test_court_line_into_towns_of_a_named_council_area() -> None:
    """A sentencing lead whose line ran into a list of towns takes the council area the
    article names for them, not the nation the towns lie in."""
    stats = _stats(
        " date 2025-10-04 Dealers jailed\n\n"
        "Three men who ran a drugs line from Manchester into Irvine and Largs have been jailed "
        "for a total of 15 years.\n\n"
        "The court heard officers raided five addresses in the North Ayrshire towns and seized "
        "£9,100 in cash.\n"
    )
    assert ("people_jailed", 3.0, "North Ayrshire") in stats
    assert ("warrants", 5.0, "North Ayrshire") in stats


def test_court_line_into_two_towns_of_an_area() -> None:
    """ "supplied users in two Clackmannanshire towns" in a sentencing lead: the area the
    article puts the destinations in is the case's area."""
    stats = _stats(
        " date 2025-10-04 Dealers jailed\n\n"
        "A Glasgow gang that supplied crack cocaine to users in two Clackmannanshire towns has "
        "been jailed at Stirling Sheriff Court.\n\n"
        "Three men were sentenced to a total of 11 years for running the line into Alloa and "
        "Tillicoultry.\n\n"
        "Officers arrested five people and seized £4,200 in cash.\n"
    )
    assert ("people_jailed", 3.0, "Clackmannanshire") in stats
    assert ("arrests", 5.0, "Clackmannanshire") in stats


# -- a force named with its Welsh name in apposition is still the source of "said" ---------


def test_force_with_its_welsh_name_set_off_by_dashes_is_the_source() -> None:
    """ "Gwent Police - Heddlu Gwent - said officers ..." in a story of one council area: the
    force is who reports the figures, not a wider scope for them (as "Gwent Police said")."""
    stats = _stats(
        " date 2025-10-04 Drug lines crackdown in Torfaen\n\n"
        "Police have arrested 17 people in Torfaen during a fortnight-long crackdown on "
        "dealers supplying Cwmbran and Pontypool.\n\n"
        "Gwent Police - Heddlu Gwent - said officers executed nine warrants across the "
        "county and seized £5,150 in cash.\n"
    )
    assert ("warrants", 9.0, "Torfaen") in stats
    assert ("cash_seized", 5150.0, "Torfaen") in stats


def test_force_named_plainly_as_the_source_keeps_the_story_area() -> None:
    """Guard (passes before): "Gwent Police said officers ..." keeps the story's area."""
    stats = _stats(
        " date 2025-10-04 Drug lines crackdown in Torfaen\n\n"
        "Police have arrested 17 people in Torfaen during a fortnight-long crackdown on "
        "dealers supplying Cwmbran and Pontypool.\n\n"
        "Gwent Police said officers executed nine warrants across the county and seized "
        "£5,150 in cash.\n"
    )
    assert ("warrants", 9.0, "Torfaen") in stats
