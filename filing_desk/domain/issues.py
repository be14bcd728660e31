"""Validation results as data: Issue(code, field, severity, params) and Report.

No Qt, no I/O. Rules return these; the UI (ui/messages.py) and the CLI turn codes into sentences.
``Issue.message`` gives the English sentence for logs, the CLI and exceptions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from filing_desk.domain.enums import Severity


@dataclass(frozen=True)
class Issue:
    code: str  # stable, e.g. "uscc.check_char"
    field: str  # dotted key of the field concerned, "" for the record as a whole
    severity: Severity = Severity.ERROR
    # ``dataclasses.field``: the bare name ``field`` is the attribute above inside the class body
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    text: str = ""  # English sentence, filled in by the rule that raised it

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def message(self) -> str:
        where = f"{self.field}: " if self.field else ""
        return f"{where}{self.text or self.code}"


@dataclass(frozen=True)
class Report:
    issues: tuple[Issue, ...] = ()

    @classmethod
    def of(cls, issues: Iterable[Issue]) -> Report:
        return cls(tuple(issues))

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.is_error)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if not i.is_error)

    @property
    def is_valid(self) -> bool:
        return not self.errors
