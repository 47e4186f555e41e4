"""The interface language: the compiled translations loaded into the application, switched at run
time; every open window retranslates on QEvent.LanguageChange.

Qt's own words (the Save and Cancel of a button box, a text field's context menu, a scroll
bar's menu) come from Qt's translation for Russian, and from our own translations/qt_tg.qm
for Tajik, which Qt does not ship."""

from __future__ import annotations

from pathlib import Path

from caseworker.domain.messages import Message
from caseworker.domain.resources import root
from caseworker.ui.qt import QCoreApplication, QLibraryInfo, QTranslator

LANGUAGES = {"tg": "Тоҷикӣ", "ru": "Русский", "en": "English"}


def _qt_file(language: str) -> Path | None:
    if language == "tg":
        return root() / "translations" / "qt_tg.qm"
    if language == "ru":
        return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_ru.qm"
    return None


class Languages:
    """Owns the application's translators (passed in, never a global)."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.translators: list[QTranslator] = []
        self.current = "en"

    def switch(self, language: str) -> None:
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = []
        if language != "en":
            for path in (root() / "translations" / f"caseworker_{language}.qm", _qt_file(language)):
                translator = QTranslator(self.app)
                if path is not None and translator.load(str(path)):
                    self.app.installTranslator(translator)
                    self.translators.append(translator)
        self.current = language  # installing or removing a translator sends LanguageChange


def message_text(message: Message) -> str:
    """A refusal from below ui/, in the interface language."""
    return message.render(QCoreApplication.translate)
