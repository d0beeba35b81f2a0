#pragma once

#include "app/cli/Cli.h"

namespace cd::cli {

// db status: which database, its engine, versions, TLS, connection and the poller lease.
int dbStatus(Context &sub);
// db migrate --to URL: copies this desk's SQLite database to an empty clinic server, then verifies.
int dbMigrate(Context &sub);
// For the file-only commands (backup, restore, check): refuses with what to use instead when the database is
// the clinic's server. Returns true when the command may go on.
bool requireSqliteFile(Context &sub);

} // namespace cd::cli
