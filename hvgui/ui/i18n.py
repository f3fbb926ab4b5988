"""Language choice and Qt translators: hvgui's own texts and Qt's standard dialogs (qtbase)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("en", "de")


def choose_language(requested: str | None) -> str:
    """--lang wins; otherwise German for a German system locale, English for everything else."""
    if requested in LANGUAGES:
        return requested
    return "de" if QLocale.system().language() == QLocale.Language.German else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translators; the caller keeps the returned list alive as long as the app runs."""
    QLocale.setDefault(
        QLocale(
            QLocale.Language.German if language == "de" else QLocale.Language.English,
            QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedStates,
        )
    )
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    qm = resources.files("hvgui") / "i18n" / f"hvgui_{language}.qm"
    if qm.is_file() and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
