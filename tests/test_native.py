"""The rules backend compiled by mypyc (setup.py) and the guard that keeps it honest.

``extractor.native`` runs the compiled modules only while the rules sources hash the
same as when they were compiled; otherwise, or with ``EXTRACTOR_PURE=1``, the Python
source. The compiled build must give the same records as the source, byte for byte.
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import extractor.rules
from extractor import native

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
COMPILED = not str(extractor.rules.__file__).endswith(".py")


def _rules_dir(tmp_path: Path, *, built: bool, stamped: bool) -> Path:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "__init__.py").write_text("X = 1\n")
    (rules / "scope.py").write_text("Y = 2\n")
    if built:
        (rules / f"__init__{SUFFIX}").write_bytes(b"")
    if stamped:
        (rules / native.STAMP).write_text(native.source_hash(rules) + "\n")
    return rules


def test_state_compiled_only_when_built_and_sources_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EXTRACTOR_PURE", raising=False)
    rules = _rules_dir(tmp_path, built=True, stamped=True)
    assert native.compiled_state(rules) == "compiled"
    (rules / "scope.py").write_text("Y = 3\n")  # an edit after the build
    assert native.compiled_state(rules).startswith("sources edited since the build")


def test_state_new_module_after_build_is_an_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EXTRACTOR_PURE", raising=False)
    rules = _rules_dir(tmp_path, built=True, stamped=True)
    (rules / "cityparts.py").write_text("Z = 1\n")
    assert native.compiled_state(rules).startswith("sources edited since the build")


def test_state_without_build_or_stamp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EXTRACTOR_PURE", raising=False)
    assert native.compiled_state(_rules_dir(tmp_path, built=False, stamped=True)).startswith(
        "not compiled"
    )
    other = tmp_path / "other"
    other.mkdir()
    assert native.compiled_state(_rules_dir(other, built=True, stamped=False)).startswith(
        "not compiled (no finished build"
    )


def test_state_pure_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_PURE", "1")
    assert native.compiled_state(_rules_dir(tmp_path, built=True, stamped=True)) == (
        "EXTRACTOR_PURE=1"
    )


def _python(*args: str, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k != "EXTRACTOR_PURE"} | env
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=True, env=environ
    ).stdout.strip()


def test_pure_loads_every_rules_module_from_source() -> None:
    out = _python(
        "-c",
        "import extractor.rules.scope as s, extractor.rules as r, extractor.native as n;"
        "print(r.__file__, s.__file__, n.engine(), sep='|')",
        EXTRACTOR_PURE="1",
    )
    package, module, engine = out.split("|")
    assert package.endswith("rules/__init__.py") and module.endswith("rules/scope.py")
    assert engine.startswith("Python source")


def test_engine_names_what_was_loaded() -> None:
    state = native.compiled_state()
    engine = native.engine()
    if COMPILED:
        assert state == "compiled" and engine == "compiled (mypyc)"
    else:
        assert engine == f"Python source ({state})"


IN_CI = os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


@pytest.mark.skipif(not IN_CI, reason="CI only: a developer's edit runs the source")
def test_ci_runs_the_compiled_build() -> None:
    """CI installs from scratch: a build that silently fell back to Python would skip the
    byte-for-byte comparison below and measure the wrong engine."""
    assert COMPILED, native.compiled_state()


@pytest.mark.skipif(not COMPILED, reason=f"rules not compiled here: {native.compiled_state()}")
def test_compiled_gives_the_source_records_byte_for_byte(tmp_path: Path) -> None:
    """Every training article and the edge cases, topic check on and off (1,374 records).

    mypyc keeps a value annotated ``float`` a C double: a whole count came out 3.0
    where the source gives 3 until figure values were annotated ``int | float``.
    """
    snapshot = tmp_path / "pure.json"
    _python(
        str(ROOT / "benchmarks" / "rules_snapshot.py"), "save", str(snapshot), EXTRACTOR_PURE="1"
    )
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import rules_snapshot
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    pure = json.loads(snapshot.read_text(encoding="utf-8"))
    compiled = rules_snapshot.outputs()
    assert sorted(pure) == sorted(compiled)
    differing = [k for k in sorted(pure) if pure[k] != compiled[k]]
    assert not differing, (
        f"{len(differing)} differ; first {differing[0]}: "
        + rules_snapshot.first_difference(pure[differing[0]], compiled[differing[0]])
    )


def test_no_c_compiler_installs_the_rules_as_python(tmp_path: Path) -> None:
    """A compile that fails (here the compiler is /bin/false) warns, and the build goes
    on with no extension module and no hash, so the source runs."""
    project = tmp_path / "project"
    skip = shutil.ignore_patterns("*.so", native.STAMP, "__pycache__")
    shutil.copytree(ROOT / "extractor", project / "extractor", ignore=skip)
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, project / name)
    done = subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace"],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "CC": "/bin/false"},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "warning: the rules backend was not compiled (CompileError" in done.stderr
    rules = project / "extractor" / "rules"
    assert not list(project.rglob("*.so")) and not (rules / native.STAMP).exists()
    assert native.compiled_state(rules).startswith("not compiled")


def test_verbose_extract_names_the_rules_engine() -> None:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", "-v", "--backend", "rules", str(seed)],
        capture_output=True,
        text=True,
        env={**os.environ, "EXTRACTOR_PURE": "1"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "rules engine: Python source (EXTRACTOR_PURE=1)" in done.stderr
