"""The import contract: dependencies point one way, and light commands stay light."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports, lazy (in-function) imports included."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - node.level + 1]
                    prefix = ".".join(base + ([node.module] if node.module else []))
                else:
                    prefix = node.module or ""
                targets = [prefix] + [f"{prefix}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            edges.update(t for t in targets if t in modules and t != name)
        graph[name] = edges
    return graph


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        here = todo.pop()
        if here == goal:
            return True
        if here not in seen:
            seen.add(here)
            todo.extend(graph.get(here, ()))
    return False


def test_no_two_modules_import_each_other() -> None:
    graph = import_graph()
    # a package's __init__ re-exports its modules; that is not a circle between stages
    pairs = sorted(
        (a, b)
        for a, edges in graph.items()
        for b in edges
        if a < b and a in graph.get(b, ()) and not (b.startswith(a + ".") or a.startswith(b + "."))
    )
    assert pairs == []


def test_the_article_type_sits_below_the_pipeline_and_the_llm_backend() -> None:
    graph = import_graph()
    assert not _reaches(graph, "extractor.llm.backend", "extractor.pipeline")
    assert not _reaches(graph, "extractor.article", "extractor.pipeline")
    assert not _reaches(graph, "extractor.testing.corpus", "extractor.testing.openai_server")


def test_old_import_paths_still_work() -> None:
    from extractor import article, pipeline
    from extractor.testing import openai_server, wire

    assert pipeline.Article is article.Article and pipeline.read_article is article.read_article
    assert pipeline.make_article is article.make_article
    assert openai_server.Reply is wire.Reply
    assert openai_server.RecordedRequest is wire.RecordedRequest
