"""One class per spec field type: check a value (→ Issues) and format it for screen and PDF.

No Qt. Code checks (USCC, filing number, phone, e-mail) are the domain's, in
``filing_desk.domain.codes``, imported where used. Formatting is the one vocabulary's
(``domain.fields.values``): dates ``2026-03-02`` or ``2026年3月2日``; enums by their label; bools
是/否 or Yes/No; tuples joined with 、 or ", ".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import ClassVar

from filing_desk.domain.enums import AlgorithmType, LabelledEnum
from filing_desk.domain.fields import values
from filing_desk.domain.issues import Issue

FILING_DIGITS = re.compile(r"\d{21}")


def is_empty(value: object) -> bool:
    """None, blank strings and empty tuples are empty; False and 0 are values."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, tuple | list) and not value


def _issue(code: str, field: str, text: str, **params: object) -> Issue:
    return Issue(code=code, field=field, params=params, text=text)


class FieldType:
    """Base: a plain value shown as text. Subclasses narrow ``python_types`` and checks."""

    name: ClassVar[str] = "text"
    python_types: ClassVar[tuple[type, ...]] = (str,)

    def validate(
        self, value: object, field: str = "", algo_type: AlgorithmType | None = None
    ) -> list[Issue]:
        """Issues for a non-empty value (emptiness and length are the readiness check's job)."""
        if not isinstance(value, self.python_types):
            kind = self.python_types[0].__name__
            return [_issue("form.type", field, f"expected {kind}, got {value!r}", expected=kind)]
        return self.check(value, field, algo_type)

    def check(self, value: object, field: str, algo_type: AlgorithmType | None) -> list[Issue]:
        return []

    def format(self, value: object, lang: str = "zh") -> str:
        if is_empty(value):
            return ""
        return self.format_value(value, lang)

    def format_value(self, value: object, lang: str) -> str:
        return str(value).strip()


class TextType(FieldType):
    name = "text"


class LongTextType(FieldType):
    name = "longtext"


class EmailType(FieldType):
    name = "email"

    def check(self, value: object, field: str, algo_type: AlgorithmType | None) -> list[Issue]:
        from filing_desk.domain.codes import check_email

        return list(check_email(str(value), field=field))


class PhoneType(FieldType):
    name = "phone"

    def check(self, value: object, field: str, algo_type: AlgorithmType | None) -> list[Issue]:
        from filing_desk.domain.codes import check_phone

        return list(check_phone(str(value), field=field))


class UsccType(FieldType):
    name = "uscc"

    def check(self, value: object, field: str, algo_type: AlgorithmType | None) -> list[Issue]:
        from filing_desk.domain.codes import check_uscc

        return list(check_uscc(str(value), field=field))

    def format_value(self, value: object, lang: str) -> str:
        return str(value).strip().upper()


class FilingNoType(FieldType):
    """网信算备 + 21 digits + 号; the register stores the bare digits."""

    name = "filing_no"

    def check(self, value: object, field: str, algo_type: AlgorithmType | None) -> list[Issue]:
        from filing_desk.domain.codes import check_filing_number

        return list(check_filing_number(str(value), algo_type=algo_type, field=field))

    def format_value(self, value: object, lang: str) -> str:
        text = str(value).strip()
        return f"网信算备{text}号" if FILING_DIGITS.fullmatch(text) else text


class DateType(FieldType):
    name = "date"
    python_types = (date,)

    def format_value(self, value: object, lang: str) -> str:
        assert isinstance(value, date)
        return values.show_date(value, lang)


class BoolType(FieldType):
    name = "bool"
    python_types = (bool,)

    def format_value(self, value: object, lang: str) -> str:
        return values.show_bool(bool(value), lang)


class NumberType(FieldType):
    name = "number"
    python_types = (int, float)

    def check(self, value: object, field: str, algo_type: AlgorithmType | None) -> list[Issue]:
        if isinstance(value, bool):
            return [_issue("form.type", field, f"expected a number, got {value!r}")]
        return []

    def format_value(self, value: object, lang: str) -> str:
        return f"{value:,}" if isinstance(value, int) else f"{value:g}"


class ChoiceType(FieldType):
    """One member of the spec's ``choices`` enum, shown by its label."""

    name = "choice"
    python_types = (LabelledEnum,)

    def format_value(self, value: object, lang: str) -> str:
        return value.label(lang) if isinstance(value, LabelledEnum) else str(value)


class MultiChoiceType(FieldType):
    """A tuple of enum members, joined with 、 (zh) or ", " (en)."""

    name = "multichoice"
    python_types = (tuple, list)

    def check(self, value: object, field: str, algo_type: AlgorithmType | None) -> list[Issue]:
        assert isinstance(value, Iterable)
        bad = [v for v in value if not isinstance(v, LabelledEnum)]
        if bad:
            return [_issue("form.type", field, f"not a known choice: {bad[0]!r}")]
        return []

    def format_value(self, value: object, lang: str) -> str:
        assert isinstance(value, Iterable)
        return values.show_list(value, lang)


class AttachmentType(FieldType):
    """An attachment: its file name (AttachmentInfo or a plain name)."""

    name = "attachment"
    python_types = (object,)

    def format_value(self, value: object, lang: str) -> str:
        return str(getattr(value, "filename", value))


class FieldRefType(FieldType):
    """A dotted field key (a Change's ``field``), shown as that field's label in the specs.

    The labels live in the specs, which ``forms.loader`` reads; the loader imports this module,
    so it hands its ``label_for`` over (``use_labels``) instead of this module importing it."""

    name = "fieldref"

    def __init__(self) -> None:
        self._label_for: Callable[[str, str], str] = lambda key, _lang: key

    def use_labels(self, label_for: Callable[[str, str], str]) -> None:
        self._label_for = label_for

    def format_value(self, value: object, lang: str) -> str:
        return self._label_for(str(value), lang)


FIELD_REF = FieldRefType()

TYPES: dict[str, FieldType] = {
    t.name: t
    for t in (
        TextType(),
        LongTextType(),
        EmailType(),
        PhoneType(),
        UsccType(),
        FilingNoType(),
        DateType(),
        BoolType(),
        NumberType(),
        ChoiceType(),
        MultiChoiceType(),
        AttachmentType(),
        FIELD_REF,
    )
}
"""Every spec ``type`` name and its handler."""


def format_value(type_name: str, value: object, lang: str = "zh") -> str:
    """Format a value by its spec type name."""
    return TYPES[type_name].format(value, lang)
