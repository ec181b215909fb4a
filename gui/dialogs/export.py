"""File → Export Word / Export Excel: choose format, language and file; the file is written off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from gui import jobs
from gui.commands import open_with
from gui.i18n import language_name
from gui.commands.replace_file import may_replace
from gui.session import document_and_session
from gui.widgets.shared import plain_label
from model.app import paths
from model.report import build as report

FORMATS = ("docx", "xlsx")


def write_report(content: report.Report, fmt: str, path: Path, chart_png: bytes | None,
                 progress_png: bytes | None = None) -> Path:
    """Render a ready Report to a file: plain data, so it may run off the GUI thread (no document is touched)."""
    if fmt == "docx":
        from model.formats import docx

        return docx.write(content, path, chart_png=chart_png, progress_png=progress_png)
    from model.formats import xlsx

    return xlsx.write(content, path)


class ExportDialog(QDialog):
    exported = Signal(str)

    def __init__(self, doc_or_session, fmt: str = "docx", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.session = document_and_session(doc_or_session)
        self.job: jobs.Job | None = None
        self.result_path: Path | None = None
        self.confirmed_path: Path | None = None  # the name the save dialog has asked about already
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)

        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("Word document (.docx)"), "docx")
        self.format_box.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.language_box = QComboBox()
        for code in ("ru", "ky", "en", "ru+en", "ky+ru"):
            self.language_box.addItem(language_name(code), code)
        content_language = str(self.doc.meta().get("content_language") or "ru")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(content_language)))
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        file_label = plain_label(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the writers give no steps
        self.progress.hide()
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.open_file_button = QPushButton(self.tr("Open file"))
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)
        done_row = QHBoxLayout()
        done_row.addWidget(self.open_file_button)
        done_row.addWidget(self.open_folder_button)
        done_row.addStretch(1)
        for button in (self.open_file_button, self.open_folder_button):
            button.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(done_row)
        layout.addWidget(self.buttons)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
        self.format_box.currentIndexChanged.connect(self.suggest_path)
        self.language_box.currentIndexChanged.connect(self.suggest_path)
        self.suggest_path()

    @property
    def fmt(self) -> str:
        return self.format_box.currentData()

    @property
    def lang(self) -> str:
        return self.language_box.currentData()

    def suggest_path(self) -> None:
        # Beside the document, unless that is the application's own folder (the example): then in Documents.
        text = self.path_edit.text()
        folder = Path(text).parent if text else paths.user_folder(self.doc.path.parent)
        self.path_edit.setText(str(folder / f"{self.doc.path.stem}-{self.lang}.{self.fmt}"))

    def browse(self) -> None:
        pattern = self.tr("Word documents (*.docx)") if self.fmt == "docx" else self.tr("Excel workbooks (*.xlsx)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(), pattern)
        if name:
            # Qt asked about replacing the name it returned, not about one we complete with an extension
            self.confirmed_path = Path(name) if name.lower().endswith(f".{self.fmt}") else None
            if self.confirmed_path is None:
                name += f".{self.fmt}"
            self.path_edit.setText(name)

    def start(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text)
        if path.suffix.lower() != f".{self.fmt}":
            path = path.with_name(path.name + f".{self.fmt}")
        if not may_replace(self, path, self.confirmed_path):
            return
        try:
            if self.session is not None:
                self.session.flush()
            content = report.build(self.doc, self.lang)
            # import the writer (python-docx / openpyxl) here, so the thread only renders
            if self.fmt == "docx":
                import model.formats.docx  # noqa: F401
            else:
                import model.formats.xlsx  # noqa: F401
            chart = progress_png = None
            if self.fmt == "docx":
                from render.radar import radar_png

                chart = radar_png(*report.chart_data(content), lang=content.langs[0])
                progress = report.progress_chart_args(content)
                progress_png = radar_png(**progress) if progress else None
        except Exception as error:
            self.show_error(error)
            return
        self.export_button.setEnabled(False)
        for button in (self.open_file_button, self.open_folder_button):
            button.hide()
        self.progress.show()
        self.status.setText(self.tr("Writing {0}…").format(path.name))
        fmt = self.fmt
        self.job = jobs.run(self, lambda _progress: write_report(content, fmt, path, chart, progress_png),
                            on_success=self.finished_ok, on_failure=self.finished_failed)

    def finished_ok(self, written: Path) -> None:
        self._job_done()
        self.result_path = Path(written)
        path = str(written)
        self.status.setText(self.tr("Saved {0}").format(path))
        for button in (self.open_file_button, self.open_folder_button):
            button.show()
        self.open_file_button.setFocus()
        self.exported.emit(path)

    def finished_failed(self, error: BaseException) -> None:
        self._job_done()
        self.status.clear()
        self.show_error(error)

    def _job_done(self) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.job = None

    def show_error(self, error: BaseException) -> None:
        jobs.show_failure(self, self.tr("Export failed"), error)

    def open_file(self) -> None:
        if self.result_path is not None:
            open_with.open_file(self, self.result_path)

    def open_folder(self) -> None:
        if self.result_path is not None:
            open_with.open_folder(self, self.result_path.parent)

    def reject(self) -> None:
        if self.job is not None:  # let a running export finish rather than leave a thread behind
            self.job.wait()
        super().reject()


def run_export(parent: QWidget | None, doc_or_session, fmt: str = "docx") -> str | None:
    """Show the export dialog (modal); returns the path written, or None."""
    dialog = ExportDialog(doc_or_session, fmt, parent)
    dialog.exec()
    return str(dialog.result_path) if dialog.result_path else None
