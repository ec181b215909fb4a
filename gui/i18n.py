"""Interface language: Qt translators for our strings and Qt's own, switched at runtime."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from model.app.resources import translations_dir

LANGUAGES = ("ru", "ky", "en")
# Each language is named in itself, so a user can find their own in any interface language.
NATIVE_NAMES = {"ru": "Русский", "ky": "Кыргызча", "en": "English"}


def language_name(code: str) -> str:
    """A content language as every language list shows it: "Кыргызча", or "Русский + English" for two."""
    return " + ".join(NATIVE_NAMES[part] for part in code.split("+"))

_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The interface language last installed (what the help window and the handout follow)."""
    return _current[0]


def system_language() -> str:
    name = QLocale.system().name().lower()
    for lang in ("ky", "ru"):
        if name.startswith(lang):
            return lang
    return "en"


def locale_for(lang: str) -> QLocale:
    return {"ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
            "ky": QLocale(QLocale.Language.Kyrgyz, QLocale.Country.Kyrgyzstan)}.get(
        lang, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def install_language(lang: str) -> bool:
    """Replace the installed translators; widgets then get a LanguageChange event and retranslate."""
    app = QCoreApplication.instance()
    if app is None:  # translators belong to the running application; say so rather than fail on None
        raise RuntimeError("install_language() needs the QApplication to exist")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = lang if lang in LANGUAGES else "en"
    QLocale.setDefault(locale_for(lang))
    ours = translations_dir()
    if lang == "en":
        # English is the source language; its file holds only plural forms ("1 action", "2 actions").
        translator = QTranslator(app)
        if translator.load("teia_en", str(ours)):
            app.installTranslator(translator)
            _installed.append(translator)
        return True
    # Installed later = asked first: Qt's own Russian (from Qt, or the copy a frozen build keeps beside
    # ours), our Kyrgyz for Qt, our additions to Qt's Russian, then the application's strings.
    candidates = [(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                  (f"qtbase_{lang}", ours), (f"qtbase_extra_{lang}", ours), (f"teia_{lang}", ours)]
    loaded_any = False
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded_any = True
    return loaded_any
