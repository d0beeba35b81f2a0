<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TwilioClock</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Database</name>
    <message numerus="yes">
        <source>The message history in %1 needs a one-time update before it opens (about %n message(s)).</source>
        <translation>
            <numerusform>The message history in %1 needs a one-time update before it opens (about %n message).</numerusform>
            <numerusform>The message history in %1 needs a one-time update before it opens (about %n messages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DeskPresence</name>
    <message numerus="yes">
        <source>%1 replied %n second(s) ago.</source>
        <translation>
            <numerusform>%1 replied %n second ago.</numerusform>
            <numerusform>%1 replied %n seconds ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Outbox</name>
    <message numerus="yes">
        <source>Not sent: it waited more than %n hour(s) to go out. Send it now or discard it.</source>
        <translation>
            <numerusform>Not sent: it waited more than %n hour to go out. Send it now or discard it.</numerusform>
            <numerusform>Not sent: it waited more than %n hours to go out. Send it now or discard it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::StaffDirectory</name>
    <message numerus="yes">
        <source>Wrong PIN for "%1". %n more tries before the account is locked.</source>
        <translation>
            <numerusform>Wrong PIN for "%1". %n more try before the account is locked.</numerusform>
            <numerusform>Wrong PIN for "%1". %n more tries before the account is locked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::TwilioTransport</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message numerus="yes">
        <source>The audit trail is intact: %n rows checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %n row checked.</numerusform>
            <numerusform>The audit trail is intact: %n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows were written before rows were chained and cannot be checked.</source>
        <translation>
            <numerusform>The first row was written before rows were chained and cannot be checked.</numerusform>
            <numerusform>The first %n rows were written before rows were chained and cannot be checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) failed or are not confirmed: see "intake list".</source>
        <translation>
            <numerusform>%n e-mail failed or are not confirmed: see "intake list".</numerusform>
            <numerusform>%n e-mails failed or are not confirmed: see "intake list".</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) failed.</source>
        <translation>
            <numerusform>%n reminder failed.</numerusform>
            <numerusform>%n reminders failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n patient(s).</source>
        <translation>
            <numerusform>Imported %n patient.</numerusform>
            <numerusform>Imported %n patients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s).</source>
        <translation>
            <numerusform>Skipped %n row.</numerusform>
            <numerusform>Skipped %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::AppointmentsIntegration</name>
    <message numerus="yes">
        <source>Added %n demo appointment(s).</source>
        <translation>
            <numerusform>Added %n demo appointment.</numerusform>
            <numerusform>Added %n demo appointments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::AppointmentsPane</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::Composer</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::DatabaseConnectionIndicator</name>
    <message numerus="yes">
        <source>%n text(s) kept on this computer.</source>
        <translation>
            <numerusform>%n text kept on this computer.</numerusform>
            <numerusform>%n texts kept on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n kept text(s) being sent)</source>
        <translation>
            <numerusform>(%n kept text being sent)</numerusform>
            <numerusform>(%n kept texts being sent)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::DeskAwarenessBar</name>
    <message numerus="yes">
        <source>%n text(s) waiting on this computer until the clinic database is back (nothing is lost): “%1”</source>
        <translation>
            <numerusform>%n text waiting on this computer until the clinic database is back (nothing is lost): “%1”</numerusform>
            <numerusform>%n texts waiting on this computer until the clinic database is back (nothing is lost): “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::HistorySearchDialog</name>
    <message numerus="yes">
        <source>The newest %n messages; add a word to narrow the search.</source>
        <translation>
            <numerusform>The newest message; add a word to narrow the search.</numerusform>
            <numerusform>The newest %n messages; add a word to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n message found.</numerusform>
            <numerusform>%n messages found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::ImportReportDialog</name>
    <message numerus="yes">
        <source>%n patient(s) imported.</source>
        <translation>
            <numerusform>%n patient imported.</numerusform>
            <numerusform>%n patients imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; each is listed below with its line in the file.</source>
        <translation>
            <numerusform>%n row skipped; each is listed below with its line in the file.</numerusform>
            <numerusform>%n rows skipped; each is listed below with its line in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::IntakeSendDialog</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message numerus="yes">
        <source>Added %n demo patient(s).</source>
        <translation>
            <numerusform>Added %n demo patient.</numerusform>
            <numerusform>Added %n demo patients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::MessageListModel</name>
    <message numerus="yes">
        <source>%n attachment(s) not downloaded yet</source>
        <translation>
            <numerusform>%n attachment not downloaded yet</numerusform>
            <numerusform>%n attachments not downloaded yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) attached</source>
        <extracomment>Screen reader text: the reply carries photos</extracomment>
        <translation>
            <numerusform>%n photo attached</numerusform>
            <numerusform>%n photos attached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::NewMessagesPill</name>
    <message numerus="yes">
        <source>↓ %n new message(s)</source>
        <extracomment>Floating button over the chat when new messages arrived below; %n is how many</extracomment>
        <translation>
            <numerusform>↓ %n new message</numerusform>
            <numerusform>↓ %n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::PatientListPanel</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::SettingsDialog</name>
    <message numerus="yes">
        <source>Still waiting for the system keychain after %n second(s). If it asks for a password or permission, answer that window; otherwise check that the keychain is unlocked.</source>
        <translation>
            <numerusform>Still waiting for the system keychain after %n second. If it asks for a password or permission, answer that window; otherwise check that the keychain is unlocked.</numerusform>
            <numerusform>Still waiting for the system keychain after %n seconds. If it asks for a password or permission, answer that window; otherwise check that the keychain is unlocked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::UnreadConversationsModel</name>
    <message numerus="yes">
        <source>%1, %n unread message(s)</source>
        <translation>
            <numerusform>%1, %n unread message</numerusform>
            <numerusform>%1, %n unread messages</numerusform>
        </translation>
    </message>
</context>
</TS>
