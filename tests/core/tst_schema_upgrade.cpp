// A big database made by the version before the conversation summaries (schema 7): the apps see the long update
// coming (pendingSchemaUpgrade), run it with progress (upgradeSchemaWithProgress; the CLI's line on stderr), and the
// result is the same as a plain open: current schema, summaries that agree with the messages, a working search.
#include "tests/support/PreviousSchemaDatabase.h"
#include "tests/support/TestEnvironment.h"

#include "core/messaging/MessageStore.h"
#include "core/storage/Database.h"
#include "core/storage/SchemaUpgrade.h"

#include <QtTest>

using namespace cd;
using namespace cd::test;

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

        // The GUI's open learns the same from its own connection and refuses, writing nothing, so that the update
        // can run with its window first.
        const auto refused =
            Database::openSqlite(env.databaseFile(), Database::IntegrityCheck::Later, Database::LongUpgrade::Refuse);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("db.long-upgrade"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("one-time update")),
                 qPrintable(refused.error().message));
        QCOMPARE(pendingSchemaUpgrade(env.databaseFile())->fromVersion, PreviousSchema);

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
        QVERIFY(Database::openSqlite(env.databaseFile(), Database::IntegrityCheck::BeforeOpen,
                                     Database::LongUpgrade::Refuse)); // even the GUI's, which refuses long ones
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
