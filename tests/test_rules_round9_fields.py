"""Rules backend, round 9 (everything but scope): figures missed or read when they should not be.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.testing.rules import checked_report


def _figures(body: str) -> set[tuple[str, float]]:
    text = f" date 2025-06-02 Drug raids\n\n{body}\n"
    return {(s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics}


# -- a share split off in its own words: ", with 12 of them in Dover" ---------------------


def test_a_share_after_with_is_a_share_of_the_figure_before() -> None:
    assert ("arrests", 12) in _figures(
        "Officers in Kent made 30 arrests, with 12 of them in Dover."
    )
    assert ("warrants", 4) in _figures(
        "Detectives carried out 11 warrants across Surrey, with four of those in Woking."
    )
    assert ("charged", 6) in _figures(
        "Nineteen people were charged during the week, with six of them in Luton."
    )


def test_a_detail_after_with_is_still_no_figure() -> None:
    got = _figures("Officers safeguarded 20 children and spoke with five of them at school.")
    assert ("safeguarded", 5) not in got


# -- the rest of a split told in the next sentence: "Sussex officers made the other 9" ----


def test_the_rest_of_a_split_in_the_next_sentence_counts_what_the_split_did() -> None:
    got = _figures(
        "Kent Police made 20 of the arrests, most of them in Dover. "
        "Sussex officers made the other 9, including four in Hastings."
    )
    assert {("arrests", 9), ("arrests", 4)} <= got
    got = _figures(
        "Kent Police arrested 20 people. Sussex Police made 14, Surrey Police 11 "
        "and Essex Police the remaining 6."
    )
    assert {("arrests", 14), ("arrests", 11), ("arrests", 6)} <= got
    got = _figures(
        "Officers in Norfolk executed 12 warrants. Colleagues in Suffolk carried out "
        "a further eight, three of them in Ipswich."
    )
    assert {("warrants", 8), ("warrants", 3)} <= got


def test_all_but_a_few_of_them_is_no_share() -> None:
    got = _figures(
        "Kent Police made 20 of the arrests. Sussex officers made the other 9, all but two "
        "of them in Hastings."
    )
    assert ("arrests", 9) in got
    assert ("arrests", 2) not in got
    got = _figures("Officers arrested 14 people, all but three of them in Crawley.")
    assert ("arrests", 3) not in got


def test_a_bare_count_after_money_or_a_new_subject_is_no_figure() -> None:
    got = _figures("Officers seized £20,000 in cash. Sussex Police made 14.")
    assert ("cash_seized", 14) not in got
    got = _figures("Kent Police arrested 20 people. The youngest was 15.")
    assert ("arrests", 15) not in got


# -- a detail between a figure and its share keeps the share: "at two flats, and five in X" --


def test_a_place_detail_does_not_break_a_list_of_shares() -> None:
    got = _figures(
        "Officers arrested 17 people in Kent. Eleven were held in Dover, most of them at "
        "three flats on one estate, and six in Deal."
    )
    assert ("arrests", 6) in got
    got = _figures(
        "Police arrested 25 people. Of those, 14 were arrested in Leeds, all of them at "
        "two addresses in Harehills, and 11 in Bradford."
    )
    assert ("arrests", 11) in got


# -- homes found taken over, with a place word between: "four addresses there were ..." ------


def test_homes_there_found_taken_over_are_no_visits() -> None:
    got = _figures(
        "Officers visited 30 addresses in Ebbw Vale, and four addresses there were found to "
        "have been taken over by dealers."
    )
    assert ("other", 4) in got and ("addresses_visited", 4) not in got
    got = _figures("Officers carried out 30 checks in Deal; three homes nearby had been cuckooed.")
    assert ("other", 3) in got
    got = _figures(
        "Teams knocked on 50 doors in Hastings and found that six flats in the town had been "
        "taken over by a gang."
    )
    assert ("other", 6) in got


# -- Scotland: a report on people to the Procurator Fiscal, after a count of those charged ----


def test_a_report_on_people_to_the_fiscal_is_no_charge() -> None:
    for body in (
        "Police Scotland arrested 20 people in Ayr. Twelve have been charged, and a report on "
        "a further six people will be sent to the Procurator Fiscal.",
        "Police Scotland arrested 20 people in Ayr. Twelve were charged and a report about "
        "another six will be submitted to the Procurator Fiscal.",
        "Police Scotland arrested 20 people in Ayr; 12 were charged, while a report on the "
        "remaining six has been passed to the Procurator Fiscal.",
    ):
        got = _figures(body)
        assert ("charged", 12) in got and ("charged", 6) not in got
        assert ("other", 6) in got


# -- road checks are counted as such: "stopped 40 vehicles" is `other`, not a seizure -------


def _labelled(body: str) -> set[tuple[str, str | None, float]]:
    text = f" date 2025-06-02 Drug raids\n\n{body}\n"
    report = checked_report(text, topic_check=False)
    return {(s.metric.value, s.label, s.value) for s in report.statistics}


def test_vehicles_stopped_are_an_other_count() -> None:
    got = _labelled("Roads officers stopped 35 vehicles on the M6 and seized two cars.")
    assert ("other", "vehicles stopped", 35) in got
    assert ("vehicles_seized", None, 2) in got
    got = _labelled("Officers in Kent checked 120 vans at the port during the week.")
    assert ("other", "vans checked", 120) in got
    got = _labelled("Patrols stop-checked 18 cars on the A30.")
    assert ("other", "cars stop-checked", 18) in got


def test_homes_found_cuckooed_at_some_of_those_visited() -> None:
    got = _figures(
        "Officers visited 30 addresses in Dover. At six of them, officers found clear evidence "
        "that dealers were using the home."
    )
    assert ("other", 6) in got
    got = _figures(
        "Teams visited 25 homes in Deal. In four of those, officers found the flats had been "
        "taken over by dealers."
    )
    assert ("other", 4) in got


# -- the age of the youngest or oldest is no count: "the youngest of them was 13" ------------


def test_the_age_of_the_youngest_or_oldest_is_no_figure() -> None:
    got = _figures('Kent Police said: "We safeguarded 28 people, and the youngest of them was 13."')
    assert ("safeguarded", 13) not in got
    got = _figures("Officers safeguarded 12 children; the youngest was just 11.")
    assert ("safeguarded", 11) not in got
    got = _figures("Police arrested 30 people, the oldest of whom is 52, in raids across Kent.")
    assert ("arrests", 52) not in got
    got = _figures("Police arrested 14 men in Kent. The eldest of the group was 47.")
    assert ("arrests", 47) not in got


# -- ages after names opening a sentence; a number joined to a noun is a modifier ------------


def test_ages_after_names_opening_a_sentence_are_no_figure() -> None:
    got = _figures(
        "Kent Police ran a week of action. Jay Moss, 24, and Dale Pike, 19, both of no fixed "
        "address, have been charged with supplying crack cocaine."
    )
    assert ("charged", 19) not in got and ("charged", 24) not in got
    got = _figures("Kent Police ran a week of action. Kim Hart, 31, of Luton, has been charged.")
    assert ("charged", 31) not in got


def test_a_number_joined_to_a_singular_noun_is_a_modifier() -> None:
    got = _figures("Kent Police arrested 12 people.\n\nDover: Three-vehicle crash closes A20")
    assert ("vehicles_seized", 3) not in got
    got = _figures("A four-person team arrested 9 people in Deal and seized 2 cars.")
    assert ("arrests", 4) not in got
    assert {("arrests", 9), ("vehicles_seized", 2)} <= got
    got = _figures("Officers seized a two-kilo block of cocaine in Deal.")
    assert ("drugs_weight_kg", 2) in got


def test_a_day_of_the_month_before_and_or_to_is_a_date() -> None:
    got = _figures("Officers closed three deal lines between Monday, June 16 and Sunday, June 22.")
    assert got == {("lines_closed", 3)}
    got = _figures("Police made 14 arrests from May 26 to June 1 in Kent.")
    assert got == {("arrests", 14)}
    got = _figures("In Kent, over the week to May 12 police arrested 9 people.")
    assert ("arrests", 9) in got


# -- a figure the speaker weighs restates the article's: "Thirty arrests is a good week" -------


def _areas(body: str) -> dict[tuple[str, float], list[str]]:
    text = f" date 2025-06-02 Drug raids\n\n{body}\n"
    out: dict[tuple[str, float], list[str]] = {}
    for s in checked_report(text, topic_check=False).statistics:
        out.setdefault((s.metric.value, s.value), []).append(s.area)
    return out


def test_a_weighed_figure_in_a_quote_is_the_articles_own() -> None:
    got = _areas(
        "Officers in Kent arrested 30 people during the week.\n\n"
        'Inspector Jo Hale, who polices Dover, said: "Thirty arrests is a good week, but '
        'the families in Dover are what matter."'
    )
    assert got[("arrests", 30)] == ["Kent"]
    got = _areas(
        "Sussex Police made 41 arrests in a week of action.\n\n"
        'Chief Inspector Ray Moss said: "Forty-one arrests in seven days sends a message to '
        'the dealers in Brighton."'
    )
    assert got[("arrests", 41)] == ["Sussex"]
    got = _areas(
        "Police in Essex closed 12 deal lines this week.\n\n"
        'Detective Sergeant Amy Cole, of Colchester CID, said: "Twelve lines closed was the '
        'aim, and Colchester is safer for it."'
    )
    assert got[("lines_closed", 12)] == ["Essex"]


def test_a_weighed_figure_is_not_the_place_the_speaker_goes_on_to() -> None:
    got = _areas(
        "Officers in Norfolk have arrested 23 people this week.\n\n"
        "Inspector Tom Reed, district commander for King's Lynn, said: \"Twenty-three arrests "
        'in a week sends a message to the gangs. West Norfolk is not an easy place to deal."'
    )
    assert got[("arrests", 23)] == ["Norfolk"]
    got = _areas(
        "Officers in Suffolk have made 17 arrests over the fortnight.\n\n"
        'Sergeant Kim Ward, who leads the team in Lowestoft, said: "Seventeen arrests over '
        'a fortnight shows what we can do. Lowestoft deserves nothing less."'
    )
    assert got[("arrests", 17)] == ["Suffolk"]


def test_a_weighed_figure_placed_by_the_speaker_keeps_its_place() -> None:
    got = _areas(
        "Kent Police arrested 40 people, with Dover accounting for 9 of the arrests.\n\n"
        'Inspector Jo Hale said: "Nine arrests in one town is a lot for Dover."'
    )
    assert "Dover" in got[("arrests", 9)]


# -- a pronoun quote after a paragraph naming one person is that person's -----------------


def _speakers(body: str) -> list[tuple[str, str]]:
    text = f" date 2025-06-02 Drug raids in Kent\n\n{body}\n"
    report = checked_report(text, topic_check=False)
    return [(q.speaker, q.text[:20]) for q in report.quotes]


FEATURE_A = """Kent Police arrested 20 people in Dover during a week of action.

Inspector Paul Grant said: "This was a week of hard work across the town and it paid off."

For Maria Lewis, whose daughter was groomed by a gang at 14, the arrests came too late.

"Nobody listened to us for two years while she went missing every weekend," she said."""

FEATURE_B = """Kent Police arrested 20 people in Deal during a week of action.

Sergeant Tom Wade has policed the town for a decade. "The lines come back every winter," he \
says.

Liam Chandler, who runs a boxing club on the seafront, has seen the change in the boys who train \
there.

"Half of them were carrying phones for somebody older last year," he says.

Sergeant Wade thinks the club has helped as much as the arrests.

"We'll keep knocking on doors until the phones stop ringing," he says."""


def test_a_pronoun_quote_goes_to_the_one_person_the_paragraph_before_names() -> None:
    got = _speakers(FEATURE_A)
    assert ("Maria Lewis", "Nobody listened to u") in got
    got = _speakers(FEATURE_B)
    assert ("Liam Chandler", "Half of them were ca") in got
    assert ("Tom Wade", "We'll keep knocking ") in got
    assert ("Tom Wade", "The lines come back ") in got


# -- a district of the story's town is no location of its own (GUIDELINES 2.7) --------------


def _locations(text: str) -> list[str]:
    return checked_report(text, topic_check=False).locations


def test_a_district_of_the_town_is_no_location() -> None:
    got = _locations(
        " date 2025-06-02 Crawley raid\n\nSussex Police arrested four people in Crawley.\n\n"
        "Officers searched the flat in Bewbush early on Tuesday and found 40 wraps of heroin.\n"
    )
    assert "Crawley" in got and "Bewbush" not in got
    got = _locations(
        " date 2025-06-02 Drugs week in Manchester\n\nOfficers arrested 30 people in "
        "Manchester, where they also seized £5,000 from a house in Hulme.\n"
    )
    assert "Manchester" in got and "Hulme" not in got
    got = _locations(
        " date 2025-06-02 Falkirk raids\n\nPolice Scotland arrested nine people in Falkirk "
        "and seized cannabis during searches in the Bainsford area of Falkirk.\n"
    )
    assert "Falkirk" in got and "Bainsford" not in got


def test_a_town_of_its_own_stays_a_location() -> None:
    got = _locations(
        " date 2025-06-02 Sussex raids\n\nSussex Police arrested four people in Crawley "
        "and three in Langley Green.\n"
    )
    assert "Langley Green" in got


# -- a town's name in a street's is no place: "a flat in Dover Road" ------------------------


def test_a_street_named_after_a_town_is_no_location() -> None:
    got = _locations(
        " date 2025-06-02 Raid in Deal\n\nKent Police arrested three people in Folkestone. "
        "Officers found 30 wraps of crack cocaine at a flat in Canterbury Road.\n"
    )
    assert "Folkestone" in got and "Canterbury" not in got
    got = _locations(
        " date 2025-06-02 Raid\n\nOfficers from Essex Police arrested two men in Chelmsford "
        "after searching a house on Colchester Avenue.\n"
    )
    assert "Colchester" not in got
    got = _areas(
        "Kent Police arrested 12 people in Folkestone. A search of a flat in Canterbury Street "
        "uncovered £4,000 in cash."
    )
    assert got[("cash_seized", 4000)] == ["Folkestone"]


# -- "Read more from the Post:" heads a list of other stories' headlines --------------------


def test_read_more_from_a_title_heads_other_stories() -> None:
    text = (
        " date 2025-06-02 Kent drugs week\n\nKent Police arrested 30 people in Dover.\n\n"
        "Read more from the Kent Post:\nMan dies after crash in Ashford\n"
        "Two charged over £2m cannabis farm in Margate\n\n"
        'Inspector Jo Hale said: "It was a good week."\n'
    )
    report = checked_report(text, topic_check=False)
    assert {(s.metric.value, s.value) for s in report.statistics} == {("arrests", 30)}
    assert "Ashford" not in report.locations and "Margate" not in report.locations


def test_the_town_of_a_runners_family_is_no_location() -> None:
    got = _locations(
        " date 2025-06-02 Blackpool week\n\nLancashire Police arrested 16 people in Blackpool. "
        "Two boys found dealing were taken back to their families in Liverpool.\n"
    )
    assert "Blackpool" in got and "Liverpool" not in got
    got = _locations(
        " date 2025-06-02 Week of action\n\nOfficers in Swindon arrested 12 people and "
        "safeguarded a girl whose family in Bristol had reported her missing.\n"
    )
    assert "Bristol" not in got


# -- a body named only as the runner of another body took no part ---------------------------


def _agencies(body: str) -> list[str]:
    text = f" date 2025-06-02 County lines week\n\n{body}\n"
    return checked_report(text, topic_check=False).agencies


def test_a_body_named_only_as_another_bodys_runner_is_no_agency() -> None:
    got = _agencies(
        "Kent Police arrested 30 people during the week, the National County Lines "
        "Coordination Centre said. The centre is run jointly by the National Crime Agency and "
        "the National Police Chiefs' Council."
    )
    assert "National Crime Agency" not in got and "Kent Police" in got
    got = _agencies(
        "Essex Police made 20 arrests. The NCLCC, which is jointly funded by the National "
        "Crime Agency, coordinated the week."
    )
    assert "National Crime Agency" not in got


def test_a_force_running_an_operation_took_part() -> None:
    got = _agencies("Operation Larch, run by Essex Police with the council, led to 20 arrests.")
    assert "Essex Police" in got


# -- a drug named as what the lines trade is not one seized ----------------------------------


def _drugs(body: str) -> list[str]:
    text = f" date 2025-06-02 County lines week\n\n{body}\n"
    return checked_report(text, topic_check=False).drugs


def test_a_drug_the_lines_trade_is_not_listed() -> None:
    got = _drugs(
        "Kent Police arrested 30 people and seized £4,000 in cash.\n\n"
        '"These gangs are moving heroin and crack cocaine into our towns, and the people '
        'carrying it are children," the inspector said.'
    )
    assert got == []
    got = _drugs(
        "Officers closed six lines supplying cocaine to Margate and found 200g of cannabis."
    )
    assert got == ["cannabis"]
    got = _drugs("Officers seized heroin and crack cocaine during the raids.")
    assert set(got) == {"heroin", "crack cocaine"}


# -- two days joined by "and" are the period: "on Monday 23 and Tuesday 24 November" --------


def _period(body: str) -> tuple[str | None, str | None]:
    report = checked_report(f" date 2026-11-26 Raids\n\n{body}\n", topic_check=False)
    start, end = report.period_start, report.period_end
    return (start.isoformat() if start else None, end.isoformat() if end else None)


def test_two_days_joined_by_and_are_the_period() -> None:
    got = _period("Officers executed 12 warrants on Monday 16 and Tuesday 17 November.")
    assert got == ("2026-11-16", "2026-11-17")
    got = _period("Police searched nine homes in Omagh on 19 and 20 November.")
    assert got == ("2026-11-19", "2026-11-20")
    got = _period("Officers arrested 14 people between Monday 16 and Friday 20 November.")
    assert got == ("2026-11-16", "2026-11-20")


# -- a small town named as where a stop was made near is a location --------------------------


def test_a_small_town_a_stop_was_near_is_a_location() -> None:
    got = _locations(
        " date 2025-06-02 Derbyshire week\n\nDerbyshire Police arrested 30 people in Derby. "
        "A van stopped on the A38 near Alfreton held £6,000 in cash.\n"
    )
    assert "Alfreton" in got
    got = _locations(
        " date 2025-06-02 Humberside week\n\nHumberside Police arrested 20 people. Officers "
        "found cocaine in a car stopped on the M180 near Brigg.\n"
    )
    assert "Brigg" in got


def test_a_district_a_stop_was_near_in_a_named_town_is_not() -> None:
    got = _locations(
        " date 2025-06-02 Met week\n\nIn Tower Hamlets, officers stopped a car on the A13 "
        "near Limehouse and found £9,000.\n"
    )
    assert "Tower Hamlets" in got and "Limehouse" not in got


# -- the towns of an outreach programme are sites: "pupils at schools in Ely and Wisbech" ----


def test_the_towns_of_school_talks_are_locations() -> None:
    got = _locations(
        " date 2025-06-02 Cambridgeshire week\n\nCambridgeshire Police arrested 20 people in "
        "Peterborough.\n\n* 400 pupils at schools in Wisbech and Huntingdon heard talks on "
        "exploitation\n"
    )
    assert {"Wisbech", "Huntingdon"} <= set(got)
    got = _locations(
        " date 2025-06-02 Lincolnshire week\n\nLincolnshire Police arrested 20 people.\n\n"
        "Talks were given to 900 pupils in Grantham and Sleaford.\n"
    )
    assert {"Grantham", "Sleaford"} <= set(got)


def test_towns_where_lines_were_closed_are_sites_but_not_a_closed_road() -> None:
    got = _locations(
        " date 2025-06-02 Surrey week\n\nSurrey Police arrested 19 people. The force also shut "
        "three deal lines in Redhill and Epsom.\n"
    )
    assert {"Redhill", "Epsom"} <= set(got)
    got = _locations(
        " date 2025-06-02 Surrey week\n\nSurrey Police arrested 19 people in Guildford. Two "
        "lines were closed in Woking.\n"
    )
    assert "Woking" in got
    got = _locations(
        " date 2025-06-02 Surrey week\n\nSurrey Police arrested 19 people in Guildford. "
        "Elsewhere, the A3 near Cobham will be closed overnight for roadworks.\n"
    )
    assert "Cobham" not in got


# -- a quoted definite count the reader already has restates it, whatever its verb -----------


def test_a_quoted_definite_count_restates_the_bodys_figure() -> None:
    got = _figures(
        "Kent Police arrested 30 people and safeguarded 12 young people in Dover.\n\n"
        'Inspector Jo Hale said: "Thirty arrests is fine, but the twelve young people we have '
        'reached matter most."'
    )
    assert got == {("arrests", 30), ("safeguarded", 12)}
    got = _figures(
        "Officers visited 40 addresses in Deal. Six of the homes had been taken over by "
        "dealers.\n\n"
        'Sergeant Amy Cole said: "The six homes we found were all reported by neighbours."'
    )
    assert ("addresses_visited", 6) not in got


# -- a first count a later one corrects is not the figure ------------------------------------


def test_a_first_count_later_corrected_is_dropped() -> None:
    got = _figures(
        "The force originally said 18 people had been arrested during the week. It now says "
        "the correct figure is 21 arrests."
    )
    assert ("arrests", 18) not in got and ("arrests", 21) in got
    got = _figures(
        "Police initially reported that 9 people were charged. A later statement said 11 people "
        "had been charged."
    )
    assert ("charged", 9) not in got and ("charged", 11) in got


def test_a_first_count_no_later_one_corrects_stays() -> None:
    got = _figures("Kent Police first reported the arrests on Monday: 14 people were arrested.")
    assert ("arrests", 14) in got


def test_e_bikes_and_scooters_are_vehicles() -> None:
    got = _figures("Kent Police arrested 20 people. Three e-bikes ridden by runners were seized.")
    assert ("vehicles_seized", 3) in got
    got = _figures("Officers seized four e-scooters and a car in Margate.")
    assert ("vehicles_seized", 4) in got


def test_money_set_beside_a_find_is_cash() -> None:
    got = _figures(
        "Kent Police arrested 20 people. The biggest single find of the week, £6,400, was "
        "hidden in a shoebox at a flat in Dover."
    )
    assert ("cash_seized", 6400) in got
    got = _figures("Kent Police arrested 20 people. The largest haul, £12,000, came from a loft.")
    assert ("cash_seized", 12000) in got
    got = _figures("Kent Police arrested 20 people. The find, £3,000 of cocaine, was in a car.")
    assert ("drugs_value", 3000) in got


def test_suspended_sentences_in_other_words_are_their_own_count() -> None:
    body = "Five men were jailed at Mold Crown Court. "
    got = _labelled(
        body + "Two further defendants, who admitted letting their flats be used to store "
        "drugs, received suspended sentences."
    )
    assert ("other", "defendants given suspended sentences", 2) in got
    got = _labelled(body + "Three men were handed suspended prison sentences.")
    assert ("other", "men given suspended sentences", 3) in got


def test_the_whole_a_share_opens_on_restates_the_figure() -> None:
    got = _areas(
        "Police in Kent arrested 44 people during the week.\n\nDover was the busiest town. Of "
        "the 44 arrests, 19 were made in the town."
    )
    assert got[("arrests", 44)] == ["Kent"]
    got = _areas(
        "Officers seized 30 weapons across Essex. In Basildon, among the 30 weapons, 12 were "
        "knives."
    )
    assert got[("weapons_seized", 30)] == ["Essex"]


def test_a_place_named_only_in_a_photo_caption_is_no_location() -> None:
    got = _locations(
        " date 2025-06-02 Raids\n\nWest Yorkshire Police arrested 40 people in Leeds and "
        "Bradford.\n\nImage caption: Officers outside a house in Wakefield\n"
    )
    assert "Wakefield" not in got and "Leeds" in got
    got = _locations(
        " date 2025-06-02 Raids\n\nNorthumbria Police arrested 12 people in Blyth.\n\n"
        "[Image: Officers at a flat in Hexham. Picture: Northumbria Police]\n"
    )
    assert "Hexham" not in got and "Blyth" in got


def test_a_place_named_only_in_the_headline_is_no_location() -> None:
    got = _locations(
        " date 2025-06-02\nCrackdown: police visit 40 homes in Teesside week\n\nCleveland "
        "Police officers visited 40 homes in Middlesbrough and arrested six people.\n"
    )
    assert "Teesside" not in got and "Middlesbrough" in got
    got = _locations(
        " date 2025-06-02 Raids in Hartlepool\n\nCleveland Police arrested nine people in "
        "Hartlepool during the week.\n"
    )
    assert "Hartlepool" in got


def test_a_town_written_in_full_and_short_is_one_place_by_its_full_name() -> None:
    text = (
        " date 2025-06-02 Surrey week\n\nSurrey Police arrested 20 people in Epsom.\n\nIn "
        "Staines-upon-Thames, 8 people were arrested. A closure order has now been granted on "
        "one house in Staines.\n"
    )
    assert "Staines" not in _locations(text)
    report = checked_report(text, topic_check=False)
    assert {s.area for s in report.statistics if s.value in (8, 1)} == {"Staines-upon-Thames"}
