"""The editors whose unsaved input is kept through auto-lock (``store.drafts``), named in both
languages for the offer after unlock and for the audit log. Pure data: no Qt, no I/O."""

from __future__ import annotations

from filing_desk.domain.enums import LabelledEnum


class DraftKind(LabelledEnum):
    """An editor a draft was kept from; the value is the stored ``ui_draft.kind``."""

    FILING = ("wizard.filing", "备案向导", "the filing wizard")
    MODIFICATION = ("wizard.modification", "登记变更向导", "the change wizard")
    CANCELLATION = ("wizard.cancellation", "终止服务向导", "the termination wizard")
    NEW_ENTITY = ("new_entity", "新建主体", "a new entity")
    NEW_ALGORITHM = ("new_algorithm", "新建算法", "a new algorithm")
    CAC_ANSWER = ("cac_answer", "记录网信部门答复", "the CAC's answer")
    SECURITY_ASSESSMENT = ("security_assessment", "安全评估", "a security assessment")
    SERVICE_WIZARD = (
        "service_wizard",
        "生成式人工智能服务向导",
        "the generative-AI service wizard",
    )
