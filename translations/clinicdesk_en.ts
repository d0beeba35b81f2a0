<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
