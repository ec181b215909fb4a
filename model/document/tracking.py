"""Field versions for merging copies: every writer's changes are recorded by triggers on the connection.

Each field of a response or an action that changes gets a new random version whose parent is the version
it replaced (``field_version``), and ``field_state`` says who changed it last, when, and for which
contributor (the document's ``contribution_for``, empty in the lead's own file). A field never changed has
no row: its version is "init", the value every copy of the document was created with. Deleted actions and
attachments leave a tombstone, and every history row gets a stable key, so that a merge adds it once.

The triggers are TEMP (made on each writable connection, never stored in the file): a stored trigger
would run whatever SQL a hostile file put under its name, and writers of every kind (the window, the
command line, the import, the merge) are covered without each having to remember it.
"""

from __future__ import annotations

import sqlite3

INIT = "init"
RESPONSE_FIELDS = ("level", "not_applicable", "criteria_met", "status", "description", "evidence", "gaps",
                   "authority", "target_level")
ACTION_FIELDS = ("title", "gap", "expected_result", "target_level", "lead", "partners", "start_date", "due_date",
                 "budget", "assistance_requested", "assistance_details", "priority", "status", "progress_notes")
LINKS = "indicator_ids"
_NEW_VERSION = "lower(hex(randomblob(8)))"
_CONTRIBUTOR = "COALESCE((SELECT value FROM main.meta WHERE key = 'contribution_for'), '')"
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"


def _bump(record: str, field: str, condition: str, at: str, by: str) -> str:
    """Two statements: a new version of (record, field) whose parent is the current one, then the state."""
    current = f"(SELECT version FROM main.field_state WHERE record = {record} AND field = '{field}')"
    return (
        f"INSERT INTO field_version (version, parent) SELECT {_NEW_VERSION}, COALESCE({current}, '{INIT}') "
        f"WHERE {condition};\n"
        f"INSERT OR REPLACE INTO field_state (record, field, version, changed_at, changed_by, contributor_id) "
        f"SELECT {record}, '{field}', (SELECT version FROM main.field_version WHERE rowid = last_insert_rowid()), "
        f"{at}, {by}, {_CONTRIBUTOR} WHERE {condition};\n"
    )


def _triggers() -> list[str]:
    quiet = "NOT EXISTS (SELECT 1 FROM temp.teia_quiet)"
    response = "".join(_bump("'r:' || new.indicator_id", f, f"old.{f} IS NOT new.{f}", "new.updated_at",
                             "COALESCE(new.updated_by, '')") for f in RESPONSE_FIELDS)
    action = "".join(_bump("'a:' || new.uid", f, f"old.{f} IS NOT new.{f}", "new.updated_at",
                           "COALESCE(new.updated_by, '')") for f in ACTION_FIELDS)
    link_record = "'a:' || (SELECT uid FROM main.action WHERE id = {row}.action_id)"
    links = {
        kind: _bump(link_record.format(row=row), LINKS, f"(SELECT uid FROM main.action WHERE id = {row}.action_id) "
                    "IS NOT NULL", _NOW, "''")
        for kind, row in (("INSERT", "new"), ("DELETE", "old"))
    }
    return [
        "CREATE TEMP TABLE IF NOT EXISTS teia_quiet (on_ INTEGER)",
        f"CREATE TEMP TRIGGER IF NOT EXISTS teia_response AFTER UPDATE ON main.response WHEN {quiet} "
        f"BEGIN {response} END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS teia_action AFTER UPDATE ON main.action WHEN {quiet} BEGIN {action} END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS teia_link_add AFTER INSERT ON main.action_indicator WHEN {quiet} "
        f"BEGIN {links['INSERT']} END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS teia_link_remove AFTER DELETE ON main.action_indicator WHEN {quiet} "
        f"BEGIN {links['DELETE']} END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS teia_action_gone AFTER DELETE ON main.action WHEN {quiet} BEGIN "
        f"INSERT OR REPLACE INTO tombstone (record, deleted_at, deleted_by) VALUES ('a:' || old.uid, {_NOW}, "
        f"COALESCE(old.updated_by, '')); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS teia_attachment_gone AFTER DELETE ON main.attachment WHEN {quiet} BEGIN "
        "INSERT OR REPLACE INTO tombstone (record, deleted_at, deleted_by) "
        f"VALUES ('f:' || old.indicator_id || ':' || old.sha256, {_NOW}, ''); END",
        "CREATE TEMP TRIGGER IF NOT EXISTS teia_history_key AFTER INSERT ON main.history WHEN new.uid IS NULL BEGIN "
        f"UPDATE history SET uid = {_NEW_VERSION} WHERE id = new.id; END",
    ]


def _register_triggers() -> list[str]:
    """The register of hazardous activities (schema 3): each field of an activity, its substance table and its
    tailings block get versions under the record "g:<uid>"; a deleted activity leaves a tombstone."""
    from model.register.fields import FIELDS

    quiet = "NOT EXISTS (SELECT 1 FROM temp.teia_quiet)"
    fields = "".join(_bump("'g:' || new.uid", f, f"old.{f} IS NOT new.{f}", "new.updated_at",
                           "COALESCE(new.updated_by, '')") for f in FIELDS)
    owner = "(SELECT uid FROM main.activity WHERE id = {row}.activity_id)"
    made = []
    for table, field, events in (("activity_substance", "substances", ("INSERT", "DELETE")),
                                 ("tailings", "tailings", ("INSERT", "UPDATE"))):
        for event in events:
            row = "old" if event == "DELETE" else "new"
            bump = _bump("'g:' || " + owner.format(row=row), field, owner.format(row=row) + " IS NOT NULL", _NOW, "''")
            made.append(f"CREATE TEMP TRIGGER IF NOT EXISTS teia_{table}_{event.lower()} AFTER {event} ON main.{table} "
                        f"WHEN {quiet} BEGIN {bump} END")
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS teia_activity AFTER UPDATE ON main.activity WHEN {quiet} "
        f"BEGIN {fields} END",
        *made,
        f"CREATE TEMP TRIGGER IF NOT EXISTS teia_activity_gone AFTER DELETE ON main.activity WHEN {quiet} BEGIN "
        f"INSERT OR REPLACE INTO tombstone (record, deleted_at, deleted_by) VALUES ('g:' || old.uid, {_NOW}, "
        f"COALESCE(old.updated_by, '')); END",
    ]


def install(con: sqlite3.Connection) -> None:
    """Make the triggers on a writable connection to a document of schema version 2 or later (and those of the
    register where it has one)."""
    for statement in _triggers():
        con.execute(statement)
    if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'activity'").fetchone():
        for statement in _register_triggers():
            con.execute(statement)


# A merge sets the versions of what it writes itself (the other copy's): these statements, first and last in
# its transaction, switch the triggers off for it (a rollback switches them on again).
QUIET_ON = ("INSERT INTO temp.teia_quiet VALUES (1)", ())
QUIET_OFF = ("DELETE FROM temp.teia_quiet", ())
