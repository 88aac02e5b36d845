"""Rules backend, round 12 (everything but scope): the genre's other shapes (year reviews,
live pages, threads, interviews, follow-ups): figures read when they should not be, and
figures missed.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.testing.rules import checked_report


def _figures(body: str) -> set[tuple[str, float]]:
    text = f" date 2025-06-02 Drug raids\n\n{body}\n"
    return {(s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics}


# -- a site's "Skip to content" link is no embedded post whose end is awaited ------------------


def test_a_skip_to_content_link_does_not_hide_the_story() -> None:
    for link in ("Skip to content", "Skip to main content", "Skip to navigation content"):
        text = (
            f" date 2025-06-02 Valley News\n{link}\nNews | Crime | Sport\n"
            "Drugs gang broken up in the valley\n\n"
            "Officers made 31 arrests in a county lines crackdown across the valley, police "
            "said.\n\nThey also seized £12,500 in cash.\n"
        )
        got = {(s.metric.value, s.value) for s in checked_report(text).statistics}
        assert ("arrests", 31) in got, link
        assert ("cash_seized", 12500) in got, link
    # an embedded post's own skip link still hides the post until its end
    text = (
        " date 2025-06-02 Valley News\nDrugs gang broken up in the valley\n\n"
        "Officers made 31 arrests in a county lines crackdown, police said.\n\n"
        "Skip twitter post\n\nWe arrested 99 people today!\n\nEnd of twitter post\n\n"
        "They also seized £12,500 in cash.\n"
    )
    got = {(s.metric.value, s.value) for s in checked_report(text).statistics}
    assert ("arrests", 99) not in got and ("arrests", 31) in got


# -- a live page's running counts: superseded by the final update, in either page order -------

_FINAL = (
    "In its final update, the force said officers had arrested 17 people, executed 12 "
    "warrants and seized £6,400 in cash. Four vulnerable people were safeguarded."
)
_RUNNING_UPDATES = (
    "Police say eight people have now been arrested.",
    "The arrest count now stands at 8, officers say.",
    "Officers say eight people have been arrested so far.",
    "The force says eight people have been arrested and five addresses searched in the first hour.",
)
_DISCRETE = (
    "Two children found at a flat in the town have been taken into police protection, "
    "the force says."
)


def _live(entries: list[tuple[str, str]]) -> set[tuple[str, float]]:
    body = "\n\n".join(f"{time}\n{words}" for time, words in entries)
    return _figures(f"Live: county lines raids in the town\n\n{body}")


def test_a_live_pages_running_count_gives_way_to_the_final_update() -> None:
    for running in _RUNNING_UPDATES:
        oldest_first = [
            ("06:30", "Welcome to our live coverage of a county lines day of action."),
            ("09:10", running),
            ("11:40", _DISCRETE),
            ("17:05", _FINAL),
        ]
        for entries in (oldest_first, oldest_first[::-1]):
            got = _live(entries)
            assert ("arrests", 8) not in got, (running, entries[0][0])
            assert ("addresses_visited", 5) not in got, (running, entries[0][0])
            assert {("arrests", 17), ("warrants", 12), ("cash_seized", 6400)} <= got
            assert ("safeguarded", 2) in got and ("safeguarded", 4) in got  # a discrete event


def test_a_running_count_with_no_later_figure_stays() -> None:
    # newest first, and the running count is the page's newest word on arrests
    entries = [
        ("15:20", "Police say eight people have now been arrested."),
        ("11:00", "Officers found £2,000 in cash at a flat, the force says."),
        ("08:00", "Welcome to our live coverage of a county lines day of action."),
    ]
    got = _live(entries)
    assert ("arrests", 8) in got and ("cash_seized", 2000) in got
    # outside a live page, "so far" is the figure
    assert ("arrests", 8) in _figures("Officers say eight people have been arrested so far.")


# -- the figure of the period before the reported one: "in the previous year" ---------------


def test_a_figure_of_the_previous_year_is_a_comparison() -> None:
    for sentence in (
        "The force closed 57 lines in the previous year, the answer said.",
        "Officers made 233 arrests in the previous twelve months, before the unit began.",
        "It recorded 233 county lines arrests over the preceding 12 months.",
        "The team closed 57 deal lines during the previous financial year.",
    ):
        got = _figures(
            "Officers closed 64 county lines and arrested 310 people in the year to March, "
            f"the force said. {sentence}"
        )
        assert ("lines_closed", 64) in got and ("arrests", 310) in got, sentence
        assert ("lines_closed", 57) not in got and ("arrests", 233) not in got, sentence
    # "over the past twelve months" is the reported period itself
    got = _figures("Officers made 233 county lines arrests over the past twelve months.")
    assert ("arrests", 233) in got


# -- "them" after a sentence that names what is split, with no figure of its own --------------


def test_a_share_of_them_counts_what_the_sentence_before_names() -> None:
    opener = (
        "Across the region, 940 people were arrested and 300 lines were closed. Officers "
        "also safeguarded 800 vulnerable people, at least 200 of them children. "
    )
    for names, them, metric in (
        (
            "The arrests were made by four forces.",
            "Kent Police accounted for 410 of them",
            "arrests",
        ),
        ("The arrests came from four forces.", "Kent Police made 410 of them", "arrests"),
        (
            "These arrests were shared by four forces.",
            "Kent Police accounted for 410 of them",
            "arrests",
        ),
        (
            "The lines were shut by four forces.",
            "Kent Police accounted for 110 of them",
            "lines_closed",
        ),
    ):
        got = _figures(f"{opener}{names} {them}, Essex Police 90 and Surrey Police 77.")
        value = 410 if metric == "arrests" else 110
        assert (metric, value) in got and (metric, 90) in got and (metric, 77) in got, names
        assert ("safeguarded", value) not in got and ("safeguarded", 90) not in got, names


# -- the replies under a post thread are readers' comments -------------------------------------


def test_replies_under_a_thread_are_no_figures() -> None:
    thread = (
        " date 2025-06-02 Valley Police (@ValleyPolice) \u00b7 Thread\n\n"
        "1/3\nOur county lines day of action in the valley is done. Here is what it achieved.\n\n"
        "2/3\nWe arrested 16 people, executed 10 warrants and closed three deal lines.\n\n"
        "3/3\nOfficers also seized \u00a34,200 in cash. Thank you for your reports.\n\n"
    )
    for header in ("Replies", "Replying to @ValleyPolice", "12 replies", "Most relevant replies"):
        text = (
            f"{thread}{header}\n\nriverside_dad \u00b7 2h\n"
            "5 lines on my street alone, keep going\n\n"
            "Jo Bloggs @jobloggs \u00b7 7:02 PM\nSaw 6 vans outside the flats at dawn\n"
        )
        got = {(s.metric.value, s.value) for s in checked_report(text).statistics}
        assert {("arrests", 16), ("warrants", 10), ("lines_closed", 3)} <= got, header
        assert ("lines_closed", 5) not in got and ("vehicles_seized", 6) not in got, header


def test_a_post_threads_running_count_gives_way_to_its_final_post() -> None:
    for stamp in (
        "{t} AM \u00b7 40 reposts",
        "Valley Police @ValleyPolice \u00b7 {t} AM",
        "{t} am",
    ):
        posts = [
            ("7:02", "We are out today on a county lines day of action across the valley."),
            ("9:40", "In Eastham, officers found \u00a31,500 in cash at a flat."),
            ("11:15", "Update: 7 arrests so far this morning across the valley."),
            ("11:50", "Officers have visited 9 homes so far today over cuckooing."),
            ("6:30", "Final figures: 15 people arrested, 21 homes visited, 4 lines closed."),
        ]
        stamps = [stamp.format(t=t) for t, _ in posts]
        stamps[-1] = stamps[-1].replace("AM", "PM").replace("am", "pm")  # the evening's post
        body = "\n\n".join(f"{s}\n{w}" for s, (_, w) in zip(stamps, posts, strict=True))
        got = _figures(body)
        assert ("arrests", 7) not in got and ("addresses_visited", 9) not in got, stamp
        assert {("arrests", 15), ("addresses_visited", 21), ("cash_seized", 1500)} <= got, stamp


# -- a year review's stated dates, both years written, are its period --------------------------


def test_a_year_reviews_stated_dates_are_its_period() -> None:
    for sentence in (
        "The review covers the twelve months from 1 April 2025 to 31 March 2026.",
        "Between 1 November 2024 and 31 October 2025, the unit made 310 arrests.",
        "Its report, covering 1 December 2024 to 30 November 2025, lists 310 arrests.",
        "The figures run from 6 January 2025 until 4 January 2026.",
    ):
        lead = "A county lines unit has published its review."
        text = f" date 2026-06-02 Drug figures\n\n{lead} {sentence}\n"
        report = checked_report(text)
        assert report.period_start is not None and report.period_end is not None, sentence
        assert 360 <= (report.period_end - report.period_start).days <= 366, sentence
        assert report.period_start.year in (2024, 2025) and not report.week_of_action
    # a long span whose years are not written stays unread (a court case, a campaign's months)
    text = " date 2026-06-02 Drugs\n\nThe campaign ran from 1 January to 30 June, police said.\n"
    assert checked_report(text).period_start is None


# -- "today's (Tuesday 3 June) raids": a live page's day -------------------------------------


def test_a_live_pages_today_with_its_date_is_the_period() -> None:
    from datetime import date

    for sentence in (
        "Welcome to our live coverage of today's (Tuesday 3 June) police raids in the town.",
        "The force said today's day of action in the valley, Tuesday 3 June, led to 12 arrests.",
        "Officers say today's operation across the borough, Tuesday 3 June, is going well.",
        "Good morning and welcome to today's coverage (Tuesday 3 June) of the police raids.",
    ):
        report = checked_report(f" date 2025-06-03 Live: county lines raids\n\n{sentence}\n")
        assert (report.period_start, report.period_end) == (date(2025, 6, 3),) * 2, sentence
        assert not report.week_of_action


# -- week of action: an operation that ran for five to seven days; never a year review ---------


def test_an_operation_that_ran_for_a_working_week_is_a_week_of_action() -> None:
    for sentence in (
        "Officers made 21 arrests during Operation Kestrel, which ran for five days last week.",
        "The crackdown, which lasted seven days, led to 21 arrests.",
        "Police said the operation had run for six days across the town, with 21 arrests.",
    ):
        assert checked_report(f" date 2025-06-02 Drugs\n\n{sentence}\n").week_of_action, sentence
    for sentence in (  # a raid day, a trial, a two-day push: no week
        "The trial ran for five days before the jury convicted the dealers of drug supply.",
        "Officers made 21 drug arrests in an operation that ran for two days.",
    ):
        text = f" date 2025-06-02 Drugs\n\n{sentence}\n"
        assert not checked_report(text).week_of_action, sentence


def test_a_year_review_is_no_week_of_action() -> None:
    for mention in (
        "Four intensification weeks during the year produced 402 of the arrests.",
        "Two weeks of action in the spring and autumn led to 300 of the arrests.",
    ):
        text = (
            " date 2026-06-02 Drugs\n\nThe unit's annual review covers the twelve months from "
            f"1 May 2025 to 30 April 2026. It made 1,200 county lines arrests. {mention}\n"
        )
        report = checked_report(text)
        assert report.period_start is not None and not report.week_of_action, mention


# -- a revised figure: the first-reported one goes, the revised one in its sentence stays -------


def test_a_revised_figure_replaces_the_one_first_reported() -> None:
    for sentence, new, old in (
        (
            "It now says 23 people were arrested, not the 21 it first reported.",
            ("arrests", 23),
            ("arrests", 21),
        ),
        (
            "Officers seized £8,400 in cash rather than the £7,900 first reported, the force said.",
            ("cash_seized", 8400),
            ("cash_seized", 7900),
        ),
        (
            "The force now says 23 people were arrested instead of the 21 it originally announced.",
            ("arrests", 23),
            ("arrests", 21),
        ),
        (
            "Police initially reported 21 arrests, but the revised total is 23 arrests.",
            ("arrests", 23),
            ("arrests", 21),
        ),
    ):
        got = _figures(
            f"A county lines week of action in the town has been reviewed. {sentence} "
            "Of the arrests, 12 were made in the town centre."
        )
        assert new in got and old not in got, sentence


# -- a live page's "Key points" box restates the final update: never evidence -----------------


def test_a_key_points_box_is_no_evidence() -> None:
    for header in ("Key points", "Key events", "At a glance", "Summary"):
        text = (
            " date 2025-06-03 LIVE: county lines raids across the borough\n\n"
            f"{header}\n- 17 people arrested in raids across the borough\n"
            "- \u00a36,400 in cash seized\n- Cannabis grow found\n\n"
            "17:05\nIn its final update, Valley Police said officers in Eastham had arrested 17 "
            "people and seized \u00a36,400 in cash.\n\n"
            "11:30\nOfficers found a cannabis grow of 40 plants in a flat in Eastham.\n\n"
            "08:00\nWelcome to our live coverage of the raids.\n"
        )
        stats = checked_report(text).statistics
        key = [(s.metric.value, s.value) for s in stats]
        assert key.count(("arrests", 17)) == 1 and key.count(("cash_seized", 6400)) == 1, header
        assert all("final update" in text[: s.evidence_start or 0] for s in stats), header


# -- a court story's back story: an earlier case's figures, dated by a year --------------------


def test_an_earlier_cases_figures_dated_by_a_year_are_background() -> None:
    lead = "Six men who ran a county line into the town have been jailed for a total of 40 years."
    for sentence in (
        "The gang had run another line into the city until 2023, when three of its members "
        "were jailed.",
        "An earlier attempt to break the line in 2024 ended with three runners being jailed "
        "for a combined 11 years.",
        "The same network was first disrupted in 2022, when three men were jailed.",
        "A previous investigation into the line in 2023 saw three dealers jailed.",
    ):
        got = _figures(f"{lead} {sentence}")
        assert ("people_jailed", 6) in got and ("jail_years", 40) in got, sentence
        assert ("people_jailed", 3) not in got and ("jail_years", 11) not in got, sentence


# -- "ran a line for almost two years have been jailed": how long the line ran, no sentence -----


def test_how_long_a_line_ran_is_no_jail_term() -> None:
    for sentence in (
        "Four men who ran a drug line into the town for almost three years have been jailed "
        "for a total of 30 years.",
        "Four dealers who had run the line for three years were jailed for a combined 30 years.",
        "Four members of a gang that supplied heroin in the town for more than three years have "
        "been sentenced to a total of 30 years.",
    ):
        got = _figures(sentence)
        assert ("jail_years", 30) in got and ("jail_years", 3) not in got, sentence


# -- "crosses the county line": a boundary, not a drug line ------------------------------------


def test_a_county_boundary_is_no_county_line() -> None:
    from extractor.rules.topic import on_topic

    for sentence in (
        "the footpath crosses the county line near the old mill, where two lines of fencing "
        "were replaced.",
        "the new bus route runs just over the county line, and two lines were repainted.",
        "the farm straddles the county line; volunteers cleared two lines of hedging.",
    ):
        assert not on_topic(f"volunteers restored the mill this summer. {sentence}"), sentence
    # the genre's own line, singular, is still the topic
    assert on_topic("a man who ran a county line into the town was jailed for supplying heroin.")
    assert on_topic("police closed the county line that ran over the border into the town.")


# -- a yearly series: the latest year the article reports is its own, not an earlier one -------


def test_the_latest_year_of_a_yearly_series_is_the_reported_one() -> None:
    series = (
        "Police closed 80 county lines last year, figures released under the Freedom of "
        "Information Act show. The force closed 52 lines in 2022 and 61 in 2023, before the "
        "80 closed in 2024. "
    )
    for sentence in (
        "During 2024, officers arrested 390 people and seized £210,000 in cash.",
        "In 2024, officers arrested 390 people and seized £210,000 in cash.",
        "In 2024 officers also arrested 390 people and seized £210,000 in cash.",
    ):
        got = _figures(series + sentence)
        assert ("arrests", 390) in got and ("cash_seized", 210000) in got, sentence
        assert ("lines_closed", 52) not in got and ("lines_closed", 61) not in got, sentence
    # one earlier year beside this week's figures stays an earlier run
    got = _figures(
        "Officers made 40 arrests in this week's county lines crackdown. "
        "In 2024, a similar week led to 25 arrests."
    )
    assert ("arrests", 40) in got and ("arrests", 25) not in got
