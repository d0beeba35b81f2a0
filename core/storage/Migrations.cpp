#include "core/storage/Migrations.h"

namespace cd {

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = {
        {1,
         QStringLiteral("patients and audit"),
         {
             QStringLiteral("CREATE TABLE patients ("
                            " id {{pk}},"
                            " first_name TEXT NOT NULL,"
                            " last_name TEXT NOT NULL,"
                            " dob TEXT,"
                            " phone_raw TEXT,"
                            " phone_e164 TEXT,"
                            " email TEXT,"
                            " preferred_language TEXT,"
                            " time_zone TEXT,"
                            " sms_consent INTEGER NOT NULL DEFAULT 0,"
                            " consent_at TEXT,"
                            " consent_method TEXT,"
                            " consent_recorded_by TEXT,"
                            " opted_out_at TEXT,"
                            " notes TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL,"
                            // Search keys: case-folded, accent-free names; digits of the number three ways
                            // (international, national, reversed) so every phone search is an index range.
                            " first_key {{key}} NOT NULL,"
                            " last_key {{key}} NOT NULL,"
                            " phone_digits {{key}},"
                            " phone_national {{key}},"
                            " phone_reversed {{key}},"
                            " identity_key {{key}} NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX patients_identity ON patients (identity_key)"),
             QStringLiteral("CREATE INDEX patients_by_name ON patients (last_key, first_key, id)"),
             QStringLiteral("CREATE INDEX patients_by_first ON patients (first_key)"),
             QStringLiteral("CREATE INDEX patients_by_phone ON patients (phone_digits)"),
             QStringLiteral("CREATE INDEX patients_by_national ON patients (phone_national)"),
             QStringLiteral("CREATE INDEX patients_by_reversed ON patients (phone_reversed)"),
             QStringLiteral("CREATE INDEX patients_by_dob ON patients (dob)"),
             QStringLiteral("CREATE INDEX patients_by_e164 ON patients (phone_e164)"),
             QStringLiteral("CREATE TABLE audit_log ("
                            " id {{pk}},"
                            " at TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " patient_id INTEGER REFERENCES patients(id) ON DELETE SET NULL,"
                            " details TEXT)"),
             QStringLiteral("CREATE INDEX audit_by_patient ON audit_log (patient_id)"),
         }},
        {2,
         QStringLiteral("messages and outbox"),
         {
             // One row per SMS. Outbound rows exist (status "pending") before anything is sent; claimed_by/at mark
             // the one process sending it; sid is UNIQUE so a re-polled reply is stored once.
             QStringLiteral("CREATE TABLE messages ("
                            " id {{pk}},"
                            " patient_id INTEGER REFERENCES patients(id) ON DELETE SET NULL,"
                            " direction TEXT NOT NULL,"
                            " body TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " sid TEXT UNIQUE,"
                            " error_code INTEGER,"
                            " error_message TEXT,"
                            " from_number TEXT,"
                            " to_number TEXT,"
                            " messaging_service_sid TEXT,"
                            " segments INTEGER NOT NULL DEFAULT 0,"
                            " price TEXT,"
                            " created_at TEXT NOT NULL,"
                            " sent_at TEXT,"
                            " updated_at TEXT NOT NULL,"
                            " scheduled_for TEXT,"
                            " read_at TEXT,"
                            " is_demo INTEGER NOT NULL DEFAULT 0,"
                            " claimed_by TEXT,"
                            " claimed_at TEXT,"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " next_attempt_at TEXT)"),
             QStringLiteral("CREATE INDEX messages_by_thread ON messages (patient_id, created_at, id)"),
             QStringLiteral("CREATE INDEX messages_by_status ON messages (status, direction)"),
             QStringLiteral("CREATE INDEX messages_by_direction_sent ON messages (direction, sent_at)"),
             QStringLiteral("CREATE INDEX messages_unread ON messages (direction, read_at, patient_id)"),
             QStringLiteral("CREATE INDEX messages_by_from ON messages (from_number)"),
             // Bumped by every messages write (any process): the GUI's cheap "did anything change?" check.
             QStringLiteral("CREATE TABLE messages_version (version BIGINT NOT NULL)"),
             QStringLiteral("INSERT INTO messages_version (version) VALUES (0)"),
             // What the poller last achieved, shared by the GUI and the CLI.
             QStringLiteral("CREATE TABLE messaging_state (name TEXT PRIMARY KEY, value TEXT)"),
             // The demo transport's simulated Twilio (only used without credentials).
             QStringLiteral("CREATE TABLE demo_twilio_messages ("
                            " sid TEXT PRIMARY KEY,"
                            " direction TEXT NOT NULL,"
                            " from_number TEXT,"
                            " to_number TEXT NOT NULL,"
                            " body TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " canceled INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX demo_twilio_by_to ON demo_twilio_messages (to_number, created_at)"),
         }},
        {3,
         QStringLiteral("covering indexes for patient search"),
         {
             // Each search key carries the name order with it, so a search sorts index entries only and reads
             // table rows just for the page it shows (a prefix like "41" or "m" matches thousands of patients).
             QStringLiteral("DROP INDEX patients_by_first"),
             QStringLiteral("DROP INDEX patients_by_phone"),
             QStringLiteral("DROP INDEX patients_by_national"),
             QStringLiteral("DROP INDEX patients_by_reversed"),
             QStringLiteral("CREATE INDEX patients_by_first ON patients (first_key, last_key, id)"),
             QStringLiteral("CREATE INDEX patients_by_phone ON patients (phone_digits, last_key, first_key, id)"),
             QStringLiteral("CREATE INDEX patients_by_national ON patients (phone_national, last_key, first_key, id)"),
             QStringLiteral("CREATE INDEX patients_by_reversed ON patients (phone_reversed, last_key, first_key, id)"),
         }},
        {4,
         QStringLiteral("one outbox for every channel and send time"),
         {
             // A queued item says how it travels (sms now, email next), why it exists (a chat, an intake form, an
             // appointment reminder, with a reference to that record), when it may go out from this desk
             // (due_at; scheduled_for is Twilio's own scheduling) and after when it is no longer worth sending.
             QStringLiteral("ALTER TABLE messages ADD COLUMN channel TEXT NOT NULL DEFAULT 'sms'"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN purpose TEXT NOT NULL DEFAULT 'chat'"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN purpose_ref TEXT"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN due_at TEXT"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN expires_at TEXT"),
             QStringLiteral("CREATE INDEX messages_by_purpose ON messages (purpose, purpose_ref)"),
         }},
        {5,
         QStringLiteral("settling lost answers on Twilio's clock, per-row back-off"),
         {
             // When the create was attempted by Twilio's clock (the desk's own may be off by an hour), how many
             // lookups have missed a message whose answer was lost, and the row's own failures (next_attempt_at,
             // already there, is when it is tried again): one failing row never holds back the others.
             QStringLiteral("ALTER TABLE messages ADD COLUMN claimed_at_twilio TEXT"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN lookups INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN row_failures INTEGER NOT NULL DEFAULT 0"),
         }},
    };
    return migrations;
}

} // namespace cd
