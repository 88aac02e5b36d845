"""Before a batch writes anything: one run per OUT, and no output that is an input.

- :class:`OutputLock`: an exclusive ``flock`` on ``OUT.lock`` (beside the
  resolved OUT), held from before OUT is scanned until after it is compacted, the
  CSV rebuilt and the manifest closed. Without it, run A's end-of-run compaction
  renames OUT while run B is still appending to the old inode, and B's records
  are lost. The lock file holds the holder's pid, for the message a second run
  gets. The kernel drops a ``flock`` when its process dies, even by ``kill -9``,
  so a stale lock never blocks the next run; the file itself stays (removing it
  would let two runs lock two different files).
- :func:`check_paths`: ``-o``, ``--csv``, the manifest and the lock file must be
  distinct files, and none may be the input (compared by device and inode for
  files that exist, so symlinks and hard links count; by resolved path for files
  not yet made; a folder or glob input by whether it would read the output).
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from .batch_io import Source, glob_matches, iter_glob
from .errors import InputError

log = logging.getLogger(__name__)


def lock_path(out: Path) -> Path:
    """``OUT.lock`` beside the file OUT really is (two symlinks to one OUT share it)."""
    real = Path(os.path.realpath(out))
    return real.with_name(real.name + ".lock")


class OutputLock:
    """The exclusive right to write OUT and its manifest, for one run."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.path = lock_path(out)
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        """Take the lock now if it is free; False (and :attr:`holder` set) if not."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.holder = _read_pid(fd)
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return True

    holder: str = "unknown"

    def refusal(self) -> InputError:
        return InputError(
            f"{self.out}: another extractor batch (pid {self.holder}) is writing this output",
            hint="let it finish, or run again with --wait to start when it does, "
            "or choose another -o",
        )

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
        except OSError:
            pass
        os.close(self._fd)  # closing the descriptor drops the flock
        self._fd = None


def _read_pid(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return "unknown"
    return text if text.isdigit() else "unknown"


# -- colliding paths ------------------------------------------------------------------------
def check_paths(src: Source, outputs: dict[str, Path]) -> None:
    """An ``InputError`` when two outputs are one file, or an output is (part of) the input.

    ``outputs``: a label for the message (``-o``, ``--csv``, ...) -> path.
    """
    labels = list(outputs)
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            if _same_file(outputs[a], outputs[b]):
                raise InputError(
                    f"{b} {outputs[b]} and {a} {outputs[a]} are the same file; one would "
                    "overwrite the other",
                    hint="give each output its own path",
                )
    for label, path in outputs.items():
        if _reads(src, path):
            raise InputError(
                f"{label} {path} is the same file as the input {src.location}; writing it "
                "would destroy the input",
                hint="choose an output path outside the input",
            )


def _identity(path: Path) -> tuple[object, ...]:
    try:
        st = os.stat(path)  # follows symlinks
    except OSError:
        return ("path", os.path.realpath(path))
    return ("inode", st.st_dev, st.st_ino)


def _same_file(a: Path, b: Path) -> bool:
    return _identity(a) == _identity(b)


def _reads(src: Source, out: Path) -> bool:
    """Would reading ``src`` read the file ``out``?"""
    if src.kind in ("jsonl", "csv", "text"):
        return _same_file(Path(src.location), out)
    linked = _hard_linked(out)
    real = os.path.realpath(out)
    if src.kind == "folder":
        if os.path.dirname(real) == os.path.realpath(src.location) and real.lower().endswith(
            ".txt"
        ):
            return True
        candidates: Iterator[str] = _txt_files(src.location)
    else:
        if glob_matches(src.location, real) or glob_matches(src.location, os.path.abspath(out)):
            return True
        candidates = iter_glob(src.location)
    if linked is None:  # one name only: the checks by path above were enough
        return False
    return any(_identity(Path(p)) == linked for p in candidates)


def _hard_linked(path: Path) -> tuple[object, ...] | None:
    """The identity of ``path`` if it exists under more than one name (a hard link)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return ("inode", st.st_dev, st.st_ino) if st.st_nlink > 1 else None


def _txt_files(folder: str) -> Iterator[str]:
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.lower().endswith(".txt"):
                yield entry.path
