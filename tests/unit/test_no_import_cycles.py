"""No import cycle anywhere in ``filing_desk``, counting every import statement: at module level,
inside functions and methods, and under ``if TYPE_CHECKING:``.

import-linter's contracts cover layers and the siblings inside each package; this covers the
whole tree in one graph, so a cycle through a function-level import (how ``app → cli → app`` hid)
fails here by name.

Type-only imports count. They are dependencies all the same (the module knows the other's types),
``typing.get_type_hints`` or dropping ``from __future__ import annotations`` turns them into
run-time imports, and import-linter counts them too, so the two checks agree.

Edges: ``import a.b`` → ``a.b``; ``from a import b`` → ``a.b`` when that is a module, else ``a``
(relative imports resolved the same way). Running a package's ``__init__`` before its submodule is
not an edge; importing a name the ``__init__`` defines is. ``importlib.import_module`` strings are
not followed (the tree uses it only for keyring backends).
"""

from __future__ import annotations

import ast
import itertools
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "filing_desk"

Graph = dict[str, dict[str, int]]  # module → {imported module: line of the first such import}


def modules_under(root: Path, package: str) -> dict[str, Path]:
    """Dotted name → file, for every ``.py`` under ``root/package``."""
    found = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imported_names(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """Candidate module names an import statement reaches (each to be resolved against the tree)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        source = ".".join([*base, *([node.module] if node.module else [])])
    else:
        source = node.module or ""
    return [f"{source}.{alias.name}" for alias in node.names] + [source]


def import_graph(root: Path, package: str) -> Graph:
    modules = modules_under(root, package)

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: Graph = {name: {} for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text("utf-8"), filename=str(path))):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            candidates = _imported_names(node, name, is_package)
            if isinstance(node, ast.ImportFrom):
                # `from a import b`: the submodule a.b if there is one, else a itself
                *names, source = candidates
                targets = {c for c in names if c in modules}
                if len(targets) < len(names):
                    targets.add(resolve(source))
            else:
                targets = {resolve(c) for c in candidates}
            for target in targets - {None, name}:
                assert target is not None
                graph[name].setdefault(target, node.lineno)
    return graph


def tangles(graph: Graph) -> list[set[str]]:
    """The groups of modules that reach each other (strongly connected, Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(start: str) -> None:
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = {node}
                    while (member := stack.pop()) != node:
                        group.add(member)
                    if len(group) > 1:
                        groups.append(group)
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in stack:
                low[node] = min(low[node], index[child])

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return groups


def cycles(graph: Graph) -> list[list[str]]:
    """One shortest cycle per tangle, from its first module by name back to it."""
    return [shortest_cycle(graph, group) for group in tangles(graph)]


def shortest_cycle(graph: Graph, group: set[str]) -> list[str]:
    start = min(group)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(graph[node]):
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [*reversed(path), start]
            if child in group and child not in came_from:
                came_from[child] = node
                queue.append(child)
    raise AssertionError(f"no cycle through {start} in {sorted(group)}")


def describe(graph: Graph, cycle: list[str], group: set[str] | None = None) -> str:
    """The cycle on one line, then each import with its line; then the rest of its tangle."""
    steps = [f"{a} → {b} (line {graph[a][b]})" for a, b in itertools.pairwise(cycle)]
    text = " → ".join(cycle) + "\n    " + "\n    ".join(steps)
    others = sorted((group or set()) - set(cycle))
    return text + (f"\n    tangled with it: {', '.join(others)}" if others else "")


def test_filing_desk_has_no_import_cycle() -> None:
    graph = import_graph(ROOT, PACKAGE)
    assert graph.get("filing_desk.cli"), "the graph looks empty"
    found = [describe(graph, shortest_cycle(graph, g), g) for g in tangles(graph)]
    assert not found, "import cycles in filing_desk:\n" + "\n".join(found)


def test_the_entry_point_reaches_the_app_and_the_commands_only_inside_functions() -> None:
    graph = import_graph(ROOT, PACKAGE)
    assert {"filing_desk.app", "filing_desk.commands.parser"} <= graph["filing_desk.cli"].keys()
    assert "filing_desk.cli" not in graph["filing_desk.app"]


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_cycle_through_a_function_is_named(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/app.py": "def run():\n    from pkg.cli import start\n",
            "pkg/cli.py": "import sys\n\n\ndef main():\n    from pkg import app\n",
            "pkg/alone.py": "from pkg import cli\n",
        },
    )
    graph = import_graph(tmp_path, "pkg")
    assert cycles(graph) == [["pkg.app", "pkg.cli", "pkg.app"]]
    assert describe(graph, ["pkg.app", "pkg.cli", "pkg.app"]).splitlines()[1:] == [
        "    pkg.app → pkg.cli (line 2)",
        "    pkg.cli → pkg.app (line 5)",
    ]


def test_type_checking_and_relative_imports_count(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/sub/__init__.py": "from .b import B\n",
            "pkg/sub/a.py": "import typing\nif typing.TYPE_CHECKING:\n    from . import b\n",
            "pkg/sub/b.py": "from ..sub.a import thing\nclass B: ...\n",
            "pkg/c.py": "from pkg.sub import B\n",
            "pkg/d.py": "from pkg.sub import B, a\n",
        },
    )
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.c"] == {"pkg.sub": 1}  # a name of the package's __init__
    assert graph["pkg.d"] == {"pkg.sub": 1, "pkg.sub.a": 1}
    assert cycles(graph) == [["pkg.sub.a", "pkg.sub.b", "pkg.sub.a"]]


def test_a_longer_cycle_is_given_whole(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "import pkg.b\n",
            "pkg/b.py": "from pkg import c\n",
            "pkg/c.py": "import pkg.a as again\n",
            "pkg/d.py": "import pkg.a\n",
        },
    )
    assert cycles(import_graph(tmp_path, "pkg")) == [["pkg.a", "pkg.b", "pkg.c", "pkg.a"]]
