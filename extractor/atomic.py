"""Whole files or nothing: write to a temp file beside the target, fsync, rename over it.

Used for every file the package writes as a whole (batch compaction, manifests,
the statistics CSV, evaluation reports), so an interrupted write never leaves a
half file where a reader expects a whole one.

The rename must not undo what the user set up: a path that is a symlink is
written through to the file it points at (the link stays a link, the temp file
goes beside the target so the rename stays on one filesystem), the file keeps
its permission bits, and a new file gets what ``open()`` would give it (0666
less the umask) rather than ``mkstemp``'s private 0600.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def atomic_write_lines(path: Path, lines: Iterable[bytes]) -> None:
    """Write ``lines`` to ``path`` atomically (temp file, fsync, rename, fsync the folder)."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            for line in lines:
                f.write(line)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_lines(path, [text.encode("utf-8")])


def _umask() -> int:
    """The process umask, read without changing it (os.umask can only set it, which would
    race with other threads creating files)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    old = os.umask(0o022)
    os.umask(old)
    return old


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
