"""Work that takes more than a moment (unlock, search over many cases) runs off the GUI thread;
its result or its refusal comes back by signal. The job never touches a widget."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from caseworker.ui.qt import QObject, QRunnable, QThreadPool, Signal

_running: set = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)  # done so far, of how many


class Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], reports: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.reports = reports
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit) if self.reports else self.fn()
        except Exception as e:
            self.signals.failed.emit(e)
        else:
            self.signals.done.emit(result)


def run_in_background(fn: Callable[..., Any], done: Callable[[Any], None], failed: Callable[[Exception], None],
                      progress: Callable[[int, int], None] | None = None) -> Job:
    """With `progress`, `fn` is called with a `report(done, total)` it may call from its thread;
    `progress` receives each report on the GUI thread."""
    job = Job(fn, reports=progress is not None)
    # Kept alive here until its last signal has been handled on the GUI thread: the pool must
    # not delete the job (and its signals) while a report is still queued.
    job.setAutoDelete(False)
    _running.add(job)
    if progress is not None:
        job.signals.progress.connect(progress)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    job.signals.done.connect(lambda _result: _running.discard(job))
    job.signals.failed.connect(lambda _error: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    return job
