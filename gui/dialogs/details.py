"""Assessment details after creation: country, title, lead authority, authors, final; and the user's own name."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QTabWidget, QVBoxLayout, QWidget)

from gui.formats import format_timestamp
from gui.widgets.shared import plain_label


class DetailsDialog(QDialog):
    def __init__(self, meta: dict, user_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assessment details"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.country_edit = QLineEdit(str(meta.get("country") or ""))
        self.title_edit = QLineEdit(str(meta.get("title") or ""))
        self.lead_edit = QLineEdit(str(meta.get("lead_authority") or ""))
        self.authors_edit = QLineEdit(", ".join(meta.get("authors") or []))
        self.final_check = QCheckBox(self.tr("Final version (agreed; exports say \"Final\" instead of \"Draft\")"))
        self.final_check.setChecked(bool(meta.get("final")))
        self.user_edit = QLineEdit(user_name)
        self.user_edit.setPlaceholderText(self.tr("Recorded with each change, e.g. \"A. Asanova (MES)\""))
        for edit in (self.country_edit, self.title_edit, self.lead_edit, self.authors_edit):
            edit.setCursorPosition(0)  # show the start of a long title, not its end
        form.addRow(self.tr("&Country:"), self.country_edit)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Lead authority:"), self.lead_edit)
        form.addRow(self.tr("&Prepared by (names, separated by commas):"), self.authors_edit)
        form.addRow("", self.final_check)
        form.addRow(self.tr("&Your name on this computer:"), self.user_edit)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            buddy = field.widget() if field is not None else None  # None for a row holding a layout
            if isinstance(label_widget, QLabel) and buddy is not None:
                label_widget.setBuddy(buddy)
        layout.addLayout(form)
        layout.addWidget(self._report_tabs(meta))
        self.created_label = created = plain_label(self.tr("Created {0}; last changed {1}").format(
            format_timestamp(meta.get("created")), format_timestamp(meta.get("updated"))))
        created.setWordWrap(True)
        created.setStyleSheet("color: palette(mid);")
        layout.addWidget(created)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def _report_tabs(self, meta: dict) -> QTabWidget:
        """The report's title and executive summary in each language (model.report.sections)."""
        self._meta = meta
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("The report in each language"))
        self.title_edits: dict[str, QLineEdit] = {}
        self.summary_edits: dict[str, QPlainTextEdit] = {}
        own = str(meta.get("content_language") or "ru")
        names = {"en": self.tr("Report in English"), "ru": self.tr("Report in Russian"),
                 "ky": self.tr("Report in Kyrgyz")}
        for lang in ("en", "ru", "ky"):
            page = QWidget()
            page_form = QFormLayout(page)
            title = QLineEdit(str(meta.get(f"title_{lang}") or ""))
            title.setCursorPosition(0)
            if lang == own:
                title.setPlaceholderText(self.tr("Empty: the title above"))
            summary = QPlainTextEdit(str(meta.get(f"summary_{lang}") or ""))
            summary.setTabChangesFocus(True)
            summary.setPlaceholderText(self.tr("A few paragraphs printed first in the report, before the key "
                                               "figures"))
            title_label, summary_label = QLabel(self.tr("T&itle in this language:")), QLabel(self.tr("E&xecutive summary:"))
            title_label.setBuddy(title)
            summary_label.setBuddy(summary)
            page_form.addRow(title_label, title)
            page_form.addRow(summary_label, summary)
            self.title_edits[lang], self.summary_edits[lang] = title, summary
            tabs.addTab(page, names[lang])
        tabs.addTab(self._method_page(meta), self.tr("Meetings and abbreviations"))
        return tabs

    def _method_page(self, meta: dict) -> QWidget:
        """What the report's introduction says about how the assessment was made (model.report.intro)."""
        page = QWidget()
        page_form = QFormLayout(page)
        page_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.focal_edit = QLineEdit(str(meta.get("focal_point") or ""))
        self.focal_edit.setPlaceholderText(self.tr("Authority, person and contact"))
        self.meetings_edit = QPlainTextEdit(str(meta.get("meetings") or ""))
        self.meetings_edit.setPlaceholderText(self.tr("One meeting a line: date; place; participants"))
        self.abbreviations_edit = QPlainTextEdit(str(meta.get("abbreviations") or ""))
        self.abbreviations_edit.setPlaceholderText(self.tr("One a line: abbreviation — meaning"))
        for text, widget in ((self.tr("National &focal point:"), self.focal_edit),
                             (self.tr("&Meetings (one a line: date; place; participants):"), self.meetings_edit),
                             (self.tr("A&bbreviations (one a line: abbreviation — meaning):"), self.abbreviations_edit)):
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
            label = QLabel(text)
            label.setBuddy(widget)
            page_form.addRow(label, widget)
        return page

    def values(self) -> dict:
        texts = {f"title_{lang}": edit.text().strip() for lang, edit in self.title_edits.items()}
        texts.update({f"summary_{lang}": edit.toPlainText().strip() for lang, edit in self.summary_edits.items()})
        texts.update({"focal_point": self.focal_edit.text().strip(),
                      "meetings": self.meetings_edit.toPlainText().strip(),
                      "abbreviations": self.abbreviations_edit.toPlainText().strip()})
        changed = {key: value for key, value in texts.items() if value != str(self._meta.get(key) or "")}
        return {**changed,
            "country": self.country_edit.text().strip(), "title": self.title_edit.text().strip(),
            "lead_authority": self.lead_edit.text().strip(),
            "authors": [a.strip() for a in self.authors_edit.text().split(",") if a.strip()],
            "final": self.final_check.isChecked(),
        }

    def user_name(self) -> str:
        return self.user_edit.text().strip()
