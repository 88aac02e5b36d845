"""Which engine runs the rules backend: compiled by mypyc, or its Python source.

``setup.py`` compiles ``extractor/rules`` with mypyc and writes the hash of the
sources it compiled (``rules/compiled.sha256``). The compiled modules run only while
the sources still hash the same: after an edit (a checkout, a round of tuning) the
rules load from their Python source, all of them, so what runs is always what the
source says (a compiled module calls the other compiled modules directly, so they
cannot be mixed). ``EXTRACTOR_PURE=1`` at run time asks for the source too.

This module imports nothing of the project's: ``setup.py`` loads it before the
package is installed.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

STAMP = "compiled.sha256"
PACKAGE = "extractor.rules"
RULES = Path(__file__).resolve().parent / "rules"


def source_hash(rules: Path) -> str:
    """sha256 over the rules package's ``.py`` files, names and bytes, in name order."""
    digest = hashlib.sha256()
    # iterdir, not glob: a glob compiles a regex, and loading the rules compiles none
    for path in sorted(p for p in rules.iterdir() if p.name.endswith(".py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def compiled_state(rules: Path = RULES) -> str:
    """'compiled', or why the source runs instead (one line, for benchmarks and logs)."""
    if os.environ.get("EXTRACTOR_PURE") == "1":
        return "EXTRACTOR_PURE=1"
    if not (rules / f"__init__{importlib.machinery.EXTENSION_SUFFIXES[0]}").exists():
        return "not compiled (installed pure, or no compiler at install time)"
    stamp = rules / STAMP
    if not stamp.exists():
        return "not compiled (no finished build: a pure install, or a failed compile)"
    if stamp.read_text(encoding="utf-8").strip() != source_hash(rules):
        return "sources edited since the build (reinstall to compile them)"
    return "compiled"


def engine() -> str:
    """What ``extractor.rules`` loads from: 'compiled (mypyc)' or 'Python source (why)'.

    Imports the package if nothing has yet.
    """
    module = importlib.import_module(PACKAGE)
    if not str(module.__file__).endswith(".py"):
        return "compiled (mypyc)"
    finder = next((f for f in sys.meta_path if isinstance(f, _SourceFinder)), None)
    why = finder.state if finder is not None and finder.state not in (None, "compiled") else None
    return f"Python source ({why or compiled_state()})"  # the reason read at the import


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Loads ``extractor.rules`` and its modules from ``.py`` files, never from the build."""

    def __init__(self, rules: Path) -> None:
        self.rules = rules
        self.state: str | None = None  # compiled_state(), read at the package's first import

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != PACKAGE and not fullname.startswith(PACKAGE + "."):
            return None
        if self.state is None:
            self.state = compiled_state(self.rules)
        if self.state == "compiled":
            return None  # compiled and current: the normal finders load the build
        if fullname == PACKAGE:
            return importlib.util.spec_from_file_location(
                fullname, self.rules / "__init__.py", submodule_search_locations=[str(self.rules)]
            )
        source = self.rules / (fullname.rpartition(".")[2] + ".py")
        return importlib.util.spec_from_file_location(fullname, source) if source.exists() else None


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once); ``extractor/__init__`` calls it."""
    if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(RULES))
