<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Kohtaamo::AuditLogSection</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::CandidatesPanel</name>
    <message numerus="yes">
        <source>Only %n worker(s) can be asked for this request.</source>
        <translation>
            <numerusform>Only %n worker can be asked for this request.</numerusform>
            <numerusform>Only %n workers can be asked for this request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) can be asked</source>
        <translation>
            <numerusform>%n worker can be asked</numerusform>
            <numerusform>%n workers can be asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n excluded by the rules</source>
        <translation>
            <numerusform> · %n excluded by the rules</numerusform>
            <numerusform> · %n excluded by the rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested team for %n worker(s)</source>
        <translation>
            <numerusform>Suggested team for %n worker</numerusform>
            <numerusform>Suggested team for %n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In&amp;vite %n selected</source>
        <translation>
            <numerusform>In&amp;vite %n selected</numerusform>
            <numerusform>In&amp;vite %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::AuditCommands</name>
    <message numerus="yes">
        <source>%n of %1 entries shown, newest first.</source>
        <translation>
            <numerusform>%n of %1 entries shown, newest first.</numerusform>
            <numerusform>%n of %1 entries shown, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::Cli::OutboxCommands</name>
    <message numerus="yes">
        <source>%n message(s) could not be sent; they go again with the next send. The server said: %1</source>
        <translation>
            <numerusform>%n message could not be sent; it goes again with the next send. The server said: %1</numerusform>
            <numerusform>%n messages could not be sent; they go again with the next send. The server said: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::FeesPage</name>
    <message numerus="yes">
        <source>%Ln fee(s)</source>
        <translation>
            <numerusform>%Ln fee</numerusform>
            <numerusform>%Ln fees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InvitationOperations</name>
    <message numerus="yes">
        <source>Request %1 is confirmed and its team already has the %n worker(s) needed. Add this worker to the team anyway, or keep them in reserve.</source>
        <translation>
            <numerusform>Request %1 is confirmed and its team already has the %n worker needed. Add this worker to the team anyway, or keep them in reserve.</numerusform>
            <numerusform>Request %1 is confirmed and its team already has the %n workers needed. Add this worker to the team anyway, or keep them in reserve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::InvitationsPanel</name>
    <message numerus="yes">
        <source> · %n waiting for an answer</source>
        <translation>
            <numerusform> · %n waiting for an answer</numerusform>
            <numerusform> · %n waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n declined</source>
        <translation>
            <numerusform> · %n declined</numerusform>
            <numerusform> · %n declined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in reserve</source>
        <translation>
            <numerusform> · %n in reserve</numerusform>
            <numerusform> · %n in reserve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ListRestriction</name>
    <message numerus="yes">
        <source>Only: %1 (%n listed)</source>
        <translation>
            <numerusform>Only: %1 (%n listed)</numerusform>
            <numerusform>Only: %1 (%n listed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::MarkPaidDialog</name>
    <message numerus="yes">
        <source>%Ln fee(s)</source>
        <translation>
            <numerusform>%Ln fee</numerusform>
            <numerusform>%Ln fees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::OfficeService</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are refused.</source>
        <translation>
            <numerusform>Nothing was imported: %n row is refused.</numerusform>
            <numerusform>Nothing was imported: %n rows are refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::ParticipationPage</name>
    <message numerus="yes">
        <source>Debrief still missing for %n worker(s): %1. Every event is followed by a debrief.</source>
        <translation>
            <numerusform>Debrief still missing for %n worker: %1. Every event is followed by a debrief.</numerusform>
            <numerusform>Debrief still missing for %n workers: %1. Every event is followed by a debrief.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance not recorded yet for %n worker(s): %1.</source>
        <translation>
            <numerusform>Attendance not recorded yet for %n worker: %1.</numerusform>
            <numerusform>Attendance not recorded yet for %n workers: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RankingEngine</name>
    <message numerus="yes">
        <source>Already %n engagement in %1; the worker&apos;s limit is %2</source>
        <translation>
            <numerusform>Already %n engagement in %1; the worker&apos;s limit is %2</numerusform>
            <numerusform>Already %n engagement in %1; the worker&apos;s limit is %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already %n engagements in %1; the worker&apos;s limit is %2</source>
        <translation>
            <numerusform>Already %n engagements in %1; the worker&apos;s limit is %2</numerusform>
            <numerusform>Already %n engagements in %1; the worker&apos;s limit is %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No engagements within %n day</source>
        <translation>
            <numerusform>No engagements within %n day</numerusform>
            <numerusform>No engagements within %n day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No engagements within %n days</source>
        <translation>
            <numerusform>No engagements within %n days</numerusform>
            <numerusform>No engagements within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n engagement within %1 days</source>
        <translation>
            <numerusform>%n engagement within %1 days</numerusform>
            <numerusform>%n engagement within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n engagements within %1 days</source>
        <translation>
            <numerusform>%n engagements within %1 days</numerusform>
            <numerusform>%n engagements within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation without an engagement in the last %1 days</source>
        <translation>
            <numerusform>%n invitation without an engagement in the last %1 days</numerusform>
            <numerusform>%n invitation without an engagement in the last %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitations without an engagement in the last %1 days</source>
        <translation>
            <numerusform>%n invitations without an engagement in the last %1 days</numerusform>
            <numerusform>%n invitations without an engagement in the last %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the request gives %n day</source>
        <translation>
            <numerusform>the request gives %n day</numerusform>
            <numerusform>the request gives %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the request gives %n days</source>
        <translation>
            <numerusform>the request gives %n day</numerusform>
            <numerusform>the request gives %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n day of notice; %1</source>
        <translation>
            <numerusform>Needs %n day of notice; %1</numerusform>
            <numerusform>Needs %n days of notice; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n days of notice; %1</source>
        <translation>
            <numerusform>Needs %n day of notice; %1</numerusform>
            <numerusform>Needs %n days of notice; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>another is %n day away</source>
        <translation>
            <numerusform>another is %n day away</numerusform>
            <numerusform>another is %n days away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>another is %n days away</source>
        <translation>
            <numerusform>another is %n day away</numerusform>
            <numerusform>another is %n days away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wants at least %n day between engagements; %1</source>
        <translation>
            <numerusform>Wants at least %n day between engagements; %1</numerusform>
            <numerusform>Wants at least %n days between engagements; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wants at least %n days between engagements; %1</source>
        <translation>
            <numerusform>Wants at least %n day between engagements; %1</numerusform>
            <numerusform>Wants at least %n days between engagements; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestDetailView</name>
    <message numerus="yes">
        <source>Limited to %n organisation(s)</source>
        <translation>
            <numerusform>Limited to %n organisation</numerusform>
            <numerusform>Limited to %n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RequestWorkflow</name>
    <message numerus="yes">
        <source>The request needs %n worker(s), but only %1 accepted the invitation.</source>
        <translation>
            <numerusform>The request needs %n worker, but only %1 accepted the invitation.</numerusform>
            <numerusform>The request needs %n workers, but only %1 accepted the invitation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::RetentionPanel</name>
    <message numerus="yes">
        <source>%Ln worker left more than %1 years ago: erase…</source>
        <translation>
            <numerusform>%Ln worker left more than %1 years ago: erase…</numerusform>
            <numerusform>%Ln workers left more than %1 years ago: erase…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workers left more than %1 years ago: erase…</source>
        <translation>
            <numerusform>%Ln worker left more than %1 years ago: erase…</numerusform>
            <numerusform>%Ln workers left more than %1 years ago: erase…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry with personal values</source>
        <translation>
            <numerusform>%Ln entry with personal values</numerusform>
            <numerusform>%Ln entries with personal values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries with personal values</source>
        <translation>
            <numerusform>%Ln entry with personal values</numerusform>
            <numerusform>%Ln entries with personal values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::TodayPage</name>
    <message numerus="yes">
        <source>%Ln request not yet tagged</source>
        <translation>
            <numerusform>%Ln request not yet tagged</numerusform>
            <numerusform>%Ln request not yet tagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests not yet tagged</source>
        <translation>
            <numerusform>%Ln requests not yet tagged</numerusform>
            <numerusform>%Ln requests not yet tagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation waiting for an answer</source>
        <translation>
            <numerusform>%Ln invitation waiting for an answer</numerusform>
            <numerusform>%Ln invitation waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitations waiting for an answer</source>
        <translation>
            <numerusform>%Ln invitations waiting for an answer</numerusform>
            <numerusform>%Ln invitations waiting for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent more than %Ln day ago; remind or ask someone else.</source>
        <translation>
            <numerusform>Sent more than %Ln day ago; remind or ask someone else.</numerusform>
            <numerusform>Sent more than %Ln day ago; remind or ask someone else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent more than %Ln days ago; remind or ask someone else.</source>
        <translation>
            <numerusform>Sent more than %Ln days ago; remind or ask someone else.</numerusform>
            <numerusform>Sent more than %Ln days ago; remind or ask someone else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagement held without a debrief</source>
        <translation>
            <numerusform>%Ln engagement held without a debrief</numerusform>
            <numerusform>%Ln engagement held without a debrief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagements held without a debrief</source>
        <translation>
            <numerusform>%Ln engagements held without a debrief</numerusform>
            <numerusform>%Ln engagements held without a debrief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fee not yet paid</source>
        <translation>
            <numerusform>%Ln fee not yet paid</numerusform>
            <numerusform>%Ln fee not yet paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fees not yet paid</source>
        <translation>
            <numerusform>%Ln fees not yet paid</numerusform>
            <numerusform>%Ln fees not yet paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln worker&apos;s consent to be contacted expires soon</source>
        <translation>
            <numerusform>%Ln worker&apos;s consent to be contacted expires soon</numerusform>
            <numerusform>%Ln worker&apos;s consent to be contacted expires soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workers&apos; consents to be contacted expire soon</source>
        <translation>
            <numerusform>%Ln workers&apos; consents to be contacted expire soon</numerusform>
            <numerusform>%Ln workers&apos; consents to be contacted expire soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %Ln day; ask them to renew it.</source>
        <translation>
            <numerusform>Within %Ln day; ask them to renew it.</numerusform>
            <numerusform>Within %Ln day; ask them to renew it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Within %Ln days; ask them to renew it.</source>
        <translation>
            <numerusform>Within %Ln days; ask them to renew it.</numerusform>
            <numerusform>Within %Ln days; ask them to renew it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln worker resting: do not ask for now</source>
        <translation>
            <numerusform>%Ln worker resting: do not ask for now</numerusform>
            <numerusform>%Ln worker resting: do not ask for now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workers resting: do not ask them for now</source>
        <translation>
            <numerusform>%Ln workers resting: do not ask them for now</numerusform>
            <numerusform>%Ln workers resting: do not ask them for now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagement in the next 14 days</source>
        <translation>
            <numerusform>%Ln engagement in the next 14 days</numerusform>
            <numerusform>%Ln engagement in the next 14 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagements in the next 14 days</source>
        <translation>
            <numerusform>%Ln engagements in the next 14 days</numerusform>
            <numerusform>%Ln engagements in the next 14 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln request; check the preparation.</source>
        <translation>
            <numerusform>In %Ln request; check the preparation.</numerusform>
            <numerusform>In %Ln request; check the preparation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln requests; check the preparation.</source>
        <translation>
            <numerusform>In %Ln requests; check the preparation.</numerusform>
            <numerusform>In %Ln requests; check the preparation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group meets on %1, in %Ln day.</source>
        <translation>
            <numerusform>The group meets on %1, in %Ln day.</numerusform>
            <numerusform>The group meets on %1, in %Ln day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The group meets on %1, in %Ln days.</source>
        <translation>
            <numerusform>The group meets on %1, in %Ln days.</numerusform>
            <numerusform>The group meets on %1, in %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request to bring to the group meeting</source>
        <translation>
            <numerusform>%Ln request to bring to the group meeting</numerusform>
            <numerusform>%Ln request to bring to the group meeting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests to bring to the group meeting</source>
        <translation>
            <numerusform>%Ln requests to bring to the group meeting</numerusform>
            <numerusform>%Ln requests to bring to the group meeting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message could not be sent</source>
        <translation>
            <numerusform>%Ln message could not be sent</numerusform>
            <numerusform>%Ln messages could not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln messages could not be sent</source>
        <translation>
            <numerusform>%Ln message could not be sent</numerusform>
            <numerusform>%Ln messages could not be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft waits for approval</source>
        <translation>
            <numerusform>%Ln draft waits for approval</numerusform>
            <numerusform>%Ln drafts wait for approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drafts wait for approval</source>
        <translation>
            <numerusform>%Ln draft waits for approval</numerusform>
            <numerusform>%Ln drafts wait for approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved message waits to be sent.</source>
        <translation>
            <numerusform>%Ln approved message waits to be sent.</numerusform>
            <numerusform>%Ln approved messages wait to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln approved messages wait to be sent.</source>
        <translation>
            <numerusform>%Ln approved message waits to be sent.</numerusform>
            <numerusform>%Ln approved messages wait to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder written: read and approve it.</source>
        <translation>
            <numerusform>%Ln reminder written: read and approve it.</numerusform>
            <numerusform>%Ln reminders written: read and approve them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminders written: read and approve them.</source>
        <translation>
            <numerusform>%Ln reminder written: read and approve it.</numerusform>
            <numerusform>%Ln reminders written: read and approve them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkerHistoryPanel</name>
    <message numerus="yes">
        <source>%Ln engagement(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kohtaamo::WorkersPage</name>
    <message numerus="yes">
        <source>%Ln worker(s)</source>
        <translation>
            <numerusform>%Ln worker</numerusform>
            <numerusform>%Ln workers</numerusform>
        </translation>
    </message>
</context>
</TS>
