"""House rules of the test suite, read from its source: a test imports helpers only from
tests/helpers (never from another test module or a conftest), and reads no folder of one machine.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

TESTS = Path(__file__).resolve().parent
HELPERS = "tests.helpers"


def source_modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(TESTS.rglob("*.py")):
        rel = path.relative_to(TESTS.parent).as_posix()
        yield rel, ast.parse(path.read_text(encoding="utf-8"), filename=rel)


def _imported(node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.ImportFrom):
        if node.level:
            return ["." * node.level + (node.module or "")]
        return [node.module or ""]
    return [alias.name for alias in node.names]


def test_tests_import_helpers_only_from_tests_helpers():
    wrong = []
    for rel, tree in source_modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for name in _imported(node):
                ours = name.startswith(".") or name == "tests" or name.startswith("tests.")
                if ours and not (name == HELPERS or name.startswith(f"{HELPERS}.")):
                    wrong.append(f"{rel}:{node.lineno} imports {name}")
    assert not wrong, "move what these use into tests/helpers:\n" + "\n".join(wrong)


def test_no_test_reads_a_folder_of_one_machine():
    """``Path("/…")`` or ``Path("C:\\…")``: a test that passes only where that folder exists."""
    wrong = []
    for rel, tree in source_modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            first = node.args[0]
            if name == "Path" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                text = first.value
                if text.startswith(("/", "~")) or text[1:3] in (":\\", ":/"):
                    wrong.append(f"{rel}:{node.lineno} {text}")
    assert not wrong, "use tests/fixtures (through tests/helpers) instead:\n" + "\n".join(wrong)
