"""What runs before the window is first shown stays light (issue 8: the window within 1.5× of a
bare PySide6 window). The bench measures the time; this checks the cause, in a fresh process:
no SQLAlchemy and no store before the window, and not PySide6's ``Qt`` namespace either (it
builds every Qt enum, ≈ 20 ms, on first use)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from pathlib import Path
import PySide6.QtCore as core
from filing_desk import app
qapp = app.make_application()
session = app.Session(qapp, Path(sys.argv[1]), demo=False)
session.window.show()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic", "keyring"))
ours = sorted(m for m in sys.modules if m.startswith(("filing_desk.store.", "filing_desk.domain.")))
print(json.dumps({"heavy": loaded, "ours": ours, "qt_namespace": "Qt" in core.__dict__,
                  "menus": [a.text() for a in session.window.menuBar().actions()]}))
"""


def test_nothing_heavy_before_the_window_shows(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FILING_DESK_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "register.fdesk")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
        timeout=120,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["heavy"] == []
    assert seen["ours"] in ([], ["filing_desk.store.errors"])  # the unlock flow's exceptions
    assert seen["qt_namespace"] is False
    assert len(seen["menus"]) == 6  # the window is whole: File … Help
