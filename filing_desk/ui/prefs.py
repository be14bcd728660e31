"""UI preferences in an INI file (QSettings): language, idle minutes, geometry, last view.

Never register data or keys: the register keeps its own settings (backups, deadlines) inside the
encrypted file. The file lives at ``paths.app_paths().settings_file`` unless a path is given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from filing_desk.paths import app_paths

LANGUAGES = ("zh_CN", "en")
DEFAULT_IDLE_MINUTES = 10


def system_language() -> str:
    """zh_CN on a Chinese system, English otherwise."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class Prefs:
    """Typed access to the preferences file."""

    def __init__(self, path: Path | None = None) -> None:
        target = path or app_paths().settings_file
        target.parent.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(target), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self._settings.fileName())

    @property
    def language(self) -> str:
        value = str(self._settings.value("ui/language", "") or "")
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._settings.setValue("ui/language", value)
        self._settings.sync()

    @property
    def idle_minutes(self) -> int:
        raw = self._settings.value("security/idle_minutes", DEFAULT_IDLE_MINUTES)
        if not isinstance(raw, str | int | float):  # not a number: int() would raise TypeError
            return DEFAULT_IDLE_MINUTES
        try:
            value = int(raw)
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        return max(1, min(value, 240))

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._settings.setValue("security/idle_minutes", max(1, min(int(value), 240)))
        self._settings.sync()

    @property
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def last_view(self) -> str:
        return str(self._settings.value("window/last_view", "") or "")

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._settings.setValue("window/last_view", value)

    def sync(self) -> None:
        self._settings.sync()
