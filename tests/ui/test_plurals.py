"""English counted texts read "1 row" and "41 entities": Qt's ``%n`` with a plural marker,
resolved by the English translator that ``i18n.install`` puts in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from filing_desk.ui.plurals import english_plural

CASES = [
    ("%n entit(ies) in the list", 41, "41 entities in the list"),
    ("%n entit(ies) in the list", 1, "1 entity in the list"),
    ("%1 (%n row(s))", 1, "%1 (1 row)"),
    ("%1 (%n row(s))", 0, "%1 (0 rows)"),
    ("Import is disabled: %n row(s) have errors.", 1, "Import is disabled: 1 row has errors."),
    ("Import is disabled: %n row(s) have errors.", 2, "Import is disabled: 2 rows have errors."),
    ("Not ready: %n item(s) below need attention.", 1, "Not ready: 1 item below needs attention."),
    ("%n working day(s) left", 1, "1 working day left"),
    ("%n working day(s) overdue", 12, "12 working days overdue"),
    ("%n match(es) found", 1, "1 match found"),
    ("%n match(es) found", 3, "3 matches found"),
]


@pytest.mark.parametrize(("source", "n", "shown"), CASES)
def test_english_plural_forms(source, n, shown):
    assert english_plural(source, n).replace("%n", str(n)) == shown


@pytest.mark.parametrize(("source", "n", "shown"), CASES)
def test_installed_in_english(english, source, n, shown):
    assert QCoreApplication.translate("AnyContext", source, "", n) == shown


def test_uncounted_texts_are_left_alone(english):
    assert QCoreApplication.translate("AnyContext", "Add make-up working day(s)") == (
        "Add make-up working day(s)"
    )


def test_import_summary_in_english(main_window):
    from types import SimpleNamespace

    dialog = main_window.transfer.open_import()
    one = SimpleNamespace(created=1, updated=0, skipped=2, entities_created=1, names_kept=())
    assert dialog.summary(one) == (
        "Imported: 1 algorithm created, 0 updated, 2 skipped (already in the register, or "
        "named by an earlier row). 1 new entity."
    )
    many = SimpleNamespace(created=41, updated=0, skipped=0, entities_created=41, names_kept=())
    assert "41 algorithms created" in dialog.summary(many)
    assert dialog.summary(many).endswith("41 new entities.")


def test_status_bar_counts_in_english(main_window, register):
    entity = register.create_entity(name="甲科技有限公司")
    register.create_algorithm(entity.id, name="甲推荐算法", algo_type="02")
    main_window.workspace.refresh_data()
    assert main_window.counts_label.text().startswith("1 of 1 algorithm shown")
