"""A small validator for the subset of JSON Schema our catalogue schema uses (draft 2020-12 keywords).

Why not the `jsonschema` package: it brings four more packages (one compiled) into a frozen offline build,
and its messages are English prose we could not translate. This covers exactly the keywords listed in
SUPPORTED; a schema using anything else is rejected, so the subset cannot silently be exceeded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from model.problems import PROBLEMS, json_type

Schema = dict[str, Any]  # a JSON Schema as json.load reads it (its keywords are checked by check_schema_keywords)

SUPPORTED = {
    "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "type", "required",
    "properties", "additionalProperties", "items", "minItems", "maxItems", "enum", "const",
    "minLength", "maxLength", "pattern", "minimum", "maximum", "anyOf", "uniqueItems", "default",
}

_TYPES: dict[str, Callable[[object], bool]] = {
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
    code: str  # a key of model.problems.PROBLEMS, translated by the interface
    args: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The English sentence (command line, log)."""
        return PROBLEMS[self.code].format(**self.args)


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
    def __init__(self, schema: Schema) -> None:
        check_schema_keywords(schema)
        self.root = schema

    def _resolve(self, ref: str) -> Schema:
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported: {ref}")
        node: object = self.root
        for part in ref[2:].split("/"):
            if not isinstance(node, dict) or part not in node:
                raise ValueError(f"the reference {ref} leads nowhere")
            node = node[part]
        if not isinstance(node, dict):
            raise ValueError(f"the reference {ref} is not a schema")
        return node

    def problems(self, value: object, limit: int = 50) -> list[Problem]:
        # Valid data (the usual case) is confirmed by compiled checks without building paths or messages;
        # only invalid data takes the slower walk that says where and what is wrong.
        if self.is_valid(value):
            return []
        found: list[Problem] = []
        self._check(value, self.root, "", found, limit)
        return found

    def is_valid(self, value: object) -> bool:
        if self._compiled is None:
            self._compiled = self._compile(self.root, {})
        return self._compiled(value)

    _compiled: Callable[[object], bool] | None = None

    def _compile(self, schema: Schema, done: dict[int, Callable[[object], bool]]) -> Callable[[object], bool]:
        """A function telling whether a value matches ``schema`` (same rules as ``_check``)."""
        key = id(schema)
        if key in done:
            return lambda value: done[key](value)  # recursion through $ref: look up when called
        done[key] = _unfinished
        checks: list[Callable[[object], bool]] = []
        if "$ref" in schema:
            checks.append(self._compile(self._resolve(schema["$ref"]), done))
        names: list[str] = []
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            tests = [_TYPES[name] for name in names]
            checks.append(tests[0] if len(tests) == 1 else (lambda v: any(t(v) for t in tests)))
        if "enum" in schema:
            allowed = schema["enum"]
            checks.append(lambda v: v in allowed)
        if "const" in schema:
            const = schema["const"]
            checks.append(lambda v: v == const)
        if "anyOf" in schema:
            keys = tuple(_required_keys(schema["anyOf"]))
            if keys:  # {"anyOf": [{"required": ["en"]}, ...]} (every text): one of these keys
                checks.append(lambda v: not isinstance(v, dict) or any(k in v for k in keys))
            else:
                options = [self._compile(sub, done) for sub in schema["anyOf"]]
                checks.append(lambda v: any(option(v) for option in options))
        low, high = schema.get("minLength", 0), schema.get("maxLength")
        pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
        if (low or high is not None or pattern is not None) and names == ["string"] and checks[-1] is _TYPES["string"]:
            def string_ok(v: object) -> bool:  # the type and the text's limits in one call (most of a catalogue)
                if not isinstance(v, str):
                    return False
                size = len(v)
                return (size >= low and (high is None or size <= high)
                        and (pattern is None or pattern.search(v) is not None))
            checks[-1] = string_ok
        elif low or high is not None or pattern is not None:
            def text_ok(v: object) -> bool:
                if not isinstance(v, str):
                    return True
                return (len(v) >= low and (high is None or len(v) <= high)
                        and (pattern is None or pattern.search(v) is not None))
            checks.append(text_ok)
        minimum, maximum = schema.get("minimum"), schema.get("maximum")
        if minimum is not None or maximum is not None:
            number = _TYPES["number"]
            checks.append(lambda v: not number(v) or ((minimum is None or v >= minimum)
                                                      and (maximum is None or v <= maximum)))
        if "required" in schema or "properties" in schema or "additionalProperties" in schema:
            required = tuple(schema.get("required", ()))
            props = {name: self._compile(sub, done) for name, sub in schema.get("properties", {}).items()}
            extra = schema.get("additionalProperties", True)
            extra_check = self._compile(extra, done) if isinstance(extra, dict) else None

            def object_ok(v: object) -> bool:
                if not isinstance(v, dict):
                    return True
                for name in required:
                    if name not in v:
                        return False
                for name, item in v.items():
                    check = props.get(name)
                    if check is not None:
                        if not check(item):
                            return False
                    elif extra is False or (extra_check is not None and not extra_check(item)):
                        return False
                return True

            def required_ok(v: object) -> bool:  # {"required": [...]} alone: the items need no look
                return not isinstance(v, dict) or all(name in v for name in required)
            checks.append(required_ok if not props and extra is True else object_ok)
        if any(k in schema for k in ("minItems", "maxItems", "uniqueItems", "items")):
            min_items, max_items = schema.get("minItems", 0), schema.get("maxItems")
            unique = bool(schema.get("uniqueItems"))
            item_check = self._compile(schema["items"], done) if "items" in schema else None

            def array_ok(v: object) -> bool:
                if not isinstance(v, list):
                    return True
                if len(v) < min_items or (max_items is not None and len(v) > max_items):
                    return False
                if unique and any(item in v[:index] for index, item in enumerate(v)):
                    return False
                return item_check is None or all(item_check(item) for item in v)
            checks.append(array_ok)

        def check_all(value: object) -> bool:
            for check in checks:
                if not check(value):
                    return False
            return True
        compiled: Callable[[object], bool] = check_all
        if not checks:
            compiled = _anything
        elif len(checks) == 1:  # most schemas: the one check itself, without a loop around it
            compiled = checks[0]
        elif len(checks) == 2:
            first, second = checks

            def both(value: object) -> bool:
                return first(value) and second(value)
            compiled = both
        done[key] = compiled
        return compiled

    def _check(self, value: object, schema: Schema, path: str, found: list[Problem], limit: int) -> None:
        if len(found) >= limit:
            return
        if "$ref" in schema:
            self._check(value, self._resolve(schema["$ref"]), path, found, limit)
        where = path or "(top level)"

        def add(code: str, **args: object) -> None:
            found.append(Problem(where, code, args))

        expected = schema.get("type")
        if expected is not None:
            names = expected if isinstance(expected, list) else [expected]
            if not any(_TYPES[name](value) for name in names):
                add("type", expected=" | ".join(names), found=json_type(value))
                return
        if "enum" in schema and value not in schema["enum"]:
            add("enum", value=repr(value), allowed=", ".join(map(str, schema["enum"])))
        if "const" in schema and value != schema["const"]:
            add("const", allowed=repr(schema["const"]))
        if "anyOf" in schema:
            if not any(not self._sub(value, sub, path) for sub in schema["anyOf"]):
                keys = _required_keys(schema["anyOf"])
                if keys:  # {"anyOf": [{"required": ["en"]}, ...]}: one of these keys must be there
                    add("one_of_keys", keys=", ".join(keys))
                else:
                    add("any_of")
        if isinstance(value, str):
            if len(value) < schema.get("minLength", 0):
                if schema["minLength"] == 1:
                    add("empty")
                else:
                    add("too_short", limit=schema["minLength"])
            if "maxLength" in schema and len(value) > schema["maxLength"]:
                add("too_long", limit=schema["maxLength"])
            if "pattern" in schema and not re.search(schema["pattern"], value):
                add("pattern", value=repr(value), pattern=schema["pattern"])
        if _TYPES["number"](value):
            if "minimum" in schema and value < schema["minimum"]:
                add("minimum", value=value, limit=schema["minimum"])
            if "maximum" in schema and value > schema["maximum"]:
                add("maximum", value=value, limit=schema["maximum"])
        if isinstance(value, dict):
            for key in schema.get("required", []):
                if key not in value:
                    add("missing_key", key=key)
            props = schema.get("properties", {})
            extra = schema.get("additionalProperties", True)
            for key, item in value.items():
                if key in props:
                    self._check(item, props[key], _join(path, key), found, limit)
                elif extra is False:
                    add("unexpected_key", key=key)
                elif isinstance(extra, dict):
                    self._check(item, extra, _join(path, key), found, limit)
        if isinstance(value, list):
            if len(value) < schema.get("minItems", 0):
                add("too_few", limit=schema["minItems"], count=len(value))
            if "maxItems" in schema and len(value) > schema["maxItems"]:
                add("too_many", limit=schema["maxItems"], count=len(value))
            if schema.get("uniqueItems"):
                seen = []
                for item in value:
                    if item in seen:
                        add("repeated_item", value=repr(item))
                    seen.append(item)
            if "items" in schema:
                for index, item in enumerate(value):
                    self._check(item, schema["items"], _join(path, index), found, limit)

    def _sub(self, value: object, schema: Schema, path: str) -> list[Problem]:
        found: list[Problem] = []
        self._check(value, schema, path, found, 5)
        return found


def _anything(value: object) -> bool:
    return True


def _unfinished(value: object) -> bool:
    """Stands for a schema while it is compiled (a $ref back to it is looked up when called, after that)."""
    raise RuntimeError("a schema was used before it was compiled")


def _required_keys(options: list[Schema]) -> list[str]:
    """The keys of an anyOf whose every option only requires one key; [] for any other anyOf."""
    keys = []
    for option in options:
        if set(option) != {"required"} or len(option["required"]) != 1:
            return []
        keys.append(option["required"][0])
    return keys
