"""Importing a batch: write what ``transfer.register_io.prepare`` read and validated.

One transaction for the whole batch: every entity, algorithm, product, model and imported
filing, their audit events and the modifications an update opens, or nothing. The GUI's import
dialogs and the CLI's ``import`` both call ``import_batch``. Reading and validating a file is
the transfer package's; refusing a batch with errors is ``register_io.apply``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from filing_desk.transfer import register_io

if TYPE_CHECKING:
    from filing_desk.store.importer import ImportResult
    from filing_desk.store.register import Register


def import_batch(
    register: Register, prepared: register_io.Prepared, update_existing: bool = False
) -> ImportResult:
    """Write the prepared rows (or a whole-register JSON into an empty register), all or none.

    Raises:
        InvalidInput: a row has errors (``import.errors``), a record fails the domain's
            validation, or a whole-register JSON meets a register that is not empty.
    """
    with register.transaction():
        result: ImportResult = register_io.apply(
            register, prepared, update_existing=update_existing
        )
        return result
