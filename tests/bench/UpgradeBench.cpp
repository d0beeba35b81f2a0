// schema-upgrade: the busy clinic's database as the version before the conversation summaries left it (schema 7),
// opened by this version: the summaries and the FTS5 index built over every message, with the progress the apps
// show. Baseline in the same run: copying the file (reading and writing it once).
#include "tests/bench/Bench.h"
#include "tests/bench/BigDatabase.h"

#include "core/services/DataLocation.h"
#include "core/storage/Database.h"
#include "core/storage/SchemaUpgrade.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

using namespace cd;

QJsonObject failure(const QString &why)
{
    return {{QStringLiteral("scenario"), QStringLiteral("schema-upgrade")}, {QStringLiteral("error"), why}};
}

// Undoes schemas 8 and 9 on a copy: what a clinic running the previous version has on disk.
QString downgrade(const QString &file)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-downgrade"));
        db.setDatabaseName(file);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        for (const char *sql :
             {"DROP TRIGGER messages_fts_insert", "DROP TRIGGER messages_fts_delete",
              "DROP TRIGGER messages_fts_update", "DROP TABLE messages_fts", "DROP TABLE conversations",
              "DROP INDEX messages_by_number", "ALTER TABLE messages DROP COLUMN claimed_at_twilio",
              "ALTER TABLE messages DROP COLUMN lookups", "ALTER TABLE messages DROP COLUMN row_failures",
              "DELETE FROM schema_version WHERE version >= 8", "VACUUM"}) {
            if (!q.exec(QString::fromLatin1(sql))) {
                error = QString::fromLatin1(sql) + QStringLiteral(": ") + q.lastError().text();
                break;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-downgrade"));
    return error;
}

QJsonObject run()
{
    const QString dir = bench::bigDatabaseDir();
    if (dir.isEmpty())
        return failure(QStringLiteral("no database"));
    QTemporaryDir work(dir + QStringLiteral("-upgrade-XXXXXX"));
    const QString copy = work.filePath(QStringLiteral("clinicdesk.sqlite"));
    QElapsedTimer timer;
    timer.start();
    if (!QFile::copy(databaseFileIn(dir), copy))
        return failure(QStringLiteral("cannot copy the database"));
    const double copyMs = double(timer.nsecsElapsed()) / 1e6;
    if (const QString error = downgrade(copy); !error.isEmpty())
        return failure(error);
    const auto pending = pendingSchemaUpgrade(copy);
    if (!pending || !pending->isLong())
        return failure(QStringLiteral("the previous-schema copy does not announce a long update"));
    int ticks = 0;
    timer.restart();
    auto done = upgradeSchemaWithProgress(
        copy, [&ticks](qint64) { ++ticks; }, 100);
    const double upgradeMs = double(timer.nsecsElapsed()) / 1e6;
    if (!done)
        return failure(done.error().message);
    return {{QStringLiteral("scenario"), QStringLiteral("schema-upgrade")},
            {QStringLiteral("messages"), pending->messages},
            {QStringLiteral("from_schema"), pending->fromVersion},
            {QStringLiteral("to_schema"), pending->toVersion},
            {QStringLiteral("upgrade_ms"), qRound(upgradeMs)},
            {QStringLiteral("baseline_copy_ms"), qRound(copyMs)},
            {QStringLiteral("ratio"), qRound(upgradeMs / copyMs * 100) / 100.0},
            {QStringLiteral("progress_ticks"), ticks}};
}

const bool registered = bench::registerScenario(
    {QStringLiteral("schema-upgrade"),
     QStringLiteral("opening the big database made by the previous schema: summaries and search index built"), run});

} // namespace
