"""Tailings management facilities: the hazard index from weights and score tables loaded from a data file,
a ranking of the facilities, and the checklist answered per facility with findings linked to plan actions.

The method's terms and scores are provisional (resources/tailings/tmf-method.json says why): nothing here
knows a score; it only applies the kinds of scoring the file declares.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from model.document import actionplan
from model.catalogue import Text
from model.document.assessment import Assessment
from model.errors import TeiaError
from model.languages import QT_TRANSLATE_NOOP
from model.register import activities as register
from model.register.activities import Activity, to_number
from model.app.resources import read_data_file, resource_path

BUILTIN_METHOD = ("tailings", "tmf-method.json")
MAX_METHOD_BYTES = 1024 * 1024
SCORE_KINDS = ("log10", "table", "bands", "bands_below")
TAILINGS_INDICATOR = "3.7"  # specific requirements for high-risk sectors such as tailings


class TailingsMethodError(TeiaError):
    """A tailings method file cannot be used; names the file, the entry and what is wrong."""

    kind = "tailings"
    template = QT_TRANSLATE_NOOP("Errors", "The tailings method {file} cannot be used.\nEntry: {entry}\nProblem: {problem}")


@dataclass(frozen=True)
class Parameter:
    id: str
    kind: str  # "number" or "choice"
    name: Text
    unit: str = ""
    low: float = 0.0
    high: float = 0.0
    choices: tuple[tuple[str, Text], ...] = ()


@dataclass(frozen=True)
class Term:
    id: str
    parameter: str
    score: dict[str, Any]  # how the file scores the parameter: {"kind": "table" | "log10" | "bands", ...}
    name: Text
    confidence: str


@dataclass(frozen=True)
class Question:
    id: str
    section: str
    part: str  # "visual" or "documentation"
    text: Text


@dataclass(frozen=True)
class Method:
    id: str
    edition: str
    status: str
    title: Text
    note: Text
    parameters: dict[str, Parameter]
    hazard_terms: tuple[Term, ...]
    exposure_terms: tuple[Term, ...]
    answers: tuple[tuple[str, Text], ...]
    sections: tuple[tuple[str, Text], ...]
    questions: tuple[Question, ...]

    @property
    def label(self) -> str:
        return f"{self.id} {self.edition}"

    @property
    def provisional(self) -> bool:
        return self.status != "official"


@dataclass(frozen=True)
class Index:
    """The hazard index (THI) and the risk index (TRI = THI + exposure), with each term's score."""

    hazard: float
    risk: float
    scores: dict[str, float]
    missing: tuple[str, ...]  # parameters without a value (their terms count 0)

    @property
    def dominant(self) -> str:
        return max(self.scores, key=lambda k: self.scores[k], default="")


def _refuse(origin: str, entry: str, problem: str) -> TailingsMethodError:
    return TailingsMethodError(file=origin, entry=entry, problem=problem)


def _text(raw: object, origin: str, where: str) -> Text:
    if not isinstance(raw, dict) or not raw or not all(isinstance(v, str) and len(v) <= 4000 for v in raw.values()):
        raise _refuse(origin, where, "a text in en, ru and ky is expected")
    return Text(raw)


def parse_method(source: str, origin: str = "tailings method") -> Method:
    """Validate a method file: known score kinds, terms on declared parameters, bounded sizes."""
    try:
        data = json.loads(source)
    except (ValueError, RecursionError) as exc:
        raise _refuse(origin, "(file)", f"not valid JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != 1:
        raise _refuse(origin, "format", "format 1 is expected")
    try:
        parameters: dict[str, Parameter] = {}
        for index, raw in enumerate(data["parameters"][:100]):
            where = f"parameters[{index}]"
            choices = tuple((str(c["id"]), _text(c["name"], origin, f"{where}.choices"))
                            for c in raw.get("choices", [])[:50])
            if raw["kind"] not in ("number", "choice") or (raw["kind"] == "choice" and not choices):
                raise _refuse(origin, f"{where}.kind", "number, or choice with choices")
            parameters[str(raw["id"])] = Parameter(str(raw["id"]), raw["kind"], _text(raw["name"], origin, where),
                                                   str(raw.get("unit", "")), float(raw.get("min", 0)),
                                                   float(raw.get("max", 1e12)), choices)
        terms = {}
        for key in ("hazard_terms", "exposure_terms"):
            found = []
            for index, raw in enumerate(data[key][:30]):
                where = f"{key}[{index}]"
                score = raw["score"]
                if raw["parameter"] not in parameters:
                    raise _refuse(origin, f"{where}.parameter", f"no parameter '{raw['parameter']}'")
                if score.get("kind") not in SCORE_KINDS:
                    raise _refuse(origin, f"{where}.score", f"the kind must be one of {', '.join(SCORE_KINDS)}")
                values = score.get("table", {}).values() if score["kind"] == "table" else \
                    [b[1] for b in score.get("bands", [])]
                if not all(isinstance(v, (int, float)) and math.isfinite(v) and abs(v) <= 100 for v in values):
                    raise _refuse(origin, f"{where}.score", "scores must be numbers from -100 to 100")
                found.append(Term(str(raw["id"]), raw["parameter"], score, _text(raw["name"], origin, where),
                                  str(raw.get("confidence", "L"))))
            terms[key] = tuple(found)
        checklist = data["checklist"]
        answers = tuple((str(a["id"]), _text(a["name"], origin, "checklist.answers")) for a in checklist["answers"][:10])
        sections, questions = [], []
        for s_index, section in enumerate(checklist["sections"][:50]):
            sections.append((str(section["id"]), _text(section["name"], origin, f"checklist.sections[{s_index}]")))
            for q_index, raw in enumerate(section["questions"][:100]):
                questions.append(Question(str(raw["id"]), str(section["id"]), str(raw.get("part", "documentation")),
                                          _text(raw["text"], origin, f"checklist.sections[{s_index}].questions[{q_index}]")))
        if len({q.id for q in questions}) != len(questions):
            raise _refuse(origin, "checklist", "a question id is used twice")
        return Method(str(data["id"]), str(data["edition"]), str(data["status"]), _text(data["title"], origin, "title"),
                      _text(data.get("note") or {"en": "-"}, origin, "note"), parameters, terms["hazard_terms"],
                      terms["exposure_terms"], answers, tuple(sections), tuple(questions))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _refuse(origin, "(structure)", f"missing or wrong entry ({exc})") from None


def load_method(path: str | Path) -> Method:
    path = Path(path)
    text = read_data_file(path, MAX_METHOD_BYTES, "a tailings method",
                          lambda problem: _refuse(str(path), "(file)", problem))
    return parse_method(text, str(path))


@lru_cache(maxsize=1)
def builtin_method() -> Method:
    return load_method(resource_path(*BUILTIN_METHOD))


def clean_parameters(values: dict[str, object], method: Method) -> dict[str, object]:
    """Parameters as stored: numbers within their bounds, choices among theirs; unknown keys refused."""
    from model.errors import DocumentError

    clean: dict[str, object] = {}
    for key, value in values.items():
        parameter = method.parameters.get(key)
        if parameter is None:
            raise DocumentError("bad_value", field=key, detail="not a parameter of the tailings method")
        if value in (None, ""):
            continue
        if parameter.kind == "number":
            number = to_number(value)
            if number is None or not parameter.low <= number <= parameter.high:
                raise DocumentError("bad_value", field=key,
                                    detail=f"{value!r} (a number from {parameter.low:g} to {parameter.high:g})")
            clean[key] = number
        elif str(value) in dict(parameter.choices):
            clean[key] = str(value)
        else:
            raise DocumentError("bad_value", field=key, detail=f"{value!r} (use one of "
                                f"{', '.join(c for c, _ in parameter.choices)})")
    return clean


def _score(term: Term, value: object) -> float:
    kind = term.score["kind"]
    if kind == "table":
        return float(term.score["table"].get(str(value), 0))
    number = to_number(value)
    if number is None:
        return 0.0
    if kind == "log10":
        return math.log10(number) if number >= 1 else 0.0
    bands: list[tuple[float, float]] = sorted(term.score.get("bands", []))  # (bound, score)
    if kind == "bands":  # the score of the highest band whose lower bound the value reaches
        reached = [score for bound, score in bands if number >= bound]
        return float(reached[-1]) if reached else 0.0
    below = [score for bound, score in bands if number <= bound]  # "bands_below": the nearest band
    return float(below[0]) if below else 0.0


def index(parameters: dict[str, object], method: Method) -> Index:
    scores: dict[str, float] = {}
    missing = []
    for term in (*method.hazard_terms, *method.exposure_terms):
        value = parameters.get(term.parameter)
        if value in (None, ""):
            missing.append(term.parameter)
        scores[term.id] = _score(term, value) if value not in (None, "") else 0.0
    hazard = math.fsum(scores[t.id] for t in method.hazard_terms)
    risk = hazard + math.fsum(scores[t.id] for t in method.exposure_terms)
    return Index(hazard, risk, scores, tuple(dict.fromkeys(missing)))


def ranking(activities: list[Activity], method: Method) -> list[tuple[Activity, Index]]:
    """The mining activities with tailings parameters, the highest hazard index first (then risk, then name)."""
    ranked = [(a, index(a.tailings, method)) for a in activities if a.is_mining and a.tailings]
    ranked.sort(key=lambda pair: (-pair[1].hazard, -pair[1].risk, str(pair[0].values.get("name", ""))))
    return ranked


# ----------------------------------------------------------------- checklist
def findings(activity: Activity, method: Method) -> list[tuple[Question, dict[str, Any]]]:
    """Questions answered "no" or "partly" (the shortcomings), with the answer record."""
    shortfalls = []
    for question in method.questions:
        answer = activity.checklist.get(question.id)
        if isinstance(answer, dict) and answer.get("answer") in ("no", "partly"):
            shortfalls.append((question, answer))
    return shortfalls


def answer(doc: Assessment, uid: str, question_id: str, value: str, note: str = "",
           method: Method | None = None) -> Activity:
    """Record one checklist answer (keeping a link to a plan action it already has)."""
    from model.errors import DocumentError

    method = method or builtin_method()
    if question_id not in {q.id for q in method.questions}:
        raise DocumentError("bad_value", field="checklist", detail=f"no question {question_id}")
    if value not in dict(method.answers) and value != "":
        raise DocumentError("bad_value", field="checklist", detail=f"{value!r} is not an answer")
    current = register.activity(doc, uid)
    checklist = dict(current.checklist)
    record = dict(checklist.get(question_id) or {})
    record.update(answer=value, note=str(note)[:register.MAX_TEXT])
    checklist[question_id] = record
    return register.set_tailings(doc, uid, checklist=checklist)


def action_for_finding(doc: Assessment, uid: str, question_id: str, lang: str = "ru",
                       method: Method | None = None) -> actionplan.Action:
    """An action of the plan to remedy a shortcoming, linked to the tailings indicator; the answer keeps its uid.

    Asked again for the same finding, the action already made is returned (no duplicates).
    """
    method = method or builtin_method()
    current = register.activity(doc, uid)
    record = dict(current.checklist.get(question_id) or {})
    existing = record.get("action_uid")
    if existing:
        for action in actionplan.actions(doc):
            if action.uid == existing:
                return action
    question = next(q for q in method.questions if q.id == question_id)
    name = str(current.values.get("name") or "")
    links = [TAILINGS_INDICATOR] if doc.catalogue.indicator(TAILINGS_INDICATOR) else []
    with doc.transaction():  # the action and the link to it, together or not at all
        action = actionplan.add_action(doc, f"{name}: {question.text.text(lang)}"[:500], links,
                                       gap=str(record.get("note") or question.text.text(lang)))
        checklist = dict(current.checklist)
        record["action_uid"] = action.uid
        checklist[question_id] = record
        register.set_tailings(doc, uid, checklist=checklist)
    return action
