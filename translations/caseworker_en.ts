<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the transfer</source>
        <translation>Approve the transfer</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>Assign the case</translation>
    </message>
    <message>
        <source>Caseworker who receives the case</source>
        <translation>Caseworker who receives the case</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>Ask for a transfer</source>
        <translation>Ask for a transfer</translation>
    </message>
    <message>
        <source>District the case moves to</source>
        <translation>District the case moves to</translation>
    </message>
    <message>
        <source>Reason for the transfer</source>
        <translation>Reason for the transfer</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Answers you had not saved were kept; they are back in place.</source>
        <translation>Answers you had not saved were kept; they are back in place.</translation>
    </message>
    <message>
        <source>Some answers need attention: they are marked in red. Nothing was lost.</source>
        <translation>Some answers need attention: they are marked in red. Nothing was lost.</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Saved as a draft.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <source>Save as complete</source>
        <translation>Save as complete</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>Synced with the office at %1.</source>
        <translation>Synced with the office at %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) wait for the office&apos;s acknowledgement.</source>
        <translation>
            <numerusform>%n bundle waits for the office&apos;s acknowledgement.</numerusform>
            <numerusform>%n bundles wait for the office&apos;s acknowledgement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in what the laptops sent at %1: %n bundle(s).</source>
        <translation>
            <numerusform>Took in what the laptops sent at %1: %n bundle.</numerusform>
            <numerusform>Took in what the laptops sent at %1: %n bundles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office&apos;s drop cannot be reached; next try at %1.</source>
        <translation>The office&apos;s drop cannot be reached; next try at %1.</translation>
    </message>
    <message>
        <source>Sync with the office failed; next try at %1.</source>
        <translation>Sync with the office failed; next try at %1.</translation>
    </message>
</context>
<context>
    <name>CaseFieldsForm</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>if the date is not known</source>
        <translation>if the date is not known</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <source>Changes you had not saved were kept; they are back in place. Save them or discard them.</source>
        <translation>Changes you had not saved were kept; they are back in place. Save them or discard them.</translation>
    </message>
    <message>
        <source>[restricted: need to know]</source>
        <translation>[restricted: need to know]</translation>
    </message>
    <message>
        <source>Edit the child&apos;s details</source>
        <translation>Edit the child&apos;s details</translation>
    </message>
    <message>
        <source>Plan a visit</source>
        <translation>Plan a visit</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>Assessment form</source>
        <translation>Assessment form</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Kind of entry to add</source>
        <translation>Kind of entry to add</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <source>next: %1 by %2</source>
        <translation>next: %1 by %2</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>The child</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>viewed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>access refused</source>
        <translation>access refused</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>purged</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Protection risk</source>
        <translation>Protection risk</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Protection risk</source>
        <translation>Protection risk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Care arrangement</source>
        <translation>Care arrangement</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Disclosure of sexual violence</source>
        <translation>Disclosure of sexual violence</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Enrolled at school</source>
        <translation>Enrolled at school</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Languages the child speaks</source>
        <translation>Languages the child speaks</translation>
    </message>
    <message>
        <source>Initial assessment done on</source>
        <translation>Initial assessment done on</translation>
    </message>
    <message>
        <source>Best-interests assessment done on</source>
        <translation>Best-interests assessment done on</translation>
    </message>
    <message>
        <source>Plan approved on</source>
        <translation>Plan approved on</translation>
    </message>
    <message>
        <source>Plan last reviewed on</source>
        <translation>Plan last reviewed on</translation>
    </message>
    <message>
        <source>Follow-up visits after closure</source>
        <translation>Follow-up visits after closure</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Reason for closure</source>
        <translation>Reason for closure</translation>
    </message>
    <message>
        <source>Closure approved by</source>
        <translation>Closure approved by</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation to the child</source>
        <translation>Relation to the child</translation>
    </message>
    <message>
        <source>Appointed by</source>
        <translation>Appointed by</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <source>Number of the decision</source>
        <translation>Number of the decision</translation>
    </message>
    <message>
        <source>Disclosed on</source>
        <translation>Disclosed on</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Family tracing</translation>
    </message>
    <message>
        <source>Disclosure requests</source>
        <translation>Disclosure requests</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>kinship care</source>
        <translation>kinship care</translation>
    </message>
    <message>
        <source>foster care</source>
        <translation>foster care</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institution</translation>
    </message>
    <message>
        <source>independent living</source>
        <translation>independent living</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Tajik</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>another language</translation>
    </message>
    <message>
        <source>the plan&apos;s goals were met</source>
        <translation>the plan&apos;s goals were met</translation>
    </message>
    <message>
        <source>turned 18</source>
        <translation>turned 18</translation>
    </message>
    <message>
        <source>could not be reached</source>
        <translation>could not be reached</translation>
    </message>
    <message>
        <source>moved abroad</source>
        <translation>moved abroad</translation>
    </message>
    <message>
        <source>the family declined services</source>
        <translation>the family declined services</translation>
    </message>
    <message>
        <source>died</source>
        <translation>died</translation>
    </message>
    <message>
        <source>a duplicate of another case</source>
        <translation>a duplicate of another case</translation>
    </message>
    <message>
        <source>a parent</source>
        <translation>a parent</translation>
    </message>
    <message>
        <source>the district administration</source>
        <translation>the district administration</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>a court</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>initial assessment</source>
        <translation>initial assessment</translation>
    </message>
    <message>
        <source>best-interests assessment</source>
        <translation>best-interests assessment</translation>
    </message>
    <message>
        <source>case plan</source>
        <translation>case plan</translation>
    </message>
    <message>
        <source>implementing the plan</source>
        <translation>implementing the plan</translation>
    </message>
    <message>
        <source>follow-up after closure</source>
        <translation>follow-up after closure</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Initial assessment</translation>
    </message>
    <message>
        <source>Best-interests assessment</source>
        <translation>Best-interests assessment</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Case plan</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Plan review</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Plan goal</translation>
    </message>
    <message>
        <source>Referral follow-up</source>
        <translation>Referral follow-up</translation>
    </message>
    <message>
        <source>Follow-up after closure</source>
        <translation>Follow-up after closure</translation>
    </message>
    <message>
        <source>Review before 18</source>
        <translation>Review before 18</translation>
    </message>
    <message>
        <source>Passport at 16</source>
        <translation>Passport at 16</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Retention review</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>%1: change</source>
        <translation>%1: change</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Something went wrong in the program. What you were typing has been kept, and you can go on working.</source>
        <translation>Something went wrong in the program. What you were typing has been kept, and you can go on working.</translation>
    </message>
    <message>
        <source>If it happens again, give this file to your administrator (it holds no information about any child): %1</source>
        <translation>If it happens again, give this file to your administrator (it holds no information about any child): %1</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Go on</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>The two passwords are not the same. Type them again.</translation>
    </message>
    <message>
        <source>Write the office&apos;s name.</source>
        <translation>Write the office&apos;s name.</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Creating the encrypted workspace…</translation>
    </message>
    <message>
        <source>The workspace could not be created.</source>
        <translation>The workspace could not be created.</translation>
    </message>
    <message>
        <source>Caseworker: first start</source>
        <translation>Caseworker: first start</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>There is no workspace on this computer yet. What is this computer for?</source>
        <translation>There is no workspace on this computer yet. What is this computer for?</translation>
    </message>
    <message>
        <source>Set up this laptop for a caseworker</source>
        <translation>Set up this laptop for a caseworker</translation>
    </message>
    <message>
        <source>Create the central office&apos;s workspace</source>
        <translation>Create the central office&apos;s workspace</translation>
    </message>
    <message>
        <source>Open the demo (synthetic children only)</source>
        <translation>Open the demo (synthetic children only)</translation>
    </message>
    <message>
        <source>&amp;Office name</source>
        <translation>&amp;Office name</translation>
    </message>
    <message>
        <source>&amp;Your account name</source>
        <translation>&amp;Your account name</translation>
    </message>
    <message>
        <source>&amp;Password (at least %1 characters)</source>
        <translation>&amp;Password (at least %1 characters)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Password &amp;again</translation>
    </message>
    <message>
        <source>The office&apos;s workspace holds every district&apos;s cases. You will be its administrator; add the supervisors&apos; and caseworkers&apos; accounts next.</source>
        <translation>The office&apos;s workspace holds every district&apos;s cases. You will be its administrator; add the supervisors&apos; and caseworkers&apos; accounts next.</translation>
    </message>
    <message>
        <source>This laptop&apos;s workspace is encrypted with your password. Enrolment with the office comes later, when the office sends its invitation.</source>
        <translation>This laptop&apos;s workspace is encrypted with your password. Enrolment with the office comes later, when the office sends its invitation.</translation>
    </message>
    <message>
        <source>The workspace will be kept in %1</source>
        <translation>The workspace will be kept in %1</translation>
    </message>
    <message>
        <source>Create the workspace</source>
        <translation>Create the workspace</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>This program was prepared by %1. Compare this fingerprint with the one printed on the handover sheet from the office, every group of four:</source>
        <translation>This program was prepared by %1. Compare this fingerprint with the one printed on the handover sheet from the office, every group of four:</translation>
    </message>
    <message>
        <source>They are the same: set up this laptop</source>
        <translation>They are the same: set up this laptop</translation>
    </message>
    <message>
        <source>They differ</source>
        <translation>They differ</translation>
    </message>
    <message>
        <source>The set-up stopped: this program may not be the office&apos;s. Do not use it; tell the office and ask for the program again.</source>
        <translation>The set-up stopped: this program may not be the office&apos;s. Do not use it; tell the office and ask for the program again.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Add an entry</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Remove this entry</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entry %1</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, for example 21.03.2025.</source>
        <translation>Write the date as dd.mm.yyyy, for example 21.03.2025.</translation>
    </message>
    <message>
        <source>Write a whole number.</source>
        <translation>Write a whole number.</translation>
    </message>
    <message>
        <source>Write a number.</source>
        <translation>Write a number.</translation>
    </message>
    <message>
        <source>Answered %1 of %2 questions.</source>
        <translation>Answered %1 of %2 questions.</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) still without an answer.</source>
        <translation>
            <numerusform>%n required question still without an answer.</numerusform>
            <numerusform>%n required questions still without an answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores and flags appear when the answers are complete.</source>
        <translation>Scores and flags appear when the answers are complete.</translation>
    </message>
    <message>
        <source>suggests a referral</source>
        <translation>suggests a referral</translation>
    </message>
    <message>
        <source>suggests reviewing the protection risk</source>
        <translation>suggests reviewing the protection risk</translation>
    </message>
    <message>
        <source>No flags raised.</source>
        <translation>No flags raised.</translation>
    </message>
</context>
<context>
    <name>ItemWords</name>
    <message>
        <source>Relation to the child</source>
        <translation>Relation to the child</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Returned to the country</source>
        <translation>Returned to the country</translation>
    </message>
    <message>
        <source>Lives with the child</source>
        <translation>Lives with the child</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Caregiver</translation>
    </message>
    <message>
        <source>Linked case</source>
        <translation>Linked case</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>District of placement</source>
        <translation>District of placement</translation>
    </message>
    <message>
        <source>Where the person is now</source>
        <translation>Where the person is now</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Place of detention</translation>
    </message>
    <message>
        <source>Expected release</source>
        <translation>Expected release</translation>
    </message>
    <message>
        <source>Contact plan</source>
        <translation>Contact plan</translation>
    </message>
    <message>
        <source>Person sought</source>
        <translation>Person sought</translation>
    </message>
    <message>
        <source>Request sent to</source>
        <translation>Request sent to</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Name as registered</source>
        <translation>Name as registered</translation>
    </message>
    <message>
        <source>Name used</source>
        <translation>Name used</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>The child&apos;s view</source>
        <translation>The child&apos;s view</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>Emergency override</source>
        <translation>Emergency override</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Reason for the override</translation>
    </message>
    <message>
        <source>Supervisor who allowed the override</source>
        <translation>Supervisor who allowed the override</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>Feedback from the provider</source>
        <translation>Feedback from the provider</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Someone was at home</source>
        <translation>Someone was at home</translation>
    </message>
    <message>
        <source>The child was seen</source>
        <translation>The child was seen</translation>
    </message>
    <message>
        <source>The child was seen alone</source>
        <translation>The child was seen alone</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Type of file</source>
        <translation>Type of file</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Fingerprint of the file</source>
        <translation>Fingerprint of the file</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Photograph</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>What was shared</source>
        <translation>What was shared</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Form version</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>District the case moves to</source>
        <translation>District the case moves to</translation>
    </message>
    <message>
        <source>Reason for the transfer</source>
        <translation>Reason for the transfer</translation>
    </message>
    <message>
        <source>Caseworker who asked</source>
        <translation>Caseworker who asked</translation>
    </message>
    <message>
        <source>Caseworker who receives the case</source>
        <translation>Caseworker who receives the case</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>mother</translation>
    </message>
    <message>
        <source>father</source>
        <translation>father</translation>
    </message>
    <message>
        <source>brother or sister</source>
        <translation>brother or sister</translation>
    </message>
    <message>
        <source>half-brother or half-sister</source>
        <translation>half-brother or half-sister</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>grandmother</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>grandfather</translation>
    </message>
    <message>
        <source>aunt</source>
        <translation>aunt</translation>
    </message>
    <message>
        <source>uncle</source>
        <translation>uncle</translation>
    </message>
    <message>
        <source>stepmother or stepfather</source>
        <translation>stepmother or stepfather</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>kinship care</source>
        <translation>kinship care</translation>
    </message>
    <message>
        <source>foster care</source>
        <translation>foster care</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institution</translation>
    </message>
    <message>
        <source>independent living</source>
        <translation>independent living</translation>
    </message>
    <message>
        <source>in the household</source>
        <translation>in the household</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>detained</translation>
    </message>
    <message>
        <source>released</source>
        <translation>released</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>deceased</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>in a camp abroad</source>
        <translation>in a camp abroad</translation>
    </message>
    <message>
        <source>birth registration</source>
        <translation>birth registration</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>citizenship</translation>
    </message>
    <message>
        <source>record of the name</source>
        <translation>record of the name</translation>
    </message>
    <message>
        <source>guardianship decision</source>
        <translation>guardianship decision</translation>
    </message>
    <message>
        <source>death certificate</source>
        <translation>death certificate</translation>
    </message>
    <message>
        <source>court declaration of death</source>
        <translation>court declaration of death</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passport</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>collecting the child&apos;s data</source>
        <translation>collecting the child&apos;s data</translation>
    </message>
    <message>
        <source>sharing with an agency</source>
        <translation>sharing with an agency</translation>
    </message>
    <message>
        <source>photographs</source>
        <translation>photographs</translation>
    </message>
    <message>
        <source>referral to a service</source>
        <translation>referral to a service</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>appointed guardian</source>
        <translation>appointed guardian</translation>
    </message>
    <message>
        <source>court</source>
        <translation>court</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>the child</translation>
    </message>
    <message>
        <source>not asked (young child)</source>
        <translation>not asked (young child)</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>did not agree</source>
        <translation>did not agree</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>consented</translation>
    </message>
    <message>
        <source>did not consent</source>
        <translation>did not consent</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>safety</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <source>psychosocial support</source>
        <translation>psychosocial support</translation>
    </message>
    <message>
        <source>education</source>
        <translation>education</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>livelihood</source>
        <translation>livelihood</translation>
    </message>
    <message>
        <source>legal matters</source>
        <translation>legal matters</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>made</source>
        <translation>made</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no concern</source>
        <translation>no concern</translation>
    </message>
    <message>
        <source>a concern</source>
        <translation>a concern</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>waiting for a decision</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Family tracing request</source>
        <translation>Family tracing request</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Plan goal</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Disclosure request</source>
        <translation>Disclosure request</translation>
    </message>
    <message>
        <source>not yet obtained</source>
        <translation>not yet obtained</translation>
    </message>
    <message>
        <source>with the family</source>
        <translation>with the family</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 has changes that are not saved.</translation>
    </message>
    <message>
        <source>Save them now, discard them, or go back to them?</source>
        <translation>Save them now, discard them, or go back to them?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Making an encrypted backup…</source>
        <translation>Making an encrypted backup…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>The backup could not be made.</translation>
    </message>
    <message>
        <source>Sync with the office</source>
        <translation>Sync with the office</translation>
    </message>
    <message>
        <source>Sync with the laptops</source>
        <translation>Sync with the laptops</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>Due and overdue</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Find a child by any spelling of a name</source>
        <translation>Find a child by any spelling of a name</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Which cases</source>
        <translation>Which cases</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>Mine only</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>High risk only</source>
        <translation>High risk only</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <source>Make a &amp;backup now</source>
        <translation>Make a &amp;backup now</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>S&amp;ync…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close this tab</source>
        <translation>&amp;Close this tab</translation>
    </message>
    <message>
        <source>&amp;Find a child</source>
        <translation>&amp;Find a child</translation>
    </message>
    <message>
        <source>This account administers the workspace: accounts, forms, settings and backups. It sees no child&apos;s case. Supervisors and caseworkers sign in with their own accounts.</source>
        <translation>This account administers the workspace: accounts, forms, settings and backups. It sees no child&apos;s case. Supervisors and caseworkers sign in with their own accounts.</translation>
    </message>
    <message>
        <source>Locked after a quiet spell. Enter your password to go on.</source>
        <translation>Locked after a quiet spell. Enter your password to go on.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>see case files</source>
        <translation>see case files</translation>
    </message>
    <message>
        <source>register cases</source>
        <translation>register cases</translation>
    </message>
    <message>
        <source>change this case</source>
        <translation>change this case</translation>
    </message>
    <message>
        <source>delete this case</source>
        <translation>delete this case</translation>
    </message>
    <message>
        <source>assign cases to other caseworkers</source>
        <translation>assign cases to other caseworkers</translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation>add accounts</translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation>disable accounts</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>restore backups</translation>
    </message>
    <message>
        <source>rotate the workspace key</source>
        <translation>rotate the workspace key</translation>
    </message>
    <message>
        <source>verify the audit log</source>
        <translation>verify the audit log</translation>
    </message>
    <message>
        <source>change the list of districts</source>
        <translation>change the list of districts</translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>change the office&apos;s settings</translation>
    </message>
    <message>
        <source>purge cases</source>
        <translation>purge cases</translation>
    </message>
    <message>
        <source>act without the consent it needs</source>
        <translation>act without the consent it needs</translation>
    </message>
    <message>
        <source>see what is due</source>
        <translation>see what is due</translation>
    </message>
    <message>
        <source>install forms</source>
        <translation>install forms</translation>
    </message>
    <message>
        <source>enrol devices</source>
        <translation>enrol devices</translation>
    </message>
    <message>
        <source>revoke devices</source>
        <translation>revoke devices</translation>
    </message>
    <message>
        <source>reopen a laptop&apos;s workspace for the office</source>
        <translation>reopen a laptop&apos;s workspace for the office</translation>
    </message>
    <message>
        <source>send bundles</source>
        <translation>send bundles</translation>
    </message>
    <message>
        <source>import bundles</source>
        <translation>import bundles</translation>
    </message>
    <message>
        <source>see conflicts</source>
        <translation>see conflicts</translation>
    </message>
    <message>
        <source>resolve this conflict</source>
        <translation>resolve this conflict</translation>
    </message>
    <message>
        <source>decide transfers between districts</source>
        <translation>decide transfers between districts</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>is required.</translation>
    </message>
    <message>
        <source>is not a field of a case.</source>
        <translation>is not a field of a case.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <source>is too long.</source>
        <translation>is too long.</translation>
    </message>
    <message>
        <source>has too many entries.</source>
        <translation>has too many entries.</translation>
    </message>
    <message>
        <source>is not one of the allowed values.</source>
        <translation>is not one of the allowed values.</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD.</source>
        <translation>must be a date written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <source>must be a list of names.</source>
        <translation>must be a list of names.</translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation>must be a JSON object.</translation>
    </message>
    <message>
        <source>give a birth date or an estimated birth year.</source>
        <translation>give a birth date or an estimated birth year.</translation>
    </message>
    <message>
        <source>the birth date is in the future or before 1990.</source>
        <translation>the birth date is in the future or before 1990.</translation>
    </message>
    <message>
        <source>the birth year differs from the birth date&apos;s year.</source>
        <translation>the birth year differs from the birth date&apos;s year.</translation>
    </message>
    <message>
        <source>the birth year is in the future or before 1990.</source>
        <translation>the birth year is in the future or before 1990.</translation>
    </message>
    <message>
        <source>a date of a step is in the future.</source>
        <translation>a date of a step is in the future.</translation>
    </message>
    <message>
        <source>a consent to share or to refer names its recipient.</source>
        <translation>a consent to share or to refer names its recipient.</translation>
    </message>
    <message>
        <source>a consent says who gave it and on what legal basis.</source>
        <translation>a consent says who gave it and on what legal basis.</translation>
    </message>
    <message>
        <source>an emergency override needs a reason and a supervisor&apos;s name.</source>
        <translation>an emergency override needs a reason and a supervisor&apos;s name.</translation>
    </message>
    <message>
        <source>a consent cannot be withdrawn before it was given.</source>
        <translation>a consent cannot be withdrawn before it was given.</translation>
    </message>
    <message>
        <source>a visit needs a planned date or the date it was made.</source>
        <translation>a visit needs a planned date or the date it was made.</translation>
    </message>
    <message>
        <source>a decision needs who decided and when.</source>
        <translation>a decision needs who decided and when.</translation>
    </message>
    <message>
        <source>the age for assent must not be above the age for consent.</source>
        <translation>the age for assent must not be above the age for consent.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>must be true or false.</translation>
    </message>
    <message>
        <source>has too few entries.</source>
        <translation>has too few entries.</translation>
    </message>
    <message>
        <source>is out of the allowed range.</source>
        <translation>is out of the allowed range.</translation>
    </message>
    <message>
        <source>is not written in the expected form.</source>
        <translation>is not written in the expected form.</translation>
    </message>
    <message>
        <source>no file with this content is in the workspace; attach the file itself.</source>
        <translation>no file with this content is in the workspace; attach the file itself.</translation>
    </message>
    <message>
        <source>a transfer is asked for, decided and accepted step by step, never written in directly.</source>
        <translation>a transfer is asked for, decided and accepted step by step, never written in directly.</translation>
    </message>
    <message>
        <source>is not valid.</source>
        <translation>is not valid.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>No workspace was found in {path}.</source>
        <translation>No workspace was found in {path}.</translation>
    </message>
    <message>
        <source>{path} already holds a workspace or other files; choose an empty folder.</source>
        <translation>{path} already holds a workspace or other files; choose an empty folder.</translation>
    </message>
    <message>
        <source>The workspace in {path} cannot be read.</source>
        <translation>The workspace in {path} cannot be read.</translation>
    </message>
    <message>
        <source>The workspace was locked or closed; unlock it again.</source>
        <translation>The workspace was locked or closed; unlock it again.</translation>
    </message>
    <message>
        <source>Another program on this computer is changing the keys file in {path}; try again in a minute.</source>
        <translation>Another program on this computer is changing the keys file in {path}; try again in a minute.</translation>
    </message>
    <message>
        <source>The keys file of the workspace in {path} is damaged; restore the folder from a copy.</source>
        <translation>The keys file of the workspace in {path} is damaged; restore the folder from a copy.</translation>
    </message>
    <message>
        <source>{count} of the {pages} pages of this workspace&apos;s database are damaged (the disk or the file was harmed). An administrator restores the newest intact backup, {backup}: caseworker backup restore {backup}</source>
        <translation>{count} of the {pages} pages of this workspace&apos;s database are damaged (the disk or the file was harmed). An administrator restores the newest intact backup, {backup}: caseworker backup restore {backup}</translation>
    </message>
    <message>
        <source>{count} of the {pages} pages of this workspace&apos;s database are damaged (the disk or the file was harmed), and no backup here is intact. Copy the whole folder {path} before anything else and ask the office&apos;s administrator.</source>
        <translation>{count} of the {pages} pages of this workspace&apos;s database are damaged (the disk or the file was harmed), and no backup here is intact. Copy the whole folder {path} before anything else and ask the office&apos;s administrator.</translation>
    </message>
    <message>
        <source>The database in {path} does not open with this workspace&apos;s key.</source>
        <translation>The database in {path} does not open with this workspace&apos;s key.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer version of the program (schema {version}); install that version.</source>
        <translation>This workspace was made by a newer version of the program (schema {version}); install that version.</translation>
    </message>
    <message>
        <source>The account {name} has a password but no entry in the database; was an older backup restored?</source>
        <translation>The account {name} has a password but no entry in the database; was an older backup restored?</translation>
    </message>
    <message>
        <source>This installation&apos;s database encryption is not SQLCipher 4 (found: {version}); reinstall the program before opening any case data.</source>
        <translation>This installation&apos;s database encryption is not SQLCipher 4 (found: {version}); reinstall the program before opening any case data.</translation>
    </message>
    <message>
        <source>This installation&apos;s database engine may write temporary files to disk; reinstall the program before opening any case data.</source>
        <translation>This installation&apos;s database engine may write temporary files to disk; reinstall the program before opening any case data.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again in {seconds} s.</source>
        <translation>Too many wrong passwords: try again in {seconds} s.</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters.</source>
        <translation>A password needs at least {minimum} characters.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>A password cannot be only spaces.</translation>
    </message>
    <message>
        <source>An account named {name} already exists.</source>
        <translation>An account named {name} already exists.</translation>
    </message>
    <message>
        <source>No account named {name}.</source>
        <translation>No account named {name}.</translation>
    </message>
    <message>
        <source>You cannot disable the account you are using.</source>
        <translation>You cannot disable the account you are using.</translation>
    </message>
    <message>
        <source>An account name is 1 to 64 Latin letters, digits, dots, hyphens or underscores.</source>
        <translation>An account name is 1 to 64 Latin letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>Unknown role {role}: use caseworker, supervisor or admin.</source>
        <translation>Unknown role {role}: use caseworker, supervisor or admin.</translation>
    </message>
    <message>
        <source>Your account may not {action}.</source>
        <translation>Your account may not {action}.</translation>
    </message>
    <message>
        <source>No case {case_id} that you may see.</source>
        <translation>No case {case_id} that you may see.</translation>
    </message>
    <message>
        <source>Record {record}, field {field}: {problem}</source>
        <translation>Record {record}, field {field}: {problem}</translation>
    </message>
    <message>
        <source>{path} cannot be read.</source>
        <translation>{path} cannot be read.</translation>
    </message>
    <message>
        <source>{path} cannot be written; nothing was saved.</source>
        <translation>{path} cannot be written; nothing was saved.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON: the error is at line {line}, column {column}.</source>
        <translation>{path} is not valid JSON: the error is at line {line}, column {column}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>{path} is not UTF-8 text; save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>{path} is not read: {problem}. Nothing was changed.</source>
        <translation>{path} is not read: {problem}. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} must hold one JSON object.</source>
        <translation>{path} must hold one JSON object.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry {seq}: it was changed or removed.</source>
        <translation>The audit log is broken at entry {seq}: it was changed or removed.</translation>
    </message>
    <message>
        <source>The audit log of device {device_id}, as its bundles brought it, is broken or incomplete at entry {seq}.</source>
        <translation>The audit log of device {device_id}, as its bundles brought it, is broken or incomplete at entry {seq}.</translation>
    </message>
    <message>
        <source>No backup named {name} in this workspace.</source>
        <translation>No backup named {name} in this workspace.</translation>
    </message>
    <message>
        <source>These accounts have not signed in since this version of the program was installed, so the new key cannot be given to them: {names}. Ask each to sign in once, or disable the account; then rotate the key. Nothing was changed.</source>
        <translation>These accounts have not signed in since this version of the program was installed, so the new key cannot be given to them: {names}. Ask each to sign in once, or disable the account; then rotate the key. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} leads out of the workspace (it is a link to another place); no backup was made there. Remove the link: backups stay inside the workspace.</source>
        <translation>{path} leads out of the workspace (it is a link to another place); no backup was made there. Remove the link: backups stay inside the workspace.</translation>
    </message>
    <message>
        <source>CASEWORKER_KDF_PROFILE is set: that weak key profile is for the developers&apos; tests only, and this installed program refuses it. Remove the setting and start again.</source>
        <translation>CASEWORKER_KDF_PROFILE is set: that weak key profile is for the developers&apos; tests only, and this installed program refuses it. Remove the setting and start again.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be opened with this workspace&apos;s key; nothing was restored.</source>
        <translation>The backup {name} cannot be opened with this workspace&apos;s key; nothing was restored.</translation>
    </message>
    <message>
        <source>No valid consent for {purpose} ({recipient}): record the consent first, or an emergency override with a reason and a supervisor&apos;s name.</source>
        <translation>No valid consent for {purpose} ({recipient}): record the consent first, or an emergency override with a reason and a supervisor&apos;s name.</translation>
    </message>
    <message>
        <source>The child is {age}: record the child&apos;s own {view} (given or refused) with this consent.</source>
        <translation>The child is {age}: record the child&apos;s own {view} (given or refused) with this consent.</translation>
    </message>
    <message>
        <source>Only the assigned caseworker and the case&apos;s supervisor may see or change {field}.</source>
        <translation>Only the assigned caseworker and the case&apos;s supervisor may see or change {field}.</translation>
    </message>
    <message>
        <source>{name} is not a supervisor&apos;s account.</source>
        <translation>{name} is not a supervisor&apos;s account.</translation>
    </message>
    <message>
        <source>No entry {item_id} in a case that you may see.</source>
        <translation>No entry {item_id} in a case that you may see.</translation>
    </message>
    <message>
        <source>Case {case_id} is closed; reopen it first.</source>
        <translation>Case {case_id} is closed; reopen it first.</translation>
    </message>
    <message>
        <source>Case {case_id} is not closed.</source>
        <translation>Case {case_id} is not closed.</translation>
    </message>
    <message>
        <source>The site file {path} that came with this program does not verify ({code}). Do not set up this laptop with it: tell the office.</source>
        <translation>The site file {path} that came with this program does not verify ({code}). Do not set up this laptop with it: tell the office.</translation>
    </message>
    <message>
        <source>{path} comes from another office than the one this program was prepared for. Enrolment stopped: tell the office.</source>
        <translation>{path} comes from another office than the one this program was prepared for. Enrolment stopped: tell the office.</translation>
    </message>
    <message>
        <source>The office&apos;s drop is not set up here: an administrator sets its address and its certificate pin (settings drop-url and drop-pin).</source>
        <translation>The office&apos;s drop is not set up here: an administrator sets its address and its certificate pin (settings drop-url and drop-pin).</translation>
    </message>
    <message>
        <source>The trust file {path} cannot be used ({code}); write it again with office export-trust.</source>
        <translation>The trust file {path} cannot be used ({code}); write it again with office export-trust.</translation>
    </message>
    <message>
        <source>There is no folder {path}: give the folder the drop service uses.</source>
        <translation>There is no folder {path}: give the folder the drop service uses.</translation>
    </message>
    <message>
        <source>The drop&apos;s address must begin with https:// and name a server.</source>
        <translation>The drop&apos;s address must begin with https:// and name a server.</translation>
    </message>
    <message>
        <source>A certificate pin is the SHA-256 of the drop&apos;s certificate: 64 hexadecimal characters.</source>
        <translation>A certificate pin is the SHA-256 of the drop&apos;s certificate: 64 hexadecimal characters.</translation>
    </message>
    <message>
        <source>The office&apos;s drop cannot be reached now ({code}); the bundles wait and go at the next try.</source>
        <translation>The office&apos;s drop cannot be reached now ({code}); the bundles wait and go at the next try.</translation>
    </message>
    <message>
        <source>The server at the drop&apos;s address is not the office&apos;s drop: its certificate does not match the pin. Nothing was sent. Tell the office.</source>
        <translation>The server at the drop&apos;s address is not the office&apos;s drop: its certificate does not match the pin. Nothing was sent. Tell the office.</translation>
    </message>
    <message>
        <source>The office&apos;s drop refused this laptop ({code}). Tell the office.</source>
        <translation>The office&apos;s drop refused this laptop ({code}). Tell the office.</translation>
    </message>
    <message>
        <source>Case {case_id} already has a transfer waiting for a decision or acceptance.</source>
        <translation>Case {case_id} already has a transfer waiting for a decision or acceptance.</translation>
    </message>
    <message>
        <source>No transfer of case {case_id} is waiting for a supervisor&apos;s decision.</source>
        <translation>No transfer of case {case_id} is waiting for a supervisor&apos;s decision.</translation>
    </message>
    <message>
        <source>No transfer of case {case_id} is waiting for your acceptance.</source>
        <translation>No transfer of case {case_id} is waiting for your acceptance.</translation>
    </message>
    <message>
        <source>Case {case_id} is already in that district.</source>
        <translation>Case {case_id} is already in that district.</translation>
    </message>
    <message>
        <source>A case is closed as unreachable after {needed} visits that found no one; {made} are recorded.</source>
        <translation>A case is closed as unreachable after {needed} visits that found no one; {made} are recorded.</translation>
    </message>
    <message>
        <source>Case {case_id} may be purged from {date}, {years} years after closure.</source>
        <translation>Case {case_id} may be purged from {date}, {years} years after closure.</translation>
    </message>
    <message>
        <source>An attachment may be at most {megabytes} MB.</source>
        <translation>An attachment may be at most {megabytes} MB.</translation>
    </message>
    <message>
        <source>{provider} is not in the service directory of {district}; choose a listed provider.</source>
        <translation>{provider} is not in the service directory of {district}; choose a listed provider.</translation>
    </message>
    <message>
        <source>Form {form}, field {field}: {problem}</source>
        <translation>Form {form}, field {field}: {problem}</translation>
    </message>
    <message>
        <source>Form {form}, field {field}: the expression is not valid at character {position} ({problem}).</source>
        <translation>Form {form}, field {field}: the expression is not valid at character {position} ({problem}).</translation>
    </message>
    <message>
        <source>Form {form}, field {field} uses the word “{word}”: forms never ask about such things. An admin may override this with a reason, which is audited.</source>
        <translation>Form {form}, field {field} uses the word “{word}”: forms never ask about such things. An admin may override this with a reason, which is audited.</translation>
    </message>
    <message>
        <source>No form {form} (version {version}) is installed.</source>
        <translation>No form {form} (version {version}) is installed.</translation>
    </message>
    <message>
        <source>The answers have {count} problem(s); nothing was saved.</source>
        <translation>The answers have {count} problem(s); nothing was saved.</translation>
    </message>
    <message>
        <source>Assessment {item_id} is complete; it is not changed again.</source>
        <translation>Assessment {item_id} is complete; it is not changed again.</translation>
    </message>
    <message>
        <source>Version {version} of form {form} is already installed; a new version needs a new number.</source>
        <translation>Version {version} of form {form} is already installed; a new version needs a new number.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, row {row} ({field}): {problem}</source>
        <translation>Sheet {sheet}, row {row} ({field}): {problem}</translation>
    </message>
    <message>
        <source>{path} is not an .xlsx workbook.</source>
        <translation>{path} is not an .xlsx workbook.</translation>
    </message>
    <message>
        <source>The fingerprint in {path} is {actual}, not {expected}. Enrolment stopped: compare the fingerprint on the other screen again, and use the file it belongs to.</source>
        <translation>The fingerprint in {path} is {actual}, not {expected}. Enrolment stopped: compare the fingerprint on the other screen again, and use the file it belongs to.</translation>
    </message>
    <message>
        <source>{path} is not a valid {what}: {reason}.</source>
        <translation>{path} is not a valid {what}: {reason}.</translation>
    </message>
    <message>
        <source>This is a laptop&apos;s workspace; only the office&apos;s workspace does this.</source>
        <translation>This is a laptop&apos;s workspace; only the office&apos;s workspace does this.</translation>
    </message>
    <message>
        <source>This is the office&apos;s workspace; only a laptop&apos;s workspace does this.</source>
        <translation>This is the office&apos;s workspace; only a laptop&apos;s workspace does this.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled with {office}.</source>
        <translation>This laptop is already enrolled with {office}.</translation>
    </message>
    <message>
        <source>A district&apos;s name is plain text of at most 100 letters, without control characters, / or \.</source>
        <translation>A district&apos;s name is plain text of at most 100 letters, without control characters, / or \.</translation>
    </message>
    <message>
        <source>No enrolled device {device_id}.</source>
        <translation>No enrolled device {device_id}.</translation>
    </message>
    <message>
        <source>Device {device_id} was revoked on {on}; it cannot be enrolled again.</source>
        <translation>Device {device_id} was revoked on {on}; it cannot be enrolled again.</translation>
    </message>
    <message>
        <source>Reopening a laptop&apos;s workspace needs two different administrators of the office, each with their own password.</source>
        <translation>Reopening a laptop&apos;s workspace needs two different administrators of the office, each with their own password.</translation>
    </message>
    <message>
        <source>The workspace in {path} was never enrolled with an office, so the office cannot reopen it.</source>
        <translation>The workspace in {path} was never enrolled with an office, so the office cannot reopen it.</translation>
    </message>
    <message>
        <source>The workspace in {path} was enrolled with another office.</source>
        <translation>The workspace in {path} was enrolled with another office.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with an office yet: enrol it before sending bundles.</source>
        <translation>This laptop is not enrolled with an office yet: enrol it before sending bundles.</translation>
    </message>
    <message>
        <source>{path}: refused ({code}): {reason}.</source>
        <translation>{path}: refused ({code}): {reason}.</translation>
    </message>
    <message>
        <source>{path}: refused ({code}): laptop {serial} ({district}) sent {rule}. The program never writes such a bundle: the laptop may be in the wrong hands. Revoke it unless you know why (caseworker device revoke {device_id}).</source>
        <translation>{path}: refused ({code}): laptop {serial} ({district}) sent {rule}. The program never writes such a bundle: the laptop may be in the wrong hands. Revoke it unless you know why (caseworker device revoke {device_id}).</translation>
    </message>
    <message>
        <source>Cases are assigned by a supervisor at the office; on a laptop a case stays with its caseworker.</source>
        <translation>Cases are assigned by a supervisor at the office; on a laptop a case stays with its caseworker.</translation>
    </message>
    <message>
        <source>Transfers are decided by a supervisor at the office, not on a laptop.</source>
        <translation>Transfers are decided by a supervisor at the office, not on a laptop.</translation>
    </message>
    <message>
        <source>Conflicts are resolved by a supervisor at the office, not on a laptop.</source>
        <translation>Conflicts are resolved by a supervisor at the office, not on a laptop.</translation>
    </message>
    <message>
        <source>No open conflict {conflict_id}.</source>
        <translation>No open conflict {conflict_id}.</translation>
    </message>
    <message>
        <source>Conflict {conflict_id} has no value {value_id}.</source>
        <translation>Conflict {conflict_id} has no value {value_id}.</translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full; nothing of {path} was imported. Free some space and import it again.</source>
        <translation>The disk that holds the workspace is full; nothing of {path} was imported. Free some space and import it again.</translation>
    </message>
    <message>
        <source>collecting the child&apos;s data</source>
        <translation>collecting the child&apos;s data</translation>
    </message>
    <message>
        <source>sharing with an agency</source>
        <translation>sharing with an agency</translation>
    </message>
    <message>
        <source>photographs</source>
        <translation>photographs</translation>
    </message>
    <message>
        <source>a referral</source>
        <translation>a referral</translation>
    </message>
    <message>
        <source>assent</source>
        <translation>assent</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>an answer is required.</source>
        <translation>an answer is required.</translation>
    </message>
    <message>
        <source>the answer is not of the expected kind.</source>
        <translation>the answer is not of the expected kind.</translation>
    </message>
    <message>
        <source>the answer is not one of the choices.</source>
        <translation>the answer is not one of the choices.</translation>
    </message>
    <message>
        <source>the answer is below {limit}.</source>
        <translation>the answer is below {limit}.</translation>
    </message>
    <message>
        <source>the answer is above {limit}.</source>
        <translation>the answer is above {limit}.</translation>
    </message>
    <message>
        <source>the answer is longer than {limit} characters.</source>
        <translation>the answer is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>the answer does not meet the form&apos;s rule.</source>
        <translation>the answer does not meet the form&apos;s rule.</translation>
    </message>
    <message>
        <source>the form has no such question.</source>
        <translation>the form has no such question.</translation>
    </message>
    <message>
        <source>more than {limit} entries.</source>
        <translation>more than {limit} entries.</translation>
    </message>
    <message>
        <source>{expected} entries are expected.</source>
        <translation>{expected} entries are expected.</translation>
    </message>
    <message>
        <source>this item is filled in by the form itself.</source>
        <translation>this item is filled in by the form itself.</translation>
    </message>
    <message>
        <source>a text is missing in {language}.</source>
        <translation>a text is missing in {language}.</translation>
    </message>
    <message>
        <source>another field has the same name.</source>
        <translation>another field has the same name.</translation>
    </message>
    <message>
        <source>the expression names a field the form does not have: {name}.</source>
        <translation>the expression names a field the form does not have: {name}.</translation>
    </message>
    <message>
        <source>the choices sheet has no list {list_name}.</source>
        <translation>the choices sheet has no list {list_name}.</translation>
    </message>
    <message>
        <source>the question type {type} is not supported.</source>
        <translation>the question type {type} is not supported.</translation>
    </message>
    <message>
        <source>enrolment request</source>
        <translation>enrolment request</translation>
    </message>
    <message>
        <source>enrolment approval</source>
        <translation>enrolment approval</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <source>the file is larger than any bundle may be</source>
        <translation>the file is larger than any bundle may be</translation>
    </message>
    <message>
        <source>the file is not a bundle</source>
        <translation>the file is not a bundle</translation>
    </message>
    <message>
        <source>its header is larger than allowed</source>
        <translation>its header is larger than allowed</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>the file is cut short</translation>
    </message>
    <message>
        <source>bytes were added to the end of the file</source>
        <translation>bytes were added to the end of the file</translation>
    </message>
    <message>
        <source>its header is damaged or forged</source>
        <translation>its header is damaged or forged</translation>
    </message>
    <message>
        <source>it comes from a device this office did not enrol</source>
        <translation>it comes from a device this office did not enrol</translation>
    </message>
    <message>
        <source>it was made for another office</source>
        <translation>it was made for another office</translation>
    </message>
    <message>
        <source>it comes from a device that was revoked</source>
        <translation>it comes from a device that was revoked</translation>
    </message>
    <message>
        <source>its sender may not send this kind of bundle</source>
        <translation>its sender may not send this kind of bundle</translation>
    </message>
    <message>
        <source>its signature does not match its contents</source>
        <translation>its signature does not match its contents</translation>
    </message>
    <message>
        <source>it is addressed to another workspace</source>
        <translation>it is addressed to another workspace</translation>
    </message>
    <message>
        <source>its contents are damaged</source>
        <translation>its contents are damaged</translation>
    </message>
    <message>
        <source>its contents unpack to more than is allowed</source>
        <translation>its contents unpack to more than is allowed</translation>
    </message>
    <message>
        <source>one of its records is larger than allowed</source>
        <translation>one of its records is larger than allowed</translation>
    </message>
    <message>
        <source>one of its records is not valid</source>
        <translation>one of its records is not valid</translation>
    </message>
    <message>
        <source>its contents were made for another sender or recipient</source>
        <translation>its contents were made for another sender or recipient</translation>
    </message>
    <message>
        <source>it holds another number of records than its header says</source>
        <translation>it holds another number of records than its header says</translation>
    </message>
    <message>
        <source>it holds the same record more than once</source>
        <translation>it holds the same record more than once</translation>
    </message>
    <message>
        <source>its revocation list says it was issued days ahead of this computer&apos;s date</source>
        <translation>its revocation list says it was issued days ahead of this computer&apos;s date</translation>
    </message>
    <message>
        <source>its revocation list was issued before the one this laptop holds</source>
        <translation>its revocation list was issued before the one this laptop holds</translation>
    </message>
    <message>
        <source>its revocation list&apos;s version leaps further ahead than any office counts</source>
        <translation>its revocation list&apos;s version leaps further ahead than any office counts</translation>
    </message>
    <message>
        <source>the sending laptop&apos;s certificate has expired; an administrator renews it (caseworker device renew)</source>
        <translation>the sending laptop&apos;s certificate has expired; an administrator renews it (caseworker device renew)</translation>
    </message>
    <message>
        <source>it says what its sender may not say</source>
        <translation>it says what its sender may not say</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>it is another kind of file</source>
        <translation>it is another kind of file</translation>
    </message>
    <message>
        <source>it was written by a newer version of the program</source>
        <translation>it was written by a newer version of the program</translation>
    </message>
    <message>
        <source>its certificate is from another office</source>
        <translation>its certificate is from another office</translation>
    </message>
    <message>
        <source>its certificate is for another laptop</source>
        <translation>its certificate is for another laptop</translation>
    </message>
    <message>
        <source>a device or office id in it is not written as the program writes ids</source>
        <translation>a device or office id in it is not written as the program writes ids</translation>
    </message>
    <message>
        <source>a name in it holds control characters, / or \</source>
        <translation>a name in it holds control characters, / or \</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>the file is damaged or incomplete</translation>
    </message>
    <message>
        <source>a change to a case the office never gave that laptop</source>
        <translation>a change to a case the office never gave that laptop</translation>
    </message>
    <message>
        <source>a new record that claims to come from another device</source>
        <translation>a new record that claims to come from another device</translation>
    </message>
    <message>
        <source>a new case whose author is not an account of that laptop</source>
        <translation>a new case whose author is not an account of that laptop</translation>
    </message>
    <message>
        <source>edits in the name of another device that the office never had</source>
        <translation>edits in the name of another device that the office never had</translation>
    </message>
    <message>
        <source>a value other than the office&apos;s under the same clock</source>
        <translation>a value other than the office&apos;s under the same clock</translation>
    </message>
    <message>
        <source>an assignment of a case, which only the office makes</source>
        <translation>an assignment of a case, which only the office makes</translation>
    </message>
    <message>
        <source>a change to who registered a case or when</source>
        <translation>a change to who registered a case or when</translation>
    </message>
    <message>
        <source>a supervisor&apos;s name that is not a supervisor&apos;s</source>
        <translation>a supervisor&apos;s name that is not a supervisor&apos;s</translation>
    </message>
    <message>
        <source>an account of the office or of another device</source>
        <translation>an account of the office or of another device</translation>
    </message>
    <message>
        <source>a conflict&apos;s resolution, which only a supervisor at the office makes</source>
        <translation>a conflict&apos;s resolution, which only a supervisor at the office makes</translation>
    </message>
    <message>
        <source>a decision on a transfer, which only the office makes</source>
        <translation>a decision on a transfer, which only the office makes</translation>
    </message>
    <message>
        <source>an entry moved to another case or made another kind</source>
        <translation>an entry moved to another case or made another kind</translation>
    </message>
    <message>
        <source>a file that no entry of the bundle names</source>
        <translation>a file that no entry of the bundle names</translation>
    </message>
    <message>
        <source>{count} file(s) or folder(s) of this workspace were open to other users of this computer; they are now yours alone.</source>
        <translation>{count} file(s) or folder(s) of this workspace were open to other users of this computer; they are now yours alone.</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock is at least {hours} hours ahead of the office&apos;s: set its date and time, or the times written on its edits stay wrong.</source>
        <translation>This laptop&apos;s clock is at least {hours} hours ahead of the office&apos;s: set its date and time, or the times written on its edits stay wrong.</translation>
    </message>
    <message>
        <source>one object names the same key twice</source>
        <translation>one object names the same key twice</translation>
    </message>
    <message>
        <source>it holds a number too large to be read exactly</source>
        <translation>it holds a number too large to be read exactly</translation>
    </message>
    <message>
        <source>it holds NaN or Infinity, which are not numbers</source>
        <translation>it holds NaN or Infinity, which are not numbers</translation>
    </message>
    <message>
        <source>it is nested deeper than 32 levels</source>
        <translation>it is nested deeper than 32 levels</translation>
    </message>
    <message>
        <source>one of its texts is longer than 65,536 characters</source>
        <translation>one of its texts is longer than 65,536 characters</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message numerus="yes">
        <source>%n case(s) may be this same child. Open one to check, or register anyway.</source>
        <translation>
            <numerusform>%n case may be this same child. Open it to check, or register anyway.</numerusform>
            <numerusform>%n cases may be this same child. Open one to check, or register anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open the chosen case</source>
        <translation>Open the chosen case</translation>
    </message>
    <message>
        <source>Cases that may be the same child</source>
        <translation>Cases that may be the same child</translation>
    </message>
</context>
<context>
    <name>Program</name>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Preparing the demo workspace…</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <source>Waiting for the office&apos;s acknowledgement: %n bundle(s).</source>
        <translation>
            <numerusform>Waiting for the office&apos;s acknowledgement: %n bundle.</numerusform>
            <numerusform>Waiting for the office&apos;s acknowledgement: %n bundles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for the office.</source>
        <translation>Nothing is waiting for the office.</translation>
    </message>
    <message>
        <source>The office has every bundle up to number %1 (heard on %2).</source>
        <translation>The office has every bundle up to number %1 (heard on %2).</translation>
    </message>
    <message>
        <source>No acknowledgement from the office yet.</source>
        <translation>No acknowledgement from the office yet.</translation>
    </message>
    <message>
        <source>The office is missing bundle(s) number %1: write them to a folder again.</source>
        <translation>The office is missing bundle(s) number %1: write them to a folder again.</translation>
    </message>
    <message>
        <source>Changes made since the last bundle will go in the next one.</source>
        <translation>Changes made since the last bundle will go in the next one.</translation>
    </message>
    <message>
        <source>Last sync through the office&apos;s drop: %1.</source>
        <translation>Last sync through the office&apos;s drop: %1.</translation>
    </message>
    <message>
        <source>No sync through the office&apos;s drop yet.</source>
        <translation>No sync through the office&apos;s drop yet.</translation>
    </message>
    <message>
        <source>Where to write the bundles (a USB stick)</source>
        <translation>Where to write the bundles (a USB stick)</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>Nothing new to send.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Bundles to import</translation>
    </message>
    <message>
        <source>Bundles (*.cwbundle)</source>
        <translation>Bundles (*.cwbundle)</translation>
    </message>
    <message>
        <source>Folder with bundles to import (a USB stick)</source>
        <translation>Folder with bundles to import (a USB stick)</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the office&apos;s drop: %n bundle(s).</source>
        <translation>
            <numerusform>Sent to the office&apos;s drop: %n bundle.</numerusform>
            <numerusform>Sent to the office&apos;s drop: %n bundles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported</source>
        <translation>%1: already imported</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: imported: %2 new, %3 changed, %4 conflict(s)</source>
        <translation>%1: imported: %2 new, %3 changed, %4 conflict(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) left this laptop: the office has them.</source>
        <translation>
            <numerusform>%n case left this laptop: the office has it.</numerusform>
            <numerusform>%n cases left this laptop: the office has them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle for this workspace was found.</source>
        <translation>No bundle for this workspace was found.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) meant for others were left in place.</source>
        <translation>
            <numerusform>%n bundle meant for others was left in place.</numerusform>
            <numerusform>%n bundles meant for others were left in place.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundles could not be handled.</source>
        <translation>The bundles could not be handled.</translation>
    </message>
    <message>
        <source>[restricted: need to know]</source>
        <translation>[restricted: need to know]</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <source>Import the bundles the laptops sent, then send each laptop its return bundle.</source>
        <translation>Import the bundles the laptops sent, then send each laptop its return bundle.</translation>
    </message>
    <message>
        <source>Send what the office has not received yet, and take in what the office sent back.</source>
        <translation>Send what the office has not received yet, and take in what the office sent back.</translation>
    </message>
    <message>
        <source>This laptop has not heard from the office for more than 60 days (or never): sync with the office soon.</source>
        <translation>This laptop has not heard from the office for more than 60 days (or never): sync with the office soon.</translation>
    </message>
    <message>
        <source>Write bundles to a folder…</source>
        <translation>Write bundles to a folder…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Import bundles…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <source>Sync with the office&apos;s drop now</source>
        <translation>Sync with the office&apos;s drop now</translation>
    </message>
    <message>
        <source>Take in from the drop now</source>
        <translation>Take in from the drop now</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Conflicts: two edits of the same field made without seeing each other. Keep one.</source>
        <translation>Conflicts: two edits of the same field made without seeing each other. Keep one.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Value now</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>Assign to…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <source>Ask for a transfer…</source>
        <translation>Ask for a transfer…</translation>
    </message>
    <message>
        <source>Approve the transfer…</source>
        <translation>Approve the transfer…</translation>
    </message>
    <message>
        <source>Decline the transfer</source>
        <translation>Decline the transfer</translation>
    </message>
    <message>
        <source>Accept the transfer</source>
        <translation>Accept the transfer</translation>
    </message>
    <message>
        <source>Transfer to %1 asked for on %2; waiting for a supervisor&apos;s decision.</source>
        <translation>Transfer to %1 asked for on %2; waiting for a supervisor&apos;s decision.</translation>
    </message>
    <message>
        <source>Transfer to %1 approved for %2; waiting for their acceptance.</source>
        <translation>Transfer to %1 approved for %2; waiting for their acceptance.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Caseworker: unlock</source>
        <translation>Caseworker: unlock</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>A demo workspace of synthetic children. Accounts: {accounts}. Password: {password}</source>
        <translation>A demo workspace of synthetic children. Accounts: {accounts}. Password: {password}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>The workspace could not be opened.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>The workspace is damaged</translation>
    </message>
    <message>
        <source>Restore the backup of %1 now</source>
        <translation>Restore the backup of %1 now</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>The backup was not restored.</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>Restored %1</translation>
    </message>
</context>
</TS>
