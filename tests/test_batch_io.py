"""Batch inputs: folder, glob, single file, JSONL, CSV; bad items become failures, not crashes."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from extractor.batch_io import InputFailure, open_source
from extractor.errors import InputError
from extractor.pipeline import Article

TEXT = "Police made 12 arrests in Kent during a week of action."


def ids(items: list) -> list[str]:  # type: ignore[type-arg]
    return [i.id if isinstance(i, Article) else i.article_id for i in items]


def assert_says(bad: dict[str, str], expected: dict[str, str]) -> None:
    """Exactly these ids failed, each with a message containing its words."""
    assert set(bad) == set(expected)
    for article_id, words in expected.items():
        assert words in bad[article_id], (article_id, bad[article_id])


def test_folder_yields_txt_files_and_failures_for_bad_entries(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.TXT").write_text(" date 2024-03-05 \n" + TEXT)
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "sub.txt").mkdir()
    os.symlink(tmp_path / "gone", tmp_path / "dangling.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # must not block the reader
    src = open_source(tmp_path)
    assert src.kind == "folder"
    items = list(src)
    assert src.count() == len(items) == 8
    good = {i.id: i for i in items if isinstance(i, Article)}
    bad = {i.article_id: i.error.message for i in items if isinstance(i, InputFailure)}
    assert set(good) == {"a", "b"}
    assert good["b"].published == date(2024, 3, 5)
    assert_says(
        bad,
        {
            "empty": "empty",
            "bin": "binary",
            "latin": "UTF-8",
            "sub": "directory",
            "dangling": "no such file",
            "pipe": "not a regular file",
        },
    )


def test_glob_and_single_file(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "one.txt").write_text(TEXT)
    (tmp_path / "x" / "two.txt").write_text(TEXT)
    (tmp_path / "three.txt").write_text(TEXT)
    src = open_source(str(tmp_path / "**" / "*.txt"))
    assert src.kind == "glob"
    assert sorted(ids(list(src))) == ["one", "three", "two"]
    single = open_source(tmp_path / "three.txt")
    assert single.kind == "text" and ids(list(single)) == ["three"]


def test_jsonl_items_and_per_line_failures(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": TEXT, "published": "2024-01-02"}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": TEXT}),
        json.dumps({"id": "a2", "text": ""}),
        json.dumps({"id": "a3"}),
        json.dumps({"article_id": 7, "text": TEXT}),
        json.dumps({"id": "a4", "text": TEXT, "published": "last tuesday"}),
        json.dumps({"id": "a5", "text": TEXT, "published": "2024-05-06T10:00:00+00:00"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "a6", "text": "caf\xe9"}\n')
    src = open_source(path)
    items = list(src)
    assert src.count() == len(items) == 10
    good = {i.id: i for i in items if isinstance(i, Article)}
    bad = {i.article_id: i.error.message for i in items if isinstance(i, InputFailure)}
    assert set(good) == {"a1", "7", "a5"}
    assert good["a1"].published == date(2024, 1, 2)
    assert good["a5"].published == date(2024, 5, 6)
    assert good["a1"].source == "in.jsonl:1"
    assert_says(
        bad,
        {
            "in.jsonl:3": "not a JSON object",
            "in.jsonl:4": "expected a JSON object",
            "in.jsonl:5": "no 'id'",
            "a2": "empty",
            "a3": "no 'text'",
            "a4": "not a date",
            "in.jsonl:11": "UTF-8",
        },
    )


def test_csv_with_quoted_multiline_text_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(
        b"ID,Text,published\n"
        b'c1,"First line,\nsecond ""quoted"" line: 5 arrests",2023-11-30\n'
        b"c2,,\n"
        b'c3,"' + "caf\xe9".encode("latin-1") + b'",\n'
        b"c4," + TEXT.encode() + b",\n"
    )
    src = open_source(path)
    items = list(src)
    assert src.count() == len(items) == 4
    good = {i.id: i for i in items if isinstance(i, Article)}
    bad = {i.article_id: i.error.message for i in items if isinstance(i, InputFailure)}
    assert good["c1"].text == 'First line,\nsecond "quoted" line: 5 arrests'
    assert good["c1"].published == date(2023, 11, 30)
    assert set(good) == {"c1", "c4"}
    assert "empty" in bad["c2"] and "UTF-8" in bad["c3"]


def test_csv_holds_articles_larger_than_the_csv_module_default(tmp_path: Path) -> None:
    big = TEXT + " filler" * 40_000  # ~280 kB, over csv's 131,072-character field limit
    path = tmp_path / "big.csv"
    path.write_text('id,text\nbig,"' + big + '"\n')
    (item,) = list(open_source(path))
    assert isinstance(item, Article) and item.text == big


@pytest.mark.parametrize("header", ["name,body", "id,body", ""])
def test_csv_without_id_and_text_columns_is_refused_up_front(tmp_path: Path, header: str) -> None:
    path = tmp_path / "in.csv"
    path.write_text(header + "\n" + "x,y\n")
    with pytest.raises(InputError, match="needs 'id' and 'text' columns"):
        open_source(path)


def test_unusable_inputs_fail_with_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        open_source(tmp_path / "missing")
    (tmp_path / "data.xlsx").write_text("x")
    with pytest.raises(InputError, match="cannot tell what kind of input"):
        open_source(tmp_path / "data.xlsx")
    with pytest.raises(InputError, match="no input"):
        open_source("")


def test_items_are_read_lazily(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    with open(path, "w") as f:
        for i in range(3):
            f.write(json.dumps({"id": f"a{i}", "text": TEXT}) + "\n")
    it = iter(open_source(path))
    first = next(it)
    with open(path, "a") as f:  # a line appended after reading began is still seen
        f.write(json.dumps({"id": "late", "text": TEXT}) + "\n")
    assert ids([first, *it]) == ["a0", "a1", "a2", "late"]


def test_a_jsonl_text_over_the_size_limit_is_a_failure_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "word " * 500_000}) + "\n")
    (item,) = list(open_source(path))
    assert isinstance(item, InputFailure) and item.article_id == "big"
    assert "2,000,000-byte limit" in item.error.message


def test_a_glob_through_a_symlink_loop_yields_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(TEXT)
    (tmp_path / "a" / "loop").symlink_to(tmp_path)  # a/loop -> .. : a cycle
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "up").symlink_to(tmp_path / "b")  # b/up -> b itself
    (tmp_path / "b" / "y.txt").write_text(TEXT)
    src = open_source(str(tmp_path / "**" / "*.txt"))
    items = list(src)
    assert sorted(ids(items)) == ["x", "y"]
    assert src.count() == 2


def test_a_glob_that_matches_nothing_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x")
    with pytest.raises(InputError, match="no file matches") as caught:
        open_source(str(tmp_path / "*.txt"))
    assert "quote" in caught.value.one_line()


# -- CSV headers, field sizes, blank ids ------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "row"),
    [
        (",,id,text", "x,y,c1,{text}"),
        ("note,note,id,text,published", "n1,n2,c1,{text},2024-02-03"),
        ("text,extra,ID", "{text},z,c1"),
    ],
)
def test_csv_columns_are_read_by_position_whatever_the_other_headers(
    tmp_path: Path, header: str, row: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(header + "\n" + row.format(text=TEXT) + "\n")
    (item,) = list(open_source(path))
    assert isinstance(item, Article), item
    assert (item.id, item.text) == ("c1", TEXT)
    if "published" in header:
        assert item.published == date(2024, 2, 3)


@pytest.mark.parametrize("header", ["id,text,id", "id,text,Text", "id,text,published, Published "])
def test_a_csv_header_naming_a_needed_column_twice_is_refused(tmp_path: Path, header: str) -> None:
    path = tmp_path / "in.csv"
    path.write_text(header + "\n" + "a,b,c,d\n")
    with pytest.raises(InputError, match="twice") as caught:
        open_source(path)
    assert "\n" not in caught.value.one_line()


@pytest.fixture
def default_csv_field_limit() -> Iterator[None]:
    """The csv module's limit as a fresh process has it (it is process-wide state)."""
    import csv

    old = csv.field_size_limit(131_072)
    try:
        yield
    finally:
        csv.field_size_limit(old)


def test_csv_fields_over_the_csv_module_limit_are_counted_and_read(
    tmp_path: Path, default_csv_field_limit: None
) -> None:
    big = TEXT + " filler" * 40_000  # ~280 kB: over csv's default 131,072-character limit
    path = tmp_path / "big.csv"
    path.write_text(f'id,text\nbig,"{big}"\nsmall,{TEXT}\n')
    src = open_source(path)
    assert src.count() == 2
    assert ids(list(src)) == ["big", "small"]


@pytest.mark.parametrize("size", [2_500_000, 4_500_000])
def test_a_csv_row_over_the_article_limit_is_a_failure_for_that_article(
    tmp_path: Path, size: int
) -> None:
    path = tmp_path / "big.csv"
    path.write_text(f'id,text\nbefore,{TEXT}\nhuge,"{"x" * size}"\nafter,{TEXT}\n')
    src = open_source(path)
    items = list(src)
    assert src.count() == len(items) == 3
    assert ids(items) == ["before", "huge", "after"]
    assert isinstance(items[0], Article) and isinstance(items[2], Article)
    assert isinstance(items[1], InputFailure)
    assert "2,000,000-byte limit" in items[1].error.message


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_a_blank_or_whitespace_id_is_refused(tmp_path: Path, blank: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": blank, "text": TEXT})
        + "\n"
        + json.dumps({"id": blank, "article_id": "fallback", "text": TEXT})
        + "\n"
    )
    first, second = list(open_source(path))
    assert isinstance(first, InputFailure) and "no 'id'" in first.error.message
    assert isinstance(second, Article) and second.id == "fallback"
    table = tmp_path / "in.csv"
    table.write_text(f'id,text\n"{blank}",{TEXT}\n')
    (row,) = list(open_source(table))
    assert isinstance(row, InputFailure) and "no 'id'" in row.error.message
