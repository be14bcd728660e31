"""A team register opened or initialised on the PostgreSQL server: ``init_team``, ``open_team``
and ``TeamRegister``, the same ``Register`` API with the file-only parts said otherwise.

Same models, same Alembic revisions, same services and audit chain (``store.audit_log`` appends
under an advisory lock there and names the database user). What a file has and a server has not
— a data key, a recovery key, SQLCipher's page check, a backup copy — is refused with a message
saying what the server does instead (``pg_dump``, TLS, the server's disk encryption, roles).
Every failure is a RegisterError raised before anything is written. No Qt.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from filing_desk.store import approvals, integrity, keys, migrate
from filing_desk.store.approvals import FourEyes
from filing_desk.store.register import Clock, Created, Register, create_register, open_register
from filing_desk.store.schema import SettingRow
from filing_desk.store.team import copying, permissions, roles
from filing_desk.store.team.address import TeamAddress, parse
from filing_desk.store.team.connect import team_engine
from filing_desk.store.team.errors import TeamNotEmpty, TeamNotInitialised, TeamRefused
from filing_desk.store.team.password import Prompt, password_for

if TYPE_CHECKING:
    from sqlalchemy import Engine

REGISTER_ID = "register.id"  # the setting holding a team register's id (a file's is its salt)
PG_DUMP = (
    "Backups of a team register are the server administrator's: pg_dump (e.g. "
    "`pg_dump -Fc -f register.dump {database}`) on the server, on its own schedule."
)


class TeamRegister(Register):
    """A register on the firm's PostgreSQL server; ``address`` says where, ``roles`` what the
    connected user may do (``filing_desk_viewer``/``_editor``/``_reviewer``)."""

    def __init__(
        self, address: TeamAddress, engine: Any, clock: Clock | None, register_id: str
    ) -> None:
        # No data key: every method that would use one is overridden below.
        no_key = cast(keys.DataKey, None)
        super().__init__(
            Path(address.display), engine, no_key, None, clock, register_id=register_id
        )
        self.address = address
        with engine.connect() as conn:
            self.roles = frozenset(roles.roles_of(conn))
        permissions.word_refusals(engine, self.roles)  # the server's "permission denied", worded
        approvals.word_refusals(engine)  # and its four-eyes refusal (migration 0013)
        eyes = FourEyes(self.uow, self.roles)  # ready to submit only after a reviewer approves
        self.approve, self.approval_status = eyes.approve, eyes.status
        self.awaits_approval = eyes.awaits_approval
        self.mark_ready = cast(Any, eyes.guard(self.mark_ready))  # same signature, guarded

    def __enter__(self) -> TeamRegister:
        return self

    @property
    def key_source(self) -> keys.KeySource:
        raise TeamRefused("A team register has no data key: the server's roles protect it.")

    def cipher_check(self) -> list[str]:
        return []  # no SQLCipher on the server; ``check`` says so on its encryption line

    def check(
        self,
        against: Path | None = None,
        backup_passphrase: str | None = None,
        printed_head: str | None = None,
    ) -> integrity.Report:
        """``check`` as on a file, but the encryption line says what protects the server."""
        if against is not None:
            raise TeamRefused(f"check --against compares register files. {self._pg_dump()}")
        report = integrity.run_check(self, cast(keys.DataKey, None), None, None, printed_head)
        server = integrity.Line(
            "encryption",
            f"not applicable: team register on {self.address.server} (TLS to the server, "
            "its disk encryption and database roles protect it)",
        )
        return integrity.Report((server, *report.lines[1:]))

    def backup_to(self, target: Path, passphrase: str | None = None, **_: Any) -> Any:
        raise TeamRefused(self._pg_dump())

    def recovery_key(self) -> str:
        raise TeamRefused("A team register has no recovery key: the server's roles protect it.")

    def remember_key(self) -> None:
        raise TeamRefused("A team register has no data key to remember.")

    def _pg_dump(self) -> str:
        return PG_DUMP.format(database=self.address.database)


def _address(location: str | TeamAddress) -> TeamAddress:
    return location if isinstance(location, TeamAddress) else parse(location)


def open_team(
    location: str | TeamAddress,
    clock: Clock | None = None,
    *,
    upgrade: bool = True,
    prompt: Prompt | None = None,
    password: str | None = None,
) -> TeamRegister:
    """Open the team register at ``location`` (its schema brought to head unless ``upgrade`` is
    false); TeamNotInitialised when its database is still empty. ``password``: one the user
    just typed (the GUI's dialog), used as given before the environment and the keyring."""
    address = _address(location)
    engine = team_engine(address, password or password_for(address, prompt))
    try:
        revision = migrate.needs_upgrade(engine)
        if revision == "":
            raise TeamNotInitialised(
                f"{address.display} holds no register yet: run `filing-desk team init {address}`."
            )
        if revision is not None and upgrade:
            migrate.run(engine)
        register_id = _register_id(engine)
        return TeamRegister(address, engine, clock, register_id)
    except BaseException:
        engine.dispose()
        raise


def init_team(
    location: str | TeamAddress, clock: Clock | None = None, *, prompt: Prompt | None = None
) -> TeamRegister:
    """Make the register in the empty database at ``location``: every revision to head, the
    three roles and their grants, and the register's id (an audited setting)."""
    address = _address(location)
    engine = team_engine(address, password_for(address, prompt))
    try:
        _make_schema(engine, address)
        register = TeamRegister(address, engine, clock, uuid.uuid4().hex)
    except BaseException:
        engine.dispose()
        raise
    register.set_setting(REGISTER_ID, register.register_id)
    return register


def push_to_team(
    source: Register, location: str | TeamAddress, *, prompt: Prompt | None = None
) -> TeamRegister:
    """Copy the open file register ``source`` into the empty database at ``location`` (schema
    and roles made as ``init_team`` makes them); the team register keeps the file's id."""
    address = _address(location)
    engine = team_engine(address, password_for(address, prompt))
    try:
        _make_schema(engine, address)
        copying.copy_rows(copying.engine_of(source), engine, address.display)
        register = TeamRegister(address, engine, source.today, source.register_id)
    except BaseException:
        engine.dispose()
        raise
    register.set_setting(REGISTER_ID, register.register_id)
    return register


def pull_to_file(source: TeamRegister, path: Path, passphrase: str | None = None) -> Created:
    """An encrypted file copy of the team register (a read-only snapshot for travel, by use):
    a new register at ``path`` (passphrase or keyring mode as ``create_register``), every row
    copied; nothing is left at ``path`` if the copy fails."""
    created = create_register(path, passphrase)
    target = created.register.path
    try:
        copying.copy_rows(copying.engine_of(source), copying.engine_of(created.register), str(path))
    except BaseException:
        created.register.close()
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    created.register.close()  # its services read the empty file: open the copy afresh
    return Created(open_register(target, passphrase), created.recovery_key)


def _make_schema(engine: Engine, address: TeamAddress) -> None:
    """Refuse a database that is not empty or a user who may not make the roles (before any
    write), then every revision to head and the roles' grants."""
    from sqlalchemy import inspect

    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        may_make_roles = _may_make_roles(conn)
    if tables:
        raise TeamNotEmpty(
            f"{address.display} already holds {len(tables)} table(s): a team register is made "
            "in the empty database the administrator created (createdb)."
        )
    if not may_make_roles:
        raise TeamRefused(
            f"{address.user} may not create roles on {address.server}: the administrator "
            f"runs `ALTER ROLE {address.user} CREATEROLE` (or runs team init as a role "
            "that may), or creates the roles filing_desk_viewer, _editor and _reviewer."
        )
    migrate.run(engine)
    with engine.begin() as conn:
        roles.grant(conn, address.database)
        permissions.restrict_approvals(conn)


def _may_make_roles(conn: Any) -> bool:
    """The user may create roles, or all three exist already (a second register)."""
    from sqlalchemy import text

    can = conn.execute(
        text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    existing = conn.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(roles.ROLES)},
    ).scalar()
    return bool(can) or existing == len(roles.ROLES)


def _register_id(engine: Engine) -> str:
    from sqlalchemy import select

    with engine.connect() as conn:
        found = conn.execute(select(SettingRow.value).where(SettingRow.key == REGISTER_ID))
        value = found.scalar()
    return str(value) if value else "team"
