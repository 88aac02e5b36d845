"""Rules backend, scope round 7: how the article's main area is chosen.

Every article here is written for these tests (none is copied from an evaluation set);
each test pins one general rule of section 2.7 of ``evals/GUIDELINES.md``: a force's week
that "formed part of" a national week is still the force's.
"""

from __future__ import annotations

from extractor.testing.rules import statistic_areas as areas

# -- a local week inside a national one: the national week is context, not scope -----------

PART_OF_NATIONAL_A = """ date 2025-05-09 Staffordshire Police detained 29 people and shut down \
seven drug lines during a week targeting county lines across the county.

The week, which ran from Monday 28 April to Sunday 4 May, was part of a national \
intensification week led by the National County Lines Coordination Centre.

Officers executed 12 warrants and seized £15,200 in cash and 33 mobile phones.
"""

PART_OF_NATIONAL_B = """ date 2025-05-09 Thirty arrests as police hit drug gangs in Hull and Grimsby

By A Reporter
Published: 9 May 2025, 07:15

Officers in Humberside made 30 arrests during a week of action on county lines, the force said.

Running from 28 April to 4 May, the activity formed part of a national county lines \
crackdown co-ordinated by the NCLCC.

Across the force area officers recovered £9,900 in cash and 14 phones.
"""

PART_OF_NATIONAL_C = """ date 2025-05-09 Police in Suffolk arrested 22 people in a week of \
county lines raids, the force has said.

The raids between 28 April and 4 May were part of a national week of action across England \
and Wales.

Officers also seized 19 phones and safeguarded 11 vulnerable people.
"""


def test_a_dated_national_week_sentence_does_not_make_a_force_week_national() -> None:
    got = areas(PART_OF_NATIONAL_A)
    assert got[("arrests", 29)] == "Staffordshire"
    assert got[("warrants", 12)] == "Staffordshire"
    assert got[("cash_seized", 15200)] == "Staffordshire"
    got = areas(PART_OF_NATIONAL_B)
    assert got[("arrests", 30)] == "Humberside"
    assert got[("cash_seized", 9900)] == "Humberside"
    assert got[("phones_seized", 14)] == "Humberside"
    got = areas(PART_OF_NATIONAL_C)
    assert got[("arrests", 22)] == "Suffolk"
    assert got[("phones_seized", 19)] == "Suffolk"
    assert got[("safeguarded", 11)] == "Suffolk"
