"""Rules backend, round 11 (everything but scope): figures read when they should not be, and
figures missed.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.rules.topic import on_topic
from extractor.testing.rules import checked_report


def _figures(body: str) -> set[tuple[str, float]]:
    text = f" date 2025-06-02 Drug raids\n\n{body}\n"
    return {(s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics}


# -- the genre: Network Rail is no drug network, scrap dealers deal in metal ------------------


def test_a_rail_operator_or_a_trade_is_no_supply_network() -> None:
    assert not on_topic(
        "signal cable was stolen again, network rail said. british transport police said "
        "three men had been arrested and some cannabis was found in their van."
    )
    assert not on_topic(
        "the thieves sold the copper to scrap dealers, and one told officers he owed money "
        "for drugs. two men have been arrested."
    )
    assert not on_topic(
        "the line will close for nine days, network rail said. pharmacies will hold drugs for "
        "patients. two men were arrested over cable thefts in september."
    )
    assert not on_topic(
        "car dealers in the town were warned after thefts. a man who stole to fund his heroin "
        "habit was arrested."
    )
    # a network of dealers, or drug dealers, is supply
    assert on_topic("a drugs network was broken up and four men were arrested.")
    assert on_topic("officers arrested two cocaine dealers in the town centre.")
    assert on_topic("network rail staff helped police, who arrested two men running a county line.")


def test_a_drug_driving_crackdown_is_outside_the_genre() -> None:
    assert not on_topic(
        "police arrested 30 drivers in a christmas crackdown on drink and drug-driving. "
        "twelve failed roadside tests for cannabis or cocaine."
    )
    assert not on_topic(
        "a summer operation against drug driving led to 14 arrests after drivers tested "
        "positive for cocaine. patrols ran across the county lines with the next force."
    )
    assert not on_topic(
        "officers seized 6 cars in a week of action on drug-drivers, nine of whom had taken "
        "cannabis, and patrols crossed the county lines into wales."
    )
    # drug-driving named in a county lines story leaves it in the genre
    assert on_topic(
        "the crackdown on county lines dealing led to 20 arrests, and two drivers were also "
        "charged with drug-driving."
    )
    assert on_topic(
        "in a crackdown on drug dealing, officers arrested 12 people and seized cocaine; one "
        "was also held on suspicion of drug-driving."
    )


# -- an earlier run of the work: "a similar fortnight in the spring", "last March's week" ------


def test_a_similar_fortnight_earlier_is_background() -> None:
    lead = "Officers arrested 40 people during a fortnight of action in the county. "
    for sentence in (
        "A similar fortnight in the spring led to 19 arrests.",
        "He said a similar fortnight in Swansea last year had produced 19 arrests.",
        "An earlier fortnight of action, in March, saw 19 arrests.",
        "A similar month-long push in the summer led to 19 arrests.",
    ):
        found = _figures(lead + sentence)
        assert ("arrests", 19) not in found, sentence
        assert ("arrests", 40) in found, sentence


def test_an_earlier_month_named_with_a_possessive_is_background() -> None:
    lead = "Police arrested 30 people in a week of action. "
    for sentence in (
        "Last November's intensification week saw 22 arrests in the county.",
        "Last March's week of action led to 22 arrests.",
        "Officers said last October's crackdown brought 22 arrests.",
    ):
        found = _figures(lead + sentence)
        assert ("arrests", 22) not in found, sentence
        assert ("arrests", 30) in found, sentence


def test_the_same_week_a_year_before_after_the_figure_is_background() -> None:
    lead = "Forces made 1,450 arrests during the week. "
    for sentence in (
        "The total is up on the 1,391 arrests made in the equivalent week last year.",
        "That compares with 1,391 arrests made during the corresponding week last year.",
        "The figure is down on the 1,391 arrests of the comparable week a year ago.",
        "There were 1,391 arrests in the same week last year.",
    ):
        found = _figures(lead + sentence)
        assert ("arrests", 1391) not in found, sentence
        assert ("arrests", 1450) in found, sentence


# -- a standing estimate: "500 lines are run out of London at any one time" -----------------


def test_a_standing_estimate_is_no_result() -> None:
    lead = "Officers closed 12 county lines during the week. "
    for sentence in (
        "The force has said more than 500 lines are run out of the city at any one time.",
        "Detectives believe that between 25 and 35 lines are being run into the county in any "
        "given month.",
        "Around 600 lines are thought to be operating at any given time.",
        "Police estimate that 40 lines run into the town in a typical month.",
    ):
        found = _figures(lead + sentence)
        assert not {f for f in found if f[0] == "lines_closed" and f[1] != 12}, sentence
        assert ("lines_closed", 12) in found, sentence


# -- a report to the prosecutor stands in for a charge: "will be", "the subject of a report" ----


def _labelled(body: str) -> set[tuple[str, float, str | None]]:
    text = f" date 2025-06-02 Drug raids\n\n{body}\n"
    report = checked_report(text, topic_check=False)
    return {(s.metric.value, s.value, s.label) for s in report.statistics}


def test_a_file_to_the_pps_in_the_future_tense_is_counted() -> None:
    pps = "people reported to the public prosecution service"
    lead = "Police in Northern Ireland arrested 14 people. Six men have been charged. "
    for sentence in (
        "Files on two other people will be sent to the Public Prosecution Service.",
        "Reports on two others will be submitted to the Public Prosecution Service.",
        "A further two people will be reported to the Public Prosecution Service.",
        "Two more are to be reported to the Public Prosecution Service.",
    ):
        assert ("other", 2, pps) in _labelled(lead + sentence), sentence


def test_the_subject_of_a_report_to_the_fiscal_is_counted() -> None:
    pf = "people reported to the procurator fiscal"
    lead = "Officers in Fife arrested 20 people. Eleven people have been charged "
    for sentence in (
        "and a further four will be the subject of a report to the Procurator Fiscal.",
        "and four others are the subject of a report to the Procurator Fiscal.",
        "and another four will be subject to a report to the Procurator Fiscal.",
    ):
        assert ("other", 4, pf) in _labelled(lead + sentence), sentence
        assert ("charged", 11, None) in _labelled(lead + sentence), sentence


# -- an earlier run of the push dated by a month: "The force's week of action in March" -------


def _dated_figures(published: str, body: str) -> set[tuple[str, float]]:
    text = f" date {published} Drug raids\n\n{body}\n"
    return {(s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics}


def test_a_run_of_the_push_in_an_earlier_month_is_background() -> None:
    lead = "Police arrested 46 people during a week of action on county lines. "
    for sentence in (
        "The force's week of action in March led to 38 arrests.",
        "In March, a fortnight under the same operation name led to 38 arrests.",
        "A crackdown on dealers in April brought 38 arrests.",
        "In May, the intensification week saw 38 arrests across the county.",
    ):
        found = _dated_figures("2025-11-20", lead + sentence)
        assert ("arrests", 38) not in found, sentence
        assert ("arrests", 46) in found, sentence
    # the month of the push itself, or a running total since a month, stays
    for sentence in (
        "The week of action in November led to 38 arrests in the north of the county.",
        "Operation Larch, which began in June, has now led to 38 arrests.",
        "In October, officers made 38 arrests as the week of action began.",
    ):
        assert ("arrests", 38) in _dated_figures("2025-11-20", lead + sentence), sentence


# -- an earlier named operation: "follows Operation Larch in the spring, when ..." -----------


def test_an_operation_in_an_earlier_season_is_background() -> None:
    lead = "Officers made 23 arrests in the city during the week. "
    for sentence in (
        "The week follows Operation Larch in the spring, when 31 people were arrested.",
        "It comes after Operation Larch earlier this year, which led to 31 arrests.",
        "Operation Larch in the summer saw 31 people arrested in the town.",
    ):
        text = f" date 2025-11-20 Drug raids\n\n{lead}{sentence}\n"
        report = checked_report(text, topic_check=False)
        found = {(s.metric.value, s.value) for s in report.statistics}
        assert ("arrests", 31) not in found, sentence
        assert ("arrests", 23) in found, sentence
        assert "Operation Larch" not in report.operation_names, sentence
    text = " date 2025-11-20 Raids\n\nOperation Larch led to 31 arrests in the city this week.\n"
    assert "Operation Larch" in checked_report(text, topic_check=False).operation_names


# -- a list of other stories with a blank line between its headlines ------------------------


def test_other_headlines_set_apart_by_blank_lines_are_clutter() -> None:
    body = "Police arrested 14 people in Whitby during a county lines week.\n\n"
    for header in ("More on this story", "Related stories", "Most read"):
        text = (
            f" date 2025-06-02 Raids in Whitby\n\n{body}{header}\n\n"
            "Drug gang members jailed after long runs\n\n"
            "Teenager found with £5,000 of crack at station\n\n"
            "Three held after 2kg of cannabis found in car\n"
        )
        found = {(s.metric.value, s.value) for s in checked_report(text).statistics}
        assert found == {("arrests", 14)}, header


# -- a speaker restating a figure: rounded ("more than £200,000"), or placed ("in the west") ---


def test_a_rounded_figure_in_a_quote_restates_the_story() -> None:
    lead = (
        "Police in Northern Ireland seized drugs worth an estimated £212,000 and arrested 31 "
        "people during the week. "
    )
    for quote in (
        'Inspector Ann Doyle said: "More than £200,000 worth of drugs taken off our streets '
        'in a week sends a clear message."',
        'Inspector Ann Doyle said: "Over £200,000 of drugs gone in seven days is good work."',
        'Inspector Ann Doyle said: "Around £210,000 of drugs is now out of circulation."',
    ):
        found = _figures(lead + quote)
        assert ("drugs_value", 200000) not in found, quote
        assert ("drugs_value", 210000) not in found, quote
        assert ("drugs_value", 212000) in found, quote


def test_a_figure_weighed_in_a_quote_with_a_place_restates_the_story() -> None:
    lead = (
        "Officers in Northern Ireland arrested 31 people. In the Derry City and Strabane "
        "policing district, officers made 12 arrests. "
    )
    for quote in (
        'Inspector Ann Doyle said: "Twelve arrests in the north west alone shows what local '
        'officers can do."',
        'Inspector Ann Doyle said: "Twelve arrests across the north west is a strong week."',
        'Inspector Ann Doyle said: "Twelve arrests in Derry and Strabane sends a message."',
    ):
        report = checked_report(
            f" date 2025-06-02 Drug raids\n\n{lead}{quote}\n", topic_check=False
        )
        twelve = [s for s in report.statistics if s.metric.value == "arrests" and s.value == 12]
        assert len(twelve) == 1, quote
        assert twelve[0].evidence_start < len(" date 2025-06-02 Drug raids\n\n" + lead), quote


# -- drugs worth "just over", "well over", "in excess of" a sum: the value, not cash ---------


def test_a_drugs_value_with_a_loose_qualifier_is_a_drugs_value() -> None:
    lead = "Kent Police arrested 40 people during a county lines week. "
    for sentence in (
        "Drugs worth just over £27,000, mostly crack cocaine, were also recovered.",
        "Cocaine worth well over £27,000 was found in a car.",
        "Drugs valued at in excess of £27,000 were seized.",
        "Drugs worth a little over £27,000 were taken off the streets.",
    ):
        text = f" date 2025-11-20 Drug raids\n\n{lead}{sentence}\n"
        stats = checked_report(text, topic_check=False).statistics
        got = {(s.metric.value, s.value, s.qualifier.value) for s in stats}
        assert ("drugs_value", 27000, "more_than") in got, sentence
        assert not any(s.metric.value == "cash_seized" for s in stats), sentence


# -- a school year group between the number and its noun: "150 Year 9 pupils" ---------------


def test_a_school_year_group_is_part_of_the_noun() -> None:
    lead = "Kent Police arrested 40 people during a county lines week. "
    for sentence in (
        "At a school in Dover, officers spoke to 150 Year 9 pupils about gangs.",
        "Officers gave talks to 150 year 10 students at two schools.",
        "PCSOs met 150 Years 10 and 11 pupils in Deal.",
        "Officers visited 150 S3 pupils at the academy.",
    ):
        text = f" date 2025-11-20 Drug raids\n\n{lead}{sentence}\n"
        got = {
            (s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics
        }
        assert ("outreach", 150) in got, sentence
    text = " date 2025-11-20 Drug raids\n\nA dealer was jailed for 12 years 6 months in Kent.\n"
    got = {(s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics}
    assert ("outreach", 12) not in got


# -- a list of places and numbers under a header naming the metric --------------------------


def test_place_and_number_items_under_a_metric_header() -> None:
    lead = "Gwent Police arrested 37 people in a county lines week.\n\n"
    for header, items in (
        ("By area, the arrests were:", "- Newport: 17\n- Caerphilly: 9\n- Ebbw Vale: 6"),
        ("Arrests by town:", "* Newport: 17\n* Caerphilly: 9\n* Ebbw Vale: 6"),
        ("Where the warrants were executed:", "- Newport: 17\n- Caerphilly: 9\n- Ebbw Vale: 6"),
    ):
        text = f" date 2025-11-20 Drug raids\n\n{lead}{header}\n\n{items}\n\nKnives were found.\n"
        stats = checked_report(text, topic_check=False).statistics
        got = {(s.metric.value, s.value, s.area) for s in stats}
        metric = "warrants" if "warrants" in header else "arrests"
        for value, place in ((17, "Newport"), (9, "Caerphilly"), (6, "Ebbw Vale")):
            assert (metric, value, place) in got, (header, value)
    # a list with no metric in its header gives no figures
    text = (
        f" date 2025-11-20 Drug raids\n\n{lead}Opening hours:\n\n- Newport: 9\n- Caerphilly: 10\n"
    )
    got = {(s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics}
    assert got == {("arrests", 37)}


# -- a quote attributed after it to someone unnamed gives no Quote ---------------------------


def test_a_quote_said_by_someone_unnamed_is_no_ones() -> None:
    lead = (
        "Kent Police arrested 30 people in a county lines week.\n\n"
        'Detective Inspector Jo Hale said: "This was a good week for the town."\n\n'
        "Residents on the estate said the raids had been noticed.\n\n"
    )
    for para in (
        '"You could tell something was going on," said one woman, who asked not to be named. '
        '"It has been like that for years."',
        '"We feel a lot safer now," said a shopkeeper on the parade.',
        '"It has gone much quieter at night," one resident said.',
        '"Nobody used to walk here after dark," another neighbour added.',
    ):
        text = f" date 2025-11-20 Drug raids\n\n{lead}{para}\n"
        quotes = checked_report(text, topic_check=False).quotes
        assert [q.speaker for q in quotes] == ["Jo Hale"], para


# -- "estimated to be worth £5.8m": the estimate qualifies the sum --------------------------


def test_a_sum_estimated_to_be_worth_is_about() -> None:
    lead = "Kent Police arrested 40 people during a county lines week. "
    for sentence in (
        "Officers seized drugs estimated to be worth £5.8m.",
        "The cocaine, thought to be worth £5.8m, was found in a lorry.",
        "Cannabis believed to be worth £5.8m was recovered.",
    ):
        text = f" date 2025-11-20 Drug raids\n\n{lead}{sentence}\n"
        stats = checked_report(text, topic_check=False).statistics
        got = {(s.metric.value, s.value, s.qualifier.value) for s in stats}
        assert ("drugs_value", 5800000, "about") in got, sentence
    text = f" date 2025-11-20 Drug raids\n\n{lead}Drugs worth £5.8m were seized.\n"
    got = {(s.metric.value, s.value, s.qualifier.value) for s in checked_report(text).statistics}
    assert ("drugs_value", 5800000, "exact") in got


# -- a named charity or project as the one who supported people: a partner's outcome --------


def test_people_supported_by_a_named_organisation_are_a_partners() -> None:
    lead = "Officers arrested 30 people and safeguarded 12 vulnerable adults during the week. "
    for sentence in (
        "Burton YMCA said it had supported nine young people referred during the week.",
        "Safe Harbour Leeds supported nine young people over the past year.",
        "The Open Door Project has supported nine teenagers since the summer.",
    ):
        found = _figures(lead + sentence)
        assert ("safeguarded", 9) not in found, sentence
        assert ("safeguarded", 12) in found, sentence
    for sentence in (
        "Kent Police supported nine young people at risk of exploitation.",
        "Operation Larch officers supported nine young people.",
        "The team supported nine young people at risk.",
    ):
        assert ("safeguarded", 9) in _figures(lead + sentence), sentence


# -- a running total the figures rise to: "The week's arrests take the total ... to 112" -----


def test_a_metric_risen_to_a_number_is_that_metric() -> None:
    lead = "Officers made 31 arrests during the week of action. "
    for sentence in (
        "The week's arrests take the total for Operation Larch, which began in April, to 112.",
        "The arrests bring the operation's total to 112.",
        "Arrests under the operation have now climbed to 112.",
        "Arrests linked to county lines rose to 112 over the year.",
    ):
        assert ("arrests", 112) in _figures(lead + sentence), sentence
    assert ("warrants", 40) in _figures(lead + "Warrants executed this year have risen to 40.")
    # a rise to a time or an age is no count
    assert ("arrests", 6) not in _figures(lead + "The arrests were made from 5am to 6.")


def test_a_count_in_a_year_is_no_fraction() -> None:
    lead = "Officers made 31 arrests during the week of action. "
    for sentence in (
        "Arrests linked to county lines rose to 286 in 2025/26, from 231 the year before.",
        "Officers closed 286 lines in 2025, the force said.",
    ):
        assert any(v == 286 for _, v in _figures(lead + sentence)), sentence
    assert not any(v == 1 for _, v in _figures(lead + "One in 10 of those arrested was a girl."))


def test_a_count_in_an_earlier_year_is_background() -> None:
    lead = "Cheshire Police closed 74 lines in the year to March 2026. "
    body = (
        "The force closed 41 lines in 2022/23, 52 in 2023/24 and 63 in 2024/25. "
        "Arrests rose to 286 in 2025/26, from 231 the year before. Officers made 90 arrests "
        "in 2024."
    )
    found = _dated_figures("2026-11-20", lead + body)
    assert not {v for _, v in found} & {41, 52, 63, 231, 90}
    assert ("arrests", 286) in found
    assert ("lines_closed", 74) in found
