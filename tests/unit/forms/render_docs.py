"""Render page 1 of every form, printed from a fresh demo register, to ``docs/forms/<id>.png``.

Run from the repository root: ``.venv/bin/python -m tests.unit.forms.render_docs [--all-pages]
[--lang en] [--out DIR]``. Needs ``pdftoppm`` (poppler-utils). Not a test: pytest does not collect
it (the name does not start with ``test_``).

The demo is filled into a passphrase-mode register in a temporary folder (deleted afterwards)
whose "today" is ``DOCS_TODAY``; each form is printed for the demo record ``sample_target`` picks
(tests/helpers/demo_forms.py), through the same path the app prints by, so every date on the
samples (the register summary's due dates included) is the one the product computes.
``tests/demo/test_sample_forms.py`` checks them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.helpers.demo_forms import open_demo, sample_documents

ROOT = Path(__file__).resolve().parents[3]


def render_pngs(out: Path, lang: str, all_pages: bool, dpi: int = 80) -> list[Path]:
    """Write the PNGs and return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="filing-desk-docs-") as tmp:
        register = open_demo(Path(tmp) / "register")
        try:
            documents = sample_documents(register, lang=lang)
        finally:
            register.close()
        for form_id, content in documents:
            pdf = Path(tmp) / f"{form_id}.pdf"
            pdf.write_bytes(content)
            stem = out / form_id
            args = ["pdftoppm", "-r", str(dpi), "-png"]
            if not all_pages:
                args += ["-f", "1", "-l", "1", "-singlefile"]
            subprocess.run([*args, str(pdf), str(stem)], check=True)
            written.extend(sorted(out.glob(f"{form_id}*.png")))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "forms")
    parser.add_argument("--lang", default="zh")
    parser.add_argument("--all-pages", action="store_true")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: install poppler-utils", file=sys.stderr)
        return 1
    for path in render_pngs(args.out, args.lang, args.all_pages):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
