"""The indicator catalogue: areas, indicators, criteria and the rating scale, in three languages.

A catalogue is data (resources/catalogue/*.json), validated against its JSON Schema and a few rules the
schema cannot express (unique ids, known cross-cutting areas). It is immutable once loaded.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterator

from model.errors import CatalogueError
from model.languages import resolve
from model.catalogue.schema import Validator
from model.problems import file_too_large, problem
from model.app.resources import BUILTIN_CATALOGUE, CATALOGUE_SCHEMA, read_data_file, resource_path

LANGUAGES = ("en", "ru", "ky")
# Limits of a catalogue; the counts and lengths are in the schema (resources/catalogue/catalogue.schema.json).
# A 20 MB file or 400,000 indicators kept the window busy for most of a minute.
MAX_CATALOGUE_BYTES = 10 * 1024 * 1024
MAX_NUMBER_DIGITS = 20
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class Text(dict[str, str]):
    """One human text in several languages, e.g. {"en": "...", "ru": "...", "ky": "..."}."""

    def resolve(self, lang: str) -> tuple[str, str]:
        """The text in ``lang`` or its fallback (model.languages.FALLBACK), and the language actually used."""
        return resolve(self, lang)

    def text(self, lang: str) -> str:
        return self.resolve(lang)[0]

    def is_fallback(self, lang: str) -> bool:
        return self.resolve(lang)[1] != lang

    # hashed by identity: the frozen dataclasses that hold a Text are hashed, and a dict is not hashable
    __hash__ = object.__hash__  # type: ignore[assignment]


@dataclass(frozen=True)
class Level:
    value: int | None  # None means "not applicable"
    label: Text
    descriptor: Text


@dataclass(frozen=True)
class Scale:
    levels: tuple[Level, ...]
    not_applicable: Level

    # Computed once per scale (a catalogue shares one among its indicators): the navigator and the overview ask
    # them for every indicator, several times, on every refresh.
    @cached_property
    def values(self) -> tuple[int, ...]:
        return tuple(level.value for level in self.levels if level.value is not None)

    @cached_property
    def highest(self) -> int:
        return max(self.values)

    @cached_property
    def lowest(self) -> int:
        return min(self.values)

    def level(self, value: int | None) -> Level | None:
        if value is None:
            return None
        return next((lvl for lvl in self.levels if lvl.value == value), None)


@dataclass(frozen=True)
class Criterion:
    id: str
    text: Text


@dataclass(frozen=True)
class Indicator:
    id: str
    area_id: str
    statement: Text
    criteria: tuple[Criterion, ...]
    guidance: Text
    references: tuple[str, ...]
    cross_cutting: tuple[str, ...]
    scale: Scale

    def criterion_ids(self) -> tuple[str, ...]:
        known = self.__dict__.get("_criterion_ids")
        if known is None:
            known = tuple(c.id for c in self.criteria)
            object.__setattr__(self, "_criterion_ids", known)  # remembered: the indicator is immutable
        return known


@dataclass(frozen=True)
class Area:
    id: str
    kind: str  # "working" or "cross-cutting"
    title: Text
    description: Text
    references: tuple[str, ...]
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class Catalogue:
    id: str
    version: str
    status: str
    title: Text
    note: Text
    sources: tuple[str, ...]
    scale: Scale
    areas: tuple[Area, ...]
    source_json: str = field(repr=False, compare=False)
    sha256: str = ""

    @property
    def edition(self) -> str:
        """The edition: ``version`` in the file ("2026.1"); a document records it with the catalogue's id and
        SHA-256 in its catalogue table (no format change was needed for editions)."""
        return self.version

    @property
    def provisional(self) -> bool:
        return self.status != "official"

    def indicators(self) -> Iterator[Indicator]:
        for area in self.areas:
            yield from area.indicators

    @property
    def indicator_count(self) -> int:
        return sum(len(area.indicators) for area in self.areas)

    def indicator(self, indicator_id: str) -> Indicator | None:
        return self._index().get(indicator_id)

    def area(self, area_id: str) -> Area | None:
        return next((a for a in self.areas if a.id == area_id), None)

    def indicator_ids(self) -> list[str]:
        return [ind.id for ind in self.indicators()]

    def _index(self) -> dict[str, Indicator]:
        cached = self.__dict__.get("_by_id")
        if cached is None:
            cached = {ind.id: ind for ind in self.indicators()}
            object.__setattr__(self, "_by_id", cached)
        return cached

    def missing_translations(self, lang: str) -> list[str]:
        """Paths of texts that have no ``lang`` version (shown as fallbacks)."""
        missing: list[str] = []

        def visit(text: Text, where: str) -> None:
            if text and not text.get(lang):
                missing.append(where)

        visit(self.title, "title")
        for area in self.areas:
            visit(area.title, f"{area.id}.title")
            for ind in area.indicators:
                visit(ind.statement, f"{ind.id}.statement")
                visit(ind.guidance, f"{ind.id}.guidance")
                for crit in ind.criteria:
                    visit(crit.text, f"{crit.id}")
        return missing


@lru_cache(maxsize=1)
def _validator() -> Validator:
    schema = json.loads(resource_path(*CATALOGUE_SCHEMA).read_text(encoding="utf-8"))
    return Validator(schema)


def _text(raw: object) -> Text:
    return Text(raw) if isinstance(raw, dict) else Text()


def _scale(raw: dict[str, Any]) -> Scale:  # checked against the catalogue schema
    levels = tuple(
        Level(int(item["value"]), _text(item["label"]), _text(item["descriptor"])) for item in raw["levels"]
    )
    na = raw["not_applicable"]
    return Scale(levels, Level(None, _text(na["label"]), _text(na["descriptor"])))


# Catalogues read in this process, by SHA-256 of their exact text: a catalogue is immutable, so two documents
# of one lineage (a comparison, a merge) share one instead of validating and building it twice.
_PARSED: dict[str, "Catalogue"] = {}
_PARSED_MAX = 8


def parse_catalogue(source_json: str, origin: str = "catalogue") -> Catalogue:
    """Validate and build a Catalogue from JSON text; ``origin`` names the file in messages.

    Text identical to the built-in catalogue (the case for most documents) is not validated again: the
    shipped file is validated by the test suite, and the comparison is by SHA-256 of the exact text.
    """
    if len(source_json) > MAX_CATALOGUE_BYTES:
        raise CatalogueError(file=origin, entry="(file)",
                             **file_too_large(len(source_json), MAX_CATALOGUE_BYTES))
    try:
        digest = hashlib.sha256(source_json.encode("utf-8")).hexdigest()
    except UnicodeEncodeError:
        raise CatalogueError(file=origin, entry="(file)", **problem("not_text")) from None
    cached = _PARSED.get(digest)
    if cached is not None:
        return cached
    trusted = digest == _builtin_sha256()
    try:
        data = json.loads(source_json, parse_int=_bounded_int, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise CatalogueError(file=origin, entry=f"line {exc.lineno}, column {exc.colno}", line=exc.lineno,
                             column=exc.colno, **problem("not_json", detail=exc.msg)) from None
    except RecursionError:
        raise CatalogueError(file=origin, entry="(top level)", **problem("nested")) from None
    except _NumberRefused as exc:  # a number too long, NaN or Infinity
        raise CatalogueError(file=origin, entry="(file)", **exc.found) from None
    except ValueError as exc:  # anything else the parser refuses
        raise CatalogueError(file=origin, entry="(file)", **problem("not_json", detail=str(exc))) from None
    if _SURROGATE_ESCAPE.search(source_json):
        where = _lone_surrogate(data, "")
        if where is not None:
            raise CatalogueError(file=origin, entry=where or "(top level)", **problem("lone_surrogate"))
    problems = [] if trusted else _validator().problems(data, limit=1)
    if problems:
        raise CatalogueError(file=origin, entry=problems[0].path, **problem(problems[0].code, **problems[0].args))

    default_scale = _scale(data["scale"])
    _check_scale(default_scale, origin, "scale")
    area_ids = [area["id"] for area in data["areas"]]
    _unique(area_ids, origin, "areas")
    cross_ids = {area["id"] for area in data["areas"] if area["kind"] == "cross-cutting"}
    seen_indicators: set[str] = set()
    areas = []
    for a_index, raw_area in enumerate(data["areas"]):
        indicators = []
        for i_index, raw in enumerate(raw_area["indicators"]):
            where = f"areas[{a_index}].indicators[{i_index}]"
            if raw["id"] in seen_indicators:
                raise CatalogueError(file=origin, entry=f"{where}.id", **problem("indicator_twice", id=raw["id"]))
            seen_indicators.add(raw["id"])
            _unique([c["id"] for c in raw["criteria"]], origin, f"{where}.criteria")
            unknown = [x for x in raw.get("cross_cutting", []) if x not in cross_ids]
            if unknown:
                raise CatalogueError(file=origin, entry=f"{where}.cross_cutting",
                                     **problem("not_cross_cutting", id=unknown[0]))
            scale = default_scale
            if "scale" in raw:
                scale = _scale(raw["scale"])
                _check_scale(scale, origin, f"{where}.scale")
            indicators.append(Indicator(
                id=raw["id"], area_id=raw_area["id"], statement=_text(raw["statement"]),
                criteria=tuple(Criterion(c["id"], _text(c["text"])) for c in raw["criteria"]),
                guidance=_text(raw.get("guidance")), references=tuple(raw.get("references", [])),
                cross_cutting=tuple(raw.get("cross_cutting", [])), scale=scale,
            ))
        areas.append(Area(
            id=raw_area["id"], kind=raw_area["kind"], title=_text(raw_area["title"]),
            description=_text(raw_area.get("description")), references=tuple(raw_area.get("references", [])),
            indicators=tuple(indicators),
        ))
    catalogue = Catalogue(
        id=data["id"], version=data["version"], status=data["status"], title=_text(data["title"]),
        note=_text(data.get("note")), sources=tuple(data.get("sources", [])), scale=default_scale,
        areas=tuple(areas), source_json=source_json,
        sha256=digest,
    )
    if len(_PARSED) >= _PARSED_MAX:
        _PARSED.pop(next(iter(_PARSED)))
    _PARSED[digest] = catalogue
    return catalogue


class _NumberRefused(ValueError):
    def __init__(self, code: str, **args: object) -> None:
        self.found = problem(code, **args)
        super().__init__(self.found["problem"])


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _NumberRefused("long_number", limit=MAX_NUMBER_DIGITS)
    return int(text)


def _no_constant(name: str) -> float:
    raise _NumberRefused("not_a_number", value=name)


def _lone_surrogate(value: object, path: str) -> str | None:
    """The path of the first text (or key) holding a lone surrogate, which no file can store as UTF-8."""
    stack = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return where
        elif isinstance(item, dict):
            for key, sub in item.items():
                stack.append((key, where))
                stack.append((sub, f"{where}.{key}" if where else str(key)))
        elif isinstance(item, list):
            stack.extend((sub, f"{where}[{index}]") for index, sub in enumerate(item))
    return None


def _unique(ids: list[str], origin: str, where: str) -> None:
    seen: set[str] = set()
    for index, ident in enumerate(ids):
        if ident in seen:
            raise CatalogueError(file=origin, entry=f"{where}[{index}].id", **problem("id_twice", id=ident))
        seen.add(ident)


def _check_scale(scale: Scale, origin: str, where: str) -> None:
    values = [lvl.value for lvl in scale.levels]
    if len(set(values)) != len(values):
        raise CatalogueError(file=origin, entry=f"{where}.levels", **problem("same_level_value"))


def load_catalogue(path: str | Path) -> Catalogue:
    """Read and validate a catalogue file; any problem becomes a CatalogueError naming the file."""
    path = Path(path)
    text = read_data_file(path, MAX_CATALOGUE_BYTES, "a catalogue",
                          lambda **found: CatalogueError(file=str(path), entry="(file)", **found))
    return parse_catalogue(text, origin=str(path))


@lru_cache(maxsize=1)
def _builtin_sha256() -> str:
    try:
        raw = resource_path(*BUILTIN_CATALOGUE).read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def builtin_catalogue() -> Catalogue:
    return load_catalogue(resource_path(*BUILTIN_CATALOGUE))
