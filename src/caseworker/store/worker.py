"""The one thread that owns the database connection; every query runs on it, in order.

SQLite connections belong to the thread that made them. The GUI and the command line
hand work to this thread and wait for (or are signalled with) the result, as Anki does.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")
_STOP = object()


class DatabaseThread:
    def __init__(self, connect: Callable[[], Any], name: str = "caseworker-db") -> None:
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._ready: Future = Future()
        self._thread = threading.Thread(target=self._run, args=(connect,), name=name, daemon=True)
        self._thread.start()
        self._ready.result()  # re-raises a failure to open the connection

    def _run(self, connect: Callable[[], Any]) -> None:
        try:
            conn = connect()
        except BaseException as e:
            self._ready.set_exception(e)
            return
        self._ready.set_result(None)
        try:
            while True:
                job = self._jobs.get()
                if job is _STOP:
                    return
                fn, args, future = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(fn(conn, *args))
                except BaseException as e:
                    future.set_exception(e)
        finally:
            conn.close()

    def submit(self, fn: Callable[..., T], *args: Any) -> Future:
        """Queues `fn(connection, *args)`; the future carries its result or exception."""
        if not self._thread.is_alive():
            raise RuntimeError("the database thread has stopped")
        future: Future = Future()
        self._jobs.put((fn, args, future))
        return future

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        return self.submit(fn, *args).result()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._jobs.put(_STOP)
            self._thread.join()
