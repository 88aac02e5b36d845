"""Batch inputs: a folder, a glob, a JSONL or a CSV file, streamed one article at a time.

``open_source(INPUT)`` decides what INPUT is and fails at once, with a clear
error, when it is nothing usable (a missing path, a CSV without ``id`` /
``text`` columns). Iterating the source then yields, lazily and in file order,
either an :class:`~extractor.pipeline.Article` or an :class:`InputFailure`:
one bad article (an unreadable file, a JSONL line that is not JSON, an empty
``text``) is a failure *item*, which the batch writes as an error record
and goes on. Nothing is read ahead, so memory stays flat however many
articles there are.

- a folder: its ``*.txt`` files (not recursive; other files are ignored), in
  directory order; the file stem is the id;
- a glob (``'archive/**/*.txt'``, quoted so the shell leaves it alone);
- a single ``.txt`` file;
- ``.jsonl`` / ``.ndjson``: one object per line with ``id`` (or ``article_id``),
  ``text`` and optionally ``published`` (``YYYY-MM-DD``); blank lines skipped;
- ``.csv``: a header with ``id`` (or ``article_id``), ``text`` and optionally
  ``published``; quoted fields may span lines.
"""

from __future__ import annotations

import csv
import fnmatch
import glob
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .errors import InputError
from .pipeline import Article, make_article, read_article

KINDS = ("folder", "glob", "text", "jsonl", "csv")
ID_KEYS = ("id", "article_id")
CSV_KEYS = (*ID_KEYS, "text", "published")
# see _csv_reader: rows are read whole, the article limit is make_article's
CSV_FIELD_LIMIT = 2**31 - 1


@dataclass(frozen=True)
class InputFailure:
    """An article that could not be read; becomes an error record in the output."""

    article_id: str
    error: InputError


Item = Article | InputFailure


@dataclass(frozen=True)
class Source:
    """A batch input: what ``INPUT`` named, and how to stream it."""

    kind: str
    location: str

    def __iter__(self) -> Iterator[Item]:
        return iter(_READERS[self.kind](self.location))

    def count(self) -> int:
        """How many items iterating will yield (a streamed pre-pass, for progress and ETA)."""
        if self.kind == "jsonl":
            with open(self.location, "rb") as f:
                return sum(1 for line in f if line.strip())
        if self.kind == "csv":
            with _open_csv(self.location) as f:
                return sum(1 for _ in _csv_rows(_csv_reader(f))) - 1
        return sum(1 for _ in _paths(self))

    def describe(self) -> str:
        return f"{self.kind} {self.location}"


def open_source(source: str | os.PathLike[str]) -> Source:
    """What ``source`` is; an ``InputError`` naming the problem when it is nothing usable."""
    location = os.fspath(source)
    path = Path(location)
    if not location.strip():
        raise InputError("no input given", hint="give a folder, a glob, a .jsonl or a .csv file")
    if path.is_dir():
        return Source("folder", location)
    if path.exists():
        if not path.is_file():
            raise InputError(f"{location}: not a regular file")
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            return Source("jsonl", location)
        if suffix == ".csv":
            _check_csv_header(location)
            return Source("csv", location)
        if suffix == ".txt":
            return Source("text", location)
        raise InputError(
            f"{location}: cannot tell what kind of input this is from its name",
            hint="use a folder of .txt files, a glob, a .jsonl/.ndjson or a .csv file",
        )
    if glob.has_magic(location):
        if next(iter_glob(location), None) is None:
            raise InputError(
                f"{location}: no file matches this glob",
                hint="check the pattern; quote it so the shell leaves it alone",
            )
        return Source("glob", location)
    raise InputError(
        f"{location}: no such file or folder",
        hint="check the path; quote a glob so the shell does not expand it",
    )


# -- files ------------------------------------------------------------------------------
def _paths(source: Source) -> Iterator[str]:
    if source.kind == "text":
        yield source.location
    elif source.kind == "folder":
        with os.scandir(source.location) as entries:
            for entry in entries:
                if entry.name.lower().endswith(".txt"):
                    yield entry.path
    else:
        yield from iter_glob(source.location)


def iter_glob(pattern: str) -> Iterator[str]:
    """``glob.iglob(pattern, recursive=True)``, lazily, but each folder is listed at most
    once per pattern position: a symlink loop (``a/loop -> ..``) is walked once, not until
    the path grows too long (``glob`` yields every file again under each longer name)."""
    parts = pattern.split(os.sep)
    i = 0
    while i < len(parts) - 1 and not glob.has_magic(parts[i]):
        i += 1
    base = os.sep.join(parts[:i]) if i else ""
    if pattern.startswith(os.sep) and not base:
        base = os.sep
    yield from _walk(base, parts[i:], 0, set())


def _walk(folder: str, rest: list[str], at: int, seen: set[tuple[int, int, int]]) -> Iterator[str]:
    try:
        st = os.stat(folder or os.curdir)
    except OSError:
        return
    key = (st.st_dev, st.st_ino, at)
    if key in seen:
        return
    seen.add(key)
    seg = rest[at]
    last = at == len(rest) - 1
    try:
        with os.scandir(folder or os.curdir) as it:
            entries = sorted((e.name, e.is_dir()) for e in it)
    except OSError:
        return
    if seg == "**":
        if last:  # 'x/**': everything below, as glob gives it
            for name, is_dir in entries:
                if not name.startswith("."):
                    path = os.path.join(folder, name)
                    yield path
                    if is_dir:
                        yield from _walk(path, rest, at, seen)
            return
        yield from _walk(folder, rest, at + 1, seen)  # '**' as no folder at all
        for name, is_dir in entries:
            if is_dir and not name.startswith("."):
                yield from _walk(os.path.join(folder, name), rest, at, seen)
        return
    for name, is_dir in entries:
        if name.startswith(".") and not seg.startswith("."):
            continue
        if not fnmatch.fnmatchcase(name, seg):
            continue
        path = os.path.join(folder, name)
        if last:
            yield path
        elif is_dir:
            yield from _walk(path, rest, at + 1, seen)


def glob_matches(pattern: str, path: str) -> bool:
    """Whether ``path`` (absolute) has the shape ``pattern`` asks for (for a file that may
    not exist yet: would a later run read it?)."""
    parts = os.path.abspath(pattern).split(os.sep)
    return _match(parts, os.path.abspath(path).split(os.sep))


def _match(pattern: list[str], parts: list[str]) -> bool:
    if not pattern:
        return not parts
    seg = pattern[0]
    if seg == "**":
        return any(
            _match(pattern[1:], parts[k:])
            for k in range(len(parts) + 1)
            if not any(p.startswith(".") for p in parts[:k])
        )
    return (
        bool(parts)
        and fnmatch.fnmatchcase(parts[0], seg)
        and not (parts[0].startswith(".") and not seg.startswith("."))
        and _match(pattern[1:], parts[1:])
    )


def _read_files(location: str, kind: str) -> Iterator[Item]:
    for path in _paths(Source(kind, location)):
        try:
            yield read_article(path)
        except InputError as exc:
            yield InputFailure(exc.article_id or Path(path).stem, exc)


# -- JSONL ------------------------------------------------------------------------------
def _read_jsonl(location: str) -> Iterator[Item]:
    name = Path(location).name
    with open(location, "rb") as f:
        for lineno, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield _failure(where, f"{where}: not valid UTF-8 (byte {exc.start} of the line)")
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield _failure(where, f"{where}: not a JSON object ({exc.msg}, column {exc.colno})")
                continue
            if not isinstance(data, dict):
                yield _failure(where, f"{where}: expected a JSON object, got {type(data).__name__}")
                continue
            yield _from_fields(data, where=where)


# -- CSV --------------------------------------------------------------------------------
def _open_csv(location: str) -> Any:
    # surrogateescape: one bad byte fails its own row (see _from_fields), not the whole file
    return open(location, encoding="utf-8-sig", errors="surrogateescape", newline="")


def _csv_reader(f: Any) -> Any:
    """A ``csv.reader`` that takes a row of any size. A row is read whole (as a JSONL line
    is); ``make_article`` then refuses a text over the article limit for that article
    alone. With a lower field limit the csv module would raise mid-field, losing the
    row's id and its own place in the file."""
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    return csv.reader(f)


def _csv_rows(reader: Any) -> Iterator[list[str] | csv.Error]:
    """Each row, or the ``csv.Error`` a bad one raised (the reader goes on after it)."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield exc


def _csv_columns(header: list[str], location: str) -> dict[str, int]:
    """Where each column we read is (by position: other headers may repeat or be blank)."""
    found: dict[str, int] = {}
    for i, name in enumerate(header):
        key = name.strip().lower()
        if key not in CSV_KEYS:
            continue
        if key in found:
            raise InputError(
                f"{location}: the CSV header names {key!r} twice (columns {found[key] + 1} and "
                f"{i + 1}), so which one to read is ambiguous",
                hint="rename or remove one of them",
            )
        found[key] = i
    if "text" not in found or not any(k in found for k in ID_KEYS):
        raise InputError(
            f"{location}: the CSV header needs 'id' and 'text' columns, found "
            f"{', '.join(repr(h) for h in header) or 'no header'}",
            hint="name the columns id,text[,published]",
        )
    return found


def _check_csv_header(location: str) -> None:
    try:
        with _open_csv(location) as f:
            header = next(_csv_reader(f), None)
    except csv.Error as exc:
        raise InputError(f"{location}: not a readable CSV ({exc})") from exc
    _csv_columns(header or [], location)


def _read_csv(location: str) -> Iterator[Item]:
    name = Path(location).name
    with _open_csv(location) as f:
        reader = _csv_reader(f)
        columns = _csv_columns(next(reader, []), location)
        where = f"{name}:{reader.line_num + 1}"
        for row in _csv_rows(reader):
            if isinstance(row, csv.Error):
                yield _failure(where, f"{where}: bad CSV row ({row})")
            else:
                values = {key: row[i] for key, i in columns.items() if i < len(row)}
                yield _from_fields(values, where=where)
            where = f"{name}:{reader.line_num + 1}"


# -- one record's fields ----------------------------------------------------------------
def _from_fields(data: dict[str, Any], *, where: str) -> Item:
    # a blank or whitespace-only id is no id (it would become "", which is refused)
    raw_id = next((data[k] for k in ID_KEYS if not _blank(data.get(k))), None)
    if raw_id is None or isinstance(raw_id, (dict, list, bool)):
        return _failure(where, f"{where}: no 'id'")
    article_id = str(raw_id).strip()
    text = data.get("text")
    if not isinstance(text, str):
        return _failure(article_id, f"{where}: id {article_id!r} has no 'text' string")
    if _has_surrogates(text) or _has_surrogates(article_id):
        return _failure(article_id, f"{where}: not valid UTF-8")
    try:
        published = _parse_date(data.get("published"), where=where)
        return make_article(text, article_id=article_id, published=published, source=where)
    except InputError as exc:
        return InputFailure(article_id, exc)


def _parse_date(value: Any, *, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        text = str(value).strip()
        return datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text)
    except ValueError as exc:
        raise InputError(f"{where}: published {value!r} is not a date (YYYY-MM-DD)") from exc


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _failure(article_id: str, message: str) -> InputFailure:
    return InputFailure(article_id, InputError(message, article_id=article_id))


_READERS = {
    "folder": lambda loc: _read_files(loc, "folder"),
    "glob": lambda loc: _read_files(loc, "glob"),
    "text": lambda loc: _read_files(loc, "text"),
    "jsonl": _read_jsonl,
    "csv": _read_csv,
}
