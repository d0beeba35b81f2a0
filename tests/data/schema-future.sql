-- A database written by a future ClinicDesk: this build must refuse it untouched.
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL, app_version TEXT NOT NULL);
INSERT INTO schema_version VALUES (1, '2026-01-10T09:00:00.000Z', '0.1.0');
INSERT INTO schema_version VALUES (999, '2030-01-10T09:00:00.000Z', '9.0.0');
CREATE TABLE future_things (id INTEGER PRIMARY KEY);
