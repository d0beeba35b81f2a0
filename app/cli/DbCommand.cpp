// clinicdesk-cli db (backup [FILE] | restore FILE | check | status | migrate --to URL)
#include "app/cli/Cli.h"
#include "app/cli/DbServerCommands.h"

#include "core/common/Clock.h"
#include "core/services/DataLocation.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseBackup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace cd::cli {

namespace {

QString stampNow()
{
    return Clock::instance().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

int backup(Context &sub)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Where to write the copy (default: the backups folder)."),
                                 QStringLiteral("[FILE]"));
    if (!sub.parse(parser, tr("Copy the database, consistently, while ClinicDesk may be running.")))
        return sub.exitCode();
    if (parser.positionalArguments().size() > 1)
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().at(1)));
    if (!requireSqliteFile(sub))
        return sub.exitCode();
    auto database = sub.openDatabase();
    if (!database)
        return sub.exitCode();
    const QString file =
        parser.positionalArguments().isEmpty()
            ? QDir(DatabaseBackup::backupDirFor(database->location()))
                  .filePath(QStringLiteral("clinicdesk-manual-") + stampNow() + QStringLiteral(".db"))
            : QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    if (auto done = DatabaseBackup::backupTo(*database, file); !done)
        return sub.fail(done.error().message);
    if (sub.json())
        sub.printJson(QJsonObject{{QStringLiteral("backup"), file}});
    else
        sub.out() << tr("Backup written to %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    return Success;
}

int restore(Context &sub)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup to restore."));
    if (!sub.parse(parser, tr("Replace the database with a backup. Refused while ClinicDesk (the app or a scheduled "
                              "job) has the database open; the current database is kept in the backups folder.")))
        return sub.exitCode();
    if (parser.positionalArguments().size() != 1)
        return sub.usageError(tr("give the backup FILE to restore."));
    if (!requireSqliteFile(sub))
        return sub.exitCode();
    const QString from = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    const QString target = databaseFileIn(sub.dataDir());
    auto kept = DatabaseBackup::restore(target, from, Clock::instance().nowUtc());
    if (!kept)
        return sub.fail(kept.error().message);
    if (sub.json())
        sub.printJson(QJsonObject{{QStringLiteral("restored_from"), from}, {QStringLiteral("previous_kept_in"), *kept}});
    else
        sub.out() << tr("Restored %1 from %2. The previous database is kept in %3.")
                         .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(from),
                              QDir::toNativeSeparators(*kept))
                  << Qt::endl;
    return Success;
}

int check(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser, tr("Check the database for damage (PRAGMA quick_check), reading only.")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    if (!requireSqliteFile(sub))
        return sub.exitCode();
    const QString file = databaseFileIn(sub.dataDir());
    const auto checked = DatabaseBackup::verify(file);
    if (sub.json())
        sub.printJson(QJsonObject{{QStringLiteral("database"), file},
                                  {QStringLiteral("ok"), checked.ok()},
                                  {QStringLiteral("error"), checked ? QJsonValue() : checked.error().message}});
    if (!checked)
        return sub.json() ? Failure : sub.fail(checked.error().message);
    if (!sub.json())
        sub.out() << tr("The database %1 is intact.").arg(QDir::toNativeSeparators(file)) << Qt::endl;
    return Success;
}

int run(Context &ctx)
{
    return runSubcommand(
        ctx, {{QStringLiteral("backup"), QT_TRANSLATE_NOOP("cd::cli", "Copy the database (to FILE or the backups folder)."),
               backup},
              {QStringLiteral("restore"), QT_TRANSLATE_NOOP("cd::cli", "Replace the database with a backup FILE."),
               restore},
              {QStringLiteral("check"), QT_TRANSLATE_NOOP("cd::cli", "Check the database for damage."), check},
              {QStringLiteral("status"),
               QT_TRANSLATE_NOOP("cd::cli", "Show the database, engine, versions, TLS, connection and poller."),
               dbStatus},
              {QStringLiteral("migrate"),
               QT_TRANSLATE_NOOP("cd::cli", "Copy this desk's database to the clinic's server (--to URL)."),
               dbMigrate}});
}

const bool registered = registerCommand(
    {QStringLiteral("db"), QStringLiteral(QT_TRANSLATE_NOOP("cli", "Back up, restore, check, move or show the database.")), run});

} // namespace
} // namespace cd::cli
