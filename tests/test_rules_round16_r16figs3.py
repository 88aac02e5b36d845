"""Rules backend, round 16 (r16figs3, statistics): figures missed, figures read that give no
statistic, and figures read under the wrong metric.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.testing.rules import checked_report
from extractor.testing.rules import dated_report as _report
from extractor.testing.rules import figure_labels as _figures

# -- a push dated to a month inside a review's period is a part of it, not an earlier run --


def test_a_month_inside_a_reviews_period_is_no_earlier_run() -> None:
    body = (
        "The annual report of the Police and Crime Commissioner covers the twelve months "
        "from 1 September 2024 to 31 August 2025. Officers arrested 240 people for county "
        "lines offences over the year.\n\n"
        "In Tiverton a crackdown in January led to 17 arrests in a fortnight."
    )
    assert ("arrests", 17, None) in _figures(body, "2025-10-20")


def test_the_busiest_week_or_a_share_of_the_year_is_a_part() -> None:
    body = (
        "Avon and Somerset Police said Operation Harrow arrested 190 people for county lines "
        "dealing in its first year.\n\n"
        "The busiest spell was a week of action in February, which led to 26 arrests."
    )
    assert ("arrests", 26, None) in _figures(body, "2025-10-20")
    body = (
        "Avon and Somerset Police said Operation Harrow arrested 190 people for county lines "
        "dealing in its first year.\n\n"
        "A crackdown in February accounted for 26 of the year's arrests."
    )
    assert ("arrests", 26, None) in _figures(body, "2025-10-20")


def test_an_earlier_run_is_still_left_out() -> None:
    """Guard (passes before the change): a push dated to an earlier month, with no review
    period and no word making it a part, is background."""
    body = (
        "Police in Exeter arrested 14 people during a county lines week of action.\n\n"
        "A similar week of action in March led to 22 arrests."
    )
    assert not any(v == 22 for _, v, _ in _figures(body, "2025-10-20"))


# -- "both", the subject of a people-verb, counts the two people just named ---------------


def test_both_after_two_people_counts_two() -> None:
    body = (
        "Dyfed-Powys Police arrested 18 people in a county lines week of action.\n\n"
        "In Llanelli officers stopped a van with two brothers from Leeds inside. "
        "Both were arrested, and heroin was found under a seat."
    )
    assert ("arrests", 2, None) in _figures(body)
    body = (
        "Dyfed-Powys Police arrested 18 people in a county lines week of action.\n\n"
        "In Aberystwyth two women were detained with 90g of cocaine, and both have since "
        "been charged with possession with intent to supply."
    )
    assert ("charged", 2, None) in _figures(body)
    body = (
        "Dyfed-Powys Police arrested 18 people in a county lines week of action.\n\n"
        "At Carmarthen station officers found cannabis on two boys who had come from "
        "Swindon. Both of them were referred to the youth offending service."
    )
    assert ("safeguarded", 2, None) in _figures(body)


def test_both_with_no_two_people_before_counts_nothing() -> None:
    """Guard (passes before the change): "both" with no two people named before it, or
    with no people-verb after it, is no count."""
    body = (
        "Dyfed-Powys Police arrested 18 people in a county lines week of action.\n\n"
        "Officers visited Tenby and Pembroke. Both were described as quiet towns."
    )
    assert [v for _, v, _ in _figures(body)] == [18]
    body = (
        "Dyfed-Powys Police arrested 18 people in a county lines week of action.\n\n"
        "Two cars were stopped in Tenby, and both were seized."
    )
    assert not any(m == "arrests" and v == 2 for m, v, _ in _figures(body))


# -- a results list's "Label: N" lines ------------------------------------------------------


def test_a_label_of_things_no_fixed_metric_holds_is_other() -> None:
    body = (
        "Sussex Police arrested 9 people in a county lines day of action in Brighton.\n\n"
        "The results of the day were:\n\n"
        "- Stop and searches: 41\n"
        "- Wraps of heroin: 63\n"
        "- Cannabis plants: 120"
    )
    figures = _figures(body)
    assert ("other", 41, "stop and searches") in figures
    assert ("other", 63, "wraps of heroin") in figures
    assert ("other", 120, "cannabis plants") in figures


def test_a_label_with_an_including_aside_still_labels_its_figure() -> None:
    body = (
        "Sussex Police made arrests in a county lines day of action in Brighton.\n\n"
        "The results of the day were:\n\n"
        "- Arrests: 17, including 6 at Brighton station\n"
        "- Knives recovered: 3"
    )
    figures = _figures(body)
    assert ("arrests", 17, None) in figures
    assert ("arrests", 6, None) in figures


def test_a_label_of_no_enforcement_figure_gives_none() -> None:
    """Guard (passes before the change): "Calls: 12" and "Comments: 7" count nothing."""
    body = (
        "Sussex Police arrested 9 people in a county lines day of action in Brighton.\n\n"
        "- Calls: 12\n"
        "- Comments: 7"
    )
    assert [v for _, v, _ in _figures(body)] == [9]


# -- a table of areas across the top whose corner cell names the rows ----------------------


def test_a_corner_cell_naming_the_rows_reads_as_a_blank_corner() -> None:
    body = (
        "Minutes of the community safety partnership.\n\n"
        "Officers presented the figures for the county lines week of action.\n\n"
        "Measure                 Yeovil    Somerset (force)\n"
        "Arrests                 12        30\n"
        "Warrants executed       4         9\n"
        "Deal lines closed       2         6\n"
    )
    stats = {(s.metric.value, s.value, s.area) for s in _report(body).statistics}
    assert ("warrants", 4, "Yeovil") in stats
    assert ("warrants", 9, "Somerset") in stats
    assert ("arrests", 12, "Yeovil") in stats
    assert not any(m == "arrests" and v in (4, 9) for m, v, _ in stats)


# -- "in the same week in <year>": an earlier run's figure, a comparison -------------------


def test_the_same_period_of_a_written_year_is_a_comparison() -> None:
    for tail in ("in the equivalent week in 2024", "during the corresponding fortnight of 2024"):
        body = (
            "Essex Police arrested 41 people in a county lines week of action in Basildon.\n\n"
            f"The force had made 27 arrests {tail}."
        )
        assert [v for _, v, _ in _figures(body, "2025-11-20")] == [41]


def test_the_same_week_last_year_stays_a_comparison() -> None:
    """Guard (passes before the change): the spelled-out earlier year already reads so."""
    body = (
        "Essex Police arrested 41 people in a county lines week of action in Basildon.\n\n"
        "The force had made 27 arrests in the same week last year."
    )
    assert [v for _, v, _ in _figures(body, "2025-11-20")] == [41]


# -- "N of that month's arrests": a share, as "N of the month's arrests" is ----------------


def test_a_share_of_that_periods_count_counts_what_the_noun_does() -> None:
    body = (
        "Kent Police arrested 310 people for county lines offences in 2024, its review says.\n\n"
        "March was the busiest month; 22 of that month's arrests were made in Margate."
    )
    assert ("arrests", 22, None) in _figures(body, "2025-01-10")
    body = (
        "Kent Police arrested 310 people for county lines offences in 2024, its review says.\n\n"
        "The force joined a national push in June, and 14 of that week's arrests were in Dover."
    )
    assert ("arrests", 14, None) in _figures(body, "2025-01-10")


# -- "county lines" named only to deny it puts no article in the genre ---------------------


def test_county_lines_named_only_to_deny_it_is_off_topic() -> None:
    for denial in (
        "This is not county lines, it is opportunist theft.",
        "The thefts were not linked to county lines, police said.",
        "Officers said the burglaries had nothing to do with county lines.",
    ):
        text = (
            " date 2025-06-02 Police news\n\n"
            "Burglars targeted in a week of action across Suffolk\n\n"
            "A week of action against burglary in Suffolk ended with 19 people arrested.\n\n"
            f"{denial}\n"
        )
        assert checked_report(text).statistics == []


def test_county_lines_named_as_present_stays_on_topic() -> None:
    """Guard (passes before the change): an affirmed or a generic mention keeps the genre."""
    for line in (
        "Police said it was not the first time county lines gangs had targeted the town.",
        "The station is not a safe route for county lines runners any more.",
    ):
        text = (
            " date 2025-06-02 Police news\n\n"
            "Week of action in Suffolk\n\n"
            "A week of action in Suffolk ended with 19 people arrested.\n\n"
            f"{line}\n"
        )
        assert [s.value for s in checked_report(text).statistics] == [19]


# -- a weight spoken with "and a half" -------------------------------------------------------


def test_a_weight_with_and_a_half_is_read_whole() -> None:
    body = (
        "Gwent Police arrested 20 people in a county lines week of action.\n\n"
        "Officers found about a kilo and a half of heroin in a flat in Newport."
    )
    assert ("drugs_weight_kg", 1.5, "heroin") in _figures(body)
    body = (
        "Gwent Police arrested 20 people in a county lines week of action.\n\n"
        "Officers found two and a half kilos of cannabis in a flat in Newport."
    )
    assert ("drugs_weight_kg", 2.5, "cannabis") in _figures(body)


def test_and_a_half_of_no_weight_counts_nothing() -> None:
    """Guard (passes before the change): "an hour and a half" is no weight."""
    body = (
        "Gwent Police arrested 20 people in a county lines week of action.\n\n"
        "The search took an hour and a half."
    )
    assert [v for _, v, _ in _figures(body)] == [20]


# -- a speaker's split: "In Swansea we made eleven" ------------------------------------------


def test_a_first_person_split_counts_what_the_figure_before_did() -> None:
    body = (
        "Gwent Police arrested 40 people in a county lines week of action.\n\n"
        '"Most were in Newport, where 19 of the arrests were made. In Cwmbran we made seven," '
        "the inspector said."
    )
    assert ("arrests", 7, None) in _figures(body)
    body = (
        "Gwent Police arrested 40 people in a county lines week of action.\n\n"
        "Officers closed six deal lines in Newport. In Pontypool they closed two."
    )
    assert ("lines_closed", 2, None) in _figures(body)


# -- "have already been jailed" after a long subject -----------------------------------------


def test_already_before_a_later_people_verb_still_reads_it() -> None:
    body = (
        "Essex Police arrested 30 people in a county lines week of action.\n\n"
        "Four men who admitted running a line into Harlow from east London at Chelmsford "
        "Crown Court have already been jailed."
    )
    assert ("people_jailed", 4, None) in _figures(body)
    body = (
        "Essex Police arrested 30 people in a county lines week of action.\n\n"
        "Two women who were found at a flat used by the dealers in the centre of Harlow had "
        "already been safeguarded."
    )
    assert ("safeguarded", 2, None) in _figures(body)


# -- "N of the M" whose M was told before counts what that figure did -----------------------


def test_a_share_of_a_whole_told_before_counts_what_the_whole_did() -> None:
    body = (
        "Warwickshire Police arrested 40 people in a county lines week of action.\n\n"
        "A month on, 14 of them have been charged with supplying drugs.\n\n"
        "Six of the 14 were arrested in Rugby."
    )
    assert ("charged", 6, None) in _figures(body)
    body = (
        "Police Scotland made 12 arrests in a county lines week of action.\n\n"
        "Officers executed warrants at five addresses in Angus.\n\n"
        "Two of the five addresses were in Montrose."
    )
    figures = _figures(body)
    assert ("warrants", 2, None) in figures
    assert not any(m == "addresses_visited" for m, _, _ in figures)


def test_a_share_of_arrests_told_before_stays_arrests() -> None:
    """Guard (passes before the change): a whole that was a count of arrests keeps it."""
    body = (
        "Warwickshire Police arrested 40 people in a county lines week of action.\n\n"
        "Nine of the 40 were arrested in Rugby."
    )
    assert ("arrests", 9, None) in _figures(body)
