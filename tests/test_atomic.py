"""Whole-file writes keep what the user set up: a symlinked OUT stays a link, modes stay."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractor import BatchOptions, Settings, run_batch
from extractor.atomic import atomic_write_text
from extractor.batch_store import manifest_path

TEXT = "Police made 12 arrests in Kent during a county lines week of action."
RULES = Settings.resolve(backend="rules")


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writing_through_a_symlink_keeps_the_link_and_the_target_mode(tmp_path: Path) -> None:
    target = tmp_path / "real" / "data.txt"
    target.parent.mkdir()
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    atomic_write_text(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new"
    assert mode(target) == 0o640
    assert sorted(p.name for p in target.parent.iterdir()) == ["data.txt"]  # no temp left


def test_a_new_file_honours_the_umask(tmp_path: Path, umask_027: None) -> None:
    atomic_write_text(tmp_path / "new.txt", "x")
    assert mode(tmp_path / "new.txt") == 0o640


def test_compaction_of_a_symlinked_out_keeps_the_link_and_the_mode(
    tmp_path: Path, umask_027: None
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "  "}) + "\n" + json.dumps({"id": "b", "text": TEXT}) + "\n"
    )
    store = tmp_path / "store"
    store.mkdir()
    real = store / "records.jsonl"
    out = tmp_path / "out.jsonl"
    out.symlink_to(real)
    table = tmp_path / "stats.csv"
    run_batch(src, out, settings=RULES, options=BatchOptions(csv_path=table))
    assert out.is_symlink() and real.exists()
    assert mode(real) == 0o640  # made by this run: the umask
    assert mode(table) == 0o640 and mode(manifest_path(out)) == 0o640
    real.chmod(0o604)
    table.chmod(0o604)
    # the article is fixed: the second run retries it and compacts away the error line
    src.write_text(
        json.dumps({"id": "a", "text": TEXT}) + "\n" + json.dumps({"id": "b", "text": TEXT}) + "\n"
    )
    stats = run_batch(src, out, settings=RULES, options=BatchOptions(csv_path=table))
    assert stats.lines_dropped == 1
    assert out.is_symlink() and os.readlink(out) == str(real)
    lines = [json.loads(x) for x in real.read_text().split("\n") if x]
    assert sorted(d["article_id"] for d in lines) == ["a", "b"]
    assert not any("error" in d for d in lines)
    assert mode(real) == 0o604 and mode(table) == 0o604
