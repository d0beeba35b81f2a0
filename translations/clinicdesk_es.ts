<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cd::AppSettings</name>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set by your IT department and cannot be changed here. Ask IT to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be written. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CredentialInputParser</name>
    <message>
        <source>%1: unknown name &quot;%2&quot;; expected one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no value. To remove the secrets, use &quot;clinicdesk-cli config clear-credentials&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected NAME=VALUE, e.g. TWILIO_ACCOUNT_SID=AC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NAME=VALUE lines were given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of %1 is set in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Database</name>
    <message>
        <source>Cannot read the database file %1: %2. Check that the file exists and that your account may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a ClinicDesk database or is damaged. It was left untouched; restore it from a backup or choose another data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1. Choose a directory you can write to (--data-dir or CLINICDESK_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Ask IT to give your account write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a ClinicDesk database or is damaged (%2). It was left untouched; restore it from a backup or choose another data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of ClinicDesk (schema %2; this version understands up to %3). Nothing was changed. Install the newer ClinicDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 (%3) failed and was rolled back: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DemoPatients</name>
    <message>
        <source>Demo patient: fictional person, 555-01xx numbers are reserved for examples.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::KeychainErrors</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macOS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop keychain (Secret Service: gnome-keyring or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Windows with your own account (not a service account) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Keychain Access, unlock the login keychain and allow ClinicDesk when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install gnome-keyring (or KWallet), log in to a desktop session so it starts and unlocks, and try again. Over SSH or in a script, run the command inside &quot;dbus-run-session&quot; with gnome-keyring-daemon unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (keychain said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to %1 was denied. Try again and choose &quot;Allow&quot; when the keychain asks for ClinicDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access; it is probably locked. Unlock it and try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running, so secrets cannot be stored safely (ClinicDesk never falls back to a file). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no supported keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be removed from %1. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be reached: no desktop session bus (D-Bus) is running, so no keychain service is available and secrets cannot be stored safely. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be read from %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved in %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be removed from %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::KeychainSecretStore</name>
    <message>
        <source>The secret is longer than %1 bytes; check that you pasted the right value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MemorySecretStore</name>
    <message>
        <source>memory (tests only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::MessageStore</name>
    <message>
        <source>There is no message #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message already belongs to a patient&apos;s conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, no delivery receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with Twilio whether it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Outbox</name>
    <message>
        <source>Not sent: %1 has opted out of text messages (they replied STOP). They can text START to the clinic number to receive messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty. Type the text to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no mobile number. Add one to the patient&apos;s record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 has no recorded consent to receive text messages. Ask the patient and record their consent in their record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 characters long; Twilio accepts at most %2. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled because the patient opted out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PatientImporter</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row and no patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no first and last name columns. The first row must name the columns, for example: First Name, Last Name, Phone, DOB, Email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing name: a first and a last name are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date of birth &quot;%1&quot;: use YYYY-MM-DD or MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: same patient as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: already a patient (#%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped at line %1: %2. %3 patients were imported before it; importing the file again skips them as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PatientStore</name>
    <message>
        <source>%1 with the same date of birth and phone number is already a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another patient named %1 has the same date of birth and phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient #%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PatientValidator</name>
    <message>
        <source>Enter the patient&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Use the form name@example.com, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is before 1900. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Use a name like America/New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Use a code like en or es.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::PhoneNumbers</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Enter digits, for example (415) 555-0100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid country code. Start international numbers with + and the country code, for example +44 20 7946 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number. Check for missing digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long to be a phone number. Check for extra digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing its area code. Enter the whole number, for example (415) 555-0100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number in service: area code %2 is not assigned, so texts to it would be rejected. Check the number with the patient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::SettingCatalog</name>
    <message>
        <source>Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the Twilio Console home page: starts with AC, 34 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal characters (0-9, a-f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next to the Account SID in the Twilio Console. Kept in the system keychain only. Not needed when an API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 hexadecimal characters (0-9, a-f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended instead of the Auth Token: Console &gt; Account &gt; API keys. Starts with SK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal characters (0-9, a-f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once when the API key is created. Kept in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone number(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SMS-capable Twilio number in international format, e.g. +14155550100. Several numbers: separate them with commas; the first one sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Needed to schedule reminders that go out while the PCs are off. Starts with MG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MG followed by 32 hexadecimal characters (0-9, a-f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat Service SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional (Twilio Conversations). Starts with IS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS followed by 32 hexadecimal characters (0-9, a-f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for e-mail. Kept in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SG. followed by two dot-separated parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. The From address of e-mails, e.g. desk@clinic.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the clinic signs its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code used for numbers typed without +, e.g. US, CA, GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per SMS segment (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for cost estimates before sending, e.g. 0.0079.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for replies while a chat is open (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 5 and 300 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for replies otherwise (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 15 and 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to first messages so patients know how to stop texts. Do not use CANCEL or END for other purposes: they opt the patient out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this does not look right (%1 characters); expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty entry between commas; separate numbers with one comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in international format; write it with + and the country code, e.g. +14155550100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; expected something like desk@clinic.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code, e.g. US, CA, GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price between %2 and %3, e.g. %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long (%1 characters); at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::SettingsWriter</name>
    <message>
        <source>%1 is set by your IT department and cannot be changed here. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be recorded in the audit log, so it was undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::StoredCredentialsProvider</name>
    <message>
        <source>No Twilio account is set up. Enter the Account SID and Auth Token (or an API key) in Settings, or run &quot;clinicdesk-cli config set-credentials&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio Account SID is set but neither an Auth Token nor an API key with its secret is. Enter one in Settings, or run &quot;clinicdesk-cli config set-credentials&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::TwilioClient</name>
    <message>
        <source>No credentials source is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio is not set up: the Account SID and the Auth Token (or an API key and secret) are needed. Enter them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Account SID should be &quot;AC&quot; followed by 32 letters and digits (it is shown on the Twilio Console home page). Correct it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Messaging Service SID should be &quot;MG&quot; followed by 32 letters and digits. Correct it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity period must be between 1 second and 10 hours (36000 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled text must go out between 15 minutes and 35 days from now. Pick another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The picture could not be downloaded safely (it is not on a secure address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio does not know the Account SID %1. Copy it again from the Twilio Console into Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio account is %1, not active, so texts cannot be sent. The account owner must reactivate it in the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic number %1 could not be checked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic number %1 could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic number %1 is not a phone number of this Twilio account. Check the number in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic number %1 cannot send text messages. Use an SMS-capable Twilio number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sending number is set up. Enter the clinic&apos;s Twilio phone number or a Messaging Service SID in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled reminders are not available: they need a Twilio Messaging Service (enter its SID in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::TwilioEndpoint</name>
    <message>
        <source>The Twilio address &quot;%1&quot; is not a valid web address. Remove the CLINICDESK_TWILIO_BASE_URL setting or correct it (for example https://api.twilio.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio address &quot;%1&quot; must be just scheme, host and port (for example https://api.twilio.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to talk to Twilio over unencrypted http at %1: that would send the account credentials in the clear. Use an https address (plain http is only allowed for this computer, e.g. http://127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connections are not available on this computer (no TLS library could be loaded), so Twilio cannot be reached safely. Reinstall ClinicDesk or install OpenSSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio address &quot;%1&quot; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::TwilioErrorMessages</name>
    <message>
        <source>Failed to connect to messaging service: Twilio did not accept the account credentials. Check the Account SID and Auth Token (or API key) in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio could not find this item (account, message or number). Check the Account SID in Settings; the message may also have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio is busy (too many requests at once). Nothing was sent; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s phone number is not a valid number. Correct it in the patient&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texting this country is not enabled on the clinic&apos;s Twilio account. Ask the account owner to allow it (Twilio geo permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty. Type a message before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sending number is set up. Enter the clinic&apos;s Twilio number or Messaging Service in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has no phone number. Add one to the patient&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s sending number cannot text this number. Check the clinic number in Settings (it must be an SMS-capable Twilio number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio trial account can only text verified numbers. Verify this number in Twilio or upgrade the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient replied STOP and no longer receives texts from the clinic. They can text START to the clinic number to receive texts again; call them meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number cannot receive texts from the clinic&apos;s number. Call the patient instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not a mobile number (it may be a landline). Call the patient or update the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long (over 1600 characters). Shorten it and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages were waiting at Twilio and this one was dropped. Send it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s phone is switched off or out of coverage. Try again later or call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was blocked: the patient may have opted out or blocks texts. Call the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier does not know this number (it may no longer exist). Check the number with the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is a landline or its carrier cannot receive texts. Call the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier filtered the message as possible spam. Rephrase it without links, and make sure the clinic number is registered (A2P 10DLC or toll-free verification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery failed for an unknown reason. Try again later or call the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message can no longer be canceled: it is not scheduled any more (it may already have been sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling needs a Messaging Service. Enter one in Settings, or send now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time is outside what Twilio allows (15 minutes to 35 days ahead). Pick another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio could not process the message (error %1). Try again later; if it keeps happening, tell the person who manages the Twilio account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to connect to messaging service. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Twilio broke after the message was handed over, so it is not known whether it was sent. It will not be sent again until that is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio had a problem on its side. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio&apos;s answer could not be understood. Try again later; if it keeps happening, check the Twilio address setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio refused the request (HTTP %1). Check the message and the settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>List every setting with its value and where it comes from (secrets masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, locked by IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT defaults:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: secrets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the values from environment variables of the same names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Twilio and SendGrid credentials: secrets in the system keychain, the rest in settings.
Reads NAME=VALUE lines on standard input. Names: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in user settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Auth Token, API key secret and SendGrid key from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets were removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: clinicdesk-cli config show|set-credentials|clear-credentials [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  show               Every setting, its value and source (secrets masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  set-credentials    Store credentials from NAME=VALUE lines on stdin (or --from-env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  clear-credentials  Remove the secrets from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;clinicdesk-cli config SUBCOMMAND --help&quot; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;; use show, set-credentials or clear-credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number, e.g. &quot;(415) 555-0100&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient agreed to receive text messages (recorded now, by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language code, e.g. es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone, e.g. America/Chicago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--first and --last are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded with clinicdesk-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dob &quot;%1&quot; is not a date; use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only patients whose name, phone digits or date of birth match TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N patients (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List patients in name order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import patients from a CSV file with a header row (First Name, Last Name, Phone, DOB, Email, …). Rows already present are skipped as duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 patients, skipped %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: clinicdesk-cli patients add|list|import [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  add     Add a patient (--first, --last, --phone, --email, --dob, --consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  list    List patients (--search TEXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import  Import patients from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;clinicdesk-cli patients SUBCOMMAND --help&quot; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;; use add, list or import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ChatPlaceholderPane</name>
    <message>
        <source>No Phone Number Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mobile number with Edit on the Overview tab to text %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text conversation with this patient will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text conversation with %1 at %2 will appear here: every message sent and received, with its delivery status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectionCheckText</name>
    <message>
        <source>Connection OK: account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection OK: account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio account is %1: texts cannot be sent until it is active again. Check billing and account status in the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is not in this Twilio account. Enter a number that belongs to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 can send SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 cannot send SMS. Pick an SMS-capable number in the Twilio Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled reminders: available (Messaging Service set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled reminders: not available; enter a Messaging Service SID to schedule texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio could not be reached. Check the network connection and the proxy settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ConsentMethods</name>
    <message>
        <source>Verbally, at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the patient portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; each is listed below with its line in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled after %1 rows; the patients imported until then were kept. Importing the file again adds only the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add patients from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Demo Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a few fictional patients to try ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode — messages are not sent. Add your Twilio account in Settings to text patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit? Patients imported so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing patients from %1…
%2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing patients from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo patients are already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo patient(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no patients yet. Add a few fictional demo patients to try ClinicDesk?

Their phone numbers are 555-01xx numbers, which are reserved for examples. You can also add patients yourself (File → New Patient) or import them from a CSV file (File → Import Patients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ClinicDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk %1

Text patients from the clinic&apos;s front desk.

Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::MessageListModel</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>Screen reader text of one chat bubble: sender, time, then the message text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by staff. %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by staff. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::OverviewPane</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this patient&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — do not text this patient until they agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, since %1. No texts are sent until the patient texts START.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient #%1, added %2, last changed %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::PatientDialog</name>
    <message>
        <source>New Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD or MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. (415) 555-0132; leave empty if none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. America/New_York; empty uses the clinic&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to receive text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out of text messages on %1. Only the patient can opt back in, by texting START.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Enter the date of birth as YYYY-MM-DD or MM/DD/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts go to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::PatientListModel</name>
    <message>
        <source>No phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::PatientListPanel</name>
    <message>
        <source>Search by name, phone or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, phone digits in any format, or a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients yet. Add one with File → New Patient (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 patients; scroll for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::ProfileView</name>
    <message>
        <source>Patient profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms the patient fills in before a visit will appear here: sent by text, completed on their phone, and filed with their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming and past appointments will appear here, with the text reminders sent for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient from the list, or add one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::StatusPresentation</name>
    <message>
        <source>Sent, no delivery receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio sent this message, but the patient&apos;s carrier never confirmed delivery. It has probably arrived; if it matters, call the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and waiting to be sent. It goes out by itself as soon as Twilio can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to Twilio now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped before Twilio answered. ClinicDesk is checking with Twilio whether it arrived there; it will not be sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio accepted the message and is about to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio will send this message later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio will send this message on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the patient&apos;s carrier; waiting for the delivery receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to the patient&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio could not deliver this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
You can send it again with Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scheduled message was canceled and will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;clinicdesk-cli %1 --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show settings; store or clear credentials (keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list and import patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: clinicdesk-cli [--lang CODE] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options: --version, --help, --lang CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command takes --help, --data-dir DIR and --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinicdesk-cli: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinicdesk-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Text patients from the clinic&apos;s front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database in DIR (default: CLINICDESK_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use language CODE (e.g. es) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not offer demo patients when the database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window after N milliseconds (for automated checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClinicDesk Cannot Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
