"""A service's annexes as readiness findings: which are missing for its track, which keyword list
or test bank is older than its update cadence, and (given a counter) which falls short.

* ``Cadences`` — how often the keyword list and the test bank should be renewed: weekly and
  monthly as practitioners report it (Part B §3.4, labelled practice), adjustable in the
  register's settings (``CADENCE_SETTINGS``; ``cadences_from_settings`` reads them).
* ``freshness`` — the reminders, from the dates of the latest versions.
* ``annex_findings`` — what ``Register.service_readiness`` adds to the track's issues.

Which annexes a track asks for (our reading of Part B §3.2, practice, not law): 备案 (filing) —
all five annexes and the test account. 登记 (registration) — the lighter set: the security
assessment, the service agreement, the keyword list and the test account; no annotation rules
(the service trains nothing) and no test bank of its own (the called model's filing was tested),
though one that is attached is still counted and kept fresh. Every finding is a WARNING. Annex 1
is not asked for where the service has a GB/T 45654-2025 assessment (``genai_annex_one``): that
assessment stands as the report, with a warning while it is not complete.

Pure: no Qt, no I/O. Reading an attachment's bytes and counting them are the caller's
(``contents_reader``, ``counter``: ``transfer.annex_count.count_annex`` fits).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import AttachmentKind, ModelTrack, OwnerType, Severity
from filing_desk.domain.errors import DomainError, InvalidInput
from filing_desk.domain.genai_annex_one import AnnexAssessment, incomplete_issue
from filing_desk.domain.genai_annexes import AnnexCount, annex_issues
from filing_desk.domain.issues import Issue
from filing_desk.domain.local_time import local_date
from filing_desk.domain.records import AttachmentInfo

CITES = ("genai-practice", "cac-genai-notice")

KEYWORD_DAYS_KEY = "genai.keyword_list_days"
TEST_BANK_DAYS_KEY = "genai.test_bank_days"
MAX_CADENCE_DAYS = 366

_K = AttachmentKind
FILING_ANNEXES = (
    _K.GENAI_ASSESSMENT,
    _K.SERVICE_AGREEMENT,
    _K.ANNOTATION_RULES,
    _K.KEYWORD_LIST,
    _K.TEST_QUESTIONS,
    _K.TEST_ACCOUNT,
)
REGISTRATION_ANNEXES = (_K.GENAI_ASSESSMENT, _K.SERVICE_AGREEMENT, _K.KEYWORD_LIST, _K.TEST_ACCOUNT)
COUNTED = (_K.KEYWORD_LIST, _K.TEST_QUESTIONS)

ContentsReader = Callable[[AttachmentInfo], bytes]
AnnexCounter = Callable[[AttachmentKind, Sequence[tuple[str, bytes]]], AnnexCount]


@dataclass(frozen=True)
class Cadences:
    """Days after which the latest keyword list / test bank calls for a new version."""

    keyword_days: int = 7  # practice: weekly
    test_bank_days: int = 30  # practice: monthly

    def issues(self) -> list[Issue]:
        """Each cadence outside 1…366 days, as an error naming its setting."""
        pairs = ((KEYWORD_DAYS_KEY, self.keyword_days), (TEST_BANK_DAYS_KEY, self.test_bank_days))
        return [
            Issue(
                code="genai_annex.cadence",
                field=key,
                params={"days": days, "maximum": MAX_CADENCE_DAYS},
                text=f"{key}: {days} is not a number of days from 1 to {MAX_CADENCE_DAYS}.",
            )
            for key, days in pairs
            if not 1 <= days <= MAX_CADENCE_DAYS
        ]

    def validated(self) -> Cadences:
        """Itself, or ``InvalidInput`` with every cadence out of range."""
        if issues := self.issues():
            raise InvalidInput(issues)
        return self

    def settings(self) -> dict[str, str]:
        """The register settings that hold these cadences."""
        return {
            KEYWORD_DAYS_KEY: str(self.keyword_days),
            TEST_BANK_DAYS_KEY: str(self.test_bank_days),
        }


DEFAULT_CADENCES = Cadences()
CADENCE_SETTINGS = (KEYWORD_DAYS_KEY, TEST_BANK_DAYS_KEY)


def cadences_from_settings(setting: Callable[[str, str], str]) -> Cadences:
    """The cadences read through ``setting(key, default)``; a missing, unreadable or
    out-of-range value keeps its default."""
    values = []
    for key, default in zip(CADENCE_SETTINGS, (7, 30), strict=True):
        try:
            days = int(setting(key, str(default)))
        except ValueError:
            days = default
        values.append(days if 1 <= days <= MAX_CADENCE_DAYS else default)
    return Cadences(values[0], values[1])


def freshness(
    latest_keyword_date: date | None,
    latest_test_bank_date: date | None,
    today: date,
    keyword_days: int = DEFAULT_CADENCES.keyword_days,
    test_bank_days: int = DEFAULT_CADENCES.test_bank_days,
) -> list[Issue]:
    """A reminder for each annex whose latest version is more than its cadence old (exactly a
    week old is still fresh). ``None``: nothing attached, nothing to remind of here."""
    found = (
        _stale(
            "genai_annex.keywords_stale", "keyword list", latest_keyword_date, today, keyword_days
        ),
        _stale(
            "genai_annex.questions_stale",
            "test question bank",
            latest_test_bank_date,
            today,
            test_bank_days,
        ),
    )
    return [issue for issue in found if issue is not None]


def _stale(code: str, what: str, latest: date | None, today: date, cadence: int) -> Issue | None:
    if latest is None or (today - latest).days <= cadence:
        return None
    age = (today - latest).days
    return Issue(
        code=code,
        field="annex.keyword_list" if "keyword" in what else "annex.test_questions",
        severity=Severity.WARNING,
        params={"since": latest.isoformat(), "days": age, "cadence": cadence},
        text=f"The latest {what} dates from {latest} ({age} days ago); practice is to renew it "
        f"every {cadence} days.",
    )


def required_annexes(track: ModelTrack | None) -> tuple[AttachmentKind, ...]:
    """The annexes a track asks for (none when the service needs neither track)."""
    if track is ModelTrack.NOT_REQUIRED:
        return ()
    return REGISTRATION_ANNEXES if track is ModelTrack.REGISTRATION else FILING_ANNEXES


def annex_findings(
    attachments: Iterable[AttachmentInfo],
    contents_reader: ContentsReader,
    today: date,
    cadences: Cadences = DEFAULT_CADENCES,
    *,
    track: ModelTrack | None = None,
    counter: AnnexCounter | None = None,
    assessment: AnnexAssessment | None = None,
) -> list[Issue]:
    """Missing annexes, stale keyword list / test bank and, with a ``counter``, shortfalls.

    ``attachments`` are the service's; superseded versions are skipped. ``contents_reader`` is
    called only when there is a ``counter`` (a file the counter refuses becomes a warning naming
    it). ``track`` ``None`` (not derivable yet) asks for the full 备案 set. ``assessment``: the
    service's GB/T 45654-2025 assessment, which stands as annex 1 (warned of while incomplete).
    """
    current = [a for a in attachments if not a.superseded and a.owner_type is OwnerType.SERVICE]
    by_kind: dict[AttachmentKind, list[AttachmentInfo]] = {}
    for info in current:
        by_kind.setdefault(info.kind, []).append(info)
    wanted, issues = required_annexes(track), []
    if assessment is not None and _K.GENAI_ASSESSMENT in wanted:  # it stands as annex 1
        wanted = tuple(k for k in wanted if k is not _K.GENAI_ASSESSMENT)
        issues += [x for x in (incomplete_issue(assessment),) if x is not None]
    issues += [_missing(kind) for kind in wanted if kind not in by_kind]
    latest = {k: local_date(max(a.added_at for a in by_kind[k])) for k in COUNTED if k in by_kind}
    issues += freshness(
        latest.get(_K.KEYWORD_LIST),
        latest.get(_K.TEST_QUESTIONS),
        today,
        cadences.keyword_days,
        cadences.test_bank_days,
    )
    if counter is not None:
        counts = {}
        for kind in COUNTED:
            if kind in by_kind:
                files = [(a.filename, contents_reader(a)) for a in by_kind[kind]]
                try:
                    counts[kind] = counter(kind, files)
                except DomainError as exc:
                    issues.append(unreadable_issue(kind, exc))
        issues += annex_issues(counts.get(_K.KEYWORD_LIST), counts.get(_K.TEST_QUESTIONS))
    return issues


def unreadable_issue(kind: AttachmentKind, exc: DomainError) -> Issue:
    """A counted annex whose file the counter refused (a warning naming why)."""
    return Issue(
        code="genai_annex.unreadable",
        field=f"annex.{kind.value}",
        severity=Severity.WARNING,
        params={"reason": str(exc)},
        text=f"The attached file cannot be counted: {exc}",
    )


_MISSING_CODE = {
    _K.GENAI_ASSESSMENT: "genai_annex.missing_assessment",
    _K.SERVICE_AGREEMENT: "genai_annex.missing_agreement",
    _K.ANNOTATION_RULES: "genai_annex.missing_annotation_rules",
    _K.KEYWORD_LIST: "genai_annex.missing_keyword_list",
    _K.TEST_QUESTIONS: "genai_annex.missing_test_questions",
    _K.TEST_ACCOUNT: "genai_annex.missing_test_account",
}
_MISSING_TEXT = {
    _K.GENAI_ASSESSMENT: "Attach annex 1, the security assessment report.",
    _K.SERVICE_AGREEMENT: "Attach annex 2, the model service agreement.",
    _K.ANNOTATION_RULES: "Attach annex 3, the corpus annotation rules.",
    _K.KEYWORD_LIST: "Attach annex 4, the blocked-keyword list (xlsx).",
    _K.TEST_QUESTIONS: "Attach annex 5, the test question bank (xlsx).",
    _K.TEST_ACCOUNT: "Attach the test account the regulator will use.",
}


def _missing_code(kind: AttachmentKind) -> str:
    return _MISSING_CODE[kind]


def _missing(kind: AttachmentKind) -> Issue:
    code = _missing_code(kind)
    return Issue(
        code=code,
        field=f"annex.{kind.value}",
        severity=Severity.WARNING,
        text=_MISSING_TEXT[kind],
    )
