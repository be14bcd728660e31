"""居民身份证 numbers: the GB 11643-1999 check digit (error), other ID types unchecked, and the
ID type as an enumeration that still loads the free text stored before it was one."""

from __future__ import annotations

import pytest

from filing_desk.domain.enums import IdType, Severity
from filing_desk.domain.idcards import check_id_number, check_resident_id, resident_id_check_char
from filing_desk.domain.records import Entity
from filing_desk.domain.validation import validate_entity


@pytest.mark.parametrize(
    ("first17", "check"),
    [
        ("11010519491231002", "X"),  # GB 11643-1999's own example
        ("44030419900101002", "X"),
        ("11010119900307001", "1"),
        ("11010119900307003", "8"),
    ],
)
def test_check_character(first17: str, check: str) -> None:
    """Expected values agree with python-stdnum's ``cn.ric`` (another implementation)."""
    assert resident_id_check_char(first17) == check
    assert check_resident_id(first17 + check) == []


@pytest.mark.parametrize(
    ("number", "code", "params"),
    [
        ("110105194912310021", "id_number.check_digit", {"expected": "X", "found": "1"}),
        ("440304199001010027", "id_number.check_digit", {"expected": "X", "found": "7"}),
        ("11010519491231002", "id_number.format", {"length": 17}),
        ("11010519491231002A", "id_number.format", {"length": 18}),
    ],
)
def test_a_mistyped_resident_id_is_an_error(number: str, code: str, params: dict) -> None:
    [issue] = check_resident_id(number, "entity.officer_id_number")
    assert (issue.code, issue.field, issue.severity) == (code, "entity.officer_id_number", "error")
    assert dict(issue.params) == params


def test_full_width_digits_and_a_small_x_are_accepted() -> None:
    assert check_resident_id("１１０１０５１９４９１２３１００２x") == []


@pytest.mark.parametrize(
    "id_type",
    [IdType.PASSPORT, IdType.HK_MACAO_PERMIT, IdType.TAIWAN_PERMIT, IdType.OTHER, IdType.NOT_GIVEN],
)
def test_other_documents_are_not_checked(id_type: IdType) -> None:
    assert check_id_number(id_type, "110105194912310021", "entity.legal_rep_id_number") == []


def test_the_entity_check_applies_to_both_people() -> None:
    entity = Entity(
        name="北京示例科技有限公司",
        legal_rep_id_type=IdType.RESIDENT_ID,
        legal_rep_id_number="110105194912310021",
        officer_id_type=IdType.PASSPORT,
        officer_id_number="E12345678",
    )
    report = validate_entity(entity)
    assert [(i.code, i.field, i.severity) for i in report.issues] == [
        ("id_number.check_digit", "entity.legal_rep_id_number", Severity.ERROR)
    ]
    fixed = Entity(**{**entity.__dict__, "legal_rep_id_number": "11010519491231002X"})
    assert validate_entity(fixed).issues == ()


@pytest.mark.parametrize(
    ("stored", "member"),
    [
        ("居民身份证", IdType.RESIDENT_ID),
        ("身份证", IdType.RESIDENT_ID),
        ("中华人民共和国居民身份证", IdType.RESIDENT_ID),
        ("港澳居民来往内地通行证", IdType.HK_MACAO_PERMIT),
        ("回乡证", IdType.HK_MACAO_PERMIT),
        ("台胞证", IdType.TAIWAN_PERMIT),
        ("护照", IdType.PASSPORT),
        ("Passport", IdType.PASSPORT),
        ("外国人永久居留身份证", IdType.FOREIGN_PERMANENT_RESIDENT),
        ("军官证", IdType.OTHER),
        ("", IdType.NOT_GIVEN),
    ],
)
def test_text_stored_before_the_enumeration_still_loads(stored: str, member: IdType) -> None:
    """The store reads a column with ``IdType(value)``: old free text maps, unknown is OTHER."""
    assert IdType(stored) is member


def test_typed_input_accepts_variants_but_not_unknown_words() -> None:
    assert IdType.parse("身份证") is IdType.RESIDENT_ID
    assert IdType.parse("other") is IdType.OTHER
    with pytest.raises(ValueError):
        IdType.parse("军官证")
