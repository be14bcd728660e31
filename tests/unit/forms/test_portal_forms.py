"""Where the portal fields are printed: the entity filing form's 主体证件 block and ICP / news
licence / user-scale lines (validity 长期 when it has no end), and the register summary's 公示批次.
The algorithm filing form does not print the list batch: it is what the CAC published after the
filing, not something filed (read back from real PDFs with pypdf)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from filing_desk.domain.enums import AlgorithmType, LicenceType
from filing_desk.forms import printing
from filing_desk.store.register import Register
from tests.helpers.pdfcheck import all_text, compact
from tests.helpers.registers import make_register

USCC = "91110000600037341L"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = make_register(tmp_path / "register.fdesk")
    yield reg
    reg.close()


def _entity(register: Register, **licence: object) -> int:
    entity = register.create_entity(name="北京示例科技有限公司", uscc=USCC)
    register.update_entity(
        entity.id,
        licence_type=LicenceType.BUSINESS_LICENCE,
        licence_number=USCC,
        licence_address="北京市海淀区中关村大街27号",
        licence_valid_from=date(2016, 5, 10),
        icp_number="京ICP备16012345号-1",
        monthly_active_users=1_200_000,
        **licence,
    )
    return int(entity.id)


def _entity_form(register: Register, entity_id: int, lang: str) -> str:
    context = printing.context_for(register, "entity-filing", entity_id=entity_id)
    return all_text(printing.render_form("entity-filing", context, lang))


def test_the_licence_block_prints_long_term_when_validity_has_no_end(register: Register) -> None:
    printed = _entity_form(register, _entity(register), "zh")
    block = printed[printed.index("二、主体证件") : printed.index("三、法定代表人")]
    assert block.index("主体证件类型") < block.index("营业执照")  # its basis is printed between
    for text in (
        f"主体证件号码{USCC}",
        "证件地址北京市海淀区中关村大街27号",
        "证件有效期起2016年5月10日",
        "证件有效期至长期",
    ):
        assert compact(text) in block, text
    assert "ICP备案号或许可证号京ICP备16012345号-1" in printed
    assert "月活跃用户量1,200,000" in printed


def test_the_licence_end_prints_as_a_date_when_given(register: Register) -> None:
    printed = _entity_form(register, _entity(register, licence_valid_until=date(2036, 5, 9)), "zh")
    assert "证件有效期至2036年5月9日" in printed and "长期" not in printed


def test_the_english_form_words_long_term(register: Register) -> None:
    printed = _entity_form(register, _entity(register), "en")
    assert compact("Licence valid until No end date (长期)") in printed


def _listed_algorithm(register: Register) -> int:
    entity_id = _entity(register)
    algo = register.create_algorithm(
        entity_id, name="示例推荐算法", algo_type=AlgorithmType.PUSH, main_use="推荐资讯"
    )
    register.update_algorithm(algo.id, list_batch="2025年7月", list_published=date(2025, 7, 14))
    return int(algo.id)


def test_the_register_summary_prints_the_list_batch(register: Register) -> None:
    algo_id = _listed_algorithm(register)
    entity_id = register.algorithm(algo_id).entity_id
    context = printing.context_for(register, "register-summary", entity_id=entity_id)
    printed = all_text(printing.render_form("register-summary", context, "zh"))
    assert "公示批次" in printed and "2025年7月" in printed


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_algorithm_filing_form_does_not_print_the_list_batch(
    register: Register, lang: str
) -> None:
    algo_id = _listed_algorithm(register)
    context = printing.context_for(register, "algorithm-filing", algorithm_id=algo_id)
    printed = all_text(printing.render_form("algorithm-filing", context, lang))
    assert "2025年7月" not in printed and "公示批次" not in printed and "List batch" not in printed
