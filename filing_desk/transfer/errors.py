"""Errors raised while reading or writing import/export files.

No Qt, no I/O of its own. Every error is a ``DomainError`` with a stable ``code`` and ``params``
so the UI can translate it; the English message names the file, row and column where they are known.
"""

from __future__ import annotations

from filing_desk.domain.errors import DomainError


class TransferError(DomainError):
    """Base of every import/export failure."""

    code = "transfer.error"


class FileTooLarge(TransferError):
    """The file (or its row count) exceeds a configured limit; nothing was read."""

    code = "transfer.file_too_large"


class ZipBomb(TransferError):
    """A zip-based file (.xlsx, .docx) would unpack to far more than it holds; nothing unpacked."""

    code = "transfer.zip_bomb"


class UnsafeXml(TransferError):
    """A part of an .xlsx/.docx declares a DTD or entities, which Office never writes; not read."""

    code = "transfer.xml_dtd"


class UnsupportedFormat(TransferError):
    """The file's extension or content is not one this module reads."""

    code = "transfer.unsupported_format"


class MalformedFile(TransferError):
    """The file claims a format but cannot be read as such."""

    code = "transfer.malformed"

    def __init__(
        self,
        message: str,
        *,
        row: int | None = None,
        column: str | None = None,
        code: str | None = None,
        **params: object,
    ) -> None:
        where = []
        if row is not None:
            where.append(f"row {row}")
        if column:
            where.append(f"column {column}")
        prefix = ", ".join(where)
        super().__init__(
            f"{prefix}: {message}" if prefix else message,
            code=code,
            row=row,
            column=column,
            **params,
        )
        self.row = row
        self.column = column


class BadEncoding(MalformedFile):
    """A text file is neither UTF-8 nor GB18030/GBK, or decodes to text no one wrote (mojibake)."""

    code = "transfer.encoding"
