"""Read ``forms/checklists/*.toml`` into checklist Libraries, strictly: every problem in every
file, then one error (``ChecklistErrors``), as ``forms.loader`` does for form specs.

No Qt. The format is described in ``forms/checklists/README.md``; the rules checked here are:
unknown keys at every level, missing required keys, ids (pattern, file name, unique), parents
that exist and form no cycle, headings without threshold or recurrence, citation ids known to
``domain.citations``, the applicability vocabulary, both languages of every text, thresholds
(min and/or max, a known unit, min ≤ max) and known recurrences. Each item's applicability is
combined with its ancestors', the library's ``applies`` and ``subjects`` (``domain.checklists``);
conditions that exclude each other are an error too.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

from filing_desk import paths
from filing_desk.domain import citations
from filing_desk.domain.checklists import (
    SUBJECT_KINDS,
    Applicability,
    Item,
    Library,
    Recurrence,
)
from filing_desk.domain.fields.declare import Wording
from filing_desk.forms.checklist_parts import (
    Problems,
    applicability,
    boolean,
    threshold,
    unknown_keys,
    wording,
)
from filing_desk.forms.errors import ChecklistErrors, SpecError, UnknownLibrary

TOP_KEYS = frozenset({"library", "item"})
LIBRARY_KEYS = frozenset(
    {"id", "version", "title", "basis", "effective", "subjects", "summary", "applies"}
)
LIBRARY_REQUIRED = ("id", "version", "title", "basis", "effective", "subjects")
ITEM_KEYS = frozenset(
    {"id", "parent", "heading", "text", "basis", "clause", "applies", "evidence"}
    | {"recurrence", "filing_material", "threshold"}
)
LIBRARY_ID = re.compile(r"[a-z0-9-]+")
ITEM_ID = re.compile(r"[a-z0-9.-]+")


def checklists_dir() -> Path:
    """``forms/checklists/`` beside the package, or inside a PyInstaller bundle."""
    return paths.forms_dir() / "checklists"


def load_library(path: Path) -> Library:
    """Load and check one library file; raises ChecklistErrors listing every problem in it."""
    library, errors = _load(Path(path))
    if errors or library is None:
        raise ChecklistErrors(errors)
    return library


def load_all(directory: Path | None = None) -> dict[str, Library]:
    """Every ``*.toml`` in the folder (default ``checklists_dir()``), keyed by library id."""
    folder = Path(directory) if directory is not None else checklists_dir()
    libraries: dict[str, Library] = {}
    errors: list[SpecError] = []
    for path in sorted(folder.glob("*.toml")):
        library, problems = _load(path)
        errors.extend(problems)
        if library is not None:
            libraries[library.id] = library
    if errors:
        raise ChecklistErrors(errors)
    return libraries


@cache
def _shipped() -> dict[str, Library]:
    return load_all()


def get(library_id: str) -> Library:
    """One shipped library (the folder is read once, then cached)."""
    libraries = _shipped()
    if library_id not in libraries:
        raise UnknownLibrary(library_id, libraries)
    return libraries[library_id]


def _load(path: Path) -> tuple[Library | None, list[SpecError]]:
    p = Problems(path, paths.project_root())
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        p.add("", f"cannot read checklist library: {exc}")
        return None, p.errors
    library = _library(data, path.stem, p)
    return (None if p.errors else library), p.errors


def _library(data: dict[str, object], stem: str, p: Problems) -> Library:
    unknown_keys(data, TOP_KEYS, "", p)
    raw = data.get("library")
    if not isinstance(raw, dict):
        p.add("", "a library file needs a [library] table")
        raw = {}
    where = "library"
    unknown_keys(raw, LIBRARY_KEYS, where, p)
    for key in LIBRARY_REQUIRED:
        if key not in raw:
            p.add(where, f"missing {key!r}")
    lib_id = raw.get("id", stem)
    if not isinstance(lib_id, str) or not LIBRARY_ID.fullmatch(lib_id):
        p.add(where, f"'id' must be lower-case letters, digits and '-', not {lib_id!r}")
        lib_id = stem
    elif lib_id != stem:
        p.add(where, f"id {lib_id!r} does not match the file name {stem!r}")
    version = raw.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        p.add(where, f"'version' must be a whole number ≥ 1, not {version!r}")
        version = 1
    effective = raw.get("effective", date.min)
    if not isinstance(effective, date) or hasattr(effective, "hour"):
        p.add(where, f"'effective' must be a TOML date (YYYY-MM-DD), not {effective!r}")
        effective = date.min
    subjects = _subjects(raw.get("subjects", list(SUBJECT_KINDS)), where, p)
    own = applicability(raw.get("applies", {}), where, subjects, p)
    scope = own.narrowed(Applicability(subject=frozenset(subjects)))
    items = _items(data.get("item"), scope, subjects, p)
    return Library(
        id=lib_id,
        version=version,
        title=wording(raw["title"], where, "title", p) if "title" in raw else Wording("", ""),
        basis=_basis(raw["basis"], where, p, required=True) if "basis" in raw else (),
        effective=effective,
        subjects=subjects,
        items=items,
        summary=wording(raw["summary"], where, "summary", p) if "summary" in raw else None,
        applies=own,
        source=p.file,
    )


def _subjects(raw: object, where: str, p: Problems) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw or not all(isinstance(s, str) for s in raw):
        p.add(where, f"'subjects' must be a list of some of {', '.join(SUBJECT_KINDS)}")
        return SUBJECT_KINDS
    for bad in (s for s in raw if s not in SUBJECT_KINDS):
        p.add(where, f"unknown subject {bad!r} (known: {', '.join(SUBJECT_KINDS)})")
    if len(set(raw)) != len(raw):
        p.add(where, "'subjects' lists a subject twice")
    return tuple(str(s) for s in raw if s in SUBJECT_KINDS) or SUBJECT_KINDS


def _basis(raw: object, where: str, p: Problems, required: bool = False) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(c, str) for c in raw):
        p.add(where, "'basis' must be a list of citation ids")
        return ()
    if required and not raw:
        p.add(where, "'basis' must name at least one citation id")
    for unknown in (c for c in raw if not citations.is_known(c)):
        p.add(where, f"unknown citation {unknown!r} (see filing_desk/domain/citations.py)")
    return tuple(str(c) for c in raw)


def _items(
    raw: object, scope: Applicability, subjects: tuple[str, ...], p: Problems
) -> tuple[Item, ...]:
    if isinstance(raw, dict):
        p.add("", "'item' must be an array of tables: write [[item]], not [item]")
        return ()
    if not isinstance(raw, list) or not raw:
        p.add("", "a library needs at least one [[item]]")
        return ()
    items: list[Item] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw, start=1):
        item = _item(entry, index, subjects, p)
        if item is None:
            continue
        if item.id in seen:
            p.add(f"item {item.id!r}", "duplicate item id")
            continue
        seen.add(item.id)
        items.append(item)
    return _tree(items, scope, p)


def _item(raw: object, index: int, subjects: tuple[str, ...], p: Problems) -> Item | None:
    if not isinstance(raw, dict):
        p.add(f"item {index}", "must be a table [[item]]")
        return None
    item_id = raw.get("id")
    where = f"item {item_id!r}" if isinstance(item_id, str) and item_id else f"item {index}"
    unknown_keys(raw, ITEM_KEYS, where, p)
    if item_id is None:
        p.add(where, "missing 'id'")
    elif not isinstance(item_id, str) or not ITEM_ID.fullmatch(item_id):
        p.add(where, f"'id' must be lower-case letters, digits, '.' and '-', not {item_id!r}")
    if "text" not in raw:
        p.add(where, "missing 'text'")
    parent = raw.get("parent")
    if parent is not None and not isinstance(parent, str):
        p.add(where, "'parent' must be an item id")
        parent = None
    clause = raw.get("clause")
    if clause is not None and (not isinstance(clause, str) or not clause.strip()):
        p.add(where, "'clause' must be a non-empty string such as \"5.2.1\"")
        clause = None
    heading = boolean(raw, "heading", where, p)
    for key in ("threshold", "recurrence"):
        if heading and key in raw:
            p.add(where, f"a heading has no result, so no {key!r}")
    return Item(
        id=str(item_id or f"#{index}"),
        text=wording(raw["text"], where, "text", p) if "text" in raw else Wording("", ""),
        parent=parent,
        heading=heading,
        basis=_basis(raw.get("basis", []), where, p),
        clause=clause,
        applies=applicability(raw.get("applies", {}), where, subjects, p),
        evidence=wording(raw["evidence"], where, "evidence", p) if "evidence" in raw else None,
        recurrence=_recurrence(raw.get("recurrence", "once"), where, p),
        filing_material=boolean(raw, "filing_material", where, p),
        threshold=threshold(raw["threshold"], where, p) if "threshold" in raw else None,
    )


def _recurrence(raw: object, where: str, p: Problems) -> Recurrence:
    try:
        return Recurrence(raw if isinstance(raw, str) else repr(raw))
    except ValueError:
        known = ", ".join(r.value for r in Recurrence)
        p.add(where, f"unknown recurrence {raw!r} (known: {known})")
        return Recurrence.ONCE


def _tree(items: list[Item], scope: Applicability, p: Problems) -> tuple[Item, ...]:
    """Check parents (exist, no cycle), combine applicability down the tree, order the items
    depth-first in file order."""
    by_id = {it.id: it for it in items}
    ok: list[Item] = []
    for it in items:
        if it.parent is not None and it.parent not in by_id:
            p.add(f"item {it.id!r}", f"parent {it.parent!r} is not an item of this library")
        elif _in_cycle(it, by_id):
            p.add(f"item {it.id!r}", "its parents form a cycle")
        else:
            ok.append(it)
    if len(ok) < len(items):
        return tuple(ok)
    ordered: list[Item] = []

    def visit(parent: str | None, inherited: Applicability) -> None:
        for it in (i for i in items if i.parent == parent):
            effective = inherited.narrowed(it.applies)
            empty = effective.impossible()
            if empty:
                p.add(
                    f"item {it.id!r}",
                    f"can never apply: its {', '.join(empty)} conditions exclude those of "
                    "its parents or of the library",
                )
            ordered.append(replace(it, applies=effective))
            visit(it.id, effective)

    visit(None, scope)
    return tuple(ordered)


def _in_cycle(item: Item, by_id: dict[str, Item]) -> bool:
    seen = {item.id}
    parent = item.parent
    while parent is not None and parent in by_id:
        if parent in seen:
            return True
        seen.add(parent)
        parent = by_id[parent].parent
    return False
