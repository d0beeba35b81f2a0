#pragma once

#include "core/common/Result.h"
#include "core/email/EmailGateway.h"
#include "core/intake/IntakeRender.h"
#include "core/intake/IntakeSend.h"
#include "core/intake/IntakeStore.h"
#include "core/messaging/SendAvailability.h"
#include "core/messaging/SendPolicy.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace cd {

class CredentialsProvider;
class MessageStore;
class MessagingService;
class PatientStore;

// What the Send New Intake Form dialog may offer for one patient.
struct IntakeAvailability
{
    SendAvailability sms; // the chat's reasons and words (no phone, opted out, no consent, not configured)
    bool emailPossible = false;
    QString emailReason; // why "Email & SMS" is off
};

// What a send would say, before anything is written.
struct IntakePreview
{
    IntakeContent content;
    SendPreview sms; // the chat's counter: segments, cost, the opt-out line on a first message
};

// What one pass of the periodic work did (the GUI's timer, `clinicdesk-cli intake run`).
struct IntakePassReport
{
    int emailsSent = 0;       // e-mails due (rate limit over, network back) that SendGrid accepted in this pass
    int emailsFailed = 0;     // ... that failed, or are not confirmed, or wait again
    int followUps = 0;        // follow-up texts this process claimed and queued
    int followUpsWaiting = 0; // due, but quiet hours in the patient's zone: a later pass sends them
    int statusChecks = 0;     // status URLs asked (each claimed by one process)
    int completed = 0;        // sends marked completed (status URL, demo)
    QStringList errors;       // follow-ups the outbox refused, database errors
};

// Intake forms: a send's row (token, link, the e-mail's state) and its audit row in one transaction, the SMS through
// the outbox (purpose intake_form, purpose_ref = the send's id, so it is also an ordinary message in the chat), the
// e-mail through SendGrid (or the demo). Partial failure is kept as it is; a resend repeats one channel only.
class IntakeService : public QObject
{
    Q_OBJECT
public:
    IntakeService(std::shared_ptr<Database> database, MessageStore &messages, PatientStore &patients,
                  MessagingService &messaging, std::shared_ptr<const CredentialsProvider> credentials,
                  QObject *parent = nullptr);
    ~IntakeService() override;

    IntakeStore &store() { return m_store; }
    // A test or the demo chooses the e-mail transport; otherwise SendGrid, or the demo when messaging is in demo.
    void setEmailGateway(EmailGateway *gateway);
    bool emailIsDemo() const;

    IntakeAvailability availability(qint64 patientId) const;
    Result<IntakePreview> preview(qint64 patientId, const QString &templateName) const;

    // Checks, writes the send and its audit row, queues the SMS and starts the e-mail. Codes: intake.*, send.*.
    Result<IntakeSend> send(qint64 patientId, const QString &templateName, IntakeChannel channel);
    // Repeats one channel only, when it failed (an e-mail "not confirmed" needs `confirmed`: it may have arrived).
    Result<IntakeSend> resend(qint64 sendId, Channel channel, bool confirmed = false);
    Status<> complete(qint64 sendId);
    // Only while nothing has gone out: the queued SMS is canceled, the e-mail not sent.
    Status<> cancel(qint64 sendId);

    // Blocking forms for the command line: wait until each requested channel has an answer.
    Result<IntakeSend> sendAndWait(qint64 patientId, const QString &templateName, IntakeChannel channel);
    Result<IntakeSend> resendAndWait(qint64 sendId, Channel channel, bool confirmed);

    // The periodic work: e-mails due (rate limit over, network back), the follow-up, the status URLs, the demo's
    // completions. The GUI runs it on a timer (startTimer); the CLI when asked.
    void tick() { (void)runPass(); }
    void startTimer(int intervalMs = 60000);
    // One pass. Every item is claimed by one guarded UPDATE, so the GUI and any number of CLI runs may overlap:
    // an e-mail, a follow-up or a status check is done by one process only.
    IntakePassReport runPass();
    // The command line's form: one pass, then waits for the e-mails, status answers and follow-up texts it started.
    IntakePassReport runPassAndWait();

    // Test seams.
    void setStatusCheckEnabled(bool enabled) { m_statusChecks = enabled; }

signals:
    void changed(qint64 patientId);
    void emailFinished(qint64 sendId);
    void statusCheckFinished(qint64 sendId, bool completed);

private:
    struct PassWork // what a pass started, for runPassAndWait
    {
        QList<qint64> emails;       // send ids
        QList<qint64> followUps;    // message ids
        QList<qint64> statusChecks; // send ids
    };
    PassWork runPassInto(IntakePassReport &report);
    bool deliverEmail(qint64 sendId); // false: not claimed (another process has it, or it is not waiting)
    void sendFollowUps(IntakePassReport &report, QList<qint64> *queued);
    QList<qint64> checkStatusUrls();
    void completeDemoSends(IntakePassReport &report);
    Result<Message> queueSms(const IntakeSend &send, const QString &text, const QString &purposeRef);
    void announce(const std::optional<qint64> &patientId);
    EmailGateway *gateway();
    std::shared_ptr<const CredentialsProvider> currentCredentials() const;

    IntakeStore m_store;
    MessageStore &m_messages;
    PatientStore &m_patients;
    MessagingService &m_messaging;
    std::shared_ptr<const CredentialsProvider> m_credentials;
    EmailGateway *m_gateway = nullptr; // owned (a child) unless set by a test
    QNetworkAccessManager *m_statusNetwork = nullptr;
    QTimer *m_timer = nullptr;
    bool m_statusChecks = true;
};

} // namespace cd
