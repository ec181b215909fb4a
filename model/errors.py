"""Errors a user can meet, each with a stable kind so the interface can translate the message."""

from __future__ import annotations


class TeiaError(Exception):
    """An error caused by input or environment, never by a bug: shown to the user, not as a traceback.

    ``kind`` is a stable key (the GUI maps it to a translated sentence); ``params`` fill its placeholders;
    ``str(error)`` is the English sentence used by the command line and the log.
    """

    kind = "error"
    template = "{detail}"

    def __init__(self, kind: str | None = None, **params: object) -> None:
        if kind:
            self.kind = kind
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return f"{self.kind}: {self.params}"


class CatalogueError(TeiaError):
    """The catalogue file cannot be used; names the file, the entry and what is wrong."""

    kind = "catalogue"
    template = "The catalogue {file} cannot be used: at {entry}: {problem}"


class DocumentError(TeiaError):
    """An assessment file cannot be opened or written."""

    TEMPLATES = {
        "not_found": "The file {file} does not exist.",
        "not_ours": "{file} is not a TEIA self-assessment document.",
        "damaged": "{file} is damaged and cannot be opened ({detail}). The file was left unchanged.",
        "newer": "{file} was made by a newer version of TEIA Self-Assessment (format {version}); "
        "please update the application. The file was left unchanged.",
        "foreign_schema": "{file} contains parts that are not ours ({detail}) and was not opened. "
        "The file was left unchanged.",
        "locked": "{file} is already open in another window or program. Close it there first.",
        "read_only": "{file} cannot be written (read-only file or folder). Save a copy elsewhere to keep working.",
        "exists": "{file} already exists.",
        "write_failed": "The change could not be saved to {file}: {detail}. Save a copy elsewhere.",
        "too_large": "The attachment {name} is {size_mb} MB; the limit is {limit_mb} MB per file.",
        "unknown_indicator": "There is no indicator {indicator} in this assessment's catalogue.",
        "bad_value": "Invalid value for {field}: {detail}",
    }

    def english(self) -> str:
        template = self.TEMPLATES.get(self.kind, "{file}: {detail}")
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return f"{self.kind}: {self.params}"


class UserInputError(TeiaError):
    """A command-line argument or value that is not acceptable."""

    kind = "input"
    template = "{detail}"
