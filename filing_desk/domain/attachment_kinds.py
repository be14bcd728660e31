"""The kind of material a file probably is, guessed from its name (营业执照.pdf → business
licence), so the user picks the file first and only confirms or corrects the kind.

Pure: it reads the name it is given, never the file. The guess is only a proposal; the caller
shows it and the user decides (and can change it later).
"""

from __future__ import annotations

import unicodedata

from filing_desk.domain.enums import AttachmentKind

# The words a file name holds, by kind, most specific first: the first kind with a word in the
# name wins (承诺书 before 自评估, since a commitment letter may mention the self-assessment).
HINTS: tuple[tuple[AttachmentKind, tuple[str, ...]], ...] = (
    # a generative-AI service's annexes (附件4-拦截关键词列表.xlsx and the like)
    (AttachmentKind.KEYWORD_LIST, ("关键词", "keyword")),
    (AttachmentKind.TEST_QUESTIONS, ("测试题", "题集", "test question", "question bank")),
    (AttachmentKind.SERVICE_AGREEMENT, ("服务协议", "service agreement")),
    (AttachmentKind.ANNOTATION_RULES, ("标注规则", "annotation")),
    (AttachmentKind.TEST_ACCOUNT, ("测试账号", "test account")),
    (AttachmentKind.COMMITMENT_LETTER, ("承诺书", "承诺函", "commitment", "undertaking")),
    (
        AttachmentKind.RESPONSIBILITY_STATEMENT,
        ("主体责任", "落实算法安全", "responsibility"),
    ),
    (
        AttachmentKind.SELF_ASSESSMENT,
        ("自评估", "自我评估", "安全评估", "self-assessment", "self_assessment", "selfassessment"),
    ),
    (AttachmentKind.PUBLIC_DISCLOSURE, ("拟公示", "公示内容", "disclosure")),
    (AttachmentKind.LABELLING, ("标识", "labelling", "labeling", "watermark")),
    (AttachmentKind.BUSINESS_LICENCE, ("营业执照", "business licence", "business license")),
    (
        AttachmentKind.ID_COPY,
        ("身份证", "护照", "通行证", "id card", "id-card", "id_card", "passport", "id copy"),
    ),
    (AttachmentKind.CAC_NOTICE, ("网信", "通知书", "cac notice", "cac_notice")),
    (AttachmentKind.SCREENSHOT, ("截图", "截屏", "screenshot", "screen shot")),
)


def guess_kind(filename: str) -> AttachmentKind:
    """The kind the name suggests; ``OTHER`` when it suggests none."""
    name = unicodedata.normalize("NFKC", filename).casefold().replace("_", " ")
    for kind, words in HINTS:
        if any(word.replace("_", " ") in name for word in words):
            return kind
    return AttachmentKind.OTHER
