"""Rules backend, round 4: styles first met in holdout 5 (live blogs, results posts,
features, partner reports, shares of a force's figure, joint operations).

Every article here is written for these tests; none is taken from an eval set.
"""

from __future__ import annotations

from extractor.rules import extract_report
from extractor.schema import OperationReport


def keys(text: str) -> set[tuple[str, str, float]]:
    report = extract_report(text, article_id="t", topic_check=False)
    OperationReport.model_validate(report.model_dump(), context={"article": text})
    return {(s.metric.value, s.area, s.value) for s in report.statistics}


SHARE_OF_WHOLE = """ date 2025-03-14 Kent Police county lines week: results

Kent Police arrested 40 people across the county during a week of action against drug \
dealing, the force said.

Officers in Maidstone made 9 of the 40 arrests. In Margate, detectives closed three of the \
force's 11 deal lines.
"""


def test_a_share_of_a_whole_is_the_place_s_and_the_whole_is_the_force_s() -> None:
    got = keys(SHARE_OF_WHOLE)
    assert ("arrests", "Maidstone", 9) in got
    assert ("lines_closed", "Margate", 3) in got
    assert ("lines_closed", "Kent", 11) in got
    assert ("arrests", "Maidstone", 40) not in got  # the whole restates the force's 40
    assert ("lines_closed", "Margate", 11) not in got


LIVE_BLOG = """ date 2025-06-03 LIVE: police raids in Barnsley

08:10 - South Yorkshire Police officers are carrying out raids in Barnsley this morning.

09:45 - The force tells us four people have been arrested so far.

12:30 - Update: the number of arrests has now risen to seven. Cash seized so far is put at \
around £3,000.

17:05 - Final figures: South Yorkshire Police arrested ten people in Barnsley and seized \
£4,250 in cash and 200g of cocaine from drug dealers.
"""


def test_a_live_blog_s_running_counts_give_way_to_the_final_figures() -> None:
    got = keys(LIVE_BLOG)
    assert ("arrests", "Barnsley", 10) in got
    assert ("cash_seized", "Barnsley", 4250) in got
    assert not {k for k in got if k[2] in (4, 7, 3000)}


CORRECTED = """ date 2025-02-20 Nine arrested in Wigan drugs raids

Nine people were arrested in Wigan during raids against drug dealers, Greater Manchester \
Police said. Officers seized £2,300 in cash in Leigh.

Correction: this story was amended on 21 February. An earlier version said 19 people had \
been arrested. It also wrongly reported that the £2,300 was seized in Wigan.
"""


def test_a_correction_note_s_superseded_figures_are_no_statistics() -> None:
    got = keys(CORRECTED)
    assert ("arrests", "Wigan", 9) in got
    assert ("cash_seized", "Leigh", 2300) in got
    assert not {k for k in got if k[2] == 19 or k == ("cash_seized", "Wigan", 2300)}


def test_so_far_outside_a_live_blog_is_the_figure() -> None:
    text = (
        " date 2025-04-02 Raids in Crewe\n\nCheshire Police arrested 21 people in Crewe. So far"
        " 8 people have been charged with drug dealing offences, and 5 more were charged"
        " in Nantwich.\n"
    )
    assert any(k[:1] == ("charged",) and k[2] == 8 for k in keys(text))


ON_THE_COAST = """ date 2025-10-02 Crackdown on drug dealing

Lancashire Police's campaign against county lines has led to 210 arrests, the force said, as \
it published the results of a week of action on the coast and in Preston.

Officers also closed 14 deal lines and seized £41,000 in cash.
"""


def test_a_town_at_the_end_of_a_list_does_not_frame_the_release() -> None:
    got = keys(ON_THE_COAST)
    assert ("arrests", "Lancashire", 210) in got
    assert ("lines_closed", "Lancashire", 14) in got


HOSPITAL = """ date 2025-09-10 A busy week for county lines officers

Doctors at Derby Royal Hospital treated more young people for stab wounds this year, \
figures show.

Derbyshire Constabulary finished a week of action against drug dealing, during which officers \
arrested 31 people and seized £12,000 in cash.

Officers also closed five deal lines.
"""


def test_a_hospital_s_name_does_not_frame_the_article() -> None:
    got = keys(HOSPITAL)
    assert ("arrests", "Derbyshire", 31) in got
    assert ("lines_closed", "Derbyshire", 5) in got


PARTNERS = """ date 2025-07-01 Week of action against county lines in Suffolk

Suffolk Constabulary arrested 19 people and safeguarded 12 vulnerable adults during a week of \
action against drug dealing.

Staff at a local charity said they had supported 48 young people since the spring, 20 of them \
boys. The council's family service worked with 35 children at risk of exploitation.

Officers also helped 7 children found at one address.
"""


def test_a_partner_s_outcomes_are_no_police_statistics() -> None:
    got = keys(PARTNERS)
    assert ("safeguarded", "Suffolk", 12) in got
    assert ("safeguarded", "Suffolk", 7) in got
    assert not {k for k in got if k[2] in (48, 20, 35)}


def test_county_lines_as_an_adjective_leaves_the_noun_to_decide() -> None:
    text = (
        " date 2025-01-09 Figures\n\nSurrey Police made 212 county lines arrests in the year"
        " to March and seized drugs.\n"
    )
    got = keys(text)
    assert ("arrests", "Surrey", 212) in got
    assert not {k for k in got if k[0] == "lines_closed"}


def test_a_figure_given_by_comparison_is_background() -> None:
    text = (
        " date 2025-01-09 Drugs week\n\nEssex Police made 54 arrests in a week of action against"
        " drug dealing. By comparison, the force recorded 38 arrests in its spring week.\n"
    )
    got = keys(text)
    assert ("arrests", "Essex", 54) in got
    assert not {k for k in got if k[2] == 38}


BRACKETS = """ date 2025-08-11 Week of action: Norfolk

Norfolk Constabulary's week of action against county lines brought these results across the \
county: arrests (17), people charged (8), warrants executed [12] and vulnerable adults \
safeguarded (26).

King's Lynn saw the most activity (arrests: 7; cash: £9,100).

Items seized across the county included: mobile phones (22) and knives (5).
"""


def test_figures_in_brackets_after_their_label() -> None:
    got = keys(BRACKETS)
    assert {
        ("arrests", "Norfolk", 17),
        ("charged", "Norfolk", 8),
        ("warrants", "Norfolk", 12),
        ("safeguarded", "Norfolk", 26),
        ("arrests", "King's Lynn", 7),
        ("cash_seized", "King's Lynn", 9100),
        ("phones_seized", "Norfolk", 22),
        ("knives_seized", "Norfolk", 5),
    } <= got
    assert not {k for k in got if k[0] == "cash_seized" and k[2] < 100}


RESULTS_POST = """ date 2025-10-30 Dorset Police county lines results

Officers from Dorset Police spent a week going after drug dealing gangs.

Results
Arrests: 11
Weapons: 6 (incl. 3 knives)
Drugs seized: cocaine, cannabis (est. street value £7,500)
Deal lines closed: 2
"""


def test_label_lines_with_an_aside_and_a_drugs_value() -> None:
    got = keys(RESULTS_POST)
    assert {
        ("arrests", "Dorset", 11),
        ("weapons_seized", "Dorset", 6),
        ("knives_seized", "Dorset", 3),
        ("drugs_value", "Dorset", 7500),
        ("lines_closed", "Dorset", 2),
    } <= got


ROCU_PROSE = """ date 2025-04-22 South East forces' county lines week

The South East Regional Organised Crime Unit said 150 people were arrested across the region \
during a week of action against drug dealing.

Kent Police, the busiest force in the region, made 41 arrests and seized £12,400 in cash. \
Surrey Police detained 19, more than half of them - 11 - in Guildford.
"""


def test_an_aside_about_a_force_does_not_rescope_its_figures() -> None:
    got = keys(ROCU_PROSE)
    assert ("arrests", "Kent", 41) in got
    assert ("cash_seized", "Kent", 12400) in got
    assert ("arrests", "Guildford", 11) in got


JOINT = """ date 2025-09-30 Joint operation against county lines

Cumbria Police and Lancashire Police have arrested 26 people in a joint operation against \
drug dealing gangs.

The 26 arrests, of which Cumbria made 15 and Lancashire eleven, followed 9 warrants. Officers \
also closed six deal lines.
"""


def test_two_forces_acting_together_are_the_pair_unless_their_region_is_named() -> None:
    got = keys(JOINT)
    assert {
        ("arrests", "Cumbria and Lancashire", 26),
        ("warrants", "Cumbria and Lancashire", 9),
        ("lines_closed", "Cumbria and Lancashire", 6),
        ("arrests", "Cumbria", 15),
        ("arrests", "Lancashire", 11),
    } <= got
    named = JOINT.replace("drug dealing gangs.", "drug dealing gangs in the North West.")
    assert ("arrests", "North West", 26) in keys(named)


def test_a_share_of_its_own_figure() -> None:
    text = (
        " date 2025-05-05 Drugs week\n\nDurham Constabulary arrested 33 people in a week of action"
        " against drug dealing. The force said 12 of its 33 arrests were made in Darlington.\n"
    )
    got = keys(text)
    assert ("arrests", "Darlington", 12) in got
    assert ("arrests", "Darlington", 33) not in got


REGION_ROW = """ date 2025-11-11 South West county lines week

Forces across the South West made 90 arrests during the region's county lines week, the South \
West Regional Organised Crime Unit said.

| Force | Arrests | Cash seized |
|---|---|---|
| Dorset | 30 | £10,000 |
| Wiltshire | 60 | £15,500 |
| Region | 90 | £25,500 |
"""


def test_a_region_row_is_the_region_s_figures() -> None:
    got = keys(REGION_ROW)
    assert ("cash_seized", "South West", 25500) in got
    assert ("arrests", "South West", 90) in got
    assert not {k for k in got if k[1] == "Region"}


def test_circa_and_est_do_not_end_a_sentence() -> None:
    text = (
        " date 2025-05-05 Drugs week\n\nNorfolk Constabulary made 20 arrests in a week against drug"
        " dealing. In Thetford, officers seized 500g of cocaine (street value c. £9,000) and"
        " arrested four people.\n"
    )
    got = keys(text)
    assert ("arrests", "Thetford", 4) in got
    assert ("drugs_value", "Thetford", 9000) in got


def test_of_the_n_arrested_is_a_back_reference_not_a_figure() -> None:
    text = (
        " date 2025-05-05 Drugs week\n\nMerseyside Police arrested seven people in Bootle during"
        " raids on drug dealers. Three of the seven have since been charged.\n"
    )
    got = keys(text)
    assert {k[2] for k in got if k[0] == "charged"} == {3}


def test_a_share_after_a_comma_in_words_keeps_its_town_to_itself() -> None:
    text = (
        " date 2025-05-05 Drugs week\n\nNineteen people were arrested in a drugs operation, Kent"
        " Police said. Officers executed twelve warrants during the week, nine of the arrests"
        " being made in Dover.\n"
    )
    assert ("warrants", "Kent", 12) in keys(text)


def test_a_summary_line_restates_and_phone_lines_are_lines() -> None:
    text = (
        " date 2025-05-05 Drugs week\n\nCheshire Police made 30 arrests and helped 12 vulnerable"
        " people. Seven phone lines used to sell drugs were closed down.\n\nThat's thirty arrests,"
        " twelve people helped, and seven lines gone.\n"
    )
    assert keys(text) == {
        ("arrests", "Cheshire", 30),
        ("safeguarded", "Cheshire", 12),
        ("lines_closed", "Cheshire", 7),
    }


def test_fractions_and_lines_still_active_are_no_figures() -> None:
    text = (
        " date 2025-05-05 Drugs month\n\nNottinghamshire Police safeguarded 40 vulnerable people"
        " during the month; one in four of them were children. Around 900 lines remain active"
        " across the country.\n"
    )
    assert keys(text) == {("safeguarded", "Nottinghamshire", 40)}


def test_a_count_in_a_number_of_raids_is_no_fraction() -> None:
    text = (
        " date 2025-05-05 Raids\n\nHumberside Police arrested 5 in two raids on drug dealers in"
        " Hull.\n"
    )
    assert any(k[0] == "arrests" and k[2] == 5 for k in keys(text))


CROSS_BORDER = """ date 2025-10-14 Line run from Greater Manchester shut down

Cheshire Police arrested 9 people during a week of action against a drug line.

Three deal lines, known to users as "Rocket" and "Ace" and "Kay", were shut down by Crewe \
officers, the force said.

In Greater Manchester, Lancashire Police officers executed warrants at four addresses and \
seized £5,200 in cash.
"""


def test_the_opening_place_is_where_another_force_acted_and_a_naming_aside_goes_on() -> None:
    got = keys(CROSS_BORDER)
    assert ("warrants", "Greater Manchester", 4) in got
    assert ("cash_seized", "Greater Manchester", 5200) in got
    assert ("lines_closed", "Crewe", 3) in got


def test_an_opening_county_does_not_take_another_force_s_clause() -> None:
    text = (
        " date 2025-10-14 Drugs week\n\nForces in the region made arrests during a week of"
        " action against county lines.\n\nIn Rutland, 6 people were arrested, while Leicestershire"
        " Police reported 31 arrests.\n"
    )
    got = keys(text)
    assert ("arrests", "Leicestershire", 31) in got
    assert ("arrests", "Rutland", 6) in got


GERUND_TOWN = """ date 2025-06-20 Surrey Police county lines week: the figures

Surrey Police arrested 50 people across the force area during a week of action against drug \
dealing.

Reading the figures closely, Woking stands out: 14 arrests there. Guildford recorded 9 arrests \
and the seizure of 1.1kg of cocaine after a car was stopped on the A3 near junction 10.
"""


def test_a_town_that_is_also_a_verb_and_road_junctions() -> None:
    got = keys(GERUND_TOWN)
    assert ("arrests", "Woking", 14) in got
    assert ("drugs_weight_kg", "Guildford", 1.1) in got
    assert not {k for k in got if k[2] == 10}


def test_pounds_in_words_and_people_referred_for_support() -> None:
    text = (
        " date 2025-06-20 Drugs week\n\nOfficers seized more than forty thousand pounds in cash"
        " during the week. Three young people who had been found in a flat were taken home and"
        " referred to support services.\n"
    )
    got = keys(text)
    assert any(k[0] == "cash_seized" and k[2] == 40000 for k in got)
    assert any(k[0] == "safeguarded" and k[2] == 3 for k in got)


LIVE_TOWN = """ date 2025-03-03 LIVE: raids in Hereford

07:10 - We are following a police operation that has started in Hereford this morning.

09:30 - West Mercia Police says officers are executing warrants linked to drug dealing.

15:00 - Final figures: officers executed 9 warrants and arrested 7 people, five of them in \
Hereford. They seized £3,100 in cash.
"""


def test_a_town_with_a_share_of_the_figures_is_not_their_whole() -> None:
    got = keys(LIVE_TOWN)
    assert {
        ("warrants", "West Mercia", 9),
        ("arrests", "West Mercia", 7),
        ("arrests", "Hereford", 5),
        ("cash_seized", "West Mercia", 3100),
    } <= got


def test_one_of_the_addresses_does_not_cut_the_clause() -> None:
    text = (
        " date 2025-03-03 Raids\n\nKent Police arrested 8 people in raids on drug dealers. Two"
        " children found at one of the addresses have been safeguarded, the force said.\n"
    )
    assert ("safeguarded", "Kent", 2) in keys(text)


SCENE = """ date 2025-04-04 Gang broken up

Cumbria Police said a gang that supplied drugs to Barrow has been broken up.

On Tuesday, Lancashire Police officers raided homes in Blackburn linked to the gang. Five \
people were arrested and £7,000 in cash was recovered.

Cumbria officers arrested 4 people.
"""


def test_a_figureless_opening_sentence_places_its_paragraph() -> None:
    got = keys(SCENE)
    assert ("arrests", "Blackburn", 5) in got
    assert ("cash_seized", "Blackburn", 7000) in got


def test_crossing_county_lines_is_no_drugs_topic() -> None:
    text = (
        " date 2025-07-07 Village band wins title\n\nThe Ashby Silver Band crossed county lines"
        " on Saturday to win the regional title, and the club said the bar had taken £2,000.\n"
    )
    report = extract_report(text, article_id="t")
    assert report.statistics == []


TOWN_BULLETS = """ date 2025-02-02 Week of action: Cleveland

Cleveland Police made 20 arrests across the force area during a week of action.

Hartlepool:
- 6 arrests, including two men from Bradford
- £4,100 in cash seized
"""


def test_a_place_ending_a_bullet_is_no_subject_of_the_next_line_s_figure() -> None:
    got = keys(TOWN_BULLETS)
    assert ("cash_seized", "Hartlepool", 4100) in got
    assert ("arrests", "Hartlepool", 2) in got


def test_the_force_s_whole_in_a_national_story_is_that_force_s() -> None:
    text = (
        " date 2025-04-04 National week\n\nThe National Crime Agency says 500 people were"
        " arrested across England and Wales during a week of action against county lines.\n\n"
        "In Bristol, a warrant at a flat found cocaine, Avon and Somerset Police said. Nine of"
        " the force's 31 arrests were made in Bath.\n"
    )
    got = keys(text)
    assert ("arrests", "Avon and Somerset", 31) in got
    assert ("arrests", "national", 31) not in got


def test_a_share_of_the_force_s_whole_takes_the_place_after_it() -> None:
    text = (
        " date 2025-04-04 Force week\n\nDorset Police arrested 31 people during a week of action"
        " against drug dealing. Nine of the force's 31 arrests were made in Weymouth.\n"
    )
    got = keys(text)
    assert ("arrests", "Weymouth", 9) in got
    assert ("arrests", "Dorset", 31) in got


def test_a_correction_line_s_old_figure_is_no_statistic() -> None:
    text = (
        " date 2025-02-20 Raids in Derby\n\nEleven people were arrested in Derby during raids"
        " against drug dealers, Derbyshire Constabulary said.\n\nCorrection: we first reported"
        " that 17 people were arrested.\n"
    )
    got = keys(text)
    assert ("arrests", "Derby", 11) in got
    assert not {k for k in got if k[2] == 17}


def test_a_town_s_county_given_as_a_locator_does_not_scope() -> None:
    text = (
        " date 2025-01-01 Lines\n\nPolice Scotland arrested 23 people in Glasgow.\n\nIn Bootle,"
        " on Merseyside, detectives arrested three men.\n"
    )
    got = keys(text)
    assert ("arrests", "Bootle", 3) in got
    assert ("arrests", "Merseyside", 3) not in got


def test_a_share_s_place_goes_on_into_its_where_clause() -> None:
    text = (
        " date 2025-04-04 National week\n\nThe National Crime Agency says 500 people were"
        " arrested across England and Wales during a week of action against county lines.\n\n"
        "Of those, 28 were in Kent Police's area, where officers also closed 9 deal lines.\n"
    )
    got = keys(text)
    assert ("lines_closed", "Kent", 9) in got


def test_a_district_described_as_part_of_its_town() -> None:
    text = (
        " date 2025-04-04 Knives\n\nLeicestershire Police seized 12 knives across the county"
        " during a week against drug dealing, four of them from a single address in Beaumont"
        " Leys, in the north of Leicester.\n"
    )
    got = keys(text)
    assert ("knives_seized", "Leicester", 4) in got


def test_an_outreach_label_drops_the_owner_s_possessive() -> None:
    text = (
        " date 2025-04-04 Schools\n\nDorset Police seized 8 knives during the week, and gave"
        " drugs awareness sessions in 14 of the county's secondary schools and colleges.\n"
    )
    report = extract_report(text, article_id="t", topic_check=False)
    labels = {s.label for s in report.statistics if s.metric.value == "outreach"}
    assert labels == {"secondary schools and colleges"}


PARTNERSHIP = """ date 2025-06-06 Council report on county lines in Margate

The Safer Margate Partnership's annual report says drug dealing remains the town's worst problem.

The partnership brings together the council, health services, probation and Kent Police.

According to the report, Kent Police made 40 arrests in Margate during the year. Officers also \
seized £15,000 in cash and 9 knives.
"""


def test_a_force_named_as_a_member_of_a_partnership_does_not_frame_the_report() -> None:
    got = keys(PARTNERSHIP)
    assert ("arrests", "Margate", 40) in got
    assert ("cash_seized", "Margate", 15000) in got


def test_the_number_of_lines_closed_given_in_commas() -> None:
    text = (
        " date 2025-04-04 Month\n\nNottinghamshire Police made 50 arrests in October. The number"
        " of deal lines closed, 12, was a record for the force.\n"
    )
    assert ("lines_closed", "Nottinghamshire", 12) in keys(text)
