"""File → Print preview, Print and Export PDF: choose what to print, then preview, print or write a PDF.

Entry points for the window: ``print_preview``, ``print_report`` and ``export_pdf``; each takes the parent
widget and the open ``DocumentSession`` (or None: blank forms of the built-in catalogue). The PDF is drawn
in a worker thread with a progress dialog; failures become a message box.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout,
    QGridLayout, QGroupBox, QListWidget, QListWidgetItem, QMessageBox, QProgressDialog,
    QRadioButton, QVBoxLayout, QWidget,
)

from gui import jobs
from gui.commands import open_with
from render import printing
from gui.i18n import language_name
from gui.messages import error_text
from gui.commands.replace_file import may_replace
from gui.widgets.shared import PlainMessageBox, plain_label
from model.filenames import file_name_part
from model.report import build as report_model
from model.catalogue import Catalogue, builtin_catalogue

@dataclass(frozen=True)
class PrintChoice:
    """What the person chose: the printout and its page setup, and the language of its content."""

    options: printing.PrintOptions
    lang: str = "ru"


class PrintSetupDialog(QDialog):
    """Choose the printout (blank forms, filled assessment, action plan), language, areas and page setup."""

    def __init__(self, catalogue: Catalogue, *, has_document: bool, lang: str = "ru", for_pdf: bool = False,
                 initial: PrintChoice | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle(self.tr("Export PDF") if for_pdf else self.tr("Print"))
        layout = QVBoxLayout(self)

        kinds = QGroupBox(self.tr("What to print"))
        kinds_layout = QVBoxLayout(kinds)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for kind, text in (("blank", self.tr("Blank forms for a meeting")),
                           ("filled", self.tr("The filled assessment")),
                           ("plan", self.tr("The action plan (landscape)")),
                           ("register_form", self.tr("A blank form for an operator's data for the register"))):
            button = QRadioButton(text)
            button.setEnabled(has_document or kind in ("blank", "register_form"))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds_layout.addWidget(button)
        layout.addWidget(kinds)

        form = QFormLayout()
        self.language = QComboBox()
        for code in report_model.LANGUAGE_CHOICES:
            self.language.addItem(language_name(code), code)
        form.addRow(self.tr("Language"), self.language)
        layout.addLayout(form)

        self.areas_box = QGroupBox(self.tr("Areas"))
        areas_layout = QVBoxLayout(self.areas_box)
        self.areas = QListWidget()
        self.areas.setMinimumHeight(140)
        self.areas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.areas.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMinimumWidth(520)
        for area in catalogue.areas:
            item = QListWidgetItem(f"{area.id}. {area.title.text(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.areas.addItem(item)
        areas_layout.addWidget(self.areas)
        layout.addWidget(self.areas_box)

        page = QGroupBox(self.tr("Page"))
        grid = QGridLayout(page)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("Letter"), "Letter")
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Portrait"), False)
        self.orientation.addItem(self.tr("Landscape"), True)
        grid.addWidget(plain_label(self.tr("Paper")), 0, 0)
        grid.addWidget(self.paper, 0, 1)
        grid.addWidget(plain_label(self.tr("Orientation")), 0, 2)
        grid.addWidget(self.orientation, 0, 3)
        self.margins: list[QDoubleSpinBox] = []
        for index, text in enumerate((self.tr("Left margin"), self.tr("Top margin"), self.tr("Right margin"),
                                      self.tr("Bottom margin"))):
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 60.0)
            spin.setDecimals(0)
            spin.setSuffix(self.tr(" mm"))
            self.margins.append(spin)
            row, column = 1 + index % 2, (index // 2) * 2  # left and right on the first row, top and bottom below
            grid.addWidget(plain_label(text), row, column)
            grid.addWidget(spin, row, column + 1)
        layout.addWidget(page)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

        first = initial or PrintChoice(printing.PrintOptions(kind="filled" if has_document else "blank"), lang)
        if not has_document:
            first = replace(first, options=replace(first.options, kind="blank"))
        self.set_choice(first)
        self.kind_group.buttonToggled.connect(self._kind_changed)
        self.areas.itemChanged.connect(self._update_ok)

    def set_choice(self, choice: PrintChoice) -> None:
        o = choice.options
        self.kind_buttons[o.kind].setChecked(True)
        index = self.language.findData(choice.lang)
        self.language.setCurrentIndex(max(0, index))
        self.paper.setCurrentIndex(max(0, self.paper.findData(o.paper)))
        self.orientation.setCurrentIndex(1 if o.is_landscape() else 0)
        for spin, value in zip(self.margins, o.margins_mm):
            spin.setValue(value)
        wanted = set(o.areas)
        for row in range(self.areas.count()):
            item = self.areas.item(row)
            checked = not wanted or item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.areas_box.setEnabled(o.kind in ("blank", "filled"))
        self._update_ok()

    def kind(self) -> str:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def _kind_changed(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        kind = self.kind()
        self.orientation.setCurrentIndex(1 if kind == "plan" else 0)
        self.areas_box.setEnabled(kind in ("blank", "filled"))  # the plan and the register form are printed whole
        self._update_ok()

    def chosen_areas(self) -> tuple[str, ...]:
        items = [self.areas.item(row) for row in range(self.areas.count())]
        checked = tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)
        return () if len(checked) == len(items) else checked

    def _update_ok(self) -> None:
        none_checked = all(self.areas.item(r).checkState() != Qt.CheckState.Checked for r in range(self.areas.count()))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.kind() not in ("blank", "filled") or not none_checked)

    def choice(self) -> PrintChoice:
        kind = self.kind()
        left, top, right, bottom = (spin.value() for spin in self.margins)  # the four spin boxes of __init__
        options = printing.PrintOptions(
            kind=kind, paper=self.paper.currentData(), landscape=bool(self.orientation.currentData()),
            margins_mm=(left, top, right, bottom),
            areas=self.chosen_areas() if kind in ("blank", "filled") else ())
        return PrintChoice(options, self.language.currentData())


def choose(parent: QWidget | None, session, lang: str, *, for_pdf: bool,
           initial: PrintChoice | None = None) -> PrintChoice | None:
    """Show the setup dialog; None when cancelled."""
    catalogue = session.catalogue if session is not None else builtin_catalogue()
    dialog = PrintSetupDialog(catalogue, has_document=session is not None, lang=lang, for_pdf=for_pdf,
                              initial=initial, parent=parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
    finally:
        dialog.deleteLater()


def build_report(session, choice: PrintChoice) -> report_model.Report:
    """The report to print: the open document (its typing written first), or the built-in catalogue, blank."""
    if session is None:
        return report_model.build_blank(builtin_catalogue(), choice.lang)
    session.flush()
    return report_model.build(session.doc, choice.lang)


def _printer(choice: PrintChoice, content: report_model.Report) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(choice.options.page_layout())
    printer.setDocName(printing.running_title(content, choice.options.kind))
    return printer


def _error(parent: QWidget | None, error: BaseException) -> None:
    PlainMessageBox.warning(parent, QCoreApplication.translate("PrintDialog", "Printing failed"), error_text(error))


def print_preview(parent: QWidget | None, session, lang: str = "ru", *, choice: PrintChoice | None = None) -> bool:
    """File → Print preview: choose the printout, then show it in Qt's preview (which can print it)."""
    choice = choice or choose(parent, session, lang, for_pdf=False)
    if choice is None:
        return False
    try:
        content = build_report(session, choice)
    except Exception as error:  # noqa: BLE001 - shown to the person, never swallowed silently
        _error(parent, error)
        return False
    printer = _printer(choice, content)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(QCoreApplication.translate("PrintDialog", "Print preview"))
    failures: list[BaseException] = []

    def paint(target: QPrinter) -> None:
        try:
            printing.render(content, target, choice.options)
        except Exception as error:  # noqa: BLE001
            failures.append(error)

    preview.paintRequested.connect(paint)
    preview.exec()
    preview.deleteLater()
    if failures:
        _error(parent, failures[0])
        return False
    return True


def print_report(parent: QWidget | None, session, lang: str = "ru", *, choice: PrintChoice | None = None) -> bool:
    """File → Print: choose the printout, then the printer in the system dialog, and print."""
    choice = choice or choose(parent, session, lang, for_pdf=False)
    if choice is None:
        return False
    try:
        content = build_report(session, choice)
    except Exception as error:  # noqa: BLE001
        _error(parent, error)
        return False
    printer = _printer(choice, content)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintDialog", "Print"))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if not accepted:
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        printing.render(content, printer, choice.options)
    except Exception as error:  # noqa: BLE001
        QApplication.restoreOverrideCursor()
        _error(parent, error)
        return False
    QApplication.restoreOverrideCursor()
    return True


def default_pdf_name(session, kind: str) -> str:
    stem = session.doc.path.stem if session is not None else "TEIA"
    suffix = {"blank": QCoreApplication.translate("PrintDialog", "blank forms"),
              "filled": QCoreApplication.translate("PrintDialog", "self-assessment"),
              "plan": QCoreApplication.translate("PrintDialog", "action plan"),
              "register_form": QCoreApplication.translate("PrintDialog", "register form")}[kind]
    return f"{stem} - {file_name_part(suffix)}.pdf"


def export_pdf(parent: QWidget | None, session, lang: str = "ru", *, folder: str | None = None,
               choice: PrintChoice | None = None, path: str | None = None) -> jobs.Job | None:
    """File → Export PDF: choose the printout and a file, then write it in the background with progress.

    Returns the running job (gui.jobs; its ``done`` signal reports the end, after the result was shown), or
    None when the person cancelled a dialog.
    """
    choice = choice or choose(parent, session, lang, for_pdf=True)
    if choice is None:
        return None
    if path is None:
        start = str(Path(folder or (session.doc.path.parent if session is not None else Path.home()))
                    / default_pdf_name(session, choice.options.kind))
        path, _filter = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("PrintDialog", "Export PDF"),
                                                    start, QCoreApplication.translate("PrintDialog", "PDF files (*.pdf)"))
        if not path:
            return None
        confirmed = path  # the save dialog asked about this name; a completed ".pdf" name is asked below
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if not may_replace(parent, path, confirmed):
            return None
    try:
        content = build_report(session, choice)
        choice.options.page_layout()  # refuse bad page settings before starting the thread
    except Exception as error:  # noqa: BLE001
        _error(parent, error)
        return None
    progress = QProgressDialog(QCoreApplication.translate("PrintDialog", "Writing {0}…").format(Path(path).name),
                               QCoreApplication.translate("PrintDialog", "Cancel"), 0, 0, parent)
    progress.setLabel(plain_label(progress.labelText()))  # the file's name, shown as it is
    progress.setWindowTitle(QCoreApplication.translate("PrintDialog", "Export PDF"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def write(report: jobs.Progress) -> tuple[Path, int]:
        try:
            return printing.write_pdf(content, path, choice.options, report)
        except printing.RenderCancelled:
            raise jobs.Cancelled from None

    def advance(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        progress.setLabelText(QCoreApplication.translate("PrintDialog", "Writing page {0} of {1}…").format(
            min(done + 1, total), total))

    def finish() -> None:
        progress.reset()
        progress.deleteLater()

    def succeeded(written: tuple[Path, int]) -> None:
        finish()
        show_written(parent, str(written[0]), written[1])

    def failed(error: BaseException) -> None:
        finish()
        _error(parent, error)

    job = jobs.run(parent, write, on_success=succeeded, on_failure=failed, on_progress=advance, on_cancel=finish)
    progress.canceled.connect(job.cancel)
    return job


class PdfWrittenBox(PlainMessageBox):
    """Where the PDF is, with "Open file" and "Open folder"."""

    def __init__(self, parent: QWidget | None, path: str, pages: int) -> None:
        super().__init__(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Close, parent)
        self.path = path
        self.setWindowTitle(self.tr("PDF written"))
        self.setText(self.tr("{0} (%n page(s)) was written.", "", pages).format(path))
        self.open_file = self.addButton(self.tr("Open file"), QMessageBox.ButtonRole.ActionRole)
        self.open_folder = self.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)


def show_written(parent: QWidget | None, path: str, pages: int) -> None:
    """Tell where the PDF is; open the file or its folder if asked."""
    box = PdfWrittenBox(parent, path, pages)
    box.exec()
    clicked = box.clickedButton()
    if clicked is box.open_file:
        open_with.open_file(parent, path)
    elif clicked is box.open_folder:
        open_with.open_folder(parent, Path(path).parent)
    box.deleteLater()


__all__ = ["PrintChoice", "PrintSetupDialog", "print_preview", "print_report", "export_pdf",
           "build_report", "show_written", "PdfWrittenBox"]
