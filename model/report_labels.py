"""The report's own words (headings, column titles, choices) in English, Russian and Kyrgyz.

The model cannot use Qt translators, so exports carry their labels here. Russian follows the official
UNECE terms (translations/glossary.tsv): «самостоятельная оценка», «план действий», «показатель»,
«критерии», «ответственный орган». The Kyrgyz wording is a proposal that needs a native review, like the
glossary's.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    # title page
    "report_title": {"en": "Self-assessment and national action plan",
                     "ru": "Самостоятельная оценка и национальный план действий",
                     "ky": "Өз алдынча баалоо жана иш-аракеттердин улуттук планы"},
    "convention": {"en": "Convention on the Transboundary Effects of Industrial Accidents",
                   "ru": "Конвенция о трансграничном воздействии промышленных аварий",
                   "ky": "Өнөр жай кырсыктарынын трансчек аралык таасири жөнүндө конвенция"},
    "country": {"en": "Country", "ru": "Страна", "ky": "Өлкө"},
    "document_status": {"en": "Status of the document", "ru": "Статус документа", "ky": "Документтин абалы"},
    "draft_document": {"en": "Draft", "ru": "Черновик", "ky": "Долбоор"},
    "final_document": {"en": "Final", "ru": "Окончательная редакция", "ky": "Акыркы редакциясы"},
    "date": {"en": "Date", "ru": "Дата", "ky": "Күнү"},
    "lead_authority": {"en": "Lead authority", "ru": "Ведущий орган", "ky": "Жетектөөчү орган"},
    "authors": {"en": "Prepared by", "ru": "Подготовили", "ky": "Даярдагандар"},
    "contributors": {"en": "Contributing authorities", "ru": "Участвующие органы", "ky": "Катышуучу органдар"},
    "contributed_by": {"en": "Contributed by", "ru": "Внесли вклад", "ky": "Салым кошкондор"},
    "catalogue": {"en": "Indicators and criteria", "ru": "Показатели и критерии", "ky": "Көрсөткүчтөр жана критерийлер"},
    "version": {"en": "version", "ru": "версия", "ky": "версиясы"},
    "provisional_note": {
        "en": "The indicators and criteria used are a provisional edition, not the officially adopted text.",
        "ru": "Использованные показатели и критерии — предварительная редакция, а не официально принятый текст.",
        "ky": "Колдонулган көрсөткүчтөр жана критерийлер — алдын ала редакция, расмий кабыл алынган текст эмес."},
    "contents": {"en": "Contents", "ru": "Содержание", "ky": "Мазмуну"},
    "toc_hint": {"en": "Right-click and choose \"Update field\" to build the table of contents.",
                 "ru": "Щёлкните правой кнопкой и выберите «Обновить поле», чтобы построить оглавление.",
                 "ky": "Мазмунун түзүү үчүн оң баскычты басып, «Талааны жаңыртуу» дегенди тандаңыз."},
    # summary
    "summary": {"en": "Summary", "ru": "Сводка", "ky": "Жыйынтык"},
    "summary_intro": {"en": "Completion and mean level of the indicators in each area.",
                      "ru": "Степень завершённости и средний уровень показателей по каждой области.",
                      "ky": "Ар бир чөйрө боюнча көрсөткүчтөрдүн аткарылышы жана орточо деңгээли."},
    "area": {"en": "Area", "ru": "Область", "ky": "Чөйрө"},
    "indicators": {"en": "Indicators", "ru": "Показатели", "ky": "Көрсөткүчтөр"},
    "completed": {"en": "Complete", "ru": "Завершено", "ky": "Аякталды"},
    "completion": {"en": "Completion", "ru": "Завершённость", "ky": "Аткарылышы"},
    "mean_level": {"en": "Mean level", "ru": "Средний уровень", "ky": "Орточо деңгээл"},
    "score": {"en": "Score", "ru": "Оценка", "ky": "Баа"},
    "total": {"en": "All areas", "ru": "Все области", "ky": "Бардык чөйрөлөр"},
    "chart_caption": {"en": "Mean level per area, as a share of the highest level",
                      "ru": "Средний уровень по областям в процентах от высшего уровня",
                      "ky": "Чөйрөлөр боюнча орточо деңгээл, эң жогорку деңгээлдин пайызы менен"},
    # indicators
    "assessment": {"en": "Assessment by area", "ru": "Оценка по областям", "ky": "Чөйрөлөр боюнча баалоо"},
    "id": {"en": "ID", "ru": "№", "ky": "№"},
    "indicator": {"en": "Indicator", "ru": "Показатель", "ky": "Көрсөткүч"},
    "level": {"en": "Level", "ru": "Уровень", "ky": "Деңгээл"},
    "criteria": {"en": "Criteria", "ru": "Критерии", "ky": "Критерийлер"},
    "references": {"en": "Convention references", "ru": "Ссылки на Конвенцию", "ky": "Конвенцияга шилтемелер"},
    "criteria_met": {"en": "Criteria met", "ru": "Выполненные критерии", "ky": "Аткарылган критерийлер"},
    "met": {"en": "met", "ru": "выполнен", "ky": "аткарылган"},
    "not_met": {"en": "not met", "ru": "не выполнен", "ky": "аткарылган эмес"},
    "description": {"en": "Description", "ru": "Описание текущего положения", "ky": "Учурдагы абалдын сыпаттамасы"},
    "evidence": {"en": "Evidence", "ru": "Подтверждающие материалы", "ky": "Тастыктоочу далилдер"},
    "gaps": {"en": "Gaps", "ru": "Пробелы", "ky": "Кемчиликтер"},
    "attachments": {"en": "Attached files", "ru": "Приложенные файлы", "ky": "Тиркелген файлдар"},
    "annex_attachments": {"en": "Annex. Attached files", "ru": "Приложение. Приложенные файлы",
                          "ky": "Тиркеме. Тиркелген файлдар"},
    "annex_attachments_intro": {
        "en": "The files below are kept inside the assessment file; they are not part of this document.",
        "ru": "Перечисленные файлы хранятся в файле самостоятельной оценки и не входят в этот документ.",
        "ky": "Төмөнкү файлдар өз алдынча баалоо файлынын ичинде сакталат, бул документке кирбейт."},
    "no_attachments": {"en": "No files are attached.", "ru": "Приложенных файлов нет.",
                       "ky": "Тиркелген файлдар жок."},
    "file_name": {"en": "File", "ru": "Файл", "ky": "Файл"},
    "file_size": {"en": "Size", "ru": "Размер", "ky": "Көлөмү"},
    "added": {"en": "Added", "ru": "Добавлен", "ky": "Кошулган"},
    "kilobytes": {"en": "KB", "ru": "КБ", "ky": "КБ"},
    "authority": {"en": "Responsible authority", "ru": "Ответственный орган", "ky": "Жооптуу орган"},
    "status": {"en": "Status", "ru": "Статус", "ky": "Абалы"},
    "not_rated": {"en": "Not rated", "ru": "Не оценено", "ky": "Бааланган жок"},
    "none": {"en": "none", "ru": "нет", "ky": "жок"},
    "status.not_started": {"en": "Not started", "ru": "Не начато", "ky": "Башталган жок"},
    "status.draft": {"en": "Draft", "ru": "Черновик", "ky": "Долбоор"},
    "status.complete": {"en": "Complete", "ru": "Завершено", "ky": "Аякталды"},
    # action plan
    "action_plan": {"en": "National action plan", "ru": "Национальный план действий",
                    "ky": "Иш-аракеттердин улуттук планы"},
    "no_actions": {"en": "No actions have been planned yet.", "ru": "Действия пока не запланированы.",
                   "ky": "Иш-чаралар азырынча пландалган жок."},
    "number": {"en": "No.", "ru": "№", "ky": "№"},
    "action": {"en": "Action", "ru": "Действие", "ky": "Иш-чара"},
    "linked_indicators": {"en": "Indicators", "ru": "Показатели", "ky": "Көрсөткүчтөр"},
    "gap": {"en": "Gap addressed", "ru": "Устраняемый пробел", "ky": "Жоюлуучу кемчилик"},
    "expected_result": {"en": "Expected result", "ru": "Ожидаемый результат", "ky": "Күтүлгөн натыйжа"},
    "lead": {"en": "Lead", "ru": "Ведущий орган", "ky": "Жетектөөчү орган"},
    "partners": {"en": "Partners", "ru": "Партнёры", "ky": "Өнөктөштөр"},
    "start_date": {"en": "Start", "ru": "Начало", "ky": "Башталышы"},
    "due_date": {"en": "Due", "ru": "Срок", "ky": "Мөөнөтү"},
    "dates": {"en": "Dates", "ru": "Сроки", "ky": "Мөөнөттөр"},
    "priority": {"en": "Priority", "ru": "Приоритет", "ky": "Артыкчылыгы"},
    "priority.high": {"en": "High", "ru": "Высокий", "ky": "Жогору"},
    "priority.medium": {"en": "Medium", "ru": "Средний", "ky": "Орточо"},
    "priority.low": {"en": "Low", "ru": "Низкий", "ky": "Төмөн"},
    "action_status.planned": {"en": "Planned", "ru": "Запланировано", "ky": "Пландалган"},
    "action_status.ongoing": {"en": "Ongoing", "ru": "Выполняется", "ky": "Аткарылууда"},
    "action_status.done": {"en": "Done", "ru": "Выполнено", "ky": "Аткарылды"},
    "action_status.cancelled": {"en": "Cancelled", "ru": "Отменено", "ky": "Жокко чыгарылды"},
    "budget": {"en": "Resources", "ru": "Ресурсы", "ky": "Ресурстар"},
    "assistance_requested": {"en": "Assistance requested", "ru": "Запрошена помощь", "ky": "Жардам суралган"},
    "assistance_details": {"en": "Assistance needed", "ru": "Необходимая помощь", "ky": "Керектүү жардам"},
    "resources_assistance": {"en": "Resources and assistance", "ru": "Ресурсы и помощь",
                             "ky": "Ресурстар жана жардам"},
    "progress_notes": {"en": "Progress notes", "ru": "Ход выполнения", "ky": "Аткарылышы жөнүндө"},
    "yes": {"en": "Yes", "ru": "Да", "ky": "Ооба"},
    "no": {"en": "No", "ru": "Нет", "ky": "Жок"},
    "key": {"en": "Key (do not change)", "ru": "Ключ (не изменять)", "ky": "Ачкыч (өзгөртпөңүз)"},
    # signature block
    "signatures": {"en": "Approval", "ru": "Утверждение", "ky": "Бекитүү"},
    "prepared_by": {"en": "Prepared by", "ru": "Подготовил", "ky": "Даярдаган"},
    "approved_by": {"en": "Approved by", "ru": "Утвердил", "ky": "Бекиткен"},
    "name": {"en": "Name", "ru": "Ф. И. О.", "ky": "Аты-жөнү"},
    "position": {"en": "Position", "ru": "Должность", "ky": "Кызматы"},
    "signature": {"en": "Signature", "ru": "Подпись", "ky": "Колу"},
    "page": {"en": "Page", "ru": "Страница", "ky": "Бет"},
    # workbook
    "sheet.summary": {"en": "Summary", "ru": "Сводка", "ky": "Жыйынтык"},
    "sheet.indicators": {"en": "Indicators", "ru": "Показатели", "ky": "Көрсөткүчтөр"},
    "sheet.actions": {"en": "Action plan", "ru": "План действий", "ky": "Иш-аракеттер планы"},
    "choose_level": {"en": "Choose a level from the list (or n/a).", "ru": "Выберите уровень из списка.",
                     "ky": "Тизмеден деңгээлди тандаңыз."},
    "choose_status": {"en": "Choose a status from the list.", "ru": "Выберите статус из списка.",
                      "ky": "Тизмеден абалды тандаңыз."},
    "choose_priority": {"en": "Choose a priority from the list.", "ru": "Выберите приоритет из списка.",
                        "ky": "Тизмеден артыкчылыкты тандаңыз."},
    "choose_yes_no": {"en": "Choose Yes or No.", "ru": "Выберите «Да» или «Нет».",
                      "ky": "«Ооба» же «Жок» дегенди тандаңыз."},
    "not_in_list": {"en": "This value is not in the list.", "ru": "Этого значения нет в списке.",
                    "ky": "Бул маани тизмеде жок."},
    "criteria_hint": {"en": "Ids of the criteria met, separated by commas, e.g. 1.2.a, 1.2.c",
                      "ru": "Номера выполненных критериев через запятую, например 1.2.а, 1.2.в",
                      "ky": "Аткарылган критерийлердин номерлери үтүр менен, мисалы 1.2.а, 1.2.в"},
    "date_hint": {"en": "A date, e.g. 2026-06-30", "ru": "Дата, например 2026-06-30",
                  "ky": "Күнү, мисалы 2026-06-30"},
    "key_hint": {"en": "Identifies the action; leave empty in new rows.",
                 "ru": "Определяет действие; в новых строках оставьте пустым.",
                 "ky": "Иш-чараны аныктайт; жаңы саптарда бош калтырыңыз."},
    "workbook_note": {
        "en": "Fill the Indicators and Action plan sheets and send the file back; it can be imported into the "
              "assessment. Do not rename the sheets.",
        "ru": "Заполните листы «Показатели» и «План действий» и отправьте файл обратно; его можно "
              "импортировать в оценку. Не переименовывайте листы.",
        "ky": "«Көрсөткүчтөр» жана «Иш-аракеттер планы» барактарын толтуруп, файлды кайра жөнөтүңүз; аны "
              "баалоого импорттоого болот. Барактардын атын өзгөртпөңүз."},
    "exported": {"en": "Exported", "ru": "Экспортировано", "ky": "Экспорттолду"},
    "long_text_note": {
        "en": "This text has {length} characters, more than an Excel cell holds: the cell shows the first {limit}. "
              "The rest is kept in this file and the import puts the text back together.",
        "ru": "В этом тексте {length} знаков — больше, чем вмещает ячейка Excel: в ячейке первые {limit}. "
              "Остальное хранится в этом файле, и импорт восстановит текст целиком.",
        "ky": "Бул текстте {length} белги бар — Excel уячасына батканынан көп: уячада алгачкы {limit} белги. "
              "Калганы ушул файлда сакталат, импорт текстти толугу менен калыбына келтирет."},
}

LANGS = ("en", "ru", "ky")


def label(key: str, lang: str) -> str:
    """One label in one language; English when a language is missing (a bug the tests catch)."""
    entry = LABELS[key]
    return entry.get(lang) or entry["en"]
