"""The Sync tab: on a laptop, send what the office has not received to a folder (a USB stick)
and take in what the office sent back; at the office, import the laptops' bundles with a
summary of each, and resolve conflicts with both values side by side. The work runs off the
GUI thread; the screen only asks app/ and shows what comes back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from caseworker.domain.errors import BundleNotPermitted, CaseworkerError
from caseworker.domain.items import REDACTED
from caseworker.ui.case_words import CaseWords
from caseworker.ui.dates import shown
from caseworker.ui.i18n import message_text
from caseworker.ui.item_words import ItemWords
from caseworker.ui.qt import (
    QEvent,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from caseworker.ui.work import run_in_background


class SyncView(QWidget):
    finished = Signal()  # a send or an import has ended (tests and the lists wait for it)

    def __init__(self, session, office: bool, sees_conflicts: bool, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.office = office
        self.setObjectName("sync_view")
        self.case_words, self.item_words = CaseWords(self), ItemWords(self)
        self.heading = QLabel(objectName="sync_heading", wordWrap=True)
        self.send_button = QPushButton(objectName="sync_send")
        self.send_button.clicked.connect(self._choose_folder)
        self.import_button = QPushButton(objectName="sync_import")
        self.import_button.clicked.connect(self._choose_files)
        self.folder_button = QPushButton(objectName="sync_import_folder")
        self.folder_button.clicked.connect(self._choose_import_folder)
        self.drop_button = QPushButton(objectName="sync_drop_now")
        self.drop_button.clicked.connect(self.drop_now)
        try:
            self.drop_mode = session.drop.automatic()
        except CaseworkerError:
            self.drop_mode = None
        self.drop_button.setVisible(self.drop_mode is not None)
        self.status = QLabel(objectName="sync_status", wordWrap=True)
        self.status.setVisible(not office)
        self.state: dict | None = None
        self.warning = QLabel(objectName="sync_warning", wordWrap=True)
        self.warning.setStyleSheet("color: #8a4b00;")
        # BUNDLES.md: a laptop warns when its newest revocation list is more than 60 days old.
        self.warning.setVisible(not office and session.enrolment.revocations_are_old())
        # A genuine laptop's bundle that the program would never write: the laptop may be in the
        # wrong hands, so the supervisor sees it above everything else, not as one line among many.
        self.alarm = QLabel(objectName="sync_alarm", wordWrap=True)
        self.alarm.setStyleSheet("color: #7a0000; background: #fde8e8; border: 1px solid #b00020; padding: 6px;")
        self.alarm.hide()
        self.busy = QProgressBar(objectName="sync_busy")
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.left_in_place = 0  # bundles in a chosen folder that are for other devices
        self.results = QListWidget(objectName="sync_results")
        self.conflicts_label = QLabel(objectName="conflicts_heading")
        self.conflicts = QTableWidget(objectName="conflicts")
        self.conflicts.setColumnCount(5)
        self.conflicts.verticalHeader().setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.drop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.warning)
        layout.addWidget(self.alarm)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.results)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts)
        self.sees_conflicts = sees_conflicts
        self.found: list[dict] = []
        self.conflicts_label.setVisible(sees_conflicts)
        self.conflicts.setVisible(sees_conflicts)
        self.load_state()
        self.retranslate()
        self.load_conflicts()

    # -- where things stand (a laptop) ------------------------------------------------------------
    def load_state(self) -> None:
        if not self.office:
            try:
                self.state = self.session.bundles.status()
            except CaseworkerError:
                self.state = None
        self.show_state()

    def show_state(self) -> None:
        st = self.state
        if st is None:
            self.status.setText("")
            return
        lines = []
        if st["waiting"]:
            lines.append(self.tr("Waiting for the office's acknowledgement: %n bundle(s).", "", len(st["waiting"])))
        else:
            lines.append(self.tr("Nothing is waiting for the office."))
        if st["heard_at"]:
            lines.append(self.tr("The office has every bundle up to number %1 (heard on %2).")
                         .replace("%1", str(st["acknowledged"])).replace("%2", shown(st["heard_at"][:10])))
        else:
            lines.append(self.tr("No acknowledgement from the office yet."))
        if st["missing"]:
            lines.append(self.tr("The office is missing bundle(s) number %1: write them to a folder again.")
                         .replace("%1", ", ".join(str(n) for n in st["missing"])))
        if st["unsent_changes"]:
            lines.append(self.tr("Changes made since the last bundle will go in the next one."))
        if self.drop_mode is not None:
            last_ok = self.session.drop.state().get("last_ok")
            if last_ok:
                local = dt.datetime.fromisoformat(last_ok).astimezone()  # stored in UTC
                lines.append(self.tr("Last sync through the office's drop: %1.").replace(
                    "%1", f"{shown(local.date().isoformat())} {local:%H:%M}"))
            else:
                lines.append(self.tr("No sync through the office's drop yet."))
        self.status.setText("\n".join(lines))

    # -- sending -------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the bundles (a USB stick)"))
        if folder:
            self.send_to(Path(folder))

    def send_to(self, folder: Path) -> None:
        self._working(True)
        session = self.session
        run_in_background(lambda: session.bundles.export(folder), self._sent, self._failed)

    def _sent(self, exported) -> None:
        self._working(False)
        self.load_state()
        self.results.clear()
        if exported.new is None:
            self.results.addItem(self.tr("Nothing new to send."))
        for path in exported.paths:
            self.results.addItem(self.tr("Written: %1").replace("%1", path.name))
        self.finished.emit()

    # -- importing -----------------------------------------------------------------------------
    def _choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Bundles to import"), "",
                                                      self.tr("Bundles (*.cwbundle)"))
        if files:
            self.import_files([Path(f) for f in files])

    def _choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with bundles to import (a USB stick)"))
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> None:
        """Every bundle in the folder meant for this workspace; the others stay where they are."""
        try:
            files, self.left_in_place = self.session.bundles.in_folder(folder)
        except (CaseworkerError, OSError) as e:
            self._failed(e)
            return
        self.import_files(files, keep_count=True)

    def import_files(self, files: list[Path], keep_count: bool = False) -> None:
        if not keep_count:
            self.left_in_place = 0
        self._working(True)
        self.busy.setRange(0, max(len(files), 1))
        self.busy.setValue(0)
        session = self.session

        def work(report):
            outcomes = []
            for n, path in enumerate(files, start=1):  # each on its own: a refused one does not stop the others
                try:
                    outcomes.append((path, session.bundles.import_file(path), None))
                except CaseworkerError as e:
                    outcomes.append((path, None, e))
                report(n, len(files))
            return outcomes

        run_in_background(work, self._imported, self._failed, progress=self._progress)

    def drop_now(self) -> None:
        """A round with the office's drop now (a laptop), or taking in what it holds (the office)."""
        self.left_in_place = 0
        self._working(True)
        session, mode = self.session, self.drop_mode

        def work():
            if mode == "round":
                result = session.drop.round()
                return result.sent, result.received
            return None, session.drop.take_in(session.drop.settings()["folder"])

        run_in_background(work, self._dropped, self._failed)

    def _dropped(self, outcome) -> None:
        sent, received = outcome
        self._imported([(r.path, r, None) if not isinstance(r, CaseworkerError) else
                        (Path(r.params.get("path", "")), None, r) for r in received], from_drop=True)
        if sent is not None:
            self.results.insertItem(0, self.tr("Sent to the office's drop: %n bundle(s).", "", sent))

    def _progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, total)
        self.busy.setValue(done)

    def _imported(self, outcomes, from_drop: bool = False) -> None:
        self._working(False)
        self.load_state()
        self.warning.setVisible(not self.office and self.session.enrolment.revocations_are_old())
        self.results.clear()
        alarms = [message_text(e.message) for _path, _result, e in outcomes if isinstance(e, BundleNotPermitted)]
        self.alarm.setText("\n".join(alarms))
        self.alarm.setVisible(bool(alarms))
        for path, result, error in outcomes:
            if error is not None:
                self.results.addItem(message_text(error.message))
            elif result.already:
                self.results.addItem(self.tr("%1: already imported").replace("%1", path.name))
            else:
                sender = (self.tr("%1 (%2)").replace("%1", path.name).replace("%2", result.district)
                          if result.district else path.name)
                line = (self.tr("%1: imported: %2 new, %3 changed, %4 conflict(s)").replace("%1", sender)
                        .replace("%2", str(result.new)).replace("%3", str(result.changed))
                        .replace("%4", str(result.conflicts)))
                if result.left:
                    line += " " + self.tr("%n case(s) left this laptop: the office has them.", "", result.left)
                self.results.addItem(line)
        if not outcomes and not from_drop:
            self.results.addItem(self.tr("No bundle for this workspace was found."))
        if self.left_in_place:
            self.results.addItem(self.tr("%n bundle(s) meant for others were left in place.", "",
                                         self.left_in_place))
        self.load_conflicts()
        self.finished.emit()

    def _failed(self, error: Exception) -> None:
        self._working(False)
        self.results.clear()
        text = message_text(error.message) if isinstance(error, CaseworkerError) else self.tr(
            "The bundles could not be handled.")
        self.results.addItem(text)
        self.finished.emit()

    def _working(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.send_button.setEnabled(not on)
        self.import_button.setEnabled(not on)
        self.folder_button.setEnabled(not on)
        self.drop_button.setEnabled(not on)
        if not on:
            self.busy.setRange(0, 0)

    # -- conflicts -------------------------------------------------------------------------------
    def load_conflicts(self) -> None:
        if not self.sees_conflicts:
            return
        self.found = self.session.conflicts.open()
        self.show_conflicts()

    def show_conflicts(self) -> None:
        """Draws the conflicts last read (a change of language redraws them without the database)."""
        found = self.found
        self.conflicts.setRowCount(len(found))
        labels = {**self.item_words.fields(), **self.case_words.labels()}
        choices = self.case_words.choices()
        for row, c in enumerate(found):
            self.conflicts.setItem(row, 0, QTableWidgetItem(labels.get(c["field"], c["field"])))
            for column, side in ((1, "kept"), (3, "lost")):
                value = c[side]
                words = choices.get(c["field"], {})
                raw = value["value"]
                shown_value = words.get(raw, raw) if isinstance(raw, str) else ("" if raw is None else str(raw))
                if raw == REDACTED:
                    shown_value = self.tr("[restricted: need to know]")
                text = f"{shown_value}\n{shown(value['written_at'])}"
                self.conflicts.setItem(row, column, QTableWidgetItem(text))
                keep = QPushButton(self.tr("Keep this one"), objectName=f"keep_{row}_{side}")
                keep.clicked.connect(lambda _c=False, cid=c["id"], vid=value["value_id"]: self.keep(cid, vid))
                self.conflicts.setCellWidget(row, column + 1, keep)
        self.conflicts.resizeRowsToContents()

    def keep(self, conflict_id: str, value_id: str) -> None:
        try:
            self.session.conflicts.resolve(conflict_id, value_id)
        except CaseworkerError as e:
            self.results.addItem(message_text(e.message))
        self.load_conflicts()

    # -- words -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.office:
            self.heading.setText(self.tr("Import the bundles the laptops sent, then send each laptop its return "
                                         "bundle."))
        else:
            self.heading.setText(self.tr("Send what the office has not received yet, and take in what the office "
                                         "sent back."))
        self.warning.setText(self.tr("This laptop has not heard from the office for more than 60 days (or "
                                     "never): sync with the office soon."))
        self.send_button.setText(self.tr("Write bundles to a folder…"))
        self.import_button.setText(self.tr("Import bundles…"))
        self.folder_button.setText(self.tr("Import a folder…"))
        self.drop_button.setText(self.tr("Sync with the office's drop now") if not self.office
                                 else self.tr("Take in from the drop now"))
        self.show_state()
        self.busy.setFormat(self.tr("%v of %m"))
        self.results.setAccessibleName(self.tr("What happened"))
        self.conflicts_label.setText(self.tr("Conflicts: two edits of the same field made without seeing each "
                                             "other. Keep one."))
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value now"), "", self.tr("Other value"),
                                                  ""])
        self.show_conflicts()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
