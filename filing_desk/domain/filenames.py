"""File names that come from outside (an attached or dropped file, an import, a stored attachment
about to be opened): the one sanitiser the store, transfer and the UI share, and which names are
programs or scripts that the desktop would run rather than show.

Pure: no I/O. A safe name has no path parts, no control, bidi or zero-width characters, none of
the characters Windows forbids, is not a Windows device name, and fits every file system in UTF-8
bytes (with a margin for the `` (2)`` a copy may get), keeping its extension.
"""

from __future__ import annotations

import re
import unicodedata

FALLBACK_NAME = "attachment"
# File systems allow 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS) per name; 200 UTF-8 bytes
# fit all of them and leave room for the " (12)" a second copy of a name gets.
MAX_NAME_BYTES = 200
MAX_SUFFIX_BYTES = 16  # a longer "extension" is part of the name, not a file type

# Shown as nothing but reorder or hide what follows: "invoice\u202egpj.exe" reads "invoiceexe.jpg".
BIDI_CONTROLS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)
ZERO_WIDTH = frozenset(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])

# Windows opens a device for these names whatever the extension ("nul.txt", "COM1 .pdf").
RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]}
)
_FORBIDDEN = re.compile(r'[<>:"|?*]')
_EDGES = re.compile(r"^[\s.]+|[\s.]+$")  # leading/trailing blanks and dots (hidden or stripped)

# Types the desktop runs (or installs, or follows) when asked to "open" them.
EXECUTABLE_SUFFIXES = frozenset(
    {
        # Windows
        "exe", "com", "bat", "cmd", "msi", "msp", "mst", "msix", "appx", "scr", "pif", "cpl",
        "hta", "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "psd1", "reg", "lnk",
        "url", "inf", "scf", "chm", "msc", "gadget", "application", "appref-ms", "dll",
        # macOS, Linux and cross-platform
        "sh", "bash", "zsh", "csh", "ksh", "fish", "command", "tool", "app", "pkg", "dmg",
        "desktop", "appimage", "run", "bin", "deb", "rpm", "jar", "py", "pyw", "pyc", "pl", "rb",
    }
)  # fmt: skip


def _visible(ch: str) -> str:
    """``ch``, a space for a line or paragraph separator, or nothing for an invisible character
    (control, format — which includes every bidi and zero-width one — private or unassigned)."""
    if ch in BIDI_CONTROLS or ch in ZERO_WIDTH:
        return ""
    category = unicodedata.category(ch)
    if category in ("Zl", "Zp"):
        return " "
    return "" if category[0] == "C" else ch


def _cut(text: str, limit: int) -> str:
    """The longest start of ``text`` that takes at most ``limit`` UTF-8 bytes (whole characters)."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def safe_filename(name: str) -> str:
    """A name safe to show and to create in any folder on Windows, macOS or Linux; never empty.

    Keeps Chinese and other letters and the extension; drops directories (``../``, ``..\\``,
    absolute paths, drive letters) and invisible characters; replaces what Windows forbids;
    prefixes a Windows device name with ``_``; shortens to ``MAX_NAME_BYTES`` UTF-8 bytes.
    Applying it twice changes nothing.
    """
    text = "".join(_visible(ch) for ch in unicodedata.normalize("NFC", str(name)))
    text = re.split(r"[\\/]", text)[-1]
    text = re.sub(r"^[A-Za-z]:", "", text)
    text = _EDGES.sub("", _FORBIDDEN.sub("_", text))
    if not text:
        return FALLBACK_NAME
    if text.split(".", 1)[0].rstrip().upper() in RESERVED_NAMES:
        text = "_" + text
    if len(text.encode("utf-8")) <= MAX_NAME_BYTES:
        return text
    stem, dot, suffix = text.rpartition(".")
    suffix = dot + suffix
    if not stem or len(suffix.encode("utf-8")) > MAX_SUFFIX_BYTES + 1 or re.search(r"\s", suffix):
        stem, suffix = text, ""
    stem = _EDGES.sub("", _cut(stem, MAX_NAME_BYTES - len(suffix.encode("utf-8"))))
    return (stem + suffix) if stem else FALLBACK_NAME


def suffix_of(name: str) -> str:
    """The extension of ``name`` after sanitising, lower case, without the dot ("" when none)."""
    stem, dot, suffix = safe_filename(name).rpartition(".")
    return suffix.lower() if dot and stem else ""


def is_executable_name(name: str) -> bool:
    """Whether the desktop would run, install or follow a file of this name when opening it."""
    return suffix_of(name) in EXECUTABLE_SUFFIXES
