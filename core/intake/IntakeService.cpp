#include "core/intake/IntakeService.h"

#include "core/appointments/AppointmentRules.h"
#include "core/appointments/AppointmentStore.h"
#include "core/appointments/NotificationPlanner.h"
#include "core/audit/AuditLog.h"
#include "core/common/AwaitCallback.h"
#include "core/common/Clock.h"
#include "core/common/OsUser.h"
#include "core/email/DemoEmailGateway.h"
#include "core/email/SendGridClient.h"
#include "core/intake/IntakeTemplates.h"
#include "core/intake/IntakeToken.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/MessagingService.h"
#include "core/patients/PatientStore.h"
#include "core/settings/AppSettings.h"
#include "core/settings/SettingsService.h"
#include "core/storage/Database.h"
#include "core/twilio/TwilioEndpoint.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcIntake, "clinicdesk.intake")

namespace cd {

namespace {

constexpr qint64 StaleEmailSec = 10 * 60;         // longer than any request timeout
constexpr qint64 NetworkRetrySec = 60;            // nothing reached SendGrid: try again a minute later
constexpr qint64 StatusCheckEverySec = 15 * 60;   // at most every 15 minutes per open send
constexpr qint64 StatusCheckMaxAgeDays = 30;      // only for sends younger than 30 days
constexpr qint64 DemoCompletionAfterSec = 2 * 60; // the demo's patients fill in some forms after a while

bool smsCanBeRepeated(const Message &m)
{
    return m.status == MessageStatus::Failed || m.status == MessageStatus::Undelivered ||
           m.status == MessageStatus::Canceled;
}

QString reminderText(const IntakeSend &send, const QString &clinicName)
{
    if (send.language == QLatin1String("es"))
        return QStringLiteral("Recordatorio de %1: su formulario sigue pendiente: %2").arg(clinicName, send.link);
    return QStringLiteral("Reminder from %1: your form is still waiting for you: %2").arg(clinicName, send.link);
}

} // namespace

IntakeService::IntakeService(std::shared_ptr<Database> database, MessageStore &messages, PatientStore &patients,
                             MessagingService &messaging, std::shared_ptr<const CredentialsProvider> credentials,
                             QObject *parent)
    : QObject(parent), m_store(std::move(database)), m_messages(messages), m_patients(patients), m_messaging(messaging),
      m_credentials(std::move(credentials))
{
    // Demo or not is decided when messaging starts: a restart (new credentials) chooses the e-mail transport again.
    connect(&m_messaging, &MessagingService::restarted, this, [this] {
        if (m_gateway && m_gateway->parent() == this) {
            m_gateway->deleteLater();
            m_gateway = nullptr;
        }
    });
    // The SMS of a send changes in the outbox: the send's row on screen follows.
    connect(&m_messaging, &MessagingService::sendFinished, this, [this](qint64 messageId) {
        auto m = m_messages.get(messageId);
        if (m && m->purpose == MessagePurpose::IntakeForm)
            announce(m->patientId);
    });
}

IntakeService::~IntakeService() = default;

std::shared_ptr<const CredentialsProvider> IntakeService::currentCredentials() const
{
    // After Settings changed the credentials, messaging restarts with new ones: e-mail uses the same.
    auto running = m_messaging.credentials();
    return running ? running : m_credentials;
}

void IntakeService::setEmailGateway(EmailGateway *gateway)
{
    m_gateway = gateway;
}

EmailGateway *IntakeService::gateway()
{
    if (!m_gateway) {
        if (m_messaging.isDemo())
            m_gateway = new DemoEmailGateway(this);
        else
            m_gateway = new SendGridClient(currentCredentials(), this);
    }
    return m_gateway;
}

bool IntakeService::emailIsDemo() const
{
    return m_gateway ? m_gateway->isDemo() : m_messaging.isDemo();
}

void IntakeService::announce(const std::optional<qint64> &patientId)
{
    emit changed(patientId.value_or(0));
}

IntakeAvailability IntakeService::availability(qint64 patientId) const
{
    IntakeAvailability a;
    auto patient = m_patients.get(patientId);
    a.sms = m_messaging.availability(patient ? std::optional<Patient>(*patient) : std::nullopt);
    if (!patient) {
        a.emailReason = a.sms.reason;
        return a;
    }
    if (patient->email.trimmed().isEmpty()) {
        a.emailReason = tr("%1 has no e-mail address on file: add one to the patient's details to send by e-mail.")
                            .arg(patient->fullName());
        return a;
    }
    if (!emailIsDemo()) {
        if (auto access = SendGridConfig::access(currentCredentials().get()); !access) {
            a.emailReason = access.error().message;
            return a;
        }
    }
    a.emailPossible = true;
    return a;
}

Result<IntakePreview> IntakeService::preview(qint64 patientId, const QString &templateName) const
{
    auto patient = m_patients.get(patientId);
    if (!patient)
        return patient.error();
    const auto form = IntakeTemplates::find(templateName);
    if (!form)
        return makeError(QStringLiteral("intake.template-not-found"),
                         tr("There is no form template named \"%1\". See them in Edit > Intake Form Templates (or "
                            "clinicdesk-cli intake templates).")
                             .arg(templateName));
    IntakePreview preview;
    // The preview shows a sample code: the real one is made when the form is sent.
    preview.content =
        IntakeRender::render(*form, *patient, AppSettings::clinicName(), QStringLiteral("XXXXXXXXXXXXXXXXXXXXXX"));
    preview.sms = m_messaging.preview(patientId, preview.content.sms);
    return preview;
}

Result<Message> IntakeService::queueSms(const IntakeSend &send, const QString &text, const QString &purposeRef)
{
    QueueOptions options;
    options.purpose = MessagePurpose::IntakeForm;
    options.purposeRef = purposeRef;
    return m_messaging.send(*send.patientId, text, options);
}

Result<IntakeSend> IntakeService::send(qint64 patientId, const QString &templateName, IntakeChannel channel)
{
    auto patient = m_patients.get(patientId);
    if (!patient)
        return patient.error();
    const auto form = IntakeTemplates::find(templateName);
    if (!form)
        return makeError(QStringLiteral("intake.template-not-found"),
                         tr("There is no form template named \"%1\". See them in Edit > Intake Form Templates (or "
                            "clinicdesk-cli intake templates).")
                             .arg(templateName));
    if (form->exampleAddress && !m_messaging.isDemo())
        return makeError(QStringLiteral("intake.example-address"),
                         tr("The template \"%1\" still points at the example address (%2). Enter your clinic's form "
                            "address in Edit > Intake Form Templates before sending it.")
                             .arg(form->name, IntakeTemplates::exampleHost()));
    const IntakeAvailability who = availability(patientId);
    if (!who.sms.canSend())
        return who.sms.toError();
    if (channel == IntakeChannel::EmailAndSms && !who.emailPossible)
        return makeError(QStringLiteral("intake.email-unavailable"), who.emailReason);

    IntakeSend send;
    send.patientId = patientId;
    send.templateName = form->name;
    send.channel = channel;
    send.token = IntakeToken::generate();
    const IntakeContent content = IntakeRender::render(*form, *patient, AppSettings::clinicName(), send.token);
    send.language = content.language;
    send.link = content.link;
    if (!form->statusUrl.isEmpty())
        send.statusUrl = IntakeRender::statusLink(*form, send.token);
    send.smsText = content.sms;
    if (const SendPreview check = m_messaging.preview(patientId, content.sms); check.problem)
        return *check.problem;
    if (send.wantsEmail()) {
        send.emailTo = patient->email.trimmed();
        send.emailSubject = content.emailSubject;
        send.emailText = content.emailText;
        send.emailHtml = content.emailHtml;
        send.emailStatus = EmailStatus::Pending;
    }
    send.createdAt = Clock::instance().nowUtc();
    send.createdBy = osUserName();
    send.isDemo = m_messaging.isDemo();

    auto written = m_store.database()->write([&](QSqlDatabase &tx) -> Status<> {
        auto id = IntakeStore::insert(tx, send);
        if (!id)
            return id.error();
        send.id = *id;
        // No link, token or text in the audit: the token opens the patient's form.
        return AuditLog::record(tx, QStringLiteral("intake.sent"), patientId,
                                QStringLiteral("intake send %1, template \"%2\", %3")
                                    .arg(send.id)
                                    .arg(send.templateName, intakeChannelName(channel)));
    });
    if (!written)
        return written.error();
    qCInfo(lcIntake) << "send" << send.id << intakeChannelName(channel);

    if (auto sms = queueSms(send, send.smsText, send.smsPurposeRef()); !sms)
        (void)m_store.setSmsError(send.id, sms.error().message);
    if (send.wantsEmail())
        deliverEmail(send.id);
    announce(patientId);
    return m_store.get(send.id);
}

bool IntakeService::deliverEmail(qint64 sendId)
{
    auto claimed = m_store.claimEmail(sendId, Clock::instance().nowUtc());
    if (!claimed || !*claimed)
        return false; // someone else is sending it, or it is not waiting
    auto send = m_store.get(sendId);
    if (!send)
        return false;
    EmailMessage message;
    message.to = send->emailTo;
    message.subject = send->emailSubject;
    message.text = send->emailText;
    message.html = send->emailHtml;
    message.outboxId = QStringLiteral("intake-%1-%2").arg(sendId).arg(send->emailAttempts);
    if (send->patientId)
        if (auto patient = m_patients.get(*send->patientId))
            message.toName = patient->fullName();
    const std::optional<qint64> patientId = send->patientId;
    gateway()->send(message, this, [this, sendId, patientId](const Result<EmailAccepted, EmailError> &result) {
        if (result) {
            (void)m_store.emailAccepted(sendId, result->messageId);
        } else {
            const EmailError &e = result.error();
            qCInfo(lcIntake) << "e-mail of send" << sendId << "failed, HTTP" << e.httpStatus;
            switch (e.kind) {
            case EmailError::Kind::Network:
                (void)m_store.emailLater(sendId, e.message, Clock::instance().nowUtc().addSecs(NetworkRetrySec));
                break;
            case EmailError::Kind::RateLimited:
                (void)m_store.emailLater(sendId, e.message, e.retryAt);
                break;
            case EmailError::Kind::NotConfirmed:
                (void)m_store.emailEnded(sendId, EmailStatus::Unknown, e.message);
                break;
            default:
                (void)m_store.emailEnded(sendId, EmailStatus::Failed, e.message);
                break;
            }
        }
        announce(patientId);
        emit emailFinished(sendId);
    });
    return true;
}

Result<IntakeSend> IntakeService::resend(qint64 sendId, Channel channel, bool confirmed)
{
    auto send = m_store.get(sendId);
    if (!send)
        return send.error();
    if (send->isCanceled())
        return makeError(QStringLiteral("intake.canceled"), tr("This send was canceled: send a new form instead."));
    if (!send->patientId)
        return makeError(QStringLiteral("intake.no-patient"), tr("The patient of this send no longer exists."));
    const QString channelWord = channel == Channel::Email ? QStringLiteral("email") : QStringLiteral("sms");

    if (channel == Channel::Sms) {
        if (send->smsMessageId) {
            auto sms = m_messages.get(*send->smsMessageId);
            if (sms && !smsCanBeRepeated(*sms))
                return makeError(QStringLiteral("intake.sms-not-failed"),
                                 tr("The text message of this send has not failed (%1): sending it again would text "
                                    "the patient twice.")
                                     .arg(sms->status));
        }
    } else {
        if (!send->wantsEmail())
            return makeError(QStringLiteral("intake.email-not-requested"),
                             tr("This form was sent by text message only: send a new form by \"Email & SMS\" "
                                "instead."));
        if (send->emailStatus == EmailStatus::Unknown && !confirmed)
            return makeError(QStringLiteral("intake.email-not-confirmed"),
                             tr("The e-mail is \"not confirmed\": it may have reached the patient already. Resend it "
                                "only if you are sure (confirm to send it again)."));
        if (send->emailStatus != EmailStatus::Failed && send->emailStatus != EmailStatus::Unknown)
            return makeError(
                QStringLiteral("intake.email-not-failed"),
                tr("The e-mail of this send has not failed (%1): there is nothing to resend.").arg(send->emailStatus));
    }

    auto written = m_store.database()->write([&](QSqlDatabase &tx) -> Status<> {
        if (channel == Channel::Email) {
            auto reset = IntakeStore::emailResend(tx, sendId);
            if (!reset)
                return reset.error();
            if (!*reset)
                return makeError(QStringLiteral("intake.email-not-failed"),
                                 tr("The e-mail of this send changed meanwhile: look again before resending."));
        } else if (auto cleared = Database::exec(
                       tx, QStringLiteral("UPDATE intake_sends SET sms_error = NULL WHERE id = ?"), {sendId});
                   !cleared) {
            return cleared.error();
        }
        return AuditLog::record(tx, QStringLiteral("intake.resent"), send->patientId,
                                QStringLiteral("intake send %1, %2").arg(sendId).arg(channelWord));
    });
    if (!written)
        return written.error();
    if (channel == Channel::Sms) {
        if (auto sms = queueSms(*send, send->smsText, send->smsPurposeRef()); !sms) {
            (void)m_store.setSmsError(sendId, sms.error().message);
            announce(send->patientId);
            return sms.error();
        }
    } else {
        deliverEmail(sendId);
    }
    announce(send->patientId);
    return m_store.get(sendId);
}

Status<> IntakeService::complete(qint64 sendId)
{
    auto send = m_store.get(sendId);
    if (!send)
        return send.error();
    if (send->isCompleted())
        return makeError(QStringLiteral("intake.already-completed"), tr("This form is already marked completed."));
    if (send->isCanceled())
        return makeError(QStringLiteral("intake.canceled"), tr("This send was canceled."));
    auto written = m_store.database()->write([&](QSqlDatabase &tx) -> Status<> {
        auto marked = IntakeStore::markCompleted(tx, sendId, osUserName(), Clock::instance().nowUtc());
        if (!marked)
            return marked.error();
        if (!*marked)
            return makeError(QStringLiteral("intake.already-completed"), tr("This form is already marked completed."));
        return AuditLog::record(tx, QStringLiteral("intake.completed"), send->patientId,
                                QStringLiteral("intake send %1, marked by hand").arg(sendId));
    });
    if (written)
        announce(send->patientId);
    return written;
}

Status<> IntakeService::cancel(qint64 sendId)
{
    auto send = m_store.get(sendId);
    if (!send)
        return send.error();
    if (send->isCanceled())
        return makeError(QStringLiteral("intake.canceled"), tr("This send is already canceled."));
    if (send->isCompleted())
        return makeError(QStringLiteral("intake.already-completed"), tr("This form is already completed."));
    const Error alreadyOut = makeError(QStringLiteral("intake.already-sent"),
                                       tr("This form has already gone out (or is going out now): it cannot be "
                                          "canceled. Mark it completed or leave it."));
    const QString reason = tr("Canceled by staff before it was sent.");
    auto written = m_messages.write([&](MessageWrite &tx) -> Status<> {
        if (send->smsMessageId) {
            auto canceled = tx.update(MessageChange::StatusChanged,
                                      QStringLiteral("UPDATE messages SET status = 'canceled', error_message = ?, "
                                                     "updated_at = ? WHERE id = ? AND status = 'pending'"),
                                      {reason, toDbTime(Clock::instance().nowUtc()), *send->smsMessageId});
            if (!canceled)
                return canceled.error();
            if (*canceled != 1)
                return alreadyOut;
        } else if (send->smsError.isEmpty()) {
            return alreadyOut; // the SMS is being written right now
        }
        auto email =
            Database::exec(tx.sql(), QStringLiteral("SELECT email_status FROM intake_sends WHERE id = ?"), {sendId});
        if (!email)
            return email.error();
        const QString emailStatus = email->next() ? email->value(0).toString() : QString();
        if (emailStatus != EmailStatus::None && emailStatus != EmailStatus::Pending)
            return alreadyOut;
        auto marked = IntakeStore::markCanceled(tx.sql(), sendId, osUserName(), Clock::instance().nowUtc());
        if (!marked)
            return marked.error();
        if (!*marked)
            return alreadyOut;
        return AuditLog::record(tx.sql(), QStringLiteral("intake.canceled"), send->patientId,
                                QStringLiteral("intake send %1").arg(sendId));
    });
    if (written)
        announce(send->patientId);
    return written;
}

namespace {

// Waits until `ready()` holds, re-checking whenever a text or an e-mail finishes.
template <typename Ready>
void waitUntil(MessagingService &messaging, IntakeService &intake, QObject &waiting, Ready ready)
{
    awaitCallback<bool>([&](auto done) {
        auto check = [ready, done] {
            if (ready())
                done(true);
        };
        QObject::connect(&messaging, &MessagingService::sendFinished, &waiting, check);
        QObject::connect(&intake, &IntakeService::emailFinished, &waiting, check);
        check();
    });
}

} // namespace

Result<IntakeSend> IntakeService::sendAndWait(qint64 patientId, const QString &templateName, IntakeChannel channel)
{
    QObject waiting; // the connections end with the wait
    auto smsDone = std::make_shared<QSet<qint64>>();
    auto emailDone = std::make_shared<QSet<qint64>>();
    // Connected before anything is sent: an answer delivered later by the event loop is never missed.
    connect(&m_messaging, &MessagingService::sendFinished, &waiting, [smsDone](qint64 id) { smsDone->insert(id); });
    connect(this, &IntakeService::emailFinished, &waiting, [emailDone](qint64 id) { emailDone->insert(id); });
    auto sent = send(patientId, templateName, channel);
    if (!sent)
        return sent;
    const IntakeSend first = *sent;
    waitUntil(m_messaging, *this, waiting, [&] {
        const bool smsReady = !first.smsMessageId || smsDone->contains(*first.smsMessageId);
        const bool emailReady = first.emailStatus != EmailStatus::Sending || emailDone->contains(first.id);
        return smsReady && emailReady;
    });
    return m_store.get(first.id);
}

Result<IntakeSend> IntakeService::resendAndWait(qint64 sendId, Channel channel, bool confirmed)
{
    QObject waiting;
    auto smsDone = std::make_shared<QSet<qint64>>();
    auto emailDone = std::make_shared<QSet<qint64>>();
    connect(&m_messaging, &MessagingService::sendFinished, &waiting, [smsDone](qint64 id) { smsDone->insert(id); });
    connect(this, &IntakeService::emailFinished, &waiting, [emailDone](qint64 id) { emailDone->insert(id); });
    auto sent = resend(sendId, channel, confirmed);
    if (!sent)
        return sent;
    const IntakeSend first = *sent;
    waitUntil(m_messaging, *this, waiting, [&] {
        if (channel == Channel::Sms)
            return !first.smsMessageId || smsDone->contains(*first.smsMessageId);
        return first.emailStatus != EmailStatus::Sending || emailDone->contains(first.id);
    });
    return m_store.get(first.id);
}

void IntakeService::startTimer(int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &IntakeService::tick);
    }
    m_timer->start(intervalMs);
}

IntakePassReport IntakeService::runPass()
{
    IntakePassReport report;
    (void)runPassInto(report);
    return report;
}

IntakeService::PassWork IntakeService::runPassInto(IntakePassReport &report)
{
    PassWork work;
    const QDateTime now = Clock::instance().nowUtc();
    if (auto stale = m_store.abandonStaleEmails(
            now.addSecs(-StaleEmailSec),
            tr("The program ended while the e-mail was being sent, so it may or may not have gone out. It is not "
               "resent by itself."));
        stale && *stale > 0)
        announce(std::nullopt);
    if (auto due = m_store.emailsDue(now)) {
        for (qint64 id : *due)
            if (deliverEmail(id))
                work.emails.append(id);
    } else {
        report.errors << due.error().message;
    }
    sendFollowUps(report, &work.followUps);
    if (m_statusChecks)
        work.statusChecks = checkStatusUrls();
    report.statusChecks = int(work.statusChecks.size());
    completeDemoSends(report);
    return work;
}

IntakePassReport IntakeService::runPassAndWait()
{
    QObject waiting; // the connections end with the wait
    auto emails = std::make_shared<QSet<qint64>>();
    auto checks = std::make_shared<QHash<qint64, bool>>();
    auto texts = std::make_shared<QSet<qint64>>();
    // Connected before anything starts: an answer delivered later by the event loop is never missed.
    connect(this, &IntakeService::emailFinished, &waiting, [emails](qint64 id) { emails->insert(id); });
    connect(this, &IntakeService::statusCheckFinished, &waiting,
            [checks](qint64 id, bool completed) { checks->insert(id, completed); });
    connect(&m_messaging, &MessagingService::sendFinished, &waiting, [texts](qint64 id) { texts->insert(id); });
    IntakePassReport report;
    const PassWork work = runPassInto(report);
    const auto ready = [&] {
        for (qint64 id : work.emails)
            if (!emails->contains(id))
                return false;
        for (qint64 id : work.statusChecks)
            if (!checks->contains(id))
                return false;
        for (qint64 id : work.followUps)
            if (!texts->contains(id))
                return false;
        return true;
    };
    awaitCallback<bool>([&](auto done) {
        auto check = [ready, done] {
            if (ready())
                done(true);
        };
        connect(this, &IntakeService::emailFinished, &waiting, check);
        connect(this, &IntakeService::statusCheckFinished, &waiting, check);
        connect(&m_messaging, &MessagingService::sendFinished, &waiting, check);
        check();
    });
    for (qint64 id : work.emails) {
        auto send = m_store.get(id);
        if (send && send->emailStatus == EmailStatus::Accepted)
            ++report.emailsSent;
        else
            ++report.emailsFailed;
    }
    for (auto it = checks->cbegin(); it != checks->cend(); ++it)
        report.completed += it.value() ? 1 : 0;
    for (qint64 id : work.followUps) {
        auto m = m_messages.get(id);
        if (m && (m->status == MessageStatus::Failed || m->status == MessageStatus::Undelivered ||
                  m->status == MessageStatus::Canceled))
            report.errors << tr("Follow-up text %1 was not sent: %2").arg(id).arg(m->errorMessage);
    }
    return report;
}

void IntakeService::sendFollowUps(IntakePassReport &report, QList<qint64> *queued)
{
    const int days = IntakeTemplates::followUpDays();
    if (days <= 0)
        return;
    const QDateTime now = Clock::instance().nowUtc();
    auto due = m_store.followUpsDue(now.addDays(-days));
    if (!due || due->isEmpty())
        return;
    // An automatic message: only inside the allowed hours in the patient's zone (the appointments' quiet hours).
    const AppointmentRules rules = AppointmentRules::fromSettings(SettingsService::instance().snapshot());
    for (qint64 id : *due) {
        auto send = m_store.get(id);
        if (!send || !send->patientId)
            continue;
        if (auto patient = m_patients.get(*send->patientId)) {
            const QTimeZone zone = AppointmentStore::patientZone(*patient, rules);
            if (NotificationPlanner::earliestAllowedAtOrAfter(now, zone, rules) > now) {
                ++report.followUpsWaiting;
                continue; // quiet hours there: it waits, unmarked, for a pass at the next allowed time
            }
        }
        bool mine = false;
        // Marked first, in its own audited transaction: a crash afterwards loses a reminder, never doubles it.
        auto written = m_store.database()->write([&](QSqlDatabase &tx) -> Status<> {
            auto marked = IntakeStore::markFollowUp(tx, id, now);
            if (!marked)
                return marked.error();
            mine = *marked;
            if (!mine)
                return Ok{};
            return AuditLog::record(tx, QStringLiteral("intake.followup"), send->patientId,
                                    QStringLiteral("intake send %1, reminder after %2 day(s)").arg(id).arg(days));
        });
        if (!written)
            report.errors << written.error().message;
        if (!written || !mine)
            continue;
        ++report.followUps;
        // The same rules as every text: consent and opt-out are checked by the outbox again now.
        if (auto sms = queueSms(*send, reminderText(*send, AppSettings::clinicName()), send->followUpPurposeRef());
            !sms) {
            qCInfo(lcIntake) << "follow-up of send" << id << "not sent:" << sms.error().code;
            report.errors << sms.error().message;
        } else if (queued) {
            queued->append(sms->id);
        }
        announce(send->patientId);
    }
}

QList<qint64> IntakeService::checkStatusUrls()
{
    QList<qint64> asked;
    const QDateTime now = Clock::instance().nowUtc();
    const QDateTime checkedBefore = now.addSecs(-StatusCheckEverySec);
    auto due = m_store.statusChecksDue(now.addDays(-StatusCheckMaxAgeDays), checkedBefore);
    if (!due || due->isEmpty())
        return asked;
    if (!m_statusNetwork)
        m_statusNetwork = new QNetworkAccessManager(this);
    for (qint64 id : *due) {
        auto send = m_store.get(id);
        if (!send)
            continue;
        // Claimed: another process (the GUI, a scheduled run) that asked within the 15 minutes wins.
        if (auto claimed = m_store.claimStatusCheck(id, now, checkedBefore); !claimed || !*claimed)
            continue;
        const QUrl url(send->statusUrl);
        // https, or plain http to this computer only (a local portal bridge); the template editor asks for https.
        if (url.scheme() != QLatin1String("https") &&
            !(url.scheme() == QLatin1String("http") && TwilioEndpoint::isLoopbackHost(url.host())))
            continue;
        asked.append(id);
        QNetworkRequest request(url);
        request.setTransferTimeout(20000);
        request.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = m_statusNetwork->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, id, patientId = send->patientId] {
            reply->deleteLater();
            if (reply->error() != QNetworkReply::NoError) {
                emit statusCheckFinished(id, false);
                return; // asked again in 15 minutes
            }
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            if (answer.value(QStringLiteral("completed")).toBool() != true) {
                emit statusCheckFinished(id, false);
                return;
            }
            auto written = m_store.database()->write([&](QSqlDatabase &tx) -> Status<> {
                auto marked =
                    IntakeStore::markCompleted(tx, id, QStringLiteral("status URL"), Clock::instance().nowUtc());
                if (!marked || !*marked)
                    return marked ? Status<>(Ok{}) : Status<>(marked.error());
                return AuditLog::record(tx, QStringLiteral("intake.completed"), patientId,
                                        QStringLiteral("intake send %1, reported by the status URL").arg(id));
            });
            if (written)
                announce(patientId);
            emit statusCheckFinished(id, bool(written));
        });
    }
    return asked;
}

void IntakeService::completeDemoSends(IntakePassReport &report)
{
    if (!m_messaging.isDemo())
        return;
    const QDateTime now = Clock::instance().nowUtc();
    auto open = m_store.openDemoSends(now.addSecs(-DemoCompletionAfterSec));
    if (!open)
        return;
    for (qint64 id : *open) {
        if (id % 3 != 1)
            continue; // about one demo patient in three fills in the form, so every state shows
        auto send = m_store.get(id);
        if (!send)
            continue;
        auto written = m_store.database()->write([&](QSqlDatabase &tx) -> Status<> {
            auto marked = IntakeStore::markCompleted(tx, id, tr("demo patient"), now);
            if (!marked || !*marked)
                return marked ? Status<>(Ok{}) : Status<>(marked.error());
            return AuditLog::record(tx, QStringLiteral("intake.completed"), send->patientId,
                                    QStringLiteral("intake send %1, demo completion").arg(id));
        });
        if (written) {
            ++report.completed;
            announce(send->patientId);
        }
    }
}

} // namespace cd
