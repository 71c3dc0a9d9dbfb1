<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>isb::AccountBook</name>
    <message numerus="yes">
        <source>%n field(s) instead of 3</source>
        <translation>
            <numerusform>%n field instead of 3</numerusform>
            <numerusform>%n fields instead of 3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::AuditFilterModel</name>
    <message numerus="yes">
        <source>everyone, and %n account(s)</source>
        <translation>
            <numerusform>everyone, and %n account</numerusform>
            <numerusform>everyone, and %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::AuditRunner</name>
    <message numerus="yes">
        <source>The service answered nothing but throttling for %n second(s); the audit gave up on what was left. Try again later, or allow more time with --patience.</source>
        <translation>
            <numerusform>The service answered nothing but throttling for %n second; the audit gave up on what was left. Try again later, or allow more time with --patience.</numerusform>
            <numerusform>The service answered nothing but throttling for %n seconds; the audit gave up on what was left. Try again later, or allow more time with --patience.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::AuditWindow</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s); all are audited unless you uncheck some.</source>
        <translation>
            <numerusform>%n region; it is audited unless you uncheck it.</numerusform>
            <numerusform>%n regions; all are audited unless you uncheck some.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n grant(s) found</source>
        <translation>
            <numerusform>, %n grant found</numerusform>
            <numerusform>, %n grants found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the service asked to slow down %n time(s))</source>
        <translation>
            <numerusform> (the service asked to slow down %n time)</numerusform>
            <numerusform> (the service asked to slow down %n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 images in %n region(s), %2 grants</source>
        <translation>
            <numerusform>%1 images in %n region, %2 grants</numerusform>
            <numerusform>%1 images in %n regions, %2 grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n lookup(s) failed (see below)</source>
        <translation>
            <numerusform>; %n lookup failed (see below)</numerusform>
            <numerusform>; %n lookups failed (see below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) shared with every Alibaba Cloud account</source>
        <translation>
            <numerusform>%n image shared with every Alibaba Cloud account</numerusform>
            <numerusform>%n images shared with every Alibaba Cloud account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) on %1 images.</source>
        <translation>
            <numerusform>%n grant on %1 images.</numerusform>
            <numerusform>%n grants on %1 images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n grant(s).</source>
        <translation>
            <numerusform>Showing %1 of %n grant.</numerusform>
            <numerusform>Showing %1 of %n grants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account %1 can launch %n image(s) (shared with it, or with everyone).</source>
        <translation>
            <numerusform>Account %1 can launch %n image (shared with it, or with everyone).</numerusform>
            <numerusform>Account %1 can launch %n images (shared with it, or with everyone).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %1: %2 images in %n region(s).</source>
        <translation>
            <numerusform>Snapshot of %1: %2 images in %n region.</numerusform>
            <numerusform>Snapshot of %1: %2 images in %n regions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n image(s) of %1.</source>
        <translation>
            <numerusform>Showing %n image of %1.</numerusform>
            <numerusform>Showing %n images of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 images in %n of %2 account(s), %3 grants</source>
        <extracomment>%1 images, %n accounts audited, %2 accounts of the directory, %3 grants.</extracomment>
        <translation>
            <numerusform>%1 images in %n of %2 account, %3 grants</numerusform>
            <numerusform>%1 images in %n of %2 accounts, %3 grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::BrowserSession</name>
    <message numerus="yes">
        <source>%n custom image(s) in %1.</source>
        <translation>
            <numerusform>%n custom image in %1.</numerusform>
            <numerusform>%n custom images in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is shared with %n account(s).</source>
        <translation>
            <numerusform>%1 is shared with %n account.</numerusform>
            <numerusform>%1 is shared with %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) shared with you in %1.</source>
        <translation>
            <numerusform>%n image shared with you in %1.</numerusform>
            <numerusform>%n images shared with you in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::ChangeJournalModel</name>
    <message numerus="yes">
        <source>%1, all on %n image(s)</source>
        <extracomment>Accounts removed, and how many images were taken out of group &quot;all&quot;.</extracomment>
        <translation>
            <numerusform>%1, all on %n image</numerusform>
            <numerusform>%1, all on %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::CredentialsDialog</name>
    <message numerus="yes">
        <source>OK — %n region(s)</source>
        <translation>
            <numerusform>OK — %n region</numerusform>
            <numerusform>OK — %n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::ExportController</name>
    <message numerus="yes">
        <source>Exporting the custom images of %1: %2 of %n image(s) done.</source>
        <translation>
            <numerusform>Exporting the custom images of %1: %2 of %n image done.</numerusform>
            <numerusform>Exporting the custom images of %1: %2 of %n images done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting the share permissions of %1: %2 of %n request(s) done.</source>
        <translation>
            <numerusform>Exporting the share permissions of %1: %2 of %n request done.</numerusform>
            <numerusform>Exporting the share permissions of %1: %2 of %n requests done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::ExportDialog</name>
    <message numerus="yes">
        <source>The page shown: page %1 of %2, %n account(s)</source>
        <translation>
            <numerusform>The page shown: page %1 of %2, %n account</numerusform>
            <numerusform>The page shown: page %1 of %2, %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::FindingsSummary</name>
    <message numerus="yes">
        <source>%n image(s) public</source>
        <translation>
            <numerusform>%n image public</numerusform>
            <numerusform>%n images public</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s) to %1</source>
        <translation>
            <numerusform>%n grant to %1</numerusform>
            <numerusform>%n grants to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untrusted account(s)</source>
        <translation>
            <numerusform>%n untrusted account</numerusform>
            <numerusform>%n untrusted accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s), recorded in %1</source>
        <translation>
            <numerusform>%n change, recorded in %1</numerusform>
            <numerusform>%n changes, recorded in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::MainWindow</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) match the filter</source>
        <translation>
            <numerusform>%1 of %n image matches the filter</numerusform>
            <numerusform>%1 of %n images match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n share entry(s) to %1.</source>
        <translation>
            <numerusform>Exported %n share entry to %1.</numerusform>
            <numerusform>Exported %n share entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account book skipped %n row(s): line %1: %2</source>
        <translation>
            <numerusform>The account book skipped %n row: line %1: %2</numerusform>
            <numerusform>The account book skipped %n rows: line %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::PlanDialog</name>
    <message numerus="yes">
        <source>Reading the current grants of %n image(s)…</source>
        <translation>
            <numerusform>Reading the current grants of %n image…</numerusform>
            <numerusform>Reading the current grants of %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n image(s)…</source>
        <translation>
            <numerusform>Retrying %n image…</numerusform>
            <numerusform>Retrying %n images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) not changed as planned</source>
        <translation>
            <numerusform>%n image not changed as planned</numerusform>
            <numerusform>%n images not changed as planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::SharePermissionPane</name>
    <message numerus="yes">
        <source>Shared with %n account(s).</source>
        <translation>
            <numerusform>Shared with %n account.</numerusform>
            <numerusform>Shared with %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared with %n account(s); showing %1–%2.</source>
        <translation>
            <numerusform>Shared with %n account; showing %1–%2.</numerusform>
            <numerusform>Shared with %n accounts; showing %1–%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shared with %n account(s) you have not marked as trusted</source>
        <translation>
            <numerusform>Shared with %n account you have not marked as trusted</numerusform>
            <numerusform>Shared with %n accounts you have not marked as trusted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::ShareWithAccountsDialog</name>
    <message numerus="yes">
        <source>Share with %n Account(s)…</source>
        <translation>
            <numerusform>Share with %n Account…</numerusform>
            <numerusform>Share with %n Accounts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::SharingPlan</name>
    <message numerus="yes">
        <source>Revoke %n account(s)</source>
        <translation>
            <numerusform>Revoke %n account</numerusform>
            <numerusform>Revoke %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>share with %n account(s)</source>
        <translation>
            <numerusform>share with %n account</numerusform>
            <numerusform>share with %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>make %n image(s) private</source>
        <translation>
            <numerusform>make %n image private</numerusform>
            <numerusform>make %n images private</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n image(s)</source>
        <translation>
            <numerusform>%1 on %n image</numerusform>
            <numerusform>%1 on %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::cli::AccountsCommand</name>
    <message numerus="yes">
        <source>%n account(s) written to %1.</source>
        <translation>
            <numerusform>%n account written to %1.</numerusform>
            <numerusform>%n accounts written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) in %1.</source>
        <translation>
            <numerusform>%n account in %1.</numerusform>
            <numerusform>%n accounts in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>isb::cli::CheckCommand</name>
    <message numerus="yes">
        <source>Incomplete: %n lookup(s) failed; the findings above may not be all.</source>
        <translation>
            <numerusform>Incomplete: %n lookup failed; the findings above may not be all.</numerusform>
            <numerusform>Incomplete: %n lookups failed; the findings above may not be all.</numerusform>
        </translation>
    </message>
</context>
</TS>
