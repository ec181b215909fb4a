"""Register edits in the window, through the session's undo stack: Edit → Undo / Redo take back a field, a
substance table, a tailings answer, an activity added or deleted, like indicator and action edits.

Each command holds the activity as it was before and after the change (model.register.activities.Activity);
undo and redo write the whole snapshot back in one transaction (``restore_activity``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand

from gui.session import ActionAdded, ActionDeleted
from model.errors import TeiaError
from model.register import activities as register
from model.register.activities import Activity


class ActivityEdit(QUndoCommand):
    """One change to one activity; undo puts ``before`` back, redo ``after``."""

    def __init__(self, edits: "RegisterEdits", before: Activity, after: Activity, text: str) -> None:
        super().__init__(text)
        self.edits, self.before, self.after = edits, before, after
        self._applied = True  # pushed after the change already reached the disk

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.edits.put(self.after)

    def undo(self) -> None:
        self.edits.put(self.before)


class ActivityAdded(ActionAdded):
    """An activity added: undo deletes it, redo puts the very same one (uid, fields, substances) back."""

    def __init__(self, edits: "RegisterEdits", snapshot: Activity, text: str) -> None:
        super().__init__(edits.session, snapshot, text)
        self.edits = edits

    def _put_back(self) -> None:
        self.edits.put(self.snapshot)

    def _take_away(self) -> None:
        snapshot = self.edits.remove(self.snapshot.uid, again=True)
        if snapshot is not None:
            self.snapshot = snapshot  # with the edits made to it since


class ActivityDeleted(ActivityAdded, ActionDeleted):
    """An activity deleted: undo puts it back as it was, redo deletes it again (ActionDeleted's order)."""


class RegisterEdits(QObject):
    """The register's writer for one session: every change goes to the file at once and onto its undo stack.

    ``changed(uid, again)`` after every stored change ("" when an activity went away; ``again`` for an undo or
    a redo, which an editor must show anew), ``failed(error)`` when the model refused one (nothing written)."""

    changed = Signal(str, bool)
    failed = Signal(object)

    def __init__(self, session) -> None:
        super().__init__(session)
        self.session = session

    @property
    def doc(self):
        return self.session.doc

    def _stored(self, uid: str, again: bool = False) -> None:
        if self.doc.last_saved:
            self.session.saved.emit(self.doc.last_saved)
        self.changed.emit(uid, again)

    def edit(self, uid: str, function, *args, text: str = "", **kwargs) -> Activity | None:
        """``function(doc, uid, *args, **kwargs)`` (a model writer returning the activity), recorded for undo."""
        self.session.flush()
        try:
            before = register.activity(self.doc, uid)
            after = function(self.doc, uid, *args, **kwargs)
        except TeiaError as error:
            self.failed.emit(error)
            return None
        if after.revision != before.revision:
            name = str(before.values.get("name") or "")
            self.session.undo_stack.push(ActivityEdit(self, before, after, text or QCoreApplication.translate(
                "Register", "Edit the activity {name}").format(name=name)))
        self._stored(uid)
        return after

    def add(self, values: dict[str, object]) -> Activity | None:
        self.session.flush()
        try:
            added = register.add_activity(self.doc, values)
        except TeiaError as error:
            self.failed.emit(error)
            return None
        self.session.undo_stack.push(ActivityAdded(self, added, QCoreApplication.translate(
            "Register", "Add the activity {name}").format(name=added.values.get("name") or "")))
        self._stored(added.uid)
        return added

    def delete(self, uid: str) -> Activity | None:
        before = self.remove(uid)
        if before is not None:
            self.session.undo_stack.push(ActivityDeleted(self, before, QCoreApplication.translate(
                "Register", "Delete the activity {name}").format(name=before.values.get("name") or "")))
        return before

    # used by the commands: no new undo step
    def put(self, snapshot: Activity) -> Activity | None:
        try:
            restored = register.restore_activity(self.doc, snapshot)
        except TeiaError as error:
            self.failed.emit(error)
            return None
        self._stored(restored.uid, True)
        return restored

    def remove(self, uid: str, again: bool = False) -> Activity | None:
        self.session.flush()
        try:
            before = register.activity(self.doc, uid)
            register.delete_activity(self.doc, uid)
        except TeiaError as error:
            self.failed.emit(error)
            return None
        self._stored("", again)
        return before


def edits_for(session) -> RegisterEdits:
    """The one register writer of this session (made on first use, a child of the session)."""
    edits = session.findChild(RegisterEdits)
    return edits if edits is not None else RegisterEdits(session)
