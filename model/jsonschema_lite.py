"""A small validator for the subset of JSON Schema our catalogue schema uses (draft 2020-12 keywords).

Why not the `jsonschema` package: it brings four more packages (one compiled) into a frozen offline build,
and its messages are English prose we could not translate. This covers exactly the keywords listed in
SUPPORTED; a schema using anything else is rejected, so the subset cannot silently be exceeded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUPPORTED = {
    "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "type", "required",
    "properties", "additionalProperties", "items", "minItems", "maxItems", "enum", "const",
    "minLength", "maxLength", "pattern", "minimum", "maximum", "anyOf", "uniqueItems", "default",
}

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


@dataclass(frozen=True)
class Problem:
    path: str  # e.g. "areas[2].indicators[0].statement.ru"
    message: str


def check_schema_keywords(schema: object) -> None:
    """Raise ValueError if the schema uses a keyword this validator does not implement."""
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key not in SUPPORTED:
                raise ValueError(f"unsupported JSON Schema keyword: {key}")
            if key in ("properties", "$defs"):
                for sub in value.values():
                    check_schema_keywords(sub)
            elif key in ("items", "additionalProperties"):
                check_schema_keywords(value)
            elif key == "anyOf":
                for sub in value:
                    check_schema_keywords(sub)


def _join(path: str, key: object) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


class Validator:
    def __init__(self, schema: dict) -> None:
        check_schema_keywords(schema)
        self.root = schema

    def _resolve(self, ref: str) -> dict:
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported: {ref}")
        node: object = self.root
        for part in ref[2:].split("/"):
            node = node[part]  # type: ignore[index]
        return node  # type: ignore[return-value]

    def problems(self, value: object, limit: int = 50) -> list[Problem]:
        found: list[Problem] = []
        self._check(value, self.root, "", found, limit)
        return found

    def _check(self, value: object, schema: dict, path: str, found: list[Problem], limit: int) -> None:
        if len(found) >= limit:
            return
        if "$ref" in schema:
            self._check(value, self._resolve(schema["$ref"]), path, found, limit)
        where = path or "(top level)"
        expected = schema.get("type")
        if expected is not None:
            names = expected if isinstance(expected, list) else [expected]
            if not any(_TYPES[name](value) for name in names):
                found.append(Problem(where, f"expected {' or '.join(names)}, found {type(value).__name__}"))
                return
        if "enum" in schema and value not in schema["enum"]:
            found.append(Problem(where, f"{value!r} is not one of {schema['enum']!r}"))
        if "const" in schema and value != schema["const"]:
            found.append(Problem(where, f"must be {schema['const']!r}"))
        if "anyOf" in schema:
            if not any(not self._sub(value, sub, path) for sub in schema["anyOf"]):
                found.append(Problem(where, "does not match any allowed form"))
        if isinstance(value, str):
            if len(value) < schema.get("minLength", 0):
                found.append(Problem(where, "must not be empty" if schema["minLength"] == 1
                                     else f"shorter than {schema['minLength']} characters"))
            if "maxLength" in schema and len(value) > schema["maxLength"]:
                found.append(Problem(where, f"longer than {schema['maxLength']} characters"))
            if "pattern" in schema and not re.search(schema["pattern"], value):
                found.append(Problem(where, f"{value!r} does not have the expected form ({schema['pattern']})"))
        if _TYPES["number"](value):
            if "minimum" in schema and value < schema["minimum"]:
                found.append(Problem(where, f"{value} is less than {schema['minimum']}"))
            if "maximum" in schema and value > schema["maximum"]:
                found.append(Problem(where, f"{value} is greater than {schema['maximum']}"))
        if isinstance(value, dict):
            for key in schema.get("required", []):
                if key not in value:
                    found.append(Problem(where, f"missing required key '{key}'"))
            props = schema.get("properties", {})
            extra = schema.get("additionalProperties", True)
            for key, item in value.items():
                if key in props:
                    self._check(item, props[key], _join(path, key), found, limit)
                elif extra is False:
                    found.append(Problem(where, f"unexpected key '{key}'"))
                elif isinstance(extra, dict):
                    self._check(item, extra, _join(path, key), found, limit)
        if isinstance(value, list):
            if len(value) < schema.get("minItems", 0):
                found.append(Problem(where, f"needs at least {schema['minItems']} entries, has {len(value)}"))
            if "maxItems" in schema and len(value) > schema["maxItems"]:
                found.append(Problem(where, f"allows at most {schema['maxItems']} entries, has {len(value)}"))
            if schema.get("uniqueItems"):
                seen = []
                for item in value:
                    if item in seen:
                        found.append(Problem(where, f"{item!r} appears twice"))
                    seen.append(item)
            if "items" in schema:
                for index, item in enumerate(value):
                    self._check(item, schema["items"], _join(path, index), found, limit)

    def _sub(self, value: object, schema: dict, path: str) -> list[Problem]:
        found: list[Problem] = []
        self._check(value, schema, path, found, 5)
        return found
