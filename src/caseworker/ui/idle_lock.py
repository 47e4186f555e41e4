"""The idle lock: after a quiet spell the window is covered, every case is forgotten, the
clipboard is cleared if it holds something copied from the program, and the session is closed,
so the key leaves memory; the password opens it again."""

from __future__ import annotations

from caseworker.ui.qt import QApplication, QEvent, QObject, QTimer

DEFAULT_MINUTES = 10
# What counts as the user being there.
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    def __init__(self, on_idle, minutes: float = DEFAULT_MINUTES, parent=None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(on_idle)
        QApplication.instance().installEventFilter(self)
        # What is put on the clipboard while the program has the focus is the program's.
        self.clipboard_ours = False
        QApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        self.timer.start()

    def _clipboard_changed(self) -> None:
        self.clipboard_ours = QApplication.clipboard().ownsClipboard() or QApplication.activeWindow() is not None

    def clear_clipboard(self) -> None:
        """Empties the clipboard if it holds something copied from the program (case data)."""
        clipboard = QApplication.clipboard()
        if self.clipboard_ours or clipboard.ownsClipboard():
            clipboard.clear()
        self.clipboard_ours = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # restart the quiet spell
        return False

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.clipboard().dataChanged.disconnect(self._clipboard_changed)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
