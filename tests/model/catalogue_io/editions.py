"""Two editions of a small catalogue for the migration tests: kept, renamed, split, merged and removed
indicators, and a new one."""

from __future__ import annotations

import copy
import json

from model.catalogue import Catalogue, parse_catalogue
from tests.conftest import DATA

# old id -> new ids: 1.1 kept; 1.2 renamed 1.20; 1.3 split into 1.3 and 1.6; 1.4 and 1.5 merged into 1.4;
# B.1 removed; B.2 is new
MAPPING = {"1.2": ["1.20"], "1.3": ["1.3", "1.6"], "1.5": ["1.4"], "B.1": []}


def _indicator(template: dict, ident: str, word: str) -> dict:
    made = copy.deepcopy(template)
    made["id"] = ident
    made["statement"] = {lang: f"{text} ({word})" for lang, text in template["statement"].items()}
    for criterion, letter in zip(made["criteria"], "abc"):
        criterion["id"] = f"{ident}.{letter}"
    made.pop("cross_cutting", None)
    return made


def editions() -> tuple[Catalogue, Catalogue]:
    base = json.loads((DATA / "small-catalogue.json").read_text(encoding="utf-8"))
    template = base["areas"][0]["indicators"][1]
    old = copy.deepcopy(base)
    old["version"] = "2026.1"
    old["areas"][0]["indicators"] += [_indicator(template, i, f"old {i}") for i in ("1.3", "1.4", "1.5")]
    new = copy.deepcopy(base)
    new["version"] = "2027.1"
    area = new["areas"][0]
    area["indicators"][1] = _indicator(template, "1.20", "renamed from 1.2")
    area["indicators"] += [_indicator(template, "1.3", "first part of 1.3"),
                           _indicator(template, "1.4", "1.4 and 1.5 together"),
                           _indicator(template, "1.6", "second part of 1.3")]
    new["areas"][1]["indicators"] = [_indicator(new["areas"][1]["indicators"][0], "B.2", "new")]
    return (parse_catalogue(json.dumps(old, ensure_ascii=False), "old.json"),
            parse_catalogue(json.dumps(new, ensure_ascii=False), "new.json"))
