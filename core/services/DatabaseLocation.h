#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseTarget.h"

namespace cd {

class SecretStore;

// Which database this process opens: --database URL, else CLINICDESK_DATABASE_URL, else the "storage/databaseUrl"
// setting (IT can provision or lock it), else the SQLite file in `dataDir`. For a server, the password comes from
// CLINICDESK_DATABASE_PASSWORD, else the keychain (`secrets`, when given), else libpq's own ~/.pgpass.
Result<DatabaseTarget> resolveDatabaseTarget(const QString &commandLineUrl, const QString &dataDir,
                                             SecretStore *secrets = nullptr);

} // namespace cd
