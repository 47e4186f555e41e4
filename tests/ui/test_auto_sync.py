"""A laptop that is online for a moment between long gaps keeps its outbox empty without the
caseworker doing anything: the window syncs with the office's drop on its own, off the GUI
thread, says so in one quiet line, backs off when the drop cannot be reached, and stops when
the window locks."""

from __future__ import annotations

from caseworker.app.session import Session
from caseworker.ui.main_window import MainWindow
from caseworker.ui.qt import Qt, QWidget
from tests.conftest import PASSWORD, child
from tests.sync.conftest import free_port, service  # noqa: F401  (the running drop)
from tests.ui.conftest import drop_open_tabs


def test_the_laptop_keeps_its_outbox_empty_on_its_own(qtbot, service, languages):  # noqa: F811
    laptop = service.laptop
    laptop.drop.configure(service.url, service.pin)
    window = MainWindow(laptop, languages)
    qtbot.addWidget(window, before_close_func=drop_open_tabs)
    sync = window.auto_sync
    sync.wait = lambda failures: 0.2 if failures == 0 else 0.3  # minutes become moments in a test
    window.show()
    laptop.cases.add([child()])  # the caseworker works; nobody presses anything

    with qtbot.waitSignal(sync.finished, timeout=30_000):
        sync.now()
    assert len(laptop.bundles.waiting()) == 1 and "Synced with the office at" in window.statusBar().currentMessage()
    with Session.open(service.admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        supervisor.drop.take_in(service.folder)  # the office, in its own time
    qtbot.waitUntil(lambda: laptop.bundles.waiting() == [], timeout=30_000)  # the next round, on its own
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 1, timeout=10_000)  # the list reloads off the GUI thread
    assert window.case_model.rowCount() == 1

    # The drop gone (the mast is down): the window says so and backs off; nothing else changes.
    laptop.drop.configure(f"https://127.0.0.1:{free_port()}")
    with qtbot.waitSignal(sync.finished, timeout=30_000):
        pass
    assert "cannot be reached; next try at" in window.statusBar().currentMessage()
    assert laptop.drop.state()["failures"] >= 1

    window.lock()
    assert sync.session is None and not sync.timer.isActive()


def test_sync_now_from_the_sync_window(qtbot, service, languages):  # noqa: F811
    laptop = service.laptop
    laptop.drop.configure(service.url, service.pin)
    laptop.cases.add([child()])
    window = MainWindow(laptop, languages)
    qtbot.addWidget(window, before_close_func=drop_open_tabs)
    window.auto_sync.stop()  # only the button, here
    window.show()
    view = window.open_sync().findChild(QWidget, "sync_view")
    assert view.drop_button.isVisibleTo(view) and "No sync through the office's drop yet." in view.status.text()
    with qtbot.waitSignal(view.finished, timeout=30_000):
        qtbot.mouseClick(view.drop_button, Qt.MouseButton.LeftButton)
    assert view.results.item(0).text() == "Sent to the office's drop: 1 bundle(s)."
    assert "Last sync through the office's drop:" in view.status.text()
    assert len(list((service.folder / "inbox").glob("*.cwbundle"))) == 1
