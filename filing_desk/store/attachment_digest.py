"""An attachment's content checked against the size and SHA-256 recorded when it was added, on
every read: a file register and a team register alike (on a server, a blob changed by SQL outside
the app is refused here, as SQLCipher's page check would refuse a changed file page).

Pure check, no database access; ``AttachmentService.attachment_content`` calls it. The message
names the attachment, never its content.
"""

from __future__ import annotations

import hashlib

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import AttachmentInfo


def verified(info: AttachmentInfo, content: bytes) -> bytes:
    """``content`` when it matches ``info``'s size and SHA-256; InvalidInput
    ``attachment.damaged`` (nothing handed out) when it does not."""
    if len(content) == info.size and hashlib.sha256(content).hexdigest() == info.sha256:
        return content
    raise InvalidInput(
        [
            Issue(
                "attachment.damaged",
                "",
                params={"file": info.filename, "id": info.id},
                text=(
                    f"{info.filename} (attachment {info.id}) was changed outside Filing Desk: "
                    "its SHA-256 does not match. It is not opened; attach the original again "
                    "or restore the register from a backup."
                ),
            )
        ]
    )
