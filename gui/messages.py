"""User-facing sentences for the model's errors, translated (the model itself stays free of Qt).

Every sentence is a literal QCoreApplication.translate("Errors", ...) call so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.formats import format_date, format_size
from model.errors import CatalogueError, DocumentError, TeiaError, WorkbookError


def _document_templates() -> dict[str, str]:
    return {
        "not_found": QCoreApplication.translate(
            "Errors", "The file {file} does not exist."),
        "not_ours": QCoreApplication.translate(
            "Errors", "{file} is not a TEIA self-assessment document. It was not opened and not changed."),
        "damaged": QCoreApplication.translate(
            "Errors", "{file} is damaged and cannot be opened ({detail}). The file was left unchanged; "
                      "the details are in the log."),
        "newer": QCoreApplication.translate(
            "Errors", "{file} was made by a newer version of TEIA Self-Assessment. Please update "
                      "the application to open it. The file was left unchanged."),
        "foreign_schema": QCoreApplication.translate(
            "Errors", "{file} contains parts that do not belong to a TEIA document ({detail}). It "
                      "was not opened and not changed."),
        "locked": QCoreApplication.translate(
            "Errors", "{file} is already open in another window or program. Close it there first."),
        "locked_by": QCoreApplication.translate(
            "Errors", "{file} is already open in a window of {user} on the computer {host} (since {since}). "
                      "Close it there first, or open it read-only."),
        "busy": QCoreApplication.translate(
            "Errors", "{file} is being changed by another command ({user} on {host}). Try again in a moment."),
        "not_regular": QCoreApplication.translate(
            "Errors", "{file} is not a regular file (it is a folder, a device or a pipe) and was not read."),
        "bad_values": QCoreApplication.translate(
            "Errors", "{file} holds a value of the wrong type (table {table}, column {column}, row {row}) and was "
                      "not opened. The file was left unchanged."),
        "foreign_journal": QCoreApplication.translate(
            "Errors", "Beside {file} lies a journal that belongs to another document ({journal}). It was not used; "
                      "both files were left unchanged."),
        "foreign_journal_moved": QCoreApplication.translate(
            "Errors", "Beside {file} lay a journal that belongs to another document. It was not used and was "
                      "moved to {journal}."),
        "repaired": QCoreApplication.translate(
            "Errors", "{file} lacked the answers of {count} indicators; they were added as not started."),
        "read_only": QCoreApplication.translate(
            "Errors", "{file} cannot be written: the file or its folder is read-only (for example "
                      "a write-protected USB stick). Use \"Save a copy\" to keep working elsewhere."),
        "exists": QCoreApplication.translate(
            "Errors", "{file} already exists. Choose another name."),
        "in_use": QCoreApplication.translate(
            "Errors", "{file} cannot be replaced: it is open in another program (for example Word or Excel) or it "
                      "is read-only. Close it there, or choose another name."),
        "unreadable": QCoreApplication.translate(
            "Errors", "{file} cannot be read any more: was the USB stick or network drive removed? Put it back "
                      "and open the file again, or use \"Save a copy\" to keep your latest typing elsewhere."),
        "write_failed": QCoreApplication.translate(
            "Errors", "The last change could not be saved to {file}: {detail}.\nYour typing is kept "
                      "in the window; use \"Save a copy\" to save it elsewhere."),
        "file_gone": QCoreApplication.translate(
            "Errors", "The last change could not be saved to {file}: the file was removed, renamed or its drive "
                      "was disconnected.\nYour typing is kept in the window; use \"Save a copy\" to save it "
                      "elsewhere."),
        "create_no_folder": QCoreApplication.translate(
            "Errors", "The assessment was not created: the folder {folder} does not exist and could not be made "
                      "({detail})."),
        "create_not_folder": QCoreApplication.translate(
            "Errors", "The assessment was not created: {folder} is a file, not a folder. Choose another folder."),
        "create_denied": QCoreApplication.translate(
            "Errors", "The assessment was not created: no file can be written in {folder} (no permission, or a "
                      "read-only drive). Choose another folder."),
        "create_disk_full": QCoreApplication.translate(
            "Errors", "The assessment was not created: the drive holding {folder} is full. Free some space or "
                      "choose another folder."),
        "create_failed": QCoreApplication.translate(
            "Errors", "The assessment file {file} could not be created: {detail}. Nothing was written; choose "
                      "another folder or name."),
        "too_large": QCoreApplication.translate(
            "Errors", "The file {name} is {size}; attachments can be at most {limit} each."),
        "unknown_indicator": QCoreApplication.translate(
            "Errors", "There is no indicator {indicator} in this assessment."),
        "bad_value": QCoreApplication.translate(
            "Errors", "The value for {field} is not valid: {detail}"),
        "not_written": QCoreApplication.translate(
            "Errors", "{file} was not written: {detail}. An earlier file of that name was left as it was."),
        "over_document": QCoreApplication.translate(
            "Errors", "{file} is an assessment; an export is never written over one. Choose another name."),
        "not_regular_target": QCoreApplication.translate(
            "Errors", "{file} is not a regular file (a device, a folder or a pipe); nothing was written to it."),
        "not_yours": QCoreApplication.translate(
            "Errors", "Indicator {indicator} is not part of this contribution: it is changed in the assessment "
                      "itself, or in the contribution of the authority that holds it."),
        "other_assessment": QCoreApplication.translate(
            "Errors", "{file} is a copy of another assessment, not of this one. Nothing was merged."),
        "other_catalogue": QCoreApplication.translate(
            "Errors", "{file} uses another edition of the catalogue of indicators ({detail}). Nothing was merged."),
        "same_file": QCoreApplication.translate(
            "Errors", "{file} is this assessment itself; choose a contribution or another copy."),
        "other_lineage": QCoreApplication.translate(
            "Errors", "{file} is not of the same assessment lineage as this one (neither was started from the "
                      "other); they cannot be compared."),
        "other_edition": QCoreApplication.translate(
            "Errors", "{file} uses another edition of the catalogue of indicators ({before}, this one {now}) and "
                      "this assessment was not moved from it; the two cannot be compared. Move the earlier one to "
                      "this edition first (File → Move to another catalogue…)."),
        "final": QCoreApplication.translate(
            "Errors", "{file} is final (approved) and cannot be changed. Use File → Start the next "
                      "self-assessment to continue from it, or File → Reopen for correction if it must be "
                      "corrected."),
        "due_before_start": QCoreApplication.translate(
            "Errors", "The due date {due} is before the start date {start}. Choose a later due date or an "
                      "earlier start."),
    }


def _workbook_templates() -> dict[str, str]:
    return {
        "not_workbook": QCoreApplication.translate(
            "Errors", "{file} is not an Excel workbook (.xlsx) or is damaged. Nothing was imported."),
        "too_large": QCoreApplication.translate(
            "Errors", "{file} is too large or too strongly compressed to be a filled-in workbook. "
                      "Nothing was imported."),
        "unsafe": QCoreApplication.translate(
            "Errors", "{file} contains XML constructs that are not allowed in a workbook. Nothing "
                      "was imported."),
        "not_ours": QCoreApplication.translate(
            "Errors", "{file} was not exported by TEIA Self-Assessment. Nothing was imported."),
        "other_assessment": QCoreApplication.translate(
            "Errors", "{file} belongs to another assessment, not to this one. Nothing was imported."),
        "other_catalogue": QCoreApplication.translate(
            "Errors", "{file} was exported with another catalogue of indicators ({detail}). "
                      "Nothing was imported."),
        "newer": QCoreApplication.translate(
            "Errors", "{file} was made by a newer version of TEIA Self-Assessment. Nothing was imported."),
        "missing_sheet": QCoreApplication.translate(
            "Errors", "The sheet \"{sheet}\" is missing from {file} (was it renamed or deleted?). "
                      "Nothing was imported."),
        "columns_changed": QCoreApplication.translate(
            "Errors", "The columns of the sheet \"{sheet}\" in {file} were changed (column {column}: "
                      "expected \"{expected}\", found \"{found}\"). Nothing was imported."),
        "too_many_rows": QCoreApplication.translate(
            "Errors", "The sheet \"{sheet}\" in {file} has more than {limit} rows. Nothing was imported."),
        "bad_value": QCoreApplication.translate(
            "Errors", "{file}, sheet \"{sheet}\", cell {cell}: {detail}. Nothing was imported."),
        "duplicate": QCoreApplication.translate(
            "Errors", "{file}, sheet \"{sheet}\": {item} appears twice (rows {first} and {second}). "
                      "Nothing was imported."),
        "unknown_indicator": QCoreApplication.translate(
            "Errors", "{file}, sheet \"{sheet}\", cell {cell}: there is no indicator {indicator} in "
                      "this assessment. Nothing was imported."),
        "stale": QCoreApplication.translate(
            "Errors", "The assessment changed while the import was being reviewed. Read the "
                      "workbook again. Nothing was imported."),
        "catalogue_cell": QCoreApplication.translate(
            "Errors", "{file}, sheet \"{sheet}\", cell {cell}: {problem}. No catalogue was written."),
    }


def _problem_templates() -> dict[str, str]:
    """What is wrong in a data file, by model.problems code (every code has a sentence; a test checks it)."""
    return {
        "type": QCoreApplication.translate(
            "Problems", "expected {expected}, found {found}"),
        "enum": QCoreApplication.translate(
            "Problems", "{value} is not one of {allowed}"),
        "const": QCoreApplication.translate(
            "Problems", "must be {allowed}"),
        "any_of": QCoreApplication.translate(
            "Problems", "does not match any allowed form"),
        "one_of_keys": QCoreApplication.translate(
            "Problems", "needs at least one of {keys}"),
        "empty": QCoreApplication.translate(
            "Problems", "must not be empty"),
        "too_short": QCoreApplication.translate(
            "Problems", "shorter than {limit} characters"),
        "too_long": QCoreApplication.translate(
            "Problems", "longer than {limit} characters"),
        "pattern": QCoreApplication.translate(
            "Problems", "{value} does not have the expected form ({pattern})"),
        "minimum": QCoreApplication.translate(
            "Problems", "{value} is less than {limit}"),
        "maximum": QCoreApplication.translate(
            "Problems", "{value} is greater than {limit}"),
        "missing_key": QCoreApplication.translate(
            "Problems", "the required entry '{key}' is missing"),
        "unexpected_key": QCoreApplication.translate(
            "Problems", "the entry '{key}' is not allowed here"),
        "too_few": QCoreApplication.translate(
            "Problems", "needs at least {limit} entries, has {count}"),
        "too_many": QCoreApplication.translate(
            "Problems", "allows at most {limit} entries, has {count}"),
        "repeated_item": QCoreApplication.translate(
            "Problems", "{value} appears twice"),
        "file_too_large": QCoreApplication.translate(
            "Problems", "the file is {size}, more than it can be (at most {limit})"),
        "not_text": QCoreApplication.translate(
            "Problems", "contains characters that are not text"),
        "not_utf8": QCoreApplication.translate(
            "Problems", "the file is not UTF-8 text"),
        "unreadable": QCoreApplication.translate(
            "Problems", "the file cannot be read ({detail})"),
        "not_json": QCoreApplication.translate(
            "Problems", "not valid JSON ({detail})"),
        "nested": QCoreApplication.translate(
            "Problems", "nested too deeply"),
        "long_number": QCoreApplication.translate(
            "Problems", "a number has more than {limit} digits"),
        "not_a_number": QCoreApplication.translate(
            "Problems", "{value} is not a number a file can hold"),
        "lone_surrogate": QCoreApplication.translate(
            "Problems", "a text holds a broken character (a lone surrogate)"),
        "indicator_twice": QCoreApplication.translate(
            "Problems", "the indicator id '{id}' is used twice"),
        "id_twice": QCoreApplication.translate(
            "Problems", "the id '{id}' is used twice"),
        "not_cross_cutting": QCoreApplication.translate(
            "Problems", "'{id}' is not a cross-cutting area of this catalogue"),
        "same_level_value": QCoreApplication.translate(
            "Problems", "two levels have the same value"),
        "no_group": QCoreApplication.translate(
            "Problems", "there is no group '{id}'"),
        "code_twice": QCoreApplication.translate(
            "Problems", "the code '{id}' is used twice"),
        "missing_column": QCoreApplication.translate(
            "Problems", "the column {column} is missing"),
        "unknown_column": QCoreApplication.translate(
            "Problems", "the column {column} is not one this sheet can have"),
        "id_twice_row": QCoreApplication.translate(
            "Problems", "the id '{id}' is used twice (first in row {row})"),
        "required_value": QCoreApplication.translate(
            "Problems", "this cell must not be empty"),
        "empty_text": QCoreApplication.translate(
            "Problems", "{column} is empty in every language"),
        "unknown_area": QCoreApplication.translate(
            "Problems", "there is no area '{id}' on the sheet {other}"),
        "unknown_indicator": QCoreApplication.translate(
            "Problems", "there is no indicator '{id}' on the sheet {other}"),
        "no_criteria": QCoreApplication.translate(
            "Problems", "the indicator '{id}' has no criterion on the sheet {other}"),
        "no_indicators": QCoreApplication.translate(
            "Problems", "the area '{id}' has no indicator on the sheet {other}"),
        "not_level": QCoreApplication.translate(
            "Problems", "{value} is not a level (a whole number from 0 to 10, or na)"),
        "no_rows": QCoreApplication.translate(
            "Problems", "the sheet has no rows"),
        "not_in_list": QCoreApplication.translate(
            "Problems", "{value} is not one of {allowed}"),
        "not_in_old": QCoreApplication.translate(
            "Problems", "there is no indicator '{id}' in the old edition"),
        "not_in_new": QCoreApplication.translate(
            "Problems", "there is no indicator '{id}' in the new edition"),
    }


def _type_names() -> dict[str, str]:
    return {"object": QCoreApplication.translate("Problems", "an object {…}"),
            "array": QCoreApplication.translate("Problems", "a list […]"),
            "string": QCoreApplication.translate("Problems", "a text"),
            "integer": QCoreApplication.translate("Problems", "a whole number"),
            "number": QCoreApplication.translate("Problems", "a number"),
            "boolean": QCoreApplication.translate("Problems", "true or false"),
            "null": QCoreApplication.translate("Problems", "null (nothing)")}


def problem_text(code: str, args: dict) -> str | None:
    """The translated sentence of a model.problems code, or None for a code without one."""
    template = _problem_templates().get(code)
    if template is None:
        return None
    values = {k: str(v) for k, v in args.items()}
    if code == "type":
        names = _type_names()
        values["expected"] = QCoreApplication.translate("Problems", " or ").join(
            names.get(name, name) for name in str(args.get("expected", "")).split(" | "))
        values["found"] = names.get(str(args.get("found")), str(args.get("found")))
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return None


def _entry_text(params: dict) -> str:
    """Where in a file: the JSON path as it is, the line and column of a syntax error, or the whole file."""
    entry = str(params.get("entry", ""))
    if isinstance(params.get("line"), int) and isinstance(params.get("column"), int):
        return QCoreApplication.translate("Problems", "line {line}, column {column}").format(
            line=params["line"], column=params["column"])
    if entry == "(file)":
        return QCoreApplication.translate("Problems", "the whole file")
    if entry == "(top level)":
        return QCoreApplication.translate("Problems", "the top level of the file")
    return entry


def error_text(error: BaseException) -> str:
    """A translated, complete sentence for an error; the file name and details are inserted."""
    if not isinstance(error, TeiaError):
        return QCoreApplication.translate("Errors", "An unexpected error occurred: {detail}").format(detail=str(error))
    params = {k: str(v) for k, v in error.params.items()}
    # Sizes and dates as the interface language writes them ("30,0 МБ", "05.03.2027"), not as stored.
    for key, decimals in (("size", 1), ("limit", 0)):  # a limit is a round figure: "25 МБ", as the page says
        size = error.params.get(key)
        if isinstance(size, int):
            params[key] = format_size(size, decimals)
    code = error.params.get("problem_code")
    if isinstance(code, str):  # a problem in a data file: its sentence in the interface language
        args = error.params.get("problem_args")
        translated = problem_text(code, args if isinstance(args, dict) else {})
        if translated is not None:
            params["problem"] = translated
        if "entry" in params:
            params["entry"] = _entry_text(error.params)
    if error.kind == "due_before_start":
        params.update({k: format_date(str(error.params.get(k) or "")) for k in ("start", "due")})
    template: str | None
    if isinstance(error, CatalogueError):
        template = QCoreApplication.translate(
            "Errors", "The catalogue {file} cannot be used.\nEntry: {entry}\nProblem: {problem}")
    elif error.kind == "annex1":  # model.register.annex1.Annex1Error
        template = QCoreApplication.translate(
            "Errors", "The Annex I table {file} cannot be used.\nEntry: {entry}\nProblem: {problem}")
    elif isinstance(error, WorkbookError):
        params.setdefault("file", "")
        template = _workbook_templates().get(error.kind)
    elif isinstance(error, DocumentError):
        template = _document_templates().get(error.kind)
    else:
        template = None
    if template:
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            pass
    return str(error)  # a kind without a sentence yet: the model's English one
