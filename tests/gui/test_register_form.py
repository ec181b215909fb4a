"""The printable blank form for an operator's register data: in ru/ky/en, from the print dialog, the register
page and the command line, with fonts that hold Cyrillic and ң ө ү, asking every field of the register."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest

from gui.dialogs import print_options as print_dialog
from render import printing
from model.catalogue import builtin_catalogue
from model.register.activities import FIELDS
from model.register.form import CHOICES, FIELD_LABELS, LABELS, SECTIONS, asked_fields
from model.register.tailings import builtin_method
from tests.gui.conftest import finish
from tests.gui.test_printing import assert_no_overlap, demo, demo_report, fonts, pages_text  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def test_the_form_asks_every_field_of_the_register_and_has_every_text_in_three_languages():
    assert asked_fields() == set(FIELDS)
    for table in (LABELS, FIELD_LABELS, *CHOICES.values()):
        for key, texts in table.items():
            assert set(texts) == {"en", "ru", "ky"} and all(texts.values()), key
    assert [s for s, _rows in SECTIONS][-1] == "tailings"


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_the_blank_form_prints_in_each_language(qapp, tmp_path, demo, lang):  # noqa: F811
    out, pages = printing.write_pdf(demo_report(demo, lang), tmp_path / f"form-{lang}.pdf",
                                    printing.PrintOptions(kind="register_form"))
    text = "\n".join(pages_text(out, layout=False))  # a label wraps beside its neighbour: read it in order
    assert pages == len(pages_text(out)) >= 2
    expected = {"ky": ("Маалымат чогултуу формасы", "Калдык сактагыч"),
                "ru": ("Форма сбора сведений", "Хвостохранилище"),
                "en": ("Data collection form", "Tailings management facility")}[lang]
    for words in expected + (FIELD_LABELS["water_km"][lang].split(",")[0], CHOICES["sector"]["mining"][lang]):
        assert " ".join(words.split()[:3]) in " ".join(text.split()), words
    first_parameter = next(iter(builtin_method().parameters.values())).name.text(lang)
    assert " ".join(first_parameter.split()[:2]) in " ".join(text.split())
    if lang == "ky":
        assert all(letter in text for letter in "ңөү")
    assert all(font[-5] == "yes" for font in fonts(out))  # every font embedded: a ministry printer has none
    assert_no_overlap(out)


def test_the_print_dialog_offers_the_form_with_and_without_a_document(qtbot):
    dialog = print_dialog.PrintSetupDialog(builtin_catalogue(), has_document=False, lang="ky")
    qtbot.addWidget(dialog)
    assert dialog.kind_buttons["register_form"].isEnabled()
    dialog.kind_buttons["register_form"].setChecked(True)
    assert not dialog.areas_box.isEnabled()
    assert dialog.choice().options.kind == "register_form" and dialog.choice().options.areas == ()
    assert print_dialog.default_pdf_name(None, "register_form").endswith(".pdf")


def test_the_register_page_writes_the_form_in_the_content_language(qtbot, tmp_path):
    from gui.main_window import MainWindow
    from model.app import settings as settings_store

    window = MainWindow(settings_store.Settings(), "en")
    qtbot.addWidget(window)
    window.open_example()
    window.register_entry.show()
    page = window.register_entry.page
    shown = []
    out = tmp_path / "form.pdf"
    with mock.patch.object(print_dialog, "show_written", lambda parent, path, pages: shown.append(path)):
        job = page.export_blank_form(path=str(out))
        assert job is not None
        finish(qtbot, job)
        assert shown == [str(out)]
    assert "Форма сбора сведений" in " ".join(pages_text(out)[0].split())  # the example is in Russian
    window.close_document()


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=180, cwd=ROOT, env=env)


def test_the_command_line_writes_the_form_and_refuses_to_replace_a_file(tmp_path, demo):  # noqa: F811
    out = tmp_path / "form.pdf"
    done = run("register", str(demo), "--blank-form", "-o", str(out), "--lang", "ky")
    assert done.returncode == 0, done.stderr
    assert "blank register form" in done.stdout
    assert "Калдык сактагыч" in " ".join(" ".join(pages_text(out)).split())
    again = run("register", str(demo), "--blank-form", "-o", str(out))
    assert again.returncode == 1 and "--force" in again.stderr and again.stderr.count("\n") == 1
    assert run("register", str(demo), "--blank-form", "-o", str(out), "--force").returncode == 0
    both = run("register", str(demo), "--blank-form", "--template", "-o", str(out))
    assert both.returncode == 1 and "choose one" in both.stderr
    missing = run("register", str(demo), "--blank-form")
    assert missing.returncode == 1 and "-o" in missing.stderr
