"""Hostile and broken files get a clear error of the right kind, and are left byte for byte unchanged."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

import pytest

from model import catalogue as catalogue_module
from model.catalogue import load_catalogue
from model.document.assessment import Assessment
from model.errors import CatalogueError, DocumentError, TeiaError

DATA = Path(__file__).resolve().parents[1] / "data"
sys.path.insert(0, str(DATA))

import make_samples  # noqa: E402


@pytest.fixture(scope="module")
def derived(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("derived")
    make_samples.make_derived_documents(folder)
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _expect_refusal(path: Path, loader: str, kind: str, readonly: bool = False) -> TeiaError:
    before = _digest(path)
    siblings = set(path.parent.iterdir())
    if loader == "document":
        with pytest.raises(DocumentError) as caught:
            Assessment.open(path, readonly=readonly).close()
    else:
        with pytest.raises(CatalogueError) as caught:
            load_catalogue(path)
    assert caught.value.kind == kind, f"{path.name}: {caught.value.kind}: {caught.value}"
    assert _digest(path) == before, f"{path.name} was changed"
    assert set(path.parent.iterdir()) == siblings, "a side file (journal) was left behind"
    assert path.name in str(caught.value)  # the message names the file
    return caught.value



def test_the_committed_samples_are_the_ones_the_script_writes():
    committed = {p.name for p in (DATA / "hostile").iterdir()}
    assert committed == set(make_samples.EXPECTED)
    assert sum(p.stat().st_size for p in (DATA / "hostile").iterdir()) < 100 * 1024


COMMITTED_CASES = [(name, readonly) for name, (loader, _) in sorted(make_samples.EXPECTED.items())
                   for readonly in ((False, True) if loader == "document" else (False,))]


@pytest.mark.parametrize(("name", "readonly"), COMMITTED_CASES)
def test_committed_hostile_sample(name, readonly, tmp_path):
    loader, kind = make_samples.EXPECTED[name]
    copy = tmp_path / name
    shutil.copyfile(DATA / "hostile" / name, copy)
    _expect_refusal(copy, loader, kind, readonly=readonly)


@pytest.mark.parametrize("name", sorted(make_samples.DERIVED))
@pytest.mark.parametrize("readonly", [False, True])
def test_broken_document(name, readonly, derived, tmp_path):
    loader, kind = make_samples.DERIVED[name]
    copy = tmp_path / name
    shutil.copyfile(derived / name, copy)
    _expect_refusal(copy, loader, kind, readonly=readonly)


def test_the_derived_samples_come_from_a_document_that_opens(tmp_path):
    good = make_samples.good_document(tmp_path / "good.teia")
    with Assessment.open(good) as doc:
        assert doc.integrity_check() == ["ok"]
        assert doc.response("1.1").description == "Өнөр жай коопсуздугу ң"


def test_a_catalogue_file_too_large_to_be_one_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(catalogue_module.MAX_CATALOGUE_BYTES + 1)
    error = _expect_refusal(path, "catalogue", "catalogue")
    assert "MB" in str(error)


def test_a_huge_string_in_a_catalogue_is_refused(tmp_path):
    data = json.loads(make_samples.tiny_catalogue_text())
    data["title"]["ky"] = "ү" * 5_000_000
    path = tmp_path / "long.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    error = _expect_refusal(path, "catalogue", "catalogue")
    assert "title" in str(error)


def test_a_folder_named_like_a_document_is_refused(tmp_path):
    folder = tmp_path / "folder.teia"
    folder.mkdir()
    with pytest.raises(DocumentError) as caught:
        Assessment.open(folder)
    assert caught.value.kind == "not_regular"
    assert "was not read" in str(caught.value) and "written" not in str(caught.value)  # a read, not a write


def test_text_that_is_not_utf8_is_shown_replaced_not_a_crash(tmp_path):
    path = make_samples.good_document(tmp_path / "bad-text.teia")
    make_samples._edit(path, "UPDATE response SET description = CAST(x'd09fd1ff' AS TEXT) WHERE indicator_id = '1.1'")
    with Assessment.open(path) as doc:
        assert doc.response("1.1").description == "П\ufffd\ufffd"
        doc.update_response("1.1", description="Оңдолду")
        assert doc.response("1.1").description == "Оңдолду"


def test_a_damaged_index_is_caught_although_quick_check_misses_it(derived):
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(f"file:{derived / 'damaged-index.teia'}?mode=ro", uri=True)) as con:
        assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
