// `clinicdesk-cli config …` end to end against a real gnome-keyring in a private D-Bus session, plus the
// no-keychain case (no session bus) and the "no secret in any file" check after set-credentials, check, send, sync.
#include "tests/core/tst_secretstore_keyringsession.h"
#include "tests/support/FakeTwilioServer.h"
#include "tests/support/PolicyFiles.h"
#include "tests/support/PseudoTerminal.h"
#include "tests/support/TestEnvironment.h"

#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/SettingCatalog.h"
#include "core/storage/Database.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace cd;

namespace {

QString randomHex(int length)
{
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char("0123456789abcdef"[QRandomGenerator::global()->bounded(16)]));
    return text;
}

QString randomAlnum(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]));
    return text;
}

QStringList filesContaining(const QString &root, const QByteArray &needle, const QDateTime &modifiedSince = {})
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.size() > 50 * 1024 * 1024 || (modifiedSince.isValid() && info.lastModified() < modifiedSince))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

} // namespace

class TestConfigCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void setCredentialsGoodInput();
    void credentialsTypedAtATerminalAreNotShown();
    void setCredentialsBadInput_data();
    void setCredentialsBadInput();
    void fromEnvironmentAndOverride();
    void clearCredentials();
    void lockedByIt();
    void setAndUnsetSetting();
    void setRefusesAndChangesNothing_data();
    void setRefusesAndChangesNothing();
    void setRefusesLockedSetting();
    void negativeNumberAndLanguageTypoAreExplained();
    void noKeychainNoFile();
    void busWithoutSecretService();
    void noSecretAnywhereAfterCheckSendSync();

private:
    test::CliRun run(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &extra = {},
                     const QStringList &unset = {}, const QStringList &wrapper = {});
    QJsonObject showJson(const QProcessEnvironment &extra = {});
    QJsonObject setting(const QJsonObject &shown, const QString &id);
    int auditRows(const QString &like);
    QProcessEnvironment cliEnvironment() const; // settings and credentials from the files and keychain alone
    QString credentialLines() const;
    void writeSystemFile(const QByteArray &contents);
    void writePolicy(const QByteArray &json);

    std::unique_ptr<test::TestEnvironment> m_env;
    QTemporaryDir m_systemDir;
    QDateTime m_started;
    QString m_sid, m_token, m_apiKeySid, m_apiSecret;
};

void TestConfigCli::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "must run inside the private keyring session");
    m_started = QDateTime::currentDateTime().addSecs(-2);
}

void TestConfigCli::init()
{
    // A fresh data dir and settings home per test; the keyring is emptied through the CLI itself.
    m_env = std::make_unique<test::TestEnvironment>();
    QFile::remove(m_systemDir.filePath(QStringLiteral("ClinicDesk/ClinicDesk.conf")));
    QDir(QStringLiteral(CLINICDESK_TEST_POLICY_DIR)).removeRecursively();
    m_sid = QStringLiteral("AC") + randomHex(32);
    m_token = randomHex(32);
    m_apiKeySid = QStringLiteral("SK") + randomHex(32);
    m_apiSecret = randomAlnum(32);
    const test::CliRun cleared = run({QStringLiteral("config"), QStringLiteral("clear-credentials")});
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
    QVERIFY(m_env->databaseFile().size() > 0);
    auto db = Database::open(m_env->databaseTarget());
    QVERIFY(db.ok());
    QVERIFY(test::emptyAuditLog(*db.value())); // this test counts its own audit rows
}

QProcessEnvironment TestConfigCli::cliEnvironment() const
{
    QProcessEnvironment environment = m_env->processEnvironment();
    for (const QString &name : SettingCatalog::environmentVariables())
        environment.remove(name);
    // ... except the test's own database (the suite's PostgreSQL server in the _pg run).
    const QString databaseUrl = m_env->processEnvironment().value(QStringLiteral("CLINICDESK_DATABASE_URL"));
    if (!databaseUrl.isEmpty())
        environment.insert(QStringLiteral("CLINICDESK_DATABASE_URL"), databaseUrl);
    environment.insert(QStringLiteral("CLINICDESK_SYSTEM_CONFIG_DIR"), m_systemDir.path());
    return environment;
}

test::CliRun TestConfigCli::run(const QStringList &args, const QByteArray &input, const QProcessEnvironment &extra,
                                const QStringList &unset, const QStringList &wrapper)
{
    // Asynchronous, so a FakeTwilioServer in this process keeps answering while the CLI runs.
    QProcessEnvironment environment = cliEnvironment();
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    for (const QString &key : unset)
        environment.remove(key);
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    QStringList arguments = wrapper;
    // The shipped CLI's code, reading IT's policies from CLINICDESK_TEST_POLICY_DIR instead of /etc.
    QStringList withDataDir = args;
    const qsizetype endOfOptions = args.indexOf(QStringLiteral("--")); // after it, everything is a value
    withDataDir.insert(endOfOptions < 0 ? args.size() : endOfOptions, QStringLiteral("--data-dir"));
    withDataDir.insert(endOfOptions < 0 ? args.size() + 1 : endOfOptions + 1, m_env->dataDir());
    arguments << QStringLiteral(CLINICDESK_POLICY_CLI_PATH) << withDataDir;
    process.start(arguments.takeFirst(), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    test::CliRun result;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("clinicdesk-cli did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject TestConfigCli::showJson(const QProcessEnvironment &extra)
{
    const test::CliRun shown =
        run({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")}, {}, extra);
    if (shown.exitCode != 0)
        qWarning() << shown.err;
    return QJsonDocument::fromJson(shown.out.toUtf8()).object();
}

QJsonObject TestConfigCli::setting(const QJsonObject &shown, const QString &id)
{
    for (const QJsonValue &value : shown.value(QStringLiteral("settings")).toArray())
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    return {};
}

int TestConfigCli::auditRows(const QString &like)
{
    auto db = Database::open(m_env->databaseTarget());
    if (!db)
        return -1;
    auto query = db.value()->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE details LIKE ?"), {like});
    if (!query || !query->next())
        return -1;
    return query->value(0).toInt();
}

QString TestConfigCli::credentialLines() const
{
    return QStringLiteral("TWILIO_ACCOUNT_SID=%1\n"
                          "TWILIO_AUTH_TOKEN=%2\n"
                          "TWILIO_API_KEY=%3\n"
                          "TWILIO_API_SECRET=%4\n"
                          "TWILIO_PHONE_NUMBER=+14155550100, +14155550101\n"
                          "TWILIO_MESSAGING_SERVICE_SID=MG%5\n")
        .arg(m_sid, m_token, m_apiKeySid, m_apiSecret, randomHex(32));
}

void TestConfigCli::credentialsTypedAtATerminalAreNotShown()
{
    // A real pseudo-terminal: IT types the lines; neither the screen nor its scrollback may show a secret.
    test::PseudoTerminal terminal;
    QVERIFY(terminal.start(
        QStringLiteral(CLINICDESK_POLICY_CLI_PATH),
        {QStringLiteral("config"), QStringLiteral("set-credentials"), QStringLiteral("--data-dir"), m_env->dataDir()},
        cliEnvironment()));
    QVERIFY2(terminal.waitFor("empty line"), terminal.screen().constData());
    for (const QString &line : credentialLines().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        terminal.type(line.toUtf8());
    terminal.type({});
    QCOMPARE(terminal.finish(), 0);
    QVERIFY2(terminal.screen().contains("TWILIO_AUTH_TOKEN"), terminal.screen().constData()); // "Saved …"
    QVERIFY2(!terminal.screen().contains(m_token.toUtf8()), terminal.screen().constData());
    QVERIFY2(!terminal.screen().contains(m_apiSecret.toUtf8()), terminal.screen().constData());
    QCOMPARE(setting(showJson(), QStringLiteral("authToken")).value(QStringLiteral("value")).toString(),
             QStringLiteral("****") + m_token.right(4));
}

void TestConfigCli::setCredentialsGoodInput()
{
    const test::CliRun set =
        run({QStringLiteral("config"), QStringLiteral("set-credentials")}, credentialLines().toUtf8());
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY(set.out.contains(QStringLiteral("TWILIO_AUTH_TOKEN")));
    QVERIFY(!set.out.contains(m_token) && !set.err.contains(m_token));

    const QJsonObject shown = showJson();
    QCOMPARE(setting(shown, QStringLiteral("accountSid")).value(QStringLiteral("source")).toString(),
             QStringLiteral("user"));
    QCOMPARE(setting(shown, QStringLiteral("accountSid")).value(QStringLiteral("value")).toString(), m_sid);
    QCOMPARE(setting(shown, QStringLiteral("authToken")).value(QStringLiteral("source")).toString(),
             QStringLiteral("keychain"));
    QCOMPARE(setting(shown, QStringLiteral("authToken")).value(QStringLiteral("value")).toString(),
             QStringLiteral("****") + m_token.right(4));
    QCOMPARE(setting(shown, QStringLiteral("apiKeySecret")).value(QStringLiteral("value")).toString(),
             QStringLiteral("****") + m_apiSecret.right(4));
    QCOMPARE(setting(shown, QStringLiteral("phoneNumbers")).value(QStringLiteral("value")).toString(),
             QStringLiteral("+14155550100,+14155550101"));
    QCOMPARE(setting(shown, QStringLiteral("clinicName")).value(QStringLiteral("source")).toString(),
             QStringLiteral("default"));

    // Text output too, and never a secret in it.
    const test::CliRun text = run({QStringLiteral("config"), QStringLiteral("show")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("[keychain]")));
    QVERIFY(!text.out.contains(m_token) && !text.out.contains(m_apiSecret));

    // One audit row per setting, naming it, never its value.
    QCOMPARE(auditRows(QStringLiteral("%")), 6);
    QCOMPARE(auditRows(QStringLiteral("authToken set (keychain)")), 1);
    QCOMPARE(auditRows(QStringLiteral("%") + m_token + QStringLiteral("%")), 0);
    QCOMPARE(auditRows(QStringLiteral("%") + m_sid + QStringLiteral("%")), 0);

    // The secrets are in the keyring (read back by this process), not in the settings file.
    KeychainSecretStore store;
    QCOMPARE(readSecretBlocking(store, SecretKeys::AuthToken)->value_or(QString()), m_token);
    QCOMPARE(filesContaining(m_env->root(), m_token.toUtf8()), QStringList());
}

void TestConfigCli::setCredentialsBadInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString sid = QStringLiteral("TWILIO_ACCOUNT_SID=AC") + QString(32, QLatin1Char('a')) + QLatin1Char('\n');
    const QString token = QStringLiteral("TWILIO_AUTH_TOKEN=") + QString(32, QLatin1Char('b')) + QLatin1Char('\n');
    QTest::newRow("unknown name") << (sid + token + QStringLiteral("TWILIO_PASSWORD=x\n"))
                                  << "line 3: unknown name \"TWILIO_PASSWORD\"";
    QTest::newRow("malformed sid") << (token + QStringLiteral("TWILIO_ACCOUNT_SID=AC12345\n")) << "line 2: Account SID";
    QTest::newRow("malformed MG") << (sid + token + QStringLiteral("TWILIO_MESSAGING_SERVICE_SID=MGxyz\n"))
                                  << "line 3:";
    QTest::newRow("bad number") << (sid + token + QStringLiteral("TWILIO_PHONE_NUMBER=+14155550100,4155550101\n"))
                                << "line 3:";
    QTest::newRow("no equals") << (sid + QStringLiteral("garbage\n") + token) << "line 2: expected NAME=VALUE";
    QTest::newRow("empty input") << QString() << "No NAME=VALUE lines";
}

void TestConfigCli::setCredentialsBadInput()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const test::CliRun set = run({QStringLiteral("config"), QStringLiteral("set-credentials")}, input.toUtf8());
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains(expected), qPrintable(set.err));
    QVERIFY(set.err.contains(QStringLiteral("Nothing was saved")));
    QVERIFY(!set.err.contains(QString(32, QLatin1Char('b')))); // the secret is not echoed

    // Nothing half-saved: the valid lines were not written either.
    const QJsonObject shown = showJson();
    QCOMPARE(setting(shown, QStringLiteral("accountSid")).value(QStringLiteral("source")).toString(),
             QStringLiteral("not-set"));
    QCOMPARE(setting(shown, QStringLiteral("authToken")).value(QStringLiteral("source")).toString(),
             QStringLiteral("not-set"));
    QCOMPARE(auditRows(QStringLiteral("%")), 0);
}

void TestConfigCli::fromEnvironmentAndOverride()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), m_sid);
    environment.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), m_token);
    environment.insert(QStringLiteral("TWILIO_PHONE_NUMBER"), QStringLiteral("+14155550100"));
    const test::CliRun set = run(
        {QStringLiteral("config"), QStringLiteral("set-credentials"), QStringLiteral("--from-env")}, {}, environment);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QJsonObject shown = showJson();
    QCOMPARE(setting(shown, QStringLiteral("authToken")).value(QStringLiteral("source")).toString(),
             QStringLiteral("keychain"));

    // A per-process override: shown as environment, masked, and never written.
    const QString other = randomHex(32);
    QProcessEnvironment overrideEnv;
    overrideEnv.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), other);
    overrideEnv.insert(QStringLiteral("TWILIO_PHONE_NUMBER"), QStringLiteral("+14155550199"));
    shown = showJson(overrideEnv);
    QCOMPARE(setting(shown, QStringLiteral("authToken")).value(QStringLiteral("source")).toString(),
             QStringLiteral("environment"));
    QCOMPARE(setting(shown, QStringLiteral("authToken")).value(QStringLiteral("value")).toString(),
             QStringLiteral("****") + other.right(4));
    QCOMPARE(setting(shown, QStringLiteral("phoneNumbers")).value(QStringLiteral("source")).toString(),
             QStringLiteral("environment"));
    KeychainSecretStore store;
    QCOMPARE(readSecretBlocking(store, SecretKeys::AuthToken)->value_or(QString()), m_token);
    QCOMPARE(filesContaining(m_env->root(), other.toUtf8()), QStringList());
    QCOMPARE(filesContaining(m_env->root(), QByteArray("+14155550199")), QStringList());

    // --from-env with nothing set is an error.
    const test::CliRun none =
        run({QStringLiteral("config"), QStringLiteral("set-credentials"), QStringLiteral("--from-env")});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains(QStringLiteral("None of")));
}

void TestConfigCli::clearCredentials()
{
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set-credentials")}, credentialLines().toUtf8()).exitCode,
             0);
    const test::CliRun cleared = run({QStringLiteral("config"), QStringLiteral("clear-credentials")});
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
    const QJsonObject shown = showJson();
    QCOMPARE(setting(shown, QStringLiteral("authToken")).value(QStringLiteral("source")).toString(),
             QStringLiteral("not-set"));
    QCOMPARE(setting(shown, QStringLiteral("apiKeySecret")).value(QStringLiteral("source")).toString(),
             QStringLiteral("not-set"));
    QCOMPARE(setting(shown, QStringLiteral("accountSid")).value(QStringLiteral("source")).toString(),
             QStringLiteral("user"));
    QCOMPARE(auditRows(QStringLiteral("authToken removed (keychain)")), 1);
    KeychainSecretStore store;
    QVERIFY(!readSecretBlocking(store, SecretKeys::AuthToken)->has_value());
}

void TestConfigCli::lockedByIt()
{
    // IT's policy locks the SID and the clinic name; the user's own file says otherwise and loses.
    writeSystemFile("[clinic]\nname=IT default\n");
    writePolicy(QStringLiteral(R"({"twilio/accountSid": "%1", "clinic/name": "Northside"})").arg(m_sid).toUtf8());
    const QString userFile = QDir(m_env->configDir()).filePath(QStringLiteral("ClinicDesk/ClinicDesk.conf"));
    QDir().mkpath(QFileInfo(userFile).path());
    QFile user(userFile);
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write("[clinic]\nname=My own name\n");
    user.close();

    const test::CliRun text = run({QStringLiteral("config"), QStringLiteral("show")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    const QRegularExpression managedLine(
        QStringLiteral("^clinic/name\\s+Northside\\s+\\[policy: Managed by your IT department\\]$"),
        QRegularExpression::MultilineOption);
    QVERIFY2(managedLine.match(text.out).hasMatch(), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral(CLINICDESK_TEST_POLICY_DIR "/10-clinic.json")), qPrintable(text.out));
    QVERIFY(!text.out.contains(QStringLiteral("My own name")));

    QJsonObject shown = showJson();
    QCOMPARE(setting(shown, QStringLiteral("accountSid")).value(QStringLiteral("source")).toString(),
             QStringLiteral("policy"));
    QVERIFY(setting(shown, QStringLiteral("accountSid")).value(QStringLiteral("managed")).toBool());
    QVERIFY(!setting(shown, QStringLiteral("phoneRegion")).value(QStringLiteral("managed")).toBool());
    QCOMPARE(shown.value(QStringLiteral("managed")).toObject().keys(),
             (QStringList{QStringLiteral("clinic/name"), QStringLiteral("twilio/accountSid")}));
    QCOMPARE(setting(shown, QStringLiteral("clinicName")).value(QStringLiteral("value")).toString(),
             QStringLiteral("Northside"));

    const test::CliRun set =
        run({QStringLiteral("config"), QStringLiteral("set-credentials")},
            QStringLiteral("TWILIO_AUTH_TOKEN=%1\nTWILIO_ACCOUNT_SID=AC%2\n").arg(m_token, randomHex(32)).toUtf8());
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains(QStringLiteral("Managed by your IT department")), qPrintable(set.err));
    KeychainSecretStore store;
    QVERIFY(!readSecretBlocking(store, SecretKeys::AuthToken)->has_value()); // refused before any write

    // The secret alone is fine: IT provides the SID, the desk adds the token.
    const test::CliRun token = run({QStringLiteral("config"), QStringLiteral("set-credentials")},
                                   QStringLiteral("TWILIO_AUTH_TOKEN=%1\n").arg(m_token).toUtf8());
    QVERIFY2(token.exitCode == 0, qPrintable(token.err));
}

void TestConfigCli::writeSystemFile(const QByteArray &contents)
{
    QDir().mkpath(m_systemDir.filePath(QStringLiteral("ClinicDesk")));
    QFile file(m_systemDir.filePath(QStringLiteral("ClinicDesk/ClinicDesk.conf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

void TestConfigCli::writePolicy(const QByteArray &json)
{
    QVERIFY(test::writePolicyFile(QStringLiteral(CLINICDESK_TEST_POLICY_DIR), QStringLiteral("10-clinic.json"), json));
}

void TestConfigCli::setAndUnsetSetting()
{
    const test::CliRun set = run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("clinic/name"),
                                  QStringLiteral("Sunrise Family Clinic")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY(set.out.contains(QStringLiteral("Sunrise Family Clinic")));
    // The clinic's name is clinic-wide: on a shared server it is written there, for every desk.
    const bool shared = test::TestEnvironment::onPostgres();
    const QString source = shared ? QStringLiteral("clinic") : QStringLiteral("user");
    const QString store = shared ? QStringLiteral("clinic settings") : QStringLiteral("user settings");
    QJsonObject shown = showJson();
    QCOMPARE(setting(shown, QStringLiteral("clinicName")).value(QStringLiteral("source")).toString(), source);
    QCOMPARE(setting(shown, QStringLiteral("clinicName")).value(QStringLiteral("value")).toString(),
             QStringLiteral("Sunrise Family Clinic"));
    QCOMPARE(auditRows(QStringLiteral("clinicName set (%1)").arg(store)), 1);

    // By id too, typed in the JSON answer; a new key (not in the dialog before) works like the others.
    const test::CliRun json = run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("requestTimeoutSec"),
                                   QStringLiteral("45"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(answer.value(QStringLiteral("key")).toString(), QStringLiteral("twilio/requestTimeoutSec"));
    QCOMPARE(answer.value(QStringLiteral("value")), QJsonValue(45));
    QCOMPARE(answer.value(QStringLiteral("source")).toString(), QStringLiteral("user"));

    // `config show` lists every key with its value and source.
    const test::CliRun text = run({QStringLiteral("config"), QStringLiteral("show")});
    QCOMPARE(text.exitCode, 0);
    for (const SettingDefinition &definition : SettingCatalog::all())
        QVERIFY2(text.out.contains(definition.key), qPrintable(definition.key));
    QVERIFY(text.out.contains(
        QRegularExpression(QStringLiteral("clinic/name +Sunrise Family Clinic +\\[%1\\]").arg(source))));
    QVERIFY(text.out.contains(QRegularExpression(QStringLiteral("clinic/phoneRegion +US +\\[default\\]"))));
    QCOMPARE(setting(showJson(), QStringLiteral("requestTimeoutSec")).value(QStringLiteral("value")), QJsonValue(45));

    const test::CliRun unset = run({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("clinic/name")});
    QVERIFY2(unset.exitCode == 0, qPrintable(unset.err));
    shown = showJson();
    QCOMPARE(setting(shown, QStringLiteral("clinicName")).value(QStringLiteral("source")).toString(),
             QStringLiteral("default"));
    QCOMPARE(setting(shown, QStringLiteral("clinicName")).value(QStringLiteral("value")).toString(),
             QStringLiteral("Our clinic"));
    QCOMPARE(auditRows(QStringLiteral("clinicName removed (%1)").arg(store)), 1);
}

void TestConfigCli::setRefusesAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const auto invalid = [](const QString &key, const QString &text) {
        return SettingCatalog::validate(*SettingCatalog::byKey(key), text).error().message;
    };
    // The CLI says what the Settings dialog says: the same validator, the same words.
    QTest::newRow("out of range") << QStringList{QStringLiteral("messaging/pollIntervalChatOpenSec"),
                                                 QStringLiteral("1")}
                                  << invalid(QStringLiteral("messaging/pollIntervalChatOpenSec"), QStringLiteral("1"));
    QTest::newRow("not a bool") << QStringList{QStringLiteral("requireConsent"), QStringLiteral("maybe")}
                                << invalid(QStringLiteral("messaging/requireConsent"), QStringLiteral("maybe"));
    QTest::newRow("bad number") << QStringList{QStringLiteral("twilio/phoneNumbers"), QStringLiteral("4155550100")}
                                << invalid(QStringLiteral("twilio/phoneNumbers"), QStringLiteral("4155550100"));
    QTest::newRow("bad region") << QStringList{QStringLiteral("clinic/phoneRegion"), QStringLiteral("XX")}
                                << "not a known two-letter country code";
    QTest::newRow("secret") << QStringList{QStringLiteral("twilio/authToken"), QString(32, QLatin1Char('a'))}
                            << "config set-credentials";
    QTest::newRow("secret by id") << QStringList{QStringLiteral("apiKeySecret"), QString(32, QLatin1Char('a'))}
                                  << "config set-credentials";
    QTest::newRow("unknown") << QStringList{QStringLiteral("clinic/colour"), QStringLiteral("blue")}
                             << "unknown setting \"clinic/colour\"";
    // Appointments (issue 11): the notification rules and templates, with their own checks.
    QTest::newRow("template with CANCEL") << QStringList{QStringLiteral("appointments/template/reminder/en"),
                                                         QStringLiteral("See you {date}. Reply CANCEL to cancel.")}
                                          << "contains \"CANCEL\"";
    QTest::newRow("template with YES") << QStringList{QStringLiteral("appointmentTemplateReminderEs"),
                                                      QStringLiteral("Responda YES {date}")}
                                       << "contains \"YES\"";
    QTest::newRow("template unknown field")
        << QStringList{QStringLiteral("appointments/template/confirmation/en"), QStringLiteral("Hi {name}")}
        << "Unknown field {name}";
    QTest::newRow("allowed hours") << QStringList{QStringLiteral("appointments/allowedFrom"), QStringLiteral("25:00")}
                                   << "HH:MM";
    QTest::newRow("allowed hours end before they start")
        << QStringList{QStringLiteral("appointments/allowedUntil"), QStringLiteral("07:00")}
        << "would end (07:00) before they start (08:00)";
    QTest::newRow("time zone") << QStringList{QStringLiteral("appointments/clinicTimeZone"),
                                              QStringLiteral("Mars/Olympus")}
                               << "IANA name";
    QTest::newRow("reminder hours") << QStringList{QStringLiteral("appointments/reminderHours"),
                                                   QStringLiteral("48, soon")}
                                    << "\"soon\" is not a number of hours";
    QTest::newRow("horizon") << QStringList{QStringLiteral("appointments/horizonHours"), QStringLiteral("0")}
                             << invalid(QStringLiteral("appointments/horizonHours"), QStringLiteral("0"));
    QTest::newRow("empty") << QStringList{QStringLiteral("clinic/name"), QStringLiteral(" ")}
                           << "config unset clinic/name";
}

void TestConfigCli::setRefusesAndChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const QJsonObject before = showJson();
    const test::CliRun set = run(QStringList{QStringLiteral("config"), QStringLiteral("set")} + args);
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains(expected), qPrintable(set.err));
    QCOMPARE(set.err.trimmed().count(QLatin1Char('\n')), 0);   // one line
    QVERIFY(!set.err.contains(QString(32, QLatin1Char('a')))); // a secret is not echoed
    QCOMPARE(showJson().value(QStringLiteral("settings")), before.value(QStringLiteral("settings")));
    QCOMPARE(auditRows(QStringLiteral("%")), 0);
}

void TestConfigCli::negativeNumberAndLanguageTypoAreExplained()
{
    // QCommandLineParser reads "-3" as an option: the CLI says how to pass it instead of "Unknown option '3'".
    const QString key = QStringLiteral("messaging/chatExpiryHours");
    const test::CliRun dashed = run({QStringLiteral("config"), QStringLiteral("set"), key, QStringLiteral("-3")});
    QCOMPARE(dashed.exitCode, 2);
    QVERIFY2(dashed.err.contains(QStringLiteral("-- -3")), qPrintable(dashed.err));
    const test::CliRun negative =
        run({QStringLiteral("config"), QStringLiteral("set"), key, QStringLiteral("--"), QStringLiteral("-3")});
    QCOMPARE(negative.exitCode, 1);
    QVERIFY2(negative.err.contains(QStringLiteral("between 1 and 72")), qPrintable(negative.err));
    // A mistyped language is named, and the command still runs in English (the shipped CLI: it has the translations).
    const test::CliRun typo = test::runCli(
        *m_env, {QStringLiteral("--lang"), QStringLiteral("sp"), QStringLiteral("config"), QStringLiteral("show")});
    QCOMPARE(typo.exitCode, 0);
    QVERIFY2(typo.err.contains(QStringLiteral("no translation for \"sp\" (available: en, es)")), qPrintable(typo.err));
    const test::CliRun spanish =
        test::runCli(*m_env, {QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("config"),
                              QStringLiteral("set"), key, QStringLiteral("999")});
    QVERIFY2(spanish.err.contains(QStringLiteral("No se guardó nada")), qPrintable(spanish.err));
}

void TestConfigCli::setRefusesLockedSetting()
{
    writePolicy(R"({"clinic/name": "Northside"})");
    for (const QStringList &args :
         {QStringList{QStringLiteral("set"), QStringLiteral("clinic/name"), QStringLiteral("Other")},
          QStringList{QStringLiteral("unset"), QStringLiteral("clinicName")},
          QStringList{QStringLiteral("set"), QStringLiteral("clinic/name"), QString(200, QLatin1Char('x'))}}) {
        const test::CliRun refused = run(QStringList{QStringLiteral("config")} + args);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Managed by your IT department")), qPrintable(refused.err));
        QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
    }
    const QJsonObject shown = showJson();
    QCOMPARE(setting(shown, QStringLiteral("clinicName")).value(QStringLiteral("value")).toString(),
             QStringLiteral("Northside"));
    QCOMPARE(auditRows(QStringLiteral("%")), 0);
    // What is not locked can still be changed.
    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("clinic/phoneRegion"),
                  QStringLiteral("ca")})
                 .exitCode,
             0);
    QCOMPARE(setting(showJson(), QStringLiteral("phoneRegion")).value(QStringLiteral("value")).toString(),
             QStringLiteral("CA"));
}

void TestConfigCli::noKeychainNoFile()
{
    // No session bus at all (an SSH login, a service account): QtKeychain cannot reach any keychain.
    const test::CliRun set =
        run({QStringLiteral("config"), QStringLiteral("set-credentials")}, credentialLines().toUtf8(), {},
            {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("DISPLAY")});
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains(QStringLiteral("D-Bus")), qPrintable(set.err));
    QVERIFY2(set.err.contains(QStringLiteral("gnome-keyring")), qPrintable(set.err));
    QVERIFY(set.err.contains(QStringLiteral("Nothing was saved")));

    // No file anywhere holds the secret, and the non-secret lines were not saved either.
    QCOMPARE(filesContaining(m_env->root(), m_token.toUtf8()), QStringList());
    QCOMPARE(filesContaining(qEnvironmentVariable(test::keyringSessionMarker()), m_token.toUtf8()), QStringList());
    QCOMPARE(filesContaining(QDir::tempPath(), m_token.toUtf8(), m_started), QStringList());
    const QJsonObject shown = showJson();
    QCOMPARE(setting(shown, QStringLiteral("accountSid")).value(QStringLiteral("source")).toString(),
             QStringLiteral("not-set"));
    QCOMPARE(auditRows(QStringLiteral("%")), 0);
}

void TestConfigCli::busWithoutSecretService()
{
    // A session bus that cannot start any Secret Service (no .service files): a desktop without gnome-keyring.
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("services"));
    QFile config(dir.filePath(QStringLiteral("session.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                                "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                "<busconfig><type>session</type><listen>unix:tmpdir=%1</listen>"
                                "<servicedir>%2</servicedir><policy context=\"default\">"
                                "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                                "<allow own=\"*\"/></policy></busconfig>\n")
                     .arg(dir.path(), dir.filePath(QStringLiteral("services")))
                     .toUtf8());
    config.close();

    const test::CliRun set = run({QStringLiteral("config"), QStringLiteral("set-credentials")},
                                 credentialLines().toUtf8(), {}, {QStringLiteral("DBUS_SESSION_BUS_ADDRESS")},
                                 {QStringLiteral("dbus-run-session"),
                                  QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--")});
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains(QStringLiteral("No keychain service")), qPrintable(set.err));
    QVERIFY(set.err.contains(QStringLiteral("Nothing was saved")));
    QCOMPARE(filesContaining(m_env->root(), m_token.toUtf8()), QStringList());
    QCOMPARE(filesContaining(qEnvironmentVariable(test::keyringSessionMarker()), m_token.toUtf8()), QStringList());
    QCOMPARE(filesContaining(QDir::tempPath(), m_token.toUtf8(), m_started), QStringList());
    QCOMPARE(setting(showJson(), QStringLiteral("accountSid")).value(QStringLiteral("source")).toString(),
             QStringLiteral("not-set"));
}

void TestConfigCli::noSecretAnywhereAfterCheckSendSync()
{
    test::FakeTwilioServer fake;
    QVERIFY(fake.start());
    fake.setAccount(m_sid, m_token, QStringLiteral("Northside Clinic"));
    fake.setApiKey(m_apiKeySid, m_apiSecret);
    fake.addIncomingNumber(QStringLiteral("+14155550100"));
    QProcessEnvironment twilio;
    twilio.insert(QStringLiteral("CLINICDESK_TWILIO_BASE_URL"), fake.baseUrl());

    QCOMPARE(run({QStringLiteral("config"), QStringLiteral("set-credentials")}, credentialLines().toUtf8()).exitCode,
             0);
    const test::CliRun check = run({QStringLiteral("check")}, {}, twilio);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QVERIFY(fake.requestCount("GET") > 0); // the stored credentials were used against the server

    const test::CliRun patient =
        run({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("--first"), QStringLiteral("Ana"),
             QStringLiteral("--last"), QStringLiteral("Lopez"), QStringLiteral("--phone"),
             QStringLiteral("+14155550123"), QStringLiteral("--consent")});
    QVERIFY2(patient.exitCode == 0, qPrintable(patient.err));
    const test::CliRun send = run({QStringLiteral("send"), QStringLiteral("--phone"), QStringLiteral("+14155550123"),
                                   QStringLiteral("--body"), QStringLiteral("Your appointment is tomorrow at 9.")},
                                  {}, twilio);
    QVERIFY2(send.exitCode == 0, qPrintable(send.out + send.err));
    const test::CliRun sync = run({QStringLiteral("sync")}, {}, twilio);
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));

    // Data dir, settings, HOME (~/.config, ~/.local, ~/.cache, the keyring) and whatever /tmp got meanwhile.
    for (const QString &secret : {m_token, m_apiSecret}) {
        QCOMPARE(filesContaining(m_env->root(), secret.toUtf8()), QStringList());
        QCOMPARE(filesContaining(qEnvironmentVariable(test::keyringSessionMarker()), secret.toUtf8()), QStringList());
        QCOMPARE(filesContaining(QDir::tempPath(), secret.toUtf8(), m_started), QStringList());
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int reexecuted = cd::test::runInsideKeyringSession(argc, argv);
    if (reexecuted >= 0)
        return reexecuted;
    TestConfigCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_config_cli.moc"
