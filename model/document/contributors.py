"""The contributing authorities of a national assessment, what each holds, how far each is, who changed what.

An area ("1") or an indicator ("1.2") is assigned to one contributor; an indicator's holder is the one it
is assigned to, otherwise its area's. A contribution file (model.merge.split) names its contributor and
the indicators it may change in its metadata; the rest of it is read-only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from model.ids import new_uid
from model.document.assessment import Assessment, Response
from model.errors import DocumentError
from model.document.store import Statement
from model.timeutil import now_iso
from model.document import history

MAX_NAME = 300


@dataclass(frozen=True)
class Contributor:
    id: str
    name: str
    short_name: str = ""
    contact: str = ""

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class ContributorProgress:
    contributor: Contributor
    indicators: int
    complete: int

    @property
    def completion(self) -> float:
        return self.complete / self.indicators if self.indicators else 0.0


@dataclass(frozen=True)
class Contribution:
    """What a contribution file says about itself."""

    contributor: Contributor
    indicator_ids: frozenset[str]
    assessment_title: str
    prepared_at: str


def _has_tables(doc: Assessment) -> bool:
    return doc.schema_version() >= 2  # a version 1 document opened read-only has none of this


def contributors(doc: Assessment) -> list[Contributor]:
    if not _has_tables(doc):
        return []
    return [Contributor(*row) for row in doc.query(
        "SELECT id, name, short_name, contact FROM contributor ORDER BY created_at, rowid")]


def contributor(doc: Assessment, contributor_id: str) -> Contributor | None:
    return next((c for c in contributors(doc) if c.id == contributor_id), None)


def find(doc: Assessment, name: str) -> Contributor | None:
    """The contributor called ``name`` (full or short name, case and spacing ignored)."""
    wanted = " ".join(name.split()).casefold()
    for item in contributors(doc):
        if wanted in (" ".join(item.name.split()).casefold(), " ".join(item.short_name.split()).casefold()):
            return item
    return None


def _clean(field: str, value: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_NAME:
        raise DocumentError("bad_value", field=field, detail=f"text of at most {MAX_NAME} characters expected")
    return " ".join(value.replace("\x00", "").split())


def add_contributor(doc: Assessment, name: str, short_name: str = "", contact: str = "") -> Contributor:
    name, short_name, contact = _clean("name", name), _clean("short_name", short_name), _clean("contact", contact)
    if not name:
        raise DocumentError("bad_value", field="name", detail="a contributing authority needs a name")
    if find(doc, name) or (short_name and find(doc, short_name)):
        raise DocumentError("bad_value", field="name", detail=f"{name} is already a contributing authority")
    item = Contributor(new_uid(), name, short_name, contact)
    stamp = now_iso()
    doc.write([
        ("INSERT INTO contributor (id, name, short_name, contact, created_at) VALUES (?, ?, ?, ?, ?)",
         (item.id, name, short_name, contact, stamp)),
        history.entry(stamp, doc.user, "contributor", new=name),
    ])
    return item


def update_contributor(doc: Assessment, contributor_id: str, *, name: str, short_name: str = "",
                       contact: str = "") -> Contributor:
    name, short_name, contact = _clean("name", name), _clean("short_name", short_name), _clean("contact", contact)
    if not name:
        raise DocumentError("bad_value", field="name", detail="a contributing authority needs a name")
    doc.write([("UPDATE contributor SET name = ?, short_name = ?, contact = ? WHERE id = ?",
                (name, short_name, contact, contributor_id))])
    return Contributor(contributor_id, name, short_name, contact)


def remove_contributor(doc: Assessment, contributor_id: str) -> None:
    """Remove a contributor and their assignments (what they already changed keeps their name in provenance)."""
    doc.write([("DELETE FROM contributor WHERE id = ?", (contributor_id,))])


def assignments(doc: Assessment) -> dict[str, str]:
    """Area or indicator id -> contributor id."""
    if not _has_tables(doc):
        return {}
    return dict(doc.query("SELECT item_id, contributor_id FROM assignment"))


def assign(doc: Assessment, item_ids: list[str] | tuple[str, ...], contributor_id: str | None) -> None:
    """Give areas or indicators to a contributor (None: to nobody)."""
    known = {a.id for a in doc.catalogue.areas} | set(doc.catalogue.indicator_ids())
    unknown = [i for i in item_ids if i not in known]
    if unknown:
        raise DocumentError("unknown_indicator", indicator=unknown[0])
    if contributor_id is not None and contributor(doc, contributor_id) is None:
        raise DocumentError("bad_value", field="contributor", detail="no such contributing authority")
    statements: list[Statement] = [("DELETE FROM assignment WHERE item_id = ?", (i,)) for i in item_ids]
    if contributor_id is not None:
        statements += [("INSERT INTO assignment (item_id, contributor_id) VALUES (?, ?)", (i, contributor_id))
                       for i in item_ids]
    doc.write(statements)


def holders(doc: Assessment) -> dict[str, str]:
    """Indicator id -> the contributor id holding it (its own assignment, else its area's)."""
    given = assignments(doc)
    result: dict[str, str] = {}
    for area in doc.catalogue.areas:
        for indicator in area.indicators:
            holder = given.get(indicator.id) or given.get(area.id)
            if holder:
                result[indicator.id] = holder
    return result


def progress(doc: Assessment, responses: Mapping[str, Response] | None = None) -> list[ContributorProgress]:
    """For each contributor: how many indicators they hold and how many of those are complete."""
    responses = responses if responses is not None else doc.responses()
    held = holders(doc)
    result = []
    for item in contributors(doc):
        mine = [i for i, holder in held.items() if holder == item.id]
        result.append(ContributorProgress(item, len(mine), sum(responses[i].status == "complete" for i in mine)))
    return result


def contribution(doc: Assessment) -> Contribution | None:
    """What this file is a contribution of, or None for the assessment itself."""
    meta = doc.meta()
    contributor_id = str(meta.get("contribution_for") or "")
    if not contributor_id:
        return None
    try:
        items = json.loads(str(meta.get("contribution_items") or "[]"))
    except json.JSONDecodeError:
        items = []
    who = contributor(doc, contributor_id) or Contributor(contributor_id, str(meta.get("contribution_name") or "?"))
    return Contribution(who, frozenset(str(i) for i in items if isinstance(i, str)),
                        str(meta.get("title") or ""), str(meta.get("contribution_made") or ""))


def provenance(doc: Assessment) -> dict[str, list[str]]:
    """Indicator id -> the names of the contributors who last changed any of its fields (merged ones included)."""
    if not _has_tables(doc):
        return {}
    names = {c.id: c.label for c in contributors(doc)}
    result: dict[str, list[str]] = {}
    for record, contributor_id in doc.query(
            "SELECT DISTINCT record, contributor_id FROM field_state WHERE record LIKE 'r:%' AND contributor_id != '' "
            "ORDER BY record, contributor_id"):
        name = names.get(contributor_id)
        if name:
            result.setdefault(record[2:], []).append(name)
    return result


def field_provenance(doc: Assessment, indicator_id: str) -> dict[str, tuple[str, str, str]]:
    """Field -> (contributor name or "", who, when) of the last change of each field of one response."""
    if not _has_tables(doc):
        return {}
    names = {c.id: c.label for c in contributors(doc)}
    return {field: (names.get(cid, ""), by or "", at or "") for field, cid, by, at in doc.query(
        "SELECT field, contributor_id, changed_by, changed_at FROM field_state WHERE record = ?",
        (f"r:{indicator_id}",))}
