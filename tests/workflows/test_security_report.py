"""The art. 6 security assessment report, printed from a real register and read back with pypdf:
its four headings, the subject's data, the trigger and due date, the art. 5 focus areas from the
linked checklist, both submissions; final (no DRAFT) only once written and assessed; printed by
``print --security-assessment ID`` as well."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.domain.security_assessment import Authority, SubjectKind, Trigger
from filing_desk.domain.security_attributes import PerSeCategory
from filing_desk.forms import checklist_loader, loader
from filing_desk.forms.security_content import FORM_ID, SLOTS, blank_labels
from filing_desk.store.register import Register
from filing_desk.store.security_assessments import security_service
from filing_desk.store.security_subjects import SecuritySubjectService
from filing_desk.workflows.security_printing import print_security_report
from tests.helpers.assessments import answer_all, entity_with_algorithms
from tests.helpers.pdfcheck import all_text, unembedded_fonts

HEADINGS = {
    "zh": [
        "一、基本情况",
        "功能与服务范围",
        "软硬件设施",
        "部署地点",
        "许可或备案",
        "二、安全管理制度和技术措施落实情况及效果",
        "三、安全评估结论",
        "四、其他应当说明的情况",
    ],
    "en": [
        "1.Theservice",
        "Functionsandscope",
        "Hardwareandsoftware",
        "Deploymentlocation",
        "Licences",
        "2.Managementandtechnicalmeasuresandtheireffect",
        "3.Conclusion",
        "4.Othermatters",
    ],
}


def test_every_headed_blank_of_the_spec_has_its_text() -> None:
    labels = blank_labels(loader.get(FORM_ID))
    assert sorted(labels) == sorted(SLOTS)


def _assessed(register: Register, *, complete: bool) -> int:
    _, _, push = entity_with_algorithms(register)
    library = checklist_loader.get("sa-rules-focus")
    focus = register.start_assessment(library, "algorithm", push)
    if complete:
        answer_all(register, focus.id, library)
    service = security_service(register)
    made = service.create_security_assessment(
        SubjectKind.ALGORITHM,
        push,
        Trigger.USER_GROWTH,
        date(2026, 11, 2),
        checklist_id=focus.id,
        assessor="third_party",
        assessor_name="华安网络安全评估中心",
        functions="面向公众的资讯推荐，月活约三百万。",
        hardware_software="自建机房服务器120台，推荐系统v5。",
        deployment="北京市海淀区数据中心",
        licences="京ICP证000000号",
        measures="八项重点措施均已落实，抽查有效。",
        conclusion="安全措施有效，风险可控。",
    )
    service.record_submission(made.id, Authority.CAC, date(2026, 11, 20), "GA-CAC-0001")
    service.record_submission(
        made.id,
        Authority.POLICE,
        date(2026, 11, 23),
        "GA-PS-0002",
        rectification="补充日志留存说明",
    )
    return int(made.id or 0)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_report_carries_the_art_6_headings_and_the_subjects_data(
    register: Register, lang: str
) -> None:
    ident = _assessed(register, complete=True)
    pdf = print_security_report(register, ident, lang)
    text = all_text(pdf)
    for heading in HEADINGS[lang]:
        assert heading in text, heading
    for value in (
        "北京示例科技有限公司",  # the entity
        "示例资讯个性化推荐算法",  # the subject
        "应用于资讯信息流场景",  # its main use
        "华安网络安全评估中心",
        "自建机房服务器120台",
        "北京市海淀区数据中心",
        "京ICP证000000号",
        "安全措施有效，风险可控。",
        "GA-CAC-0001",
        "GA-PS-0002",
        "补充日志留存说明",
    ):
        assert value in text, value
    due = "2026年12月14日" if lang == "zh" else "2026-12-14"
    assert due in text  # 30 working days after 2 Nov 2026
    assert ("第三条第（三）项" if lang == "zh" else "art.3(3)") in text
    # the art. 5 focus areas, from the linked checklist
    assert ("核验用户真实身份" if lang == "zh" else "Verifyusers'realidentity") in text
    assert "DRAFT" not in text
    assert unembedded_fonts(pdf) == []


def test_a_report_without_its_checklist_is_a_draft_with_blanks_for_counsel(
    register: Register,
) -> None:
    entity, gen, _ = entity_with_algorithms(register)
    product = register.create_product(entity, name="示例社区", address="https://bbs.example.cn")
    register.link_product(product.id, gen, go_live=date(2027, 1, 4))
    SecuritySubjectService(register.uow).set_opinion_profile(product.id, {PerSeCategory.FORUM})
    made = security_service(register).create_security_assessment(
        SubjectKind.PRODUCT, product.id, Trigger.GO_LIVE, date(2027, 1, 4)
    )
    text = all_text(print_security_report(register, int(made.id or 0)))
    assert "DRAFT" in text
    assert "示例社区（产品·APP）" in text and "https://bbs.example.cn" in text
    assert "2027年1月4日前（上线或新增功能前）" in text
    assert "服务器、数据中心所在地。" in text  # the blank's help, with room to write
    assert "尚未开展本表所依据的检查表评估" in text


def test_print_command_prints_one_security_assessment(
    register: Register, tmp_path: Path, capsys
) -> None:
    ident = _assessed(register, complete=False)
    path = register.path
    register.close()
    out = tmp_path / "sa.pdf"
    args = ["--register", str(path), "print", "--security-assessment", str(ident)]
    assert main([*args, "--form", FORM_ID, "-o", str(out), "--lang", "en"]) == 0
    text = all_text(out.read_bytes())
    assert "Internetinformationservicesecurityassessmentreport" in text and "DRAFT" in text
    assert main([*args, "--form", "algorithm-filing", "-o", str(out)]) == 2
    assert main([*args, "--form", FORM_ID, "-o", str(out), "--algorithm", "1"]) == 2
    plain = ["--register", str(path), "print", "--form", FORM_ID, "-o", str(out)]
    assert main([*plain, "--algorithm", "1"]) == 2  # the report is of one assessment
    err = capsys.readouterr().err
    assert f"--form {FORM_ID}" in err and "drop the others" in err
    assert f"the {FORM_ID} form needs --security-assessment ID" in err
