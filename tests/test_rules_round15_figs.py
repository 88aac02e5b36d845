"""Rules backend, round 15 (statistics): figures missed, figures read that give no
statistic, and figures read under the wrong metric.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.rules.topic import on_topic
from extractor.testing.rules import figure_labels as _figures

# -- outside the genre: drugs only as a user's possession or habit, a trade's dealers ------


def test_a_small_amount_of_cannabis_beside_another_crime_is_off_topic() -> None:
    assert not on_topic(
        "bike thieves targeted in week of action. officers arrested four men and recovered "
        "nine stolen bikes worth £12,000. a small quantity of cannabis was found in their van."
    )
    assert not on_topic(
        "a crackdown on fly-tipping led to two arrests. one of the men was also found with "
        "small amounts of cocaine and given a caution."
    )


def test_a_thiefs_drug_habit_is_off_topic() -> None:
    assert not on_topic(
        "shoplifting week of action: 14 people were arrested and charged with theft. several "
        "said they stole to feed drug habits, and six were referred to drug and alcohol "
        "services. stolen razors were sold on or swapped for drugs."
    )


def test_trade_dealers_are_off_topic() -> None:
    assert not on_topic(
        "copper cable thefts: officers visited 30 scrap metal dealers during the week of "
        "action and arrested two men. they will keep checking scrap yards and dealers."
    )
    assert not on_topic("car dealers raided in a crackdown on clocked mileage; three arrested.")


def test_redrawn_county_lines_are_a_boundary() -> None:
    assert not on_topic(
        "residents have a week to comment on plans to redraw the county lines that split "
        "the village. police made two arrests at a heated meeting."
    )


def test_supply_beside_a_small_amount_stays_on_topic() -> None:
    assert on_topic(
        "officers arrested three men on suspicion of supplying class a drugs; a small amount "
        "of cannabis was also found."
    )
    assert on_topic("a county lines dealer was arrested with a small amount of crack cocaine.")


# -- an earlier run given for comparison: "Last spring we made 9 arrests" ------------------


def test_a_sentence_opening_on_an_earlier_season_or_month_is_background() -> None:
    got = _figures(
        "Dorset Police arrested 20 people during the week of action against county lines.\n\n"
        'Insp Kay Moor said: "Last autumn we made eight arrests in a week like this one."'
    )
    assert got == [("arrests", 20, None)], got
    got = _figures(
        "Dorset Police arrested 20 people during the week of action against county lines.\n\n"
        "Last February, before the operation began, officers made six arrests in the town."
    )
    assert got == [("arrests", 20, None)], got


def test_the_last_time_is_background() -> None:
    got = _figures(
        "Dorset Police arrested 20 people during the week of action against county lines.\n\n"
        '"The last time we ran a week like this, officers made 13 arrests," she said.'
    )
    assert got == [("arrests", 20, None)], got


def test_a_similar_week_last_year_is_background() -> None:
    got = _figures(
        "Dorset Police arrested 20 people during the week of action against county lines. "
        "The force arrested fourteen people in a similar week last year."
    )
    assert got == [("arrests", 20, None)], got


def test_our_previous_inspection_is_background() -> None:
    got = _figures(
        "Dorset Police closed 30 county lines this year, the inspectorate found.\n\n"
        "At our previous inspection the force had closed 12 lines in a year."
    )
    assert got == [("lines_closed", 30, None)], got


# -- numbers that are no count: a live page's clock time, a rate or a paragraph number -----


def test_a_live_pages_time_gives_no_figure() -> None:
    got = _figures(
        "Live: county lines raids across the district.\n\n"
        "10:35 - Warrant executed in the town centre\n\n"
        "Officers from Dorset Police say three people have been arrested."
    )
    assert got == [("arrests", 3, None)], got


def test_a_count_with_a_decimal_part_is_a_rate_or_a_paragraph_number() -> None:
    got = _figures(
        "Dorset Police closed 30 county lines this year. Per head, Poole closed the "
        "equivalent of 4.6 lines for every 100,000 residents, ahead of Bournemouth on 3.9."
    )
    assert got == [("lines_closed", 30, None)], got
    got = _figures(
        "4.12 Arrests rose sharply. Officers made 212 arrests linked to county lines in the "
        "year, the inspectors found."
    )
    assert got == [("arrests", 212, None)], got
    got = _figures("Dorset Police seized 2.5kg of cocaine during the county lines raids.")
    assert got == [("drugs_weight_kg", 2.5, "cocaine")], got


# -- more earlier runs and restatements ----------------------------------------------------


def test_the_forces_previous_lines_week_is_background() -> None:
    got = _figures(
        "Dorset Police arrested 20 people during the county lines week.\n\n"
        "- The force's previous county lines week, in June, led to 31 arrests."
    )
    assert got == [("arrests", 20, None)], got


def test_a_total_since_a_year_is_background() -> None:
    got = _figures(
        "Dorset Police closed six county lines this week.\n\n"
        "Since the national programme started in 2020, more than 5,000 lines have been closed."
    )
    assert got == [("lines_closed", 6, None)], got


def test_every_figure_of_a_when_clause_in_a_past_year_is_background() -> None:
    got = _figures(
        "Dorset Police closed a county line into Poole this week.\n\n"
        "A line into Weymouth was closed in 2022, when three men were jailed for a combined "
        "eleven years."
    )
    assert all(m not in ("people_jailed", "jail_years") for m, _, _ in got), got


def test_those_are_n_restates_a_count() -> None:
    got = _figures(
        "Dorset Police referred 14 young people to support services.\n\n"
        '"Those are fourteen young people who are talking to us instead of to dealers," she '
        "said."
    )
    assert got == [("safeguarded", 14, None)], got


# -- a first count a later one corrects ---------------------------------------------------


def test_a_count_said_last_week_gives_way_to_the_revised_one() -> None:
    got = _figures(
        "Dorset Police have revised the results of their county lines week in Poole.\n\n"
        "Dorset Police said last week that 19 people had been arrested during the operation. "
        "The force now says 17 people were arrested."
    )
    assert [v for m, v, _ in got if m == "arrests"] == [17], got


def test_a_count_reported_earlier_in_this_blog_gives_way() -> None:
    got = _figures(
        "Live: county lines raids in Poole\n\n"
        "09:45 - Doors went in at 6am\n\n"
        "Police are raiding homes in a county lines operation.\n\n"
        "11:20 - Raids under way\n\n"
        "Officers are at addresses across the town.\n\n"
        "13:05 - Correcting the count\n\n"
        "Earlier in this blog we reported that 12 people had been arrested. Dorset Police "
        "say the correct figure is 10 people arrested."
    )
    assert [v for m, v, _ in got if m == "arrests"] == [10], got


# -- people found and helped: "found 9 people ..., and every one has been offered support" --


def test_people_found_and_offered_help_are_safeguarded() -> None:
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week.\n\n"
        '"We also found nine people whose flats had been taken over by dealers, and each of '
        'them has since been offered support," she said.'
    )
    assert ("safeguarded", 9, None) in got, got


def test_people_who_got_the_help_they_needed_are_safeguarded() -> None:
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week.\n\n"
        '"We made sure 16 teenagers got the help they needed," the inspector said.'
    )
    assert ("safeguarded", 16, None) in got, got
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week.\n\n"
        "Officers found 12 children who were being exploited and got them support."
    )
    assert ("safeguarded", 12, None) in got, got


# -- the metric: a value the force "puts at" is the drugs' ----------------------------------


def test_drugs_the_force_puts_at_a_sum_are_drugs_value() -> None:
    got = _figures(
        "Dorset Police seized £4,000 in cash and drugs the force puts at about £26,000 "
        "during the county lines week."
    )
    assert ("drugs_value", 26000, None) in got and ("cash_seized", 26000, None) not in got, got


# -- a split whose opener names what it counts: "Of the lines closed, 12 were in ..." -------


def test_a_split_opening_on_the_named_count_reads_each_part() -> None:
    got = _figures(
        "Dorset Police closed 30 county lines this year.\n\n"
        "Of the lines closed over the year, 17 were run into Poole, eight into Weymouth and "
        "the remaining five into Dorchester."
    )
    assert [v for m, v, _ in got if m == "lines_closed"] == [30, 17, 8, 5], got
    got = _figures(
        "Dorset Police made 40 arrests in a county lines week.\n\n"
        "Among the arrests made on the first day, 11 were in Poole and six in Weymouth."
    )
    assert [v for m, v, _ in got if m == "arrests"] == [40, 11, 6], got


def test_patrolled_county_boundaries_medicines_and_drink_driving_are_off_topic() -> None:
    assert not on_topic(
        "six men were arrested in a week of action against hare coursing, with officers "
        "from the next county watching the county lines."
    )
    assert not on_topic(
        "two people were arrested on suspicion of selling prescription-only drugs from a "
        "beauty salon during a week of action."
    )
    assert not on_topic(
        "gritters will treat 900 miles of road this winter; police arrested two drivers and "
        "warned motorists never to drive after drink or drugs."
    )


def test_a_reported_share_of_them_counts_what_the_sentence_before_did() -> None:
    got = _figures(
        "Dorset Police closed eight deal lines this week. Detectives say five of them were "
        "being run from Bristol."
    )
    assert [v for m, v, _ in got if m == "lines_closed"] == [8, 5], got
    got = _figures(
        "Dorset Police made 30 of the arrests. The force said 12 of those were made in Poole "
        "and nine in Weymouth."
    )
    assert [v for m, v, _ in got if m == "arrests"] == [30, 12, 9], got


def test_a_three_quarter_year_term_is_jail_years() -> None:
    got = _figures(
        "Four members of a county lines gang were jailed for a combined 21 and three-quarter "
        "years at Dorchester Crown Court."
    )
    assert got == [("people_jailed", 4, None), ("jail_years", 21.75, None)], got


def test_goods_worth_a_sum_are_no_cash_seized() -> None:
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week.\n\n"
        "Elsewhere, bikes worth about £3,500 were taken from a shed in Poole on Tuesday."
    )
    assert got == [("arrests", 20, None)], got
    got = _figures("Dorset Police seized cocaine worth £8,000 during the county lines week.")
    assert got == [("drugs_value", 8000, "cocaine")], got


def test_a_count_judged_with_is_is_a_verdict_not_a_figure() -> None:
    got = _figures(
        "Highland officers executed 14 warrants in a county lines week.\n\n"
        'Inspector Ian Ross said: "Fourteen warrants in a week is a lot for a rural division."'
    )
    assert got == [("warrants", 14, None)], got
    got = _figures(
        "Dorset Police made 33 arrests across the force in a county lines week.\n\n"
        "INSPECTOR KAY MOOR: Thirty-three arrests across a county this size is a real effort."
    )
    assert got == [("arrests", 33, None)], got
    got = _figures(
        "Dorset Police made 40 arrests and safeguarded 12 young people in a county lines "
        'week.\n\nThe inspector said: "Forty arrests is a good week, but the number I care '
        'about is 12."'
    )
    assert got == [("arrests", 40, None), ("safeguarded", 12, None)], got
    got = _figures("Twelve people were arrested in what is a record county lines week for Dorset.")
    assert got == [("arrests", 12, None)], got


# -- partner outcomes --------------------------------------------------------------------


def test_a_named_service_that_worked_with_young_people_is_a_partner() -> None:
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week.\n\n"
        "The Young Futures Support Service that my office funds worked with 85 young people "
        "this year."
    )
    assert got == [("arrests", 20, None)], got
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week.\n\n"
        "Dorset Police worked with 15 young people at risk of exploitation."
    )
    assert ("safeguarded", 15, None) in got, got


def test_money_to_take_on_staff_is_a_plan() -> None:
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week.\n\n"
        "Safe Harbour has applied for £40,000 to take on three more youth workers."
    )
    assert got == [("arrests", 20, None)], got


def test_a_count_done_n_times_a_year_is_a_rate() -> None:
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week.\n\n"
        "This newsletter goes to 48,000 homes six times a year."
    )
    assert got == [("arrests", 20, None)], got


def test_people_caught_at_another_offence_are_no_outreach() -> None:
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week.\n\n"
        "Road safety: officers caught 37 drivers using phones at the wheel on the A35."
    )
    assert got == [("arrests", 20, None)], got
    got = _figures("During the county lines week officers spoke to 37 taxi drivers in Poole.")
    assert got == [("outreach", 37, "taxi drivers")], got


def test_a_quoted_fragment_of_a_count_restates_it() -> None:
    got = _figures(
        "Dorset officers visited 40 homes, and 12 had been taken over by dealers.\n\n"
        '"Twelve homes," the sergeant says. "Each one a family that lost its front door."'
    )
    assert ("addresses_visited", 12, None) not in got, got
    got = _figures(
        'The commissioner said officers had spoken to "just over 2,000 pupils" about county '
        "lines exploitation."
    )
    assert got == [("outreach", 2000, "pupils")], got


def test_a_running_total_so_far_this_year_is_background() -> None:
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week in Poole.\n\n"
        "The force's county lines team says it has made 165 arrests across Dorset so far "
        "this year."
    )
    assert got == [("arrests", 20, None)], got


# -- a bulleted list of other stories under a "Related" header is clutter -----------------


def test_bulleted_related_headlines_give_no_figures() -> None:
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week in Poole.\n\n"
        "Anyone with information should call 101.\n\n"
        "RELATED\n"
        "- Woman, 31, charged after £45,000 cocaine seizure in Weymouth\n"
        "- Bridport: 4 arrested after fight outside pub\n\n"
        "Topics: Crime | Dorset"
    )
    assert got == [("arrests", 20, None)], got


def test_one_after_to_is_a_place_not_a_count() -> None:
    got = _figures(
        "Dorset Police made 20 arrests in a county lines week.\n\n"
        "Q: What are the signs of cuckooing?\n\n"
        "A: Lots of short visits to one flat, and a neighbour who seems scared at home."
    )
    assert got == [("arrests", 20, None)], got


def test_the_figure_a_correction_rejects_is_no_statistic() -> None:
    got = _figures(
        "Dorset Police closed five deal lines in the county lines operation.\n\n"
        '"Once we read the phones it was clear there were five lines, not three," she said.'
    )
    assert [v for m, v, _ in got if m == "lines_closed"] == [5], got
