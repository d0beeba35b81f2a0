// TwilioClient, the SmsGateway facade: it hands every call to the Messages API and the connection check, and its
// settings reach the transport. The behaviour itself is tested in tst_twilio_transport, tst_twilio_messages and
// tst_twilio_connectioncheck.
#include "core/twilio/TwilioClient.h"
#include "tests/support/TwilioTestRig.h"

#include <QTest>

using namespace cd;
using namespace cd::test;

class TestTwilioClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<TwilioTestRig> m_rig; // the fake server and credentials; its own transport stays unused
    std::unique_ptr<TwilioClient> m_client;

    std::optional<TwilioResult<TwilioMessage>> send(const SendMessageRequest &request)
    {
        return waitFor<TwilioMessage>([&](auto done) { m_client->sendMessage(request, done); });
    }

private slots:
    void init()
    {
        m_rig = std::make_unique<TwilioTestRig>();
        QVERIFY(m_rig->started());
        m_client = std::make_unique<TwilioClient>(m_rig->credentials);
        m_client->setTimeoutMs(3000);
        m_client->setRetryPolicy(m_rig->retry);
    }
    void cleanup()
    {
        m_client.reset();
        m_rig.reset();
    }

    void gatewayCallsReachTwilio()
    {
        QVERIFY(!m_client->isDemo());
        SendMessageRequest request = m_rig->simpleRequest();
        request.from.clear();
        request.messagingServiceSid = kTestService;
        request.sendAtUtc = QDateTime::currentDateTimeUtc().addDays(2);
        const auto created = send(request);
        QVERIFY(created && created->ok());
        const QString sid = created->value().sid;

        const auto fetched = waitFor<TwilioMessage>([&](auto done) { m_client->fetchMessage(sid, done); });
        QVERIFY(fetched && fetched->ok());
        QCOMPARE(fetched->value().status, QStringLiteral("scheduled"));

        MessageListFilter filter;
        filter.to = kTestPatient;
        const auto page = waitFor<TwilioMessagePage>([&](auto done) { m_client->listMessages(filter, {}, done); });
        QVERIFY(page && page->ok());
        QCOMPARE(page->value().messages.size(), 1);

        const auto canceled = waitFor<TwilioMessage>([&](auto done) { m_client->cancelScheduled(sid, done); });
        QVERIFY(canceled && canceled->ok());
        QCOMPARE(canceled->value().status, QStringLiteral("canceled"));
        QCOMPARE(m_rig->server.requestCount(), 4);
    }

    void checkConnectionRunsTheCheck()
    {
        const TwilioConnectionCheck check = runCheck(*m_client);
        QVERIFY2(check.ok, qPrintable(check.problems.join(QLatin1Char(' '))));
        QCOMPARE(check.accountName, QStringLiteral("Sunny Clinic"));
    }

    void settingsReachTheTransport()
    {
        RetryPolicy once = m_rig->retry;
        once.maxRetries = 1;
        m_client->setRetryPolicy(once);
        for (int i = 0; i < 5; ++i)
            m_rig->server.failNext("POST", QStringLiteral("/Messages.json"), 429, 20429);
        auto result = send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::RateLimited);
        QCOMPARE(m_rig->server.createCount(), 2);

        m_rig->server.clearRequestLog();
        m_client->setTimeoutMs(300);
        FakeTwilioServer::Fault slow;
        slow.method = "GET";
        slow.delayMs = 2000;
        m_rig->server.enqueueFault(slow);
        const auto fetched = waitFor<TwilioMessage>(
            [&](auto done) { m_client->fetchMessage(QStringLiteral("SM") + QString(32, QLatin1Char('9')), done); });
        QVERIFY(fetched && !fetched->ok());
        QVERIFY2(fetched->error().detail.contains(QLatin1String("no answer")), qPrintable(fetched->error().detail));
    }

    void destroyingTheClientCancelsQuietly()
    {
        FakeTwilioServer::Fault slow;
        slow.delayMs = 1000;
        m_rig->server.enqueueFault(slow);
        bool called = false;
        m_client->sendMessage(m_rig->simpleRequest(),
                              [&called](const TwilioResult<TwilioMessage> &) { called = true; });
        QTRY_COMPARE(m_rig->server.requestCount(), 1);
        m_client.reset();
        QTest::qWait(100);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestTwilioClient)
#include "tst_twilioclient.moc"
