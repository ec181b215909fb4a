"""User settings in one place, with types and defaults; a damaged settings file falls back to defaults."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from model import fileio
from model.app import paths
from model.errors import DocumentError

MAX_RECENT = 10
# plus every entry of recent_files (see paths.to_stored)
PATH_FIELDS = ("open_document", "last_folder", "opening_document", "default_catalogue")


@dataclass
class Settings:
    language: str = ""  # interface language: "", "en", "ru" or "ky" ("" = follow the system)
    user_name: str = ""  # shown in the history as the author of changes
    recent_files: list[str] = field(default_factory=list)
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""
    last_folder: str = ""
    open_document: str = ""  # the document open when the application last ran
    tour_shown: bool = False  # the first-run tour was offered (Help → Show the tour again repeats it)
    # Set while the window reopens open_document at start-up, cleared once the window has painted it: still set
    # at the next start means that start crashed (or hung) on the document, so it is not reopened again.
    opening_document: str = ""
    # The catalogue new assessments use: an installed copy (model.catalogue.installed); "" is the built-in one.
    default_catalogue: str = ""

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[MAX_RECENT:]

    def remember_folder(self, folder: str | Path) -> None:
        """The folder file dialogs start in next time; never one of the application's own (examples, backups)."""
        if not paths.is_application_folder(folder):
            self.last_folder = str(folder)

    def start_folder(self) -> Path:
        """Where a file dialog starts: the last folder used, if it is still there, else the documents folder."""
        return paths.user_folder(self.last_folder)

    def remove_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != path]


def document_to_reopen(settings: Settings) -> tuple[str | None, str | None]:
    """At start-up: (the document to reopen, the document NOT reopened because the last start died opening it)."""
    document = settings.open_document
    if not document:
        return None, None
    if settings.opening_document and _same_file(settings.opening_document, document):
        return None, document
    return document, None


def _same_file(first: str, second: str) -> bool:
    try:
        return Path(first).resolve() == Path(second).resolve()
    except (OSError, RuntimeError, ValueError):
        return first == second


def settings_file() -> Path:
    return paths.config_dir() / "settings.json"


def load() -> Settings:
    try:
        raw = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    result = Settings()
    for spec in fields(Settings):
        value = raw.get(spec.name)
        default = getattr(result, spec.name)
        if isinstance(default, list):
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                setattr(result, spec.name, value[:MAX_RECENT])
        elif isinstance(value, type(default)):
            setattr(result, spec.name, value)
    # In portable mode paths are stored relative to the application folder (the stick's letter changes).
    result.recent_files = [paths.from_stored(p) for p in result.recent_files]
    for name in PATH_FIELDS:
        setattr(result, name, paths.from_stored(getattr(result, name)))
    if result.last_folder and paths.is_application_folder(result.last_folder):
        result.last_folder = ""  # remembered by an older version after opening the example
    return result


def save(settings: Settings, *, durable: bool = True) -> None:
    """Write atomically; a failure to save settings must never stop the user's work. ``durable=False``: only
    the marker of a document being reopened, before the first paint (fileio.atomic_write), saved again
    durably right after it."""
    target = settings_file()
    stored = asdict(settings)
    stored["recent_files"] = [paths.to_stored(p) for p in settings.recent_files]
    for name in PATH_FIELDS:
        stored[name] = paths.to_stored(stored[name])
    text = json.dumps(stored, ensure_ascii=False, indent=1)
    try:
        paths.ensure(target.parent)
        fileio.atomic_write(target, lambda tmp: tmp.write_text(text, encoding="utf-8"), prefix=".settings-",
                            durable=durable)
    except (OSError, DocumentError):
        pass  # the previous settings stay; atomic_write has removed its temporary file
