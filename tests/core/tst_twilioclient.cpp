// The Twilio client against a fault-injecting loopback fake (tests/support/FakeTwilioServer). Contract correctness
// against Twilio's own OpenAPI spec is tested separately with Prism (tests/contract).
#include "core/secrets/EnvCredentialsProvider.h"
#include "core/twilio/TwilioClient.h"
#include "core/twilio/TwilioEndpoint.h"
#include "core/twilio/TwilioErrorMessages.h"
#include "core/twilio/TwilioJson.h"
#include "tests/support/FakeTwilioServer.h"
#include "tests/support/TestEnvironment.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace cd;
using cd::test::FakeTwilioServer;

namespace {

const QString kAccountSid = QStringLiteral("AC") + QString(32, QLatin1Char('a'));
const QString kAuthToken = QStringLiteral("tok-9f8e7d6c5b4a-secret");
const QString kApiKeySid = QStringLiteral("SK") + QString(32, QLatin1Char('b'));
const QString kApiSecret = QStringLiteral("apisecret-1234567890-xyz");
const QString kClinicNumber = QStringLiteral("+15550001111");
const QString kPatient = QStringLiteral("+15557654321");
const QString kService = QStringLiteral("MG") + QString(32, QLatin1Char('c'));

class FixedCredentials : public CredentialsProvider
{
public:
    TwilioCredentials value;
    Result<TwilioCredentials> credentials() const override { return value; }
};

template <typename T>
std::optional<TwilioResult<T>> waitFor(const std::function<void(TwilioCallback<T>)> &start, int timeoutMs = 15000)
{
    std::optional<TwilioResult<T>> result;
    start([&result](const TwilioResult<T> &r) { result = r; });
    QDeadlineTimer deadline(timeoutMs);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return result;
}

TwilioConnectionCheck runCheck(TwilioClient &client)
{
    std::optional<TwilioConnectionCheck> result;
    client.checkConnection([&result](const TwilioConnectionCheck &c) { result = c; });
    QDeadlineTimer deadline(15000);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return result.value_or(TwilioConnectionCheck{});
}

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

// Captures every log line (all categories) while alive.
// Every level of every clinicdesk.* category on, whatever QT_LOGGING_RULES says (ctest sets *.debug=false, which
// would hide a leak at debug level).
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
void enableClinicDeskLogging(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "clinicdesk.", 11) == 0) {
        for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(type, true);
    }
}

QMutex g_logMutex;
QStringList g_log;
void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log << QString::fromUtf8(context.category ? context.category : "") + QStringLiteral(": ") + message;
}

} // namespace

class TestTwilioClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeTwilioServer> m_server;
    std::shared_ptr<FixedCredentials> m_credentials;
    std::unique_ptr<TwilioClient> m_client;

    SendMessageRequest simpleRequest() const
    {
        SendMessageRequest request;
        request.to = kPatient;
        request.from = kClinicNumber;
        request.body = QStringLiteral("Your appointment is tomorrow at 9:00.");
        return request;
    }
    std::optional<TwilioResult<TwilioMessage>> send(const SendMessageRequest &request)
    {
        return waitFor<TwilioMessage>([&](auto done) { m_client->sendMessage(request, done); });
    }
    std::optional<TwilioResult<TwilioMessage>> fetch(const QString &sid)
    {
        return waitFor<TwilioMessage>([&](auto done) { m_client->fetchMessage(sid, done); });
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeTwilioServer>();
        QVERIFY(m_server->start());
        m_server->setAccount(kAccountSid, kAuthToken, QStringLiteral("Sunny Clinic"));
        m_server->addIncomingNumber(kClinicNumber, true);
        m_credentials = std::make_shared<FixedCredentials>();
        m_credentials->value.accountSid = kAccountSid;
        m_credentials->value.authToken = kAuthToken;
        m_credentials->value.phoneNumbers = {kClinicNumber};
        m_client = std::make_unique<TwilioClient>(m_credentials);
        m_client->setBaseUrlOverride(m_server->baseUrl());
        m_client->setTimeoutMs(3000);
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 40;
        m_client->setRetryPolicy(fast);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // --- Sending ---------------------------------------------------------------------------------------------
    void sendWithFromEncodesFormAndAuth()
    {
        SendMessageRequest request = simpleRequest();
        request.body = QStringLiteral("A+B & C = 100% ✓ café");
        request.validityPeriodSeconds = 3600;
        const auto result = send(request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail));
        QCOMPARE(result->value().status, QStringLiteral("queued"));
        QVERIFY(result->value().sid.startsWith(QLatin1String("SM")));
        QCOMPARE(result->value().numSegments, 1); // sent as the string "1"

        QCOMPARE(m_server->createCount(), 1);
        const FakeTwilioServer::Request sent = m_server->requests().constLast();
        QCOMPARE(sent.path, QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccountSid));
        QVERIFY(sent.header("content-type").startsWith("application/x-www-form-urlencoded"));
        QVERIFY2(sent.body.contains("To=%2B15557654321"), sent.body.constData()); // "+" must never go raw
        QVERIFY(sent.body.contains("From=%2B15550001111"));
        QVERIFY(sent.body.contains("Body=A%2BB%20%26%20C%20%3D%20100%25"));
        QCOMPARE(sent.formValue(QStringLiteral("Body")), request.body);
        QCOMPARE(sent.formValue(QStringLiteral("ValidityPeriod")), QStringLiteral("3600"));
        QVERIFY(!sent.hasForm(QStringLiteral("ScheduleType")));
        QCOMPARE(sent.header("authorization"),
                 "Basic " + QString(kAccountSid + QLatin1Char(':') + kAuthToken).toUtf8().toBase64());
    }

    void sendWithMessagingService()
    {
        SendMessageRequest request = simpleRequest();
        request.from.clear();
        request.messagingServiceSid = kService;
        const auto result = send(request);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().status, QStringLiteral("accepted"));
        QCOMPARE(result->value().numSegments, 0); // "0" until Twilio picks a sender
        QVERIFY(result->value().from.isEmpty());  // null on the wire
        QCOMPARE(result->value().messagingServiceSid, kService);
        QCOMPARE(m_server->requests().constLast().formValue(QStringLiteral("MessagingServiceSid")), kService);
        QVERIFY(!m_server->requests().constLast().hasForm(QStringLiteral("From")));
    }

    void apiKeyIsPreferredForAuth()
    {
        m_server->setApiKey(kApiKeySid, kApiSecret);
        m_credentials->value.apiKeySid = kApiKeySid;
        m_credentials->value.apiKeySecret = kApiSecret;
        const auto result = send(simpleRequest());
        QVERIFY(result && result->ok());
        const FakeTwilioServer::Request sent = m_server->requests().constLast();
        QCOMPARE(sent.header("authorization"),
                 "Basic " + QString(kApiKeySid + QLatin1Char(':') + kApiSecret).toUtf8().toBase64());
        QVERIFY(sent.path.contains(kAccountSid)); // the path always carries the Account SID
    }

    void scheduledSendIsValidatedClientSide()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SendMessageRequest request = simpleRequest();
        request.sendAtUtc = now.addSecs(3600);
        // Only From: Twilio would silently drop the schedule and text the patient now.
        auto result = send(request);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Api);
        QCOMPARE(result->error().code, std::optional<int>(35118));
        QVERIFY(result->error().message.contains(QLatin1String("Messaging Service")));

        request.messagingServiceSid = kService;
        request.from.clear();
        for (const QDateTime &bad : {now.addSecs(10 * 60), now.addDays(36), now.addSecs(-60)}) {
            request.sendAtUtc = bad;
            result = send(request);
            QVERIFY(result && !result->ok());
            QCOMPARE(result->error().code, std::optional<int>(35114));
        }
        QCOMPARE(m_server->requestCount(), 0); // nothing left the machine

        request.sendAtUtc = now.addSecs(2 * 3600);
        result = send(request);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().status, QStringLiteral("scheduled"));
        const FakeTwilioServer::Request sent = m_server->requests().constLast();
        QCOMPARE(sent.formValue(QStringLiteral("ScheduleType")), QStringLiteral("fixed"));
        QCOMPARE(sent.formValue(QStringLiteral("SendAt")),
                 request.sendAtUtc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z'));
    }

    void invalidRequestsNeverLeaveTheMachine()
    {
        SendMessageRequest request = simpleRequest();
        request.body.clear();
        auto result = send(request);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, std::optional<int>(21602));
        request = simpleRequest();
        request.to.clear();
        result = send(request);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, std::optional<int>(21604));
        request = simpleRequest();
        request.from.clear();
        result = send(request);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, std::optional<int>(21603));
        request = simpleRequest();
        request.validityPeriodSeconds = 36001;
        result = send(request);
        QVERIFY(result && !result->ok());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void cancelScheduled()
    {
        SendMessageRequest request = simpleRequest();
        request.from.clear();
        request.messagingServiceSid = kService;
        request.sendAtUtc = QDateTime::currentDateTimeUtc().addDays(2);
        const auto created = send(request);
        QVERIFY(created && created->ok());
        const QString sid = created->value().sid;
        auto canceled = waitFor<TwilioMessage>([&](auto done) { m_client->cancelScheduled(sid, done); });
        QVERIFY(canceled && canceled->ok());
        QCOMPARE(canceled->value().status, QStringLiteral("canceled"));
        const FakeTwilioServer::Request sent = m_server->requests().constLast();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(kAccountSid, sid));
        QCOMPARE(sent.body, QByteArray("Status=canceled"));

        // Not scheduled any more: Twilio's 30409, in words.
        canceled = waitFor<TwilioMessage>([&](auto done) { m_client->cancelScheduled(sid, done); });
        QVERIFY(canceled && !canceled->ok());
        QCOMPARE(canceled->error().code, std::optional<int>(30409));
        QCOMPARE(canceled->error().message, twilioErrorText(30409));
    }

    // --- Parsing ------------------------------------------------------------------------------------------------
    void fetchParsesDefensively()
    {
        const QDateTime sentAt(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC);
        QJsonObject wire{{QStringLiteral("sid"), QString(QStringLiteral("SM") + QString(32, QLatin1Char('d')))},
                         {QStringLiteral("status"), QStringLiteral("partially_delivered_v2")}, // unknown: kept
                         {QStringLiteral("num_segments"), QStringLiteral("3")},
                         {QStringLiteral("num_media"), 2}, // a number this time
                         {QStringLiteral("price"), QStringLiteral("-0.00750")},
                         {QStringLiteral("error_code"), QStringLiteral("30007")},
                         {QStringLiteral("error_message"), QJsonValue::Null},
                         {QStringLiteral("body"), QJsonValue::Null},
                         {QStringLiteral("direction"), QStringLiteral("outbound-api")},
                         {QStringLiteral("to"), kPatient},
                         {QStringLiteral("_sent"), double(sentAt.toMSecsSinceEpoch())}};
        const QString sid = m_server->injectMessage(wire);
        const auto result = fetch(sid);
        QVERIFY(result && result->ok());
        const TwilioMessage &m = result->value();
        QCOMPARE(m.status, QStringLiteral("partially_delivered_v2"));
        QCOMPARE(m.numSegments, 3);
        QCOMPARE(m.numMedia, 2);
        QCOMPARE(m.price, QStringLiteral("-0.00750"));
        QCOMPARE(m.errorCode, std::optional<int>(30007));
        QVERIFY(m.body.isEmpty());
        QCOMPARE(m.dateSent, QDateTime(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC));
        QVERIFY(m.dateCreated.isValid());
    }

    void wireDatesAndErrorShapes()
    {
        QCOMPARE(twilio::parseTwilioDate(QStringLiteral("Thu, 24 Aug 2023 05:01:45 +0000")),
                 QDateTime(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC));
        QCOMPARE(twilio::parseTwilioDate(QStringLiteral("Thu, 24 Aug 2023 07:01:45 +0200")),
                 QDateTime(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC));
        QCOMPARE(twilio::parseTwilioDate(QStringLiteral("Thu, 24 Aug 2023 05:01:45 GMT")),
                 QDateTime(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC));
        QVERIFY(!twilio::parseTwilioDate(QJsonValue::Null).isValid());
        QVERIFY(!twilio::parseTwilioDate(QStringLiteral("yesterday")).isValid());

        QCOMPARE(twilio::parseOptionalInt(QStringLiteral(" 21610 ")), std::optional<int>(21610));
        QCOMPARE(twilio::parseOptionalInt(30007), std::optional<int>(30007));
        QVERIFY(!twilio::parseOptionalInt(1e20));
        QVERIFY(!twilio::parseOptionalInt(2.5));
        QVERIFY(!twilio::parseOptionalInt(QStringLiteral("abc")));
        QVERIFY(!twilio::parseOptionalInt(QJsonValue::Null));
        QCOMPARE(twilio::parseInt(QJsonValue(QJsonValue::Undefined), 7), 7);

        auto classic = twilio::parseErrorBody("{\"code\": \"21211\", \"message\": \"Invalid 'To'\", \"status\": 400}");
        QCOMPARE(classic.code, std::optional<int>(21211));
        auto problem = twilio::parseErrorBody("{\"type\":\"https://www.twilio.com/docs/errors/20404\",\"title\":\"Not "
                                              "Found\",\"status\":404,\"detail\":\"No such\"}");
        QCOMPARE(problem.code, std::optional<int>(20404));
        QCOMPARE(problem.text, QStringLiteral("No such"));
        QVERIFY(!twilio::parseErrorBody("<html><body>502 Bad Gateway</body></html>").code);
        QVERIFY(!twilio::parseErrorBody("").code);
    }

    // --- Listing -------------------------------------------------------------------------------------------------
    void listFiltersGoOnTheWireCorrectly()
    {
        MessageListFilter filter;
        filter.to = kClinicNumber;
        filter.dateSentOnOrAfter = QDate(2026, 11, 24);
        filter.pageSize = 20;
        const auto page = waitFor<TwilioMessagePage>([&](auto done) { m_client->listMessages(filter, {}, done); });
        QVERIFY(page && page->ok());
        const QByteArray target = m_server->requests().constLast().target;
        QVERIFY2(target.contains("DateSent%3E=2026-11-24"), target.constData());
        QVERIFY2(target.contains("To=%2B15550001111"), target.constData());
        QVERIFY(target.contains("PageSize=20"));
    }

    void threePagesFollowNextPageUri()
    {
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QSet<QString> injected;
        for (int i = 0; i < 7; ++i)
            injected << m_server->injectInbound(kPatient, kClinicNumber, QStringLiteral("reply %1").arg(i),
                                                base.addSecs(i * 60));
        MessageListFilter filter;
        filter.to = kClinicNumber;
        filter.dateSentOnOrAfter = base.date().addDays(-1);
        filter.pageSize = 3;
        const auto all = waitFor<QList<TwilioMessage>>([&](auto done) { m_client->listAllMessages(filter, 10, done); });
        QVERIFY(all && all->ok());
        QCOMPARE(all->value().size(), 7);
        QSet<QString> got;
        for (const TwilioMessage &m : all->value())
            got << m.sid;
        QCOMPARE(got, injected);
        QCOMPARE(m_server->requestCount("GET", QStringLiteral("/Messages.json")), 3);
        QVERIFY(m_server->requests().at(1).queryValue(QStringLiteral("PageToken")).size() > 0);
        QCOMPARE(all->value().constFirst().body, QStringLiteral("reply 6")); // newest first

        // The page cap holds even when more pages exist.
        m_server->clearRequestLog();
        const auto capped =
            waitFor<QList<TwilioMessage>>([&](auto done) { m_client->listAllMessages(filter, 2, done); });
        QVERIFY(capped && capped->ok());
        QCOMPARE(capped->value().size(), 6);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void nextPageUriIsNeverFollowedOffHost()
    {
        for (const QString &uri :
             {QStringLiteral("https://evil.example/2010-04-01/Accounts/%1/Messages.json?Page=1").arg(kAccountSid),
              QStringLiteral("/2010-04-01/Accounts/%1/Calls.json?Page=1").arg(kAccountSid)}) {
            const auto page =
                waitFor<TwilioMessagePage>([&](auto done) { m_client->listMessages(MessageListFilter{}, uri, done); });
            QVERIFY(page && !page->ok());
            QCOMPARE(page->error().kind, TwilioError::Kind::Protocol);
        }
        QCOMPARE(m_server->requestCount(), 0);
    }

    // --- Faults ---------------------------------------------------------------------------------------------------
    void wrongCredentials401()
    {
        m_credentials->value.authToken = QStringLiteral("wrong-token");
        const auto result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Api);
        QCOMPARE(result->error().httpStatus, 401);
        QCOMPARE(result->error().code, std::optional<int>(20003));
        QVERIFY(result->error().message.startsWith(QLatin1String("Failed to connect to messaging service")));
        QCOMPARE(m_server->createCount(), 1); // a 4xx is never retried
    }

    void invalidNumber21211()
    {
        m_server->failNext("POST", QStringLiteral("/Messages.json"), 400, 21211,
                           QStringLiteral("Invalid 'To' Phone Number"));
        const auto result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Api);
        QCOMPARE(result->error().code, std::optional<int>(21211));
        QCOMPARE(result->error().message, twilioErrorText(21211));
        QVERIFY(result->error().detail.contains(QLatin1String("Invalid 'To' Phone Number")));
        QCOMPARE(m_server->createCount(), 1);
    }

    void optedOut21610()
    {
        m_server->addOptedOut(kPatient);
        const auto result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, std::optional<int>(21610));
        QCOMPARE(result->error().httpStatus, 400);
        QVERIFY(result->error().message.contains(QLatin1String("STOP")));
        QCOMPARE(m_server->createCount(), 1);
        QVERIFY(m_server->messages().isEmpty());
    }

    void rateLimitedThenSuccess()
    {
        FakeTwilioServer::Fault busy;
        busy.method = "POST";
        busy.status = 429;
        busy.body = "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}";
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
        m_server->enqueueFault(busy);
        busy.headers.clear(); // the second one without Retry-After: exponential back-off
        m_server->enqueueFault(busy);
        QSignalSpy retries(m_client.get(), &TwilioClient::retryScheduled);
        const auto result = send(simpleRequest());
        QVERIFY(result && result->ok());
        QCOMPARE(retries.count(), 2);
        QCOMPARE(m_server->createCount(), 3);
        QCOMPARE(m_server->messages().size(), 1); // exactly one text
    }

    void rateLimitedUntilRetriesRunOut()
    {
        for (int i = 0; i < 10; ++i)
            m_server->failNext("POST", QStringLiteral("/Messages.json"), 429, 20429);
        const auto result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::RateLimited);
        QCOMPARE(m_server->createCount(), 1 + m_client->retryPolicy().maxRetries);
        QVERIFY(m_server->messages().isEmpty());
    }

    void tooLongRetryAfterIsNotWaitedFor()
    {
        FakeTwilioServer::Fault busy;
        busy.status = 429;
        busy.body = "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}";
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3600")));
        m_server->enqueueFault(busy);
        const auto result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::RateLimited);
        QCOMPARE(m_server->createCount(), 1);
    }

    void serverError500AfterCreateIsOutcomeUnknown()
    {
        FakeTwilioServer::Fault crash;
        crash.process = true; // Twilio created it, then failed to answer properly
        crash.status = 500;
        crash.body = "<html><body><h1>500 Internal Server Error</h1></body></html>";
        m_server->enqueueFault(crash);
        const auto result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(result->error().httpStatus, 500);
        QCOMPARE(m_server->createCount(), 1); // never retried
        QCOMPARE(m_server->messages().size(), 1);

        // The same on a read is a plain server error (nothing to duplicate).
        m_server->failNext("GET", {}, 500, 20500);
        const auto fetched = fetch(m_server->messages().constFirst().value(QStringLiteral("sid")).toString());
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().kind, TwilioError::Kind::Api);
        QCOMPARE(fetched->error().message, TwilioErrorMessages::serverError());
    }

    void slowerThanTimeout()
    {
        m_client->setTimeoutMs(300);
        FakeTwilioServer::Fault slow;
        slow.process = true;
        slow.delayMs = 2000;
        m_server->enqueueFault(slow);
        const auto result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::OutcomeUnknown);
        QVERIFY2(result->error().detail.contains(QLatin1String("no answer")), qPrintable(result->error().detail));
        QCOMPARE(m_server->createCount(), 1);
        QCOMPARE(m_server->messages().size(), 1); // it WAS created: a blind retry would have texted twice

        slow.process = false;
        slow.method = "GET";
        m_server->enqueueFault(slow);
        const auto fetched = fetch(m_server->messages().constFirst().value(QStringLiteral("sid")).toString());
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().kind, TwilioError::Kind::Network);
        QCOMPARE(fetched->error().message, TwilioErrorMessages::networkFailure());
    }

    void connectionResetIsNeverResent()
    {
        // Qt re-sends a request on its own when the server closes the connection before answering (even a POST).
        FakeTwilioServer::Fault reset;
        reset.method = "POST";
        reset.dropConnection = true;
        m_server->enqueueFault(reset);
        auto result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(m_server->createCount(), 1);

        // "Answer lost after create": Twilio has the message, the client must not send it again.
        reset.process = true;
        m_server->enqueueFault(reset);
        result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(m_server->createCount(), 2);
        QCOMPARE(m_server->messages().size(), 1);

        // A hard TCP reset (RST) after Twilio got the request: the same answer, still no second create.
        FakeTwilioServer::Fault rst;
        rst.method = "POST";
        rst.process = true;
        rst.resetConnection = true;
        m_server->enqueueFault(rst);
        result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(m_server->createCount(), 3);
        QCOMPARE(m_server->messages().size(), 2);

        // The next send on a fresh connection works normally.
        result = send(simpleRequest());
        QVERIFY(result && result->ok());
        QCOMPARE(m_server->createCount(), 4);
    }

    void untrustedCertificateIsRefused()
    {
        // A loopback TLS server with a self-signed certificate: what an intercepting proxy looks like.
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString crt = dir.filePath(QStringLiteral("crt.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), crt, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 "the openssl command line tool is needed to make a throwaway certificate");
        QFile keyFile(key);
        QFile crtFile(crt);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && crtFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(crtFile.readAll()));
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer tls;
        tls.setSslConfiguration(configuration);
        int handshakes = 0;
        connect(&tls, &QSslServer::startedEncryptionHandshake, this, [&handshakes] { ++handshakes; });
        QVERIFY(tls.listen(QHostAddress::LocalHost, 0));

        m_client->setBaseUrlOverride(QStringLiteral("https://127.0.0.1:%1").arg(tls.serverPort()));
        QSignalSpy retries(m_client.get(), &TwilioClient::retryScheduled);
        const auto result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Network);
        QCOMPARE(result->error().message, TwilioErrorMessages::tlsFailure());
        QVERIFY(handshakes >= 1);              // it did try
        QVERIFY(!tls.hasPendingConnections()); // but no request was ever decrypted by the server
        QCOMPARE(retries.count(), 0);          // a certificate problem does not go away by retrying
    }

    void serverDownIsNetworkAndRetried()
    {
        const QString url = m_server->baseUrl();
        m_server->stop();
        QSignalSpy retries(m_client.get(), &TwilioClient::retryScheduled);
        const auto result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Network);
        QCOMPARE(result->error().message, TwilioErrorMessages::networkFailure());
        QVERIFY(result->error().message.startsWith(QLatin1String("Failed to connect to messaging service")));
        QCOMPARE(retries.count(), m_client->retryPolicy().maxRetries); // refused: never reached Twilio, safe
    }

    void timeoutBeforeSendingIsRetrySafe()
    {
#ifdef Q_OS_LINUX
        // A listening socket whose accept queue is full (backlog 0, one connection parked in it): the kernel drops
        // further SYNs, so the client's connect hangs and times out before the request was ever written.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        QCOMPARE(::listen(listener, 0), 0);
        socklen_t length = sizeof(address);
        QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
        const quint16 port = ntohs(address.sin_port);
        QTcpSocket filler;
        filler.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(filler.waitForConnected(2000));

        m_client->setBaseUrlOverride(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_client->setTimeoutMs(300);
        QSignalSpy retries(m_client.get(), &TwilioClient::retryScheduled);
        const auto result = send(simpleRequest());
        ::close(listener);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Network); // not "outcome unknown": nothing was sent
        QCOMPARE(result->error().message, TwilioErrorMessages::networkFailure());
        QCOMPARE(retries.count(), m_client->retryPolicy().maxRetries);
#else
        QSKIP("needs Linux accept-queue semantics to make a connect hang on loopback");
#endif
    }

    void malformedBodies()
    {
        const QString sid = m_server->injectInbound(kPatient, kClinicNumber, QStringLiteral("hi"));
        FakeTwilioServer::Fault garbage;
        garbage.method = "GET";
        garbage.status = 200;
        garbage.body = "{\"sid\": \"SM";
        m_server->enqueueFault(garbage);
        auto fetched = fetch(sid);
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().kind, TwilioError::Kind::Protocol);

        garbage.body.clear(); // empty 200
        m_server->enqueueFault(garbage);
        fetched = fetch(sid);
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().kind, TwilioError::Kind::Protocol);

        // A proxy's HTML page on a 400: still an API refusal, in words, without a code.
        garbage.status = 400;
        garbage.body = "<html><body>Bad request</body></html>";
        m_server->enqueueFault(garbage);
        fetched = fetch(sid);
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().kind, TwilioError::Kind::Api);
        QVERIFY(!fetched->error().code);
        QCOMPARE(fetched->error().message, TwilioErrorMessages::forHttpStatus(400));

        // RFC 9457 problem shape.
        garbage.status = 404;
        garbage.body = "{\"type\":\"https://www.twilio.com/docs/errors/20404\",\"title\":\"Not Found\",\"status\":404}";
        m_server->enqueueFault(garbage);
        fetched = fetch(sid);
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().code, std::optional<int>(20404));

        // An unreadable 201 to a create: Twilio probably has it, so the outcome is unknown.
        FakeTwilioServer::Fault created;
        created.method = "POST";
        created.process = true;
        created.status = 201;
        created.body = "not json at all";
        m_server->enqueueFault(created);
        const auto sent = send(simpleRequest());
        QVERIFY(sent && !sent->ok());
        QCOMPARE(sent->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(m_server->createCount(), 1);

        // An empty 401 body still means "wrong credentials".
        FakeTwilioServer::Fault denied;
        denied.status = 401;
        m_server->enqueueFault(denied);
        fetched = fetch(sid);
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().code, std::optional<int>(20003));
        QCOMPARE(fetched->error().message, TwilioErrorMessages::credentialsRejected());
    }

    void badMessageSidNeverSent()
    {
        const auto fetched = fetch(QStringLiteral("../../Accounts.json"));
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(m_server->requestCount(), 0);
    }

    // --- Endpoint rules -----------------------------------------------------------------------------------------
    void baseUrlRules()
    {
        QVERIFY(TwilioEndpoint::resolve(QStringLiteral("https://api.twilio.com")));
        QVERIFY(TwilioEndpoint::resolve(QStringLiteral("http://127.0.0.1:4010")));
        QVERIFY(TwilioEndpoint::resolve(QStringLiteral("http://127.8.9.10:4010")));
        QVERIFY(TwilioEndpoint::resolve(QStringLiteral("http://localhost:4010")));
        QVERIFY(TwilioEndpoint::resolve(QStringLiteral("http://[::1]:4010")));
        for (const QString &bad : {QStringLiteral("http://api.twilio.com"), QStringLiteral("http://10.0.0.5:4010"),
                                   QStringLiteral("http://localhost.evil.example"), QStringLiteral("ftp://127.0.0.1"),
                                   QStringLiteral("https://user:pw@api.twilio.com"),
                                   QStringLiteral("https://api.twilio.com/2010-04-01"), QStringLiteral("not a url")}) {
            const auto resolved = TwilioEndpoint::resolve(bad);
            QVERIFY2(!resolved, qPrintable(bad));
            QCOMPARE(resolved.error().kind, TwilioError::Kind::Configuration);
        }
        QVERIFY(TwilioEndpoint::resolve(QStringLiteral("http://10.0.0.5"))
                    .error()
                    .message.contains(QLatin1String("https")));

        // The environment variable is honoured, and a refused address sends nothing at all.
        qputenv("CLINICDESK_TWILIO_BASE_URL", "http://192.0.2.1:9");
        m_client->setBaseUrlOverride(QString());
        const auto result = send(simpleRequest());
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Configuration);
        qputenv("CLINICDESK_TWILIO_BASE_URL", m_server->baseUrl().toUtf8());
        const auto viaEnv = send(simpleRequest());
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
        QVERIFY(viaEnv && viaEnv->ok());
    }

    void missingCredentialsAreConfiguration()
    {
        m_credentials->value.authToken.clear();
        auto result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Configuration);
        m_credentials->value.authToken = kAuthToken;
        m_credentials->value.accountSid = QStringLiteral("SK123");
        result = send(simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Configuration);
        QCOMPARE(m_server->requestCount(), 0);
    }

    // --- Media ----------------------------------------------------------------------------------------------------
    void mediaRedirectIsFollowedWithoutCredentials()
    {
        FakeTwilioServer cdn; // another origin (own port), standing in for Twilio's media CDN
        QVERIFY(cdn.start());
        const QByteArray picture("\x89PNG fake picture bytes", 23);
        cdn.setStaticResource(QStringLiteral("/cdn/abc.png"), "image/png", picture);
        const QString sid = m_server->injectInbound(kPatient, kClinicNumber, QStringLiteral("photo"), {}, 2);
        m_server->addMedia(sid, QStringLiteral("image/png"), {}, cdn.baseUrl() + QStringLiteral("/cdn/abc.png"));
        m_server->addMedia(sid, QStringLiteral("text/plain"), "inline text");

        const auto list = waitFor<QList<TwilioMedia>>([&](auto done) { m_client->listMedia(sid, done); });
        QVERIFY(list && list->ok());
        QCOMPARE(list->value().size(), 2);
        QVERIFY(list->value().constFirst().uri.endsWith(QLatin1String(".json")));

        const auto content =
            waitFor<TwilioMediaContent>([&](auto done) { m_client->downloadMedia(list->value().at(0), done); });
        QVERIFY(content && content->ok());
        QCOMPARE(content->value().data, picture);
        QCOMPARE(content->value().contentType, QStringLiteral("image/png"));
        const FakeTwilioServer::Request atTwilio = m_server->requests().constLast();
        QVERIFY(!atTwilio.path.endsWith(QLatin1String(".json")));
        QVERIFY(!atTwilio.header("authorization").isEmpty());
        QCOMPARE(cdn.requestCount(), 1);
        QVERIFY(cdn.requests().constFirst().header("authorization").isEmpty()); // credentials stayed home

        const auto direct =
            waitFor<TwilioMediaContent>([&](auto done) { m_client->downloadMedia(list->value().at(1), done); });
        QVERIFY(direct && direct->ok());
        QCOMPARE(direct->value().data, QByteArray("inline text"));
    }

    // --- Connection check -----------------------------------------------------------------------------------------
    void checkWithAuthToken()
    {
        m_credentials->value.messagingServiceSid = kService;
        const TwilioConnectionCheck check = runCheck(*m_client);
        QVERIFY2(check.ok, qPrintable(check.problems.join(QLatin1Char(' '))));
        QCOMPARE(check.accountName, QStringLiteral("Sunny Clinic"));
        QCOMPARE(check.accountStatus, QStringLiteral("active"));
        QCOMPARE(check.numberExists, std::optional<bool>(true));
        QCOMPARE(check.smsCapable, std::optional<bool>(true));
        QVERIFY(check.schedulingAvailable);
        QCOMPARE(m_server->requestCount("GET", QStringLiteral("/Accounts/%1.json").arg(kAccountSid)), 1);
    }

    void checkWithApiKeyAvoidsAccountResource()
    {
        m_server->setApiKey(kApiKeySid, kApiSecret);
        m_credentials->value.apiKeySid = kApiKeySid;
        m_credentials->value.apiKeySecret = kApiSecret;
        const TwilioConnectionCheck check = runCheck(*m_client);
        QVERIFY2(check.ok, qPrintable(check.problems.join(QLatin1Char(' '))));
        QVERIFY(check.usingApiKey);
        QVERIFY(check.accountName.isEmpty());
        QVERIFY(!check.schedulingAvailable);
        QVERIFY(!check.notes.isEmpty()); // says how to get scheduling
        QCOMPARE(m_server->requestCount("GET", QStringLiteral("/Accounts/%1.json").arg(kAccountSid)), 0);
        QCOMPARE(m_server->requests().constFirst().queryValue(QStringLiteral("PageSize")), QStringLiteral("1"));
        QCOMPARE(m_server->requestCount("GET", QStringLiteral("/IncomingPhoneNumbers.json")), 1);
    }

    void checkFindsProblems()
    {
        // Wrong credentials.
        m_credentials->value.authToken = QStringLiteral("nope");
        TwilioConnectionCheck check = runCheck(*m_client);
        QVERIFY(!check.ok);
        QVERIFY(check.reachable);
        QCOMPARE(check.problems, QStringList{TwilioErrorMessages::credentialsRejected()});

        // A number that is not on the account, and one that cannot text.
        m_credentials->value.authToken = kAuthToken;
        m_credentials->value.phoneNumbers = {QStringLiteral("+15559999999")};
        check = runCheck(*m_client);
        QVERIFY(!check.ok);
        QCOMPARE(check.numberExists, std::optional<bool>(false));
        QVERIFY(check.problems.join(QLatin1Char(' ')).contains(QLatin1String("+15559999999")));
        m_server->addIncomingNumber(QStringLiteral("+15558888888"), false);
        m_credentials->value.phoneNumbers = {QStringLiteral("+15558888888")};
        check = runCheck(*m_client);
        QVERIFY(!check.ok);
        QCOMPARE(check.smsCapable, std::optional<bool>(false));

        // A suspended account.
        m_credentials->value.phoneNumbers = {kClinicNumber};
        m_server->setAccountStatus(QStringLiteral("suspended"));
        check = runCheck(*m_client);
        QVERIFY(!check.ok);
        QCOMPARE(check.accountStatus, QStringLiteral("suspended"));
        QVERIFY(check.problems.join(QLatin1Char(' ')).contains(QLatin1String("suspended")));
        m_server->setAccountStatus(QStringLiteral("active"));

        // No sender at all.
        m_credentials->value.phoneNumbers.clear();
        check = runCheck(*m_client);
        QVERIFY(!check.ok);
        QVERIFY(check.credentialsValid);

        // Server down.
        m_credentials->value.phoneNumbers = {kClinicNumber};
        m_server->stop();
        check = runCheck(*m_client);
        QVERIFY(!check.ok);
        QVERIFY(!check.reachable);
        QCOMPARE(check.problems, QStringList{TwilioErrorMessages::networkFailure()});
    }

    void cliCheckGivesThreeDifferentAnswers()
    {
        cd::test::TestEnvironment env;
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), kAccountSid);
        extra.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kAuthToken);
        extra.insert(QStringLiteral("TWILIO_PHONE_NUMBER"), kClinicNumber);
        extra.insert(QStringLiteral("CLINICDESK_TWILIO_BASE_URL"), m_server->baseUrl());
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

        m_server->stop();
        extra.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kAuthToken);
        const auto down = runCliAsync(env, {QStringLiteral("check")}, extra);
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(QLatin1String("Check the internet connection")), qPrintable(down.err));
        QVERIFY(down.err != wrong.err);
        qInfo("valid account -> exit %d: %s", valid.exitCode, qPrintable(valid.out.trimmed()));
        qInfo("wrong credentials -> exit %d: %s", wrong.exitCode, qPrintable(wrong.err.trimmed()));
        qInfo("server stopped -> exit %d: %s", down.exitCode, qPrintable(down.err.trimmed()));
        const QString everything = valid.out + valid.err + wrong.out + wrong.err + down.out + down.err;
        QVERIFY(!everything.contains(kAuthToken));
    }

    void backgroundServerServesABlockingCli()
    {
        // cd::test::runCli blocks this thread until the CLI exits: the fake must answer from its own thread.
        FakeTwilioServer background;
        QVERIFY(background.startInBackground());
        background.setAccount(kAccountSid, kAuthToken, QStringLiteral("Background Clinic"));
        background.addIncomingNumber(kClinicNumber, true);
        cd::test::TestEnvironment env;
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), kAccountSid);
        extra.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kAuthToken);
        extra.insert(QStringLiteral("TWILIO_PHONE_NUMBER"), kClinicNumber);
        extra.insert(QStringLiteral("CLINICDESK_TWILIO_BASE_URL"), background.baseUrl());
        const auto run = cd::test::runCli(env, {QStringLiteral("check")}, {}, extra);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("Background Clinic")));
        QCOMPARE(background.requestCount("GET"), 2); // the account, then the number

        // Data calls from this thread while the server thread serves the client.
        const QString sid = background.injectInbound(kPatient, kClinicNumber, QStringLiteral("hello"));
        m_client->setBaseUrlOverride(background.baseUrl());
        const auto fetched = fetch(sid);
        QVERIFY(fetched && fetched->ok());
        QCOMPARE(fetched->value().body, QStringLiteral("hello"));
        FakeTwilioServer::Fault lost;
        lost.method = "POST";
        lost.process = true;
        lost.dropConnection = true;
        background.enqueueFault(lost);
        const auto sent = send(simpleRequest());
        QVERIFY(sent && !sent->ok());
        QCOMPARE(sent->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(background.createCount(), 1);
        QCOMPARE(background.messages().size(), 2);
    }

    // --- Secrets never logged ----------------------------------------------------------------------------------
    void noCredentialInAnyLogLine()
    {
        g_previousFilter = QLoggingCategory::installFilter(enableClinicDeskLogging);
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        m_server->setApiKey(kApiKeySid, kApiSecret);

        // Success with the Auth Token, with an API key, failures with each, a retry, a network failure.
        QVERIFY(send(simpleRequest())->ok());
        m_credentials->value.apiKeySid = kApiKeySid;
        m_credentials->value.apiKeySecret = kApiSecret;
        QVERIFY(send(simpleRequest())->ok());
        m_server->failNext("POST", {}, 429, 20429);
        QVERIFY(send(simpleRequest())->ok());
        m_credentials->value.apiKeySecret = QStringLiteral("wrong-") + kApiSecret;
        QVERIFY(!send(simpleRequest())->ok());
        runCheck(*m_client);
        m_credentials->value.apiKeySid.clear();
        m_credentials->value.apiKeySecret.clear();
        QVERIFY(!fetch(QStringLiteral("SM") + QString(32, QLatin1Char('9')))->ok());
        MessageListFilter filter;
        filter.to = kPatient;
        QVERIFY(waitFor<TwilioMessagePage>([&](auto done) { m_client->listMessages(filter, {}, done); })->ok());
        m_server->stop();
        QVERIFY(!send(simpleRequest())->ok());

        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(g_previousFilter);
        QMutexLocker lock(&g_logMutex);
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(g_log.size() > 10, "the client logged nothing: the test would prove nothing");
        QVERIFY(all.contains(QLatin1String("clinicdesk.twilio")));
        QVERIFY2(all.contains(QLatin1String("attempt")), "debug lines were not captured");
        const QStringList forbidden = {
            kAuthToken,
            kApiSecret,
            QStringLiteral("wrong-") + kApiSecret,
            QString::fromLatin1(QString(kAccountSid + QLatin1Char(':') + kAuthToken).toUtf8().toBase64()),
            QString::fromLatin1(QString(kApiKeySid + QLatin1Char(':') + kApiSecret).toUtf8().toBase64()),
            QStringLiteral("Authorization"),
            QStringLiteral("Basic "),
            kPatient, // patient numbers (query strings, form bodies) stay out of logs too
            QStringLiteral("%2B15557654321"),
            QStringLiteral("appointment is tomorrow"),
        };
        for (const QString &secret : forbidden)
            QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("log contains %1").arg(secret)));
    }

    // --- Misc -----------------------------------------------------------------------------------------------------
    void destroyingTheClientCancelsQuietly()
    {
        FakeTwilioServer::Fault slow;
        slow.delayMs = 1000;
        m_server->enqueueFault(slow);
        bool called = false;
        m_client->sendMessage(simpleRequest(), [&called](const TwilioResult<TwilioMessage> &) { called = true; });
        QTRY_COMPARE(m_server->requestCount(), 1);
        m_client.reset();
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void errorTexts()
    {
        QVERIFY(twilioErrorText(21610).contains(QLatin1String("STOP")));
        QVERIFY(twilioErrorText(20003).startsWith(QLatin1String("Failed to connect to messaging service")));
        QVERIFY(
            TwilioErrorMessages::networkFailure().startsWith(QLatin1String("Failed to connect to messaging service")));
        for (int code : {20003, 20404, 20429, 21211, 21408, 21602, 21606, 21610, 21612, 21614, 21617, 30001, 30003,
                         30004, 30005, 30006, 30007, 30008})
            QVERIFY2(twilioErrorKnown(code), qPrintable(QString::number(code)));
        QVERIFY(!twilioErrorKnown(12345));
        QVERIFY(twilioErrorText(12345).contains(QLatin1String("12345")));
    }

    void envCredentials()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("TWILIO_ACCOUNT_SID"),
                           QStringLiteral(" ") + kAccountSid + QStringLiteral(" "));
        environment.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kAuthToken);
        environment.insert(QStringLiteral("TWILIO_PHONE_NUMBER"), QStringLiteral("+15550001111, +15550002222"));
        environment.insert(QStringLiteral("TWILIO_API_KEY"), kApiKeySid);
        environment.insert(QStringLiteral("TWILIO_API_SECRET"), kApiSecret);
        environment.insert(QStringLiteral("TWILIO_CHAT_SERVICE_SID"), QStringLiteral("IS123"));
        environment.insert(QStringLiteral("TWILIO_MESSAGING_SERVICE_SID"), kService);
        environment.insert(QStringLiteral("SENDGRID_API_KEY"), QStringLiteral("SG.x"));
        const auto credentials = EnvCredentialsProvider(environment).credentials();
        QVERIFY(credentials.ok());
        QCOMPARE(credentials->accountSid, kAccountSid);
        QCOMPARE(credentials->authToken, kAuthToken);
        QCOMPARE(credentials->phoneNumbers,
                 (QStringList{QStringLiteral("+15550001111"), QStringLiteral("+15550002222")}));
        QCOMPARE(credentials->apiKeySid, kApiKeySid);
        QCOMPARE(credentials->apiKeySecret, kApiSecret);
        QCOMPARE(credentials->chatServiceSid, QStringLiteral("IS123"));
        QCOMPARE(credentials->messagingServiceSid, kService);
        QCOMPARE(credentials->sendGridApiKey, QStringLiteral("SG.x"));
        QVERIFY(credentials->isConfigured());
        QVERIFY(!EnvCredentialsProvider(QProcessEnvironment()).credentials()->canAuthenticate());
    }
};

QTEST_GUILESS_MAIN(TestTwilioClient)
#include "tst_twilioclient.moc"
