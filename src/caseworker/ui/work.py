"""Work that takes more than a moment (unlock, search over many cases) runs off the GUI thread;
its result or its refusal comes back by signal. The job never touches a widget."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from caseworker.ui.qt import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as e:
            self.signals.failed.emit(e)
        else:
            self.signals.done.emit(result)


def run_in_background(fn: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Exception], None]) -> Job:
    job = Job(fn)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job
