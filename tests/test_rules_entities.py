"""Rules backend: agencies, locations, drugs, weapons, operation names, quotes, dates."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.rules import extract_report
from extractor.rules.dates import period, week_of_action
from extractor.schema import OperationReport
from extractor.schema import parse_published as published_date


def record(text: str) -> OperationReport:
    report = extract_report(text, article_id="t", topic_check=False)
    OperationReport.model_validate(report.model_dump(), context={"article": text})
    return report


# --- agencies ----------------------------------------------------------------------------


def test_full_name_when_the_article_expands_an_acronym() -> None:
    text = (
        "The North West Regional Organised Crime Unit (TITAN) led the week. TITAN officers "
        "arrested 40 people.\n"
    )
    assert record(text).agencies == ["North West Regional Organised Crime Unit"]


def test_acronym_as_written_when_never_expanded() -> None:
    text = "The NCA and officers from Surrey Police arrested nine people.\n"
    assert record(text).agencies == ["NCA", "Surrey Police"]


def test_force_named_in_lower_case_is_the_force() -> None:
    assert record("Officers from Devon and Cornwall police seized 3kg of cocaine.\n").agencies == [
        "Devon and Cornwall Police"
    ]


def test_not_agencies() -> None:
    text = (
        "Regional Organised Crime Units (ROCUs) and partner agencies worked with the council, "
        "Crimestoppers and the Home Office. In Essex, 44 arrests were made.\n"
    )
    assert record(text).agencies == []


def test_apostrophe_variants_of_the_npcc() -> None:
    text = "The National Police Chief’s Council (NPCC) said 12 lines were closed.\n"
    assert record(text).agencies == ["National Police Chiefs' Council"]


# --- locations ---------------------------------------------------------------------------


def test_locations_are_figure_areas_and_activity_sites() -> None:
    text = (
        "Officers in Hampshire arrested 20 people.\n\n"
        "Officers also patrolled stations in Winchester and Andover.\n\n"
        "The gangs came from Birmingham and sold drugs to towns in Dorset.\n\n"
        '"We will keep going in Southampton," said Inspector Amy Lowe.\n'
    )
    assert record(text).locations == ["Hampshire", "Winchester", "Andover"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        ("Essex Police arrested 12 people in Wickford and seized cocaine.", ["Wickford"]),
        (
            "Officers raided homes in Maldon, Tiptree and Grays during the week of action.",
            ["Maldon", "Tiptree", "Grays"],
        ),
        ("Police Scotland officers arrested 9 people in Kilmarnock.", ["Kilmarnock"]),
        ("PSNI officers searched homes in Ballymena and Omagh.", ["Ballymena", "Omagh"]),
        ("Dyfed-Powys Police arrested six people in Ammanford.", ["Ammanford"]),
        ("Officers stopped a car on the M62 and seized 2kg of cocaine.", ["M62"]),
        # a name that is also a word is a place only where the words around it say so
        ("Reading the signs, officers arrested five people in Deal.", ["Deal"]),
        ("Sale of the drugs was stopped when officers arrested three people.", []),
        ("Deal lines were closed by officers who arrested four men.", []),
        ("Wickford said officers arrested four men.", []),
        (
            "Officers made arrests in a crackdown that focused on Doncaster, Wakefield and "
            "Huddersfield stations.",
            ["Doncaster", "Wakefield", "Huddersfield"],
        ),
        # the gangs and dealers targeted *in* a place: the place is a site of the activity
        (
            "The week targeted dealers in Maldon, Tiptree and Grays, officers said.",
            ["Maldon", "Tiptree", "Grays"],
        ),
        (
            "Officers took part in the week from Monday, with patrols across Surrey and Sussex.",
            ["Surrey", "Sussex"],
        ),
        # where lines run from or into is no site
        ("Officers targeted lines run from London into Kent and Sussex.", []),
        ("Police closed lines linked to gangs in east London.", []),
        ("Officers targeted gangs exporting drugs from Leeds to towns across Cumbria.", []),
        (
            "Police arrested 9 people in a crackdown on drug dealing in Gateshead and Jarrow.",
            ["Gateshead", "Jarrow"],
        ),
        ("Officers seized drugs supplied to county lines across Kent and Sussex.", []),
        ("The men were charged and will appear at Exeter Crown Court.", []),
        ("The raids follow the first phase last year, when 9 people were arrested in Poole.", []),
        (
            "Activity was focused on Exeter, Torquay and the M5 corridor.",
            ["Exeter", "Torquay", "M5"],
        ),
        (
            "Durham Constabulary's work centred on Darlington and Hartlepool.",
            ["Darlington", "Hartlepool"],
        ),
        (
            "Cocaine was found in a car stopped on the M5 near Tiverton, officers said.",
            ["M5", "Tiverton"],
        ),
        ("Officers raided addresses in Bristol and south London.", ["Bristol", "south London"]),
        (
            "Officers raided homes in Maldon and in King's Lynn and Thetford.",
            ["Maldon", "King's Lynn", "Thetford"],
        ),
        (
            "Officers patrolled across Surrey, Kent and Weald and Sussex.",
            ["Surrey", "Kent", "Sussex"],
        ),
        (
            "Officers visited homes in Middlesbrough, Hartlepool, Stockton-on-Tees and Darlington.",
            ["Middlesbrough", "Hartlepool", "Stockton-on-Tees", "Darlington"],
        ),
    ],
)
def test_towns_beyond_the_hand_gazetteer(text: str, locations: list[str]) -> None:
    assert record(text + "\n").locations == locations


def test_breakdown_lines_with_wide_gazetteer_towns() -> None:
    text = (
        "Essex Police arrested 30 people during a week of action against county lines.\n\n"
        "Wickford: 5 arrests\n\nGrays: 7 arrests\n"
    )
    stats = {(s.area, s.value) for s in record(text).statistics}
    assert stats == {("Essex", 30), ("Wickford", 5), ("Grays", 7)}


def test_person_and_organisation_names_are_not_places() -> None:
    text = (
        "Superintendent Paul Boston of Reading Borough Council praised officers in Kent, "
        "who arrested 5 people.\n"
    )
    assert record(text).locations == ["Kent"]


def test_pcc_title_places_are_not_locations() -> None:
    text = (
        "Officers in Leicestershire arrested 9 people. Leicester, Leicestershire and Rutland "
        "Police and Crime Commissioner, Rupert Matthews, praised them.\n"
    )
    assert record(text).locations == ["Leicestershire"]


# --- drugs and weapons -------------------------------------------------------------------


def test_drugs_reported_seized_with_canonical_names() -> None:
    text = (
        "Crack, heroin and skunk were seized. Drug dealing harms communities and "
        "ketamine use is rising.\n"
    )
    assert record(text).drugs == ["crack cocaine", "heroin", "cannabis"]


def test_a_class_only_when_no_drug_of_it_is_named() -> None:
    assert record("Class A and Class B drugs worth £5,000 were seized.\n").drugs == [
        "class a",
        "class b",
    ]
    assert record("Class A drugs including cocaine were seized.\n").drugs == ["cocaine"]


def test_weapons_seized_in_singular_and_not_knife_crime() -> None:
    text = (
        "Officers recovered machetes, knuckle dusters, two samurai swords and an air rifle. "
        "Knife crime remains a priority.\n"
    )
    assert record(text).weapons == ["machete", "knuckle duster", "samurai sword", "air rifle"]


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        (
            "Officers seized an axe, a crossbow and a decommissioned firearm.",
            ["axe", "crossbow", "decommissioned firearm"],
        ),
        (
            "Weapons recovered included a BB gun, an imitation firearm and a flick knife.",
            ["bb gun", "imitation firearm", "flick knife"],
        ),
        (
            "A hunting knife, a stun gun and pepper spray were found at the address.",
            ["hunting knife", "stun gun", "pepper spray"],
        ),
        (
            "A zombie knife, CS spray, a knuckle-duster and a baseball bat were taken off the "
            "streets.",
            ["zombie knife", "cs spray", "knuckle duster", "baseball bat"],
        ),
        (
            "The haul included two machetes, a samurai sword, a taser and a gun.",
            ["machete", "samurai sword", "taser", "gun"],
        ),
        (
            "A haul of 20 weapons, including swords, axes and a crossbow, was removed.",
            ["sword", "axe", "crossbow"],
        ),
        (
            "Three flick knives and a sawn off shotgun were handed in.",
            ["flick knife", "sawn-off shotgun"],
        ),
        ("A search of the flat revealed a machete and a lock knife.", ["machete", "lock knife"]),
        ("He was charged with possession of a knife after cocaine was seized.", []),
        ("Knife crime and gun crime fell; officers seized cannabis.", []),
    ],
)
def test_weapon_types_as_written(text: str, weapons: list[str]) -> None:
    assert record(text + "\n").weapons == weapons


def test_cannabis_resin_is_kept_apart_from_cannabis() -> None:
    text = "Officers seized cannabis resin worth £3,000 and 2kg of herbal cannabis.\n"
    rec = record(text)
    assert rec.drugs == ["cannabis resin", "cannabis"]
    assert {(s.metric.value, s.label) for s in rec.statistics} == {
        ("drugs_value", "cannabis resin"),
        ("drugs_weight_kg", "cannabis"),
    }


def test_an_agency_named_two_ways_is_one_agency() -> None:
    text = (
        "Kent Police Service arrested 12 people in Maidstone. A Kent Police spokesman said "
        "cocaine was seized. Police Service of Scotland and Police Scotland officers helped.\n"
    )
    assert record(text).agencies == ["Kent Police", "Police Scotland"]


# --- operation names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("as part of Operation Serpent.", ["Operation Serpent"]),
        ("Operation Raptor's latest push saw 4 arrests.", ["Operation Raptor"]),
        (
            "The operation, Operation Orochi, continues. Operation Orochi began in 2019.",
            ["Operation Orochi"],
        ),
        ("A major operation took place. The Operation Was a success.", []),
        ("Operation Orochi 2 ran in March.", ["Operation Orochi 2"]),
        ("as part of Operation Venetic II, 12 arrests", ["Operation Venetic II"]),
        ("Operation Orochi 12 people were arrested.", ["Operation Orochi"]),
        ("Operation Serpent 2, which began in 2022, led to arrests.", ["Operation Serpent 2"]),
    ],
)
def test_operation_names(text: str, names: list[str]) -> None:
    assert record(text).operation_names == names


# --- quotes ------------------------------------------------------------------------------


def test_quote_shapes_and_attribution() -> None:
    text = (
        'Detective Inspector Sam Reid, county lines lead for Kent Police, said: "We arrested '
        "more people than ever this week.\n\n"
        '"And we are not finished yet."\n\n'
        '"Children are being used as couriers," said Sergeant Maya Okafor of Essex Police. '
        '"We will find them."\n\n'
        'She added: "Please call us if you are worried."\n\n'
        'The NCA\'s head of county lines, Nikki Holland, said: "This is a national problem."\n\n'
        'A spokesperson said: "We cannot comment on individual cases at this time."\n'
    )
    quotes = record(text).quotes
    got = [(q.speaker, q.role, q.organisation, q.text) for q in quotes]
    assert got == [
        (
            "Sam Reid",
            "Detective Inspector",
            "Kent Police",
            "We arrested more people than ever this week.",
        ),
        ("Sam Reid", "Detective Inspector", "Kent Police", "And we are not finished yet."),
        ("Maya Okafor", "Sergeant", "Essex Police", "Children are being used as couriers,"),
        ("Maya Okafor", "Sergeant", "Essex Police", "We will find them."),
        ("Maya Okafor", "Sergeant", "Essex Police", "Please call us if you are worried."),
        ("Nikki Holland", "head of county lines", "NCA", "This is a national problem."),
    ]
    for q in quotes:
        assert text[q.text_start : q.text_end] == q.text


def test_scare_quotes_are_not_quotations() -> None:
    assert record('Dealers use "cuckooing" to take over homes, police said.\n').quotes == []


# --- dates and week of action -------------------------------------------------------------


def test_published_from_the_date_line() -> None:
    assert published_date(" date 2021-10-22 Officers ...") == date(2021, 10, 22)
    assert published_date("Officers ... date 2021-10-22") is None
    assert published_date(" date 2021-02-30 bad date") is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "between monday 7 march and friday 11 march",
            date(2022, 3, 18),
            (date(2022, 3, 7), date(2022, 3, 11)),
        ),
        ("between 7 and 11 october", date(2021, 10, 22), (date(2021, 10, 7), date(2021, 10, 11))),
        ("from 13 to 19 november", date(2023, 11, 24), (date(2023, 11, 13), date(2023, 11, 19))),
        (
            "ran from 28 november to 4 december",
            date(2022, 12, 9),
            (date(2022, 11, 28), date(2022, 12, 4)),
        ),
        ("between 20 and 27 december", date(2023, 1, 3), (date(2022, 12, 20), date(2022, 12, 27))),
        ("between 7 and 11 october", None, (None, None)),
        ("14-20 november 2022", None, (date(2022, 11, 14), date(2022, 11, 20))),
        ("last week and this month", date(2022, 3, 18), (None, None)),
        (
            "officers raided 12 addresses on tuesday 4 june.",
            date(2024, 6, 7),
            (date(2024, 6, 4), date(2024, 6, 4)),
        ),
        ("he was jailed on 4 june at the crown court.", date(2024, 6, 7), (None, None)),
        ("the trial ran from 3 to 14 march. officers", date(2024, 3, 20), (None, None)),
        (
            "the activity took place between 25 november and 1 december.",
            date(2024, 12, 5),
            (date(2024, 11, 25), date(2024, 12, 1)),
        ),
        (
            "between november 25 and december 1, police arrested 40 people.",
            date(2024, 12, 5),
            (date(2024, 11, 25), date(2024, 12, 1)),
        ),
        (
            "between monday, november 25, and sunday, december 1",
            date(2024, 12, 5),
            (date(2024, 11, 25), date(2024, 12, 1)),
        ),
        (
            "from monday, may 13 to sunday, may 19 officers",
            date(2024, 5, 24),
            (date(2024, 5, 13), date(2024, 5, 19)),
        ),
        # a court word in the next paragraph is not the range's sentence
        (
            "the operation ran from 16 to 22 june, officers said.\n\n"
            "nine were remanded in custody.",
            date(2025, 6, 27),
            (date(2025, 6, 16), date(2025, 6, 22)),
        ),
    ],
)
def test_period(text: str, published: date | None, expected: tuple) -> None:
    assert period(text, published) == expected


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("a week of action against county lines", True),
        ("county lines intensification week", True),
        ("during the week-long crackdown", True),
        ("the weeklong operation", True),
        ("a two-week county lines operation", True),
        ("an intensified week of action", True),
        ("a long-running operation that began last year", False),
        ("he was jailed last week", False),
        ("the county lines intensification saw 40 arrests", True),
        ("officers joined a week of action across the region", True),
        ("a week of intensified activity", True),
        ("during a week of targeted action", True),
        ("a seven-day crackdown on county lines", True),
        ("between 25 november and 1 december officers arrested 40 people", True),
        ("between 7 and 11 october, officers made arrests", True),
        ("officers raided a flat on 4 june and arrested two men", False),
        ("the trial ran from 3 to 14 march", False),
        ("between january and march, 40 people were arrested", False),
        ("officers arrested 31 people in a week targeting county lines", True),
        ("results from the force's county lines week", True),
        ("a week after the raid, he was charged", False),
        ("the county lines gang ran the line for a week", False),
    ],
)
def test_week_of_action(text: str, flag: bool) -> None:
    assert week_of_action(text.lower()) is flag


def test_quote_after_a_reported_speech_paragraph_and_split_quote() -> None:
    text = (
        "Police in Kent arrested 20 people.\n\n"
        "Det Supt Jane Doe, head of serious crime at Kent Police, said the results were "
        "encouraging.\n\n"
        '"We will keep going after these gangs and the people who run them."\n\n'
        '"We are pleased with the results," said DCI Mark Smith, "and we will do more."\n'
    )
    got = [(q.speaker, q.role, q.organisation, q.text) for q in record(text).quotes]
    assert got == [
        (
            "Jane Doe",
            "Det Supt",
            "Kent Police",
            "We will keep going after these gangs and the people who run them.",
        ),
        ("Mark Smith", "DCI", "Kent Police", "We are pleased with the results,"),
        ("Mark Smith", "DCI", "Kent Police", "and we will do more."),
    ]


def test_single_quotation_marks() -> None:
    text = (
        "Officers in Kent arrested 12 people.\n\n"
        "Inspector Jo Bell said: \u2018We\u2019re proud of the team and we\u2019ll keep "
        "going.\n\n"
        "\u2018Nobody should live in fear,\u2019 she added. \u2018Call us.\u2019\n"
    )
    assert [(q.speaker, q.text) for q in record(text).quotes] == [
        ("Jo Bell", "We\u2019re proud of the team and we\u2019ll keep going."),
        ("Jo Bell", "Nobody should live in fear,"),
        ("Jo Bell", "Call us."),
    ]


def test_a_body_named_two_ways_is_listed_by_its_longest_written_name() -> None:
    text = (
        "East Midlands ROCU: county lines results\n\n"
        "The East Midlands Regional Organised Crime Unit led a week against county lines "
        "drug dealing. The East Midlands ROCU said 40 people were arrested.\n"
    )
    assert record(text).agencies == ["East Midlands Regional Organised Crime Unit"]


def test_speaker_named_before_of_force_keeps_the_person() -> None:
    text = (
        "Sergeant Tom Hale of Norfolk Constabulary said the week had gone well.\n\n"
        '"We arrested nine people," he said.\n'
    )
    quotes = record(text).quotes
    assert [(q.speaker, q.role, q.organisation) for q in quotes] == [
        ("Tom Hale", "Sergeant", "Norfolk Constabulary")
    ]


def test_quote_inside_reported_speech_or_after_an_adverbial_is_attributed() -> None:
    text = (
        'Sentencing, Judge Anne Colley said the men had "preyed on the weakest in the town".\n\n'
        'Lord Bannerman told him he had shown "no remorse at all for the harm".\n\n'
        'Detective Sergeant Ian Ross said outside court: "They ran the line for two years."\n'
    )
    quotes = record(text).quotes
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Anne Colley", "Judge"),
        ("Lord Bannerman", None),
        ("Ian Ross", "Detective Sergeant"),
    ]


def test_a_town_written_in_full_and_short_is_one_place_by_its_full_name() -> None:
    text = (
        " date 2025-03-03 \nSix held in Yarmouth drugs raids\n\n"
        "Officers arrested six people in Great Yarmouth during a county lines week of action.\n"
    )
    report = extract_report(text, article_id="t")
    assert report.locations == ["Great Yarmouth"]
    assert {s.area for s in report.statistics} == {"Great Yarmouth"}


def test_an_article_outside_the_genre_has_no_agencies_or_locations() -> None:
    text = (
        " date 2025-03-03 Norfolk Constabulary arrested four men over catalytic converter "
        "thefts in Dereham and Swaffham.\n"
    )
    report = extract_report(text, article_id="t")
    assert (report.agencies, report.locations, report.statistics) == ([], [], [])


def test_drugs_carried_are_found_and_drugs_advertised_are_not() -> None:
    text = (
        "The line sent texts advertising heroin and ketamine, earning the gang £2,000 a day.\n\n"
        "Officers stopped a boy carrying crack cocaine. They later seized £3,000 of cocaine.\n\n"
        '"We have taken £5,000 in cash and 20 wraps of spice," said Sergeant Amy Cole.\n'
    )
    assert record(text).drugs == ["crack cocaine", "cocaine", "spice"]
