"""The sentences of the 备案 annex findings (``domain.genai_annexes``, ``genai_annex_findings``), in
the ``messages`` context: annexes missing, counts short of GB/T 45654-2025 §8, lists overdue.

Merged into ``ui/genai_messages.GENAI_SENTENCES`` and so into ``ui/messages.SENTENCES``. Data
only: no lookup, no formatting, no Qt beyond marking the texts.
"""

from __future__ import annotations

from filing_desk.ui.i18n import QT_TRANSLATE_NOOP

ANNEX_SENTENCES: dict[str, str] = {
    "genai_annex.missing_assessment": QT_TRANSLATE_NOOP(
        "messages", "Attach annex 1, the security assessment report."
    ),
    "genai_annex.assessment_incomplete": QT_TRANSLATE_NOOP(
        "messages",
        "The GB/T 45654-2025 assessment standing as annex 1 is not complete: {answered} of "
        "{total} applicable items are answered (every one must be, none waiting for review, on "
        "the checklist's current version).",
    ),
    "genai_annex.missing_agreement": QT_TRANSLATE_NOOP(
        "messages", "Attach annex 2, the model service agreement."
    ),
    "genai_annex.missing_annotation_rules": QT_TRANSLATE_NOOP(
        "messages", "Attach annex 3, the corpus annotation rules."
    ),
    "genai_annex.missing_keyword_list": QT_TRANSLATE_NOOP(
        "messages", "Attach annex 4, the blocked-keyword list (xlsx)."
    ),
    "genai_annex.missing_test_questions": QT_TRANSLATE_NOOP(
        "messages", "Attach annex 5, the test question bank (xlsx)."
    ),
    "genai_annex.missing_test_account": QT_TRANSLATE_NOOP(
        "messages", "Attach the test account the regulator will use."
    ),
    "genai_annex.keywords_short": QT_TRANSLATE_NOOP(
        "messages",
        "The keyword list holds {count} distinct keywords; at least {minimum} are expected.",
    ),
    "genai_annex.keywords_uncategorised": QT_TRANSLATE_NOOP(
        "messages",
        "The keyword list has no risk-category column, so its coverage of each risk cannot be "
        "counted.",
    ),
    "genai_annex.keywords_category_short": QT_TRANSLATE_NOOP(
        "messages",
        "Risk category {category} has {count} keywords; at least {minimum} are expected.",
    ),
    "genai_annex.questions_short": QT_TRANSLATE_NOOP(
        "messages",
        "The generated-content test bank holds {count} questions; at least {minimum} are expected.",
    ),
    "genai_annex.should_refuse_short": QT_TRANSLATE_NOOP(
        "messages",
        "The should-refuse bank holds {count} questions; at least {minimum} are expected.",
    ),
    "genai_annex.non_refusal_short": QT_TRANSLATE_NOOP(
        "messages",
        "The non-refusal bank holds {count} questions; at least {minimum} are expected.",
    ),
    "genai_annex.questions_category_short": QT_TRANSLATE_NOOP(
        "messages",
        "Risk category {category} has {count} generated-content test questions; at least "
        "{minimum} are reported as expected.",
    ),
    "genai_annex.keywords_stale": QT_TRANSLATE_NOOP(
        "messages",
        "The latest keyword list dates from {since} ({days} days ago); practice is to renew it "
        "every {cadence} days.",
    ),
    "genai_annex.questions_stale": QT_TRANSLATE_NOOP(
        "messages",
        "The latest test question bank dates from {since} ({days} days ago); practice is to "
        "renew it every {cadence} days.",
    ),
    "genai_annex.unreadable": QT_TRANSLATE_NOOP(
        "messages", "The attached file cannot be counted: {reason}"
    ),
    "genai_annex.cadence": QT_TRANSLATE_NOOP(
        "messages", "{days} is not a number of days from 1 to {maximum}."
    ),
}
