"""Errors a user can meet, each with a stable kind so the interface can translate the message."""

from __future__ import annotations


class TeiaError(Exception):
    """An error caused by input or environment, never by a bug: shown to the user, not as a traceback.

    ``kind`` is a stable key (the GUI maps it to a translated sentence); ``params`` fill its placeholders;
    ``str(error)`` is the English sentence used by the command line and the log.
    """

    kind = "error"
    template = "{detail}"
    TEMPLATES: dict[str, str] = {}  # per kind; ``template`` when the kind has none

    # ``kind`` positional only: parameters unpacked from a dict (``**problem(...)``) can never take its place
    def __init__(self, kind: str | None = None, /, **params: object) -> None:
        if kind:
            self.kind = kind
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        try:
            return self.TEMPLATES.get(self.kind, self.template).format(**self.params)
        except (KeyError, IndexError):
            return f"{self.kind}: {self.params}"


class CatalogueError(TeiaError):
    """The catalogue file cannot be used; names the file, the entry and what is wrong."""

    kind = "catalogue"
    template = "The catalogue {file} cannot be used: at {entry}: {problem}"


class DocumentError(TeiaError):
    """An assessment file cannot be opened or written, or a value was refused."""

    template = "{file}: {detail}"
    # Kinds that refuse a value someone typed or imported: the file is intact and nothing was written.
    REFUSED_INPUT = frozenset({"bad_value", "unknown_indicator", "too_large", "due_before_start", "not_yours",
                               "final"})

    @property
    def refused_input(self) -> bool:
        return self.kind in self.REFUSED_INPUT
    TEMPLATES = {
        "not_found": "The file {file} does not exist.",
        "not_ours": "{file} is not a TEIA self-assessment document.",
        "damaged": "{file} is damaged and cannot be opened ({detail}). The file was left unchanged.",
        "newer": "{file} was made by a newer version of TEIA Self-Assessment (format {version}); "
        "please update the application. The file was left unchanged.",
        "foreign_schema": "{file} contains parts that are not ours ({detail}) and was not opened. "
        "The file was left unchanged.",
        "locked": "{file} is already open in another window or program. Close it there first.",
        "locked_by": "{file} is already open in a window of {user} on {host} (since {since}). Close it there first.",
        "busy": "{file} is being changed by another command ({user} on {host}); try again in a moment.",
        "not_regular": "{file} is not a regular file (a folder, a device or a pipe) and was not read.",
        "bad_values": "{file} holds a value of the wrong type (table {table}, column {column}, row {row}: "
        "{expected} expected) and was not opened. The file was left unchanged.",
        "foreign_journal": "Beside {file} lies a journal ({journal}) that belongs to another document; it was not "
        "used. Both files were left unchanged.",
        "foreign_journal_moved": "Beside {file} lay a journal that belongs to another document; it was not used and "
        "was moved to {journal}.",
        "repaired": "{file} lacked the answers of {count} indicator(s); they were added, not started.",
        "read_only": "{file} cannot be written (read-only file or folder). Save a copy elsewhere to edit it.",
        "exists": "{file} already exists.",
        "write_failed": "The change could not be saved to {file}: {detail}. Save a copy elsewhere.",
        "file_gone": "The change could not be saved to {file}: the file was removed, renamed or its drive was "
        "disconnected. Save a copy elsewhere.",
        "create_no_folder": "The assessment was not created: the folder {folder} does not exist and could not be "
        "made ({detail}).",
        "create_not_folder": "The assessment was not created: {folder} is a file, not a folder. Choose another "
        "folder.",
        "create_denied": "The assessment was not created: no file can be written in {folder} (no permission, or a "
        "read-only drive). Choose another folder.",
        "create_disk_full": "The assessment was not created: the drive holding {folder} is full. Free some space or "
        "choose another folder.",
        "create_failed": "The assessment file {file} could not be created: {detail}. Nothing was written; choose "
        "another folder or name.",
        "in_use": "{file} cannot be replaced: it is open in another program (for example Word or Excel) or it is "
        "read-only. Close it there, or choose another name.",
        "unreadable": "{file} cannot be read any more ({detail}); was the USB stick or network drive removed? "
        "Put it back, or save a copy elsewhere.",
        "too_large": "The attachment {name} is {size_mb} MB; the limit is {limit_mb} MB per file.",
        "unknown_indicator": "There is no indicator {indicator} in this assessment's catalogue.",
        "bad_value": "Invalid value for {field}: {detail}",
        "not_yours": "Indicator {indicator} is not part of this contribution: it is changed in the assessment "
        "itself, or in the contribution of the authority that holds it.",
        "other_assessment": "{file} is a copy of another assessment, not of this one. Nothing was merged.",
        "other_catalogue": "{file} uses another edition of the catalogue of indicators ({detail}). Nothing was "
        "merged.",
        "same_file": "{file} is this assessment itself; choose a contribution or another copy.",
        "due_before_start": "The due date {due} is before the start date {start}.",
        "not_written": "{file} was not written: {detail}. An earlier file of that name was left as it was.",
        "over_document": "{file} is an assessment; an export is never written over one. Choose another name.",
        "not_regular_target": "{file} is not a regular file (a device, a folder or a pipe); nothing was written to it.",
        "other_lineage": "{file} is not of the same assessment lineage as this one (neither was started from the "
        "other); they cannot be compared.",
        "other_edition": "{file} uses another edition of the catalogue of indicators ({before}, this one {now}) and "
        "this assessment was not moved from it; the two cannot be compared (move the earlier one to this edition "
        "first: File → Move to another catalogue…, or migrate).",
        "final": "{file} is final (approved) and cannot be changed. Start the next self-assessment from it "
        "(next-cycle), or reopen it for a correction (reopen --why).",
    }


class UserInputError(TeiaError):
    """A command-line argument or value that is not acceptable."""

    kind = "input"
    template = "{detail}"


class WorkbookError(TeiaError):
    """A workbook cannot be imported (wrong, damaged or hostile); nothing in the assessment was changed."""

    template = "{file}: {detail}"

    TEMPLATES = {
        "not_workbook": "{file} is not an Excel workbook (.xlsx) or is damaged. Nothing was imported.",
        "too_large": "{file} is too large or too strongly compressed to be a filled-in workbook ({detail}). "
        "Nothing was imported.",
        "unsafe": "{file} contains XML constructs that are not allowed in a workbook ({detail}). Nothing was imported.",
        "not_ours": "{file} was not exported by TEIA Self-Assessment (or its hidden sheet was removed). "
        "Nothing was imported.",
        "other_assessment": "{file} belongs to another assessment, not to this one. Nothing was imported.",
        "other_catalogue": "{file} was exported with another catalogue of indicators ({detail}). Nothing was imported.",
        "newer": "{file} was made by a newer version of TEIA Self-Assessment (workbook format {version}). "
        "Nothing was imported.",
        "missing_sheet": "The sheet \"{sheet}\" is missing from {file} (was it renamed or deleted?). "
        "Nothing was imported.",
        "columns_changed": "The columns of the sheet \"{sheet}\" in {file} were changed (column {column}: expected "
        "\"{expected}\", found \"{found}\"). Nothing was imported.",
        "too_many_rows": "The sheet \"{sheet}\" in {file} has more than {limit} rows. Nothing was imported.",
        "bad_value": "{file}, sheet \"{sheet}\", cell {cell}: {detail}. Nothing was imported.",
        "duplicate": "{file}, sheet \"{sheet}\": {item} appears twice (rows {first} and {second}). "
        "Nothing was imported.",
        "unknown_indicator": "{file}, sheet \"{sheet}\", cell {cell}: there is no indicator {indicator} in this "
        "assessment. Nothing was imported.",
        "catalogue_cell": "{file}, sheet \"{sheet}\", cell {cell}: {problem}. No catalogue was written.",
        "stale": "The assessment changed while the import was being reviewed ({detail}). Read the workbook again. "
        "Nothing was imported.",
    }
