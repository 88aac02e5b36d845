"""Rules backend, round 3: figures phrased in ways the earlier rules did not know.

Each test is a sentence or a short article written for these tests (none is
taken from a seed, dev or holdout article); each states one rule a reader of
county lines reporting would give.
"""

from __future__ import annotations

from extractor.testing.rules import checked_report as report


def keys(text: str) -> set[tuple[str, str, float]]:
    return {(s.metric.value, s.area, s.value) for s in report(text).statistics}


TRANSPOSED = """ date 2025-03-14 West Mercia and Warwickshire close nine lines in a week of action

The two forces ran a joint county lines week. Their results, side by side:

                 Hereford   Worcester   Warwick   Force total
Arrests                 6          11         4            21
Lines closed            2           4         3             9
Cash seized (£)     1,200       8,450       300         9,950

Officers said the work would go on.
"""


def test_transposed_table_reads_areas_across_the_top_and_metrics_down_the_side() -> None:
    """A table may name the areas in its header row and the metrics down its first column."""
    got = keys(TRANSPOSED)
    assert {
        ("arrests", "Hereford", 6),
        ("arrests", "Worcester", 11),
        ("arrests", "Warwick", 4),
        ("lines_closed", "Worcester", 4),
        ("cash_seized", "Hereford", 1200),
        ("cash_seized", "Warwick", 300),
    } <= got
    assert not any(area in {"Force total", "West Mercia"} and v == 6 for _, area, v in got)


def test_a_share_named_with_a_possessive_is_filed_under_its_town() -> None:
    """ "Twelve of its arrests were in Preston": a part of the force's figure, the town's."""
    text = (
        " date 2025-06-10 Lancashire Police make 30 arrests\n\n"
        "Lancashire Police arrested 30 people during a county lines week. "
        "Twelve of its arrests were in Preston.\n\n"
        'Inspector Sam Hale said: "Nine of our arrests were in Burnley, where the lines run."\n'
    )
    got = keys(text)
    assert ("arrests", "Preston", 12) in got
    assert ("arrests", "Burnley", 9) in got
    assert ("arrests", "Lancashire", 30) in got


def test_a_share_of_a_period_s_figure_is_filed_under_its_town() -> None:
    """ "Of this week's arrests, 12 were in Preston" / "Eleven of last year's arrests ..."."""
    text = (
        " date 2025-06-10 Lancashire Police make 30 arrests\n\n"
        "Lancashire Police arrested 30 people during a county lines week. "
        "Of this week's arrests, 12 were in Preston. "
        "Fourteen of this year's arrests were in Blackburn.\n"
    )
    got = keys(text)
    assert ("arrests", "Preston", 12) in got
    assert ("arrests", "Blackburn", 14) in got


def test_a_share_of_the_visits_keeps_the_visits_metric() -> None:
    """ "Officers visited 50 addresses. Fourteen of the visits were in Burnley." """
    text = (
        " date 2025-06-10 Lancashire Police visit 50 addresses\n\n"
        "Lancashire Police visited 50 addresses linked to county lines during the week. "
        "Fourteen of the visits were in Burnley.\n"
    )
    got = keys(text)
    assert ("addresses_visited", "Burnley", 14) in got
    assert ("addresses_visited", "Lancashire", 50) in got


def stats(text: str) -> set[tuple[str, float, str]]:
    return {(s.metric.value, s.value, s.qualifier.value) for s in report(text).statistics}


LEAD = " date 2025-06-10 Suffolk Police county lines week\n\n"


def test_money_written_in_words_with_pounds_is_money() -> None:
    """ "forty-one thousand pounds in cash" is £41,000 of cash, as a figure in digits would be."""
    got = stats(LEAD + "Suffolk Police seized forty-one thousand pounds in cash during the week.\n")
    assert ("cash_seized", 41000, "exact") in got
    got = stats(
        LEAD + "Officers found just under eleven thousand pounds in cash at a flat in Ipswich.\n"
    )
    assert ("cash_seized", 11000, "nearly") in got
    got = stats(
        LEAD + "Officers recovered 2,500 pounds in cash and cannabis worth six thousand pounds.\n"
    )
    assert ("cash_seized", 2500, "exact") in got
    assert ("drugs_value", 6000, "exact") in got


def test_pounds_of_weight_are_no_money() -> None:
    """ "two pounds of cannabis" is a weight, never cash."""
    got = stats(LEAD + "Suffolk Police seized two pounds of cannabis from a car in Ipswich.\n")
    assert not any(m in ("cash_seized", "drugs_value") for m, _, _ in got)


NI = " date 2025-06-10 PSNI county lines week\n\n"
PPS = ("other", "people reported to the public prosecution service")


def labelled(text: str) -> set[tuple[str, str | None, float]]:
    return {(s.metric.value, s.label, s.value) for s in report(text).statistics}


def test_people_reported_to_the_public_prosecution_service_are_other_not_charged() -> None:
    """In Northern Ireland a file to the PPS stands in for a charge: its own `other` count."""
    got = labelled(
        NI + "Ten people were charged and three others were reported to the Public "
        "Prosecution Service.\n"
    )
    assert ("charged", None, 10) in got
    assert (*PPS, 3) in got
    assert not any(m == "charged" and v == 3 for m, _, v in got)
    got = labelled(NI + "Seven people have been reported to the Public Prosecution Service.\n")
    assert (*PPS, 7) in got
    got = labelled(
        NI + "Officers charged 12 people, with a further four reported to the Public "
        "Prosecution Service.\n"
    )
    assert (*PPS, 4) in got


def test_an_aside_about_the_youngest_does_not_hide_the_verb() -> None:
    """ "Four children, the youngest just 13, were safeguarded": the verb after the aside."""
    got = stats(
        LEAD + "Four children, the youngest just 13, were found at the flat and safeguarded.\n"
    )
    assert ("safeguarded", 4, "exact") in got


def test_closure_orders_on_homes_are_closure_orders_not_visits() -> None:
    """ "closure orders on three properties" counts closure orders (`other`), not visits."""
    got = labelled(
        LEAD + "Officers visited 30 addresses and applied for closure orders on three "
        "properties in Ipswich.\n"
    )
    assert ("other", "closure orders", 3) in got
    assert ("addresses_visited", None, 30) in got
    assert not any(m == "addresses_visited" and v == 3 for m, _, v in got)
    got = labelled(LEAD + "Magistrates granted closure orders on two flats in Lowestoft.\n")
    assert ("other", "closure orders", 2) in got
    got = labelled(LEAD + "The force secured four closure orders in the town.\n")
    assert ("other", "closure orders", 4) in got


def test_a_closure_order_on_one_home_is_one_closure_order() -> None:
    got = labelled(LEAD + "A closure order has been granted on one house in Lowestoft.\n")
    assert ("other", "closure orders", 1) in got


def test_a_span_of_time_between_a_figure_and_its_share_does_not_break_the_share() -> None:
    """ "Nine people were arrested over the three days, five of them in Ipswich"."""
    got = keys(
        LEAD + "Suffolk Police ran a county lines operation. Nine people were arrested over "
        "the three days, five of them in Ipswich.\n"
    )
    assert ("arrests", "Ipswich", 5) in got


def test_money_a_search_turned_up_is_cash() -> None:
    """ "a search turned up 200g of cocaine and £1,800": found money is seized cash."""
    got = stats(LEAD + "A search in Ipswich turned up 200g of cocaine and a further £1,800.\n")
    assert ("cash_seized", 1800, "exact") in got
    got = stats(
        LEAD + "Officers searching a flat in Ipswich discovered £4,250 hidden in a shoebox.\n"
    )
    assert ("cash_seized", 4250, "exact") in got


def test_one_as_a_pronoun_is_no_figure() -> None:
    """ "an easy one", "the last one": "one" standing for a noun already said is no count."""
    got = stats(
        LEAD + 'He said: "Twenty arrests over two weeks tells them this county is not an '
        'easy one."\n'
    )
    assert not any(v == 1 for _, v, _ in got)
    got = stats(LEAD + "Five people were charged on Monday and a further one on Tuesday.\n")
    assert ("charged", 1, "exact") in got


def test_cash_found_in_an_investigation_is_no_investment() -> None:
    """ "investigation" is no "investment": the money after it is seized cash."""
    got = stats(
        LEAD + "During the investigation, officers found £8,400 in cash at a flat in Ipswich.\n"
    )
    assert ("cash_seized", 8400, "exact") in got


def test_a_quote_that_opens_on_last_year_gives_last_year_s_figures() -> None:
    """'He said: "Last year we closed 9 lines ..."': an earlier period, no statistic."""
    got = stats(
        LEAD + 'Inspector Ann Cole said: "Last year we closed 9 lines and it was not enough."\n'
    )
    assert ("lines_closed", 9, "exact") not in got


def test_lines_thought_to_be_operating_are_not_closed() -> None:
    """ "Around 800 lines are thought to be operating": an estimate of the trade, not a result."""
    got = stats(
        LEAD + "Around 800 lines are thought to be operating in the region at any one time.\n"
    )
    assert not any(m == "lines_closed" for m, _, _ in got)


def test_katanas_are_a_weapon_type() -> None:
    got = labelled(LEAD + "Officers seized three katanas and a machete from a flat in Ipswich.\n")
    assert ("other", "katanas", 3) in got


def test_over_a_number_of_evenings_is_a_span_of_time() -> None:
    """ "12 arrests over two evenings": "over two" is no "more than two" arrests."""
    got = stats(
        LEAD + "A joint operation at Ipswich station led to 12 arrests over two evenings.\n"
    )
    assert ("arrests", 12, "exact") in got
    assert not any(v == 2 for _, v, _ in got)


def test_knocking_on_doors_is_visiting_addresses() -> None:
    got = stats(LEAD + '"We knocked on 35 doors in Felixstowe this week," said Sgt Amy Ward.\n')
    assert ("addresses_visited", 35, "exact") in got


def test_people_who_face_offences_are_charged_with_them() -> None:
    """ "The three men face a total of 9 offences between them": offences charged."""
    got = labelled(LEAD + "The three men face a total of 9 offences between them.\n")
    assert ("other", "offences charged", 9) in got
    got = labelled(LEAD + "The pair are facing 11 drugs offences.\n")
    assert ("other", "offences charged", 11) in got


def test_a_ranking_of_towns_gives_each_town_its_figure() -> None:
    """ "Ipswich saw the most arrests, with 14, followed by Lowestoft with 9"."""
    got = keys(
        LEAD + "Suffolk Police arrested 40 people in the week. Ipswich saw the most arrests, "
        "with 14, followed by Lowestoft with 9.\n"
    )
    assert ("arrests", "Ipswich", 14) in got
    assert any(m == "arrests" and v == 9 for m, _, v in got)  # its area is the scope stage's


def test_including_a_number_run_into_a_town_is_that_town_s_share() -> None:
    """ "12 lines were closed, including four run into Ipswich from London"."""
    got = keys(
        LEAD + "Separately, 12 lines were closed by the force, including four run into "
        "Ipswich from London.\n"
    )
    assert ("lines_closed", "Ipswich", 4) in got


def test_a_part_of_a_restated_total_takes_the_total_s_noun() -> None:
    """ "seven of the 30 lines closed were run from Ipswich": 7 lines, not 30 in Ipswich."""
    got = keys(
        LEAD + "Suffolk Police closed 30 deal lines and arrested 41 people. In Lowestoft, 11 "
        "people were arrested, while seven of the 30 lines closed were traced to "
        "addresses in Ipswich.\n"
    )
    assert ("lines_closed", "Ipswich", 7) in got
    assert not any(m == "arrests" and v == 7 for m, _, v in got)
    assert not any(v == 30 and a == "Ipswich" for _, a, v in got)


def test_a_part_named_as_a_kind_takes_the_kind_s_metric() -> None:
    """ "Nine of the weapons were knives": knives seized, not weapons."""
    got = stats(
        LEAD + "Officers seized 20 weapons during the week. Nine of the weapons were knives.\n"
    )
    assert ("knives_seized", 9, "exact") in got
    assert ("weapons_seized", 9, "exact") not in got


def test_sim_cards_are_counted_items() -> None:
    got = labelled(LEAD + "Officers recovered 45 SIM cards from a flat in Ipswich.\n")
    assert ("other", "sim cards", 45) in got


def test_homes_only_suspected_of_being_cuckooed_are_the_visits() -> None:
    """ "visited 40 homes that intelligence suggested had been cuckooed": 40 visits."""
    got = labelled(
        LEAD + "Officers visited 40 homes in the town that intelligence suggested had "
        "been cuckooed.\n"
    )
    assert ("addresses_visited", None, 40) in got
    assert not any(m == "other" for m, _, _ in got)


def test_outreach_label_keeps_a_pair_of_groups() -> None:
    got = labelled(LEAD + "Officers spoke to more than 200 taxi drivers and hotel workers.\n")
    assert ("outreach", "taxi drivers and hotel workers", 200) in got


def test_what_seized_drugs_would_have_sold_for_is_their_value() -> None:
    """ "which would have sold for around £90,000": a counterfactual past, the drugs' value."""
    got = labelled(
        LEAD + "Officers seized 1.1kg of cocaine, which the force estimates would have "
        "sold for around £90,000.\n"
    )
    assert ("drugs_value", "cocaine", 90000) in got


def test_a_figure_whose_own_clause_says_last_year_is_last_year_s() -> None:
    """'"The 30 children we supported last year still call us"': an earlier year's figure."""
    got = stats(
        LEAD + 'Officers safeguarded 18 children this week. Sgt Roy Dunn said: "The 30 '
        'children we supported last year still call us."\n'
    )
    assert ("safeguarded", 18, "exact") in got
    assert ("safeguarded", 30, "exact") not in got


OFF_GENRE = """ date 2025-09-12 Week of action against bike thefts

Suffolk Police ran a week of action against bicycle thefts from Monday 1 to Sunday 7 September
under Operation Spokewheel, arresting six people and recovering 40 stolen bikes.

"Thieves should know we are watching the racks," said Inspector Lee Barr.
"""


def test_an_article_outside_the_genre_has_no_operation_and_no_week_of_action() -> None:
    """Guideline 8: outside county lines, no operation names, week of action or period."""
    out = report(OFF_GENRE)
    assert out.statistics == []
    assert out.operation_names == []
    assert out.week_of_action is False
    assert out.period_start is None and out.period_end is None
    assert out.quotes  # quotes are still recorded


def test_an_operation_name_does_not_run_over_a_line_break() -> None:
    """A headline ending "Operation Kestrel" and a paragraph starting "Neighbourhood": one word."""
    text = (
        " date 2025-06-10 Results from Operation Kestrel\n\nNeighbourhood officers in Suffolk "
        "arrested 12 people in a county lines week of action.\n"
    )
    assert report(text).operation_names == ["Operation Kestrel"]


def test_a_fortnight_of_activity_is_a_week_of_action() -> None:
    """ "ran for a fortnight", "a fortnight against cuckooing": time-boxed like a week."""
    base = " date 2025-06-10 Suffolk Police county lines results\n\n"
    for phrase in (
        "Operation Lantern ran for a fortnight and officers made 20 arrests in county lines raids.",
        "Ipswich's fortnight against cuckooing saw 20 drug dealers arrested.",
        "Officers arrested 20 people in a fortnight of action against county lines drug gangs.",
    ):
        assert report(base + phrase + "\n").week_of_action is True, phrase
    later = (
        "A drug dealer was arrested and a fortnight later he was charged with supplying cocaine."
    )
    assert report(base + later + "\n").week_of_action is False


def test_a_search_on_a_stated_day_is_a_one_day_period() -> None:
    """ "The search on Thursday 9 July also uncovered 2kg of cocaine": the day it happened."""
    out = report(
        " date 2026-07-12 Cocaine found in Ipswich flat\n\nThe search on Thursday 9 July "
        "also uncovered 2kg of cocaine and £4,000 in cash.\n"
    )
    assert (str(out.period_start), str(out.period_end)) == ("2026-07-09", "2026-07-09")


def test_raids_on_consecutive_stated_days_span_a_period() -> None:
    """ "on Monday 6 July ... On Tuesday 7 July": raids over two days, the period runs across."""
    out = report(
        " date 2026-07-10 Raids in Suffolk\n\nOfficers raided a house in Ipswich on Monday "
        "6 July and seized 1kg of cocaine.\n\nOn Tuesday 7 July, officers raided a flat in "
        "Lowestoft and arrested two men.\n"
    )
    assert (str(out.period_start), str(out.period_end)) == ("2026-07-06", "2026-07-07")


def quotes_of(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(q.speaker, q.role, q.organisation, q.text[:20]) for q in report(text).quotes]


def test_a_speaker_of_the_regional_unit_is_quoted_for_that_unit() -> None:
    """ "DI Ann Lowe of the regional unit said: ...": the region's organised crime unit."""
    text = (
        " date 2025-06-10 Eastern region county lines week\n\nThe Eastern Region Special "
        "Operations Unit said 90 people were arrested across the region.\n\n"
        'Detective Inspector Ann Lowe of the regional unit said: "Every force in the region '
        'played its part this week."\n'
    )
    got = quotes_of(text)
    assert got and got[0][:3] == (
        "Ann Lowe",
        "Detective Inspector",
        "Eastern Region Special Operations Unit",
    )


def test_she_said_after_a_paragraph_naming_the_officer_is_hers() -> None:
    """An officer named in a sentence of her own, then quoted as "she said": her quotes."""
    text = (
        " date 2025-06-10 Ipswich officer on a county lines week\n\n"
        "Inspector Rachel Dunn spoke to the Star as the week ended.\n\n"
        '"We made 14 arrests in the town, and every one of them mattered," she said.\n\n'
        '"Three lines were shut down and that will be felt."\n\n'
        'She added: "The work goes on."\n'
    )
    got = quotes_of(text)
    assert [q[0] for q in got] == ["Rachel Dunn"] * 3
    assert got[0][1] == "Inspector"


def test_a_quoted_figure_keeps_the_article_s_town_inside_the_speaker_s_force() -> None:
    """A Suffolk officer's quoted figure in a story about Ipswich's week stays Ipswich's."""
    text = (
        " date 2025-06-10 Ipswich officer on the town's county lines week\n\n"
        "The officer who led Suffolk Constabulary's county lines week in Ipswich says it went "
        "well.\n\nInspector Rachel Dunn spoke to the Star as the week ended.\n\n"
        '"We made 14 arrests here in Ipswich," she said.\n\n'
        '"Three lines were shut down, and that will be felt."\n'
    )
    got = keys(text)
    assert ("lines_closed", "Ipswich", 3) in got


def test_a_speaker_named_by_surname_is_the_person_named_in_full_before() -> None:
    """'"...," said Dunn.' after "Inspector Rachel Dunn led the raids": Rachel Dunn, Inspector."""
    text = (
        " date 2025-06-10 Ipswich raids\n\nInspector Rachel Dunn led the raids on six "
        "addresses in Ipswich, where officers arrested nine people.\n\n"
        '"We had been watching these addresses for months," said Dunn.\n'
    )
    got = quotes_of(text)
    assert got and got[0][:2] == ("Rachel Dunn", "Inspector")


def test_a_weapon_is_listed_in_the_words_it_is_written_in() -> None:
    """Guideline 4: weapons "as written": a "knuckleduster" stays one word."""
    out = report(LEAD + "Officers seized a knuckleduster and a knife from a drug dealer's flat.\n")
    assert "knuckleduster" in out.weapons
    out = report(LEAD + "Officers seized a knuckle duster and a knife from a drug dealer's flat.\n")
    assert "knuckle duster" in out.weapons


def test_weapons_taken_off_the_streets_are_seized() -> None:
    out = report(
        LEAD + "Officers arrested 12 people and took nine knives and a machete off the streets.\n"
    )
    assert {"knife", "machete"} <= set(out.weapons)


def test_a_drug_named_as_the_largest_find_is_seized() -> None:
    out = report(
        LEAD + "Officers made 12 arrests. The largest single find, 2.1 kilos of herbal "
        "cannabis, was made at a farm near Ipswich.\n"
    )
    assert "cannabis" in out.drugs


def test_what_drugs_would_be_sold_as_is_not_a_seized_drug() -> None:
    """ "26kg of Class A ... would have been sold as crack and cocaine": the class only."""
    out = report(
        LEAD + "More than 20kg of Class A drugs were seized. He said the drugs recovered "
        "would have been cut and sold as crack and powder cocaine.\n"
    )
    assert out.drugs == ["class a"]


def test_a_force_written_under_its_fuller_formal_name_is_listed_so() -> None:
    """ "Hampshire and Isle of Wight Constabulary": the full name the article gives."""
    out = report(
        LEAD + "Hampshire and Isle of Wight Constabulary arrested 30 people in a county "
        "lines week.\n"
    )
    assert "Hampshire and Isle of Wight Constabulary" in out.agencies
    out = report(LEAD + "Hampshire police arrested 30 people in a county lines week.\n")
    assert "Hampshire Constabulary" in out.agencies


def test_of_those_opening_a_sentence_labels_a_group_of_the_last_figure() -> None:
    """ "40 vulnerable people were safeguarded. Of those, 22 were under 18.": a labelled part."""
    got = labelled(
        LEAD + "Officers safeguarded 40 vulnerable people. Of those, 22 were under 18, "
        "the youngest a boy of 12.\n"
    )
    assert ("safeguarded", None, 40) in got
    assert ("safeguarded", "under 18", 22) in got
    got = labelled(LEAD + "Officers arrested 30 people. Of them, nine were teenagers.\n")
    assert ("arrests", "teenagers", 9) in got


def test_taken_into_custody_is_an_arrest() -> None:
    got = stats(LEAD + "The week of action resulted in 45 people being taken into custody.\n")
    assert ("arrests", 45, "exact") in got


def test_a_bare_number_with_an_adverb_and_a_participle() -> None:
    """ "arrested 14 people, with 9 subsequently charged": 9 charged."""
    got = stats(LEAD + "Police arrested 14 people, with 9 subsequently charged.\n")
    assert ("charged", 9, "exact") in got


def test_properties_searched_under_warrant_are_warrants() -> None:
    got = stats(LEAD + "Twenty-five properties were searched under warrant during the week.\n")
    assert ("warrants", 25, "exact") in got
    assert ("addresses_visited", 25, "exact") not in got


def test_vehicles_stopped_are_not_seized() -> None:
    """ "stopped 40 vehicles": checks, not seizures."""
    got = stats(LEAD + "Roads officers stopped 40 vehicles on the A14 and arrested six people.\n")
    assert not any(m == "vehicles_seized" for m, _, _ in got)
    got = stats(LEAD + "Officers seized 4 vehicles and arrested six people.\n")
    assert ("vehicles_seized", 4, "exact") in got


def test_according_to_a_named_officer_attributes_the_quote() -> None:
    text = (
        LEAD + "Suffolk Police arrested 30 people in a county lines week.\n\n"
        'According to Superintendent Ray Lee, "the gangs running lines into Ipswich are on '
        'notice."\n'
    )
    got = quotes_of(text)
    assert got and got[0][:2] == ("Ray Lee", "Superintendent")


def test_a_place_beside_a_count_in_a_quote_is_a_location() -> None:
    """'"We made nine arrests in Lowestoft and Beccles"': sites of the activity, though quoted."""
    text = (
        LEAD + "Suffolk Police arrested 30 people in a county lines week.\n\n"
        'Inspector Ann Cole said: "We made nine arrests in Lowestoft and Beccles alone."\n'
    )
    locations = report(text).locations
    assert "Lowestoft" in locations and "Beccles" in locations
    text = (
        LEAD + "Suffolk Police arrested 30 people in a county lines week.\n\n"
        'Inspector Ann Cole said: "I grew up in Beccles and I know these streets."\n'
    )
    assert "Beccles" not in report(text).locations


def test_people_released_are_no_figure_of_the_list_before() -> None:
    """ "eleven were charged and four were released under investigation": 4 is no charge."""
    got = stats(
        LEAD + "Fifteen people were arrested, eleven were charged and four were released "
        "under investigation.\n"
    )
    assert ("charged", 11, "exact") in got
    assert not any(v == 4 for _, v, _ in got)
    got = stats(LEAD + "Nine people were charged and three others were bailed.\n")
    assert not any(v == 3 for _, v, _ in got)


def test_the_noun_of_the_figure_before_is_not_the_next_figure_s_verb() -> None:
    """ "63 arrests, 31 people charged": "arrests," ends the last item, 31 are charged."""
    got = stats(
        LEAD + "The operation resulted in 63 arrests, 31 people charged and 19 deal lines closed.\n"
    )
    assert ("charged", 31, "exact") in got
    assert ("arrests", 31, "exact") not in got


def test_activity_over_weeks_of_a_named_month_is_time_boxed() -> None:
    """ "For two weeks in January, officers went door to door": a time-boxed operation."""
    base = " date 2025-02-10 Ipswich county lines results\n\n"
    text = base + "For two weeks in January, officers targeting county lines arrested 30 people.\n"
    assert report(text).week_of_action is True
    text = (
        base
        + "Operation Falcon, which has run for two years, has led to 300 county lines arrests.\n"
    )
    assert report(text).week_of_action is False


def test_helped_before_another_verb_is_that_verb_s() -> None:
    """ "helped rehouse four tenants": the rehousing is the act, no safeguarding count."""
    got = stats(LEAD + "Officers arrested six people and helped rehouse four tenants.\n")
    assert not any(m == "safeguarded" for m, _, _ in got)
    got = stats(LEAD + "Officers helped safeguard 12 children during the week.\n")
    assert ("safeguarded", 12, "exact") in got


def test_young_people_now_working_with_us_are_safeguarded() -> None:
    """'"Nine young people, some as young as 13, are now working with us"': given support."""
    got = stats(
        LEAD + 'She said: "Nine young people, some as young as 13, are now working with '
        'us and with the youth offending team."\n'
    )
    assert ("safeguarded", 9, "exact") in got
    assert not any(v == 13 for _, v, _ in got)


def test_people_offered_help_are_safeguarded() -> None:
    got = stats(LEAD + "Officers offered support to 21 vulnerable adults during the week.\n")
    assert ("safeguarded", 21, "exact") in got
    got = stats(
        LEAD + 'He said: "Think of the 18 young people our officers sat down with and '
        'offered help."\n'
    )
    assert ("safeguarded", 18, "exact") in got
