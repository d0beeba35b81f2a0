#include "core/desks/ClinicSettingsStore.h"

#include "core/audit/AuditIdentity.h"
#include "core/common/Clock.h"
#include "core/settings/SettingsService.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcClinicSettings, "clinicdesk.clinicsettings")

namespace cd {

Result<QHash<QString, QVariant>> ClinicSettingsStore::load(Database &database)
{
    auto rows = database.exec(QStringLiteral("SELECT key, value FROM clinic_settings"));
    if (!rows)
        return rows.error();
    QHash<QString, QVariant> values;
    while (rows->next())
        values.insert(rows->value(0).toString(), rows->value(1).toString());
    return values;
}

Status<> ClinicSettingsStore::save(Database &database, const QString &key, const QVariant &value)
{
    return database.write([&](QSqlDatabase &tx) -> Status<> {
        if (auto removed = Database::exec(tx, QStringLiteral("DELETE FROM clinic_settings WHERE key = ?"), {key});
            !removed)
            return removed.error();
        if (value.isValid()) {
            // Text, as the settings files keep it: "true", "48,2", a template's JSON.
            const QString text = value.typeId() == QMetaType::Bool
                                     ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                     : value.toString();
            auto stored =
                Database::exec(tx,
                               QStringLiteral("INSERT INTO clinic_settings (key, value, updated_at, "
                                              "updated_by) VALUES (?, ?, ?, ?)"),
                               {key, text, Clock::instance().nowUtc().toString(Qt::ISODate), AuditIdentity::actor()});
            if (!stored)
                return stored.error();
        }
        return Database::announce(tx, QStringLiteral("settings"));
    });
}

void ClinicSettingsStore::attach(const std::shared_ptr<Database> &database)
{
    if (!database || database->backend() != Database::Backend::Postgres)
        return;
    auto values = load(*database);
    if (!values) {
        qCWarning(lcClinicSettings) << "clinic settings not read:" << values.error().code;
        return;
    }
    std::weak_ptr<Database> weak = database;
    SettingsService::instance().attachClinic(
        [weak](const QString &key, const QVariant &value) -> Status<> {
            auto db = weak.lock();
            if (!db)
                return makeError(QStringLiteral("settings.write-failed"),
                                 QStringLiteral("the clinic database is closed"));
            if (auto saved = save(*db, key, value); !saved)
                return saved;
            reload(*db);
            return Ok{};
        },
        *values);
}

void ClinicSettingsStore::detach()
{
    SettingsService::instance().attachClinic({}, {});
}

void ClinicSettingsStore::reload(Database &database)
{
    auto values = load(database);
    if (!values) {
        qCInfo(lcClinicSettings) << "clinic settings not re-read:" << values.error().code;
        return;
    }
    SettingsService::instance().setClinicValues(*values);
}

} // namespace cd
