"""Errors a user can meet, each with a stable kind and one English sentence that the interface translates.

Every sentence is written once, here, inside ``QT_TRANSLATE_NOOP("Errors", …)``: lupdate extracts it for the
translators, the command line and the log show it as it is, and gui/messages.py passes the same source to Qt's
translator. A sentence says what happened and what was kept; what to click or type next is the interface's
and the command line's own hint (gui/messages.py, cli/main.py).
"""

from __future__ import annotations

from model.languages import QT_TRANSLATE_NOOP


class TeiaError(Exception):
    """An error caused by input or environment, never by a bug: shown to the user, not as a traceback.

    ``kind`` is a stable key; ``params`` fill the placeholders of its sentence; ``str(error)`` is the English
    sentence used by the command line and the log.
    """

    kind = "error"
    context = "Errors"  # the translation context of the sentences below
    template = "{detail}"  # not marked: a detail written in English by the code that raises
    TEMPLATES: dict[str, str] = {}  # per kind; ``template`` when the kind has none
    # Per kind, the parameters that are a size in bytes and the decimals they are written with ("30.5 MB", a
    # limit "30 MB"); the interface writes them in its own locale. Other numbers (a row limit) stay numbers.
    BYTE_SIZES: dict[str, dict[str, int]] = {}

    # ``kind`` positional only: parameters unpacked from a dict (``**problem(...)``) can never take its place
    def __init__(self, kind: str | None = None, /, **params: object) -> None:
        if kind:
            self.kind = kind
        self.params = params
        super().__init__(self.english())

    def source(self) -> str:
        """The English template of this error (what the translators see), before its parameters are filled."""
        return self.TEMPLATES.get(self.kind, self.template)

    def byte_sizes(self) -> dict[str, int]:
        """The parameters of this error that are a size in bytes (an int), with their decimals."""
        return {key: decimals for key, decimals in self.BYTE_SIZES.get(self.kind, {}).items()
                if isinstance(self.params.get(key), int) and not isinstance(self.params.get(key), bool)}

    def english(self) -> str:
        params = dict(self.params)
        for key, decimals in self.byte_sizes().items():
            size = params[key]
            if isinstance(size, int):
                params[key] = f"{size / 1048576:.{decimals}f} MB"
        try:
            return self.source().format(**params)
        except (KeyError, IndexError):
            return f"{self.kind}: {self.params}"


class CatalogueError(TeiaError):
    """The catalogue file cannot be used; names the file, the entry and what is wrong."""

    kind = "catalogue"
    template = QT_TRANSLATE_NOOP("Errors", "The catalogue {file} cannot be used.\nEntry: {entry}\nProblem: {problem}")


class DocumentError(TeiaError):
    """An assessment file cannot be opened or written, or a value was refused."""

    template = "{file}: {detail}"
    # Kinds that refuse a value someone typed or imported: the file is intact and nothing was written.
    REFUSED_INPUT = frozenset({"bad_value", "unknown_indicator", "too_large", "due_before_start", "not_yours",
                               "final"})
    BYTE_SIZES = {"too_large": {"size": 1, "limit": 0}}

    @property
    def refused_input(self) -> bool:
        return self.kind in self.REFUSED_INPUT

    TEMPLATES = {
        "not_found": QT_TRANSLATE_NOOP(
            "Errors", "The file {file} does not exist."),
        "not_ours": QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a TEIA self-assessment document. It was not opened and not changed."),
        "damaged": QT_TRANSLATE_NOOP(
            "Errors", "{file} is damaged and cannot be opened ({detail}). The file was left unchanged; "
                      "the details are in the log."),
        "damaged_later": QT_TRANSLATE_NOOP(
            "Errors", "{file} is damaged ({detail}): the full check made after opening found it. Nothing has been "
                      "written to it since it was opened, and nothing more will be; restore it from a backup (File → "
                      "Restore from backup). The details are in the log."),
        "newer": QT_TRANSLATE_NOOP(
            "Errors", "{file} was made by a newer version of TEIA Self-Assessment (format {version}). Please "
                      "update the application to open it. The file was left unchanged."),
        "foreign_schema": QT_TRANSLATE_NOOP(
            "Errors", "{file} contains parts that do not belong to a TEIA document ({detail}). It "
                      "was not opened and not changed."),
        "locked": QT_TRANSLATE_NOOP(
            "Errors", "{file} is already open in another window or program. Close it there first."),
        "locked_by": QT_TRANSLATE_NOOP(
            "Errors", "{file} is already open in a window of {user} on the computer {host} (since {since}). "
                      "Close it there first, or open it read-only."),
        "busy": QT_TRANSLATE_NOOP(
            "Errors", "{file} is being changed by another command ({user} on {host}). Try again in a moment."),
        "not_regular": QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a regular file (it is a folder, a device or a pipe) and was not read."),
        "bad_values": QT_TRANSLATE_NOOP(
            "Errors", "{file} holds a value of the wrong type (table {table}, column {column}, row {row}) and was "
                      "not opened. The file was left unchanged."),
        "foreign_journal": QT_TRANSLATE_NOOP(
            "Errors", "Beside {file} lies a journal that belongs to another document ({journal}). It was not used; "
                      "both files were left unchanged."),
        "foreign_journal_moved": QT_TRANSLATE_NOOP(
            "Errors", "Beside {file} lay a journal that belongs to another document. It was not used and was "
                      "moved to {journal}."),
        "repaired": QT_TRANSLATE_NOOP(
            "Errors", "{file} lacked the answers of {count} indicators; they were added as not started."),
        "read_only": QT_TRANSLATE_NOOP(
            "Errors", "{file} cannot be written: the file or its folder is read-only (for example "
                      "a write-protected USB stick). Use \"Save a copy\" to keep working elsewhere."),
        "exists": QT_TRANSLATE_NOOP(
            "Errors", "{file} already exists. Choose another name."),
        "in_use": QT_TRANSLATE_NOOP(
            "Errors", "{file} cannot be replaced: it is open in another program (for example Word or Excel) or it "
                      "is read-only. Close it there, or choose another name."),
        "unreadable": QT_TRANSLATE_NOOP(
            "Errors", "{file} cannot be read any more ({detail}): was the USB stick or network drive removed? Put "
                      "it back and open the file again."),
        "write_failed": QT_TRANSLATE_NOOP(
            "Errors", "The last change could not be saved to {file}: {detail}."),
        "file_gone": QT_TRANSLATE_NOOP(
            "Errors", "The last change could not be saved to {file}: the file was removed, renamed or its drive "
                      "was disconnected."),
        "create_no_folder": QT_TRANSLATE_NOOP(
            "Errors", "The assessment was not created: the folder {folder} does not exist and could not be made "
                      "({detail})."),
        "create_not_folder": QT_TRANSLATE_NOOP(
            "Errors", "The assessment was not created: {folder} is a file, not a folder. Choose another folder."),
        "create_denied": QT_TRANSLATE_NOOP(
            "Errors", "The assessment was not created: no file can be written in {folder} (no permission, or a "
                      "read-only drive). Choose another folder."),
        "create_disk_full": QT_TRANSLATE_NOOP(
            "Errors", "The assessment was not created: the drive holding {folder} is full. Free some space or "
                      "choose another folder."),
        "create_failed": QT_TRANSLATE_NOOP(
            "Errors", "The assessment file {file} could not be created: {detail}. Nothing was written; choose "
                      "another folder or name."),
        "too_large": QT_TRANSLATE_NOOP(
            "Errors", "The file {name} is {size}; attachments can be at most {limit} each."),
        "unknown_indicator": QT_TRANSLATE_NOOP(
            "Errors", "There is no indicator {indicator} in this assessment."),
        "bad_value": QT_TRANSLATE_NOOP(
            "Errors", "The value for {field} is not valid: {detail}"),
        "not_written": QT_TRANSLATE_NOOP(
            "Errors", "{file} was not written: {detail}. An earlier file of that name was left as it was."),
        "over_document": QT_TRANSLATE_NOOP(
            "Errors", "{file} is an assessment; an export is never written over one. Choose another name."),
        "not_regular_target": QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a regular file (a device, a folder or a pipe); nothing was written to it."),
        "not_yours": QT_TRANSLATE_NOOP(
            "Errors", "Indicator {indicator} is not part of this contribution: it is changed in the assessment "
                      "itself, or in the contribution of the authority that holds it."),
        "other_assessment": QT_TRANSLATE_NOOP(
            "Errors", "{file} is a copy of another assessment, not of this one. Nothing was merged."),
        "other_catalogue": QT_TRANSLATE_NOOP(
            "Errors", "{file} uses another edition of the catalogue of indicators ({detail}). Nothing was merged."),
        "same_file": QT_TRANSLATE_NOOP(
            "Errors", "{file} is this assessment itself; choose a contribution or another copy."),
        "other_lineage": QT_TRANSLATE_NOOP(
            "Errors", "{file} is not of the same assessment lineage as this one (neither was started from the "
                      "other); they cannot be compared."),
        "other_edition": QT_TRANSLATE_NOOP(
            "Errors", "{file} uses another edition of the catalogue of indicators ({before}, this one {now}) and "
                      "this assessment was not moved from it; the two cannot be compared."),
        "final": QT_TRANSLATE_NOOP(
            "Errors", "{file} is final (approved) and cannot be changed."),
        "due_before_start": QT_TRANSLATE_NOOP(
            "Errors", "The due date {due} is before the start date {start}. Choose a later due date or an "
                      "earlier start."),
    }


class UserInputError(TeiaError):
    """A command-line argument or value that is not acceptable (English: the command line's own words)."""

    kind = "input"
    template = "{detail}"


class WorkbookError(TeiaError):
    """A workbook cannot be imported (wrong, damaged or hostile); nothing in the assessment was changed."""

    template = "{file}: {detail}"

    TEMPLATES = {
        "not_workbook": QT_TRANSLATE_NOOP(
            "Errors", "{file} is not an Excel workbook (.xlsx) or is damaged. Nothing was imported."),
        "too_large": QT_TRANSLATE_NOOP(
            "Errors", "{file} is too large or too strongly compressed to be a filled-in workbook. "
                      "Nothing was imported."),
        "unsafe": QT_TRANSLATE_NOOP(
            "Errors", "{file} contains XML constructs that are not allowed in a workbook. Nothing "
                      "was imported."),
        "not_ours": QT_TRANSLATE_NOOP(
            "Errors", "{file} was not exported by TEIA Self-Assessment. Nothing was imported."),
        "other_assessment": QT_TRANSLATE_NOOP(
            "Errors", "{file} belongs to another assessment, not to this one. Nothing was imported."),
        "other_catalogue": QT_TRANSLATE_NOOP(
            "Errors", "{file} was exported with another catalogue of indicators ({detail}). "
                      "Nothing was imported."),
        "newer": QT_TRANSLATE_NOOP(
            "Errors", "{file} was made by a newer version of TEIA Self-Assessment (workbook format {version}). "
                      "Nothing was imported."),
        "missing_sheet": QT_TRANSLATE_NOOP(
            "Errors", "The sheet \"{sheet}\" is missing from {file} (was it renamed or deleted?). "
                      "Nothing was imported."),
        "columns_changed": QT_TRANSLATE_NOOP(
            "Errors", "The columns of the sheet \"{sheet}\" in {file} were changed (column {column}: "
                      "expected \"{expected}\", found \"{found}\"). Nothing was imported."),
        "too_many_rows": QT_TRANSLATE_NOOP(
            "Errors", "The sheet \"{sheet}\" in {file} has more than {limit} rows. Nothing was imported."),
        "bad_value": QT_TRANSLATE_NOOP(
            "Errors", "{file}, sheet \"{sheet}\", cell {cell}: {detail}. Nothing was imported."),
        "duplicate": QT_TRANSLATE_NOOP(
            "Errors", "{file}, sheet \"{sheet}\": {item} appears twice (rows {first} and {second}). "
                      "Nothing was imported."),
        "unknown_indicator": QT_TRANSLATE_NOOP(
            "Errors", "{file}, sheet \"{sheet}\", cell {cell}: there is no indicator {indicator} in "
                      "this assessment. Nothing was imported."),
        "stale": QT_TRANSLATE_NOOP(
            "Errors", "The assessment changed while the import was being reviewed. Read the "
                      "workbook again. Nothing was imported."),
        "catalogue_cell": QT_TRANSLATE_NOOP(
            "Errors", "{file}, sheet \"{sheet}\", cell {cell}: {problem}. No catalogue was written."),
    }
