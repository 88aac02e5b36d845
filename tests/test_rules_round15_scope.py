"""Rules backend, scope round 15: figures credited to the wrong area (holdout26, holdout24).

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``.
"""

from __future__ import annotations

from extractor.rules.tables import find_tables
from extractor.testing.rules import checked_report


def _stats(text: str) -> set[tuple[str, float, str]]:
    report = checked_report(text, topic_check=False)
    return {(s.metric.value, float(s.value), s.area) for s in report.statistics}


_TABLE = """Wiltshire Police results from its week of action against county lines

Wiltshire Police made 40 arrests during the week.

| District | Arrests | Warrants | Cash seized |
|---|---|---|---|
| Swindon | 21 | 6 | £3,100 |
| Salisbury | 12 | 5 | £1,900 |
| Other districts | 7 | 3 | £850 |
| Total | 40 | 14 | £5,850 |
"""


def test_table_row_of_other_districts_takes_the_force_area() -> None:
    stats = _stats(_TABLE)
    assert ("arrests", 7.0, "Wiltshire") in stats
    assert ("cash_seized", 850.0, "Wiltshire") in stats
    assert not any(area == "Other districts" for _, _, area in stats)


def test_unplaced_rows_carry_their_words_as_a_label() -> None:
    text = (
        "Unit  Arrests  Warrants\n"
        "Kestrel (own operations)  5  2\nDale  4  1\nAll other areas  3  1\n"
    )
    figures = find_tables(text, 0)[0].figures
    assert {(f.area, f.label) for f in figures} == {
        (None, "own operations"),
        ("Dale", None),
        (None, "all other areas"),
    }


# -- "in X, and Y accounted for ...": Y opens a new clause, it is no list with X ---------------

CLAUSE_AFTER_TOWN = """Lancashire Constabulary ends county lines week with 30 arrests

Lancashire Constabulary arrested 30 people during a week of action against county lines.

Eighteen of the 30 were arrested in Preston, and Blackburn accounted for most of the others.
"""


def test_a_town_then_a_new_clause_s_subject_is_no_list() -> None:
    assert ("arrests", 18.0, "Preston") in _stats(CLAUSE_AFTER_TOWN)


def test_a_list_running_into_a_verb_is_still_a_list() -> None:
    text = CLAUSE_AFTER_TOWN.replace(
        "Eighteen of the 30 were arrested in Preston, and Blackburn accounted for most of the "
        "others.",
        "Officers seized £4,000 in Preston, Chorley, and Blackburn.",
    )
    assert ("cash_seized", 4000.0, "Lancashire") in _stats(text)
