"""Rules backend, round 14 (fields other than statistics): places, quotes and their speakers.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.schema import OperationReport
from extractor.testing.rules import checked_report


def _report(body: str) -> OperationReport:
    return checked_report(f" date 2025-06-02 Drug raids\n\n{body}\n", topic_check=False)


def _speakers(body: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text.split()[0]) for q in _report(body).quotes]


# -- a surname that is also a town: "Sarah Harlow", later "Ms Harlow said:" ----------------


def test_a_surname_that_is_a_town_still_names_the_speaker() -> None:
    got = _speakers(
        "Kent Police arrested 12 people in Ashford during a week of action.\n\n"
        "Joanna Harlow, the MP for Ashford, welcomed the figures.\n\n"
        'Ms Harlow said: "Twelve arrests is a good start for the families of this town."'
    )
    assert got == [("Joanna Harlow", "Twelve")], got
    got = _speakers(
        "Essex Police closed six lines during the week.\n\n"
        "The question came from Councillor Peter Beeston at the panel meeting.\n\n"
        'Councillor Beeston, who represents a Basildon ward, said: "Six lines is six '
        'networks that will try to come back."'
    )
    assert got == [("Peter Beeston", "Six")], got


# -- no speaker is a place, a month or a body: "in North Ashshire", "Since May" -------------


def test_a_place_month_or_body_in_the_attribution_is_no_speaker() -> None:
    body = (
        "Kent Police closed six lines in Ashford during a week of action.\n\n"
        "Cllr Dunmore, who represents a ward in West Kent, said he wanted "
        'more officers. "Six lines is a start, but only a start," he said.'
    )
    assert all(s != "West Kent" for s, _ in _speakers(body)), _speakers(body)
    body = (
        "Kent Police closed six lines in Ashford during a week of action.\n\n"
        "Lena Morcombe, a youth worker with the Ashford charity Safe Harbour, has met many of "
        'the teenagers referred by officers. "The arrests give us a few weeks," she says.'
    )
    assert all(s != "Safe Harbour" for s, _ in _speakers(body)), _speakers(body)
    body = (
        "Detective Sergeant Ann Colley runs the Ashford team.\n\n"
        "Since March, she says, the team has arrested 20 people in the town.\n\n"
        '"We have closed more lines than in any year before," she says.'
    )
    assert all(s != "Since March" for s, _ in _speakers(body)), _speakers(body)


def test_a_given_name_that_is_a_village_still_names_the_speaker() -> None:
    body = (
        "Kent Police closed six lines in Ashford during a week of action.\n\n"
        "Detective Sergeant Ann Colley said the week had gone well.\n\n"
        "Shelley Okafor, a youth worker in the town, has met many of the teenagers referred "
        'by officers. "The arrests give us a few weeks," she says.'
    )
    assert ("Shelley Okafor", "The") in _speakers(body), _speakers(body)


# -- "Ashford MP Joanna Pellow" then "Mrs Pellow said:": the title after the place ----------


def test_a_title_after_a_place_opens_the_speakers_full_name() -> None:
    got = _speakers(
        "Kent Police arrested 12 people in Ashford during a week of action.\n\n"
        "Ashford MP Joanna Pellow has welcomed the figures.\n\n"
        'Mrs Pellow said: "Twelve arrests is a good start for the families of this town."'
    )
    assert got == [("Joanna Pellow", "Twelve")], got
    got = _speakers(
        "Officers arrested 12 people in Ashford during a week of action, Kent Police "
        "Detective Sergeant Ann Colley said.\n\n"
        'Det Sgt Colley added: "Twelve arrests is a good start for the town."'
    )
    assert got == [("Ann Colley", "Twelve")], got


# -- "Maureen, a grandmother ..., asked that her surname be left out": named by first name --


def test_a_person_named_by_first_name_only_on_purpose_is_the_speaker() -> None:
    got = _speakers(
        "Kent Police closed six lines in Ashford during a week of action.\n\n"
        "Maureen, a grandmother from Kennington whose grandson ran drugs for a line, asked "
        'that her surname be left out. "I thought he was at football," she says.'
    )
    assert got == [("Maureen", "I")], got
    got = _speakers(
        "Kent Police closed six lines in Ashford during a week of action.\n\n"
        "Dean, a father of two who gave only his first name, lives opposite one of the flats.\n\n"
        '"The cars stopped coming the day after the raid," he says.'
    )
    assert got == [("Dean", "The")], got


# -- a letter or a written answer: "head teacher Alan Pryce writes:", "Ms Pryce wrote:" -----


def test_a_written_statement_is_quoted_by_its_writer() -> None:
    got = _speakers(
        "Kent Police arrested 12 people in Ashford during a week of action.\n\n"
        "In a letter to parents, head teacher Alan Pryce writes: "
        '"Officers have told us that some of those arrested were pupils of this school."'
    )
    assert got == [("Alan Pryce", "Officers")], got
    got = _speakers(
        "Kent Police arrested 12 people in Ashford during a week of action.\n\n"
        "The letter was sent by Helen Pryce, the head teacher.\n\n"
        'Ms Pryce, of Oakfield Grange Academy, wrote: "We will support every family affected."'
    )
    assert got == [("Helen Pryce", "We")], got


# -- a label with an aside: "DI Ann Rook, Kent Police:" then the quote ----------------------


def test_a_speaker_label_with_an_aside_names_the_speaker() -> None:
    got = _speakers(
        "Kent Police arrested 12 people in Ashford during a week of action.\n\n"
        'Detective Inspector Ann Rook, Kent Police: "We took twelve people off the streets."'
    )
    assert got == [("Ann Rook", "We")], got
    got = _speakers(
        "Kent Police arrested 12 people in Ashford during a week of action.\n\n"
        'Supt Ray Colley, who led the week: "Every arrest here started with a call from a '
        'resident."'
    )
    assert got == [("Ray Colley", "Every")], got


# -- the court's town is no site: "will appear before magistrates in Maidstone" -------------


def test_the_town_of_the_court_hearing_is_no_location() -> None:
    for tail in (
        "will appear before magistrates in Maidstone on Friday.",
        "appeared at court in Maidstone the next day.",
        "will stand trial in Maidstone next year.",
    ):
        locations = _report(
            "Kent Police raided three flats in Ashford on Tuesday and arrested four people. "
            f"All four have been charged and {tail}"
        ).locations
        assert "Maidstone" not in locations and "Ashford" in locations, (tail, locations)


def test_the_streets_of_a_town_are_a_site() -> None:
    locations = _report(
        "Police say they have broken up a network that used children to sell heroin on the "
        "streets of Margate and Ramsgate. Officers raided five homes at dawn."
    ).locations
    assert {"Margate", "Ramsgate"} <= set(locations), locations


# -- "near <town>" after a county or a council district: the town is a site ----------------


def test_a_town_near_a_road_stop_is_a_site_beside_its_county_or_district() -> None:
    for lead in ("Lincolnshire officers", "In South Holland, officers"):
        locations = _report(
            "Police arrested nine people in Boston during a week of action against county "
            f"lines.\n\n{lead} stopped a car on the A17 near Holbeach and found 200g of cocaine."
        ).locations
        assert "Holbeach" in locations, (lead, locations)


# -- "Across Kent, the force has closed 40 lines since April": no site of the story ---------


def test_a_force_wide_running_total_names_no_site() -> None:
    for tail in ("since April", "since the start of the year", "since 2023"):
        locations = _report(
            "Officers raided three flats in Ashford on Tuesday and arrested four people.\n\n"
            f"Across Kent, the force has closed 40 county lines {tail}."
        ).locations
        assert "Kent" not in locations and "Ashford" in locations, (tail, locations)


# -- Scotland's council areas are places: "Renfrewshire", "West Lothian" --------------------


def test_scottish_council_areas_are_places() -> None:
    locations = _report(
        "Police Scotland arrested 14 people in Paisley during a week of action against "
        "county lines. Officers also carried out searches across Renfrewshire and "
        "West Lothian."
    ).locations
    assert {"Renfrewshire", "West Lothian"} <= set(locations), locations


# -- a half-year's stated dates are the period: "between 1 April and 30 September" ---------


def test_a_half_year_between_stated_days_is_the_period() -> None:
    from datetime import date

    report = checked_report(
        " date 2025-11-04 Drug figures\n\nPolice made 40 county lines arrests in Ashford "
        "between 1 April and 30 September, the council heard.\n",
        topic_check=False,
    )
    assert (report.period_start, report.period_end) == (date(2025, 4, 1), date(2025, 9, 30))
    assert not report.week_of_action


# -- 'admitted running the "Ricky" line': a line's name, no quote ---------------------------


def test_a_quoted_line_name_is_no_quote() -> None:
    for body in (
        'Dean Marsh, 22, and Tyler Okoro, 20, admitted running the "Bobby" line in Ashford.',
        'Tyler Okoro said he had run the "Kenzo" deal line for a month before his arrest.',
    ):
        assert _report(body).quotes == [], (body, _report(body).quotes)


# -- the attribution inside the sentence that runs into the quote ---------------------------


def test_a_parenthetical_or_pronoun_attribution_runs_into_the_quote() -> None:
    got = _speakers(
        "Detective Sergeant Ann Colley runs the Ashford team.\n\n"
        'A busy line, Colley says, can make "more than a grand a day" for whoever runs it.'
    )
    assert got == [("Ann Colley", "more")], got
    got = _speakers(
        "Detective Sergeant Ann Colley runs the Ashford team.\n\n"
        '"We knock on doors every week," she says.\n\n'
        "Youth worker Tom Reddy meets the boys afterwards. "
        '"They are frightened," he says.\n\n'
        "Mary Pike, who lives on the estate, has seen it all. She describes a stairwell where "
        '"the buzzer never stopped" until the flat was shut.'
    )
    assert ("Mary Pike", "the") in got, got


# -- one house or estate in a district of the town named before: no site of its own --------


def test_a_dwelling_in_a_district_of_a_named_town_is_no_location() -> None:
    locations = _report(
        "Officers made 20 arrests across Greater Manchester during the week. In Wigan, "
        "officers made 12 of the arrests, and most of the cocaine came from a single house "
        "in Hindley."
    ).locations
    assert "Hindley" not in locations and "Wigan" in locations, locations
    locations = _report(
        "Officers in Swansea arrested ten people during the week. Four of the arrests "
        "were made at one flat in the Townhill area."
    ).locations
    assert "Townhill" not in locations, locations


# -- a quote's places beside its own counts: "knocked on 30 doors in X", "600 pupils in Y" --


def test_places_beside_counts_in_a_quote_are_sites() -> None:
    for words in (
        "Our teams knocked on 30 doors in Margate and Ramsgate where we feared the worst.",
        "We also spoke to more than six hundred pupils in schools in Margate and Ramsgate.",
    ):
        locations = _report(
            "Kent Police arrested 12 people in Ashford during a week of action.\n\n"
            f'Inspector Ann Colley said: "{words}"'
        ).locations
        assert {"Margate", "Ramsgate"} <= set(locations), (words, locations)


# -- "a knife recovered from a car in X": where the thing was found, not an origin ---------


def test_a_seizure_from_a_car_or_house_in_a_town_is_a_site() -> None:
    for clause in (
        "a machete was recovered from a car in Margate",
        "£4,000 was seized from a flat in Margate",
    ):
        locations = _report(
            f"Kent Police arrested 12 people in Ashford during a week of action, and {clause}."
        ).locations
        assert "Margate" in locations, (clause, locations)
    locations = _report(
        "Kent Police arrested 12 people in Ashford. The runners came from a flat in Margate."
    ).locations
    assert "Margate" not in locations, locations


# -- a regional unit written "Regional Organised Crime Unit for the <region>" -------------------


def test_a_regional_unit_for_its_region_is_an_agency() -> None:
    agencies = _report(
        "Officers arrested 40 people across the region during a week of action against "
        "county lines, the Regional Organised Crime Unit for the North West said."
    ).agencies
    assert agencies == ["Regional Organised Crime Unit for the North West"], agencies


# -- "Nationally, ... in the past year, according to the NPCC": a source of background -----


def test_a_national_body_named_only_as_source_of_a_yearly_total_is_no_agency() -> None:
    body = (
        "Kent Police arrested 12 people in Ashford during a week of action.\n\n"
        "Nationally, more than 1,400 county lines were closed in the past year, according to "
        "the National Police Chiefs' Council."
    )
    assert _report(body).agencies == ["Kent Police"], _report(body).agencies
    body = (
        "Kent Police arrested 12 people in Ashford during a week of action.\n\n"
        "Nationally, more than 1,400 people were arrested during the week, according to "
        "the National Police Chiefs' Council."
    )
    assert "National Police Chiefs' Council" in _report(body).agencies


# -- "Of the 30 lines, 12 were closed in A and the rest across B and C": sites -------------


def test_a_split_of_closed_lines_names_its_places_as_sites() -> None:
    locations = _report(
        "Kent Police closed 30 county lines last year, the figures show.\n\n"
        "Of the 30 lines, 12 were closed in Margate and the remaining 18 across "
        "Ramsgate and Broadstairs."
    ).locations
    assert {"Margate", "Ramsgate", "Broadstairs"} <= set(locations), locations
