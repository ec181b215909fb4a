"""The .teia document: create, edit, reopen with Cyrillic intact; refuse what is not ours without touching it."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct

import pytest

from model.document import store
from model.document.assessment import MAX_ATTACHMENT_BYTES, Assessment
from model.errors import DocumentError

KY = "Өзгөчө кырдаалдар министрлиги: ң ө ү — баалоо"
RU = "Министерство чрезвычайных ситуаций; «самостоятельная оценка»"


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_edit_close_reopen_keeps_cyrillic(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue, country="Кыргыз Республикасы", title=KY,
                           authors=["Асанова", "Үсөнбаева"], user="tester") as doc:
        assert doc.response("1.1").status == "not_started"
        doc.update_response("1.1", level=3, evidence=RU, criteria_met=("1.1.b", "1.1.a"))
        doc.update_response("1.2", not_applicable=True, description=KY)
        doc.update_response("B.1", gaps=KY, authority=RU, status="complete")
    with Assessment.open(doc_path) as doc:
        r = doc.response("1.1")
        assert (r.level, r.evidence, r.criteria_met, r.status) == (3, RU, ("1.1.a", "1.1.b"), "draft")
        assert r.updated_by == "tester" and r.revision == 1
        assert doc.response("1.2").not_applicable and doc.response("1.2").description == KY
        assert doc.response("B.1").status == "complete" and doc.response("B.1").gaps == KY
        meta = doc.meta()
        assert meta["title"] == KY and meta["authors"] == ["Асанова", "Үсөнбаева"]
        assert meta["country"] == "Кыргыз Республикасы"
        assert doc.catalogue.sha256 == small_catalogue.sha256


def test_file_settings(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue).close()
    application_id, version = store.read_header(doc_path)
    assert application_id == store.APPLICATION_ID and version == store.SCHEMA_VERSION
    con = sqlite3.connect(doc_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x54454941
    con.close()
    assert not doc_path.with_name(doc_path.name + "-wal").exists()


def test_level_and_not_applicable_exclude_each_other(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.update_response("1.1", level=2)
        assert doc.update_response("1.1", not_applicable=True).level is None
        r = doc.update_response("1.1", level=1)
        assert r.level == 1 and not r.not_applicable


@pytest.mark.parametrize("fields", [
    {"level": 7}, {"level": "3"}, {"level": True}, {"status": "finished"}, {"criteria_met": ("9.9.z",)},
    {"evidence": 42}, {"colour": "red"},
])
def test_invalid_values_are_refused_and_nothing_changes(small_catalogue, doc_path, fields):
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.update_response("1.1", level=2, evidence="kept")
        with pytest.raises(DocumentError) as info:
            doc.update_response("1.1", **fields)
        assert info.value.kind == "bad_value"
        r = doc.response("1.1")
        assert (r.level, r.evidence, r.revision) == (2, "kept", 1)


def test_unknown_indicator(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue) as doc:
        with pytest.raises(DocumentError, match="no indicator 9.9"):
            doc.update_response("9.9", level=1)


def test_history_records_changes_and_merges_typing(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue, user="ana") as doc:
        doc.update_response("1.1", evidence="Д")
        doc.update_response("1.1", evidence="До")
        doc.update_response("1.1", evidence="Док")
        doc.update_response("1.1", level=2)
        entries = doc.history("1.1")
        assert [(e.field, e.old, e.new) for e in entries] == [("level", None, "2"), ("evidence", "", "Док")]
        assert all(e.by == "ana" for e in entries)


def test_attachments_inside_the_file_with_limit(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue) as doc:
        info = doc.add_attachment("1.1", "/somewhere/Постановление №5.pdf", b"%PDF-1.4 data")
        assert info.name == "Постановление №5.pdf" and info.size == 13
        with pytest.raises(DocumentError) as too_big:
            doc.add_attachment("1.1", "big.bin", b"x" * (MAX_ATTACHMENT_BYTES + 1))
        assert too_big.value.kind == "too_large"
    with Assessment.open(doc_path) as doc:
        [info] = doc.attachments("1.1")
        assert doc.attachment_data(info.id) == b"%PDF-1.4 data"
        doc.remove_attachment(info.id)
        assert doc.attachments() == []


def test_meta_edit(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.set_meta(country="Кыргызстан", authors=["A", "Ү"], final=True)
        meta = doc.meta()
        assert meta["country"] == "Кыргызстан" and meta["authors"] == ["A", "Ү"] and meta["final"] is True


def test_create_refuses_to_overwrite(small_catalogue, doc_path):
    doc_path.write_text("precious")
    with pytest.raises(DocumentError) as info:
        Assessment.create(doc_path, small_catalogue)
    assert info.value.kind == "exists"
    assert doc_path.read_text() == "precious"


def _refused(path, kind):
    before = _digest(path)
    with pytest.raises(DocumentError) as info:
        Assessment.open(path)
    assert info.value.kind == kind, info.value
    assert _digest(path) == before, "a refused file must be left untouched"
    return info.value


def test_refuses_text_file(tmp_path):
    path = tmp_path / "notes.teia"
    path.write_text("Это не документ")
    _refused(path, "not_ours")


def test_refuses_other_sqlite_file(tmp_path):
    path = tmp_path / "other.teia"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (name TEXT)")
    con.commit()
    con.close()
    _refused(path, "not_ours")


def test_refuses_newer_version(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue).close()
    con = sqlite3.connect(doc_path)
    con.execute("PRAGMA user_version = 99")
    con.close()
    error = _refused(doc_path, "newer")
    assert "newer version" in str(error)


def test_refuses_truncated_file(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.update_response("1.1", evidence="x" * 20000)
    data = doc_path.read_bytes()
    doc_path.write_bytes(data[: len(data) // 2])
    _refused(doc_path, "damaged")


def test_refuses_foreign_trigger_and_view(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue).close()
    con = sqlite3.connect(doc_path)
    con.execute("CREATE TRIGGER evil AFTER UPDATE ON response BEGIN DELETE FROM history; END")
    con.execute("CREATE VIEW v AS SELECT 1")
    con.commit()
    con.close()
    error = _refused(doc_path, "foreign_schema")
    assert "trigger evil" in str(error)


def test_refuses_corrupted_pages(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue) as doc:
        for i in range(30):
            doc.add_attachment("1.1", f"f{i}.bin", os.urandom(3000))
    data = bytearray(doc_path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset:offset + 64] = b"\xAB" * 64
    doc_path.write_bytes(bytes(data))
    _refused(doc_path, "damaged")


def test_refuses_broken_catalogue_snapshot(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue).close()
    con = sqlite3.connect(doc_path)
    con.execute("UPDATE catalogue SET json = '{\"id\": 1}'")
    con.commit()
    con.close()
    _refused(doc_path, "damaged")


def test_header_is_read_without_sqlite(tmp_path):
    path = tmp_path / "fake.teia"
    header = bytearray(store.SQLITE_MAGIC + bytes(84))
    header[60:64] = struct.pack(">I", 1)
    header[68:72] = struct.pack(">I", store.APPLICATION_ID)
    path.write_bytes(bytes(header))
    assert store.read_header(path) == (store.APPLICATION_ID, 1)
    with pytest.raises(DocumentError):
        Assessment.open(path)


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError) as info:
        Assessment.open(tmp_path / "nowhere.teia")
    assert info.value.kind == "not_found"


def test_second_writer_is_refused(small_catalogue, doc_path):
    first = Assessment.create(doc_path, small_catalogue, holder="window")
    try:
        with pytest.raises(DocumentError) as info:
            Assessment.open(doc_path)
        assert info.value.kind == "locked_by"
        with Assessment.open(doc_path, readonly=True) as reader:  # reading while a window writes is fine
            assert reader.response("1.1").status == "not_started"
    finally:
        first.close()
    Assessment.open(doc_path).close()


def test_read_only_file_is_refused_for_writing(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue).close()
    os.chmod(doc_path, 0o444)
    try:
        if os.access(doc_path, os.W_OK):
            pytest.skip("running as a user who can write read-only files (root)")
        with pytest.raises(DocumentError) as info:
            Assessment.open(doc_path)
        assert info.value.kind == "read_only"
        with Assessment.open(doc_path, readonly=True) as doc:
            assert doc.response("1.1").status == "not_started"
    finally:
        os.chmod(doc_path, 0o644)


def test_save_copy_is_complete_and_independent(small_catalogue, doc_path, tmp_path):
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.update_response("1.1", evidence=KY)
        copy_path = doc.save_copy(tmp_path / "copy.teia")
        doc.update_response("1.1", evidence="changed later")
    with Assessment.open(copy_path) as copy:
        assert copy.response("1.1").evidence == KY
        assert copy.integrity_check() == ["ok"]


def test_lone_surrogates_and_nul_are_stored_safely(small_catalogue, doc_path):
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.update_response("1.1", evidence="a\ud800b\x00c")
    with Assessment.open(doc_path) as doc:
        assert doc.response("1.1").evidence == "a\ufffdbc"


def test_documents_and_copies_get_the_usual_permissions(small_catalogue, doc_path, tmp_path):
    """Atomic writes go through a private temporary file; the result must not stay private (0600)."""
    from model.document.store import DEFAULT_FILE_MODE

    with Assessment.create(doc_path, small_catalogue) as doc:
        copy = doc.save_copy(tmp_path / "copy.teia")
    for path in (doc_path, copy):
        assert path.stat().st_mode & 0o777 == DEFAULT_FILE_MODE


def test_responses_are_read_once_until_a_write_and_each_caller_gets_its_own_dict(small_catalogue, doc_path):
    from model.document import sqltrace

    doc = Assessment.create(doc_path, small_catalogue, title="Баалоо")
    try:
        first = doc.responses()
        with sqltrace.traced(doc._con) as statements:
            again = doc.responses()
        assert again == first and again is not first and not [s for s in statements if "response" in s]
        again["1.1"] = None  # the caller's dict: what it does with it is not seen by the next caller
        assert doc.responses()["1.1"] == first["1.1"]
        doc.update_response("1.1", evidence="жаңы ң")  # a write: read again
        assert doc.responses()["1.1"].evidence == "жаңы ң"
        doc.write([("UPDATE response SET gaps = 'из импорта' WHERE indicator_id = '1.2'", ())])
        assert doc.responses()["1.2"].gaps == "из импорта"
        with pytest.raises(RuntimeError):
            with doc.transaction():
                doc.write([("UPDATE response SET gaps = 'откат' WHERE indicator_id = '1.2'", ())])
                assert doc.responses()["1.2"].gaps == "откат"
                raise RuntimeError("the import stops")
        assert doc.responses()["1.2"].gaps == "из импорта"  # rolled back: not remembered as it was inside
    finally:
        doc.close()
    with Assessment.open(doc_path, readonly=True) as readonly:  # never remembered: another program may write
        readonly.responses()
        assert "responses" not in readonly._cache
