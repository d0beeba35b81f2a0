#include "core/storage/DatabaseBackup.h"

#include "core/security/OwnerOnlyFiles.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcBackup, "clinicdesk.backup")

namespace cd {

namespace {

const QString kDailyPrefix = QStringLiteral("clinicdesk-");
constexpr int kDailyNameLength = 11 + 15 + 3; // clinicdesk- + YYYYMMDD-HHMMSS + .db

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString stamp(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// A read-only connection of its own to `file`, closed when `work` returns.
template <typename Work>
auto withReadOnlyConnection(const QString &file, Work work) -> decltype(work(std::declval<QSqlDatabase &>()))
{
    const QString name = QStringLiteral("clinicdesk-verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    decltype(work(std::declval<QSqlDatabase &>())) result = makeError(QStringLiteral("db.unreadable"), QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            result = makeError(QStringLiteral("db.unreadable"),
                               DatabaseBackup::tr("Cannot open %1: %2").arg(native(file), db.lastError().text()));
        else
            result = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            code);
    if (code && error)
        *error = QString::fromLocal8Bit(code.message().c_str());
    return !code;
}

} // namespace

QString DatabaseBackup::backupDirFor(const QString &databaseFile)
{
    return QFileInfo(databaseFile).absoluteDir().filePath(QStringLiteral("backups"));
}

Status<> DatabaseBackup::backupTo(const Database &database, const QString &file)
{
    const QFileInfo target(file);
    if (target.exists())
        return makeError(QStringLiteral("backup.exists"),
                         tr("%1 already exists; choose a new file name for the backup.").arg(native(file)));
    if (!QDir().mkpath(target.absolutePath()))
        return makeError(QStringLiteral("backup.no-directory"),
                         tr("Cannot create the folder %1 for the backup.").arg(native(target.absolutePath())));
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    ScopedOwnerOnlyUmask ownerOnly; // a copy of every patient's data: 0600 wherever IT writes it, not the umask's 0644
    if (auto done = database.exec(QStringLiteral("VACUUM INTO ?"), {partial}); !done) {
        QFile::remove(partial);
        return makeError(done.error().code == QLatin1String("db.full") ? QStringLiteral("db.full")
                                                                       : QStringLiteral("backup.failed"),
                         tr("The backup to %1 failed: %2").arg(native(file), done.error().message));
    }
    QString error;
    if (!replaceFile(partial, target.absoluteFilePath(), &error)) {
        QFile::remove(partial);
        return makeError(QStringLiteral("backup.failed"), tr("The backup to %1 failed: %2").arg(native(file), error));
    }
    qCInfo(lcBackup) << "backup written" << file;
    return Ok{};
}

QStringList DatabaseBackup::dailyBackups(const QString &backupDir)
{
    QStringList daily;
    const QStringList names = QDir(backupDir).entryList(QStringList{QString(kDailyPrefix + QStringLiteral("*.db"))},
                                                        QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        // Only the daily ones (a safety copy before a restore is never pruned).
        if (name.size() == kDailyNameLength && name.at(kDailyPrefix.size()).isDigit())
            daily << QDir(backupDir).filePath(name);
    }
    return daily;
}

Result<QString> DatabaseBackup::dailyIfDue(const Database &database, int retention, const QDateTime &nowUtc)
{
    const QString dir = backupDirFor(database.location());
    const QStringList existing = dailyBackups(dir);
    if (!existing.isEmpty()) {
        const QString newest = QFileInfo(existing.constFirst()).completeBaseName().mid(kDailyPrefix.size());
        QDateTime taken = QDateTime::fromString(newest, QStringLiteral("yyyyMMdd-HHmmss"));
        taken.setTimeSpec(Qt::UTC);
        // A backup dated in the future (a clock set back) does not stop backups for good.
        if (taken.isValid() && taken <= nowUtc && taken.secsTo(nowUtc) < 24 * 3600)
            return QString();
    }
    const QString file = QDir(dir).filePath(kDailyPrefix + stamp(nowUtc) + QStringLiteral(".db"));
    if (auto done = backupTo(database, file); !done)
        return done.error();
    const QStringList all = dailyBackups(dir);
    for (qsizetype i = qMax(1, retention); i < all.size(); ++i) {
        if (!QFile::remove(all.at(i)))
            qCWarning(lcBackup) << "cannot remove old backup" << all.at(i);
    }
    return file;
}

Status<> DatabaseBackup::verify(const QString &file)
{
    const QFileInfo info(file);
    if (!info.isFile())
        return makeError(QStringLiteral("backup.missing"), tr("%1 does not exist.").arg(native(file)));
    QFile raw(file);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!raw.open(QIODevice::ReadOnly) || raw.read(16) != magic)
        return makeError(QStringLiteral("backup.not-database"),
                         tr("%1 is not a ClinicDesk database.").arg(native(file)));
    raw.close();
    return withReadOnlyConnection(file, [&](QSqlDatabase &db) -> Status<> {
        if (auto checked = Database::quickCheck(db, file); !checked)
            return checked;
        auto version = Database::exec(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
        if (!version || !version->next())
            return makeError(QStringLiteral("backup.not-database"),
                             tr("%1 is not a ClinicDesk database (it has no schema version).").arg(native(file)));
        const int schema = version->value(0).toInt();
        version->finish();
        if (schema > Database::latestSchemaVersion())
            return makeError(QStringLiteral("db.too-new"),
                             tr("%1 was written by a newer version of ClinicDesk (schema %2; this version understands "
                                "up to %3).")
                                 .arg(native(file))
                                 .arg(schema)
                                 .arg(Database::latestSchemaVersion()));
        return Ok{};
    });
}

Result<bool> DatabaseBackup::openElsewhere(const QString &databaseFile)
{
#ifdef Q_OS_UNIX
    // Every SQLite connection in WAL mode holds a shared lock on byte 128 of the -shm file (the "DMS" slot of the
    // unix VFS) for as long as it is open. A write lock that would conflict tells us someone else holds it; POSIX
    // locks never conflict with this process's own, so our connections are not counted.
    const QString shm = databaseFile + QStringLiteral("-shm");
    if (!QFileInfo::exists(shm))
        return false;
    const int fd = ::open(QFile::encodeName(shm).constData(), O_RDWR);
    if (fd < 0)
        return makeError(QStringLiteral("db.unreadable"), tr("Cannot check whether %1 is in use.").arg(native(shm)));
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 128;
    probe.l_len = 1;
    const int rc = ::fcntl(fd, F_GETLK, &probe);
    ::close(fd);
    if (rc != 0)
        return makeError(QStringLiteral("db.unreadable"), tr("Cannot check whether %1 is in use.").arg(native(shm)));
    return probe.l_type != F_UNLCK;
#else
    Q_UNUSED(databaseFile)
    return makeError(QStringLiteral("db.unsupported"),
                     tr("Restoring from the command line is not supported on this system yet: close ClinicDesk on "
                        "every computer, then copy the backup over the database file."));
#endif
}

Result<QString> DatabaseBackup::restore(const QString &databaseFile, const QString &fromFile, const QDateTime &nowUtc)
{
    if (auto ok = verify(fromFile); !ok)
        return ok.error();
    auto busy = openElsewhere(databaseFile);
    if (!busy)
        return busy.error();
    if (*busy)
        return makeError(QStringLiteral("db.in-use"),
                         tr("The database %1 is open in another ClinicDesk (the app or a scheduled job). Close it "
                            "first; nothing was changed.")
                             .arg(native(databaseFile)));

    // Keep the current database (and its log, which may hold the latest changes) before anything is replaced.
    const QString dir = backupDirFor(databaseFile);
    const QString safety =
        QDir(dir).filePath(QStringLiteral("clinicdesk-before-restore-") + stamp(nowUtc) + QStringLiteral(".db"));
    if (!QDir().mkpath(dir))
        return makeError(QStringLiteral("backup.no-directory"),
                         tr("Cannot create the folder %1 for the backup.").arg(native(dir)));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(databaseFile + suffix) && !QFile::copy(databaseFile + suffix, safety + suffix))
            return makeError(QStringLiteral("backup.failed"),
                             tr("Could not keep a copy of the current database in %1; nothing was changed.")
                                 .arg(native(safety + suffix)));
    }

    const QString incoming = databaseFile + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(fromFile, incoming))
        return makeError(QStringLiteral("backup.failed"),
                         tr("Could not copy %1 next to the database; nothing was changed.").arg(native(fromFile)));
    // The last moment to back out: someone may have opened the database meanwhile.
    if (auto again = openElsewhere(databaseFile); !again || *again) {
        QFile::remove(incoming);
        return makeError(QStringLiteral("db.in-use"),
                         tr("The database %1 was opened by another ClinicDesk meanwhile; nothing was changed.")
                             .arg(native(databaseFile)));
    }
    // The old log belongs to the old file: it must not be replayed into the restored one.
    QFile::remove(databaseFile + QStringLiteral("-wal"));
    QFile::remove(databaseFile + QStringLiteral("-shm"));
    QString error;
    if (!replaceFile(incoming, databaseFile, &error))
        return makeError(QStringLiteral("backup.failed"),
                         tr("Could not put the backup in place (%1). The previous database is kept in %2.")
                             .arg(error, native(safety)));
    qCInfo(lcBackup) << "restored" << databaseFile << "from" << fromFile << "previous kept in" << safety;
    return safety;
}

} // namespace cd
