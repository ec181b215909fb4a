"""A document on read-only storage opens for reading, with a banner offering "Save a copy to edit"; nothing
beside it is written (no journal, no lock file, no backup beside it)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QFileDialog

from model.document.assessment import Assessment
from model.errors import DocumentError
from tests.safety.test_storage import _digest, mounts, write_protected  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a read-only bind mount")


@pytest.fixture
def protected(write_protected):
    return write_protected


def test_the_model_falls_back_to_reading_only_when_asked(protected):
    with pytest.raises(DocumentError) as refused:
        Assessment.open(protected)
    assert refused.value.kind == "read_only"
    with Assessment.open(protected, holder="window", fallback_read_only=True) as doc:
        assert doc.readonly and doc.response("1.1").description == "Жазылган ң"


def test_the_window_opens_it_with_a_banner_and_a_copy_can_be_edited(qtbot, protected, tmp_path, monkeypatch):
    from gui.main_window import MainWindow
    from gui.widgets.shared import PlainMessageBox
    from model.app.settings import Settings

    before = _digest(protected)
    shown: list[str] = []
    monkeypatch.setattr(PlainMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
    window = MainWindow(Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(str(protected)), shown
    assert window.session.doc.readonly
    assert window.read_only_banner.isVisible()
    assert window.read_only_banner.button.text() == "Save a copy to edit"

    copy = tmp_path / "editable.teia"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(copy), ""))
    window.read_only_banner.button.click()
    assert window.session.doc.path == copy and not window.session.doc.readonly
    assert not window.read_only_banner.isVisible()
    window.session.doc.update_response("1.1", description="в копии")
    window.close_document()
    assert _digest(protected) == before
    assert sorted(p.name for p in protected.parent.iterdir()) == ["doc.teia"]
    assert shown == []
