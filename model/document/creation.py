"""Creating a new assessment file, for the window's New assessment and the `new` verb: one path, one set of errors.

The folder is made when it does not exist yet (a first start, a training room, a new USB stick); every failure
is an error about *creating the file* (kinds create_*), never about "the last change".
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Iterable

from model.catalogue import Catalogue, builtin_catalogue, load_catalogue
from model.document.assessment import EXTENSION, Assessment
from model.errors import DocumentError, UserInputError

LANGUAGES = ("ru", "ky", "en")
# The title when none is given; the same words as the window's placeholder in each language.
DEFAULT_TITLES = {
    "en": "Self-assessment under the Industrial Accidents Convention",
    "ru": "Самостоятельная оценка в рамках Конвенции о промышленных авариях",
    "ky": "Өнөр жай кырсыктары жөнүндө конвенциянын алкагында өз алдынча баалоо",
}
_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def with_extension(path: str | Path) -> Path:
    path = Path(path)
    return path if path.suffix.lower() == EXTENSION else path.with_name(path.name + EXTENSION)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno in (errno.EEXIST, errno.ENOTDIR):  # it, or a folder above it, is a file
            raise DocumentError("create_not_folder", file=str(folder), folder=str(folder)) from None
        if exc.errno in _DENIED:
            raise DocumentError("create_denied", file=str(folder), folder=str(folder)) from None
        if exc.errno in _FULL:
            raise DocumentError("create_disk_full", file=str(folder), folder=str(folder)) from None
        raise DocumentError("create_no_folder", file=str(folder), folder=str(folder),
                            detail=exc.strerror or str(exc)) from None


def create_assessment(path: str | Path, catalogue: Catalogue, *, country: str = "", title: str = "",
                      lead_authority: str = "", authors: Iterable[str] = (), content_language: str = "ru",
                      user: str | None = None) -> Assessment:
    """Create and open a new document at ``path``, making its folder; never replaces an existing file."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() or path.is_symlink():
        raise DocumentError("exists", file=str(path))
    _make_folder(folder)
    try:
        return Assessment.create(path, catalogue, country=country, title=title, lead_authority=lead_authority,
                                 authors=authors, content_language=content_language, user=user)
    except DocumentError as error:
        if error.kind == "exists":
            raise
        detail = str(error.params.get("detail", ""))
        if error.kind == "read_only":
            raise DocumentError("create_denied", file=str(path), folder=str(folder)) from None
        if "disk is full" in detail or "No space" in detail:  # SQLITE_FULL, or ENOSPC from the rename
            raise DocumentError("create_disk_full", file=str(path), folder=str(folder)) from None
        raise DocumentError("create_failed", file=str(path), folder=str(folder),
                            detail=detail or error.english()) from None


def split_names(texts: Iterable[str]) -> list[str]:
    """Names typed as "A, B" (one field or several): each name once, in order, without blanks."""
    names: list[str] = []
    for text in texts:
        for name in (part.strip() for part in text.split(",")):
            if name and name not in names:
                names.append(name)
    return names


def new(out: str, *, country: str = "", title: str | None = None, lead: str = "", authors: Iterable[str] = (),
        lang: str = "ru", catalogue_file: str | None = None, user: str | None = None) -> str:
    """The `new` verb: an empty assessment in ``out``; returns the line to print."""
    if lang not in LANGUAGES:
        raise UserInputError(detail=f"--lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    catalogue = load_catalogue(catalogue_file) if catalogue_file else builtin_catalogue()
    path = Path(out)
    names = split_names(authors)
    doc = create_assessment(path, catalogue, country=country, title=DEFAULT_TITLES[lang] if title is None else title,
                            lead_authority=lead, authors=names, content_language=lang, user=user)
    with doc:
        count = doc.catalogue.indicator_count
    return f"Created {path} ({count} indicators, catalogue {catalogue.id} {catalogue.version})."
