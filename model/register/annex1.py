"""Annex I of the Convention as reference data: categories, named substances, thresholds, hazard groups.

An edition is a JSON file (resources/annex1/*.json) validated against its schema and a few rules the schema
cannot express (known groups, unique codes). It is immutable once loaded; every calculation names the
edition it used, because a later edition can change a result.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from model.catalogue import Text
from model.errors import TeiaError
from model.languages import QT_TRANSLATE_NOOP
from model.catalogue.schema import Validator
from model.problems import file_too_large, problem
from model.app.resources import read_data_file, resource_path

BUILTIN_ANNEX1 = ("annex1", "annex1-2015.json")
ANNEX1_SCHEMA = ("annex1", "annex1.schema.json")
MAX_ANNEX1_BYTES = 2 * 1024 * 1024
OTHER_GROUP = "other"  # O1-O3: a threshold of their own, outside every sum


class Annex1Error(TeiaError):
    """An Annex I table cannot be used; names the file, the entry and what is wrong."""

    kind = "annex1"
    template = QT_TRANSLATE_NOOP("Errors", "The Annex I table {file} cannot be used.\nEntry: {entry}\nProblem: {problem}")


@dataclass(frozen=True)
class Category:
    """A Part 1 category (H1, P5c, E1, O2 ...) with its threshold in tonnes."""

    code: str
    group: str
    threshold_t: float
    lower_tier_t: float | None
    confidence: str
    name: Text


@dataclass(frozen=True)
class NamedSubstance:
    """A Part 2 named substance: its threshold overrides any category it also belongs to."""

    id: str
    number: int | None
    threshold_t: float
    lower_tier_t: float | None
    groups: tuple[str, ...]
    confidence: str
    groups_confidence: str
    cas: str
    name: Text


@dataclass(frozen=True)
class Annex1:
    id: str
    edition: str
    status: str
    title: Text
    note: Text
    sources: tuple[str, ...]
    sum_limit: float
    summed_groups: tuple[str, ...]
    groups: dict[str, Text]
    categories: dict[str, Category]
    named: dict[str, NamedSubstance]
    source_json: str = field(repr=False, compare=False)
    sha256: str = ""

    @property
    def provisional(self) -> bool:
        return self.status != "official"

    @property
    def label(self) -> str:
        """What a calculation records: the table's id and edition, e.g. "teia-annex1 2015"."""
        return f"{self.id} {self.edition}"

    def entry_name(self, key: str, lang: str) -> str:
        """ "Chlorine (Part 2, entry 10)" or "H1 (acute toxicity ...)" for a named id or a category code."""
        from model.register.labels import text

        if key in self.named:
            named = self.named[key]
            number = named.number if named.number is not None else named.id
            return text("named_entry", lang).format(name=named.name.text(lang), number=number)
        if key in self.categories:
            return key
        return key


@lru_cache(maxsize=1)
def _validator() -> Validator:
    schema = json.loads(resource_path(*ANNEX1_SCHEMA).read_text(encoding="utf-8"))
    return Validator(schema)


def parse_annex1(source_json: str, origin: str = "Annex I") -> Annex1:
    """Validate and build an Annex I edition from JSON text; ``origin`` names the file in messages."""
    if len(source_json) > MAX_ANNEX1_BYTES:
        raise Annex1Error(file=origin, entry="(file)", **file_too_large(len(source_json), MAX_ANNEX1_BYTES))
    try:
        data = json.loads(source_json)
    except json.JSONDecodeError as exc:
        raise Annex1Error(file=origin, entry=f"line {exc.lineno}, column {exc.colno}", line=exc.lineno,
                          column=exc.colno, **problem("not_json", detail=exc.msg)) from None
    except RecursionError:
        raise Annex1Error(file=origin, entry="(top level)", **problem("nested")) from None
    problems = _validator().problems(data, limit=1)
    if problems:
        raise Annex1Error(file=origin, entry=problems[0].path, **problem(problems[0].code, **problems[0].args))
    groups = {g["id"]: Text(g["name"]) for g in data["groups"]}
    _unique([g["id"] for g in data["groups"]], origin, "groups")
    rules = data.get("rules", {})
    summed = tuple(rules.get("summed_groups", [g for g in groups if g != OTHER_GROUP]))
    for index, group in enumerate(summed):
        if group not in groups:
            raise Annex1Error(file=origin, entry=f"rules.summed_groups[{index}]", **problem("no_group", id=group))
    categories: dict[str, Category] = {}
    for index, raw in enumerate(data["categories"]):
        where = f"categories[{index}]"
        if raw["code"] in categories:
            raise Annex1Error(file=origin, entry=f"{where}.code", **problem("code_twice", id=raw["code"]))
        if raw["group"] not in groups:
            raise Annex1Error(file=origin, entry=f"{where}.group", **problem("no_group", id=raw["group"]))
        categories[raw["code"]] = Category(raw["code"], raw["group"], float(raw["threshold_t"]),
                                           _tonnes(raw.get("lower_tier_t")), raw["confidence"], Text(raw["name"]))
    named: dict[str, NamedSubstance] = {}
    for index, raw in enumerate(data["named"]):
        where = f"named[{index}]"
        if raw["id"] in named or raw["id"] in categories:
            raise Annex1Error(file=origin, entry=f"{where}.id", **problem("id_twice", id=raw["id"]))
        for g_index, group in enumerate(raw["groups"]):
            if group not in groups:
                raise Annex1Error(file=origin, entry=f"{where}.groups[{g_index}]", **problem("no_group", id=group))
        named[raw["id"]] = NamedSubstance(
            raw["id"], raw.get("number"), float(raw["threshold_t"]), _tonnes(raw.get("lower_tier_t")),
            tuple(raw["groups"]), raw["confidence"], raw.get("groups_confidence", raw["confidence"]),
            raw.get("cas", ""), Text(raw["name"]))
    return Annex1(
        id=data["id"], edition=data["edition"], status=data["status"], title=Text(data["title"]),
        note=Text(data.get("note", {})), sources=tuple(data.get("sources", [])),
        sum_limit=float(rules.get("sum_limit", 1)), summed_groups=summed, groups=groups,
        categories=categories, named=named, source_json=source_json,
        sha256=hashlib.sha256(source_json.encode("utf-8")).hexdigest())


def _tonnes(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None  # a number or absent (the schema says so)


def _unique(ids: list[str], origin: str, where: str) -> None:
    seen: set[str] = set()
    for index, ident in enumerate(ids):
        if ident in seen:
            raise Annex1Error(file=origin, entry=f"{where}[{index}].id", **problem("id_twice", id=ident))
        seen.add(ident)


def load_annex1(path: str | Path) -> Annex1:
    """Read and validate an Annex I file (a later or corrected edition); problems name the file."""
    path = Path(path)
    text = read_data_file(path, MAX_ANNEX1_BYTES, "an Annex I table",
                          lambda **found: Annex1Error(file=str(path), entry="(file)", **found))
    return parse_annex1(text, origin=str(path))


@lru_cache(maxsize=1)
def builtin_annex1() -> Annex1:
    return load_annex1(resource_path(*BUILTIN_ANNEX1))


@lru_cache(maxsize=8)
def cached_parse(source_json: str, origin: str) -> Annex1:
    """The edition a document keeps, parsed once per process (documents are opened again and again)."""
    return parse_annex1(source_json, origin)
