// clinicdesk-cli db status | db migrate --to URL
#include "app/cli/DbServerCommands.h"

#include "core/desks/DeskLease.h"
#include "core/messaging/SyncEngine.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/services/DatabaseLocation.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseCopier.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace cd::cli {

namespace {

QString firstValue(Database &database, const QString &sql)
{
    auto q = database.exec(sql);
    return q && q->next() ? q->value(0).toString() : QString();
}

} // namespace

bool requireSqliteFile(Context &sub)
{
    auto target = sub.databaseTarget();
    if (!target) {
        sub.fail(target.error().message);
        return false;
    }
    if (!target->isPostgres())
        return true;
    sub.fail(tr("The clinic database is on a server (%1). Back it up, restore and check it with the server's own "
                "tools: pg_dump, pg_restore, and the server's monitoring (see README, \"Shared clinic database\").")
                 .arg(target->describe()));
    return false;
}

int dbStatus(Context &sub)
{
    QCommandLineParser parser;
    if (!sub.parse(parser, tr("Show which database this desk uses: engine, versions, TLS, connection and which desk "
                              "reads Twilio for the clinic.")))
        return sub.exitCode();
    if (!parser.positionalArguments().isEmpty())
        return sub.usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    auto target = sub.databaseTarget();
    if (!target)
        return sub.fail(target.error().message);
    auto opened = Database::open(*target);
    QJsonObject status{{QStringLiteral("backend"), target->isPostgres() ? QStringLiteral("postgresql")
                                                                        : QStringLiteral("sqlite")},
                       {QStringLiteral("location"), target->describe()},
                       {QStringLiteral("connected"), opened.ok()},
                       {QStringLiteral("schema_supported"), Database::latestSchemaVersion()}};
    if (!opened) {
        status.insert(QStringLiteral("error"), opened.error().message);
    } else {
        Database &database = **opened;
        status.insert(QStringLiteral("schema_version"), database.schemaVersion());
        if (target->isPostgres()) {
            status.insert(QStringLiteral("server_version"), firstValue(database, QStringLiteral("SHOW server_version")));
            auto tls = database.exec(
                QStringLiteral("SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
            const bool encrypted = tls && tls->next() && tls->value(0).toBool();
            status.insert(QStringLiteral("tls"), encrypted ? QStringLiteral("%1 %2 (%3)")
                                                                 .arg(tls->value(1).toString(),
                                                                      tls->value(2).toString(),
                                                                      target->postgres.verifiesServer()
                                                                          ? QStringLiteral("server verified")
                                                                          : QStringLiteral("server NOT verified"))
                                                           : QStringLiteral("off"));
            auto lease = DeskLease::current(database, QString::fromLatin1(SyncEngine::PollerLeaseName));
            if (lease && *lease && (*lease)->remainingMs > 0)
                status.insert(QStringLiteral("poller"), QJsonObject{{QStringLiteral("desk"), (*lease)->label},
                                                                    {QStringLiteral("epoch"), (*lease)->epoch},
                                                                    {QStringLiteral("expires_in_ms"),
                                                                     (*lease)->remainingMs}});
            else
                status.insert(QStringLiteral("poller"), QJsonValue());
        } else {
            status.insert(QStringLiteral("server_version"),
                          QString(QStringLiteral("SQLite ") +
                                  firstValue(database, QStringLiteral("SELECT sqlite_version()"))));
            status.insert(QStringLiteral("tls"), QStringLiteral("not applicable (a file on this computer)"));
        }
    }
    if (sub.json()) {
        sub.printJson(status);
    } else {
        QTextStream &out = sub.out();
        out << tr("Database:        %1").arg(status.value(QStringLiteral("location")).toString()) << '\n'
            << tr("Engine:          %1")
                   .arg(target->isPostgres() ? tr("PostgreSQL (shared clinic database)")
                                             : tr("SQLite (this computer only)"))
            << '\n'
            << tr("Connection:      %1").arg(opened ? tr("connected") : tr("NOT connected")) << '\n';
        if (!opened) {
            out << tr("Error:           %1").arg(opened.error().message) << '\n';
        } else {
            out << tr("Server version:  %1").arg(status.value(QStringLiteral("server_version")).toString()) << '\n'
                << tr("Schema version:  %1 (this ClinicDesk understands up to %2)")
                       .arg(status.value(QStringLiteral("schema_version")).toInt())
                       .arg(Database::latestSchemaVersion())
                << '\n'
                << tr("TLS:             %1").arg(status.value(QStringLiteral("tls")).toString()) << '\n';
            if (target->isPostgres()) {
                const QJsonObject poller = status.value(QStringLiteral("poller")).toObject();
                out << tr("Twilio poller:   %1")
                           .arg(poller.isEmpty() ? tr("none right now (the next desk to check takes it)")
                                                 : tr("%1 (lease epoch %2)")
                                                       .arg(poller.value(QStringLiteral("desk")).toString())
                                                       .arg(poller.value(QStringLiteral("epoch")).toInteger()))
                    << '\n';
            }
        }
        out.flush();
    }
    return opened ? Success : Failure;
}

int dbMigrate(Context &sub)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), tr("The clinic's empty PostgreSQL database."), QStringLiteral("URL"));
    parser.addOption(to);
    if (!sub.parse(parser, tr("Copy this desk's database (SQLite) to the clinic's shared PostgreSQL database, then "
                              "verify row counts and checksums. The SQLite file is only read; a server that already "
                              "holds data is refused.")))
        return sub.exitCode();
    if (!parser.isSet(to))
        return sub.usageError(tr("give the server with --to postgresql://USER@HOST/DATABASE."));
    auto source = sub.databaseTarget();
    if (!source)
        return sub.fail(source.error().message);
    if (source->isPostgres())
        return sub.fail(tr("This desk already uses the clinic database %1: there is nothing to move. Use --data-dir "
                           "to name the folder of the SQLite database to copy.")
                            .arg(source->describe()));
    KeychainSecretStore keychain;
    auto destination = resolveDatabaseTarget(parser.value(to), sub.dataDir(), &keychain);
    if (!destination)
        return sub.fail(destination.error().message);
    auto from = Database::open(*source);
    if (!from)
        return sub.fail(from.error().message);
    auto into = Database::open(*destination);
    if (!into)
        return sub.fail(into.error().message);

    QElapsedTimer clock;
    clock.start();
    const QLocale locale;
    const bool bar = !sub.json();
    auto copied = DatabaseCopier::copy(**from, **into, [&](const QString &table, qint64 done, qint64 total) {
        if (!bar)
            return;
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        const int filled = percent / 5;
        sub.err() << '\r' << table.leftJustified(26) << " ["
                  << QString(filled, QLatin1Char('#')) << QString(20 - filled, QLatin1Char('.')) << "] "
                  << locale.toString(done) << " / " << locale.toString(total) << "   ";
        sub.err().flush();
    });
    if (bar)
        sub.err() << Qt::endl;
    if (!copied)
        return sub.fail(copied.error().message);
    const double seconds = double(clock.elapsed()) / 1000.0;
    qint64 rows = 0;
    QJsonArray tables;
    for (const DatabaseCopier::TableReport &table : std::as_const(*copied)) {
        rows += table.rows;
        tables.append(QJsonObject{{QStringLiteral("table"), table.table},
                                  {QStringLiteral("rows"), table.rows},
                                  {QStringLiteral("checksum"), table.checksum}});
    }
    if (sub.json()) {
        sub.printJson(QJsonObject{{QStringLiteral("to"), destination->describe()},
                                  {QStringLiteral("rows"), rows},
                                  {QStringLiteral("seconds"), seconds},
                                  {QStringLiteral("verified"), true},
                                  {QStringLiteral("tables"), tables}});
    } else {
        sub.out() << tr("Copied and verified %1 rows in %2 tables in %3 s (row counts and checksums match). The "
                        "SQLite file was not changed. Point every desk at the server: Settings > Storage, or "
                        "clinicdesk-cli config set storage/databaseUrl \"%4\".")
                         .arg(locale.toString(rows))
                         .arg(copied->size())
                         .arg(locale.toString(seconds, 'f', 1), destination->describe())
                  << Qt::endl;
    }
    return Success;
}

} // namespace cd::cli
