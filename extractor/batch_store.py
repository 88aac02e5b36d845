"""A batch's files: the JSONL output (resume, repair, compaction), its manifest, the CSV.

The output file OUT is the state of a batch; there is no other:

- one JSON object per line: a record (``OperationReport.model_dump``, with
  ``article_id``) or an error record ``{"article_id": ..., "error": {"cause",
  "message", "attempts", "usage", "source"}}``;
- each line is written and flushed when its article finishes, in one
  ``write`` call, so a killed process leaves whole lines plus at most one torn
  last line. Flushed, not fsynced per line: that survives the process being
  killed, not the machine losing power; the file is fsynced at the end of a run
  and whenever it is compacted;
- :meth:`OutputFile.scan` reads it back: ids with a record are done, ids whose
  latest line is an error are to be retried. A torn last line (no newline) is
  cut off (its article is done again); a malformed line anywhere else means OUT
  is not a batch output, and the run refuses to append to it rather than guess;
- :meth:`OutputFile.compact` rewrites OUT (temp file, fsync, atomic rename)
  keeping one line per id: its first record, or if it has none its latest error.
  The runner compacts at the start when needed and at the end of every run, so a
  finished file never holds an id twice.

The manifest ``OUT.manifest.json`` says how the data was made: one entry per run
(settings, prompt version, model, start and end, counts, usage), written
atomically. The CSV (``--csv``, ``batch_csv.py``) is regenerated from OUT at the end
of a run, so it always matches OUT, with no duplicate rows after a resume.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .atomic import atomic_write_lines
from .errors import InputError


@dataclass
class Scan:
    """What OUT already holds."""

    done: set[str] = field(default_factory=set)  # ids with a record
    errors: set[str] = field(default_factory=set)  # ids whose only lines are errors
    lines: int = 0
    torn: bool = False  # a last line without its newline (cut off when the file is opened)
    redundant: int = 0  # lines compaction would drop (superseded errors, repeated records)


def manifest_path(out: Path) -> Path:
    return out.with_name(out.name + ".manifest.json")


class OutputFile:
    """OUT, opened for appending after a scan (and a repair of a torn last line)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._f: IO[bytes] | None = None

    def prepare_folder(self) -> None:
        """Make OUT's folder (an ``InputError`` if a file stands where it should be)."""
        parent = self.path.parent
        if parent.exists() and not parent.is_dir():
            raise InputError(
                f"{self.path}: {parent} is not a folder", hint="choose another -o path"
            )
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError) as exc:
            raise InputError(
                f"{self.path}: {exc.filename} is not a folder", hint="choose another -o path"
            ) from exc

    # -- reading ----------------------------------------------------------------------
    def _lines(self) -> Iterator[tuple[int, bytes, dict[str, Any] | None]]:
        """(line number, raw line, parsed object) for each complete line; torn last line
        reported with ``None`` and no newline."""
        with open(self.path, "rb") as f:
            for lineno, raw in enumerate(f, start=1):
                if not raw.endswith(b"\n"):
                    yield lineno, raw, None
                    return
                if not raw.strip():
                    continue
                yield lineno, raw, self._parse(raw, lineno)

    def _parse(self, raw: bytes, lineno: int) -> dict[str, Any]:
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("article_id"), str):
            raise InputError(
                f"{self.path}: line {lineno} is not a batch result (a JSON object with an "
                "article_id); refusing to append to a file this tool did not write",
                hint="choose another -o file, or move this one away",
            )
        return data

    def scan(self) -> Scan:
        """Ids done and ids failed so far; nothing is changed."""
        scan = Scan()
        parent = self.path.parent
        if parent.exists() and not parent.is_dir():
            raise InputError(
                f"{self.path}: {parent} is not a folder", hint="choose another -o path"
            )
        if not self.path.exists():
            return scan
        if not self.path.is_file():
            raise InputError(f"{self.path}: the output path is not a regular file")
        latest_error: set[str] = set()
        for _, _, data in self._lines():
            if data is None:
                scan.torn = True
                break
            scan.lines += 1
            aid = data["article_id"]
            if is_error(data):
                if aid in scan.done or aid in latest_error:
                    scan.redundant += 1
                latest_error.add(aid)
            else:
                if aid in scan.done:
                    scan.redundant += 1
                elif aid in latest_error:
                    scan.redundant += 1
                    latest_error.discard(aid)
                scan.done.add(aid)
        scan.errors = latest_error - scan.done
        return scan

    # -- writing ----------------------------------------------------------------------
    def cut_torn_line(self) -> int:
        """Drop a torn last line (a kill mid-write); returns the bytes dropped."""
        size = self.path.stat().st_size
        with open(self.path, "rb+") as f:
            keep = size
            step = 64 * 1024
            while keep > 0:
                start = max(0, keep - step)
                f.seek(start)
                chunk = f.read(keep - start)
                at = chunk.rfind(b"\n")
                if at >= 0:
                    keep = start + at + 1
                    break
                keep = start
            f.truncate(keep)
            f.flush()
            os.fsync(f.fileno())
        return size - keep

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._f = open(self.path, "ab")

    def write(self, obj: dict[str, Any]) -> None:
        """One result, one line, flushed now (see the module docstring)."""
        assert self._f is not None, "open() first"
        line = json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"
        self._f.write(line.encode("utf-8"))
        self._f.flush()

    def close(self) -> None:
        if self._f is not None:
            self._f.flush()
            os.fsync(self._f.fileno())
            self._f.close()
            self._f = None

    def compact(self) -> int:
        """Rewrite OUT with one line per id (first record, else latest error), atomically.

        Returns the number of lines dropped. Two streamed passes: the first finds
        which line to keep for each id, the second copies those lines.
        """
        if not self.path.exists():
            return 0
        keep_record: dict[str, int] = {}
        keep_error: dict[str, int] = {}
        total = 0
        for lineno, _, data in self._lines():
            if data is None:
                break
            total += 1
            aid = data["article_id"]
            if is_error(data):
                keep_error[aid] = lineno
            else:
                keep_record.setdefault(aid, lineno)
        keep = set(keep_record.values())
        keep.update(n for aid, n in keep_error.items() if aid not in keep_record)
        if len(keep) == total and not self._has_torn_line():
            return 0

        def lines() -> Iterator[bytes]:
            for lineno, raw, data in self._lines():
                if data is not None and lineno in keep:
                    yield raw

        atomic_write_lines(self.path, lines())
        return total - len(keep)

    def _has_torn_line(self) -> bool:
        size = self.path.stat().st_size
        if size == 0:
            return False
        with open(self.path, "rb") as f:
            f.seek(size - 1)
            return f.read(1) != b"\n"

    def records(self) -> Iterator[dict[str, Any]]:
        """Every record (not error) line of OUT, parsed."""
        if not self.path.exists():
            return
        for _, _, data in self._lines():
            if data is not None and not is_error(data):
                yield data


def is_error(data: dict[str, Any]) -> bool:
    return "error" in data and "statistics" not in data


def write_json_atomic(path: Path, data: Any) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
    atomic_write_lines(path, iter([text.encode("utf-8")]))


def mark_dead_runs(manifest: dict[str, Any], now: str) -> int:
    """Runs the manifest still calls ``running``: their process died (``kill -9``, a lost
    machine) without closing its entry, since the caller now holds OUT's lock. They are
    marked ``interrupted``; returns how many."""
    marked = 0
    for run in manifest.get("runs", []):
        if not isinstance(run, dict):
            continue
        stats = run.get("stats")
        if not isinstance(stats, dict) or stats.get("status") != "running":
            continue
        stats["status"] = "interrupted"
        run["note"] = (
            f"the process (pid {run.get('pid', '?')}) ended without closing this "
            f"entry: killed, or the machine stopped; marked by the run of {now}"
        )
        marked += 1
    return marked


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest so far, or a fresh one (an unreadable one is kept aside, not lost)."""
    if not path.exists():
        return {"runs": []}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("runs"), list):
            return data
    except (OSError, ValueError):
        pass
    path.replace(path.with_name(path.name + ".unreadable"))
    return {"runs": []}
