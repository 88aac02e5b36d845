"""Rebuild ``extractor/rules/data/patterns.bin``, the gazetteer's regexes compiled ahead of time.

Run after editing any file in ``extractor/rules/data/`` (or the gazetteer's
code), with the Python the package runs on; ``tests/test_rules_compiled.py``
fails until it is done. See ``extractor/rules/compiled.py``.

    python benchmarks/build_patterns.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import extractor.rules.gazetteer  # noqa: E402, F401  (asks for its patterns on import)
from extractor.rules.compiled import write_store  # noqa: E402

if __name__ == "__main__":
    print(f"wrote {write_store()}")
