"""``services``: the register's generative-AI services with their decided track, state, number
and alerts, as a table or (``--json``) a JSON list; and the services heading that ``deadlines``
prints first (live without a number, display duty, then the annexes to renew:
``store.genai_dashboard``'s buckets).

Reads only, through the Register API; the track and the alerts are the domain's
(``genai_tracks.decide_track``, ``genai_alerts``). Imports nothing heavy at module level.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from filing_desk.commands.base import UsageError
from filing_desk.commands.register_args import open_from_args

if TYPE_CHECKING:
    from filing_desk.commands.base import Subparsers
    from filing_desk.domain.genai_alerts import Alert
    from filing_desk.domain.genai_services import GenAIService
    from filing_desk.store.genai_dashboard import ServiceAlertRow, ServiceBuckets

COLUMNS = ("id", "name", "track", "state", "number", "alerts")


def add_parsers(sub: Subparsers) -> None:
    p = sub.add_parser(
        "services",
        help="generative-AI services: track, state, number and alerts",
        description="List the register's generative-AI services (备案 / 登记) with the track "
        "decided from their models, their state, their number and their alerts "
        "(live-without-number, display-duty; keyword-list-stale, test-bank-stale: the latest "
        "annex is older than its practice cadence).",
    )
    p.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    p.add_argument("--entity", type=int, metavar="ID", help="only the services of this entity")
    p.set_defaults(handler=run)


def service_item(service: GenAIService, entity: str, alerts: list[Alert]) -> dict[str, Any]:
    """One service as ``--json`` prints it."""
    from filing_desk.domain.genai_alerts import alert_codes
    from filing_desk.domain.genai_tracks import decide_track

    track = decide_track(service).track
    return {
        "id": service.id,
        "name": service.name,
        "entity_id": service.entity_id,
        "entity": entity,
        "track": track.value if track is not None else None,
        "state": service.state.value,
        "number": service.number or None,
        "approved": service.approved_date.isoformat() if service.approved_date else None,
        "go_live": service.go_live_date.isoformat() if service.go_live_date else None,
        "models": [
            {
                "name": m.name,
                "origin": m.origin.value,
                "developer": m.developer,
                "filing_number": m.filing_number or None,
            }
            for m in service.models
        ],
        "alerts": alert_codes(alerts),
    }


def run(args: argparse.Namespace) -> int:
    with open_from_args(args) as reg:
        names = {e.id: e.name for e in reg.entities()}
        if args.entity is not None and args.entity not in names:
            known = ", ".join(str(i) for i in sorted(names)) or "none"
            raise UsageError(
                f"--entity {args.entity}: the register has no entity with that id "
                f"(its entities' ids: {known})"
            )
        services = reg.services(args.entity)
        alerts: dict[int, list[Alert]] = {}
        for row in reg.service_buckets().rows:  # every alert, the practice reminders last
            alerts.setdefault(row.service_id, []).append(row.alert)
    items = [
        service_item(sv, names.get(sv.entity_id, ""), alerts.get(sv.id, [])) for sv in services
    ]
    if args.json:
        import json

        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    print_table(items)
    return 0


def print_table(items: list[dict[str, Any]]) -> None:
    if not items:
        print("No generative-AI services.")
        return
    rows = [
        [
            str(it["id"]),
            it["name"],
            it["track"] or "-",
            it["state"],
            it["number"] or "-",
            ", ".join(it["alerts"]) or "-",
        ]
        for it in items
    ]
    widths = [max(len(r[i]) for r in [list(COLUMNS), *rows]) for i in range(len(COLUMNS) - 1)]
    for row in [list(COLUMNS), *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))


# --- the heading of ``deadlines`` ------------------------------------------------------------


def alert_items(buckets: ServiceBuckets) -> list[dict[str, Any]]:
    """The services' alerts as ``deadlines --json`` items, most severe first. They carry the
    procedure items' keys too (``procedure`` is ``genai-service``; both alerts are duties already
    unmet, hence ``overdue``) so a reader of the list needs no special case."""
    return [
        _item(
            row,
            alert=row.alert.kind.value,
            product=row.product or None,
            since=row.since.isoformat() if row.since else None,
            shown=row.alert.params.get("shown"),  # what the product must show
            due=None,
        )
        for row in buckets.live_without_number + buckets.display_duty
    ] + [renewal_item(row) for row in buckets.annexes_to_renew]


def renewal_item(row: ServiceAlertRow) -> dict[str, Any]:
    """An annex to renew as a ``deadlines --json`` item (``alert`` ``annex-renewal``, ``annex``
    its kind): ``due`` is the day its cadence ran out, hence ``overdue``; ``practice`` says the
    cadence is practice, not a legal duty."""
    from datetime import timedelta

    since, cadence = row.since, row.cadence or 0
    return _item(
        row,
        alert="annex-renewal",
        annex=RENEWED_ANNEX[row.alert.kind],
        since=since.isoformat() if since else None,
        days=row.days,
        cadence=row.cadence,
        practice=True,
        due=(since + timedelta(days=cadence)).isoformat() if since else None,
    )


def _item(row: ServiceAlertRow, **fields: Any) -> dict[str, Any]:
    """A service's ``deadlines --json`` item: the procedure items' keys, then ``fields``."""
    head = {"procedure_id": None, "algorithm_id": None, "algorithm": None}
    service = {"service_id": row.service_id, "service": row.service, "entity": row.entity}
    tail = {"working_days_left": None, "overdue": True, "provisional": False}
    return {**head, **service, "procedure": "genai-service", **fields, **tail}


RENEWED_ANNEX = {"keyword-list-stale": "keyword_list", "test-bank-stale": "test_questions"}


def print_alert_heading(items: list[dict[str, Any]]) -> None:
    """The services heading ``deadlines`` prints before the procedures (nothing when none)."""
    renewals = [it for it in items if it["alert"] == "annex-renewal"]
    items = [it for it in items if it["alert"] != "annex-renewal"]
    if items:
        print("Generative-AI services needing action now:")
    for it in items:
        where = f"{it['service']} ({it['entity']})"
        if it["alert"] == "live-without-number":
            print(f"  LIVE WITHOUT NUMBER  {where}: offered to the public since {it['since']}")
        else:
            print(f"  DISPLAY DUTY         {where}: {it['product']} does not show {it['shown']}")
    if items:
        print()
    if renewals:  # after the duties: a practice cadence, not a legal duty
        print("Generative-AI annexes to renew (practice cadence, not a legal duty):")
    for it in renewals:
        what = "KEYWORD LIST" if it["annex"] == "keyword_list" else "TEST BANK"
        print(
            f"  {what:<19}  {it['service']} ({it['entity']}): latest version of {it['since']}, "
            f"{it['days']} days old; practice is to renew it every {it['cadence']} days"
        )
    if renewals:
        print()
