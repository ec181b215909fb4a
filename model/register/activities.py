"""The register of hazardous activities kept in the document: activities, their substances, their follow-up.

Every field is declared once in FIELDS (kind and bounds); the command line, the workbook and the window
all validate through ``validate`` so that a value refused in one is refused in all.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from model.ids import new_uid
from model.document.assessment import Assessment
from model.errors import DocumentError
from model.register.annex1 import Annex1, builtin_annex1, cached_parse
from model.register.calculator import SubstanceLine
from model.register.fields import DATE_FIELDS as DATE_FIELDS  # re-exported: declared there, used from here too
from model.register.fields import FIELDS as FIELDS
from model.register.fields import SECTORS as SECTORS
from model.register.fields import STATUSES as STATUSES
from model.register.fields import TRANSBOUNDARY as TRANSBOUNDARY
from model.document.store import Row, Statement
from model.timeutil import now_iso
from model.document import history

FORMS = ("", "solid", "liquid", "gas", "liquefied_gas", "slurry")
MAX_TEXT = 5_000
MAX_SUBSTANCES = 200
MAX_QUANTITY_T = 1e9

_DEFAULTS = {name: {"text": "", "choice": None, "number": None, "date": None, "flag": False}[kind]
             for name, (kind, _) in FIELDS.items()}
_DEFAULTS.update(sector="other", status="existing", transboundary="undecided")


@dataclass(frozen=True)
class Activity:
    id: int
    uid: str
    values: dict[str, object]
    substances: tuple[SubstanceLine, ...] = ()
    tailings: dict[str, Any] = field(default_factory=dict)  # JSON: the parameters (model.register.tailings)
    checklist: dict[str, Any] = field(default_factory=dict)  # JSON: question id -> {answer, note, action_uid}
    revision: int = 0
    updated_at: str = ""
    updated_by: str = ""

    def __getattr__(self, name: str) -> object:
        values = self.__dict__.get("values")
        if values is not None and name in values:
            return values[name]
        raise AttributeError(name)

    @property
    def is_mining(self) -> bool:
        return self.values.get("sector") == "mining"

    def follow_up_overdue(self, today: date | None = None) -> bool:
        due = self.values.get("next_inspection_on")
        return bool(due) and str(due) < (today or date.today()).isoformat()


def validate(values: Mapping[str, object]) -> dict[str, object]:
    """Values in their stored types; DocumentError("bad_value") names the first field that is not acceptable."""
    clean: dict[str, object] = {}
    for name, value in values.items():
        if name not in FIELDS:
            raise DocumentError("bad_value", field=name, detail="not a field of a hazardous activity")
        kind, rule = FIELDS[name]
        clean[name] = _value(name, kind, rule, value)
    return clean


def _value(name: str, kind: str, rule: Any, value: object) -> object:
    """``rule`` (FIELDS): the allowed values of a choice, (lowest, highest) of a number, None otherwise."""
    if kind == "text":
        text = "" if value is None else str(value).strip()
        if len(text) > MAX_TEXT:
            raise DocumentError("bad_value", field=name, detail=f"longer than {MAX_TEXT} characters")
        return text
    if kind == "choice":
        if value in (None, ""):
            return _DEFAULTS[name]
        if value not in rule:
            raise DocumentError("bad_value", field=name, detail=f"{value!r} (use one of {', '.join(rule)})")
        return value
    if kind == "flag":
        if value in (None, "", 0, False, "0", "no", "false"):
            return False
        if value in (1, True, "1", "yes", "true"):
            return True
        raise DocumentError("bad_value", field=name, detail=f"{value!r} (use yes or no)")
    if kind == "date":
        if value in (None, ""):
            return None
        if isinstance(value, date):  # a workbook cell (datetime is a date too)
            return value.isoformat()[:10]
        text = str(value).strip()
        try:
            if len(text) == 10:
                return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
        raise DocumentError("bad_value", field=name, detail=f"{value!r} (a date such as 2026-03-31)")
    if value in (None, ""):
        return None
    number = to_number(value)
    low, high = rule
    if number is None or not low <= number <= high:
        raise DocumentError("bad_value", field=name, detail=f"{value!r} (a number from {low:g} to {high:g})")
    return number


def to_number(value: object) -> float | None:
    """A finite number from 12.5, "12,5" or "30 000"; None when it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        try:
            number = float(str(value).replace("\u00a0", "").replace(" ", "").replace(",", "."))
        except ValueError:
            return None
    return number if math.isfinite(number) else None


def validate_substance(line: SubstanceLine, annex: Annex1, where: str = "substance") -> SubstanceLine:
    """A substance line with a known Part 2 entry or categories, and a quantity from 0 to 10^9 t."""
    if line.named_id and line.named_id not in annex.named:
        raise DocumentError("bad_value", field=where, detail=f"{line.named_id!r} is not a named substance of Annex I")
    unknown = [c for c in line.categories if c not in annex.categories]
    if unknown:
        raise DocumentError("bad_value", field=where, detail=f"{unknown[0]!r} is not an Annex I category")
    q = line.quantity_t
    if q is not None and not (math.isfinite(q) and 0 <= q <= MAX_QUANTITY_T):
        raise DocumentError("bad_value", field=where, detail=f"{q!r} t (a quantity from 0 to 1,000,000,000 t)")
    for text in (line.name, line.cas):
        if len(text) > MAX_TEXT:
            raise DocumentError("bad_value", field=where, detail=f"longer than {MAX_TEXT} characters")
    if line.form not in FORMS:
        raise DocumentError("bad_value", field=where, detail=f"{line.form!r} (use one of {', '.join(FORMS[1:])})")
    return line


# ----------------------------------------------------------------- the Annex I edition of the document
def annex_for(doc: Assessment) -> Annex1:
    """The edition this document calculates with: its own snapshot, or the built-in one until it has one."""
    row = doc.query("SELECT json FROM annex_edition WHERE id = 1") if has_register(doc) else []
    if not row:
        return builtin_annex1()
    return cached_parse(row[0][0], f"{doc.path.name} (Annex I)")


def use_edition(doc: Assessment, annex: Annex1) -> None:
    """Calculate with ``annex`` from now on (a later or corrected edition); recorded in the history."""
    old = annex_for(doc).label
    doc.write([
        ("INSERT OR REPLACE INTO annex_edition (id, annex_id, edition, sha256, json) VALUES (1, ?, ?, ?, ?)",
         (annex.id, annex.edition, annex.sha256, annex.source_json)),
        history.entry(now_iso(), doc.user, "register.annex_edition", old=old, new=annex.label),
    ])


def _snapshot_statements(doc: Assessment) -> list[Statement]:
    """Record the built-in edition the first time the register is written (the result depends on it)."""
    if doc.query("SELECT 1 FROM annex_edition WHERE id = 1"):
        return []
    annex = builtin_annex1()
    return [("INSERT INTO annex_edition (id, annex_id, edition, sha256, json) VALUES (1, ?, ?, ?, ?)",
             (annex.id, annex.edition, annex.sha256, annex.source_json))]


# ----------------------------------------------------------------- reading
_COLUMNS = tuple(FIELDS)
_SELECT = ("SELECT a.id, a.uid, a.revision, a.updated_at, a.updated_by, t.parameters, t.checklist, "
           + ", ".join(f"a.{c}" for c in _COLUMNS) + " FROM activity a LEFT JOIN tailings t ON t.activity_id = a.id")
_new_activity = object.__new__
_FLAGS = tuple(name for name, (kind, _) in FIELDS.items() if kind == "flag")


def _substances(doc: Assessment, where: str = "", params: tuple[object, ...] = ()) -> dict[int, list[SubstanceLine]]:
    found: dict[int, list[SubstanceLine]] = {}
    new = tuple.__new__
    split: dict[str, tuple[str, ...]] = {"": ()}
    for activity_id, name, named_id, cas, categories, quantity, form in doc.query(
            "SELECT activity_id, name, named_id, cas, categories, quantity_t, form FROM activity_substance "
            f"{where} ORDER BY activity_id, position", params):
        codes = split.get(categories)
        if codes is None:
            codes = split[categories] = tuple(categories.split(",")) if categories else ()
        line = new(SubstanceLine, (name, named_id, codes, quantity if isinstance(quantity, (int, float)) else None,
                                   cas, form))
        found.setdefault(activity_id, []).append(line)
    return found


def _activity(row: Row, lines: list[SubstanceLine]) -> Activity:
    values = dict(zip(_COLUMNS, row[7:]))
    for flag in _FLAGS:
        values[flag] = bool(values[flag])
    activity = _new_activity(Activity)
    activity.__dict__.update(id=row[0], uid=row[1], revision=row[2], updated_at=row[3], updated_by=row[4],
                             values=values, substances=tuple(lines), tailings=_json(row[5]), checklist=_json(row[6]))
    return activity


def _json(text: object) -> dict[str, Any]:
    if not isinstance(text, str) or text in ("", "{}"):
        return {}
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def changeable(doc: Assessment) -> bool:
    """Whether the register of ``doc`` can be changed: not a file opened read-only, not a final (approved)
    assessment. The window shows a frozen register; every writer is refused by the document itself."""
    return not doc.readonly and not doc.meta().get("final")


def has_register(doc: Assessment) -> bool:
    """False for a document of an older format opened read-only (not migrated): its register is empty."""
    return doc.schema_version() >= 3


def activities(doc: Assessment) -> list[Activity]:
    """Every activity with its substances, in the order they were added (two queries, for 5,000 activities)."""
    if not has_register(doc):
        return []
    lines = _substances(doc)
    return [_activity(row, lines.get(row[0], [])) for row in doc.query(_SELECT + " ORDER BY a.id")]


def activity(doc: Assessment, uid: str) -> Activity:
    rows = doc.query(_SELECT + " WHERE a.uid = ?", (uid,))
    if not rows:
        raise DocumentError("bad_value", field="activity", detail=f"there is no activity {uid}")
    lines = _substances(doc, "WHERE activity_id = ?", (rows[0][0],))
    return _activity(rows[0], lines.get(rows[0][0], []))


def count(doc: Assessment) -> int:
    if not has_register(doc):
        return 0
    return int(doc.query("SELECT COUNT(*) FROM activity")[0][0])


# ----------------------------------------------------------------- writing
def add_activity(doc: Assessment, values: dict[str, object], substances: Sequence[SubstanceLine] = (),
                 *, uid: str | None = None, source: str = "edit") -> Activity:
    """A new activity (and its substances) in one transaction; returns it as stored."""
    clean = {**_DEFAULTS, **validate(values)}
    uid = uid or new_uid()
    stamp = now_iso()
    columns = ", ".join(_COLUMNS)
    statements = _snapshot_statements(doc) + [(
        f"INSERT INTO activity (uid, {columns}, created_at, updated_at, updated_by) VALUES "
        f"(?, {', '.join('?' * len(_COLUMNS))}, ?, ?, ?)",
        (uid, *[_stored(clean[c]) for c in _COLUMNS], stamp, stamp, doc.user))]
    statements += _substance_statements(doc, "(SELECT id FROM activity WHERE uid = ?)", uid, substances)
    statements.append(_history(doc, uid, "added", None, clean.get("name"), stamp, source))
    doc.write(statements)
    return activity(doc, uid)


def update_activity(doc: Assessment, uid: str, values: dict[str, object], *, source: str = "edit") -> Activity:
    old = activity(doc, uid)
    clean = validate(values)
    changed = {k: v for k, v in clean.items() if old.values.get(k) != v}
    if not changed:
        return old
    stamp = now_iso()
    sets = ", ".join(f"{k} = ?" for k in changed)
    statements = [(f"UPDATE activity SET {sets}, revision = revision + 1, updated_at = ?, updated_by = ? WHERE uid = ?",
                   (*[_stored(v) for v in changed.values()], stamp, doc.user, uid))]
    statements += [_history(doc, uid, k, old.values.get(k), v, stamp, source) for k, v in changed.items()]
    doc.write(statements)
    return activity(doc, uid)


def set_substances(doc: Assessment, uid: str, substances: Sequence[SubstanceLine], *,
                   source: str = "edit") -> Activity:
    """Replace the activity's substance table (the editor and the import write it whole)."""
    old = activity(doc, uid)
    if tuple(substances) == old.substances:
        return old
    stamp = now_iso()
    statements: list[Statement] = [("DELETE FROM activity_substance WHERE activity_id = ?", (old.id,)),
                  ("UPDATE activity SET revision = revision + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                   (stamp, doc.user, old.id))]
    statements += _snapshot_statements(doc) + _substance_statements(doc, "?", old.id, substances)
    statements.append(_history(doc, uid, "substances", describe(old.substances), describe(substances), stamp, source))
    doc.write(statements)
    return activity(doc, uid)


def set_tailings(doc: Assessment, uid: str, parameters: dict[str, Any] | None = None, checklist: dict[str, Any] | None = None) -> Activity:
    """The tailings block of a mining activity (parameters of the hazard index, checklist answers)."""
    from model.register.tailings import builtin_method, clean_parameters  # tailings builds on this module

    old = activity(doc, uid)
    params = old.tailings if parameters is None else clean_parameters(parameters, builtin_method())
    answers = old.checklist if checklist is None else checklist
    texts = [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in (params, answers)]
    if len(texts[0]) + len(texts[1]) > 200_000:
        raise DocumentError("bad_value", field="tailings", detail="too much text for one facility")
    stamp = now_iso()
    # A plain INSERT or UPDATE, not an upsert: the conflict clause of an upsert would reach into the statements
    # of the field-version triggers (model.document.tracking) and make their INSERT OR REPLACE fail.
    exists = bool(doc.query("SELECT 1 FROM tailings WHERE activity_id = ?", (old.id,)))
    doc.write([
        ("UPDATE tailings SET parameters = ?, checklist = ? WHERE activity_id = ?", (*texts, old.id)) if exists else
        ("INSERT INTO tailings (activity_id, parameters, checklist) VALUES (?, ?, ?)", (old.id, *texts)),
        ("UPDATE activity SET revision = revision + 1, updated_at = ?, updated_by = ? WHERE id = ?",
         (stamp, doc.user, old.id)),
        _history(doc, uid, "tailings", None, texts[0], stamp, "edit"),
    ])
    return activity(doc, uid)


def restore_activity(doc: Assessment, snapshot: Activity, *, source: str = "undo") -> Activity:
    """Make the activity ``snapshot.uid`` what the snapshot holds (values, substances, tailings block), putting it
    back if it was deleted; in one transaction (undo and redo in the window)."""
    exists = bool(doc.query("SELECT 1 FROM activity WHERE uid = ?", (snapshot.uid,)))
    with doc.transaction():
        if exists:
            update_activity(doc, snapshot.uid, dict(snapshot.values), source=source)
            set_substances(doc, snapshot.uid, snapshot.substances, source=source)
        else:
            add_activity(doc, dict(snapshot.values), snapshot.substances, uid=snapshot.uid, source=source)
        current = activity(doc, snapshot.uid)
        if (current.tailings, current.checklist) != (snapshot.tailings, snapshot.checklist):
            set_tailings(doc, snapshot.uid, snapshot.tailings, snapshot.checklist)
    return activity(doc, snapshot.uid)


def delete_activity(doc: Assessment, uid: str) -> None:
    old = activity(doc, uid)
    doc.write([("DELETE FROM activity WHERE id = ?", (old.id,)),
               _history(doc, uid, "deleted", old.values.get("name"), None, now_iso(), "edit")])


def _substance_statements(doc: Assessment, id_sql: str, key: object,
                          substances: Sequence[SubstanceLine]) -> list[Statement]:
    if len(substances) > MAX_SUBSTANCES:
        raise DocumentError("bad_value", field="substances", detail=f"more than {MAX_SUBSTANCES} for one activity")
    annex = annex_for(doc)
    statements: list[Statement] = []
    for position, line in enumerate(substances):
        validate_substance(line, annex, f"substance {position + 1}")
        statements.append((
            "INSERT INTO activity_substance (activity_id, position, name, named_id, cas, categories, quantity_t, form) "
            f"VALUES ({id_sql}, ?, ?, ?, ?, ?, ?, ?)",
            (key, position, line.name, line.named_id, line.cas, ",".join(line.categories), line.quantity_t,
             line.form)))
    return statements


def describe(lines: Iterable[SubstanceLine]) -> str:
    """Substances for the history: "Chlorine N10 30 t; ..." """
    return "; ".join(" ".join(x for x in (line.name, line.named_id or ",".join(line.categories),
                                          "" if line.quantity_t is None else f"{line.quantity_t:g} t") if x)
                     for line in lines)


def _stored(value: object) -> object:
    return int(value) if isinstance(value, bool) else value


def _history(doc: Assessment, uid: str, what: str, old: object, new: object, stamp: str,
             source: str) -> Statement:
    return history.entry(stamp, doc.user, f"register.{uid}.{what}", old=old, new=new, source=source)
