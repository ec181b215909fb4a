"""One formatter of numbers, percentages, dates and sizes per language (model.report.formatting), used by the
reports and the window alike."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from model.report import formatting

NBSP = "\u00a0"


@pytest.mark.parametrize(("lang", "shown"), [("en", "42%"), ("ru", f"42{NBSP}%"), ("ky", f"42{NBSP}%"),
                                             ("ru+en", f"42{NBSP}%"), ("en+ru", "42%")])
def test_a_percentage_has_a_no_break_space_before_the_sign_in_russian_and_kyrgyz(lang, shown):
    assert formatting.percent(0.4217, lang) == shown


def test_numbers_use_the_decimal_comma_and_grouped_thousands():
    assert formatting.number(2.456, "en") == "2.5"
    assert formatting.number(2.456, "ru", 2) == "2,46"
    assert formatting.number(1234.5, "ky") == f"1{NBSP}234,5"
    assert formatting.number(1234.5, "en") == "1,234.5"
    assert formatting.integer(40000, "ru") == f"40{NBSP}000"
    assert formatting.integer(40000, "en") == "40,000"
    assert formatting.number(0.001, "ru", None) == "0,001"  # as many decimals as needed: not shown as 0
    assert formatting.number(30000.0, "en", None) == "30,000"


def test_dates_in_figures_are_day_month_year_in_every_language():
    assert formatting.date_numeric("2026-12-01", "ru") == "01.12.2026"
    assert formatting.date_numeric("2026-12-01", "ky") == "01.12.2026"
    assert formatting.date_numeric("2026-12-01", "en") == "01/12/2026"
    assert formatting.date_numeric("2026-12-01T19:37:00Z", "ru") == "01.12.2026"
    assert formatting.date_numeric("soon", "ru") == "soon"  # a text that is no date stays as it is
    assert formatting.date_numeric(None, "en") == ""


def test_dates_in_words_name_the_month_in_each_language():
    assert formatting.date_words("2026-12-01", "en") == "1 December 2026"
    assert formatting.date_words("2026-03-08", "ru") == f"8 марта 2026{NBSP}г."
    assert formatting.date_words("2015-12-15", "ky") == "2015-жылдын 15-декабры"
    assert formatting.date_words("2026-06-30", "ky") == "2026-жылдын 30-июну"
    assert all(len(formatting.MONTHS[lang]) == 12 for lang in formatting.LANGS)


def test_the_reports_write_english_dates_in_words_and_russian_and_kyrgyz_ones_in_figures():
    assert formatting.date("2026-12-01", "en") == "1 December 2026"
    assert formatting.date("2026-12-01", "ru+en") == "01.12.2026"
    assert formatting.date("2026-12-01", "ky") == "01.12.2026"
    assert formatting.date("", "ru") == ""


def test_moments_are_in_local_time():
    moment = datetime(2026, 12, 1, 19, 37, 5, tzinfo=timezone.utc)
    local = moment.astimezone()
    expected = local.strftime("%d.%m.%Y %H:%M:%S")
    assert formatting.moment(moment, "ky") == expected
    assert formatting.timestamp("2026-12-01T19:37:05Z", "ru", seconds=True) == expected
    assert formatting.timestamp("2026-12-01T19:37:05Z", "en") == local.strftime("%d/%m/%Y %H:%M")
    assert formatting.timestamp("not a time", "en") == "not a time"
    east = moment.astimezone(timezone(timedelta(hours=6)))  # the same moment written in Bishkek's offset
    assert formatting.moment(east, "ru") == expected


def test_sizes_step_up_their_unit():
    assert formatting.size(512, "en") == f"512{NBSP}bytes"
    assert formatting.size(512, "ru") == f"512{NBSP}байт"
    assert formatting.size(3000, "ru") == f"2,9{NBSP}КБ"
    assert formatting.size(52_000, "en") == f"51{NBSP}KB"
    assert formatting.size(20 * 1024 * 1024, "ky") == f"20{NBSP}МБ"
    assert formatting.size(30 * 1024 * 1024, "en", 1) == f"30.0{NBSP}MB"
    assert formatting.size(3 * 1024 ** 4, "en") == f"3,072{NBSP}GB"


def test_an_unknown_language_is_written_as_english():
    assert formatting.language("de") == "en"
    assert formatting.percent(0.5, "de") == "50%"
