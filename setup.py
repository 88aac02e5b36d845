"""Build hook: the offline rules backend (``extractor/rules``) compiled with mypyc.

The same Python source, type-checked by mypy, compiled to C extension modules: the
rules backend runs ~1.5x faster compiled (``benchmarks/bench_rules.py`` prints which
engine it measured). Everything else in ``extractor`` stays pure Python.

Pure Python instead when ``EXTRACTOR_PURE=1`` is set at install time, when mypyc
cannot be imported (pip's isolated build always has it: pyproject.toml's build
requirements pin mypy), or when the C compile fails (no compiler): a warning says so
and the install goes on. A compiled tree whose rules sources were edited after the
build is never run: ``extractor.native`` compares the sources with the hash written
here (``rules/compiled.sha256``) and imports the edited Python instead.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("native", ROOT / "extractor" / "native.py")
assert _spec is not None and _spec.loader is not None
native = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(native)  # extractor/native.py imports nothing of the project's


# the commands that build extension modules; pip's metadata and requirement steps
# ("egg_info", "dist_info") run this file too and must not pay for a compile
BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def rules_extensions() -> list:
    rules = ROOT / "extractor" / "rules"
    stamp = rules / native.STAMP
    if not BUILDS.intersection(sys.argv[1:]):
        return []
    if os.environ.get("EXTRACTOR_PURE") == "1":
        stamp.unlink(missing_ok=True)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        stamp.unlink(missing_ok=True)
        return []
    stamp.write_text(native.source_hash(rules) + "\n", encoding="utf-8")
    os.chdir(ROOT)  # mypycify takes paths relative to the project
    paths = sorted(str(p.relative_to(ROOT)) for p in rules.glob("*.py"))
    # a C file per module: the same instructions per article as one file (callgrind: 7.66 M
    # both), and files OptionalBuildExt compiles side by side
    return mypycify(paths, opt_level="3", multi_file=True, group_name="extractor_rules")


class OptionalBuildExt(build_ext):
    """No C compiler, or a compile that fails: install anyway, the rules as Python.

    The C files of one extension (here ~80, a file per rules module) are compiled on
    every core at once; distutils would compile them one after another.
    """

    def build_extension(self, ext):
        one_by_one = self.compiler.compile

        def compile_all(sources, *args, **kwargs):
            with ThreadPoolExecutor(os.cpu_count() or 1) as pool:  # gcc runs outside the GIL
                done = [pool.submit(one_by_one, [s], *args, **kwargs) for s in sources]
                return [obj for job in done for obj in job.result()]

        self.compiler.compile = compile_all
        try:
            super().build_extension(ext)
        finally:
            self.compiler.compile = one_by_one

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # CompileError, LinkError, no compiler found
            for tree in (ROOT, Path(self.build_lib)):  # the source and the wheel's copy
                (tree / "extractor" / "rules" / native.STAMP).unlink(missing_ok=True)
            print(
                f"warning: the rules backend was not compiled ({type(exc).__name__}: {exc}); "
                "it runs as Python, the same records more slowly",
                file=sys.stderr,
            )


setup(ext_modules=rules_extensions(), cmdclass={"build_ext": OptionalBuildExt})
