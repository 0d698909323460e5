<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>qf::cli::CliText</name>
    <message numerus="yes">
        <source>Unexpected extra argument (%n word(s)). Options start with --; passwords are never accepted as arguments.</source>
        <translation>
            <numerusform>Unexpected extra argument (%n word). Options start with --; passwords are never accepted as arguments.</numerusform>
            <numerusform>Unexpected extra argument (%n words). Options start with --; passwords are never accepted as arguments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The demo vault %1 already exists; what it lacked was added (%n demo user(s)).</source>
        <translation>
            <numerusform>The demo vault %1 already exists; what it lacked was added (%n demo user).</numerusform>
            <numerusform>The demo vault %1 already exists; what it lacked was added (%n demo users).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 approved as %2; %n copy(ies) printed to %3 (%4 pages).</source>
        <translation>
            <numerusform>%1 approved as %2; %n copy printed to %3 (%4 pages).</numerusform>
            <numerusform>%1 approved as %2; %n copies printed to %3 (%4 pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::evidence::CaseVerificationService</name>
    <message numerus="yes">
        <source>%n attachment(s) intact</source>
        <translation>
            <numerusform>%n attachment intact</numerusform>
            <numerusform>%n attachments intact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::reporting::AlertSources</name>
    <message numerus="yes">
        <source>Reply to %1 on the integrity of %n people</source>
        <translation>
            <numerusform>Reply to %1 on the integrity of %n person</numerusform>
            <numerusform>Reply to %1 on the integrity of %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::AlertsPage</name>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>%1 (%n day overdue)</numerusform>
            <numerusform>%1 (%n days overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::ApprovalInboxPage</name>
    <message numerus="yes">
        <source>%n request(s) wait for your approval.</source>
        <translation>
            <numerusform>%n request waits for your approval.</numerusform>
            <numerusform>%n requests wait for your approval.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::AuditPage</name>
    <message numerus="yes">
        <source>%n entries; the last one at %1. Head hash: %2</source>
        <translation>
            <numerusform>%n entry; the last one at %1. Head hash: %2</numerusform>
            <numerusform>%n entries; the last one at %1. Head hash: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Head: %n entries, last hash %1</source>
        <translation>
            <numerusform>Head: %n entry, last hash %1</numerusform>
            <numerusform>Head: %n entries, last hash %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries; no problem was found in them.</source>
        <translation>
            <numerusform>Verification cancelled after %n entry; no problem was found in it.</numerusform>
            <numerusform>Verification cancelled after %n entries; no problem was found in them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: all %n entries were checked.</source>
        <translation>
            <numerusform>The audit trail is intact: its %n entry was checked.</numerusform>
            <numerusform>The audit trail is intact: all %n entries were checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n entries before it are intact.</source>
        <translation>
            <numerusform>The %n entry before it is intact.</numerusform>
            <numerusform>The %n entries before it are intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::BackupPanel</name>
    <message numerus="yes">
        <source>%n older sets removed by rotation.</source>
        <translation>
            <numerusform>%n older set removed by rotation.</numerusform>
            <numerusform>%n older sets removed by rotation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n backup sets are kept.</source>
        <translation>
            <numerusform>The newest %n backup set is kept.</numerusform>
            <numerusform>The newest %n backup sets are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseDeadlinesTab</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseEvidenceTab</name>
    <message numerus="yes">
        <source>All %n attachment(s) of this case passed verification. The check is recorded.</source>
        <translation>
            <numerusform>The %n attachment of this case passed verification. The check is recorded.</numerusform>
            <numerusform>All %n attachments of this case passed verification. The check is recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseFilePrintDialog</name>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Printed %n page.</numerusform>
            <numerusform>Printed %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Exported %n page to %1.</numerusform>
            <numerusform>Exported %n pages to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::CasePropertyTab</name>
    <message numerus="yes">
        <source>%n item(s) not yet disposed of (returned, confiscated or transferred to judicial organs). The case cannot be closed until every item is disposed of.</source>
        <translation>
            <numerusform>%n item not yet disposed of (returned, confiscated or transferred to judicial organs). The case cannot be closed until every item is disposed of.</numerusform>
            <numerusform>%n items not yet disposed of (returned, confiscated or transferred to judicial organs). The case cannot be closed until every item is disposed of.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seizure, sealing or handover step(s) were taken without an approved list that takes the item. Draft and approve the list in the documents area.</source>
        <translation>
            <numerusform>%n seizure, sealing or handover step was taken without an approved list that takes the item. Draft and approve the list in the documents area.</numerusform>
            <numerusform>%n seizure, sealing or handover steps were taken without an approved list that takes the item. Draft and approve the list in the documents area.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseReviewTab</name>
    <message numerus="yes">
        <source>A first appeal must be handled within %n day(s).</source>
        <translation>
            <numerusform>A first appeal must be handled within %n day.</numerusform>
            <numerusform>A first appeal must be handled within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::CaseSanctionsTab</name>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::ExportWizard</name>
    <message numerus="yes">
        <source>%n protected identities were withheld.</source>
        <translation>
            <numerusform>%n protected identity was withheld.</numerusform>
            <numerusform>%n protected identities were withheld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n protected identities are included.</source>
        <translation>
            <numerusform>%n protected identity is included.</numerusform>
            <numerusform>%n protected identities are included.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::IdentityGrantsDialog</name>
    <message numerus="yes">
        <source>Approved for %n day(s).</source>
        <translation>
            <numerusform>Approved for %n day.</numerusform>
            <numerusform>Approved for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::IntegrityFilesTab</name>
    <message numerus="yes">
        <source>%1, %2 %3: %n report(s) received</source>
        <translation>
            <numerusform>%1, %2 %3: %n report received</numerusform>
            <numerusform>%1, %2 %3: %n reports received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::LeadsPage</name>
    <message numerus="yes">
        <source>%n lead(s) loaded</source>
        <translation>
            <numerusform>%n lead loaded</numerusform>
            <numerusform>%n leads loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lead(s) shown; scroll for more</source>
        <translation>
            <numerusform>%1 of %n lead shown; scroll for more</numerusform>
            <numerusform>%1 of %n leads shown; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::PasswordFields</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::RecordListDialog</name>
    <message numerus="yes">
        <source>%n record(s). Press Enter or double-click to open one.</source>
        <translation>
            <numerusform>%n record. Press Enter or double-click to open it.</numerusform>
            <numerusform>%n records. Press Enter or double-click to open one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::ReportsPage</name>
    <message numerus="yes">
        <source>%n report(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n report loaded; scroll for more</numerusform>
            <numerusform>%n reports loaded; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qf::ui::StaffRegisterPage</name>
    <message numerus="yes">
        <source>%1 — %2, %n hour(s) %3</source>
        <translation>
            <numerusform>%1 — %2, %n hour %3</numerusform>
            <numerusform>%1 — %2, %n hours %3</numerusform>
        </translation>
    </message>
</context>
</TS>
