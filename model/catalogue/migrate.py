"""Move an assessment to another edition of the catalogue: a NEW document, the old one only read.

The new file is a consistent copy of the old one (every table: answers, files, actions, history, the register,
contributors) in which the catalogue snapshot is replaced and the answers follow the mapping: kept or renamed
by id, copied to each part of a split indicator, joined with a note for merged ones; criteria are carried by
id (or by their suffix when the indicator was renamed). Every answer carried is marked "carried over" (the
status of model.cycle.next_cycle) until someone checks it against the new wording. Answers of indicators that
are not in the new edition are kept in the document (meta ``catalogue_migration``) and printed in an annex of
the Word report. It is built in a temporary file beside the target and renamed into place only when complete
and checked, never over an existing file, so a kill leaves nothing under the target's name.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model import fileio
from model.document import store
from model.catalogue import Catalogue, load_catalogue
from model.catalogue.mapping import Mapping, build, read_mapping
from model.document.assessment import Assessment, meta_record
from model.errors import DocumentError
from model.document.migrations import legacy_version
from model.timeutil import now_iso
from model.document import history
from model.languages import in_language

MIGRATION_KEY = "catalogue_migration"
CARRIED = "carried_over"  # the status of model.cycle.next_cycle: to check against the new wording
_TEXTS = ("description", "evidence", "gaps", "authority")
_FIELDS = ("level", "not_applicable", "criteria_met", "status", *_TEXTS, "target_level")
LABELS = {
    "merged": {"en": "[Merged from indicators {ids} of edition {edition}; check against the new wording.]",
               "ru": "[Объединено из показателей {ids} редакции {edition}; сверьте с новой формулировкой.]",
               "ky": "[{edition} редакциясынын {ids} көрсөткүчтөрүнөн бириктирилди; жаңы текст менен салыштырыңыз.]"},
    "from": {"en": "From {id}:", "ru": "Из {id}:", "ky": "{id} көрсөткүчүнөн:"},
}


@dataclass(frozen=True)
class MigrationResult:
    path: Path
    carried: int
    summary: dict[str, int]
    not_in_new: tuple[str, ...]


def _label(key: str, lang: str, **args: object) -> str:
    return in_language(LABELS[key], lang).format(**args)


def _answer(row: dict[str, Any]) -> bool:
    """Whether a response holds anything worth carrying (a rating, a tick or a text)."""
    return bool(row["level"] is not None or row["not_applicable"] or json.loads(row["criteria_met"] or "[]")
                or any(row[f] for f in _TEXTS) or row["target_level"] is not None)


def carried_criteria(ticked: list[str], old_id: str, new_id: str, new: Catalogue) -> list[str]:
    """Criteria carried by id; for a renamed indicator also by their suffix (1.2.a → 2.1.a)."""
    indicator = new.indicator(new_id)
    if indicator is None:  # not an indicator of the new edition: nothing to carry to
        return []
    ids = set(indicator.criterion_ids())
    carried = []
    for criterion in ticked:
        if criterion in ids:
            carried.append(criterion)
        elif criterion.startswith(old_id) and new_id + criterion[len(old_id):] in ids:
            carried.append(new_id + criterion[len(old_id):])
    return list(dict.fromkeys(carried))


def _merged(rows: list[tuple[str, dict[str, Any]]], new_id: str, new: Catalogue, lang: str, edition: str) -> dict[str, Any]:
    """One answer from several: the lowest level (the weakest part decides), the criteria of all, the texts
    one after the other under the id they came from, and a note saying so."""
    rated = [r["level"] for _, r in rows if r["level"] is not None and not r["not_applicable"]]
    merged: dict[str, Any] = {"level": min(rated) if rated else None,
              "not_applicable": int(all(r["not_applicable"] for _, r in rows)),
              "criteria_met": [c for old_id, r in rows for c in carried_criteria(json.loads(r["criteria_met"] or "[]"),
                                                                          old_id, new_id, new)],
              "target_level": max((r["target_level"] for _, r in rows if r["target_level"] is not None),
                                  default=None)}
    if merged["not_applicable"]:
        merged["level"] = None
    for name in _TEXTS:
        parts = [f"{_label('from', lang, id=old_id)} {r[name]}" for old_id, r in rows if r[name]]
        merged[name] = "\n\n".join(parts)
    note = _label("merged", lang, ids=", ".join(old_id for old_id, _ in rows), edition=edition)
    merged["description"] = f"{note}\n\n{merged['description']}".rstrip()
    merged["criteria_met"] = list(dict.fromkeys(merged["criteria_met"]))
    return merged


def plan_answers(old_rows: dict[str, dict[str, Any]], mapping: Mapping, new: Catalogue, lang: str,
                 edition: str) -> dict[str, dict[str, Any]]:
    """The answer of every new indicator that gets one (values of the response table's fields)."""
    answers = {}
    for new_id, old_ids in mapping.sources().items():
        rows = [(old_id, old_rows[old_id]) for old_id in old_ids if old_id in old_rows and _answer(old_rows[old_id])]
        if not rows:
            continue
        if len(rows) == 1 and len(old_ids) == 1:
            old_id, row = rows[0]
            values = {name: row[name] for name in _FIELDS}
            values["criteria_met"] = carried_criteria(json.loads(row["criteria_met"] or "[]"), old_id, new_id, new)
        else:
            values = _merged(rows, new_id, new, lang, edition)
        indicator = new.indicator(new_id)
        if indicator is None:  # (the mapping's targets are indicators of the new edition)
            continue
        scale = indicator.scale
        if values["level"] is not None and values["level"] not in scale.values:
            values["level"] = None  # a level the new scale does not have: the text and the note stay
        if values["target_level"] is not None and values["target_level"] not in scale.values:
            values["target_level"] = None
        values["status"] = CARRIED
        answers[new_id] = values
    return answers


def migrate(source: str | Path, new_catalogue: str | Path | Catalogue, out: str | Path, *,
            mapping: str | Path | Mapping | None = None, user: str | None = None) -> MigrationResult:
    """Write ``out``, the assessment ``source`` on the catalogue ``new_catalogue`` (``source`` is only read)."""
    new = new_catalogue if isinstance(new_catalogue, Catalogue) else load_catalogue(new_catalogue)
    if Path(out).exists():
        raise DocumentError("exists", file=str(out))
    with Assessment.open(source, readonly=True) as doc:
        return migrate_from(doc, new, out, mapping=mapping, user=user)


def migrate_from(doc: Assessment, new: Catalogue, out: str | Path, *, mapping: str | Path | Mapping | None = None,
                 user: str | None = None) -> MigrationResult:
    """``migrate`` from an open document (the window's): it is only read."""
    out = Path(out)
    old = doc.catalogue
    if isinstance(mapping, Mapping):
        chosen = mapping
    elif mapping is not None:
        chosen = read_mapping(mapping, old, new)
    else:
        chosen = build(old, new)
    lang = str(doc.meta().get("content_language") or "ru")
    by = user if user is not None else doc.user
    version = doc.schema_version()
    result: dict[str, Any] = {}

    def write(tmp: Path) -> None:
        doc.copy_into(tmp)
        if version < store.SCHEMA_VERSION:  # an older document read as it is: the copy is brought up to date
            from model.document import migrations

            migrations.upgrade(tmp, version, keep_backup=False)
        result.update(_rewrite(tmp, old, new, chosen, lang, by))
    fileio.atomic_write(out, write, check=fileio.check_teia, replace=False, prefix=".teia-migrate-")
    return MigrationResult(out, result["carried"], chosen.summary(), tuple(result["not_in_new"]))


def _rewrite(path: Path, old: Catalogue, new: Catalogue, mapping: Mapping, lang: str, by: str) -> dict[str, Any]:
    con = store.connect(path)
    try:
        con.row_factory = sqlite3.Row
        con.execute("BEGIN IMMEDIATE")
        stamp = now_iso()
        old_rows = {row["indicator_id"]: dict(row) for row in con.execute("SELECT * FROM response")}
        edition = f"{old.id} {old.version}"
        answers = plan_answers(old_rows, mapping, new, lang, edition)
        removed = [old_id for old_id, news in mapping.targets.items() if not news]
        kept = [_kept(old, old_id, old_rows[old_id]) for old_id in removed
                if old_id in old_rows and _answer(old_rows[old_id])]
        con.execute("UPDATE catalogue SET catalogue_id = ?, version = ?, sha256 = ?, json = ? WHERE id = 1",
                    (new.id, new.version, new.sha256, new.source_json))
        con.execute("DELETE FROM response")
        con.execute("DELETE FROM field_state WHERE record LIKE 'r:%'")
        names = ", ".join(_FIELDS)
        states = []
        for new_id in new.indicator_ids():
            values = answers.get(new_id)
            if values is None:
                con.execute("INSERT INTO response (indicator_id) VALUES (?)", (new_id,))
                continue
            stored = dict(values, criteria_met=json.dumps(values["criteria_met"], ensure_ascii=False),
                          not_applicable=1 if values["not_applicable"] else 0)
            con.execute(f"INSERT INTO response (indicator_id, {names}, revision, updated_at, updated_by) VALUES "
                        f"(?, {', '.join('?' * len(_FIELDS))}, 1, ?, ?)",
                        (new_id, *[stored[name] for name in _FIELDS], stamp, by))
            state_record = f"r:{new_id}"
            states += [(state_record, name, legacy_version(state_record, name, stored[name]), stamp, by)
                       for name in _FIELDS]
        con.executemany("INSERT INTO field_state (record, field, version, changed_at, changed_by) "
                        "VALUES (?, ?, ?, ?, ?)", states)
        _relink(con, "attachment", mapping, copy=True)
        _relink_actions(con, mapping)
        _relink_assignments(con, mapping, {a.id for a in new.areas})
        for key in ("final", "finalized_on", "finalized_by"):  # a new document on a new edition: not approved yet
            con.execute("DELETE FROM meta WHERE key = ?", (key,))
        record = {"from": {"id": old.id, "version": old.version, "sha256": old.sha256},
                  "to": {"id": new.id, "version": new.version, "sha256": new.sha256}, "at": stamp, "by": by,
                  "mapping": {k: list(v) for k, v in mapping.targets.items()}, "notes": mapping.notes,
                  "not_in_new_edition": kept}
        con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    (MIGRATION_KEY, json.dumps(record, ensure_ascii=False)))
        con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('updated', ?)", (stamp,))
        con.execute(*history.entry(stamp, by, "catalogue", old=edition, new=f"{new.id} {new.version}",
                                   source="catalogue migration"))
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    return {"carried": len(answers), "not_in_new": [k["id"] for k in kept]}


def _kept(old: Catalogue, old_id: str, row: dict[str, Any]) -> dict[str, Any]:
    """What the annex "not in the new edition" shows of an answer: the old statement and every field."""
    indicator = old.indicator(old_id)
    return {"id": old_id, "statement": dict(indicator.statement) if indicator else {},
            **{name: (json.loads(row[name] or "[]") if name == "criteria_met" else row[name]) for name in _FIELDS}}


def _relink(con: sqlite3.Connection, table: str, mapping: Mapping, *, copy: bool) -> None:
    """Attachments follow their indicator (copied to each part of a split one); those of a removed indicator
    stay in the file under the old id (listed with its answer)."""
    for old_id, news in mapping.targets.items():
        if not news or news == (old_id,):
            continue
        rows = con.execute(f"SELECT id FROM {table} WHERE indicator_id = ?", (old_id,)).fetchall()
        for (row_id,) in rows:
            con.execute(f"UPDATE {table} SET indicator_id = ? WHERE id = ?", (news[0], row_id))
            if copy:
                for extra in news[1:]:
                    con.execute(f"INSERT INTO {table} (indicator_id, name, size, sha256, data, added_at, added_by) "
                                f"SELECT ?, name, size, sha256, data, added_at, added_by FROM {table} WHERE id = ?",
                                (extra, row_id))


def _relink_actions(con: sqlite3.Connection, mapping: Mapping) -> None:
    """An action linked to an indicator is linked to what it became (all parts of a split one); an action of a
    removed indicator keeps everything but that link."""
    links = con.execute("SELECT action_id, indicator_id FROM action_indicator").fetchall()
    con.execute("DELETE FROM action_indicator")
    new_links = {(action, new) for action, ind in links for new in mapping.targets.get(ind, (ind,))}
    con.executemany("INSERT INTO action_indicator (action_id, indicator_id) VALUES (?, ?)", sorted(new_links))


def _relink_assignments(con: sqlite3.Connection, mapping: Mapping, areas: set[str]) -> None:
    """Who holds which indicator follows the indicators; an area assignment stays if the area does."""
    rows = con.execute("SELECT item_id, contributor_id FROM assignment").fetchall()
    con.execute("DELETE FROM assignment")
    keep: dict[str, str] = {}
    for item, contributor in rows:
        if item in mapping.targets:
            for new in mapping.targets[item]:
                keep.setdefault(new, contributor)
        elif item in areas:
            keep.setdefault(item, contributor)
    con.executemany("INSERT INTO assignment (item_id, contributor_id) VALUES (?, ?)", sorted(keep.items()))


def migration_record(doc: Assessment) -> dict[str, Any] | None:
    """What a document moved to another edition keeps of the move (None for any other document)."""
    return meta_record(doc, MIGRATION_KEY)
