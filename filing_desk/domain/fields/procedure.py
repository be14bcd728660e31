"""A filing, modification or cancellation of one algorithm, each field declared once.

No Qt, no I/O, no behaviour (see ``fields.declare``). ``Change`` is one changed filed field; the
snapshot holds the filed fields as submitted (the basis of later change detection).
"""

# ruff: noqa: RUF009  (declare() returns a dataclasses.field, as field() would)

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from filing_desk.domain.enums import ProcedureKind, ProcedureState
from filing_desk.domain.fields.declare import declare


@dataclass(frozen=True)
class Change:
    """One changed filed field: the basis of a modification (变更)."""

    field: str  # dotted key, e.g. "algorithm.main_use" or "product[3].name"
    old: str
    new: str


@dataclass(frozen=True)
class Procedure:
    """A filing, modification or cancellation of one algorithm."""

    id: int | None = None
    algorithm_id: int | None = None
    kind: ProcedureKind = declare(
        ProcedureKind.FILING,
        label=("事项", "Kind"),
        help=("备案、变更或注销。", "Filing, modification or cancellation."),
    )
    state: ProcedureState = declare(
        ProcedureState.EDITING,
        label=("办理状态", "State"),
        help=("填报中、待提交、已提交、退回补正或已办结。", "Where the procedure stands."),
        edited=False,
    )
    trigger_date: date | None = declare(  # go-live, change or termination date
        None,
        label=("起算日期", "Trigger date"),
        help=(
            "上线、变更或终止服务之日：期限自此起算。",
            "Go-live, change or termination: the clock starts here.",
        ),
    )
    due_date: date | None = declare(
        None,
        label=("截止日期", "Due date"),
        help=("按工作日计算的办理期限。", "The deadline, counted in working days."),
        edited=False,
    )
    due_provisional: bool = declare(
        False,
        label=("截止日期为暂定", "Due date provisional"),
        help=(
            "该年官方工作日历未知时为暂定。",
            "Provisional while the year's official calendar is unknown.",
        ),
        edited=False,
    )
    submitted_date: date | None = declare(
        None,
        label=("提交日期", "Submitted"),
        help=("在备案系统中提交之日。", "The day it was submitted in the filing system."),
    )
    decision_expected: date | None = declare(  # art. 25: 30 working days after submission
        None,
        label=("预计审核决定", "Decision expected by"),
        help=("提交后三十个工作日。", "Thirty working days after submission."),
        edited=False,
    )
    decision_date: date | None = declare(
        None,
        label=("决定日期", "Decision date"),
        help=("网信部门作出决定之日。", "The day the CAC decided."),
    )
    filing_number: str = declare(
        "",
        label=("备案编号", "Filing number"),
        help=("准予备案后取得的编号。", "The number the filing was granted under."),
    )
    reason: str = declare(  # change reason, or termination reason
        "",
        label=("原因", "Reason"),
        help=("变更或注销的原因。", "Why the algorithm changed or ended."),
        long=True,
    )
    followup: str = declare(  # cancellation: how follow-up work is handled (妥善安排)
        "",
        label=("善后安排", "Follow-up"),
        help=(
            "注销后的用户告知、数据处理与日志留存。",
            "How users are told, data handled and logs kept.",
        ),
        long=True,
    )
    return_reason: str = declare(  # 补正 reason from the CAC
        "",
        label=("退回原因", "Return reason"),
        help=("网信部门退回补正的理由。", "Why the CAC returned it for correction."),
        long=True,
    )
    changes: tuple[Change, ...] = declare(
        (),
        label=("变更内容", "Changes"),
        help=("备案字段的变更：原值与新值。", "Each changed filed field, old and new."),
        edited=False,
    )
    snapshot: dict[str, str] = declare(  # the filed fields as submitted
        label=("提交时内容", "Snapshot"),
        help=("提交时的备案字段。", "The filed fields as submitted."),
        factory=dict,
        edited=False,
    )
    draft: dict[str, str] = declare(  # wizard answers not yet applied
        label=("草稿内容", "Draft"),
        help=("向导中尚未应用的填写内容。", "Wizard answers not applied yet."),
        factory=dict,
        edited=False,
    )
    created_at: datetime | None = declare(
        None,
        label=("创建时间", "Created"),
        help=("登记本事项的时间。", "When the procedure was opened."),
        edited=False,
    )
