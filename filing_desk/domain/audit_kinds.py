"""What each kind of audit event says, in Chinese and English, and the words for the keys its
before/after values hold that no record declares. Pure data: no Qt, no I/O.

``KINDS`` has one entry per action the store writes (``store/*.py`` ``audit(...)`` calls; a test
reads the sources and fails on an action without an entry). ``{obj}`` is the record the event is
about, named as ``audit_text`` names it; the *tail* says what the event's values add: ``changes``
(each changed field, old → new), ``after`` / ``before`` (the values recorded) or nothing.
``KEYS`` words the values of events about things without declared fields (attachments, security
and checklist assessments, imports, settings); declared fields are worded by their declaration.
"""

from __future__ import annotations

from typing import NamedTuple

from filing_desk.domain.assessments import Result
from filing_desk.domain.drafts import DraftKind
from filing_desk.domain.enums import AttachmentKind, LabelledEnum, OwnerType
from filing_desk.domain.genai_changes import Rerun
from filing_desk.domain.genai_states import ServiceStep
from filing_desk.domain.security_assessment import AssessorKind, Authority, SubjectKind, Trigger
from filing_desk.domain.security_attributes import PerSeCategory


class Kind(NamedTuple):
    zh: str
    en: str
    tail: str = "changes"  # changes | after | before | none
    hide: frozenset[str] = frozenset()  # keys the sentence already says (the new state…)


_STATE = frozenset({"state"})
_PROC = frozenset({"state", "changes", "kind"})


def _k(zh: str, en: str, tail: str = "changes", hide: frozenset[str] = frozenset()) -> Kind:
    return Kind(zh, en, tail, hide)


KINDS: dict[str, Kind] = {
    "entity.create": _k("新建{obj}", "Created {obj}", "none"),
    "entity.update": _k("修改{obj}", "Edited {obj}"),
    "entity.submit": _k(
        "记录{obj}的主体备案已提交审核", "Recorded {obj} as submitted", "after", _STATE
    ),
    "entity.approve": _k(
        "记录{obj}的主体备案审核通过", "Recorded {obj} as approved", "after", _STATE
    ),
    "entity.return": _k("记录{obj}的主体备案被退回", "Recorded {obj} as returned", "after", _STATE),
    "algorithm.create": _k("新建{obj}", "Created {obj}", "none"),
    "algorithm.update": _k("修改{obj}", "Edited {obj}"),
    "algorithm.revoke": _k(
        "记录网信部门撤销{obj}的备案",
        "Recorded that the CAC revoked the filing of {obj}",
        "after",
        _STATE,
    ),
    "algorithm.cancel_by_cac": _k(
        "记录网信部门注销{obj}的备案",
        "Recorded that the CAC cancelled the filing of {obj}",
        "after",
        _STATE,
    ),
    "model.create": _k("新建{obj}", "Created {obj}", "none"),
    "model.update": _k("修改{obj}", "Edited {obj}"),
    "product.create": _k("新建{obj}", "Created {obj}", "none"),
    "product.update": _k("修改{obj}", "Edited {obj}"),
    "product.delete": _k("删除{obj}", "Removed {obj}", "none"),
    "product.opinion": _k("修改{obj}的舆论属性判断", "Changed the public-opinion finding of {obj}"),
    "product.scale": _k("记录{obj}的用户规模", "Recorded the user numbers of {obj}", "after"),
    "product.scale_removed": _k(
        "删除{obj}的用户规模记录", "Removed user numbers of {obj}", "before"
    ),
    "product_link.create": _k("建立{obj}", "Created {obj}", "none"),
    "product_link.update": _k("修改{obj}", "Edited {obj}"),
    "product_link.withdraw": _k("记录{obj}已终止", "Recorded {obj} as ended"),
    "product_link.delete": _k("删除{obj}", "Removed {obj}", "none"),
    "procedure.open": _k("开启{obj}", "Opened {obj}", "after", _PROC | {"reason", "return_reason"}),
    "procedure.update": _k("修改{obj}", "Edited {obj}"),
    "procedure.redate": _k("更正{obj}的日期", "Corrected the dates of {obj}", hide=_PROC),
    "procedure.draft": _k("保存{obj}的填报草稿", "Saved a draft of {obj}", "none"),
    "procedure.override": _k(
        "确认{obj}缺少材料仍可提交", "Overrode missing materials of {obj}", "after"
    ),
    "procedure.import": _k("导入{obj}的记录", "Imported the record of {obj}", "none"),
    "procedure.baseline_completed": _k(
        "补全{obj}的导入记录（公示名单未载明的已备案信息，不属于变更）",
        "Completed the imported record of {obj} with filed details the CAC list did not show "
        "(not a change)",
        "after",
        frozenset({"kind"}),
    ),
    "procedure.completion_undone": _k(
        "撤回对{obj}导入记录的补全（不属于变更）",
        "Took back a completion of the imported record of {obj} (not a change)",
        "after",
        frozenset({"kind"}),
    ),
    "procedure.mark_ready": _k("将{obj}标记为待提交", "Marked {obj} ready to submit", hide=_PROC),
    "procedure.approved": _k(
        "复核人审核同意{obj}（四眼原则）", "A reviewer approved {obj} (four eyes)", "none"
    ),
    "procedure.reopen": _k("重新编辑{obj}", "Reopened {obj} for editing", hide=_PROC),
    "procedure.submit": _k("记录{obj}已提交网信部门", "Recorded {obj} as submitted", hide=_PROC),
    "procedure.accept": _k("记录{obj}审核通过", "Recorded {obj} as accepted", hide=_PROC),
    "procedure.return": _k("记录{obj}被退回补正", "Recorded {obj} as returned", hide=_PROC),
    "procedure.fix": _k("开始补正{obj}", "Started correcting {obj}", hide=_PROC),
    "procedure.withdraw": _k("撤回{obj}", "Withdrew {obj}", hide=_PROC),
    "procedure.discard": _k(
        "作废误开的{obj}", "Discarded {obj}, opened by mistake", hide=_PROC | {"discarded"}
    ),
    "import.rows": _k("从表格导入", "Imported from a sheet", "after"),
    "import.snapshot": _k("从备份文件导入整本台账", "Imported a whole register", "after"),
    "attachment.add": _k(
        "添加{obj}", "Added {obj}", "after", frozenset({"owner_type", "owner_id"})
    ),
    "attachment.replace": _k("替换{obj}", "Replaced {obj}"),
    "attachment.update": _k("修改{obj}", "Edited {obj}"),
    "attachment.remove": _k(
        "移除{obj}（文件仍保留在历史中）", "Removed {obj} (the file kept in history)", "none"
    ),
    "attachment.delete": _k(
        "永久删除已移除的{obj}",
        "Purged {obj}, removed earlier",
        "before",
        frozenset({"owner_type", "owner_id"}),
    ),
    "calendar.set": _k("录入工作日历", "Entered working days", "after"),
    "calendar.remove": _k("删除工作日历", "Removed working days", "before"),
    "setting.set": _k("修改设置", "Changed settings"),
    "register.passphrase_changed": _k("更换台账口令", "Changed the register's passphrase", "none"),
    "register.rekeyed": _k(
        "更换台账数据密钥（新的恢复密钥）", "Re-keyed the register (a new recovery key)", "none"
    ),
    "security.create": _k("新建{obj}", "Started {obj}", "none"),
    "security.update": _k("修改{obj}", "Edited {obj}"),
    "security.submit": _k("记录{obj}已报送", "Recorded {obj} as filed", "after"),
    "security.unsubmit": _k("删除{obj}的报送记录", "Removed a filing of {obj}", "before"),
    "security.delete": _k("删除{obj}", "Removed {obj}", "none"),
    "service.create": _k("新建{obj}", "Created {obj}", "none"),
    "service.update": _k("修改{obj}", "Edited {obj}"),
    "service.delete": _k("删除{obj}", "Removed {obj}", "none"),
    "service.step": _k("记录{obj}的备案/登记进展", "Recorded a step of {obj}", "after", _STATE),
    "service.change": _k("记录{obj}的重大变更", "Recorded a material change of {obj}", "after"),
    "service.change_answer": _k(
        "答复{obj}的重大变更是否须重新办理",
        "Answered whether a change of {obj} needs a new filing or registration",
        "after",
    ),
    "service.display": _k(
        "修改{obj}在产品中的模型名称与编号展示",
        "Changed how a product of {obj} shows the model name and number",
    ),
    "assessment.start": _k("开始{obj}", "Started {obj}", "none"),
    "assessment.answer": _k("填写{obj}的检查项", "Answered an item of {obj}"),
    "assessment.review": _k("复核{obj}的检查项", "Reviewed an item of {obj}", "before"),
    "assessment.upgrade": _k("升级{obj}的检查表版本", "Upgraded the checklist of {obj}"),
    "assessment.evidence": _k("为{obj}添加证据", "Added evidence to {obj}", "after"),
    "assessment.evidence_removed": _k("移除{obj}的证据", "Removed evidence from {obj}", "before"),
    "cac_list.import": _k("导入{obj}", "Imported {obj}", "after", frozenset({"entities"})),
    "cac_list.reimport": _k("再次导入{obj}", "Imported {obj} again"),
    "draft.saved": _k(
        "台账锁定时保留了未保存的输入", "Kept unsaved input when the register locked", "after"
    ),
    "draft.restored": _k("继续编辑锁定时保留的输入", "Continued the input kept at lock", "before"),
    "draft.discarded": _k("丢弃锁定时保留的输入", "Discarded the input kept at lock", "before"),
}


class Key(NamedTuple):
    """Words for a value key no record declares, and how its value reads."""

    zh: str
    en: str
    enum: type[LabelledEnum] | None = None
    ref: str = ""  # the value names a record of this type by id
    date: bool = False


KEYS: dict[str, Key] = {
    "entity_id": Key("主体", "Entity", ref="entity"),
    "algorithm_id": Key("算法", "Algorithm", ref="algorithm"),
    "product_id": Key("产品", "Product", ref="product"),
    "model_ids": Key("算法模型", "Models", ref="model"),
    "merged_into": Key("并入产品", "Merged into", ref="product"),
    "checklist_id": Key("检查表评估", "Checklist assessment", ref="assessment"),
    "attachment": Key("证据附件", "Evidence file", ref="attachment"),
    "decided": Key("决定日期", "Decided", date=True),
    "reason": Key("理由", "Reason"),
    "completed": Key("补全的字段", "Fields completed"),
    "filename": Key("文件名", "File name"),
    "kind": Key("材料类型", "Kind", AttachmentKind),
    "version": Key("版本", "Version"),
    "size": Key("大小（字节）", "Size (bytes)"),
    "sha256": Key("SHA-256 摘要", "SHA-256"),
    "owner_type": Key("所属记录类型", "Belongs to", OwnerType),
    "owner_id": Key("所属记录", "Record"),
    "materials": Key("缺少的材料", "Missing materials", AttachmentKind),
    "categories": Key("舆论属性类别", "Public-opinion categories", PerSeCategory),
    "override": Key("人工判断", "Override"),
    "override_reason": Key("判断理由", "Override reason"),
    "as_of": Key("统计日期", "As of", date=True),
    "monthly_active": Key("月活跃用户数", "Monthly active users"),
    "registered": Key("注册用户数", "Registered users"),
    "subject": Key("评估对象类型", "Subject type", SubjectKind),
    "subject_kind": Key("评估对象类型", "Subject type", SubjectKind),
    "subject_id": Key("评估对象", "Subject"),
    "assessor": Key("评估方式", "Assessed by", AssessorKind),
    "assessor_name": Key("评估机构", "Assessor"),
    "trigger": Key("评估情形", "Occasion", Trigger),
    "trigger_date": Key("情形日期", "Date of the occasion", date=True),
    "notice_reference": Key("书面通知文号", "Notice reference"),
    "functions": Key("功能与服务范围", "Functions and scope"),
    "hardware_software": Key("软硬件设施", "Hardware and software"),
    "deployment": Key("部署地点", "Deployment"),
    "licences": Key("相关许可", "Licences"),
    "measures": Key("安全管理与技术措施", "Measures"),
    "conclusion": Key("评估结论", "Conclusion"),
    "other_matters": Key("其他事项", "Other matters"),
    "authority": Key("报送机关", "Filed with", Authority),
    "submitted": Key("报送日期", "Filed on", date=True),
    "reference": Key("报送编号", "Reference"),
    "feedback": Key("反馈意见", "Feedback"),
    "feedback_date": Key("反馈日期", "Feedback date", date=True),
    "rectification": Key("整改情况", "Rectification"),
    "library": Key("检查表", "Checklist"),
    "item": Key("检查项", "Item"),
    "result": Key("结论", "Result", Result),
    "note": Key("说明", "Note"),
    "product_ids": Key("产品", "Products", ref="product"),
    "algorithm_ids": Key("生成合成类算法", "Algorithms", ref="algorithm"),
    "returned_reasons": Key("退回理由", "Reasons for the return"),
    "step": Key("进展", "Step", ServiceStep),
    "on": Key("日期", "On", date=True),
    "reasons": Key("退回理由", "Reasons for the return"),
    "change_id": Key("重大变更", "Material change"),
    "findings": Key("变更内容", "Findings"),
    "rerun": Key("是否重新办理", "Run again", Rerun),
    "shows_number": Key("已展示模型名称与编号", "Shows the model name and number"),
    "shown_since": Key("展示起始日期", "Shown since", date=True),
    "where_shown": Key("展示位置", "Where shown"),
    "screenshot_id": Key("展示截图", "Screenshot", ref="attachment"),
    "figure": Key("数值", "Figure"),
    "owner": Key("负责人", "Owner"),
    "effective": Key("生效日期", "Effective", date=True),
    "next_review": Key("下次复核", "Next review", date=True),
    "to_review": Key("待复核", "To review"),
    "dropped": Key("删除的检查项", "Items dropped"),
    "kept": Key("保留的检查项", "Items kept"),
    "changed": Key("修改的检查项", "Items changed"),
    "added": Key("新增的检查项", "Items added"),
    "evidence": Key("证据", "Evidence"),
    "editor": Key("编辑窗口", "Editor", DraftKind),
    "procedure_id": Key("办理事项", "Procedure", ref="procedure"),
    "discard_reason": Key("作废理由", "Why discarded"),
    "discarded": Key("作废方式", "Discarded by"),
    "years": Key("年份", "Years"),
    "year": Key("年份", "Year"),
    "days": Key("天数", "Days"),
    "entities_created": Key("新建主体", "Entities created"),
    "created": Key("新建算法", "Algorithms created"),
    "updated": Key("更新算法", "Algorithms updated"),
    "skipped": Key("跳过", "Skipped"),
    "names_kept": Key("保留的名称", "Names kept"),
    "entities": Key("主体", "Entities"),
    "algorithms": Key("算法", "Algorithms"),
    "products": Key("产品", "Products"),
    "product_links": Key("产品关联", "Product links"),
    "models": Key("模型", "Models"),
    "procedures": Key("办理事项", "Procedures"),
    "title": Key("标题", "Title"),
    "batch": Key("批次", "Batch"),
    "published": Key("发布日期", "Published", date=True),
    "published_estimated": Key("发布日期为估计", "Publication date estimated"),
    "rows": Key("行数", "Rows"),
    "backup.keep": Key("自动备份保留份数", "Automatic backups kept"),
    "deadlines.conservative": Key("保守计算期限", "Conservative deadlines"),
    "security.growth_percent": Key("用户增长阈值（%）", "User growth threshold (%)"),
    "security.growth_count": Key("用户增长阈值（人数）", "User growth threshold (users)"),
}

# Counsel's privileged analysis (README › forms: it prints on the triage memo alone): left out of
# a report about one record that may be shown to the CAC (``audit_text.shareable``).
PRIVILEGED_FIELDS = frozenset(
    {
        "algorithm.triage",
        "algorithm.triage_reason",
        "algorithm.public_opinion",
        "algorithm.mobilisation",
        "product.override",
        "product.override_reason",
    }
)
PRIVILEGED_ACTIONS = frozenset({"procedure.override"})
