"""A second baseline for bench/startup.py: a PySide6 window of the application's shape with none of its code.

The same style and fonts, a menu bar of six menus, a navigator tree of 8 areas with 60 indicators, an overview
of wrapped labels, progress bars and buttons, a status bar; no document, no database, no module of ours. What
it costs above bench/bare_window.py (which shows an empty QMainWindow and never touches the Qt namespace, a
font or a layout) is what any program of this shape pays in PySide6: creating the Qt enum classes on first use,
the font database, laying out text. bench/startup.py reports ours against both.
"""

import sys
import time

from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QGridLayout, QLabel, QLineEdit, QMainWindow, QProgressBar, QPushButton, QScrollArea, QSplitter,
    QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

app = QApplication(sys.argv)
if not sys.platform.startswith("win"):
    app.setStyle("Fusion")
font = QFont()
font.setFamilies(["Segoe UI", "DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"])
font.setPointSize(10)
app.setFont(font)
window = QMainWindow()
for title in ("Файл", "Правка", "Переход", "Вид", "Язык", "Справка"):
    menu = window.menuBar().addMenu(title)
    for n in range(8):
        action = QAction(f"{title}: действие {n}", window)
        if n == 0:
            action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        menu.addAction(action)
splitter = QSplitter(Qt.Orientation.Horizontal)
navigator = QWidget()
navigator_layout = QVBoxLayout(navigator)
navigator_layout.addWidget(QLineEdit())
tree = QTreeWidget()
tree.setHeaderHidden(True)
for a in range(1, 9):
    area = QTreeWidgetItem(tree, [f"{a}. Область: идентификация опасных видов деятельности (ң ө ү)"])
    for i in range(1, 8 if a < 5 else 9):
        QTreeWidgetItem(area, [f"{a}.{i} Назначен компетентный орган, определены его полномочия"])
tree.expandAll()
navigator_layout.addWidget(tree)
body = QWidget()
layout = QVBoxLayout(body)
title = QLabel("Самооценка Кыргызской Республики по Конвенции о трансграничном воздействии промышленных аварий")
big = QFont(title.font())
big.setPointSizeF(big.pointSizeF() * 1.4)
big.setBold(True)
title.setFont(big)
title.setWordWrap(True)
layout.addWidget(title)
for text in ("Страна: Кыргызская Республика\nВедущий орган: Министерство чрезвычайных ситуаций",
             "Этот перечень показателей предварительный: его формулировки составлены по статьям и приложениям "
             "Конвенции, а не по официальному тексту критериев.",
             "Завершено: 12 из 60 показателей (20 %); оценено: 30; черновиков: 18"):
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    layout.addWidget(label)
for text in ("Запланированные меры: 12", "Выполняемые меры: 5", "Выполненные меры: 3", "Просроченные меры: 1"):
    layout.addWidget(QPushButton(text))
grid = QGridLayout()
for row in range(1, 9):
    button = QPushButton(f"{row}. Область показателей (ң ө ү)")
    button.setFlat(True)
    grid.addWidget(button, row, 0)
    bar = QProgressBar()
    bar.setRange(0, 8)
    bar.setValue(row % 8)
    bar.setFormat(f"{row % 8}/8")
    grid.addWidget(bar, row, 1)
    grid.addWidget(QLabel(f"{12 * row} %"), row, 2)
    grid.addWidget(QLabel("2,4 / 4"), row, 3)
layout.addLayout(grid)
layout.addStretch(1)
scroll = QScrollArea()
scroll.setWidgetResizable(True)
scroll.setWidget(body)
pages = QStackedWidget()
pages.addWidget(scroll)
splitter.addWidget(navigator)
splitter.addWidget(pages)
window.setCentralWidget(splitter)
window.statusBar().showMessage("Сохранено")
window.resize(1180, 760)
window.show()


def ready() -> None:
    print(f"STARTUP_READY {time.time():.6f}", flush=True)
    app.quit()


QTimer.singleShot(0, ready)
app.exec()
