"""The field-version triggers (model.document.tracking): the window's open (full_check_later) leaves them for
the connection's first write, off the first paint; a command's open makes them at once. Either way every write
records the versions a merge compares."""

from __future__ import annotations

from model.document import actionplan
from model.document.assessment import Assessment


def _temp_triggers(doc: Assessment) -> int:
    return doc.query("SELECT COUNT(*) FROM temp.sqlite_master WHERE type = 'trigger'")[0][0]


def test_opening_makes_no_trigger_and_the_first_write_records_its_field_version(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue, user="ana").close()
    with Assessment.open(doc_path, full_check_later=True) as doc:
        assert _temp_triggers(doc) == 0
        doc.update_response("1.1", evidence="Приказ № 5 ң")
        assert _temp_triggers(doc) > 0
        assert ("evidence",) in doc.query("SELECT field FROM field_state WHERE record = 'r:1.1'")
        action = actionplan.add_action(doc, "Обучить инспекторов", ["1.1"])
        actionplan.update_action(doc, action.id, status="ongoing")
        assert ("status",) in doc.query("SELECT field FROM field_state WHERE record = ?", (f"a:{action.uid}",))


def test_a_transaction_records_versions_and_a_read_only_document_gets_no_triggers(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue, user="ana").close()
    with Assessment.open(doc_path, full_check_later=True) as doc:
        with doc.transaction():
            doc.update_response("1.2", gaps="Нет плана")
        assert ("gaps",) in doc.query("SELECT field FROM field_state WHERE record = 'r:1.2'")
    with Assessment.open(doc_path, readonly=True) as reader:
        reader.response("1.2")
        assert _temp_triggers(reader) == 0 and not reader.tracks_fields


def test_a_command_open_makes_them_at_once(small_catalogue, doc_path):
    Assessment.create(doc_path, small_catalogue, user="ana").close()
    with Assessment.open(doc_path) as doc:
        before = _temp_triggers(doc)
        assert before > 0
        doc.update_response("1.1", evidence="Приказ")
        assert _temp_triggers(doc) == before and ("evidence",) in doc.query(
            "SELECT field FROM field_state WHERE record = 'r:1.1'")
