// Contract test: the REAL TwilioClient against Stoplight Prism serving Twilio's own OpenAPI spec (2010-04-01).
// Prism validates every request (path, query, form body, content type, auth) and answers 422/415/401 when one is
// wrong, so any such answer fails the test. Needs npm (the spec and Prism are fetched once into the build tree).
#include "tests/support/PrismServer.h"
#include "tests/support/TestCredentials.h"

#include "core/twilio/TwilioClient.h"
#include "core/twilio/TwilioMessagesApi.h"
#include "core/twilio/TwilioTransport.h"
#include "tests/support/TwilioTestRig.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

const QString kPatient = QStringLiteral("+15557654321");

// Prism can be slow on a shared machine: a minute per answer.
template <typename T>
std::optional<TwilioResult<T>> waitForPrism(const std::function<void(TwilioCallback<T>)> &start)
{
    return cd::test::waitFor<T>(start, 60000);
}

// Prism's answer to a wrong request (422 / 415 / 401) or any other error, readable in the failure message.
template <typename T> QByteArray describe(const std::optional<TwilioResult<T>> &result)
{
    if (!result)
        return "no answer from Prism";
    if (result->ok())
        return "ok";
    return QStringLiteral("HTTP %1: %2 (%3)")
        .arg(result->error().httpStatus)
        .arg(result->error().message, result->error().detail)
        .toUtf8();
}

} // namespace

class TestContractPrism : public QObject
{
    Q_OBJECT

    PrismServer m_prism;
    std::shared_ptr<FixedCredentials> m_credentials;
    std::unique_ptr<TwilioClient> m_client;
    std::unique_ptr<TwilioTransport> m_transport; // for requests made wrong on purpose

    // A message create with any content type and body, straight through the transport (auth, timeout, retries).
    void rawCreate(const QByteArray &contentType, const QByteArray &body, TwilioCallback<TwilioRawReply> done)
    {
        const auto access = m_transport->access();
        if (!access)
            return done(access.error());
        TwilioRequest request;
        request.method = "POST";
        request.url = access->accountUrl(QStringLiteral("/Messages.json"));
        request.contentType = contentType;
        request.body = body;
        request.authorization = access->authorization;
        request.isCreate = true;
        m_transport->send(request, this, std::move(done));
    }

private slots:
    void initTestCase() { CLINICDESK_START_PRISM(m_prism); }

    void cleanupTestCase()
    {
        m_prism.stop();
        QVERIFY(!m_prism.isRunning());
    }

    void init()
    {
        m_credentials = std::make_shared<FixedCredentials>();
        m_credentials->value.accountSid = ContractAccountSid;
        m_credentials->value.authToken = ContractAuthToken;
        m_credentials->value.phoneNumbers = {ContractClinicNumber};
        m_client = std::make_unique<TwilioClient>(m_credentials);
        // Through the environment variable, exactly as a developer would point the app at Prism.
        qputenv("CLINICDESK_TWILIO_BASE_URL", m_prism.baseUrl().toUtf8());
        m_client->setTimeoutMs(30000);
        m_transport = std::make_unique<TwilioTransport>(m_credentials);
        m_transport->setTimeoutMs(30000);
        m_prism.clearLog();
    }

    void cleanup()
    {
        m_client.reset();
        m_transport.reset();
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
    }

    void sendWithFrom()
    {
        SendMessageRequest request;
        request.to = kPatient;
        request.from = ContractClinicNumber;
        request.body =
            QStringLiteral("Reminder: appointment tomorrow 9:00 + bring your card & list. Reply C to confirm.");
        request.validityPeriodSeconds = 14400;
        const auto result = waitForPrism<TwilioMessage>([&](auto done) { m_client->sendMessage(request, done); });
        QVERIFY2(result && result->ok(), describe(result).constData());
        QVERIFY(result->value().sid.startsWith(QLatin1String("SM")) ||
                result->value().sid.startsWith(QLatin1String("MM")));
        QVERIFY(!result->value().status.isEmpty());
    }

    void sendWithMessagingService()
    {
        SendMessageRequest request;
        request.to = kPatient;
        request.messagingServiceSid = ContractServiceSid;
        request.body = QStringLiteral("Your results are ready to discuss. Please call the clinic.");
        const auto result = waitForPrism<TwilioMessage>([&](auto done) { m_client->sendMessage(request, done); });
        QVERIFY2(result && result->ok(), describe(result).constData());
    }

    void scheduledSendThenCancel()
    {
        SendMessageRequest request;
        request.to = kPatient;
        request.messagingServiceSid = ContractServiceSid;
        request.body = QStringLiteral("Reminder: appointment on Friday at 10:30.");
        request.sendAtUtc = QDateTime::currentDateTimeUtc().addDays(2);
        const auto result = waitForPrism<TwilioMessage>([&](auto done) { m_client->sendMessage(request, done); });
        QVERIFY2(result && result->ok(), describe(result).constData());

        const QString sid = result->value().sid;
        const auto canceled = waitForPrism<TwilioMessage>([&](auto done) { m_client->cancelScheduled(sid, done); });
        QVERIFY2(canceled && canceled->ok(), describe(canceled).constData());
    }

    void fetch()
    {
        const QString sid = QStringLiteral("SM") + QString(32, QLatin1Char('c'));
        const auto result = waitForPrism<TwilioMessage>([&](auto done) { m_client->fetchMessage(sid, done); });
        QVERIFY2(result && result->ok(), describe(result).constData());
        QVERIFY(!result->value().sid.isEmpty());
        QVERIFY(result->value().dateCreated.isValid()); // the spec's example date is RFC 2822
    }

    void listWithPaging()
    {
        MessageListFilter filter;
        filter.to = kPatient;
        filter.from = ContractClinicNumber;
        filter.dateSentOnOrAfter = QDate::currentDate().addDays(-1);
        filter.pageSize = 2;
        const auto first = waitForPrism<TwilioMessagePage>([&](auto done) { m_client->listMessages(filter, {}, done); });
        QVERIFY2(first && first->ok(), describe(first).constData());
        QVERIFY(!first->value().messages.isEmpty());
        // The spec's example page points at a page 2 (with a PageToken); Prism answers it with the same example, so
        // all this can prove is that the client follows next_page_uri with a request the spec accepts.
        const QString next = first->value().nextPageUri;
        QVERIFY2(!next.isEmpty(), "the spec example has no next_page_uri any more: update this test");
        QVERIFY(next.contains(QLatin1String("PageToken=")));
        const auto second = waitForPrism<TwilioMessagePage>([&](auto done) { m_client->listMessages(filter, next, done); });
        QVERIFY2(second && second->ok(), describe(second).constData());

        // listAllMessages stops when a page brings nothing new (Prism repeats the example page).
        const auto all =
            waitForPrism<QList<TwilioMessage>>([&](auto done) { cd::test::listAllMessages(*m_client, filter, 10, done); });
        QVERIFY2(all && all->ok(), describe(all).constData());
        QCOMPARE(all->value().size(), first->value().messages.size());
    }

    void listMedia()
    {
        const QString sid = QStringLiteral("MM") + QString(32, QLatin1Char('d'));
        TwilioMessagesApi messages(*m_transport);
        const auto result = waitForPrism<QList<TwilioMedia>>([&](auto done) { messages.listMedia(sid, done); });
        QVERIFY2(result && result->ok(), describe(result).constData());
    }

    void connectionCheckWithAuthTokenAndWithApiKey()
    {
        std::optional<TwilioConnectionCheck> check;
        m_client->checkConnection([&check](const TwilioConnectionCheck &c) { check = c; });
        QTRY_VERIFY_WITH_TIMEOUT(check.has_value(), 60000);
        QVERIFY2(check->credentialsValid, qPrintable(check->problems.join(QLatin1Char(' '))));

        m_credentials->value.apiKeySid = QStringLiteral("SK") + QString(32, QLatin1Char('e'));
        m_credentials->value.apiKeySecret = QStringLiteral("contract-test-secret");
        check.reset();
        m_client->checkConnection([&check](const TwilioConnectionCheck &c) { check = c; });
        QTRY_VERIFY_WITH_TIMEOUT(check.has_value(), 60000);
        QVERIFY2(check->credentialsValid, qPrintable(check->problems.join(QLatin1Char(' '))));
        QVERIFY(check->usingApiKey);
    }

    // --- The contract test must be able to fail: requests made wrong on purpose ---------------------------------
    void jsonBodyIsRejectedWith415()
    {
        const QByteArray json = "{\"To\":\"+15557654321\",\"From\":\"+15550001111\",\"Body\":\"hi\"}";
        const auto result = waitForPrism<TwilioRawReply>([&](auto done) { rawCreate("application/json", json, done); });
        QVERIFY(result);
        QVERIFY2(!result->ok(), "Prism accepted a JSON body: the contract test would not catch a wrong request");
        QCOMPARE(result->error().httpStatus, 415);
    }

    void missingToIsRejectedWith422()
    {
        const auto result = waitForPrism<TwilioRawReply>([&](auto done) {
            rawCreate("application/x-www-form-urlencoded",
                      TwilioTransport::encodeForm(
                          {{QStringLiteral("From"), ContractClinicNumber}, {QStringLiteral("Body"), QStringLiteral("hi")}}),
                      done);
        });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().httpStatus, 422);
        QVERIFY2(result->error().detail.contains(QLatin1String("'To'")), qPrintable(result->error().detail));
    }

    void missingAuthIsRejectedWith401()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/2010-04-01/Accounts/%2/Messages.json")
                                         .arg(m_prism.port())
                                         .arg(ContractAccountSid)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply =
            network.post(request, TwilioTransport::encodeForm({{QStringLiteral("To"), kPatient},
                                                               {QStringLiteral("From"), ContractClinicNumber},
                                                               {QStringLiteral("Body"), QStringLiteral("hi")}}));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestContractPrism)
#include "tst_contract_prism.moc"
