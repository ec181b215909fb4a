"""The command-line verbs that write Word and Excel files and import a workbook back; each returns its text."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from model import fileio
from model.report import consistency
from model.report import build as report
from model.document.assessment import Assessment
from model.errors import DocumentError, UserInputError
from model.formats import xlsx_import as workbook_import

FORMATS = ("docx", "xlsx", "pdf")
ChartMaker = Callable[..., bytes]  # (labels, values[, before=, legend=]) -> PNG: render.radar.radar_png
# Draws a report as PDF (GUI layer, Qt): (report, out, kind "blank"/"filled"/"plan", areas) -> pages written.
PdfWriter = Callable[[report.Report, str, str, tuple[str, ...]], int]


def check_target(out: str, path: str, force: bool) -> None:
    """Refuse to write over ``path`` itself, an assessment or a non-regular file, and over any file without --force."""
    try:
        fileio.check_export_target(out, sources=(path,), overwrite=force)
    except DocumentError as error:
        if error.kind != "exists":
            raise
        raise UserInputError(detail=f"{out} already exists; add --force to replace it") from None


def export(path: str, fmt: str, lang: str, out: str, *, chart: ChartMaker | None = None,
           pdf: PdfWriter | None = None, blank: bool = False, plan: bool = False, areas: str | None = None,
           force: bool = False) -> str:
    """Write the assessment as a Word report, a workbook or a PDF; ``chart`` draws the radar chart and
    ``pdf`` the printout (both GUI layer). ``blank``, ``plan`` and ``areas`` ("1,3,A") choose what a PDF holds.
    An existing file is replaced only with ``force``, and never when it is an assessment or not a regular file."""
    if fmt not in FORMATS:
        raise UserInputError(detail=f"--format must be one of {', '.join(FORMATS)}")
    if fmt != "pdf" and (blank or plan or areas):
        raise UserInputError(detail="--blank, --plan and --areas apply to --format pdf only")
    if blank and plan:
        raise UserInputError(detail="choose --blank or --plan, not both")
    if plan and areas:
        raise UserInputError(detail="--areas applies to the forms and the assessment; "
                                    "the plan is printed whole")
    report.parse_lang(lang)
    check_target(out, path, force)
    with Assessment.open(path, readonly=True) as doc:
        content = report.build(doc, lang)
    if fmt == "pdf":
        if pdf is None:
            raise UserInputError(detail="PDF export is not available here")
        kind = "blank" if blank else "plan" if plan else "filled"
        wanted = tuple(dict.fromkeys(a.strip() for a in (areas or "").split(",") if a.strip()))
        unknown = [a for a in wanted if a not in {s.id for s in content.sections}]
        if unknown:
            raise UserInputError(detail=f"--areas: there is no area {', '.join(unknown)} "
                                        f"(the areas are {', '.join(s.id for s in content.sections)})")
        pages = pdf(content, out, kind, wanted)
        what = {"blank": "blank forms", "plan": "action plan", "filled": "assessment"}[kind]
        return f"Wrote {out} (pdf, {what}, {content.lang}; {pages} pages)."
    if fmt == "docx":
        from model.formats import docx

        png = chart(*report.chart_data(content), lang=content.langs[0]) if chart else None
        progress = report.progress_chart_args(content)
        progress_png = chart(**progress) if chart and progress else None
        docx.write(content, out, chart_png=png, progress_png=progress_png)
    else:
        from model.formats import long_texts
        from model.formats import xlsx

        xlsx.write(content, out)
        numbers = {a.uid: str(a.number) for a in content.actions}
        long = [item.describe(numbers.get(item.ident, "")) for item in long_texts.long_texts(content)]
        if long:
            return (f"Wrote {out} (xlsx, {content.lang}; {len(content.indicators())} indicators, "
                    f"{len(content.actions)} actions). Longer than an Excel cell holds (32,767 characters), kept "
                    f"whole for the import on a hidden sheet: {'; '.join(long)}.")
    return f"Wrote {out} ({fmt}, {content.lang}; {len(content.indicators())} indicators, {len(content.actions)} actions)."


def describe(plan: workbook_import.ImportPlan) -> list[str]:
    lines = [f"  warning: {warning.english()}" for warning in plan.warnings]
    for change in plan.changes:
        mark = "CONFLICT " if change.conflict else ""
        old = change.old.replace("\n", " ")
        new = change.new.replace("\n", " ")
        lines.append(f"  {mark}{change.target} [{change.field}] {_short(old)!r} -> {_short(new)!r}  ({change.cell})")
    lines += [f"  needs attention after the import: {f.indicator_id}: {consistency.describe(f)}" for f in plan.findings]
    return lines


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def import_workbook(path: str, workbook: str, *, apply: bool = False, include_conflicts: bool = False,
                    user: str | None = None) -> str:
    """Show (and with ``apply`` write) the changes a workbook brings; conflicts only with ``include_conflicts``."""
    if not Path(workbook).exists():
        raise UserInputError(detail=f"the workbook {workbook} does not exist")
    with Assessment.open(path, readonly=not apply) as doc:
        if user:
            doc.user = user
        plan = workbook_import.read(doc, workbook)
        conflicts = len(plan.conflicts)
        lines = [f"{Path(workbook).name}: {len(plan.changes)} change(s), {conflicts} conflict(s)"]
        lines += describe(plan)
        if not plan.changes:
            return "\n".join([lines[0] + "; nothing to import.", *lines[1:]])
        if not apply:
            lines.append("Nothing was changed. Run again with --yes to apply the changes"
                         + (" (add --include-conflicts to apply the conflicting ones too)." if conflicts else "."))
            return "\n".join(lines)
        accepted = {c.key for c in plan.changes} if include_conflicts else plan.default_accepted()
        applied = workbook_import.apply(doc, plan, accepted)
        skipped = conflicts if not include_conflicts else 0
        lines.append(f"Applied {len(applied)} change(s) to {path}"
                     + (f"; left {skipped} conflict(s) unchanged (use --include-conflicts)." if skipped else "."))
        return "\n".join(lines)
