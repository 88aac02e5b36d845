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
