"""Rules backend, scope round 16 (r16scope): figures credited to the wrong area.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general reading of text, in the words of section 2.7 of
``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_keys as _stats

# -- a Scottish council area named as the place of the crackdown ---------------------------


def test_police_in_angus_scope_the_council_area() -> None:
    """ "Police in Angus have arrested ..." names the council area, not Tayside or a town."""
    stats = _stats(
        " date 2025-03-02 Angus county lines week: nine held\n\n"
        "Police in Angus have arrested nine people in a week of action against county lines "
        "dealers operating in Brechin and Kirriemuir.\n\n"
        "Officers also safeguarded five vulnerable people, Police Scotland said.\n"
    )
    assert ("arrests", 9.0, "Angus") in stats
    assert ("safeguarded", 5.0, "Angus") in stats


def test_a_man_named_angus_is_no_place() -> None:
    """Guard (passes before): a speaker's given name "Angus" does not scope his figures."""
    stats = _stats(
        " date 2025-03-02 Stirling county lines week: 12 held\n\n"
        "Officers in Stirling arrested 12 people during the week of action.\n\n"
        'Inspector Angus Murray said: "We closed three lines and we are not finished."\n'
    )
    assert ("arrests", 12.0, "Stirling") in stats
    assert not any(area == "Angus" for _, _, area in stats)


# -- "in and around <town>": the town and the ground about it ------------------------------


def test_in_and_around_a_town_takes_the_division_the_article_names() -> None:
    """ "in and around Dundee" with the Tayside division named: the division's figures."""
    stats = _stats(
        " date 2025-03-02 Tayside crackdown\n\n"
        "Eighteen people have been arrested in a fortnight of action against drug lines "
        "running in and around Dundee.\n\n"
        "Officers from Police Scotland's Tayside division also seized £9,200 in cash.\n\n"
        "In Dundee itself, 11 people were arrested.\n"
    )
    assert ("arrests", 18.0, "Tayside") in stats
    assert ("arrests", 11.0, "Dundee") in stats


def test_in_and_around_the_city_takes_the_division_the_article_names() -> None:
    """ "in and around the city" reads as "in and around Aberdeen" (Grampian named)."""
    stats = _stats(
        " date 2025-03-02 Aberdeen drug lines week\n\n"
        "Drug lines from Merseyside have been targeting Aberdeen, police in Grampian said.\n\n"
        "Officers have arrested 23 people during a week of action in and around the city.\n\n"
        "In Aberdeen itself, 15 people were arrested.\n"
    )
    assert ("arrests", 23.0, "Grampian") in stats


def test_in_and_around_a_town_with_no_wider_area_named_keeps_the_town() -> None:
    """Guard (passes before): with no division named, "in and around Luton" is Luton's."""
    stats = _stats(
        " date 2025-03-02 Luton drug lines week\n\n"
        "Officers arrested 14 people in a week of action against dealers working in and "
        "around Luton.\n"
    )
    assert ("arrests", 14.0, "Luton") in stats


# -- a list's heading that closes a longer paragraph ------------------------------------


_NEWSLETTER = (
    " date 2025-03-02 Your Gloucestershire policing update\n\n"
    "GLOUCESTERSHIRE CONSTABULARY\nCommunity messaging\n\nHello all,\n\n"
    "Our neighbourhood team joined the county lines week of action last week. Thanks to all "
    "who called us. These are the results for Tewkesbury:\n\n"
    "- 7 warrants executed\n- £2,600 in cash seized\n- 4 vulnerable people safeguarded\n\n"
    "Across the county, 38 people were arrested.\n"
)


def test_a_list_heading_at_the_end_of_a_paragraph_scopes_the_list() -> None:
    """ "These are the results for Tewkesbury:" closes a longer paragraph: its list's figures
    are Tewkesbury's, not the force's whose banner heads the page."""
    stats = _stats(_NEWSLETTER)
    assert ("warrants", 7.0, "Tewkesbury") in stats
    assert ("cash_seized", 2600.0, "Tewkesbury") in stats
    assert ("safeguarded", 4.0, "Tewkesbury") in stats
    assert ("arrests", 38.0, "Gloucestershire") in stats


# -- a photo caption's place does not frame the article -----------------------------------


def test_a_caption_place_before_the_lead_does_not_frame_the_article() -> None:
    """ "Image caption: Officers at Leeds station" above a national force's lead: the force's
    totals are national, not Leeds's."""
    stats = _stats(
        " date 2025-03-02 Rail crackdown\n\n"
        "Image caption: Officers with a drugs dog at Leeds station on Tuesday\n\n"
        "British Transport Police has arrested 64 people in a week of action against county "
        "lines gangs who use trains to move drugs.\n\n"
        "Officers also seized £9,100 in cash.\n"
    )
    assert ("arrests", 64.0, "national") in stats
    assert ("cash_seized", 9100.0, "national") in stats
