"""A child process for the atomic-backup test: `filing-desk backup -o TARGET`, hung mid-copy.

``python -m tests.reliability.backup_kill_child <register> <target>`` runs the real CLI command on
the passphrase-mode register (``FILING_DESK_PASSPHRASE`` in the environment) with
``shutil.copyfile`` slowed down: it writes the first half of the register to the destination,
prints ``copying <destination>`` and then sleeps, so the parent can SIGKILL it while the copy is
being written.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path


def _slow_copyfile(src: str | Path, dst: str | Path, *, follow_symlinks: bool = True) -> Path:
    data = Path(src).read_bytes()
    with open(dst, "wb") as fh:  # as shutil does: an existing file keeps its mode
        fh.write(data[: len(data) // 2])
        fh.flush()
        os.fsync(fh.fileno())
        print(f"copying {dst}", flush=True)
        time.sleep(600)
    return Path(dst)


def main(argv: list[str]) -> int:
    register, target = argv
    shutil.copyfile = _slow_copyfile
    from filing_desk.cli import main as cli

    return cli(["--register", register, "backup", "-o", target])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
