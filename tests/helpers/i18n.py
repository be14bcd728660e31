"""Finding English source text where Chinese should be: the zh_CN catalogue's sources and a walk
of a widget tree that reports any of them it sees (titles, labels, buttons, menus, table cells)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from filing_desk.paths import resource_dir

TS = resource_dir() / "translations" / "filing_desk_zh_CN.ts"
QM = resource_dir() / "translations" / "filing_desk_zh_CN.qm"
ALLOWED = {"APP", "API", "H5", "OK", "Filing Desk"}  # acronyms and the product's name


def ts_sources() -> set[str]:
    """Every source text of the catalogue (mnemonic ampersands removed)."""
    root = ET.parse(TS).getroot()
    return {m.findtext("source", "").replace("&", "") for m in root.iter("message")}


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        texts += [widget.title()] + [a.text() for a in widget.actions()]
    if isinstance(widget, QAbstractItemView) and isinstance(widget.model(), QAbstractItemModel):
        model = widget.model()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        texts += [model.headerData(c, Qt.Orientation.Horizontal) or "" for c in range(columns)]
        for r in range(min(model.rowCount(QModelIndex()), 30)):
            texts += [str(model.index(r, c).data() or "") for c in range(columns)]
    return [str(t).replace("&", "") for t in texts if t]


def english_found(texts: list[str], sources: set[str]) -> list[str]:
    phrases = [s for s in sources if len(s.split()) >= 2 and s not in ALLOWED]
    found = []
    for text in texts:
        if text in ALLOWED:
            continue
        if text in sources and re.search("[A-Za-z]{2,}", text):
            found.append(text)
        found += [f"{p!r} in {text!r}" for p in phrases if p in text]
    return found


def walk(sources: set[str], root: QWidget) -> list[str]:
    """English source text in ``root`` and its visible children (menus even when closed)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() or isinstance(widget, QMenu):
            found += english_found(widget_texts(widget), sources)
    return found
