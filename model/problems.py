"""What can be wrong with a data file (a catalogue, an Annex I table, a catalogue workbook), as stable codes.

The model raises errors carrying ``problem`` (the English sentence, for the command line and the log) and
``problem_code`` / ``problem_args``; gui/messages.py gives the same sentence in the interface language (each is
marked for lupdate here, and a test checks that ru and ky translate every one). Arguments are ids, numbers and
values from the file.
"""

from __future__ import annotations

from typing import Callable, Mapping

from model.languages import QT_TRANSLATE_NOOP

PROBLEMS: dict[str, str] = {
    # the JSON Schema subset (model.catalogue.schema); {expected} and {found} are JSON type names (TYPE_NAMES)
    "type": QT_TRANSLATE_NOOP("Problems", "expected {expected}, found {found}"),
    "enum": QT_TRANSLATE_NOOP("Problems", "{value} is not one of {allowed}"),
    "const": QT_TRANSLATE_NOOP("Problems", "must be {allowed}"),
    "any_of": QT_TRANSLATE_NOOP("Problems", "does not match any allowed form"),
    "one_of_keys": QT_TRANSLATE_NOOP("Problems", "needs at least one of {keys}"),
    "empty": QT_TRANSLATE_NOOP("Problems", "must not be empty"),
    "too_short": QT_TRANSLATE_NOOP("Problems", "shorter than {limit} characters"),
    "too_long": QT_TRANSLATE_NOOP("Problems", "longer than {limit} characters"),
    "pattern": QT_TRANSLATE_NOOP("Problems", "{value} does not have the expected form ({pattern})"),
    "minimum": QT_TRANSLATE_NOOP("Problems", "{value} is less than {limit}"),
    "maximum": QT_TRANSLATE_NOOP("Problems", "{value} is greater than {limit}"),
    "missing_key": QT_TRANSLATE_NOOP("Problems", "the required entry '{key}' is missing"),
    "unexpected_key": QT_TRANSLATE_NOOP("Problems", "the entry '{key}' is not allowed here"),
    "too_few": QT_TRANSLATE_NOOP("Problems", "needs at least {limit} entries, has {count}"),
    "too_many": QT_TRANSLATE_NOOP("Problems", "allows at most {limit} entries, has {count}"),
    "repeated_item": QT_TRANSLATE_NOOP("Problems", "{value} appears twice"),
    # reading the file
    "file_too_large": QT_TRANSLATE_NOOP("Problems", "the file is {size}, more than it can be (at most {limit})"),
    "not_text": QT_TRANSLATE_NOOP("Problems", "contains characters that are not text"),
    "not_utf8": QT_TRANSLATE_NOOP("Problems", "the file is not UTF-8 text"),
    "unreadable": QT_TRANSLATE_NOOP("Problems", "the file cannot be read ({detail})"),
    "not_json": QT_TRANSLATE_NOOP("Problems", "not valid JSON ({detail})"),
    "nested": QT_TRANSLATE_NOOP("Problems", "nested too deeply"),
    "long_number": QT_TRANSLATE_NOOP("Problems", "a number has more than {limit} digits"),
    "not_a_number": QT_TRANSLATE_NOOP("Problems", "{value} is not a number a file can hold"),
    "lone_surrogate": QT_TRANSLATE_NOOP("Problems", "a text holds a broken character (a lone surrogate)"),
    # rules of a catalogue the schema cannot express
    "indicator_twice": QT_TRANSLATE_NOOP("Problems", "the indicator id '{id}' is used twice"),
    "id_twice": QT_TRANSLATE_NOOP("Problems", "the id '{id}' is used twice"),
    "not_cross_cutting": QT_TRANSLATE_NOOP("Problems", "'{id}' is not a cross-cutting area of this catalogue"),
    "same_level_value": QT_TRANSLATE_NOOP("Problems", "two levels have the same value"),
    "no_group": QT_TRANSLATE_NOOP("Problems", "there is no group '{id}'"),
    "code_twice": QT_TRANSLATE_NOOP("Problems", "the code '{id}' is used twice"),
    # a catalogue workbook (model.catalogue.workbook)
    "missing_column": QT_TRANSLATE_NOOP("Problems", "the column {column} is missing"),
    "unknown_column": QT_TRANSLATE_NOOP("Problems", "the column {column} is not one this sheet can have"),
    "id_twice_row": QT_TRANSLATE_NOOP("Problems", "the id '{id}' is used twice (first in row {row})"),
    "required_value": QT_TRANSLATE_NOOP("Problems", "this cell must not be empty"),
    "empty_text": QT_TRANSLATE_NOOP("Problems", "{column} is empty in every language"),
    "unknown_area": QT_TRANSLATE_NOOP("Problems", "there is no area '{id}' on the sheet {other}"),
    "unknown_indicator": QT_TRANSLATE_NOOP("Problems", "there is no indicator '{id}' on the sheet {other}"),
    "no_criteria": QT_TRANSLATE_NOOP("Problems", "the indicator '{id}' has no criterion on the sheet {other}"),
    "no_indicators": QT_TRANSLATE_NOOP("Problems", "the area '{id}' has no indicator on the sheet {other}"),
    "not_level": QT_TRANSLATE_NOOP("Problems", "{value} is not a level (a whole number from 0 to 10, or na)"),
    "no_rows": QT_TRANSLATE_NOOP("Problems", "the sheet has no rows"),
    "not_in_list": QT_TRANSLATE_NOOP("Problems", "{value} is not one of {allowed}"),
    # a mapping between two editions (model.catalogue.mapping)
    "not_in_old": QT_TRANSLATE_NOOP("Problems", "there is no indicator '{id}' in the old edition"),
    "not_in_new": QT_TRANSLATE_NOOP("Problems", "there is no indicator '{id}' in the new edition"),
}

# The words a "type" problem names (expected / found), and how two of them are joined ("a text or null").
TYPE_NAMES = {"object": QT_TRANSLATE_NOOP("Problems", "an object {…}"),
              "array": QT_TRANSLATE_NOOP("Problems", "a list […]"),
              "string": QT_TRANSLATE_NOOP("Problems", "a text"),
              "integer": QT_TRANSLATE_NOOP("Problems", "a whole number"),
              "number": QT_TRANSLATE_NOOP("Problems", "a number"),
              "boolean": QT_TRANSLATE_NOOP("Problems", "true or false"),
              "null": QT_TRANSLATE_NOOP("Problems", "null (nothing)")}
TYPE_JOINER = QT_TRANSLATE_NOOP("Problems", " or ")
CONTEXT = "Problems"  # the translation context of the sentences above


def _same(source: str) -> str:
    return source


def sentence(code: str, args: Mapping[str, object], translate: Callable[[str], str] = _same) -> str | None:
    """The sentence of problem ``code`` with ``args`` filled in, or None for a code without one.

    ``translate`` turns each English source (the template, the type names) into the reader's language; the
    command line keeps them English, the interface passes Qt's translator for ``CONTEXT``.
    """
    template = PROBLEMS.get(code)
    if template is None:
        return None
    values = {key: str(value) for key, value in args.items()}
    if code == "type":
        def name(json_name: str) -> str:
            return translate(TYPE_NAMES[json_name]) if json_name in TYPE_NAMES else json_name
        values["expected"] = translate(TYPE_JOINER).join(name(part) for part in values.get("expected", "").split(" | "))
        values["found"] = name(values.get("found", ""))
    try:
        return translate(template).format(**values)
    except (KeyError, IndexError):
        return None


def problem(code: str, **args: object) -> dict[str, object]:
    """The parameters of an error about ``code``: the English sentence and what translating it needs."""
    english = sentence(code, args)
    if english is None:
        english = f"{code}: {args}"
    return {"problem": english, "problem_code": code, "problem_args": dict(args)}


def file_too_large(size: int, max_bytes: int) -> dict[str, object]:
    """The "file_too_large" problem, sizes written as a person reads them (KB or MB)."""
    return problem("file_too_large", size=shown_size(size), limit=shown_size(max_bytes))


def shown_size(size: int) -> str:
    return f"{size // 1048576} MB" if size >= 1048576 else f"{max(1, size // 1024)} KB"


def json_type(value: object) -> str:
    """The JSON name of a Python value's type (what a person editing the file sees)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
