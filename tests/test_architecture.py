"""The package's layers: each subpackage imports only from the layers below it, and no module
imports itself back through a cycle. The order is written once, here and in the README."""

from __future__ import annotations

import ast
from pathlib import Path

import spbe_cli

PACKAGE = Path(spbe_cli.__file__).parent

# Bottom to top. A module may import from its own layer and from the layers before it.
LAYERS = (
    "spbe_cli",  # the package itself: only the version
    "base",  # text safety, paths, resources, format names: no spbe imports
    "domain",  # exact numbers and the stage order: no I/O, no Pydantic
    "problems",  # Problem, the rule table, the message tables
    "source",  # the YAML reader with positions, the evidence sandbox rule
    "model",  # Pydantic file models, catalogue loading and integrity
    "repository",  # the repository layout over the working tree or a git revision
    "engine",  # answers, stages, checks, scoring, planner, diff, crosswalk, lock
    "app",  # the application layer: open what a command works on, write outputs
    "render",  # one renderer per result kind and format
    "report",  # meeting handouts
    "sheet",  # a unit's fill-in workbook: written, read back, applied to its YAML file
    "site",  # the repository as a static website
    "scaffold",  # files that `spbe init` and `spbe new` write
    "submission",  # what is signed and submitted: documents, snapshot, verify
    "cli",  # the Typer face
    "__main__",
)


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every spbe_cli module this file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "spbe_cli":
                continue
            found.add(node.module)
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                if (PACKAGE.parent / (candidate.replace(".", "/") + ".py")).exists() or (
                    PACKAGE.parent / candidate.replace(".", "/")
                ).is_dir():
                    found.add(candidate)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "spbe_cli")
    return found


def graph() -> dict[str, set[str]]:
    edges = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        edges[name] = {m for m in _imports(path) if m != name}
    return edges


def upward_edges(edges: dict[str, set[str]]) -> list[str]:
    rank = {layer: i for i, layer in enumerate(LAYERS)}
    bad = []
    for source, targets in edges.items():
        for target in targets:
            if rank[_layer(target)] > rank[_layer(source)]:
                bad.append(f"{source} -> {target}")
    return sorted(bad)


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in edges:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_every_subpackage_has_a_layer() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert folders <= set(LAYERS)


def test_no_module_imports_from_a_layer_above_it() -> None:
    assert upward_edges(graph()) == []


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []


def test_the_checks_catch_what_they_claim() -> None:
    # The two checks above would pass on an empty graph; prove they see an upward edge and a cycle.
    edges = {"spbe_cli.engine.a": {"spbe_cli.cli.app"}, "spbe_cli.cli.app": {"spbe_cli.engine.a"}}
    assert upward_edges(edges) == ["spbe_cli.engine.a -> spbe_cli.cli.app"]
    assert cycles(edges) == [["spbe_cli.cli.app", "spbe_cli.engine.a"]]
    assert "spbe_cli.engine.scoring" in graph()


def test_a_year_is_opened_in_one_place() -> None:
    """validate, the evidence lock, the workbooks and every command open a year through
    ``engine.opening.open_files``: reading the unit and stage files is written once."""
    package = Path(__file__).resolve().parent.parent / "src" / "spbe_cli"
    callers = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in ("load_files", "load_stages"):
                    callers.add(path.relative_to(package).as_posix())
    assert callers == {"engine/opening.py"}
