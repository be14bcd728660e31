"""The dashboard's "annexes to renew" bucket on a real register: the latest keyword list and test
bank dated against their cadences (a day under, on, and over), changed cadences, a withdrawn
service, a newer version, a missing annex, and the severity order of the three buckets; then
``deadlines`` (text, --json) and ``services --json`` listing them.

The register's today is a clock the test moves; the attachments' ``added_at`` is set by
replacing the wall clock the attachment store reads (``datetime.now``)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.genai_alerts import AlertKind
from filing_desk.domain.genai_annex_findings import Cadences
from filing_desk.store import attachments
from filing_desk.store.register import Register, create_register
from tests.helpers.genai_services import called_service, own_service, world
from tests.helpers.registers import STRONG_PASSPHRASE, make_register

KW, TQ = AttachmentKind.KEYWORD_LIST, AttachmentKind.TEST_QUESTIONS
ADDED = date(2026, 10, 1)  # when the annexes were attached


@dataclass
class Clocks:
    today: date = ADDED
    wall: datetime = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def clocks(monkeypatch: pytest.MonkeyPatch) -> Clocks:
    clocks = Clocks()

    class Wall(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            return clocks.wall

    monkeypatch.setattr(attachments, "datetime", Wall)
    return clocks


@pytest.fixture
def reg(tmp_path: Path, clocks: Clocks) -> Iterator[Register]:
    register = create_register(tmp_path / "r.fdesk", clock=lambda: clocks.today).register
    yield register
    register.close()


def attach(reg: Register, service_id: int, kind: AttachmentKind, name: str = "a.xlsx") -> int:
    return reg.add_attachment(OwnerType.SERVICE, service_id, kind, name, b"PK fake").id


def renewals(reg: Register) -> list[tuple[str, AlertKind, date | None, int | None]]:
    return [
        (r.service, r.alert.kind, r.since, r.days)
        for r in reg.dashboard().services.annexes_to_renew
    ]


@pytest.mark.parametrize(
    ("kind", "alert", "cadence"),
    [(KW, AlertKind.KEYWORD_LIST_STALE, 7), (TQ, AlertKind.TEST_BANK_STALE, 30)],
)
@pytest.mark.parametrize(("offset", "reminded"), [(-1, False), (0, False), (1, True)])
def test_an_annex_is_to_renew_only_past_its_cadence(
    reg, clocks, kind, alert, cadence, offset, reminded
):
    service = reg.create_service(called_service(world(reg)))
    attach(reg, service.id, kind)
    clocks.today = ADDED + timedelta(days=cadence + offset)
    expected = [(service.name, alert, ADDED, cadence + offset)] if reminded else []
    assert renewals(reg) == expected
    assert renewals(reg) == [
        (r.service, r.alert.kind, r.since, r.days)
        for r in reg.service_buckets().annexes_to_renew  # what `deadlines` reads
    ]


def test_changed_cadences_move_the_reminder(reg, clocks):
    service = reg.create_service(called_service(world(reg)))
    attach(reg, service.id, KW)
    attach(reg, service.id, TQ)
    clocks.today = ADDED + timedelta(days=10)
    assert [kind for _, kind, _, _ in renewals(reg)] == [AlertKind.KEYWORD_LIST_STALE]
    reg.set_annex_cadences(Cadences(14, 9))
    (row,) = reg.dashboard().services.annexes_to_renew
    assert (row.alert.kind, row.days, row.cadence) == (AlertKind.TEST_BANK_STALE, 10, 9)
    assert row.alert.issue.code == "genai_annex.questions_stale"
    assert row.alert.issue.text == (
        "The latest test question bank dates from 2026-10-01 (10 days ago); practice is to "
        "renew it every 9 days."
    )


@pytest.mark.parametrize("step", ["withdraw", "revoke"])
def test_a_withdrawn_or_revoked_service_is_not_reminded(reg, clocks, step):
    w = world(reg)
    service = reg.create_service(called_service(w))
    quiet = reg.create_service(own_service(w, name="示例绘图服务", go_live_date=None))
    for sid in (service.id, quiet.id):
        attach(reg, sid, KW)
    clocks.today = ADDED + timedelta(days=8)
    assert [name for name, *_ in renewals(reg)] == [service.name, "示例绘图服务"]
    moves = ["withdraw"] if step == "withdraw" else ["prepare", "submit", "approve", "revoke"]
    for move in moves:
        number = "Beijing-ShiLiKeFu-20250310S0001" if move == "approve" else None
        reg.step_service(service.id, move, **({"number": number} if number else {}))
    assert [name for name, *_ in renewals(reg)] == ["示例绘图服务"]


def test_a_newer_version_resets_the_reminder_and_the_old_one_no_longer_counts(reg, clocks):
    service = reg.create_service(called_service(world(reg)))
    first = attach(reg, service.id, KW, "v1.xlsx")
    clocks.today = ADDED + timedelta(days=20)
    assert renewals(reg) == [(service.name, AlertKind.KEYWORD_LIST_STALE, ADDED, 20)]
    clocks.wall += timedelta(days=15)
    reg.replace_attachment(first, "v2.xlsx", b"PK newer")
    assert renewals(reg) == []  # 5 days old
    clocks.today += timedelta(days=3)
    assert renewals(reg) == [
        (service.name, AlertKind.KEYWORD_LIST_STALE, ADDED + timedelta(days=15), 8)
    ]


def test_a_missing_annex_is_no_reminder_and_the_buckets_keep_their_order(reg, clocks):
    w = world(reg)
    bare = reg.create_service(own_service(w, name="示例无附件服务", go_live_date=ADDED))
    live = reg.create_service(own_service(w, go_live_date=ADDED))
    attach(reg, live.id, TQ)
    clocks.today = ADDED + timedelta(days=31)
    buckets = reg.dashboard().services
    assert {r.service_id for r in buckets.rows[:2]} == {bare.id, live.id}
    assert [r.alert.kind for r in buckets.rows] == [
        AlertKind.LIVE_WITHOUT_NUMBER,
        AlertKind.LIVE_WITHOUT_NUMBER,
        AlertKind.TEST_BANK_STALE,
    ]
    assert [(r.service_id, r.since) for r in buckets.annexes_to_renew] == [(live.id, ADDED)]


# --- the command line: `deadlines` (text and --json) and `services --json` ------------------


@pytest.fixture
def cli_register(tmp_path: Path, clocks: Clocks, monkeypatch: pytest.MonkeyPatch) -> dict:
    """A register the CLI opens with the real today: 示例智能客服 (登记, live without a number)
    with a keyword list 40 days old and a test bank 31 days old; 示例写作大模型服务 with a fresh
    keyword list; an open filing of the entity's algorithm."""
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    path = tmp_path / "cli.fdesk"
    reg = make_register(path, STRONG_PASSPHRASE, today=date.today())
    w = world(reg)
    reg.start_filing(w.algorithm_id)
    live = reg.create_service(called_service(w, go_live_date=date(2025, 6, 1)))
    fresh = reg.create_service(own_service(w, go_live_date=None))
    now = datetime.now(UTC)
    for sid, kind, age in ((live.id, KW, 40), (live.id, TQ, 31), (fresh.id, KW, 0)):
        clocks.wall = now - timedelta(days=age)
        attach(reg, sid, kind)
    reg.close()
    return {"path": path, "live": live.id, "fresh": fresh.id, "now": now}


def cli(made: dict, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--register", str(made["path"]), *args]) == 0
    return capsys.readouterr().out


def test_deadlines_lists_the_annexes_to_renew_after_the_service_duties(cli_register, capsys):
    out = cli(cli_register, capsys, "deadlines").splitlines()
    kw = (cli_register["now"] - timedelta(days=40)).date()
    tq = (cli_register["now"] - timedelta(days=31)).date()
    old = {kw: (date.today() - kw).days, tq: (date.today() - tq).days}
    assert out[0] == "Generative-AI services needing action now:"
    assert out[1].split()[:4] == ["LIVE", "WITHOUT", "NUMBER", "示例智能客服"]
    assert out[2:4] == ["", "Generative-AI annexes to renew (practice cadence, not a legal duty):"]
    assert out[4].split()[:3] == ["KEYWORD", "LIST", "示例智能客服"]
    assert out[4].endswith(
        f"latest version of {kw}, {old[kw]} days old; practice is to renew it every 7 days"
    )
    assert out[5].split()[:3] == ["TEST", "BANK", "示例智能客服"]
    assert out[5].endswith(f"{old[tq]} days old; practice is to renew it every 30 days")
    assert out[6:8] == ["", "Procedures:"]
    assert "示例写作大模型服务" not in "\n".join(out)  # its keyword list is fresh


def test_deadlines_json_puts_the_renewals_after_the_service_alerts(cli_register, capsys):
    items = json.loads(cli(cli_register, capsys, "deadlines", "--json"))
    heads = [(it.get("alert"), it.get("annex")) for it in items[:3]]
    assert heads == [
        ("live-without-number", None),
        ("annex-renewal", "keyword_list"),
        ("annex-renewal", "test_questions"),
    ]
    keyword = items[1]
    since = date.fromisoformat(keyword["since"])
    assert since == (cli_register["now"] - timedelta(days=40)).date()
    assert keyword["service_id"] == cli_register["live"]
    assert (keyword["days"], keyword["cadence"], keyword["practice"]) == (
        (date.today() - since).days,
        7,
        True,
    )
    assert keyword["due"] == (since + timedelta(days=7)).isoformat()
    assert "filing" in [it["procedure"] for it in items[3:]]
    assert not [it for it in items[3:] if it["procedure"] == "genai-service"]
    overdue = [i["overdue"] for i in items]  # the ordering `deadlines --json` always kept
    assert overdue == sorted(overdue, reverse=True)


def test_services_json_lists_the_stale_annexes_as_alerts(cli_register, capsys):
    items = {it["id"]: it for it in json.loads(cli(cli_register, capsys, "services", "--json"))}
    assert items[cli_register["live"]]["alerts"] == [
        "live-without-number",
        "keyword-list-stale",
        "test-bank-stale",
    ]
    assert items[cli_register["fresh"]]["alerts"] == []


@pytest.fixture
def beijing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_annex_is_dated_by_the_users_day_not_the_utc_day(reg, clocks, beijing):
    """Attached at 07:30 in Beijing on 2 October (23:30 UTC on 1 October): the list is of
    2 October, so on 9 October it is 7 days old and not yet to renew; on the 10th it is."""
    clocks.wall = datetime(2026, 10, 1, 23, 30, tzinfo=UTC)
    service = reg.create_service(called_service(world(reg)))
    attach(reg, service.id, KW)
    clocks.today = date(2026, 10, 9)
    assert renewals(reg) == []
    clocks.today = date(2026, 10, 10)
    assert renewals(reg) == [(service.name, AlertKind.KEYWORD_LIST_STALE, date(2026, 10, 2), 8)]
    (issue,) = [i for i in reg.service_readiness(service.id) if i.code.endswith("_stale")]
    assert "dates from 2026-10-02 (8 days ago)" in issue.text
