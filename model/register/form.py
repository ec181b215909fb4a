"""The blank form for collecting an operator's data for the register: what it asks, in which order, in en/ru/ky.

The form follows the register's record (model.register.activities.FIELDS, shared/domain/ANNEX-I.md §6): the
renderer (render.register_form) only draws what this module lists, so the form and the register cannot
drift apart. The tailings block asks for the parameters of the hazard index as the method's data file names
them. Russian follows the official terms («опасная деятельность», «предельное количество»); Kyrgyz is a proposal
that needs a native review, like the glossary.
"""

from __future__ import annotations

from dataclasses import dataclass

from model.register.activities import FIELDS
from model.languages import in_languages

Texts = dict[str, str]

LABELS: dict[str, Texts] = {
    "form_title": {"en": "Data collection form: a hazardous activity",
                   "ru": "Форма сбора сведений: опасная деятельность",
                   "ky": "Маалымат чогултуу формасы: коркунучтуу ишмердүүлүк"},
    "form_subtitle": {"en": "For the register of hazardous activities (Convention on the Transboundary Effects of "
                            "Industrial Accidents, Annex I)",
                      "ru": "Для реестра опасных видов деятельности (Конвенция о трансграничном воздействии "
                            "промышленных аварий, приложение I)",
                      "ky": "Коркунучтуу ишмердүүлүктөрдүн реестри үчүн (Өнөр жай кырсыктарынын трансчек аралык "
                            "таасири жөнүндө конвенция, I тиркеме)"},
    "form_hint": {"en": "Fill in one form per hazardous activity. Write on the lines; tick the boxes that apply. "
                        "Quantities are the largest amounts present at any one time, in tonnes; write dates as "
                        "31.03.2026. Leave a line empty when you do not know.",
                  "ru": "Заполните по одной форме на каждый вид опасной деятельности. Пишите на линиях; отметьте "
                        "подходящие поля. Количества — наибольшие одновременно находящиеся, в тоннах; даты пишите "
                        "как 31.03.2026. Если сведения неизвестны, оставьте линию пустой.",
                  "ky": "Ар бир коркунучтуу ишмердүүлүк үчүн бир форма толтуруңуз. Саптарга жазыңыз; тиешелүү "
                        "кутучаларды белгилеңиз. Сандар — бир эле убакта болгон эң көп өлчөм, тонна менен; "
                        "даталарды 31.03.2026 түрүндө жазыңыз. Белгисиз болсо, сапты бош калтырыңыз."},
    "identity": {"en": "1. The activity and its operator", "ru": "1. Деятельность и её оператор",
                 "ky": "1. Ишмердүүлүк жана анын оператору"},
    "location": {"en": "2. Location and natural hazards", "ru": "2. Местоположение и природные опасности",
                 "ky": "2. Жайгашкан жери жана табигый коркунучтар"},
    "substances": {"en": "3. Hazardous substances", "ru": "3. Опасные вещества", "ky": "3. Коркунучтуу заттар"},
    "substances_hint": {
        "en": "One row per substance: its name, CAS number, the named entry of Annex I (Part 2) or its categories "
              "(Part 1: H1, P5c, E1 …), its physical form and the largest quantity present at any one time.",
        "ru": "По одной строке на вещество: наименование, номер CAS, поименованное вещество приложения I "
              "(часть 2) или его категории (часть 1: H1, P5c, E1 …), физическое состояние и наибольшее "
              "одновременно находящееся количество.",
        "ky": "Ар бир зат үчүн бир сап: аталышы, CAS номери, I тиркемедеги аталган зат (2-бөлүк) же анын "
              "категориялары (1-бөлүк: H1, P5c, E1 …), физикалык абалы жана бир эле убакта болгон эң көп өлчөмү."},
    "follow_up": {"en": "4. Safety documents, inspections, plans, public information",
                  "ru": "4. Документы по безопасности, проверки, планы, информирование общественности",
                  "ky": "4. Коопсуздук документтери, текшерүүлөр, пландар, коомчулукка маалымат берүү"},
    "authority": {"en": "5. For the competent authority", "ru": "5. Заполняет компетентный орган",
                  "ky": "5. Компетенттүү орган толтурат"},
    "tailings": {"en": "6. Tailings management facility (mining activities only)",
                 "ru": "6. Хвостохранилище (только для горнодобывающей деятельности)",
                 "ky": "6. Калдык сактагыч (тоо-кен ишмердүүлүгү үчүн гана)"},
    "number": {"en": "No.", "ru": "№", "ky": "№"},
    "substance": {"en": "Substance", "ru": "Вещество", "ky": "Зат"},
    "cas": {"en": "CAS", "ru": "CAS", "ky": "CAS"},
    "entry": {"en": "Annex I entry or categories", "ru": "Позиция или категории приложения I",
              "ky": "I тиркемедеги позиция же категориялар"},
    "form": {"en": "Physical form", "ru": "Физическое состояние", "ky": "Физикалык абалы"},
    "quantity": {"en": "Maximum quantity, t", "ru": "Максимальное количество, т", "ky": "Эң көп саны, т"},
    "informant": {"en": "Person giving the information (name, position, telephone)",
                  "ru": "Лицо, предоставившее сведения (Ф. И. О., должность, телефон)",
                  "ky": "Маалымат берген адам (аты-жөнү, кызматы, телефону)"},
    "exposed": {"en": "Exposed to", "ru": "Подвержено", "ky": "Коркунучу бар"},
    "filled_by": {"en": "Filled in by (operator)", "ru": "Заполнил (оператор)", "ky": "Толтурган (оператор)"},
    "received_by": {"en": "Received by (competent authority)", "ru": "Принял (компетентный орган)",
                    "ky": "Кабыл алган (компетенттүү орган)"},
    "edition": {"en": "Annex I edition: {edition}", "ru": "Редакция приложения I: {edition}",
                "ky": "I тиркеменин редакциясы: {edition}"},
}

FIELD_LABELS: dict[str, Texts] = {
    "name": {"en": "Name of the activity", "ru": "Наименование объекта", "ky": "Объекттин аталышы"},
    "operator": {"en": "Operator", "ru": "Оператор", "ky": "Оператор"},
    "address": {"en": "Address", "ru": "Адрес", "ky": "Дареги"},
    "registration_number": {"en": "Registration number", "ru": "Регистрационный номер", "ky": "Каттоо номери"},
    "sector": {"en": "Sector", "ru": "Отрасль", "ky": "Тармак"},
    "status": {"en": "Status", "ru": "Статус", "ky": "Абалы"},
    "permit": {"en": "Permit or licence (number, date)", "ru": "Разрешение или лицензия (номер, дата)",
               "ky": "Уруксат же лицензия (номери, датасы)"},
    "region": {"en": "Region", "ru": "Область", "ky": "Облус"},
    "district": {"en": "District", "ru": "Район", "ky": "Район"},
    "latitude": {"en": "Latitude (WGS 84)", "ru": "Широта (WGS 84)", "ky": "Кеңдик (WGS 84)"},
    "longitude": {"en": "Longitude (WGS 84)", "ru": "Долгота (WGS 84)", "ky": "Узундук (WGS 84)"},
    "river_basin": {"en": "River basin", "ru": "Речной бассейн", "ky": "Дарыя бассейни"},
    "border_km": {"en": "Distance to the state border, km", "ru": "Расстояние до государственной границы, км",
                  "ky": "Мамлекеттик чек арага чейинки аралык, км"},
    "water_km": {"en": "Distance to a transboundary watercourse, km",
                 "ru": "Расстояние до трансграничного водотока, км",
                 "ky": "Трансчек аралык суу агымына чейинки аралык, км"},
    "downstream_countries": {"en": "Downstream countries", "ru": "Страны ниже по течению",
                             "ky": "Агымдын төмөн жагындагы өлкөлөр"},
    "transboundary": {"en": "Capable of transboundary effects", "ru": "Способна оказать трансграничное воздействие",
                      "ky": "Трансчек аралык таасир этүүгө жөндөмдүү"},
    "affected_countries": {"en": "Potentially affected countries", "ru": "Потенциально затрагиваемые страны",
                           "ky": "Таасир тийиши мүмкүн болгон өлкөлөр"},
    "transboundary_reasons": {"en": "Reasons for the decision", "ru": "Обоснование решения",
                              "ky": "Чечимдин негиздемеси"},
    "notified_on": {"en": "Neighbouring countries notified on", "ru": "Дата уведомления соседних стран",
                    "ky": "Коңшу өлкөлөргө кабарланган күнү"},
    "reply_on": {"en": "Reply received on", "ru": "Дата получения ответа", "ky": "Жооп алынган күнү"},
    "consultations_on": {"en": "Consultations held on", "ru": "Дата консультаций", "ky": "Консультациялар өткөн күнү"},
    "safety_report_on": {"en": "Safety report or declaration of (date)",
                         "ru": "Доклад о безопасности или декларация от (дата)",
                         "ky": "Коопсуздук боюнча отчет же декларация (датасы)"},
    "last_inspection_on": {"en": "Last inspection", "ru": "Последняя проверка", "ky": "Акыркы текшерүү"},
    "next_inspection_on": {"en": "Next inspection due", "ru": "Следующая проверка", "ky": "Кийинки текшерүү"},
    "onsite_plan_on": {"en": "On-site contingency plan of (date)", "ru": "Объектовый план действий от (дата)",
                       "ky": "Объекттин иш-аракет планы (датасы)"},
    "offsite_plan_on": {"en": "Off-site contingency plan of (date)", "ru": "Внеобъектовый план действий от (дата)",
                        "ky": "Объекттен тышкаркы иш-аракет планы (датасы)"},
    "last_exercise_on": {"en": "Last exercise", "ru": "Последнее учение", "ky": "Акыркы машыгуу"},
    "public_info_on": {"en": "Public information last distributed", "ru": "Последнее информирование общественности",
                       "ky": "Коомчулукка акыркы жолу маалымат берилген күнү"},
    "seismic_zone": {"en": "Seismic zone (points)", "ru": "Сейсмичность района (баллы)",
                     "ky": "Аймактын сейсмикалуулугу (балл)"},
    "flood": {"en": "floods", "ru": "паводки", "ky": "суу ташкындары"},
    "mudflow": {"en": "mudflows", "ru": "сели", "ky": "сел"},
    "landslide": {"en": "landslides", "ru": "оползни", "ky": "жер көчкү"},
    "cluster": {"en": "Neighbouring hazardous activities (names, distance)",
                "ru": "Соседние опасные объекты (названия, расстояние)",
                "ky": "Коңшу коркунучтуу объекттер (аталыштары, аралыгы)"},
    "scope_note": {"en": "Scope note (exclusions of Art. 2(2))", "ru": "Примечание о сфере действия (исключения ст. 2(2))",
                   "ky": "Колдонуу чөйрөсү жөнүндө эскертүү (2(2)-берененин өзгөчөлүктөрү)"},
}

CHOICES: dict[str, dict[str, Texts]] = {
    "sector": {
        "chemical": {"en": "Chemical industry", "ru": "Химическая промышленность", "ky": "Химия өнөр жайы"},
        "oil_gas": {"en": "Oil and gas storage", "ru": "Хранение нефти и газа", "ky": "Мунай жана газ сактоо"},
        "pipeline": {"en": "Pipeline", "ru": "Трубопровод", "ky": "Түтүк өткөргүч"},
        "mining": {"en": "Mining and tailings", "ru": "Горнодобывающая отрасль и хвостохранилища",
                   "ky": "Тоо-кен тармагы жана калдык сактагычтар"},
        "energy": {"en": "Energy", "ru": "Энергетика", "ky": "Энергетика"},
        "water": {"en": "Water supply and treatment", "ru": "Водоснабжение и водоподготовка",
                  "ky": "Суу менен камсыздоо жана сууну тазалоо"},
        "food": {"en": "Food industry and refrigeration", "ru": "Пищевая промышленность и холодильное хозяйство",
                 "ky": "Тамак-аш өнөр жайы жана муздаткычтар"},
        "metallurgy": {"en": "Metallurgy", "ru": "Металлургия", "ky": "Металлургия"},
        "other": {"en": "Other", "ru": "Другое", "ky": "Башка"},
    },
    "status": {"existing": {"en": "Existing", "ru": "Существующая", "ky": "Иштеп жаткан"},
               "proposed": {"en": "Proposed", "ru": "Планируемая", "ky": "Пландалган"},
               "modified": {"en": "Modified", "ru": "Изменённая", "ky": "Өзгөртүлгөн"}},
    "transboundary": {"yes": {"en": "Yes", "ru": "Да", "ky": "Ооба"},
                      "no": {"en": "No", "ru": "Нет", "ky": "Жок"},
                      "discussion": {"en": "Under discussion", "ru": "Обсуждается", "ky": "Талкууланууда"}},
    "form": {"solid": {"en": "solid", "ru": "твёрдое", "ky": "катуу"},
             "liquid": {"en": "liquid", "ru": "жидкое", "ky": "суюк"},
             "gas": {"en": "gas", "ru": "газ", "ky": "газ"},
             "liquefied_gas": {"en": "liquefied gas", "ru": "сжиженный газ", "ky": "суюлтулган газ"},
             "slurry": {"en": "slurry", "ru": "пульпа", "ky": "пульпа"}},
}

# What each section asks, in order: ("line", field), ("choice", field), ("flags", (fields)), ("table", rows).
SECTIONS: tuple[tuple[str, tuple[tuple[str, object], ...]], ...] = (
    ("identity", (("line", "name"), ("line", "operator"), ("line", "address"), ("line", "registration_number"),
                  ("line", "permit"), ("choice", "sector"), ("choice", "status"), ("line", "informant"))),
    ("location", (("line", "region"), ("line", "district"), ("pair", ("latitude", "longitude")),
                  ("line", "river_basin"), ("pair", ("border_km", "water_km")), ("line", "downstream_countries"),
                  ("line", "seismic_zone"), ("flags", ("flood", "mudflow", "landslide")), ("line", "cluster"))),
    ("substances", (("table", 12),)),
    ("follow_up", (("pair", ("safety_report_on", "last_inspection_on")),
                   ("pair", ("next_inspection_on", "onsite_plan_on")), ("pair", ("offsite_plan_on", "last_exercise_on")),
                   ("line", "public_info_on"))),
    ("authority", (("choice", "transboundary"), ("line", "affected_countries"), ("lines", "transboundary_reasons"),
                   ("pair", ("notified_on", "reply_on")), ("line", "consultations_on"), ("line", "scope_note"))),
    ("tailings", (("tailings", None),)),
)


@dataclass(frozen=True)
class FormText:
    """The texts of the form in the chosen languages (one per language, in order)."""

    langs: tuple[str, ...]

    def label(self, key: str) -> tuple[str, ...]:
        entry = LABELS.get(key) or FIELD_LABELS[key]
        return in_languages(entry, self.langs)

    def choices(self, field: str) -> list[tuple[str, tuple[str, ...]]]:
        return [(key, in_languages(names, self.langs))
                for key, names in CHOICES[field].items()]


def asked_fields() -> set[str]:
    """Every register field the form asks for (a test checks that none of the register's is left out)."""
    found: set[str] = set()
    for _section, rows in SECTIONS:
        for kind, what in rows:
            if kind in ("line", "choice", "lines"):
                found.add(str(what))
            elif kind in ("pair", "flags") and isinstance(what, tuple):
                found.update(str(name) for name in what)
    return found & set(FIELDS)


