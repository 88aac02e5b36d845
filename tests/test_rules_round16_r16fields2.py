"""Rules backend, fields round 16, second pass (r16fields2): quotes, locations, agencies.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general reading of text, in the words of ``evals/GUIDELINES.md``
(section 5 for locations, 6 for agencies, 7 for quotes).
"""

from __future__ import annotations

from extractor.testing.rules import checked_report

_LEAD = (
    " date 2025-03-10 Raids in Exeter\n\n"
    "Devon and Cornwall Police arrested 12 people in Exeter during a week of action against "
    "county lines.\n\n"
)


def _report(text: str):  # type: ignore[no-untyped-def]
    return checked_report(text, topic_check=False)


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text.split()[0]) for q in _report(text).quotes]


# -- a judge known by title and surname, after a clause that opens the sentence -------------


def test_a_peer_judge_after_an_opening_clause_is_the_speaker() -> None:
    """ "Sentencing, Lord Brackenfield told the men: "..."": the judge's title and surname
    after the opening participle are the speaker, as "Lord Brackenfield said:" is."""
    text = _LEAD + (
        'Sentencing, Lord Brackenfield told the men: "You filled a quiet town with fear and '
        'you paid children to carry it."\n'
    )
    assert ("Lord Brackenfield", "You") in _speakers(text)
