"""One assessment as a printed document reads it: the library, the subject, each applicable item
with its answer and evidence files, in tree order, and the counts.

Pure: no I/O, no Qt, no ReportLab. ``forms.checklist_context`` builds a sheet from the register;
``FormContext.assessments`` carries it to the form specs' checklist sections. It must not judge
answers (``domain.assessments`` does) nor format them for a page (``forms.checklist_content``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.assessments import Answer, Assessment, Progress, progress
from filing_desk.domain.checklists import Item, Library, Subject


@dataclass(frozen=True)
class EvidenceFile:
    """An attachment given as evidence for an item (its current version)."""

    item_id: str
    attachment_id: int
    filename: str
    sha256: str
    version: int
    added: date
    verified: bool = True  # the content still matches the SHA-256 recorded when it was added


@dataclass(frozen=True)
class Line:
    """An applicable item with its answer (unassessed when none) and its evidence files."""

    item: Item
    answer: Answer
    evidence: tuple[EvidenceFile, ...]
    depth: int  # 0 for the section's root item and its children, 1 for theirs…


@dataclass(frozen=True)
class AssessmentSheet:
    """An assessment with what printing it needs; ``library`` is the shipped version."""

    assessment: Assessment
    library: Library
    subject: Subject
    subject_name: str
    evidence: tuple[EvidenceFile, ...] = ()

    @property
    def library_id(self) -> str:
        return self.assessment.library_id

    @property
    def subject_kind(self) -> str:
        return self.assessment.subject_kind

    @property
    def outdated(self) -> bool:
        """The assessment was made against an older version than the library shipped now."""
        return self.assessment.library_version != self.library.version

    def progress(self) -> Progress:
        return progress(self.assessment, self.library, self.subject)

    @property
    def complete(self) -> bool:
        """Every applicable item answered, none waiting for review, on the current version."""
        return self.progress().complete and not self.outdated

    @property
    def as_of(self) -> date | None:
        """The newest effective date of an answer, else the day the assessment was started."""
        days = [a.effective for a in self.assessment.answers.values() if a.effective is not None]
        if days:
            return max(days)
        created = self.assessment.created
        return created.date() if created is not None else None

    def lines(self, root: str | None = None) -> tuple[Line, ...]:
        """The applicable items under ``root`` (all when None), in tree order; ``root`` itself
        is included unless it is a heading (the section's title stands for it)."""
        lines = []
        for item in self.library.applicable(self.subject):
            depth = self._depth_under(item, root)
            if depth is None or (item.id == root and item.heading):
                continue
            files = tuple(f for f in self.evidence if f.item_id == item.id)
            lines.append(Line(item, self.assessment.get(item.id), files, depth))
        return tuple(lines)

    def files(self, root: str | None = None) -> tuple[EvidenceFile, ...]:
        """The evidence files of the items under ``root``, each file once, in item order."""
        seen: dict[int, EvidenceFile] = {}
        for line in self.lines(root):
            for f in line.evidence:
                seen.setdefault(f.attachment_id, f)
        return tuple(seen.values())

    def _depth_under(self, item: Item, root: str | None) -> int | None:
        """How deep ``item`` sits under ``root`` (None: not in its subtree)."""
        depth = self.library.depth(item)
        if root is None:
            return depth
        if item.id == root:
            return 0
        if root in self.library.ancestors(item):
            return depth - self.library.depth(self.library.item(root)) - 1
        return None
