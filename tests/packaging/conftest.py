"""The `frozen` marker: tests that run the PyInstaller-built application (make dist runs them)."""


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "frozen: runs the PyInstaller-built application (make dist; skipped without PyInstaller)")
