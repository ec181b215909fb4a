"""The command-line verbs, working on the model without a display; each returns the text to print."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from model.report import consistency
from model.report import progress
from model.catalogue import builtin_catalogue, load_catalogue
from model.demo import build_demo
from model.document.assessment import STATUSES, Assessment
from model.errors import UserInputError


def demo(out: str, *, overwrite: bool = False, catalogue_file: str | None = None) -> str:
    catalogue = load_catalogue(catalogue_file) if catalogue_file else builtin_catalogue()
    with build_demo(out, catalogue, overwrite=overwrite) as doc:
        count = doc.catalogue.indicator_count
    return f"Wrote the example assessment to {out} ({count} indicators, all rated)."


def summary(path: str) -> dict[str, Any]:  # the JSON of `check --json`; check() below formats its fields
    with Assessment.open(path, readonly=True) as doc:
        integrity = doc.integrity_check()
        responses = doc.responses()
        result = progress.summarise(doc.catalogue, responses)
        meta = doc.meta()
        cat = doc.catalogue
        return {
            "file": str(Path(path)),
            "schema_version": doc.schema_version(),
            "integrity": "ok" if integrity == ["ok"] else integrity,
            "title": meta.get("title", ""),
            "country": meta.get("country", ""),
            "updated": meta.get("updated", ""),
            "catalogue": {"id": cat.id, "version": cat.version, "status": cat.status, "sha256": cat.sha256},
            "indicators": result.indicators,
            "rated": result.rated,
            "complete": result.complete,
            "draft": result.draft,
            "not_started": result.not_started,
            "without_evidence": result.without_evidence,
            "needs_attention": {ident: [f.kind for f in found]
                                for ident, found in consistency.findings(cat, responses).items()},
            "actions": doc.action_count(),
            "attachments": len(doc.attachments()),
            "notices": notices(doc),
            "areas": [
                {"id": a.area_id, "indicators": a.indicators, "complete": a.complete, "rated": a.rated,
                 "mean_level": None if a.mean_level is None else round(a.mean_level, 2)}
                for a in result.areas
            ],
        }


def notices(doc: Assessment) -> list[str]:
    """What opening found and did (a foreign journal set aside, missing rows added), one line each."""
    return [" ".join(str(notice).split()) for notice in doc.notices]


def check(path: str, *, as_json: bool = False) -> tuple[str, bool]:
    """The report and whether the document is sound."""
    data = summary(path)
    ok = data["integrity"] == "ok"
    if as_json:
        return json.dumps(data, ensure_ascii=False, indent=2), ok
    cat = data["catalogue"]
    lines = [
        f"{data['file']}: {'OK' if ok else 'DAMAGED: ' + '; '.join(data['integrity'])}",
        f"  title:      {data['title']}",
        f"  country:    {data['country']}",
        f"  format:     {data['schema_version']}",
        f"  catalogue:  {cat['id']} {cat['version']} ({cat['status']})",
        f"  indicators: {data['indicators']}, rated {data['rated']}, complete {data['complete']}, "
        f"draft {data['draft']}, not started {data['not_started']}",
        f"  actions:    {data['actions']}; attachments: {data['attachments']}",
    ]
    attention = data["needs_attention"]
    if attention:
        lines.append(f"  attention:  {len(attention)} indicator(s) need attention (a level that contradicts its "
                     f"criteria, or complete without evidence): {', '.join(attention)}")
    lines += [f"  warning:    {notice}" for notice in data["notices"]]
    for area in data["areas"]:
        mean = "-" if area["mean_level"] is None else f"{area['mean_level']:.2f}"
        lines.append(f"  area {area['id']:>3}: {area['complete']}/{area['indicators']} complete, mean level {mean}")
    return "\n".join(lines), ok


def set_response(path: str, indicator_id: str, *, level: str | None = None, description: str | None = None,
                 evidence: str | None = None, gaps: str | None = None, authority: str | None = None,
                 status: str | None = None, criteria: str | None = None, user: str | None = None) -> str:
    fields: dict[str, object] = {}
    if level is not None:
        if level.lower() in ("na", "n/a"):
            fields["not_applicable"] = True
        else:
            try:
                fields["level"] = int(level)
            except ValueError:
                raise UserInputError(detail=f"--level must be a number or 'na', not {level!r}") from None
    for name, value in (("description", description), ("evidence", evidence), ("gaps", gaps),
                        ("authority", authority)):
        if value is not None:
            fields[name] = value
    if status is not None:
        if status not in STATUSES:
            raise UserInputError(detail=f"--status must be one of {', '.join(STATUSES)}")
        fields["status"] = status
    if criteria is not None:
        fields["criteria_met"] = tuple(c.strip() for c in criteria.split(",") if c.strip())
    if not fields:
        raise UserInputError(detail="nothing to set: give at least one of --level, --description, --evidence, "
                                    "--gaps, --authority, --status, --criteria")
    with Assessment.open(path) as doc:
        if user:
            doc.user = user
        response = doc.update_response(indicator_id, source="command line", **fields)
        warnings = [f"warning: {notice}" for notice in notices(doc)]
    level_text = "n/a" if response.not_applicable else ("-" if response.level is None else str(response.level))
    return "\n".join([*warnings, f"{indicator_id}: level {level_text}, status {response.status}, "
                                  f"revision {response.revision}"])
