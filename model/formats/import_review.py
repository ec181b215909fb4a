"""What an import preview says besides the changes: warnings about edits it cannot take, and stable keys.

A new action row carries no key in the workbook, so its key is derived from the export the workbook came
from (the hidden sheets, which a colleague does not edit) and the row: importing the same workbook again,
or a corrected copy of it, finds the action it created the first time instead of adding it again.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass, field
from typing import Callable

from model.languages import QT_TRANSLATE_NOOP

_NAMESPACE = uuid.UUID("5b2f6d0e-3c1a-4f7e-9a55-7e1a2c0d4b31")  # ours: keys of actions made by an import
_INDICATOR_ID = re.compile(r"^[A-Za-z0-9]{1,4}(\.[A-Za-z0-9]{1,4}){0,3}$")


@dataclass(frozen=True)
class ImportWarning:
    """Something in the workbook that is not imported as it stands; its sentence is marked for translation."""

    kind: str
    params: dict[str, object] = field(default_factory=dict)

    CONTEXT = "ImportDialog"  # the translation context of the sentences below (shown in the import preview)
    TEMPLATES = {
        "note_row": QT_TRANSLATE_NOOP(
            "ImportDialog", "Sheet \"{sheet}\", row {row}: not an indicator (\"{text}\"); the row was skipped."),
        "untitled_row": QT_TRANSLATE_NOOP(
            "ImportDialog", "Sheet \"{sheet}\", row {row}: an action without a title (\"{text}\"); "
                            "the row was skipped."),
        "added_column": QT_TRANSLATE_NOOP(
            "ImportDialog", "Sheet \"{sheet}\", column {column} (\"{header}\") was added in the workbook; "
                            "it is not imported."),
        "deleted_row": QT_TRANSLATE_NOOP(
            "ImportDialog", "Action {target} was deleted from the workbook; it is offered as a deletion, "
                            "not checked."),
    }

    def text(self, translate: Callable[[str], str] = lambda source: source) -> str:
        """The sentence with its values, each template passed through ``translate`` (the GUI gives Qt's)."""
        template = self.TEMPLATES.get(self.kind)
        for candidate in (() if template is None else (translate(template), template)):
            try:
                return candidate.format(**{k: str(v) for k, v in self.params.items()})
            except (KeyError, IndexError):  # a translation that breaks a placeholder: the English one
                continue
        return f"{self.kind}: {self.params}"

    def english(self) -> str:
        return self.text()


def export_identity(meta: dict[str, str], exported_indicators: dict[str, tuple[int, dict[str, str]]],
                    exported_actions: dict[str, tuple[int, dict[str, str]]]) -> str:
    """A digest of what the export wrote in the hidden sheets: the same for every copy of one export."""
    digest = hashlib.sha256()
    for key in ("document_id", "exported", "lang", "catalogue_sha256"):
        digest.update(f"{key}={meta.get(key, '')}\x1e".encode("utf-8", "replace"))
    for rows in (exported_indicators, exported_actions):
        for key in sorted(rows):
            revision, values = rows[key]
            digest.update(f"{key}\x1f{revision}\x1f".encode("utf-8", "replace"))
            for name in sorted(values):
                digest.update(f"{name}={values[name]}\x1f".encode("utf-8", "replace"))
        digest.update(b"\x1d")
    return digest.hexdigest()


def new_action_uid(identity: str, row: int) -> str:
    """The key of the action a workbook's new row ``row`` becomes (see the module docstring)."""
    return str(uuid.uuid5(_NAMESPACE, f"{identity}:{row}"))


def looks_like_indicator_id(text: str) -> bool:
    """"1.2", "A.3": an id someone may have mistyped; anything else in the id column is a note."""
    return bool(_INDICATOR_ID.match(text.strip()))


def preview(texts: list[str], limit: int = 60) -> str:
    text = " ".join(t.replace("\n", " ") for t in texts if t).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
