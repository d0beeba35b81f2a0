// A big database made by the version before the conversation summaries (schema 7): the apps see the long update
// coming (pendingSchemaUpgrade), run it with progress (upgradeSchemaWithProgress; the CLI's line on stderr), and the
// result is the same as a plain open: current schema, summaries that agree with the messages, a working search.
#include "tests/support/TestEnvironment.h"

#include "core/messaging/MessageStore.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SchemaUpgrade.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {

constexpr int PreviousSchema = 7;

// Every migration up to schema 7 on a raw connection, then `messages` messages over 100 patients.
bool makePreviousSchemaDatabase(const QString &file, int messages)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("previous"));
        raw.setDatabaseName(file);
        ok = raw.open();
        QSqlQuery q(raw);
        auto run = [&](const QString &sql) {
            if (ok && !q.exec(sql)) {
                qWarning() << sql << q.lastError().text();
                ok = false;
            }
        };
        run(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL, "
                           "app_version TEXT NOT NULL)"));
        for (const Migration &migration : schemaMigrations()) {
            if (migration.version > PreviousSchema)
                break;
            for (const QString &statement : migration.statements)
                run(Database::dialectFor(Database::Backend::Sqlite, statement));
        }
        run(QStringLiteral("INSERT INTO schema_version VALUES (%1, '2026-01-01', 'old')").arg(PreviousSchema));
        run(QStringLiteral("BEGIN"));
        for (int p = 1; p <= 100; ++p)
            run(QStringLiteral("INSERT INTO patients (id, first_name, last_name, created_at, updated_at, first_key, "
                               "last_key, identity_key) VALUES (%1, 'Pat', 'Old', 'x', 'x', 'pat', 'old', 'k%1')")
                    .arg(p));
        if (ok)
            ok = q.prepare(
                QStringLiteral("INSERT INTO messages (patient_id, direction, body, status, from_number, "
                               "created_at, updated_at, read_at) VALUES (?, ?, ?, 'received', ?, ?, 'x', ?)"));
        const QDateTime start(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; ok && i < messages; ++i) {
            const bool inbound = i % 2 == 0;
            q.addBindValue(1 + i % 100);
            q.addBindValue(inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"));
            q.addBindValue(i % 7 == 0 ? QStringLiteral("Running late, sorry %1").arg(i)
                                      : QStringLiteral("See you tomorrow %1").arg(i));
            q.addBindValue(QStringLiteral("+14155550100"));
            q.addBindValue(start.addSecs(60LL * i).toString(Qt::ISODateWithMs));
            q.addBindValue(inbound && i < messages - 50 ? QVariant(QStringLiteral("2026-01-01T00:00:00.000Z"))
                                                        : QVariant(QMetaType(QMetaType::QString)));
            ok = q.exec();
        }
        run(QStringLiteral("COMMIT"));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("previous"));
    return ok;
}

} // namespace

class TestSchemaUpgrade : public QObject
{
    Q_OBJECT
private slots:
    void aBigPreviousDatabaseIsUpdatedWithProgress()
    {
        TestEnvironment env;
        QVERIFY(makePreviousSchemaDatabase(env.databaseFile(), 25000));

        const auto pending = pendingSchemaUpgrade(env.databaseFile());
        QVERIFY(pending.has_value());
        QCOMPARE(pending->fromVersion, PreviousSchema);
        QCOMPARE(pending->toVersion, Database::latestSchemaVersion());
        QCOMPARE(pending->messages, qint64(25000));
        QVERIFY(pending->isLong());

        QList<qint64> ticks;
        auto done = upgradeSchemaWithProgress(
            env.databaseFile(), [&](qint64 ms) { ticks << ms; }, 5);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QVERIFY(!ticks.isEmpty());
        QCOMPARE(ticks.constFirst(), qint64(0)); // told at once, before any work is done
        QVERIFY(std::is_sorted(ticks.cbegin(), ticks.cend()));

        // Nothing left to do, and the result is what a plain open makes.
        QVERIFY(!pendingSchemaUpgrade(env.databaseFile()).has_value());
        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        MessageStore store(*db);
        QCOMPARE(store.verifySummaries().value_or(QStringList{QStringLiteral("check failed")}), QStringList());
        auto unread = store.unreadThreads();
        QVERIFY(unread);
        QVERIFY(!unread->isEmpty());
        auto found = store.search(QStringLiteral("late, sorry 24990"), 10);
        QVERIFY(found);
        QCOMPARE(found->size(), 1); // 24990 is a multiple of 7: the index was built from the old rows
    }

    void smallNewOrCurrentDatabasesSayNothing()
    {
        TestEnvironment env;
        QVERIFY(!pendingSchemaUpgrade(env.databaseFile()).has_value()); // no file yet
        QVERIFY(makePreviousSchemaDatabase(env.databaseFile(), 500));
        const auto small = pendingSchemaUpgrade(env.databaseFile());
        QVERIFY(small.has_value());
        QVERIFY(!small->isLong()); // about a second or less: the usual open does it without a word
        QVERIFY(Database::openSqlite(env.databaseFile()));
        QVERIFY(!pendingSchemaUpgrade(env.databaseFile()).has_value());
        // A file that is not a database is left to the usual open, which explains the problem.
        TestEnvironment other;
        QFile junk(other.databaseFile());
        QVERIFY(QDir().mkpath(QFileInfo(junk).absolutePath()));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        QVERIFY(!pendingSchemaUpgrade(other.databaseFile()).has_value());
    }

    void theCliSaysSoOnStandardError()
    {
        TestEnvironment env;
        QVERIFY(makePreviousSchemaDatabase(env.databaseFile(), 25000));
        auto listed = runCli(env, {QStringLiteral("messages"), QStringLiteral("search"), QStringLiteral("sorry 24990"),
                                   QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.err.contains(QStringLiteral("updating the message history (25,000 messages) to schema")),
                 qPrintable(listed.err));
        QVERIFY2(listed.err.contains(QStringLiteral("message history updated")), qPrintable(listed.err));
        QVERIFY2(listed.out.contains(QStringLiteral("Running late, sorry 24990")), qPrintable(listed.out));
        // Once: the next run is silent.
        auto again = runCli(env, {QStringLiteral("messages"), QStringLiteral("search"), QStringLiteral("sorry")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.err.contains(QStringLiteral("updating")), qPrintable(again.err));
    }
};

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "tst_schema_upgrade.moc"
