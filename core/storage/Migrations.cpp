#include "storage/Migrations.h"

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
                            " first_key TEXT NOT NULL,"
                            " last_key TEXT NOT NULL,"
                            " phone_digits TEXT,"
                            " phone_national TEXT,"
                            " phone_reversed TEXT,"
                            " identity_key TEXT NOT NULL)"),
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
    };
    return migrations;
}

} // namespace cd
