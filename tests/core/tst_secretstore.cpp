// Unit tests of the secret store abstraction, settings sources/locks, credential input, the settings writer and the
// stored credentials provider, with the in-memory store (the real keychain is tst_keychain_integration).
#include "tests/support/PolicyFiles.h"
#include "tests/support/TestEnvironment.h"

#include "core/secrets/ConfigOverview.h"
#include "core/secrets/CredentialInput.h"
#include "core/secrets/KeychainErrors.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/secrets/StoredCredentialsProvider.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SettingCatalog.h"
#include "core/settings/policy/PolicyDirectory.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <QThread>

using namespace cd;

namespace {
const QString Sid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString Token = QStringLiteral("f00dbabe0123456789abcdef01234567");
const QString Token2 = QStringLiteral("0badc0de0123456789abcdef7654321a");

Error unavailable()
{
    return KeychainErrors::describe(KeychainFailure::Other,
                                    QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"),
                                    KeychainErrors::Operation::Write);
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void memoryStoreRoundTrip();
    void callbacksAreAsynchronousAndContextBound();
    void blockingReadEndsWithAnErrorWhenItsThreadQuits();
    void keychainErrorMessages_data();
    void keychainErrorMessages();
    void validation_data();
    void validation();
    void maskShowsAtMostLastFour();
    void parseGoodInput();
    void parseBadInputNamesLines_data();
    void parseBadInputNamesLines();
    void parseFromEnvironment();
    void writerAppliesAndAudits();
    void writerRollsBackOnKeychainFailure();
    void writerRefusesLockedSetting();
    void writerClearsSecrets();
    void lockedSettingsComeFromIt();
    void providerPrefersEnvironmentPerVariable();
    void providerReportsKeychainProblem();
    void providerNotConfigured();
    void overviewShowsSources();

private:
    int auditRows(const QString &like = QStringLiteral("%"));
    void writeSystemFile(const QString &contents);

    std::unique_ptr<test::TestEnvironment> m_env;
    std::shared_ptr<Database> m_db;
    QTemporaryDir m_systemDir;
    QTemporaryDir m_policyDir; // IT's policies (the tests' stand-in for /etc/clinicdesk/policies)
};

void TestSecretStore::initTestCase()
{
    m_env = std::make_unique<test::TestEnvironment>(); // before any QSettings use: it fixes the user path
    qputenv("CLINICDESK_SYSTEM_CONFIG_DIR", m_systemDir.path().toUtf8());
    PolicyDirectory::useForTests(m_policyDir.path());
    auto db = Database::open(m_env->databaseTarget());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = db.value();
}

void TestSecretStore::init()
{
    for (const QString &name : SettingCatalog::environmentVariables())
        qunsetenv(name.toLatin1().constData());
    QSettings(QSettings::UserScope, QStringLiteral("ClinicDesk"), QStringLiteral("ClinicDesk")).clear();
    QFile::remove(AppSettings::systemFileName());
    for (const QString &name : QDir(m_policyDir.path()).entryList(QDir::Files))
        QFile::remove(QDir(m_policyDir.path()).filePath(name));
    AppSettings::reload(); // the files were changed behind the settings service's back
    QVERIFY(test::emptyAuditLog(*m_db)); // this test counts its own audit rows
}

void TestSecretStore::cleanup()
{
    for (const QString &name : SettingCatalog::environmentVariables())
        qunsetenv(name.toLatin1().constData());
}

int TestSecretStore::auditRows(const QString &like)
{
    auto query = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE details LIKE ?"), {like});
    if (!query || !query->next())
        return -1;
    return query->value(0).toInt();
}

void TestSecretStore::writeSystemFile(const QString &contents)
{
    const QString path = AppSettings::systemFileName();
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents.toUtf8());
    file.close();
    AppSettings::reload(); // as the file watcher would, without waiting for it
}

void TestSecretStore::memoryStoreRoundTrip()
{
    MemorySecretStore store;
    auto missing = readSecretBlocking(store, SecretKeys::AuthToken);
    QVERIFY(missing.ok());
    QVERIFY(!missing->has_value()); // "not set" is not an error

    QVERIFY(writeSecretBlocking(store, SecretKeys::AuthToken, Token).ok());
    QCOMPARE(readSecretBlocking(store, SecretKeys::AuthToken)->value_or(QString()), Token);
    QVERIFY(writeSecretBlocking(store, SecretKeys::AuthToken, Token2).ok());
    QCOMPARE(readSecretBlocking(store, SecretKeys::AuthToken)->value_or(QString()), Token2);
    QVERIFY(store.contents().contains(QStringLiteral("ClinicDesk/twilio/authToken")));

    QVERIFY(removeSecretBlocking(store, SecretKeys::AuthToken).ok());
    QVERIFY(!readSecretBlocking(store, SecretKeys::AuthToken)->has_value());
    QVERIFY(removeSecretBlocking(store, SecretKeys::AuthToken).ok()); // removing what is gone is fine
}

void TestSecretStore::blockingReadEndsWithAnErrorWhenItsThreadQuits()
{
    // A thread told to quit ends every event loop in it: the blocking helpers must then report an error, not read
    // a result that never came.
    std::optional<Result<std::optional<QString>>> read;
    std::optional<Status<>> written;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        MemorySecretStore store;
        QThread::currentThread()->quit();
        read.emplace(readSecretBlocking(store, SecretKeys::AuthToken));
        written.emplace(writeSecretBlocking(store, SecretKeys::AuthToken, QStringLiteral("x")));
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(read && !read->ok());
    QCOMPARE(read->error().code, QStringLiteral("keychain.interrupted"));
    QVERIFY(written && !written->ok());
    QCOMPARE(written->error().code, QStringLiteral("keychain.interrupted"));
}

void TestSecretStore::callbacksAreAsynchronousAndContextBound()
{
    MemorySecretStore store;
    bool called = false;
    store.write(SecretKeys::AuthToken, Token, &store, [&](Status<>) { called = true; });
    QVERIFY(!called); // never inside the call
    QTRY_VERIFY(called);

    bool droppedCalled = false;
    auto *context = new QObject;
    store.read(SecretKeys::AuthToken, context, [&](Result<std::optional<QString>>) { droppedCalled = true; });
    delete context;
    QTest::qWait(20);
    QVERIFY(!droppedCalled);
}

void TestSecretStore::keychainErrorMessages_data()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no session bus") << int(KeychainFailure::Other)
                                    << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                    << QStringLiteral("keychain.no-session-bus") << QStringLiteral("gnome-keyring");
    QTest::newRow("no backend") << int(KeychainFailure::NoBackend) << QString() << QStringLiteral("keychain.no-backend")
                                << QStringLiteral("never falls back to a file");
    QTest::newRow("denied prompt") << int(KeychainFailure::AccessDeniedByUser) << QString()
                                   << QStringLiteral("keychain.denied") << QStringLiteral("Allow");
    QTest::newRow("locked") << int(KeychainFailure::AccessDenied) << QString() << QStringLiteral("keychain.locked")
                            << QStringLiteral("Unlock");
    QTest::newRow("bus without secret service")
        << int(KeychainFailure::Other)
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
        << QStringLiteral("keychain.no-backend") << QStringLiteral("No keychain service");
    QTest::newRow("no login keyring") << int(KeychainFailure::Other)
                                      << QStringLiteral("Object does not exist at path "
                                                        "\u201c/org/freedesktop/secrets/collection/login\u201d")
                                      << QStringLiteral("keychain.locked")
                                      << QStringLiteral("Unlock the login keyring");
    QTest::newRow("other") << int(KeychainFailure::Other) << QStringLiteral("weird") << QStringLiteral("keychain.error")
                           << QStringLiteral("weird");
}

void TestSecretStore::keychainErrorMessages()
{
    QFETCH(int, failure);
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const Error error = KeychainErrors::describe(KeychainFailure(failure), text, KeychainErrors::Operation::Write);
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestSecretStore::validation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("sid ok") << "accountSid" << Sid << true << QVariant(Sid);
    QTest::newRow("sid spaces trimmed") << "accountSid" << (QStringLiteral("  ") + Sid) << true << QVariant(Sid);
    QTest::newRow("sid short") << "accountSid" << Sid.chopped(1) << false << QVariant();
    QTest::newRow("sid wrong prefix") << "accountSid" << (QStringLiteral("SK") + Sid.mid(2)) << false << QVariant();
    QTest::newRow("sid not hex") << "accountSid" << (Sid.chopped(1) + QLatin1Char('g')) << false << QVariant();
    QTest::newRow("api key ok") << "apiKeySid" << (QStringLiteral("SK") + Sid.mid(2)) << true
                                << QVariant(QStringLiteral("SK") + Sid.mid(2));
    QTest::newRow("mg ok") << "messagingServiceSid" << (QStringLiteral("MG") + Sid.mid(2)) << true
                           << QVariant(QStringLiteral("MG") + Sid.mid(2));
    QTest::newRow("is bad") << "chatServiceSid" << (QStringLiteral("MG") + Sid.mid(2)) << false << QVariant();
    QTest::newRow("token ok") << "authToken" << Token << true << QVariant(Token);
    QTest::newRow("token pasted sid") << "authToken" << Sid << false << QVariant();
    QTest::newRow("phone e164") << "phoneNumbers"
                                << "+14155550100" << true << QVariant(QStringLiteral("+14155550100"));
    QTest::newRow("phone list") << "phoneNumbers"
                                << "+14155550100, +442079460958" << true
                                << QVariant(QStringLiteral("+14155550100,+442079460958"));
    QTest::newRow("phone national") << "phoneNumbers"
                                    << "(415) 555-0100" << false << QVariant();
    QTest::newRow("phone duplicate") << "phoneNumbers"
                                     << "+14155550100,+14155550100" << false << QVariant();
    QTest::newRow("phone empty entry") << "phoneNumbers"
                                       << "+14155550100,,+14155550101" << false << QVariant();
    QTest::newRow("email ok") << "emailSender"
                              << "desk@clinic.example" << true << QVariant(QStringLiteral("desk@clinic.example"));
    QTest::newRow("email bad") << "emailSender"
                               << "desk at clinic" << false << QVariant();
    QTest::newRow("region lower") << "phoneRegion"
                                  << "ca" << true << QVariant(QStringLiteral("CA"));
    QTest::newRow("region unknown") << "phoneRegion"
                                    << "XX" << false << QVariant();
    QTest::newRow("price") << "pricePerSegment"
                           << "0.0083" << true << QVariant(0.0083);
    QTest::newRow("price negative") << "pricePerSegment"
                                    << "-1" << false << QVariant();
    QTest::newRow("poll ok") << "pollIntervalChatSec"
                             << "15" << true << QVariant(15);
    QTest::newRow("poll too small") << "pollIntervalChatSec"
                                    << "1" << false << QVariant();
    QTest::newRow("empty is not set") << "accountSid"
                                      << "" << true << QVariant();
}

void TestSecretStore::validation()
{
    QFETCH(QString, id);
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QVariant, stored);
    const SettingDefinition *definition = SettingCatalog::byId(id);
    QVERIFY(definition);
    auto result = SettingCatalog::validate(*definition, input);
    QCOMPARE(result.ok(), valid);
    if (valid) {
        QCOMPARE(result.value(), stored);
    } else {
        QVERIFY(!result.error().message.isEmpty());
        if (definition->isSecret())
            QVERIFY2(!result.error().message.contains(input), "a rejected secret must not be echoed");
    }
}

void TestSecretStore::maskShowsAtMostLastFour()
{
    QCOMPARE(SettingCatalog::mask(Token), QString(4, QChar(0x2022)) + QStringLiteral("4567"));
    QCOMPARE(SettingCatalog::mask(QStringLiteral("abc123"), QLatin1Char('*')), QStringLiteral("****"));
}

void TestSecretStore::parseGoodInput()
{
    const QString text = QStringLiteral("# from the Twilio console\n"
                                        "TWILIO_ACCOUNT_SID=%1\r\n"
                                        "\n"
                                        "TWILIO_AUTH_TOKEN = %2\n"
                                        "TWILIO_PHONE_NUMBER=+14155550100,+14155550101\n")
                             .arg(Sid, Token);
    const CredentialInput input = CredentialInputParser::parseLines(text, QStringLiteral("US"));
    QVERIFY2(input.ok(), qPrintable(input.problems.join(QLatin1Char('\n'))));
    QCOMPARE(input.changes.size(), 3);
    QCOMPARE(input.changes.at(0).definition->id, QStringLiteral("accountSid"));
    QCOMPARE(input.changes.at(0).line, 2);
    QCOMPARE(input.changes.at(1).value.toString(), Token);
    QCOMPARE(input.changes.at(2).value.toString(), QStringLiteral("+14155550100,+14155550101"));
}

void TestSecretStore::parseBadInputNamesLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString good = QStringLiteral("TWILIO_ACCOUNT_SID=") + Sid + QLatin1Char('\n');
    QTest::newRow("unknown name") << (good + QStringLiteral("TWILIO_TOKEN=abc\n")) << "line 2: unknown name";
    QTest::newRow("malformed sid") << (QStringLiteral("\nTWILIO_ACCOUNT_SID=AC123\n")) << "line 2:";
    QTest::newRow("no equals") << (good + QStringLiteral("TWILIO_AUTH_TOKEN\n")) << "line 2: expected NAME=VALUE";
    QTest::newRow("duplicate") << (good + good) << "line 2: TWILIO_ACCOUNT_SID is given twice";
    QTest::newRow("empty value") << (good + QStringLiteral("TWILIO_AUTH_TOKEN=\n"))
                                 << "line 2: TWILIO_AUTH_TOKEN has no value";
    QTest::newRow("bad secret") << (good + QStringLiteral("TWILIO_API_SECRET=short-secret-value\n")) << "line 2:";
    QTest::newRow("bad phone") << (good + QStringLiteral("TWILIO_PHONE_NUMBER=+1415555\n")) << "line 2:";
    QTest::newRow("nothing") << QStringLiteral("# only a comment\n") << "No NAME=VALUE lines";
}

void TestSecretStore::parseBadInputNamesLines()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const CredentialInput input = CredentialInputParser::parseLines(text, QStringLiteral("US"));
    QVERIFY(!input.ok());
    QVERIFY2(input.problems.join(QLatin1Char('\n')).contains(expected),
             qPrintable(input.problems.join(QLatin1Char('\n'))));
    QVERIFY(!input.problems.join(QLatin1Char('\n')).contains(QStringLiteral("short-secret-value")));
}

void TestSecretStore::parseFromEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), Sid);
    environment.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), Token);
    environment.insert(QStringLiteral("UNRELATED"), QStringLiteral("x"));
    CredentialInput input = CredentialInputParser::fromEnvironment(environment, QStringLiteral("US"));
    QVERIFY(input.ok());
    QCOMPARE(input.changes.size(), 2);

    environment.insert(QStringLiteral("TWILIO_MESSAGING_SERVICE_SID"), QStringLiteral("MG1"));
    input = CredentialInputParser::fromEnvironment(environment, QStringLiteral("US"));
    QVERIFY(!input.ok());
    QVERIFY(input.problems.constFirst().startsWith(QStringLiteral("TWILIO_MESSAGING_SERVICE_SID")));

    input = CredentialInputParser::fromEnvironment(QProcessEnvironment(), QStringLiteral("US"));
    QVERIFY(!input.ok());
}

void TestSecretStore::writerAppliesAndAudits()
{
    MemorySecretStore store;
    SettingsWriter writer(store, *m_db);
    const CredentialInput input = CredentialInputParser::parseLines(
        QStringLiteral("TWILIO_ACCOUNT_SID=%1\nTWILIO_AUTH_TOKEN=%2\n").arg(Sid, Token), QStringLiteral("US"));
    QVERIFY(input.ok());
    const Status<> applied = writer.apply(input.changes);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));

    QCOMPARE(store.contents().value(QStringLiteral("ClinicDesk/twilio/authToken")), Token);
    QCOMPARE(AppSettings::value(SettingKeys::AccountSid).toString(), Sid);
    QCOMPARE(AppSettings::source(SettingKeys::AccountSid), SettingSource::User);
    QCOMPARE(auditRows(), 2);
    QCOMPARE(auditRows(QStringLiteral("authToken set%")), 1);
    QCOMPARE(auditRows(QStringLiteral("%") + Token + QStringLiteral("%")), 0); // never the value
    QCOMPARE(auditRows(QStringLiteral("%") + Sid + QStringLiteral("%")), 0);

    // The secret is not in the settings file.
    QFile file(AppSettings::userFileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(Token.toUtf8()));
}

void TestSecretStore::writerRollsBackOnKeychainFailure()
{
    MemorySecretStore store;
    QVERIFY(writeSecretBlocking(store, SecretKeys::AuthToken, Token).ok());
    QVERIFY(AppSettings::setValue(SettingKeys::AccountSid, Sid).ok());

    // First secret write succeeds, the second fails: the first must be put back, settings untouched.
    store.failOneWriteAfter(1, unavailable());
    SettingsWriter writer(store, *m_db);
    const QString otherSid = QStringLiteral("AC") + QString(32, QLatin1Char('b'));
    const CredentialInput input = CredentialInputParser::parseLines(
        QStringLiteral("TWILIO_ACCOUNT_SID=%1\nTWILIO_AUTH_TOKEN=%2\nTWILIO_API_SECRET=%3\n")
            .arg(otherSid, Token2, QString(32, QLatin1Char('z'))),
        QStringLiteral("US"));
    QVERIFY(input.ok());
    const Status<> applied = writer.apply(input.changes);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, QStringLiteral("keychain.no-session-bus"));
    QVERIFY(applied.error().message.contains(QStringLiteral("Nothing was saved")));

    QCOMPARE(readSecretBlocking(store, SecretKeys::AuthToken)->value_or(QString()), Token); // restored
    QVERIFY(!readSecretBlocking(store, SecretKeys::ApiKeySecret)->has_value());
    QCOMPARE(AppSettings::value(SettingKeys::AccountSid).toString(), Sid);
    QCOMPARE(auditRows(), 0);
}

void TestSecretStore::writerRefusesLockedSetting()
{
    QVERIFY(test::writePolicyFile(m_policyDir.path(), QStringLiteral("it.json"),
                                  QStringLiteral(R"({"twilio/accountSid": "%1"})").arg(Sid).toUtf8()));
    AppSettings::reload();
    MemorySecretStore store;
    SettingsWriter writer(store, *m_db);
    const CredentialInput input = CredentialInputParser::parseLines(
        QStringLiteral("TWILIO_AUTH_TOKEN=%1\nTWILIO_ACCOUNT_SID=AC%2\n").arg(Token, QString(32, QLatin1Char('c'))),
        QStringLiteral("US"));
    QVERIFY(input.ok());
    const Status<> applied = writer.apply(input.changes);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().code, QStringLiteral("settings.locked"));
    QVERIFY(store.contents().isEmpty()); // refused before anything was written
    QCOMPARE(store.writeCount(), 0);
    QCOMPARE(AppSettings::value(SettingKeys::AccountSid).toString(), Sid);
}

void TestSecretStore::writerClearsSecrets()
{
    MemorySecretStore store;
    QVERIFY(writeSecretBlocking(store, SecretKeys::AuthToken, Token).ok());
    QVERIFY(writeSecretBlocking(store, SecretKeys::SendGridApiKey, QStringLiteral("SG.abc.def")).ok());
    SettingsWriter writer(store, *m_db);
    QVERIFY(writer.clearSecrets().ok());
    QVERIFY(store.contents().isEmpty());
    // One audit row per secret the catalog knows (each is removed, set or not).
    const auto secrets = std::count_if(SettingCatalog::all().cbegin(), SettingCatalog::all().cend(),
                                       [](const SettingDefinition &d) { return d.isSecret(); });
    QCOMPARE(auditRows(QStringLiteral("%removed (keychain)")), int(secrets));
    QVERIFY(secrets >= 4);
}

void TestSecretStore::lockedSettingsComeFromIt()
{
    // IT's defaults (the QSettings system file) and IT's locks (a policy) side by side.
    writeSystemFile(QStringLiteral("[clinic]\nname=Default name\nphoneRegion=CA\n"
                                   "[twilio]\nphoneNumbers=+14155550100, +14155550101\n"));
    QVERIFY(test::writePolicyFile(m_policyDir.path(), QStringLiteral("it.json"),
                                  R"({"clinic/name": "Northside Clinic", "messaging/optOutLine": ""})"));
    QCOMPARE(AppSettings::value(SettingKeys::PhoneNumbers).toString(), QStringLiteral("+14155550100,+14155550101"));
    QVERIFY(AppSettings::setValue(SettingKeys::PhoneRegion, QStringLiteral("GB")).ok());
    QSettings user(QSettings::UserScope, QStringLiteral("ClinicDesk"), QStringLiteral("ClinicDesk"));
    user.setValue(SettingKeys::ClinicName, QStringLiteral("Typed by user"));
    user.sync();
    AppSettings::reload();

    QVERIFY(AppSettings::isLocked(SettingKeys::ClinicName));
    QVERIFY(AppSettings::isLocked(SettingKeys::OptOutLine));
    QVERIFY(!AppSettings::isLocked(SettingKeys::PhoneRegion));
    QCOMPARE(AppSettings::clinicName(), QStringLiteral("Northside Clinic"));
    QCOMPARE(AppSettings::source(SettingKeys::ClinicName), SettingSource::Policy);
    QCOMPARE(AppSettings::phoneRegion(), QStringLiteral("GB")); // unlocked: the user's value wins
    QCOMPARE(AppSettings::source(SettingKeys::PhoneRegion), SettingSource::User);
    QCOMPARE(AppSettings::optOutLine(), QStringLiteral("Reply STOP to opt out.")); // locked to the default

    const Status<> refused = AppSettings::setValue(SettingKeys::ClinicName, QStringLiteral("Other"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("settings.locked"));

    QVERIFY(AppSettings::removeUserValue(SettingKeys::PhoneRegion).ok());
    QCOMPARE(AppSettings::phoneRegion(), QStringLiteral("CA")); // IT's default
    QCOMPARE(AppSettings::source(SettingKeys::PhoneRegion), SettingSource::System);
}

void TestSecretStore::providerPrefersEnvironmentPerVariable()
{
    MemorySecretStore store;
    QVERIFY(writeSecretBlocking(store, SecretKeys::AuthToken, Token).ok());
    QVERIFY(writeSecretBlocking(store, SecretKeys::ApiKeySecret, QString(32, QLatin1Char('k'))).ok());
    QVERIFY(AppSettings::setValue(SettingKeys::AccountSid, Sid).ok());
    QVERIFY(AppSettings::setValue(SettingKeys::PhoneNumbers, QStringLiteral("+14155550100")).ok());

    auto fromStore = makeStoredCredentialsProvider(&store);
    auto credentials = fromStore->credentials();
    QVERIFY(credentials.ok());
    QCOMPARE(credentials->authToken, Token);
    QCOMPARE(credentials->phoneNumbers, QStringList{QStringLiteral("+14155550100")});
    QCOMPARE(fromStore->snapshot().sources.value(QStringLiteral("authToken")), SettingSource::Keychain);

    qputenv("TWILIO_AUTH_TOKEN", Token2.toUtf8());
    qputenv("TWILIO_PHONE_NUMBER", "+14155550199");
    auto mixed = makeStoredCredentialsProvider(&store);
    QCOMPARE(mixed->credentials()->authToken, Token2);
    QCOMPARE(mixed->credentials()->accountSid, Sid); // still from settings
    QCOMPARE(mixed->credentials()->apiKeySecret, QString(32, QLatin1Char('k')));
    QCOMPARE(mixed->credentials()->phoneNumbers, QStringList{QStringLiteral("+14155550199")});
    QCOMPARE(mixed->snapshot().sources.value(QStringLiteral("authToken")), SettingSource::Environment);
    QCOMPARE(mixed->snapshot().sources.value(QStringLiteral("phoneNumbers")), SettingSource::Environment);
    QCOMPARE(mixed->snapshot().sources.value(QStringLiteral("accountSid")), SettingSource::User);
    // The override is never written anywhere.
    QCOMPARE(readSecretBlocking(store, SecretKeys::AuthToken)->value_or(QString()), Token);
    QCOMPARE(AppSettings::userValue(SettingKeys::PhoneNumbers).toString(), QStringLiteral("+14155550100"));
}

void TestSecretStore::providerReportsKeychainProblem()
{
    MemorySecretStore store;
    store.setFailure(unavailable());
    QVERIFY(AppSettings::setValue(SettingKeys::AccountSid, Sid).ok());
    auto provider = makeStoredCredentialsProvider(&store);
    auto credentials = provider->credentials();
    QVERIFY(!credentials.ok());
    QCOMPARE(credentials.error().code, QStringLiteral("keychain.no-session-bus"));

    // With the secret in the environment the keychain problem does not matter for Twilio.
    qputenv("TWILIO_AUTH_TOKEN", Token.toUtf8());
    auto withEnvironment = makeStoredCredentialsProvider(&store);
    QVERIFY(withEnvironment->credentials().ok());
}

void TestSecretStore::providerNotConfigured()
{
    // Nothing configured: empty credentials (demo mode), and the keychain is not even asked.
    MemorySecretStore store;
    store.setFailure(unavailable());
    auto provider = makeStoredCredentialsProvider(&store);
    auto credentials = provider->credentials();
    QVERIFY(credentials.ok());
    QVERIFY(!credentials->canAuthenticate());
    QVERIFY(credentials->accountSid.isEmpty());
    QVERIFY(!provider->snapshot().keychainError);
}

void TestSecretStore::overviewShowsSources()
{
    writeSystemFile(QStringLiteral("[clinic]\nphoneRegion=CA\n"));
    QVERIFY(test::writePolicyFile(m_policyDir.path(), QStringLiteral("it.json"), R"({"clinic/name": "Northside"})"));
    AppSettings::reload();
    MemorySecretStore store;
    QVERIFY(writeSecretBlocking(store, SecretKeys::AuthToken, Token).ok());
    QVERIFY(AppSettings::setValue(SettingKeys::AccountSid, Sid).ok());
    qputenv("TWILIO_API_SECRET", QByteArray(32, 'q'));

    const ConfigOverview overview = ConfigOverview::load(store);
    QHash<QString, ResolvedSetting> byId;
    for (const ResolvedSetting &entry : overview.settings)
        byId.insert(entry.definition->id, entry);
    QCOMPARE(byId.size(), SettingCatalog::all().size());
    QCOMPARE(byId.value(QStringLiteral("authToken")).source, SettingSource::Keychain);
    QCOMPARE(byId.value(QStringLiteral("authToken")).maskedValue, QString(4, QChar(0x2022)) + Token.right(4));
    QVERIFY(!byId.value(QStringLiteral("authToken")).value.isValid()); // the secret itself is not kept
    QCOMPARE(byId.value(QStringLiteral("apiKeySecret")).source, SettingSource::Environment);
    QCOMPARE(byId.value(QStringLiteral("sendGridApiKey")).source, SettingSource::NotSet);
    QCOMPARE(byId.value(QStringLiteral("accountSid")).source, SettingSource::User);
    QCOMPARE(byId.value(QStringLiteral("clinicName")).source, SettingSource::Policy);
    QVERIFY(byId.value(QStringLiteral("clinicName")).locked);
    QCOMPARE(byId.value(QStringLiteral("phoneRegion")).source, SettingSource::System);
    QVERIFY(!byId.value(QStringLiteral("phoneRegion")).locked);
    QCOMPARE(byId.value(QStringLiteral("noReceiptAfterHours")).source, SettingSource::Default);
    QVERIFY(!overview.keychainError);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
