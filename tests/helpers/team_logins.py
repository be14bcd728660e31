"""People on a test team register: logins made in the throwaway cluster and granted one of the
desk's roles, as a firm's administrator does (``CREATE ROLE … LOGIN``; ``GRANT … TO …``).

Roles are the cluster's, shared by every test database: each login's name carries the database's
name so tests never meet each other's people. Every login has the database owner's password, so
``FILING_DESK_DB_PASSWORD`` (set by the ``team_db`` fixture) opens the register as any of them.
"""

from __future__ import annotations

from filing_desk.store.team import roles
from filing_desk.store.team_register import TeamRegister, init_team, open_team
from tests.helpers.postgres import TeamDatabase

ENTITY = {"name": "北京示例科技有限公司", "legal_rep_name": "王建国", "officer_name": "李静"}
ALGORITHM = {"name": "个性化推荐算法", "algo_type": "02", "role": "provider", "main_use": "推荐"}


def login(db: TeamDatabase, person: str, *desk_roles: str) -> str:
    """A login ``<database>_<person>`` holding ``desk_roles``; its name."""
    name = f"{db.name}_{person}"
    password = db.password.replace("'", "''")
    grants = [f"GRANT {role} TO {name}" for role in desk_roles]
    db.cluster.admin(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'", *grants)
    return name


def url_as(db: TeamDatabase, name: str) -> str:
    return db.url.replace(f"//{db.user}@", f"//{name}@")


def open_as(db: TeamDatabase, name: str) -> TeamRegister:
    return open_team(url_as(db, name))


def team_with_people(db: TeamDatabase) -> dict[str, str]:
    """An initialised register (one entity, one algorithm) and its people: ``editor``,
    ``reviewer``, ``second_reviewer`` and ``viewer`` → their login names."""
    with init_team(db.url) as reg:
        entity = reg.create_entity(**ENTITY)
        reg.create_algorithm(entity.id, **ALGORITHM)
    return {
        "editor": login(db, "eddie", roles.EDITOR),
        "reviewer": login(db, "rita", roles.REVIEWER),
        "second_reviewer": login(db, "ron", roles.REVIEWER),
        "viewer": login(db, "vera", roles.VIEWER),
    }
