"""Texts longer than an Excel cell holds (32,767 characters) survive the workbook round trip whole.

The cell shows the first 32,767 characters; the rest is kept, in parts of at most that size, on a very hidden
sheet (``LONG_SHEET``: kind, id, field, part, text), and the import puts cell and parts back together. Both
the writer and the importer use this module, so the layout is described once.
"""

from __future__ import annotations

from dataclasses import dataclass

from model.formats.text import EXCEL_CELL_LIMIT, clean
from model.report.build import Report

LONG_SHEET = "_teia_long"
INDICATOR_TEXTS = ("description", "evidence", "gaps", "authority")
ACTION_TEXTS = ("title", "gap", "expected_result", "lead", "partners", "budget", "assistance_details",
                "progress_notes")


@dataclass(frozen=True)
class LongText:
    kind: str  # "indicator" or "action"
    ident: str  # the indicator id, or the action's uid
    field: str
    length: int  # characters in all
    rest: tuple[str, ...]  # what follows the cell's part, in cell-sized parts

    def describe(self, number: str = "") -> str:
        target = self.ident if self.kind == "indicator" else f"action {number or self.ident}"
        return f"{target} {self.field} ({self.length:,} characters)"


def long_texts(report: Report) -> list[LongText]:
    """Every text of the report too long for one cell."""
    found = []
    for kind, items, ident, fields in (("indicator", report.indicators(), "id", INDICATOR_TEXTS),
                                        ("action", report.actions, "uid", ACTION_TEXTS)):
        for item in items:
            for field in fields:
                text = clean(getattr(item, field) or "")
                if len(text) > EXCEL_CELL_LIMIT:
                    rest = text[EXCEL_CELL_LIMIT:]
                    parts = tuple(rest[i:i + EXCEL_CELL_LIMIT] for i in range(0, len(rest), EXCEL_CELL_LIMIT))
                    found.append(LongText(kind, str(getattr(item, ident)), field, len(text), parts))
    return found


def rows(items: list[LongText]) -> list[tuple[str, str, str, int, str]]:
    """The rows of the hidden sheet, a header first."""
    result: list[tuple[str, str, str, int, str]] = [("kind", "id", "field", 0, "text")]
    for item in items:
        result += [(item.kind, item.ident, item.field, number, part) for number, part in enumerate(item.rest, 1)]
    return result


def read(values: list[tuple[object, ...]]) -> dict[tuple[str, str, str], str]:
    """{(kind, id, field): the rest of the text} from the hidden sheet's rows (header first); bad rows ignored."""
    parts: dict[tuple[str, str, str], dict[int, str]] = {}
    for row in values[1:]:
        if len(row) < 5:
            continue
        kind, ident, field, raw, text = row[:5]
        if not (isinstance(kind, str) and isinstance(ident, str) and isinstance(field, str) and isinstance(text, str)
                and isinstance(raw, (int, float, str))):
            continue
        try:
            number = int(raw)
        except (ValueError, OverflowError):  # a part number of 1e400 is inf: OverflowError
            continue
        parts.setdefault((kind, ident, field), {})[number] = text
    return {key: "".join(text for _, text in sorted(found.items())) for key, found in parts.items()}


def is_cut_copy(new: str, stored: str) -> bool:
    """``new`` is ``stored`` cut at a cell's size (a workbook that lost its long parts): never an edit."""
    return len(new) >= EXCEL_CELL_LIMIT and len(stored) > len(new) and stored.startswith(new)


__all__ = ["LONG_SHEET", "LongText", "long_texts", "rows", "read", "is_cut_copy"]
