"""The report's own words (headings, column titles, choices) in English, Russian and Kyrgyz.

The model cannot use Qt translators, so exports carry their labels here. Russian follows the official
UNECE terms (translations/glossary.tsv): «самостоятельная оценка», «план действий», «показатель»,
«критерии», «ответственный орган». The Kyrgyz wording is a proposal that needs a native review, like the
glossary's.
"""

from __future__ import annotations

from model.languages import in_language

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
    "authority": {"en": "Responsible authority", "ru": "Ответственный орган", "ky": "Жооптуу орган"},
    "status": {"en": "Status", "ru": "Статус", "ky": "Абалы"},
    "not_rated": {"en": "Not rated", "ru": "Не оценено", "ky": "Бааланган жок"},
    "none": {"en": "none", "ru": "нет", "ky": "жок"},
    "status.not_started": {"en": "Not started", "ru": "Не начато", "ky": "Башталган жок"},
    "status.draft": {"en": "Draft", "ru": "Черновик", "ky": "Долбоор"},
    "status.complete": {"en": "Complete", "ru": "Завершено", "ky": "Аякталды"},
    "status.carried_over": {"en": "Carried over — confirm or update", "ru": "Перенесено — подтвердите или обновите",
                            "ky": "Которулду — ырастаңыз же жаңылаңыз"},
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
    "sheet.progress": {"en": "Progress", "ru": "Прогресс", "ky": "Жылыш"},
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
    # progress since the previous assessment (model.cycle.report_section)
    "progress_since": {"en": "Progress since {title}, {date}", "ru": "Прогресс с «{title}», {date}",
                       "ky": "«{title}» баалоосунан бери жылыш, {date}"},
    "previous_assessment": {"en": "the previous assessment", "ru": "предыдущей оценки", "ky": "мурунку баалоо"},
    "progress_intro": {"en": "The level of each indicator and the mean level of each area in the previous "
                             "self-assessment and now; only the indicators that changed are listed.",
                       "ru": "Уровень каждого показателя и средний уровень каждой области в предыдущей "
                             "самостоятельной оценке и сейчас; перечислены только изменившиеся показатели.",
                       "ky": "Ар бир көрсөткүчтүн деңгээли жана ар бир чөйрөнүн орточо деңгээли мурунку өз алдынча "
                             "баалоодо жана азыр; өзгөргөн көрсөткүчтөр гана көрсөтүлгөн."},
    "progress_chart_caption": {"en": "Mean level per area: before (dashed line) and now",
                               "ru": "Средний уровень по областям: до (пунктир) и сейчас",
                               "ky": "Чөйрөлөр боюнча орточо деңгээл: мурда (үзүк сызык) жана азыр"},
    "before": {"en": "Before", "ru": "До", "ky": "Мурда"},
    "now": {"en": "Now", "ru": "Сейчас", "ky": "Азыр"},
    "change": {"en": "Change", "ru": "Изменение", "ky": "Өзгөрүү"},
    "criteria_gained": {"en": "Criteria gained", "ru": "Новые критерии", "ky": "Жаңы критерийлер"},
    "criteria_lost": {"en": "Criteria lost", "ru": "Утраченные критерии", "ky": "Жоголгон критерийлер"},
    "actions_completed": {"en": "Actions completed in between", "ru": "Меры, выполненные за это время",
                          "ky": "Ушул убакытта аткарылган чаралар"},
    "no_changes": {"en": "No indicator changed.", "ru": "Ни один показатель не изменился.",
                   "ky": "Бир да көрсөткүч өзгөргөн жок."},
    "change.up": {"en": "Higher", "ru": "Выше", "ky": "Жогору"},
    "change.down": {"en": "Lower", "ru": "Ниже", "ky": "Төмөн"},
    "change.same": {"en": "Unchanged", "ru": "Без изменений", "ky": "Өзгөргөн жок"},
    "change.rated": {"en": "Rated now", "ru": "Теперь оценено", "ky": "Эми бааланды"},
    "change.unrated": {"en": "No longer rated", "ru": "Больше не оценено", "ky": "Мындан ары бааланбайт"},
    "change.now_applicable": {"en": "Now applicable", "ru": "Теперь применимо", "ky": "Эми колдонулат"},
    "change.not_applicable": {"en": "Now not applicable", "ru": "Теперь не применимо", "ky": "Эми колдонулбайт"},
    "change.added": {"en": "New in this edition", "ru": "Новый в этой редакции", "ky": "Бул редакцияда жаңы"},
    "change.removed": {"en": "Not in this edition", "ru": "Нет в этой редакции", "ky": "Бул редакцияда жок"},
    "not_applicable_short": {"en": "N/A", "ru": "Н/П", "ky": "Колдонулбайт"},
    # front matter (model.report.sections)
    "draft_mark": {"en": "DRAFT", "ru": "ЧЕРНОВИК", "ky": "ДОЛБООР"},
    "executive_summary": {"en": "Executive summary", "ru": "Резюме", "ky": "Кыскача корутунду"},
    "key_figures": {"en": "Key figures", "ru": "Основные показатели", "ky": "Негизги сандар"},
    "fig_complete": {"en": "Indicators assessed and complete: {done} of {all} ({share})",
                     "ru": "Показатели, оценка которых завершена: {done} из {all} ({share})",
                     "ky": "Баалоосу аяктаган көрсөткүчтөр: {all} ичинен {done} ({share})"},
    "fig_mean": {"en": "Mean level of all indicators: {mean} of {top}",
                 "ru": "Средний уровень всех показателей: {mean} из {top}",
                 "ky": "Бардык көрсөткүчтөрдүн орточо деңгээли: {top} ичинен {mean}"},
    "fig_strongest": {"en": "Strongest area: {area} ({share} of the highest level)",
                      "ru": "Наиболее сильная область: {area} ({share} от высшего уровня)",
                      "ky": "Эң күчтүү чөйрө: {area} (эң жогорку деңгээлдин {share})"},
    "fig_weakest": {"en": "Weakest area: {area} ({share} of the highest level)",
                    "ru": "Наиболее слабая область: {area} ({share} от высшего уровня)",
                    "ky": "Эң алсыз чөйрө: {area} (эң жогорку деңгээлдин {share})"},
    "fig_gaps": {"en": "Indicators with gaps described: {count}",
                 "ru": "Показатели с описанными пробелами: {count}",
                 "ky": "Кемчиликтери сыпатталган көрсөткүчтөр: {count}"},
    "fig_actions": {"en": "Actions in the national action plan: {count}, of which requesting international "
                          "assistance: {assistance}",
                    "ru": "Действия в национальном плане действий: {count}, из них с запросом международной "
                          "помощи: {assistance}",
                    "ky": "Иш-аракеттердин улуттук планындагы иш-чаралар: {count}, анын ичинде эл аралык жардам "
                          "суралгандары: {assistance}"},
    # introduction and methodology (model.report.intro)
    "introduction": {"en": "Introduction and methodology", "ru": "Введение и методология",
                     "ky": "Киришүү жана методология"},
    "how_made": {"en": "How the self-assessment was made", "ru": "Как проводилась самостоятельная оценка",
                 "ky": "Өз алдынча баалоо кантип жүргүзүлгөн"},
    "method_steps": {
        "en": "This self-assessment is the first step of the Strategic Approach: each indicator was rated on the "
              "scale below, the criteria met were ticked, and the current situation, the evidence and the gaps "
              "were described; the gaps lead to the actions of the national action plan (the second step).",
        "ru": "Эта самостоятельная оценка — первый шаг Стратегического подхода: каждому показателю присвоен "
              "уровень по приведённой ниже шкале, отмечены выполненные критерии, описаны текущее положение, "
              "подтверждающие материалы и пробелы; из пробелов вытекают действия национального плана "
              "действий (второй шаг).",
        "ky": "Бул өз алдынча баалоо — Стратегиялык мамиленин биринчи кадамы: ар бир көрсөткүчкө төмөнкү шкала "
              "боюнча деңгээл берилген, аткарылган критерийлер белгиленген, учурдагы абал, тастыктоочу далилдер "
              "жана кемчиликтер сыпатталган; кемчиликтерден иш-аракеттердин улуттук планынын иш-чаралары "
              "келип чыгат (экинчи кадам)."},
    "method_catalogue": {"en": "Indicators and criteria used: {title} ({id}, version {version}); {status}.",
                         "ru": "Использованные показатели и критерии: {title} ({id}, версия {version}); {status}.",
                         "ky": "Колдонулган көрсөткүчтөр жана критерийлер: {title} ({id}, {version} версиясы); "
                               "{status}."},
    "catalogue_provisional": {"en": "a provisional edition, not the officially adopted text",
                              "ru": "предварительная редакция, а не официально принятый текст",
                              "ky": "алдын ала редакция, расмий кабыл алынган текст эмес"},
    "catalogue_official": {"en": "the official edition", "ru": "официальная редакция", "ky": "расмий редакция"},
    "method_scale": {"en": "Each indicator is rated from {lowest} to {highest}, or marked not applicable:",
                     "ru": "Каждый показатель оценивается по шкале от {lowest} до {highest} или отмечается как "
                           "«не применимо»:",
                     "ky": "Ар бир көрсөткүч {lowest}–{highest} шкаласы боюнча бааланат же колдонулбайт деп "
                           "белгиленет:"},
    "method_people": {"en": "The assessment was led by {lead}, with {count} contributing authorities; "
                            "meetings held: {meetings}.",
                      "ru": "Оценку проводил ведущий орган — {lead}, участвующих органов: {count}; проведено "
                            "совещаний: {meetings}.",
                      "ky": "Баалоону жетектөөчү орган — {lead} жүргүзгөн, катышуучу органдар: {count}; өткөрүлгөн "
                            "жыйындар: {meetings}."},
    "scale_value": {"en": "Level", "ru": "Уровень", "ky": "Деңгээл"},
    "scale_meaning": {"en": "Meaning", "ru": "Значение", "ky": "Мааниси"},
    "meetings": {"en": "Meetings", "ru": "Совещания", "ky": "Жыйындар"},
    "no_meetings": {"en": "No meetings are recorded.", "ru": "Сведений о совещаниях нет.",
                    "ky": "Жыйындар жөнүндө маалымат жок."},
    "place": {"en": "Place", "ru": "Место", "ky": "Орду"},
    "participants": {"en": "Participants", "ru": "Участники", "ky": "Катышуучулар"},
    "authorities_focal": {"en": "Contributing authorities and the national focal point",
                          "ru": "Участвующие органы и национальный координационный центр",
                          "ky": "Катышуучу органдар жана улуттук координациялык борбор"},
    "focal_point": {"en": "National focal point", "ru": "Национальный координационный центр",
                    "ky": "Улуттук координациялык борбор"},
    "not_designated": {"en": "not given", "ru": "не указан", "ky": "көрсөтүлгөн эмес"},
    "abbreviations": {"en": "Abbreviations", "ru": "Сокращения", "ky": "Кыскартуулар"},
    "abbreviation": {"en": "Abbreviation", "ru": "Сокращение", "ky": "Кыскартуу"},
    "no_abbreviations": {"en": "No abbreviations are listed.", "ru": "Сокращения не указаны.",
                         "ky": "Кыскартуулар көрсөтүлгөн эмес."},
    # consolidated gaps and the requests for assistance (model.report.gaps)
    "gaps_priorities": {"en": "Consolidated gaps and priorities", "ru": "Сводный перечень пробелов и приоритеты",
                        "ky": "Кемчиликтердин жыйынды тизмеси жана артыкчылыктар"},
    "gaps_intro": {"en": "Every indicator below its target level or with gaps described; the priority is the highest "
                         "priority of the actions that address it.",
                   "ru": "Все показатели ниже целевого уровня или с описанными пробелами; приоритет — наивысший "
                         "приоритет действий, направленных на их устранение.",
                   "ky": "Максаттуу деңгээлден төмөн же кемчиликтери сыпатталган бардык көрсөткүчтөр; артыкчылык — "
                         "аларды жоюуга багытталган иш-чаралардын эң жогорку артыкчылыгы."},
    "no_gaps": {"en": "No gaps are recorded.", "ru": "Пробелы не отмечены.", "ky": "Кемчиликтер белгиленген жок."},
    "covered_by": {"en": "Actions", "ru": "Действия", "ky": "Иш-чаралар"},
    "not_covered": {"en": "No action yet", "ru": "Действий пока нет", "ky": "Иш-чара азырынча жок"},
    "gaps_uncovered": {"en": "Gaps without an action: {count} of {total}.",
                       "ru": "Пробелы без действий: {count} из {total}.",
                       "ky": "Иш-чарасы жок кемчиликтер: {total} ичинен {count}."},
    "assistance_requests": {"en": "Requests for international assistance", "ru": "Запросы о международной помощи",
                            "ky": "Эл аралык жардам боюнча суроо-талаптар"},
    "assistance_intro": {"en": "The actions of the national action plan for which international assistance is "
                               "requested.",
                         "ru": "Действия национального плана действий, для которых запрашивается международная "
                               "помощь.",
                         "ky": "Иш-аракеттердин улуттук планынын эл аралык жардам суралган иш-чаралары."},
    "no_assistance": {"en": "No international assistance is requested.",
                      "ru": "Международная помощь не запрашивается.", "ky": "Эл аралык жардам суралган жок."},
    "estimated_resources": {"en": "Estimated resources", "ru": "Оценка ресурсов", "ky": "Болжолдуу ресурстар"},
    # the annex of what is cited (model.report.annexes)
    "annex_cited": {"en": "Annex. Evidence and legal acts cited", "ru": "Приложение. Подтверждающие материалы и "
                    "нормативные правовые акты", "ky": "Тиркеме. Тастыктоочу далилдер жана ченемдик укуктук актылар"},
    "annex_cited_intro": {"en": "The evidence given for the indicators, as written in the assessment, and the "
                                "provisions of the Convention the indicators refer to.",
                          "ru": "Подтверждающие материалы, указанные для показателей, в том виде, как они записаны в "
                                "оценке, и положения Конвенции, на которые ссылаются показатели.",
                          "ky": "Көрсөткүчтөр үчүн көрсөтүлгөн тастыктоочу далилдер (баалоодо жазылгандай) жана "
                                "көрсөткүчтөр шилтеме кылган Конвенциянын жоболору."},
    "no_evidence": {"en": "No evidence is given.", "ru": "Подтверждающие материалы не указаны.",
                    "ky": "Тастыктоочу далилдер көрсөтүлгөн жок."},
    "provision": {"en": "Provision", "ru": "Положение", "ky": "Жобо"},
    # the printed forms only (render/printing.py): the meeting form and the printed assessment
    "blank_title": {"en": "Meeting form: self-assessment of the indicators",
                    "ru": "Форма для совещания: самостоятельная оценка показателей",
                    "ky": "Жыйын үчүн форма: көрсөткүчтөрдү өз алдынча баалоо"},
    "blank_hint": {"en": "Tick the criteria that are met and one level; write the situation, the evidence, the "
                         "gaps and the responsible authority on the lines.",
                   "ru": "Отметьте выполненные критерии и один уровень; на линиях опишите текущее положение, "
                         "подтверждающие материалы, пробелы и ответственный орган.",
                   "ky": "Аткарылган критерийлерди жана бир деңгээлди белгилеңиз; саптарга учурдагы абалды, "
                         "далилдерди, кемчиликтерди жана жооптуу органды жазыңыз."},
    "meeting_date": {"en": "Date of the meeting", "ru": "Дата совещания", "ky": "Жыйындын күнү"},
    "participants_form": {"en": "Participants (name, organisation)", "ru": "Участники (Ф. И. О., организация)",
                          "ky": "Катышуучулар (аты-жөнү, уюму)"},
    "tick_criteria": {"en": "Criteria (tick those met)", "ru": "Критерии (отметьте выполненные)",
                      "ky": "Критерийлер (аткарылгандарын белгилеңиз)"},
    "tick_level": {"en": "Level (tick one)", "ru": "Уровень (отметьте один)", "ky": "Деңгээл (бирөөнү белгилеңиз)"},
    "continued": {"en": "(continued)", "ru": "(продолжение)", "ky": "(уландысы)"},
    "page_of": {"en": "Page {0} of {1}", "ru": "Страница {0} из {1}", "ky": "Бет {0} / {1}"},
    "agreed_by": {"en": "Agreed by", "ru": "Согласовал", "ky": "Макулдашкан"},
}

LANGS = ("en", "ru", "ky")


def label(key: str, lang: str) -> str:
    """One label in one language; another when a language is missing (a bug the tests catch)."""
    return in_language(LABELS[key], lang)
