"""A realistic assessment for export and import tests: the demo plus a few actions."""

from __future__ import annotations

import shutil
from pathlib import Path

from model.document import actionplan
from model.demo import build_demo

KYRGYZ = "ң ө ү Ң Ө Ү"


def build_demo_with_actions(path: Path, count: int = 4) -> Path:
    with build_demo(path) as doc:
        for index in range(count):
            actionplan.add_action(
                doc, f"Утвердить методику Σq/Q № {index + 1} ({KYRGYZ})", ["1.1", "1.2"] if index % 2 else ["B.1"],
                lead="МЧС", partners="Госэкотехинспекция", gap="Нет методики",
                expected_result="Методика утверждена", priority=("high", "medium", "low")[index % 3],
                status="planned", start_date="2026-01-15", due_date="2026-09-30", budget="Государственный бюджет",
                assistance_requested=index % 2 == 0, assistance_details="Обучение по Приложению I",
                source="demo")
        actionplan.add_action(doc, "=HYPERLINK(\"http://x\") +7 -1 @me", ["2.1"], lead="-МЧС", source="demo")
    return path


def copy_of(source: Path, target: Path) -> Path:
    shutil.copy(source, target)
    return target
