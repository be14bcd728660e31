"""``init`` (a new, empty register) and ``demo`` (a register full of sample data)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from filing_desk.commands.register_args import open_from_args, register_path

if TYPE_CHECKING:
    from filing_desk.commands.base import Subparsers


def add_parsers(sub: Subparsers) -> None:
    sub.add_parser("init", help="create a new register").set_defaults(handler=run_init)
    sub.add_parser("demo", help="fill the register with realistic sample data").set_defaults(
        handler=run_demo
    )


def run_init(args: argparse.Namespace) -> int:
    from filing_desk.store.register import create_register

    created = create_register(register_path(args))
    with created.register as reg:
        how = (
            "opened by its passphrase"
            if reg.key_source.value == "passphrase"
            else "key in the system keyring"
        )
        print(f"Created {reg.path} (register {reg.register_id}, {how}).")
        print("Recovery key — write it down or print the recovery sheet; it is shown only once:")
        print(f"  {created.recovery_key}")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from filing_desk import demo
    from filing_desk.store.register import create_register

    path = register_path(args)
    if path.exists():
        reg = open_from_args(args)
    else:
        created = create_register(path)
        reg = created.register
        print(f"Created {path}. Recovery key: {created.recovery_key}")
    with reg:
        summary = demo.fill(reg)
    print(f"Demo data written: {summary}")
    return 0
