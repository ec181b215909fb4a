"""Catalogue files at and beyond the limits stated in the schema: accepted up to them, refused beyond them
with a clear CatalogueError (never a traceback, never minutes of work)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from model import catalogue as catalogue_module
from model.catalogue import load_catalogue, parse_catalogue
from model.errors import CatalogueError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from common import synthetic_catalogue_json  # noqa: E402

SCHEMA = json.loads((Path(catalogue_module.__file__).parents[2] / "resources" / "catalogue"
                     / "catalogue.schema.json").read_text(encoding="utf-8"))
MAX_AREAS = SCHEMA["properties"]["areas"]["maxItems"]
MAX_PER_AREA = SCHEMA["$defs"]["area"]["properties"]["indicators"]["maxItems"]


def test_the_largest_catalogue_the_schema_allows_is_accepted():
    built = parse_catalogue(synthetic_catalogue_json(MAX_AREAS, MAX_PER_AREA), origin="largest")
    assert built.indicator_count == MAX_AREAS * MAX_PER_AREA == 5000


@pytest.mark.parametrize("areas, per_area", [(MAX_AREAS + 1, 1), (1, MAX_PER_AREA + 1), (8, 2000)])
def test_more_areas_or_indicators_than_the_schema_allows_are_refused(areas, per_area):
    with pytest.raises(CatalogueError) as refused:
        parse_catalogue(synthetic_catalogue_json(areas, per_area, criteria=1), origin="too-many")
    assert "at most" in str(refused.value)


def test_a_number_of_5000_digits_is_refused_clearly():
    text = synthetic_catalogue_json(1, 1).replace('"value": 0', '"value": ' + "9" * 5000, 1)
    assert "9" * 5000 in text
    with pytest.raises(CatalogueError) as refused:
        parse_catalogue(text, origin="digits")
    assert "digits" in str(refused.value)


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "x\\udc00y"])
def test_a_lone_surrogate_in_the_version_is_refused_clearly(escape, tmp_path):
    data = json.loads(synthetic_catalogue_json(1, 1))
    text = json.dumps(data, ensure_ascii=False).replace('"version": "1"', f'"version": "{escape}"')
    with pytest.raises(CatalogueError) as refused:
        parse_catalogue(text, origin="surrogate")
    assert "version" in str(refused.value) and "surrogate" in str(refused.value)
    path = tmp_path / "cat.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError):
        load_catalogue(path)


def test_a_proper_surrogate_pair_is_a_character_and_is_kept():
    data = json.loads(synthetic_catalogue_json(1, 1))
    text = json.dumps(data, ensure_ascii=False).replace('"version": "1"', '"version": "1 \\ud83d\\ude00"')
    assert parse_catalogue(text, origin="pair").version == "1 \U0001F600"


def test_a_file_beyond_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.json"
    path.write_text(synthetic_catalogue_json(8, 50), encoding="utf-8")
    monkeypatch.setattr(catalogue_module, "MAX_CATALOGUE_BYTES", path.stat().st_size - 1)
    with pytest.raises(CatalogueError) as refused:
        load_catalogue(path)
    assert "at most" in str(refused.value)


def test_nan_and_infinity_are_refused():
    text = synthetic_catalogue_json(1, 1).replace('"value": 0', '"value": NaN', 1)
    with pytest.raises(CatalogueError):
        parse_catalogue(text, origin="nan")
