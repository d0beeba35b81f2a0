#pragma once

#include "core/common/Result.h"
#include "core/storage/DatabaseTarget.h"

#include <optional>

namespace cd {

class SecretStore;

// Which database this process opens: --database URL, else CLINICDESK_DATABASE_URL, else the shared database fields
// of Settings (storage/databaseHost and the rest; IT can provision or lock each), else the older single-address
// setting storage/databaseUrl, else the SQLite file in `dataDir`. For a server, the password comes from
// CLINICDESK_DATABASE_PASSWORD, else the keychain (`secrets`, when given), else libpq's own ~/.pgpass.
// The stored server fields, when a server host is set (empty host: this computer only).
std::optional<PostgresTarget::Fields> storedDatabaseFields();

Result<DatabaseTarget> resolveDatabaseTarget(const QString &commandLineUrl, const QString &dataDir,
                                             SecretStore *secrets = nullptr);

} // namespace cd
