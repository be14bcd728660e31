"""A child process that holds a register open: the "first instance" of the second-instance test.

``python -m tests.reliability.hold_child <register>`` opens the register (passphrase from
``FILING_DESK_PASSPHRASE``), prints ``holding`` and then sits idle until its stdin is closed (or it
is killed), when it closes the register and exits.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from filing_desk.store.register import open_register

    with open_register(Path(argv[0])):
        print("holding", flush=True)
        sys.stdin.read()  # idle until the parent closes our stdin
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
