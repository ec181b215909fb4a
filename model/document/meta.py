"""The details of an assessment (country, title, authors, the report's texts) as the document keeps them."""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping, Protocol

from model.document import history
from model.document import store
from model.document.core import MAX_TEXT, DocumentCore
from model.errors import DocumentError
from model.timeutil import now_iso

META_FIELDS = ("country", "title", "lead_authority", "authors", "content_language",
               "title_en", "title_ru", "title_ky", "summary_en", "summary_ru", "summary_ky",  # per language: report
               "meetings", "abbreviations", "focal_point")  # the report's methodology (model.report.intro)


class DocumentMeta(DocumentCore):
    """Reading and changing the details of the assessment."""

    def meta(self) -> dict[str, object]:
        data: dict[str, object] = dict(self._con.execute("SELECT key, value FROM meta").fetchall())
        try:
            authors = json.loads(str(data.get("authors") or "[]"))
            data["authors"] = [str(a) for a in authors] if isinstance(authors, list) else []
        except json.JSONDecodeError:
            data["authors"] = []
        data["final"] = data.get("final") == "1"
        return data

    def set_meta(self, **fields: object) -> None:
        """Change details of the assessment; ``final=True`` marks it final as approved by the user, today."""
        if fields.pop("final", None) and not self.is_final():
            if fields:
                self.set_meta(**fields)
            from model.cycle import final
            from model.document.assessment import Assessment

            assert isinstance(self, Assessment)  # the one document class, made of this part and the others
            final.finalize(self, by=self.user)
            return
        current = self.meta()
        statements: list[store.Statement] = []
        for key, value in fields.items():
            if key not in META_FIELDS:
                raise DocumentError("bad_value", field=key, detail="unknown field")
            if key != "authors":
                stored = str(value)
            elif isinstance(value, str) or not isinstance(value, Iterable):  # "Ann" would be stored as A, n, n
                raise DocumentError("bad_value", field=key, detail="a list of names expected")
            else:
                stored = json.dumps(list(value), ensure_ascii=False)
            if len(stored) > MAX_TEXT:
                raise DocumentError("bad_value", field=key, detail="text too long")
            if current.get(key) == value:
                continue
            statements.append(("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, stored)))
            statements.append(history.entry(now_iso(), self.user, f"meta.{key}", old=current.get(key), new=value))
        if statements:
            self.write(statements)


class _HasMeta(Protocol):
    def meta(self) -> Mapping[str, object]: ...


def meta_record(doc: _HasMeta, key: str) -> dict[str, Any] | None:
    """The JSON object a document keeps under ``key`` in its meta (the predecessor of a next cycle, the record of
    a catalogue move); None when it is absent or not an object. ``doc``: anything with ``meta()``."""
    text = doc.meta().get(key)
    if not isinstance(text, str):
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


__all__ = ["DocumentMeta", "META_FIELDS", "meta_record"]
