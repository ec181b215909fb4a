"""The model's errors and data-file problems in the interface language: a lookup, not a second catalogue.

The sentences are written once, in model/errors.py and model/problems.py, marked with QT_TRANSLATE_NOOP so
that lupdate extracts them; here they only pass through Qt's translator. What this module writes itself is the
interface's part: where in a file (a line, the whole file) and what to do next in the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.formats import format_date, format_size
from model import problems
from model.errors import DocumentError, TeiaError, WorkbookError


def _problems(source: str) -> str:
    return QCoreApplication.translate(problems.CONTEXT, source)


def problem_text(code: str, args: dict) -> str | None:
    """The sentence of a model.problems code in the interface language, or None for a code without one."""
    return problems.sentence(code, args, _problems)


def _hint(error: TeiaError) -> str | None:
    """What to do in the window after ``error``: the window's own commands, which the model does not know."""
    if not isinstance(error, DocumentError):
        return None
    if error.kind in ("write_failed", "file_gone"):
        return QCoreApplication.translate(
            "Errors", "Your typing is kept in the window; use \"Save a copy\" to save it elsewhere.")
    if error.kind == "unreadable":
        return QCoreApplication.translate("Errors", "Use \"Save a copy\" to keep your latest typing elsewhere.")
    if error.kind == "final":
        return QCoreApplication.translate(
            "Errors", "Use File → Start the next self-assessment to continue from it, or File → Reopen for "
                      "correction if it must be corrected.")
    if error.kind == "other_edition":
        return QCoreApplication.translate(
            "Errors", "Move the earlier one to this edition first (File → Move to another catalogue…).")
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
    for key, decimals in error.byte_sizes().items():
        size = error.params[key]
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
    if isinstance(error, WorkbookError):
        params.setdefault("file", "")
    # The model's own sentence (written once, in model/errors.py, where lupdate finds it), translated.
    source = error.source()
    for template in (QCoreApplication.translate(error.context, source), source):
        try:
            sentence = template.format(**params)
        except (KeyError, IndexError):  # a translation that breaks a placeholder: the English sentence
            continue
        hint = _hint(error)
        return sentence if hint is None else f"{sentence}\n{hint}"
    return str(error)
