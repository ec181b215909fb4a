"""What can be wrong with a data file (a catalogue, an Annex I table, a catalogue workbook), as stable codes.

The model raises errors carrying ``problem`` (the English sentence, for the command line and the log) and
``problem_code`` / ``problem_args``; gui/messages.py translates each code (every code below has a sentence
there, and a test checks that ru and ky get one). Arguments are ids, numbers and values from the file.
"""

from __future__ import annotations

PROBLEMS: dict[str, str] = {
    # the JSON Schema subset (model.catalogue.schema); {expected} and {found} are JSON type names
    "type": "expected {expected}, found {found}",
    "enum": "{value} is not one of {allowed}",
    "const": "must be {allowed}",
    "any_of": "does not match any allowed form",
    "one_of_keys": "needs at least one of {keys}",
    "empty": "must not be empty",
    "too_short": "shorter than {limit} characters",
    "too_long": "longer than {limit} characters",
    "pattern": "{value} does not have the expected form ({pattern})",
    "minimum": "{value} is less than {limit}",
    "maximum": "{value} is greater than {limit}",
    "missing_key": "missing required key '{key}'",
    "unexpected_key": "unexpected key '{key}'",
    "too_few": "needs at least {limit} entries, has {count}",
    "too_many": "allows at most {limit} entries, has {count}",
    "repeated_item": "{value} appears twice",
    # reading the file
    "file_too_large": "the file is {size}, more than it can be (at most {limit})",
    "not_text": "contains characters that are not text",
    "not_utf8": "not UTF-8 text",
    "unreadable": "the file cannot be read ({detail})",
    "not_json": "not valid JSON ({detail})",
    "nested": "nested too deeply",
    "long_number": "a number has more than {limit} digits",
    "not_a_number": "{value} is not a number a file can hold",
    "lone_surrogate": "a text holds a broken character (a lone surrogate \\uD800-\\uDFFF)",
    # rules of a catalogue the schema cannot express
    "indicator_twice": "indicator id '{id}' is used twice",
    "id_twice": "id '{id}' is used twice",
    "not_cross_cutting": "'{id}' is not a cross-cutting area of this catalogue",
    "same_level_value": "two levels have the same value",
    "no_group": "no group '{id}'",
    "code_twice": "code '{id}' is used twice",
    # a catalogue workbook (model.catalogue.workbook)
    "missing_column": "the column {column} is missing",
    "unknown_column": "the column {column} is not one this sheet can have",
    "id_twice_row": "the id '{id}' is used twice (first in row {row})",
    "required_value": "this cell must not be empty",
    "empty_text": "{column} is empty in every language",
    "unknown_area": "there is no area '{id}' on the sheet {other}",
    "unknown_indicator": "there is no indicator '{id}' on the sheet {other}",
    "no_criteria": "the indicator '{id}' has no criterion on the sheet {other}",
    "no_indicators": "the area '{id}' has no indicator on the sheet {other}",
    "not_level": "{value} is not a level (a whole number from 0 to 10, or na)",
    "no_rows": "the sheet has no rows",
    "not_in_list": "{value} is not one of {allowed}",
    # a mapping between two editions (model.catalogue.mapping)
    "not_in_old": "there is no indicator '{id}' in the old edition",
    "not_in_new": "there is no indicator '{id}' in the new edition",
}

# The words a "type" problem names (expected / found), translated in gui/messages.py too.
TYPE_NAMES = ("object", "array", "string", "integer", "number", "boolean", "null")


def problem(code: str, **args: object) -> dict[str, object]:
    """The parameters of an error about ``code``: the English sentence and what translating it needs."""
    try:
        english = PROBLEMS[code].format(**args)
    except (KeyError, IndexError):
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
