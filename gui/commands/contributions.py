"""The window's part in working with several authorities: File → Prepare contributions / Merge a contribution,
the banner of a contribution file, who holds what in the navigator, and an indicator that is not theirs
shown read-only in a contribution."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from gui.widgets.shared import plain_label
from model.document import contributors


class ContributionCommands(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.act_prepare = QAction(window)
        self.act_prepare.triggered.connect(self.prepare)
        self.act_merge = QAction(window)
        self.act_merge.triggered.connect(self.merge)
        self.banner = plain_label()
        self.banner.setObjectName("contribution-banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # names and titles typed by people
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#contribution-banner { background: #e2efda; color: #1e4620; border: 1px solid #9bc48a; "
            "padding: 6px 10px; }")
        self.banner.hide()

    def retranslate(self) -> None:
        self.act_prepare.setText(self.tr("Prepare con&tributions…"))
        self.act_merge.setText(self.tr("&Merge a contribution…"))
        self.update()

    @property
    def doc(self):
        return self.window.session.doc if self.window.session is not None else None

    def update(self) -> None:
        """After a document is opened or its contributors changed: banner, navigator, what may be used."""
        doc = self.doc
        info = contributors.contribution(doc) if doc is not None else None
        self.act_prepare.setEnabled(doc is not None and info is None and not doc.readonly)
        self.act_merge.setEnabled(doc is not None and not doc.readonly)
        if info is None:
            self.banner.hide()
        else:
            text = self.tr("Contribution of {0} to the assessment \"{1}\". You can change only the indicators "
                           "given to {0} (in all: {2}); the others are shown read-only. Send this file back to the lead "
                           "authority when it is done.").format(
                info.contributor.name, info.assessment_title or doc.path.stem, len(info.indicator_ids))
            self.banner.setText(text)
            self.banner.show()
        model = self.window.navigator.nav_model
        if doc is not None:
            labels = {c.id: c.label for c in contributors.contributors(doc)}
            holders = {item: labels[who] for item, who in contributors.assignments(doc).items() if who in labels}
            if holders != model.holders:  # the navigator was just filled with these responses: only names change
                model.holders = holders
                model.refresh(model.responses)

    def indicator_shown(self, indicator_id: str) -> None:
        """In a contribution, what is not theirs is shown but cannot be changed."""
        page = self.window.indicator_page
        # a final assessment (gui.commands.cycle) is not edited either
        editable = (self.doc is None or self.doc.editable(indicator_id)) and not page.frozen
        for widget in (page.criteria_box, page.level_box, page.consistency, page.complete_check,
                       page.add_attach_button, page.remove_attach_button):
            widget.setEnabled(editable)
        for edit in page.text_edits.values():
            edit.setReadOnly(not editable)

    def prepare(self) -> None:
        from gui.dialogs.contributions import ContributionsDialog

        if self.doc is None:
            return
        self.window.session.flush()
        ContributionsDialog(self.doc, self.window.content_lang, self.window).exec()
        self.update()
        self.window.overview.refresh()

    def merge(self) -> None:
        from gui.dialogs.merge import run_merge

        if self.window.session is None:
            return
        if run_merge(self.window, self.window.session):
            self.window.session.undo_stack.clear()  # its steps predate the merge
            self.window.refresh_views()
            self.update()
