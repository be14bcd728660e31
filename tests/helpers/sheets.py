"""Assessment sheets for form tests: shipped libraries answered through ``domain.assessments``
(so every answer passes the real rules), with evidence files that look like attachments.

No register: the store's own tests cover reading assessments back; these feed ``FormContext``.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime
from typing import NamedTuple

from filing_desk.domain import assessments as rules
from filing_desk.domain.assessment_sheet import AssessmentSheet, EvidenceFile
from filing_desk.domain.assessments import Assessment, Result
from filing_desk.domain.checklists import Subject
from filing_desk.domain.records import Algorithm, Entity
from filing_desk.forms import checklist_loader

TODAY = date(2026, 3, 2)
C, N, NA = Result.CONFORMS, Result.NOT_CONFORMING, Result.NOT_APPLICABLE


class Given(NamedTuple):
    result: Result
    note: str = ""
    figure: float | None = None
    files: tuple[str, ...] = ()


def sha(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def sheet(
    library_id: str,
    subject: Subject,
    subject_id: int,
    subject_name: str,
    given: dict[str, Given],
) -> AssessmentSheet:
    """The library answered as ``given`` (other items stay 未评估); file names become evidence."""
    library = checklist_loader.get(library_id)
    assessment = Assessment(
        7, library.id, library.version, subject.kind, subject_id, datetime(2026, 2, 2, 9, 0)
    )
    files: list[EvidenceFile] = []
    for item_id, g in given.items():
        ids = tuple(100 + len(files) + n for n in range(len(g.files)))
        ans = rules.answer(
            library, item_id, g.result, today=TODAY, note=g.note, figure=g.figure, subject=subject
        )
        assessment = assessment.with_answer(replace(ans, evidence=ids))
        files += [
            EvidenceFile(item_id, i, name, sha(name), 1, date(2026, 2, 20))
            for i, name in zip(ids, g.files, strict=True)
        ]
    return AssessmentSheet(assessment, library, subject, subject_name, tuple(files))


def answer_all(library_id: str, subject: Subject, result: Result = C) -> dict[str, Given]:
    """Every applicable requirement answered ``result`` (numeric items with a passing figure)."""
    library = checklist_loader.get(library_id)
    out = {}
    for item in library.applicable(subject):
        if item.heading:
            continue
        t = item.threshold
        value = None if t is None else (t.min if t.min is not None else t.max)
        out[item.id] = Given(result, "已落实。", value)
    return out


LABELLING = {
    "explicit.scope": Given(
        C, "对话、写作与配图功能均属须加显式标识的情形。", None, ("功能清单.xlsx",)
    ),
    "explicit.text": Given(C, "回答末尾附“内容由AI生成”提示。", None, ("对话界面截图.png",)),
    "explicit.image": Given(C, "图片右下角加“AI生成”字样。", None, ("样图.png",)),
    "explicit.image-size": Given(C, "最短边1080像素时字高64像素。", 5.9),
    "explicit.export": Given(N, "复制文本时标识丢失，整改中。"),
    "implicit.metadata": Given(C, "PNG与DOCX元数据写入标识。", None, ("元数据读取结果.txt",)),
    "implicit.fields": Given(C, "含生成合成属性、服务提供者编码、内容编号。"),
    "implicit.watermark": Given(NA, "未采用数字水印。"),
    "users.agreement": Given(C, "用户协议第9条（2026年1月版）。", None, ("用户协议.pdf",)),
    "users.unlabelled-logs": Given(C, "日志保存12个月。", 12),
}

RESPONSIBILITY = {
    "org.unit": Given(C, "设算法安全委员会，由首席技术官牵头。", None, ("机构设立决定.pdf",)),
    "org.officer": Given(C, "王芳任算法安全责任人。", None, ("任命文件.pdf",)),
    "systems.assessment.rules": Given(
        C, "《算法安全自评估管理办法》2025年版。", None, ("自评估制度.pdf",)
    ),
    "systems.incidents.rules": Given(N, "应急预案尚未演练。"),
    "systems.other.mechanism-review": Given(C, "上线前由算法委员会审核。", None, ("审核制度.pdf",)),
    "systems.other.ethics": Given(C, "设科技伦理审查小组。"),
}


def labelling_sheet(algorithm: Algorithm) -> AssessmentSheet:
    """LABELLING's answers to the items that apply to the algorithm's modalities."""
    subject = Subject.of_algorithm(algorithm)
    library = checklist_loader.get("labelling")
    given = {k: g for k, g in LABELLING.items() if library.item(k).applies.matches(subject)}
    return sheet("labelling", subject, algorithm.id or 1, algorithm.name, given)


def responsibility_sheet(entity: Entity) -> AssessmentSheet:
    return sheet(
        "algo-responsibility", Subject("entity"), entity.id or 1, entity.name, RESPONSIBILITY
    )
