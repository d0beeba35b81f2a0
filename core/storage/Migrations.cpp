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
         QStringLiteral("intake form sends"),
         {
             // One row per form sent. The SMS is an ordinary outbox message (purpose intake_form, purpose_ref = this
             // id); the e-mail's state lives here (SendGrid cannot be looked up: a lost answer stays "unknown").
             QStringLiteral("CREATE TABLE intake_sends ("
                            " id {{pk}},"
                            " patient_id INTEGER REFERENCES patients(id) ON DELETE SET NULL,"
                            " template_name TEXT NOT NULL,"
                            " language TEXT NOT NULL,"
                            " channel TEXT NOT NULL,"
                            " token TEXT NOT NULL UNIQUE,"
                            " link TEXT NOT NULL,"
                            " status_url TEXT,"
                            " sms_text TEXT NOT NULL,"
                            " sms_error TEXT,"
                            " email_to TEXT,"
                            " email_subject TEXT,"
                            " email_text TEXT,"
                            " email_html TEXT,"
                            " email_status TEXT NOT NULL DEFAULT 'none',"
                            " email_message_id TEXT,"
                            " email_error TEXT,"
                            " email_attempts INTEGER NOT NULL DEFAULT 0,"
                            " email_attempted_at TEXT,"
                            " email_next_attempt_at TEXT,"
                            " created_at TEXT NOT NULL,"
                            " created_by TEXT NOT NULL,"
                            " completed_at TEXT,"
                            " completed_by TEXT,"
                            " canceled_at TEXT,"
                            " canceled_by TEXT,"
                            " followup_at TEXT,"
                            " status_checked_at TEXT,"
                            " is_demo INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX intake_sends_by_patient ON intake_sends (patient_id, created_at, id)"),
             QStringLiteral("CREATE INDEX intake_sends_by_email ON intake_sends (email_status)"),
         }},
        {6,
         QStringLiteral("staff accounts; a tamper-evident audit trail"),
         {
             // Who is at the desk: a PIN per staff account, hashed (PBKDF2-SHA256, per-account salt), and the
             // failed attempts that lock the account for a growing delay.
             QStringLiteral("CREATE TABLE staff ("
                            " id {{pk}},"
                            " display_name TEXT NOT NULL,"
                            " name_key {{key}} NOT NULL UNIQUE,"
                            " role TEXT NOT NULL,"
                            " pin_salt TEXT NOT NULL,"
                            " pin_hash TEXT NOT NULL,"
                            " pin_iterations INTEGER NOT NULL,"
                            " disabled INTEGER NOT NULL DEFAULT 0,"
                            " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                            " lockouts INTEGER NOT NULL DEFAULT 0,"
                            " locked_until TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             // Every audit row names the staff account, the OS account and the host, and chains to the row before
             // it (row_hash = SHA-256 of prev_hash and the row's canonical content; see core/audit/AuditChain).
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN staff TEXT"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN os_user TEXT"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN host TEXT"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN prev_hash TEXT"),
             QStringLiteral("ALTER TABLE audit_log ADD COLUMN row_hash TEXT"),
             QStringLiteral("CREATE INDEX audit_by_time ON audit_log (at)"),
             // Append-only: the database itself refuses to change or remove a row.
             QStringLiteral("{{sqlite}}CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
             QStringLiteral("{{sqlite}}CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
             QStringLiteral("{{postgres}}CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                            "$$BEGIN RAISE EXCEPTION 'audit_log is append-only'; END$$"),
             QStringLiteral("{{postgres}}CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                            "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()"),
         }},
        {7,
         QStringLiteral("appointments and their notifications"),
         {
             // start_utc is the instant; time_zone is the IANA zone it was booked in (what the desk typed).
             QStringLiteral("CREATE TABLE appointments ("
                            " id {{pk}},"
                            " patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,"
                            " start_utc TEXT NOT NULL,"
                            " time_zone TEXT NOT NULL,"
                            " duration_min INTEGER NOT NULL DEFAULT 30,"
                            " provider TEXT,"
                            " location TEXT,"
                            " reason TEXT,"
                            " status TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX appointments_by_patient ON appointments (patient_id, start_utc)"),
             QStringLiteral("CREATE INDEX appointments_by_start ON appointments (start_utc)"),
             // The plan: one row per confirmation / reminder / notice. A row becomes an outbox message (message_id)
             // only when it is released (claimed_by: the one process that releases it).
             QStringLiteral("CREATE TABLE appointment_notifications ("
                            " id {{pk}},"
                            " appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,"
                            " kind TEXT NOT NULL,"
                            " offset_minutes INTEGER,"
                            " ideal_utc TEXT NOT NULL,"
                            " due_utc TEXT,"
                            " state TEXT NOT NULL,"
                            " via TEXT,"
                            " reason TEXT,"
                            " message_id INTEGER,"
                            " attempt INTEGER NOT NULL DEFAULT 0,"
                            " claimed_by TEXT,"
                            " claimed_at TEXT,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX appointment_notifications_by_state ON appointment_notifications (state, "
                            "due_utc)"),
             QStringLiteral("CREATE INDEX appointment_notifications_by_appointment ON appointment_notifications "
                            "(appointment_id)"),
             // A C/R reply: the appointment it applied to, or none yet (several were pending: staff choose).
             QStringLiteral("CREATE TABLE appointment_replies ("
                            " id {{pk}},"
                            " message_id INTEGER NOT NULL UNIQUE,"
                            " patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,"
                            " action TEXT NOT NULL,"
                            " appointment_id INTEGER REFERENCES appointments(id) ON DELETE CASCADE,"
                            " created_at TEXT NOT NULL,"
                            " resolved_at TEXT)"),
             QStringLiteral("CREATE INDEX appointment_replies_open ON appointment_replies (resolved_at)"),
         }},
        {8,
         QStringLiteral("conversation summaries and message search"),
         {
             // One row per conversation (a patient, or an unmatched number): its latest message and unread count,
             // kept by MessageStore in the same transaction as the messages, so lists never group the messages.
             QStringLiteral("CREATE TABLE conversations ("
                            " conv_key TEXT PRIMARY KEY,"
                            " patient_id INTEGER,"
                            " from_number TEXT,"
                            " last_message_id INTEGER NOT NULL,"
                            " last_at TEXT NOT NULL,"
                            " unread INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX conversations_recent ON conversations (last_at, last_message_id)"),
             QStringLiteral("CREATE INDEX conversations_unread ON conversations (last_at, last_message_id) "
                            "WHERE unread > 0"),
             // An unmatched number's latest message without sorting all of its rows.
             QStringLiteral("CREATE INDEX messages_by_number ON messages (from_number, created_at, id)"),
             // Built once for an existing database: the newest message and the unread count of each conversation.
             QStringLiteral("INSERT INTO conversations (conv_key, patient_id, from_number, last_message_id, last_at, "
                            "unread) SELECT conv_key, patient_id, from_number, id, created_at, unread FROM ("
                            " SELECT CASE WHEN patient_id IS NULL THEN 'n:' || COALESCE(from_number, '') ELSE 'p:' "
                            "|| CAST(patient_id AS TEXT) END AS conv_key, patient_id,"
                            " CASE WHEN patient_id IS NULL THEN COALESCE(from_number, '') END AS from_number, id,"
                            " created_at,"
                            " SUM(CASE WHEN direction = 'inbound' AND read_at IS NULL THEN 1 ELSE 0 END) OVER w"
                            " AS unread,"
                            " ROW_NUMBER() OVER (w ORDER BY created_at DESC, id DESC) AS position"
                            " FROM messages WHERE patient_id IS NOT NULL OR direction = 'inbound'"
                            " WINDOW w AS (PARTITION BY patient_id, CASE WHEN patient_id IS NULL THEN"
                            " COALESCE(from_number, '') END)) t WHERE position = 1"),
             // Search over every body: FTS5 trigram (partial words, any script), SQLite only; kept in step by
             // triggers, so every transaction that writes messages writes the index too.
             QStringLiteral("{{sqlite}}CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', "
                            "content_rowid='id', tokenize='trigram')"),
             QStringLiteral("{{sqlite}}INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')"),
             QStringLiteral("{{sqlite}}CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
                            "INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body); END"),
             QStringLiteral("{{sqlite}}CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
                            "INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, "
                            "old.body); END"),
             QStringLiteral("{{sqlite}}CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages "
                            "BEGIN INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, "
                            "old.body); INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body); END"),
         }},
        {9,
         QStringLiteral("settling lost answers on Twilio's clock, per-row back-off"),
         {
             // When the create was attempted by Twilio's clock (the desk's own may be off by an hour), how many
             // lookups have missed a message whose answer was lost, and the row's own failures (next_attempt_at,
             // already there, is when it is tried again): one failing row never holds back the others.
             QStringLiteral("ALTER TABLE messages ADD COLUMN claimed_at_twilio TEXT"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN lookups INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN row_failures INTEGER NOT NULL DEFAULT 0"),
         }},
        {10,
         QStringLiteral("several desks: leases, presence, history search on PostgreSQL"),
         {
             // One holder per job across desks (the Twilio poller): an expiry on the database's clock, never a
             // desk's, and an epoch that grows with each new holder, written with what the holder does (fencing).
             QStringLiteral("CREATE TABLE desk_leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, holder_label "
                            "TEXT NOT NULL, epoch BIGINT NOT NULL, acquired_ms BIGINT NOT NULL, expires_ms BIGINT "
                            "NOT NULL)"),
             // Who is in which conversation right now (typing, just replied), so two people do not answer the same
             // patient. Short-lived: rows older than a minute mean nothing.
             QStringLiteral("CREATE TABLE desk_presence (desk TEXT NOT NULL, patient_id BIGINT NOT NULL, staff TEXT "
                            "NOT NULL, activity TEXT NOT NULL, at_ms BIGINT NOT NULL, PRIMARY KEY (desk, patient_id))"),
             QStringLiteral("CREATE INDEX desk_presence_by_patient ON desk_presence (patient_id, at_ms)"),
             // The server's history search: trigram index for ILIKE (SQLite has FTS5 instead). pg_trgm is a trusted
             // extension: the database owner may create it.
             QStringLiteral("{{postgres}}CREATE EXTENSION IF NOT EXISTS pg_trgm"),
             QStringLiteral("{{postgres}}CREATE INDEX messages_body_trgm ON messages USING gin (body gin_trgm_ops)"),
         }},
        {11,
         QStringLiteral("MMS media, shared-number routing"),
         {
             // num_media as Twilio reported it; media_listed once its Media list is stored (until then the poller
             // asks again, so a failure never loses a photo); filed_shared: routed among several patients with one
             // number (the bubble says so and offers to move it).
             QStringLiteral("ALTER TABLE messages ADD COLUMN num_media INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN media_listed INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE messages ADD COLUMN filed_shared INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE INDEX messages_media_unlisted ON messages (id) WHERE num_media > 0 AND "
                            "media_listed = 0"),
             // One row per media item; the content is a file in the data folder (owner-only), named by its sid.
             // state: pending, stored, failed (retried at next_attempt_at), too_large, refused.
             QStringLiteral("CREATE TABLE message_media ("
                            " id {{pk}},"
                            " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
                            " media_sid TEXT NOT NULL UNIQUE,"
                            " content_type TEXT NOT NULL,"
                            " uri TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " size_bytes BIGINT,"
                            " file_name TEXT,"
                            " error TEXT,"
                            " attempts INTEGER NOT NULL DEFAULT 0,"
                            " next_attempt_at TEXT,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX message_media_by_message ON message_media (message_id)"),
             QStringLiteral("CREATE INDEX message_media_due ON message_media (state, next_attempt_at)"),
         }},
        {12,
         QStringLiteral("clinic-wide settings in the shared database"),
         {
             // The clinic's policy (templates, opt-out line, consent rule, quiet hours, reminder rules) for every
             // desk of a shared server; a value as text, as in the settings files. Unused on a single desk's file.
             QStringLiteral("CREATE TABLE clinic_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT "
                            "NOT NULL, updated_by TEXT NOT NULL)"),
         }},
        {13,
         QStringLiteral("several desks: one poll pace, send claims on the database's clock"),
         {
             // How often each desk wants replies read (a chat open: 10 s; idle: 60 s), until it expires: the desk
             // that polls for the clinic polls as often as the busiest desk wants, and its lease lasts that long.
             QStringLiteral("CREATE TABLE poll_pace (desk TEXT PRIMARY KEY, interval_ms BIGINT NOT NULL, expires_ms "
                            "BIGINT NOT NULL)"),
             // When a send claim runs out, on the database's clock (the server's on PostgreSQL): a desk whose own
             // clock is an hour ahead never takes another desk's fresh claim for an abandoned one.
             QStringLiteral("ALTER TABLE messages ADD COLUMN claim_expires_ms BIGINT"),
         }},
    };
    return migrations;
}

} // namespace cd
