"""``team init URL`` (make the register in the empty database the administrator created) and
``team login URL`` (keep the database password in the system keyring).

The password comes from ``FILING_DESK_DB_PASSWORD``, the keyring or a prompt on the terminal;
it is never echoed, printed or written anywhere else. Store code is imported when a command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from filing_desk.commands.base import Subparsers
    from filing_desk.store.team.address import TeamAddress


def team_url(text: str) -> TeamAddress:
    """A ``postgresql://`` address, checked when the arguments are parsed."""
    from filing_desk.store.team.address import parse
    from filing_desk.store.team.errors import BadTeamAddress

    try:
        return parse(text)
    except BadTeamAddress as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parsers(sub: Subparsers) -> None:
    team = sub.add_parser("team", help="a team register on the firm's PostgreSQL server")
    team.set_defaults(handler=run_step)
    steps = team.add_subparsers(dest="team_command", metavar="STEP", required=True)
    init = steps.add_parser(
        "init",
        help="make the register (schema, roles filing_desk_viewer/_editor/_reviewer) in an "
        "empty database",
    )
    init.add_argument("url", type=team_url, metavar="postgresql://USER@HOST:PORT/DB")
    init.set_defaults(step=run_init)
    login = steps.add_parser("login", help="keep the database password in the system keyring")
    login.add_argument("url", type=team_url, metavar="postgresql://USER@HOST:PORT/DB")
    login.set_defaults(step=run_login)
    push = steps.add_parser("push", help="copy a register file into an empty team database")
    push.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    push.add_argument("--to", dest="url", type=team_url, required=True, metavar="URL")
    push.set_defaults(step=run_push)
    pull = steps.add_parser("pull", help="make an encrypted file copy of a team register")
    pull.add_argument("--from", dest="url", type=team_url, required=True, metavar="URL")
    pull.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    pull.set_defaults(step=run_pull)


def prompt(address: TeamAddress) -> str | None:
    """The terminal prompt (``register_args.password_prompt``), looked up when called."""
    from filing_desk.commands import register_args

    return register_args.password_prompt(address)


def run_step(args: argparse.Namespace) -> int:
    """``team STEP``: the step's own handler."""
    code: int = args.step(args)
    return code


def run_init(args: argparse.Namespace) -> int:
    from filing_desk.store.team_register import init_team

    address: TeamAddress = args.url
    with init_team(address, prompt=prompt) as reg:
        print(
            f"Team register {reg.register_id} made in {address.display} (schema "
            f"{reg.schema_revision()}; roles filing_desk_viewer, filing_desk_editor, "
            "filing_desk_reviewer). The administrator grants a role to each person's login."
        )
    return 0


def run_login(args: argparse.Namespace) -> int:
    from filing_desk.store.team import password
    from filing_desk.store.team_register import open_team

    address: TeamAddress = args.url
    secret = password.password_for(address, prompt)
    with open_team(address, prompt=lambda _: secret, upgrade=False):
        pass  # the password is kept only once the server has accepted it
    password.remember(address, secret)
    print(f"The password of {address.user} on {address.server} is in the system keyring.")
    return 0


def run_push(args: argparse.Namespace) -> int:
    from filing_desk.commands.register_args import recovery_from_args
    from filing_desk.store.register import open_register
    from filing_desk.store.team_register import push_to_team

    address: TeamAddress = args.url
    with open_register(args.source, recovery=recovery_from_args(args)) as source:
        expected = _export(source)
        with push_to_team(source, address, prompt=prompt) as team:
            _verify(expected, _export(team), address.display)
            counts = team.schema_revision()
    print(
        f"Copied {args.source} into {address.display} (schema {counts}); their JSON exports match."
    )
    return 0


def run_pull(args: argparse.Namespace) -> int:
    from filing_desk.store.team_register import open_team, pull_to_file

    address: TeamAddress = args.url
    with open_team(address, prompt=prompt) as team:
        expected = _export(team)
        created = pull_to_file(team, args.output)
        with created.register as copy:
            _verify(expected, _export(copy), str(copy.path))
            print(f"Copied {address.display} into {copy.path}; their JSON exports match.")
    print("Recovery key of the copy — write it down; it is shown only once:")
    print(f"  {created.recovery_key}")
    return 0


def _export(register: Any) -> str:
    """The register's JSON export, as ``export --format json`` writes it."""
    from filing_desk.transfer import json_io, register_io

    return json_io.dump(register_io.snapshot_of(register))


def _verify(expected: str, found: str, where: str) -> None:
    from filing_desk.store.team.errors import TeamRefused

    if found != expected:
        raise TeamRefused(f"The copy in {where} does not export as its source does: do not use it.")
