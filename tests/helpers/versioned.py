"""The versioned records' edits both backends' version tests run (tests/store/test_versions.py,
tests/team/test_versions.py): a record of each kind, and per kind its update command, a field it
edits and two values for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

USCC = "91110000600037341L"
ALGORITHM = {"algo_type": "02", "role": "provider", "main_use": "个性化推荐"}

EDITS: dict[str, tuple[Callable[[Any], Callable[..., Any]], str, str, str]] = {
    "entity": (lambda r: r.update_entity, "name", "北京示例科技股份有限公司", "示例甲"),
    "algorithm": (lambda r: r.update_algorithm, "name", "示例个性化推荐算法", "示例乙"),
    "product": (lambda r: r.update_product, "name", "示例资讯极速版", "示例丙"),
}
"""kind → (the register's update command, a field, the first value, the second value)"""


def make_records(register: Any) -> dict[str, int]:
    """An entity, its algorithm and its product; their ids by kind."""
    entity = register.create_entity(
        name="北京示例科技有限公司", uscc=USCC, legal_rep_name="王建国", officer_name="李静"
    )
    algorithm = register.create_algorithm(entity.id, name="示例推荐算法", **ALGORITHM)
    product = register.create_product(entity.id, name="示例资讯", form="app")
    return {"entity": entity.id, "algorithm": algorithm.id, "product": product.id}
