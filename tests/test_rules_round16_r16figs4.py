"""Rules backend, round 16 (r16figs4, statistics): figures missed, figures read that give no
statistic.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general mechanism, in several phrasings.
"""

from __future__ import annotations

from extractor.testing.rules import figure_labels as _figures

# -- the line's own phone, told as a belief, is one of the phones counted ------------------


def _phones(body: str) -> list[tuple[float, str | None]]:
    return [(v, label) for m, v, label in _figures(body) if m == "phones_seized"]


def test_one_phone_believed_to_be_the_deal_line_is_a_part() -> None:
    body = (
        "Police in Kettering arrested four people in a county lines raid on Tuesday.\n\n"
        "Officers found £2,000 in cash and five mobile phones, one of which detectives think "
        "was the gang's deal line phone."
    )
    assert (1, "line phones") in _phones(body)
    body = (
        "Police in Corby arrested three people in a county lines raid on Tuesday.\n\n"
        "Officers seized eight mobile phones, one of them the handset police believe was used "
        "to run the line."
    )
    assert (1, "line handsets") in _phones(body)


def test_including_n_believed_to_be_line_handsets_is_a_part() -> None:
    body = (
        "Police in Wellingborough arrested five people in a county lines raid.\n\n"
        "Officers seized seven phones, including two believed to be deal line handsets."
    )
    assert (2, "line handsets") in _phones(body)
    body = (
        "Police in Rushden arrested six people in a county lines day of action.\n\n"
        "The results were:\n\n- Arrests: 6\n- Phones seized: 5, including 2 thought to be "
        "deal line phones\n- Cash seized: £900"
    )
    assert (2, "line phones") in _phones(body)


def test_one_of_the_phones_with_no_line_is_no_figure() -> None:
    """Guard (passes before the change): 'one of them' naming no line counts nothing."""
    body = (
        "Police in Kettering arrested four people in a county lines raid on Tuesday.\n\n"
        "Officers seized five phones, one of which was found in a bin."
    )
    assert (1, None) not in _phones(body) and not any(v == 1 for v, _ in _phones(body))


# -- a force's own running total of all its work, told as its statement, is background ------


def test_a_force_saying_it_had_closed_lines_since_a_month_is_background() -> None:
    body = (
        "Police in Frome arrested nine people in a county lines raid on Tuesday.\n\n"
        "Wessex Police said it had closed 23 county lines running into Frome since the start "
        "of the year."
    )
    assert not any(v == 23 for _, v, _ in _figures(body))
    body = (
        "Officers in Yeovil arrested six people during a county lines day of action.\n\n"
        "The force says it has made more than 140 arrests for drug supply since March."
    )
    assert not any(v == 140 for _, v, _ in _figures(body))


def test_a_quoted_across_the_county_running_total_is_background() -> None:
    body = (
        "Officers in Ammanford arrested nine people during a county lines week of action.\n\n"
        '"Across the county as a whole the force has made 140 county lines arrests since '
        'March, but most of those were elsewhere," she said.'
    )
    assert not any(v == 140 for _, v, _ in _figures(body))


def test_the_operations_own_running_total_is_kept() -> None:
    """Guard (passes before the change): the reported operation's total since a month, with
    the operation as subject, is a statistic."""
    body = (
        "Police in Frome arrested nine people in a county lines raid on Tuesday.\n\n"
        "Wessex Police said the operation had led to 31 arrests since June."
    )
    assert ("arrests", 31, None) in _figures(body)


# -- "spoke to staff at N <places>": outreach, whatever the places are called -----------------


def test_staff_at_places_is_outreach() -> None:
    body = (
        "Police in Stroud arrested nine people in a county lines week of action.\n\n"
        "Officers also spoke to staff at 19 takeaways and taxi firms about the signs of "
        "exploitation."
    )
    assert ("outreach", 19, "takeaways and taxi firms") in _figures(body)
    body = (
        "Police in Stroud arrested nine people in a county lines week of action.\n\n"
        '"We spoke to staff at 27 pubs, hotels and cafes about what to look for," she said.'
    )
    assert ("outreach", 27, "pubs, hotels and cafes") in _figures(body)
    body = (
        "Police in Nailsworth arrested five people in a county lines week of action.\n\n"
        "Neighbourhood officers briefed workers at 16 barbers and nail bars on the signs of "
        "exploitation."
    )
    assert ("outreach", 16, "barbers and nail bars") in _figures(body)


def test_arrests_at_places_are_no_outreach() -> None:
    """Guard (passes before the change): a count after 'at' with no staff spoken to keeps
    its own reading."""
    body = (
        "Police in Stroud arrested nine people in a county lines week of action.\n\n"
        "Officers executed warrants at 12 addresses in the town."
    )
    assert not any(m == "outreach" for m, _, _ in _figures(body))
