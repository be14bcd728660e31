"""The detail pane's "Audit events" tab kept up to date without reading it while it is hidden.

After an edit of the shown algorithm (``DetailPane.refresh_record``) its audit events are read
again at once if the tab is on screen; otherwise the tab is marked stale and read when it is next
shown (the pane's ``currentChanged``). Showing another algorithm reads the tab as before. No SQL
here: the pane's own reader is called.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Slot


class StaleAudit(QObject):
    """Reads the pane's audit tab (its last tab, when made) now or when it is next shown."""

    def __init__(self, pane: Any) -> None:  # the DetailPane (which imports this module)
        super().__init__(pane)
        self._pane = pane
        self._tab = pane.widget(pane.count() - 1)  # the tab, not its index: tabs may be added
        self.stale = False
        pane.currentChanged.connect(self._shown)

    def mark(self) -> None:
        """The shown algorithm was written: its events are read now, or when the tab shows."""
        self.stale = True
        self._shown(self._pane.currentIndex())

    @Slot(int)
    def _shown(self, index: int) -> None:
        if self.stale and self._pane.widget(index) is self._tab:
            self.stale = False
            pane = self._pane
            pane.audit_model.set_events(pane._audit_events(pane.algorithm_id()))
