"""Rules backend, round 7 (r7m): missed and spurious figures, metrics, other fields.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism with several phrasings.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractor.testing.rules import checked_report


def _figures(text: str) -> set[tuple[str, float]]:
    return {(s.metric.value, s.value) for s in checked_report(text).statistics}


# -- the genre: a release naming no drug but an intensification week or deal lines ------------

NO_DRUG_WORD = [
    """ date 2025-05-02 Essex Police arrested 14 people in Basildon during the force's \
intensification week.

Officers executed six warrants and closed three lines.
""",
    """ date 2025-05-02 A week of intensification in Crewe ended with 9 arrests, Cheshire \
Constabulary said.

Officers searched five addresses under warrant and seized £4,300 in cash.
""",
    """ date 2025-05-02 Officers in Hastings shut down four deal lines and arrested 11 people, \
Sussex Police said.

They also seized 20 phones.
""",
]


@pytest.mark.parametrize("text", NO_DRUG_WORD)
def test_an_intensification_week_or_deal_lines_are_in_the_genre(text: str) -> None:
    assert any(metric == "arrests" for metric, _ in _figures(text))


def test_bus_and_rail_lines_stay_outside_the_genre() -> None:
    text = """ date 2025-05-02 Two bus lines in Perth will close for roadworks, the council \
said, and 14 vehicles will be diverted over the week.
"""
    assert _figures(text) == set()


# -- a page header's comment counter is not the comments section ------------------------------

HEADER_COUNTERS = ["18 comments", "Comments (4)", "3 comments"]


@pytest.mark.parametrize("counter", HEADER_COUNTERS)
def test_a_comment_counter_in_the_page_header_keeps_the_body(counter: str) -> None:
    text = f""" date 2025-05-02 News > Crime
Raids in Hull: 12 arrested in county lines crackdown
Sam Reporter, Crime Correspondent
Published 2nd May 2025, 10:00 BST
{counter}

Humberside Police officers arrested 12 people during a week of raids in Hull.

Officers executed nine search warrants and seized £6,200 in cash.

Seven people have been charged.
"""
    got = _figures(text)
    assert ("warrants", 9) in got and ("cash_seized", 6200) in got and ("charged", 7) in got


def test_comments_after_the_body_are_still_dropped() -> None:
    text = """ date 2025-05-02 Raids in Hull: 12 arrested in county lines crackdown

Humberside Police officers arrested 12 people during a week of raids in Hull.

18 comments

BigDave: they should have arrested 400 people, not 12.
"""
    assert ("arrests", 400) not in _figures(text)


# -- searches under warrant are warrants -----------------------------------------------------

WARRANT_SEARCHES = [
    "Officers carried out 14 searches under warrant and arrested 6 people.",
    "The force made 14 warrant searches and arrested 6 people.",
    "In all, 14 searches were carried out under warrant and 6 people were arrested.",
    "Officers conducted 14 searches under the Misuse of Drugs Act warrant and arrested 6 people.",
]


@pytest.mark.parametrize("sentence", WARRANT_SEARCHES)
def test_searches_under_warrant_are_warrants(sentence: str) -> None:
    text = f" date 2025-05-02 County lines week in Carlisle\n\n{sentence}\n"
    got = _figures(text)
    assert ("warrants", 14) in got and ("other", 14) not in got


def test_bare_searches_stay_other() -> None:
    text = " date 2025-05-02 County lines week in Carlisle\n\nOfficers carried out 14 searches.\n"
    assert ("other", 14) in _figures(text)


# -- safeguarding referrals: one referral a person safeguarded --------------------------------

REFERRALS = [
    "Officers also made 12 safeguarding referrals for young people found dealing.",
    "Twelve safeguarding referrals were made during the week.",
    "The team made 12 referrals to safeguarding services for tenants.",
    "In all, 12 referrals were made to children's services.",
]


@pytest.mark.parametrize("sentence", REFERRALS)
def test_safeguarding_referrals_are_safeguarded(sentence: str) -> None:
    text = (
        " date 2025-05-02 County lines week in Carlisle\n\nCumbria Police arrested 30 people "
        f"in Carlisle during a county lines week.\n\n{sentence}\n"
    )
    assert ("safeguarded", 12) in _figures(text)


def test_a_charitys_new_referrals_stay_out() -> None:
    text = (
        " date 2025-05-02 County lines week in Carlisle\n\nCumbria Police arrested 30 people "
        "in Carlisle during a county lines week.\n\nThe youth charity has had 12 new referrals.\n"
    )
    assert ("safeguarded", 12) not in _figures(text)


# -- a share whose partitive names the metric: "of the people arrested", "of those arrested" --

NAMED_SHARES = [
    "Twenty-nine of the people arrested were in Maidstone and 13 in Dartford.",
    "29 of the men arrested were from Maidstone.",
    "Twenty-nine of those arrested were in Maidstone.",
]


@pytest.mark.parametrize("sentence", NAMED_SHARES)
def test_a_share_of_the_people_arrested_is_arrests(sentence: str) -> None:
    text = (
        " date 2025-05-02 County lines week in Kent\n\nKent Police made 48 arrests and seized "
        f"35 phones during a county lines week.\n\n{sentence}\n"
    )
    got = _figures(text)
    assert ("arrests", 29) in got and ("phones_seized", 29) not in got


def test_the_verb_after_the_share_still_decides() -> None:
    text = (
        " date 2025-05-02 County lines week in Kent\n\nKent Police made 48 arrests during a "
        "county lines week.\n\nSeven of the people arrested have since been charged.\n"
    )
    assert ("charged", 7) in _figures(text)


# -- the same week a year before: a comparison, not the operation's figure ---------------------

EARLIER_WEEK = [
    "Arrests were up by a tenth on the same week last year, when 1,310 people were arrested.",
    "In the corresponding week last autumn, forces made 1,310 arrests.",
    "During the equivalent period a year earlier, officers made 1,310 arrests.",
    "The results compare with 1,310 arrests during the comparable week last year.",
]


@pytest.mark.parametrize("sentence", EARLIER_WEEK)
def test_the_same_week_a_year_before_is_background(sentence: str) -> None:
    text = (
        " date 2025-05-02 County lines week nets 1,450 arrests\n\nForces across England and "
        f"Wales made 1,450 arrests during the national county lines week.\n\n{sentence}\n"
    )
    got = _figures(text)
    assert ("arrests", 1450) in got and ("arrests", 1310) not in got


def test_a_figure_before_the_comparison_stays() -> None:
    text = (
        " date 2025-05-02 County lines week\n\nForces made 1,450 arrests, up from 1,310 in the "
        "equivalent week last year.\n"
    )
    got = _figures(text)
    assert ("arrests", 1450) in got and ("arrests", 1310) not in got


# -- the genre: drugs named only to say there were none ---------------------------------------

NO_DRUGS_AT_ALL = [
    """ date 2025-05-02 Council seizes 300 fake toys in market checks

Trading standards officers visited 40 stalls and seized 300 fake toys. Tests found no drugs \
in any of the sweets on sale, and no arrests were made.
""",
    """ date 2025-05-02 Pothole repairs top 2,000 as crews work nights

Crews repaired 2,100 potholes and 12 abandoned vehicles were seized. Police said drink \
and drugs had not been a factor in any of the 9 collisions on the stretch.
""",
    """ date 2025-05-02 Fishing patrols seize 30 illegal nets

Bailiffs seized 30 illegal lines on the river and closed 4 lines. Drugs used to stun fish \
were not found this year.
""",
    """ date 2025-05-02 Hospital pharmacy runs short after storm

Staff treated 40 patients and 14 cardiac arrests were attended after pain-relief drugs ran \
short at two stations.
""",
]


@pytest.mark.parametrize("text", NO_DRUGS_AT_ALL)
def test_drugs_named_only_as_absent_leave_the_article_outside_the_genre(text: str) -> None:
    assert checked_report(text).statistics == []


def test_a_raid_finding_no_drugs_but_naming_county_lines_stays_in() -> None:
    text = """ date 2025-05-02 County lines raid in Margate

No drugs were found, but officers arrested 3 people at the flat during the county lines week.
"""
    assert ("arrests", 3) in _figures(text)


def test_drugs_found_stay_in_the_genre() -> None:
    text = """ date 2025-05-02 Raid in Margate

Officers arrested 3 people and found drugs at the flat.
"""
    assert ("arrests", 3) in _figures(text)


# -- "in Fernleigh on Tuesday": a day is no part of a place's name ---------------------------


@pytest.mark.parametrize("day", ["Tuesday", "Saturday", "Friday"])
def test_a_day_after_an_unlisted_place_is_not_its_name(day: str) -> None:
    text = (
        " date 2025-05-02 County lines raid in Oldham\n\nGreater Manchester Police found 40 wraps "
        f"of heroin and £2,100 in cash at the flat in Fernleigh on {day}.\n"
    )
    report = checked_report(text)
    names = set(report.locations) | {s.area for s in report.statistics}
    assert not any(day in name for name in names)


# -- quotes: a charity's three-word name is no person; an aged subject who speaks is one -------

WALK = """ date 2025-05-02 Retired nurse finishes coast walk for charity

A retired nurse has finished a 400-mile walk along the coast, raising money for a hospice.

Margaret Ellory, 71, set off from Whitby in June and raised £9,000 for {charity}.

"My feet gave up long before my spirit did," she said. "I would do it all again."
"""

CHARITIES = ["Eskdale Valley Hospice", "North Moors Hospice", "Ryedale Community Trust"]


@pytest.mark.parametrize("charity", CHARITIES)
def test_an_aged_feature_subject_who_speaks_is_the_speaker(charity: str) -> None:
    quotes = checked_report(WALK.format(charity=charity), topic_check=False).quotes
    assert quotes and all(q.speaker == "Margaret Ellory" for q in quotes)


def test_an_aged_defendant_is_still_not_the_speaker() -> None:
    text = """ date 2025-05-02 Dealer jailed for running county line

Jordan Vesty, 24, was jailed for six years at Hull Crown Court for running a county line.

"He exploited children for profit," Detective Sergeant Anna Cole said.
"""
    quotes = checked_report(text).quotes
    assert all(q.speaker != "Jordan Vesty" for q in quotes)


# -- young people found at an address and looked after: safeguarded ---------------------------

FOUND_AND_LOOKED_AFTER = [
    "Two teenage girls found at a flat in the town were taken to a place of safety.",
    "Two boys found at the address were moved to a place of safety.",
    "Two teenagers found at one of the addresses were safeguarded and are now being supported "
    "by social workers.",
    "Two children found at the house were safeguarded and are being helped by the council.",
]


@pytest.mark.parametrize("sentence", FOUND_AND_LOOKED_AFTER)
def test_young_people_found_and_looked_after_are_safeguarded(sentence: str) -> None:
    text = (
        " date 2025-05-02 County lines raids in Ramsgate\n\nKent Police arrested 9 people in "
        f"Ramsgate during county lines raids.\n\n{sentence}\n"
    )
    assert ("safeguarded", 2) in _figures(text)


def test_people_only_a_partner_supported_stay_out() -> None:
    text = (
        " date 2025-05-02 County lines raids in Ramsgate\n\nKent Police arrested 9 people in "
        "Ramsgate during county lines raids.\n\nTwo tenants are being supported by social "
        "workers.\n"
    )
    assert ("safeguarded", 2) not in _figures(text)


# -- "a total of 27 and a half years": a half year is part of the total -----------------------

HALF_YEARS = [
    "The six men were jailed for a total of 27 and a half years at Preston Crown Court.",
    "Between them the gang were sentenced to 27 and a half years in prison.",
    "The six were jailed for a combined 27-and-a-half years.",
]


@pytest.mark.parametrize("sentence", HALF_YEARS)
def test_a_half_year_is_part_of_a_jail_total(sentence: str) -> None:
    text = f" date 2025-05-02 County line gang jailed\n\n{sentence}\n"
    got = _figures(text)
    assert ("jail_years", 27.5) in got and ("people_jailed", 27) not in got


def test_months_after_years_still_count() -> None:
    text = (
        " date 2025-05-02 County line gang jailed\n\nThe six men were jailed for a total of "
        "27 years and six months at Preston Crown Court.\n"
    )
    assert ("jail_years", 27.5) in _figures(text)


# -- a similar operation at an earlier time: background --------------------------------------

SIMILAR_EARLIER = [
    "A similar operation last year led to 16 arrests.",
    "The week follows a similar crackdown in the spring, when 16 people were arrested.",
    "It came after an earlier push in March, when 16 people were arrested and 5 lines closed.",
    "A similar week of action earlier this year resulted in 16 arrests.",
]


@pytest.mark.parametrize("sentence", SIMILAR_EARLIER)
def test_a_similar_operation_earlier_is_background(sentence: str) -> None:
    text = (
        " date 2025-10-02 County lines week in Luton\n\nBedfordshire Police arrested 31 people "
        f"in Luton during a county lines week.\n\n{sentence}\n"
    )
    got = _figures(text)
    assert ("arrests", 31) in got and ("arrests", 16) not in got


def test_a_similar_operation_running_now_is_not_background() -> None:
    text = (
        " date 2025-10-02 County lines week in Luton\n\nBedfordshire Police arrested 31 people "
        "in Luton during a county lines week. In a similar operation in Dunstable, officers "
        "arrested 16 people.\n"
    )
    assert ("arrests", 16) in _figures(text)


# -- homes: visited then found taken over; shut under closure orders --------------------------

TAKEN_OVER_AFTER_VISIT = [
    "Officers visited 40 homes. Seven of the 40 homes visited were found to have been taken "
    "over by dealers.",
    "Officers checked 40 flats, and 7 flats checked were found to have been cuckooed.",
]


@pytest.mark.parametrize("sentence", TAKEN_OVER_AFTER_VISIT)
def test_homes_visited_then_found_taken_over_are_other(sentence: str) -> None:
    text = f" date 2025-05-02 County lines week in Bolton\n\n{sentence}\n"
    got = {(m, v) for m, v in _figures(text)}
    assert ("other", 7) in got and ("addresses_visited", 7) not in got


CLOSED_BY_ORDER = [
    "Five flats used by dealers in Bolton have been shut down after closure orders were granted.",
    "Five houses in Bolton were closed after magistrates granted closure orders.",
    "Five properties have been sealed under closure orders.",
]


@pytest.mark.parametrize("sentence", CLOSED_BY_ORDER)
def test_homes_shut_under_closure_orders_are_closure_orders(sentence: str) -> None:
    text = (
        " date 2025-05-02 County lines week in Bolton\n\nGreater Manchester Police arrested 12 "
        f"people in Bolton during a county lines week.\n\n{sentence}\n"
    )
    got = _figures(text)
    assert ("other", 5) in got and ("addresses_visited", 5) not in got


# -- "Two of the phones were the line's handsets": phones, not lines --------------------------

LINE_HANDSETS = [
    "Officers seized 9 phones. Two of the phones were the line's handsets.",
    "Officers seized 9 phones, two of which were the line's deal handsets.",
    "Officers seized 9 phones. Two of them were the line's phones.",
]


@pytest.mark.parametrize("sentence", LINE_HANDSETS)
def test_a_share_of_phones_that_are_line_handsets_is_phones(sentence: str) -> None:
    text = f" date 2025-05-02 County line shut in Telford\n\n{sentence}\n"
    got = _figures(text)
    assert ("phones_seized", 2) in got and ("lines_closed", 2) not in got


# -- an earlier named operation mentioned in passing ------------------------------------------

EARLIER_OPERATIONS = [
    "The week follows Operation Heron last year, after which four men were jailed for a "
    "total of 22 years.",
    "It builds on Operation Heron in 2023, when four men were jailed for a total of 22 years.",
]


@pytest.mark.parametrize("sentence", EARLIER_OPERATIONS)
def test_an_earlier_named_operation_gives_no_name_and_no_figures(sentence: str) -> None:
    text = (
        " date 2025-10-02 County lines week in Dundee\n\nPolice Scotland officers arrested 21 "
        f"people in Dundee during a county lines week.\n\n{sentence}\n"
    )
    report = checked_report(text)
    got = {(s.metric.value, s.value) for s in report.statistics}
    assert ("arrests", 21) in got and ("jail_years", 22) not in got
    assert ("people_jailed", 4) not in got and "Operation Heron" not in report.operation_names


def test_the_reported_operation_keeps_its_name() -> None:
    text = (
        " date 2025-10-02 Operation Heron nets 21 arrests\n\nPolice Scotland officers arrested "
        "21 people in Dundee during Operation Heron, a county lines crackdown which began last "
        "year.\n"
    )
    assert "Operation Heron" in checked_report(text).operation_names


# -- "arrested after warrants at four addresses": the addresses count the warrants ------------

WARRANTS_AT = [
    "In Hastings, 9 people were arrested after warrants at four addresses on Tuesday.",
    "Officers arrested 9 people, executing warrants at four properties in Hastings.",
]


@pytest.mark.parametrize("sentence", WARRANTS_AT)
def test_warrants_at_addresses_after_a_figure_are_warrants(sentence: str) -> None:
    text = f" date 2025-05-02 County lines raids in Hastings\n\n{sentence}\n"
    got = _figures(text)
    assert ("warrants", 4) in got and ("arrests", 9) in got


def test_people_at_two_addresses_stay_a_detail() -> None:
    text = (
        " date 2025-05-02 County lines raids in Hastings\n\nOfficers arrested 9 people, six of "
        "them at two addresses in Hastings.\n"
    )
    assert ("addresses_visited", 2) not in _figures(text)


# -- a partner's outcome: a council's officers, a council that moved people -------------------

PARTNER_OUTCOMES = [
    "Hastings Borough Council said its housing officers had helped six tenants move to new homes.",
    "Six vulnerable adults whose homes had been taken over were moved to safe accommodation "
    "by East Sussex County Council.",
]


@pytest.mark.parametrize("sentence", PARTNER_OUTCOMES)
def test_a_councils_outcome_is_no_statistic(sentence: str) -> None:
    text = (
        " date 2025-05-02 County lines raids in Hastings\n\nSussex Police arrested 9 people in "
        f"Hastings during county lines raids.\n\n{sentence}\n"
    )
    assert ("safeguarded", 6) not in _figures(text)


def test_a_university_town_is_no_partner() -> None:
    text = (
        " date 2025-05-02 County lines week in Wales\n\nDyfed-Powys Police arrested 20 people "
        "during a county lines week.\n\nBangor, a university city, accounted for six arrests.\n"
    )
    assert ("arrests", 6) in _figures(text)


# -- a week of action still to come is not the reported one -----------------------------------

PLANNED_WEEKS = [
    "The operation will continue, with a further week of action planned for March.",
    "Another week of intensification is scheduled for the spring.",
    "The next week of action will take place in March.",
]


@pytest.mark.parametrize("sentence", PLANNED_WEEKS)
def test_a_planned_week_of_action_is_not_reported(sentence: str) -> None:
    text = (
        " date 2025-11-02 Month-long drugs operation ends in Bury\n\nGreater Manchester Police "
        f"made 30 arrests during a month-long county lines operation in Bury.\n\n{sentence}\n"
    )
    assert checked_report(text).week_of_action is False


def test_a_completed_further_week_is_reported() -> None:
    text = (
        " date 2025-11-02 Drugs crackdown in Bury\n\nGreater Manchester Police made 30 arrests "
        "during a further week of action against county lines in Bury.\n"
    )
    assert checked_report(text).week_of_action is True


# -- a single stated day in brackets: "on Saturday morning (21 November)" ----------------------

SINGLE_DAYS = [
    "Officers raided a house in Loughborough early on Saturday morning (21 November).",
    "Police executed a warrant at a flat in Loughborough on Saturday (21 November).",
    "Officers raided a house in Loughborough on the morning of Saturday 21 November.",
]


@pytest.mark.parametrize("sentence", SINGLE_DAYS)
def test_a_single_stated_day_is_the_period(sentence: str) -> None:
    text = (
        " date 2025-11-24 Three held after county lines raid\n\n"
        f"{sentence} Three men were arrested and cocaine was seized.\n"
    )
    report = checked_report(text)
    assert (report.period_start, report.period_end) == (date(2025, 11, 21), date(2025, 11, 21))


def test_a_single_day_of_a_months_long_operation_is_not_the_period() -> None:
    text = (
        " date 2025-11-24 Gang broken up after county lines operation\n\nA county lines gang "
        "has been broken up after an operation lasting almost five months.\n\nOfficers raided "
        "a house in Kirkby early on Saturday morning (21 November). Three men were arrested.\n"
    )
    report = checked_report(text)
    assert (report.period_start, report.period_end) == (None, None)


# -- "Of Kent Police's arrests, 17 were in Dartford": a share named by its owner's total ------

OWNED_SHARES = [
    "Of Kent Police's arrests, 17 were in Dartford.",
    "Of the Met's arrests, 17 were in Dartford.",
    "Of Essex Police's 40 arrests, 17 were in Dartford.",
]


@pytest.mark.parametrize("sentence", OWNED_SHARES)
def test_a_share_of_a_forces_arrests_is_arrests(sentence: str) -> None:
    text = (
        " date 2025-05-02 County lines fortnight\n\nForces in the region made 120 arrests during "
        f"a county lines fortnight, 40 of them by Kent Police.\n\n{sentence}\n"
    )
    assert ("arrests", 17) in _figures(text)
