"""Rules backend, metric by metric: a dozen sentences of our own per metric.

Different verbs, active and passive voice, digits and number words, qualifiers,
enumerations and bullet lines. None of these sentences comes from a seed
article. Each must yield the expected (metric, value, qualifier), and the same
number must not also be filed under another metric.
"""

from __future__ import annotations

import pytest

from extractor.rules import extract_report
from extractor.schema import Metric, OperationReport, Qualifier

E, MT, AL, AB, NE, UT = (
    Qualifier.exact,
    Qualifier.more_than,
    Qualifier.at_least,
    Qualifier.about,
    Qualifier.nearly,
    Qualifier.up_to,
)

CASES: dict[Metric, list[tuple[str, float, Qualifier]]] = {
    Metric.arrests: [
        ("Officers arrested 31 people during the operation.", 31, E),
        ("A total of 64 arrests were made over the seven days.", 64, E),
        ("Twelve men and women were arrested on suspicion of drug supply.", 12, E),
        ("Detectives made more than 40 arrests across the county.", 40, MT),
        ("Police detained and arrested nine suspects at a flat in the town.", 9, E),
        ("Nearly 300 people have been arrested since the campaign began.", 300, NE),
        ("The force carried out 1,204 arrests in the period.", 1204, E),
        ("Around 75 suspects were arrested, police said.", 75, AB),
        ("- 18 arrests", 18, E),
        ("The results included twenty-two arrests and several seizures.", 22, E),
        ("At least 15 people were taken into custody and arrested.", 15, AL),
        ("Teams swooped on addresses and arrested 27 individuals in dawn raids.", 27, E),
    ],
    Metric.charged: [
        ("Seven people have been charged with drug offences.", 7, E),
        ("Officers charged 14 suspects with possession with intent to supply.", 14, E),
        ("Of those arrested, 23 were charged and remanded in custody.", 23, E),
        ("At least 40 people were charged following the raids.", 40, AL),
        ("Five men have since been charged and will appear in court.", 5, E),
        ("Police charged nineteen people over the weekend.", 19, E),
        ("More than 60 suspects have been charged, the force said.", 60, MT),
        ("- 11 people charged", 11, E),
        ("Three teenagers were charged with being concerned in the supply of heroin.", 3, E),
        ("Detectives have charged 32 individuals in connection with the line.", 32, E),
        ("The operation saw 45 people charged with a range of offences.", 45, E),
        ("Eight women were later charged.", 8, E),
    ],
    Metric.safeguarded: [
        ("Officers safeguarded 46 vulnerable people during the week.", 46, E),
        ("A further 19 children were safeguarded.", 19, E),
        ("More than 200 vulnerable adults were identified and supported.", 200, MT),
        ("Police engaged with 71 young people at risk of exploitation.", 71, E),
        ("- 33 vulnerable people safeguarded", 33, E),
        ("Some 90 youngsters were referred to support services.", 90, AB),
        ("Teams visited 58 vulnerable people thought to be at risk of cuckooing.", 58, E),
        ("Almost 120 children and young people were protected from exploitation.", 120, NE),
        ("Officers made safeguarding referrals for 24 individuals.", 24, E),
        ("Forty-one victims of exploitation were helped to safety.", 41, E),
        ("The week saw 17 vulnerable adults safeguarded by officers.", 17, E),
        ("Specialist officers supported 62 people who had been exploited.", 62, E),
    ],
    Metric.warrants: [
        ("Officers executed 28 warrants across the city.", 28, E),
        ("A total of 15 search warrants were carried out.", 15, E),
        ("Police raided eleven addresses in the town.", 11, E),
        ("- 42 warrants executed", 42, E),
        ("More than 30 warrants were executed at properties linked to the lines.", 30, MT),
        ("Detectives carried out nine drugs warrants on Tuesday.", 9, E),
        ("Teams searched 14 properties under warrant.", 14, E),
        ("Around 50 warrants were issued and executed during the week.", 50, AB),
        ("The force conducted 23 warrants, arresting several people.", 23, E),
        ("Officers executed warrants at 12 addresses in the area.", 12, E),
        ("Some 60 warrants were carried out by specialist teams.", 60, AB),
        ("Seven warrants were executed in the early hours.", 7, E),
    ],
    Metric.cash_seized: [
        ("Officers seized £23,400 in cash.", 23400, E),
        ("More than £50,000 in cash was recovered from the addresses.", 50000, MT),
        ("Police found £7K in cash hidden in a shoe box.", 7000, E),
        ("Cash totalling £12,750 was seized from the car.", 12750, E),
        ("- £18,200 cash seized", 18200, E),
        ("Almost £1.2m in cash was taken off the streets.", 1200000, NE),
        ("The raids recovered around £3,000 in cash and two phones.", 3000, AB),
        ("Officers also seized £940 in cash from one suspect.", 940, E),
        ("A total of £2.5 million in cash was seized nationally.", 2500000, E),
        ("Detectives seized £60,000 of cash from a safe.", 60000, E),
        ("An estimated £15,000 worth of cash was seized.", 15000, AB),
        ("Officers seized cash of £8,300 and a quantity of cannabis.", 8300, E),
    ],
    Metric.drugs_value: [
        ("Drugs worth £120,000 were seized.", 120000, E),
        ("Officers recovered £45,000 worth of drugs.", 45000, E),
        ("Class A drugs with a street value of £30,000 were found.", 30000, E),
        ("More than £1.5m worth of drugs was taken off the streets.", 1500000, MT),
        ("Around £80,000 of drugs were seized in the raids.", 80000, AB),
        ("- £64,000 worth of drugs seized", 64000, E),
        ("Police seized an estimated £250,000 worth of cocaine.", 250000, AB),
        ("Heroin valued at £9,000 was recovered from the flat.", 9000, E),
        ("Up to £2 million of drugs were recovered during the operation.", 2000000, UT),
        ("Officers found £14,500 worth of crack cocaine in the car.", 14500, E),
        ("Cannabis with an estimated street value of £40,000 was seized.", 40000, AB),
        ("The haul included nearly £700,000 worth of drugs.", 700000, NE),
    ],
    Metric.drugs_weight_kg: [
        ("Officers seized 6kg of cocaine.", 6, E),
        ("Detectives recovered 7,020g of heroin.", 7.02, E),
        ("More than 20kg of cannabis was found in the loft.", 20, MT),
        ("Police seized 1.5 tonnes of cannabis from the warehouse.", 1500, E),
        ("Around 500g of crack cocaine was recovered.", 0.5, AB),
        ("- 3kg of Class A drugs seized", 3, E),
        ("Half a kilo of cocaine was found in the boot of the car.", 0.5, E),
        ("Officers recovered 250 grams of heroin.", 0.25, E),
        ("Nearly 12 kilos of cocaine were seized at the port.", 12, NE),
        ("At least 2kg of drugs were found.", 2, AL),
        ("The search uncovered 800g of cannabis and a knife.", 0.8, E),
        ("Police seized 4.2kg of amphetamine.", 4.2, E),
    ],
    Metric.weapons_seized: [
        ("Officers seized 14 weapons.", 14, E),
        ("A total of 52 offensive weapons were recovered.", 52, E),
        ("More than 30 weapons were taken off the streets.", 30, MT),
        ("- 9 weapons seized", 9, E),
        ("Police recovered twenty weapons including knives and a crossbow.", 20, E),
        ("Around 100 weapons were surrendered and seized during the week.", 100, AB),
        ("The raids saw 18 dangerous weapons seized.", 18, E),
        ("Officers found 11 weapons hidden in the property.", 11, E),
        ("Nearly 40 weapons were seized across the region.", 40, NE),
        ("Detectives seized 6 weapons and a quantity of drugs.", 6, E),
        ("Some 75 weapons were recovered by officers.", 75, AB),
        ("At least 25 weapons were seized.", 25, AL),
    ],
    Metric.knives_seized: [
        ("Officers seized 22 knives.", 22, E),
        ("- 13 knives recovered", 13, E),
        ("A total of 38 knives were taken off the streets.", 38, E),
        ("More than 100 knives were seized during the week.", 100, MT),
        ("Police recovered eight knives and a machete.", 8, E),
        ("Nineteen knives were found during searches.", 19, E),
        ("Around 60 knives were seized across the county.", 60, AB),
        ("The weapons seized included 17 knives.", 17, E),
        ("Officers found nine zombie knives in the flat.", 9, E),
        ("Nearly 30 knives were recovered in weapon sweeps.", 30, NE),
        ("Some 45 knives were seized by officers.", 45, AB),
        ("Detectives seized four knives from a car.", 4, E),
    ],
    Metric.phones_seized: [
        ("Officers seized 46 mobile phones.", 46, E),
        ("- 21 phones seized", 21, E),
        ("More than 80 phones were recovered.", 80, MT),
        ("Police seized nine deal line phones.", 9, E),
        ("A total of 130 mobile phones were seized during the week.", 130, E),
        ("Detectives recovered 12 handsets used to run the lines.", 12, E),
        ("Around 40 phones were taken during the raids.", 40, AB),
        ("Eighteen phones were seized at the address.", 18, E),
        ("Officers found 7 mobile phones in the car.", 7, E),
        ("Nearly 200 phones were seized nationally.", 200, NE),
        ("The team seized 33 phones, cash and drugs.", 33, E),
        ("At least 15 mobile phones were recovered.", 15, AL),
    ],
    Metric.lines_closed: [
        ("Officers closed 12 deal lines.", 12, E),
        ("- 8 county lines closed", 8, E),
        ("More than 30 lines were shut down during the week.", 30, MT),
        ("Police disrupted nine drug lines operating in the area.", 9, E),
        ("A total of 16 deal lines were dismantled.", 16, E),
        ("Up to 50 lines were closed across the region.", 50, UT),
        ("Detectives terminated 14 deal lines.", 14, E),
        ("Around 25 county lines were taken down.", 25, AB),
        ("Officers seized five deal lines.", 5, E),
        ("Twenty-three lines were disrupted by the operation.", 23, E),
        ("The force shut down 6 county lines.", 6, E),
        ("Nearly 70 deal lines were closed nationally.", 70, NE),
    ],
    Metric.vehicles_seized: [
        ("Officers seized 9 vehicles.", 9, E),
        ("- 4 vehicles seized", 4, E),
        ("Three cars were seized by police.", 3, E),
        ("More than 20 vehicles were seized during the week.", 20, MT),
        ("Police recovered two cars and a van.", 2, E),
        ("Detectives seized 11 vehicles used to transport drugs.", 11, E),
        ("A total of 15 vehicles were seized under the Proceeds of Crime Act.", 15, E),
        ("Around 30 vehicles were seized across the county.", 30, AB),
        ("Officers seized five mopeds used by drug runners.", 5, E),
        ("Seven motorbikes were recovered.", 7, E),
        ("Nearly 40 vehicles were seized nationally.", 40, NE),
        ("The team seized 6 cars and £4,000 in cash.", 6, E),
    ],
    Metric.addresses_visited: [
        ("Officers visited 64 homes where residents were at risk of cuckooing.", 64, E),
        ("- 22 addresses visited", 22, E),
        ("Teams visited more than 100 properties suspected of being cuckooed.", 100, MT),
        ("Police visited seven addresses of vulnerable tenants.", 7, E),
        ("Neighbourhood officers checked on 38 properties.", 38, E),
        ("Around 50 homes were visited by officers.", 50, AB),
        ("A total of 19 addresses were visited during the week.", 19, E),
        ("Officers made visits to 26 properties.", 26, E),
        ("Nearly 90 addresses were visited across the city.", 90, NE),
        ("Police officers visited 12 premises linked to cuckooing.", 12, E),
        ("At least 30 homes were visited.", 30, AL),
        ("Eleven properties were visited by the team.", 11, E),
    ],
    Metric.people_jailed: [
        ("Six members of the gang have been jailed.", 6, E),
        ("- 9 people jailed", 9, E),
        ("Four men were jailed for a total of 31 years.", 4, E),
        ("Twelve offenders were sentenced to prison.", 12, E),
        ("More than 20 dealers have been jailed since the operation began.", 20, MT),
        ("Police said 14 people had been imprisoned.", 14, E),
        ("Eight gang members were jailed at Crown Court.", 8, E),
        ("Three teenagers were sentenced to custody.", 3, E),
        ("Seventeen people have now been jailed.", 17, E),
        ("A total of 25 people were jailed.", 25, E),
        ("Five defendants were jailed for a combined 40 years.", 5, E),
        ("Nine men have been sentenced to prison terms.", 9, E),
    ],
    Metric.jail_years: [
        ("Four men were jailed for a total of 31 years.", 31, E),
        ("The gang were jailed for a combined 62 years.", 62, E),
        ("Six members were sentenced to a total of 48 years in prison.", 48, E),
        ("They received sentences totalling 27 years.", 27, E),
        ("The defendants were jailed for more than 70 years between them.", 70, MT),
        ("Five people were jailed for a combined total of 33 years.", 33, E),
        ("The dealers were sentenced to almost 50 years in total.", 50, NE),
        ("Eleven men were jailed for a total of 96 years.", 96, E),
        ("Members of the network were jailed for a combined 21 years.", 21, E),
        ("In total the court imposed sentences of 54 years.", 54, E),
        ("Seven offenders were jailed for a total of 39 years.", 39, E),
        ("Sentences totalling over 100 years were handed down to the gang.", 100, MT),
    ],
    Metric.outreach: [
        ("Officers spoke to 7,393 school pupils.", 7393, E),
        ("Officers visited 45 schools to talk about exploitation.", 45, E),
        ("- 300 pupils engaged", 300, E),
        ("Police delivered workshops to 120 teachers.", 120, E),
        ("The team spoke to 60 taxi drivers about the signs of exploitation.", 60, E),
        ("Information was shared with 80 businesses.", 80, E),
        ("Officers briefed 1,150 rail staff.", 1150, E),
        ("Around 2,000 students attended assemblies.", 2000, AB),
        ("Police visited 35 hotels to raise awareness.", 35, E),
        ("Officers engaged with 500 parents at events.", 500, E),
        ("More than 40 colleges received input from officers.", 40, MT),
        ("Officers also spoke to 25 educational professionals.", 25, E),
    ],
    Metric.other: [
        ("Officers seized two samurai swords.", 2, E),
        ("Police recovered 40 wraps of crack cocaine.", 40, E),
        ("Five people were charged with 11 separate offences.", 11, E),
        ("Officers seized three firearms.", 3, E),
        ("Detectives recovered 12 machetes.", 12, E),
        ("A total of 6 guns were seized.", 6, E),
        ("Police seized 90 bags of cannabis.", 90, E),
        ("Officers found 4 crossbows at the address.", 4, E),
        ("Two shotguns were recovered by officers.", 2, E),
        ("The team seized 15 packages of heroin.", 15, E),
        ("Four pistols were seized.", 4, E),
        ("Officers recovered 8 knuckle dusters.", 8, E),
    ],
}

PARAMS = [
    pytest.param(metric, text, value, qual, id=f"{metric.value}-{i}")
    for metric, rows in CASES.items()
    for i, (text, value, qual) in enumerate(rows)
]


def test_a_dozen_sentences_per_metric() -> None:
    assert set(CASES) == set(Metric)
    assert all(len(rows) >= 12 for rows in CASES.values())


@pytest.mark.parametrize(("metric", "text", "value", "qualifier"), PARAMS)
def test_metric_sentence(metric: Metric, text: str, value: float, qualifier: Qualifier) -> None:
    report = extract_report(text, article_id="t", topic_check=False)
    OperationReport.model_validate(report.model_dump(), context={"article": text})
    got = [(s.metric, s.qualifier) for s in report.statistics if abs(float(s.value) - value) < 1e-9]
    assert (metric, qualifier) in got, [
        (s.metric.value, s.value, s.qualifier.value) for s in report.statistics
    ]
    assert len({m for m, _ in got}) == 1, f"{value} filed under several metrics: {got}"
    for s in report.statistics:
        assert text[s.evidence_start : s.evidence_end] == s.evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 3kg of cannabis, 500g of cocaine and £5,000.",
            {
                ("drugs_weight_kg", 3, "cannabis"),
                ("drugs_weight_kg", 0.5, "cocaine"),
                ("cash_seized", 5000, None),
            },
        ),
        ("Police seized £750,000-worth of cocaine.", {("drugs_value", 750000, "cocaine")}),
        (
            "It brings the total number of arrests under the operation to 1,234.",
            {("arrests", 1234, None)},
        ),
        (
            "Officers found 300 cannabis plants and 45 rounds of ammunition.",
            {("other", 300, "cannabis plants"), ("other", 45, "rounds of ammunition")},
        ),
        (
            "Of the 30 people arrested, 12 were charged.",
            {("arrests", 30, None), ("charged", 12, None)},
        ),
        (
            "A total of 233 people have been arrested and 188 charged.",
            {("arrests", 233, None), ("charged", 188, None)},
        ),
        (
            "Twenty-nine adults and nine children were safeguarded.",
            {("safeguarded", 29, None), ("safeguarded", 9, None)},
        ),
        (
            "Detectives in Leeds arrested 12 people, supported by officers from York.",
            {("arrests", 12, None)},
        ),
        ("2.3kg of cocaine and heroin was recovered.", {("drugs_weight_kg", 2.3, None)}),
        ("The gang leader was jailed for nine years.", set()),
        (
            "Officers seized 19 weapons, 11 of them knives.",
            {("weapons_seized", 19, None), ("knives_seized", 11, None)},
        ),
        ("Five regional forces and 200 officers took part over seven days.", set()),
        ("Many lines will generate around £3,000 per day.", set()),
        # figures of an earlier period are not current statistics
        (
            "Officers made 9 arrests, compared with 20 in 2022.",
            {("arrests", 9, None)},
        ),
        ("Police arrested 31 people, up from 18 last year.", {("arrests", 31, None)}),
        (
            "The force closed 12 deal lines, down from 15 the previous year.",
            {("lines_closed", 12, None)},
        ),
        # money: a drug named beside the value makes it drugs value, never cash
        (
            "Detectives recovered £8,000 of crack cocaine and £2,500 cash.",
            {("drugs_value", 8000, "crack cocaine"), ("cash_seized", 2500, None)},
        ),
        (
            "Cocaine worth £80,000 was found in a car, alongside £5,000 in cash.",
            {("drugs_value", 80000, "cocaine"), ("cash_seized", 5000, None)},
        ),
        (
            "Cocaine and heroin, with a combined street value of £70,000, were seized.",
            {("drugs_value", 70000, None)},
        ),
        (
            "The team seized heroin and crack cocaine with an estimated street value of £60,000.",
            {("drugs_value", 60000, None)},
        ),
        # offences charged are `other`, people charged are `charged`
        (
            "Six people were charged and 22 offences in total were charged.",
            {("charged", 6, None), ("other", 22, "offences charged")},
        ),
        (
            "The crackdown saw 19 people charged with 60 offences.",
            {("charged", 19, None), ("other", 60, "offences charged")},
        ),
        (
            "Officers seized 12 handsets and shut down 3 county lines.",
            {("phones_seized", 12, None), ("lines_closed", 3, None)},
        ),
        (
            "The week led to 5 convictions and 30 people arrested.",
            {("other", 5, "convictions"), ("arrests", 30, None)},
        ),
        # a list of people groups shares its verb; a people noun at risk is safeguarded
        (
            "Officers safeguarded 41 vulnerable adults and 17 children.",
            {("safeguarded", 41, None), ("safeguarded", 17, None)},
        ),
        (
            "Police arrested 12 men and 3 women and charged 5 people.",
            {("arrests", 12, None), ("arrests", 3, None), ("charged", 5, None)},
        ),
        (
            "Officers spoke to 22 young people who were at risk of exploitation and referred "
            "them for support.",
            {("safeguarded", 22, None)},
        ),
        ("Officers also spoke to 400 pupils about county lines.", {("outreach", 400, "pupils")}),
        (
            "The force closed 14 lines. This compares with 9 lines in 2023.",
            {("lines_closed", 14, None)},
        ),
        (
            "Police arrested 48 people, against 35 in the same period last year.",
            {("arrests", 48, None)},
        ),
        (
            "Nationally 1,000 arrests were made. The number of people arrested over the week "
            "in Essex was 44.",
            {("arrests", 1000, None), ("arrests", 44, None)},
        ),
        ("Officers made two dozen arrests.", {("arrests", 24, None)}),
        # an earlier event's figures, named as such in the sentence, are background
        ("The previous week of action, in March, led to 800 arrests.", set()),
        (
            "The raids follow the first phase of the inquiry last year, when 9 people were "
            "arrested.",
            set(),
        ),
        ("The force has made more than 300 arrests linked to county lines since 2021.", set()),
        ("Last week, officers arrested 12 people.", {("arrests", 12, None)}),
        # homes found taken over by dealers are `other`; the visits are addresses visited
        (
            "Nine flats in Hove were found to have been taken over by dealers.",
            {("other", 9, "flats taken over by dealers")},
        ),
        ("Officers found six homes that had been cuckooed.", {("other", 6, "homes cuckooed")}),
        (
            "Of the addresses visited, 11 were found to have been taken over by gangs.",
            {("other", 11, "addresses taken over by gangs")},
        ),
        ("Police found 4 'cuckooed' homes.", {("other", 4, "homes cuckooed")}),
        # "arrested and charged": the later step is the figure
        ("Twelve people have been arrested and charged.", {("charged", 12, None)}),
        ("Three men, aged between 18 and 25, have since been charged.", {("charged", 3, None)}),
        ("Charges have so far been brought against 9 of them.", {("charged", 9, None)}),
        (
            "Twenty tenants - most of them older people - were given support.",
            {("safeguarded", 20, None)},
        ),
        # a stated sub-count keeps the total's metric, labelled by the subgroup
        (
            "Officers safeguarded 41 people, including 23 children.",
            {("safeguarded", 41, None), ("safeguarded", 23, "children")},
        ),
        (
            "Police arrested 30 people, including six of the so-called line holders.",
            {("arrests", 30, None), ("arrests", 6, "line holders")},
        ),
        # a share of a total named before it
        ("Of the weapons seized, eight were knives.", {("knives_seized", 8, None)}),
        ("Among the arrests, six were made in Telford.", {("arrests", 6, None)}),
        ("Police seized more than 5,000 diazepam tablets.", {("other", 5000, "diazepam tablets")}),
        (
            "Two other defendants were given suspended sentences.",
            {("other", 2, "defendants given suspended sentences")},
        ),
        # a bare number's own verb before it beats the previous figure's metric
        (
            "Police arrested 19 people and charged 11 in a two-week operation.",
            {("arrests", 19, None), ("charged", 11, None)},
        ),
        # a total with its sub-count as an aside: the verb after the aside is both's
        (
            "Twelve people, including four teenagers, have been arrested.",
            {("arrests", 12, None), ("arrests", 4, "teenagers")},
        ),
        ("Two 16-year-old boys were safeguarded.", {("safeguarded", 2, None)}),
        # "six more than last spring": a comparison with an earlier period
        (
            "Officers closed 16 deal lines - six more than last spring - and seized £2,000 "
            "in cash.",
            {("lines_closed", 16, None), ("cash_seized", 2000, None)},
        ),
        # a compound whose head is a people noun counts people: "line holders"
        (
            "Police closed 12 county lines and arrested 15 line holders.",
            {("lines_closed", 12, None), ("arrests", 15, None)},
        ),
        # a range is its lower bound
        ("Officers found between 20 and 30 wraps of heroin.", {("other", 20, "wraps of heroin")}),
        # help given by partners, and a share named after a preposition, are no figures
        ("Two boys have been supported by social work colleagues.", set()),
        (
            "Officers safeguarded 20 tenants, and the council found new homes for four of them.",
            {("safeguarded", 20, None)},
        ),
        # "one of the addresses" is a detail, not a count
        ("Officers searched a flat and one of the addresses was found to be empty.", set()),
        # "knives and other weapons" counts every kind
        ("Officers seized 30 knives and other weapons.", {("weapons_seized", 30, None)}),
        # a total sentence in years and months
        (
            "The gang were jailed for a total of 31 years and nine months.",
            {("jail_years", 31.75, None)},
        ),
        (
            "Police visited 40 addresses where residents had had their homes taken over by "
            "dealers.",
            {("addresses_visited", 40, None)},
        ),
        ("Dozens of people were arrested and 14 were charged.", {("charged", 14, None)}),
        ("Officers spoke to five-hundred pupils.", {("outreach", 500, "pupils")}),
    ],
)
def test_edge_wordings(text: str, expected: set) -> None:
    report = extract_report(text, article_id="t", topic_check=False)
    assert {(s.metric.value, s.value, s.label) for s in report.statistics} == expected


def test_a_range_is_its_lower_bound_at_least() -> None:
    text = "Officers seized £9,000 in cash and somewhere between 20 and 30 wraps of heroin."
    stats = extract_report(text, article_id="t", topic_check=False).statistics
    assert [(s.metric.value, s.value, s.qualifier.value) for s in stats] == [
        ("cash_seized", 9000, "exact"),
        ("other", 20, "at_least"),
    ]


def test_detaining_people_is_arresting_them() -> None:
    text = (
        " date 2024-03-01 West Yorkshire Police made 84 arrests in a county lines week, with "
        "officers in Bradford detaining 31 people.\n"
    )
    report = extract_report(text, article_id="t", topic_check=False)
    found = {(s.metric.value, s.area, s.value) for s in report.statistics}
    assert ("arrests", "Bradford", 31) in found


def test_the_most_arrests_then_the_figure() -> None:
    text = (
        " date 2024-03-01 More than 900 people were arrested across England and Wales in a "
        "county lines week.\n\n"
        "Merseyside Police made the highest number of arrests, 77, and Kent Police the most "
        "seizures of cash.\n"
    )
    report = extract_report(text, article_id="t", topic_check=False)
    found = {(s.metric.value, s.area, s.value) for s in report.statistics}
    assert ("arrests", "Merseyside", 77) in found


@pytest.mark.parametrize(
    ("head", "future"),
    [
        ("Police will make ", True),
        ("the force WOULD close ", True),
        ("officers could seize ", True),
        ("they are expected to arrest ", True),
        ("the unit aims to close ", True),
        ("it plans to visit ", True),
        ("a target of ", True),
        ("police w\u0131ll close ", True),  # a dotless i is an i to case-insensitive matching
        ("officers closed ", False),
        ("they will, in time, see ", False),  # a comma between the word and the figure
    ],
)
def test_plans_and_hopes_are_background(head: str, future: bool) -> None:
    # the word check in front of _FUTURE must let every one of its words through
    from extractor.rules.background import _future

    assert _future(head) is future
