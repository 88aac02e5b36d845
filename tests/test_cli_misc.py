"""The command line and README details: --version, eval's help, a named model with no
endpoint, the README's commands and Python snippets."""

from __future__ import annotations

import ast
import builtins
import re
from pathlib import Path

import pytest

from extractor import Extractor, __version__
from extractor.cli import main
from extractor.errors import ConfigurationError

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SEED = "seeds/002_346890b65dee08d5.txt"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"extractor {__version__}"


def test_eval_help_describes_the_command_and_its_defaults(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["eval", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Score a backend against hand-labelled gold records" in text
    for default in ("(default: evals/gold)", "(default: seeds)", "(default: evals/reports)"):
        assert default in text


def test_a_named_model_without_key_or_endpoint_is_an_error() -> None:
    with pytest.raises(ConfigurationError, match="model 'gpt-4o-mini' was asked for"):
        Extractor(model="gpt-4o-mini")


def test_without_a_model_auto_still_falls_back_to_rules() -> None:
    assert Extractor().backend_name == "rules"
    assert Extractor(backend="rules", model="gpt-4o-mini").backend_name == "rules"
    assert Extractor(model="m", base_url="http://127.0.0.1:9/v1").backend_name == "llm"


def test_cli_model_without_endpoint_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--model", "llama3.1", SEED]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "model 'llama3.1' was asked for" in err[0], err


def test_readme_main_command_keeps_pip_off_stdout() -> None:
    """stdout of the main job is JSONL: pip must be quiet and write elsewhere."""
    lines = [x for x in README.splitlines() if "extractor extract seeds/*.txt" in x]
    main_job = next(x for x in lines if "pip install" in x)
    assert re.search(r"pip install -q .*>&2 && extractor extract", main_job), main_job
    assert 'python -m pip install -q -e ".[dev,local]" && python -m pytest -q' in README


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, flags=re.S)


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_readme_python_snippets_import_what_they_use(index: int) -> None:
    code = python_blocks()[index]
    tree = ast.parse(code)  # top-level await parses; it is only compiled in a coroutine
    defined = set(dir(builtins))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            defined |= {(a.asname or a.name).split(".")[0] for a in node.names}
            if isinstance(node, ast.ImportFrom):  # and every name it imports exists
                module = __import__(node.module or "", fromlist=["_"])
                for alias in node.names:
                    assert hasattr(module, alias.name), f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            defined.add(node.id)
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    # capitalised names are classes the reader cannot guess the module of
    missing = sorted(n for n in used - defined if n[:1].isupper() or n in {"asyncio"})
    assert missing == [], f"README snippet {index} uses {missing} without importing them"
