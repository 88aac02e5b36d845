"""Whole files or nothing: write to a temp file beside the target, fsync, rename over it.

Used for every file the package writes as a whole (batch compaction, manifests,
the statistics CSV, evaluation reports), so an interrupted write never leaves a
half file where a reader expects a whole one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def atomic_write_lines(path: Path, lines: Iterable[bytes]) -> None:
    """Write ``lines`` to ``path`` atomically (temp file, fsync, rename, fsync the folder)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            for line in lines:
                f.write(line)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_lines(path, [text.encode("utf-8")])


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
