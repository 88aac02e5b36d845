"""Rules backend, round 14 (missed and spurious figures, metric confusions; not scope).

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.testing.rules import checked_report


def _figures(body: str) -> set[tuple[str, float]]:
    text = f" date 2025-06-02 Drug raids\n\n{body}\n"
    return {(s.metric.value, s.value) for s in checked_report(text, topic_check=False).statistics}


# -- a suspicion of cuckooing confirmed by ellipsis: homes taken over, not more visits ---------


def test_confirmed_suspicion_counts_homes_taken_over() -> None:
    for body in (
        "Officers visited 40 addresses where they thought a tenant might have had their home"
        " taken over, and six of them had been.",
        "Officers visited 40 addresses where they believed tenants' homes had been taken over."
        " Six of those homes had been.",
        "We knocked on 40 doors where we thought someone's home had been taken over, and"
        " found six where it had.",
        "Officers visited 40 addresses where they feared homes were cuckooed; six were.",
    ):
        got = _figures(body)
        assert got == {("addresses_visited", 40), ("other", 6)}, (body, got)
    # a share of the visits by place stays a share of the visits
    got = _figures("Officers visited 40 addresses in Ashbury. Six of them were in Bexley.")
    assert ("addresses_visited", 6) in got, got


def test_places_where_cuckooing_was_feared_are_no_count() -> None:
    body = (
        "Officers have also visited 40 homes in the two villages where they feared a"
        " vulnerable tenant was being cuckooed, and found that six had been taken over by"
        " dealers."
    )
    assert _figures(body) == {("addresses_visited", 40), ("other", 6)}


# -- court round-ups: the total of years, the jailed, and the ages of the named -------------


def test_total_years_when_another_figure_stands_between_verb_and_total() -> None:
    for body, years in (
        (
            "Five people were jailed at Ashbury Crown Court last week in three county lines"
            " cases, for a combined 31 years.",
            31,
        ),
        (
            "Over the year the courts jailed 51 people convicted after the operation for a"
            " total of 213 years.",
            213,
        ),
    ):
        assert ("jail_years", years) in _figures(body), body
    # a duration with no total stays no figure
    body = (
        "The men were jailed at Ashbury Crown Court, after an inquiry by 12 officers that"
        " lasted almost two years."
    )
    assert not any(m == "jail_years" for m, _ in _figures(body))


def test_siblings_are_people_for_the_verb() -> None:
    for body in (
        "Two brothers who sold heroin to users in Ashbury were jailed on Monday.",
        "Two sisters were jailed for a combined seven years.",
    ):
        assert ("people_jailed", 2) in _figures(body), body


def test_ages_of_names_between_dashes_are_no_figures() -> None:
    for body in (
        "Three men - Adam Price, 29, Ben Cole, 26, and Carl Dean, 20 - were jailed.",
        "Two women \u2013 Ann Lowe, 41, and Beth Hale, 38 \u2013 were jailed.",
    ):
        got = _figures(body)
        assert {m for m, _ in got} == {"people_jailed"} and len(got) == 1, (body, got)


# -- a force's running total of all its work, told after the figure, is background ----------


def test_force_total_across_its_area_or_since_an_earlier_year_is_background() -> None:
    lead = "Officers arrested four people in dawn raids on two flats in Ashbury on Tuesday.\n\n"
    for tail in (
        "Wessex Police says it has closed twenty-three county lines across its whole area"
        " since May.",
        "Wessex Police closed more than 150 county lines across its area last year.",
        "The force says it has closed 52 county lines since the start of 2023.",
        "The force said its wider campaign had closed 71 lines since January 2023.",
        "In the previous twelve months the force closed 47 lines.",
        "Wessex Police says 27 people have been jailed in county lines cases across the force"
        " area since April.",
    ):
        got = _figures(lead + tail)
        assert got <= {("arrests", 4), ("warrants", 2)}, (tail, got)
    # the town's own or the operation's own run stays
    for tail in (
        "Officers closed three lines across the town since Monday.",
        "The operation has closed four lines across the county since it began in August.",
    ):
        assert any(m == "lines_closed" for m, _ in _figures(lead + tail)), tail


# -- a follow-up that revises a week's figures: the first-given counts give way --------------


def test_follow_up_drops_the_first_given_counts() -> None:
    body = (
        "The number of people arrested during a week of action against county lines dealing"
        " in Ashbury and Bexley has risen to 29, Wessex Police has said. When the force first"
        " published its figures at the end of the operation, it said 25 people had been"
        " arrested during the week. The figure for cash seized during the week has also been"
        " revised, from \u00a37,900 to \u00a39,450."
    )
    assert _figures(body) == {("arrests", 29), ("cash_seized", 9450)}
    body = (
        "When the two-day operation in Ashbury ended on Friday, police said 12 people had been"
        " arrested. The number of people arrested has now risen to 14, police said."
    )
    assert _figures(body) == {("arrests", 14)}
    body = (
        "Police have revised the results of last month's week of action in Ashbury, saying 33"
        " people were arrested - not 29 as first announced. The cash total has also been"
        " revised, from \u00a311,300 to \u00a313,920."
    )
    assert _figures(body) == {("arrests", 33), ("cash_seized", 13920)}
    # without a revision, the count at the week's end is the figure
    body = (
        "When the week ended, police said 40 people had been arrested. Twelve of the 40 were"
        " arrested in Ashbury."
    )
    assert ("arrests", 40) in _figures(body)


# -- "with X accounting for N of them": a town's share of the figure before --------------------


def test_a_place_accounting_for_a_share_of_the_figure() -> None:
    for body, part in (
        (
            "Wessex Police arrested 31 people during a week of action, with the coastal town"
            " of Ashbury accounting for 14 of them.",
            14,
        ),
        (
            "Officers made 15 arrests in Ashbury and Bexley, with Ashbury accounting for nine"
            " of them.",
            9,
        ),
    ):
        assert ("arrests", part) in _figures(body), body


# -- a number with no noun: "closed 39", and the gapped list of a ranking ----------------------


def test_bare_number_after_closed_and_gapped_list() -> None:
    got = _figures(
        "Across the region, 281 lines had been closed. Elsewhere in the region, Wessex Police"
        " closed 97, Mercia Police 52 and Anglia Police 38."
    )
    assert got == {("lines_closed", v) for v in (281, 97, 52, 38)}, got
    got = _figures(
        "In the region, the seven forces closed 264 lines between them. Wessex Police, Mercia's"
        " neighbour, closed 39."
    )
    assert got == {("lines_closed", 264), ("lines_closed", 39)}, got
    # a quote restating the region's figure under a shorter name adds nothing
    text = (
        " date 2025-06-02 Drug raids\n\nAcross Yorkshire and the Humber, 203 arrests were"
        " made and 67 lines were closed, the ROCU said.\n\nDetective Superintendent Ann Hale,"
        ' of Wessex Police, said: "Across Yorkshire, forces closed 67."\n'
    )
    stats = checked_report(text, topic_check=False).statistics
    assert sum(s.value == 67 for s in stats) <= 1, stats


# -- "those six homes": a figure named again by a demonstrative, told before ----------------------


def test_demonstrative_back_reference_is_no_new_figure() -> None:
    body = (
        "Officers arrested 12 people in Ashbury.\n\n"
        'Inspector Ann Hale said: "The real test is whether those six homes stay out of the'
        " dealers' hands, and whether these four lines stay shut.\""
    )
    assert _figures(body) == {("arrests", 12)}
    # "of those 40 arrests" stays the whole of a share
    got = _figures("Officers made 40 arrests. Nine of those 40 arrests were in Ashbury.")
    assert ("arrests", 9) in got and ("arrests", 40) in got, got


# -- the young people of a raid: an age inside the subject, protection after an arrest --------


def test_age_aside_inside_the_subject_and_protection_after_arrest() -> None:
    got = _figures(
        "Three teenagers found at the addresses, the youngest of them 14, were referred to"
        " safeguarding services."
    )
    assert got == {("safeguarded", 3)}, got
    got = _figures(
        "Officers arrested 17 people. Two of those arrested in Ashbury were 15-year-old boys,"
        " who were taken into police protection."
    )
    assert ("safeguarded", 2) in got and ("arrests", 2) in got, got


# -- files being prepared for the PPS; a count revised from one number to another --------------


def test_files_being_prepared_for_the_pps_are_no_charges() -> None:
    got = _figures(
        "Nine people have been charged, and files on four others are being prepared for the"
        " Public Prosecution Service."
    )
    assert got == {("charged", 9), ("other", 4)}, got


def test_count_revised_from_one_number_to_another() -> None:
    got = _figures(
        "Officers arrested 30 people. The number of deal lines closed has also been revised,"
        " from four to six."
    )
    assert got == {("arrests", 30), ("lines_closed", 6)}, got


# -- "Four of the addresses were in X" after a raid: a share of the warrants -------------------


def test_share_of_raided_addresses_counts_warrants() -> None:
    got = _figures(
        "Officers raided five addresses in Wessex at dawn on Tuesday. Four of the addresses"
        " were in Ashbury and one was in Bexley, the force said."
    )
    assert got == {("warrants", 5), ("warrants", 4), ("warrants", 1)}, got
    got = _figures(
        "Officers visited five addresses in Wessex. Four of the addresses were in Ashbury."
    )
    assert got == {("addresses_visited", 5), ("addresses_visited", 4)}, got


# -- "drug line arrests": the line names the kind of the arrests ---------------------------------


def test_singular_line_compounds_name_the_kind() -> None:
    assert _figures("Police made 34 drug line arrests in the borough in six months.") == {
        ("arrests", 34)
    }
    got = _figures("Officers closed one county line and two drug lines.")
    assert got == {("lines_closed", 1), ("lines_closed", 2)}, got


# -- a distance in doors; a smaller push the same week is no earlier run ------------------------


def test_doors_down_is_a_distance() -> None:
    assert _figures("She lives in a flat two doors down from the house officers raided.") == set()


def test_smaller_operation_the_same_week_is_not_earlier() -> None:
    got = _figures(
        "Officers arrested 11 people in Ashbury. In neighbouring Bexley, where officers ran a"
        " smaller operation the same week, eight people were arrested."
    )
    assert got == {("arrests", 11), ("arrests", 8)}, got
    # a similar operation last year stays background
    assert _figures("A similar operation last year led to 18 arrests.") == set()


# -- "Two men caught with 1.4kg of cocaine ... were jailed": the verdict after a participle -------


def test_verdict_after_a_participle_phrase_with_a_weight() -> None:
    got = _figures(
        "Two men caught with 1.4kg of cocaine in a van stopped on the A1 near Ashbury were jailed."
    )
    assert got == {("people_jailed", 2), ("drugs_weight_kg", 1.4)}, got


def test_comparison_across_the_county_keeps_the_town_figure() -> None:
    got = _figures(
        "In Ashbury, officers seized 12 knives in a single day, twice as many as the six found"
        " across the whole county during last year's week."
    )
    assert ("knives_seized", 12) in got, got


def test_suspended_sentences_after_a_place_phrase() -> None:
    got = _figures("Two other defendants in that case were given suspended sentences.")
    assert got == {("other", 2)}, got


def test_a_housing_association_by_name_is_a_partner() -> None:
    got = _figures(
        "Officers arrested eight people. Ashdale Valley Homes has moved six tenants into new"
        " homes this year and changed the locks on 15 properties."
    )
    assert got == {("arrests", 8)}, got
    assert _figures("Officers visited 20 homes in Ashbury.") == {("addresses_visited", 20)}


def test_a_named_charity_with_a_relative_clause_supports_its_own() -> None:
    got = _figures(
        "Officers arrested eight people. Safe Haven, which works with teenagers at risk of"
        " exploitation from a base in the city centre, says it has supported 48 young people"
        " since October."
    )
    assert got == {("arrests", 8)}, got
    got = _figures(
        "Wessex Police, which runs the operation, says it has supported 30 young people."
    )
    assert got == {("safeguarded", 30)}, got


def test_live_page_updates_stamped_on_their_own_line_start() -> None:
    body = (
        "Wessex Police says 15 people were arrested across Ashbury today.\n\n"
        "15:10 Officers say the day of action is over.\n\n"
        "12:40 Seven people have now been arrested, according to the force.\n\n"
        "10:15 Officers are at addresses in Ashbury and Bexley.\n\n"
        "09:00 Two arrests so far this morning, police say."
    )
    assert _figures(body) == {("arrests", 15)}
