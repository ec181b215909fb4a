"""The register's counts for the overview and the evidence lines they become (pure functions, no document)."""

from __future__ import annotations

from datetime import date

from model.catalogue import builtin_catalogue
from model.register.activities import Activity
from model.register.annex1 import builtin_annex1
from model.register.calculator import SubstanceLine
from model.register.figures import COUNTS, SUPPORTS, after_edit, compute, supported, with_evidence_line


def activity(uid: str, substances=(), **values) -> Activity:
    return Activity(id=0, uid=uid, values=values, substances=tuple(substances))


CHLORINE_30 = SubstanceLine("Chlorine", "N10", (), 30.0)  # 30 / 25: meets the test alone
CHLORINE_5 = SubstanceLine("Chlorine", "N10", (), 5.0)


def test_each_count_follows_its_rule():
    today = date(2026, 6, 15)
    found = [
        activity("a", [CHLORINE_30], transboundary="yes", notified_on="2025-02-01", safety_report_on="2024-01-01",
                 offsite_plan_on="2025-03-01", last_inspection_on="2026-01-10", public_info_on="2025-05-05"),
        activity("b", [CHLORINE_5], transboundary="discussion", last_inspection_on="2025-12-31"),
        activity("c", [], transboundary="no", notified_on=None, last_inspection_on="2026-06-15"),
    ]
    counts = compute(found, builtin_annex1(), today).counts
    assert list(counts) == list(COUNTS)
    assert counts == {"identified": 3, "meets_annex_i": 1, "transboundary": 1, "notified": 1, "safety_report": 1,
                      "offsite_plan": 1, "inspected_this_year": 2, "public_informed": 1}


def test_inspected_this_year_depends_on_the_day_the_counts_are_made():
    found = [activity("a", last_inspection_on="2025-12-31")]
    assert compute(found, builtin_annex1(), date(2025, 12, 31)).counts["inspected_this_year"] == 1
    assert compute(found, builtin_annex1(), date(2026, 1, 1)).counts["inspected_this_year"] == 0
    assert compute(found, builtin_annex1(), date(2026, 1, 1)).as_of == "2026-01-01"


def test_an_empty_register_counts_nothing():
    assert set(compute([], builtin_annex1(), date(2026, 1, 1)).counts.values()) == {0}


def test_counts_are_offered_only_to_indicators_of_areas_1_to_4_and_6_that_the_catalogue_has():
    ids = builtin_catalogue().indicator_ids()
    for key in COUNTS:
        offered = supported(key, ids)
        assert offered, key
        assert {i.split(".")[0] for i in offered} <= {"1", "2", "3", "4", "6"}
    assert {i.split(".")[0] for key in COUNTS for i in supported(key, ids)} == {"1", "2", "3", "4", "6"}
    assert supported("meets_annex_i", ["1.3"]) == ("1.3",)
    assert supported("meets_annex_i", ["9.9"]) == ()
    assert set(SUPPORTS) == set(COUNTS)


def test_an_evidence_line_is_added_once_below_what_is_there():
    line = "Register of hazardous activities, 2026-06-15: Notified: 3 of 25."
    assert with_evidence_line("", line) == line
    assert with_evidence_line("  \n", line) == line
    assert with_evidence_line("Decree No. 5\n", line) == f"Decree No. 5\n{line}"
    twice = with_evidence_line(with_evidence_line("Decree No. 5", line), line)
    assert twice == f"Decree No. 5\n{line}"
    other_day = line.replace("2026-06-15", "2026-06-16")
    assert with_evidence_line(twice, other_day) == f"{twice}\n{other_day}"


def test_the_figures_of_a_document_are_made_again_only_after_it_changed(tmp_path, monkeypatch, demo_copy):
    from model.document.assessment import Assessment
    from model.register import activities as register
    from model.register import figures as figures_module

    made = []
    real = figures_module.compute
    monkeypatch.setattr(figures_module, "compute", lambda *args: made.append(1) or real(*args))
    with Assessment.open(demo_copy(tmp_path / "demo.teia")) as doc:
        first = figures_module.figures_of(doc, date(2026, 6, 1))
        assert figures_module.figures_of(doc, date(2026, 6, 1)) is first and len(made) == 1
        activity = register.activities(doc)[0]
        register.update_activity(doc, activity.uid, {"transboundary": "yes" if activity.values["transboundary"]
                                                     != "yes" else "no"})
        second = figures_module.figures_of(doc, date(2026, 6, 1))
        assert len(made) == 2 and second.counts["transboundary"] != first.counts["transboundary"]
        figures_module.figures_of(doc, date(2026, 6, 2))  # another day: "inspected this year" may differ
        assert len(made) == 3


def test_figures_after_an_edit_equal_figures_made_afresh():
    from dataclasses import replace

    annex = builtin_annex1()
    today = date(2026, 6, 15)
    found = [activity("a", [CHLORINE_5], cluster="K1"), activity("b", [CHLORINE_5], cluster="K1"),
             activity("c", [CHLORINE_30])]
    before = compute(found, annex, today)
    edited = [replace(found[0], substances=(CHLORINE_30,)), *found[1:]]
    after = after_edit(before, edited, "a", found[0], today)
    fresh = compute(edited, annex, today)
    assert after.results == fresh.results and after.counts == fresh.counts and after.clusters == fresh.clusters
    assert after.counts["meets_annex_i"] == 2 and before.counts["meets_annex_i"] == 1
    assert after.results["b"] is before.results["b"]  # not calculated again
    assert after.clusters["K1"] != before.clusters["K1"]  # the cluster it belongs to is

    # leaving a cluster for another one: both are made again, the others kept
    found = [*edited, activity("d", [CHLORINE_5], cluster="K2"), activity("e", [CHLORINE_5], cluster="K2"),
             activity("f", [CHLORINE_5], cluster="K3"), activity("g", [CHLORINE_5], cluster="K3")]
    before = compute(found, annex, today)
    moved = [replace(found[0], values={**found[0].values, "cluster": "K2"}), *found[1:]]
    after = after_edit(before, moved, "a", found[0], today)
    fresh = compute(moved, annex, today)
    assert after.clusters == fresh.clusters and "K1" not in after.clusters  # b is alone now
    assert after.clusters["K3"] is before.clusters["K3"] and after.clusters["K2"] != before.clusters["K2"]
