#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

// Copies of the SQLite database: a consistent snapshot taken while the app runs (VACUUM INTO, which reads through
// SQLite and so includes what is still in the write-ahead log), daily ones kept for a number of days, and a
// restore that refuses while any other process has the database open.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(cd::DatabaseBackup)
public:
    // <folder of the database>/backups
    static QString backupDirFor(const QString &databaseFile);

    // Writes a snapshot to `file` (through a temporary name, so a half-written copy never carries the final name).
    // Refuses to overwrite an existing file.
    static Status<> backupTo(const Database &database, const QString &file);

    // The daily backup: when the newest file in backupDirFor() is older than 24 hours (or there is none), writes
    // clinicdesk-YYYYMMDD-HHMMSS.db there and keeps the newest `retention` daily files. Returns the new file, or
    // an empty string when none was due.
    static Result<QString> dailyIfDue(const Database &database, int retention, const QDateTime &nowUtc);
    static QStringList dailyBackups(const QString &backupDir); // newest first

    // Checks that `file` is an intact ClinicDesk database this version can open (read-only, nothing written).
    static Status<> verify(const QString &file);

    // Replaces the database with `fromFile` after verify(). Refuses while another process has the database open.
    // The current database is first copied to backupDirFor() as clinicdesk-before-restore-…, so nothing is lost.
    // Returns the path of that safety copy.
    static Result<QString> restore(const QString &databaseFile, const QString &fromFile, const QDateTime &nowUtc);

    // True when another process has this SQLite database open (its shared-memory lock is held). Connections of
    // this process are not seen.
    static Result<bool> openElsewhere(const QString &databaseFile);
};

} // namespace cd
