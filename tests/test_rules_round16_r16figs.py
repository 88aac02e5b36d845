"""Rules backend, round 16 (r16figs, statistics): figures missed, figures read that give no
statistic, and figures read under the wrong metric.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.testing.rules import figure_labels as _figures

# -- a running total whose noun is parted from its figure by a relative clause -------------


def test_running_total_with_a_relative_clause_before_its_figure() -> None:
    body = (
        "Police in Kent arrested 40 people during a county lines week of action.\n\n"
        "The raids take the number of arrests under Operation Larch, which began in the "
        "spring, to 64."
    )
    assert ("arrests", 64, None) in _figures(body)
    body = (
        "Essex Police arrested 12 people in a week of county lines raids.\n\n"
        "The arrests bring the total of arrests under Operation Birchwood, which targets "
        "drug dealing across the whole of the Basildon district, to 58 since it began."
    )
    assert ("arrests", 58, None) in _figures(body)


# -- homes found in a state ("found N homes where ...") are not homes visited ----------------


def test_homes_found_where_something_happened_are_not_visits() -> None:
    body = (
        "Officers in Kent arrested 40 people during a county lines week of action.\n\n"
        'Inspector Jo Bright said: "We found seven homes where dealers had moved in."'
    )
    figures = _figures(body)
    assert not any(m == "addresses_visited" for m, _, _ in figures)
    assert ("other", 7, "homes taken over") in figures
    body = (
        "Police in Devon made 22 arrests in a county lines crackdown.\n\n"
        "Officers discovered four flats in which vulnerable tenants had lost control of "
        "their own front door."
    )
    assert not any(m == "addresses_visited" for m, _, _ in _figures(body))


def test_homes_visited_stay_visits() -> None:
    """Guard (passes before the change): a visit count keeps its metric."""
    body = (
        "Officers in Kent arrested 40 people during a county lines week of action.\n\n"
        "They visited 30 homes where they feared vulnerable people were being exploited."
    )
    assert ("addresses_visited", 30, None) in _figures(body)


# -- a spoken tally of counts with no verb of its own sums up, it counts nothing -------------


def test_a_quoted_tally_of_counts_gives_no_figure() -> None:
    body = (
        "Five men who ran county lines into Ashford and Dover were jailed for a total of 30 "
        "years at Canterbury Crown Court.\n\n"
        'Detective Sergeant Amy Cole said: "Four different lines, four different towns, one '
        'answer from the courts."'
    )
    assert not any(m == "lines_closed" for m, _, _ in _figures(body))
    body = (
        "Police in Kent made arrests across the county during a county lines week of action.\n\n"
        'Inspector Jo Bright said: "Fourteen arrests and a line that has been feeding crack '
        'into Deal since the spring is finished."'
    )
    assert not any(v == 14 for _, v, _ in _figures(body))


def test_a_bulletins_so_tally_gives_no_figure() -> None:
    body = (
        "Officers in Devon arrested 30 people in a county lines fortnight.\n\n"
        "In Torquay, police raided four flats.\n\n"
        "So: thirty arrests, six lines gone, and more raids to come, says the force."
    )
    assert not any(m == "lines_closed" for m, _, _ in _figures(body))


def test_listed_results_after_a_colon_still_count() -> None:
    """Guard (passes before the change): 'Final figures: 21 arrests, 14 ...' and a list of
    people with their verb to come are counts, not a tally."""
    body = (
        "Police ran a county lines day of action. Final figures: 21 arrests, 14 vulnerable "
        "people safeguarded and 9 phones seized."
    )
    figures = _figures(body)
    assert ("arrests", 21, None) in figures
    assert ("safeguarded", 14, None) in figures
    body = (
        "Police ran a county lines day of action in Dover.\n\n"
        'Inspector Jo Bright said: "Three men, two women and a boy were arrested."'
    )
    assert any(m == "arrests" for m, _, _ in _figures(body))


# -- a two-column table of one metric by month ------------------------------------------------


def test_a_month_by_month_table_gives_a_figure_per_month() -> None:
    body = (
        "Devon and Cornwall Police closed 40 county lines in the first half of the year, "
        "its review shows.\n\n"
        "Lines closed, by month:\n\n"
        "Month        Lines closed\n"
        "Jan              5\n"
        "Feb              8\n"
        "March            6\n"
        "April            9\n"
        "May              7\n"
        "June             5\n"
        "Total           40\n\n"
        "The force said the work would continue."
    )
    figures = _figures(body)
    assert ("lines_closed", 5, "in January") in figures
    assert ("lines_closed", 8, "in February") in figures
    assert ("lines_closed", 9, "in April") in figures
    assert ("lines_closed", 40, None) in figures


def test_a_two_column_list_of_other_words_is_no_month_table() -> None:
    """Guard (passes before the change): two-column rows that are not months give no
    labelled monthly figures."""
    body = (
        "Police in Kent closed 12 county lines during the week of action.\n\n"
        "Team          Arrests\n"
        "Red              5\n"
        "Blue             8\n"
        "Green            6\n"
        "Yellow           9\n"
    )
    assert not any((label or "").startswith("in ") for _, _, label in _figures(body))


# -- homes of the visits just told, found taken over ------------------------------------------


def test_a_bare_count_found_taken_over_after_the_visits() -> None:
    body = (
        "Police in Essex arrested 30 people in a county lines week of action.\n\n"
        "In Harlow, officers visited 25 addresses where tenants were feared to be at risk "
        "of cuckooing. Six had been taken over by dealers."
    )
    figures = _figures(body)
    assert ("addresses_visited", 25, None) in figures
    assert any(m == "other" and v == 6 for m, v, _ in figures)


def test_homes_where_that_had_happened() -> None:
    body = (
        "Police in Essex arrested 30 people in a county lines week of action.\n\n"
        'Inspector Ann Hale said: "We called at forty homes where we feared a tenant had been '
        'taken over, and we found nine where that had happened."'
    )
    figures = _figures(body)
    assert any(m == "other" and v == 9 for m, v, _ in figures)
    assert not any(m == "addresses_visited" and v == 9 for m, v, _ in figures)
