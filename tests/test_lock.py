"""The locks in requirements/ agree with pyproject.toml: every install and bundle is reproducible.

`make run`, `make test` and `make bundle` install only from requirements/dev.txt (exact versions,
each with its hashes); `make lock` regenerates both files from pyproject.toml. These tests fail
when someone edits the dependencies in pyproject.toml and forgets `make lock`, or when a lock
records where packages came from (an index or find-links location).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
RUN_LOCK = ROOT / "requirements" / "run.txt"
DEV_LOCK = ROOT / "requirements" / "dev.txt"
DIRECT = "filing-desk (pyproject.toml)"


def _project() -> dict:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]


def _requirements(extra: bool) -> list[Requirement]:
    project = _project()
    listed = list(project["dependencies"])
    if extra:
        listed += project["optional-dependencies"]["dev"]
    return [Requirement(text) for text in listed]


def _entries(lock: Path) -> dict[str, tuple[Version, list[str], str]]:
    """name -> (pinned version, hashes, the entry's text) for every package in ``lock``."""
    text = lock.read_text(encoding="utf-8")
    entries: dict[str, tuple[Version, list[str], str]] = {}
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
    for block in blocks:
        match = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", block)
        if match is None:
            continue
        hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", block)
        entries[canonicalize_name(match[1])] = (Version(match[2]), hashes, block)
    return entries


@pytest.mark.parametrize(("lock", "extra"), [(RUN_LOCK, False), (DEV_LOCK, True)])
def test_every_dependency_in_pyproject_is_pinned_in_the_lock(lock: Path, extra: bool):
    entries = _entries(lock)
    for req in _requirements(extra):
        name = canonicalize_name(req.name)
        assert name in entries, f"{req.name} is in pyproject.toml but not in {lock.name}: make lock"
        version = entries[name][0]
        assert req.specifier.contains(version, prereleases=True), (
            f"{lock.name} pins {req.name}=={version}, outside pyproject.toml's {req.specifier}: "
            "make lock"
        )


@pytest.mark.parametrize(("lock", "extra"), [(RUN_LOCK, False), (DEV_LOCK, True)])
def test_the_lock_holds_no_dependency_pyproject_dropped(lock: Path, extra: bool):
    wanted = {canonicalize_name(r.name) for r in _requirements(extra)}
    for name, (_version, _hashes, block) in _entries(lock).items():
        if DIRECT in block:
            assert name in wanted, f"{lock.name} still pins {name}, no longer in pyproject.toml"


@pytest.mark.parametrize("lock", [RUN_LOCK, DEV_LOCK])
def test_every_pin_has_a_hash_and_no_location_is_recorded(lock: Path):
    text = lock.read_text(encoding="utf-8")
    entries = _entries(lock)
    assert len(entries) > 20
    for name, (_version, hashes, _block) in entries.items():
        assert hashes, f"{name} has no hash in {lock.name}"
    assert "://" not in text
    for line in text.splitlines():
        option = line.strip().split(" ", 1)[0]
        assert option not in {
            "-i",
            "--index-url",
            "--extra-index-url",
            "-f",
            "--find-links",
            "--trusted-host",
        }, line


def test_the_dev_lock_pins_the_same_versions_as_the_run_lock():
    run, dev = _entries(RUN_LOCK), _entries(DEV_LOCK)
    for name, (version, _hashes, _block) in run.items():
        assert name in dev, f"{name} is in run.txt but not in dev.txt: make lock"
        assert dev[name][0] == version, f"{name}: run.txt {version}, dev.txt {dev[name][0]}"


def test_make_installs_only_from_the_lock():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    install_lines = [ln for ln in makefile.splitlines() if "pip install" in ln and "-r" in ln]
    assert any("--require-hashes -r $(LOCK_DEV)" in ln for ln in install_lines)
    editable = [ln for ln in makefile.splitlines() if "pip install" in ln and "-e ." in ln]
    assert editable and all("--no-deps" in ln for ln in editable)
