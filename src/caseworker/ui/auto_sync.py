"""Sync that happens on its own: on a laptop whose drop is set, a round with the office's drop
soon after unlocking and then again and again (sooner after a success, backing off with jitter
after each failure); at the office, a supervisor's window takes in what the laptops uploaded.
Always off the GUI thread, never while locked; what it did is one quiet line in the status bar."""

from __future__ import annotations

import datetime as dt

from caseworker.app.drop import next_wait
from caseworker.domain.errors import CaseworkerError, DropUnreachable
from caseworker.ui.i18n import message_text
from caseworker.ui.qt import QObject, QTimer, Signal
from caseworker.ui.work import run_in_background

TAKE_IN_EVERY_MS = 5 * 60 * 1000


class AutoSync(QObject):
    changed = Signal()  # bundles came in: the lists reload
    status = Signal(str)  # a line for the status bar
    finished = Signal()  # a round or a take-in ended, well or not (tests wait for it)

    def __init__(self, parent=None, first_delay_ms: int = 5000, wait=next_wait) -> None:
        super().__init__(parent)
        self.session = None
        self.mode: str | None = None
        self.first_delay_ms, self.wait = first_delay_ms, wait
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.now)
        self.busy = False
        self.last_line = ""

    def start(self, session) -> None:
        """Begins after an unlock (does nothing where nothing is set up)."""
        self.session = session
        try:
            self.mode = session.drop.automatic()
        except CaseworkerError:
            self.mode = None
        if self.mode:
            self.timer.start(self.first_delay_ms)

    def stop(self) -> None:
        """On lock: no round starts while the workspace is closed."""
        self.timer.stop()
        self.session = None

    def now(self) -> None:
        session = self.session
        if session is None or self.mode is None or self.busy:
            return
        self.busy = True
        work = session.drop.round if self.mode == "round" else lambda: session.drop.take_in(
            session.drop.settings()["folder"])
        run_in_background(work, lambda result, s=session: self._done(s, result),
                          lambda error, s=session: self._failed(s, error))

    def _done(self, session, result) -> None:
        self.busy = False
        if session is not self.session:
            return  # locked meanwhile
        at = dt.datetime.now().strftime("%H:%M")
        if self.mode == "round":
            line = self.tr("Synced with the office at %1.").replace("%1", at)
            if result.waiting:
                line += " " + self.tr("%n bundle(s) wait for the office's acknowledgement.", "", result.waiting)
            came_in = bool(result.received)
            self.timer.start(int(self.wait(0) * 1000))
        else:
            line = self.tr("Took in what the laptops sent at %1: %n bundle(s).", "", len(result)).replace("%1", at)
            came_in = bool(result)
            self.timer.start(TAKE_IN_EVERY_MS)
        self._say(line)
        if came_in:
            self.changed.emit()
        self.finished.emit()

    def _failed(self, session, error: Exception) -> None:
        self.busy = False
        if session is not self.session:
            return
        failures = session.drop.state().get("failures", 1) if self.mode == "round" else 1
        delay = self.wait(failures) if self.mode == "round" else TAKE_IN_EVERY_MS / 1000
        self.timer.start(int(delay * 1000))
        at = (dt.datetime.now() + dt.timedelta(seconds=delay)).strftime("%H:%M")
        if type(error) is DropUnreachable:  # not its subclasses: a wrong pin or a refusal says itself
            line = self.tr("The office's drop cannot be reached; next try at %1.").replace("%1", at)
        elif isinstance(error, CaseworkerError):
            line = message_text(error.message)
        else:
            line = self.tr("Sync with the office failed; next try at %1.").replace("%1", at)
        self._say(line)
        self.finished.emit()

    def _say(self, line: str) -> None:
        self.last_line = line
        self.status.emit(line)
