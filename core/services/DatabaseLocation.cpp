#include "core/services/DatabaseLocation.h"

#include "core/secrets/SecretStore.h"
#include "core/services/DataLocation.h"
#include "core/settings/AppSettings.h"

namespace cd {

Result<DatabaseTarget> resolveDatabaseTarget(const QString &commandLineUrl, const QString &dataDir,
                                             SecretStore *secrets)
{
    QString url = commandLineUrl.trimmed();
    if (url.isEmpty())
        url = qEnvironmentVariable("CLINICDESK_DATABASE_URL").trimmed();
    if (url.isEmpty())
        url = AppSettings::value(SettingKeys::DatabaseUrl).toString().trimmed();
    if (url.isEmpty())
        return DatabaseTarget::sqlite(databaseFileIn(dataDir));

    auto target = PostgresTarget::fromUrl(url);
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
