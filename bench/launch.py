"""Start the desktop app with the start-up probe installed (``bench/probe.py``):

    python -m bench.launch REPORT.json --register FILE

The app is started through ``filing_desk.app.run``, as the command line starts it; the probe is
attached to the session once the window is built, before it is shown, writes its figures to
REPORT.json and quits. The app itself carries no bench code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="where the probe writes its figures (JSON)")
    parser.add_argument("--register", type=Path, required=True)
    args = parser.parse_args(argv)
    from bench.probe import StartupProbe
    from filing_desk import app

    return app.run(args.register, on_window=lambda session: StartupProbe(session, args.report))


if __name__ == "__main__":
    sys.exit(main())
