"""filing_desk.spec, read without building: data folders, hidden imports, exclusions, pruning.

The build itself runs in `make bundle-test`. Here the spec's constants are read from its syntax
tree, and its helper functions are executed on their own (the rest needs PyInstaller's globals).
"""

from __future__ import annotations

import ast
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from filing_desk import paths

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "filing_desk.spec"
TREE = ast.parse(SPEC.read_text("utf-8"), filename=str(SPEC))


def top_level(name: str) -> ast.stmt:
    for node in TREE.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return node
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise AssertionError(f"{name} is not defined at the top of filing_desk.spec")


def constant(name: str) -> Any:
    node = top_level(name)
    assert isinstance(node, ast.Assign)
    return ast.literal_eval(node.value)


def load(*names: str) -> dict[str, Any]:
    """Execute the named top-level statements of the spec, in order, in a small namespace."""
    namespace: dict[str, Any] = {"ROOT": ROOT, "Path": Path, "re": re, "os": os, "sys": sys}
    module = ast.Module(body=[top_level(n) for n in names], type_ignores=[])
    exec(compile(module, str(SPEC), "exec"), namespace)
    return namespace


def calls(function: str) -> list[str]:
    """The first argument of every call to ``function`` in the spec."""
    return [
        ast.literal_eval(node.args[0])
        for node in ast.walk(TREE)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == function
        and node.args
    ]


def test_the_data_folders_are_the_ones_paths_looks_up() -> None:
    folders = constant("DATA_DIRS")
    assert set(folders) == {"migrations", "forms", "resources"}
    for name, finder in (
        ("migrations", paths.migrations_dir),
        ("forms", paths.forms_dir),
        ("resources", paths.resource_dir),
    ):
        assert finder() == ROOT / name


def test_data_files_keep_relative_names_and_skip_build_files() -> None:
    data_files = load("DATA_DIRS", "SKIP_DATA", "data_files")["data_files"]
    collected = {
        f"{dest}/{Path(src).name}"
        for folder in constant("DATA_DIRS")
        for src, dest in data_files(folder)
    }
    for needed in (
        "migrations/env.py",
        "migrations/versions/0001_initial_register_tables.py",
        "forms/algorithm-filing.toml",
        "resources/fonts/wqy-microhei.ttc",
        "resources/icons/app.svg",
    ):
        assert needed in collected
    assert not any("__pycache__" in p or p.endswith((".pyc", ".ts")) for p in collected)
    assert "resources/icons/make_app_icon.py" not in collected


def test_the_keyring_backends_of_every_system_are_named() -> None:
    backends = set(constant("KEYRING_BACKENDS"))
    assert {
        "keyring.backends.Windows",
        "keyring.backends.macOS",
        "keyring.backends.SecretService",
        "keyring.backends.kwallet",
        "keyring.backends.chainer",
        "keyring.backends.fail",
        "keyring.backends.null",
    } <= backends
    dependencies = constant("KEYRING_DEPENDENCIES")
    assert "win32ctypes.pywin32.win32cred" in dependencies["win32"]
    assert "secretstorage" in dependencies["linux"]


def test_dynamic_imports_and_package_data_are_collected() -> None:
    hidden = set(constant("ALEMBIC_RUNTIME") + constant("DATABASE") + constant("LIBRARIES"))
    assert {
        "alembic.op",
        "alembic.context",
        "alembic.runtime.migration",
        "alembic.ddl.sqlite",
        "sqlcipher3",
        "sqlalchemy.dialects.sqlite",
        "chinese_calendar",
        "lunardate",
        "openpyxl",
        "docx",
        "pypdfium2",
    } <= hidden
    assert "filing_desk" in calls("collect_submodules")
    assert {"stdnum", "docx", "reportlab", "pypdfium2_raw"} <= set(calls("collect_data_files"))
    assert "pypdfium2_raw" in calls("collect_dynamic_libs")
    assert "keyring" in calls("copy_metadata")


def test_big_unused_modules_are_excluded_and_the_used_qt_modules_kept() -> None:
    excluded = set(load("QT_KEEP", "QT_EXCLUDED", "excludes")["excludes"])
    for module in ("QtWebEngineCore", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia", "QtSql"):
        assert f"PySide6.{module}" in excluded
    for module in constant("QT_KEEP"):
        assert f"PySide6.{module}" not in excluded
    assert {"tkinter", "numpy", "IPython", "pytest", "hypothesis", "pypdf"} <= excluded


QT_CASES = [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("resources/fonts/wqy-microhei.ttc", True),
]


@pytest.mark.parametrize(("dest", "kept"), QT_CASES)
def test_qt_plugins_translations_and_libraries_are_pruned(dest: str, kept: bool) -> None:
    keep = load("QT_PLUGINS", "QT_TRANSLATIONS", "QT_LIBS_DROPPED", "_keep_qt")["_keep_qt"]
    assert keep(dest) is kept


def test_links_to_dropped_libraries_are_dropped() -> None:
    drop = load("drop_dangling_links")["drop_dangling_links"]
    entries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
    ]
    assert [e[0] for e in drop(entries, entries)] == [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libQt6Core.so.6",
    ]


def test_one_console_executable_named_filing_desk_with_an_icon() -> None:
    assert constant("NAME") == "filing-desk"
    assert constant("WINDOWED_NAME") == "Filing Desk"
    source = SPEC.read_text("utf-8")
    assert "executable(NAME, console=True)" in source
    assert "executable(WINDOWED_NAME, console=False)" in source
    for name in constant("ICONS").values():
        assert (ROOT / "resources" / "icons" / name).is_file()
