"""Annexes 4 and 5 attached to a service in a real register, counted through the workflow: the
shortfalls come back as warnings, a new version replaces the old one in the count, and a file
that cannot be read is named, never an error."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.store.register import Register
from filing_desk.workflows.genai_annexes import annex_count_issues, annex_counts, counted_readiness
from tests.helpers.genai_services import own_service, world

KW, TQ = AttachmentKind.KEYWORD_LIST, AttachmentKind.TEST_QUESTIONS


def xlsx(tmp_path: Path, rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    return path.read_bytes()


def keyword_rows(a1: int, a2: int) -> list[list[object]]:
    return [
        ["序号", "关键词", "风险类别"],
        *[[i, f"甲{i}", "A.1 宣扬暴力"] for i in range(a1)],
        *[[i, f"乙{i}", "A.2 地域歧视"] for i in range(a2)],
    ]


def test_attached_annexes_are_counted_against_the_thresholds(
    register: Register, tmp_path: Path
) -> None:
    service = register.create_service(own_service(world(register)))
    assert service.id is not None
    first = register.add_attachment(
        OwnerType.SERVICE,
        service.id,
        KW,
        "附件4-拦截关键词列表.xlsx",
        xlsx(tmp_path, keyword_rows(3, 1)),
    )
    register.add_attachment(OwnerType.SERVICE, service.id, TQ, "附件5.xlsx", b"not a zip")

    issues = annex_count_issues(register, service.id)
    found = {(i.code, i.params.get("category")) for i in issues}
    assert found == {
        ("genai_annex.keywords_short", None),
        ("genai_annex.keywords_category_short", "A.1 宣扬暴力"),
        ("genai_annex.keywords_category_short", "A.2 地域歧视"),
        ("genai_annex.unreadable", None),
    }
    assert all(not i.is_error for i in issues)

    register.replace_attachment(first.id, "附件4-v2.xlsx", xlsx(tmp_path, keyword_rows(200, 100)))
    counts, unreadable = annex_counts(register, service.id)
    keywords = counts[KW]
    assert [i.params["reason"] for i in unreadable] == [
        "附件5.xlsx is not a valid .xlsx file (not a zip archive)"
    ]
    assert (keywords.total, dict(keywords.categories)) == (
        300,
        {"A.1 宣扬暴力": 200, "A.2 地域歧视": 100},
    )  # the new version alone, the old one superseded
    assert keywords.files == ("附件4-v2.xlsx",)
    codes = {i.code for i in annex_count_issues(register, service.id)}
    assert "genai_annex.keywords_category_short" not in codes
    assert "genai_annex.keywords_short" in codes  # 300 of 10,000


def test_counted_readiness_adds_the_counts_to_the_registers_readiness(
    register: Register, tmp_path: Path
) -> None:
    service = register.create_service(own_service(world(register)))
    assert service.id is not None
    register.add_attachment(
        OwnerType.SERVICE, service.id, KW, "k.xlsx", xlsx(tmp_path, keyword_rows(1, 0))
    )
    base = register.service_readiness(service.id)
    counted = counted_readiness(register, service.id)
    assert counted[: len(base)] == base
    assert "genai_annex.keywords_short" in {i.code for i in counted[len(base) :]}
