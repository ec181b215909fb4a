"""Keyboard work on the indicator page: Tab follows the page, a level is chosen with the arrows or its key.

The levels are one Tab stop (the chosen level, or the first when none is chosen yet); inside it, the arrow
keys choose the previous or next level, 0–9 choose that level and N (Cyrillic Н) "not applicable".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QWidget

PREVIOUS_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)
NEXT_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)
NOT_APPLICABLE_TEXTS = ("n", "н")  # the N key, and the Russian «не применимо» on a Cyrillic layout
VK_N = 0x4E  # Windows' virtual key of N, whatever the layout (a Russian layout types «т» with it)


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (Qt's default is the order in which they were created)."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


class LevelKeys(QObject):
    """Arrow keys, digits and N on the level buttons of ``group``; one Tab stop for all of them.

    ``not_applicable_id`` is the button id of "not applicable". Choosing clicks the button, so the page
    records the level exactly as a mouse click would.
    """

    def __init__(self, group: QButtonGroup, not_applicable_id: int, ensure_visible=None) -> None:
        super().__init__(group)
        self.group = group
        self.not_applicable_id = not_applicable_id
        self.ensure_visible = ensure_visible or (lambda _widget: None)
        group.idToggled.connect(lambda _id, _checked: self.update_tab_stop())

    def attach(self, button: QAbstractButton) -> None:
        button.installEventFilter(self)

    def buttons(self) -> list[QAbstractButton]:
        return list(self.group.buttons())

    def tab_stop(self) -> QAbstractButton | None:
        buttons = self.buttons()
        return self.group.checkedButton() or (buttons[0] if buttons else None)

    def update_tab_stop(self) -> None:
        """Only the chosen level takes Tab; the others are reached with the arrows (or a click)."""
        stop = self.tab_stop()
        for button in self.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus)

    def choose(self, button: QAbstractButton) -> None:
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensure_visible(button)
        if not button.isChecked():
            button.click()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        buttons = self.buttons()
        if watched not in buttons:
            return False
        key, text = event.key(), event.text().lower()
        target = None
        if key in PREVIOUS_KEYS or key in NEXT_KEYS:
            step = -1 if key in PREVIOUS_KEYS else 1
            position = buttons.index(watched)
            if watched.isChecked() or self.group.checkedButton() is not None:
                position += step
            target = buttons[max(0, min(len(buttons) - 1, position))]
        elif text.isdigit() and len(text) == 1:
            target = self.group.button(int(text))
        elif text in NOT_APPLICABLE_TEXTS or key == Qt.Key.Key_N or event.nativeVirtualKey() == VK_N:
            target = self.group.button(self.not_applicable_id)
        else:
            return False
        if target is not None:
            self.choose(target)
        return True  # a key for the levels: never passed on (Qt's arrows would only move the focus)
