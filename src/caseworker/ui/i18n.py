"""The interface language: the compiled translations loaded into the application, switched at run
time; every open window retranslates on QEvent.LanguageChange."""

from __future__ import annotations

from caseworker.domain.messages import Message
from caseworker.domain.resources import root
from caseworker.ui.qt import QCoreApplication, QTranslator

LANGUAGES = {"tg": "Тоҷикӣ", "ru": "Русский", "en": "English"}


class Languages:
    """Owns the one translator of the application (passed in, never a global)."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.translator: QTranslator | None = None
        self.current = "en"

    def switch(self, language: str) -> None:
        if self.translator is not None:
            self.app.removeTranslator(self.translator)
            self.translator = None
        if language != "en":
            translator = QTranslator(self.app)
            if translator.load(str(root() / "translations" / f"caseworker_{language}.qm")):
                self.app.installTranslator(translator)
                self.translator = translator
        self.current = language  # installing or removing a translator sends LanguageChange


def message_text(message: Message) -> str:
    """A refusal from below ui/, in the interface language."""
    return message.render(QCoreApplication.translate)
