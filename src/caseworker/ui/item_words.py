"""The words for what a case file's entries hold (family members, documents, consents, plan,
referrals, visits, notes, ...): a label for every stored field and every stored choice, so
no code name reaches the screen in any language."""

from __future__ import annotations

from caseworker.ui.qt import QObject


class ItemWords(QObject):
    def fields(self) -> dict[str, str]:
        """Field name -> label (the same name means the same thing in every kind of entry)."""

        return {
            # family members
            "relation": self.tr("Relation to the child"),
            "surname": self.tr("Surname"),
            "given_name": self.tr("Given name"),
            "patronymic": self.tr("Patronymic"),
            "sex": self.tr("Sex"),
            "birth_year": self.tr("Birth year"),
            "returned": self.tr("Returned to the country"),
            "lives_with_child": self.tr("Lives with the child"),
            "caregiver": self.tr("Caregiver"),
            "linked_case": self.tr("Linked case"),
            "placement": self.tr("Placement"),
            "placement_district": self.tr("District of placement"),
            "legal_status": self.tr("Where the person is now"),
            "detained_where": self.tr("Place of detention"),
            "expected_release": self.tr("Expected release"),
            "contact_plan": self.tr("Contact plan"),
            # family tracing
            "about": self.tr("Person sought"),
            "to_whom": self.tr("Request sent to"),
            "sent_on": self.tr("Sent on"),
            "answer": self.tr("Answer"),
            "answered_on": self.tr("Answered on"),
            # documents
            "kind": self.tr("Document"),
            "status": self.tr("Status"),
            "requested_on": self.tr("Requested on"),
            "issued_on": self.tr("Issued on"),
            "expires_on": self.tr("Valid until"),
            "number": self.tr("Number"),
            "authority": self.tr("Issued by"),
            "registered_name": self.tr("Name as registered"),
            "name_used": self.tr("Name used"),
            "notes": self.tr("Notes"),
            # consent
            "purpose": self.tr("Purpose"),
            "recipient": self.tr("Recipient"),
            "given_on": self.tr("Given on"),
            "given_by": self.tr("Given by"),
            "legal_basis": self.tr("Legal basis"),
            "child_view": self.tr("The child's view"),
            "withdrawn_on": self.tr("Withdrawn on"),
            "withdrawal_reason": self.tr("Reason for withdrawal"),
            "override": self.tr("Emergency override"),
            "override_reason": self.tr("Reason for the override"),
            "override_supervisor": self.tr("Supervisor who allowed the override"),
            # plan goals
            "domain": self.tr("Area"),
            "goal": self.tr("Goal"),
            "actions": self.tr("Actions"),
            "responsible": self.tr("Responsible"),
            "due": self.tr("Due by"),
            # referrals
            "service": self.tr("Service"),
            "provider": self.tr("Provider"),
            "referred_on": self.tr("Referred on"),
            "feedback": self.tr("Feedback from the provider"),
            "outcome": self.tr("Outcome"),
            "follow_up_on": self.tr("Follow-up date"),
            # visits
            "planned_on": self.tr("Planned for"),
            "done_on": self.tr("Done on"),
            "reached": self.tr("Someone was at home"),
            "child_seen": self.tr("The child was seen"),
            "seen_alone": self.tr("The child was seen alone"),
            "safety": self.tr("Safety"),
            # notes and attachments
            "written_on": self.tr("Written on"),
            "text": self.tr("Text"),
            "name": self.tr("File name"),
            "content_type": self.tr("Type of file"),
            "size": self.tr("Size (bytes)"),
            "sha256": self.tr("Fingerprint of the file"),
            "photo": self.tr("Photograph"),
            "description": self.tr("Description"),
            # disclosure requests
            "agency": self.tr("Agency"),
            "decision": self.tr("Decision"),
            "decided_by": self.tr("Decided by"),
            "decided_on": self.tr("Decided on"),
            "shared": self.tr("What was shared"),
            # assessments
            "form_id": self.tr("Form"),
            "form_version": self.tr("Form version"),
            "answers": self.tr("Answers"),
            "scores": self.tr("Scores"),
            "flags": self.tr("Flags"),
            "completed_on": self.tr("Completed on"),
            # transfers between districts
            "to_district": self.tr("District the case moves to"),
            "reason": self.tr("Reason for the transfer"),
            "from_caseworker": self.tr("Caseworker who asked"),
            "to_caseworker": self.tr("Caseworker who receives the case"),
            "accepted_on": self.tr("Accepted on"),
        }

    def choices(self) -> dict[str, str]:
        """Stored choice -> words, across all kinds of entry."""

        return {
            # relations
            "mother": self.tr("mother"),
            "father": self.tr("father"),
            "sibling": self.tr("brother or sister"),
            "half_sibling": self.tr("half-brother or half-sister"),
            "grandmother": self.tr("grandmother"),
            "grandfather": self.tr("grandfather"),
            "aunt": self.tr("aunt"),
            "uncle": self.tr("uncle"),
            "stepparent": self.tr("stepmother or stepfather"),
            "other": self.tr("other"),
            "female": self.tr("female"),
            "male": self.tr("male"),
            "kinship": self.tr("kinship care"),
            "foster": self.tr("foster care"),
            "institution": self.tr("institution"),
            "independent": self.tr("independent living"),
            # where a parent is
            "in_household": self.tr("in the household"),
            "detained": self.tr("detained"),
            "released": self.tr("released"),
            "deceased": self.tr("deceased"),
            "missing": self.tr("missing"),
            "in_camp_abroad": self.tr("in a camp abroad"),
            # documents
            "birth_registration": self.tr("birth registration"),
            "citizenship": self.tr("citizenship"),
            "name_record": self.tr("record of the name"),
            "guardianship_decision": self.tr("guardianship decision"),
            "death_certificate": self.tr("death certificate"),
            "death_declaration": self.tr("court declaration of death"),
            "passport": self.tr("passport"),
            "requested": self.tr("requested"),
            "in_progress": self.tr("in progress"),
            "issued": self.tr("issued"),
            "refused": self.tr("refused"),
            # consent
            "data_collection": self.tr("collecting the child's data"),
            "sharing": self.tr("sharing with an agency"),
            "photographs": self.tr("photographs"),
            "referral": self.tr("referral to a service"),
            "parent": self.tr("parent"),
            "guardian_appointed": self.tr("appointed guardian"),
            "court": self.tr("court"),
            "child": self.tr("the child"),
            "not_asked": self.tr("not asked (young child)"),
            "assent_given": self.tr("agreed"),
            "assent_refused": self.tr("did not agree"),
            "consent_given": self.tr("consented"),
            "consent_refused": self.tr("did not consent"),
            # plan goals
            "safety": self.tr("safety"),
            "family": self.tr("family"),
            "health": self.tr("health"),
            "psychosocial": self.tr("psychosocial support"),
            "education": self.tr("education"),
            "documents": self.tr("documents"),
            "livelihood": self.tr("livelihood"),
            "legal": self.tr("legal matters"),
            "open": self.tr("open"),
            "achieved": self.tr("achieved"),
            "dropped": self.tr("dropped"),
            # referrals
            "planned": self.tr("planned"),
            "made": self.tr("made"),
            "accepted": self.tr("accepted"),
            "completed": self.tr("completed"),
            "declined": self.tr("declined"),
            "cancelled": self.tr("cancelled"),
            # visits
            "ok": self.tr("no concern"),
            "concern": self.tr("a concern"),
            "urgent": self.tr("urgent"),
            # disclosures and assessments
            "pending": self.tr("waiting for a decision"),
            "approved": self.tr("approved"),
            "draft": self.tr("draft"),
            "complete": self.tr("complete"),
        }

    def kinds(self) -> dict[str, str]:
        """The name of each kind of entry, as a dialog's title."""
        return {
            "person": self.tr("Family member"),
            "tracing": self.tr("Family tracing request"),
            "document": self.tr("Document"),
            "consent": self.tr("Consent"),
            "goal": self.tr("Plan goal"),
            "referral": self.tr("Referral"),
            "visit": self.tr("Visit"),
            "note": self.tr("Note"),
            "disclosure": self.tr("Disclosure request"),
        }

    def of_field(self, field: str, value) -> str | None:
        """Where one stored choice means different things in different fields: a document's
        status "missing" is not a missing person, a placement "family" is not a plan's area."""
        if field == "status" and value == "missing":
            return self.tr("not yet obtained")
        if field == "placement" and value == "family":
            return self.tr("with the family")
        return None

    def yes_no(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")
