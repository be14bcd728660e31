"""Make a large register for the benchmarks: 10,000 algorithms across 200 entities, 50,000
procedures, 100,000 audit events (a valid hash chain), 2,000 small attachments, Chinese and
English text. Rows are written in bulk through the register's own engine and schema, in one
transaction, so the result opens, checks and searches like any register.

    python -m bench.generate OUT.fdesk [--algorithms 10000] [--passphrase P]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from filing_desk.demo import filing_number, uscc
from filing_desk.domain import audit
from filing_desk.domain.enums import AlgorithmState, AlgorithmType, ProcedureKind, ProductForm
from filing_desk.store import audit_log
from filing_desk.store.register import Register, create_register
from filing_desk.store.schema import (
    AlgorithmRow,
    AttachmentRow,
    AuditEventRow,
    EntityRow,
    ProcedureRow,
    ProductLinkRow,
    ProductRow,
    SettingRow,
)

CITIES = ("北京", "上海", "杭州", "深圳", "广州", "成都", "武汉", "南京", "苏州", "西安")
WORDS = ("智能", "云端", "星河", "数智", "前海", "天工", "明镜", "远航", "青松", "海纳")
USES = ("个性化推荐", "搜索排序", "内容审核过滤", "配送调度", "对话生成", "图像合成", "资讯推送")
ENGLISH = ("recommendation", "ranking", "dispatch", "moderation", "generation", "retrieval")
REGIONS = ("110108", "310115", "330110", "440305", "440106", "510107", "420106", "320106")
STATES = (
    AlgorithmState.DRAFT,
    AlgorithmState.PREPARED,
    AlgorithmState.SUBMITTED,
    AlgorithmState.FILED,
    AlgorithmState.FILED,
    AlgorithmState.FILED,
    AlgorithmState.CHANGE_PENDING,
    AlgorithmState.CANCEL_PENDING,
    AlgorithmState.CANCELLED,
)
TODAY = date(2026, 11, 23)


def _entities(n: int) -> list[dict]:
    out = []
    for i in range(1, n + 1):
        city, word = CITIES[i % len(CITIES)], WORDS[(i // 10) % len(WORDS)]
        out.append(
            dict(
                id=i,
                name=f"{city}{word}科技有限公司{i:03d}",
                uscc=uscc(f"9111010{i:04d}MA0AB"[:17].ljust(17, "1")),
                entity_type="enterprise",
                region_code=REGIONS[i % len(REGIONS)],
                address=f"{city}市示例路{i}号",
                officer_name=f"负责人{i}",
                legal_rep_name=f"法人{i}",
                state="ent_approved",
            )
        )
    return out


def _algorithm(i: int, entity_id: int, rng: random.Random) -> dict:
    algo_type = list(AlgorithmType)[i % 6]
    state = STATES[i % len(STATES)]
    use = USES[i % len(USES)]
    launch = TODAY - timedelta(days=rng.randint(5, 900))
    numbered = state not in (
        AlgorithmState.DRAFT,
        AlgorithmState.PREPARED,
        AlgorithmState.SUBMITTED,
    )
    number = (
        filing_number(
            REGIONS[entity_id % len(REGIONS)],
            f"{entity_id:07d}",
            algo_type,
            launch.year,
            i % 999 + 1,
        )
        if numbered
        else ""
    )
    return dict(
        id=i,
        entity_id=entity_id,
        name=f"{WORDS[i % 10]}{use}算法{i:05d}",
        algo_type=algo_type.value,
        # a technical supporter only for 生成合成类 (Deep Synthesis arts. 19(2), 23)
        role="supporter" if i % 7 == 0 and algo_type.value == "01" else "provider",
        state=state.value,
        triage="required",
        main_use=f"{use}：{ENGLISH[i % 6]} service",
        summary=f"Algorithm {i} for {ENGLISH[i % 6]} in {CITIES[i % 10]}。{use}。",
        scenarios=f"{use}场景",
        application_field="信息服务",
        launch_date=launch,
        filing_number=number,
        filed_date=launch + timedelta(days=40) if number else None,
        public_opinion=True,
        mobilisation=False,
    )


def _procedures(algorithms: list[dict], per: int, rng: random.Random) -> list[dict]:
    out, pid = [], 1
    for algo in algorithms:
        for k in range(per):
            kind = (
                ProcedureKind.FILING,
                ProcedureKind.MODIFICATION,
                ProcedureKind.MODIFICATION,
                ProcedureKind.MODIFICATION,
                ProcedureKind.CANCELLATION,
            )[k]
            last = k == per - 1
            state = (
                "editing"
                if last and algo["state"] in ("draft", "change_pending", "cancel_pending")
                else "completed"
            )
            trigger = algo["launch_date"] + timedelta(days=30 * k)
            out.append(
                dict(
                    id=pid,
                    algorithm_id=algo["id"],
                    kind=kind.value,
                    state=state,
                    trigger_date=trigger,
                    due_date=trigger + timedelta(days=14),
                    due_provisional=False,
                    created_at=datetime.now(UTC),
                    changes_json="[]",
                    snapshot_json="{}",
                    draft_json="{}",
                    reason="",
                    followup="",
                    return_reason="",
                    filing_number="",
                )
            )
            pid += 1
    rng.shuffle(out)
    for n, row in enumerate(out, start=1):
        row["id"] = n
    return out


def _audit_rows(count: int, algorithms: int) -> tuple[list[dict], str]:
    rows, prev = [], audit.GENESIS
    for i in range(1, count + 1):
        event = {
            "id": i,
            "at": f"2026-{(i % 12) + 1:02d}-01T08:00:00.{i % 1000000:06d}+00:00",
            "os_user": "counsel",
            "action": "algorithm.update",
            "object_type": "algorithm",
            "object_id": i % algorithms + 1,
            "before": {"notes": f"旧{i}"},
            "after": {"notes": f"新{i}"},
        }
        digest = audit.link_hash(prev, event)
        rows.append(
            {
                **{
                    k: event[k]
                    for k in ("id", "at", "os_user", "action", "object_type", "object_id")
                },
                "before_json": json.dumps(event["before"], ensure_ascii=False, sort_keys=True),
                "after_json": json.dumps(event["after"], ensure_ascii=False, sort_keys=True),
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    return rows, f"{count}:{prev}"


def fill(
    reg: Register,
    algorithms: int = 10_000,
    entities: int = 200,
    procedures: int = 50_000,
    events: int = 100_000,
    attachments: int = 2_000,
    seed: int = 7,
) -> dict[str, int]:
    rng = random.Random(seed)
    ents = _entities(entities)
    algos = [_algorithm(i, (i - 1) % entities + 1, rng) for i in range(1, algorithms + 1)]
    forms = list(ProductForm)
    products = [  # one product of the entity per algorithm, each linked to it
        dict(
            id=n,
            entity_id=a["entity_id"],
            name=f"{a['name'][:4]}{forms[n % 10].zh}{n}",
            form=forms[n % 10].value,
        )
        for n, a in enumerate(algos, start=1)
    ]
    links = [
        dict(id=n, product_id=n, algorithm_id=a["id"], shows_number=n % 3 == 0)
        for n, a in enumerate(algos, start=1)
    ]
    procs = _procedures(algos, max(1, procedures // algorithms), rng)
    audit_rows, head = _audit_rows(events, algorithms)
    blobs = []
    for n in range(1, attachments + 1):
        content = f"附件 {n} attachment body ".encode() * 20
        blobs.append(
            dict(
                id=n,
                owner_type="algorithm",
                owner_id=n % algorithms + 1,
                kind="other",
                filename=f"附件{n}.txt",
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
                version=1,
                added_at=datetime.now(UTC),
            )
        )
    with reg.transaction() as s:
        for table, rows in (
            (EntityRow, ents),
            (AlgorithmRow, algos),
            (ProductRow, products),
            (ProductLinkRow, links),
            (ProcedureRow, procs),
            (AttachmentRow, blobs),
            (AuditEventRow, audit_rows),
        ):
            for start in range(0, len(rows), 5000):
                s.execute(insert(table), rows[start : start + 5000])
        s.merge(SettingRow(key=audit_log.HEAD_KEY, value=head))
    return {
        "entities": len(ents),
        "algorithms": len(algos),
        "products": len(products),
        "procedures": len(procs),
        "audit_events": len(audit_rows),
        "attachments": len(blobs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--algorithms", type=int, default=10_000)
    parser.add_argument("--passphrase")
    args = parser.parse_args()
    start = time.perf_counter()
    created = create_register(args.out, passphrase=args.passphrase)
    with created.register as reg:
        n = args.algorithms
        counts = fill(
            reg,
            algorithms=n,
            entities=max(1, n // 50),
            procedures=n * 5,
            events=n * 10,
            attachments=max(1, n // 5),
        )
    print(f"{args.out}: {counts} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
