"""Translatable messages for every layer below the GUI, without importing Qt.

`QT_TRANSLATE_NOOP(context, text)` is the marker Qt's lupdate recognises in Python
sources; here it simply returns the English text. The GUI translates a message with
`QCoreApplication.translate(message.context, message.text)` and then fills in the
parameters; the command line prints the English text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A stable key, the English source text with {named} parameters, and the values."""

    key: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)
    context: str = CONTEXT

    def english(self) -> str:
        return self.render(lambda _context, text: text)

    def render(self, translate) -> str:
        """Renders with `translate(context, text) -> str` (the GUI passes Qt's).

        A parameter that is itself a Message (a problem inside a refusal) is
        translated the same way.
        """
        params = {
            k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()
        }
        return translate(self.context, self.text).format(**params)

    def __str__(self) -> str:
        return self.english()
