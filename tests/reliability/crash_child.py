"""A child process for the crash-safety test: commit numbered transactions until killed.

``python -m tests.reliability.crash_child <register> <run>`` opens the passphrase-mode register
(``FILING_DESK_PASSPHRASE`` in the environment), prints ``ready``, then forever creates algorithms
named ``run<run>-txn-<n>`` (n = 0, 1, 2 …), one transaction each, and after each commit prints
``committed <n>`` and flushes. The parent kills it with SIGKILL at a random moment.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from filing_desk.domain.enums import AlgorithmType, Role
    from filing_desk.store.register import open_register

    register, run = Path(argv[0]), int(argv[1])
    reg = open_register(register)  # passphrase from the environment; takes the lock
    entity_id = reg.entities()[0].id
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    n = 0
    while True:
        if n % 5 == 4:
            reg.set_setting(f"crash.run{run}", str(n))  # a second kind of write: a setting
        else:
            reg.create_algorithm(
                entity_id,
                name=f"run{run}-txn-{n}",
                algo_type=AlgorithmType.PUSH,
                role=Role.PROVIDER,
                main_use=f"崩溃测试第{n}笔事务",
            )
        out.write(f"committed {n}\n")
        out.flush()
        n += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
