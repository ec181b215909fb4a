"""Switching the interface language while working; Qt's own dialogs in Kyrgyz; dates and sorting per language."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QDialogButtonBox, QFileDialog, QGroupBox, QLabel, QLineEdit, QMenu, QMessageBox,
    QPlainTextEdit, QPushButton, QWidget,
)

from gui import i18n
from gui.formats import format_timestamp
from gui.main_window import MainWindow
from gui.messages import error_text
from gui.widgets.navigator import ID_ROLE
from gui.dialogs.new import NewAssessmentDialog
from model.app import settings as settings_store
from model.errors import DocumentError
from tests.gui.typing import type_text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
TYPED = " Дополнение: ң ө ү — Өзгөчө кырдаалдар"


def switch(lang: str, window: MainWindow | None = None) -> None:
    """Switch as the Language menu does; Qt posts LanguageChange, so let the event loop deliver it."""
    if window is None:
        i18n.install_language(lang)
    else:
        window.set_language(lang)
    QApplication.processEvents()


def _compile(ts: Path, qm: Path) -> None:
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory) -> Path:
    """The .ts files of this checkout compiled afresh, so the tests never see a stale .qm."""
    folder = tmp_path_factory.mktemp("qm")
    for ts in TRANSLATIONS.glob("*.ts"):
        _compile(ts, folder / (ts.stem + ".qm"))
    return folder


@pytest.fixture(autouse=True)
def languages(qapp, qm_dir, monkeypatch):
    # Windows of earlier tests, closed but not yet deleted, would also receive LanguageChange.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    yield
    switch("en")


def expected(lang: str, context: str, source: str) -> str:
    """The translation the committed .ts file gives for one source."""
    root = ET.parse(TRANSLATIONS / f"teia_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation")
    raise KeyError((context, source))


def english_sources() -> set[str]:
    """Every English source text, except the language names, which the Language menu shows in themselves."""
    root = ET.parse(TRANSLATIONS / "teia_ru.ts").getroot()
    return {m.findtext("source") for m in root.iter("message")} - set(i18n.NATIVE_NAMES.values())


def visible_texts(widget: QWidget) -> list[str]:
    texts = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, (QLineEdit, QPlainTextEdit)):
            texts.append(child.placeholderText())
    return [t for t in texts if t]


def menu_texts(window: MainWindow) -> list[str]:
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        if menu is not None:
            texts.extend(a.text() for a in menu.actions() if a.text())
    return texts


@pytest.fixture
def window(qtbot):
    win = MainWindow(settings_store.Settings(), "en")
    win.show()
    yield win
    switch("en")  # before closing, so no page is asked to retranslate a closed document
    if win.session is not None:
        win.close_document()
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# ----------------------------------------------------------------- switching while working
def test_switching_language_keeps_the_page_and_the_typing(window, qtbot):
    window.open_example()
    assert window.session is not None
    window.show_indicator("3.2")
    page = window.indicator_page
    evidence = page.text_edits["evidence"]
    qtbot.waitUntil(evidence.isVisible)
    evidence.setFocus()
    evidence.moveCursor(evidence.textCursor().MoveOperation.End)
    type_text(evidence, TYPED)
    typed = evidence.toPlainText()
    assert typed.endswith(TYPED)
    statement_ru = page.statement_label.text()
    english = english_sources()

    switch("ky", window)
    assert window.menuBar().actions()[1].text() == "&Түзөтүү"
    assert window.edit_menu.title() == expected("ky", "WindowMenus", "&Edit")
    assert window.language_menu.title() == expected("ky", "WindowMenus", "&Language")
    assert window.act_new.text() == expected("ky", "WindowMenus", "&New assessment…")
    assert window.act_next.text() == "&Кийинки көрсөткүч"
    assert "өз алдынча баалоо" in window.windowTitle()
    left = [t for t in menu_texts(window) if t in english]
    assert not left, f"English left in the Kyrgyz menus: {left}"
    assert page.text_labels["evidence"].text() == expected(
        "ky", "IndicatorPage", "&Evidence (laws, decrees, plans, reports, records)")
    assert page.criteria_box.title() == "Критерийлер — аткарылгандарын белгилеңиз"
    assert page.position_label.text().startswith("Көрсөткүч ")
    left = [t for t in visible_texts(page) if t in english]
    assert not left, f"English left on the Kyrgyz indicator page: {left}"
    # The same indicator, the typing kept (and saved), the indicator texts still in the document's language.
    assert window.current_indicator() == "3.2"
    assert window.navigator.currentIndex().data(ID_ROLE) == "3.2"
    assert evidence.toPlainText() == typed
    assert window.session.doc.response("3.2").evidence == typed
    assert page.statement_label.text() == statement_ru

    # Indicator texts in Kyrgyz too: navigator and page follow the content language.
    window.set_content_language("ky")
    catalogue = window.session.catalogue
    area = catalogue.area(catalogue.indicator("3.2").area_id)
    area_row = window.navigator.nav_model.index_of(area.id)
    assert area.title.text("ky") in area_row.data()
    assert catalogue.indicator("3.2").statement.text("ky") in window.navigator.currentIndex().data()
    assert catalogue.indicator("3.2").statement.text("ky") in page.statement_label.text()
    assert re.search("[ңөү]", page.statement_label.text() + area_row.data())
    assert evidence.toPlainText() == typed

    switch("ru", window)
    assert window.edit_menu.title() == "&Правка"
    assert window.act_about.text() == expected("ru", "WindowMenus", "&About TEIA Self-Assessment")
    assert page.text_labels["authority"].text() == "Ответственный о&рган"
    left = [t for t in menu_texts(window) + visible_texts(page) if t in english]
    assert not left, f"English left in Russian: {left}"
    assert window.current_indicator() == "3.2"
    assert evidence.toPlainText() == typed
    assert catalogue.indicator("3.2").statement.text("ky") in page.statement_label.text()

    switch("en", window)
    assert window.edit_menu.title() == "&Edit"
    assert page.text_labels["evidence"].text() == "&Evidence (laws, decrees, plans, reports, records)"
    assert evidence.toPlainText() == typed


def test_switching_after_closing_the_document(window):
    window.open_example()
    window.show_overview()
    window.close_document()
    switch("ky", window)  # the overview must not ask the closed document for its title
    assert window.start_page.new_button.text() == "Жаңы баалоо…"


def test_language_choice_is_remembered(window):
    switch("ky", window)
    assert settings_store.load().language == "ky"
    assert window.language_actions["ky"].isChecked()


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_start_page_overview_and_new_dialog_are_translated(window, qtbot, lang):
    english = english_sources()
    switch(lang, window)
    start = window.start_page
    assert start.new_button.text() == expected(lang, "StartPage", "New assessment…")
    assert not [t for t in visible_texts(start) if t in english]
    dialog = NewAssessmentDialog(window, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == expected(lang, "NewAssessmentDialog", "New assessment")
    texts = visible_texts(dialog)
    # Qt's own Russian keeps "OK"; our Kyrgyz says «Макул».
    left = [t for t in texts if t in english or t == "Cancel" or (lang == "ky" and t == "OK")]
    assert not left, f"English left in the new-assessment dialog: {left}"
    buttons = dialog.findChild(QDialogButtonBox)
    if buttons is not None and lang == "ky":
        assert {b.text() for b in buttons.buttons()} >= {"Жокко чыгаруу"}
    dialog.close()
    window.open_example()
    window.show_overview()
    assert not [t for t in visible_texts(window.overview) if t in english]


@pytest.mark.parametrize("lang", ["ru", "ky", "en"])
def test_accelerators_are_unique_in_each_menu(window, lang):
    switch(lang, window)
    groups = {"menu bar": [a.text() for a in window.menuBar().actions()]}
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None:
            groups[menu.title()] = [a.text() for a in menu.actions()]
            for sub in menu.findChildren(QMenu):
                groups[sub.title()] = [a.text() for a in sub.actions()]
    for name, texts in groups.items():
        letters = [m.group(1).lower() for t in texts for m in [re.search(r"&([^&\s])", t.replace("&&", ""))] if m]
        assert len(letters) == len(set(letters)), f"{lang}: accelerators repeat in {name}: {texts}"


def test_error_messages_are_translated():
    """A refused file must be explained in the interface language (gui/messages.py strings reach lupdate)."""
    error = DocumentError("not_found", file="/tmp/x.teia")
    english = error_text(error)
    for lang in ("ru", "ky"):
        switch(lang)
        assert error_text(error) != english, f"error message not translated into {lang}"
        assert "/tmp/x.teia" in error_text(error)


# ----------------------------------------------------------------- locale formats
def test_locale_follows_the_interface_language(window):
    moment = "2026-03-05T14:30:00Z"
    shown = {}
    for lang, name in (("ru", "ru_RU"), ("ky", "ky_KG"), ("en", "en_GB")):
        switch(lang, window)
        assert QLocale().name() == name
        shown[lang] = format_timestamp(moment)
    assert shown["ru"] != shown["en"]
    assert "05.03.2026" in shown["ru"]


# ----------------------------------------------------------------- Qt's own strings in Kyrgyz
def test_qtbase_kyrgyz_translates_qts_standard_strings(qm_dir):
    translator = QTranslator()
    assert translator.load(str(qm_dir / "qtbase_ky.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        t = QCoreApplication.translate
        assert t("QPlatformTheme", "Cancel") == "Жокко чыгаруу"
        assert t("QPlatformTheme", "Save") == "Сактоо"
        assert t("QPlatformTheme", "&Yes") == "&Ооба"
        assert t("QLineEdit", "Select All") == "Баарын белгилөө"
        assert t("QFileDialog", "Look in:") == "Папка:"
        assert t("QPrintPreviewDialog", "Print Preview") == "Басып чыгарууну алдын ала көрүү"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_standard_buttons_in_kyrgyz_after_switching(qtbot):
    switch("ky")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard
                           | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
                           | QDialogButtonBox.StandardButton.Help | QDialogButtonBox.StandardButton.Apply)
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Макул", "Жокко чыгаруу", "Сактоо", "Сактабоо", "&Ооба", "&Жок", "Маалымкат", "Колдонуу"}
    switch("ru")  # an open dialog follows a switch
    assert "Отмена" in {b.text() for b in box.buttons()}


def test_text_field_menus_and_message_box_in_kyrgyz(qtbot):
    switch("ky")
    for field in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        assert {"&Артка кайтаруу", "&Кайталоо", "&Кесип алуу", "&Көчүрүү", "&Чаптоо", "Өчүрүү"} <= set(texts), texts
        assert not [t for t in texts if re.search("[A-Za-z]{3}", t)], texts
        menu.deleteLater()
    box = QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Close)
    qtbot.addWidget(box)
    box.setDetailedText("details")
    labels = {b.text() for b in box.findChildren(QPushButton)}
    assert "Толугураак көрсөтүү..." in labels and "Жабуу" in labels, labels


def test_file_dialog_in_kyrgyz(qtbot):
    switch("ky")
    dialog = QFileDialog(None, "x", str(ROOT))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"&Папка:", "&Файлдын аты:", "Файлдын &түрү:"} <= labels, labels
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert "&Ачуу" in buttons and "Жокко чыгаруу" in buttons, buttons
    tree = dialog.findChild(QWidget, "treeView")
    headers = [tree.model().headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Аты", "Көлөмү", "Түрү", "Өзгөртүлгөн күнү"], headers


@pytest.mark.parametrize(("lang", "forms", "picks"), [
    ("ky_KG", 2, {1: 0, 2: 1, 5: 1, 21: 1}),
    ("ru_RU", 3, {1: 0, 2: 1, 5: 2, 21: 0, 22: 1, 11: 2}),
])
def test_plural_forms_lrelease_uses(tmp_path, lang, forms, picks):
    """Why NUMERUS_FORMS in tests/test_translations.py says ru 3, ky 2: lrelease picks forms this way."""
    body = "".join(f"<numerusform>F{i} %n</numerusform>" for i in range(forms))
    ts = tmp_path / "n.ts"
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{lang}">'
                  f'<context><name>P</name><message numerus="yes"><source>%n items</source>'
                  f"<translation>{body}</translation></message></context></TS>", encoding="utf-8")
    _compile(ts, tmp_path / "n.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "n.qm"))
    for n, form in picks.items():
        assert translator.translate("P", "%n items", None, n) == f"F{form} %n"


def test_file_dialog_in_russian_has_what_qts_own_russian_lacks(qtbot):
    switch("ru")
    dialog = QFileDialog(None, "x", str(ROOT))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"&Папка:", "&Тип файлов:", "&Имя файла:"} <= labels, labels  # ours, ours, Qt's


@pytest.mark.parametrize("lang, one, many", [
    ("en", "1 indicator. Double-click it", "5 indicators. Double-click one"),
    ("ru", "1 показатель.", "5 показателей."),
    ("ky", "1 көрсөткүч.", "5 көрсөткүч."),
])
def test_plural_forms_follow_the_language(qtbot, lang, one, many):
    from gui.dialogs.indicator_list import IndicatorListDialog
    from model.catalogue import builtin_catalogue

    switch(lang)
    catalogue = builtin_catalogue()
    texts = []
    for count in (1, 5):
        dialog = IndicatorListDialog(None, "x", catalogue, catalogue.indicator_ids()[:count], lang)
        qtbot.addWidget(dialog)
        texts.append(dialog.findChildren(QLabel)[0].text())
    assert texts[0].startswith(one) and texts[1].startswith(many), texts
