"""A child process whose files may not grow past a limit: a full disk as the OS reports it.

``python -m tests.reliability.fsize_child save <register>`` opens the register (passphrase from
``FILING_DESK_PASSPHRASE``), then limits every file it writes (RLIMIT_FSIZE) to a little more than
the register's current size, with SIGXFSZ ignored so that a write past the limit fails with an
error instead of killing the process, and tries to save a 2 MiB attachment.

``python -m tests.reliability.fsize_child open <register> <limit>`` only opens the register with
files limited to ``limit`` bytes (too small for SQLite's shared-memory file).

``python -m tests.reliability.fsize_child export <register> <folder> <limit>`` runs the CLI's
``export`` in every format into ``folder`` with files limited to ``limit`` bytes.

Either prints one JSON line per attempt: ``{"what", "code" | "error", "message"}``.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import resource
import signal
import sys
from pathlib import Path


def _limit(size: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


def save(register: Path) -> None:
    from filing_desk.store.register import open_register

    reg = open_register(register)
    entity_id = reg.entities()[0].id
    _limit(max(register.stat().st_size, 64 * 1024) + 16 * 1024)
    try:
        reg.add_attachment("entity", entity_id, "other", "大文件.pdf", b"%PDF" + bytes(2 << 20))
    except Exception as exc:  # the test judges the type and the message
        print(json.dumps({"what": "save", "error": type(exc).__name__, "message": str(exc)}))
    else:
        print(json.dumps({"what": "save", "error": None, "message": "saved"}))
    finally:
        reg.close()


def open_only(register: Path, limit: int) -> None:
    from filing_desk.store.register import open_register

    _limit(limit)
    try:
        open_register(register).close()
    except Exception as exc:  # the test judges the type and the message
        print(json.dumps({"what": "open", "error": type(exc).__name__, "message": str(exc)}))
    else:
        print(json.dumps({"what": "open", "error": None, "message": "opened"}))


def export(register: Path, folder: Path, limit: int) -> None:
    from filing_desk.cli import main

    _limit(limit)
    for fmt in ("xlsx", "csv", "json"):
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            try:
                target = str(folder / f"register.{fmt}")
                argv = ["--register", str(register), "export", "--format", fmt, "-o", target]
                code: object = main(argv)
            except BaseException as exc:  # the test fails on anything but an exit code
                code = f"{type(exc).__name__}: {exc}"
            gc.collect()  # a writer's leftovers report here, under this format
        print(json.dumps({"what": fmt, "code": code, "message": err.getvalue()}), flush=True)


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "save":
        save(Path(args[0]))
    elif mode == "open":
        open_only(Path(args[0]), int(args[1]))
    else:
        export(Path(args[0]), Path(args[1]), int(args[2]))
