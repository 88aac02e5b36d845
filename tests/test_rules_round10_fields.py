"""Rules backend, round 10 (everything but scope): figures read when they should not be.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.testing.rules import checked_report


def _figures(body: str) -> set[tuple[str, float]]:
    text = f" date 2025-06-02 Drug raids\n\n{body}\n"
    return {(s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics}


# -- an earlier week named with a possessive: "the force's last week of action" ------------


def test_an_earlier_week_named_with_a_possessive_is_background() -> None:
    lead = "Kent Police arrested 40 people during a week of action. "
    assert ("arrests", 31) not in _figures(
        lead + "The county's previous week of action, in March, led to 31 arrests."
    )
    assert ("arrests", 31) not in _figures(
        lead + "Officers said last year's week of action in the town produced 31 arrests."
    )
    assert ("lines_closed", 6) not in _figures(
        lead + "Last spring's crackdown closed six deal lines, the force said."
    )
    assert ("arrests", 40) in _figures(lead + "Kent's last week of action led to 31 arrests.")
    assert ("arrests", 31) not in _figures(lead + "Kent's last week of action led to 31 arrests.")


# -- "three other men were jailed for between ...": individual sentences of a total -------


def test_the_other_defendants_jailed_are_part_of_the_total() -> None:
    lead = "Six men have been jailed for a total of 40 years. The leader was jailed for ten years. "
    assert ("people_jailed", 3) not in _figures(
        lead + "Three other men were jailed for between four and six years each."
    )
    assert ("people_jailed", 4) not in _figures(
        lead + "The four other defendants received sentences of between two and five years."
    )
    assert ("people_jailed", 2) not in _figures(
        lead + "Two others were each jailed for three years."
    )
    assert ("people_jailed", 6) in _figures(lead)
    assert ("people_jailed", 2) in _figures(
        "Two other men were jailed for a combined seven years."
    )  # a total of their own, not terms one by one


# -- the genre is drug supply: personal use, driving and history are outside it ------------


def _all_figures(body: str) -> set[tuple[str, float]]:
    text = f" date 2025-06-02 Police news\n\n{body}\n"
    return {(s.metric.value, s.value) for s in checked_report(text).statistics}


def test_drug_driving_and_festival_possession_are_outside_the_genre() -> None:
    assert not _all_figures(
        "Officers arrested 150 motorists during the summer drink and drug-driving campaign. "
        "Roadside tests found cannabis in 40 drivers and cocaine in 12."
    )
    assert not _all_figures(
        "Twelve people were arrested at the weekend's music festival, most for possessing small "
        "amounts of cannabis and ketamine, police said. Drugs were seized at the gates."
    )
    assert not _all_figures(
        "A football fan was arrested after cocaine was found in his pocket at the stadium. "
        "Police seized two wraps and he was charged with possession."
    )


def test_a_supply_story_without_county_lines_stays_in_the_genre() -> None:
    assert ("arrests", 4) in _all_figures(
        "Officers arrested four men suspected of dealing heroin in Hull and seized £2,000."
    )
    assert ("arrests", 6) in _all_figures(
        "Six people were arrested on suspicion of supplying cocaine after raids in Leeds."
    )
    assert ("warrants", 3) in _all_figures(
        "Detectives executed three warrants against a gang selling crack cocaine in Derby."
    )
    assert ("arrests", 2) in _all_figures(
        "Officers raided a flat in Ipswich and arrested two men after finding heroin."
    )
    assert ("arrests", 5) in _all_figures(
        "Police arrested five people and seized cocaine and cannabis during a week of action."
    )
    assert ("cash_seized", 4000) in _all_figures(
        "The search of the house also uncovered 2kg of cocaine and £4,000 in cash."
    )


def test_a_four_digit_count_is_no_year_of_history() -> None:
    assert ("arrests", 1500) in _all_figures(
        "Forces made a total of 1500 arrests in the county lines week from 1200 last year."
    )


def test_an_exhibition_about_centuries_old_smuggling_is_history() -> None:
    assert not _all_figures(
        "A museum display tells how excise men made the arrests of 9 smugglers in 1790 and "
        "seized 40 barrels of gin and opium 'drugs' carried across county lines."
    )
    assert not _all_figures(
        "Records from between 1820 and 1850 show the arrests of 30 men for dealing in "
        "contraband drugs along the coast, the historian said."
    )


# -- "Two women who had let the gang use their flats were given suspended sentences" -------


def test_suspended_sentences_after_a_relative_clause_are_counted_apart() -> None:
    lead = "Five men were jailed for a total of 30 years. "
    for tail in (
        "Two women who had let the gang use their flats were given suspended sentences.",
        "Three men who stored drugs for the dealers received suspended jail sentences.",
        "Two teenagers who had acted as runners were handed suspended sentences.",
    ):
        got = _figures(lead + tail)
        assert any(m == "other" and v in (2, 3) for m, v in got), tail
        assert ("people_jailed", 5) in got


# -- businesses briefed are outreach; the addresses a find came from are no visits ---------


def test_licensed_or_business_premises_visited_are_outreach() -> None:
    assert ("outreach", 47) in _figures(
        "Officers also visited 47 licensed premises to brief staff on the signs of exploitation."
    )
    assert ("outreach", 20) in _figures(
        "Police called at 20 business premises in the town centre to talk to owners."
    )
    assert ("addresses_visited", 47) not in _figures(
        "Teams visited 47 licensed premises across the city during the week."
    )
    assert ("addresses_visited", 40) in _figures(
        "Officers visited 40 addresses linked to cuckooing."
    )


def test_the_addresses_a_find_came_from_are_no_visits() -> None:
    lead = "Kent Police arrested 12 people. "
    for tail in (
        "About 250g of heroin was recovered from two addresses near the seafront.",
        "Cocaine and cash were found at three addresses in the town.",
        "Officers seized £4,000 from two properties on the estate.",
    ):
        got = _figures(lead + tail)
        assert not any(m == "addresses_visited" for m, _ in got), tail
    assert ("warrants", 4) in _figures(lead + "Officers raided four addresses in the town.")


# -- a partner "that works alongside the force" is still the partner ----------------------


def test_a_partner_working_alongside_police_reports_its_own_outcome() -> None:
    lead = "Kent Police arrested 12 people. "
    assert ("outreach", 14) not in _figures(
        lead + "Staff from Safe Steps, a youth charity that works alongside the force, said they "
        "had spoken to 14 young people."
    )
    assert ("safeguarded", 20) not in _figures(
        lead + "A charity working with police said it had supported 20 young people."
    )
    assert ("safeguarded", 9) in _figures(
        lead + "Officers working with the charity safeguarded nine children."
    )


# -- a list of other stories under "Related news" is clutter -------------------------------


def test_a_related_news_list_gives_no_figures_or_places() -> None:
    for header in ("Related news", "Also in the news", "Related internet links"):
        text = (
            " date 2025-06-02 County lines week\n\nKent Police arrested 12 people during a week "
            "of action against county lines dealing in Dover.\n\n"
            f"{header}\nFive charged after stop on the A2 near Canterbury\n"
            "Appeal after burglary at Folkestone shop\n"
        )
        report = checked_report(text)
        assert {(s.metric.value, s.value) for s in report.statistics} == {("arrests", 12)}, header
        assert "Folkestone" not in report.locations and "A2" not in report.locations, header


# -- "£4,300 was seized from the three": a bare count after an amount is no amount ---------


def test_a_bare_count_after_an_amount_is_not_pounds() -> None:
    for body, wrong in (
        ("Officers arrested three people. Around £4,300 was seized from the three.", 3),
        ("Police arrested two men. Cocaine worth £8,000 was found on the two.", 2),
        ("Officers stopped four teenagers and seized £900 from the four.", 4),
    ):
        got = _figures(body)
        assert not any(v == wrong and m != "arrests" for m, v in got), body
    got = _figures("Officers seized £3,000 in Dover and £1,500 in Deal.")
    assert {("cash_seized", 3000), ("cash_seized", 1500)} <= got


# -- a page's title lines (masthead, headline, standfirst, byline) are never evidence -------


def test_figures_in_a_pages_title_lines_are_not_statistics() -> None:
    for lead in (
        "THE WEALD TIMES\nNews > Crime\n\nPolice make 31 arrests in Maidstone crackdown\n\n"
        "Story by Sam Reeve | 3 Jun 2025\n\n",
        "Menu  Search\n\nCrime & Courts\n\n31 held as Kent force targets drug lines\n\n"
        "The force says it shut down seven deal lines in the past week\n\n",
    ):
        text = (
            f" date 2025-06-02 {lead}Kent Police arrested 28 people during a week of action "
            "against county lines dealing. Officers also closed four deal lines.\n"
        )
        got = {(s.metric.value, s.value) for s in checked_report(text).statistics}
        assert got == {("arrests", 28), ("lines_closed", 4)}, lead


def test_a_hard_wrapped_first_line_of_prose_is_no_title() -> None:
    """A lead wrapped at a fixed width ends its first line without a stop; the lower-case line
    below it goes on with the sentence, so it is prose, not a title line (merge fix)."""
    for wrapped in (
        "Officers from Kent Police arrested 18 people during a week of action\nagainst "
        "drug dealers.",
        "Kent Police arrested 18 people during a week of\naction against county lines gangs.",
        "Kent Police arrested 18 people in a week-long crackdown on drug\n  dealing in Maidstone "
        "and Dover.",
        "Officers in Kent arrested 18 people and seized about\n£40,000 in cash during a week of "
        "action against county lines gangs.",
        "Eighteen people were arrested during a fortnight-long crackdown on drug dealing in "
        "west\nKent, police have said.",
    ):
        text = (
            f" date 2025-06-02 Raids across Kent\n\n{wrapped}\n\n"
            "Officers also closed four deal lines.\n"
        )
        got = {(s.metric.value, s.value) for s in checked_report(text).statistics}
        assert ("arrests", 18) in got, wrapped
        assert ("lines_closed", 4) in got, wrapped


# -- "Two of the people arrested in Dover ... have since been charged": charged, not arrests -


def test_a_part_of_those_arrested_counts_by_its_finite_verb() -> None:
    lead = "Kent Police arrested 12 people. "
    for tail, n in (
        (
            "Two of the people arrested in Dover were found with cocaine in a car and have since "
            "been charged.",
            2,
        ),
        ("Four of the men arrested at the flat have been charged.", 4),
        ("Two of those held in Deal were found with 1.5kg of heroin and have been charged.", 2),
        ("Three of those detained in Deal were later charged with supplying cocaine.", 3),
    ):
        got = _figures(lead + tail)
        assert ("charged", n) in got and ("arrests", n) not in got, tail
    got = _figures(lead + "Two of those arrested were released and three have been charged.")
    assert ("charged", 2) not in got and ("charged", 3) in got


# -- a running total over years of work is background -------------------------------------


def test_a_total_since_years_ago_is_background() -> None:
    lead = "Kent Police arrested 12 people during the week of action. "
    got = _figures(
        lead + '"Since we began targeting the lines two years ago, we have closed 63 of them '
        'and arrested more than 250 people," he said.'
    )
    assert got == {("arrests", 12)}
    got = _figures(lead + "The force has arrested 400 people since it set up its team 3 years ago.")
    assert got == {("arrests", 12)}
    assert ("arrests", 60) in _figures(
        lead + "Since Operation Hawk began in March, 60 people have been arrested."
    )


# -- "More than half of those arrests - 23 - were made in Hull": a share told in dashes -----


def test_a_share_told_between_dashes_takes_the_metric_it_names() -> None:
    got = _figures(
        "Police arrested 41 people. More than half of those arrests - 23 - were made in Hull, "
        "with 11 in Grimsby."
    )
    assert {("arrests", 23), ("arrests", 11)} <= got
    assert ("arrests", 9) in _figures(
        "Kent Police arrested 30 people. Nearly a third of the arrests - nine - were in Dover."
    )
    assert ("lines_closed", 8) in _figures(
        "Kent Police closed 12 deal lines. Most of the lines closed - eight - were run from London."
    )


# -- "at Liverpool Street station": a street's or a station's name is no town or area ------


def test_a_street_named_after_a_town_and_its_station_are_no_places() -> None:
    for body in (
        "City of London Police arrested nine people at Fenchurch Street and Moorgate stations "
        "during a week of action against county lines.",
        "City of London Police officers arrested three people at Liverpool Street station "
        "during a week of action against county lines.",
        "During a county lines week, City of London Police arrested four men outside "
        "Cannon Street station.",
    ):
        report = checked_report(f" date 2025-06-02 County lines week\n\n{body}\n")
        assert not {"Liverpool", "Liverpool Street", "Fenchurch Street", "Cannon Street"} & set(
            report.locations
        ), body
        assert all(s.area == "City of London" for s in report.statistics), body


def test_a_list_of_figures_without_bullets_is_no_title() -> None:
    for sep in ("\n\n", "\n"):
        lines = sep.join(("29 arrests", "£40,000 cash seized", "Seven deal lines closed"))
        text = (
            f" date 2025-06-02 Operation Hawk: the week in numbers\n\n{lines}\n\n"
            "Kent Police said the week of action against county lines had been a success.\n"
        )
        got = {(s.metric.value, s.value) for s in checked_report(text).statistics}
        assert {("arrests", 29), ("cash_seized", 40000), ("lines_closed", 7)} <= got, sep


# -- "closed three lines, one of which had been run from Leicester": one line's origin ------


def test_one_of_the_lines_closed_by_its_origin_is_a_share() -> None:
    for body in (
        "Officers in Corby closed three deal lines, one of which had been run from Leicester.",
        "Kent Police shut four county lines, one of them run out of south London.",
        "The force closed five lines this week, one of which was operated from Liverpool.",
    ):
        assert ("lines_closed", 1) in _figures(body), body
    got = _figures("Officers executed 12 warrants, one of which led to a cannabis farm.")
    assert ("warrants", 1) not in got
