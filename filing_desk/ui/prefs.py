"""UI preferences in an INI file (QSettings): language, idle minutes, geometry, last view, the
current and recent registers' paths, and which one-off notices were already shown.

Never register data or keys: the register keeps its own settings (backups, deadlines) inside the
encrypted file. The file lives at ``paths.app_paths().settings_file`` unless a path is given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from filing_desk.paths import app_paths

LANGUAGES = ("zh_CN", "en")
DEFAULT_IDLE_MINUTES = 10
RECENT_REGISTERS = 8


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

    # --- registers: paths only, never a key ----------------------------------------------

    @property
    def current_register(self) -> Path | None:
        """The register opened last (a plain start opens it again); None when none was kept."""
        value = str(self._settings.value("registers/current", "") or "")
        return Path(value) if value else None

    @property
    def recent_registers(self) -> list[Path]:
        """The registers opened lately, newest first (at most ``RECENT_REGISTERS``)."""
        value = self._settings.value("registers/recent", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(item)) for item in items if item][:RECENT_REGISTERS]

    def remember_register(self, path: Path) -> None:
        """``path`` becomes the current register and the first of the recent ones."""
        text = str(Path(path).absolute())
        rest = [str(p) for p in self.recent_registers if str(p) != text]
        self._settings.setValue("registers/current", text)
        self._settings.setValue("registers/recent", [text, *rest][:RECENT_REGISTERS])
        self._settings.sync()

    def forget_register(self, path: Path) -> None:
        """Drop ``path`` from the recent registers (a file that is gone)."""
        text = str(Path(path).absolute())
        self._settings.setValue(
            "registers/recent", [str(p) for p in self.recent_registers if str(p) != text]
        )
        if str(self.current_register or "") == text:
            self._settings.remove("registers/current")
        self._settings.sync()

    def first_time(self, notice: str) -> bool:
        """True the first time a one-off notice (``ui.dialogs.unlock.KEYRING_NOTICE``…) is
        asked about, and remembered as said: every later call answers False."""
        key = f"notices/{notice}"
        if self._settings.value(key, False) in (True, "true"):
            return False
        self._settings.setValue(key, True)
        self._settings.sync()
        return True

    def sync(self) -> None:
        self._settings.sync()
