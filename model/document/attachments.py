"""Evidence files kept inside the document, each linked to an indicator."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from model.document import history
from model.document.responses import DocumentResponses
from model.errors import DocumentError
from model.filenames import safe_name
from model.timeutil import now_iso

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    indicator_id: str
    name: str
    size: int
    sha256: str
    added_at: str
    added_by: str


class DocumentAttachments(DocumentResponses):
    """Adding, reading and removing attachments (an indicator must exist and be this file's to change)."""

    @staticmethod
    def check_attachment_size(name: str, size: int) -> None:
        """Refuse a file above the limit, naming its real size (callers check before reading it all)."""
        if size > MAX_ATTACHMENT_BYTES:
            raise DocumentError("too_large", name=Path(name).name, size=size, limit=MAX_ATTACHMENT_BYTES,
                                size_mb=round(size / 1048576, 1), limit_mb=MAX_ATTACHMENT_BYTES // 1048576)

    def add_attachment(self, indicator_id: str, name: str, data: bytes) -> AttachmentInfo:
        self._indicator(indicator_id)
        if not self.editable(indicator_id):
            raise DocumentError("not_yours", indicator=indicator_id)
        self.check_attachment_size(name, len(data))
        name = safe_name(name)  # on the way in; gui opens it through filenames.path_in again
        digest = hashlib.sha256(data).hexdigest()
        stamp = now_iso()
        self.write([
            ("INSERT INTO attachment (indicator_id, name, size, sha256, data, added_at, added_by) "
             "VALUES (?, ?, ?, ?, ?, ?, ?)", (indicator_id, name, len(data), digest, data, stamp, self.user)),
            history.entry(stamp, self.user, "attachment", indicator_id=indicator_id, new=name),
        ])
        row = self._con.execute("SELECT MAX(id) FROM attachment").fetchone()
        return self.attachment(row[0])

    def attachment(self, attachment_id: int) -> AttachmentInfo:
        row = self._con.execute("SELECT id, indicator_id, name, size, sha256, added_at, added_by FROM attachment "
                                "WHERE id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise DocumentError("bad_value", field="attachment", detail=f"no attachment {attachment_id}")
        return AttachmentInfo(*row)

    def attachments(self, indicator_id: str | None = None) -> list[AttachmentInfo]:
        sql = "SELECT id, indicator_id, name, size, sha256, added_at, added_by FROM attachment"
        params: tuple[object, ...] = ()
        if indicator_id is not None:
            sql += " WHERE indicator_id = ?"
            params = (indicator_id,)
        return [AttachmentInfo(*row) for row in self._con.execute(sql + " ORDER BY id", params)]

    def attachment_data(self, attachment_id: int) -> bytes:
        row = self._con.execute("SELECT data FROM attachment WHERE id = ?", (attachment_id,)).fetchone()
        if row is None:
            raise DocumentError("bad_value", field="attachment", detail=f"no attachment {attachment_id}")
        return bytes(row[0])

    def remove_attachment(self, attachment_id: int) -> None:
        info = self.attachment(attachment_id)
        if not self.editable(info.indicator_id):
            raise DocumentError("not_yours", indicator=info.indicator_id)
        self.write([
            ("DELETE FROM attachment WHERE id = ?", (attachment_id,)),
            history.entry(now_iso(), self.user, "attachment", indicator_id=info.indicator_id, old=info.name),
        ])


__all__ = ["DocumentAttachments", "AttachmentInfo", "MAX_ATTACHMENT_BYTES"]
