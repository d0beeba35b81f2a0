// The Twilio connection check (credentials, account status, clinic number, scheduling) against the loopback fake,
// through TwilioConnectionChecker and through the real clinicdesk-cli "check" command.
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/twilio/TwilioErrorMessages.h"
#include "tests/support/TestEnvironment.h"
#include "tests/support/TwilioTestRig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

// Runs the real clinicdesk-cli without blocking this thread's event loop (the fake server lives on it).
cd::test::CliRun runCliAsync(const cd::test::TestEnvironment &env, const QStringList &args,
                             const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = env.processEnvironment();
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CLINICDESK_CLI_PATH), args);
    QDeadlineTimer deadline(60000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    cd::test::CliRun run;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("clinicdesk-cli did not finish within 60 s");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestTwilioConnectionCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<TwilioTestRig> m_rig;

private slots:
    void init()
    {
        m_rig = std::make_unique<TwilioTestRig>();
        QVERIFY(m_rig->started());
    }
    void cleanup() { m_rig.reset(); }

    void checkWithAuthToken()
    {
        m_rig->credentials->value.messagingServiceSid = kTestService;
        const TwilioConnectionCheck check = runCheck(*m_rig->checker);
        QVERIFY2(check.ok, qPrintable(check.problems.join(QLatin1Char(' '))));
        QCOMPARE(check.accountName, QStringLiteral("Sunny Clinic"));
        QCOMPARE(check.accountStatus, QStringLiteral("active"));
        QCOMPARE(check.numberExists, std::optional<bool>(true));
        QCOMPARE(check.smsCapable, std::optional<bool>(true));
        QVERIFY(check.schedulingAvailable);
        QCOMPARE(m_rig->server.requestCount("GET", QStringLiteral("/Accounts/%1.json").arg(kTestAccountSid)), 1);
    }

    void checkWithApiKeyAvoidsAccountResource()
    {
        m_rig->server.setApiKey(kTestApiKeySid, kTestApiSecret);
        m_rig->credentials->value.apiKeySid = kTestApiKeySid;
        m_rig->credentials->value.apiKeySecret = kTestApiSecret;
        const TwilioConnectionCheck check = runCheck(*m_rig->checker);
        QVERIFY2(check.ok, qPrintable(check.problems.join(QLatin1Char(' '))));
        QVERIFY(check.usingApiKey);
        QVERIFY(check.accountName.isEmpty());
        QVERIFY(!check.schedulingAvailable);
        QVERIFY(!check.notes.isEmpty()); // says how to get scheduling
        QCOMPARE(m_rig->server.requestCount("GET", QStringLiteral("/Accounts/%1.json").arg(kTestAccountSid)), 0);
        QCOMPARE(m_rig->server.requests().constFirst().queryValue(QStringLiteral("PageSize")), QStringLiteral("1"));
        QCOMPARE(m_rig->server.requestCount("GET", QStringLiteral("/IncomingPhoneNumbers.json")), 1);
    }

    void checkFindsProblems()
    {
        // Wrong credentials.
        m_rig->credentials->value.authToken = QStringLiteral("nope");
        TwilioConnectionCheck check = runCheck(*m_rig->checker);
        QVERIFY(!check.ok);
        QVERIFY(check.reachable);
        QCOMPARE(check.problems, QStringList{TwilioErrorMessages::credentialsRejected()});

        // A number that is not on the account, and one that cannot text.
        m_rig->credentials->value.authToken = kTestAuthToken;
        m_rig->credentials->value.phoneNumbers = {QStringLiteral("+15559999999")};
        check = runCheck(*m_rig->checker);
        QVERIFY(!check.ok);
        QCOMPARE(check.numberExists, std::optional<bool>(false));
        QVERIFY(check.problems.join(QLatin1Char(' ')).contains(QLatin1String("+15559999999")));
        m_rig->server.addIncomingNumber(QStringLiteral("+15558888888"), false);
        m_rig->credentials->value.phoneNumbers = {QStringLiteral("+15558888888")};
        check = runCheck(*m_rig->checker);
        QVERIFY(!check.ok);
        QCOMPARE(check.smsCapable, std::optional<bool>(false));

        // A suspended account.
        m_rig->credentials->value.phoneNumbers = {kTestClinicNumber};
        m_rig->server.setAccountStatus(QStringLiteral("suspended"));
        check = runCheck(*m_rig->checker);
        QVERIFY(!check.ok);
        QCOMPARE(check.accountStatus, QStringLiteral("suspended"));
        QVERIFY(check.problems.join(QLatin1Char(' ')).contains(QLatin1String("suspended")));
        m_rig->server.setAccountStatus(QStringLiteral("active"));

        // No sender at all.
        m_rig->credentials->value.phoneNumbers.clear();
        check = runCheck(*m_rig->checker);
        QVERIFY(!check.ok);
        QVERIFY(check.credentialsValid);

        // Server down.
        m_rig->credentials->value.phoneNumbers = {kTestClinicNumber};
        m_rig->server.stop();
        check = runCheck(*m_rig->checker);
        QVERIFY(!check.ok);
        QVERIFY(!check.reachable);
        QCOMPARE(check.problems, QStringList{TwilioErrorMessages::networkFailure()});
    }

    void cliCheckGivesThreeDifferentAnswers()
    {
        cd::test::TestEnvironment env;
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), kTestAccountSid);
        extra.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kTestAuthToken);
        extra.insert(QStringLiteral("TWILIO_PHONE_NUMBER"), kTestClinicNumber);
        extra.insert(QStringLiteral("CLINICDESK_TWILIO_BASE_URL"), m_rig->server.baseUrl());
        const auto valid = runCliAsync(env, {QStringLiteral("check")}, extra);
        QCOMPARE(valid.exitCode, 0);
        QVERIFY2(valid.out.contains(QLatin1String("Sunny Clinic")), qPrintable(valid.out + valid.err));

        extra.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), QStringLiteral("wrong"));
        const auto wrong = runCliAsync(env, {QStringLiteral("check")}, extra);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("did not accept the account credentials")), qPrintable(wrong.err));

        const auto json = runCliAsync(env, {QStringLiteral("check"), QStringLiteral("--json")}, extra);
        QCOMPARE(json.exitCode, 1);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(object.value(QStringLiteral("problems")).toArray().size(), 1);
        QVERIFY(object.contains(QStringLiteral("scheduling")));
        QVERIFY(object.contains(QStringLiteral("account")));

        m_rig->server.stop();
        extra.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kTestAuthToken);
        const auto down = runCliAsync(env, {QStringLiteral("check")}, extra);
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(QLatin1String("Check the internet connection")), qPrintable(down.err));
        QVERIFY(down.err != wrong.err);
        qInfo("valid account -> exit %d: %s", valid.exitCode, qPrintable(valid.out.trimmed()));
        qInfo("wrong credentials -> exit %d: %s", wrong.exitCode, qPrintable(wrong.err.trimmed()));
        qInfo("server stopped -> exit %d: %s", down.exitCode, qPrintable(down.err.trimmed()));
        const QString everything = valid.out + valid.err + wrong.out + wrong.err + down.out + down.err;
        QVERIFY(!everything.contains(kTestAuthToken));
    }

    void backgroundServerServesABlockingCli()
    {
        // cd::test::runCli blocks this thread until the CLI exits: the fake must answer from its own thread.
        FakeTwilioServer background;
        QVERIFY(background.startInBackground());
        background.setAccount(kTestAccountSid, kTestAuthToken, QStringLiteral("Background Clinic"));
        background.addIncomingNumber(kTestClinicNumber, true);
        cd::test::TestEnvironment env;
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), kTestAccountSid);
        extra.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kTestAuthToken);
        extra.insert(QStringLiteral("TWILIO_PHONE_NUMBER"), kTestClinicNumber);
        extra.insert(QStringLiteral("CLINICDESK_TWILIO_BASE_URL"), background.baseUrl());
        const auto run = cd::test::runCli(env, {QStringLiteral("check")}, {}, extra);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("Background Clinic")));
        QCOMPARE(background.requestCount("GET"), 2); // the account, then the number

        // Data calls from this thread while the server thread serves the client.
        const QString sid = background.injectInbound(kTestPatient, kTestClinicNumber, QStringLiteral("hello"));
        TwilioTestRig::setBaseUrl(background.baseUrl());
        const auto fetched = m_rig->fetch(sid);
        QVERIFY(fetched && fetched->ok());
        QCOMPARE(fetched->value().body, QStringLiteral("hello"));
        FakeTwilioServer::Fault lost;
        lost.method = "POST";
        lost.process = true;
        lost.dropConnection = true;
        background.enqueueFault(lost);
        const auto sent = m_rig->send(m_rig->simpleRequest());
        QVERIFY(sent && !sent->ok());
        QCOMPARE(sent->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(background.createCount(), 1);
        QCOMPARE(background.messages().size(), 2);
    }

    void envCredentials()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("TWILIO_ACCOUNT_SID"),
                           QStringLiteral(" ") + kTestAccountSid + QStringLiteral(" "));
        environment.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kTestAuthToken);
        environment.insert(QStringLiteral("TWILIO_PHONE_NUMBER"), QStringLiteral("+15550001111, +15550002222"));
        environment.insert(QStringLiteral("TWILIO_API_KEY"), kTestApiKeySid);
        environment.insert(QStringLiteral("TWILIO_API_SECRET"), kTestApiSecret);
        environment.insert(QStringLiteral("TWILIO_CHAT_SERVICE_SID"), QStringLiteral("IS123"));
        environment.insert(QStringLiteral("TWILIO_MESSAGING_SERVICE_SID"), kTestService);
        environment.insert(QStringLiteral("SENDGRID_API_KEY"), QStringLiteral("SG.x"));
        const auto credentials = EnvCredentialsProvider(environment).credentials();
        QVERIFY(credentials.ok());
        QCOMPARE(credentials->accountSid, kTestAccountSid);
        QCOMPARE(credentials->authToken, kTestAuthToken);
        QCOMPARE(credentials->phoneNumbers,
                 (QStringList{QStringLiteral("+15550001111"), QStringLiteral("+15550002222")}));
        QCOMPARE(credentials->apiKeySid, kTestApiKeySid);
        QCOMPARE(credentials->apiKeySecret, kTestApiSecret);
        QCOMPARE(credentials->chatServiceSid, QStringLiteral("IS123"));
        QCOMPARE(credentials->messagingServiceSid, kTestService);
        QCOMPARE(credentials->sendGridApiKey, QStringLiteral("SG.x"));
        QVERIFY(credentials->isConfigured());
        QVERIFY(!EnvCredentialsProvider(QProcessEnvironment()).credentials()->canAuthenticate());
    }
};

QTEST_GUILESS_MAIN(TestTwilioConnectionCheck)
#include "tst_twilio_connectioncheck.moc"
