"""Size, zip-bomb and file-name limits, checked before anything is read or unpacked.

No Qt, no database. ``check_file`` only stats the file and, for zip-based formats (.xlsx, .docx),
reads the zip central directory; it never decompresses a member. Sizes in the central directory are
the archive's own claims: ``zipfile`` stops decompressing a member at its declared size, so refusing
on the declared sizes bounds what a later reader can unpack. ``check_xml_parts`` then reads only
the prolog of each XML part, to refuse a DTD (entity declarations) before any reader parses it.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from filing_desk.domain.filenames import FALLBACK_NAME as FALLBACK_NAME  # one sanitiser
from filing_desk.domain.filenames import safe_filename as safe_filename
from filing_desk.transfer.errors import FileTooLarge, MalformedFile, UnsafeXml, ZipBomb

MIB = 1024 * 1024
ZIP_SUFFIXES = frozenset({".xlsx", ".xlsm", ".docx"})
# Members smaller than this cannot bomb anything, so a high ratio there is ignored (tiny XML parts
# of an .xlsx routinely compress 100:1).
RATIO_FLOOR_BYTES = 1 * MIB


@dataclass(frozen=True)
class Limits:
    """What an import may cost. Defaults suit a firm's register; tests pass smaller ones."""

    max_file_bytes: int = 50 * MIB
    max_unpacked_bytes: int = 200 * MIB
    max_ratio: int = 100
    max_members: int = 10_000
    max_rows: int = 200_000


DEFAULT_LIMITS = Limits()

# The register's settings that override the defaults (the Settings dialog edits them).
LIMIT_SETTINGS = {
    "import.max_file_mb": ("max_file_bytes", MIB),
    "import.max_unpacked_mb": ("max_unpacked_bytes", MIB),
    "import.max_rows": ("max_rows", 1),
}


def limits_from_settings(setting: Callable[[str, str], str]) -> Limits:
    """The import limits, from settings read through ``setting(key, default)``; a missing or
    unreadable value keeps the default."""
    values = {}
    for key, (name, unit) in LIMIT_SETTINGS.items():
        default = getattr(DEFAULT_LIMITS, name) // unit
        try:
            number = int(setting(key, str(default)))
        except ValueError:
            number = default
        values[name] = max(1, number) * unit
    return replace(DEFAULT_LIMITS, **values)


def setting_value(limits: Limits, key: str) -> int:
    """A limit in the unit its setting uses (MB or rows)."""
    name, unit = LIMIT_SETTINGS[key]
    value: int = getattr(limits, name)
    return value // unit


def check_file(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> int:
    """Refuse a file that is too large or a zip bomb; return its size in bytes.

    Raises:
        FileTooLarge: the file is bigger than ``limits.max_file_bytes``.
        ZipBomb: a zip-based file declares too many members, too many unpacked bytes, or a member
            whose unpacked/packed ratio exceeds ``limits.max_ratio``.
        MalformedFile: the file is missing, or named .xlsx/.docx but is not a zip archive.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise MalformedFile(f"cannot read {p.name}: {exc.strerror or exc}", file=p.name) from exc
    if size > limits.max_file_bytes:
        raise FileTooLarge(
            f"{p.name} is {_mib(size)}, more than the {_mib(limits.max_file_bytes)} allowed "
            "(the import limits are in Settings)",
            file=p.name,
            size=size,
            limit=limits.max_file_bytes,
        )
    if p.suffix.lower() in ZIP_SUFFIXES:
        check_zip(p, limits)
    return size


def check_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Inspect a zip archive's central directory and refuse a zip bomb before unpacking."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
        raise MalformedFile(
            f"{path.name} is not a valid {path.suffix.lower()} file (not a zip archive)",
            file=path.name,
        ) from exc
    if len(members) > limits.max_members:
        raise ZipBomb(
            f"{path.name} holds {len(members)} parts, more than {limits.max_members}; "
            "refused without unpacking",
            file=path.name,
        )
    total = sum(m.file_size for m in members)
    if total > limits.max_unpacked_bytes:
        raise ZipBomb(
            f"{path.name} would unpack to {_mib(total)}, more than "
            f"{_mib(limits.max_unpacked_bytes)}"
            "; refused without unpacking (possible zip bomb)",
            file=path.name,
            unpacked=total,
        )
    for member in members:
        _check_ratio(path, member, limits)


def _check_ratio(path: Path, member: zipfile.ZipInfo, limits: Limits) -> None:
    if member.file_size < RATIO_FLOOR_BYTES:
        return
    ratio = member.file_size / max(member.compress_size, 1)
    if ratio > limits.max_ratio:
        raise ZipBomb(
            f"{path.name}: part {member.filename!r} would unpack {ratio:.0f} times its packed size "
            f"(limit {limits.max_ratio}); refused without unpacking (possible zip bomb)",
            file=path.name,
            member=member.filename,
        )


def _mib(size: int) -> str:
    return f"{size / MIB:.1f} MiB"


# Excel and Word never write a DTD; in an .xlsx/.docx part one can only declare entities (billion
# laughs, outside files) that the readers would choke on or silently drop. A DTD must come before
# the root element, so each XML part is parsed (expat, streaming) only up to its root's start tag.
XML_PART_SUFFIXES = (".xml", ".rels")
_UNREADABLE = (zipfile.BadZipFile, zlib.error, OSError, RuntimeError, NotImplementedError, EOFError)
MAX_PROLOG_BYTES = 1 * MIB


class _Prolog(Exception):
    """Stops the prolog parser: ``args[0]`` is True at a DTD, False at the root element."""


def check_xml_parts(path: str | os.PathLike[str]) -> None:
    """Refuse an .xlsx/.docx whose XML parts declare a DTD or entities (call after ``check_file``).

    Raises:
        UnsafeXml: a part has a ``<!DOCTYPE …>`` (the only place ``<!ENTITY …>`` can be), or more
            than ``MAX_PROLOG_BYTES`` before its root element.
        MalformedFile: the archive cannot be read.
    """
    p = Path(path)
    try:
        with zipfile.ZipFile(p) as archive:
            for member in archive.infolist():
                if member.filename.lower().endswith(XML_PART_SUFFIXES):
                    _check_prolog(p, archive, member)
    except _UNREADABLE as exc:
        raise MalformedFile(
            f"{p.name} is not a valid {p.suffix.lower()} file ({exc})", file=p.name
        ) from exc


def _check_prolog(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    from xml.parsers import expat

    def stop(doctype: bool) -> Callable[..., None]:
        def handler(*_: object) -> None:
            raise _Prolog(doctype)

        return handler

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = stop(True)
    parser.StartElementHandler = stop(False)
    reason, read = f"has more than {_mib(MAX_PROLOG_BYTES)} before its first element", 0
    try:
        with archive.open(member) as stream:
            while read < MAX_PROLOG_BYTES and (chunk := stream.read(64 * 1024)):
                read += len(chunk)
                parser.Parse(chunk, False)
        if read < MAX_PROLOG_BYTES:
            return  # ended before any element: its reader finds no XML in it
    except _Prolog as found:
        if not found.args[0]:
            return  # the root element's start: no DTD can follow
        reason = "declares a DTD or entities (<!DOCTYPE …>)"
    except (expat.ExpatError, ValueError, LookupError) as exc:  # pyexpat: multi-byte, unknown
        codes = expat.errors.codes
        encoding = (
            codes[expat.errors.XML_ERROR_UNKNOWN_ENCODING],
            codes[expat.errors.XML_ERROR_INCORRECT_ENCODING],
        )
        if isinstance(exc, expat.ExpatError) and exc.code not in encoding:
            return  # not XML (e.g. binary): its reader decides, and lxml never expands entities
        reason = "is in an encoding other than UTF-8 or UTF-16"
    raise UnsafeXml(
        f"{path.name}: its part {member.filename} {reason}, which Excel and Word never write; "
        "refused without reading it",
        file=path.name,
        member=member.filename,
    )
