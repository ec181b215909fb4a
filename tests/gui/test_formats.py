"""One date, time and size format per interface language, in every label, table and dialog."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QDateTime, Qt

from gui import i18n
from gui.dialogs.details import DetailsDialog
from gui.formats import date_pattern, format_date, format_moment, format_size, format_timestamp
from gui.dialogs.history import HistoryDialog
from model.document import actionplan
from model.document.assessment import Assessment

STAMP = "2026-12-01T19:37:00Z"


@pytest.fixture
def lang(qapp):
    """Switch the interface language for one test (translators and QLocale), back to English after."""
    yield i18n.install_language
    i18n.install_language("en")


def _local(stamp: str) -> QDateTime:
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def test_kyrgyz_dates_are_written_like_russian_ones(lang):
    local = _local(STAMP)
    expected_day = local.date().toString("dd.MM.yyyy")
    shown = {}
    for code in ("ru", "ky"):
        lang(code)
        shown[code] = format_timestamp(STAMP, with_seconds=True)
        assert format_date("2026-12-01") == "01.12.2026"
        assert date_pattern() == "dd.MM.yyyy"
    assert shown["ru"] == shown["ky"] == f"{expected_day} {local.time().toString('HH:mm:ss')}"
    lang("en")
    assert format_date("2026-12-01") == "01/12/2026"  # a four-digit year in every language


def test_moments_and_timestamps_share_one_format(lang):
    lang("ky")
    moment = datetime(2026, 12, 1, 19, 37, tzinfo=timezone.utc)
    assert format_moment(moment) == format_timestamp(STAMP, with_seconds=True)
    assert format_timestamp(STAMP) == format_moment(moment, with_seconds=False)


def test_sizes_follow_the_locale(lang):
    lang("ru")
    assert format_size(20 * 1024 * 1024) == "20,0\u00a0МБ"
    assert format_size(25 * 1024 * 1024, 0) == "25\u00a0МБ"
    lang("en")
    assert format_size(30 * 1024 * 1024) == "30.0\u00a0MB"


def test_percentages_in_the_window_are_written_as_in_the_reports(lang):
    from gui.formats import format_number, format_percent
    from model.report import formatting

    for code in ("ru", "ky", "en"):
        lang(code)
        assert format_percent(0.42) == formatting.percent(0.42, code)
        assert format_number(2.5) == formatting.number(2.5, code)
    assert format_percent(0.42) == "42%"
    lang("ky")
    assert format_percent(0.42) == "42\u00a0%" and format_number(2.5) == "2,5"


def test_the_date_editors_pattern_writes_what_the_formatter_writes(lang):
    from PySide6.QtCore import QDate

    from model.report import formatting

    for code in ("ru", "ky", "en"):
        lang(code)
        assert QDate(2026, 3, 5).toString(date_pattern()) == formatting.date_numeric("2026-03-05", code)


@pytest.fixture
def edited_doc(doc_path, small_catalogue):
    doc = Assessment.create(doc_path, small_catalogue, title="Өз алдынча баалоо", user="Асанова")
    indicator = next(small_catalogue.indicators())
    doc.update_response(indicator.id, criteria_met=(indicator.criteria[0].id,))
    doc.update_response(indicator.id, status="complete")
    doc.set_meta(title="Жаңы аталыш")
    action = actionplan.add_action(doc, "Мыйзамды өзгөртүү", (indicator.id,))
    actionplan.update_action(doc, action.id, due_date="2027-03-05")
    yield doc
    doc.close()


def _cells(dialog: HistoryDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_history_names_fields_and_ways_in_words(qtbot, edited_doc, lang):
    lang("en")  # whatever locale an earlier test left
    dialog = HistoryDialog(edited_doc.history(), "History", None,
                           {a.uid[:8]: a.title for a in actionplan.actions(edited_doc)})
    qtbot.addWidget(dialog)
    what, before, after, how = (_cells(dialog, c) for c in (3, 4, 5, 6))
    internal = {"criteria_met", "status", "meta.title", "edit", "created", "create", "action"}
    assert not internal & set(what + how), (what, how)
    assert not any(w.startswith("action ") for w in what)
    assert {"Criteria met", "Status", "Title", "Assessment created"} <= set(what)
    assert "Due — Мыйзамды өзгөртүү" in what
    assert "Complete" in after and "05/03/2027" in after  # codes and dates as people read them
    assert set(how) == {"In the window", "New assessment"}
    assert format_timestamp(edited_doc.history()[0].at, with_seconds=True) == _cells(dialog, 0)[0]


def test_history_columns_show_their_headers_whole(qtbot, edited_doc, lang):
    lang("ky")
    dialog = HistoryDialog(edited_doc.history(), "History", None)
    qtbot.addWidget(dialog)
    dialog.show()
    header = dialog.table.horizontalHeader()
    for column in range(dialog.model.columnCount()):
        text = dialog.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(text) <= header.sectionSize(column), text


def test_details_show_dates_in_the_interface_language(qtbot, edited_doc, lang):
    lang("ky")
    meta = edited_doc.meta()
    dialog = DetailsDialog(meta, "Асанова")
    qtbot.addWidget(dialog)
    text = dialog.created_label.text()
    assert "T" not in text.replace("Created", "") and "Z" not in text, text
    assert format_timestamp(meta["created"]) in text and format_timestamp(meta["updated"]) in text


def test_attachment_sizes_are_the_real_ones_in_the_locale(qtbot, tmp_path, monkeypatch, lang):
    from PySide6.QtWidgets import QFileDialog

    from gui.widgets.shared import PlainMessageBox

    from gui.main_window import MainWindow
    from model.app import settings as settings_store

    lang("ru")
    window = MainWindow(settings_store.Settings(), "ru")
    qtbot.addWidget(window)
    window.open_example()
    try:
        window.show_indicator("1.1")
        page = window.indicator_page
        big, fits = tmp_path / "скан 30.pdf", tmp_path / "скан 20.pdf"
        for path, megabytes in ((big, 30), (fits, 20)):
            with open(path, "wb") as handle:
                handle.truncate(megabytes * 1024 * 1024)  # sparse: no 50 MB written to the disk
        shown = []
        monkeypatch.setattr(PlainMessageBox, "warning", lambda *args, **kwargs: shown.append(args[2]))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(big), str(fits)], ""))
        page._add_attachment()
        assert len(shown) == 1 and format_size(30 * 1024 * 1024) in shown[0], shown
        limit = format_size(25 * 1024 * 1024, 0)
        assert limit in shown[0] and "скан 30.pdf" in shown[0]
        assert page.attach_limit_label.text().count(limit) == 1  # the page and the message say the same limit
        listed = [page.attach_list.item(i).text() for i in range(page.attach_list.count())]
        assert f"скан 20.pdf  ({format_size(20 * 1024 * 1024)})" in listed, listed
        assert not any("КБ" in text or "KB" in text for text in listed)
    finally:
        window.close_document()
