"""Rules backend, round 13 (metric, missed and spurious figures; not scope): cues of the
genre that name a figure's metric, and figures that are no statistic of the story.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.rules.repeats import _JUDGED
from extractor.testing.rules import checked_report


def _figures(body: str) -> set[tuple[str, float]]:
    text = f" date 2025-06-02 Drug raids\n\n{body}\n"
    return {(s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics}


# -- forcing entry to N addresses is a raid: warrants, not addresses visited -----------------


def test_forced_entry_to_addresses_counts_warrants() -> None:
    for body in (
        "In a county lines crackdown, officers forced entry to three flats in Ashbury.",
        "Detectives forced entry at five addresses in Ashbury on Monday morning.",
        "Officers forced their way into four homes in Ashbury at dawn.",
    ):
        got = _figures(body)
        assert {m for m, _ in got} == {"warrants"}, (body, got)
    # a visit stays a visit
    assert ("addresses_visited", 12) in _figures(
        "Officers visited 12 addresses in Ashbury to check on vulnerable residents."
    )


# -- "Across <area>, ... since <month>": the force's running total of broader work ---------


def test_force_wide_running_total_since_a_month_is_background() -> None:
    lead = "Officers arrested four people in dawn raids on two flats in Ashbury on Tuesday.\n\n"
    for tail in (
        "Across Wessex, the force said it had closed 55 county lines since the start of the year.",
        "Across the force area, Wessex Police has shut down 48 county lines since March.",
        "Across the county, 73 people have been charged with drug supply offences since "
        "the beginning of October, the force said.",
    ):
        got = _figures(lead + tail)
        assert got == {("arrests", 4), ("warrants", 2)} or got == {("arrests", 4)}, (tail, got)
    # a running total without the area opener stays ("the operation has led to 63 arrests")
    got = _figures("The operation has now led to 63 arrests since it began in March.")
    assert ("arrests", 63) in got
    got = _figures("Officers have seized £9,000 in cash since May in the town.")
    assert ("cash_seized", 9000) in got


def test_national_total_of_the_past_year_is_background() -> None:
    lead = "Officers arrested six people in raids across Ashbury during a week of action.\n\n"
    for tail in (
        "Nationally, more than 2,100 county lines have been closed in the past year.",
        "Nationally, the NPCC said about 1,700 lines were closed in the last 12 months.",
    ):
        got = _figures(lead + tail)
        assert got == {("arrests", 6)}, (tail, got)
    # the week's national total stays
    got = _figures("Nationally, 1,450 people were arrested during the week, the NPCC said.")
    assert ("arrests", 1450) in got


# -- a part of the arrests told by age is an arrests figure of its own -----------------------


def test_part_of_the_arrested_told_by_age_counts_arrests() -> None:
    got = _figures(
        "Officers arrested 14 people in Ashbury. Three of those arrested were under 18 and "
        "have been referred to safeguarding services."
    )
    assert ("arrests", 3) in got and ("safeguarded", 3) in got, got
    got = _figures(
        "Officers arrested 14 people in Ashbury. Five of those arrested in Ashbury were "
        "15-year-old boys, who have since been referred to the youth offending team."
    )
    assert ("arrests", 5) in got and ("safeguarded", 5) in got, got
    got = _figures("Twelve people were arrested in Ashbury. Seven of the twelve were under 21.")
    assert ("arrests", 7) in got and ("arrests", 21) not in got, got
    got = _figures(
        'Police made 38 arrests in Ashbury. "But of those, six were kids under 17," she said.'
    )
    assert ("arrests", 6) in got and ("arrests", 17) not in got, got
    # a part of people safeguarded stays safeguarded
    got = _figures("Officers safeguarded 20 people in Ashbury. Of those, eight were under 18.")
    assert ("safeguarded", 8) in got and ("arrests", 8) not in got, got


# -- a quoted verdict on a figure the story gave restates it ---------------------------------


def test_quoted_verdict_on_a_given_figure_restates_it() -> None:
    # the words after a quoted figure that weigh it (``_JUDGED``): a verdict, not a new count
    for noun, tail in (
        (" arrests", " in the county in a week is a strong result"),
        (" arrests", " before the town had woken up sends a clear message"),
        (" people charged", " from one week's work is good"),
    ):
        assert _JUDGED.match(noun + tail, len(noun)) is not None, tail
    for tail in (" arrests were made in the town", " arrests and three charges show"):
        assert _JUDGED.match(tail, len(" arrests")) is None, tail


# -- "The same six months last year saw 58 arrests": the earlier period, a comparison -------


def test_same_months_last_year_is_a_comparison() -> None:
    lead = "Officers arrested 31 people in Ashbury over the six months to September.\n\n"
    for tail in (
        "The same six months last year saw 19 arrests in the town.",
        "In the same three months a year earlier, 19 people were arrested.",
    ):
        got = _figures(lead + tail)
        assert ("arrests", 19) not in got and ("arrests", 31) in got, (tail, got)


# -- a figure inside a condition ("If we knock on 50 doors ...") is a hypothetical -----------


def test_figure_inside_a_condition_is_hypothetical() -> None:
    lead = "Officers arrested 12 people in Ashbury during the week.\n\n"
    for tail in (
        'Sergeant Kim Ross said: "If we knock on 80 doors and find one child at risk, '
        'that is worth it."',
        'She added: "Even if officers close 30 lines, another opens the next day."',
    ):
        got = _figures(lead + tail)
        assert got == {("arrests", 12)}, (tail, got)
    # a figure after the condition's comma is the sentence's own
    got = _figures("If anything, the week was busier: officers closed nine deal lines in Ashbury.")
    assert ("lines_closed", 9) in got


# -- a partner's people as the actor ("a charity whose caseworkers supported 90") -----------


def test_partner_staff_in_a_relative_clause_is_a_partner_outcome() -> None:
    lead = "Officers safeguarded 14 vulnerable people in Ashbury during the week.\n\n"
    for tail in (
        "The force works with the youth charity Bright Paths, whose caseworkers supported "
        "90 young people referred to it during the year.",
        "Police fund a council service whose support workers helped 45 families last year.",
    ):
        got = _figures(lead + tail)
        assert got == {("safeguarded", 14)}, (tail, got)


# -- states of people counted before (remanded, released, under investigation) --------------


def test_states_of_people_already_counted_are_no_figures() -> None:
    lead = "Officers arrested 17 people in Ashbury and 12 of them have been charged.\n\n"
    for tail in (
        "Seven of those charged have been remanded in custody and four people remain under "
        "investigation.",
        "The other five people arrested have been released on bail.",
    ):
        got = _figures(lead + tail)
        assert got == {("arrests", 17), ("charged", 12)}, (tail, got)


# -- "found at the properties, two of them flats": what the places were, no visit count -----


def test_places_of_a_find_described_are_no_visits() -> None:
    got = _figures(
        "Officers found 300g of heroin, £5,100 in cash and four mobile phones at the "
        "addresses, three of them flats above shops in Ashbury."
    )
    assert ("addresses_visited", 3) not in got and ("phones_seized", 4) in got, got
    # a visit's share stays
    got = _figures("Officers visited 40 homes in Ashbury, 12 of them flats on the same estate.")
    assert ("addresses_visited", 40) in got


# -- a table of areas by year: the latest year's column, the metric its introduction names ---


def test_table_by_year_reads_the_latest_column() -> None:
    body = (
        "Wessex Police closed 40 county lines in the last financial year, figures show.\n\n"
        "The force gave the following table of lines closed by district:\n\n"
        "District            2022/23   2023/24   2024/25\n"
        "Ashbury (town)            9        12        21\n"
        "Bexton                    3         5        11\n"
        "Total                    12        17        32\n\n"
        "The figures were published on Monday."
    )
    text = f" date 2025-06-02 Drug lines\n\n{body}\n"
    got = {(s.metric.value, s.value, s.area) for s in checked_report(text).statistics}
    assert ("lines_closed", 21, "Ashbury") in got, got
    assert ("lines_closed", 11, "Bexton") in got, got
    assert not any(v in (9, 12, 3, 5) for _, v, _ in got), got


# -- a sum in euros is no pounds figure: cash is `other`, labelled ---------------------------


def test_cash_in_euros_is_other_not_a_count() -> None:
    got = {
        (s.metric.value, s.value, s.label)
        for s in checked_report(
            " date 2025-06-02 Border raids\n\nOfficers arrested three men in Newry. Across the "
            "border, gardai seized \u20ac7,400 in cash, and a further 2,300 euros in cash was "
            "found in a car.\n",
            topic_check=False,
        ).statistics
    }
    assert ("other", 7400, "cash seized in euros") in got, got
    assert ("other", 2300, "cash seized in euros") in got, got
    assert not any(m == "cash_seized" for m, _, _ in got), got


# -- "Nine of those charged were arrested in X": a share of the charged, by place ------------


def test_charged_share_by_place_of_arrest_stays_charged() -> None:
    got = _figures(
        "Police charged 20 people after raids across Wessex. Seven of those charged were "
        "arrested in Ashbury."
    )
    assert ("charged", 7) in got and ("arrests", 7) not in got, got
    got = _figures("Police arrested 20 people in Ashbury. Two of those arrested were charged.")
    assert ("charged", 2) in got, got


# -- a council's statement is the source of a figure, not a partner's outcome ----------------


def test_council_statement_gives_the_operation_figure() -> None:
    lead = "Wessex Police said officers made 18 arrests in Ashbury during the week.\n\n"
    for tail, want in (
        ("The council's own statement, issued later, said 20 people had been arrested.", 20),
        ("Ashbury Council's statement put the number of arrests at 21.", 21),
    ):
        got = _figures(lead + tail)
        assert ("arrests", want) in got, (tail, got)
    # a council's own work stays a partner outcome
    got = _figures(lead + "The council's youth team said it had supported 35 young people.")
    assert ("safeguarded", 35) not in got and ("outreach", 35) not in got, got


# -- "MOST READ IN <PLACE>": a list of other stories' headlines ------------------------------


def test_most_read_in_a_place_lists_other_stories() -> None:
    text = (
        " date 2025-06-02 Drug raids\n\nOfficers arrested eight people in county lines raids "
        "in Ashbury on Tuesday, police said.\n\n"
        "MOST READ IN ASHBURY\n1. Bypass: 400 homes at risk of flooding, council says\n"
        "2. Ashbury Town sign 3 new players\n\nMost popular on Wessex Live\n"
        "1. 40 arrests after city centre brawl\n"
    )
    got = {(s.metric.value, s.value) for s in checked_report(text).statistics}
    assert got == {("arrests", 8)}, got


# -- "the number of active lines ... at around 1,000": lines running, not closed -------------


def test_number_of_active_lines_is_no_closure() -> None:
    got = _figures(
        "Officers closed six deal lines in Ashbury. A national estimate put the number of "
        "active lines across England and Wales at around 1,200 last spring."
    )
    assert got == {("lines_closed", 6)}, got
    got = _figures("The week brought the number of lines closed in Ashbury to 14.")
    assert ("lines_closed", 14) in got, got


# -- "Officers are still at two addresses": where officers are, not a count ------------------


def test_officers_present_at_addresses_is_no_count() -> None:
    for body in (
        "Officers are at four addresses in Ashbury as part of a county lines day of action.",
        "Six people have been arrested. Officers are still at two addresses in Ashbury.",
    ):
        got = _figures(body)
        assert not any(m in ("addresses_visited", "warrants") for m, _ in got), (body, got)
    assert ("addresses_visited", 4) in _figures("Officers visited four addresses in Ashbury.")


# -- "since 2023/24, when the force closed 118 lines": that earlier year's figure ------------


def test_earlier_year_when_clause_is_background() -> None:
    got = _figures(
        "Wessex Police closed 160 deal lines in 2025/26. The number has risen every year "
        "since 2023/24, when the force closed 97 lines."
    )
    assert got == {("lines_closed", 160)}, got


def test_people_under_an_age_bound_is_no_count() -> None:
    got = _figures(
        "Officers made 240 arrests in Ashbury. A separate answer shows that 31 of the 240 "
        "arrests were of people under 18."
    )
    assert ("arrests", 18) not in got, got


# -- a school trust's letters and a council's housing teams are partners ---------------------


def test_school_trusts_and_housing_teams_are_partners() -> None:
    lead = "Officers arrested 15 people in Ashbury during a month-long operation.\n\n"
    for tail in (
        "A local academy trust has written to the parents of more than 4,000 pupils.",
        "The Vale Learning Trust, which runs six secondary schools in the county, shared the "
        "letter.",
        "The council's housing and welfare teams went on to support 23 residents.",
    ):
        got = _figures(lead + tail)
        assert got == {("arrests", 15)}, (tail, got)


# -- "Five men who ran a line ... for two years have been jailed": the verdict after the clause


def test_jailed_subject_with_a_relative_clause() -> None:
    for body in (
        "Five men who supplied heroin from Leeds to Ashbury for more than three years have "
        "been jailed for a total of 31 years.",
        "Seven members of a gang that ran a crack cocaine line into Ashbury for almost two "
        "years were jailed at Wessex Crown Court.",
    ):
        got = _figures(body)
        assert ("people_jailed", 5) in got or ("people_jailed", 7) in got, (body, got)
    # the rest's terms one by one: no second jailed count
    got = _figures(
        "Five men have been jailed for a total of 31 years. The ringleader was jailed for "
        "nine years, and the other four were jailed for between three and six years each."
    )
    assert ("people_jailed", 4) not in got and ("people_jailed", 5) in got, got


# -- "visited 15 addresses in X where we feared residents had been cuckooed": visits ---------


def test_visits_where_cuckooing_was_feared_stay_visits() -> None:
    got = _figures(
        "Officers visited 18 addresses in Ashbury where they were worried residents had been "
        "cuckooed."
    )
    assert ("addresses_visited", 18) in got, got
    got = _figures("Officers found that 6 homes in Ashbury had been cuckooed by dealers.")
    assert ("addresses_visited", 6) not in got, got


def test_part_of_closed_lines_running_into_towns_stays_closed() -> None:
    got = _figures(
        "Her team closed 17 lines in Ashbury. Eleven of those lines were running into towns "
        "in Wessex."
    )
    assert ("lines_closed", 11) in got, got
    got = _figures("Around 600 lines are running across the region at any time.")
    assert ("lines_closed", 600) not in got, got


# -- "Seven people were convicted": a court outcome, `other` / "people convicted" -----------


def test_people_convicted_is_other() -> None:
    got = {
        (s.metric.value, s.value, s.label)
        for s in checked_report(
            " date 2025-06-02 Line broken up\n\nFive men have been jailed for running a "
            "county line into Ashbury. Eight people were convicted after a trial at Wessex "
            "Crown Court.\n",
            topic_check=False,
        ).statistics
    }
    assert ("other", 8, "people convicted") in got, got


def test_force_wide_total_of_last_year_is_background() -> None:
    lead = "Officers arrested nine people in Ashbury during the week.\n\n"
    got = _figures(lead + 'Across Wessex, she adds, the force closed "about 70 lines" last year.')
    assert got == {("arrests", 9)}, got


# -- "..., figures the force published at the time": an earlier event's figures -------------


def test_figures_published_at_the_time_are_background() -> None:
    lead = "Fourteen people have now been charged after a week of action in Ashbury.\n\n"
    got = _figures(
        lead + "The week also saw £8,200 in cash and 250g of cocaine seized, figures the "
        "force released at the time."
    )
    assert got == {("charged", 14)}, got


# -- "In the year before X began, the force made 119 arrests": the earlier year --------------


def test_in_the_year_before_is_an_earlier_period() -> None:
    got = _figures(
        "Operation Kestrel led to 64 arrests in Ashbury this year. In the year before Kestrel "
        "began, the force made 90 arrests for county lines offences."
    )
    assert ("arrests", 90) not in got and ("arrests", 64) in got, got


# -- "closure orders on 12 properties, eight of them in X": a labelled share by place --------


def test_labelled_share_by_place_of_an_other_figure() -> None:
    got = {
        (s.metric.value, s.value, s.area)
        for s in checked_report(
            " date 2025-06-02 Drug raids\n\nIn Cambridgeshire, closure orders have been "
            "granted on 14 properties that dealers had taken over, nine of them in "
            "Peterborough.\n",
            topic_check=False,
        ).statistics
    }
    assert ("other", 9, "Peterborough") in got, got


def test_force_wide_total_so_far_this_year_is_background() -> None:
    lead = "Operation Kite has led to 12 arrests in Ashbury since June.\n\n"
    got = _figures(lead + "Across Wessex, the force has seized drugs worth £3.1m so far this year.")
    assert ("drugs_value", 3100000) not in got, got


# -- "One landlord, who owns six houses in the town": what one owns, no visits ---------------


def test_houses_someone_owns_are_no_visits() -> None:
    got = _figures(
        "Officers visited 22 homes in Ashbury. One landlord, who owns five houses in the town, "
        "said he now checks them every week."
    )
    assert got == {("addresses_visited", 22)}, got


# -- "Two more men were arrested, taking the total to 13": an increment of a total -----------


def test_increment_taking_the_total_is_no_figure_of_its_own() -> None:
    got = _figures(
        "Three more people were arrested in Ashbury on Friday, taking the total to 17, police said."
    )
    assert ("arrests", 3) not in got, got
    got = _figures("A further four were charged, bringing the total to nine.")
    assert ("charged", 4) not in got, got
