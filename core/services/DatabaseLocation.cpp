#include "core/services/DatabaseLocation.h"

#include "core/secrets/SecretStore.h"
#include "core/services/DataLocation.h"
#include "core/settings/AppSettings.h"

namespace cd {

std::optional<PostgresTarget::Fields> storedDatabaseFields()
{
    const QString host = AppSettings::value(SettingKeys::DatabaseHost).toString().trimmed();
    if (host.isEmpty())
        return std::nullopt;
    PostgresTarget::Fields fields;
    fields.host = host;
    fields.port = AppSettings::value(SettingKeys::DatabasePort).toInt();
    fields.database = AppSettings::value(SettingKeys::DatabaseName).toString();
    fields.user = AppSettings::value(SettingKeys::DatabaseUser).toString();
    fields.tls = AppSettings::value(SettingKeys::DatabaseTls).toString();
    fields.caFile = AppSettings::value(SettingKeys::DatabaseCaFile).toString();
    return fields;
}

Result<DatabaseTarget> resolveDatabaseTarget(const QString &commandLineUrl, const QString &dataDir,
                                             SecretStore *secrets)
{
    QString url = commandLineUrl.trimmed();
    if (url.isEmpty())
        url = qEnvironmentVariable("CLINICDESK_DATABASE_URL").trimmed();
    std::optional<PostgresTarget::Fields> fields;
    if (url.isEmpty())
        fields = storedDatabaseFields();
    if (url.isEmpty() && !fields) // the older single-address setting, still honoured
        url = AppSettings::value(SettingKeys::DatabaseUrl).toString().trimmed();
    if (url.isEmpty() && !fields)
        return DatabaseTarget::sqlite(databaseFileIn(dataDir));

    auto target = fields ? PostgresTarget::fromFields(*fields) : PostgresTarget::fromUrl(url);
    if (!target)
        return target.error();
    const QString fromEnvironment = qEnvironmentVariable("CLINICDESK_DATABASE_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        target->password = fromEnvironment;
    } else if (secrets) {
        // No keychain (a server without a desktop session) is not an error here: libpq may still sign in with
        // ~/.pgpass or a trusted local method, and if it cannot, the connection error says a password is needed.
        auto stored = readSecretBlocking(*secrets, SecretKeys::DatabasePassword);
        if (stored && *stored)
            target->password = **stored;
    }
    return DatabaseTarget::server(*target);
}

} // namespace cd
