"""Agency names the rules backend writes one way and an annotator another (evaluation normaliser).

"Kent Police Service" and "Kent Police", "Police Scotland" and "Police Service of
Scotland" are one body: ``extractor.evaluation.normalise`` gives them one key, so
neither side of a comparison is punished for the article's other spelling.
"""

from __future__ import annotations

import pytest

from extractor.evaluation.normalise import same_item


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kent Police Service", "Kent Police"),
        ("Metropolitan Police Service", "Met Police"),
        ("Police Scotland", "Police Service of Scotland"),
        ("Police Service of Northern Ireland", "Police Service Northern Ireland"),
        ("PSNI", "Police Service of Northern Ireland"),
        ("Gwent Police Force", "Gwent Police"),
        ("Hampshire Constabulary", "Hampshire Police"),
    ],
)
def test_one_agency_two_names(a: str, b: str) -> None:
    assert same_item("agencies", a, b)
    assert same_item("agencies", b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kent Police", "Essex Police"),
        ("Police Scotland", "British Transport Police"),
        ("Police Service of Northern Ireland", "Police Scotland"),
    ],
)
def test_different_agencies_stay_apart(a: str, b: str) -> None:
    assert not same_item("agencies", a, b)
