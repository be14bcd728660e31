"""Restoring a backup into a new file, refused before anything is read when the paths are wrong.

``refusal`` is the rule the desktop app and the CLI share: a backup file must be named, and the
new file must be new — neither the open register nor the backup itself, nor any existing file.
``restore_backup`` then runs ``store.restore.restore``, which verifies the backup, builds the
copy under a temporary name, verifies it and only then renames it into place: a failure at any
step leaves no file and no keyring entry behind. No Qt.
"""

from __future__ import annotations

from pathlib import Path

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.store.restore import Restored, restore


def refusal(source: Path, target: Path, open_register: Path | None = None) -> Issue | None:
    """Why these paths cannot be used (None when they can). The English text names the paths
    (the CLI prints it); ``ui.messages`` has a sentence for each code."""
    if not source.is_file():
        return _refused("restore.no_backup", f"There is no backup file at {source}.", source)
    if not target.name:
        return _refused("restore.no_target", "Name the new file to restore into.", target)
    if open_register is not None and target.resolve() == open_register.resolve():
        return _refused(
            "restore.open_register",
            "Refused: that is the open register. Restore into a new file; the open register "
            "is never overwritten.",
            target,
        )
    if target.resolve() == source.resolve():
        return _refused(
            "restore.onto_backup",
            "Refused: restore into a new file, not onto the backup itself.",
            target,
        )
    if target.exists():
        return _refused(
            "restore.exists",
            f"Refused: {target} already exists. Choose a new file name.",
            target,
        )
    return None


def _refused(code: str, text: str, path: Path) -> Issue:
    return Issue(code, "", params={"path": str(path)}, text=text)


def restore_backup(
    source: Path,
    target: Path,
    *,
    open_register: Path | None = None,
    backup_passphrase: str | None = None,
    recovery: str | None = None,
) -> Restored:
    """Verify ``source``, restore it into the new file ``target`` and verify that.

    Raises:
        InvalidInput: the paths are refused (``refusal``); nothing was read.
        BackupFailed, WrongKey, RegisterExists: the store's refusals; nothing is left behind.
    """
    source, target = Path(source), Path(target)
    refused = refusal(source, target, open_register)
    if refused is not None:
        raise InvalidInput([refused])
    return restore(source, target, backup_passphrase=backup_passphrase, recovery=recovery)
