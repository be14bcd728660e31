"""Screenshots of the checklist view for the README: the main window on a demo register with the
GB/T 45654 checklist of the demo's generative algorithm open, a non-conforming numeric item
selected (its threshold and the live check shown), in Chinese and in English; saved as
docs/screenshots/checklist-zh.png and checklist-en.png.

Run: ``.venv/bin/python -m tests.ui.make_checklist_screenshots`` (offscreen by default). Uses a
throw-away register in a temp folder and an in-memory keyring, as ``make_screenshots`` does.
"""

from __future__ import annotations

import sys

from tests.helpers.screenshots import save as _save
from tests.helpers.screenshots import shoot_demo
from tests.helpers.screenshots import window as _window

LIBRARY = "gbt-45654"
ALGORITHM = "云启智能写作生成算法"
SIZE = (1280, 800)


def _numeric_finding(assessment) -> str:
    """A non-conforming item with a figure, else any item with a figure (so the threshold and
    its check show), else the first non-conforming item."""
    answers = list(assessment.answers.values())
    found = [a for a in answers if a.result.value == "not_conforming"]
    with_figure = [a for a in found if a.figure is not None]
    any_figure = [a for a in answers if a.figure is not None]
    return (with_figure or any_figure or found)[0].item_id


def shoot(language: str, register, home, app) -> None:
    from filing_desk.ui import i18n
    from filing_desk.ui.prefs import Prefs
    from filing_desk.ui.tempfiles import PrivateTempDir

    suffix = "zh" if language == "zh_CN" else "en"
    translators = i18n.install(app, language)
    prefs = Prefs(home / f"checklist-{suffix}.ini")
    prefs.language = language
    temp_dir = PrivateTempDir()
    window = _window(register, prefs, temp_dir, app)
    window.resize(*SIZE)
    algorithm = next(a for a in register.algorithms() if a.name == ALGORITHM)
    assessment = register.assessment_for(LIBRARY, "algorithm", algorithm.id)
    item_id = _numeric_finding(assessment)
    window.workspace.show_checklists("algorithm", int(algorithm.id), LIBRARY, item_id)
    _save(window, f"checklist-{suffix}.png", app)
    window.shutdown()
    window.close()
    temp_dir.wipe()
    i18n.remove(app, translators)


def main() -> int:
    shoot_demo(shoot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
