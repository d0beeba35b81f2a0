// The Twilio Messages API (create, fetch, list, cancel, media) against the loopback fake: what goes on the wire,
// what is refused before sending, and how answers are parsed. Transport faults are in tst_twilio_transport.
#include "core/twilio/TwilioErrorMessages.h"
#include "core/twilio/TwilioJson.h"
#include "tests/support/TwilioTestRig.h"

#include <QJsonObject>
#include <QTest>

using namespace cd;
using namespace cd::test;

class TestTwilioMessages : public QObject
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

    void sendWithFromEncodesFormAndAuth()
    {
        SendMessageRequest request = m_rig->simpleRequest();
        request.body = QStringLiteral("A+B & C = 100% ✓ café");
        request.validityPeriodSeconds = 3600;
        const auto result = m_rig->send(request);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail));
        QCOMPARE(result->value().status, QStringLiteral("queued"));
        QVERIFY(result->value().sid.startsWith(QLatin1String("SM")));
        QCOMPARE(result->value().numSegments, 1); // sent as the string "1"

        QCOMPARE(m_rig->server.createCount(), 1);
        const FakeTwilioServer::Request sent = m_rig->server.requests().constLast();
        QCOMPARE(sent.path, QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kTestAccountSid));
        QVERIFY(sent.header("content-type").startsWith("application/x-www-form-urlencoded"));
        QVERIFY2(sent.body.contains("To=%2B15557654321"), sent.body.constData()); // "+" must never go raw
        QVERIFY(sent.body.contains("From=%2B15550001111"));
        QVERIFY(sent.body.contains("Body=A%2BB%20%26%20C%20%3D%20100%25"));
        QCOMPARE(sent.formValue(QStringLiteral("Body")), request.body);
        QCOMPARE(sent.formValue(QStringLiteral("ValidityPeriod")), QStringLiteral("3600"));
        QVERIFY(!sent.hasForm(QStringLiteral("ScheduleType")));
        QCOMPARE(sent.header("authorization"),
                 "Basic " + QString(kTestAccountSid + QLatin1Char(':') + kTestAuthToken).toUtf8().toBase64());
    }

    void sendWithMessagingService()
    {
        SendMessageRequest request = m_rig->simpleRequest();
        request.from.clear();
        request.messagingServiceSid = kTestService;
        const auto result = m_rig->send(request);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().status, QStringLiteral("accepted"));
        QCOMPARE(result->value().numSegments, 0); // "0" until Twilio picks a sender
        QVERIFY(result->value().from.isEmpty());  // null on the wire
        QCOMPARE(result->value().messagingServiceSid, kTestService);
        QCOMPARE(m_rig->server.requests().constLast().formValue(QStringLiteral("MessagingServiceSid")), kTestService);
        QVERIFY(!m_rig->server.requests().constLast().hasForm(QStringLiteral("From")));
    }

    void scheduledSendIsValidatedClientSide()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SendMessageRequest request = m_rig->simpleRequest();
        request.sendAtUtc = now.addSecs(3600);
        // Only From: Twilio would silently drop the schedule and text the patient now.
        auto result = m_rig->send(request);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Api);
        QCOMPARE(result->error().code, std::optional<int>(35118));
        QVERIFY(result->error().message.contains(QLatin1String("Messaging Service")));

        request.messagingServiceSid = kTestService;
        request.from.clear();
        for (const QDateTime &bad : {now.addSecs(10 * 60), now.addDays(36), now.addSecs(-60)}) {
            request.sendAtUtc = bad;
            result = m_rig->send(request);
            QVERIFY(result && !result->ok());
            QCOMPARE(result->error().code, std::optional<int>(35114));
        }
        QCOMPARE(m_rig->server.requestCount(), 0); // nothing left the machine

        request.sendAtUtc = now.addSecs(2 * 3600);
        result = m_rig->send(request);
        QVERIFY(result && result->ok());
        QCOMPARE(result->value().status, QStringLiteral("scheduled"));
        const FakeTwilioServer::Request sent = m_rig->server.requests().constLast();
        QCOMPARE(sent.formValue(QStringLiteral("ScheduleType")), QStringLiteral("fixed"));
        QCOMPARE(sent.formValue(QStringLiteral("SendAt")),
                 request.sendAtUtc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z'));
    }

    void invalidRequestsNeverLeaveTheMachine()
    {
        SendMessageRequest request = m_rig->simpleRequest();
        request.body.clear();
        auto result = m_rig->send(request);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, std::optional<int>(21602));
        request = m_rig->simpleRequest();
        request.to.clear();
        result = m_rig->send(request);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, std::optional<int>(21604));
        request = m_rig->simpleRequest();
        request.from.clear();
        result = m_rig->send(request);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, std::optional<int>(21603));
        request = m_rig->simpleRequest();
        request.validityPeriodSeconds = 36001;
        result = m_rig->send(request);
        QVERIFY(result && !result->ok());
        QCOMPARE(m_rig->server.requestCount(), 0);
    }

    void cancelScheduled()
    {
        SendMessageRequest request = m_rig->simpleRequest();
        request.from.clear();
        request.messagingServiceSid = kTestService;
        request.sendAtUtc = QDateTime::currentDateTimeUtc().addDays(2);
        const auto created = m_rig->send(request);
        QVERIFY(created && created->ok());
        const QString sid = created->value().sid;
        auto canceled = waitFor<TwilioMessage>([&](auto done) { m_rig->messages->cancelScheduled(sid, done); });
        QVERIFY(canceled && canceled->ok());
        QCOMPARE(canceled->value().status, QStringLiteral("canceled"));
        const FakeTwilioServer::Request sent = m_rig->server.requests().constLast();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(kTestAccountSid, sid));
        QCOMPARE(sent.body, QByteArray("Status=canceled"));

        // Not scheduled any more: Twilio's 30409, in words.
        canceled = waitFor<TwilioMessage>([&](auto done) { m_rig->messages->cancelScheduled(sid, done); });
        QVERIFY(canceled && !canceled->ok());
        QCOMPARE(canceled->error().code, std::optional<int>(30409));
        QCOMPARE(canceled->error().message, twilioErrorText(30409));
    }

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
                         {QStringLiteral("to"), kTestPatient},
                         {QStringLiteral("_sent"), double(sentAt.toMSecsSinceEpoch())}};
        const QString sid = m_rig->server.injectMessage(wire);
        const auto result = m_rig->fetch(sid);
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

    void listFiltersGoOnTheWireCorrectly()
    {
        MessageListFilter filter;
        filter.to = kTestClinicNumber;
        filter.dateSentOnOrAfter = QDate(2026, 11, 24);
        filter.pageSize = 20;
        const auto page =
            waitFor<TwilioMessagePage>([&](auto done) { m_rig->messages->listMessages(filter, {}, done); });
        QVERIFY(page && page->ok());
        const QByteArray target = m_rig->server.requests().constLast().target;
        QVERIFY2(target.contains("DateSent%3E=2026-11-24"), target.constData());
        QVERIFY2(target.contains("To=%2B15550001111"), target.constData());
        QVERIFY(target.contains("PageSize=20"));
    }

    void threePagesFollowNextPageUri()
    {
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QSet<QString> injected;
        for (int i = 0; i < 7; ++i)
            injected << m_rig->server.injectInbound(kTestPatient, kTestClinicNumber, QStringLiteral("reply %1").arg(i),
                                                    base.addSecs(i * 60));
        MessageListFilter filter;
        filter.to = kTestClinicNumber;
        filter.dateSentOnOrAfter = base.date().addDays(-1);
        filter.pageSize = 3;
        const auto all =
            waitFor<QList<TwilioMessage>>([&](auto done) { listAllMessages(*m_rig->messages, filter, 10, done); });
        QVERIFY(all && all->ok());
        QCOMPARE(all->value().size(), 7);
        QSet<QString> got;
        for (const TwilioMessage &m : all->value())
            got << m.sid;
        QCOMPARE(got, injected);
        QCOMPARE(m_rig->server.requestCount("GET", QStringLiteral("/Messages.json")), 3);
        QVERIFY(m_rig->server.requests().at(1).queryValue(QStringLiteral("PageToken")).size() > 0);
        QCOMPARE(all->value().constFirst().body, QStringLiteral("reply 6")); // newest first

        // The page cap holds even when more pages exist.
        m_rig->server.clearRequestLog();
        const auto capped =
            waitFor<QList<TwilioMessage>>([&](auto done) { listAllMessages(*m_rig->messages, filter, 2, done); });
        QVERIFY(capped && capped->ok());
        QCOMPARE(capped->value().size(), 6);
        QCOMPARE(m_rig->server.requestCount(), 2);
    }

    void nextPageUriIsNeverFollowedOffHost()
    {
        for (const QString &uri :
             {QStringLiteral("https://evil.example/2010-04-01/Accounts/%1/Messages.json?Page=1").arg(kTestAccountSid),
              QStringLiteral("/2010-04-01/Accounts/%1/Calls.json?Page=1").arg(kTestAccountSid)}) {
            const auto page = waitFor<TwilioMessagePage>(
                [&](auto done) { m_rig->messages->listMessages(MessageListFilter{}, uri, done); });
            QVERIFY(page && !page->ok());
            QCOMPARE(page->error().kind, TwilioError::Kind::Protocol);
        }
        QCOMPARE(m_rig->server.requestCount(), 0);
    }

    void invalidNumber21211()
    {
        m_rig->server.failNext("POST", QStringLiteral("/Messages.json"), 400, 21211,
                               QStringLiteral("Invalid 'To' Phone Number"));
        const auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, TwilioError::Kind::Api);
        QCOMPARE(result->error().code, std::optional<int>(21211));
        QCOMPARE(result->error().message, twilioErrorText(21211));
        QVERIFY(result->error().detail.contains(QLatin1String("Invalid 'To' Phone Number")));
        QCOMPARE(m_rig->server.createCount(), 1);
    }

    void optedOut21610()
    {
        m_rig->server.addOptedOut(kTestPatient);
        const auto result = m_rig->send(m_rig->simpleRequest());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, std::optional<int>(21610));
        QCOMPARE(result->error().httpStatus, 400);
        QVERIFY(result->error().message.contains(QLatin1String("STOP")));
        QCOMPARE(m_rig->server.createCount(), 1);
        QVERIFY(m_rig->server.messages().isEmpty());
    }

    void badMessageSidNeverSent()
    {
        const auto fetched = m_rig->fetch(QStringLiteral("../../Accounts.json"));
        QVERIFY(fetched && !fetched->ok());
        QCOMPARE(m_rig->server.requestCount(), 0);
    }

    void mediaRedirectIsFollowedWithoutCredentials()
    {
        FakeTwilioServer cdn; // another origin (own port), standing in for Twilio's media CDN
        QVERIFY(cdn.start());
        const QByteArray picture("\x89PNG fake picture bytes", 23);
        cdn.setStaticResource(QStringLiteral("/cdn/abc.png"), "image/png", picture);
        const QString sid =
            m_rig->server.injectInbound(kTestPatient, kTestClinicNumber, QStringLiteral("photo"), {}, 2);
        m_rig->server.addMedia(sid, QStringLiteral("image/png"), {}, cdn.baseUrl() + QStringLiteral("/cdn/abc.png"));
        m_rig->server.addMedia(sid, QStringLiteral("text/plain"), "inline text");

        const auto list = waitFor<QList<TwilioMedia>>([&](auto done) { m_rig->messages->listMedia(sid, done); });
        QVERIFY(list && list->ok());
        QCOMPARE(list->value().size(), 2);
        QVERIFY(list->value().constFirst().uri.endsWith(QLatin1String(".json")));

        const auto content =
            waitFor<TwilioMediaContent>([&](auto done) { m_rig->messages->downloadMedia(list->value().at(0), done); });
        QVERIFY(content && content->ok());
        QCOMPARE(content->value().data, picture);
        QCOMPARE(content->value().contentType, QStringLiteral("image/png"));
        const FakeTwilioServer::Request atTwilio = m_rig->server.requests().constLast();
        QVERIFY(!atTwilio.path.endsWith(QLatin1String(".json")));
        QVERIFY(!atTwilio.header("authorization").isEmpty());
        QCOMPARE(cdn.requestCount(), 1);
        QVERIFY(cdn.requests().constFirst().header("authorization").isEmpty()); // credentials stayed home

        const auto direct =
            waitFor<TwilioMediaContent>([&](auto done) { m_rig->messages->downloadMedia(list->value().at(1), done); });
        QVERIFY(direct && direct->ok());
        QCOMPARE(direct->value().data, QByteArray("inline text"));
    }

    void destroyingTheApiCancelsQuietly()
    {
        FakeTwilioServer::Fault slow;
        slow.delayMs = 1000;
        m_rig->server.enqueueFault(slow);
        bool called = false;
        m_rig->messages->sendMessage(m_rig->simpleRequest(),
                                     [&called](const TwilioResult<TwilioMessage> &) { called = true; });
        QTRY_COMPARE(m_rig->server.requestCount(), 1);
        m_rig->messages.reset(); // the transport lives on and gets the answer: it must not reach the callback
        QTest::qWait(1300);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestTwilioMessages)
#include "tst_twilio_messages.moc"
