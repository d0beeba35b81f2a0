#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace cd {

class Database;

// Moves a single-desk clinic to the shared server: copies every table of the SQLite database into an empty,
// migrated PostgreSQL database in batches, in one transaction (a failure leaves the server empty), then verifies
// row counts and a per-table checksum read back from both. The SQLite file is only read.
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(cd::DatabaseCopier)
public:
    struct TableReport
    {
        QString table;
        qint64 rows = 0;
        QString checksum; // the sum of every row's SHA-256: the same on both sides, whatever the order
    };
    // table, rows copied so far in it, rows in it
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    static Result<QList<TableReport>> copy(Database &from, Database &to, const Progress &progress = {});
    // The tables copied, in an order that respects foreign keys (the order the migrations created them).
    static Result<QStringList> tablesOf(Database &sqlite);
    // Row count and checksum of `table` in `database`, the same computation on either backend.
    static Result<TableReport> summarize(Database &database, const QString &table, const QStringList &columns,
                                         const Progress &progress = {});
};

} // namespace cd
