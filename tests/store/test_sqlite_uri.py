"""``store.engine.sqlite_uri``: the URI SQLite gets names exactly the file, whatever its name.

Issue 13 item 2: the path went into ``file:{path}?mode=rw`` unescaped, so ``#`` cut the name,
``?``/``&``/``=`` became URI parameters and ``%2F`` became a ``/`` (another folder).
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

import pytest

from filing_desk.store import engine as engine_mod
from filing_desk.store.keys import new_data_key

NASTY = [  # plain Chinese, spaces, "&" and "=" are covered by tests/reliability/test_uri_names.py
    "Reg #2.fdesk",
    "100% sure %41%2e.fdesk",
    "x%2F..%2F..%2Fescaped.fdesk",
    "what?mode=rwc&cache=shared.fdesk",
]


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (
            PureWindowsPath(r"C:\Users\王\Reg #2.fdesk"),
            "file:///C:/Users/%E7%8E%8B/Reg%20%232.fdesk?mode=rw",
        ),
        (
            PureWindowsPath(r"\\server\share\a&b=c.fdesk"),
            "file:////server/share/a%26b%3Dc.fdesk?mode=rw",
        ),
        (
            PurePosixPath("/home/王/100% a?b#c.fdesk"),
            "file:///home/%E7%8E%8B/100%25%20a%3Fb%23c.fdesk?mode=rw",
        ),
        (PurePosixPath("//host/x.fdesk"), "file:////host/x.fdesk?mode=rw"),  # never an authority
    ],
)
def test_attack_uri_special_characters_are_escaped_never_read_as_uri_syntax(
    path: PurePath, uri: str
) -> None:
    """Reproduction: build the URI for ``C:\\Users\\王\\Reg #2.fdesk`` (and a UNC share, a POSIX
    name with ``% ? #``, a path starting ``//``). Before the fix the text went in unescaped (or a
    Windows path lacked ``file:///``); now every special byte is percent-encoded and the authority
    is empty."""
    assert engine_mod.sqlite_uri(path, "rw") == uri


@pytest.mark.skipif(sys.platform == "win32", reason="'?' is not allowed in Windows names")
@pytest.mark.parametrize("name", NASTY)
def test_attack_nasty_names_create_exactly_the_named_file(name: str, tmp_path: Path) -> None:
    """Reproduction: ``store.engine.connect(folder / NAME, key, create=True)`` and write a table,
    for names with ``# % & = ?`` and ``%2F..`` (a folder escape once decoded). Before the fix
    SQLite made ``Reg ``, ``100% sure A.`` or a file a folder up, or refused the name; now
    exactly ``NAME`` exists and nothing else anywhere under the test folder."""
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    conn = engine_mod.connect(folder / name, new_data_key(), create=True)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()] == [
        f"a/b/{name}"
    ]
