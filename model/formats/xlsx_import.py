"""Import a workbook exported by model.formats.xlsx and filled in by a colleague.

``parse(path)`` reads the file defensively (size, compression ratio, XML entities and row count are
checked before openpyxl parses anything; openpyxl then parses through defusedxml) and needs no
assessment. ``plan(doc, content)`` checks that the workbook belongs to this assessment and catalogue,
validates every value and lists the changes field by field, marking conflicts: the assessment changed
that field after the export. ``apply(doc, plan, accepted)`` writes the accepted changes in one
transaction, recorded in the history as "import: <workbook name>". Any problem raises WorkbookError
and changes nothing.

A change is only proposed where a cell differs from what was exported (the hidden sheets keep the
exported values), so untouched cells never overwrite newer work. A row deleted from the Action plan sheet
is offered as a deletion, unchecked; rows without a key become new actions, with a key derived from the
export and the row (model.formats.import_review), so importing the same or a corrected workbook again updates
them instead of adding copies. Note rows and added columns are skipped and listed as warnings.

Longer than 400 lines: reading, checking and planning share the sheet layout and the hidden sheets' record of
what was exported, and every defence is meant to be read in one place. The next split is the cell-value readers
(levels, criteria, dates, choices) and the action-plan changes into modules of their own.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Collection

from model.document import actionplan
from model.report import consistency
from model.catalogue import references
from model.document.actionplan import Action
from model.catalogue import LANGUAGES, Indicator
from model.document.assessment import STATUSES, Assessment, Response
from model.errors import DocumentError, WorkbookError
from model.formats import xlsx as layout
from model.formats import long_texts
from model.formats.text import clean
from model.formats import import_review as review
from model.formats import untrusted
from model.formats.import_review import ImportWarning
from model.formats.untrusted import cell_value as _cell
from model.report.labels import LABELS
from model.languages import in_languages

if TYPE_CHECKING:  # openpyxl is imported when a workbook is opened, not at start-up
    from openpyxl import Workbook

MAX_ROWS = 5_000
MAX_COLUMNS = 64


@dataclass(frozen=True)
class SheetRows:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]  # (row number, cell values)


@dataclass(frozen=True)
class WorkbookContent:
    """What a workbook holds, read without an assessment (so it can be read off the GUI thread)."""

    name: str
    meta: dict[str, str]
    indicators: SheetRows
    actions: SheetRows
    exported_indicators: dict[str, tuple[int, dict[str, str]]]
    exported_actions: dict[str, tuple[int, dict[str, str]]]
    added_columns: tuple[tuple[str, str, str], ...] = ()  # (sheet, column letter, header) beyond ours
    identity: str = ""  # of the export this workbook is a copy of (review.export_identity)


@dataclass(frozen=True)
class Change:
    key: str  # stable, for the accepted set: "1.2:evidence", "action:<uid>:lead", "new:<uid>", "delete:<uid>"
    kind: str  # "response", "action", "new_action" or "delete_action"
    target: str  # what a person recognises: the indicator id or "Action 3"
    field: str  # (in this class body the name hides dataclasses.field: hence dataclasses.field below)
    old: str  # the current value as text
    new: str  # the imported value as text
    conflict: bool
    cell: str
    value: object = dataclasses.field(repr=False, default=None)  # what is written
    current: object = dataclasses.field(repr=False, default=None)  # the value when planned, to notice later edits
    indicator_id: str | None = None
    action_uid: str | None = None

    @property
    def indicator(self) -> str:
        """The indicator of a response change (each has one; a change of an action has none)."""
        if self.indicator_id is None:
            raise ValueError(f"{self.key} is no change of a response")
        return self.indicator_id

    @property
    def uid(self) -> str:
        """The action of a change of, addition of or deletion of an action (each has one)."""
        if self.action_uid is None:
            raise ValueError(f"{self.key} is no change of an action")
        return self.action_uid

    def response_fields(self) -> dict[str, object]:
        """The fields of a response change: a level change sets both level and not_applicable (_level)."""
        if self.field == "level" and isinstance(self.value, dict):
            return dict(self.value)
        return {self.field: self.value}


@dataclass(frozen=True)
class ImportPlan:
    workbook: str
    changes: tuple[Change, ...]
    warnings: tuple[ImportWarning, ...] = ()
    # model.report.consistency findings of the indicators the changes touch, as they would be once all but the
    # conflicts are applied (a level that contradicts its criteria, complete without evidence)
    findings: tuple[consistency.Finding, ...] = ()

    @property
    def conflicts(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.conflict)

    @property
    def source(self) -> str:
        return f"import: {self.workbook}"

    def default_accepted(self) -> set[str]:
        """Everything except conflicts and deletions, which a person must accept one by one."""
        return {c.key for c in self.changes if not c.conflict and c.kind != "delete_action"}


def _rows(ws: Any, title: str, name: str, width: int) -> list[tuple[int, tuple[object, ...]]]:
    # ws: a read-only worksheet; Any because openpyxl's stubs type workbook[title] as any kind of sheet
    rows = []
    for number, values in enumerate(ws.iter_rows(values_only=True, max_col=width), start=1):
        if number > MAX_ROWS:
            raise WorkbookError("too_many_rows", file=name, sheet=title, limit=MAX_ROWS)
        values = tuple(values) + (None,) * (width - len(values))
        rows.append((number, values[:width]))
    return rows


def parse(path: str | Path) -> WorkbookContent:
    """Read a returned workbook safely; raises WorkbookError for anything wrong, damaged or hostile."""
    with untrusted.open_workbook(path, MAX_ROWS) as workbook:
        return _content(workbook, Path(path).name)


def _joined(sheet: SheetRows, rest: dict[tuple[str, str, str], str], kind: str, columns: tuple[str, ...],
            id_column: str) -> SheetRows:
    """The sheet with the hidden rest of each long text appended to its cell (a cell emptied stays empty)."""
    at = columns.index(id_column)
    rows = []
    for number, values in sheet.rows:
        ident = _cell(values[at]).strip()
        values = tuple(v + rest[(kind, ident, key)] if isinstance(v, str) and (kind, ident, key) in rest else v
                       for key, v in zip(columns, values))
        rows.append((number, values))
    return replace(sheet, rows=tuple(rows))


def _content(workbook: Workbook, name: str) -> WorkbookContent:
    sheets = set(workbook.sheetnames)
    if layout.META_SHEET not in sheets:
        raise WorkbookError("not_ours", file=name)
    meta: dict[str, str] = {}
    for _, values in _rows(workbook[layout.META_SHEET], layout.META_SHEET, name, 2):
        if values[0] is not None:
            meta[_cell(values[0])] = _cell(values[1])
    if meta.get("format") != layout.FORMAT:
        raise WorkbookError("not_ours", file=name)
    if meta.get("format_version") != layout.FORMAT_VERSION:
        raise WorkbookError("newer", file=name, version=meta.get("format_version", "?"))
    needed = [meta.get("indicators_sheet", ""), meta.get("actions_sheet", ""), layout.ROWS_SHEET,
              layout.ACTION_ROWS_SHEET]
    for sheet in needed:
        if sheet not in sheets:
            raise WorkbookError("missing_sheet", file=name, sheet=sheet)

    added: list[tuple[str, str, str]] = []

    def sheet_rows(title: str, columns: tuple[str, ...]) -> SheetRows:
        rows = _rows(workbook[title], title, name, len(columns))
        header = tuple(_cell(v) for v in rows[0][1]) if rows else ()
        # Columns a colleague added after ours are not imported: say so instead of dropping them silently.
        for first in workbook[title].iter_rows(min_row=1, max_row=1, max_col=MAX_COLUMNS, values_only=True):
            for index, value in enumerate(first[len(columns):], start=len(columns)):
                if _cell(value).strip():
                    added.append((title, _column(index), _cell(value).strip()[:60]))
        return SheetRows(title, header, tuple(rows[1:]))

    def exported(title: str, fields: tuple[str, ...]) -> dict[str, tuple[int, dict[str, str]]]:
        result = {}
        for number, values in _rows(workbook[title], title, name, 2 + len(fields))[1:]:
            key = _cell(values[0])
            if not key:
                continue
            raw = values[1]
            try:
                if not isinstance(raw, (int, float, str)):
                    raise TypeError(raw)
                revision = int(raw)
            except (TypeError, ValueError, OverflowError):  # a revision of 1e400 is inf: OverflowError
                raise WorkbookError("not_ours", file=name) from None
            result[key] = (revision, {f: _cell(v) for f, v in zip(fields, values[2:])})
        return result

    indicators = sheet_rows(meta["indicators_sheet"], layout.INDICATOR_COLUMNS)
    actions = sheet_rows(meta["actions_sheet"], layout.ACTION_COLUMNS)
    exported_indicators = exported(layout.ROWS_SHEET, layout.INDICATOR_FIELDS)
    exported_actions = exported(layout.ACTION_ROWS_SHEET, layout.ACTION_FIELDS)
    if long_texts.LONG_SHEET in sheets:  # texts too long for a cell: put the parts back after the cell's text
        rest = long_texts.read([v for _, v in _rows(workbook[long_texts.LONG_SHEET], long_texts.LONG_SHEET, name, 5)])
        indicators = _joined(indicators, rest, "indicator", layout.INDICATOR_COLUMNS, "id")
        actions = _joined(actions, rest, "action", layout.ACTION_COLUMNS, "uid")
        for kind, rows in (("indicator", exported_indicators), ("action", exported_actions)):
            for ident, (_, texts) in rows.items():
                for key in texts:
                    texts[key] += rest.get((kind, ident, key), "")
    return WorkbookContent(
        name=name, meta=meta, indicators=indicators, actions=actions, exported_indicators=exported_indicators,
        exported_actions=exported_actions, added_columns=tuple(added),
        identity=review.export_identity(meta, exported_indicators, exported_actions),
    )


# ------------------------------------------------------------------------------------------ values
def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _label_variants(key: str) -> set[str]:
    """A label in every language, alone and as the bilingual pairs an export writes."""
    texts = [LABELS[key][lang] for lang in LANGUAGES]
    variants = {_norm(t) for t in texts}
    variants |= {_norm(f"{a} / {b}") for a in texts for b in texts if a != b}
    return variants


def _choice(text: str, keys: tuple[str, ...], prefix: str) -> str | None:
    wanted = _norm(text)
    for key in keys:
        if wanted == key.casefold() or wanted in _label_variants(f"{prefix}{key}"):
            return key
    return None


def _level(text: str, indicator: Indicator) -> dict[str, object] | None:
    """Level cell text -> response fields; None when the text is not a level of this indicator."""
    raw = text.strip()
    if not raw:
        return {"level": None, "not_applicable": False}
    scale = indicator.scale
    wanted = _norm(raw)
    na_texts = {_norm(t) for t in scale.not_applicable.label.values() if t} | {"n/a", "na", "н/п", "н/д"}
    if wanted in na_texts or wanted.split(" / ")[0] in na_texts:
        return {"not_applicable": True}
    match = re.match(r"^\s*(\d+)(?:[.,]0+)?(?:\s*(?:—|-|–|:|\.)\s*.*)?$", raw, re.S)
    if match:
        value = int(match.group(1))
        return {"level": value, "not_applicable": False} if value in scale.values else None
    for level in scale.levels:
        if wanted in {_norm(t) for t in level.label.values() if t}:
            return {"level": level.value, "not_applicable": False}
    return None


def _level_of(response: Response) -> dict[str, object]:
    if response.not_applicable:
        return {"not_applicable": True}
    return {"level": response.level, "not_applicable": False}


def _level_display(fields: dict[str, object]) -> str:
    if fields.get("not_applicable"):
        return "n/a"
    return "" if fields.get("level") is None else str(fields["level"])


def _criteria(text: str, indicator: Indicator) -> tuple[str, ...] | str:
    """Criterion ids -> canonical tuple, or the unknown id as an error string. Russian and Kyrgyz workbooks
    write the letters in Cyrillic (1.1.в for 1.1.c); either is read."""
    written = [p for p in re.split(r"[,;\s]+", text.strip()) if p]
    ids = [references.criterion_id(p) for p in written]
    known = indicator.criterion_ids()
    for shown, ident in zip(written, ids):
        if ident not in known:
            return shown
    return tuple(c for c in known if c in ids)


def _date(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    raise ValueError(text)


def _yes_no(text: str) -> bool | None:
    wanted = _norm(text)
    if wanted in _label_variants("yes") | {"true", "1", "y"}:
        return True
    if wanted in _label_variants("no") | {"false", "0", "n", ""}:
        return False
    return None


# ------------------------------------------------------------------------------------------ planning
def _column(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _check_header(sheet: SheetRows, keys: tuple[str, ...], lang: str, name: str) -> None:
    from model.report.build import parse_lang
    from model.report.sections import join

    try:
        langs = parse_lang(lang)
    except Exception:
        raise WorkbookError("not_ours", file=name) from None
    expected = [join(in_languages(LABELS[layout.HEADER_KEYS[k]], langs)) for k in keys]
    found = list(sheet.header) + [""] * (len(expected) - len(sheet.header))
    for index, (want, got) in enumerate(zip(expected, found)):
        if _norm(want) != _norm(got):
            raise WorkbookError("columns_changed", file=name, sheet=sheet.title, column=_column(index),
                                expected=want, found=got)


def plan(doc: Assessment, content: WorkbookContent) -> ImportPlan:
    """Compare the workbook with the assessment; raises WorkbookError if it does not belong or has bad values."""
    name, meta = content.name, content.meta
    doc_meta = doc.meta()
    if meta.get("document_id") != doc_meta.get("document_id"):
        raise WorkbookError("other_assessment", file=name)
    cat = doc.catalogue
    if (meta.get("catalogue_id"), meta.get("catalogue_version"), meta.get("catalogue_sha256")) != (
            cat.id, cat.version, cat.sha256):
        raise WorkbookError("other_catalogue", file=name,
                            detail=f"{meta.get('catalogue_id')} {meta.get('catalogue_version')}")
    lang = meta.get("lang", "")
    _check_header(content.indicators, layout.INDICATOR_COLUMNS, lang, name)
    _check_header(content.actions, layout.ACTION_COLUMNS, lang, name)
    warnings = [ImportWarning("added_column", {"sheet": sheet, "column": column, "header": header})
                for sheet, column, header in content.added_columns]
    changes = _response_changes(doc, content, warnings)
    changes += _action_changes(doc, content, warnings)
    result = ImportPlan(workbook=name, changes=tuple(changes), warnings=tuple(warnings))
    return replace(result, findings=findings(doc, result, result.default_accepted()))


def findings(doc: Assessment, plan: ImportPlan, accepted: Collection[str]) -> tuple[consistency.Finding, ...]:
    """What model.report.consistency would find in the indicators that the ``accepted`` changes touch, once applied."""
    fields: dict[str, dict[str, object]] = {}
    for change in plan.changes:
        if change.kind == "response" and change.key in accepted and change.indicator_id is not None:
            fields.setdefault(change.indicator_id, {}).update(change.response_fields())
    found = consistency.findings_after(doc.catalogue, doc.responses(), fields)
    return tuple(f for per_indicator in found.values() for f in per_indicator)


def _response_changes(doc: Assessment, content: WorkbookContent, warnings: list[ImportWarning]) -> list[Change]:
    name, sheet = content.name, content.indicators
    responses = doc.responses()
    columns = {key: i for i, key in enumerate(layout.INDICATOR_COLUMNS)}
    seen: dict[str, int] = {}
    changes: list[Change] = []
    for number, values in sheet.rows:
        texts = [_cell(v) for v in values]
        if not any(texts):
            continue
        ident = texts[columns["id"]].strip()
        where = f"{_column(columns['id'])}{number}"
        indicator = doc.catalogue.indicator(ident)
        if indicator is None and not review.looks_like_indicator_id(ident):
            # A note a colleague typed between indicators (the id cell empty or words): skipped, and said so.
            warnings.append(ImportWarning("note_row", {"sheet": sheet.title, "row": number,
                                                       "text": review.preview(texts)}))
            continue
        if indicator is None:
            raise WorkbookError("unknown_indicator", file=name, sheet=sheet.title, cell=where, indicator=ident or "''")
        if ident in seen:
            raise WorkbookError("duplicate", file=name, sheet=sheet.title, item=ident, first=seen[ident], second=number)
        seen[ident] = number
        if ident not in content.exported_indicators:
            raise WorkbookError("not_ours", file=name)
        revision, exported = content.exported_indicators[ident]
        response = responses[ident]
        moved = response.revision != revision
        for key in layout.INDICATOR_FIELDS:
            text = texts[columns[key]]
            cell = f"{_column(columns[key])}{number}"
            raw = values[columns[key]]

            def bad(detail: str) -> WorkbookError:
                return WorkbookError("bad_value", file=name, sheet=sheet.title, cell=cell, detail=detail)

            if key == "level":
                if isinstance(raw, (bool, datetime, date)):
                    raise bad(f"{text!r} is not a level")
                new_level = _level(text, indicator)
                if new_level is None:
                    raise bad(f"{text!r} is not a level of indicator {ident} "
                              f"(use {indicator.scale.lowest}–{indicator.scale.highest} or n/a)")
                old_level = _level_of(response)
                exported_level = _level(exported["level"], indicator) or {}
                if text == exported["level"] or _level_display(new_level) == _level_display(old_level):
                    continue
                changes.append(Change(
                    key=f"{ident}:level", kind="response", target=ident, field="level",
                    old=_level_display(old_level), new=_level_display(new_level),
                    conflict=moved and _level_display(exported_level) != _level_display(old_level), cell=cell,
                    value=new_level, current=_level_display(old_level), indicator_id=ident))
                continue
            new: str | tuple[str, ...] | None
            exported_value: str | tuple[str, ...] | None
            old_value: object
            if key == "status":
                new = _choice(text, STATUSES, "status.")
                if new is None:
                    raise bad(f"{text!r} is not a status")
                exported_value = _choice(exported["status"], STATUSES, "status.")
                old_value = response.status
            elif key == "criteria_met":
                new = _criteria(text, indicator)
                if isinstance(new, str):
                    raise bad(f"{new!r} is not a criterion of indicator {ident}")
                parsed = _criteria(exported["criteria_met"], indicator)
                exported_value = parsed if isinstance(parsed, tuple) else None
                old_value = response.criteria_met
            else:
                new = text
                exported_value = exported[key]
                old_value = response.value(key)
                stored = clean(old_value if isinstance(old_value, str) else "")
                if text == exported[key] or stored == text or long_texts.is_cut_copy(text, stored):
                    continue  # unchanged, or a copy that lost the end of a long text: never written over it
                changes.append(Change(
                    key=f"{ident}:{key}", kind="response", target=ident, field=key, old=str(old_value), new=new,
                    conflict=moved and stored != exported_value and not long_texts.is_cut_copy(exported_value, stored),
                    cell=cell, value=new,
                    current=old_value, indicator_id=ident))
                continue
            if text == exported[key] or new == old_value:
                continue
            changes.append(Change(
                key=f"{ident}:{key}", kind="response", target=ident, field=key, old=_show(old_value),
                new=_show(new), conflict=moved and exported_value != old_value, cell=cell, value=new,
                current=old_value, indicator_id=ident))
    return changes


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)


def _action_value(key: str, raw: object, text: str, doc: Assessment, bad: Callable[[str], Exception]) -> object:
    if key == "indicator_ids":
        ids = tuple(dict.fromkeys(p for p in re.split(r"[,;\s]+", text.strip()) if p))
        for ident in ids:
            if doc.catalogue.indicator(ident) is None:
                raise bad(f"there is no indicator {ident}")
        return tuple(sorted(ids))
    if key in ("start_date", "due_date"):
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            raise bad(f"{text!r} is not a date (YYYY-MM-DD)")
        try:
            return _date(raw)
        except ValueError:
            raise bad(f"{text!r} is not a date (YYYY-MM-DD)") from None
    if key == "priority":
        value = _choice(text, actionplan.PRIORITIES, "priority.") if text else "medium"
        if value is None:
            raise bad(f"{text!r} is not a priority")
        return value
    if key == "status":
        value = _choice(text, actionplan.ACTION_STATUSES, "action_status.") if text else "planned"
        if value is None:
            raise bad(f"{text!r} is not a status of an action")
        return value
    if key == "assistance_requested":
        answer = _yes_no(text)
        if answer is None:
            raise bad(f"{text!r} is not yes or no")
        return answer
    return text


def _action_changes(doc: Assessment, content: WorkbookContent, warnings: list[ImportWarning]) -> list[Change]:
    name, sheet = content.name, content.actions
    columns = {key: i for i, key in enumerate(layout.ACTION_COLUMNS)}
    listed = actionplan.actions(doc)
    current = {a.uid: a for a in listed}
    numbers = {a.uid: n for n, a in enumerate(listed, start=1)}  # as the plan numbers them (report.build)
    seen: dict[str, int] = {}
    changes: list[Change] = []
    for number, values in sheet.rows:
        texts = [_cell(v) for v in values]
        if not any(t for k, t in zip(layout.ACTION_COLUMNS, texts) if k != "number"):
            continue
        uid = texts[columns["uid"]].strip()
        if not uid and not texts[columns["title"]].strip():
            # A note, or a row whose title was cleared: not an action; skipped, and said so.
            warnings.append(ImportWarning("untitled_row", {"sheet": sheet.title, "row": number,
                                                           "text": review.preview(texts)}))
            continue

        def parsed(key: str) -> tuple[object, str]:
            cell = f"{_column(columns[key])}{number}"

            def bad(detail: str) -> WorkbookError:
                return WorkbookError("bad_value", file=name, sheet=sheet.title, cell=cell, detail=detail)

            return _action_value(key, values[columns[key]], texts[columns[key]], doc, bad), cell

        fields = {key: parsed(key) for key in layout.ACTION_FIELDS}
        label = texts[columns["title"]] or f"#{number}"
        if uid:
            if uid in seen:
                raise WorkbookError("duplicate", file=name, sheet=sheet.title, item=uid, first=seen[uid],
                                    second=number)
            seen[uid] = number
            if uid not in content.exported_actions:
                raise WorkbookError("bad_value", file=name, sheet=sheet.title,
                                    cell=f"{_column(columns['uid'])}{number}",
                                    detail="this key does not belong to an action of this workbook")
            revision, exported = content.exported_actions[uid]
            action = current.get(uid)
            if action is None:  # deleted in the assessment after the export
                edited = any(texts[columns[k]] != exported[k] for k in layout.ACTION_FIELDS)
                if edited:
                    changes.append(_new_action(f"restore:{uid}", fields, label, number, conflict=True, uid=uid))
                continue
            changes += _field_changes(doc, action, fields, texts, columns, exported, action.revision != revision,
                                      _action_name(numbers[uid], action.title))
            continue
        new_uid = review.new_action_uid(content.identity, number)
        action = current.get(new_uid)
        if action is None:
            changes.append(_new_action(f"new:{new_uid}", fields, label, number, conflict=False, uid=new_uid))
        else:  # created by an earlier import of this workbook: a corrected row updates it
            changes += _field_changes(doc, action, fields, texts, columns, None, _edited_since_import(doc, action),
                                      _action_name(numbers[new_uid], action.title))
    for uid in content.exported_actions:
        action = current.get(uid)
        if uid in seen or action is None:
            continue
        # The row was deleted from the sheet: offered as a deletion, never checked by default.
        target = _action_name(numbers[uid], action.title)
        warnings.append(ImportWarning("deleted_row", {"target": target}))
        changes.append(Change(
            key=f"delete:{uid}", kind="delete_action", target=target, field="delete", old=action.title, new="",
            conflict=action.revision != content.exported_actions[uid][0], cell="", current=action.revision,
            action_uid=uid))
    return changes


def _action_name(number: int, title: str) -> str:
    """How a person recognises an action in the preview: its number in the plan and its title."""
    return f"{number}. {title}"[:80]


def _field_changes(doc: Assessment, action: Action, fields: dict[str, tuple[object, str]], texts: list[str],
                   columns: dict[str, int], exported: dict[str, str] | None, moved: bool, target: str) -> list[Change]:
    """The fields of an existing action that a row changes; ``exported`` None: a row that had no exported values."""
    changes = []
    for key, (value, cell) in fields.items():
        text = texts[columns[key]]
        old_value = getattr(action, key)
        if (exported is not None and text == exported[key]) or _comparable(key, value) == _comparable(key, old_value):
            continue
        if key in actionplan.TEXT_FIELDS and long_texts.is_cut_copy(_text(value), _text(old_value)):
            continue  # a copy that lost the end of a long text: never written over it
        if exported is None:
            conflict = moved
        else:
            try:
                exported_value = _action_value(key, exported[key], exported[key], doc, lambda d: ValueError(d))
            except ValueError:
                exported_value = None
            conflict = moved and _comparable(key, exported_value) != _comparable(key, old_value)
        changes.append(Change(
            key=f"action:{action.uid}:{key}", kind="action", target=target, field=key, old=_show(old_value),
            new=_show(value), conflict=conflict, cell=cell, value=value, current=old_value, action_uid=action.uid))
    return changes


def _edited_since_import(doc: Assessment, action: Action) -> bool:
    """Whether the last change of an action an import created was made in the assessment, not by an import."""
    rows = doc.query("SELECT source FROM history WHERE field LIKE ? ORDER BY id DESC LIMIT 1",
                     (f"action {action.uid[:8]}.%",))
    return bool(rows) and not str(rows[0][0]).startswith("import:")


def _text(value: object) -> str:
    return clean(value if isinstance(value, str) else "")


def _comparable(key: str, value: object) -> object:
    return _text(value) if key in actionplan.TEXT_FIELDS else value


def _new_action(key: str, fields: dict[str, tuple[object, str]], label: str, number: int, *,
                conflict: bool, uid: str) -> Change:
    values = {k: v for k, (v, _) in fields.items()}
    return Change(key=key, kind="new_action", target=label[:80], field="action", old="", new=str(values["title"]),
                  conflict=conflict, cell=f"B{number}", value=values, action_uid=uid)


def read(doc: Assessment, path: str | Path) -> ImportPlan:
    return plan(doc, parse(path))


# ------------------------------------------------------------------------------------------ applying
def apply(doc: Assessment, plan: ImportPlan, accepted: Collection[str] | None = None) -> list[Change]:
    """Write the accepted changes (default: all but conflicts) in one transaction; returns those applied."""
    keys = plan.default_accepted() if accepted is None else set(accepted)
    chosen = [c for c in plan.changes if c.key in keys]
    if not chosen:
        return []
    responses = doc.responses()
    actions = {a.uid: a for a in actionplan.actions(doc)}
    for change in chosen:  # the assessment must still be as it was when the changes were shown
        if change.kind == "response":
            response = responses[change.indicator]
            now = _level_display(_level_of(response)) if change.field == "level" else response.value(change.field)
        elif change.kind == "action":
            action = actions.get(change.uid)
            now = getattr(action, change.field) if action else None
        elif change.kind == "delete_action":
            action = actions.get(change.uid)
            now = action.revision if action else None
        elif change.action_uid not in actions:  # a new action, not made meanwhile by another import
            continue
        else:
            now = change.action_uid
        if now != change.current:
            raise WorkbookError("stale", file=plan.workbook, detail=f"{change.target} {change.field}")
    by_indicator: dict[str, dict[str, object]] = {}
    by_action: dict[str, dict[str, object]] = {}
    new_actions: list[tuple[str, dict[str, object]]] = []
    deleted: list[int] = []
    for change in chosen:
        if change.kind == "response":
            by_indicator.setdefault(change.indicator, {}).update(change.response_fields())
        elif change.kind == "action":
            by_action.setdefault(change.uid, {})[change.field] = change.value
        elif change.kind == "delete_action":
            deleted.append(actions[change.uid].id)
        elif isinstance(change.value, dict):  # a new action: its fields (_new_action)
            new_actions.append((change.uid, dict(change.value)))
    source = plan.source
    try:
        with doc.transaction():
            for indicator_id, fields in by_indicator.items():
                doc.update_response(indicator_id, source=source, **fields)
            for uid, fields in by_action.items():
                actionplan.update_action(doc, actions[uid].id, source=source, **fields)
            for uid, values in new_actions:
                title = str(values.pop("title"))
                links = values.pop("indicator_ids", ())  # a tuple of ids (_action_value)
                actionplan.add_action(doc, title, links if isinstance(links, (tuple, list)) else (), source=source,
                                      uid=uid, **values)
            for action_id in deleted:
                actionplan.delete_action(doc, action_id, source=source)
    except DocumentError as exc:
        if exc.refused_input:
            raise WorkbookError("bad_value", file=plan.workbook, sheet="", cell="", detail=str(exc)) from None
        raise
    return chosen
