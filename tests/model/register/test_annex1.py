"""The Annex I table: the shipped edition loads and is complete; a damaged or hostile edition is refused."""

from __future__ import annotations

import json

import pytest

from model.register.annex1 import MAX_ANNEX1_BYTES, Annex1Error, builtin_annex1, load_annex1, parse_annex1
from model.app.resources import resource_path

EXPECTED_CATEGORIES = {"H1", "H2", "H3", "P1a", "P1b", "P2", "P3a", "P3b", "P4", "P5a", "P5b", "P5c", "P6a", "P6b",
                       "P7", "P8", "E1", "E2", "O1", "O2", "O3"}


def _data() -> dict:
    return json.loads(resource_path("annex1", "annex1-2015.json").read_text(encoding="utf-8"))


def test_builtin_edition_has_every_category_and_named_substance_in_three_languages():
    annex = builtin_annex1()
    assert set(annex.categories) == EXPECTED_CATEGORIES
    assert len(annex.named) == 48
    assert annex.provisional and annex.edition == "2015"
    for entry in [*annex.categories.values(), *annex.named.values()]:
        assert all(entry.name.get(lang) for lang in ("en", "ru", "ky")), entry
        assert entry.confidence in ("H", "M", "L")
    assert annex.categories["H1"].threshold_t == 20
    assert annex.categories["P5c"].threshold_t == 50_000
    assert annex.named["N10"].threshold_t == 25  # chlorine
    assert annex.named["N34"].threshold_t == 25_000  # petroleum products
    assert {c.group for c in annex.categories.values() if c.code.startswith("O")} == {"other"}
    assert "other" not in annex.summed_groups


def test_a_later_edition_is_loaded_from_a_file_and_named_in_its_label(tmp_path):
    data = _data()
    data["edition"] = "2030-test"
    data["named"][9]["threshold_t"] = 10
    path = tmp_path / "annex.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    annex = load_annex1(path)
    assert annex.label == "teia-annex1 2030-test"
    assert annex.named["N10"].threshold_t == 10
    assert annex.sha256 != builtin_annex1().sha256


@pytest.mark.parametrize("damage, entry", [
    (lambda d: d["categories"][0].__setitem__("threshold_t", 0), "categories[0].threshold_t"),
    (lambda d: d["categories"][0].__setitem__("threshold_t", "20"), "categories[0].threshold_t"),
    (lambda d: d["categories"][1].__setitem__("code", "H1"), "categories[1].code"),
    (lambda d: d["categories"][0].__setitem__("group", "nowhere"), "categories[0].group"),
    (lambda d: d["named"][0]["groups"].append("nowhere"), "named[0].groups[1]"),
    (lambda d: d["named"][1].__setitem__("id", "N1"), "named[1].id"),
    (lambda d: d["named"][0].__setitem__("script", "x"), "named[0]"),
    (lambda d: d.__setitem__("format", 2), "format"),
    (lambda d: d["categories"].extend([d["categories"][0]] * 200), "categories"),
])
def test_damaged_edition_is_refused_naming_the_entry(damage, entry):
    data = _data()
    damage(data)
    with pytest.raises(Annex1Error) as caught:
        parse_annex1(json.dumps(data), origin="edited.json")
    assert caught.value.params["entry"].startswith(entry)
    assert "edited.json" in str(caught.value)


def test_file_not_json_too_large_or_not_utf8_is_refused(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b"\xff\xfe{")
    with pytest.raises(Annex1Error, match="not UTF-8"):
        load_annex1(path)
    path.write_text("{" * 100_000, encoding="utf-8")
    with pytest.raises(Annex1Error):
        load_annex1(path)
    path.write_bytes(b" " * (MAX_ANNEX1_BYTES + 1))
    with pytest.raises(Annex1Error, match="more than"):
        load_annex1(path)
    with pytest.raises(Annex1Error):
        load_annex1(tmp_path / "missing.json")

