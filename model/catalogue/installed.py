"""The catalogues installed for new assessments: the built-in one and those the user loaded, kept as validated
copies in the profile's ``catalogues`` folder (so an official catalogue stays at hand after its file is gone)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from model.app import paths
from model.catalogue import Catalogue, builtin_catalogue, load_catalogue, parse_catalogue
from model.errors import CatalogueError, DocumentError
from model.fileio import atomic_write

log = logging.getLogger(__name__)
MAX_INSTALLED = 200  # files read when the list is made; more are not listed


@dataclass(frozen=True)
class InstalledCatalogue:
    catalogue: Catalogue
    path: Path | None  # None: the built-in catalogue

    @property
    def builtin(self) -> bool:
        return self.path is None


def folder() -> Path:
    return paths.data_dir() / "catalogues"


def installed() -> list[InstalledCatalogue]:
    """The built-in catalogue, then every valid installed one (by id and edition); a broken file is logged and
    left out, never deleted."""
    found = [InstalledCatalogue(builtin_catalogue(), None)]
    seen = {builtin_catalogue().sha256}
    try:
        files = sorted(folder().glob("*.json"))[:MAX_INSTALLED]
    except OSError:
        files = []
    for path in files:
        try:
            catalogue = load_catalogue(path)
        except CatalogueError as exc:
            log.warning("installed catalogue left out: %s", exc)
            continue
        if catalogue.sha256 not in seen:
            seen.add(catalogue.sha256)
            found.append(InstalledCatalogue(catalogue, path))
    found[1:] = sorted(found[1:], key=lambda item: (item.catalogue.id, item.catalogue.version))
    return found


def _file_name(catalogue: Catalogue) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", f"{catalogue.id}-{catalogue.version}")
    return f"{safe}.json"


def install_text(text: str, origin: str = "catalogue") -> InstalledCatalogue:
    """Validate a catalogue's JSON text and keep a copy of it among the installed ones (atomically). The same
    catalogue installed twice is kept once; another with the same id and edition gets a name of its own."""
    catalogue = parse_catalogue(text, origin=origin)
    for item in installed():
        if item.catalogue.sha256 == catalogue.sha256:
            return item
    target = paths.ensure(folder()) / _file_name(catalogue)
    counter = 2
    while target.exists():
        target = target.with_name(f"{Path(_file_name(catalogue)).stem}-{counter}.json")
        counter += 1

    def check(tmp: Path) -> None:
        if load_catalogue(tmp).sha256 != catalogue.sha256:
            raise ValueError("the copy differs from the catalogue")
    atomic_write(target, lambda tmp: tmp.write_bytes(text.encode("utf-8")), check=check, replace=False,
                 prefix=".catalogue-")
    return InstalledCatalogue(load_catalogue(target), target)


def install_file(path: str | Path) -> InstalledCatalogue:
    """Install a catalogue file (validated first; the file itself is only read)."""
    catalogue = load_catalogue(path)
    return install_text(catalogue.source_json, origin=str(path))


def remove(item: InstalledCatalogue) -> None:
    """Remove an installed copy (never the built-in catalogue; documents keep their own copy anyway)."""
    if item.path is None:
        raise DocumentError("bad_value", field="catalogue", detail="the built-in catalogue cannot be removed")
    item.path.unlink(missing_ok=True)


def default_for_new(stored: str) -> InstalledCatalogue:
    """The catalogue new assessments use: the installed file ``stored`` (settings), else the built-in one."""
    if stored:
        for item in installed():
            if item.path is not None and _same(item.path, Path(stored)):
                return item
    return installed()[0]


def _same(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False
