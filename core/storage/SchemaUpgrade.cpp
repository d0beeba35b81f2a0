#include "core/storage/SchemaUpgrade.h"

#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSchemaUpgrade, "clinicdesk.storage.upgrade")

namespace cd {

namespace {

// Schema 8 builds the conversation summaries and the FTS5 index from every message (about a minute per million on a
// desk PC); the other steps change the schema only.
constexpr int HistoryRebuildVersion = 8;
// Below this the update takes about a second: no need to say anything.
constexpr qint64 LongUpdateMessages = 20000;

} // namespace

bool SchemaUpgrade::isLong() const
{
    return fromVersion < HistoryRebuildVersion && toVersion >= HistoryRebuildVersion && messages >= LongUpdateMessages;
}

std::optional<SchemaUpgrade> pendingSchemaUpgrade(const QString &databaseFile)
{
    if (!QFileInfo(databaseFile).isFile())
        return std::nullopt;
    const QString name = QStringLiteral("clinicdesk-upgrade-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<SchemaUpgrade> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next()) {
                SchemaUpgrade upgrade;
                upgrade.fromVersion = q.value(0).toInt();
                upgrade.toVersion = Database::latestSchemaVersion();
                q.finish();
                if (q.exec(QStringLiteral("SELECT MAX(id) FROM messages")) && q.next())
                    upgrade.messages = q.value(0).toLongLong();
                q.finish();
                if (upgrade.fromVersion < upgrade.toVersion)
                    result = upgrade;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status<> upgradeSchemaWithProgress(const QString &databaseFile, const std::function<void(qint64 elapsedMs)> &tick,
                                   int tickMs)
{
    Status<> outcome = Ok{};
    QElapsedTimer elapsed;
    elapsed.start();
    // The worker's Database (and its connection) lives and dies on the worker thread.
    std::unique_ptr<QThread> worker(QThread::create([&databaseFile, &outcome] {
        auto opened = Database::openSqlite(databaseFile);
        if (!opened)
            outcome = opened.error();
    }));
    worker->start();
    tick(0);
    while (!worker->wait(static_cast<unsigned long>(qMax(1, tickMs))))
        tick(elapsed.elapsed());
    qCInfo(lcSchemaUpgrade) << "schema update of" << databaseFile << "took" << elapsed.elapsed() << "ms"
                            << (outcome ? "" : "and failed");
    return outcome;
}

} // namespace cd
