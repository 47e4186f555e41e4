<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CaseFileView</name>
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
        <source>[restricted: need to know]</source>
        <translation>[restricted: need to know]</translation>
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
</context>
<context>
    <name>CaseListModel</name>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
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
</context>
<context>
    <name>DueModel</name>
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
    <name>MainWindow</name>
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
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
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
        <source>restore backups</source>
        <translation>restore backups</translation>
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
        <source>The keys file of the workspace in {path} is damaged; restore the folder from a copy.</source>
        <translation>The keys file of the workspace in {path} is damaged; restore the folder from a copy.</translation>
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
        <source>An account named {name} already exists.</source>
        <translation>An account named {name} already exists.</translation>
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
        <source>{path} is not valid JSON: the error is at line {line}, column {column}.</source>
        <translation>{path} is not valid JSON: the error is at line {line}, column {column}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>{path} is not UTF-8 text; save it as UTF-8 and try again.</translation>
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
        <source>No backup named {name} in this workspace.</source>
        <translation>No backup named {name} in this workspace.</translation>
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
</TS>
