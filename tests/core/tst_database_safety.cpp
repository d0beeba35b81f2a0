// The database under real-world damage: a corrupted file is refused untouched and named, backups and restores
// through the real CLI, a restore refused while another process holds the database, two processes creating a new
// database at once, and a full disk that loses nothing already stored.
#include "core/patients/PatientStore.h"
#include "core/services/StartupChecks.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseBackup.h"
#include "tests/support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace cd;

namespace {

Patient draft(const QString &first)
{
    Patient p;
    p.firstName = first;
    p.lastName = QStringLiteral("Lee");
    return p;
}

QByteArray hashOf(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 patientCount(const QString &databaseFile)
{
    auto db = Database::openSqlite(databaseFile);
    if (!db)
        return -1;
    PatientStore store(*db);
    auto count = store.count();
    return count ? *count : -1;
}

// Fills a database with enough patients to span several pages, then closes it (checkpointing the log).
void seed(const QString &file, int patients, int firstNumber = 0)
{
    auto db = Database::openSqlite(file);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    PatientStore store(*db);
    for (int i = 0; i < patients; ++i)
        QVERIFY(store.create(draft(QStringLiteral("P%1").arg(firstNumber + i))));
}

// Scribbles over the cell pointers of a few b-tree pages, keeping SQLite's header and schema page.
void scribbleOverPages(const QString &databaseFile)
{
    QFile file(databaseFile);
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (int page = 2; page < 6; ++page) {
        QVERIFY(file.seek(page * 4096 + 8));
        file.write(QByteArray(1000, '\x5a'));
    }
}

QString dbChild()
{
    return QStringLiteral(DB_CHILD_PATH);
}

} // namespace

class TestDatabaseSafety : public QObject
{
    Q_OBJECT
private slots:
    void pragmasAreApplied()
    {
        test::TestEnvironment env;
        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY(db);
        QSqlDatabase connection = (*db)->connection();
        QCOMPARE(*Database::pragmaValue(connection, QStringLiteral("synchronous")), QStringLiteral("2"));
        QCOMPARE(*Database::pragmaValue(connection, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(*Database::pragmaValue(connection, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    }

    void damagedFileIsRefusedUntouchedAndNamed()
    {
        test::TestEnvironment env;
        seed(env.databaseFile(), 300);
        QVERIFY(QFileInfo(env.databaseFile()).size() > 8 * 4096);
        scribbleOverPages(env.databaseFile());
        const QByteArray before = hashOf(env.databaseFile());

        auto opened = Database::openSqlite(env.databaseFile());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("db.damaged"));
        QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(env.databaseFile())),
                 qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QLatin1String("backup")), qPrintable(opened.error().message));
        QCOMPARE(hashOf(env.databaseFile()), before);

        // The CLI says the same, exits 1, and changes nothing.
        const auto check = test::runCli(env, {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QLatin1String("damaged")), qPrintable(check.err));
        QCOMPARE(hashOf(env.databaseFile()), before);
    }

    void damageFoundAfterStartIsReportedWithoutABackup()
    {
        // The GUI opens without reading every page, and StartupChecks reads them on its thread after the first
        // frame: the damage is still named, nothing is changed, and no daily backup of the damaged file is made
        // (it would push a good one out of the retention).
        test::TestEnvironment env;
        seed(env.databaseFile(), 300);
        scribbleOverPages(env.databaseFile());
        const QByteArray before = hashOf(env.databaseFile());

        auto opened = Database::openSqlite(env.databaseFile(), Database::IntegrityCheck::Later);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        StartupChecks checks(*opened);
        QSignalSpy damaged(&checks, &StartupChecks::damaged);
        QSignalSpy finished(&checks, &StartupChecks::finished);
        checks.start(14);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(damaged.size(), 1);
        const QString message = damaged.first().at(0).toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(env.databaseFile())), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("backup")), qPrintable(message));
        QVERIFY(DatabaseBackup::dailyBackups(DatabaseBackup::backupDirFor(env.databaseFile())).isEmpty());
        opened->reset();
        QCOMPARE(hashOf(env.databaseFile()), before);
    }

    void intactFileGetsItsDailyBackupAfterTheCheck()
    {
        test::TestEnvironment env;
        seed(env.databaseFile(), 20);
        auto opened = Database::openSqlite(env.databaseFile(), Database::IntegrityCheck::Later);
        QVERIFY(opened);
        StartupChecks checks(*opened);
        QSignalSpy damaged(&checks, &StartupChecks::damaged);
        QSignalSpy finished(&checks, &StartupChecks::finished);
        checks.start(14);
        checks.start(14); // once only
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(damaged.size(), 0);
        const QStringList backups = DatabaseBackup::dailyBackups(DatabaseBackup::backupDirFor(env.databaseFile()));
        QCOMPARE(backups.size(), 1);
        QVERIFY(DatabaseBackup::verify(backups.constFirst()));
        // The main thread's connection still works after the worker closed its own.
        PatientStore store(*opened);
        QCOMPARE(*store.count(), 20);
        QVERIFY(!finished.wait(300)); // and it did not run twice
    }

    void backupAndRestoreThroughTheCli()
    {
        test::TestEnvironment env;
        seed(env.databaseFile(), 2);
        const QString copy = QDir(env.root()).filePath(QStringLiteral("copy.db"));
        const auto backup = test::runCli(env, {QStringLiteral("db"), QStringLiteral("backup"), copy});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QVERIFY(DatabaseBackup::verify(copy));
        // Outside the data folder too, the copy is the owner's alone.
        QCOMPARE(QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // A backup never overwrites a file.
        const auto again = test::runCli(env, {QStringLiteral("db"), QStringLiteral("backup"), copy});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));

        seed(env.databaseFile(), 3, 100); // 5 patients now
        QCOMPARE(patientCount(env.databaseFile()), 5);
        const auto restored =
            test::runCli(env, {QStringLiteral("db"), QStringLiteral("restore"), copy, QStringLiteral("--json")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(patientCount(env.databaseFile()), 2);
        // The database it replaced is kept, whole.
        const QString kept = QJsonDocument::fromJson(restored.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("previous_kept_in"))
                                 .toString();
        QVERIFY2(QFile::exists(kept), qPrintable(restored.out));
        QCOMPARE(patientCount(kept), 5);

        // Not a database: refused, nothing changed.
        const QString junk = QDir(env.root()).filePath(QStringLiteral("junk.db"));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write("hello");
        j.close();
        const auto refused = test::runCli(env, {QStringLiteral("db"), QStringLiteral("restore"), junk});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("not a ClinicDesk database")), qPrintable(refused.err));
        QCOMPARE(patientCount(env.databaseFile()), 2);

        const auto check = test::runCli(env, {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    }

    void restoreRefusedWhileAnotherProcessHasTheDatabaseOpen()
    {
        test::TestEnvironment env;
        seed(env.databaseFile(), 2);
        const QString copy = QDir(env.root()).filePath(QStringLiteral("copy.db"));
        {
            auto db = Database::openSqlite(env.databaseFile());
            QVERIFY(db);
            QVERIFY(DatabaseBackup::backupTo(**db, copy));
            // This process's own connection does not count as "another process".
            QCOMPARE(*DatabaseBackup::openElsewhere(env.databaseFile()), false);
        }
        QProcess holder;
        holder.start(dbChild(), {env.databaseFile(), QStringLiteral("hold")});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("OPEN"));
        QCOMPARE(*DatabaseBackup::openElsewhere(env.databaseFile()), true);
        const QByteArray before = hashOf(env.databaseFile());
        const auto refused = test::runCli(env, {QStringLiteral("db"), QStringLiteral("restore"), copy});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("open in another ClinicDesk")), qPrintable(refused.err));
        QCOMPARE(hashOf(env.databaseFile()), before);
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(*DatabaseBackup::openElsewhere(env.databaseFile()), false);
        const auto restored = test::runCli(env, {QStringLiteral("db"), QStringLiteral("restore"), copy});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    }

    void twoProcessesCreateANewDatabaseAtOnce()
    {
        for (int round = 0; round < 8; ++round) {
            test::TestEnvironment env;
            QProcess a;
            QProcess b;
            a.start(dbChild(), {env.databaseFile(), QStringLiteral("open")});
            b.start(dbChild(), {env.databaseFile(), QStringLiteral("open")});
            QVERIFY(a.waitForFinished(60000));
            QVERIFY(b.waitForFinished(60000));
            const QByteArray outA = a.readAllStandardOutput() + a.readAllStandardError();
            const QByteArray outB = b.readAllStandardOutput() + b.readAllStandardError();
            QVERIFY2(a.exitCode() == 0, outA.constData());
            QVERIFY2(b.exitCode() == 0, outB.constData());
            auto db = Database::openSqlite(env.databaseFile());
            QVERIFY(db);
            QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
            auto rows = (*db)->exec(QStringLiteral("SELECT count(*) FROM schema_version"));
            QVERIFY(rows && rows->next());
            QCOMPARE(rows->value(0).toInt(), Database::latestSchemaVersion()); // each migration recorded once
        }
    }

    void fullDiskLosesNothing()
    {
        test::TestEnvironment env;
        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY(db);
        PatientStore store(*db);
        QVERIFY(store.create(draft(QStringLiteral("Before"))));
        // A disk that fills up: SQLite may not grow the file past a few more pages (per connection).
        QSqlDatabase connection = (*db)->connection();
        const int pages = Database::pragmaValue(connection, QStringLiteral("page_count"))->toInt();
        QVERIFY(Database::exec(connection, QStringLiteral("PRAGMA max_page_count=%1").arg(pages + 3)));
        int stored = 1;
        Error failure;
        for (int i = 0; i < 2000; ++i) {
            auto created = store.create(draft(QStringLiteral("Patient %1").arg(i)));
            if (!created) {
                failure = created.error();
                break;
            }
            ++stored;
        }
        QCOMPARE(failure.code, QStringLiteral("db.full"));
        QVERIFY2(failure.message.contains(QLatin1String("full")) &&
                     failure.message.contains(QLatin1String("everything saved before is safe")),
                 qPrintable(failure.message));
        QCOMPARE(*store.count(), qint64(stored));
        QVERIFY(Database::quickCheck(connection, env.databaseFile()));
        // Space again: the next write works, and all earlier rows are still there.
        QVERIFY(Database::exec(connection, QStringLiteral("PRAGMA max_page_count=1073741823")));
        QVERIFY(store.create(draft(QStringLiteral("After"))));
        QCOMPARE(*store.count(), qint64(stored + 1));
    }

    void dailyBackupKeepsTheNewestRetentionFiles()
    {
        test::TestEnvironment env;
        seed(env.databaseFile(), 1);
        auto db = Database::openSqlite(env.databaseFile());
        QVERIFY(db);
        QDateTime day = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 5; ++i) {
            auto made = DatabaseBackup::dailyIfDue(**db, 3, day.addDays(i));
            QVERIFY2(made && !made->isEmpty(), qPrintable(made ? QString() : made.error().message));
            // Not due again the same day.
            auto notDue = DatabaseBackup::dailyIfDue(**db, 3, day.addDays(i).addSecs(3600));
            QVERIFY(notDue && notDue->isEmpty());
        }
        const QStringList kept = DatabaseBackup::dailyBackups(DatabaseBackup::backupDirFor(env.databaseFile()));
        QCOMPARE(kept.size(), 3);
        QVERIFY(kept.constFirst().endsWith(QLatin1String("clinicdesk-20260305-080000.db")));
        QVERIFY(kept.constLast().endsWith(QLatin1String("clinicdesk-20260303-080000.db")));
        for (const QString &file : kept)
            QVERIFY(DatabaseBackup::verify(file));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSafety)
#include "tst_database_safety.moc"
