"""Who holds a case, inside its case file: a supervisor assigns it to a caseworker here or on a
laptop; the line that says where a transfer to another district stands, and the step this
user may take (ask for one; approve or decline it; accept it)."""

from __future__ import annotations

from caseworker.domain.errors import CaseworkerError
from caseworker.ui.dates import shown
from caseworker.ui.i18n import message_text
from caseworker.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)


class AskDialog(QDialog):
    """Where the case should go, and why."""

    def __init__(self, districts: list[str], parent=None) -> None:
        super().__init__(parent, objectName="ask_transfer")
        self.district = QComboBox(objectName="transfer_district", editable=True)
        self.district.addItems(districts)
        self.district.setCurrentIndex(-1)
        self.reason = QPlainTextEdit(objectName="transfer_reason")
        self.setWindowTitle(self.tr("Ask for a transfer"))
        self.district.setAccessibleName(self.tr("District the case moves to"))
        self.reason.setAccessibleName(self.tr("Reason for the transfer"))
        form = QFormLayout(self)
        form.addRow(self.tr("District the case moves to"), self.district)
        form.addRow(self.tr("Reason for the transfer"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ApproveDialog(QDialog):
    """Who receives the case: a caseworker here or on a laptop (name@serial)."""

    def __init__(self, receivers: list[str], parent=None, assign: bool = False) -> None:
        super().__init__(parent, objectName="assign_case" if assign else "approve_transfer")
        self.receiver = QComboBox(objectName="transfer_receiver")
        self.receiver.addItems(receivers)
        self.setWindowTitle(self.tr("Assign the case") if assign else self.tr("Approve the transfer"))
        self.receiver.setAccessibleName(self.tr("Caseworker who receives the case"))
        form = QFormLayout(self)
        form.addRow(self.tr("Caseworker who receives the case"), self.receiver)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class TransferBar(QWidget):
    changed = Signal()  # a step was taken: the case file reloads

    def __init__(self, session, case_id: str, districts: list[str], parent=None) -> None:
        super().__init__(parent, objectName="transfer_bar")
        self.session, self.case_id, self.districts = session, case_id, districts
        self.state = QLabel(objectName="transfer_state", wordWrap=True)
        self.problem = QLabel(objectName="transfer_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.assign_button = QPushButton(objectName="assign_button")
        self.assign_button.clicked.connect(self.assign)
        self.ask_button = QPushButton(objectName="ask_transfer_button")
        self.approve_button = QPushButton(objectName="approve_transfer_button")
        self.decline_button = QPushButton(objectName="decline_transfer_button")
        self.accept_button = QPushButton(objectName="accept_transfer_button")
        self.ask_button.clicked.connect(self.ask)
        self.approve_button.clicked.connect(self.approve)
        self.decline_button.clicked.connect(lambda: self._step(lambda: session.transfers.decline(case_id)))
        self.accept_button.clicked.connect(lambda: self._step(lambda: session.transfers.accept(case_id)))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state, 1)
        for button in (self.assign_button, self.ask_button, self.approve_button, self.decline_button,
                       self.accept_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.waiting: dict | None = None  # read by refresh(), which the case file calls as it loads

    def refresh(self) -> None:
        self.waiting = self.session.transfers.open(self.case_id)
        w = self.waiting
        self.ask_button.setVisible(w is None)
        self.assign_button.setVisible(self.session.cases.may_assign() and w is None)
        self.approve_button.setVisible(bool(w) and w["status"] == "requested" and self.session.transfers.may_decide())
        self.decline_button.setVisible(self.approve_button.isVisibleTo(self))
        self.accept_button.setVisible(bool(w) and w["status"] == "approved" and w["for_me"])
        self.retranslate()

    def retranslate(self) -> None:
        self.assign_button.setText(self.tr("Assign to…"))
        self.ask_button.setText(self.tr("Ask for a transfer…"))
        self.approve_button.setText(self.tr("Approve the transfer…"))
        self.decline_button.setText(self.tr("Decline the transfer"))
        self.accept_button.setText(self.tr("Accept the transfer"))
        w = self.waiting
        if w is None:
            self.state.setText("")
        elif w["status"] == "requested":
            self.state.setText(self.tr("Transfer to %1 asked for on %2; waiting for a supervisor's decision.")
                               .replace("%1", w["to_district"]).replace("%2", shown(w["requested_on"])))
        else:
            self.state.setText(self.tr("Transfer to %1 approved for %2; waiting for their acceptance.")
                               .replace("%1", w["to_district"]).replace("%2", w.get("to_caseworker") or ""))
        self.state.setVisible(w is not None)
        self.problem.hide()

    def ask(self) -> None:
        dialog = AskDialog(self.districts, self)
        dialog.accepted.connect(lambda: self._step(lambda: self.session.transfers.request(
            self.case_id, dialog.district.currentText().strip(), dialog.reason.toPlainText())))
        dialog.open()

    def approve(self) -> None:
        try:
            receivers = self.session.transfers.receivers()
        except CaseworkerError as e:
            self._problem(e)
            return
        dialog = ApproveDialog(receivers, self)
        dialog.accepted.connect(lambda: self._step(lambda: self.session.transfers.approve(
            self.case_id, dialog.receiver.currentText())))
        dialog.open()

    def assign(self) -> None:
        """A supervisor assigns the case; to a laptop's caseworker, it travels to that laptop."""
        try:
            receivers = self.session.transfers.receivers()
        except CaseworkerError as e:
            self._problem(e)
            return
        dialog = ApproveDialog(receivers, self, assign=True)
        dialog.accepted.connect(lambda: self._step(lambda: self.session.cases.edit(
            self.case_id, {"assigned_to": dialog.receiver.currentText()})))
        dialog.open()

    def _step(self, step) -> None:
        try:
            step()
        except CaseworkerError as e:
            self._problem(e)
            return
        self.changed.emit()

    def _problem(self, error: CaseworkerError) -> None:
        self.problem.setText(message_text(error.message))
        self.problem.show()
