// Contract test of the messaging ENGINE: every kind of request the outbox and the poller make (send with From and
// with a Messaging Service, the settle look-ups by To with and without DateSent, inbound list To, status list From,
// single fetch, cancel of a scheduled message) goes through the real TwilioClient to Stoplight Prism serving
// Twilio's own OpenAPI spec. Prism answers 422/415/401 to a request the spec does not allow; a recording gateway
// fails the test on any such answer, and on any request kind the engine did not make.
#include "tests/support/MessageFixtures.h"
#include "tests/support/PrismServer.h"
#include "tests/support/TestCredentials.h"

#include "core/common/Clock.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/SyncEngine.h"
#include "core/patients/PatientStore.h"
#include "core/storage/Database.h"
#include "core/twilio/TwilioClient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

// Passes every call to the real client and records what was asked and any refusal.
class RecordingGateway : public SmsGateway
{
public:
    explicit RecordingGateway(SmsGateway &inner) : m_inner(inner) {}
    QStringList calls;
    QStringList refusals;

    bool isDemo() const override { return false; }
    void sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done) override
    {
        calls << (request.from.isEmpty() ? QStringLiteral("send-service") : QStringLiteral("send-from"));
        m_inner.sendMessage(request, record<TwilioMessage>(QStringLiteral("send"), std::move(done)));
    }
    void fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done) override
    {
        calls << QStringLiteral("fetch");
        m_inner.fetchMessage(sid, record<TwilioMessage>(QStringLiteral("fetch"), std::move(done)));
    }
    void listMessages(const MessageListFilter &filter, const QString &pageUri,
                      TwilioCallback<TwilioMessagePage> done) override
    {
        QString kind = QStringLiteral("list");
        kind += filter.to.isEmpty() ? QString() : QStringLiteral("-to");
        kind += filter.from.isEmpty() ? QString() : QStringLiteral("-from");
        kind += filter.dateSentOnOrAfter.isValid() ? QStringLiteral("-datesent") : QString();
        kind += pageUri.isEmpty() ? QString() : QStringLiteral("-nextpage");
        calls << kind;
        m_inner.listMessages(filter, pageUri, record<TwilioMessagePage>(kind, std::move(done)));
    }
    void cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done) override
    {
        calls << QStringLiteral("cancel");
        m_inner.cancelScheduled(sid, record<TwilioMessage>(QStringLiteral("cancel"), std::move(done)));
    }

private:
    template <typename T> TwilioCallback<T> record(const QString &kind, TwilioCallback<T> done)
    {
        return [this, kind, done = std::move(done)](const TwilioResult<T> &result) {
            if (!result)
                refusals << QStringLiteral("%1: HTTP %2 %3 (%4)")
                                .arg(kind)
                                .arg(result.error().httpStatus)
                                .arg(result.error().message, result.error().detail);
            done(result);
        };
    }
    SmsGateway &m_inner;
};

} // namespace

class TestContractMessaging : public QObject
{
    Q_OBJECT

    PrismServer m_prism;

private slots:
    void initTestCase() { CLINICDESK_START_PRISM(m_prism); }

    void cleanupTestCase() { m_prism.stop(); }

    void engineRequestsMatchTwilioSpec()
    {
        QTemporaryDir dir;
        qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("CLINICDESK_TWILIO_BASE_URL", m_prism.baseUrl().toUtf8());
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("clinicdesk.sqlite")));
        QVERIFY(db);
        PatientStore patients(*db);
        MessageStore messages(*db);
        Patient draft;
        draft.firstName = QStringLiteral("Ann");
        draft.lastName = QStringLiteral("Contract");
        draft.phoneRaw = QStringLiteral("+14155550123");
        draft.smsConsent = true;
        auto ann = patients.create(draft);
        QVERIFY(ann);

        auto credentials = std::make_shared<FixedCredentials>();
        credentials->value.accountSid = ContractAccountSid;
        credentials->value.authToken = ContractAuthToken;
        credentials->value.phoneNumbers = {ContractClinicNumber};
        credentials->value.messagingServiceSid = ContractServiceSid;
        TwilioClient client(credentials);
        client.setTimeoutMs(30000);
        RecordingGateway gateway(client);
        SenderConfig sender{{ContractClinicNumber}, ContractServiceSid, false};
        Outbox outbox(messages, patients, gateway, sender);
        SyncEngine engine(messages, patients, gateway, outbox);

        // 1. Send with From.
        auto queued = engine.outbox().queue(ann->id, QStringLiteral("Your appointment is tomorrow at 9:00."));
        QVERIFY(queued);
        auto sent = engine.outbox().sendNow(queued->id);
        QVERIFY(sent);
        QVERIFY2(!sent->sid.isEmpty(), qPrintable(gateway.refusals.join(QLatin1Char('\n'))));

        // 2. Send through the Messaging Service (no sending number configured).
        SenderConfig serviceOnly{{}, ContractServiceSid, false};
        Outbox serviceOutbox(messages, patients, gateway, serviceOnly);
        auto viaService = serviceOutbox.queue(ann->id, QStringLiteral("Please call the clinic."));
        QVERIFY(viaService);
        QVERIFY(serviceOutbox.sendNow(viaService->id));

        // 3. An unknown outcome to settle: the look-ups by To (with and without DateSent).
        auto lost = engine.outbox().queue(ann->id, QStringLiteral("Answer lost"));
        QVERIFY(lost);
        QVERIFY(
            messages.update(MessageChange::StatusChanged, QStringLiteral("UPDATE messages SET status = 'unknown', claimed_at = ? WHERE id = ?"),
                                {toDbTime(Clock::instance().nowUtc()), lost->id}));

        // 4. A message in flight that only a single fetch can answer (no sending number recorded).
        Message inFlight;
        inFlight.patientId = ann->id;
        inFlight.direction = Message::Direction::Outbound;
        inFlight.body = QStringLiteral("in flight");
        inFlight.status = MessageStatus::Queued;
        inFlight.sid = QStringLiteral("SM") + QString(32, QLatin1Char('c'));
        inFlight.toNumber = draft.phoneRaw;
        // ... and one the status list From the clinic number answers.
        Message fromClinic = inFlight;
        fromClinic.sid = QStringLiteral("SM") + QString(32, QLatin1Char('e'));
        fromClinic.fromNumber = ContractClinicNumber;
        // 5. A scheduled message to cancel.
        Message scheduled = inFlight;
        scheduled.sid = QStringLiteral("SM") + QString(32, QLatin1Char('d'));
        scheduled.status = MessageStatus::Scheduled;
        scheduled.scheduledFor = Clock::instance().nowUtc().addDays(2);
        QVERIFY(insertMessages(**db, {inFlight, fromClinic, scheduled}));

        // The full cycle: settle, send, inbound list To, status list From, single fetch.
        const SyncReport report = engine.runCycle();
        QVERIFY2(report.ok(),
                 report.error ? qPrintable(report.error->message + QLatin1Char(' ') + report.error->detail) : "");
        QVERIFY(engine.outbox().cancelScheduledFor(ann->id) >= 0);

        const QSet<QString> made(gateway.calls.begin(), gateway.calls.end());
        qInfo("requests made: %s", qPrintable(gateway.calls.join(QStringLiteral(", "))));
        QVERIFY2(gateway.refusals.isEmpty(), qPrintable(gateway.refusals.join(QLatin1Char('\n'))));
        for (const QString &kind :
             {QStringLiteral("send-from"), QStringLiteral("send-service"), QStringLiteral("list-to-datesent"),
              QStringLiteral("list-to"), QStringLiteral("list-from-datesent"), QStringLiteral("fetch"),
              QStringLiteral("cancel")}) {
            QVERIFY2(made.contains(kind), qPrintable(QStringLiteral("the engine made no %1 request").arg(kind)));
        }
        // Prism's own verdict on every request (its response-example warnings are about the spec, not us).
        QVERIFY2(!m_prism.log().contains("Violation: request"), m_prism.log().right(4000).constData());
        QVERIFY(m_prism.log().contains("The request passed the validation rules"));
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
    }
};

QTEST_GUILESS_MAIN(TestContractMessaging)
#include "tst_contract_messaging.moc"
