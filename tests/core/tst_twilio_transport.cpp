// The Twilio transport (auth, timeouts, retries, TLS, one-shot bodies, error mapping, quiet logs) against a
// fault-injecting loopback fake (tests/support/FakeTwilioServer), driven through the Messages API on top of it.
#include "core/twilio/TwilioEndpoint.h"
#include "core/twilio/TwilioErrorMessages.h"
#include "tests/support/TwilioTestRig.h"

#include <QFile>
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
using namespace cd::test;

namespace {

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

class TestTwilioTransport : public QObject
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

    void apiKeyIsPreferredForAuth()
    {
        m_rig->server.setApiKey(kTestApiKeySid, kTestApiSecret);
        m_rig->credentials->value.apiKeySid = kTestApiKeySid;
        m_rig->credentials->value.apiKeySecret = kTestApiSecret;
        const auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && result->ok());
        const FakeTwilioServer::Request sent = m_rig->server.requests().constLast();
        QCOMPARE(sent.header("authorization"),
                 "Basic " + QString(kTestApiKeySid + QLatin1Char(':') + kTestApiSecret).toUtf8().toBase64());
        QVERIFY(sent.path.contains(kTestAccountSid)); // the path always carries the Account SID
    }

    void wrongCredentials401()
    {
        m_rig->credentials->value.authToken = QStringLiteral("wrong-token");
        const auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Api);
        QCOMPARE(result->error().httpStatus, 401);
        QCOMPARE(result->error().code, std::optional<int>(20003));
        QVERIFY(result->error().message.startsWith(QLatin1String("Failed to connect to messaging service")));
        QCOMPARE(m_rig->server.createCount(), 1); // a 4xx is never retried
    }

    void rateLimitedThenSuccess()
    {
        FakeTwilioServer::Fault busy;
        busy.method = "POST";
        busy.status = 429;
        busy.body = "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}";
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
        m_rig->server.enqueueFault(busy);
        busy.headers.clear(); // the second one without Retry-After: exponential back-off
        m_rig->server.enqueueFault(busy);
        QSignalSpy retries(m_rig->transport.get(), &TwilioTransport::retryScheduled);
        const auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && result->ok());
        QCOMPARE(retries.count(), 2);
        QCOMPARE(m_rig->server.createCount(), 3);
        QCOMPARE(m_rig->server.messages().size(), 1); // exactly one text
    }

    void rateLimitedUntilRetriesRunOut()
    {
        for (int i = 0; i < 10; ++i)
            m_rig->server.failNext("POST", QStringLiteral("/Messages.json"), 429, 20429);
        const auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::RateLimited);
        QCOMPARE(m_rig->server.createCount(), 1 + m_rig->retry.maxRetries);
        QVERIFY(m_rig->server.messages().isEmpty());
    }

    void tooLongRetryAfterIsNotWaitedFor()
    {
        FakeTwilioServer::Fault busy;
        busy.status = 429;
        busy.body = "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}";
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3600")));
        m_rig->server.enqueueFault(busy);
        const auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::RateLimited);
        QCOMPARE(m_rig->server.createCount(), 1);
    }

    void serverError500AfterCreateIsOutcomeUnknown()
    {
        FakeTwilioServer::Fault crash;
        crash.process = true; // Twilio created it, then failed to answer properly
        crash.status = 500;
        crash.body = "<html><body><h1>500 Internal Server Error</h1></body></html>";
        m_rig->server.enqueueFault(crash);
        const auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(result->error().httpStatus, 500);
        QCOMPARE(m_rig->server.createCount(), 1); // never retried
        QCOMPARE(m_rig->server.messages().size(), 1);

        // The same on a read is a plain server error (nothing to duplicate).
        m_rig->server.failNext("GET", {}, 500, 20500);
        const auto fetched =
            m_rig->fetch(m_rig->server.messages().constFirst().value(QStringLiteral("sid")).toString());
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().kind, TwilioError::Kind::Api);
        QCOMPARE(fetched->error().message, TwilioErrorMessages::serverError());
    }

    void slowerThanTimeout()
    {
        m_rig->transport->setTimeoutMs(300);
        FakeTwilioServer::Fault slow;
        slow.process = true;
        slow.delayMs = 2000;
        m_rig->server.enqueueFault(slow);
        const auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::OutcomeUnknown);
        QVERIFY2(result->error().detail.contains(QLatin1String("no answer")), qPrintable(result->error().detail));
        QCOMPARE(m_rig->server.createCount(), 1);
        QCOMPARE(m_rig->server.messages().size(), 1); // it WAS created: a blind retry would have texted twice

        slow.process = false;
        slow.method = "GET";
        m_rig->server.enqueueFault(slow);
        const auto fetched =
            m_rig->fetch(m_rig->server.messages().constFirst().value(QStringLiteral("sid")).toString());
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
        m_rig->server.enqueueFault(reset);
        auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(m_rig->server.createCount(), 1);

        // "Answer lost after create": Twilio has the message, the client must not send it again.
        reset.process = true;
        m_rig->server.enqueueFault(reset);
        result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(m_rig->server.createCount(), 2);
        QCOMPARE(m_rig->server.messages().size(), 1);

        // A hard TCP reset (RST) after Twilio got the request: the same answer, still no second create.
        FakeTwilioServer::Fault rst;
        rst.method = "POST";
        rst.process = true;
        rst.resetConnection = true;
        m_rig->server.enqueueFault(rst);
        result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(m_rig->server.createCount(), 3);
        QCOMPARE(m_rig->server.messages().size(), 2);

        // The next send on a fresh connection works normally.
        result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && result->ok());
        QCOMPARE(m_rig->server.createCount(), 4);
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

        TwilioTestRig::setBaseUrl(QStringLiteral("https://127.0.0.1:%1").arg(tls.serverPort()));
        QSignalSpy retries(m_rig->transport.get(), &TwilioTransport::retryScheduled);
        const auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Network);
        QCOMPARE(result->error().message, TwilioErrorMessages::tlsFailure());
        QVERIFY(handshakes >= 1);              // it did try
        QVERIFY(!tls.hasPendingConnections()); // but no request was ever decrypted by the server
        QCOMPARE(retries.count(), 0);          // a certificate problem does not go away by retrying
    }

    void serverDownIsNetworkAndRetried()
    {
        const QString url = m_rig->server.baseUrl();
        m_rig->server.stop();
        QSignalSpy retries(m_rig->transport.get(), &TwilioTransport::retryScheduled);
        const auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Network);
        QCOMPARE(result->error().message, TwilioErrorMessages::networkFailure());
        QVERIFY(result->error().message.startsWith(QLatin1String("Failed to connect to messaging service")));
        QCOMPARE(retries.count(), m_rig->retry.maxRetries); // refused: never reached Twilio, safe
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

        TwilioTestRig::setBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_rig->transport->setTimeoutMs(300);
        QSignalSpy retries(m_rig->transport.get(), &TwilioTransport::retryScheduled);
        const auto result = m_rig->send(m_rig->simpleRequest());
        ::close(listener);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Network); // not "outcome unknown": nothing was sent
        QCOMPARE(result->error().message, TwilioErrorMessages::networkFailure());
        QCOMPARE(retries.count(), m_rig->retry.maxRetries);
#else
        QSKIP("needs Linux accept-queue semantics to make a connect hang on loopback");
#endif
    }

    void malformedBodies()
    {
        const QString sid = m_rig->server.injectInbound(kTestPatient, kTestClinicNumber, QStringLiteral("hi"));
        FakeTwilioServer::Fault garbage;
        garbage.method = "GET";
        garbage.status = 200;
        garbage.body = "{\"sid\": \"SM";
        m_rig->server.enqueueFault(garbage);
        auto fetched = m_rig->fetch(sid);
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().kind, TwilioError::Kind::Protocol);

        garbage.body.clear(); // empty 200
        m_rig->server.enqueueFault(garbage);
        fetched = m_rig->fetch(sid);
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().kind, TwilioError::Kind::Protocol);

        // A proxy's HTML page on a 400: still an API refusal, in words, without a code.
        garbage.status = 400;
        garbage.body = "<html><body>Bad request</body></html>";
        m_rig->server.enqueueFault(garbage);
        fetched = m_rig->fetch(sid);
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().kind, TwilioError::Kind::Api);
        QVERIFY(!fetched->error().code);
        QCOMPARE(fetched->error().message, TwilioErrorMessages::forHttpStatus(400));

        // RFC 9457 problem shape.
        garbage.status = 404;
        garbage.body = "{\"type\":\"https://www.twilio.com/docs/errors/20404\",\"title\":\"Not Found\",\"status\":404}";
        m_rig->server.enqueueFault(garbage);
        fetched = m_rig->fetch(sid);
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().code, std::optional<int>(20404));

        // An unreadable 201 to a create: Twilio probably has it, so the outcome is unknown.
        FakeTwilioServer::Fault created;
        created.method = "POST";
        created.process = true;
        created.status = 201;
        created.body = "not json at all";
        m_rig->server.enqueueFault(created);
        const auto sent = m_rig->send(m_rig->simpleRequest());
        QVERIFY(sent && !sent->ok());
        QCOMPARE(sent->error().kind, TwilioError::Kind::OutcomeUnknown);
        QCOMPARE(m_rig->server.createCount(), 1);

        // An empty 401 body still means "wrong credentials".
        FakeTwilioServer::Fault denied;
        denied.status = 401;
        m_rig->server.enqueueFault(denied);
        fetched = m_rig->fetch(sid);
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(fetched->error().code, std::optional<int>(20003));
        QCOMPARE(fetched->error().message, TwilioErrorMessages::credentialsRejected());
    }

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
        const auto result = m_rig->send(m_rig->simpleRequest());
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Configuration);
        qputenv("CLINICDESK_TWILIO_BASE_URL", m_rig->server.baseUrl().toUtf8());
        const auto viaEnv = m_rig->send(m_rig->simpleRequest());
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
        QVERIFY(viaEnv && viaEnv->ok());
    }

    void missingCredentialsAreConfiguration()
    {
        m_rig->credentials->value.authToken.clear();
        auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Configuration);
        m_rig->credentials->value.authToken = kTestAuthToken;
        m_rig->credentials->value.accountSid = QStringLiteral("SK123");
        result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Configuration);
        QCOMPARE(m_rig->server.requestCount(), 0);
    }

    void noCredentialInAnyLogLine()
    {
        g_previousFilter = QLoggingCategory::installFilter(enableClinicDeskLogging);
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        m_rig->server.setApiKey(kTestApiKeySid, kTestApiSecret);

        // Success with the Auth Token, with an API key, failures with each, a retry, a network failure.
        QVERIFY(m_rig->send(m_rig->simpleRequest())->ok());
        m_rig->credentials->value.apiKeySid = kTestApiKeySid;
        m_rig->credentials->value.apiKeySecret = kTestApiSecret;
        QVERIFY(m_rig->send(m_rig->simpleRequest())->ok());
        m_rig->server.failNext("POST", {}, 429, 20429);
        QVERIFY(m_rig->send(m_rig->simpleRequest())->ok());
        m_rig->credentials->value.apiKeySecret = QStringLiteral("wrong-") + kTestApiSecret;
        QVERIFY(!m_rig->send(m_rig->simpleRequest())->ok());
        runCheck(*m_rig->checker);
        m_rig->credentials->value.apiKeySid.clear();
        m_rig->credentials->value.apiKeySecret.clear();
        QVERIFY(!m_rig->fetch(QStringLiteral("SM") + QString(32, QLatin1Char('9')))->ok());
        MessageListFilter filter;
        filter.to = kTestPatient;
        QVERIFY(waitFor<TwilioMessagePage>([&](auto done) { m_rig->messages->listMessages(filter, {}, done); })->ok());
        m_rig->server.stop();
        QVERIFY(!m_rig->send(m_rig->simpleRequest())->ok());

        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(g_previousFilter);
        QMutexLocker lock(&g_logMutex);
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(g_log.size() > 10, "the client logged nothing: the test would prove nothing");
        QVERIFY(all.contains(QLatin1String("clinicdesk.twilio")));
        QVERIFY2(all.contains(QLatin1String("attempt")), "debug lines were not captured");
        const QStringList forbidden = {
            kTestAuthToken,
            kTestApiSecret,
            QStringLiteral("wrong-") + kTestApiSecret,
            QString::fromLatin1(QString(kTestAccountSid + QLatin1Char(':') + kTestAuthToken).toUtf8().toBase64()),
            QString::fromLatin1(QString(kTestApiKeySid + QLatin1Char(':') + kTestApiSecret).toUtf8().toBase64()),
            QStringLiteral("Authorization"),
            QStringLiteral("Basic "),
            kTestPatient, // patient numbers (query strings, form bodies) stay out of logs too
            QStringLiteral("%2B15557654321"),
            QStringLiteral("appointment is tomorrow"),
        };
        for (const QString &secret : forbidden)
            QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("log contains %1").arg(secret)));
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

    void destroyingTheTransportCancelsQuietly()
    {
        FakeTwilioServer::Fault slow;
        slow.delayMs = 1000;
        m_rig->server.enqueueFault(slow);
        bool called = false;
        m_rig->messages->sendMessage(m_rig->simpleRequest(),
                                     [&called](const TwilioResult<TwilioMessage> &) { called = true; });
        QTRY_COMPARE(m_rig->server.requestCount(), 1);
        m_rig->checker.reset();
        m_rig->messages.reset();
        m_rig->transport.reset();
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void rawReplyCarriesTheServerDate()
    {
        FakeTwilioServer::Fault dated;
        dated.method = "GET";
        dated.status = 200;
        dated.body = "{}";
        dated.headers.append(qMakePair(QByteArray("Date"), QByteArray("Thu, 24 Aug 2023 05:01:45 GMT")));
        m_rig->server.enqueueFault(dated);
        const auto access = m_rig->transport->access();
        QVERIFY(access);
        TwilioRequest request;
        request.url = access->accountUrl(QStringLiteral("/Messages.json"), "PageSize=1");
        request.authorization = access->authorization;
        const auto result =
            waitFor<TwilioRawReply>([&](auto done) { m_rig->transport->send(request, m_rig->transport.get(), done); });
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().httpStatus, 200);
        QCOMPARE(result->value().date, QByteArray("Thu, 24 Aug 2023 05:01:45 GMT"));
    }
};

QTEST_GUILESS_MAIN(TestTwilioTransport)
#include "tst_twilio_transport.moc"
