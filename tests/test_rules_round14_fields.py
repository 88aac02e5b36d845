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
