"""benchmarks/rules_snapshot.py never reads a sealed set: its check prints records, and whoever
tunes the rules must not see a sealed set's."""

from __future__ import annotations

from pathlib import Path

from benchscripts import benchmark

ROOT = Path(__file__).resolve().parent.parent
rules_snapshot = benchmark("rules_snapshot")


def test_the_snapshot_reads_training_sets_and_never_a_sealed_one() -> None:
    sealed = {p.parent.name for p in (ROOT / "evals").glob("*/DECISIONS.md")}
    assert sealed, "the sealed sets keep their decisions in their own DECISIONS.md"
    keys = rules_snapshot.articles()
    sets = {Path(k).parts[1] for k in keys if k.startswith("evals/")}
    assert not sets & sealed
    assert {"dev", "holdout21", "holdout24"} <= sets
