#include "core/storage/Database.h"
#include "core/storage/Migrations.h"

#include "tests/support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cd;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes a database file by hand with raw SQL, as an older (or newer) ClinicDesk would have left it.
void writeFixture(const QString &path, const QString &sqlFile)
{
    QFile script(sqlFile);
    QVERIFY(script.open(QIODevice::ReadOnly));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const QStringList statements = QString::fromUtf8(script.readAll()).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text() + QStringLiteral(": ") + statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseIsAtLatestSchemaWithWalAndForeignKeys()
    {
        test::TestEnvironment env;
        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);

        auto mode = (*db)->exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.ok() && mode->next());
        QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
        auto sync = (*db)->exec(QStringLiteral("PRAGMA synchronous"));
        QVERIFY(sync.ok() && sync->next());
        QCOMPARE(sync->value(0).toInt(), 2); // FULL
        auto fk = (*db)->exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.ok() && fk->next());
        QCOMPARE(fk->value(0).toInt(), 1);
    }

    void reopeningDoesNotMigrateTwice()
    {
        test::TestEnvironment env;
        {
            auto db = Database::openSqlite(env.databaseFile());
            QVERIFY(db.ok());
        }
        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY(db.ok());
        auto rows = (*db)->exec(QStringLiteral("SELECT count(*) FROM schema_version"));
        QVERIFY(rows.ok() && rows->next());
        QCOMPARE(rows->value(0).toInt(), int(schemaMigrations().size()));
    }

    void upgradesAnOlderDatabaseKeepingItsPatients()
    {
        test::TestEnvironment env;
        writeFixture(env.databaseFile(), test::testDataPath(QStringLiteral("schema-v1.sql")));
        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        auto names = (*db)->exec(QStringLiteral("SELECT first_name FROM patients ORDER BY id"));
        QVERIFY(names.ok());
        QStringList found;
        while (names->next())
            found << names->value(0).toString();
        QCOMPARE(found, QStringList({QStringLiteral("Ana"), QStringLiteral("Björn")}));
    }

    void refusesANewerSchemaAndWritesNothing()
    {
        test::TestEnvironment env;
        writeFixture(env.databaseFile(), test::testDataPath(QStringLiteral("schema-future.sql")));
        const QByteArray before = fileHash(env.databaseFile());
        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("db.too-new"));
        QVERIFY(db.error().message.contains(QStringLiteral("newer version")));
        QVERIFY(db.error().message.contains(env.databaseFile()));
        QCOMPARE(fileHash(env.databaseFile()), before);
        QVERIFY(!QFile::exists(env.databaseFile() + QStringLiteral("-wal")));
    }

    void corruptFileIsNamedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("first,last\nAna,Diaz\n");
        // The length comes from the literal (it holds a NUL): a hand-counted 40 read past its end (found by ASan).
        static constexpr char damagedHeader[] = "SQLite format 3\0garbagegarbagegarbage";
        QTest::newRow("damaged header") << QByteArray(damagedHeader, sizeof(damagedHeader) - 1).append(4096, '\x7f');
    }
    void corruptFileIsNamedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        test::TestEnvironment env;
        QFile file(env.databaseFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = fileHash(env.databaseFile());

        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("db.corrupt"));
        QVERIFY2(db.error().message.contains(env.databaseFile()), qPrintable(db.error().message));
        QCOMPARE(fileHash(env.databaseFile()), before);
        QVERIFY(QFile::exists(env.databaseFile()));
    }

    void unreadableFileIsReported()
    {
        if (geteuid() == 0)
            QSKIP("root can read any file; permission checks cannot be observed");
        test::TestEnvironment env;
        QFile file(env.databaseFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(env.databaseFile()));
    }

    void failedWriteRollsBack()
    {
        test::TestEnvironment env;
        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY(db.ok());
        auto result = (*db)->write([](QSqlDatabase &tx) -> Status<> {
            auto inserted =
                Database::exec(tx, QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES ('t', 'me', 'x')"));
            if (!inserted)
                return inserted.error();
            return makeError(QStringLiteral("test"), QStringLiteral("abort"));
        });
        QVERIFY(!result.ok());
        auto rows = (*db)->exec(QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(rows.ok() && rows->next());
        QCOMPARE(rows->value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
