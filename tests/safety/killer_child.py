"""A child process for the kill-safety harness: random edits to a .teia document until it is killed.

Usage: python killer_child.py DOCUMENT SEED [RUN]

Before each edit it prints ``BEGIN <n> <json of the request>``; after the edit returned (committed to disk)
it prints ``COMMITTED <n> <json of the stored result>``. Every line is flushed, so a SIGKILL at any moment
leaves a truthful record: everything reported COMMITTED must be in the file, and at most the one edit
after the last COMMITTED line may or may not have reached the disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from model.document import actionplan  # noqa: E402
from model.document.assessment import TEXT_FIELDS, Assessment  # noqa: E402
from kill_harness import action_state, response_state  # noqa: E402

# Kyrgyz and Russian words (with ң ө ү) so encodings and multibyte lengths are exercised.
WORDS = ("өнөр жай", "кырсык", "коопсуздук", "түзүлүш", "мамлекеттик", "көзөмөл", "аң-сезим", "жүргүзүү",
         "Министерство", "чрезвычайных", "ситуаций", "авария", "план", "ёмкость", "хвостохранилище", "Нарын",
         "Ош", "Бишкек", "конвенция", "оценка", "ң", "ө", "ү", "Ӊ", "Ө", "Ү", "2024", "№ 15", "«кавычки»",
         "эмне", "жоопкер", "орган", "тартип", "маалымат")
STATUS_CHOICES = ("draft", "complete", "not_started")
PRIORITIES = ("high", "medium", "low")
ACTION_STATUSES = ("planned", "ongoing", "done", "cancelled")
MAX_EDITS = 20_000


def text(rng: random.Random) -> str:
    count = rng.choice((0, 1, 3, 12, 60, 400)) if rng.random() < 0.9 else rng.randint(1000, 3000)
    return " ".join(rng.choice(WORDS) for _ in range(count))


def response_edit(doc: Assessment, rng: random.Random) -> tuple[str, dict]:
    indicator = rng.choice(list(doc.catalogue.indicators()))
    fields: dict = {}
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        field = rng.choice((*TEXT_FIELDS, *TEXT_FIELDS, "level", "not_applicable", "criteria_met", "status",
                            "target_level"))
        if field in TEXT_FIELDS:
            fields[field] = text(rng)
        elif field in ("level", "target_level"):
            fields[field] = rng.choice((None, *indicator.scale.values))
        elif field == "not_applicable":
            fields[field] = rng.random() < 0.3
        elif field == "criteria_met":
            fields[field] = [c for c in indicator.criterion_ids() if rng.random() < 0.5]
        else:
            fields[field] = rng.choice(STATUS_CHOICES)
    if fields.get("level") is not None and fields.get("not_applicable"):
        del fields["not_applicable"]
    return indicator.id, fields


def main(argv: list[str]) -> int:
    path, seed = Path(argv[0]), int(argv[1])
    run = argv[2] if len(argv) > 2 else "0"
    rng = random.Random(seed)
    out = sys.stdout

    def say(*parts: object) -> None:
        out.write(" ".join(str(p) for p in parts) + "\n")
        out.flush()

    doc = Assessment.open(path)
    doc.user = f"child-{run}"
    say("READY", run)
    parent = os.getppid()
    n = 0
    while os.getppid() == parent and n < MAX_EDITS:  # never outlive the harness that should kill us
        n += 1
        roll = rng.random()
        if roll < 0.6:
            indicator_id, fields = response_edit(doc, rng)
            say("BEGIN", n, json.dumps({"op": "response", "indicator": indicator_id, "fields": fields},
                                       ensure_ascii=False))
            result = doc.update_response(indicator_id, **fields)
            say("COMMITTED", n, json.dumps({"op": "response", "indicator": indicator_id,
                                            "state": response_state(result)}, ensure_ascii=False))
        elif roll < 0.72:
            attachments = doc.attachments()
            if attachments and rng.random() < 0.4:
                victim = rng.choice(attachments)
                say("BEGIN", n, json.dumps({"op": "detach", "name": victim.name}, ensure_ascii=False))
                doc.remove_attachment(victim.id)
                say("COMMITTED", n, json.dumps({"op": "detach", "name": victim.name}, ensure_ascii=False))
            else:
                indicator = rng.choice(doc.catalogue.indicator_ids())
                name = f"акт-ң-{run}-{n}.txt"
                data = text(rng).encode("utf-8") * rng.choice((1, 1, 50))
                say("BEGIN", n, json.dumps({"op": "attach", "name": name}, ensure_ascii=False))
                doc.add_attachment(indicator, name, data)
                say("COMMITTED", n, json.dumps({"op": "attach", "name": name, "indicator": indicator,
                                                "sha256": hashlib.sha256(data).hexdigest()}, ensure_ascii=False))
        elif roll < 0.95:
            existing = actionplan.actions(doc)
            choice = rng.random()
            if not existing or choice < 0.35:
                title = text(rng)[:300] or "Ө"
                links = rng.sample(doc.catalogue.indicator_ids(), rng.randint(0, 2))
                say("BEGIN", n, json.dumps({"op": "action_add", "title": title}, ensure_ascii=False))
                added = actionplan.add_action(doc, title, links, lead=text(rng)[:200],
                                              priority=rng.choice(PRIORITIES))
                say("COMMITTED", n, json.dumps({"op": "action", "state": action_state(added)}, ensure_ascii=False))
            elif choice < 0.85:
                target = rng.choice(existing)
                values = {"title": text(rng)[:300], "status": rng.choice(ACTION_STATUSES),
                          "due_date": rng.choice((None, "2025-12-31", "2026-06-30"))}
                if rng.random() < 0.3:
                    values["indicator_ids"] = sorted(rng.sample(doc.catalogue.indicator_ids(), rng.randint(0, 3)))
                say("BEGIN", n, json.dumps({"op": "action_update", "uid": target.uid, "values": values},
                                           ensure_ascii=False))
                updated = actionplan.update_action(doc, target.id, **values)
                say("COMMITTED", n, json.dumps({"op": "action", "state": action_state(updated)}, ensure_ascii=False))
            else:
                target = rng.choice(existing)
                say("BEGIN", n, json.dumps({"op": "action_delete", "uid": target.uid}))
                actionplan.delete_action(doc, target.id)
                say("COMMITTED", n, json.dumps({"op": "action_delete", "uid": target.uid}))
        else:
            title = text(rng)[:200]
            say("BEGIN", n, json.dumps({"op": "meta", "title": title}, ensure_ascii=False))
            doc.set_meta(title=title)
            say("COMMITTED", n, json.dumps({"op": "meta", "title": title}, ensure_ascii=False))
    doc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
