"""The product registry through the register: an entity's products typed once, their links to
algorithms, and the changes a link makes to a filed algorithm, dated by the link's own day."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.demo import filing_number
from filing_desk.domain.enums import AlgorithmType, ProcedureKind, ProcedureState, ProductForm
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Report
from filing_desk.store.register import Register

SUBMITTED = date(2026, 10, 9)  # the filing's submission; filed on 2026-11-02
TODAY = date(2026, 11, 23)  # the register's clock (tests.helpers.registers)


def _entity(register: Register, name: str = "北京示例科技有限公司") -> int:
    return int(register.create_entity(name=name, legal_rep_name="王建国", officer_name="李静").id)


def _algorithm(register: Register, entity_id: int, name: str) -> int:
    algo = register.create_algorithm(
        entity_id, name=name, algo_type="02", role="provider", launch_date="2026-09-28"
    )
    return int(algo.id)


def _file(register: Register, algorithm_id: int, serial: int = 1) -> None:
    proc = register.start_filing(algorithm_id)
    register.mark_ready(proc.id, Report())
    register.submit(proc.id, SUBMITTED)
    number = filing_number("110108", "8234839", AlgorithmType.PUSH, 2026, serial)
    register.record_filed(proc.id, date(2026, 11, 2), number)


def _modifications(register: Register, algorithm_id: int) -> list:
    return [
        p
        for p in register.procedures(algorithm_id)
        if p.kind is ProcedureKind.MODIFICATION and p.state is not ProcedureState.WITHDRAWN
    ]


def _filed_with_app(register: Register) -> tuple[int, int, int]:
    """(entity, algorithm, its link to 示例APP): filed with the app, which went live with it."""
    entity_id = _entity(register)
    algo_id = _algorithm(register, entity_id, "个性化推荐算法")
    link = register.add_product(algo_id, name="示例APP", form="app", go_live="2026-09-28")
    _file(register, algo_id)
    return entity_id, algo_id, int(link.id or 0)


# --- products typed once ---------------------------------------------------------------------


def test_a_product_named_for_two_algorithms_is_one_product_with_two_links(register: Register):
    entity_id = _entity(register)
    push = _algorithm(register, entity_id, "推荐算法")
    search = _algorithm(register, entity_id, "检索算法")
    first = register.add_product(push, name="示例APP", form="app", address="应用商店")
    second = register.add_product(search, name="示例APP", form="app", functions="搜索")
    assert first.product_id == second.product_id and first.id != second.id
    assert [p.title() for p in register.products(entity_id=entity_id)] == ["示例APP（APP）"]
    assert register.products_served(entity_id) == {first.product_id: 2}
    assert second.address == "应用商店"  # the product's own fields, typed once
    assert [p.functions for p in register.linked_products(search)] == ["搜索"]
    other = _entity(register, "杭州星河网络有限公司")
    elsewhere = register.add_product(_algorithm(register, other, "调度算法"), name="示例APP")
    assert elsewhere.product_id != first.product_id  # another entity's product of that name


def test_a_rename_reaches_every_algorithm_and_is_audited(register: Register) -> None:
    entity_id = _entity(register)
    push, search = (_algorithm(register, entity_id, n) for n in ("推荐算法", "检索算法"))
    link = register.add_product(push, name="示例APP", form="app")
    register.link_product(search, int(link.product_id or 0))
    register.update_product(int(link.product_id or 0), name="示例APP极速版")
    assert {p.name for a in (push, search) for p in register.linked_products(a)} == {
        "示例APP极速版"
    }
    rename = register.audit_events(object_type="product")[0]
    assert (rename.action, rename.before, rename.after) == (
        "product.update",
        {"name": "示例APP"},
        {"name": "示例APP极速版"},
    )
    assert register.verify_audit().ok


@pytest.mark.parametrize(
    ("command", "code"),
    [
        (lambda r, ids: r.create_product(ids["entity"], name="示例APP", form="app"), "duplicate"),
        (lambda r, ids: r.create_product(ids["entity"], name=" "), "required"),
        (lambda r, ids: r.link_product(ids["push"], ids["product"]), "link.duplicate"),
        (lambda r, ids: r.link_product(ids["other"], ids["product"]), "link.other_entity"),
        (lambda r, ids: r.link_product(ids["push"], 999), "product.not_found"),
        (lambda r, ids: r.delete_product(ids["product"]), "product.linked"),
        (lambda r, ids: r.update_link(ids["link"], go_live="2026-10-01", withdrawn="2026-09-30"),
         "link.withdrawn_before_go_live"),
        (lambda r, ids: r.update_link(ids["link"], shown_since="2026-10-01"),
         "product.shown_since"),
        (lambda r, ids: r.update_link(ids["link"], algorithm_id=ids["other"]), "field.unknown"),
        (lambda r, ids: r.withdraw_link(ids["link"], ""), "field.required"),
        (lambda r, ids: r.add_product(ids["push"], name="新APP", withdrawn="2026-01-01",
                                      go_live="2026-02-01"), "link.withdrawn_before_go_live"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_with_its_code_and_nothing_changes(register: Register, command, code):
    entity_id = _entity(register)
    push = _algorithm(register, entity_id, "推荐算法")
    other = _algorithm(register, _entity(register, "杭州星河网络有限公司"), "调度算法")
    link = register.add_product(push, name="示例APP", form="app")
    ids = {"entity": entity_id, "push": push, "other": other, "link": int(link.id or 0),
           "product": int(link.product_id or 0)}  # fmt: skip
    events = len(register.audit_events())
    with pytest.raises(InvalidInput) as refused:
        command(register, ids)
    assert any(code in i.code for i in refused.value.issues), refused.value.issues
    assert len(register.audit_events()) == events
    assert len(register.products()) == 1 and len(register.linked_products()) == 1


def test_a_link_refused_after_its_product_was_made_leaves_no_product(register: Register):
    push = _algorithm(register, _entity(register), "推荐算法")
    with pytest.raises(InvalidInput):  # the product is made, then its link refused: one unit
        register.add_product(push, name="新APP", go_live="2026-02-01", withdrawn="2026-01-01")
    assert register.products() == [] and register.audit_events(object_type="product") == []


def test_unlink_only_what_no_filing_named_and_delete_only_an_unlinked_product(
    register: Register,
) -> None:
    _, algo_id, filed_link = _filed_with_app(register)
    with pytest.raises(InvalidInput, match="withdraw it"):
        register.unlink(filed_link)
    mistake = register.add_product(algo_id, name="误加APP", go_live="2026-11-20")
    assert len(_modifications(register, algo_id)) == 1  # the new link is a change…
    register.unlink(int(mistake.id or 0))
    assert _modifications(register, algo_id)[0].changes == ()  # …undone with the link
    register.delete_product(int(mistake.product_id or 0))
    assert [p.name for p in register.products()] == ["示例APP"]
    assert register.verify_audit().ok


def test_withdrawn_links_stay_listed_and_leave_the_forms(register: Register) -> None:
    _, algo_id, link = _filed_with_app(register)
    withdrawn = register.withdraw_link(link, "2026-11-10")
    assert withdrawn.withdrawn == date(2026, 11, 10) and not withdrawn.live
    assert [p.name for p in register.linked_products(algo_id)] == ["示例APP"]
    assert register.linked_products(algo_id, live=True) == []
    assert register.form_context(algorithm_id=algo_id).products == ()
    assert register.products_served() == {withdrawn.product_id: 0}
    action = register.audit_events(object_type="product_link")[0].action
    assert action == "product_link.withdraw"


# --- change dating (domain.md Part A item 15) ------------------------------------------------


def _link_before_filing(register: Register) -> int:
    entity_id = _entity(register)
    algo_id = _algorithm(register, entity_id, "个性化推荐算法")
    register.add_product(algo_id, name="示例APP", go_live="2026-09-28")
    register.add_product(algo_id, name="示例网", form="website", go_live="2026-10-20")
    _file(register, algo_id)
    return algo_id


def _link_after(go_live: str | None, change_date: date | None = None):
    def act(register: Register) -> int:
        _, algo_id, _ = _filed_with_app(register)
        data = {"go_live": go_live} if go_live else {}
        register.add_product(algo_id, change_date, name="示例网", form="website", **data)
        return algo_id

    return act


def _withdraw(day: str):
    def act(register: Register) -> int:
        _, algo_id, link = _filed_with_app(register)
        register.withdraw_link(link, day)
        return algo_id

    return act


def _linked_and_withdrawn_since(register: Register) -> int:
    _, algo_id, _ = _filed_with_app(register)
    link = register.add_product(algo_id, name="示例网", form="website", go_live="2026-11-12")
    register.withdraw_link(int(link.id or 0), "2026-11-16")
    return algo_id


def _functions_edit(register: Register) -> int:
    _, algo_id, link = _filed_with_app(register)
    register.update_link(link, change_date=date(2026, 11, 19), functions="首页—推荐")
    return algo_id


@pytest.mark.parametrize(
    ("case", "act", "trigger", "changed"),
    [
        ("link before filing", _link_before_filing, None, ()),
        ("link after filing: its go-live", _link_after("2026-11-16"), date(2026, 11, 16),
         ("name", "form")),
        ("link live later: its go-live", _link_after("2026-12-01"), date(2026, 12, 1),
         ("name", "form")),
        ("link after filing, no go-live: the day given", _link_after(None, date(2026, 11, 18)),
         date(2026, 11, 18), ("name", "form")),
        ("link after filing, no day at all: today", _link_after(None), TODAY, ("name", "form")),
        ("live before the submission: the submission", _link_after("2026-10-01"), SUBMITTED,
         ("name", "form")),
        ("withdrawal: its day", _withdraw("2026-11-10"), date(2026, 11, 10), ("name", "form")),
        ("linked and withdrawn since: no change", _linked_and_withdrawn_since, None, ()),
        ("functions edited: the day given", _functions_edit, date(2026, 11, 19), ("functions",)),
    ],
)  # fmt: skip
def test_a_link_change_is_dated_by_its_own_day(register: Register, case, act, trigger, changed):
    algo_id = act(register)
    mods = _modifications(register, algo_id)
    if trigger is None:
        assert all(m.changes == () for m in mods), case
        return
    (mod,) = mods
    assert mod.trigger_date == trigger, case
    assert sorted({c.field.rpartition(".")[2] for c in mod.changes}) == sorted(changed), case
    assert all(c.field.startswith("product[") for c in mod.changes), case


def test_a_rename_is_a_change_of_every_filed_algorithm_the_product_is_live_on(register: Register):
    entity_id, push, _ = _filed_with_app(register)
    search = _algorithm(register, entity_id, "检索算法")
    product_id = int(register.linked_products(push)[0].product_id or 0)
    register.link_product(search, product_id, go_live="2026-09-28")
    _file(register, search, serial=2)
    draft = _algorithm(register, entity_id, "草稿算法")  # not filed: no change to report
    register.link_product(draft, product_id)
    register.update_product(product_id, change_date=date(2026, 11, 17), name="示例APP极速版")
    for algo_id in (push, search):
        (mod,) = _modifications(register, algo_id)
        assert mod.trigger_date == date(2026, 11, 17)
        assert [(c.old, c.new) for c in mod.changes] == [("示例APP", "示例APP极速版")]
    assert _modifications(register, draft) == []
    register.update_product(product_id, users_served="企业用户")  # not filed: nothing more
    assert len(_modifications(register, push)[0].changes) == 1


def test_the_product_form_is_filed_too(register: Register) -> None:
    _, algo_id, link = _filed_with_app(register)
    product_id = int(register.linked_products(algo_id)[0].product_id or 0)
    register.update_product(product_id, form=ProductForm.MINI_PROGRAM, change_date=TODAY)
    (mod,) = _modifications(register, algo_id)
    assert [(c.field, c.new) for c in mod.changes] == [(f"product[{link}].form", "mini_program")]
