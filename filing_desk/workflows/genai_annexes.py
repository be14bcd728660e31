"""A service's annexes 4 and 5 counted from its attachments: the shortfalls the store's readiness
cannot see, since counting a spreadsheet is ``transfer``'s and the store sits below it.

``annex_count_issues`` counts the current keyword-list and test-bank files of a service (within the
register's import limits) and checks them against GB/T 45654-2025 §8 (``domain.genai_annexes``);
``counted_readiness`` is ``Register.service_readiness`` (track, missing annexes, freshness) plus
those counts — what the Services view and the command line show.

No Qt. Reads only; a file that cannot be counted becomes a warning naming why, never an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.genai_annex_findings import COUNTED, unreadable_issue
from filing_desk.domain.genai_annexes import AnnexCount, annex_issues
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import AttachmentInfo
from filing_desk.transfer.annex_count import count_annex
from filing_desk.transfer.errors import TransferError
from filing_desk.transfer.limits import Limits, limits_from_settings


class AnnexRegister(Protocol):
    """What this workflow needs of ``store.register.Register``."""

    def attachments(
        self, owner_type: OwnerType | str, owner_id: int, include_superseded: bool = True
    ) -> list[AttachmentInfo]: ...

    def attachment_content(
        self, attachment_id: int, *, verify: bool = True
    ) -> tuple[AttachmentInfo, bytes]: ...

    def setting(self, key: str, default: str = "") -> str: ...

    def service_readiness(self, service_id: int) -> list[Issue]: ...


def annex_counts(
    register: AnnexRegister, service_id: int
) -> tuple[dict[AttachmentKind, AnnexCount], list[Issue]]:
    """The counts of the service's current keyword list and test bank (those attached), and a
    warning for each that cannot be counted (``genai_annex.unreadable``, naming why)."""
    limits = limits_from_settings(register.setting)
    counts: dict[AttachmentKind, AnnexCount] = {}
    issues: list[Issue] = []
    for kind, files in _files(register, service_id).items():
        try:
            counts[kind] = _count(register, kind, files, limits)
        except TransferError as exc:
            issues.append(unreadable_issue(kind, exc))
    return counts, issues


def annex_count_issues(register: AnnexRegister, service_id: int) -> list[Issue]:
    """Shortfalls of the attached annexes 4 and 5 (warnings), and each one that cannot be read."""
    counts, issues = annex_counts(register, service_id)
    keywords = counts.get(AttachmentKind.KEYWORD_LIST)
    return [*annex_issues(keywords, counts.get(AttachmentKind.TEST_QUESTIONS)), *issues]


def counted_readiness(register: AnnexRegister, service_id: int) -> list[Issue]:
    """The register's readiness of the service with the annexes' counts added."""
    return [*register.service_readiness(service_id), *annex_count_issues(register, service_id)]


def _files(register: AnnexRegister, service_id: int) -> dict[AttachmentKind, list[AttachmentInfo]]:
    current = register.attachments(OwnerType.SERVICE, service_id, include_superseded=False)
    found: dict[AttachmentKind, list[AttachmentInfo]] = {}
    for info in current:
        if info.kind in COUNTED and not info.superseded:
            found.setdefault(info.kind, []).append(info)
    return found


def _count(
    register: AnnexRegister,
    kind: AttachmentKind,
    files: Sequence[AttachmentInfo],
    limits: Limits,
) -> AnnexCount:
    contents = [(info.filename, register.attachment_content(info.id)[1]) for info in files]
    return count_annex(kind, contents, limits)
