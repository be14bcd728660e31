"""Register settings (the ``setting`` table): read a value, write one with its audit event.

Values are strings; what they mean is the caller's (import limits, the conservative deadline
mode). It must not hold the audit chain's head (``store.audit_log`` keeps that row itself).
"""

from __future__ import annotations

from filing_desk.domain.genai_annex_findings import Cadences, cadences_from_settings
from filing_desk.store.schema import SettingRow
from filing_desk.store.unit_of_work import UnitOfWork


class Settings:
    """Read and write settings through the unit of work."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def setting(self, key: str, default: str = "") -> str:
        with self._uow.session() as s:
            row = s.get(SettingRow, key)
            return row.value if row is not None else default

    def set_setting(self, key: str, value: str) -> None:
        with self._uow.transaction() as s:
            row = s.get(SettingRow, key)
            before = row.value if row is not None else None
            if before == value:
                return
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value
            self._uow.audit("setting.set", "setting", None, {key: before}, {key: value})

    def annex_cadences(self) -> Cadences:
        """How often the keyword list and the test bank should be renewed (days)."""
        return cadences_from_settings(self.setting)

    def set_annex_cadences(self, cadences: Cadences) -> None:
        """Both cadences in one transaction with one audit event; an out-of-range value is
        refused (``InvalidInput``) and nothing is written."""
        values = cadences.validated().settings()
        with self._uow.transaction() as s:
            before: dict[str, object] = {}
            for key, value in values.items():
                row = s.get(SettingRow, key)
                if row is None:
                    s.add(SettingRow(key=key, value=value))
                    before[key] = None
                elif row.value != value:
                    before[key], row.value = row.value, value
            if before:
                after: dict[str, object] = {k: values[k] for k in before}
                self._uow.audit("setting.set", "setting", None, before, after)
