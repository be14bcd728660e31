"""The registers made with each released schema revision (tests/fixtures/registers/), for the
upgrade tests: their passphrase, their rows, and how they are built.

``build`` writes ``register-<rev>.fdesk`` for one revision of ``migrate.REVISIONS``, in passphrase
mode with ``PASSPHRASE`` (a fixture passphrase, not a secret). Each file is migrated with the real
migrations up to its revision only, then filled with plain SQL suited to that revision (the app's
code of today must not write old files). The audit log then gets the events a register of that
version holds after a whole-register JSON import followed by a setting change and an attachment
(``EVENTS``), chained and with the head recorded as the app records them, so that ``check`` finds
a consistent register. ``ROWS`` lets tests/reliability/test_upgrades.py compare values.
tests/fixtures/registers/make_fixtures.py is the script that runs ``main``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

FIXTURE_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "registers"
PASSPHRASE = "filing-desk fixture 0001-0003 测试口令"
PDF = b"%PDF-1.4\n% fixture attachment: business licence scan\n%%EOF\n"

# table → rows (column → value as stored); the revision that introduced the table first.
ROWS: dict[str, list[dict[str, object]]] = {
    "entity": [
        dict(id=1, name="北京示例科技有限公司", uscc="91110108MA01C2XK2N", entity_type="enterprise",
             region_code="110108", address="北京市海淀区中关村大街27号", officer_name="李安全",
             officer_phone="13812345678", officer_email="anquan@shili-tech.example.cn",
             state="ent_approved", notes="升级测试主体",
             licence_type="business_licence", licence_number="91110108MA01C2XK2N",
             licence_address="北京市海淀区中关村大街27号", licence_valid_from="2016-05-10",
             licence_valid_until=None, icp_number="京ICP备16012345号-1",
             news_licence_number="", monthly_active_users=1200000),
        dict(id=2, name="杭州星河网络有限公司", uscc="", entity_type="enterprise",
             region_code="330110", state="ent_draft"),
    ],
    "model": [
        dict(id=1, entity_id=1, name="示例写作大模型", version="2.1", origin="own",
             track="filing", track_number="Beijing-ShiLiXieZuo-202406180001",
             track_date="2024-06-18"),
    ],
    "algorithm": [
        dict(id=1, entity_id=1, name="示例资讯个性化推荐算法", algo_type="02", role="provider",
             state="filed", triage="required", public_opinion=1, mobilisation=0,
             application_field="新闻资讯",
             main_use="应用于资讯信息流场景，为用户推荐个性化资讯内容。",
             summary="基于用户授权的行为数据计算相关度，生成个性化推荐列表。",
             launch_date="2024-03-01", filing_number="110108721640902240017",
             filed_date="2024-06-18", input_modalities="text,image",
             list_batch="2024年6月", list_published="2024-06-18"),
        dict(id=2, entity_id=1, name="示例智能写作生成合成算法", algo_type="01", role="supporter",
             state="draft", triage="required", public_opinion=0, mobilisation=0,
             main_use="根据提示词生成文案与摘要。", launch_date="2026-02-09",
             service_method="以API方式向企业客户提供。"),
        dict(id=3, entity_id=2, name="星河同城配送调度算法", algo_type="06", role="provider",
             state="cancel_pending", triage="required", public_opinion=0, mobilisation=0,
             main_use="自动派单并规划配送路线。", launch_date="2024-01-15",
             termination_date="2026-01-30", filing_number="330110721640906240011"),
    ],
    "algorithm_model": [dict(algorithm_id=2, model_id=1)],
    "product": [
        dict(id=1, algorithm_id=1, name="示例资讯", form="app",
             address="各大应用商店搜索“示例资讯”",
             users_served="社会公众", real_name_required=1, shows_number=1,
             shown_since="2024-06-25", display_link="https://beian.cac.gov.cn/#/index"),
        dict(id=2, algorithm_id=1, name="示例资讯网", form="website",
             address="https://news.shili-tech.example.cn", real_name_required=0, shows_number=0),
    ],
    "procedure": [
        dict(id=1, algorithm_id=1, kind="filing", state="completed", trigger_date="2024-03-01",
             due_date="2024-03-15", due_provisional=0, submitted_date="2024-03-10",
             decision_date="2024-06-18", filing_number="110108721640902240017",
             changes_json="[]", snapshot_json='{"algorithm.name": "示例资讯个性化推荐算法"}',
             draft_json="{}", created_at="2024-03-01 09:00:00.000000"),
        dict(id=2, algorithm_id=3, kind="cancellation", state="editing",
             trigger_date="2026-01-30", due_date="2026-03-06", due_provisional=0,
             reason="同城配送业务整体下线。", changes_json="[]", snapshot_json="{}",
             draft_json="{}", created_at="2026-01-30 10:30:00.000000"),
    ],
    "setting": [dict(key="backup.keep", value="7")],
    "calendar_day": [dict(day="2026-10-10", workday=1, note="国庆节调休上班")],
    "attachment": [
        dict(id=1, owner_type="entity", owner_id=1, kind="business_licence",
             filename="营业执照.pdf",
             size=len(PDF), sha256=hashlib.sha256(PDF).hexdigest(), content=PDF, version=1,
             superseded_by=None, added_at="2026-02-01 08:00:00.000000"),
    ],
    "cac_list": [
        dict(id=1, title="境内互联网信息服务算法备案清单（2024年6月）", kind="algorithm",
             batch="2024年6月", published="2024-06-18", published_estimated=0,
             filename="algorithm-list-2024-06.docx", sha256="5" * 64, rows=2,
             entities_json='["北京示例科技有限公司"]',
             remarks_json='[{"line": 2, "filing_number": "网信算备110108721640902240017号", '
                          '"entity": "北京示例科技有限公司", '
                          '"algorithm": "示例资讯个性化推荐算法", '
                          '"remark": "原主体名称“北京示例信息有限公司”'
                          '变更为“北京示例科技有限公司”", '
                          '"cancelled": false, "renames": [["北京示例信息有限公司", '
                          '"北京示例科技有限公司"]], "changes": []}]',
             imported_at="2026-02-01 08:30:00.000000"),
    ],
}  # fmt: skip
ROWS["product_link"] = [  # 0007: each product row became a link, live since its launch date
    dict(id=1, product_id=1, algorithm_id=1, go_live="2024-03-01", withdrawn=None, functions="",
         shows_number=1, shown_since="2024-06-25", display_link="https://beian.cac.gov.cn/#/index"),
    dict(id=2, product_id=2, algorithm_id=1, go_live="2024-03-01", withdrawn=None, functions="",
         shows_number=0, shown_since=None, display_link=""),
]  # fmt: skip
ROWS["assessment"] = [  # 0008: the 2018 rules' focus areas (art. 5) applied to the push algorithm
    dict(
        id=1,
        library_id="sa-rules-focus",
        library_version=1,
        subject_kind="algorithm",
        subject_id=1,
        created_at="2026-02-01 09:00:00.000000",
    ),
]
ROWS["assessment_answer"] = [
    dict(
        id=1,
        assessment_id=1,
        item_id="police-support",
        result="conforms",
        note="已建立配合公安机关依法履职的工作机制。",
        figure=None,
        owner="李安全",
        effective="2026-01-15",
        next_review="2027-01-15",
        item_hash="c05f670560b4e38efa700aa2967eef2fd1f703a8f4da7dc6f5664c0058785425",
        to_review=0,
        updated_at="2026-02-01 09:05:00.000000",
    ),
]
ROWS["security_assessment"] = [  # 0009: a go-live assessment with both receipts
    dict(
        id=1,
        subject_kind="algorithm",
        subject_id=1,
        trigger_kind="go_live",
        trigger_date="2024-03-01",
        assessor="self",
        checklist_id=1,
        created_at="2026-02-01 09:10:00.000000",
        notice_reference="",
        assessor_name="",
        functions="资讯信息流个性化推荐。",
        hardware_software="自有服务器集群。",
        deployment="北京市海淀区自有机房。",
        licences="京ICP备16012345号-1",
        measures="建立信息审核、日志留存与投诉处理制度。",
        conclusion="风险可控。",
        other_matters="",
    ),
]
ROWS["security_submission"] = [
    dict(
        id=1,
        assessment_id=1,
        authority="cac",
        submitted="2024-02-20",
        reference="JA-2024-0220-001",
        feedback="",
        feedback_date=None,
        rectification="",
    ),
    dict(
        id=2,
        assessment_id=1,
        authority="police",
        submitted="2024-02-21",
        reference="GA-2024-0221-001",
        feedback="",
        feedback_date=None,
        rectification="",
    ),
]
ROWS["opinion_profile"] = [
    dict(product_id=1, categories="info_sharing", override=None, override_reason=""),
]
ROWS["user_scale"] = [
    dict(id=1, product_id=1, as_of="2025-12-31", registered=3200000, monthly_active=1200000),
]
ROWS["ui_draft"] = [  # 0010: a change wizard's typed text, kept when the register locked
    dict(
        id=1,
        kind="wizard.modification",
        subject_kind="algorithm",
        subject_id=1,
        payload_json='{"_page": "1", "algorithm.main_use": "扩展至短视频推荐场景。"}',
        saved_at="2026-02-01 09:20:00.000000",
    ),
]
ROWS["procedure_approval"] = [  # 0012: four eyes (a team register's; a file may hold a pulled one)
    dict(id=1, procedure_id=2, reviewer="desk_rita", approved_at="2026-02-02T10:00:00+00:00",
         state="editing", edit_event_id=None),
]  # fmt: skip
_AT = "2026-02-01 09:30:00.000000"
ROWS["genai_service"] = [  # 0014: an approved 备案 service on the entity's own model
    dict(id=1, entity_id=1, name="示例写作大模型服务", functions="chat,text",
         input_modalities="text", output_modalities="text,image", forms="app,web",
         domain="restricted", domain_note="新闻写作", province="北京",
         corpus_sources="open_source,self_collected", corpus_scale="开源语料约 2TB",
         compute="自建 GPU 集群", concurrency=500, third_party_cloud="",
         go_live_date="2024-07-01", state="approved",
         number="Beijing-ShiLiXieZuo-202406180001", approved_date="2024-06-18",
         returned_json='["语料来源说明不完整"]', track_override=None, override_reason="",
         notes="", version=1, created_at=_AT),
]  # fmt: skip
ROWS["service_model"] = [
    dict(id=1, service_id=1, position=0, model_id=1, name="示例写作大模型", version="2.1",
         origin="own", developer="北京示例科技有限公司", tuned_from="", filing_number=""),
]  # fmt: skip
ROWS["service_product"] = [
    dict(service_id=1, product_id=1, shows_number=1, shown_since="2024-07-01",
         where_shown="关于页底部", screenshot_id=None),
]  # fmt: skip
ROWS["service_algorithm"] = [dict(service_id=1, algorithm_id=2)]
ROWS["service_event"] = [
    dict(id=1, service_id=1, step="approve", from_state="national_review",
         to_state="approved", day="2024-06-18", number="Beijing-ShiLiXieZuo-202406180001",
         reasons_json="[]", note="", recorded_at=_AT),
]  # fmt: skip
ROWS["service_change"] = [
    dict(id=1, service_id=1, day="2025-03-01", kinds="model_version",
         findings="示例写作大模型 2.1", track_before="filing", track_after="filing",
         suggested="ask", rerun="no", note="经咨询无需重新备案", recorded_at=_AT),
]  # fmt: skip
SERVICE_TABLES = (
    "genai_service", "service_model", "service_product", "service_algorithm", "service_event",
    "service_change",
)  # fmt: skip
# tables whose rows a migration reshaped: table → (that revision, the rows a register holds from
# then on, which the migration makes of the rows before); 0007 made products the entity's
RESHAPED: dict[str, tuple[str, list[dict[str, object]]]] = {
    "product": ("0007", [
        dict(id=1, entity_id=1, name="示例资讯", form="app", address="各大应用商店搜索“示例资讯”",
             users_served="社会公众", real_name_required=1, prior_licences=""),
        dict(id=2, entity_id=1, name="示例资讯网", form="website",
             address="https://news.shili-tech.example.cn", real_name_required=0),
    ]),
}  # fmt: skip
DERIVED = {"product_link": "0007"}  # tables a migration fills from older rows (compared after it)
INTRODUCED = {
    "attachment": "0002",
    "cac_list": "0005",
    **DERIVED,
    **dict.fromkeys(("assessment", "assessment_answer"), "0008"),
    **dict.fromkeys(
        ("security_assessment", "security_submission", "opinion_profile", "user_scale"), "0009"
    ),
    "ui_draft": "0010",
    "procedure_approval": "0012",
    **dict.fromkeys(SERVICE_TABLES, "0014"),
}  # every other table: 0001
# columns added to a table after it was made: column → the revision that added it
COLUMNS_INTRODUCED = {
    "entity": dict.fromkeys(
        ("licence_type", "licence_number", "licence_address", "licence_valid_from",
         "licence_valid_until", "icp_number", "news_licence_number", "monthly_active_users"),
        "0006",
    ),
    "algorithm": dict.fromkeys(("list_batch", "list_published"), "0006"),
}  # fmt: skip


def row_at(table: str, row: dict[str, object], revision: str) -> dict[str, object]:
    """The values of ``row`` whose columns exist at ``revision``."""
    added = COLUMNS_INTRODUCED.get(table, {})
    return {c: v for c, v in row.items() if added.get(c, "0001") <= revision}


def rows_at(table: str, revision: str, upgraded: bool = False) -> list[dict[str, object]]:
    """The rows of ``table`` a fixture of ``revision`` holds (``upgraded``: once upgraded to
    head, a reshaped table's rows in their new shape), with the columns it has values for."""
    reshaped = RESHAPED.get(table)
    new = reshaped is not None and (upgraded or reshaped[0] <= revision)
    rows = reshaped[1] if reshaped is not None and new else ROWS[table]
    return [row_at(table, r, revision) for r in rows]


def tables_after_upgrade(revision: str) -> list[str]:
    """The tables whose rows a fixture of ``revision`` holds once upgraded to head."""
    return [*tables_for(revision), *(t for t, r in DERIVED.items() if revision < r)]


# (action, object type, object id, before, after, table the event is about)
EVENTS: list[tuple[str, str, int | None, dict[str, object] | None, dict[str, object], str]] = [
    ("import.snapshot", "register", None, None,
     {"entities": 2, "algorithms": 3, "products": 2, "models": 1, "procedures": 2}, "entity"),
    ("setting.set", "setting", None, {"backup.keep": None}, {"backup.keep": "7"}, "setting"),
    ("attachment.add", "attachment", 1, None,
     {k: ROWS["attachment"][0][k]
      for k in ("owner_type", "owner_id", "kind", "filename", "size", "sha256", "version")},
     "attachment"),
    ("cac_list.import", "cac_list", 1, None,
     {"title": "境内互联网信息服务算法备案清单（2024年6月）", "batch": "2024年6月",
      "published": "2024-06-18", "sha256": "5" * 64, "entities": ["北京示例科技有限公司"]},
     "cac_list"),
    ("assessment.start", "assessment", 1, None,
     {"library": "sa-rules-focus", "version": 1, "subject": "algorithm", "subject_id": 1},
     "assessment"),
    ("security.create", "security", 1, None,
     {"subject_kind": "algorithm", "subject_id": 1, "trigger": "go_live",
      "trigger_date": "2024-03-01"}, "security_assessment"),
    ("draft.saved", "draft", 1, None, {"editor": "wizard.modification", "algorithm_id": 1},
     "ui_draft"),
    ("service.create", "service", 1, None,
     {"name": "示例写作大模型服务", "entity_id": 1, "state": "approved",
      "number": "Beijing-ShiLiXieZuo-202406180001"}, "genai_service"),
]  # fmt: skip


def tables_for(revision: str) -> list[str]:
    return [t for t in ROWS if INTRODUCED.get(t, "0001") <= revision]


def fixture_path(revision: str) -> Path:
    return FIXTURE_DIR / f"register-{revision}.fdesk"


def build(revision: str, path: Path) -> None:
    import sqlcipher3
    from sqlalchemy import text

    from filing_desk.store import engine as engine_mod
    from filing_desk.store import keys, migrate

    if path.exists():
        path.unlink()
    conn = sqlcipher3.connect(str(path))  # SQLCipher's own KDF, as passphrase mode creates it
    conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    with path.open("rb") as fh:
        key = keys.derive_from_passphrase(PASSPHRASE, fh.read(keys.SALT_BYTES))
    engine = engine_mod.make_engine(path, key)
    migrate.run(engine, revision)
    with engine.begin() as db:
        for table in tables_for(revision):
            for row in rows_at(table, revision):
                names = ", ".join(row)
                marks = ", ".join(f":{c}" for c in row)
                db.execute(text(f'INSERT INTO "{table}" ({names}) VALUES ({marks})'), row)
        _write_events(db, revision)
    engine.dispose()
    conn = engine_mod.connect(path, key)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to commit
    conn.close()
    path.chmod(0o644)


def _write_events(db: object, revision: str) -> None:
    """The chained events (as ``store.audit_log.append`` writes them) and the recorded head."""
    import json

    from sqlalchemy import text

    from filing_desk.domain import audit

    tables = tables_for(revision)
    prev, number = audit.GENESIS, 0
    for action, otype, oid, before, after, table in EVENTS:
        if table not in tables:
            continue
        if action == "import.snapshot" and "product_link" in tables:  # 0007 on: links too
            after = {**after, "product_links": len(ROWS["product_link"])}
        number += 1
        event = {
            "id": number,
            "at": f"2026-02-01T08:00:{number:02d}.000000+00:00",
            "os_user": "fixture",
            "action": action,
            "object_type": otype,
            "object_id": oid,
            "before": before,
            "after": after,
        }
        digest = audit.link_hash(prev, event)
        dump = {
            k: json.dumps(event[k], sort_keys=True, ensure_ascii=False) for k in ("before", "after")
        }
        db.execute(  # type: ignore[attr-defined]
            text(
                "INSERT INTO audit_event (id, at, os_user, action, object_type, object_id, "
                "before_json, after_json, prev_hash, hash) VALUES (:id, :at, :os_user, :action, "
                ":object_type, :object_id, :before, :after, :prev, :hash)"
            ),
            {**event, "before": None if before is None else dump["before"],
             "after": dump["after"], "prev": prev, "hash": digest},
        )  # fmt: skip
        prev = digest
    db.execute(  # type: ignore[attr-defined]
        text("INSERT INTO setting (key, value) VALUES ('audit.head', :value)"),
        {"value": f"{number}:{prev}"},
    )


def main() -> int:
    """Write the fixture register of every released revision; one line each."""
    from filing_desk.store import migrate

    for revision in migrate.REVISIONS:
        build(revision, fixture_path(revision))
        print(f"{fixture_path(revision).name}: schema {revision}")
    return 0
