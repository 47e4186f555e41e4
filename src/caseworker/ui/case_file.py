"""A case file on screen, section by section: the child, family, documents, consent,
assessments, plan, referrals, visits, notes, attachments, what is due and the history.
What the user may not see arrives from app/ already redacted and is shown as such."""

from __future__ import annotations

from caseworker.domain.items import REDACTED
from caseworker.ui.qt import QEvent, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


class CaseFileView(QWidget):
    def __init__(self, session, case_id: str, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.setObjectName("case_file")
        self.heading = QLabel(objectName="case_heading")
        self.tree = QTreeWidget(objectName="case_tree")
        self.tree.setColumnCount(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree)
        self.file = session.casefile.show(case_id)
        self.history = session.cases.history(case_id)
        self.fill()

    # -- words -----------------------------------------------------------------------------------
    def labels(self) -> dict[str, str]:
        return {
            "surname": self.tr("Surname"), "given_name": self.tr("Given name"),
            "patronymic": self.tr("Patronymic"), "other_names": self.tr("Other names"), "sex": self.tr("Sex"),
            "birth_date": self.tr("Date of birth"), "birth_year": self.tr("Birth year"),
            "district": self.tr("District"), "risk": self.tr("Protection risk"), "status": self.tr("Status"),
            "summary": self.tr("Summary"), "assigned_to": self.tr("Caseworker"),
            "supervisor": self.tr("Supervisor"), "care_arrangement": self.tr("Care arrangement"),
            "education": self.tr("Education"), "health": self.tr("Health"),
            "sexual_violence": self.tr("Disclosure of sexual violence"), "step": self.tr("Step"),
        }

    def sections(self) -> dict[str, str]:
        return {
            "persons": self.tr("Family"), "documents": self.tr("Documents"), "consents": self.tr("Consent"),
            "assessments": self.tr("Assessments"), "goals": self.tr("Plan"), "referrals": self.tr("Referrals"),
            "visits": self.tr("Visits"), "notes": self.tr("Notes"), "attachments": self.tr("Attachments"),
            "tracing": self.tr("Family tracing"), "disclosures": self.tr("Disclosure requests"),
        }

    def choices(self) -> dict[str, dict[str, str]]:
        """The words for stored choices, so no English code reaches the screen."""
        return {
            "sex": {"female": self.tr("female"), "male": self.tr("male")},
            "risk": {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")},
            "status": {"open": self.tr("open"), "closed": self.tr("closed")},
            "care_arrangement": {
                "family": self.tr("family"), "kinship": self.tr("kinship care"), "foster": self.tr("foster care"),
                "institution": self.tr("institution"), "independent": self.tr("independent living"),
            },
            "step": {
                "initial_assessment": self.tr("initial assessment"),
                "best_interests_assessment": self.tr("best-interests assessment"),
                "case_plan": self.tr("case plan"), "implementation": self.tr("implementing the plan"),
                "follow_up": self.tr("follow-up after closure"), "closed": self.tr("closed"),
            },
        }

    def field_value(self, key: str, v) -> str:
        words = self.choices().get(key)
        if words and isinstance(v, str) and v in words:
            return words[v]
        return self.value(v)

    def value(self, v) -> str:
        if v == REDACTED or v == {"restricted": True}:
            return self.tr("[restricted: need to know]")
        if isinstance(v, list):
            return ", ".join(self.value(x) for x in v)
        if isinstance(v, dict):
            return "; ".join(f"{k}: {self.value(x)}" for k, x in v.items())
        if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
            return f"{v[8:10]}.{v[5:7]}.{v[:4]}"  # dd.MM.yyyy in every language
        return "" if v is None else str(v)

    # -- drawing ---------------------------------------------------------------------------------
    def fill(self) -> None:
        f = self.file
        self.tree.clear()
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        name = " ".join(p for p in (f["surname"], f["given_name"], f["patronymic"]) if p)
        self.heading.setText(name)
        profile = QTreeWidgetItem(self.tree, [self.tr("The child")])
        for key, label in self.labels().items():
            if f.get(key) not in (None, "", []):
                QTreeWidgetItem(profile, [label, self.field_value(key, f[key])]).setData(1, 256, key)
        profile.setExpanded(True)
        for plural, title in self.sections().items():
            entries = f["items"].get(plural, [])
            section = QTreeWidgetItem(self.tree, [f"{title} ({len(entries)})"])
            for entry in entries:
                shown = {k: v for k, v in entry.items() if k != "id"}
                QTreeWidgetItem(section, ["", self.value(shown)])
        due = QTreeWidgetItem(self.tree, [self.tr("Due")])
        for d in f["due"]:
            QTreeWidgetItem(due, [d["what"], self.value(d["due"][:10])])
        history = QTreeWidgetItem(self.tree, [self.tr("History")])
        for h in self.history:
            QTreeWidgetItem(history, [h["at"][:10], h["action"]])
        self.tree.resizeColumnToContents(0)

    def shown_value(self, key: str) -> str | None:
        """What the profile shows for a field (tests read the screen through this)."""
        profile = self.tree.topLevelItem(0)
        for i in range(profile.childCount()):
            item = profile.child(i)
            if item.data(1, 256) == key:
                return item.text(1)
        return None

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.fill()
        super().changeEvent(event)
