// Starts the real clinicdesk executable offscreen, as a user would start it, and checks it exits cleanly;
// and that a damaged database is reported (exit 1) and left exactly as it was.
#include "tests/support/PreviousSchemaDatabase.h"
#include "tests/support/TestEnvironment.h"

#include "core/messaging/MessageStore.h"
#include "core/patients/PatientStore.h"
#include "core/services/DataLocation.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseBackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

class TestGuiLaunch : public QObject
{
    Q_OBJECT

private slots:
    void startsAndExitsCleanly();
    void damagedDatabaseIsReportedAndUntouched();
    void langForcesTheEmbeddedTranslation();
    void restoreBackupReplacesTheDatabaseAndKeepsTheOldOne();
    void aBigOlderHistoryIsUpdatedWithProgressBeforeTheWindow();

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString err;
    };
    Run launch(const cd::test::TestEnvironment &env, const QStringList &args);
};

TestGuiLaunch::Run TestGuiLaunch::launch(const cd::test::TestEnvironment &env, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment processEnv = env.processEnvironment();
    processEnv.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(processEnv);
    process.start(QStringLiteral(CLINICDESK_GUI_PATH), args);
    Run run;
    if (!process.waitForStarted(30000)) {
        run.err = process.errorString();
        return run;
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("clinicdesk did not exit within 60 s");
        return run;
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestGuiLaunch::startsAndExitsCleanly()
{
    cd::test::TestEnvironment env;
    const QString dataDir = QDir(env.root()).filePath(QStringLiteral("launch-data"));
    const Run run = launch(env, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--no-demo-offer"),
                                 QStringLiteral("--quit-after-ms"), QStringLiteral("300")});
    QVERIFY2(run.status == QProcess::NormalExit, qPrintable(run.err));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // --data-dir was used (not CLINICDESK_DATA_DIR, which the environment also sets).
    QVERIFY(QFile::exists(cd::databaseFileIn(dataDir)));
    QVERIFY(!QFile::exists(env.databaseFile()));
}

void TestGuiLaunch::damagedDatabaseIsReportedAndUntouched()
{
    cd::test::TestEnvironment env;
    QFile damaged(env.databaseFile());
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray("This is not an SQLite database, but it holds someone's data.\n").repeated(64));
    damaged.close();
    const auto hashOf = [&] {
        QFile f(env.databaseFile());
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = hashOf();

    // CLINICDESK_DATA_DIR (set by the environment) points at the damaged file. The error box closes itself.
    const Run run =
        launch(env, {QStringLiteral("--no-demo-offer"), QStringLiteral("--quit-after-ms"), QStringLiteral("300")});
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(env.databaseFile()), qPrintable(run.err)); // the message names the file
    QCOMPARE(hashOf(), before);
}

void TestGuiLaunch::langForcesTheEmbeddedTranslation()
{
    cd::test::TestEnvironment env;
    const auto helpIn = [&](const QStringList &extra) {
        QProcess process;
        QProcessEnvironment processEnv = env.processEnvironment(); // LANG=C.UTF-8: English unless --lang says otherwise
        processEnv.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(processEnv);
        process.start(QStringLiteral(CLINICDESK_GUI_PATH), extra + QStringList{QStringLiteral("--help")});
        if (!process.waitForFinished(60000))
            process.kill();
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    const QString english = helpIn({});
    QVERIFY2(english.contains(QStringLiteral("Text patients from the clinic's front desk.")), qPrintable(english));
    // The Spanish .qm is embedded in the executable (:/i18n); with --lang es the description is no longer English.
    const QString spanish = helpIn({QStringLiteral("--lang"), QStringLiteral("es")});
    QVERIFY2(!spanish.isEmpty(), "no output from --lang es --help");
    QVERIFY2(!spanish.contains(QStringLiteral("Text patients from the clinic's front desk.")), qPrintable(spanish));
    QVERIFY2(spanish.contains(QStringLiteral("--data-dir")), qPrintable(spanish));
}

void TestGuiLaunch::restoreBackupReplacesTheDatabaseAndKeepsTheOldOne()
{
    // What "Restore Backup" in the damaged-database prompt does: the app restarts with --restore-backup FILE.
    cd::test::TestEnvironment env;
    const QString backup = QDir(env.root()).filePath(QStringLiteral("five.db"));
    const auto patients = [&] {
        auto db = cd::Database::openSqlite(env.databaseFile());
        if (!db)
            return qint64(-1);
        cd::PatientStore store(*db);
        auto count = store.count();
        return count ? qint64(*count) : qint64(-1);
    };
    {
        auto db = cd::Database::openSqlite(env.databaseFile());
        QVERIFY(db);
        cd::PatientStore store(*db);
        for (int i = 0; i < 8; ++i) {
            cd::Patient p;
            p.firstName = QStringLiteral("P%1").arg(i);
            p.lastName = QStringLiteral("Lee");
            QVERIFY(store.create(p));
            if (i == 4)
                QVERIFY(cd::DatabaseBackup::backupTo(**db, backup));
        }
    }
    QCOMPARE(patients(), 8);
    const Run run = launch(env, {QStringLiteral("--no-demo-offer"), QStringLiteral("--quit-after-ms"),
                                 QStringLiteral("300"), QStringLiteral("--restore-backup"), backup});
    QCOMPARE(run.status, QProcess::NormalExit);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(patients(), 5);
    // The database as it was (8 patients) is kept beside it.
    const QDir backups(cd::DatabaseBackup::backupDirFor(env.databaseFile()));
    const QStringList kept = backups.entryList({QStringLiteral("clinicdesk-before-restore-*.db")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
}

void TestGuiLaunch::aBigOlderHistoryIsUpdatedWithProgressBeforeTheWindow()
{
    cd::test::TestEnvironment env;
    QVERIFY(cd::test::makePreviousSchemaDatabase(env.databaseFile(), 25000));
    const Run run =
        launch(env, {QStringLiteral("--no-demo-offer"), QStringLiteral("--quit-after-ms"), QStringLiteral("300")});
    QVERIFY2(run.status == QProcess::NormalExit, qPrintable(run.err));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The open refused the long step (db.long-upgrade, nothing written), the update ran with its window (it logs how
    // long it took), and the open that followed found nothing left to do.
    QVERIFY2(run.err.contains(QStringLiteral("schema update of")), qPrintable(run.err));
    auto db = cd::Database::openSqlite(env.databaseFile());
    QVERIFY(db);
    QCOMPARE((*db)->schemaVersion(), cd::Database::latestSchemaVersion());
    cd::MessageStore store(*db);
    QCOMPARE(store.verifySummaries().value_or(QStringList{QStringLiteral("check failed")}), QStringList());
}

QTEST_GUILESS_MAIN(TestGuiLaunch)
#include "tst_gui_launch.moc"
