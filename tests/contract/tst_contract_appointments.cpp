// Contract test of appointment notifications: the scheduled creates (ScheduleType=fixed, SendAt, MessagingServiceSid),
// the desk send with ValidityPeriod and the cancel (Status=canceled) that ReminderRunner makes go through the real
// TwilioClient to Stoplight Prism serving Twilio's own OpenAPI spec; any 4xx from Prism fails the test.
#include "tests/support/PrismServer.h"
#include "tests/support/TestCredentials.h"

#include "core/appointments/AppointmentStore.h"
#include "core/appointments/ReminderRunner.h"
#include "core/common/Clock.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/Outbox.h"
#include "core/patients/PatientStore.h"
#include "core/storage/Database.h"
#include "core/twilio/TwilioClient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

// Passes every call to the real client and records the kinds asked and any refusal.
class RecordingGateway : public SmsGateway
{
public:
    explicit RecordingGateway(SmsGateway &inner) : m_inner(inner) {}
    QStringList calls;
    QStringList refusals;

    bool isDemo() const override { return false; }
    void sendMessage(const SendMessageRequest &request, TwilioCallback<TwilioMessage> done) override
    {
        calls << (request.sendAtUtc.isValid()     ? QStringLiteral("schedule")
                  : request.validityPeriodSeconds ? QStringLiteral("send-validity")
                                                  : QStringLiteral("send"));
        m_inner.sendMessage(request, record<TwilioMessage>(std::move(done)));
    }
    void fetchMessage(const QString &sid, TwilioCallback<TwilioMessage> done) override
    {
        m_inner.fetchMessage(sid, record<TwilioMessage>(std::move(done)));
    }
    void listMessages(const MessageListFilter &filter, const QString &pageUri,
                      TwilioCallback<TwilioMessagePage> done) override
    {
        m_inner.listMessages(filter, pageUri, record<TwilioMessagePage>(std::move(done)));
    }
    void cancelScheduled(const QString &sid, TwilioCallback<TwilioMessage> done) override
    {
        calls << QStringLiteral("cancel");
        m_inner.cancelScheduled(sid, record<TwilioMessage>(std::move(done)));
    }

private:
    template <typename T> TwilioCallback<T> record(TwilioCallback<T> done)
    {
        return [this, done = std::move(done)](const TwilioResult<T> &result) {
            if (!result)
                refusals << QStringLiteral("HTTP %1 %2 (%3)")
                                .arg(result.error().httpStatus)
                                .arg(result.error().message, result.error().detail);
            done(result);
        };
    }
    SmsGateway &m_inner;
};

} // namespace

class TestContractAppointments : public QObject
{
    Q_OBJECT

    PrismServer m_prism;

private slots:
    void initTestCase() { CLINICDESK_START_PRISM(m_prism); }
    void cleanupTestCase() { m_prism.stop(); }

    void schedulingAndCancelMatchTwilioSpec()
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
        draft.timeZone = QStringLiteral("UTC");
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
        Outbox outbox(messages, patients, gateway, SenderConfig{{ContractClinicNumber}, ContractServiceSid, false});
        AppointmentStore store(*db, messages, patients);
        AppointmentRules rules;
        rules.clinicZone = QTimeZone("UTC");
        rules.allowedFrom = QTime(0, 0);
        rules.allowedUntil = QTime(23, 59, 59);
        rules.messagingServiceSid = ContractServiceSid;
        rules.reminderMinutes = {48 * 60};

        const QDateTime start = Clock::instance().nowUtc().addDays(3);
        auto booked = store.create({ann->id, start, {}, 30, {}, {}, {}}, rules);
        QVERIFY(booked);
        ReminderRunner(store, outbox, &gateway, rules).run(); // confirmation (desk, ValidityPeriod) + scheduled 48 h

        // Prism answers every create with the spec's example; make the reminder's row what Twilio would report.
        const AppointmentNotification reminder = store.get(booked->id)->notifications.constLast();
        QVERIFY(reminder.messageId);
        QVERIFY(messages.update(
            MessageChange::StatusChanged,
            QStringLiteral("UPDATE messages SET status = 'scheduled', sid = ? WHERE id = ?"),
            QVariantList{QString(QStringLiteral("SM") + QString(32, QLatin1Char('d'))), *reminder.messageId}));
        QVERIFY(store.reschedule(booked->id, start.addDays(1), {}, rules));
        ReminderRunner(store, outbox, &gateway, rules).run(); // cancel at Twilio, then the new ones

        qInfo("requests made: %s", qPrintable(gateway.calls.join(QStringLiteral(", "))));
        QVERIFY2(gateway.refusals.isEmpty(), qPrintable(gateway.refusals.join(QLatin1Char('\n'))));
        for (const QString &kind :
             {QStringLiteral("schedule"), QStringLiteral("send-validity"), QStringLiteral("cancel")})
            QVERIFY2(gateway.calls.contains(kind), qPrintable(QStringLiteral("no %1 request was made").arg(kind)));
        QVERIFY2(!m_prism.log().contains("Violation: request"), m_prism.log().right(4000).constData());
        QVERIFY(m_prism.log().contains("The request passed the validation rules"));
        qunsetenv("CLINICDESK_TWILIO_BASE_URL");
    }
};

QTEST_GUILESS_MAIN(TestContractAppointments)
#include "tst_contract_appointments.moc"
