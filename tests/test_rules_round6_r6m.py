"""Rules backend, round 6 (r6m): missed and spurious figures, metrics, topic and quotes.

Each test is a sentence or a short article written for these tests (none is taken from a
seed, dev or holdout article); each states one rule a reader of county lines reporting
would give, in several phrasings.
"""

from __future__ import annotations

import pytest

from extractor.testing.rules import checked_report as report


def article(body: str, headline: str = "Police close county lines in week of action") -> str:
    return f" date 2025-05-20 {headline}\n\n" + body + "\n"


def keys(text: str) -> set[tuple[str, float]]:
    return {(s.metric.value, s.value) for s in report(text).statistics}


# --- the genre: an ordinary phrase and medicines are not drugs enforcement -------------------


@pytest.mark.parametrize(
    "body",
    [
        "Two men were arrested after a raid on a stolen tractor yard. Officers seized £9,000 in "
        "cash and six phones. The machines had been sold across county lines to farms in Wales.",
        "Police raided a kennel and arrested four people. The kennel had sold kittens over county "
        "lines for years, and vets found unlicensed worming drugs and veterinary drugs in a shed.",
        "Three people were arrested at a stables. Horses had been moved across county lines, and "
        "officers seized prescription drugs meant for animals and £4,000 in cash.",
    ],
)
def test_across_county_lines_and_animal_medicines_are_outside_the_genre(body: str) -> None:
    """ "sold across county lines" is the ordinary phrase; worming and prescription drugs are
    medicines: an animal-welfare or theft raid reports no county lines enforcement."""
    got = report(article(body, "Arrests after raid"))
    assert got.statistics == [] and got.agencies == [] and got.drugs == []


def test_dealers_moving_drugs_across_county_lines_stay_in_the_genre() -> None:
    got = keys(
        article("Kent Police arrested 12 people who moved cocaine across county lines.", "Raids")
    )
    assert ("arrests", 12) in got


# --- people now looked after are safeguarded ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'Inspector Jo Reed said: "The arrests matter, but so do the 14 people who now have '
        'someone looking out for them."',
        "Officers said the 14 children and adults who now have someone to turn to were the "
        "real result.",
        "By the end of the week, 14 vulnerable residents were being looked after by partners.",
    ],
)
def test_people_now_looked_after_are_safeguarded(sentence: str) -> None:
    got = keys(article("Kent Police made 40 arrests. " + sentence))
    assert ("safeguarded", 14) in got
    assert ("arrests", 14) not in got


# --- figures that are no statistic ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Twenty of them have been charged, and 9 have been remanded in custody.",
        "Twenty were charged; nine were remanded in custody to appear in court.",
        "Twenty have since been charged and nine of them remanded.",
    ],
)
def test_remanded_in_custody_counts_no_charge(sentence: str) -> None:
    """Remand is a court's decision on people already charged: no metric of its own."""
    got = keys(article("Kent Police arrested 30 people. " + sentence))
    assert ("charged", 20) in got
    assert not any(v == 9 for _, v in got)


@pytest.mark.parametrize(
    "sentence",
    [
        'He said: "Twelve lines closed means twelve fewer phones selling drugs in the town."',
        "Each closure means one fewer dealer; 12 lines shut is 12 fewer phones taking orders.",
        'She said: "That is 12 fewer handsets pushing heroin at the coast."',
    ],
)
def test_so_many_fewer_is_a_difference_not_a_seizure(sentence: str) -> None:
    got = keys(article("Kent Police closed 12 county lines in Dover. " + sentence))
    assert ("lines_closed", 12) in got
    assert ("phones_seized", 12) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        'She said: "Three hundred-odd wraps a week is what this line was selling."',
        "Detectives believe the line sold about 300 deals a week in the town.",
        "The gang was moving 300 wraps of heroin per week before the raid.",
    ],
)
def test_a_rate_of_the_lines_trade_is_no_seizure(sentence: str) -> None:
    """ "300 wraps a week": how much the line sold, like per-day revenue, not a seizure."""
    got = keys(article("Kent Police seized 40 wraps of crack cocaine in Dover. " + sentence))
    assert ("other", 40) in got
    assert not any(v == 300 for _, v in got)


def test_a_seizure_a_day_after_the_raid_is_still_a_seizure() -> None:
    got = keys(article("Officers found 30 wraps a day after the raid in Dover."))
    assert ("other", 30) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "The gang took orders on one phone and sent runners to Dover.",
        "The line ran on one handset that was passed from runner to runner.",
    ],
)
def test_a_line_run_on_one_phone_counts_no_seizure(sentence: str) -> None:
    got = keys(article("Kent Police arrested six people in Dover. " + sentence))
    assert ("phones_seized", 1) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "The two forces first tried working together in March, when a smaller joint operation "
        "ended with 31 arrests.",
        "A pilot operation in the spring ended with 31 arrests.",
        "The forces first trialled the approach in March, making 31 arrests.",
    ],
)
def test_a_pilot_or_first_trial_is_an_earlier_event(sentence: str) -> None:
    got = keys(article("Kent Police made 46 arrests during the week. " + sentence))
    assert ("arrests", 46) in got
    assert ("arrests", 31) not in got


# --- figures the earlier rules missed ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A team in Dover arrested two men after stopping a van and finding £4,100 and 30 wraps.",
        "Officers searched the flat, finding £4,100 hidden in a shoebox.",
        "A search of the car finds £4,100 in cash under a seat.",
    ],
)
def test_money_found_is_cash_seized(sentence: str) -> None:
    assert ("cash_seized", 4100) in keys(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers recovered a pistol and 15 cartridges from a shed in Dover.",
        "A revolver and 15 bullets were found under floorboards in Dover.",
        "Searches turned up 15 shotgun cartridges in Dover.",
    ],
)
def test_ammunition_is_another_figure_labelled_as_written(sentence: str) -> None:
    got = {(s.metric.value, s.value, s.label) for s in report(article(sentence)).statistics}
    assert any(m == "other" and v == 15 and label for m, v, label in got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "The towns yielded £2,000 in cash and a haul of heroin that officers put at around £9,000.",
        "Officers found crack cocaine, which detectives valued at around £9,000.",
        "A stash of cannabis estimated at around £9,000 was found in the loft.",
    ],
)
def test_a_haul_put_at_a_sum_is_its_value(sentence: str) -> None:
    got = keys(article(sentence))
    assert ("drugs_value", 9000) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Regionally, 120 vulnerable people were safeguarded and 900 pupils were spoken to in "
        "schools.",
        "Officers safeguarded 120 vulnerable people and 900 young people were spoken to in "
        "colleges.",
    ],
)
def test_the_own_verb_of_a_listed_count_decides(sentence: str) -> None:
    got = keys(article(sentence))
    assert ("safeguarded", 120) in got
    assert ("outreach", 900) in got and ("safeguarded", 900) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Six of those arrested were held in Dover, where officers found three vulnerable women "
        "whose homes had been taken over by the gang.",
        "Officers arrested six people in Dover and found three vulnerable men living in the flats.",
    ],
)
def test_vulnerable_people_found_at_an_arrest_are_safeguarded(sentence: str) -> None:
    got = keys(article("Kent Police arrested 10 people. " + sentence))
    assert ("safeguarded", 3) in got and ("arrests", 3) not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Two men, aged 40 and 22, were arrested at the scene and have since been charged.",
        "Three women were arrested on Tuesday and have since been charged with supply.",
    ],
)
def test_arrested_and_since_charged_is_both(sentence: str) -> None:
    got = keys(article(sentence))
    n = 2 if sentence.startswith("Two") else 3
    assert ("arrests", n) in got and ("charged", n) in got


# --- quotes ------------------------------------------------------------------------------


SURNAME_REPORTED = """Kent Police made 40 arrests. Detective Inspector Sam Reed, of Kent Police, \
said: "It was a good week for the county."

Jo Mills, a manager at Dover Youth Link, said her team had taken on ten referrals.

"These are children, not criminals," she said.

Next steps

Both forces say the work will go on. Detective Inspector Reed said intelligence from the week \
would be used to target the people higher up.

"We have taken out the runners," she said. "Now we go after the bosses."
"""


def test_she_said_after_a_surname_reported_speech_is_that_person() -> None:
    """ "Det Insp Reed said intelligence ..." then '"...," she said': Reed's words."""
    quotes = report(article(SURNAME_REPORTED)).quotes
    runners = [q for q in quotes if q.text.startswith("We have taken out")]
    assert runners and runners[0].speaker == "Sam Reed"


UNNAMED = """Kent Police made 40 arrests in Dover.

Inspector Ann Dunn said: "We listened to people and we acted on what they told us."

One man, who has run a shop on the parade for years and asked not to be named, said the \
dealing had "moved a street away".

"You see the same cars every night," he said. "Then they are gone again."

In Deal, traders said the change was slower. One barber said the runners had "just gone \
quiet for a week".
"""


def test_an_unnamed_person_gives_no_quote_and_a_place_is_no_speaker() -> None:
    quotes = report(article(UNNAMED)).quotes
    assert [q.speaker for q in quotes] == ["Ann Dunn"], quotes


# --- prosecution without a charge: summons and the procurator fiscal -----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "She said a further five people had been interviewed under caution and would be "
        "reported for summons.",
        "Another five people were questioned and will be reported for summons.",
    ],
)
def test_people_to_be_reported_for_summons_are_another_figure(sentence: str) -> None:
    got = {(s.metric.value, s.value, s.label) for s in report(article(sentence)).statistics}
    assert any(m == "other" and v == 5 and "summons" in (lb or "") for m, v, lb in got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "A report will be sent to the Procurator Fiscal in respect of the remaining four people "
        "arrested.",
        "Four other people arrested have been reported to the Procurator Fiscal.",
        "A report has been submitted to the Procurator Fiscal regarding four further men.",
    ],
)
def test_people_reported_to_the_procurator_fiscal_are_another_figure(sentence: str) -> None:
    text = article("Police Scotland arrested 12 people in Glasgow. Eight were charged. " + sentence)
    got = {(s.metric.value, s.value, s.label) for s in report(text).statistics}
    assert ("other", 4, "people reported to the procurator fiscal") in got, got
    assert not any(m == "arrests" and v == 4 for m, v, _ in got)


def test_charged_and_reported_to_the_fiscal_is_the_charge() -> None:
    text = article(
        "Police Scotland arrested 12 people. Four men were charged and reported to the "
        "Procurator Fiscal."
    )
    assert ("charged", 4) in keys(text)


# --- a metric named before its figure -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Dover saw the largest share of the arrests, 28, and Deal 12.",
        "Medway Police made the biggest share of the arrests, 28.",
        "Dover's share of the arrests was 28.",
        "The town accounted for the greatest part of the arrests, 28, most of them in one raid.",
    ],
)
def test_a_share_of_the_arrests_named_before_its_number(sentence: str) -> None:
    assert ("arrests", 28) in keys(article("Kent Police made 90 arrests. " + sentence))


# --- a quote repeating a figure the body states --------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        '"Forty-four arrests is the number people will see, but the children matter more."',
        '"Forty-four arrests in Dover alone would be a good week; across Kent it is a start."',
        '"Nine lines closed, forty-four arrests, and a message to the dealers."',
    ],
)
def test_a_quote_repeating_a_body_figure_restates_it(quote: str) -> None:
    text = article(
        "Officers in Dover made 44 arrests and closed nine county lines during the week.\n\n"
        "Superintendent Ravi Kohli of Kent Police said: " + quote
    )
    stats = report(text).statistics
    assert [(s.metric.value, s.area) for s in stats if s.value == 44] == [("arrests", "Dover")]
    assert len([s for s in stats if s.value == 9]) == 1


def test_a_quote_with_a_figure_of_its_own_keeps_it() -> None:
    text = article(
        "Officers in Dover made 44 arrests during the week.\n\n"
        'Superintendent Ravi Kohli of Kent Police said: "We also safeguarded 12 children."'
    )
    assert ("safeguarded", 12) in keys(text)


# --- shares of a figure stated before ------------------------------------------------------


def areas(text: str) -> dict[tuple[str, float], str]:
    return {(s.metric.value, s.value): s.area for s in report(text).statistics}


@pytest.mark.parametrize(
    "sentence",
    [
        "- Of the arrests, 12 were made in Dover.",
        "Of the arrests, 12 were carried out in Dover.",
    ],
)
def test_of_the_arrests_n_were_made_in_a_town(sentence: str) -> None:
    text = article("Kent Police made 40 arrests.\n\n- Three cars were seized.\n" + sentence)
    assert areas(text).get(("arrests", 12)) == "Dover"


@pytest.mark.parametrize(
    ("lead", "share", "metric"),
    [
        ("Kent Police made 26 arrests.", "Fourteen of those were in Dover.", "arrests"),
        (
            "Between them, the forces safeguarded 36 people.",
            "Twelve of them were found in Dover.",
            "safeguarded",
        ),
        ("Officers closed 20 county lines.", "Nine of these were run from Dover.", "lines_closed"),
    ],
)
def test_a_sentence_opening_n_of_those_shares_the_last_figure(
    lead: str, share: str, metric: str
) -> None:
    got = keys(article(lead + " " + share))
    value = {"Fourteen": 14, "Twelve": 12, "Nine": 9}[share.split()[0]]
    assert (metric, value) in got, got


@pytest.mark.parametrize(
    "sentence",
    [
        "Local officers made the remaining arrests, six in Dover and three in Deal, and seized a "
        "car.",
        "The neighbourhood teams made the other arrests, six in Dover and three in Deal.",
    ],
)
def test_the_remaining_arrests_listed_by_town(sentence: str) -> None:
    got = areas(article("Kent Police made 40 arrests. " + sentence))
    assert got.get(("arrests", 6)) == "Dover" and got.get(("arrests", 3)) == "Deal"


@pytest.mark.parametrize(
    "sentence",
    [
        "Two teenage boys found at the flat, both reported missing from London, were taken into "
        "police protection.",
        "Two girls found at the address, both aged 15, were taken into police protection.",
        "Two children found in the car - both from London - were placed into protection.",
    ],
)
def test_children_found_then_taken_into_protection_after_an_aside(sentence: str) -> None:
    assert ("safeguarded", 2) in keys(article("Kent Police made 40 arrests. " + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Closure orders were obtained on nine properties in Dover and three in Deal.",
        "Officers found 40 wraps of heroin in Dover and 25 in Deal.",
    ],
)
def test_a_labelled_figure_listed_on_by_town(sentence: str) -> None:
    got = {(s.metric.value, s.area, s.label) for s in report(article(sentence)).statistics}
    assert ("other", "Deal") in {(m, a) for m, a, _ in got}, got


# --- roads: a site where a vehicle was stopped, not a route -------------------------------


@pytest.mark.parametrize(
    ("sentence", "road"),
    [
        (
            "A team in Dover arrested two men after stopping a car on the A20 and finding £900.",
            "A20",
        ),
        ("A man stopped in a hire car on the A2 was found with 300g of cocaine.", "A2"),
        (
            "Five people were arrested in Deal after a stop on the A258 in which a knife was "
            "found.",
            "A258",
        ),
        ("Officers pulled over a van on the M20 near Ashford and seized 2kg of cocaine.", "M20"),
    ],
)
def test_a_road_where_a_vehicle_was_stopped_is_a_location(sentence: str, road: str) -> None:
    assert road in report(article("Kent Police made 40 arrests. " + sentence)).locations


@pytest.mark.parametrize(
    "sentence",
    [
        "At the other end of the M20, Metropolitan Police officers executed three warrants in "
        "Lewisham.",
        "Runners travel up the M20 or by train, officers said after arresting six people.",
    ],
)
def test_a_road_named_as_a_route_is_no_location(sentence: str) -> None:
    assert "M20" not in report(article("Kent Police made 40 arrests. " + sentence)).locations


def test_a_district_named_beside_its_town_is_a_location() -> None:
    """Ashfield, Bassetlaw: Nottinghamshire's districts, named in outreach as in enforcement."""
    text = article(
        "Nottinghamshire Police made 30 arrests. Officers gave talks to 400 pupils in Mansfield "
        "and Ashfield, and searched two flats in Bassetlaw."
    )
    assert {"Ashfield", "Bassetlaw"} <= set(report(text).locations)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers were working with his family and with children's services in Essex.",
        "Police referred the boy to social services in Essex.",
        "Officers are working with the council in Essex to rehouse the tenants.",
    ],
)
def test_a_partners_place_is_no_location(sentence: str) -> None:
    text = article("Kent Police arrested nine people in Dover. " + sentence)
    assert "Essex" not in report(text).locations


# --- the period: a day inside a longer activity with no dates of its own -------------------


@pytest.mark.parametrize(
    "body",
    [
        "Officers found £40,000 in cash at a flat in Dover on Tuesday 12 May. The find came on "
        "the second day of a week of action across Kent.",
        "Police raided a house in Deal on Wednesday 13 May, the busiest day of the week. "
        "Elsewhere during the week, officers in Dover arrested six people.",
    ],
)
def test_one_day_of_an_undated_week_gives_no_period(body: str) -> None:
    got = report(article(body))
    assert (got.period_start, got.period_end) == (None, None)


def test_a_one_day_operation_keeps_its_day() -> None:
    got = report(article("Officers raided 12 addresses in Dover on Tuesday 12 May."))
    assert str(got.period_start) == "2025-05-12" == str(got.period_end)


@pytest.mark.parametrize(
    ("body", "weapon"),
    [
        (
            "A sawn-off shotgun was recovered from a loft in Dover. The shotgun was found during a "
            "warrant on Tuesday.",
            "shotgun",
        ),
        ("Officers seized a samurai sword in Deal. The sword was found under a bed.", "sword"),
    ],
)
def test_the_weapon_named_again_is_the_same_weapon(body: str, weapon: str) -> None:
    got = report(article(body)).weapons
    assert weapon not in got and len(got) == 1, got


# --- shares by origin keep the whole's area -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Of those charged, five are from Essex and two from Dover.",
        "Of those charged, five were from Essex and two from Dover.",
    ],
)
def test_shares_of_the_charged_by_home_town_are_labelled_not_placed(sentence: str) -> None:
    text = article("Kent Police charged seven people. " + sentence)
    got = {(s.metric.value, s.value, s.area, s.label) for s in report(text).statistics}
    assert ("charged", 5, "Kent", "from Essex") in got, got
    assert ("charged", 2, "Kent", "from Dover") in got, got


def test_the_remaining_lines_run_from_a_city_are_a_labelled_share() -> None:
    text = article(
        "Kent Police closed nine county lines. Six of the lines had been run from Lewisham, "
        "with the remaining three run from Croydon."
    )
    got = {(s.metric.value, s.value, s.label) for s in report(text).statistics}
    assert ("lines_closed", 3, "run from Croydon") in got, got


@pytest.mark.parametrize(
    "quote",
    [
        '"Taking this gun off the streets, along with 37 other weapons, matters."',
        '"This rifle and 37 other weapons will never be used on our streets."',
    ],
)
def test_a_quote_counting_the_rest_of_a_total_restates_it(quote: str) -> None:
    text = article(
        "West Yorkshire Police seized 38 weapons during the week.\n\n"
        "Superintendent Amy Lowe said: " + quote
    )
    assert ("weapons_seized", 37) not in keys(text)


NICKNAME = """Kent Police made 40 arrests.

Detective Inspector Sam Reed said the line, known to users as "Benny", had sent texts to 300 \
people at a time.

"They thought Dover was too far away for us to notice," he said.

He said the boy found in Deal had been "used and then dropped when it suited them" by the gang.
"""


def test_a_lines_nickname_is_no_quote_and_he_said_runs_on_into_a_partial_quote() -> None:
    quotes = report(article(NICKNAME)).quotes
    assert [q.text for q in quotes] == [
        "They thought Dover was too far away for us to notice,",
        "used and then dropped when it suited them",
    ]
    assert {q.speaker for q in quotes} == {"Sam Reed"}


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (
            'Chief Inspector Rosa Delaney called the week "a beginning, not an end".',
            "a beginning, not an end",
        ),
        (
            "Superintendent Owen Pryce said the gangs had treated the harbour towns of Deal, Dover "
            'and Folkestone "as franchises".',
            "as franchises",
        ),
    ],
)
def test_partial_quotations_in_running_text(body: str, text: str) -> None:
    quotes = report(article("Kent Police made 40 arrests.\n\n" + body)).quotes
    assert [q.text for q in quotes] == [text]


def test_a_surname_with_a_who_aside_is_the_person_named_before() -> None:
    body = (
        "Kent Police made 40 arrests. The film's writer, Tom Abara, spoke at the launch.\n\n"
        'Abara, who spent a year with youth workers and former runners, said: "I wanted the '
        'officers to look tired, because they are."'
    )
    quotes = report(article(body)).quotes
    assert [q.speaker for q in quotes] == ["Tom Abara"]


def test_a_district_inside_a_named_borough_is_the_borough() -> None:
    text = article(
        "The Met arrested 20 people in Lewisham. Another raid, in Catford in Lewisham, uncovered "
        "14 phones used to take orders from users in Ramsgate and Deal."
    )
    got = report(text).locations
    assert "Lewisham" in got and "Catford" not in got
    assert "Ramsgate" not in got and "Deal" not in got


def test_a_compass_part_of_a_listed_town_is_that_town() -> None:
    text = article(
        "Humberside Police arrested seven people in Hull. Officers raided homes across east Hull "
        "on Tuesday."
    )
    got = report(text).locations
    assert "Hull" in got and "east Hull" not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "He had 40 wraps of heroin and two phones, one of which was the line's handset.",
        'Officers found £900 and two mobile phones, one of them the "Dexter" line phone.',
        "Three handsets were seized, one of them the line's main phone.",
    ],
)
def test_the_lines_own_phone_among_those_seized_is_its_own_count(sentence: str) -> None:
    got = {(s.metric.value, s.value, s.label) for s in report(article(sentence)).statistics}
    assert any(m == "phones_seized" and v == 1 and lb for m, v, lb in got), got


def test_a_share_of_the_gangs_members_jailed_is_counted() -> None:
    text = article(
        "The gang did not last the summer. Two of its senior members were jailed at Maidstone "
        "Crown Court in October. Two of our officers were injured during the raids."
    )
    got = keys(text)
    assert ("people_jailed", 2) in got and ("arrests", 2) not in got


@pytest.mark.parametrize(
    ("sentence", "metric", "n"),
    [
        (
            "Two other men, Dean Holt, 22, and Reece Amis, 19, were jailed for a combined seven "
            "years.",
            "people_jailed",
            2,
        ),
        (
            "Three women, Amy Cole, 30, Jo Bell, 25, and Kim Lowe, 41, were charged with supply.",
            "charged",
            3,
        ),
    ],
)
def test_names_and_ages_in_apposition_are_no_figures(sentence: str, metric: str, n: int) -> None:
    got = keys(article(sentence))
    assert (metric, n) in got
    assert not any(v in (19, 22, 25, 30, 41) for _, v in got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers visited 33 addresses suspected of being cuckooed and found five where a "
        "vulnerable tenant's home had been taken over by dealers.",
        "Teams checked on 33 properties and found five that dealers were using to sell drugs.",
        "Officers visited 33 homes and found five being used by the gang as bases.",
    ],
)
def test_homes_found_cuckooed_among_those_visited(sentence: str) -> None:
    got = {(s.metric.value, s.value, s.label) for s in report(article(sentence)).statistics}
    assert ("addresses_visited", 33, None) in got, got
    assert ("other", 5, "homes found cuckooed") in got, got


@pytest.mark.parametrize(
    ("sentence", "metric", "n"),
    [
        ("Norfolk made 26 of the 44 arrests. Suffolk arrested the other 18.", "arrests", 18),
        (
            "Police charged 12 people on Monday. Officers charged the remaining five on Tuesday.",
            "charged",
            5,
        ),
        (
            "Dover officers made nine arrests, and Deal officers later arrested a further three.",
            "arrests",
            3,
        ),
    ],
)
def test_the_other_or_remaining_n_after_a_verb(sentence: str, metric: str, n: int) -> None:
    assert (metric, n) in keys(article(sentence))


def test_a_long_coordinated_group_still_finds_its_verb() -> None:
    """ "the 34 young people and vulnerable adults our officers have sat down with and offered
    help": the verb comes late, after a coordinated group and a relative clause."""
    text = article(
        'Kent Police made 40 arrests. Inspector Jo Reed said: "What I am proudest of is the 18 '
        "teenagers and vulnerable adults our neighbourhood officers have sat down with and offered "
        'help."'
    )
    assert ("safeguarded", 18) in keys(text)
