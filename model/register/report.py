"""The register as the reports show it (the Word annex, the Excel sheets): rows and sentences, in the
report's languages, built once from the document so that the formats never disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from model.document.assessment import Assessment
from model.register import activities as register
from model.register.calculator import explain, formula
from model.register.figures import compute
from model.register.labels import ratio
from model.languages import in_languages

if TYPE_CHECKING:
    from model.report.sections import Element

LABELS: dict[str, dict[str, str]] = {
    "register_annex": {"en": "Annex: register of hazardous activities", "ru": "Приложение: реестр опасных видов "
                       "деятельности", "ky": "Тиркеме: коркунучтуу ишмердүүлүктөрдүн реестри"},
    "register_intro": {"en": "Every hazardous activity of the register with the Annex I quantity test. "
                       "For each activity that meets the test, its calculation follows, to be checked by hand.",
                       "ru": "Все виды опасной деятельности из реестра с результатом количественного критерия "
                       "приложения I. Для каждого вида деятельности, соответствующего критерию, приводится расчёт, "
                       "который можно проверить вручную.",
                       "ky": "Реестрдеги бардык коркунучтуу ишмердүүлүктөр I тиркеменин сандык критерийи менен. "
                       "Критерийге жооп берген ар бир ишмердүүлүк үчүн кол менен текшерүүгө боло турган эсеп берилет."},
    "no_activities": {"en": "The register holds no activities yet.", "ru": "В реестре пока нет видов деятельности.",
                      "ky": "Реестрде азырынча ишмердүүлүк жок."},
    "number": {"en": "No.", "ru": "№", "ky": "№"},
    "activity": {"en": "Hazardous activity", "ru": "Опасная деятельность", "ky": "Коркунучтуу ишмердүүлүк"},
    "operator": {"en": "Operator", "ru": "Оператор", "ky": "Оператор"},
    "region": {"en": "Region", "ru": "Область", "ky": "Облус"},
    "s_health": {"en": "S health", "ru": "S здоровье", "ky": "S ден соолук"},
    "s_physical": {"en": "S physical", "ru": "S физ.", "ky": "S физ."},
    "s_environment": {"en": "S environment", "ru": "S окр. среда", "ky": "S айлана-чөйрө"},
    "largest": {"en": "Largest q/Q", "ru": "Макс. q/Q", "ky": "Эң чоң q/Q"},
    "result": {"en": "Annex I", "ru": "Прил. I", "ky": "I тиркеме"},
    "meets": {"en": "meets", "ru": "соответствует", "ky": "жооп берет"},
    "below": {"en": "below", "ru": "ниже порогов", "ky": "чектен төмөн"},
    "sheet_register": {"en": "Register", "ru": "Реестр", "ky": "Реестр"},
    "sheet_substances": {"en": "Register substances", "ru": "Вещества реестра", "ky": "Реестрдин заттары"},
    "substance": {"en": "Substance", "ru": "Вещество", "ky": "Зат"},
    "named_entry": {"en": "Named entry", "ru": "Поименованное вещество", "ky": "Аталган зат"},
    "categories": {"en": "Categories", "ru": "Категории", "ky": "Категориялар"},
    "quantity": {"en": "Maximum quantity, t", "ru": "Максимальное количество, т", "ky": "Эң көп саны, т"},
    "calculation": {"en": "Calculation", "ru": "Расчёт", "ky": "Эсеп"},
    "calculations": {"en": "Calculations of the activities that meet the test",
                     "ru": "Расчёты для видов деятельности, соответствующих критерию",
                     "ky": "Критерийге жооп берген ишмердүүлүктөрдүн эсептери"},
}


def label(key: str, langs: tuple[str, ...], sep: str = " / ") -> str:
    entry = LABELS[key]
    return sep.join(dict.fromkeys(in_languages(entry, langs)))


@dataclass(frozen=True)
class RegisterRow:
    number: int
    name: str
    operator: str
    region: str
    s_health: str
    s_physical: str
    s_environment: str
    largest: str
    meets: bool
    calculation: tuple[str, ...]  # the sums with their formulas, then the sentence (in the first language)
    substances: tuple[tuple[str, str, str, float | None], ...] = ()  # name, named entry, categories, tonnes


@dataclass(frozen=True)
class RegisterAnnex:
    edition: str
    provisional_note: str
    rows: tuple[RegisterRow, ...]


def build(doc: Assessment, langs: tuple[str, ...]) -> RegisterAnnex | None:
    """The annex, or None for a document without a register (an old format opened read-only, or empty)."""
    found = register.activities(doc)
    if not found:
        return None
    annex = register.annex_for(doc)
    figures = compute(found, annex)
    lang = langs[0]
    rows = []
    for number, activity in enumerate(found, start=1):
        result = figures.results[activity.uid]
        calculation: tuple[str, ...] = ()
        if result.meets:
            sums = tuple(f"S {annex.groups[g].text(lang)} = {formula(result.terms[g], lang)} = "
                         f"{ratio(result.s(g), lang)}" for g in annex.summed_groups if result.terms.get(g))
            calculation = (*sums, *(explain(result, annex, x) for x in langs))
        values = activity.values
        rows.append(RegisterRow(
            number, str(values.get("name") or ""), str(values.get("operator") or ""), str(values.get("region") or ""),
            ratio(result.s("health"), lang), ratio(result.s("physical"), lang), ratio(result.s("environment"), lang),
            f"{ratio(result.max_ratio, lang)} {result.max_entry}".strip(), result.meets, calculation,
            tuple((x.name, x.named_id, ", ".join(x.categories), x.quantity_t) for x in activity.substances)))
    from model.register.labels import text

    note = " ".join(dict.fromkeys(text("provisional_annex", x) for x in langs)) if annex.provisional else ""
    edition = " / ".join(dict.fromkeys(text("edition_used", x).format(edition=annex.label) for x in langs))
    return RegisterAnnex(edition, note, tuple(rows))


# The annex's rows, for Word (model.formats.docx_register) and the workbook (model.formats.xlsx_register).
SUMMARY_COLUMNS = ("number", "activity", "operator", "region", "largest", "result")


def result_text(meets: bool, langs: tuple[str, ...]) -> str:
    """What the Annex I column says of an activity: it meets the quantity test, or is below it."""
    return label("meets" if meets else "below", langs)


def summary_cells(entry: RegisterRow, langs: tuple[str, ...]) -> tuple[str, ...]:
    """One activity's cells in the order of SUMMARY_COLUMNS (the sums follow, per activity that meets)."""
    return (str(entry.number), entry.name, entry.operator, entry.region, entry.largest,
            result_text(entry.meets, langs))


SUMMARY_WEIGHTS = (1.2, 4.4, 3.0, 2.5, 2.6, 3.2)  # column widths in cm in Word (16.9 in all), relative in print


def elements(annex: RegisterAnnex | None, langs: tuple[str, ...]) -> list[Element]:
    """The annex as a report section (model.report.sections) for the printout and its PDF (render.forms): the
    same rows, in the same order, as the Word report's (model.formats.docx_register)."""
    from model.report.sections import Heading, Para, Table

    if annex is None:
        return []
    out: list[Element] = [Heading(label("register_annex", langs), 1), Para(label("register_intro", langs), italic=True),
                          Para(annex.edition)]
    if annex.provisional_note:
        out.append(Para(annex.provisional_note, italic=True, small=True))
    out.append(Table(tuple(label(key, langs, "\n") for key in SUMMARY_COLUMNS),
                     tuple(summary_cells(entry, langs) for entry in annex.rows), SUMMARY_WEIGHTS))
    meeting = [entry for entry in annex.rows if entry.meets]
    if meeting:
        out.append(Heading(label("calculations", langs), 2))
    for entry in meeting:
        out.append(Heading(f"{entry.number}. {entry.name}", 2))
        out += [Para(line, small=True) for line in entry.calculation]
    return out
