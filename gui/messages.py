"""User-facing sentences for the model's errors, translated (the model itself stays free of Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from model.errors import CatalogueError, DocumentError, TeiaError


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def error_text(error: BaseException) -> str:
    """A translated, complete sentence for an error; the file name and details are inserted."""
    if not isinstance(error, TeiaError):
        return _t("An unexpected error occurred: {detail}").format(detail=str(error))
    p = {k: str(v) for k, v in error.params.items()}
    if isinstance(error, CatalogueError):
        return _t("The catalogue {file} cannot be used.\nEntry: {entry}\nProblem: {problem}").format(
            file=p.get("file", ""), entry=p.get("entry", ""), problem=p.get("problem", ""))
    if isinstance(error, DocumentError):
        templates = {
            "not_found": _t("The file {file} does not exist."),
            "not_ours": _t("{file} is not a TEIA self-assessment document. It was not opened and not changed."),
            "damaged": _t("{file} is damaged and cannot be opened. The file was left unchanged.\n"
                          "Details: {detail}"),
            "newer": _t("{file} was made by a newer version of TEIA Self-Assessment. Please update the "
                        "application to open it. The file was left unchanged."),
            "foreign_schema": _t("{file} contains parts that do not belong to a TEIA document ({detail}). "
                                 "It was not opened and not changed."),
            "locked": _t("{file} is already open in another window or program. Close it there first."),
            "read_only": _t("{file} cannot be written: the file or its folder is read-only (for example a "
                            "write-protected USB stick). Use \"Save a copy\" to keep working elsewhere."),
            "exists": _t("{file} already exists. Choose another name."),
            "write_failed": _t("The last change could not be saved to {file}: {detail}.\nYour typing is kept "
                               "in the window; use \"Save a copy\" to save it elsewhere."),
            "too_large": _t("The file {name} is {size_mb} MB; attachments can be at most {limit_mb} MB each."),
            "unknown_indicator": _t("There is no indicator {indicator} in this assessment."),
            "bad_value": _t("The value for {field} is not valid: {detail}"),
        }
        template = templates.get(error.kind)
        if template:
            try:
                return template.format(**p)
            except (KeyError, IndexError):
                pass
    return str(error)
