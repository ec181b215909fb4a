"""The Annex I quantity test for one activity or a cluster of neighbouring ones: q/Q ratios and group sums.

The rule as ANNEX-I.md §4 writes it: a named substance (Part 2) takes its own threshold in every group it
belongs to, overriding its categories; a substance in several groups counts in each; within one group the
lowest applicable threshold is used; O1-O3 have thresholds of their own but are outside every sum. An
activity meets the test when one entry's quantity reaches its threshold, or one group's sum reaches 1.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple, Sequence

from model.register import labels
from model.register.annex1 import Annex1


class SubstanceLine(NamedTuple):  # a tuple, so that reading 50,000 of them stays quick
    """One substance as held at an activity: the maximum quantity present at any one time, in tonnes."""

    name: str = ""
    named_id: str = ""  # a Part 2 entry ("N10"), or "" for a substance classified by categories only
    categories: tuple[str, ...] = ()
    quantity_t: float | None = None
    cas: str = ""
    form: str = ""


class Term(NamedTuple):  # a tuple: a register of 5,000 activities makes about 100,000 of them
    """One line's contribution to a group sum: q / Q, with the entry whose threshold Q is."""

    line: int
    quantity_t: float
    threshold_t: float
    entry: str

    @property
    def ratio(self) -> float:
        return self.quantity_t / self.threshold_t


class EntryTotal(NamedTuple):
    """All quantity held under one entry (a named substance or a category), against its threshold."""

    ratio: float
    entry: str
    quantity_t: float
    threshold_t: float


@dataclass(frozen=True)
class Result:
    edition: str  # the Annex I edition used, e.g. "teia-annex1 2015"
    sum_limit: float
    sums: dict[str, float]
    terms: dict[str, tuple[Term, ...]]
    entries: tuple[EntryTotal, ...]  # largest ratio first
    unclassified: tuple[int, ...] = field(default=())  # lines with a quantity but no usable entry

    @property
    def max_ratio(self) -> float:
        return self.entries[0].ratio if self.entries else 0.0

    @property
    def max_entry(self) -> str:
        return self.entries[0].entry if self.entries else ""

    @property
    def meets_by_single(self) -> bool:
        return reaches(self.max_ratio, 1.0)

    @property
    def meets(self) -> bool:
        return self.meets_by_single or any(reaches(value, self.sum_limit) for value in self.sums.values())

    def s(self, group: str) -> float:
        return self.sums.get(group, 0.0)

    @property
    def governing(self) -> tuple[str, str]:
        """("single", entry) or ("sum", group) that decides the result; ("none", "") when nothing applies.

        A meeting single entry governs first (the simplest check by hand); then the largest sum that meets;
        for an activity that does not meet, the largest figure, single or sum, shows how close it is.
        """
        if not self.entries:
            return "none", ""
        if self.meets_by_single:
            return "single", self.max_entry
        best_group = max(self.sums, key=lambda g: (self.sums[g], -list(self.sums).index(g)), default="")
        best_sum = self.sums.get(best_group, 0.0)
        if reaches(best_sum, self.sum_limit) or (best_sum > self.max_ratio and self.terms.get(best_group)):
            return "sum", best_group
        return "single", self.max_entry

    @property
    def governing_entry(self) -> str:
        """The entry (named id or category code) or the group ("S_health") that decides, for --json."""
        kind, key = self.governing
        return f"S_{key}" if kind == "sum" else key


def calculate(lines: Sequence[SubstanceLine], annex: Annex1) -> Result:
    """Every figure of the quantity test for the substances of an activity (or of a cluster: all its lines)."""
    summed = annex.summed_groups
    terms: dict[str, list[Term]] = {group: [] for group in summed}
    ratios: dict[str, list[float]] = {group: [] for group in summed}
    totals: dict[str, float] = {}
    unclassified: list[int] = []
    cache = annex.__dict__.setdefault("_classification", {})  # lines repeat the same few classifications
    new = _new
    for index, line in enumerate(lines):
        q = line[3]  # quantity_t (a register of 5,000 activities has 50,000 lines: kept tight)
        if q is None or q <= 0:
            continue
        key = (line[1], line[2])
        known = cache.get(key)
        if known is None:
            per_group = _thresholds(line, annex)
            known = cache[key] = (tuple((g, t, e) for g, (t, e) in per_group.items() if g in terms),
                                  tuple(_single_entries(line, annex)))
        group_terms, entries = known
        if not entries:
            unclassified.append(index)
            continue
        for entry in entries:
            totals[entry] = totals.get(entry, 0.0) + q
        for group, threshold, entry in group_terms:
            terms[group].append(new(Term, (index, q, threshold, entry)))
            ratios[group].append(q / threshold)
    sums = {group: math.fsum(values) for group, values in ratios.items()}
    found = []
    for entry_key, q in totals.items():
        threshold = _threshold(entry_key, annex)
        found.append(new(EntryTotal, (q / threshold, entry_key, q, threshold)))
    found.sort(key=_by_ratio)
    return Result(annex.label, annex.sum_limit, sums, {g: tuple(t) for g, t in terms.items()}, tuple(found),
                  tuple(unclassified))


_new = tuple.__new__  # a NamedTuple without its Python-level constructor


def _by_ratio(entry: EntryTotal) -> tuple[float, str]:
    return -entry[0], entry[1]


def reaches(value: float, limit: float) -> bool:
    """value >= limit, forgiving the last bit of binary rounding: 0.1 + 0.2 + 0.7 is 1 to a person."""
    return value >= limit or math.isclose(value, limit, rel_tol=1e-9)


def calculate_cluster(activities: Iterable[Sequence[SubstanceLine]], annex: Annex1) -> Result:
    """The test for neighbouring activities together (Annex I: proximity, under one or more operators)."""
    return calculate([line for lines in activities for line in lines], annex)


def _threshold(key: str, annex: Annex1) -> float:
    if key in annex.named:
        return annex.named[key].threshold_t
    return annex.categories[key].threshold_t


def _single_entries(line: SubstanceLine, annex: Annex1) -> list[str]:
    """The entries under which the line's quantity is compared with a threshold on its own."""
    if line.named_id in annex.named:
        return [line.named_id]  # the named threshold overrides the categories
    return [code for code in dict.fromkeys(line.categories) if code in annex.categories]


def _thresholds(line: SubstanceLine, annex: Annex1) -> dict[str, tuple[float, str]]:
    """For each summed group the line counts in: the threshold used and the entry it comes from."""
    found: dict[str, tuple[float, str]] = {}
    named = annex.named.get(line.named_id)
    if named is not None:
        groups = list(named.groups)
        groups += [annex.categories[c].group for c in line.categories if c in annex.categories]
        for group in dict.fromkeys(groups):
            found[group] = (named.threshold_t, named.id)
        return found
    for code in line.categories:
        category = annex.categories.get(code)
        if category is None:
            continue
        current = found.get(category.group)
        if current is None or category.threshold_t < current[0]:
            found[category.group] = (category.threshold_t, code)  # the lowest applicable Q within a group
    return found


# ----------------------------------------------------------------- sentences a person can check by hand
def explain(result: Result, annex: Annex1, lang: str) -> str:
    """The result as one sentence with its arithmetic, e.g. "... 10 / 20 (H1) + 120 / 200 (H2) = 1.10 ..."."""
    kind, key = result.governing
    if kind == "none":
        return labels.text("no_entries", lang)
    if kind == "single":
        entry = next(e for e in result.entries if e.entry == key)
        template = "meets_single" if result.meets else "below_single"
        return labels.text(template, lang).format(
            entry=annex.entry_name(key, lang), q=labels.number(entry.quantity_t, lang),
            Q=labels.number(entry.threshold_t, lang), ratio=labels.ratio(entry.ratio, lang))
    template = "meets_sum" if result.meets else "below_sum"
    return labels.text(template, lang).format(
        group=annex.groups[key].text(lang).lower() if lang == "en" else annex.groups[key].text(lang),
        terms=formula(result.terms[key], lang), total=labels.ratio(result.sums[key], lang))


def formula(terms: Sequence[Term], lang: str) -> str:
    """ "10 / 20 (H1) + 120 / 200 (H2)"; named entries are written by their id (N10)."""
    if not terms:
        return "0"
    return " + ".join(f"{labels.number(t.quantity_t, lang)} / {labels.number(t.threshold_t, lang)} ({t.entry})"
                      for t in terms)
