"""The open document as the window sees it: staged edits written within a second, undo, saved-state signals."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from model.catalogue import Catalogue
from model.document import actionplan
from model.document.assessment import Assessment, AttachmentInfo, Response
from model.errors import DocumentError

# Typing is written this long after the last keystroke (well inside the one-second promise).
DEBOUNCE_MS = 400
# ...and never later than this after the first keystroke not yet written, however steadily someone types
# (the debounce alone restarts on every key, so continuous typing would stay in memory until a pause).
# Below one second, leaving room for the commit itself and for a timer that fires late on a busy laptop.
MAX_WAIT_MS = 700
T = TypeVar("T")


class ResponseEdit(QUndoCommand):
    """One change to one response field; consecutive typing in the same field merges into one step."""

    MERGE_ID = 1001

    def __init__(self, session: "DocumentSession", indicator_id: str, field: str, old: object, new: object,
                 text: str) -> None:
        super().__init__(text)
        self.session, self.indicator_id, self.field = session, indicator_id, field
        self.old, self.new = old, new
        self._applied = True  # pushed after the change already reached the disk

    def id(self) -> int:
        return self.MERGE_ID if isinstance(self.new, str) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ResponseEdit) or (other.indicator_id, other.field) != (self.indicator_id, self.field):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.session.apply(self.indicator_id, {self.field: self.new})

    def undo(self) -> None:
        self.session.apply(self.indicator_id, {self.field: self.old})


RATING_FIELDS = ("level", "not_applicable")


class RatingEdit(ResponseEdit):
    """A level or "not applicable" chosen: both fields together, since each clears the other."""

    def __init__(self, session: "DocumentSession", indicator_id: str, old: dict[str, object],
                 new: dict[str, object], text: str) -> None:
        super().__init__(session, indicator_id, "rating", old, new, text)
        self.old_fields, self.new_fields = old, new  # typed: ResponseEdit's old/new hold one field's value

    def id(self) -> int:
        return -1  # never merged

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.session.apply(self.indicator_id, dict(self.new_fields))

    def undo(self) -> None:
        self.session.apply(self.indicator_id, dict(self.old_fields))


class ActionEdit(QUndoCommand):
    """A change to fields of one action in the plan (editing a cell), undoable like response edits."""

    def __init__(self, session: "DocumentSession", action_id: int, old: dict, new: dict, text: str) -> None:
        super().__init__(text)
        self.session, self.action_id, self.old, self.new = session, action_id, old, new
        self._applied = True  # pushed after the change already reached the disk

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.session.update_action(self.action_id, record=False, **self.new)

    def undo(self) -> None:
        self.session.update_action(self.action_id, record=False, **self.old)


class ActionAdded(QUndoCommand):
    """Adding an action: undo deletes it, redo puts the very same action (number, uid, fields) back."""

    def __init__(self, session: "DocumentSession", snapshot, text: str) -> None:
        super().__init__(text)
        self.session, self.snapshot = session, snapshot
        self._applied = True  # pushed after the change already reached the disk

    def _put_back(self) -> None:
        self.session.restore_action(self.snapshot)

    def _take_away(self) -> None:
        snapshot = self.session.delete_action(self.snapshot.id, record=False)
        if snapshot is not None:
            self.snapshot = snapshot  # with the edits made to it since

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._put_back()

    def undo(self) -> None:
        self._take_away()


class ActionDeleted(ActionAdded):
    """Deleting an action: undo puts it back as it was, redo deletes it again."""

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._take_away()

    def undo(self) -> None:
        self._put_back()


class DocumentSession(QObject):
    """Owns the Assessment while it is open in the window."""

    responseChanged = Signal(str, object)  # indicator id, the Response as it is now stored
    saved = Signal(str)  # ISO time of the last commit
    failed = Signal(object)  # DocumentError
    metaChanged = Signal()
    actionsChanged = Signal()
    actionChanged = Signal(object)  # the Action as it is now stored
    actionAdded = Signal(object, bool)  # an Action added, and whether it was put back (undo of a delete, redo)
    actionDeleted = Signal(int)  # the number of an action deleted (or an add undone)

    def __init__(self, doc: Assessment, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = QUndoStack(self)
        self._pending: dict[tuple[str, str], object] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._deadline = QTimer(self)  # started by the first unsaved keystroke, not restarted by the next ones
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_WAIT_MS)
        self._deadline.timeout.connect(self.flush)
        self.full_check_job = None

    def start_full_check(self):
        """A document opened after SQLite's quick_check (Assessment.open with full_check_later): its full check
        runs in a worker, started once the window has painted the document (so that it takes no time from what
        is shown first). Writes wait for it in the model, or run it themselves if it has not started, and are
        refused if it fails; a failure is emitted as ``failed`` (the window says that nothing is saved any more,
        and why). Returns the job, or None when there is nothing to check."""
        doc = self.doc
        check = doc.full_check
        if check is None or check.done or doc.closed or self.full_check_job is not None:
            return None
        from gui import jobs

        def checked(problem: DocumentError | None) -> None:
            if problem is not None and not doc.closed:
                self.failed.emit(problem)

        self.full_check_job = jobs.run(None, lambda _progress: check.run(), on_success=checked)
        return self.full_check_job

    @property
    def catalogue(self) -> Catalogue:
        return self.doc.catalogue

    def response(self, indicator_id: str) -> Response:
        """The stored response with any staged (not yet written) typing applied."""
        response = self.doc.response(indicator_id)
        staged = {f: v for (i, f), v in self._pending.items() if i == indicator_id}
        if staged:
            # staged typing is only ever the four text fields, all str (stage() is called by the text
            # editors); the dataclass plugin cannot see that from a dict[str, object]
            response = replace(response, **staged)  # type: ignore[arg-type]
        return response

    def stage(self, indicator_id: str, field: str, value: object) -> None:
        """Typing: remember the value; write it DEBOUNCE_MS after the last keystroke, or MAX_WAIT_MS after the first."""
        self._pending[(indicator_id, field)] = value
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def change(self, indicator_id: str, field: str, value: object, label: str) -> bool:
        """A discrete change (level, criterion, status): written at once, undoable."""
        self.flush()
        before = self.doc.response(indicator_id)
        old = before.value(field)
        if old == value:
            return True
        if not self.apply(indicator_id, {field: value}):
            return False
        if field in RATING_FIELDS:
            # A level clears "not applicable" and the other way round: undo gives back both, as they were.
            after = self.doc.response(indicator_id)
            self.undo_stack.push(RatingEdit(self, indicator_id, {f: before.value(f) for f in RATING_FIELDS},
                                            {f: after.value(f) for f in RATING_FIELDS}, label))
            return True
        self.undo_stack.push(ResponseEdit(self, indicator_id, field, old, value, label))
        return True

    def flush(self) -> bool:
        """Write every staged edit now; True when nothing is left unsaved.

        Staged typing leaves ``_pending`` only once it is written: a failure is reported (``failed``) after
        the attempt, with all of it still held, so "Save a copy" offered by that message carries it.
        """
        self._timer.stop()
        self._deadline.stop()
        if not self._pending:
            return True
        by_indicator: dict[str, dict[str, object]] = {}
        for (indicator_id, field), value in self._pending.items():
            by_indicator.setdefault(indicator_id, {})[field] = value
        errors: list[DocumentError] = []
        for indicator_id, fields in by_indicator.items():
            before = self.doc.response(indicator_id)
            error = self._write(indicator_id, fields)
            if error is not None:
                errors.append(error)
                continue
            for field, value in fields.items():
                if self._pending.get((indicator_id, field)) is value:  # not replaced by newer typing meanwhile
                    del self._pending[(indicator_id, field)]
                self.undo_stack.push(ResponseEdit(self, indicator_id, field, before.value(field), value,
                                                  self.tr("Edit {0}").format(indicator_id)))
        for error in errors:
            self.failed.emit(error)
        return not self._pending

    def _write(self, indicator_id: str, fields: dict[str, object]) -> DocumentError | None:
        """Store fields of one response; the error, if it was not stored (nothing emitted for a failure)."""
        try:
            # source named, so that mypy does not read **fields (dict[str, object]) as filling it
            stored = self.doc.update_response(indicator_id, source="edit", **fields)
        except DocumentError as error:
            return error
        if self.doc.last_saved:
            self.saved.emit(self.doc.last_saved)
        self.responseChanged.emit(indicator_id, stored)
        return None

    def apply(self, indicator_id: str, fields: dict[str, object]) -> bool:
        error = self._write(indicator_id, fields)
        if error is not None:
            self.failed.emit(error)
        return error is None

    def set_meta(self, **fields: object) -> bool:
        self.flush()
        try:
            self.doc.set_meta(**fields)
        except DocumentError as error:
            self.failed.emit(error)
            return False
        if self.doc.last_saved:
            self.saved.emit(self.doc.last_saved)
        self.metaChanged.emit()
        return True

    # ----------------------------------------------------------------- the action plan
    def _action_call(self, function, *args, **kwargs):
        self.flush()
        try:
            result = function(self.doc, *args, **kwargs)
        except DocumentError as error:
            self.failed.emit(error)
            return None
        if self.doc.last_saved:
            self.saved.emit(self.doc.last_saved)
        self.actionsChanged.emit()
        return result if result is not None else True

    def add_action(self, title: str, indicator_ids=(), record: bool = True, **values):
        """Add an action; with ``record`` the addition can be undone (Edit → Undo deletes it again)."""
        result = self._action_call(actionplan.add_action, title, tuple(indicator_ids), **values)
        if result is None:
            return None
        if record:
            self.undo_stack.push(ActionAdded(self, result, self.tr("Add action {0}").format(result.id)))
        self.actionAdded.emit(result, False)
        return result

    def restore_action(self, snapshot):
        result = self._action_call(actionplan.restore_action, snapshot)
        if result is not None:
            self.actionAdded.emit(result, True)
        return result

    def update_action(self, action_id: int, record: bool = True, **values):
        """Change an action; with ``record`` the change can be undone (Edit → Undo)."""
        try:
            before = actionplan.action(self.doc, action_id)
        except DocumentError as error:
            self.failed.emit(error)
            return None
        result = self._action_call(actionplan.update_action, action_id, **values)
        if result is None:
            return None
        old = {key: getattr(before, key) for key in values}
        if record and old != {key: getattr(result, key) for key in values}:
            self.undo_stack.push(ActionEdit(self, action_id, old, dict(values),
                                            self.tr("Edit action {0}").format(action_id)))
        self.actionChanged.emit(result)
        return result

    def delete_action(self, action_id: int, record: bool = True):
        """Delete an action; returns it as it was (so it can be put back), None if that failed."""
        try:
            before = actionplan.action(self.doc, action_id)
        except DocumentError as error:
            self.failed.emit(error)
            return None
        if self._action_call(actionplan.delete_action, action_id) is None:
            return None
        if record:
            self.undo_stack.push(ActionDeleted(self, before, self.tr("Delete action {0}").format(action_id)))
        self.actionDeleted.emit(action_id)
        return before

    def _document_call(self, function: Callable[..., T], *args: object) -> tuple[bool, T | None]:
        """Run one write of the document after the staged typing: (True, its result), or (False, None) after a
        DocumentError, which is emitted as ``failed`` (the window says it in its translated words)."""
        self.flush()
        try:
            result = function(*args)
        except DocumentError as error:
            self.failed.emit(error)
            return False, None
        if self.doc.last_saved:
            self.saved.emit(self.doc.last_saved)
        return True, result

    def add_attachment(self, indicator_id: str, name: str, data: bytes) -> AttachmentInfo | None:
        """Keep a file in the document, linked to an indicator; None when it was not stored (``failed`` said why)."""
        stored, info = self._document_call(self.doc.add_attachment, indicator_id, name, data)
        return info if stored else None

    def remove_attachment(self, attachment_id: int) -> bool:
        """Take an attachment out of the document; False when it stayed (``failed`` said why)."""
        return self._document_call(self.doc.remove_attachment, attachment_id)[0]

    def pending_edits(self) -> dict[tuple[str, str], object]:
        """Typing not yet written: {(indicator id, field): value}."""
        return dict(self._pending)

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def close(self) -> bool:
        ok = self.flush()
        self.doc.close()
        return ok


def document_and_session(doc_or_session: "Assessment | DocumentSession") -> tuple[Assessment, "DocumentSession | None"]:
    """The document a dialog works on and, when it came from the window, its session (whose staged typing is
    written first); dialogs opened in tests or on a bare document get the Assessment itself."""
    if isinstance(doc_or_session, DocumentSession):
        return doc_or_session.doc, doc_or_session
    return doc_or_session, None
