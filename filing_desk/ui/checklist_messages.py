"""The sentences of checklist codes: ``assessment.*`` errors (domain.assessments,
store.assessments, store.assessment_evidence) and the ``materials.checklist*`` issues of the
readiness gates (domain.checklist_materials), in the ``messages`` translation context.

Part of the one table in ``ui/messages.py`` (which merges it into ``SENTENCES``), kept apart only
to keep that module small. Data only: no lookup, no formatting, no Qt beyond marking the texts.
"""

from __future__ import annotations

from filing_desk.ui.i18n import QT_TRANSLATE_NOOP

CHECKLIST_SENTENCES: dict[str, str] = {
    # materials a checklist assessment stands for (domain.checklist_materials)
    "materials.checklist": QT_TRANSLATE_NOOP(
        "messages",
        "{label}: the {library} checklist of this {subject} is not complete ({answered} of "
        "{total} items answered); answer every item.",
    ),
    "materials.checklist_or_file": QT_TRANSLATE_NOOP(
        "messages",
        "{label}: attach the document, or complete the {library} checklist of the {subject} "
        "({answered} of {total} items answered).",
    ),
    "materials.checklist_outdated": QT_TRANSLATE_NOOP(
        "messages",
        "{label}: the {library} checklist's answers predate the change of {since}; answer its "
        "items again.",
    ),
    # checklist assessments (domain.assessments, store.assessments)
    "assessment.invalid": QT_TRANSLATE_NOOP("messages", "The checklist answer is not valid."),
    "assessment.not_found": QT_TRANSLATE_NOOP("messages", "The assessment no longer exists."),
    "assessment.subject_kind": QT_TRANSLATE_NOOP(
        "messages", "A {kind} cannot be assessed in this register yet."
    ),
    "assessment.subject_not_covered": QT_TRANSLATE_NOOP(
        "messages", "The {library} checklist does not apply to a {kind}."
    ),
    "assessment.exists": QT_TRANSLATE_NOOP(
        "messages", "This {kind} already has an assessment against the {library} checklist."
    ),
    "assessment.result": QT_TRANSLATE_NOOP("messages", "{result} is not a checklist result."),
    "assessment.unknown_item": QT_TRANSLATE_NOOP(
        "messages", "The {library} checklist has no item {item} that takes a result."
    ),
    "assessment.heading": QT_TRANSLATE_NOOP(
        "messages", "{item} is a heading: answer the items under it."
    ),
    "assessment.not_applicable_item": QT_TRANSLATE_NOOP(
        "messages", "Item {item} does not apply to this subject."
    ),
    "assessment.note_required": QT_TRANSLATE_NOOP(
        "messages", "Item {item}: say in the note why it does not apply."
    ),
    "assessment.figure_invalid": QT_TRANSLATE_NOOP(
        "messages", "Item {item}: the figure must be a number."
    ),
    "assessment.figure_not_numeric": QT_TRANSLATE_NOOP(
        "messages", "Item {item} has no threshold, so it takes no figure."
    ),
    "assessment.figure_required": QT_TRANSLATE_NOOP(
        "messages", "Item {item} is numeric: enter the figure ({threshold}) to mark it conforming."
    ),
    "assessment.figure_outside_threshold": QT_TRANSLATE_NOOP(
        "messages",
        "Item {item}: the figure {figure} does not meet the threshold {threshold}, so it cannot "
        "be marked conforming.",
    ),
    "assessment.library_version": QT_TRANSLATE_NOOP(
        "messages",
        "The assessment is against version {version} of the {library} checklist: carry its "
        "answers over to the current version first.",
    ),
    "assessment.upgrade_library": QT_TRANSLATE_NOOP(
        "messages", "The assessment cannot move to the {library} checklist: it is another one."
    ),
    "assessment.upgrade_version": QT_TRANSLATE_NOOP(
        "messages", "Version {version} of the {library} checklist is not newer than the one used."
    ),
    "assessment.no_answer": QT_TRANSLATE_NOOP("messages", "Item {item} has no answer yet."),
    "assessment.evidence_owner": QT_TRANSLATE_NOOP(
        "messages", "Attachment {attachment} belongs to another record: attach the file here."
    ),
    "assessment.evidence_not_linked": QT_TRANSLATE_NOOP(
        "messages", "Attachment {attachment} is not evidence for item {item}."
    ),
}
