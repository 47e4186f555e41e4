"""The words for a child's own case fields, the stored choices among them, and the sections
of a case file: one place, so the case file, its editor and the new-case dialog say the same."""

from __future__ import annotations

from caseworker.ui.qt import QObject


class CaseWords(QObject):
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
            "guardian": self.tr("Guardian"), "school_enrolled": self.tr("Enrolled at school"),
            "school": self.tr("School"), "languages": self.tr("Languages the child speaks"),
            "initial_assessment_done": self.tr("Initial assessment done on"),
            "best_interests_done": self.tr("Best-interests assessment done on"),
            "plan_approved": self.tr("Plan approved on"), "plan_reviewed": self.tr("Plan last reviewed on"),
            "follow_ups_done": self.tr("Follow-up visits after closure"), "registered_at": self.tr("Registered on"),
            "closed_on": self.tr("Closed on"), "closure_reason": self.tr("Reason for closure"),
            "closure_approved_by": self.tr("Closure approved by"),
        }

    def parts(self) -> dict[str, str]:
        """The parts of a guardian and of a disclosure of sexual violence."""
        return {
            "name": self.tr("Name"), "relation": self.tr("Relation to the child"),
            "appointed_by": self.tr("Appointed by"), "decision_date": self.tr("Date of the decision"),
            "decision_number": self.tr("Number of the decision"), "disclosed_on": self.tr("Disclosed on"),
            "referred_to": self.tr("Referred to"),
        }

    def sections(self) -> dict[str, str]:
        return {
            "persons": self.tr("Family"), "documents": self.tr("Documents"), "consents": self.tr("Consent"),
            "assessments": self.tr("Assessments"), "goals": self.tr("Plan"), "referrals": self.tr("Referrals"),
            "visits": self.tr("Visits"), "notes": self.tr("Notes"), "attachments": self.tr("Attachments"),
            "tracing": self.tr("Family tracing"), "disclosures": self.tr("Disclosure requests"),
            "transfers": self.tr("Transfers"),
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
            "languages": {
                "tajik": self.tr("Tajik"), "russian": self.tr("Russian"), "uzbek": self.tr("Uzbek"),
                "arabic": self.tr("Arabic"), "english": self.tr("English"), "other": self.tr("another language"),
            },
            "closure_reason": {
                "goals_met": self.tr("the plan's goals were met"), "turned_18": self.tr("turned 18"),
                "unreachable": self.tr("could not be reached"), "moved_abroad": self.tr("moved abroad"),
                "declined_services": self.tr("the family declined services"), "died": self.tr("died"),
                "duplicate": self.tr("a duplicate of another case"),
            },
            "appointed_by": {
                "parent": self.tr("a parent"), "district_administration": self.tr("the district administration"),
                "court": self.tr("a court"), "other": self.tr("other"),
            },
            "step": {
                "initial_assessment": self.tr("initial assessment"),
                "best_interests_assessment": self.tr("best-interests assessment"),
                "case_plan": self.tr("case plan"), "implementation": self.tr("implementing the plan"),
                "follow_up": self.tr("follow-up after closure"), "closed": self.tr("closed"),
            },
        }

    def what_due(self) -> dict[str, str]:
        """What a deadline is for."""
        return {
            "initial_assessment": self.tr("Initial assessment"),
            "best_interests_assessment": self.tr("Best-interests assessment"),
            "case_plan": self.tr("Case plan"),
            "plan_review": self.tr("Plan review"),
            "visit": self.tr("Visit"),
            "goal": self.tr("Plan goal"),
            "referral_follow_up": self.tr("Referral follow-up"),
            "follow_up": self.tr("Follow-up after closure"),
            "age_18_review": self.tr("Review before 18"),
            "passport_16": self.tr("Passport at 16"),
            "purge_review": self.tr("Retention review"),
        }
