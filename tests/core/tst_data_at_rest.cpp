// Data at rest and process hardening: owner-only data folder and files (new and existing installs), `check`
// reporting exposed files and disk encryption, secure_delete, core dumps off, and the environment overrides that
// could send credentials elsewhere or bypass IT's locks.
#include "tests/support/TestCredentials.h"
#include "tests/support/TestEnvironment.h"

#include "core/security/DiskEncryption.h"
#include "core/security/EndpointOverride.h"
#include "core/security/OwnerOnlyFiles.h"
#include "core/security/ProcessHardening.h"
#include "core/security/TestBuild.h"
#include "core/storage/Database.h"
#include "core/twilio/TwilioEndpoint.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace cd;
using namespace cd::test;

namespace {

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestDataAtRest : public QObject
{
    Q_OBJECT

private slots:
    void newInstallIsOwnerOnly()
    {
        const mode_t saved = ::umask(022); // what a desktop session usually has
        QTemporaryDir root;
        const QString dataDir = root.filePath(QStringLiteral("fresh/ClinicDesk"));
        {
            auto db = Database::openSqlite(QDir(dataDir).filePath(QStringLiteral("clinicdesk.sqlite")));
            QVERIFY(db);
            QVERIFY(db.value()->exec(QStringLiteral("INSERT INTO messaging_state (name, value) VALUES ('a', 'b')")));
            QCOMPARE(modeOf(dataDir), 0700);
            for (const QString &name : {QStringLiteral("clinicdesk.sqlite"), QStringLiteral("clinicdesk.sqlite-wal"),
                                        QStringLiteral("clinicdesk.sqlite-shm")}) {
                const QString path = QDir(dataDir).filePath(name);
                QVERIFY2(QFileInfo::exists(path), qPrintable(path));
                QCOMPARE(modeOf(path), 0600);
            }
            // Deleted data is overwritten, not left in free pages.
            auto pragma = db.value()->exec(QStringLiteral("PRAGMA secure_delete"));
            QVERIFY(pragma && pragma->next());
            QCOMPARE(pragma->value(0).toInt(), 1);
            QVERIFY(OwnerOnlyFiles::exposedPaths(dataDir).isEmpty());
        }
        QCOMPARE(::umask(saved), mode_t(022)); // the process umask is back as it was
    }

    void existingInstallIsTightenedAndCheckReportsWhatIsNot()
    {
        TestEnvironment env;
        const QString dataDir = env.dataDir();
        {
            auto db = Database::openSqlite(env.databaseFile());
            QVERIFY(db);
        }
        // An install from before the rule: world-readable folder, database and backup.
        QVERIFY(::chmod(QFile::encodeName(dataDir).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(env.databaseFile()).constData(), 0644) == 0);
        const QString backup = QDir(dataDir).filePath(QStringLiteral("backups/clinicdesk-2026-01-01.sqlite"));
        writeFile(backup, "SQLite format 3");
        QVERIFY(::chmod(QFile::encodeName(backup).constData(), 0644) == 0);
        const QString stray = QDir(dataDir).filePath(QStringLiteral("notes.txt")); // not ClinicDesk's file
        writeFile(stray, "x");
        QVERIFY(::chmod(QFile::encodeName(stray).constData(), 0644) == 0);

        QStringList exposed = OwnerOnlyFiles::exposedPaths(dataDir);
        QVERIFY(exposed.contains(dataDir));
        QVERIFY(exposed.contains(env.databaseFile()));
        QVERIFY(exposed.contains(backup));

        // `check` says so (and fails), naming the files.
        const QProcessEnvironment offline = [] {
            QProcessEnvironment e = testCredentialsEnvironment(); // never the keychain
            e.insert(QStringLiteral("CLINICDESK_TWILIO_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
            return e;
        }();
        CliRun check = runCli(env, {QStringLiteral("check"), QStringLiteral("--json")}, {}, offline);
        QCOMPARE(check.exitCode, 1);
        QJsonObject atRest =
            QJsonDocument::fromJson(check.out.toUtf8()).object().value(QStringLiteral("data_at_rest")).toObject();
        QVERIFY2(atRest.value(QStringLiteral("exposed_paths")).toArray().contains(env.databaseFile()),
                 qPrintable(check.out));
        QVERIFY(!atRest.value(QStringLiteral("disk_encryption")).toString().isEmpty());
        check = runCli(env, {QStringLiteral("check")}, {}, offline);
        QVERIFY2(check.err.contains(QLatin1String("Other accounts on this computer can read patient data")),
                 qPrintable(check.err));
        QVERIFY2(check.out.contains(QLatin1String("Disk encryption")), qPrintable(check.out));

        // The next start tightens ClinicDesk's own files; the stray file is left to the person (and reported).
        {
            auto db = Database::openSqlite(env.databaseFile());
            QVERIFY(db);
        }
        QCOMPARE(modeOf(dataDir), 0700);
        QCOMPARE(modeOf(env.databaseFile()), 0600);
        QCOMPARE(modeOf(backup), 0600);
        QCOMPARE(modeOf(QFileInfo(backup).absolutePath()), 0700);
        QCOMPARE(OwnerOnlyFiles::exposedPaths(dataDir), QStringList{stray});
        QVERIFY(QFile::remove(stray));
        check = runCli(env, {QStringLiteral("check"), QStringLiteral("--json")}, {}, offline);
        atRest = QJsonDocument::fromJson(check.out.toUtf8()).object().value(QStringLiteral("data_at_rest")).toObject();
        QVERIFY(atRest.value(QStringLiteral("exposed_paths")).toArray().isEmpty());
    }

    void diskEncryptionFollowsDeviceMapperLayers()
    {
        // A /sys/dev/block-like tree: LVM (dm-1) on LUKS (dm-0, CRYPT-LUKS2-…) on sda2; and a plain partition.
        QTemporaryDir sys;
        const QDir root(sys.path());
        root.mkpath(QStringLiteral("dm-0/dm"));
        root.mkpath(QStringLiteral("dm-1/dm"));
        root.mkpath(QStringLiteral("dm-1/slaves"));
        root.mkpath(QStringLiteral("sda2"));
        writeFile(root.filePath(QStringLiteral("dm-0/dm/uuid")), "CRYPT-LUKS2-0123abcd-luks\n");
        writeFile(root.filePath(QStringLiteral("dm-1/dm/uuid")), "LVM-abcdef\n");
        QVERIFY(QFile::link(root.filePath(QStringLiteral("dm-0")), root.filePath(QStringLiteral("dm-1/slaves/dm-0"))));
        QCOMPARE(DiskEncryption::ofDevice(root.filePath(QStringLiteral("dm-1"))).state,
                 DiskEncryption::State::Encrypted);
        QCOMPARE(DiskEncryption::ofDevice(root.filePath(QStringLiteral("sda2"))).state,
                 DiskEncryption::State::NotEncrypted);
        QCOMPARE(DiskEncryption::ofDevice(root.filePath(QStringLiteral("missing"))).state,
                 DiskEncryption::State::Unknown);
        // On this machine: some answer, with words either way.
        QVERIFY(!DiskEncryption::of(sys.path()).detail.isEmpty());
    }

    void coreDumpsAreOff()
    {
        ProcessHardening::disableCoreDumps();
        QVERIFY(ProcessHardening::coreDumpsDisabled());
        // The executables do it first thing: a CLI run with a core limit inherited says nothing, but must work.
        TestEnvironment env;
        QCOMPARE(runCli(env, {QStringLiteral("--version")}).exitCode, 0);
    }

    void vendorOverridesOnlyLoopbackOrVendor()
    {
        const QStringList twilio{QStringLiteral("twilio.com")};
        QVERIFY(EndpointOverride::check(QUrl(QStringLiteral("https://api.twilio.com")), twilio, "X"));
        QVERIFY(EndpointOverride::check(QUrl(QStringLiteral("https://api.dublin.us1.twilio.com")), twilio, "X"));
        QVERIFY(EndpointOverride::check(QUrl(QStringLiteral("http://127.0.0.1:4010")), twilio, "X"));
        QVERIFY(EndpointOverride::check(QUrl(QStringLiteral("http://[::1]:4010")), twilio, "X"));
        for (const QString &bad :
             {QStringLiteral("https://twilio.com.evil.example"), QStringLiteral("https://eviltwilio.com"),
              QStringLiteral("https://10.0.0.5"), QStringLiteral("https://relay.example.org")}) {
            const auto refused = EndpointOverride::check(QUrl(bad), twilio, QStringLiteral("CLINICDESK_X_BASE_URL"));
            QVERIFY2(!refused, qPrintable(bad));
            QCOMPARE(refused.error().code, QStringLiteral("endpoint.not-allowed"));
            QVERIFY(refused.error().message.contains(QLatin1String("CLINICDESK_X_BASE_URL")));
        }
        QVERIFY(EndpointOverride::check(QUrl(QStringLiteral("https://api.sendgrid.com")),
                                        {QStringLiteral("sendgrid.com")}, "X"));

        // Twilio's endpoint applies it: credentials never go to another https host.
        const auto refused = TwilioEndpoint::resolve(QStringLiteral("https://collector.evil.example"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, TwilioError::Kind::Configuration);
        QVERIFY(TwilioEndpoint::resolve(QStringLiteral("https://api.twilio.com")));
        qputenv("CLINICDESK_TWILIO_BASE_URL", "https://collector.evil.example");
        QVERIFY(!TwilioEndpoint::resolve());
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
    }

    void systemConfigOverrideOnlyInTestPrograms()
    {
        // The packages are built with the tests (CI packages what it tested), so the shipped CLI below is exactly the
        // one a clinic installs: it must ignore a settings folder named by the environment, which would otherwise
        // replace IT's defaults and locks. The test copy of the CLI honours it, as test programs do.
        QVERIFY(isTestBuild());
        TestEnvironment env;
        QTemporaryDir fakeSystem;
        QDir(fakeSystem.path()).mkpath(QStringLiteral("ClinicDesk"));
        QFile conf(QDir(fakeSystem.path()).filePath(QStringLiteral("ClinicDesk/ClinicDesk.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[clinic]\nname=Injected By Env\n");
        conf.close();
        QProcessEnvironment injected;
        injected.insert(QStringLiteral("CLINICDESK_SYSTEM_CONFIG_DIR"), fakeSystem.path());
        const QStringList show{QStringLiteral("config"), QStringLiteral("show")};
        const CliRun shipped = runCli(env, show, {}, injected);
        QCOMPARE(shipped.exitCode, 0);
        QVERIFY2(!shipped.out.contains(QStringLiteral("Injected By Env")), qPrintable(shipped.out));

        QProcess testCli;
        QProcessEnvironment environment = env.processEnvironment();
        environment.insert(QStringLiteral("CLINICDESK_SYSTEM_CONFIG_DIR"), fakeSystem.path());
        testCli.setProcessEnvironment(environment);
        testCli.start(QStringLiteral(CLINICDESK_POLICY_CLI_PATH),
                      show + QStringList{QStringLiteral("--data-dir"), env.dataDir()});
        QVERIFY(testCli.waitForFinished(60000));
        const QString out = QString::fromUtf8(testCli.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Injected By Env")), qPrintable(out)); // the check above can fail
    }
};

QTEST_GUILESS_MAIN(TestDataAtRest)
#include "tst_data_at_rest.moc"
