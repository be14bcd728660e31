"""The 备注 (remarks) of a CAC list row, read as facts; the list's batch from its title.

Pure text parsing (domain.md Part A item 17, Part B §6.1): ``已注销`` → the filing is cancelled
as of the list; ``原主体名称“A”变更为“B”`` → the entity was renamed from A to B (any of the
quote pairs “” "" 「」 『』 ‘’); ``变更内容：…`` → a change the list attests. A remark that is
neither a cancellation nor a bare rename is kept whole as an attested change, so nothing the CAC
printed is lost. No Qt, no database, no files: reading the .docx is ``cac_list``'s and acting on
the facts (cancelling, renaming, recording the list) is ``cac_list_import``'s.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

_OPEN, _CLOSE = "“\"「『‘'", "”\"」』’'"
_QUOTED = rf"[{_OPEN}]([^{_CLOSE}]+)[{_CLOSE}]"
_ENTITY_RENAME = re.compile(rf"原主体名称\s*[:：]?\s*{_QUOTED}\s*变更为\s*[:：]?\s*{_QUOTED}")
_CHANGE = re.compile(r"变更内容\s*[:：]\s*(.+)", re.S)
_CANCELLED = "已注销"
_BATCH = re.compile(r"[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*[)）]")


@dataclass(frozen=True)
class Remark:
    """What one remark says, in the CAC's words."""

    text: str
    cancelled: bool = False
    renames: tuple[tuple[str, str], ...] = ()  # (former entity name, new entity name)
    changes: tuple[str, ...] = ()  # the changes the list attests, as printed

    @property
    def former_names(self) -> tuple[str, ...]:
        return tuple(former for former, _ in self.renames)

    def as_dict(self) -> dict[str, object]:
        """For the list record and the audit event (JSON)."""
        return {
            "remark": self.text,
            "cancelled": self.cancelled,
            "renames": [list(r) for r in self.renames],
            "changes": list(self.changes),
        }


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()) if text else ""


def parse_remark(text: str) -> Remark:
    """The facts of one remark; an empty remark says nothing."""
    raw = " ".join(text.split())
    if not raw:
        return Remark("")
    renames = tuple((m.group(1).strip(), m.group(2).strip()) for m in _ENTITY_RENAME.finditer(raw))
    cancelled = _CANCELLED in raw
    change = _CHANGE.search(raw)
    if change:
        changes: tuple[str, ...] = (change.group(1).strip(),)
    elif cancelled or (renames and _ENTITY_RENAME.sub("", raw).strip(" ，,。;；") == ""):
        changes = ()
    else:
        changes = (raw,)
    return Remark(raw, cancelled, renames, changes)


def batch_of(title: str) -> str:
    """The batch a list title names, e.g. ``2025年7月`` for …清单（2025年7月）; "" if none."""
    m = _BATCH.search(_clean(title).replace(" ", "")) or _BATCH.search(title)
    return f"{int(m.group(1))}年{int(m.group(2))}月" if m else ""


def batch_start(batch: str) -> date | None:
    """The first day of a batch's month (the estimate of a publication date not given)."""
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月", batch)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    return date(year, month, 1) if 1 <= month <= 12 else None
