#include "core/appointments/ReminderRunner.h"

#include "core/appointments/AppointmentStore.h"
#include "core/appointments/AppointmentTemplates.h"
#include "core/appointments/NotificationPlanner.h"
#include "core/common/Clock.h"
#include "core/messaging/GatewayAwait.h"
#include "core/messaging/MessageStore.h"
#include "core/messaging/Outbox.h"
#include "core/patients/PatientStore.h"

#include <QLoggingCategory>
#include <QMutex>

Q_LOGGING_CATEGORY(lcReminders, "clinicdesk.reminders")

namespace cd {

namespace {

// A 'releasing' row older than this belongs to a process that died between its claim and its queue.
constexpr int StaleReleaseSec = 10 * 60;

QMutex g_reportMutex;
ReminderReport g_cycleReport;

QString purposeRef(qint64 notificationId, int attempt)
{
    return QStringLiteral("notification:%1:%2").arg(notificationId).arg(attempt);
}

} // namespace

void ReminderReport::add(const ReminderReport &other)
{
    scheduled += other.scheduled;
    sent += other.sent;
    cancelled += other.cancelled;
    skipped += other.skipped;
    missed += other.missed;
    failed += other.failed;
    errors += other.errors;
}

ReminderReport ReminderRunner::takeCycleReport()
{
    QMutexLocker lock(&g_reportMutex);
    ReminderReport report = g_cycleReport;
    g_cycleReport = ReminderReport();
    return report;
}

void ReminderRunner::addCycleReport(const ReminderReport &report)
{
    QMutexLocker lock(&g_reportMutex);
    g_cycleReport.add(report);
}

bool ReminderRunner::isSchedulingRefusal(std::optional<int> code)
{
    return code && (*code == 35111 || *code == 35114 || *code == 35115 || *code == 35117 || *code == 35118);
}

ReminderRunner::ReminderRunner(AppointmentStore &store, Outbox &outbox, SmsGateway *gateway, AppointmentRules rules)
    : m_store(store), m_outbox(outbox), m_gateway(gateway), m_rules(std::move(rules))
{
}

void ReminderRunner::recoverStale()
{
    auto stale = m_store.staleReleasing(StaleReleaseSec);
    if (!stale)
        return;
    for (const AppointmentNotification &n : std::as_const(*stale)) {
        // The message row is the truth: queued before the process died -> released; never queued -> planned again.
        auto found = m_store.messages().findByPurpose(AppointmentPurpose, purposeRef(n.id, n.attempt));
        if (!found)
            continue;
        if (found->has_value())
            (void)m_store.markReleased(n.id, QString(), (*found)->id,
                                       (*found)->scheduledFor.isValid() ? NotificationVia::Twilio
                                                                        : NotificationVia::Desk);
        else
            (void)m_store.moveState(n.id, NotificationState::Releasing, NotificationState::Planned, QString());
    }
}

ReminderReport ReminderRunner::run()
{
    ReminderReport report;
    auto open = m_store.openNotifications();
    if (!open) {
        report.errors << open.error().message;
        return report;
    }
    if (open->isEmpty())
        return report; // the steady state: one query, no request
    recoverStale();

    // 1. Cancels first: an edit made offline must catch its scheduled reminders before anything else goes out.
    for (const AppointmentNotification &n : std::as_const(*open))
        if (n.state == NotificationState::Cancelling)
            cancelWaiting(n, report);

    // 2. Released rows that Twilio refused to schedule: back to planned, sent from the desk.
    for (const AppointmentNotification &n : std::as_const(*open)) {
        if (n.state == NotificationState::Released && n.via == NotificationVia::Twilio &&
            n.messageStatus == MessageStatus::Failed && isSchedulingRefusal(n.messageErrorCode))
            (void)m_store.fallBackToDesk(n.id,
                                         tr("Twilio could not schedule it (error %1): this desk sends it at its time.")
                                             .arg(*n.messageErrorCode));
    }

    // 3. Planned rows whose time has come.
    const QDateTime now = Clock::instance().nowUtc();
    QHash<qint64, std::optional<Appointment>> appointments;
    auto fresh = m_store.openNotifications();
    if (!fresh) {
        report.errors << fresh.error().message;
        return report;
    }
    for (const AppointmentNotification &n : std::as_const(*fresh)) {
        if (n.state != NotificationState::Planned || !n.dueUtc.isValid())
            continue;
        if (!appointments.contains(n.appointmentId)) {
            auto a = m_store.get(n.appointmentId);
            appointments.insert(n.appointmentId, a ? std::optional<Appointment>(*a) : std::nullopt);
        }
        const std::optional<Appointment> &appointment = appointments.value(n.appointmentId);
        if (!appointment)
            continue;
        const bool wanted = n.kind == NotificationKind::Cancellation
                                ? appointment->status == AppointmentStatus::Cancelled
                                : appointment->isActive();
        if (!wanted) {
            (void)m_store.moveState(n.id, NotificationState::Planned, NotificationState::Cancelled,
                                    tr("The appointment is %1.").arg(appointment->status),
                                    QStringLiteral("appointment.notification.cancelled"));
            continue;
        }
        const bool twilio = !m_rules.messagingServiceSid.isEmpty() && n.via != NotificationVia::Desk;
        switch (NotificationPlanner::decide(n.dueUtc, appointment->startUtc, now, m_rules, twilio)) {
        case NotificationPlanner::Release::Wait:
            break;
        case NotificationPlanner::Release::Missed:
            if (auto moved = m_store.moveState(
                    n.id, NotificationState::Planned, NotificationState::Missed,
                    tr("Not sent: its time (%1) passed while no desk was sending, and a late reminder would mislead.")
                        .arg(QLocale().toString(n.dueUtc.toLocalTime(), QLocale::ShortFormat)),
                    QStringLiteral("appointment.notification.missed"));
                moved && *moved)
                ++report.missed;
            break;
        case NotificationPlanner::Release::AtTwilio:
            release(n, *appointment, true, report);
            break;
        case NotificationPlanner::Release::FromDesk:
            release(n, *appointment, false, report);
            break;
        }
    }
    return report;
}

void ReminderRunner::cancelWaiting(const AppointmentNotification &n, ReminderReport &report)
{
    auto done = [&] {
        if (auto moved = m_store.moveState(n.id, NotificationState::Cancelling, NotificationState::Cancelled, QString(),
                                           QStringLiteral("appointment.notification.cancelled"));
            moved && *moved)
            ++report.cancelled;
    };
    if (!n.messageId)
        return done();
    const QString &status = n.messageStatus;
    if (status == MessageStatus::Pending) {
        auto changed = m_store.messages().update(
            MessageChange::StatusChanged,
            QStringLiteral("UPDATE messages SET status = 'canceled', error_message = ?, updated_at = ?, claimed_by = "
                           "NULL WHERE id = ? AND status = 'pending'"),
            {tr("Not sent: the appointment changed."), toDbTime(Clock::instance().nowUtc()), *n.messageId});
        if (changed && *changed == 1)
            done();
        return;
    }
    if (status == MessageStatus::Scheduled && !n.sid.isEmpty()) {
        if (!m_gateway || m_offline)
            return; // waits in the outbox for the connection
        const auto answer = awaitGateway<TwilioMessage>(
            [&](TwilioCallback<TwilioMessage> callback) { m_gateway->cancelScheduled(n.sid, std::move(callback)); });
        if (answer) {
            (void)m_store.messages().setStatus(*n.messageId, MessageStatus::Canceled);
            return done();
        }
        const TwilioError &error = answer.error();
        if (error.code == 30409) {
            // Twilio sent it already: it shows as sent, with why it could not be stopped.
            (void)m_store.moveState(n.id, NotificationState::Cancelling, NotificationState::Released,
                                    tr("It had already gone out when the appointment changed."));
            return;
        }
        if (error.kind == TwilioError::Kind::Api) {
            report.errors << error.message;
            return;
        }
        m_offline = true; // network, rate limit, unknown outcome: every cancel waits for the next pass
        report.errors << error.message;
        return;
    }
    if (status == MessageStatus::Sending || status == MessageStatus::Unknown)
        return; // a send in progress: decided once it settles
    // Already sent, failed or cancelled another way: nothing left to stop.
    (void)m_store.moveState(n.id, NotificationState::Cancelling, NotificationState::Released,
                            tr("It had already gone out when the appointment changed."));
}

void ReminderRunner::release(const AppointmentNotification &n, const Appointment &appointment, bool atTwilio,
                             ReminderReport &report)
{
    const QString token = Outbox::processToken();
    auto won = m_store.claimRelease(n.id, token);
    if (!won || !*won)
        return; // another process (a second `reminders run`, the app) has it
    auto patient = m_store.patients().get(appointment.patientId);
    if (!patient) {
        (void)m_store.moveState(n.id, NotificationState::Releasing, NotificationState::Planned, QString());
        return;
    }
    TemplateValues values;
    values.firstName = patient->firstName;
    values.startUtc = appointment.startUtc;
    values.patientZone = AppointmentStore::patientZone(*patient, m_rules);
    values.clinicZone = m_rules.clinicZone;
    values.language = patient->preferredLanguage.left(2).toLower();
    values.clinicName = m_rules.clinicName;
    values.location = appointment.location;
    values.provider = appointment.provider;
    values.reason = appointment.reason;
    const QString body = AppointmentTemplates::render(m_rules.templateFor(n.kind, values.language), values);

    QueueOptions options;
    options.purpose = AppointmentPurpose;
    options.purposeRef = purposeRef(n.id, n.attempt + 1);
    if (atTwilio)
        options.scheduleAtTwilio = n.dueUtc;
    else
        options.expiresAt = NotificationPlanner::deskExpiry(n.dueUtc, appointment.startUtc, m_rules);
    auto queued = m_outbox.queue(appointment.patientId, body, options);
    if (!queued) {
        // Opted out, no phone, no consent: shown as skipped with the outbox's own words.
        if (auto moved = m_store.moveState(n.id, NotificationState::Releasing, NotificationState::Skipped,
                                           queued.error().message, QStringLiteral("appointment.notification.skipped"));
            moved && *moved)
            ++report.skipped;
        return;
    }
    auto released =
        m_store.markReleased(n.id, token, queued->id, atTwilio ? NotificationVia::Twilio : NotificationVia::Desk);
    if (!released || !*released) {
        // Cancelled (rescheduled) between the claim and now: the message must not go.
        (void)m_store.messages().update(
            MessageChange::StatusChanged,
            QStringLiteral(
                "UPDATE messages SET status = 'canceled', error_message = ?, updated_at = ? WHERE id = ? AND "
                "status = 'pending'"),
            {tr("Not sent: the appointment changed."), toDbTime(Clock::instance().nowUtc()), queued->id});
        return;
    }
    if (!m_gateway)
        return; // the outbox sends it with the next flush
    auto sent = m_outbox.sendNow(queued->id);
    if (!sent) {
        report.errors << sent.error().message;
        return;
    }
    if (sent->status == MessageStatus::Scheduled) {
        ++report.scheduled;
    } else if (sent->status == MessageStatus::Failed) {
        if (atTwilio && isSchedulingRefusal(sent->errorCode)) {
            if (auto back = m_store.fallBackToDesk(
                    n.id, tr("Twilio could not schedule it (error %1): this desk sends it at its time.")
                              .arg(*sent->errorCode));
                back && *back) {
                if (auto again = m_store.notification(n.id)) {
                    const auto decision = NotificationPlanner::decide(again->dueUtc, appointment.startUtc,
                                                                      Clock::instance().nowUtc(), m_rules, false);
                    if (decision == NotificationPlanner::Release::FromDesk)
                        release(*again, appointment, false, report);
                }
            }
            return;
        }
        ++report.failed;
        report.errors << sent->errorMessage;
    } else if (!sent->sid.isEmpty()) {
        ++report.sent;
    }
}

} // namespace cd
