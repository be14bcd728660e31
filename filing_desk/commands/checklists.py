"""``checklists``: the obligation-checklist libraries shipped in ``forms/checklists``, as a table
or (``--json``) a JSON list. Reads the library files only; opens no register."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from filing_desk.commands.base import Subparsers
    from filing_desk.domain.checklists import Library


def add_parsers(sub: Subparsers) -> None:
    c = sub.add_parser("checklists", help="list the shipped obligation-checklist libraries")
    c.add_argument("--json", action="store_true", help="print JSON instead of a table")
    c.add_argument(
        "--lang", choices=["zh", "en"], default="en", help="the language of the table's titles"
    )
    c.set_defaults(handler=run_checklists)


def describe(library: Library) -> dict[str, Any]:
    """One library as the JSON list shows it; ``items`` counts requirements (headings apart)."""
    return {
        "id": library.id,
        "version": library.version,
        "title": {"zh": library.title.zh, "en": library.title.en},
        "items": len(library.requirements),
        "headings": len(library.items) - len(library.requirements),
        "basis": list(library.basis),
        "effective": library.effective.isoformat(),
        "subjects": list(library.subjects),
        "summary": None
        if library.summary is None
        else {"zh": library.summary.zh, "en": library.summary.en},
    }


def run_checklists(args: argparse.Namespace) -> int:
    from filing_desk.forms.checklist_loader import load_all

    rows = [describe(lib) for lib in load_all().values()]
    if args.json:
        import json

        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No checklist libraries.")
    header = f"{'id':<22} {'version':>7} {'items':>5} {'effective':<10}  title"
    print(header)
    for row in rows:
        print(
            f"{row['id']:<22} {row['version']:>7} {row['items']:>5} {row['effective']:<10}  "
            f"{row['title'][args.lang]}"
        )
    return 0
