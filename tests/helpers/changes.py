"""A filed algorithm for the tests of edits that open a modification (issue 19.3)."""

from __future__ import annotations

from datetime import date

from filing_desk.demo import filing_number
from filing_desk.domain.enums import AlgorithmType
from filing_desk.domain.issues import Report
from filing_desk.store.register import Register

NUMBER = filing_number("110108", "8234839", AlgorithmType.PUSH, 2026, 1)


def filed(register: Register) -> tuple[int, int]:
    """A push algorithm submitted 2026-08-10 and filed; (entity id, algorithm id)."""
    entity = register.create_entity(
        name="北京示例科技有限公司", legal_rep_name="王建国", officer_name="李静"
    )
    algo = register.create_algorithm(
        entity.id, name="推荐算法", algo_type="02", role="provider",
        launch_date=date(2026, 8, 3), main_use="个性化推荐",
    )  # fmt: skip
    register.add_product(algo.id, name="示例APP", form="app")
    proc = register.start_filing(algo.id)
    register.mark_ready(proc.id, Report())
    register.submit(proc.id, date(2026, 8, 10))
    register.record_filed(proc.id, date(2026, 9, 1), NUMBER)
    return entity.id, algo.id
