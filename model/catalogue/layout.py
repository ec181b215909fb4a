"""The layout of a catalogue workbook: its sheets, their columns (one per language for every text) and the
instructions on its first sheet, shared by the writer and the reader."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from model.catalogue import LANGUAGES

FORMAT = "teia-catalogue-workbook"
FORMAT_VERSION = "1"
META_SHEET = "_teia_catalogue"
LISTS_SHEET = "_teia_catalogue_lists"
INSTRUCTIONS_SHEET = "Instructions"
LANGUAGES_REQUIRED = LANGUAGES  # every text has at least these columns (a missing one is refused)
STATUSES = ("provisional", "official", "draft")
KINDS = ("working", "cross-cutting")
NOT_APPLICABLE = "na"
# The most rows a sheet may have: 5,000 indicators of at most 20 criteria each (the schema's limits), and a
# header. A larger sheet is refused before it is parsed (model.formats.untrusted).
MAX_ROWS = 100_010


@dataclass(frozen=True)
class Sheet:
    name: str
    plain: tuple[str, ...]  # one column each
    texts: tuple[str, ...]  # one column per language each: statement_en, statement_ru, ...
    lists: tuple[str, ...] = ()  # several values in one cell, separated by ";" (or one per line)
    required: tuple[str, ...] = ()  # cells that must not be empty
    required_texts: tuple[str, ...] = ()  # texts that must have at least one language

    def columns(self, languages: tuple[str, ...]) -> tuple[str, ...]:
        return (*self.plain, *(f"{text}_{lang}" for text in self.texts for lang in languages), *self.lists)


IDENTITY = Sheet("Catalogue", ("id", "edition", "status"), ("title", "note"), ("sources",),
                 required=("id", "edition", "status"), required_texts=("title",))
SCALE = Sheet("Scale", ("indicator", "value"), ("label", "descriptor"), required=("value",),
              required_texts=("label", "descriptor"))
AREAS = Sheet("Areas", ("id", "kind"), ("title", "description"), ("references",), required=("id", "kind"),
              required_texts=("title",))
INDICATORS = Sheet("Indicators", ("id", "area"), ("statement", "guidance"), ("references", "cross_cutting"),
                   required=("id", "area"), required_texts=("statement",))
CRITERIA = Sheet("Criteria", ("id", "indicator"), ("text",), required=("id", "indicator"), required_texts=("text",))
SHEETS = (IDENTITY, SCALE, AREAS, INDICATORS, CRITERIA)

INSTRUCTIONS = {
    "ru": (
        "Каталог показателей для самостоятельной оценки. Каждый лист — одна часть каталога: Catalogue "
        "(идентификатор, редакция, статус, название, примечание, источники), Scale (уровни шкалы: значение 0–10 "
        "или na — «не применимо», название и описание; столбец indicator заполняется только для показателя со "
        "своей шкалой), Areas (области работы), Indicators (показатели), Criteria (критерии). У каждого текста "
        "по столбцу на язык: statement_en, statement_ru, statement_ky; пустой столбец языка показывается "
        "текстом на другом языке. Несколько ссылок в одной ячейке разделяйте точкой с запятой. Значения из "
        "списков (статус, вид области, область показателя, показатель критерия) выбирайте из раскрывающегося "
        "списка. Строки можно добавлять, удалять и переставлять (порядок строк — порядок в каталоге); не "
        "переименовывайте листы и столбцы. После изменения новой редакции дайте новое значение edition. "
        "Загрузите файл в программе: Файл → Каталоги показателей… → Импорт книги….",
    ),
    "ky": (
        "Өз алдынча баалоонун көрсөткүчтөр каталогу. Ар бир барак — каталогдун бир бөлүгү: Catalogue "
        "(идентификатор, редакция, статус, аталыш, эскертүү, булактар), Scale (шкаланын деңгээлдери: мааниси "
        "0–10 же na — «колдонулбайт», аталышы жана сүрөттөмөсү; indicator тилкеси өз шкаласы бар көрсөткүч "
        "үчүн гана толтурулат), Areas (иш чөйрөлөрү), Indicators (көрсөткүчтөр), Criteria (критерийлер). Ар "
        "бир тексттин ар бир тил үчүн өз тилкеси бар: statement_en, statement_ru, statement_ky; бош тилкенин "
        "ордуна башка тилдеги текст көрсөтүлөт. Бир уячадагы бир нече шилтемени үтүрлүү чекит менен бөлүңүз. "
        "Тизмедеги маанилерди (статус, чөйрөнүн түрү, көрсөткүчтүн чөйрөсү, критерийдин көрсөткүчү) ачылуучу "
        "тизмеден тандаңыз. Саптарды кошууга, өчүрүүгө жана ордун алмаштырууга болот (саптардын тартиби — "
        "каталогдогу тартип); барактардын жана тилкелердин атын өзгөртпөңүз. Жаңы редакция үчүн edition "
        "маанисин өзгөртүңүз. Файлды программада жүктөңүз: Файл → Көрсөткүчтөрдүн каталогдору… → Китепти импорттоо….",
    ),
    "en": (
        "The catalogue of indicators for the self-assessment. Each sheet is one part of it: Catalogue (id, "
        "edition, status, title, note, sources), Scale (the levels: a value 0-10 or na for not applicable, a "
        "label and a descriptor; fill the column indicator only for an indicator with a scale of its own), "
        "Areas, Indicators and Criteria. Every text has one column per language: statement_en, statement_ru, "
        "statement_ky; an empty language column is shown in another language. Separate several references "
        "in one cell by a semicolon. Choose the values that come from a list (status, kind of area, area of "
        "an indicator, indicator of a criterion) from the drop-down. Rows can be added, deleted and moved "
        "(the order of the rows is the order in the catalogue); do not rename the sheets or the columns. Give "
        "a changed catalogue a new edition. Load the file in the application: File → Catalogues… → Import a workbook….",
    ),
}


def languages_of(data: dict[str, Any]) -> tuple[str, ...]:  # the catalogue's JSON
    """en, ru, ky and any other language a text of the catalogue has (each gets its own columns)."""
    found: set[str] = set()
    stack: list[object] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item and all(isinstance(k, str) and isinstance(v, str) for k, v in item.items()) and \
                    any(k in LANGUAGES for k in item):
                found.update(item)
            else:
                stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return (*LANGUAGES, *sorted(found - set(LANGUAGES)))
