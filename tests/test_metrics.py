"""Scoring rules on small hand-made records; every kind of error must cost exactly its due."""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest

from extractor.evaluation.matching import assign
from extractor.evaluation.metrics import (
    headline_of,
    score_list,
    score_quotes,
    score_record,
    score_scalars,
    score_statistics,
    sum_fields,
    values_match,
)
from extractor.evaluation.models import Counts
from extractor.evaluation.normalise import (
    defined_acronyms,
    normalise_area,
    normalise_item,
    same_item,
    singular,
    surname,
    texts_overlap,
)
from extractor.schema import Metric, OperationReport, Qualifier, Quote, Statistic


def stat(
    metric: str,
    value: float,
    area: str = "Kent",
    qualifier: str = "exact",
    label: str | None = None,
    evidence: str = "x",
) -> Statistic:
    return Statistic(
        metric=Metric(metric),
        value=value,
        area=area,
        qualifier=Qualifier(qualifier),
        label=label,
        evidence=evidence,
    )


def quote(speaker: str, text: str) -> Quote:
    return Quote(speaker=speaker, text=text)


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn)


GOLD_STATS = [
    stat("arrests", 28),
    stat("lines_closed", 10),
    stat("cash_seized", 11000),
    stat("arrests", 151, "Eastern region"),
]


# -- counts -----------------------------------------------------------------------------------


def test_counts_rates() -> None:
    c = Counts(tp=3, fp=1, fn=2)
    assert (c.precision, c.recall) == (0.75, 0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert c.f1 == f1(3, 1, 2)


def test_counts_edge_cases() -> None:
    assert Counts().f1 == 1.0 and Counts().precision == 1.0  # nothing to find, nothing claimed
    assert Counts(fn=2).f1 == 0.0 and Counts(fn=2).precision == 0.0
    assert Counts(fp=2).f1 == 0.0 and Counts(fp=2).recall == 0.0


# -- values and areas -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "metric,gold,pred,ok",
    [
        ("cash_seized", 115000, 115000, True),
        ("cash_seized", 115000, 115500, True),  # 0.43 %
        ("cash_seized", 115000, 115575, True),  # exactly 0.5 %
        ("cash_seized", 115000, 115600, False),  # 0.52 %
        ("drugs_value", 1200000, 1194000, True),
        ("drugs_weight_kg", 2.3, 2.31, True),
        ("drugs_weight_kg", 2.3, 2.32, False),
        ("arrests", 50, 50.0, True),
        ("arrests", 1000, 1001, False),  # counts are exact however large
        ("jail_years", 124, 124.5, False),
        ("cash_seized", 0, 0, True),
    ],
)
def test_values_match(metric: str, gold: float, pred: float, ok: bool) -> None:
    assert values_match(Metric(metric), gold, pred) is ok


@pytest.mark.parametrize(
    "a,b",
    [
        ("Eastern region", "the Eastern Region"),
        ("Eastern region", "eastern"),
        ("Eastern region", "East of England"),
        ("East Midlands", "the East Midlands area"),
        ("national", "UK"),
        ("national", "nationally"),
        ("national", "England & Wales"),
        ("national", "nationwide"),
        ("Hampshire", "Hampshire Constabulary"),
        ("Hampshire", "Hants"),
        ("Northamptonshire", "Northants Police"),
        ("Hertfordshire", "Herts."),
        ("Basingstoke", "BASINGSTOKE"),
    ],
)
def test_areas_equal(a: str, b: str) -> None:
    assert normalise_area(a) == normalise_area(b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("Eastern region", "ERSOU"),  # an agency is not an area
        ("Eastern region", "East Midlands"),
        ("national", "Hampshire"),
        ("Kent", "Essex"),
        ("Region", "Area"),  # a suffix alone is kept, not erased
    ],
)
def test_areas_differ(a: str, b: str) -> None:
    assert normalise_area(a) != normalise_area(b)


# -- statistics -------------------------------------------------------------------------------


def test_identical_statistics_score_one() -> None:
    score, outcomes = score_statistics(GOLD_STATS, list(reversed(GOLD_STATS)))
    assert (score.tp, score.fp, score.fn, score.f1) == (4, 0, 0, 1.0)
    assert score.qualifier_accuracy == 1.0
    assert [o.status for o in outcomes] == ["matched"] * 4


def test_wrong_value_costs_one_fp_and_one_fn() -> None:
    pred = [stat("arrests", 29), *GOLD_STATS[1:]]
    score, outcomes = score_statistics(GOLD_STATS, pred)
    assert (score.tp, score.fp, score.fn) == (3, 1, 1)
    assert score.f1 == f1(3, 1, 1) == 0.75
    assert {(o.status, o.text) for o in outcomes if o.status != "matched"} == {
        ("missed", "arrests 28 (exact) @ Kent"),
        ("spurious", "arrests 29 (exact) @ Kent"),
    }


def test_wrong_area_costs_one_fp_and_one_fn() -> None:
    pred = [stat("arrests", 28, "Essex"), *GOLD_STATS[1:]]
    score, _ = score_statistics(GOLD_STATS, pred)
    assert (score.tp, score.fp, score.fn, score.f1) == (3, 1, 1, 0.75)


def test_near_misses_are_explained_but_still_cost() -> None:
    gold = [stat("arrests", 28), stat("lines_closed", 10), stat("cash_seized", 11000, "Essex")]
    pred = [
        stat("arrests", 28, "Essex"),
        stat("lines_closed", 12),
        stat("cash_seized", 11000),
        stat("phones_seized", 99),
    ]
    score, outcomes = score_statistics(gold, pred)
    assert (score.tp, score.fp, score.fn) == (0, 4, 3)
    notes = {o.text: o.note for o in outcomes if o.status == "spurious"}
    assert notes == {
        "arrests 28 (exact) @ Essex": "wrong area? gold has it @ Kent",
        "lines_closed 12 (exact) @ Kent": "wrong value? gold has lines_closed 10 (exact) @ Kent",
        "cash_seized 11000 (exact) @ Kent": "wrong area? gold has it @ Essex",
        "phones_seized 99 (exact) @ Kent": None,
    }


def test_wrong_metric_costs_one_fp_and_one_fn() -> None:
    pred = [stat("charged", 28), *GOLD_STATS[1:]]
    score, _ = score_statistics(GOLD_STATS, pred)
    assert (score.tp, score.fp, score.fn) == (3, 1, 1)


def test_missing_statistic_costs_one_fn() -> None:
    score, _ = score_statistics(GOLD_STATS, GOLD_STATS[:3])
    assert (score.tp, score.fp, score.fn) == (3, 0, 1)
    assert score.f1 == f1(3, 0, 1) == 6 / 7
    assert score.precision == 1.0 and score.recall == 0.75


def test_spurious_statistic_costs_one_fp() -> None:
    score, _ = score_statistics(GOLD_STATS, [*GOLD_STATS, stat("phones_seized", 34)])
    assert (score.tp, score.fp, score.fn) == (4, 1, 0)
    assert score.f1 == f1(4, 1, 0) == 8 / 9


def test_a_figure_predicted_twice_pairs_once() -> None:
    score, _ = score_statistics([stat("arrests", 28)], [stat("arrests", 28), stat("arrests", 28)])
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)


def test_area_normalisation_and_money_tolerance_apply_in_matching() -> None:
    gold = [stat("cash_seized", 150000, "Eastern region"), stat("arrests", 700, "national")]
    pred = [stat("cash_seized", 150500, "the eastern Region"), stat("arrests", 700, "UK")]
    score, _ = score_statistics(gold, pred)
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)


def test_label_is_not_part_of_the_key() -> None:
    gold = [stat("outreach", 360, label="schools")]
    score, _ = score_statistics(gold, [stat("outreach", 360, label="schools in the county")])
    assert score.tp == 1


def test_pairing_is_maximal_when_tolerance_is_not_transitive() -> None:
    # 100.45 is within 0.5 % of both gold values, 100.0 of only the first: a greedy pass
    # that pairs the first gold with the first compatible prediction finds one pair, not two.
    # The qualifiers tempt towards that single agreeing pair: the count of pairs must win.
    gold = [stat("cash_seized", 100.0, qualifier="about"), stat("cash_seized", 100.9)]
    pred = [stat("cash_seized", 100.45, qualifier="about"), stat("cash_seized", 100.0)]
    score, _ = score_statistics(gold, pred)
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)
    assert score.qualifier_correct == 0


def test_the_number_of_pairs_outweighs_agreeing_qualifiers() -> None:
    # a chain G1-P1-G2-P2-G3-P3-G4-P4, each value 0.4 % from the next: four pairs with wrong
    # qualifiers, or three (P1-G2, P2-G3, P3-G4) with right ones. Four must win.
    values = [100.0, 100.4, 100.8, 101.2, 101.6, 102.0, 102.4, 102.8]
    quals = ["exact", "about", "about", "exact", "exact", "about", "about", "exact"]
    chain = [stat("cash_seized", v, qualifier=q) for v, q in zip(values, quals, strict=True)]
    score, _ = score_statistics(chain[0::2], chain[1::2])
    assert (score.tp, score.fp, score.fn, score.qualifier_correct) == (4, 0, 0, 0)


def test_qualifier_accuracy_over_matched_pairs() -> None:
    gold = [stat("arrests", 50, qualifier="more_than"), stat("arrests", 28)]
    pred = [stat("arrests", 50, qualifier="exact"), stat("arrests", 28), stat("arrests", 1)]
    score, outcomes = score_statistics(gold, pred)
    assert (score.tp, score.fp, score.fn) == (2, 1, 0)
    assert score.qualifier_correct == 1 and score.qualifier_accuracy == 0.5
    notes = [o.note for o in outcomes if o.note]
    assert notes == ["qualifier: gold more_than, predicted exact"]


def test_pairing_prefers_agreeing_qualifiers() -> None:
    # all four pairings are possible; only the crossed one gets both qualifiers right
    gold = [stat("cash_seized", 100.0, qualifier="about"), stat("cash_seized", 100.3)]
    pred = [stat("cash_seized", 100.2), stat("cash_seized", 100.1, qualifier="about")]
    score, _ = score_statistics(gold, pred)
    assert (score.tp, score.qualifier_correct) == (2, 2)


def test_empty_sides() -> None:
    assert score_statistics([], [])[0].f1 == 1.0
    none_found, _ = score_statistics(GOLD_STATS, [])
    assert (none_found.tp, none_found.fn, none_found.f1) == (0, 4, 0.0)
    assert none_found.qualifier_accuracy is None  # no pairs: undefined, not 0


# -- the assignment ---------------------------------------------------------------------------


def brute_force(weights: list[list[float | None]]) -> float:
    rows, cols = len(weights), len(weights[0])
    best = 0.0
    for perm in itertools.permutations(range(max(rows, cols)), rows):
        total = sum(
            weights[i][j] or 0.0
            for i, j in enumerate(perm)
            if j < cols and weights[i][j] is not None
        )
        best = max(best, total)
    return best


def test_assign_is_optimal_against_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(300):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        weights = [
            [None if rng.random() < 0.5 else float(rng.randint(1, 9)) for _ in range(cols)]
            for _ in range(rows)
        ]
        pairs = assign(weights)
        assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
        assert all(weights[i][j] is not None for i, j in pairs)
        assert sum(weights[i][j] for i, j in pairs) == brute_force(weights)  # type: ignore[misc]


def test_assign_empty_and_forbidden() -> None:
    assert assign([]) == []
    assert assign([[None, None]]) == []
    assert assign([[1.0, None], [2.0, 1.0]]) == [(0, 0), (1, 1)]


# -- list fields ------------------------------------------------------------------------------

ARTICLE = (
    "Detective Inspector Kelly Gray of the Eastern Region Special Operations Unit "
    "(ERSOU) said the National Crime Agency helped."
)


@pytest.mark.parametrize(
    "field,a,b",
    [
        ("weapons", "knives", "Knife"),
        ("weapons", "knuckle-dusters", "knuckle duster"),
        ("weapons", "Samurai Swords", "samurai sword"),
        ("drugs", "Class A drugs", "class a"),
        ("drugs", "crack-cocaine", "crack cocaine"),
        ("operation_names", "Operation Serpent", "Op Serpent"),
        ("operation_names", "Operation Serpent", "Serpent"),
        ("agencies", "ERSOU", "Eastern Region Special Operations Unit"),  # defined in the article
        ("agencies", "NCA", "National Crime Agency"),  # known acronym
        ("agencies", "EMSOU", "East Midlands Special Operations Unit"),  # known acronym
        ("agencies", "TVP", "Thames Valley Police"),  # initials only
        ("agencies", "NPCC", "National Police Chiefs' Council"),
        ("agencies", "Hampshire Constabulary", "Hampshire Police"),
        ("agencies", "the British Transport Police", "British Transport Police"),
        ("locations", "Eastern region", "the Eastern Region"),
        ("locations", "UK", "nationally"),
    ],
)
def test_items_equal(field: str, a: str, b: str) -> None:
    assert same_item(field, a, b, ARTICLE)
    assert same_item(field, b, a, ARTICLE)


@pytest.mark.parametrize(
    "field,a,b",
    [
        ("drugs", "cocaine", "crack cocaine"),
        ("drugs", "class a", "class b"),
        ("weapons", "knife", "machete"),
        ("agencies", "ERSOU", "East Midlands Special Operations Unit"),
        ("agencies", "Kent Police", "Essex Police"),
        ("operation_names", "Operation Serpent", "Operation Orochi"),
    ],
)
def test_items_differ(field: str, a: str, b: str) -> None:
    assert not same_item(field, a, b, ARTICLE)


def test_acronyms_defined_in_the_article() -> None:
    text = (
        "co-ordinated by the National County Lines Coordination Centre (NCLCC), with "
        "Regional Organised Crime Units (ROCUs) and the Missing Person Reduction Unit (MPRU)."
    )
    assert defined_acronyms(text) == {
        "NCLCC": "National County Lines Coordination Centre",
        "ROCU": "Regional Organised Crime Units",
        "MPRU": "Missing Person Reduction Unit",
    }
    assert defined_acronyms("the thing (ABC) and Big Red Dog (XYZ)") == {}


def test_singular() -> None:
    assert [
        singular(w)
        for w in ["knives", "machetes", "lines", "cannabis", "class", "batteries", "swords", "bus"]
    ] == ["knife", "machete", "line", "cannabis", "class", "battery", "sword", "bus"]


def test_list_field_errors_cost_exactly() -> None:
    gold = ["cocaine", "heroin", "crack cocaine"]
    perfect, _ = score_list("drugs", gold, ["Heroin", "crack-cocaine", "COCAINE"])
    assert (perfect.tp, perfect.fp, perfect.fn) == (3, 0, 0)
    missing, out = score_list("drugs", gold, ["cocaine", "heroin"])
    assert (missing.tp, missing.fp, missing.fn, missing.f1) == (2, 0, 1, f1(2, 0, 1))
    assert [o.text for o in out if o.status == "missed"] == ["crack cocaine"]
    spurious, out = score_list("drugs", gold, [*gold, "cannabis"])
    assert (spurious.tp, spurious.fp, spurious.fn, spurious.f1) == (3, 1, 0, f1(3, 1, 0))
    assert [o.text for o in out if o.status == "spurious"] == ["cannabis"]


def test_list_items_are_a_set_after_normalisation() -> None:
    score, _ = score_list("weapons", ["knife"], ["knife", "Knives", "knife "])
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_acronym_and_full_name_both_predicted_count_once_each_side() -> None:
    gold = ["Eastern Region Special Operations Unit", "Bedfordshire Police"]
    score, _ = score_list("agencies", gold, ["ERSOU", "Bedfordshire Police"], ARTICLE)
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)


def test_normalise_item_keys() -> None:
    assert (
        normalise_item("agencies", "National Police Chiefs’ Council")
        == "national police chief council"
    )
    assert normalise_item("operation_names", "Operation Serpent") == "serpent"


# -- quotes -----------------------------------------------------------------------------------


def test_surname() -> None:
    assert surname("Detective Inspector Kelly Gray") == "gray"
    assert surname("Kelly Gray QPM") == "gray"
    assert surname("Rupert Matthews,") == "matthews"
    assert surname("Det Supt Scott Mackechnie") == surname("Scott MacKechnie")


@pytest.mark.parametrize(
    "a,b,ok",
    [
        (
            "This was another successful intensification week",
            "this was another successful week",
            False,
        ),
        (
            "This was another successful intensification week of action",
            "\u201cThis was another successful intensification week",
            True,
        ),
        ("We did it.", "we did it", True),  # short: containment
        ("We did it.", "we did not", False),
        ("the week of action was great", "a week of action was fine", False),  # 4-word run only
    ],
)
def test_texts_overlap(a: str, b: str, ok: bool) -> None:
    assert texts_overlap(a, b) is ok


def test_quotes_match_by_surname_and_check_overlap() -> None:
    gold = [
        quote("Kelly Gray", "This was another successful intensification week of action."),
        quote("Scott Mackechnie", "Tackling county lines is an absolute priority for us."),
    ]
    pred = [
        quote(
            "Detective Inspector Kelly Gray",
            "This was another successful intensification week of action",
        ),
        quote("Scott Mackechnie", "Something he never said at all, in any words."),
    ]
    score, outcomes = score_quotes(gold, pred)
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)
    assert score.overlap_correct == 1 and score.text_overlap == 0.5
    assert [o.note for o in outcomes if o.note] == ["text does not overlap the gold quote"]


def test_wrong_speaker_costs_one_fp_and_one_fn() -> None:
    gold = [quote("Kelly Gray", "We arrested more than 150 people this week.")]
    pred = [quote("Kelly Grey", "We arrested more than 150 people this week.")]
    score, _ = score_quotes(gold, pred)
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)


def test_several_quotes_of_one_speaker_pair_by_overlap() -> None:
    texts = [
        "County lines drug dealing is a particularly brutal crime.",
        "During our investigations we always look closer at those involved.",
        "We work together as the five forces of the East Midlands.",
    ]
    gold = [quote("Stuart Jones", t) for t in texts]
    pred = [quote("Stuart Jones", t) for t in reversed(texts[1:])]  # first missing, order changed
    score, outcomes = score_quotes(gold, pred)
    assert (score.tp, score.fp, score.fn, score.overlap_correct) == (2, 0, 1, 2)
    assert [o.text for o in outcomes if o.status == "missed"] == [
        "Stuart Jones: \u201c" + texts[0] + "\u201d"
    ]


# -- scalars, the record and the headline -------------------------------------------------------


def test_scalars_exact_match() -> None:
    gold = OperationReport(
        published=date(2022, 3, 18),
        week_of_action=True,
        period_start=date(2022, 3, 7),
        period_end=date(2022, 3, 11),
    )
    pred = OperationReport(
        published=date(2022, 3, 18), week_of_action=False, period_start=date(2022, 3, 7)
    )
    checks = {c.field: c.correct for c in score_scalars(gold, pred)}
    assert checks == {
        "published": True,
        "week_of_action": False,
        "period_start": True,
        "period_end": False,
    }


def record(**kw: object) -> OperationReport:
    base: dict[str, object] = dict(
        article_id="a",
        statistics=GOLD_STATS,
        agencies=["Kent Police"],
        locations=["Kent"],
        drugs=["cocaine", "heroin"],
        weapons=["knife"],
        operation_names=["Operation Orochi"],
        quotes=[quote("Kelly Gray", "We arrested more than 150 people this week.")],
    )
    base.update(kw)
    return OperationReport(**base)  # type: ignore[arg-type]


def test_headline_is_micro_over_items_with_statistics_beside_it() -> None:
    gold = record()
    # statistics, agencies, locations, drugs, weapons, operation names, quotes
    n_items = 4 + 1 + 1 + 2 + 1 + 1 + 1
    assert score_record(gold, record()).headline.model_dump() == {
        "tp": n_items,
        "fp": 0,
        "fn": 0,
        "statistics_f1": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    # one wrong statistic value, one missing drug, one spurious weapon
    pred = record(
        statistics=[stat("arrests", 29), *GOLD_STATS[1:]],
        drugs=["cocaine"],
        weapons=["knife", "machete"],
    )
    result = score_record(gold, pred)
    tp, fp, fn = n_items - 2, 2, 2
    assert (result.headline.tp, result.headline.fp, result.headline.fn) == (tp, fp, fn)
    assert result.headline.f1 == f1(tp, fp, fn)
    assert result.headline.statistics_f1 == f1(3, 1, 1)
    assert result.field("drugs").fn == 1 and result.field("weapons").fp == 1


def test_sum_fields_and_headline_over_articles_are_micro() -> None:
    a = score_record(record(), record(statistics=GOLD_STATS[:2]))  # 2 fn
    b = score_record(record(statistics=GOLD_STATS[:1]), record(statistics=GOLD_STATS[:1]))
    fields = sum_fields([a, b])
    stats = next(f for f in fields if f.field == "statistics")
    assert (stats.tp, stats.fp, stats.fn) == (3, 0, 2)
    assert stats.qualifier_correct == 3
    head = headline_of(fields)
    assert head.f1 == f1(head.tp, head.fp, head.fn)
    assert head.tp == a.headline.tp + b.headline.tp and head.fn == 2
    assert head.statistics_f1 == f1(3, 0, 2)


def test_spans_are_located_when_a_record_has_no_offsets() -> None:
    text = "In Kent, 28 arrests were made and 10 deal lines were seized."
    gold = OperationReport(statistics=[stat("arrests", 28, evidence="28 arrests were made")])
    pred = OperationReport(statistics=[stat("lines_closed", 10, evidence="10 deal lines")])
    result = score_record(gold, pred, text)
    spans = {o.status: text[o.start : o.end] for o in result.outcomes if o.start is not None}
    assert spans == {"missed": "28 arrests were made", "spurious": "10 deal lines"}
