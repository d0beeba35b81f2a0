-- A database as ClinicDesk 0.1 (schema 1) left it: the migration test upgrades it to the latest schema.
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL, app_version TEXT NOT NULL);
INSERT INTO schema_version VALUES (1, '2026-01-10T09:00:00.000Z', '0.1.0');
CREATE TABLE patients ( id INTEGER PRIMARY KEY AUTOINCREMENT, first_name TEXT NOT NULL, last_name TEXT NOT NULL, dob TEXT, phone_raw TEXT, phone_e164 TEXT, email TEXT, preferred_language TEXT, time_zone TEXT, sms_consent INTEGER NOT NULL DEFAULT 0, consent_at TEXT, consent_method TEXT, consent_recorded_by TEXT, opted_out_at TEXT, notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, first_key TEXT NOT NULL, last_key TEXT NOT NULL, phone_digits TEXT, phone_national TEXT, phone_reversed TEXT, identity_key TEXT NOT NULL);
CREATE UNIQUE INDEX patients_identity ON patients (identity_key);
CREATE INDEX patients_by_name ON patients (last_key, first_key, id);
CREATE INDEX patients_by_first ON patients (first_key);
CREATE INDEX patients_by_phone ON patients (phone_digits);
CREATE INDEX patients_by_national ON patients (phone_national);
CREATE INDEX patients_by_reversed ON patients (phone_reversed);
CREATE INDEX patients_by_dob ON patients (dob);
CREATE INDEX patients_by_e164 ON patients (phone_e164);
CREATE TABLE audit_log ( id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, patient_id INTEGER REFERENCES patients(id) ON DELETE SET NULL, details TEXT);
CREATE INDEX audit_by_patient ON audit_log (patient_id);
INSERT INTO patients (first_name, last_name, phone_raw, phone_e164, created_at, updated_at, first_key, last_key, phone_digits, phone_national, phone_reversed, identity_key) VALUES ('Ana', 'Diaz', '(415) 555-0100', '+14155550100', '2026-01-10T09:00:00.000Z', '2026-01-10T09:00:00.000Z', 'ana', 'diaz', '14155550100', '4155550100', '00105550141', 'ana|diaz||+14155550100');
INSERT INTO patients (first_name, last_name, dob, created_at, updated_at, first_key, last_key, identity_key) VALUES ('Björn', 'Lund', '1975-06-01', '2026-01-10T09:00:00.000Z', '2026-01-10T09:00:00.000Z', 'bjorn', 'lund', 'bjorn|lund|1975-06-01|');
