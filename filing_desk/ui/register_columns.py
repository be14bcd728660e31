"""The register table's columns: their order (``Column``) and what each shows and sorts by.

Cells show labels in the UI language; sorting uses raw values (codes, the filing number, the due
date, overdue first) and Chinese collation for names. Titles keep the ``RegisterTableModel``
translation context. No SQL and no rules here.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from operator import attrgetter

from PySide6.QtCore import QCoreApplication

from filing_desk.domain.codes import format_filing_number
from filing_desk.domain.records import RegisterRow
from filing_desk.ui.i18n import lang
from filing_desk.ui.icons import icon, state_icon
from filing_desk.ui.security_cells import security_column
from filing_desk.ui.table_model import Column as TableColumn


class Column(IntEnum):
    ENTITY = 0
    NAME = 1
    TYPE = 2
    ROLE = 3
    STATE = 4
    FILING_NUMBER = 5
    NEXT_PROCEDURE = 6
    DUE = 7
    OVERDUE = 8
    SECURITY = 9  # the security assessment under the 2018 rules (ui.security_assessment_panel)


def register_columns() -> list[TableColumn[RegisterRow]]:
    """The table in ``Column`` order, titles and fixed texts in the current language."""
    translate = QCoreApplication.translate
    overdue = translate("RegisterTableModel", "Overdue")
    provisional = translate("RegisterTableModel", "%1 (provisional)")
    provisional_tip = translate(
        "RegisterTableModel",
        "Counted with a provisional calendar: enter the year's official working days "
        "in the Calendar view to make it exact.",
    )

    def due(row: RegisterRow) -> str:
        if row.due_date is None:
            return ""
        text = row.due_date.isoformat()
        return provisional.replace("%1", text) if row.due_provisional else text

    return [
        TableColumn(translate("RegisterTableModel", "Entity"), attrgetter("entity_name")),
        TableColumn(translate("RegisterTableModel", "Algorithm"), attrgetter("name")),
        TableColumn(
            translate("RegisterTableModel", "Type"),
            lambda r: r.algo_type.label(lang()),
            sort=lambda r: r.algo_type.value,
            collate=False,
        ),
        TableColumn(
            translate("RegisterTableModel", "Role"),
            lambda r: r.role.label(lang()),
            sort=lambda r: r.role.value,
            collate=False,
        ),
        TableColumn(
            translate("RegisterTableModel", "State"),
            lambda r: r.state.label(lang()),
            sort=lambda r: r.state.value,
            collate=False,
            icon=lambda r: state_icon(r.state),
        ),
        TableColumn(
            translate("RegisterTableModel", "Filing number"),
            lambda r: format_filing_number(r.filing_number) if r.filing_number else "",
            sort=attrgetter("filing_number"),
            collate=False,
        ),
        TableColumn(
            translate("RegisterTableModel", "Next procedure"),
            lambda r: r.open_procedure.label(lang()) if r.open_procedure else "",
            sort=lambda r: r.open_procedure.value if r.open_procedure else "",
            collate=False,
        ),
        TableColumn(
            translate("RegisterTableModel", "Due"),
            due,
            sort=lambda r: r.due_date or date.max,  # no due date: after every date
            collate=False,
            icon=lambda r: icon("provisional") if r.due_provisional else None,
            tooltip=lambda r: provisional_tip if r.due_provisional else None,
        ),
        TableColumn(
            overdue,
            lambda r: overdue if r.overdue else "",
            sort=lambda r: 0 if r.overdue else 1,  # overdue rows first
            collate=False,
            icon=lambda r: icon("overdue") if r.overdue else None,
        ),
        security_column(translate("RegisterTableModel", "Security assessment")),
    ]
