"""Logging setup: one rotating file in the log folder, named loggers per layer, secrets redacted.

No Qt, no register access. ``start_logging`` is called once by each composition root (the desktop
app once its window shows, the command line before a command runs); nothing logs at import time.
Every handler it installs carries a ``RedactingFilter``, which replaces key material before a
record is written anywhere: runs of 64 or more hex digits (a raw data key), SQLCipher key literals
``x'…'``, recovery keys (groups of four hex digits), and any text registered with
``register_secret`` (the passphrase the user typed).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
from pathlib import Path

REDACTED = "[redacted]"
LOG_FILE = "filing-desk.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_PATTERNS = (
    re.compile(r"""[xX]'[^']*'"""),  # PRAGMA key = "x'…'"
    re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{64,}(?![0-9A-Fa-f])"),  # a raw 256-bit key in hex
    re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{4}[-\s]){8,}[0-9A-Fa-f]{4}(?![0-9A-Fa-f])"),
)


class _Secrets:
    """Texts that must never reach a log (passphrases typed in this session)."""

    def __init__(self) -> None:
        self._items: set[str] = set()
        self._guard = threading.Lock()

    def add(self, text: str) -> None:
        if text and len(text) >= 4:  # a shorter "secret" would redact ordinary words
            with self._guard:
                self._items.add(text)

    def discard(self, text: str) -> None:
        with self._guard:
            self._items.discard(text)

    def snapshot(self) -> list[str]:
        with self._guard:
            return sorted(self._items, key=len, reverse=True)


_SECRETS = _Secrets()


def register_secret(text: str) -> None:
    """From now on ``text`` is replaced by ``[redacted]`` in every filtered log record."""
    _SECRETS.add(text)


def forget_secret(text: str) -> None:
    _SECRETS.discard(text)


def redact(text: str) -> str:
    """``text`` with key material and registered secrets replaced by ``[redacted]``."""
    for secret in _SECRETS.snapshot():
        text = text.replace(secret, REDACTED)
    for pattern in _PATTERNS:
        text = pattern.sub(REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites a record's message, traceback and stack text with ``redact``; never drops one."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``log_dir/filing-desk.log`` (owner-only, rotated at 1 MiB, 3 kept); returns its path.

    Calling it again replaces the handler it installed before instead of adding a second one.
    """
    log_dir = Path(log_dir)
    log_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        log_dir.chmod(0o700)
    path = log_dir / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1024 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.set_name("filing-desk")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    if os.name == "posix":
        path.chmod(0o600)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "filing-desk"]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    logging.getLogger("filing_desk").setLevel(level)
    return path


def start_logging(log_dir: Path | None = None) -> Path | None:
    """``setup_logging`` into ``log_dir`` (default: the user's log folder); never fails the caller.

    When the folder cannot be written, one line on stderr says logging is off and None is returned.
    """
    from filing_desk.paths import app_paths

    try:
        return setup_logging(log_dir if log_dir is not None else app_paths().log)
    except OSError as exc:
        print(f"filing-desk: logging is off ({exc.strerror or exc})", file=sys.stderr)
        return None


__all__ = [
    "REDACTED",
    "RedactingFilter",
    "redact",
    "register_secret",
    "setup_logging",
    "start_logging",
]
