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
        "not_regular": QCoreApplication.translate(
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
            "Errors", "{file} uses another edition of the catalogue of indicators ({before}, this one {now}); the "
                      "two cannot be compared until the catalogue migration exists."),
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
    }


def error_text(error: BaseException) -> str:
    """A translated, complete sentence for an error; the file name and details are inserted."""
    if not isinstance(error, TeiaError):
        return QCoreApplication.translate("Errors", "An unexpected error occurred: {detail}").format(detail=str(error))
    params = {k: str(v) for k, v in error.params.items()}
    # Sizes and dates as the interface language writes them ("30,0 МБ", "05.03.2027"), not as stored.
    for key, decimals in (("size", 1), ("limit", 0)):  # a limit is a round figure: "25 МБ", as the page says
        if isinstance(error.params.get(key), int):
            params[key] = format_size(error.params[key], decimals)
    if error.kind == "due_before_start":
        params.update({k: format_date(str(error.params.get(k) or "")) for k in ("start", "due")})
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
