"""The ``register`` verb of the command line: the register with every computed figure, as text or JSON."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from model.document.assessment import Assessment
from model.register import activities as store
from model.register.calculator import explain
from model.register.figures import activity_json, compute
from model.register.labels import ratio

if TYPE_CHECKING:
    from cli.files import PdfWriter


def register_report(path: str, *, as_json: bool = False, lang: str = "en") -> str:
    with Assessment.open(path, readonly=True) as doc:
        annex = store.annex_for(doc)
        found = store.activities(doc)
    figures = compute(found, annex)
    if as_json:
        return json.dumps({"annex_edition": annex.label,
                           "activities": [activity_json(a, figures.results[a.uid]) for a in found]},
                          ensure_ascii=False, indent=2)
    lines = [f"Annex I edition: {annex.label}" + (" (provisional)" if annex.provisional else ""),
             f"{len(found)} hazardous activities, {figures.counts['meets_annex_i']} meet the Annex I quantity test.",
             ""]
    for activity in found:
        result = figures.results[activity.uid]
        values = activity.values
        lines.append(f"{values.get('name') or activity.uid} — {values.get('operator') or ''}".rstrip(" —"))
        lines.append(f"  S_health {ratio(result.s('health'), lang)}, S_physical {ratio(result.s('physical'), lang)}, "
                     f"S_environment {ratio(result.s('environment'), lang)}, largest q/Q "
                     f"{ratio(result.max_ratio, lang)} ({result.max_entry or '-'})")
        lines.append(f"  {explain(result, annex, lang)}")
    if figures.clusters:
        lines.append("")
        for cluster, result in figures.clusters.items():
            lines.append(f"Cluster {cluster}: {explain(result, annex, lang)}")
    lines.append("")
    lines += [f"{key.replace('_', ' ')}: {value}" for key, value in figures.counts.items()]
    return "\n".join(lines)


def blank_form(path: str, out: str | None, lang: str, pdf: PdfWriter | None, *, force: bool = False) -> str:
    """The blank data collection form as a PDF; an existing file is replaced only with ``force``."""
    from model.report import build as report
    from cli.files import check_target
    from model.errors import UserInputError

    if not out:
        raise UserInputError(detail="--blank-form needs -o OUT.pdf")
    if pdf is None:
        raise UserInputError(detail="PDF export is not available here")
    check_target(out, path, force)
    with Assessment.open(path, readonly=True) as doc:
        content = report.build(doc, lang)
    pages = pdf(content, out, "register_form", ())
    return f"Wrote {out} (pdf, blank register form, {content.lang}; {pages} pages)."


def register_verb(args: argparse.Namespace, pdf: PdfWriter | None = None) -> str:
    """Dispatch ``register FILE [--json] | --template -o OUT | --blank-form -o OUT.pdf | --import WORKBOOK [--yes]``
    (main.py parses; ``pdf`` draws a printout, from the GUI layer, as for ``export``)."""
    from model.errors import UserInputError
    from model.register import workbook

    if sum(bool(x) for x in (args.template, getattr(args, "blank_form", False), args.import_workbook, args.json)) > 1:
        raise UserInputError(detail="choose one of --json, --template, --blank-form and --import")
    if getattr(args, "blank_form", False):
        return blank_form(args.file, args.out, args.lang, pdf, force=getattr(args, "force", False))
    if args.template:
        if not args.out:
            raise UserInputError(detail="--template needs -o OUT.xlsx")
        with Assessment.open(args.file, readonly=True) as doc:
            path = workbook.write_template(doc, args.out)
        return f"Wrote the register workbook to {path}."
    if args.import_workbook:
        with Assessment.open(args.file, readonly=not args.yes) as doc:
            plan = workbook.read_plan(doc, args.import_workbook)
            lines = [plan.summary()] + [f"  {c.kind}: {c.name}" + (f" ({', '.join(c.values)})" if c.kind == "update"
                                                                     and c.values else "") for c in plan.changes]
            if args.yes and plan.changes:
                lines.append(f"Imported {workbook.apply(doc, plan)} activities.")
            elif plan.changes:
                lines.append("Nothing was changed: add --yes to import these changes.")
        return "\n".join(lines)
    return register_report(args.file, as_json=args.json, lang=args.lang)
