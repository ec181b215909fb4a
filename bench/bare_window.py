"""The baseline for bench/startup.py: a bare PySide6 QMainWindow shown, then STARTUP_READY and quit."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1180, 760)
window.show()


def ready() -> None:
    print(f"STARTUP_READY {time.time():.6f}", flush=True)
    app.quit()


QTimer.singleShot(0, ready)
app.exec()
