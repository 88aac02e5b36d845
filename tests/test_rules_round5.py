"""Rules backend, round 5: figures that are no statistic, and metrics the earlier rules missed.

Each test is a sentence or a short article written for these tests (none is
taken from a seed, dev or holdout article); each states one rule a reader of
county lines reporting would give.
"""

from __future__ import annotations

from extractor.testing.rules import checked_report as report


def keys(text: str) -> set[tuple[str, float]]:
    return {(s.metric.value, s.value) for s in report(text).statistics}


def article(body: str) -> str:
    return " date 2025-05-20 Police close county lines in week of action\n\n" + body + "\n"


def test_one_after_a_preposition_places_a_find_and_counts_nothing() -> None:
    """ "At one address they found a sword": "one" picks out where, it counts no address."""
    got = keys(
        article(
            "Kent Police executed 11 warrants during the week of action. At one address in "
            "Dartford officers found a sword, and cash was recovered from one flat in Gravesend."
        )
    )
    assert ("warrants", 11) in got
    assert not any(v == 1 for _, v in got)


def test_a_sentence_opened_for_comparison_is_background() -> None:
    """ "For comparison, the first year saw 300 arrests": another period's figures."""
    got = keys(
        article(
            "Officers arrested 41 people during the week. "
            "For comparison, the scheme's opening year saw 260 arrests and 75 lines closed."
        )
    )
    assert ("arrests", 41) in got
    assert ("arrests", 260) not in got and ("lines_closed", 75) not in got


def test_the_first_week_set_off_by_a_past_time_is_an_earlier_event() -> None:
    """ "The first week, in early May, led to 19 arrests": an earlier, separate week."""
    got = keys(
        article(
            "Officers made 33 arrests during this week of action. The first week of action, "
            "in early May, led to 19 arrests and six closed lines. The first, last winter, "
            "ended with 27 arrests."
        )
    )
    assert ("arrests", 33) in got
    assert not {("arrests", 19), ("lines_closed", 6), ("arrests", 27)} & got


def test_a_question_about_last_year_is_background() -> None:
    """In a Q&A, "Q: Last year's week made 9 arrests?" asks about another event."""
    got = keys(
        article(
            "Q: How did the week go?\n\nA: Officers made 26 arrests across the county.\n\n"
            "Q: Last year's week made 9 arrests. Is the problem growing?"
        )
    )
    assert ("arrests", 26) in got and ("arrests", 9) not in got


def test_knives_named_as_a_part_of_the_weapons_are_knives() -> None:
    """ "Of the 30 weapons, 18 were knives": `knives_seized` 18 beside `weapons_seized` 30."""
    got = keys(article("Officers seized 30 weapons. Of the 30 weapons, 18 were knives."))
    assert ("weapons_seized", 30) in got and ("knives_seized", 18) in got
    assert ("weapons_seized", 18) not in got


def test_knives_handed_in_to_amnesty_bins_are_not_seized() -> None:
    """Knives surrendered in bins were not seized by officers: `other`, not `knives_seized`."""
    text = article(
        "Officers seized nine knives. A further 75 knives were dropped into the force's "
        "amnesty bins during the week."
    )
    stats = report(text).statistics
    assert ("knives_seized", 9) in {(s.metric.value, s.value) for s in stats}
    found = [s for s in stats if s.value == 75]
    assert [s.metric.value for s in found] == ["other"]
    assert found[0].label == "knives dropped into amnesty bins"


def test_a_haul_of_a_drug_worth_money_is_a_drugs_value() -> None:
    """ "A £40k haul of heroin": the money is the drugs' value, not cash."""
    got = keys(article("Officers seized a £40k haul of heroin and £3,100 in cash."))
    assert ("drugs_value", 40000) in got and ("cash_seized", 3100) in got
    assert ("cash_seized", 40000) not in got


def test_files_sent_to_the_prosecution_service_are_not_charges() -> None:
    """ "Files on two others were sent to the PPS": reported, not charged."""
    text = article(
        "Five people have been charged, and files on two others have been sent to the Public "
        "Prosecution Service."
    )
    stats = report(text).statistics
    assert ("charged", 5) in {(s.metric.value, s.value) for s in stats}
    two = [s for s in stats if s.value == 2]
    assert [(s.metric.value, s.label) for s in two] == [
        ("other", "people reported to the public prosecution service")
    ]


def test_a_hyphenated_weight_before_a_noun_is_a_weight() -> None:
    """ "A two-kilo block of cocaine" and "three ounces of heroin" are drug weights."""
    got = keys(
        article(
            "A two-kilo block of cocaine was found in a car. In a flat officers found three "
            "ounces of heroin."
        )
    )
    assert ("drugs_weight_kg", 2) in got
    assert any(m == "drugs_weight_kg" and abs(v - 0.08505) < 0.001 for m, v in got)


def test_knives_handed_in_or_seized_stay_knives_seized() -> None:
    """ "Handed in or seized" mixes surrender and seizure: still the knives count."""
    got = keys(article("Across Dorset, 31 knives were handed in or seized during the week."))
    assert ("knives_seized", 31) in got


def test_an_order_on_one_flat_still_counts() -> None:
    """Only "at/in/from one" places a find: "a closure order on one flat" counts one order."""
    got = keys(
        article("Officers closed 12 lines. A closure order was granted on one flat in Poole.")
    )
    assert ("other", 1) in got


def test_a_part_of_a_counted_total_named_by_a_longer_noun_keeps_the_totals_metric() -> None:
    """ "Of the 50 phones seized, 19 were deal line handsets": handsets, not lines closed."""
    stats = report(
        article("Officers seized 50 phones. Of the 50 phones seized, 19 were deal line handsets.")
    ).statistics
    part = [s for s in stats if s.value == 19]
    assert [s.metric.value for s in part] == ["phones_seized"]


def test_a_block_of_a_drug_is_labelled_with_the_drug() -> None:
    """ "A two-kilo block of cocaine": the weight's label is the drug, past "block of"."""
    stats = report(article("A two-kilo block of cocaine was found in a car.")).statistics
    assert [(s.metric.value, s.value, s.label) for s in stats] == [
        ("drugs_weight_kg", 2, "cocaine")
    ]


def test_a_figure_only_in_the_headline_is_no_statistic() -> None:
    """Headlines are never evidence: a figure the body never states gives nothing."""
    text = (
        " date 2025-05-20\n£20,000 seized and nine lines shut in county lines week\n\n"
        "Twenty thousand pounds in cash was seized by Dorset Police during a week of action "
        "against county lines, and officers arrested 14 people.\n"
    )
    got = keys(text)
    assert ("arrests", 14) in got and ("cash_seized", 20000) in got
    assert ("lines_closed", 9) not in got


def test_a_general_statement_with_can_counts_nothing() -> None:
    """ "One line can run through several phones": how lines work, not a line closed."""
    got = keys(
        article(
            "Officers closed 11 lines during the week. Detectives say one line can run through "
            "several phones, and two handsets may serve a single dealer."
        )
    )
    assert ("lines_closed", 11) in got
    assert ("lines_closed", 1) not in got and ("phones_seized", 2) not in got


def test_homes_shut_or_put_under_closure_orders_are_closure_orders() -> None:
    """ "Shut eight homes dealers had taken over" and orders "obtained on five flats"."""
    text = article(
        "Officers shut eight homes that dealers had taken over. Closure orders, granted by "
        "magistrates last week, were obtained on five flats in Poole."
    )
    stats = report(text).statistics
    got = {(s.metric.value, s.label, s.value) for s in stats}
    assert ("other", "closure orders", 8) in got and ("other", "closure orders", 5) in got
    assert not any(s.metric.value == "addresses_visited" for s in stats)


def test_people_reported_for_summons_are_their_own_outcome() -> None:
    """ "Three more people were reported for summons": `other`, labelled as written."""
    stats = report(
        article("Police charged six people and three more people were reported for summons.")
    ).statistics
    got = {(s.metric.value, s.label, s.value) for s in stats}
    assert ("charged", None, 6) in got
    assert ("other", "people reported for summons", 3) in got


def test_county_lines_cases_are_not_lines_closed() -> None:
    """ "Three separate county lines cases": cases heard, not lines closed."""
    got = keys(
        article(
            "Three separate county lines cases were heard at the crown court this week, and "
            "police closed four lines."
        )
    )
    assert ("lines_closed", 4) in got and ("lines_closed", 3) not in got


def quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in report(text).quotes]


def test_a_statement_printed_as_quoted_paragraphs_is_the_issuers() -> None:
    """ "X has issued the following statement:" then paragraphs that each open a quote mark."""
    text = article(
        "Cumbria's Police and Crime Commissioner Ian Fairbrother has issued the following "
        "statement after the week of action.\n\n"
        '"Officers in Carlisle arrested 19 people and closed four deal lines.\n\n'
        '"I will keep pressing for the funding this county needs."'
    )
    got = quotes(text)
    assert [s for s, _ in got] == ["Ian Fairbrother", "Ian Fairbrother"]
    assert got[0][1].startswith("Officers in Carlisle")


def test_was_quoted_as_saying_attributes_the_quote() -> None:
    """ "Inspector Amy Rowe was quoted as saying: "..."": a direct quote of hers."""
    text = article(
        'Officers arrested 12 people. Inspector Amy Rowe was quoted as saying: "We will be '
        'back in the town next month, and the month after that."'
    )
    assert [s for s, _ in quotes(text)] == ["Amy Rowe"]


def test_a_rank_and_surname_attribution_names_the_officer_in_full() -> None:
    """ "Detective Inspector Cole added:" after "Detective Inspector Nadia Cole" earlier."""
    text = article(
        "Detective Inspector Nadia Cole led the week, in which officers arrested 15 people.\n\n"
        "Detective Inspector Cole thanked the public.\n\n"
        "Officers also closed three lines in the town.\n\n"
        'Detective Inspector Cole added: "The people running these lines will be found."'
    )
    assert [s for s, _ in quotes(text)] == ["Nadia Cole"]


def test_children_taken_into_police_protection_are_safeguarded() -> None:
    """Police protection is safeguarding: "Three girls ... were taken into police protection"."""
    got = keys(article("Three girls found at the house were taken into police protection."))
    assert ("safeguarded", 3) in got


def test_one_aged_n_in_an_aside_is_an_age_not_a_count() -> None:
    """ "Two runners, one aged 15 and one aged 17, were referred": the aside gives ages only."""
    got = keys(
        article(
            "Two runners, one aged 15 and one aged 17, were taken home and referred to "
            "safeguarding teams."
        )
    )
    assert got == {("safeguarded", 2)}


def test_the_rest_of_a_seizure_lists_weapons_seized() -> None:
    """ "The rest included a sword and a baseball bat": the rest of the weapons seized."""
    text = article(
        "Officers seized 20 weapons. Of the 20 weapons, 12 were knives. The rest included a "
        "sword, knuckledusters and a baseball bat."
    )
    assert {"sword", "knuckleduster", "baseball bat"} <= set(report(text).weapons)


def test_forces_intelligence_will_be_shared_with_are_not_agencies() -> None:
    """ "Intelligence would be shared with X Police and Y Constabulary": they took no part."""
    text = article(
        "Cheshire Police arrested 17 people. The force said intelligence would be shared with "
        "Merseyside Police and Cumbria Constabulary, whose towns the lines also supply."
    )
    assert report(text).agencies == ["Cheshire Constabulary"]


def test_a_share_of_the_people_arrested_takes_its_own_later_verb() -> None:
    """ "Seven of the 30 people arrested have since been charged": charged 7, not arrests 7."""
    got = keys(
        article(
            "Officers arrested 30 people. Seven of the 30 people arrested have since been "
            "charged with supply offences."
        )
    )
    assert ("arrests", 30) in got and ("charged", 7) in got and ("arrests", 7) not in got


def test_them_under_18_is_an_age() -> None:
    """ "Safeguarded 15 people, five of them under 18": 18 is an age, not a count."""
    got = keys(article("In Hull, officers safeguarded 15 people, five of them under 18."))
    assert ("safeguarded", 15) in got and not any(v == 18 for _, v in got)


def test_she_said_after_a_paragraph_reporting_someone_else_is_that_person() -> None:
    """The person whose words the paragraph before reports is the "she" of the next quote."""
    text = article(
        'Superintendent Mark Ellis said: "We arrested 20 people this week."\n\n'
        "The council's housing lead, Priya Shah, said four tenants had been moved.\n\n"
        '"Those homes had been taken over for months," she said. "Not any more."'
    )
    got = quotes(text)
    assert [s for s, _ in got] == ["Mark Ellis", "Priya Shah", "Priya Shah"]


def test_a_short_partial_quotation_in_reported_speech_is_a_quote() -> None:
    """ "Inspector Lee Grant said the week had been "hard but worth it"": a partial quote."""
    text = article(
        'Officers arrested 14 people. Inspector Lee Grant said the week had been "hard but '
        'fair".\n\nResidents reported fewer "cuckooing" cases.'
    )
    assert quotes(text) == [("Lee Grant", "hard but fair")]


def test_a_fortnight_as_a_length_of_stay_is_no_week_of_action() -> None:
    """ "Runners stay up to a fortnight at a time": a duration, no time-boxed operation."""
    text = (
        " date 2025-05-20 Raids on county lines network\n\n"
        "Officers arrested nine people in raids on Tuesday, part of a long-running operation. "
        "Runners were spending up to a fortnight at a time in the town, and new lines appeared "
        "within a fortnight.\n"
    )
    assert report(text).week_of_action is False
    two_weeks = text.replace("in raids on Tuesday", "during a fortnight of action")
    assert report(two_weeks).week_of_action is True


def test_a_sentencing_lead_is_a_court_story_not_a_week_of_action() -> None:
    """ "A dealer has been jailed, a year after his arrest in a week of action": court news."""
    text = (
        " date 2025-05-20 Dealer caught in week of action is jailed\n\n"
        "A man who ran a heroin line into Crewe has been jailed for six years, a year after he "
        "was arrested during a county lines week of action by Cheshire Police.\n\n"
        "Officers found 40 wraps of heroin at his flat.\n"
    )
    assert report(text).week_of_action is False
    week = text.replace("has been jailed for six years, a year after he was", "was")
    assert report(week).week_of_action is True


def test_a_town_accounting_for_some_of_them_is_a_share() -> None:
    """ "Derby alone accounted for five of them": five of the lines just counted."""
    got = keys(article("Officers closed 12 lines. Derby alone accounted for five of them."))
    assert ("lines_closed", 12) in got and ("lines_closed", 5) in got


def test_outreach_by_partners_alone_is_not_the_polices() -> None:
    """ "Nurses from the health board spoke to 80 young people": a partner's outcome."""
    partner = article(
        "Officers arrested 11 people. Nurses from the local health board, who joined the week, "
        "spoke to 80 young people about exploitation."
    )
    assert ("outreach", 80) not in keys(partner)
    joint = article(
        "Officers arrested 11 people. Officers and council staff spoke to 80 pupils about "
        "exploitation."
    )
    assert ("outreach", 80) in keys(joint)


def test_a_university_team_s_outreach_is_a_partner_s() -> None:
    """ "Researchers from the university spoke to 60 young people": not police work (one
    partner rule for both rounds: round 4's council, charity, NHS... and round 5's university
    and health board)."""
    got = keys(
        article(
            "Officers arrested 11 people. Researchers from the university, who joined the week, "
            "spoke to 60 young people about exploitation."
        )
    )
    assert ("outreach", 60) not in got and ("arrests", 11) in got


def test_suspects_lifted_or_held_are_arrests() -> None:
    """ "Nine suspects were lifted" (Scots) and "three suspects were held": arrests."""
    got = keys(
        article(
            "Police Scotland said nine suspects were lifted in dawn raids across Dundee. In "
            "Perth, three suspects were held."
        )
    )
    assert ("arrests", 9) in got and ("arrests", 3) in got


def test_a_count_equated_by_is_or_thats_is_rhetoric() -> None:
    """ "Nine arrests in a day is nine lines that didn't deliver": no lines closed."""
    got = keys(
        article(
            "Officers closed 14 lines. People hear 20 phones and assume that's 20 lines. Nine "
            "arrests in a day is nine lines that didn't deliver. The total is 31 arrests."
        )
    )
    assert ("lines_closed", 14) in got and ("arrests", 31) in got
    assert ("lines_closed", 20) not in got and ("lines_closed", 9) not in got


def test_an_active_held_is_no_arrest() -> None:
    """ "The barn held 300 animals": "held" is an arrest only in the passive."""
    got = keys(article("Officers arrested 12 people. The market hall held 300 people at its peak."))
    assert ("arrests", 300) not in got


def test_addresses_where_other_figures_happened_are_no_count() -> None:
    """ "Nine arrests, six of them at two addresses": where the arrests were, not visits."""
    got = keys(
        article(
            "In Exeter, 15 people were arrested, six of them at two addresses near the station. "
            "Officers visited 40 addresses."
        )
    )
    assert ("addresses_visited", 40) in got and ("addresses_visited", 2) not in got


def test_that_week_recalls_an_earlier_event() -> None:
    """ "That week the force also seized £9,000": the week a follow-up story looks back on."""
    text = article(
        "Officers arrested 12 people this week. The operation began after a raid in May. "
        "That week the force also seized £9,000 in cash and closed four deal lines."
    )
    got = keys(text)
    assert ("arrests", 12) in got
    assert ("cash_seized", 9000) not in got and ("lines_closed", 4) not in got


def test_she_said_after_a_paragraph_about_ms_x_is_ms_x() -> None:
    """ "Ms Okoro's daughter is back at school. / "...," she said.": the Ms Okoro named before."""
    text = article(
        'Inspector Tom Hale said: "We arrested 20 people this week."\n\n'
        "Ade Okoro, from Luton, said her daughter had been groomed by a line.\n\n"
        "Ms Okoro's daughter is now back at school.\n\n"
        '"She has her life back," she said.'
    )
    assert [s for s, _ in quotes(text)] == ["Tom Hale", "Ade Okoro"]


def test_an_article_with_no_enforcement_action_is_outside_the_genre() -> None:
    """Drugs named but nothing enforced (no arrest, raid, seizure, charge, court): off-genre."""
    text = (
        " date 2025-05-20 Pharmacy review finds gaps in controlled drugs records\n\n"
        "Inspectors visited 12 pharmacies in Walsall and found that six had gaps in their "
        "controlled drugs registers. West Midlands Police had not been consulted.\n"
    )
    got = report(text)
    assert got.statistics == [] and got.agencies == [] and got.locations == []


def test_a_review_of_a_drama_is_outside_the_genre() -> None:
    """A "Review:" headline: a drama's plot arrests and raids are fiction, no statistics."""
    text = (
        " date 2025-05-20 Review: Runners, Channel 4 - a county lines drama with teeth\n\n"
        "In the second episode, detectives make 12 arrests in a week of action and raid six "
        'addresses. "I wanted it to feel real," said writer Ana Reyes.\n'
    )
    got = report(text)
    assert got.statistics == [] and got.week_of_action is False
    undated = report(text.replace(" date 2025-05-20 ", ""))
    assert undated.statistics == [] and undated.week_of_action is False


def test_a_style_compound_weapon_is_listed_as_written() -> None:
    """ "A Rambo-style knife was seized": the weapon as written, its style included."""
    text = article("Officers arrested two men and seized a Rambo-style knife and a machete.")
    assert report(text).weapons == ["rambo-style knife", "machete"]


def test_a_dismantled_cannabis_farm_lists_cannabis() -> None:
    """ "A cannabis farm of 200 plants dismantled": cannabis was taken out, so it is listed."""
    text = article("Officers arrested four people in Bath, where a cannabis farm was dismantled.")
    assert report(text).drugs == ["cannabis"]


def test_the_other_two_with_an_aside_take_the_verb_after_it() -> None:
    """ "The other two, both women in their thirties, have been charged": charged 2."""
    got = keys(
        article(
            "Officers arrested three people. One was released and the other two, both women in "
            "their thirties, have been charged."
        )
    )
    assert ("arrests", 3) in got and ("charged", 2) in got
