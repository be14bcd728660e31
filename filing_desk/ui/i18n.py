"""Translations: install the app's .qm and Qt's own qtbase .qm for the chosen language.

The language comes from the preferences (``Prefs.language``); switching takes effect for widgets
built afterwards (the settings dialog says a restart applies it everywhere). ``lang()`` tells enum
labels (``LabelledEnum.label``) and form specs which language to use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from filing_desk.paths import resource_dir
from filing_desk.ui.plurals import EnglishPlurals

if TYPE_CHECKING:
    # PySide6's stub says QT_TRANSLATE_NOOP returns object; it returns ``message`` unchanged.
    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...
else:  # re-exported: it marks texts for lupdate, translated where they are shown
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

_QT_CATALOGUES = ("qtbase",)


def translations_dir() -> Path:
    return resource_dir() / "translations"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` (``zh_CN`` or ``en``); returns them.

    English is the source language: it needs no catalogue, only ``EnglishPlurals``. The default
    QLocale follows the language, so dates and numbers read the same way as the labels.
    """
    QLocale.setDefault(QLocale(language if language != "en" else "en_GB"))
    installed: list[QTranslator] = []
    if language == "en":  # the source language: only the plural forms of counted texts
        plurals = EnglishPlurals(app)
        app.installTranslator(plurals)
        return [plurals]
    own = QTranslator(app)
    if own.load(f"filing_desk_{language}", str(translations_dir())):
        app.installTranslator(own)
        installed.append(own)
    for catalogue in _QT_CATALOGUES:  # Qt's own dialogs and standard buttons (确定, 取消)
        qt = QTranslator(app)
        if any(qt.load(f"{catalogue}_{language}", str(folder)) for folder in qt_translations()):
            app.installTranslator(qt)
            installed.append(qt)
    return installed


def qt_translations() -> list[Path]:
    """Where Qt's own catalogues may be: Qt's translations path, else the folder inside the
    PySide6 package (where a bundle built by ``filing_desk.spec`` keeps ``qtbase_zh_CN.qm``)."""
    import PySide6

    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
    ]


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def lang() -> str:
    """``zh`` or ``en``: the language of enum labels and form-spec texts in the UI."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"
