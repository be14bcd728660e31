"""A keyring backend for the benchmarks: entries in a JSON file named by an environment variable.

The bench points ``PYTHON_KEYRING_BACKEND`` at ``bench.keyring_backend.JsonFileKeyring`` and
``FILING_DESK_BENCH_KEYRING`` at a file in its temporary folder, so the app under test unlocks
"the default way" (the raw key from the keyring, no prompt) without ever touching the user's own
keyring. Not for real use: the file is plain JSON.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

FILE_ENV = "FILING_DESK_BENCH_KEYRING"


class JsonFileKeyring(KeyringBackend):
    """Entries as ``{"service\\x00username": password}`` in ``$FILING_DESK_BENCH_KEYRING``."""

    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        value = os.environ.get(FILE_ENV)
        if not value:
            raise KeyringError(f"{FILE_ENV} is not set: the bench keyring has no file")
        return Path(value)

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def _save(self, entries: dict[str, str]) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(entries), encoding="utf-8")
        tmp.replace(self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}\x00{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(entries)
