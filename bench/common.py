"""What the benchmark scripts share: statistics, a synthetic catalogue, filled documents, child processes."""

from __future__ import annotations

import json
import math
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RU = ("Компетентный орган утверждает перечень опасных видов деятельности, проводит инспекции объектов, "
      "обучает инспекторов и организует учения по плану готовности к промышленным авариям; ")
KY = ("Ыйгарым укуктуу орган коркунучтуу иш-аракеттердин тизмесин бекитет, объекттерди текшерет, "
      "инспекторлорду окутат жана өнөр жай кырсыктарына даярдык планы боюнча машыгууларды уюштурат; ")
WORDS = ("Утвердить", "Разработать", "Обучить", "Провести", "Өркүндөтүү", "Даярдоо", "Review", "перечень",
         "план", "учения", "инспекторов", "ң ө ү", "хвостохранилищ", "декларации", "пункт связи")


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(ours: list[float], baseline: list[float]) -> list[float]:
    """[min, median, max] of the run-by-run ratios ours[i] / baseline[i] (the two measured side by side), so
    that the noise of a loaded machine is seen beside the ratio of the medians."""
    ratios = [a / b for a, b in zip(ours, baseline)]
    return [min(ratios), median(ratios), max(ratios)]


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (share 0.99 = p99)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def text_of(size: int, seed: int) -> str:
    """About ``size`` characters of mixed Russian and Kyrgyz text, different for each seed."""
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        part = RU if rng.random() < 0.5 else KY
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


def synthetic_catalogue_json(areas: int = 8, per_area: int = 250, criteria: int = 3) -> str:
    """A catalogue that validates, with the built-in scale and every text in en/ru/ky."""
    builtin = json.loads((ROOT / "resources" / "catalogue" / "teia-provisional.json").read_text(encoding="utf-8"))

    def texts(en: str, ru: str, ky: str) -> dict[str, str]:
        return {"en": en, "ru": ru, "ky": ky}

    data = {
        "id": "bench-synthetic", "version": "1", "status": "draft",
        "title": texts("Synthetic catalogue", "Синтетический перечень", "Синтетикалык тизме"),
        "scale": builtin["scale"],
        "areas": [],
    }
    for a in range(1, areas + 1):
        area = {"id": str(a), "kind": "working",
                "title": texts(f"Area {a}", f"Область {a}", f"Тармак {a} (ң ө ү)"),
                "description": texts("Synthetic area", "Синтетическая область", "Синтетикалык тармак"),
                "indicators": []}
        for i in range(1, per_area + 1):
            ident = f"{a}.{i}"
            area["indicators"].append({
                "id": ident,
                "statement": texts(f"Indicator {ident}: a competent authority is designated",
                                   f"Показатель {ident}: назначен компетентный орган",
                                   f"Көрсөткүч {ident}: ыйгарым укуктуу орган дайындалган"),
                "criteria": [{"id": f"{ident}.{chr(97 + c)}",
                              "text": texts(f"Criterion {c}", f"Критерий {c}", f"Критерий {c} өң")}
                             for c in range(criteria)],
            })
        data["areas"].append(area)
    return json.dumps(data, ensure_ascii=False)


def insert_actions(doc, count: int, seed: int = 7, text_size: int = 0) -> None:
    """``count`` actions linked to random indicators, in one transaction (bulk, like bench/plan_20000.py)."""
    ids = doc.catalogue.indicator_ids()
    rng = random.Random(seed)
    statements = []
    for n in range(count):
        uid = str(uuid.uuid4())
        title = " ".join(rng.choice(WORDS) for _ in range(8))
        long = text_of(text_size, seed * 100_000 + n) if text_size else ""
        due = f"20{rng.randint(24, 30)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        statements.append((
            "INSERT INTO action (uid, title, gap, expected_result, lead, partners, priority, status, due_date, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z')",
            (uid, title, long, long[: text_size // 2], rng.choice(WORDS), long[:200],
             rng.choice(("high", "medium", "low")), rng.choice(("planned", "ongoing", "done", "cancelled")), due)))
        statements.append(("INSERT INTO action_indicator (action_id, indicator_id) SELECT id, ? FROM action "
                           "WHERE uid = ?", (rng.choice(ids), uid)))
    doc.write(statements)


def fill_responses(doc, text_size: int = 1000) -> None:
    """Every indicator rated and every text field holding about ``text_size`` characters, one transaction."""
    from model.document.assessment import TEXT_FIELDS

    with doc.transaction():
        for n, indicator in enumerate(doc.catalogue.indicators()):
            values = {field: text_of(text_size, n * 10 + k) for k, field in enumerate(TEXT_FIELDS)}
            doc.update_response(indicator.id, level=indicator.scale.values[n % len(indicator.scale.values)],
                                criteria_met=indicator.criterion_ids()[: n % 3], status="complete", **values)


def child_env(teia_home: Path | None = None, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Bytecode is written and used as at any second start (and as the packaged application has it); a
    # developer's PYTHONDONTWRITEBYTECODE would make every start compile every module again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    if teia_home is not None:
        env["TEIA_HOME"] = str(teia_home)
    env.update(extra)
    return env


def run_child(args: list[str], env: dict[str, str], timeout: float = 60) -> tuple[float, str]:
    """Run a Python child; (seconds from spawn to its STARTUP_READY line, its whole stdout)."""
    start = time.time()
    result = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=timeout,
                            cwd=str(ROOT))
    for line in result.stdout.splitlines():
        if line.startswith("STARTUP_READY "):
            return float(line.split()[1]) - start, result.stdout
    raise RuntimeError(f"{' '.join(args)} did not report STARTUP_READY (exit {result.returncode}):\n"
                       f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}")


def emit(figures: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key:>24}: {value:.4f}" if isinstance(value, float) else f"{key:>24}: {value}")
