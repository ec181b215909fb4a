"""Guard against a Qt binding that corrupts Python: PySide6 6.12.0 on Python 3.11 drops a reference to None on
every Qt call that returns nothing, and the interpreter aborts after a few thousand painting calls (a printout
makes tens of thousands). setup.cfg excludes that release; this test fails if such a binding comes back."""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPen
app = QGuiApplication([])
image = QImage(8, 8, QImage.Format.Format_ARGB32)
painter = QPainter(image)
before = sys.getrefcount(None)
for _ in range(20000):
    painter.setPen(QPen())
after = sys.getrefcount(None)
painter.end()
print(after - before)
"""


def test_qt_calls_returning_nothing_keep_none_alive():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout.strip().splitlines()[-1]) > -1000, "the Qt binding leaks references to None"
