"""The scripts under ``benchmarks/`` as modules, for the tests that check them.

``benchmarks/`` is not a package (each script runs on its own), so a test loads one
by path: ``rules_snapshot = benchmark("rules_snapshot")``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def benchmark(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` loaded as the module ``name``."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"no benchmark script benchmarks/{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
