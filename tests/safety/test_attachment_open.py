"""Open on an attachment whose stored name is a path (edited into the document by hand) writes inside the
folder of opened attachments, never where the name points."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from PySide6.QtGui import QDesktopServices

from gui.pages.indicator import IndicatorPage
from gui.session import DocumentSession
from model.app import paths
from model.document.assessment import Assessment


def test_open_keeps_a_path_like_stored_name_in_its_folder(qtbot, doc_path, small_catalogue, tmp_path, monkeypatch):
    escaped = tmp_path / "escaped.txt"
    with Assessment.create(doc_path, small_catalogue) as doc:
        doc.add_attachment("1.1", "harmless.txt", b"payload")
    # The document is edited outside the application: the name now climbs out of any folder.
    climb = "../" * 12 + str(escaped).lstrip("/")
    with closing(sqlite3.connect(doc_path)) as con, con:
        con.execute("UPDATE attachment SET name = ?", (climb,))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    doc = Assessment.open(doc_path)
    page = IndicatorPage()
    qtbot.addWidget(page)
    page.show_indicator(DocumentSession(doc), "1.1", "en")
    page.attach_list.setCurrentRow(0)
    page._open_attachment()
    page.session = page.indicator = None  # as the window does on closing: later language changes skip the page
    doc.close()
    folder = (paths.data_dir() / "opened-attachments").resolve()
    assert not escaped.exists()
    assert len(opened) == 1 and opened[0].startswith(str(folder))
    written = [p for p in folder.iterdir()]
    assert [p.read_bytes() for p in written] == [b"payload"] and written[0].name.endswith("escaped.txt")
