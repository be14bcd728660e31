"""Where things live: the default register, backups, settings, logs, and the bundled resources.

No Qt (works in the CLI). ``FILING_DESK_HOME`` puts every location under one folder (tests, portable
use); otherwise platformdirs gives the per-user folders of each system.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

APP_NAME = "FilingDesk"
REGISTER_FILE = "register.fdesk"


class AppPaths(NamedTuple):
    """The per-user folders (a named tuple: no dataclasses import on the way to the window)."""

    data: Path
    config: Path
    cache: Path
    log: Path

    @property
    def default_register(self) -> Path:
        return self.data / REGISTER_FILE

    @property
    def settings_file(self) -> Path:
        return self.config / "filing-desk.ini"

    def backups_for(self, register: Path) -> Path:
        """Automatic backups of a register live in a folder next to it."""
        return register.parent / f"{register.stem}-backups"


def app_paths() -> AppPaths:
    home = os.environ.get("FILING_DESK_HOME")
    if home:
        root = Path(home)
        return AppPaths(root / "data", root / "config", root / "cache", root / "log")
    import platformdirs

    return AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def project_root() -> Path:
    """The folder holding forms/, migrations/ and resources/: the source tree or the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_dir() -> Path:
    return project_root() / "resources"


def forms_dir() -> Path:
    return project_root() / "forms"


def migrations_dir() -> Path:
    return project_root() / "migrations"
